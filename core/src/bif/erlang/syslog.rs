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

/// The emulator's report for a process killed by its `max_heap_size`
/// (`total` words of heap and stack). beamr's collector is not
/// generational, so the GC info has OTP's keys with old-heap sizes of 0.
pub fn report_max_heap(vm: &mut Vm, p: &Process, total: usize) {
    let Some(to) = target(vm) else {
        return;
    };
    let mut h = Heap::default();
    let format = h.str_list(concat!(
        "     Process:            ~p ~n",
        "     Context:            maximum heap size reached~n",
        "     Max Heap Size:      ~p~n",
        "     Total Heap Size:    ~p~n",
        "     Kill:               ~p~n",
        "     Error Logger:       ~p~n",
        "     Message Queue Len:  ~p~n",
        "     GC Info:            ~p~n"
    ));
    let at = |s: &str| Term::atom(Atom::from_str(s));
    let n = |v: usize| Term::small(v as isize);
    let used = p.heap.used_words();
    let info: [(&str, usize); 11] = [
        ("old_heap_block_size", 0),
        ("heap_block_size", p.heap.capacity_words()),
        ("mbuf_size", 0),
        ("recent_size", used),
        ("stack_size", p.stack.len()),
        ("old_heap_size", 0),
        ("heap_size", used),
        ("bin_vheap_size", 0),
        ("bin_vheap_block_size", 46422),
        ("bin_old_vheap_size", 0),
        ("bin_old_vheap_block_size", 46422),
    ];
    let info: alloc::vec::Vec<Term> = info.iter().map(|&(k, v)| h.tuple(&[at(k), n(v)])).collect();
    let info = h.list(&info);
    let queue = p.mailbox.len() + p.inbox.len();
    let args = h.list(&[
        Term::pid(p.pid),
        n(p.tuning.max_heap_size),
        n(total),
        Term::TRUE,
        Term::TRUE,
        n(queue),
        info,
    ]);
    let meta = emulator_meta(vm, &mut h, p);
    let msg = h.tuple(&[at("log"), at("error"), format, args, meta]);
    super::signals::deliver(vm, None, to, msg);
}

/// `#{error_logger => #{emulator => true, tag => error}, pid, time, gl}`.
fn emulator_meta(vm: &mut Vm, h: &mut Heap, p: &Process) -> Term {
    let at = |s: &str| Term::atom(Atom::from_str(s));
    let el = crate::term::map::from_pairs(
        h,
        &mut [(at("emulator"), Term::TRUE), (at("tag"), at("error"))],
    );
    let now = h.int((vm.host.system_ns() / 1000) as i64);
    crate::term::map::from_pairs(
        h,
        &mut [
            (at("error_logger"), el),
            (at("pid"), Term::pid(p.pid)),
            (at("time"), now),
            (at("gl"), p.group_leader),
        ],
    )
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
    let meta = emulator_meta(vm, &mut h, p);
    let msg = h.tuple(&[at("log"), at("error"), format, args, meta]);
    super::signals::deliver(vm, None, to, msg);
}
