//! The VM: code, processes and the cooperative scheduler that runs them.
//!
//! Single-threaded: `run_until_idle` runs one snapshot of the ready queues,
//! each process for one reduction budget, and reports what happened. A host
//! drives it from its own loop (a thread, the browser's event loop, a
//! microcontroller's main loop): it calls `run_until_idle` while
//! `has_ready`, and otherwise sleeps until `next_timer` or until it has a
//! message to `send`. The rest of the host's API is in `vm/embed.rs`; the
//! priority rules in [`crate::sched`].

mod embed;
pub mod introspect;
pub mod program;
#[cfg(test)]
mod tests;

pub use embed::{HostError, DEFAULT_NAMESPACE};

use crate::atom::{am, Atom};
use crate::code::{transform, CodeServer, Module, Target};
use crate::host::Host;
use crate::interp::exec::{self, Outcome};
use crate::process::{CodePtr, Frame, Process, Status};
use crate::sched::{Priority, RunQueues};
use crate::term::Term;
use alloc::boxed::Box;
use alloc::collections::BinaryHeap;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Reverse;
use hashbrown::HashMap;

/// BEAM's reduction budget per scheduling turn.
pub const REDUCTIONS: u32 = 4000;
/// X registers in the scheduler (BEAM's maximum).
pub const MAX_X: usize = 1024;

/// A sentinel return address: returning to it ends the process normally.
pub const EXIT_CP: CodePtr = CodePtr {
    module: u32::MAX,
    ip: 0,
};

/// A process could not be created (reserved for table limits).
#[derive(Debug)]
pub struct SpawnError;

/// What one `run_until_idle` call did, as pids in the order it happened.
#[derive(Default, Debug)]
pub struct Summary {
    /// Had a turn.
    pub executed: Vec<usize>,
    /// Used up their budget; ready again for the next call.
    pub yielded: Vec<usize>,
    /// Now wait in `receive` (for a message or a timeout).
    pub waiting: Vec<usize>,
    /// Ended with reason `normal`.
    pub exited: Vec<usize>,
    /// Ended with any other reason, whether by themselves or killed by a
    /// signal during the call.
    pub errored: Vec<usize>,
}

pub struct Vm {
    pub code: CodeServer,
    pub procs: Vec<Option<Box<Process>>>,
    /// Processes ready to run.
    pub runq: RunQueues,
    pub host: Box<dyn Host>,
    pub registered: HashMap<Atom, usize>,
    pub next_ref: u64,
    pub next_unique: u64,
    x: Vec<Term>,
    /// Monitors, timers, ETS tables and statistics of this VM's BIFs.
    pub(crate) bifs: crate::bif::state::BifState,
    /// Exit reasons of finished processes that the host spawned,
    /// deep-copied out of their heaps, until the host takes them. (Kept
    /// for every process they would grow without bound.)
    pub exit_results: Vec<(usize, crate::term::owned::Owned)>,
    /// Processes the host spawned that have not ended yet.
    awaited: hashbrown::HashSet<usize>,
    /// `(pid, ended normally)` of the processes that ended during the
    /// current round, for its summary.
    round_exits: Vec<(usize, bool)>,
    /// The group leader every process starts with.
    pub group_leader: Term,
    pub load_errors: Vec<String>,
    /// Where the emulator sends its own reports (`system_flag(system_logger, _)`).
    pub system_logger: Term,
    /// Set by `erlang:halt/0,1,2`: the scheduler runs nothing more.
    pub halted: Option<crate::bif::erlang::sys::Halt>,
    /// `min_bin_vheap_size` of new processes, in words (OTP's default, or
    /// what `erlang:system_flag/2` or the host set; a board with little
    /// RAM sets it low, as `erl +hmbs` does, so dropped binaries go soon).
    pub min_bin_vheap: usize,
    /// The collector's growth factor for new processes (see
    /// [`crate::heap::gc::GROWTH`]; a board sets 2).
    pub heap_growth: usize,
    /// `(deadline, pid)` of every process that went waiting in a
    /// `receive ... after`, earliest first, so the timer check does not
    /// scan every process. Entries go stale when the receive ends early;
    /// they are dropped when their deadline passes.
    recv_timers: BinaryHeap<Reverse<(u64, usize)>>,
}

impl Vm {
    pub fn new(host: Box<dyn Host>) -> Vm {
        Vm {
            code: CodeServer::new(),
            procs: Vec::new(),
            runq: RunQueues::new(),
            host,
            registered: HashMap::new(),
            next_ref: 1,
            next_unique: 1,
            x: alloc::vec![Term::NIL; MAX_X],
            bifs: Default::default(),
            exit_results: Vec::new(),
            awaited: hashbrown::HashSet::new(),
            round_exits: Vec::new(),
            group_leader: Term::NIL,
            load_errors: Vec::new(),
            system_logger: Term::atom(Atom::from_str("logger")),
            halted: None,
            min_bin_vheap: crate::heap::MIN_BIN_VHEAP_WORDS,
            heap_growth: crate::heap::gc::GROWTH,
            recv_timers: BinaryHeap::new(),
        }
    }

