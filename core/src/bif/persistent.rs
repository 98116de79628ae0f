//! `persistent_term`.
//!
//! Stored terms are copied once into storage that lives as long as the VM and
//! handed out without copying, as OTP does: to a process's collector they
//! look like literals. Erased or replaced values are kept alive (a process
//! may still hold them), which OTP handles with a global GC instead.

use super::{badarg, BifResult, Ctx};
use crate::atom::am;
use crate::code::CodeServer;
use crate::term::compare::exact_eq;
use crate::term::owned::Owned;
use crate::term::Term;
use alloc::vec::Vec;
use spin::Mutex;

struct Store {
    entries: Vec<(Owned, Owned)>,
    graveyard: Vec<Owned>,
}

static STORE: Mutex<Store> = Mutex::new(Store {
    entries: Vec::new(),
    graveyard: Vec::new(),
});

pub fn register(c: &mut CodeServer) {
    c.register_bif("persistent_term", "get", 1, get1);
    c.register_bif("persistent_term", "get", 2, get2);
    c.register_bif("persistent_term", "get", 0, get0);
    c.register_bif("persistent_term", "put", 2, put);
    c.register_bif("persistent_term", "erase", 1, erase);
}

fn lookup(key: Term) -> Option<Term> {
    let s = STORE.lock();
    s.entries
        .iter()
        .find(|(k, _)| exact_eq(k.term(), key))
        .map(|(_, v)| v.term())
}

fn get1(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match lookup(args[0]) {
        Some(v) => Ok(v),
        None => badarg(),
    }
}

fn get2(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(lookup(args[0]).unwrap_or(args[1]))
}

fn get0(ctx: &mut Ctx, _args: &[Term]) -> BifResult {
    let pairs: Vec<(Term, Term)> = {
        let s = STORE.lock();
        s.entries
            .iter()
            .map(|(k, v)| (k.term(), v.term()))
            .collect()
    };
    let mut l = Term::NIL;
    for (k, v) in pairs.into_iter().rev() {
        let t = ctx.p.heap.tuple(&[k, v]);
        l = ctx.p.heap.cons(t, l);
    }
    Ok(l)
}

fn put(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let mut s = STORE.lock();
    let value = Owned::new(args[1]);
    if let Some(i) = s
        .entries
        .iter()
        .position(|(k, _)| exact_eq(k.term(), args[0]))
    {
        let old = core::mem::replace(&mut s.entries[i].1, value);
        s.graveyard.push(old);
    } else {
        s.entries.push((Owned::new(args[0]), value));
    }
    Ok(Term::atom(am::OK))
}

fn erase(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let mut s = STORE.lock();
    match s
        .entries
        .iter()
        .position(|(k, _)| exact_eq(k.term(), args[0]))
    {
        Some(i) => {
            let (k, v) = s.entries.swap_remove(i);
            s.graveyard.push(k);
            s.graveyard.push(v);
            Ok(Term::TRUE)
        }
        None => Ok(Term::FALSE),
    }
}
