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
//! State that `Vm` has no field for (monitors, timers, ETS tables) lives in
//! per-VM statics ([`state`]).

pub mod code_bifs;
pub mod exc;
pub mod procs;
pub mod signals;
pub mod state;
pub mod sys;

use super::{badarg, Class, Exc};
use crate::atom::Atom;
use crate::code::CodeServer;
use crate::term::Term;
use crate::vm::Vm;
use alloc::vec::Vec;

pub use signals::{fire_timers, next_timer, process_exited};

pub fn register(c: &mut CodeServer) {
    exc::register(c);
    procs::register(c);
    signals::register(c);
    sys::register(c);
    code_bifs::register(c);
}

/// Forgets everything the BIFs keep for `vm` (monitors, timers, statistics,
/// ETS tables). Call it when a VM is dropped; without it a dropped VM's
/// state stays allocated until the OS process ends.
pub fn release_vm(vm: &Vm) {
    signals::release(vm);
    sys::release(vm);
    super::ets::release_vm(vm);
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

    #[test]
    fn lists_to_vecs() {
        let mut h = crate::heap::Heap::default();
        let l = h.list(&[Term::small(1), Term::small(2)]);
        assert_eq!(list_to_vec(l), Some(alloc::vec![Term::small(1), Term::small(2)]));
        let improper = h.cons(Term::small(1), Term::small(2));
        assert_eq!(list_to_vec(improper), None);
        assert_eq!(list_to_vec(Term::NIL), Some(Vec::new()));
    }

    #[test]
    fn args() {
        assert!(atom_arg(Term::small(1)).is_err());
        assert!(atom_arg(Term::NIL).is_err());
    }
}
