//! Ready queues by priority, picked by OTP's rules.
//!
//! `max`, `high` and `normal` each have a queue; `low` processes share the
//! `normal` one, as in BEAM, so that the two levels interleave instead of
//! `low` starving. A `low` process reaching the head of that queue is sent
//! back to its end until it has come up [`RESCHEDULE_LOW`] times, which
//! gives it one turn per eight rounds of the `normal` processes; with no
//! `normal` process ready it does not wait (BEAM gets there by skipping it
//! round and round without running anything). Levels are strict: nothing
//! below a non-empty level runs.
//!
//! [`Vm::run_until_idle`](crate::vm::Vm::run_until_idle) runs one snapshot:
//! [`RunQueues::begin_round`] sets aside what is ready now, and processes
//! made ready during the round (yielders, receivers of new messages, new
//! processes) wait for the next round whatever their priority. That bounds
//! the work one call does. The round still ends early when such a process
//! outranks what is left of the snapshot, so priorities stay strict across
//! rounds; the rest of the snapshot then goes first at its level next time.

use crate::atom::am;
use crate::term::Term;
use alloc::collections::VecDeque;

/// How many times a `low` process comes up before it runs (BEAM's
/// `RESCHEDULE_LOW`).
pub const RESCHEDULE_LOW: u8 = 8;

/// A process priority level, highest first (the derived order says which
/// outranks which).
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    Max,
    High,
    Normal,
    Low,
}

impl Priority {
    /// The level of a process's `priority` flag (an atom that the BIFs
    /// setting it have validated; anything else counts as `normal`).
    pub fn of(flag: Term) -> Priority {
        match flag.as_atom() {
            Some(am::MAX) => Priority::Max,
            Some(am::HIGH) => Priority::High,
            Some(am::LOW) => Priority::Low,
            _ => Priority::Normal,
        }
    }

    /// The flag's atom.
    pub fn atom(self) -> Term {
        Term::atom(match self {
            Priority::Max => am::MAX,
            Priority::High => am::HIGH,
            Priority::Normal => am::NORMAL,
            Priority::Low => am::LOW,
        })
    }
}

/// One entry of the shared `normal`/`low` queue.
#[derive(Copy, Clone, Debug)]
struct Turn {
    pid: usize,
    /// Times left to come up before running (1 for `normal`).
    due: u8,
    low: bool,
}

/// The shared `normal`/`low` queue, counting its `low` entries so that
/// whether a `normal` one is waiting is known without a scan.
#[derive(Default)]
struct Shared {
    q: VecDeque<Turn>,
    lows: usize,
}

impl Shared {
    fn push(&mut self, t: Turn) {
        self.lows += t.low as usize;
        self.q.push_back(t);
    }

    fn pop(&mut self) -> Option<Turn> {
        let t = self.q.pop_front()?;
        self.lows -= t.low as usize;
        Some(t)
    }

    fn has_normal(&self) -> bool {
        self.q.len() > self.lows
    }
}

/// One set of queues (the live one or a round's snapshot).
#[derive(Default)]
struct Levels {
    max: VecDeque<usize>,
    high: VecDeque<usize>,
    normal: Shared,
}

impl Levels {
    fn len(&self) -> usize {
        self.max.len() + self.high.len() + self.normal.q.len()
    }

    /// The highest level with a process queued (`Normal` stands for the
    /// shared `normal`/`low` queue).
    fn top(&self) -> Option<Priority> {
        if !self.max.is_empty() {
            Some(Priority::Max)
        } else if !self.high.is_empty() {
            Some(Priority::High)
        } else if !self.normal.q.is_empty() {
            Some(Priority::Normal)
        } else {
            None
        }
    }

    /// Takes `pid` out of the queue of `level`; whether it was there.
    fn remove(&mut self, pid: usize, level: Priority) -> bool {
        // Searched from the back: the usual case is a process just spawned.
        match level {
            Priority::Max => remove_last(&mut self.max, pid),
            Priority::High => remove_last(&mut self.high, pid),
            _ => {
                let Some(i) = self.normal.q.iter().rposition(|t| t.pid == pid) else {
                    return false;
                };
                let t = self.normal.q.remove(i);
                self.normal.lows -= t.is_some_and(|t| t.low) as usize;
                true
            }
        }
    }

