//! Exceptions (`error/1,2,3`, `throw/1`, `exit/1`, `raise/3`, `nif_error/1,2`)
//! and the process dictionary.
//!
//! Dictionary keys and values are terms on the process's own heap (the BIF
//! arguments are), and `Process::dict` is a GC root, so they are stored as
//! they are.

use super::{exit_exc, pair};
use crate::atom::am;
use crate::bif::{BifResult, Class, Ctx, Exc};
use crate::code::CodeServer;
use crate::term::compare::exact_eq;
use crate::term::Term;
use alloc::vec::Vec;

pub fn register(c: &mut CodeServer) {
    c.register_bif("erlang", "error", 1, error);
    c.register_bif("erlang", "error", 2, error);
    c.register_bif("erlang", "error", 3, error);
    c.register_bif("erlang", "throw", 1, throw);
    c.register_bif("erlang", "exit", 1, exit_1);
    c.register_bif("erlang", "raise", 3, raise);
    c.register_bif("erlang", "nif_error", 1, error);
    c.register_bif("erlang", "nif_error", 2, error);
    c.register_bif("erlang", "get_stacktrace", 0, get_stacktrace);

    c.register_bif("erlang", "put", 2, put);
    c.register_bif("erlang", "get", 1, get_1);
    c.register_bif("erlang", "get", 0, get_0);
    c.register_bif("erlang", "get_keys", 0, get_keys_0);
    c.register_bif("erlang", "get_keys", 1, get_keys_1);
    c.register_bif("erlang", "erase", 0, erase_0);
    c.register_bif("erlang", "erase", 1, erase_1);
}

/// `error/1,2,3`, `nif_error/1,2`: the extra arguments only shape the stack
/// trace in OTP (its first entry's argument list and `error_info`).
fn error(_: &mut Ctx, a: &[Term]) -> BifResult {
    Err(Exc::error(a[0]))
}

fn throw(_: &mut Ctx, a: &[Term]) -> BifResult {
    Err(Exc::Raise {
        class: Class::Throw,
        reason: a[0],
    })
}

fn exit_1(_: &mut Ctx, a: &[Term]) -> BifResult {
    Err(exit_exc(a[0]))
}

/// Whether `t` is a stack trace `erlang:raise/3` accepts: a proper list of
/// `{M, F, ArityOrArgs, Location}`, `{M, F, ArityOrArgs}` or
/// `{Fun, Args, Location}` entries.
pub(crate) fn valid_stacktrace(mut t: Term) -> bool {
    while let Some((e, tl)) = t.as_cons() {
        let Some(el) = e.as_tuple() else {
            return false;
        };
        let ok = match el.len() {
            3 if el[0].is_fun() => valid_args(el[1]) && el[2].is_proper_list(),
            3 => el[0].is_atom() && el[1].is_atom() && valid_args(el[2]),
            4 => el[0].is_atom() && el[1].is_atom() && valid_args(el[2]) && el[3].is_proper_list(),
            _ => false,
        };
        if !ok {
            return false;
        }
        t = tl;
    }
    t.is_nil()
}

fn valid_args(a: Term) -> bool {
    a.as_small().is_some_and(|n| n >= 0) || a.is_proper_list()
}

/// `erlang:raise/3`: invalid arguments make it *return* `badarg`, as OTP.
/// `{M, F, ArityOrArgs}` entries get an empty location, as OTP stores them.
fn raise(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(class) = Class::from_term(a[0]) else {
        return Ok(Term::atom(am::BADARG));
    };
    if !valid_stacktrace(a[2]) {
        return Ok(Term::atom(am::BADARG));
    }
    let mut entries = Vec::new();
    let mut t = a[2];
    while let Some((e, tl)) = t.as_cons() {
        entries.push(match e.as_tuple() {
            Some(&[m, f, args]) if !m.is_fun() => ctx.p.heap.tuple(&[m, f, args, Term::NIL]),
            _ => e,
        });
        t = tl;
    }
    let trace = ctx.p.heap.list(&entries);
    Err(Exc::RaiseTrace {
        class,
        reason: a[1],
        trace,
    })
}

fn get_stacktrace(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(Term::NIL)
}

fn or_undefined(t: Option<Term>) -> Term {
    t.unwrap_or(Term::atom(am::UNDEFINED))
}

fn put(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(or_undefined(ctx.p.dict_put(a[0], a[1])))
}

fn get_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(or_undefined(ctx.p.dict_get(a[0])))
}

/// `[{Key, Value}]` of the whole dictionary.
fn dict_pairs(ctx: &mut Ctx) -> Term {
    let kv: Vec<(Term, Term)> = ctx.p.dict.chunks_exact(2).map(|c| (c[0], c[1])).collect();
    let mut l = Term::NIL;
    for &(k, v) in kv.iter().rev() {
        let t = pair(&mut ctx.p.heap, k, v);
        l = ctx.p.heap.cons(t, l);
    }
    l
}

fn get_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(dict_pairs(ctx))
}

fn get_keys_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let keys: Vec<Term> = ctx.p.dict.chunks_exact(2).map(|c| c[0]).collect();
    Ok(ctx.p.heap.list(&keys))
}

fn get_keys_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let keys: Vec<Term> = ctx
        .p
        .dict
        .chunks_exact(2)
        .filter(|c| exact_eq(c[1], a[0]))
        .map(|c| c[0])
        .collect();
    Ok(ctx.p.heap.list(&keys))
}

fn erase_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let l = dict_pairs(ctx);
    ctx.p.dict.clear();
    Ok(l)
}

fn erase_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(or_undefined(ctx.p.dict_erase(a[0])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;

    #[test]
    fn stacktrace_shapes() {
        let mut h = Heap::default();
        let m = Term::atom(am::ERLANG);
        let loc = Term::NIL;
        let e4 = h.tuple(&[m, m, Term::small(1), loc]);
        let e3 = h.tuple(&[m, m, Term::NIL]);
        let good = h.list(&[e4, e3]);
        assert!(valid_stacktrace(good));
        assert!(valid_stacktrace(Term::NIL));
        let bad = h.list(&[e4, m]);
        assert!(!valid_stacktrace(bad));
        let improper = h.cons(e4, m);
        assert!(!valid_stacktrace(improper));
        let neg = h.tuple(&[m, m, Term::small(-1), loc]);
        let l = h.list(&[neg]);
        assert!(!valid_stacktrace(l));
        assert!(!valid_stacktrace(m));
    }
}
