//! A snapshot of every live process, for hosts that show what the VM is
//! doing (the wasm page's process list, a debugger, a status endpoint).
//!
//! It is read between rounds, when every process is in the table, and it
//! copies plain numbers and atoms out so the host can keep it while the VM
//! runs on. It costs one pass over the process table and one over the
//! registered names; a host calls it at display rate, not per round.

use super::Vm;
use crate::atom::Atom;
use crate::interp::exec::{ENTER_EXPORT, ENTER_HIBERNATED};
use crate::process::{Process, Status};
use alloc::vec::Vec;

/// What a process is doing, as `process_info(P, status)` says it from
/// outside (nothing runs while a host looks).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum State {
    Runnable,
    Waiting,
    Exiting,
}

impl State {
    /// The atom `process_info/2` uses, for display.
    pub fn name(self) -> &'static str {
        match self {
            State::Runnable => "runnable",
            State::Waiting => "waiting",
            State::Exiting => "exiting",
        }
    }
}

/// One process, as `process_info/2` would describe it.
#[derive(Clone, Debug)]
pub struct ProcessInfo {
    pub pid: usize,
    pub registered_name: Option<Atom>,
    pub state: State,
    /// Messages received and not yet taken by a `receive`.
    pub message_queue_len: usize,
    /// Words in use on the heap (live data plus garbage since the last
    /// collection), fragments included.
    pub heap_words: usize,
    pub reductions: u64,
    /// `{Module, Function, Arity}` where it will resume, if known.
    pub current_function: Option<(Atom, Atom, u32)>,
}

impl Vm {
    /// Every live process, by pid.
    pub fn processes(&self) -> Vec<ProcessInfo> {
        let mut out: Vec<ProcessInfo> = self
            .procs
            .iter()
            .flatten()
            .map(|p| ProcessInfo {
                pid: p.pid,
                registered_name: None,
                state: match p.status {
                    Status::Runnable => State::Runnable,
                    Status::Waiting => State::Waiting,
                    Status::Exiting => State::Exiting,
                },
                message_queue_len: p.mailbox.len() + p.inbox.len(),
                heap_words: p.heap.used_words(),
                reductions: p.reductions,
                current_function: self.current_function(p),
            })
            .collect();
        for (&name, &pid) in &self.registered {
            if let Ok(i) = out.binary_search_by_key(&pid, |i| i.pid) {
                out[i].registered_name = Some(name);
            }
        }
        out
    }

    /// Where a switched-out process resumes, as `process_info(P,
    /// current_function)` reads it.
    fn current_function(&self, p: &Process) -> Option<(Atom, Atom, u32)> {
        match p.resume.module {
            ENTER_HIBERNATED => Some((Atom::from_str("erlang"), Atom::from_str("hibernate"), 3)),
            ENTER_EXPORT => {
                let e = self.code.exports.get(p.resume.ip as usize)?;
                Some((e.module, e.function, e.arity))
            }
            m => {
                let module = self.code.modules.get(m as usize)?;
                let (f, a) = module.function_at(p.resume.ip)?;
                Some((module.name, f, a))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::host::NullHost;
    use crate::vm::introspect::State;
    use crate::vm::Vm;
    use alloc::boxed::Box;

    #[test]
    fn lists_the_group_leader_by_name() {
        let mut vm = Vm::new(Box::new(NullHost::default()));
        vm.boot().unwrap();
        let procs = vm.processes();
        let gl = procs
            .iter()
            .find(|p| p.registered_name.is_some_and(|n| n.name() == b"user"))
            .expect("the group leader is registered as user");
        assert_eq!(gl.state, State::Waiting);
        let (m, _, _) = gl.current_function.expect("it waits in beamr_gl");
        assert_eq!(m.name(), b"beamr_gl");
    }
}