    /// Puts `front`'s entries ahead of this set's, level by level.
    fn prepend(&mut self, front: &mut Levels) {
        fn join<T>(back: &mut VecDeque<T>, front: &mut VecDeque<T>) {
            if front.is_empty() {
                return;
            }
            front.append(back);
            core::mem::swap(back, front);
        }
        join(&mut self.max, &mut front.max);
        join(&mut self.high, &mut front.high);
        join(&mut self.normal.q, &mut front.normal.q);
        self.normal.lows += core::mem::take(&mut front.normal.lows);
    }
}

fn remove_last(q: &mut VecDeque<usize>, pid: usize) -> bool {
    match q.iter().rposition(|&p| p == pid) {
        Some(i) => q.remove(i).is_some(),
        None => false,
    }
}

/// The ready queues of one VM.
#[derive(Default)]
pub struct RunQueues {
    /// Where newly ready processes go.
    live: Levels,
    /// What the current round still has to run (empty between rounds).
    round: Levels,
}

impl RunQueues {
    pub fn new() -> RunQueues {
        RunQueues::default()
    }

    /// Makes `pid` ready at `priority`. A process must not be queued twice
    /// (the VM goes by its status).
    pub fn push(&mut self, pid: usize, priority: Priority) {
        match priority {
            Priority::Max => self.live.max.push_back(pid),
            Priority::High => self.live.high.push_back(pid),
            Priority::Normal => self.live.normal.push(Turn {
                pid,
                due: 1,
                low: false,
            }),
            Priority::Low => self.live.normal.push(Turn {
                pid,
                due: RESCHEDULE_LOW,
                low: true,
            }),
        }
    }

    /// A queued process's priority changed from `from` to `to` (by
    /// `spawn_opt` after the spawn queued it): it moves to the back of its
    /// new level. Nothing happens to a process that is not queued.
    pub fn requeue(&mut self, pid: usize, from: Priority, to: Priority) {
        if from != to && (self.live.remove(pid, from) || self.round.remove(pid, from)) {
            self.push(pid, to);
        }
    }