    /// Loads the preloaded modules and starts the group leader.
    pub fn boot(&mut self) -> Result<(), String> {
        static GL: &[u8] = include_bytes!("preload/beamr_gl.beam");
        self.load(GL).map_err(|e| alloc::format!("{e}"))?;
        let gl = self.spawn(
            Atom::from_str("beamr_gl"),
            Atom::from_str("start"),
            &[Term::small(1)],
        )?;
        self.group_leader = Term::pid(gl);
        if let Some(Some(p)) = self.procs.get_mut(gl) {
            p.group_leader = Term::pid(gl);
        }
        self.boot_kernel()
    }

    /// Starts OTP's logger and kernel supervisors (see `beamr_kernel.erl`)
    /// and runs them until they settle, so the program's first process
    /// finds them registered. Without OTP's modules this ends at once.
    fn boot_kernel(&mut self) -> Result<(), String> {
        static KERNEL: &[u8] = include_bytes!("preload/beamr_kernel.beam");
        self.load(KERNEL).map_err(|e| alloc::format!("{e}"))?;
        self.spawn(Atom::from_str("beamr_kernel"), Atom::from_str("start"), &[])?;
        while !self.runq.is_empty() {
            self.run_until_idle();
        }
        self.exit_results.clear();
        Ok(())
    }

