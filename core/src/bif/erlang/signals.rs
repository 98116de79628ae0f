//! Exit signals, monitors and timers.
//!
//! The scheduler runs processes one at a time, so a signal is handled the
//! moment it is sent (a valid ordering of OTP's asynchronous signals): a
//! process that must die is taken out of `vm.procs` at once, its exit
//! recorded (`Vm::record_exit`), its names unregistered, and its own links,
//! monitors and ETS tables handled in turn. The process running the BIF is
//! not in `vm.procs` (the scheduler holds it); a signal that must kill it is
//! handed back to the BIF, which raises `exit` with the reason.
//!
//! Two hooks need wiring into the scheduler (`vm.rs`):
//! - [`process_exited`] when a process ends by itself (`Outcome::Exit`),
//!   before it is dropped: links get `{'EXIT', Pid, Reason}` or die,
//!   monitors get `'DOWN'`, its ETS tables go to the heir or are deleted;
//! - [`fire_timers`] each scheduling round (and [`next_timer`] when deciding
//!   how long to sleep) for `erlang:send_after/3,4` and `start_timer/3,4`.

use crate::atom::{am, Atom};
use crate::bif::{badarg, BifResult, Ctx};
use crate::code::CodeServer;
use crate::heap::Heap;
use crate::process::Process;
use crate::term::owned::Owned;
use crate::term::{boxed, Term};
use crate::vm::Vm;
use alloc::collections::VecDeque;
use alloc::vec::Vec;
use hashbrown::HashMap;

pub fn register(c: &mut CodeServer) {
    c.register_bif("erlang", "send_after", 3, send_after_3);
    c.register_bif("erlang", "send_after", 4, send_after_4);
    c.register_bif("erlang", "start_timer", 3, start_timer_3);
    c.register_bif("erlang", "start_timer", 4, start_timer_4);
    c.register_bif("erlang", "cancel_timer", 1, cancel_timer_1);
    c.register_bif("erlang", "cancel_timer", 2, cancel_timer_2);
    c.register_bif("erlang", "read_timer", 1, read_timer_1);
    c.register_bif("erlang", "read_timer", 2, read_timer_2);
}

struct MonitorRec {
    watcher: usize,
    target: usize,
    /// Monitored by registered name: `'DOWN'` names `{Name, Node}`.
    name: Option<Atom>,
}

enum Dest {
    Pid(usize),
    Name(Atom),
}

struct Timer {
    id: u64,
    /// Monotonic deadline (ns).
    at: u64,
    dest: Dest,
    msg: Owned,
    /// `start_timer`: deliver `{timeout, Ref, Msg}`.
    wrap: bool,
}

/// When a process alias (`alias/0,1`, `monitor/3`'s `{alias, Mode}`) stops
/// working.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum AliasMode {
    /// Only `unalias/1` (or the owner's death) ends it.
    Explicit,
    /// Also ends with its monitor (`demonitor` or the `'DOWN'` message);
    /// `reply_demonitor` is treated the same.
    Demonitor,
    /// `alias([reply])`: treated as explicit (the first-reply rule needs
    /// the receive loop).
    Reply,
}

#[derive(Default)]
pub(crate) struct Signals {
    monitors: HashMap<u64, MonitorRec>,
    /// Alias reference id -> (owner pid, mode).
    aliases: HashMap<u64, (usize, AliasMode)>,
    by_target: HashMap<usize, Vec<u64>>,
    by_watcher: HashMap<usize, Vec<u64>>,
    timers: Vec<Timer>,
}

/// Runs `f` on `vm`'s signal state.
fn state_mut<R>(vm: &mut Vm, f: impl FnOnce(&mut Signals) -> R) -> R {
    f(&mut vm.bifs.signals)
}

fn state<R>(vm: &Vm, f: impl FnOnce(&Signals) -> R) -> R {
    f(&vm.bifs.signals)
}

impl Signals {
    fn unlink_id(map: &mut HashMap<usize, Vec<u64>>, pid: usize, id: u64) {
        if let Some(v) = map.get_mut(&pid) {
            v.retain(|&x| x != id);
            if v.is_empty() {
                map.remove(&pid);
            }
        }
    }

