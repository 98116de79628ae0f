//! Process state: registers, stack, heap, mailbox, dictionary, flags.
//!
//! X registers live in the scheduler while a process runs; a process that is
//! switched out keeps only the live ones (`saved_x`). That keeps an idle
//! process small: its heap, a short stack, and a handful of fields.

use crate::heap::{Fragment, Heap};
use crate::term::Term;
use alloc::collections::VecDeque;
use alloc::vec::Vec;

/// A return address: module index and instruction index.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct CodePtr {
    pub module: u32,
    pub ip: u32,
}

/// One stack frame made by `allocate`: where to return and where its Y
/// registers start in `Process::stack`.
#[derive(Copy, Clone, Debug)]
pub struct Frame {
    pub ret: CodePtr,
    pub ybase: u32,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Runnable,
    Waiting,
    Exiting,
}

/// The exception being handled (class, reason, stack trace), kept as roots.
#[derive(Copy, Clone, Debug)]
pub struct Exception {
    pub class: Term,
    pub reason: Term,
    pub trace: Term,
}

pub struct Process {
    pub pid: usize,
    pub heap: Heap,
    pub stack: Vec<Term>,
    pub frames: Vec<Frame>,
    /// Where to resume when scheduled again.
    pub resume: CodePtr,
    pub saved_x: Vec<Term>,
    /// Received messages (terms in this heap or its fragments).
    pub mailbox: VecDeque<Term>,
    /// Index of the next message `loop_rec` examines.
    pub recv_next: usize,
    /// Messages sent to this process not yet moved into its mailbox.
    pub inbox: Vec<(Term, Option<Fragment>)>,
    /// Process dictionary as flattened `[k0, v0, k1, v1, ...]`.
    pub dict: Vec<Term>,
    pub fregs: Vec<f64>,
    pub exc: Exception,
    pub status: Status,
    pub group_leader: Term,
    pub trap_exit: bool,
    /// `max`, `high`, `normal` or `low`: picks the ready queue the process
    /// joins whenever it becomes ready (see [`crate::sched`]).
    pub priority: Term,
    pub reductions: u64,
    /// Monotonic deadline (ns) of a `receive ... after`.
    pub timeout_at: Option<u64>,
    pub timed_out: bool,
    pub exit_reason: Term,
    pub links: Vec<usize>,
    pub initial_call: (Term, Term, u32),
    /// Ended by an uncaught error or throw: the emulator reports those (and
    /// only those) to the system logger, as BEAM's `EXF_LOG` does.
    pub log_exit: bool,
    pub tuning: Tuning,
}

impl Process {
    /// Sets the VM-wide heap settings a new process starts with.
    pub fn configure(&mut self, min_bin_vheap: usize, heap_growth: usize) {
        self.set_min_bin_vheap(min_bin_vheap);
        self.heap.set_growth(heap_growth);
    }

    /// Sets `min_bin_vheap_size` (words), in the tuning and the heap.
    pub fn set_min_bin_vheap(&mut self, words: usize) {
        self.tuning.min_bin_vheap_size = u32::try_from(words).unwrap_or(u32::MAX);
        self.heap.set_min_bin_vheap(words);
    }

    pub fn new(pid: usize) -> Process {
        Process {
            pid,
            heap: Heap::for_process(),
            stack: Vec::new(),
            frames: Vec::new(),
            resume: CodePtr { module: 0, ip: 0 },
            saved_x: Vec::new(),
            mailbox: VecDeque::new(),
            recv_next: 0,
            inbox: Vec::new(),
            dict: Vec::new(),
            fregs: Vec::new(),
            exc: Exception {
                class: Term::NIL,
                reason: Term::NIL,
                trace: Term::NIL,
            },
            status: Status::Runnable,
            group_leader: Term::NIL,
            trap_exit: false,
            priority: Term::atom(crate::atom::am::NORMAL),
            reductions: 0,
            timeout_at: None,
            timed_out: false,
            exit_reason: Term::NIL,
            links: Vec::new(),
            initial_call: (Term::NIL, Term::NIL, 0),
            log_exit: false,
            tuning: Tuning::DEFAULT,
        }
    }

    pub fn pid_term(&self) -> Term {
        Term::pid(self.pid)
    }

    /// Moves delivered messages into the mailbox, adopting their fragments;
    /// true if there were any.
    pub fn take_inbox(&mut self) -> bool {
        let any = !self.inbox.is_empty();
        for (msg, frag) in self.inbox.drain(..) {
            if let Some(f) = frag {
                self.heap.attach(f);
            }
            self.mailbox.push_back(msg);
        }
        any
    }

