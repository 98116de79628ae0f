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
            let lt = p.heap.tuple(&[Term::atom(am::LINE), Term::small(line as isize)]);
            p.heap.list(&[ft, lt])
        }
        None => Term::NIL,
    }
}

/// Builds `[{M, F, ArityOrArgs, Loc}, ...]` for an exception raised at
/// `at`. `top` replaces the first entry (a BIF or `function_clause` args).
pub fn build(vm: &Vm, p: &mut Process, at: CodePtr, top: Option<(Term, Term, Term)>) -> Term {
    let mut entries: Vec<Term> = Vec::new();
    if let Some((m, f, a)) = top {
        let e = p.heap.tuple(&[m, f, a, Term::NIL]);
        entries.push(e);
    }
    let push = |p: &mut Process, ptr: CodePtr, entries: &mut Vec<Term>| {
        if ptr.module == u32::MAX || entries.len() >= TRACE_DEPTH {
            return;
        }
        let m = vm.code.modules[ptr.module as usize];
        if let Some((f, a)) = m.function_at(ptr.ip) {
            let loc = location(p, m, ptr.ip);
            let e = p.heap.tuple(&[
                Term::atom(m.name),
                Term::atom(f),
                Term::small(a as isize),
                loc,
            ]);
            entries.push(e);
        }
    };
    if top.is_none() {
        push(p, at, &mut entries);
    }
    for i in (0..p.frames.len()).rev() {
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
            &mut entries,
        );
    }
    p.heap.list(&entries)
}

/// Finds the innermost catch on the stack and unwinds to it: frames above
/// it are dropped. Returns the handler address.
pub fn unwind(vm: &Vm, p: &mut Process) -> Option<CodePtr> {
    let i = p.stack.iter().rposition(|t| t.is_catch())?;
    let tag = p.stack[i];
    while let Some(f) = p.frames.last() {
        if (f.ybase as usize) > i {
            let f = p.frames.pop().unwrap();
            p.stack.truncate(f.ybase as usize);
        } else {
            break;
        }
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