    /// Forgets everything about `pid`; returns the monitors that were
    /// watching it as `(ref id, watcher, name)`.
    fn process_gone(&mut self, pid: usize) -> Vec<MonitorInfo> {
        let mut downs = Vec::new();
        if let Some(ids) = self.by_target.remove(&pid) {
            for id in ids {
                if let Some(m) = self.monitors.remove(&id) {
                    Signals::unlink_id(&mut self.by_watcher, m.watcher, id);
                    if self
                        .aliases
                        .get(&id)
                        .is_some_and(|a| a.1 == AliasMode::Demonitor)
                    {
                        self.aliases.remove(&id);
                    }
                    downs.push((id, m.watcher, m.name));
                }
            }
        }
        if !self.aliases.is_empty() {
            self.aliases.retain(|_, a| a.0 != pid);
        }
        if let Some(ids) = self.by_watcher.remove(&pid) {
            for id in ids {
                if let Some(m) = self.monitors.remove(&id) {
                    Signals::unlink_id(&mut self.by_target, m.target, id);
                }
            }
        }
        // Timers for the process by pid are cancelled (by name they stay).
        if !self.timers.is_empty() {
            self.timers
                .retain(|t| !matches!(t.dest, Dest::Pid(p) if p == pid));
        }
        downs
    }
}

/// Records monitor `id` of `watcher` on `target`.
pub(crate) fn add_monitor(vm: &mut Vm, id: u64, watcher: usize, target: usize, name: Option<Atom>) {
    state_mut(vm, |s| {
        s.monitors.insert(
            id,
            MonitorRec {
                watcher,
                target,
                name,
            },
        );
        s.by_target.entry(target).or_default().push(id);
        s.by_watcher.entry(watcher).or_default().push(id);
    });
}

/// Removes monitor `id` if `watcher` owns it; whether it existed.
pub(crate) fn remove_monitor(vm: &mut Vm, id: u64, watcher: usize) -> bool {
    state_mut(vm, |s| {
        if s.aliases
            .get(&id)
            .is_some_and(|a| a.0 == watcher && a.1 == AliasMode::Demonitor)
        {
            s.aliases.remove(&id);
        }
        match s.monitors.get(&id) {
            Some(m) if m.watcher == watcher => {}
            _ => return false,
        }
        let Some(m) = s.monitors.remove(&id) else {
            return false;
        };
        Signals::unlink_id(&mut s.by_target, m.target, id);
        Signals::unlink_id(&mut s.by_watcher, m.watcher, id);
        true
    })
}

/// One monitor as `(ref id, other pid, registered name it was set on)`.
pub(crate) type MonitorInfo = (u64, usize, Option<Atom>);

/// Makes reference `id` an alias of process `owner`.
pub(crate) fn add_alias(vm: &mut Vm, id: u64, owner: usize, mode: AliasMode) {
    state_mut(vm, |s| {
        s.aliases.insert(id, (owner, mode));
    });
}

/// Deactivates alias `id` of `owner`; whether it was active.
pub(crate) fn remove_alias(vm: &mut Vm, id: u64, owner: usize) -> bool {
    state_mut(vm, |s| match s.aliases.get(&id) {
        Some(a) if a.0 == owner => {
            s.aliases.remove(&id);
            true
        }
        _ => false,
    })
}

/// The process an active alias (a reference, by id) sends to. For the
/// `Dest ! Msg` instruction: a message to a reference goes to this pid, or
/// is silently dropped when the alias is not active (as OTP).
pub fn alias_owner(vm: &Vm, id: u64) -> Option<usize> {
    state(vm, |s| s.aliases.get(&id).map(|a| a.0))
}

/// `(monitors this process holds, processes monitoring it)` as
/// `(ref id, other pid, name)`.
pub(crate) fn monitors_of(vm: &Vm, pid: usize) -> (Vec<MonitorInfo>, Vec<usize>) {
    state(vm, |s| {
        let mut mine = Vec::new();
        for id in s.by_watcher.get(&pid).map(|v| v.as_slice()).unwrap_or(&[]) {
            if let Some(m) = s.monitors.get(id) {
                mine.push((*id, m.target, m.name));
            }
        }
        let mut by = Vec::new();
        for id in s.by_target.get(&pid).map(|v| v.as_slice()).unwrap_or(&[]) {
            if let Some(m) = s.monitors.get(id) {
                by.push(m.watcher);
            }
        }
        (mine, by)
    })
}

enum Ev {
    Died {
        pid: usize,
        links: Vec<usize>,
        reason: Owned,
    },
    Signal {
        from: usize,
        to: usize,
        reason: Owned,
        link: bool,
    },
}

/// Where messages go while signals are processed.
struct Deliver<'a> {
    current: Option<&'a mut Process>,
    /// Builds messages for processes in the table (`vm.send` copies them).
    scratch: Option<Process>,
}