    /// Collects garbage keeping `x` (the live X registers) and every other root.
    pub fn gc(&mut self, need: usize, x: &mut [Term]) {
        let mut exc = [
            self.exc.class,
            self.exc.reason,
            self.exc.trace,
            self.exit_reason,
        ];
        let mailbox = self.mailbox.make_contiguous();
        let mut init = [self.initial_call.0, self.initial_call.1];
        // Messages not yet taken from the inbox may live on this heap too
        // (`Vm::send` copies straight onto it).
        let mut inbox: Vec<Term> = self.inbox.iter().map(|m| m.0).collect();
        self.heap.collect(
            need,
            &mut [
                x,
                &mut self.stack[..],
                &mut self.dict[..],
                mailbox,
                &mut inbox[..],
                &mut exc[..],
                &mut init[..],
            ],
        );
        for (m, t) in self.inbox.iter_mut().zip(inbox) {
            m.0 = t;
        }
        self.exc = crate::process::Exception {
            class: exc[0],
            reason: exc[1],
            trace: exc[2],
        };
        self.exit_reason = exc[3];
        self.initial_call.0 = init[0];
        self.initial_call.1 = init[1];
    }

    /// Process dictionary lookup.
    pub fn dict_get(&self, key: Term) -> Option<Term> {
        self.dict
            .chunks_exact(2)
            .find(|kv| crate::term::compare::exact_eq(kv[0], key))
            .map(|kv| kv[1])
    }

    /// Stores `value` under `key`, returning the old value.
    pub fn dict_put(&mut self, key: Term, value: Term) -> Option<Term> {
        for kv in self.dict.chunks_exact_mut(2) {
            if crate::term::compare::exact_eq(kv[0], key) {
                let old = kv[1];
                kv[1] = value;
                return Some(old);
            }
        }
        self.dict.push(key);
        self.dict.push(value);
        None
    }

    pub fn dict_erase(&mut self, key: Term) -> Option<Term> {
        let pos = self
            .dict
            .chunks_exact(2)
            .position(|kv| crate::term::compare::exact_eq(kv[0], key))?;
        let old = self.dict[2 * pos + 1];
        self.dict.drain(2 * pos..2 * pos + 2);
        Some(old)
    }
}

/// What `spawn_opt/2..5` and `process_flag/2` set about memory and the
/// message queue, as `process_info/2` reports it. `max_heap_size` is
/// enforced after each collection; the rest is stored and reported.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Tuning {
    /// Words, rounded up to OTP's heap-size table.
    pub min_heap_size: u32,
    pub min_bin_vheap_size: u32,
    pub fullsweep_after: u32,
    /// Words of heap and stack; 0 for no limit.
    pub max_heap_size: usize,
    pub max_heap_kill: bool,
    pub max_heap_log: bool,
    /// `message_queue_data` is `off_heap` (else `on_heap`).
    pub off_heap_msgq: bool,
}

impl Tuning {
    /// OTP's defaults.
    pub const DEFAULT: Tuning = Tuning {
        min_heap_size: crate::heap::MIN_HEAP_WORDS as u32,
        min_bin_vheap_size: 46422,
        fullsweep_after: 65535,
        max_heap_size: 0,
        max_heap_kill: true,
        max_heap_log: true,
        off_heap_msgq: false,
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::print::to_string;

    #[test]
    fn inbox_messages_on_the_heap_survive_a_collection() {
        let mut src = Heap::default();
        let mut p = Process::new(1);
        let mut msgs = Vec::new();
        for i in 0..50 {
            let m = src.tuple(&[Term::small(i), Term::NIL]);
            let l = src.list(&[m, m]);
            msgs.push(to_string(l));
            // As `Vm::send` does: onto the (not running) receiver's heap.
            let c = crate::term::copy::copy_to_heap(&mut p.heap, l);
            p.inbox.push((c, None));
        }
        drop(src);
        let mut x = [Term::NIL];
        p.gc(10, &mut x);
        assert!(p.take_inbox());
        let got: Vec<_> = p.mailbox.iter().map(|&t| to_string(t)).collect();
        assert_eq!(got, msgs);
    }

    #[test]
    fn an_idle_process_is_small() {
        // Guards the per-process footprint (bench/idle.sh): the struct and
        // a fresh heap that has no block yet.
        let p = Process::new(1);
        assert_eq!(p.heap.capacity_words(), 0);
        assert!(core::mem::size_of::<Process>() <= 512);
    }
}
