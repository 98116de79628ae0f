//! Running one program's main process to its end: what every host does
//! (the std CLI, the wasm page, the bare-metal firmware), kept here so that
//! no host carries its own copy of the rules for when a program has ended.
//!
//! A host calls [`Vm::start_program`] once and then [`Vm::step_program`]
//! from its own loop: the std host sleeps until the next timer, the wasm
//! host returns to the page's event loop, the firmware waits for its tick.

use super::Vm;
use crate::atom::{am, Atom};
use crate::bif::erlang::sys::Halt;
use crate::term::print::write_readable;
use crate::term::Term;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// What the entry function is called with.
pub enum Args<'a> {
    /// `FUNCTION()`.
    None,
    /// `FUNCTION(["arg", ...])`: command-line style arguments as strings.
    Strings(&'a [String]),
    /// `FUNCTION(atom)`: how Gleam's `{pkg}@@main:run(Module)` is called.
    Atom(&'a str),
}

/// How a program ended.
#[derive(Debug)]
pub enum Ending {
    Normal,
    /// The main process crashed: OTP's "Error in process" text for it.
    Crash(String),
    /// `erlang:halt/0,1,2` (or `init:stop/0,1`) from any process.
    Halt(Halt),
}

impl Ending {
    /// The exit status a command-line host reports, as `erl` would.
    pub fn status(&self) -> i32 {
        match self {
            Ending::Normal => 0,
            Ending::Crash(_) => 1,
            Ending::Halt(Halt::Status(s)) => i32::from(*s),
            Ending::Halt(Halt::Slogan(_)) | Ending::Halt(Halt::Abort) => 1,
        }
    }
}

/// Where a program is after one [`Vm::step_program`].
#[derive(Debug)]
pub enum Step {
    /// Processes are ready: step again soon.
    Running,
    /// Nothing can run before monotonic time `t` (ns): a receive timeout
    /// or timer fires then. The host may sleep or return to its event loop.
    SleepUntil(u64),
    /// Every process waits for a message and no timer is pending: only a
    /// message from the host (see [`Vm::send`]) can wake the program.
    Blocked,
    Ended(Ending),
}

impl Vm {
    /// Boots the VM, loads `module` and spawns `module:function(args)`;
    /// returns the main process, or a one-line reason it could not start.
    pub fn start_program(
        &mut self,
        module: &str,
        function: &str,
        args: Args,
    ) -> Result<usize, String> {
        self.boot()
            .map_err(|e| format!("cannot start the group leader: {e}"))?;
        let m = Atom::from_str(module);
        if !self.ensure_loaded(m) {
            return Err(self
                .load_errors
                .pop()
                .unwrap_or_else(|| format!("module '{module}' not found on the code path")));
        }
        let f = Atom::from_str(function);
        match args {
            Args::None => self.spawn(m, f, &[]),
            Args::Strings(strings) => {
                // Built on a scratch heap; spawn copies them into the process.
                let mut heap = crate::heap::Heap::default();
                let strs: Vec<Term> = strings.iter().map(|a| heap.str_list(a)).collect();
                let l = heap.list(&strs);
                self.spawn(m, f, &[l])
            }
            Args::Atom(a) => self.spawn(m, f, &[Term::atom(Atom::from_str(a))]),
        }
    }

    /// Runs one bounded round (see [`Vm::run_until_idle`]) and says whether
    /// the program whose main process is `main` has ended. Other processes
    /// do not keep it alive, as with `erl -s ... -s init stop`.
    pub fn step_program(&mut self, main: usize) -> Step {
        self.run_until_idle();
        if let Some(h) = self.halted.take() {
            return Step::Ended(Ending::Halt(h));
        }
        if !self.is_alive(main) {
            // The program ended while init:stop/1 was taking the VM down.
            if let Some(h) = self.take_stop() {
                return Step::Ended(Ending::Halt(h));
            }
            let res = self.take_exit_result(main);
            let reason = res.as_ref().map(|o| o.term()).unwrap_or(Term::NIL);
            if reason == Term::atom(am::NORMAL) {
                return Step::Ended(Ending::Normal);
            }
            let mut s = String::new();
            write_readable(&mut s, reason);
            return Step::Ended(Ending::Crash(format!(
                "=ERROR REPORT==== Error in process <0.{main}.0> with exit value:\n{s}\n"
            )));
        }
        if self.has_ready() {
            return Step::Running;
        }
        match self.next_timer() {
            Some(t) => Step::SleepUntil(t),
            None => Step::Blocked,
        }
    }
}
