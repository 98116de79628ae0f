//! The system logger: where the emulator's own reports go.
//!
//! BEAM reports a process that dies of an uncaught error to the process set
//! by `erlang:system_flag(system_logger, _)` (by default the one registered
//! as `logger`), as a `{log, Level, Format, Args, Meta}` message. OTP's
//! `logger_proxy` and `logger_server` turn it into the
//! `=ERROR REPORT==== ... Error in process` text; beamr only has to send it.

use crate::atom::{am, Atom};
use crate::bif::{badarg, BifResult};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::Term;
use crate::vm::Vm;

/// `system_flag(system_logger, New)`: a pid, `logger` or `undefined`.
/// Returns the previous setting.
pub fn set(vm: &mut Vm, new: Term) -> BifResult {
    let ok = new.is_pid()
        || new
            .as_atom()
            .is_some_and(|a| a == Atom::from_str("logger") || a == am::UNDEFINED);
    if !ok {
        return badarg();
    }
    Ok(core::mem::replace(&mut vm.system_logger, new))
}

/// The pid the system logger setting names right now, if any.
fn target(vm: &Vm) -> Option<usize> {
    let s = vm.system_logger;
    if s.is_pid() {
        let pid = s.pid_value();
        return vm.is_alive(pid).then_some(pid);
    }
    let name = s.as_atom().filter(|a| *a != am::UNDEFINED)?;
    vm.registered.get(&name).copied()
}

/// Sends the emulator's "Error in process" report for `p`, which ended
/// with `reason` (on its heap), if it ended by an uncaught error or throw.
pub fn report_exit(vm: &mut Vm, p: &Process, reason: Term) {
    if !p.log_exit {
        return;
    }
    let Some(to) = target(vm) else {
        return;
    };
    let mut h = Heap::default();
    let reason = crate::term::copy::copy_to_heap(&mut h, reason);
    let format = h.str_list("Error in process ~p with exit value:~n~p~n");
    let pid = Term::pid(p.pid);
    let args = h.list(&[pid, reason]);
    let at = |s: &str| Term::atom(Atom::from_str(s));
    let el = crate::term::map::from_pairs(
        &mut h,
        &mut [(at("emulator"), Term::TRUE), (at("tag"), at("error"))],
    );
    let now = h.int((vm.host.system_ns() / 1000) as i64);
    let meta = crate::term::map::from_pairs(
        &mut h,
        &mut [
            (at("error_logger"), el),
            (at("pid"), pid),
            (at("time"), now),
            (at("gl"), p.group_leader),
        ],
    );
    let msg = h.tuple(&[at("log"), at("error"), format, args, meta]);
    super::signals::deliver(vm, None, to, msg);
}