impl Deliver<'_> {
    fn send(&mut self, vm: &mut Vm, to: usize, build: impl FnOnce(&mut Heap) -> Term) {
        if let Some(c) = self.current.as_deref_mut() {
            if c.pid == to {
                let m = build(&mut c.heap);
                c.mailbox.push_back(m);
                return;
            }
        }
        if !vm.is_alive(to) {
            return;
        }
        let s = self.scratch.get_or_insert_with(|| Process::new(usize::MAX));
        let m = build(&mut s.heap);
        vm.send_from(s, to, m);
    }
}

/// Sends `msg` (a term that may live anywhere readable) to `to`, which may
/// be the process `current` that runs the BIF.
pub(crate) fn deliver(vm: &mut Vm, current: Option<&mut Process>, to: usize, msg: Term) {
    let mut d = Deliver {
        current,
        scratch: None,
    };
    d.send(vm, to, |h| crate::term::copy::copy_to_heap(h, msg));
}

fn exit_msg(h: &mut Heap, from: usize, reason: Term) -> Term {
    let r = crate::term::copy::copy_to_heap(h, reason);
    h.tuple(&[Term::atom(am::EXIT_SIGNAL), Term::pid(from), r])
}

/// Processes signals until none are left. Returns the reason the process
/// `current` must exit with, if a signal kills it.
fn run(vm: &mut Vm, current: Option<&mut Process>, mut evs: VecDeque<Ev>) -> Option<Owned> {
    let mut d = Deliver {
        current,
        scratch: None,
    };
    let mut cur_dies: Option<Owned> = None;
    while let Some(ev) = evs.pop_front() {
        match ev {
            Ev::Died { pid, links, reason } => {
                for l in links {
                    if l != pid {
                        evs.push_back(Ev::Signal {
                            from: pid,
                            to: l,
                            reason: Owned::new(reason.term()),
                            link: true,
                        });
                    }
                }
                let downs = vm.bifs.signals.process_gone(pid);
                for (id, watcher, name) in downs {
                    let r = reason.term();
                    d.send(vm, watcher, |h| {
                        let item = match name {
                            Some(n) => h.tuple(&[Term::atom(n), Term::atom(am::NONODE)]),
                            None => Term::pid(pid),
                        };
                        let rf = h.reference(id);
                        let rr = crate::term::copy::copy_to_heap(h, r);
                        h.tuple(&[Term::atom(am::DOWN), rf, Term::atom(am::PROCESS), item, rr])
                    });
                }
                let running = d.current.as_ref().map(|c| c.pid);
                for t in crate::bif::ets::owner_exited(vm, pid, running) {
                    let data = t.data.term();
                    let tid = t.tid;
                    d.send(vm, t.heir, |h| {
                        let tid = tid.build(h);
                        let data = crate::term::copy::copy_to_heap(h, data);
                        let tag = Term::atom(Atom::from_str("ETS-TRANSFER"));
                        h.tuple(&[tag, tid, Term::pid(pid), data])
                    });
                }
            }
            Ev::Signal {
                from,
                to,
                reason,
                link,
            } => {
                let r = reason.term();
                let untrappable = !link && r == Term::atom(am::KILL);
                if let Some(c) = d.current.as_deref_mut() {
                    if c.pid == to {
                        if cur_dies.is_some() {
                            continue;
                        }
                        if link {
                            if !c.links.contains(&from) {
                                continue; // unlinked meanwhile
                            }
                            c.links.retain(|&x| x != from);
                        }
                        if untrappable {
                            cur_dies = Some(Owned::new(Term::atom(am::KILLED)));
                        } else if c.trap_exit {
                            let m = exit_msg(&mut c.heap, from, r);
                            c.mailbox.push_back(m);
                        } else if r != Term::atom(am::NORMAL) {
                            cur_dies = Some(reason);
                        }
                        continue;
                    }
                }
                let Some(Some(t)) = vm.procs.get_mut(to) else {
                    continue; // already dead: signals to it vanish
                };
                if link {
                    if !t.links.contains(&from) {
                        continue;
                    }
                    t.links.retain(|&x| x != from);
                }
                let dying = if untrappable {
                    Some(Owned::new(Term::atom(am::KILLED)))
                } else if t.trap_exit {
                    d.send(vm, to, |h| exit_msg(h, from, r));
                    None
                } else if r != Term::atom(am::NORMAL) {
                    Some(reason)
                } else {
                    None
                };
                if let Some(why) = dying {
                    if let Some(mut bx) = vm.procs[to].take() {
                        vm.record_exit(to, why.term());
                        vm.registered.retain(|_, v| *v != to);
                        let links = core::mem::take(&mut bx.links);
                        drop(bx);
                        evs.push_back(Ev::Died {
                            pid: to,
                            links,
                            reason: why,
                        });
                    }
                }
            }
        }
    }
    cur_dies
}