    /// Processes waiting for a turn (including the rest of a round).
    pub fn len(&self) -> usize {
        self.live.len() + self.round.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Starts a round with every process ready now.
    pub fn begin_round(&mut self) {
        // A round cut short (a panic unwound through it) goes first.
        self.end_round();
        // Swapping keeps both sets' buffers: no allocation per round.
        core::mem::swap(&mut self.live, &mut self.round);
    }

    /// The next process of this round, or `None` when the round is over.
    pub fn next_in_round(&mut self) -> Option<usize> {
        loop {
            let level = self.round.top()?;
            if self.live.top().is_some_and(|l| l < level) {
                // Something made ready during the round outranks the rest.
                self.end_round();
                return None;
            }
            match level {
                Priority::Max => return self.round.max.pop_front(),
                Priority::High => return self.round.high.pop_front(),
                _ => {
                    let mut t = self.round.normal.pop()?;
                    t.due = t.due.saturating_sub(1);
                    let normal_waits =
                        self.round.normal.has_normal() || self.live.normal.has_normal();
                    if t.due == 0 || !normal_waits {
                        return Some(t.pid);
                    }
                    // A `low` process skips this turn, keeping its count.
                    self.live.normal.push(t);
                }
            }
        }
    }

    /// Ends the round: what it did not run goes first next time.
    pub fn end_round(&mut self) {
        self.live.prepend(&mut self.round);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// Runs one round; `requeue` says which pids go back (and at what
    /// level) after their turn.
    fn round(q: &mut RunQueues, requeue: impl Fn(usize) -> Option<Priority>) -> Vec<usize> {
        let mut ran = Vec::new();
        q.begin_round();
        while let Some(pid) = q.next_in_round() {
            ran.push(pid);
            if let Some(p) = requeue(pid) {
                q.push(pid, p);
            }
        }
        ran
    }

    #[test]
    fn levels_run_in_order_and_rounds_are_snapshots() {
        let mut q = RunQueues::new();
        q.push(1, Priority::Normal);
        q.push(2, Priority::High);
        q.push(3, Priority::Max);
        q.push(4, Priority::Normal);
        assert_eq!(q.len(), 4);
        // Nothing is requeued: each runs once, highest level first.
        assert_eq!(round(&mut q, |_| None), [3, 2, 1, 4]);
        assert!(q.is_empty());
        // Normal processes that requeue themselves wait for the next round.
        q.push(1, Priority::Normal);
        q.push(2, Priority::Normal);
        assert_eq!(round(&mut q, |_| Some(Priority::Normal)), [1, 2]);
        assert_eq!(round(&mut q, |_| Some(Priority::Normal)), [1, 2]);
    }

    #[test]
    fn a_busy_higher_level_starves_lower_ones() {
        let mut q = RunQueues::new();
        q.push(1, Priority::High);
        q.push(2, Priority::Normal);
        for _ in 0..5 {
            assert_eq!(round(&mut q, |p| (p == 1).then_some(Priority::High)), [1]);
        }
        assert_eq!(q.len(), 2);
    }

    #[test]
    fn a_process_made_ready_above_the_round_ends_it() {
        let mut q = RunQueues::new();
        q.push(1, Priority::Normal);
        q.push(2, Priority::Normal);
        q.begin_round();
        assert_eq!(q.next_in_round(), Some(1));
        q.push(9, Priority::High); // e.g. woken by a message from 1
        assert_eq!(q.next_in_round(), None);
        assert_eq!(round(&mut q, |_| None), [9, 2]);
    }

    #[test]
    fn low_runs_once_per_eight_rounds_of_normal() {
        let mut q = RunQueues::new();
        q.push(1, Priority::Normal);
        q.push(2, Priority::Low);
        let (mut normal, mut low) = (0, 0);
        for _ in 0..80 {
            for pid in round(&mut q, |p| {
                Some(if p == 1 {
                    Priority::Normal
                } else {
                    Priority::Low
                })
            }) {
                if pid == 1 {
                    normal += 1;
                } else {
                    low += 1;
                }
            }
        }
        assert_eq!(normal, 80);
        assert_eq!(low, 10);
    }

    #[test]
    fn low_processes_alone_run_every_round() {
        let mut q = RunQueues::new();
        q.push(2, Priority::Low);
        q.push(3, Priority::Low);
        for _ in 0..3 {
            assert_eq!(round(&mut q, |_| Some(Priority::Low)), [2, 3]);
        }
    }

    #[test]
    fn each_low_process_waits_for_eight_normal_rounds() {
        let mut q = RunQueues::new();
        q.push(1, Priority::Normal);
        q.push(2, Priority::Low);
        q.push(3, Priority::Low);
        let mut low = 0;
        for _ in 0..16 {
            let ran = round(&mut q, |p| {
                Some(if p == 1 {
                    Priority::Normal
                } else {
                    Priority::Low
                })
            });
            assert_eq!(ran[0], 1);
            low += ran.len() - 1;
        }
        assert_eq!(low, 4);
        // Each low entry is counted as such, wherever it moved.
        assert_eq!(q.live.normal.lows + q.round.normal.lows, 2);
    }

    #[test]
    fn a_queued_process_moves_when_its_priority_changes() {
        let mut q = RunQueues::new();
        q.push(1, Priority::Normal);
        q.push(2, Priority::Normal);
        q.requeue(2, Priority::Normal, Priority::Max);
        q.requeue(7, Priority::Normal, Priority::Max); // not queued
        assert_eq!(q.len(), 2);
        assert_eq!(round(&mut q, |_| None), [2, 1]);
    }

    #[test]
    fn priority_flags() {
        let at = |a| Term::atom(a);
        assert_eq!(Priority::of(at(am::MAX)), Priority::Max);
        assert_eq!(Priority::of(at(am::HIGH)), Priority::High);
        assert_eq!(Priority::of(at(am::NORMAL)), Priority::Normal);
        assert_eq!(Priority::of(at(am::LOW)), Priority::Low);
        assert_eq!(Priority::of(Term::NIL), Priority::Normal);
        assert!(Priority::Max < Priority::Low);
        for p in [
            Priority::Max,
            Priority::High,
            Priority::Normal,
            Priority::Low,
        ] {
            assert_eq!(Priority::of(p.atom()), p);
        }
    }
}
