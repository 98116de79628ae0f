//! Running a program to completion on one thread.

use crate::StdHost;
use beamr_core::atom::Atom;
use beamr_core::bif::erlang::sys::Halt;
use beamr_core::host::Host;
use beamr_core::term::print::write_readable;
use beamr_core::term::Term;
use beamr_core::vm::Vm;
use std::time::Duration;

/// How a run ended.
pub enum Exit {
    Normal,
    /// Crashed: the exit reason, printed Erlang-style.
    Crash(String),
    /// `erlang:halt/0,1,2` from any process.
    Halt(Halt),
    /// Could not start (missing module or function, load error).
    Setup(String),
}

/// What the entry function is called with.
pub enum Entry<'a> {
    /// `FUNCTION()`.
    NoArgs,
    /// `FUNCTION(["arg", ...])`: the command line's arguments as strings.
    Strings(&'a [String]),
    /// `FUNCTION(atom)`: how Gleam's `{pkg}@@main:run(Module)` is called.
    Atom(&'a str),
}

/// Runs `module:function(...)` until that process ends. Other processes do
/// not keep the VM alive, as with `erl -s ... -s init stop`.
pub fn run(host: StdHost, module: &str, function: &str, entry: Entry) -> Exit {
    let plain = host.plain_arguments().to_vec();
    run_host(Box::new(host), plain, module, function, entry)
}

/// [`run`] on any host (such as a [`beamr_core::pack::PackHost`]), with
/// the program's arguments (`init:get_plain_arguments/0`; the entry's
/// strings when empty).
pub fn run_host(
    host: Box<dyn Host>,
    mut plain: Vec<String>,
    module: &str,
    function: &str,
    entry: Entry,
) -> Exit {
    if let (true, Entry::Strings(args)) = (plain.is_empty(), &entry) {
        plain = args.to_vec();
    }
    let mut vm = Vm::new(host);
    vm.set_plain_arguments(&plain);
    if let Err(e) = vm.boot() {
        return Exit::Setup(format!("cannot start the group leader: {e}"));
    }
    let m = Atom::from_str(module);
    if !vm.ensure_loaded(m) {
        let why = vm
            .load_errors
            .pop()
            .unwrap_or_else(|| format!("module '{module}' not found on the code path"));
        return Exit::Setup(why);
    }
    let f = Atom::from_str(function);
    let main = match entry {
        Entry::NoArgs => vm.spawn(m, f, &[]),
        Entry::Strings(args) => {
            // Built on a scratch heap; spawn copies them into the process.
            let mut heap = beamr_core::heap::Heap::default();
            let strs: Vec<Term> = args.iter().map(|a| heap.str_list(a)).collect();
            let l = heap.list(&strs);
            vm.spawn(m, f, &[l])
        }
        Entry::Atom(a) => vm.spawn(m, f, &[Term::atom(Atom::from_str(a))]),
    };
    let pid = match main {
        Ok(p) => p,
        Err(e) => return Exit::Setup(e),
    };
    loop {
        vm.run_until_idle();
        if let Some(h) = vm.halted.take() {
            return Exit::Halt(h);
        }
        if !vm.is_alive(pid) {
            // The program ended while init:stop/1 was taking the VM down.
            if let Some(h) = vm.take_stop() {
                return Exit::Halt(h);
            }
            break;
        }
        if !vm.has_ready() {
            match vm.next_timer() {
                Some(t) => {
                    let now = vm.host.monotonic_ns();
                    if t > now {
                        std::thread::sleep(Duration::from_nanos(t - now));
                    }
                }
                None => {
                    return Exit::Crash(
                        "the main process waits for a message that can never arrive".into(),
                    );
                }
            }
        }
    }
    let res = vm.take_exit_result(pid);
    let reason = res.as_ref().map(|o| o.term()).unwrap_or(Term::NIL);
    if reason == Term::atom(beamr_core::atom::am::NORMAL) {
        return Exit::Normal;
    }
    let mut s = String::new();
    write_readable(&mut s, reason);
    Exit::Crash(format!(
        "=ERROR REPORT==== Error in process <0.{pid}.0> with exit value:\n{s}\n"
    ))
}
