//! The module registry, export table and fun table.
//!
//! Loaded modules are never unloaded in this version, so they are leaked to
//! `'static` and instructions can point at them without reference counting.
//! Calls to other modules go through the export table (an index per
//! `{M, F, A}`), the indirection that lets a module be loaded after the code
//! that calls it.

pub mod transform;

use crate::atom::Atom;
use crate::bif::BifFn;
use crate::heap::Heap;
use crate::interp::instr::{ArithOp, Instr};
use crate::loader::LineTable;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::vec::Vec;
use hashbrown::HashMap;

/// A local fun (`FunT` entry) resolved to its code.
#[derive(Debug)]
pub struct FunDef {
    pub module: u32,
    pub module_name: Atom,
    pub name: Atom,
    /// Arity of the underlying function (free variables included).
    pub arity: u32,
    pub num_free: u32,
    pub entry: u32,
    pub index: u32,
    pub uniq: u32,
}

pub struct Module {
    pub index: u32,
    pub name: Atom,
    pub code: Vec<Instr>,
    /// Literal area: never collected, never moves.
    pub literals: Heap,
    pub funs: Vec<FunDef>,
    /// `(function, arity, entry ip)` of exported functions.
    pub exports: Vec<(Atom, u32, u32)>,
    /// `(start ip, function, arity)` sorted by ip, for stack traces.
    pub functions: Vec<(u32, Atom, u32)>,
    /// `(ip, line item)` sorted by ip: the `line` instruction before `ip`.
    pub line_at: Vec<(u32, u32)>,
    pub lines: LineTable,
    pub strings: Vec<u8>,
    pub attributes: Term,
    pub compile_info: Term,
    /// One more than the highest X register this module's code can name,
    /// count as live, or fill with arguments or a fun's free variables
    /// (at most [`crate::vm::MAX_X`]). Registers past every module's span
    /// are never read, which is what lets the scheduler clear only the
    /// span between turns (see [`CodeServer::x_span`]).
    pub x_span: u32,
}

// SAFETY: module contents are immutable after loading; literal terms are
// read-only and shared.
unsafe impl Sync for Module {}
unsafe impl Send for Module {}

impl Module {
    /// The function containing `ip`: `(name, arity)`.
    pub fn function_at(&self, ip: u32) -> Option<(Atom, u32)> {
        let i = match self.functions.binary_search_by(|f| f.0.cmp(&ip)) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        Some((self.functions[i].1, self.functions[i].2))
    }

    /// `(file, line)` of the code at `ip`.
    pub fn location_at(&self, ip: u32) -> Option<(&str, u32)> {
        let i = match self.line_at.binary_search_by(|f| f.0.cmp(&ip)) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        // The line must belong to the same function as ip.
        let (lip, item) = self.line_at[i];
        if self.function_at(lip) != self.function_at(ip) {
            return None;
        }
        self.lines.location(item)
    }

    pub fn export_entry(&self, f: Atom, a: u32) -> Option<u32> {
        self.exports
            .iter()
            .find(|e| e.0 == f && e.1 == a)
            .map(|e| e.2)
    }
}

/// Where an export points.
#[derive(Copy, Clone, Debug)]
pub enum Target {
    /// Not loaded (yet): calling it tries to load the module, else `undef`.
    Undefined,
    Code {
        module: u32,
        ip: u32,
    },
    Bif(BifFn),
}

#[derive(Debug)]
pub struct Export {
    pub module: Atom,
    pub function: Atom,
    pub arity: u32,
    pub target: Target,
}

#[derive(Default)]
pub struct CodeServer {
    pub modules: Vec<&'static Module>,
    pub by_name: HashMap<Atom, u32>,
    pub exports: Vec<Export>,
    export_index: HashMap<(Atom, Atom, u32), u32>,
    /// Catch handlers: `(module, ip)`; catch tags on the stack index this.
    pub catches: Vec<(u32, u32)>,
    pub bifs: HashMap<(Atom, Atom, u32), BifFn>,
    /// The export of `erlang:Op/2` for each [`ArithOp`], by its index in
    /// [`ArithOp::ALL`]: [`Instr::Arith`] finds its BIF here rather than
    /// holding it.
    arith_exports: [u32; ArithOp::ALL.len()],
    /// The widest [`Module::x_span`] loaded so far (at least 1).
    pub x_span: usize,
}

/// Reads a fun's identity for term order, hashing and printing.
fn fun_identity(t: Term) -> Option<crate::term::compare::FunIdentity> {
    use crate::term::boxed::Subtag;
    use crate::term::compare::FunIdentity;
    match t.subtag()? {
        Subtag::Fun => {
            let fd = crate::interp::ops::fun_def(t);
            Some(FunIdentity::Local {
                module: fd.module_name,
                index: fd.index,
                uniq: fd.uniq,
            })
        }
        Subtag::Export => Some(FunIdentity::Export {
            module: t.payload_term(1).as_atom()?,
            function: t.payload_term(2).as_atom()?,
            arity: t.payload_term(3).as_small()? as u32,
        }),
        _ => None,
    }
}

impl CodeServer {
    pub fn new() -> CodeServer {
        crate::term::compare::set_fun_identity(fun_identity);
        let mut c = CodeServer::default();
        crate::bif::table::register_all(&mut c);
        for op in ArithOp::ALL {
            let e = c.export(crate::atom::am::ERLANG, Atom::from_str(op.name()), 2);
            c.arith_exports[op as usize] = e;
        }
        c
    }

    /// The export of `erlang:Op/2` (a BIF).
    #[inline]
    pub fn arith_export(&self, op: ArithOp) -> u32 {
        self.arith_exports[op as usize]
    }

    pub fn register_bif(&mut self, m: &str, f: &str, a: u32, func: BifFn) {
        let key = (Atom::from_str(m), Atom::from_str(f), a);
        self.bifs.insert(key, func);
        let e = self.export(key.0, key.1, a);
        self.exports[e as usize].target = Target::Bif(func);
    }

    /// The export index for `{m, f, a}`, creating an undefined entry.
    pub fn export(&mut self, m: Atom, f: Atom, a: u32) -> u32 {
        if let Some(&i) = self.export_index.get(&(m, f, a)) {
            return i;
        }
        let i = self.exports.len() as u32;
        let target = match self.bifs.get(&(m, f, a)) {
            Some(&b) => Target::Bif(b),
            None => Target::Undefined,
        };
        self.exports.push(Export {
            module: m,
            function: f,
            arity: a,
            target,
        });
        self.export_index.insert((m, f, a), i);
        i
    }

    pub fn find_export(&self, m: Atom, f: Atom, a: u32) -> Option<u32> {
        self.export_index.get(&(m, f, a)).copied()
    }

    pub fn module(&self, name: Atom) -> Option<&'static Module> {
        self.by_name.get(&name).map(|&i| self.modules[i as usize])
    }

    /// Installs a built module, pointing its exports at its code.
    pub fn install(&mut self, m: Module) -> &'static Module {
        let m: &'static Module = Box::leak(Box::new(m));
        debug_assert_eq!(m.index as usize, self.modules.len());
        self.modules.push(m);
        self.by_name.insert(m.name, m.index);
        self.x_span = self.x_span.max(m.x_span as usize);
        for &(f, a, ip) in &m.exports {
            let e = self.export(m.name, f, a);
            if !matches!(self.exports[e as usize].target, Target::Bif(_)) {
                self.exports[e as usize].target = Target::Code {
                    module: m.index,
                    ip,
                };
            }
        }
        m
    }
}
