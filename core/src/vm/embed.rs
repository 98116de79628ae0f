//! What a host calls to drive the VM from outside Erlang code, besides
//! `spawn` and `run_until_idle`: spawning into a namespace, sending and
//! waking, and collecting exit results.

use super::Vm;
use crate::atom::Atom;
use crate::process::Status;
use crate::sched::Priority;
use crate::term::owned::Owned;
use crate::term::Term;
use alloc::string::String;

/// The one namespace there is. Namespaces will keep groups of processes
/// (and their names) apart; until then `spawn_in` accepts only this one, so
/// that hosts written against the API need no change when more appear.
pub const DEFAULT_NAMESPACE: &str = "default";

/// Why a host request was refused, named after the Erlang error it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostError {
    /// An argument the VM cannot accept (such as an unknown namespace).
    Badarg,
    /// The function to spawn does not exist; says which.
    Undef(String),
}

impl core::fmt::Display for HostError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            HostError::Badarg => f.write_str("badarg"),
            HostError::Undef(what) => f.write_str(what),
        }
    }
}

impl Vm {
    /// Sets the program's arguments, what `init:get_plain_arguments/0`
    /// returns (the `ARG...` of `beamr run MODULE ARG...`).
    pub fn set_plain_arguments(&mut self, args: &[String]) {
        self.bifs.init.plain_args = args.to_vec();
    }

    /// How the VM is to halt after an `init:stop/1` still in progress (the
    /// scheduler sets [`Vm::halted`] from it shortly), taken: for a host
    /// that ends the run before that, when its main process has ended.
    pub fn take_stop(&mut self) -> Option<crate::bif::erlang::sys::Halt> {
        self.bifs.init.stopping.take().map(|(h, _)| h)
    }

    /// Spawns `module:function(args...)` in `namespace` (only
    /// [`DEFAULT_NAMESPACE`] exists; any other is [`HostError::Badarg`]).
    /// `args` follow the rules of [`Vm::spawn`].
    pub fn spawn_in(
        &mut self,
        namespace: Atom,
        module: Atom,
        function: Atom,
        args: &[Term],
    ) -> Result<usize, HostError> {
        if namespace.name() != DEFAULT_NAMESPACE.as_bytes() {
            return Err(HostError::Badarg);
        }
        self.spawn(module, function, args).map_err(HostError::Undef)
    }

    /// Sends `msg` to `pid` as `pid ! msg` would, waking it if it waits in
    /// a `receive`. The message's storage moves into the receiver, so a
    /// host builds it once (`Owned::new` on a scratch heap) and no copy
    /// follows. False when there is no such process: the message is
    /// dropped, as a send to a dead pid is in Erlang.
    pub fn send(&mut self, pid: usize, msg: Owned) -> bool {
        let Some(Some(p)) = self.procs.get_mut(pid) else {
            return false;
        };
        p.inbox.push(msg.into_parts());
        if p.status == Status::Waiting {
            p.status = Status::Runnable;
            self.runq.push(pid, Priority::of(p.priority));
        }
        true
    }

    /// Makes a process waiting in `receive` runnable even though no message
    /// came: it looks at its mailbox again and, finding nothing new, waits
    /// again. For hosts whose own events decide when a process should look.
    /// Does nothing to a runnable or dead process.
    pub fn wake(&mut self, pid: usize) {
        if let Some(Some(p)) = self.procs.get_mut(pid) {
            if p.status == Status::Waiting {
                p.status = Status::Runnable;
                self.runq.push(pid, Priority::of(p.priority));
            }
        }
    }

    /// Sets the priority of process `pid` (as `process_flag(priority, P)`
    /// would from inside it), moving it to its new level if it is queued.
    pub fn set_priority(&mut self, pid: usize, priority: Priority) {
        if let Some(Some(p)) = self.procs.get_mut(pid) {
            let old = Priority::of(p.priority);
            p.priority = priority.atom();
            self.runq.requeue(pid, old, priority);
        }
    }

    /// Whether a process is waiting for its turn. When none is, a host
    /// has nothing to do until a timer is due ([`Vm::next_timer`]) or it
    /// sends or wakes something itself.
    pub fn has_ready(&self) -> bool {
        !self.runq.is_empty()
    }

    /// Exit reasons of the processes spawned by the host (`spawn`,
    /// `spawn_in`) that have ended, oldest first, as `(pid, reason)`; they
    /// stay until [`Vm::take_exit_result`] takes them, so several parts of
    /// a host can look. Processes spawned by Erlang code leave none (only
    /// their place in a [`Summary`](super::Summary)): nobody could ask for
    /// them, and they would pile up.
    pub fn exit_results(&self) -> &[(usize, Owned)] {
        &self.exit_results
    }
}
