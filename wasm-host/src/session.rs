//! One VM as the page sees it: created empty, given a pack, started on
//! `MODULE:FUNCTION()`, then stepped in time-boxed slices. The rules for
//! when a program has ended are the core's ([`Vm::step_program`]); this
//! only adds the time box and remembers the ending, since the core reports
//! it once.

use crate::host::WasmHost;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use beamr_core::bif::erlang::sys::Halt;
use beamr_core::host::Host;
use beamr_core::pack::{Pack, PackHost};
use beamr_core::vm::program::{Args, Ending, Step};
use beamr_core::vm::Vm;

/// Where the program is after [`Session::step`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum State {
    /// Processes are ready: step again soon (next frame).
    Running,
    /// Nothing runs before this monotonic time (ns): step again then.
    SleepUntil(u64),
    /// Every process waits for a message that nothing will send.
    Blocked,
    /// The program ended with this exit status (as `beamr run`'s).
    Ended(i32),
}

pub struct Session {
    vm: Option<Vm>,
    main: Option<usize>,
    ended: Option<i32>,
    /// Rounds between clock readings in [`Session::step`]: a message
    /// passed around a ring makes a round per hop, a few microseconds,
    /// and reading the embedder's clock after each would cost as much as
    /// the round. Adapts so a reading comes about every 1/8 of a budget,
    /// up to [`MAX_STRIDE`].
    stride: u32,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            vm: None,
            main: None,
            ended: None,
            stride: 1,
        }
    }
}

/// Small, because rounds can turn heavy at once (a burst of spawns): a
/// slice may then run this many heavy rounds before the clock is read.
/// At 16 the clock costs about 1% of a ring's hops instead of 15%.
const MAX_STRIDE: u32 = 16;

impl Session {
    /// A session whose modules come from `pack` (the embedder's bytes,
    /// checked here), over the imports' time and output.
    pub fn load_pack(&mut self, pack: Box<[u8]>) -> Result<(), String> {
        let pack = Pack::new(pack).map_err(|e| format!("bad pack: {e}"))?;
        self.load_host(Box::new(PackHost::new(WasmHost, pack)))
    }

    /// As [`Session::load_pack`] with any host (tests give their own).
    pub fn load_host(&mut self, host: Box<dyn Host>) -> Result<(), String> {
        if self.vm.is_some() {
            return Err("this VM already has its modules".into());
        }
        self.vm = Some(Vm::new(host));
        Ok(())
    }

    pub fn vm(&self) -> Option<&Vm> {
        self.vm.as_ref()
    }

    /// Boots the VM and spawns `module:function()`, the program's main
    /// process: the one whose end is the program's end.
    pub fn start(&mut self, module: &str, function: &str) -> Result<(), String> {
        let vm = self.vm.as_mut().ok_or("no pack loaded")?;
        if self.main.is_some() {
            return Err("a program is already started".into());
        }
        self.main = Some(vm.start_program(module, function, Args::None)?);
        Ok(())
    }

    /// Runs rounds until the program cannot run now or `budget_ns` of
    /// monotonic time has passed (at least one round, so a zero budget
    /// still makes progress). An ending's report goes to standard error
    /// as `beamr run` prints it.
    pub fn step(&mut self, budget_ns: u64) -> Result<State, String> {
        if let Some(status) = self.ended {
            return Ok(State::Ended(status));
        }
        let (Some(vm), Some(main)) = (self.vm.as_mut(), self.main) else {
            return Err("no program started".into());
        };
        let start = vm.host.monotonic_ns();
        let (mut last, mut rounds) = (start, 0);
        loop {
            match vm.step_program(main) {
                Step::Running => {
                    rounds += 1;
                    if rounds < self.stride {
                        continue;
                    }
                    rounds = 0;
                    let now = vm.host.monotonic_ns();
                    if now.saturating_sub(last) < budget_ns / 8 {
                        self.stride = (self.stride * 2).min(MAX_STRIDE);
                    } else {
                        self.stride = (self.stride / 2).max(1);
                    }
                    last = now;
                    if now.saturating_sub(start) >= budget_ns {
                        return Ok(State::Running);
                    }
                }
                Step::SleepUntil(t) => return Ok(State::SleepUntil(t)),
                Step::Blocked => return Ok(State::Blocked),
                Step::Ended(ending) => {
                    let status = ending.status();
                    match ending {
                        Ending::Normal | Ending::Halt(Halt::Status(_)) => {}
                        Ending::Crash(report) => vm.host.write(2, report.as_bytes()),
                        Ending::Halt(Halt::Slogan(s)) => {
                            vm.host.write(2, format!("{s}\n").as_bytes())
                        }
                        Ending::Halt(Halt::Abort) => vm.host.write(2, b"halt(abort)\n"),
                    }
                    self.ended = Some(status);
                    return Ok(State::Ended(status));
                }
            }
        }
    }

    /// The exit status, once [`Session::step`] has seen the end.
    pub fn exit_status(&self) -> Option<i32> {
        self.ended
    }

    /// The earliest pending timer (monotonic ns), if any.
    pub fn next_timer(&self) -> Option<u64> {
        self.vm.as_ref()?.next_timer()
    }
}
