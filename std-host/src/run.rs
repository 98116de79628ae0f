//! Running a program to completion on one thread.

use crate::StdHost;
use beamr_core::bif::erlang::sys::Halt;
use beamr_core::host::Host;
use beamr_core::vm::program::{Ending, Step};
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

pub use beamr_core::vm::program::Args as Entry;

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
    let main = match vm.start_program(module, function, entry) {
        Ok(p) => p,
        Err(e) => return Exit::Setup(e),
    };
    loop {
        match vm.step_program(main) {
            Step::Running => {}
            Step::SleepUntil(t) => {
                let now = vm.host.monotonic_ns();
                if t > now {
                    std::thread::sleep(Duration::from_nanos(t - now));
                }
            }
            Step::Blocked => {
                return Exit::Crash(
                    "the main process waits for a message that can never arrive".into(),
                )
            }
            Step::Ended(Ending::Normal) => return Exit::Normal,
            Step::Ended(Ending::Crash(report)) => return Exit::Crash(report),
            Step::Ended(Ending::Halt(h)) => return Exit::Halt(h),
        }
    }
}
