//! Exceptions: stack traces from the frame chain and the `Line` table, and
//! unwinding to the nearest catch.

use crate::atom::am;
use crate::bif::Class;
use crate::code::Module;
use crate::process::{CodePtr, Process};
use crate::term::Term;
use crate::vm::{Vm, EXIT_CP};
use alloc::vec::Vec;

/// OTP's default `backtrace_depth`.
pub const TRACE_DEPTH: usize = 8;

/// The location list `[{file, F}, {line, L}]` for code at `ip`.
fn location(p: &mut Process, m: &Module, ip: u32) -> Term {
    match m.location_at(ip) {
        Some((file, line)) => {
            let f = p.heap.str_list(file);
            let ft = p.heap.tuple(&[Term::atom(am::FILE), f]);
            let lt = p
                .heap
                .tuple(&[Term::atom(am::LINE), Term::small(line as isize)]);
            p.heap.list(&[ft, lt])
        }
        None => Term::NIL,
    }
}

/// How the first stack-trace entry is made.
#[derive(Copy, Clone, Debug)]
pub enum Top {
    /// The current function with its arity.
    Current,
    /// A BIF's own entry `{M, F, Args, []}` above the current function.
    Bif(Term, Term, Term),
    /// The current function with its arguments instead of its arity
    /// (`function_clause`, `erlang:error/2,3`).
    Args(Term),
}

/// Builds `[{M, F, ArityOrArgs, Loc}, ...]` for an exception raised at `at`.
pub fn build(vm: &Vm, p: &mut Process, at: CodePtr, top: Top) -> Term {
    let mut entries: Vec<Term> = Vec::new();
    if let Top::Bif(m, f, a) = top {
        let e = p.heap.tuple(&[m, f, a, Term::NIL]);
        entries.push(e);
    }
    let push = |p: &mut Process, ptr: CodePtr, args: Option<Term>, entries: &mut Vec<Term>| {
        if ptr.module == u32::MAX || entries.len() >= TRACE_DEPTH {
            return;
        }
        let m = vm.code.modules[ptr.module as usize];
        if let Some((f, a)) = m.function_at(ptr.ip) {
            let loc = location(p, m, ptr.ip);
            let e = p.heap.tuple(&[
                Term::atom(m.name),
                Term::atom(f),
                args.unwrap_or(Term::small(a as isize)),
                loc,
            ]);
            entries.push(e);
        }
    };
    let args = match top {
        Top::Args(a) => Some(a),
        _ => None,
    };
    push(p, at, args, &mut entries);
    let mut frames = p.frames.len();
    // A frame pushed for a call that failed before entering its callee
    // returns right after `at`; it is the same place, listed once.
    if let Some(f) = p.frames.last() {
        if f.ret.module == at.module && f.ret.ip == at.ip + 1 {
            frames -= 1;
        }
    }
    for i in (0..frames).rev() {
        let ret = p.frames[i].ret;
        if ret == EXIT_CP {
            continue;
        }
        // A return address points after the call; the call is one before.
        push(
            p,
            CodePtr {
                module: ret.module,
                ip: ret.ip.saturating_sub(1),
            },
            None,
            &mut entries,
        );
    }
    p.heap.list(&entries)
}

/// Finds the innermost catch on the stack and unwinds to it: frames above
/// it are dropped. Returns the handler address.
pub fn unwind(vm: &Vm, p: &mut Process) -> Option<CodePtr> {
    // Innermost first: frames from the top of the stack, and within a frame
    // from y0 up, since the compiler gives inner catches lower Y registers
    // (BEAM's stack grows down, so that is its scan order too).
    let mut end = p.stack.len();
    let mut found = None;
    for fi in (0..p.frames.len()).rev() {
        let base = p.frames[fi].ybase as usize;
        if let Some(off) = p.stack[base..end].iter().position(|t| t.is_catch()) {
            found = Some((fi, base + off));
            break;
        }
        end = base;
    }
    let (fi, i) = found?;
    let tag = p.stack[i];
    while p.frames.len() > fi + 1 {
        let f = p.frames.pop().unwrap();
        p.stack.truncate(f.ybase as usize);
    }
    let (module, ip) = vm.code.catches[tag.catch_value()];
    Some(CodePtr { module, ip })
}

/// `{'EXIT', ...}` value of a caught exception for `catch Expr`.
pub fn catch_value(p: &mut Process, class: Term, reason: Term, trace: Term) -> Term {
    match Class::from_term(class) {
        Some(Class::Throw) => reason,
        Some(Class::Error) => {
            let inner = p.heap.tuple(&[reason, trace]);
            p.heap.tuple(&[Term::atom(am::EXIT_SIGNAL), inner])
        }
        _ => p.heap.tuple(&[Term::atom(am::EXIT_SIGNAL), reason]),
    }
}