/// Hook for the scheduler: process `p` (already out of `vm.procs`) ended
/// with `reason` (a term on its heap). Notifies links and monitors, hands
/// its ETS tables to their heirs or deletes them. Call before dropping `p`.
pub fn process_exited(vm: &mut Vm, p: &mut Process, reason: Term) {
    let links = core::mem::take(&mut p.links);
    let mut evs = VecDeque::new();
    evs.push_back(Ev::Died {
        pid: p.pid,
        links,
        reason: Owned::new(reason),
    });
    run(vm, None, evs);
}

/// `exit(Pid, Reason)` to another process, from the process `current`.
/// Returns the reason `current` must now exit with, if the signal's fallout
/// (a killed process it is linked to) kills it too.
pub(crate) fn exit_signal(
    vm: &mut Vm,
    current: &mut Process,
    to: usize,
    reason: Term,
) -> Option<Term> {
    let mut evs = VecDeque::new();
    evs.push_back(Ev::Signal {
        from: current.pid,
        to,
        reason: Owned::new(reason),
        link: false,
    });
    let dies = run(vm, Some(&mut *current), evs)?;
    Some(crate::term::copy::copy_to_heap(
        &mut current.heap,
        dies.term(),
    ))
}

/// A link to `pid` (dead or never alive) from `current`: OTP sends
/// `{'EXIT', Pid, noproc}` to a process that traps exits.
pub(crate) fn link_to_dead(current: &mut Process, pid: usize) {
    if current.trap_exit {
        let m = exit_msg(&mut current.heap, pid, Term::atom(am::NOPROC));
        current.mailbox.push_back(m);
    }
}

/// `'DOWN'` for a monitor whose target is already gone.
pub(crate) fn down_now(current: &mut Process, id: u64, item: Term, reason: Term) {
    let h = &mut current.heap;
    let rf = h.reference(id);
    let m = h.tuple(&[
        Term::atom(am::DOWN),
        rf,
        Term::atom(am::PROCESS),
        item,
        reason,
    ]);
    current.mailbox.push_back(m);
}

// ---- timers ----

/// Hook for the scheduler: delivers every timer whose deadline has passed.
/// Returns the next deadline (monotonic ns), if any timer is left.
pub fn fire_timers(vm: &mut Vm) -> Option<u64> {
    let any = !vm.bifs.signals.timers.is_empty();
    if !any {
        return None;
    }
    let now = vm.host.monotonic_ns();
    let due: Vec<Timer> = state_mut(vm, |s| {
        let mut due = Vec::new();
        let mut i = 0;
        while i < s.timers.len() {
            if s.timers[i].at <= now {
                due.push(s.timers.swap_remove(i));
            } else {
                i += 1;
            }
        }
        due
    });
    let mut due = due;
    due.sort_by_key(|t| (t.at, t.id));
    let mut d = Deliver {
        current: None,
        scratch: None,
    };
    for t in due {
        let to = match t.dest {
            Dest::Pid(p) => p,
            Dest::Name(n) => match vm.registered.get(&n) {
                Some(&p) => p,
                None => continue,
            },
        };
        let msg = t.msg.term();
        let (id, wrap) = (t.id, t.wrap);
        d.send(vm, to, |h| {
            let m = crate::term::copy::copy_to_heap(h, msg);
            if wrap {
                let r = h.reference(id);
                h.tuple(&[Term::atom(am::TIMEOUT), r, m])
            } else {
                m
            }
        });
    }
    next_timer(vm)
}

/// The earliest pending timer deadline (monotonic ns).
pub fn next_timer(vm: &Vm) -> Option<u64> {
    state(vm, |s| s.timers.iter().map(|t| t.at).min())
}

/// Largest relative timeout OTP accepts (ms).
const MAX_TIMEOUT_MS: i64 = u32::MAX as i64;

fn parse_abs(opts: Term) -> Result<bool, crate::bif::Exc> {
    let Some(v) = super::list_to_vec(opts) else {
        return crate::bif::badarg_cause("badopt");
    };
    let mut abs = false;
    for o in v {
        match o.as_tuple() {
            Some([k, b]) if k.as_atom().is_some_and(|a| a.name() == b"abs") && b.is_boolean() => {
                abs = *b == Term::TRUE;
            }
            _ => return crate::bif::badarg_cause("badopt"),
        }
    }
    Ok(abs)
}

