//! Running one program to its end on a board: the core's shared driver
//! ([`Vm::start_program`], [`Vm::step_program`]) in the loop a board can
//! have, where waiting for a timer means idling (`wfi`) until the clock
//! has moved past it.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use beamr_core::bif::erlang::sys::Halt;
use beamr_core::host::Host;
use beamr_core::vm::program::{Args, Ending, Step};
use beamr_core::vm::Vm;

/// How a run ended.
#[derive(Debug)]
pub enum Outcome {
    Ended(Ending),
    /// Could not start: the one-line reason.
    Setup(String),
}

impl Outcome {
    /// The exit status `beamr run` would give.
    pub fn status(&self) -> i32 {
        match self {
            Outcome::Ended(e) => e.status(),
            Outcome::Setup(_) => 2,
        }
    }

    /// What `beamr run` prints on standard error for this ending, if
    /// anything.
    pub fn report(&self) -> Option<String> {
        match self {
            Outcome::Ended(Ending::Normal) | Outcome::Ended(Ending::Halt(Halt::Status(_))) => None,
            Outcome::Ended(Ending::Crash(report)) => Some(report.clone()),
            Outcome::Ended(Ending::Halt(Halt::Slogan(s))) => Some(format!("{s}\n")),
            Outcome::Ended(Ending::Halt(Halt::Abort)) => Some("abort\n".into()),
            Outcome::Setup(why) => Some(format!("beamr: {why}\n")),
        }
    }
}

/// What a board sets in the VM before it starts the program.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// `min_bin_vheap_size` of every process, in words: how much binary
    /// data a process may make and drop before a collection frees it
    /// (OTP's default, 46,422 words, is 181 KiB on a 32-bit board; `erl
    /// +hmbs` sets it).
    pub min_bin_vheap: usize,
    /// How many times its live data a process's heap is after a
    /// collection (2 to 8; the VM's default is 3): a collection holds the
    /// old heap and the new one at once, so 2 lowers a process's peak by
    /// about a third, for more frequent collections.
    pub heap_growth: usize,
}

impl Default for Settings {
    /// The VM's defaults (OTP's `min_bin_vheap_size`).
    fn default() -> Self {
        Settings {
            min_bin_vheap: beamr_core::heap::MIN_BIN_VHEAP_WORDS,
            heap_growth: beamr_core::heap::gc::GROWTH,
        }
    }
}

/// Runs `module:function(args)` on a VM over `host` until that process
/// ends (other processes do not keep the program alive, as with `erl -s
/// ... -s init stop`). `idle` is called while every process waits for a
/// timer that has not fired: the board sleeps until its next interrupt.
/// The VM is dropped before this returns, so its output is flushed and
/// its memory back in the allocator.
pub fn run_program(
    host: Box<dyn Host>,
    module: &str,
    function: &str,
    args: Args,
    settings: Settings,
    mut idle: impl FnMut(),
) -> Outcome {
    let mut vm = Vm::new(host);
    vm.min_bin_vheap = settings.min_bin_vheap;
    vm.heap_growth = settings.heap_growth;
    let main = match vm.start_program(module, function, args) {
        Ok(p) => p,
        Err(e) => return Outcome::Setup(e),
    };
    loop {
        match vm.step_program(main) {
            Step::Running => {}
            Step::SleepUntil(t) => {
                while vm.host.monotonic_ns() < t {
                    idle();
                }
            }
            Step::Blocked => {
                return Outcome::Ended(Ending::Crash(
                    "the main process waits for a message that can never arrive\n".into(),
                ))
            }
            Step::Ended(e) => return Outcome::Ended(e),
        }
    }
}

#[cfg(test)]
mod tests;
