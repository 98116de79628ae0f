//! BIFs: erlang (processes, exceptions, the process dictionary, time, system
//! information, funs and modules), plus the few `code`, `os` and
//! `erts_internal` entries that belong with them.
//!
//! Split by theme:
//! - [`exc`]: `error/1,2,3`, `throw/1`, `exit/1`, `raise/3`, `nif_error/1,2`
//!   and the process dictionary;
//! - [`procs`]: `self/0`, spawning, links, monitors, `exit/2`, registration,
//!   `send/2,3`, `process_flag/2`, `process_info/1,2`, group leaders;
//! - [`signals`]: exit signals, `'DOWN'` messages and timers: the machinery
//!   behind links/monitors/`send_after`, with the two hooks the scheduler must
//!   call ([`process_exited`] and [`fire_timers`]);
//! - [`sys`]: time, `system_info/1`, `statistics/1`, `display/1`, `halt/0,1,2`,
//!   `unique_integer/0,1`;
//! - [`code_bifs`]: funs (`fun_info`, `make_fun`, `fun_to_list`) and modules
//!   (`get_module_info`, `function_exported`, `load_module`, `code:*`).
//!
//! Their per-VM state (monitors, timers, statistics) is in `Vm::bifs`
//! (`bif::state`).

pub mod code_bifs;
pub mod exc;
pub mod procs;
pub mod signals;
pub mod sys;
pub mod syslog;

use super::{badarg, Class, Exc};
use crate::atom::Atom;
use crate::code::CodeServer;
use crate::term::Term;
use alloc::vec::Vec;

pub use signals::{alias_owner, fire_timers, next_timer, process_exited};

pub fn register(c: &mut CodeServer) {
    exc::register(c);
    procs::register(c);
    signals::register(c);
    sys::register(c);
    code_bifs::register(c);
}

/// The elements of a proper list, or `None`.
pub(crate) fn list_to_vec(mut l: Term) -> Option<Vec<Term>> {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        v.push(h);
        l = t;
    }
    if l.is_nil() {
        Some(v)
    } else {
        None
    }
}

pub(crate) fn atom_arg(t: Term) -> Result<Atom, Exc> {
    match t.as_atom() {
        Some(a) => Ok(a),
        None => badarg(),
    }
}

/// `{Tag, Value}` on the process heap.
pub(crate) fn pair(h: &mut crate::heap::Heap, a: Term, b: Term) -> Term {
    h.tuple(&[a, b])
}

/// An `exit`-class exception.
pub(crate) fn exit_exc(reason: Term) -> Exc {
    Exc::Raise {
        class: Class::Exit,
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Vm;

    #[test]
    fn lists_to_vecs() {
        let mut h = crate::heap::Heap::default();
        let l = h.list(&[Term::small(1), Term::small(2)]);
        assert_eq!(
            list_to_vec(l),
            Some(alloc::vec![Term::small(1), Term::small(2)])
        );
        let improper = h.cons(Term::small(1), Term::small(2));
        assert_eq!(list_to_vec(improper), None);
        assert_eq!(list_to_vec(Term::NIL), Some(Vec::new()));
    }

    /// Every BIF registered here and in `ets`, called with many argument
    /// mixes, must return or raise, never panic.
    #[test]
    fn bifs_never_panic() {
        use crate::atom::Atom;
        use crate::bif::Ctx;
        let mut mine = CodeServer::default();
        register(&mut mine);
        crate::bif::ets::register(&mut mine);
        let mut bifs: Vec<_> = mine.bifs.iter().map(|(k, f)| (*k, *f)).collect();
        bifs.sort_by_key(|(k, _)| (k.0 .0, k.1 .0, k.2));
        assert!(bifs.len() > 150);
        let mut vm = Vm::new(alloc::boxed::Box::new(crate::host::NullHost::default()));
        let mut p = crate::process::Process::new(0);
        let h = &mut p.heap;
        let at = |s: &str| Term::atom(Atom::from_str(s));
        let mut samples: Vec<Term> = alloc::vec![
            Term::small(0),
            Term::small(1),
            Term::small(-1),
            Term::small(3),
            Term::NIL,
            Term::TRUE,
            at("undefined"),
            at("set"),
            at("bag"),
            at("named_table"),
            at("fuzz_tab"),
            at("$1"),
            at("_"),
            at("kill"),
            at("normal"),
            at("second"),
            at("wordsize"),
            at("process"),
            at("trap_exit"),
            at("lists"),
            at("erlang"),
            Term::pid(0),
            Term::pid(1),
            Term::pid(99),
        ];
        let f = h.float(2.5);
        let big = h.int(i64::MAX);
        let r = h.reference(12345);
        let bin = h.binary(b"abc");
        let t1 = h.tuple(&[Term::small(1), at("a")]);
        let t3 = h.tuple(&[Term::small(2), Term::small(3), Term::small(4)]);
        let l = h.list(&[Term::small(1), t1]);
        let s = h.str_list("<0.1.0>");
        let improper = h.cons(Term::small(1), Term::small(2));
        let g = h.tuple(&[at(">"), at("$1"), Term::small(0)]);
        let gl = h.list(&[g]);
        let body = h.list(&[at("$_")]);
        let head = h.tuple(&[at("$1"), at("_")]);
        let clause = h.tuple(&[head, gl, body]);
        let ms = h.list(&[clause]);
        let incr = h.tuple(&[
            Term::small(2),
            Term::small(1),
            Term::small(10),
            Term::small(0),
        ]);
        let opts = h.list(&[at("set"), at("public")]);
        samples.extend([f, big, r, bin, t1, t3, l, s, improper, ms, incr, opts]);
        // A live table, by reference and by name.
        {
            let mut ctx = Ctx {
                vm: &mut vm,
                p: &mut p,
            };
            let o = ctx.p.heap.list(&[at("named_table"), at("public")]);
            let tab = crate::bif::ets::tests_api::new(&mut ctx, at("fuzz_tab"), o);
            samples.push(tab);
            let o2 = ctx.p.heap.list(&[at("bag")]);
            let tab2 = crate::bif::ets::tests_api::new(&mut ctx, at("fuzz_bag"), o2);
            samples.push(tab2);
        }
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for ((m, fname, arity), func) in bifs {
            // These act on the calling process itself (a collection would
            // move the sample terms on its heap).
            let skip = matches!(
                fname.name(),
                b"halt" | b"hibernate" | b"yield" | b"garbage_collect"
            );
            if skip && m == crate::atom::am::ERLANG {
                continue;
            }
            for _ in 0..300 {
                let args: Vec<Term> = (0..arity)
                    .map(|_| samples[(next() % samples.len() as u64) as usize])
                    .collect();
                let mut ctx = Ctx {
                    vm: &mut vm,
                    p: &mut p,
                };
                let _ = func(&mut ctx, &args);
            }
        }
    }

    #[test]
    fn args() {
        assert!(atom_arg(Term::small(1)).is_err());
        assert!(atom_arg(Term::NIL).is_err());
    }
}
