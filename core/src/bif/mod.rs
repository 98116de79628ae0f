//! Natively implemented functions, grouped by the OTP module they belong to.
//!
//! A BIF gets the running process and the VM through [`Ctx`] and returns a
//! term or an exception with OTP's reason. BIFs allocate on the process heap
//! with `Heap::alloc`, which never moves terms, so arguments stay valid.

use crate::atom::{am, Atom};
use crate::process::Process;
use crate::term::Term;
use crate::vm::Vm;

pub mod arith;
pub mod atomics;
pub mod binary;
pub mod code_path;
pub mod convert;
pub mod debug;
pub mod erlang;
pub mod ets;
pub mod file;
pub mod init;
pub mod io;
pub mod lists;
pub mod maps;
pub mod math;
pub mod persistent;
pub(crate) mod state;
pub mod string;
pub mod table;
pub mod types;
pub mod unicode;

/// Registers BIFs from a table of `(module, function, arity, BIF)`.
pub(crate) fn register_table(
    c: &mut crate::code::CodeServer,
    bifs: &[(&'static str, &'static str, u32, BifFn)],
) {
    for &(m, f, a, bif) in bifs {
        c.register_bif(m, f, a, bif);
    }
}

/// Exception classes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Class {
    Error,
    Throw,
    Exit,
}

impl Class {
    pub fn atom(self) -> Term {
        Term::atom(match self {
            Class::Error => am::ERROR,
            Class::Throw => am::THROW,
            Class::Exit => am::EXIT,
        })
    }
    pub fn from_term(t: Term) -> Option<Class> {
        match t.as_atom()? {
            am::ERROR => Some(Class::Error),
            am::THROW => Some(Class::Throw),
            am::EXIT => Some(Class::Exit),
            _ => None,
        }
    }
}

/// What a BIF raises (or asks the interpreter to do instead of returning).
#[derive(Copy, Clone, Debug)]
pub enum Exc {
    Raise {
        class: Class,
        reason: Term,
    },
    /// `erlang:raise/3`: re-raise with a given stack trace.
    RaiseTrace {
        class: Class,
        reason: Term,
        trace: Term,
    },
    /// The BIF cannot finish now: call `module:function(args...)` instead,
    /// with the arguments already placed in x0.. (`arity` of them).
    Trap {
        export: u32,
        arity: u32,
    },
    /// The process must yield (e.g. `erlang:yield/0`); the BIF's result is `x0`.
    Yield(Term),
    /// `erlang:hibernate/3` has discarded the stack and set the process to
    /// wake in its call: the interpreter must switch it out at once, reading
    /// no register (a collection may have moved what they pointed at).
    Hibernate,
    /// An exit signal kills the process: it ends at once with this reason
    /// (a term on its heap), which no `catch` sees.
    Terminate(Term),
    /// An `error`-class exception whose stack-trace entry for the BIF says
    /// why in its `error_info` map: `#{cause => Cause, module => ...}`
    /// (OTP's `EXF_HAS_EXT_INFO`, e.g. `cause => id` for a missing ETS
    /// table).
    Cause {
        reason: Term,
        cause: Term,
    },
}

pub type BifResult = Result<Term, Exc>;
pub type BifFn = fn(&mut Ctx, &[Term]) -> BifResult;

impl Exc {
    pub fn error(reason: Term) -> Exc {
        Exc::Raise {
            class: Class::Error,
            reason,
        }
    }
    pub fn atom(a: Atom) -> Exc {
        Exc::error(Term::atom(a))
    }
    /// `error:Reason` with `cause => Cause` in the BIF's `error_info`.
    pub fn cause(reason: Atom, cause: &str) -> Exc {
        Exc::Cause {
            reason: Term::atom(reason),
            cause: Term::atom(Atom::from_str(cause)),
        }
    }
}

/// `badarg` with `cause => Cause` in the BIF's `error_info`.
#[inline]
pub fn badarg_cause<T>(cause: &str) -> Result<T, Exc> {
    Err(Exc::cause(am::BADARG, cause))
}

#[inline]
pub fn badarg<T>() -> Result<T, Exc> {
    Err(Exc::atom(am::BADARG))
}
#[inline]
pub fn badarith<T>() -> Result<T, Exc> {
    Err(Exc::atom(am::BADARITH))
}
#[inline]
pub fn system_limit<T>() -> Result<T, Exc> {
    Err(Exc::atom(am::SYSTEM_LIMIT))
}

/// What a BIF can reach: the VM and the process that calls it.
pub struct Ctx<'a> {
    pub vm: &'a mut Vm,
    pub p: &'a mut Process,
}

impl Ctx<'_> {
    /// `{Tag, Value}` error reason, e.g. `{badkey, K}`.
    pub fn error2(&mut self, tag: Atom, v: Term) -> Exc {
        let t = self.p.heap.tuple(&[Term::atom(tag), v]);
        Exc::error(t)
    }
}