fn start(ctx: &mut Ctx, time: Term, dest: Term, msg: Term, abs: bool, wrap: bool) -> BifResult {
    // A bad time is `cause => time`, checked before the destination.
    let Some(ms) = crate::term::integer::to_i64(time) else {
        return crate::bif::badarg_cause("time");
    };
    if !abs && !(0..=MAX_TIMEOUT_MS).contains(&ms) {
        return crate::bif::badarg_cause("time");
    }
    let dest = if dest.is_pid() {
        Dest::Pid(dest.pid_value())
    } else if let Some(a) = dest.as_atom() {
        Dest::Name(a)
    } else {
        return badarg();
    };
    let now = ctx.vm.host.monotonic_ns();
    let at = if abs {
        // A time before the start of monotonic time is in the past.
        (ms.max(0) as u64).saturating_mul(1_000_000)
    } else {
        now.saturating_add((ms as u64) * 1_000_000)
    };
    let id = ctx.vm.make_ref();
    // A timer for a process that is gone is cancelled at once, as OTP.
    if let Dest::Pid(p) = dest {
        if !super::procs::alive(ctx, p) {
            return Ok(ctx.p.heap.reference(id));
        }
    }
    let t = Timer {
        id,
        at,
        dest,
        msg: Owned::new(msg),
        wrap,
    };
    ctx.vm.bifs.signals.timers.push(t);
    Ok(ctx.p.heap.reference(id))
}

fn send_after_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    start(ctx, a[0], a[1], a[2], false, false)
}
fn send_after_4(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let abs = parse_abs(a[3])?;
    start(ctx, a[0], a[1], a[2], abs, false)
}
fn start_timer_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    start(ctx, a[0], a[1], a[2], false, true)
}
fn start_timer_4(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let abs = parse_abs(a[3])?;
    start(ctx, a[0], a[1], a[2], abs, true)
}

/// Milliseconds left on timer `r` (rounded up), removing it if `cancel`.
fn timer_left(ctx: &mut Ctx, r: Term, cancel: bool) -> Result<Option<u64>, crate::bif::Exc> {
    if !r.is_ref() {
        return badarg();
    }
    let id = boxed::ref_value(r);
    let now = ctx.vm.host.monotonic_ns();
    Ok(state_mut(ctx.vm, |s| {
        let i = s.timers.iter().position(|t| t.id == id)?;
        let at = s.timers[i].at;
        if cancel {
            s.timers.swap_remove(i);
        }
        Some(at.saturating_sub(now).div_ceil(1_000_000))
    }))
}

/// `[{async, B}, {info, B}]` options of `cancel_timer/2` / `read_timer/2`.
fn timer_opts(opts: Term) -> Result<(bool, bool), crate::bif::Exc> {
    let Some(v) = super::list_to_vec(opts) else {
        return badarg();
    };
    let (mut asy, mut info) = (false, true);
    for o in v {
        match o.as_tuple() {
            Some([k, b]) if b.is_boolean() => match k.as_atom().map(|a| a.name()) {
                Some(b"async") => asy = *b == Term::TRUE,
                Some(b"info") => info = *b == Term::TRUE,
                _ => return badarg(),
            },
            _ => return badarg(),
        }
    }
    Ok((asy, info))
}

fn left_term(ctx: &mut Ctx, left: Option<u64>) -> Term {
    match left {
        Some(ms) => ctx.p.heap.uint(ms),
        None => Term::FALSE,
    }
}

fn timer_op(ctx: &mut Ctx, r: Term, opts: Term, cancel: bool) -> BifResult {
    let (asy, info) = timer_opts(opts)?;
    let left = timer_left(ctx, r, cancel)?;
    let v = left_term(ctx, left);
    if asy {
        if info {
            let tag = Term::atom(Atom::from_str(if cancel {
                "cancel_timer"
            } else {
                "read_timer"
            }));
            let m = ctx.p.heap.tuple(&[tag, r, v]);
            ctx.p.mailbox.push_back(m);
        }
        return Ok(Term::atom(am::OK));
    }
    Ok(if info { v } else { Term::atom(am::OK) })
}

fn cancel_timer_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let left = timer_left(ctx, a[0], true)?;
    Ok(left_term(ctx, left))
}
fn cancel_timer_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    timer_op(ctx, a[0], a[1], true)
}
fn read_timer_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let left = timer_left(ctx, a[0], false)?;
    Ok(left_term(ctx, left))
}
fn read_timer_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    timer_op(ctx, a[0], a[1], false)
}