    /// Loads a module from bytes.
    pub fn load(&mut self, bytes: &[u8]) -> Result<&'static Module, crate::loader::LoadError> {
        transform::load(&mut self.code, bytes)
    }

    /// Makes sure `name` is loaded: asks the host for its bytes, or, once
    /// the program has changed the code path, reads them from the path's
    /// directories (see [`crate::bif::code_path`]).
    pub fn ensure_loaded(&mut self, name: Atom) -> bool {
        if self.code.module(name).is_some() {
            return true;
        }
        let s = String::from_utf8_lossy(name.name()).into_owned();
        let mut file = None;
        let mut bytes = None;
        if self.bifs.code_path.modified {
            if let Some((b, f)) = crate::bif::code_path::read_module(self, &s) {
                bytes = Some(b);
                file = Some(f);
            }
        }
        let nifs = crate::bif::file::NIF_MODULES.contains(&s.as_str());
        let in_place = match bytes {
            None if !nifs => self.host.find_module_in_place(&s),
            _ => None,
        };
        let loaded = if let Some(b) = in_place {
            crate::code::lazy::load(&mut self.code, b)
        } else {
            let Some(bytes) = bytes.or_else(|| self.host.find_module(&s)) else {
                return false;
            };
            if nifs {
                self.load_with_nifs(&bytes)
            } else {
                self.load(&bytes)
            }
        };
        match loaded {
            Ok(_) => {
                if let Some(f) = file {
                    crate::bif::code_path::loaded_from(self, name, f);
                }
                true
            }
            Err(e) => {
                self.load_errors.push(alloc::format!("{e}"));
                false
            }
        }
    }

    /// Loads a module whose local NIF stubs have BIFs (as `erlang:load_nif/2`
    /// would make them call the NIFs).
    fn load_with_nifs(
        &mut self,
        bytes: &[u8],
    ) -> Result<&'static Module, crate::loader::LoadError> {
        let raw = crate::loader::parse_beam(bytes)?;
        let mut m = transform::build(&mut self.code, &raw)?;
        crate::bif::file::point_nifs(&mut self.code, &mut m);
        Ok(self.code.install(m))
    }

    /// Loads (or loads again) module `name` from `bytes`, refusing a
    /// module of another name (`erlang:load_module/2`, `code:load_binary/3`).
    /// False when it cannot, with the reason in [`Vm::load_errors`].
    pub fn load_named(&mut self, name: Atom, bytes: &[u8]) -> bool {
        let raw = match crate::loader::parse_beam(bytes) {
            Ok(r) => r,
            Err(e) => {
                self.load_errors.push(alloc::format!("{e}"));
                return false;
            }
        };
        if raw.name.as_bytes() != name.name() {
            self.load_errors.push(alloc::format!(
                "module name in file is {}, not {}",
                raw.name,
                String::from_utf8_lossy(name.name())
            ));
            return false;
        }
        match transform::build(&mut self.code, &raw) {
            Ok(mut m) => {
                if crate::bif::file::NIF_MODULES.contains(&raw.name.as_str()) {
                    crate::bif::file::point_nifs(&mut self.code, &mut m);
                }
                self.code.install(m);
                true
            }
            Err(e) => {
                self.load_errors.push(alloc::format!("{e}"));
                false
            }
        }
    }

    /// Resolves an export, loading its module on demand.
    pub fn resolve(&mut self, export: u32) -> Target {
        let e = &self.code.exports[export as usize];
        if let Target::Undefined = e.target {
            let m = e.module;
            self.ensure_loaded(m);
        }
        self.code.resolve_lazy(export)
    }

    fn new_pid(&mut self) -> usize {
        self.procs.push(None);
        self.procs.len() - 1
    }

    /// Spawns `module:function(args...)`; `args` are terms that must not
    /// point into another process's heap (immediates or literals), or are
    /// copied by the caller.
    pub fn spawn(&mut self, module: Atom, function: Atom, args: &[Term]) -> Result<usize, String> {
        self.ensure_loaded(module);
        let ar = args.len() as u32;
        let export = self.code.export(module, function, ar);
        let (mid, ip) = match self.resolve(export) {
            Target::Code { module, ip } => (module, ip),
            _ => {
                return Err(alloc::format!(
                    "function {}:{}/{} is undefined",
                    String::from_utf8_lossy(module.name()),
                    String::from_utf8_lossy(function.name()),
                    ar
                ))
            }
        };
        let pid = self.new_pid();
        let mut p = Process::new(pid);
        p.configure(self.min_bin_vheap, self.heap_growth);
        p.group_leader = self.group_leader;
        p.initial_call = (Term::atom(module), Term::atom(function), ar);
        p.frames.push(Frame {
            ret: EXIT_CP,
            ybase: 0,
        });
        p.resume = CodePtr { module: mid, ip };
        for &a in args {
            let c = crate::term::copy::copy_to_heap(&mut p.heap, a);
            p.saved_x.push(c);
        }
        self.runq.push(pid, Priority::of(p.priority));
        self.procs[pid] = Some(Box::new(p));
        self.awaited.insert(pid);
        Ok(pid)
    }

    /// Spawns with the arguments as already-built terms in the new process
    /// (used by `erlang:spawn` BIFs that copy arguments themselves).
    pub fn spawn_process(
        &mut self,
        mut p: Process,
        module: Atom,
        function: Atom,
        ar: u32,
    ) -> Result<usize, SpawnError> {
        self.ensure_loaded(module);
        let export = self.code.export(module, function, ar);
        let (mid, ip) = match self.resolve(export) {
            Target::Code { module, ip } => (module, ip),
            _ => (u32::MAX, export),
        };
        let pid = self.new_pid();
        p.pid = pid;
        p.frames.push(Frame {
            ret: EXIT_CP,
            ybase: 0,
        });
        p.resume = CodePtr { module: mid, ip };
        self.runq.push(pid, Priority::of(p.priority));
        self.procs[pid] = Some(Box::new(p));
        Ok(pid)
    }

    /// A fresh process with this VM's defaults (pid assigned on spawn).
    pub fn blank_process(&self) -> Process {
        let mut p = Process::new(0);
        p.configure(self.min_bin_vheap, self.heap_growth);
        p.group_leader = self.group_leader;
        p
    }

    /// Delivers `msg` (a term on `from`'s heap) to `to`: a send by the
    /// running process `from` (or a scratch one of the BIFs). A host sends
    /// with [`Vm::send`].
    pub fn send_from(&mut self, from: &mut Process, to: usize, msg: Term) {
        if to == from.pid {
            from.mailbox.push_back(msg);
            return;
        }
        let Some(Some(target)) = self.procs.get_mut(to) else {
            return; // sending to a dead process is silently dropped, as OTP
        };
        // The target is not running (only the sender is out of the table),
        // so the copy goes straight onto its heap: no fragment to allocate,
        // and no collection just to merge one.
        let t = crate::term::copy::copy_to_heap(&mut target.heap, msg);
        target.inbox.push((t, None));
        if target.status == Status::Waiting {
            target.status = Status::Runnable;
            self.runq.push(to, Priority::of(target.priority));
        }
    }

    pub fn make_ref(&mut self) -> u64 {
        self.next_ref += 1;
        self.next_ref
    }

    pub fn is_alive(&self, pid: usize) -> bool {
        matches!(self.procs.get(pid), Some(Some(_)))
    }

    /// Runs one round: each process ready when it starts gets one turn of
    /// [`REDUCTIONS`], by priority (see [`crate::sched`]). Processes made
    /// ready during the round, those that yield included, get their turn in
    /// the next call, so that one call does bounded work and returns to the
    /// host's loop.
    pub fn run_until_idle(&mut self) -> Summary {
        let mut s = Summary::default();
        self.fire_timers();
        self.round_exits.clear();
        self.runq.begin_round();
        while let Some(pid) = self.runq.next_in_round() {
            if self.halted.is_some() {
                break;
            }
            let Some(slot) = self.procs.get_mut(pid) else {
                continue;
            };
            let Some(mut p) = slot.take() else {
                continue;
            };
            if p.status == Status::Waiting && p.inbox.is_empty() && !p.timed_out {
                self.procs[pid] = Some(p);
                continue;
            }
            p.status = Status::Runnable;
            s.executed.push(pid);
            let mut x = core::mem::take(&mut self.x);
            let out = exec::run(self, &mut p, &mut x, REDUCTIONS);
            // What this turn left in the registers points into this
            // process's heap, which may move or go before the next reader;
            // compiled code never reads a register it did not write, but
            // corrupt code may, so no turn starts with another's terms.
            let span = self.code.x_span.min(x.len());
            x[..span].fill(Term::NIL);
            self.x = x;
            match out {
                Outcome::Yield => {
                    s.yielded.push(pid);
                    // At the priority it has now: it may have just changed it.
                    self.runq.push(pid, Priority::of(p.priority));
                    self.procs[pid] = Some(p);
                }
                Outcome::Wait => {
                    s.waiting.push(pid);
                    p.status = Status::Waiting;
                    if let Some(t) = p.timeout_at {
                        self.recv_timers.push(Reverse((t, pid)));
                    }
                    if !p.inbox.is_empty() {
                        p.status = Status::Runnable;
                        self.runq.push(pid, Priority::of(p.priority));
                    }
                    self.procs[pid] = Some(p);
                }
                Outcome::Exit(reason) => {
                    self.record_exit(pid, reason);
                    self.registered.retain(|_, v| *v != pid);
                    crate::bif::erlang::syslog::report_exit(self, &p, reason);
                    // Links, monitors, ETS tables owned by the process.
                    crate::bif::erlang::signals::process_exited(self, &mut p, reason);
                    drop(p);
                }
            }
        }
        // Every exit of the round, those caused by signals included.
        for &(pid, normal) in &self.round_exits {
            if normal {
                s.exited.push(pid);
            } else {
                s.errored.push(pid);
            }
        }
        crate::bif::init::after_round(self);
        s
    }

    /// Notes that process `pid` (out of the table now) ended with `reason`
    /// (a term on its heap): for the round's summary, and as an exit
    /// result if the host spawned it.
    pub(crate) fn record_exit(&mut self, pid: usize, reason: Term) {
        self.round_exits
            .push((pid, reason == Term::atom(am::NORMAL)));
        if self.awaited.remove(&pid) {
            let r = crate::term::owned::Owned::new(reason);
            self.exit_results.push((pid, r));
        }
    }

    /// Wakes processes whose `receive ... after` deadline has passed.
    fn fire_timers(&mut self) {
        crate::bif::erlang::signals::fire_timers(self);
        let mut now = None;
        while let Some(&Reverse((t, i))) = self.recv_timers.peek() {
            let Some(Some(p)) = self.procs.get_mut(i) else {
                self.recv_timers.pop(); // the process is gone
                continue;
            };
            if p.timeout_at != Some(t) {
                self.recv_timers.pop(); // that receive is over
                continue;
            }
            let now = *now.get_or_insert_with(|| self.host.monotonic_ns());
            if t > now {
                break;
            }
            self.recv_timers.pop();
            // One still running is pushed again when it next waits.
            if p.status == Status::Waiting {
                p.timeout_at = None;
                p.timed_out = true;
                p.status = Status::Runnable;
                self.runq.push(i, Priority::of(p.priority));
            }
        }
    }

    /// Monotonic time (ns, the host's clock) of the earliest pending timer
    /// (`receive ... after`, `send_after`, `start_timer`), if any. A host
    /// with nothing ready sleeps until then (or until it sends something):
    /// no process can become ready sooner on its own.
    pub fn next_timer(&self) -> Option<u64> {
        // Skips entries whose receive has ended since they were pushed.
        let live = |&Reverse((t, i)): &Reverse<(u64, usize)>| match self.procs.get(i) {
            Some(Some(p)) => p.timeout_at == Some(t),
            _ => false,
        };
        let receives = match self.recv_timers.peek() {
            Some(top) if live(top) => Some(top.0 .0),
            _ => self
                .recv_timers
                .iter()
                .filter(|r| live(r))
                .map(|r| r.0 .0)
                .min(),
        };
        let timers = crate::bif::erlang::signals::next_timer(self);
        match (receives, timers) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Takes the exit reason of a finished process that the host spawned
    /// (a deep copy that outlives it), removing it from
    /// [`Vm::exit_results`].
    pub fn take_exit_result(&mut self, pid: usize) -> Option<crate::term::owned::Owned> {
        let i = self.exit_results.iter().position(|(p, _)| *p == pid)?;
        Some(self.exit_results.remove(i).1)
    }
}
