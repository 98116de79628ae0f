//! The VM: code, processes and the cooperative scheduler that runs them.
//!
//! Single-threaded: `run_until_idle` runs one snapshot of the ready queue,
//! each process for one reduction budget, and reports what happened. A host
//! drives it from its own loop (a thread, the browser's event loop, a
//! microcontroller's main loop).

use crate::atom::{am, Atom};
use crate::code::{transform, CodeServer, Module, Target};
use crate::host::Host;
use crate::interp::exec::{self, Outcome};
use crate::process::{CodePtr, Frame, Process, Status};
use crate::term::Term;
use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::string::String;
use alloc::vec::Vec;
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

/// What one `run_until_idle` call did.
#[derive(Default, Debug)]
pub struct Summary {
    pub executed: Vec<usize>,
    pub yielded: Vec<usize>,
    pub waiting: Vec<usize>,
    pub exited: Vec<usize>,
    pub errored: Vec<usize>,
}

pub struct Vm {
    pub code: CodeServer,
    pub procs: Vec<Option<Box<Process>>>,
    pub runq: VecDeque<usize>,
    pub host: Box<dyn Host>,
    pub registered: HashMap<Atom, usize>,
    pub next_ref: u64,
    pub next_unique: u64,
    x: Vec<Term>,
    /// Exit reasons of finished processes, deep-copied out of their heaps.
    pub exit_results: Vec<(usize, crate::term::owned::Owned)>,
    /// The group leader every process starts with.
    pub group_leader: Term,
    pub load_errors: Vec<String>,
}

impl Drop for Vm {
    fn drop(&mut self) {
        crate::bif::erlang::release_vm(self);
    }
}

impl Vm {
    pub fn new(host: Box<dyn Host>) -> Vm {
        Vm {
            code: CodeServer::new(),
            procs: Vec::new(),
            runq: VecDeque::new(),
            host,
            registered: HashMap::new(),
            next_ref: 1,
            next_unique: 1,
            x: alloc::vec![Term::NIL; MAX_X],
            exit_results: Vec::new(),
            group_leader: Term::NIL,
            load_errors: Vec::new(),
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
        Ok(())
    }

    /// Loads a module from bytes.
    pub fn load(&mut self, bytes: &[u8]) -> Result<&'static Module, crate::loader::LoadError> {
        transform::load(&mut self.code, bytes)
    }

    /// Makes sure `name` is loaded, asking the host for its bytes.
    pub fn ensure_loaded(&mut self, name: Atom) -> bool {
        if self.code.module(name).is_some() {
            return true;
        }
        let s = String::from_utf8_lossy(name.name()).into_owned();
        let Some(bytes) = self.host.find_module(&s) else {
            return false;
        };
        match self.load(&bytes) {
            Ok(_) => true,
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
        self.code.exports[export as usize].target
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
        let (mid, ip) = match self.code.exports[export as usize].target {
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
        self.procs[pid] = Some(Box::new(p));
        self.runq.push_back(pid);
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
        let (mid, ip) = match self.code.exports[export as usize].target {
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
        self.procs[pid] = Some(Box::new(p));
        self.runq.push_back(pid);
        Ok(pid)
    }

    /// A fresh process with this VM's defaults (pid assigned on spawn).
    pub fn blank_process(&self) -> Process {
        let mut p = Process::new(0);
        p.group_leader = self.group_leader;
        p
    }

    /// Delivers `msg` (a term on `from`'s heap) to `to`.
    pub fn send(&mut self, from: &mut Process, to: usize, msg: Term) {
        if to == from.pid {
            from.mailbox.push_back(msg);
            return;
        }
        let Some(Some(target)) = self.procs.get_mut(to) else {
            return; // sending to a dead process is silently dropped, as OTP
        };
        let (t, frag) = crate::term::copy::copy_to_fragment(msg);
        target.inbox.push((t, Some(frag)));
        if target.status == Status::Waiting {
            target.status = Status::Runnable;
            self.runq.push_back(to);
        }
    }

    pub fn make_ref(&mut self) -> u64 {
        self.next_ref += 1;
        self.next_ref
    }

    pub fn is_alive(&self, pid: usize) -> bool {
        matches!(self.procs.get(pid), Some(Some(_)))
    }

    /// Runs one snapshot of the ready queue.
    pub fn run_until_idle(&mut self) -> Summary {
        let mut s = Summary::default();
        self.fire_timers();
        let n = self.runq.len();
        for _ in 0..n {
            let Some(pid) = self.runq.pop_front() else {
                break;
            };
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
            self.x = x;
            match out {
                Outcome::Yield => {
                    s.yielded.push(pid);
                    self.procs[pid] = Some(p);
                    self.runq.push_back(pid);
                }
                Outcome::Wait => {
                    s.waiting.push(pid);
                    p.status = Status::Waiting;
                    let ready = !p.inbox.is_empty();
                    self.procs[pid] = Some(p);
                    if ready {
                        self.procs[pid].as_mut().unwrap().status = Status::Runnable;
                        self.runq.push_back(pid);
                    }
                }
                Outcome::Exit(reason) => {
                    let normal = reason == Term::atom(am::NORMAL);
                    if normal {
                        s.exited.push(pid);
                    } else {
                        s.errored.push(pid);
                    }
                    self.exit_results
                        .push((pid, crate::term::owned::Owned::new(reason)));
                    self.registered.retain(|_, v| *v != pid);
                    // Links, monitors, ETS tables owned by the process.
                    crate::bif::erlang::signals::process_exited(self, &mut p, reason);
                    drop(p);
                }
            }
        }
        s
    }

    /// Wakes processes whose `receive ... after` deadline has passed.
    fn fire_timers(&mut self) {
        crate::bif::erlang::signals::fire_timers(self);
        let mut any = false;
        for p in self.procs.iter().flatten() {
            if p.timeout_at.is_some() {
                any = true;
                break;
            }
        }
        if !any {
            return;
        }
        let now = self.host.monotonic_ns();
        for i in 0..self.procs.len() {
            if let Some(p) = self.procs[i].as_mut() {
                if let Some(t) = p.timeout_at {
                    if t <= now && p.status == Status::Waiting {
                        p.timeout_at = None;
                        p.timed_out = true;
                        p.status = Status::Runnable;
                        self.runq.push_back(i);
                    }
                }
            }
        }
    }

    /// Monotonic time (ns) of the earliest pending timer, if any.
    pub fn next_timer(&self) -> Option<u64> {
        let receives = self
            .procs
            .iter()
            .flatten()
            .filter_map(|p| p.timeout_at)
            .min();
        let timers = crate::bif::erlang::signals::next_timer(self);
        match (receives, timers) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Takes the exit reason of a finished process.
    pub fn take_exit_result(&mut self, pid: usize) -> Option<crate::term::owned::Owned> {
        let i = self.exit_results.iter().position(|(p, _)| *p == pid)?;
        Some(self.exit_results.remove(i).1)
    }
}
