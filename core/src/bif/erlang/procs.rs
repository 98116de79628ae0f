//! Processes: `self/0`, spawning, links, monitors, `exit/2`, registration,
//! `send/2,3`, `process_flag/2`, `process_info/1,2`, group leaders.
//!
//! The process running a BIF is out of `vm.procs` while it runs (the
//! scheduler holds it), so "is `pid` alive" and "find process `pid`" always
//! check `ctx.p` first.

use super::signals;
use super::{atom_arg, list_to_vec, pair};
use crate::atom::{am, Atom};
use crate::bif::{badarg, system_limit, BifResult, Ctx, Exc};
use crate::code::CodeServer;
use crate::heap::{Heap, MIN_HEAP_WORDS};
use crate::interp::exec::{ENTER_EXPORT, ENTER_HIBERNATED};
use crate::interp::{ops, trace};
use crate::process::{CodePtr, Frame, Process, Status, Tuning};
use crate::term::boxed::{self, Subtag};
use crate::term::copy::copy_to_heap;
use crate::term::Term;
use crate::vm::EXIT_CP;
use alloc::vec::Vec;

pub fn register(c: &mut CodeServer) {
    c.register_bif("erlang", "self", 0, self_0);
    c.register_bif("erlang", "make_ref", 0, make_ref);
    c.register_bif("erlang", "spawn", 1, spawn_1);
    c.register_bif("erlang", "spawn", 2, spawn_2);
    c.register_bif("erlang", "spawn", 3, spawn_3);
    c.register_bif("erlang", "spawn", 4, spawn_4);
    c.register_bif("erlang", "spawn_link", 1, spawn_link_1);
    c.register_bif("erlang", "spawn_link", 2, spawn_link_2);
    c.register_bif("erlang", "spawn_link", 3, spawn_link_3);
    c.register_bif("erlang", "spawn_link", 4, spawn_link_4);
    c.register_bif("erlang", "spawn_monitor", 1, spawn_monitor_1);
    c.register_bif("erlang", "spawn_monitor", 2, spawn_monitor_2);
    c.register_bif("erlang", "spawn_monitor", 3, spawn_monitor_3);
    c.register_bif("erlang", "spawn_monitor", 4, spawn_monitor_4);
    c.register_bif("erlang", "spawn_opt", 2, spawn_opt_2);
    c.register_bif("erlang", "spawn_opt", 3, spawn_opt_3);
    c.register_bif("erlang", "spawn_opt", 4, spawn_opt_4);
    c.register_bif("erlang", "spawn_opt", 5, spawn_opt_5);
    c.register_bif("erlang", "link", 1, link);
    c.register_bif("erlang", "unlink", 1, unlink);
    c.register_bif("erlang", "exit", 2, exit_2);
    c.register_bif("erlang", "process_flag", 2, process_flag);
    c.register_bif("erlang", "is_process_alive", 1, is_process_alive);
    c.register_bif("erlang", "processes", 0, processes);
    c.register_bif("erlang", "register", 2, register_2);
    c.register_bif("erlang", "unregister", 1, unregister);
    c.register_bif("erlang", "whereis", 1, whereis);
    c.register_bif("erlang", "registered", 0, registered);
    c.register_bif("erlang", "send", 2, send_2);
    c.register_bif("erlang", "send", 3, send_3);
    c.register_bif("erlang", "group_leader", 0, group_leader_0);
    c.register_bif("erlang", "group_leader", 2, group_leader_2);
    c.register_bif("erlang", "monitor", 2, monitor_2);
    c.register_bif("erlang", "monitor", 3, monitor_3);
    c.register_bif("erlang", "demonitor", 1, demonitor_1);
    c.register_bif("erlang", "demonitor", 2, demonitor_2);
    c.register_bif("erlang", "alias", 0, alias_0);
    c.register_bif("erlang", "alias", 1, alias_1);
    c.register_bif("erlang", "unalias", 1, unalias);
    c.register_bif("erlang", "process_info", 1, process_info_1);
    c.register_bif("erlang", "process_info", 2, process_info_2);
    c.register_bif("erlang", "garbage_collect", 0, garbage_collect_0);
    c.register_bif("erlang", "garbage_collect", 1, garbage_collect_1);
    c.register_bif("erlang", "garbage_collect", 2, garbage_collect_2);
    c.register_bif("erlang", "yield", 0, yield_0);
    c.register_bif("erlang", "bump_reductions", 1, bump_reductions);
    c.register_bif("erlang", "hibernate", 3, hibernate);
    c.register_bif("erlang", "is_alive", 0, is_alive);
    c.register_bif("erlang", "nodes", 0, nodes);
    c.register_bif("erlang", "nodes", 1, nodes);
    c.register_bif("erlang", "monitor_node", 2, monitor_node);
    c.register_bif("erlang", "monitor_node", 3, monitor_node);
    c.register_bif("erlang", "get_cookie", 0, get_cookie);
    c.register_bif("erlang", "list_to_pid", 1, list_to_pid);
    c.register_bif("erlang", "list_to_ref", 1, list_to_ref);
    c.register_bif("erlang", "list_to_port", 1, list_to_port);
}

fn self_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(ctx.p.pid_term())
}

fn make_ref(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let id = ctx.vm.make_ref();
    Ok(ctx.p.heap.reference(id))
}

/// Whether `pid` is alive (the running process included).
pub(crate) fn alive(ctx: &Ctx, pid: usize) -> bool {
    pid == ctx.p.pid || ctx.vm.is_alive(pid)
}

fn pid_arg(t: Term) -> Result<usize, Exc> {
    if t.is_pid() {
        Ok(t.pid_value())
    } else {
        badarg()
    }
}

/// `Node` arguments: only this node exists.
fn local_node(t: Term) -> Result<(), Exc> {
    if t == Term::atom(am::NONODE) {
        Ok(())
    } else {
        badarg()
    }
}

// ---- spawning ----

#[derive(Default, Clone, Copy)]
struct SpawnOpts {
    link: bool,
    monitor: bool,
    priority: Option<Term>,
    /// Heap and message-queue settings, when any option set one.
    tuning: Option<Tuning>,
}

/// A valid priority level atom.
fn priority_arg(v: Term) -> Result<Term, Exc> {
    match v.as_atom().map(|a| a.name()) {
        Some(b"low" | b"normal" | b"high" | b"max") => Ok(v),
        _ => crate::bif::badarg_cause("badopt"),
    }
}

/// OTP's heap sizes (`erts_next_heap_size`): the smallest one in its table
/// that holds `words` and is at least the minimum heap (233 words). The
/// table grows like Fibonacci up to 833026 words, then by a fifth a step.
pub(crate) fn heap_size_for(words: usize) -> usize {
    let (mut a, mut b) = (12usize, 38usize);
    let mut i = 1;
    while b < words || b < MIN_HEAP_WORDS {
        let next = if i < 22 {
            a.checked_add(b).and_then(|s| s.checked_add(1))
        } else {
            b.checked_add(b / 5)
        };
        let Some(next) = next else {
            return words;
        };
        (a, b) = (b, next);
        i += 1;
    }
    b
}

/// A size setting rounded up to OTP's heap-size table (as `Tuning` keeps it).
pub(crate) fn heap_size_setting(words: usize) -> u32 {
    u32::try_from(heap_size_for(words)).unwrap_or(u32::MAX)
}

/// A non-negative small integer (a size option's value).
fn size_arg(v: Term) -> Option<usize> {
    v.as_small().filter(|&n| n >= 0).map(|n| n as usize)
}

/// `max_heap_size` as an integer (words, 0 for none) or a map with `size`
/// and optional boolean `kill` and `error_logger` (other keys are ignored,
/// as OTP 25 does); what is not given takes the defaults. Sets `t`'s limit;
/// `None` if the value is not valid.
fn max_heap_arg(v: Term, t: &mut Tuning) -> Option<()> {
    let d = Tuning::DEFAULT;
    let (mut kill, mut log) = (d.max_heap_kill, d.max_heap_log);
    let size = if v.is_map() {
        let key = |s: &str| Term::atom(Atom::from_str(s));
        let size = crate::term::map::get(v, key("size"))?;
        for (k, flag) in [("kill", &mut kill), ("error_logger", &mut log)] {
            match crate::term::map::get(v, key(k)) {
                None => {}
                Some(b) if b.is_boolean() => *flag = b == Term::TRUE,
                Some(_) => return None,
            }
        }
        size_arg(size)?
    } else {
        size_arg(v)?
    };
    // A limit below the process's minimum heap could never be met.
    if size != 0 && size < t.min_heap_size as usize {
        return None;
    }
    t.max_heap_size = size;
    t.max_heap_kill = kill;
    t.max_heap_log = log;
    Some(())
}

/// `message_queue_data`'s value: whether it is `off_heap`.
fn msgq_arg(v: Term) -> Option<bool> {
    match v.as_atom().map(|a| a.name()) {
        Some(b"off_heap") => Some(true),
        Some(b"on_heap") => Some(false),
        _ => None,
    }
}

/// `spawn_opt` options: `link`, `monitor`, `{monitor, Opts}`, `priority`,
/// the heap options and `message_queue_data` (stored and reported; only
/// `max_heap_size` changes what happens), `async_dist` (ignored). Any bad
/// option or value is `badarg` with `cause => badopt`, as OTP.
fn parse_spawn_opts(l: Term) -> Result<SpawnOpts, Exc> {
    let badopt = || crate::bif::badarg_cause("badopt");
    let Some(v) = list_to_vec(l) else {
        return badopt();
    };
    let mut o = SpawnOpts::default();
    let mut t = Tuning::DEFAULT;
    let mut tuned = false;
    let mut max_heap = None;
    for e in v {
        if let Some(a) = e.as_atom() {
            match a.name() {
                b"link" => o.link = true,
                b"monitor" => o.monitor = true,
                _ => return badopt(),
            }
            continue;
        }
        let Some(&[k, val]) = e.as_tuple() else {
            return badopt();
        };
        let Some(k) = k.as_atom() else {
            return badopt();
        };
        let ok = match k.name() {
            b"monitor" => {
                o.monitor = true;
                Some(())
            }
            b"priority" => {
                o.priority = Some(priority_arg(val)?);
                Some(())
            }
            b"min_heap_size" => size_arg(val).map(|n| t.min_heap_size = heap_size_setting(n)),
            b"min_bin_vheap_size" => {
                size_arg(val).map(|n| t.min_bin_vheap_size = heap_size_setting(n))
            }
            b"fullsweep_after" => {
                size_arg(val).map(|n| t.fullsweep_after = u32::try_from(n).unwrap_or(u32::MAX))
            }
            b"message_queue_data" => msgq_arg(val).map(|off| t.off_heap_msgq = off),
            // Checked against the minimum heap once all options are known.
            b"max_heap_size" => {
                max_heap = Some(val);
                Some(())
            }
            b"async_dist" if val.is_boolean() => Some(()),
            _ => None,
        };
        if ok.is_none() {
            return badopt();
        }
        tuned = true;
    }
    if let Some(v) = max_heap {
        if max_heap_arg(v, &mut t).is_none() {
            return badopt();
        }
    }
    if tuned {
        o.tuning = Some(t);
    }
    Ok(o)
}

/// A fresh process for a spawn with these settings (pid assigned on spawn).
fn new_process(ctx: &Ctx, tuning: Option<Tuning>) -> Process {
    let mut np = ctx.vm.blank_process();
    if let Some(t) = tuning {
        if t.min_heap_size != np.tuning.min_heap_size {
            np.heap = Heap::new(t.min_heap_size as usize);
        }
        np.tuning = t;
        np.set_min_bin_vheap(t.min_bin_vheap_size as usize);
    }
    np
}

/// A new process running `m:f(args...)` (arguments copied into its heap).
/// `m:f` may be a BIF or undefined: the process then calls it, or raises
/// `undef`, when it first runs.
fn spawn_mfa(
    ctx: &mut Ctx,
    m: Atom,
    f: Atom,
    args: &[Term],
    tuning: Option<Tuning>,
) -> Result<usize, Exc> {
    if args.len() > 255 {
        return system_limit();
    }
    let mut np = new_process(ctx, tuning);
    for &a in args {
        let c = copy_to_heap(&mut np.heap, a);
        np.saved_x.push(c);
    }
    np.initial_call = (Term::atom(m), Term::atom(f), args.len() as u32);
    match ctx.vm.spawn_process(np, m, f, args.len() as u32) {
        Ok(pid) => Ok(pid),
        Err(_) => system_limit(),
    }
}

/// A new process calling the 0-ary fun `fun`.
///
/// A local fun's code is not an export, so the process is created through
/// `Vm::spawn_process` on its module's `module_info/0` (every module has
/// one; only the entry point matters) and then pointed at the fun's entry
/// with its environment (copied) in x0.., exactly how `call_fun` enters it.
fn spawn_fun(ctx: &mut Ctx, fun: Term, tuning: Option<Tuning>) -> Result<usize, Exc> {
    match fun.subtag() {
        Some(Subtag::Fun) => {
            let fd = ops::fun_def(fun);
            if fd.arity != fd.num_free {
                return badarg();
            }
            let Some(module) = ctx.vm.code.modules.get(fd.module as usize).map(|m| m.name) else {
                return badarg();
            };
            let Some(entry) = ctx.vm.code.fun_entry(fd) else {
                return badarg();
            };
            let mut np = new_process(ctx, tuning);
            let words = fun.payload_slice();
            for &w in words.iter().skip(2) {
                let c = copy_to_heap(&mut np.heap, Term::from_raw(w));
                np.saved_x.push(c);
            }
            np.initial_call = (
                Term::atom(am::ERLANG),
                Term::atom(Atom::from_str("apply")),
                2,
            );
            let pid = match ctx.vm.spawn_process(np, module, am::MODULE_INFO, 0) {
                Ok(pid) => pid,
                Err(_) => return system_limit(),
            };
            if let Some(Some(p)) = ctx.vm.procs.get_mut(pid) {
                p.resume = CodePtr {
                    module: fd.module,
                    ip: entry,
                };
            }
            Ok(pid)
        }
        Some(Subtag::Export) => {
            let Some(e) = ctx.vm.code.exports.get(fun.payload(0)) else {
                return badarg();
            };
            if e.arity != 0 {
                return badarg();
            }
            let (m, f) = (e.module, e.function);
            spawn_mfa(ctx, m, f, &[], tuning)
        }
        _ => badarg(),
    }
}

enum What {
    Fun(Term),
    Mfa(Term, Term, Term),
}

/// Spawns, links and monitors as asked; returns `Pid` or `{Pid, Ref}`.
fn spawn_with(ctx: &mut Ctx, what: What, o: SpawnOpts) -> BifResult {
    let pid = match what {
        What::Fun(f) => spawn_fun(ctx, f, o.tuning)?,
        What::Mfa(m, f, args) => {
            let m = atom_arg(m)?;
            let f = atom_arg(f)?;
            let Some(args) = list_to_vec(args) else {
                return badarg();
            };
            spawn_mfa(ctx, m, f, &args, o.tuning)?
        }
    };
    let me = ctx.p.pid;
    if let Some(pr) = o.priority {
        ctx.vm.set_priority(pid, crate::sched::Priority::of(pr));
    }
    if o.link {
        ctx.p.links.push(pid);
        if let Some(Some(np)) = ctx.vm.procs.get_mut(pid) {
            np.links.push(me);
        }
    }
    let pid_t = Term::pid(pid);
    if o.monitor {
        let id = ctx.vm.make_ref();
        signals::add_monitor(ctx.vm, id, me, pid, None);
        let r = ctx.p.heap.reference(id);
        return Ok(pair(&mut ctx.p.heap, pid_t, r));
    }
    Ok(pid_t)
}

const LINK: SpawnOpts = SpawnOpts {
    link: true,
    monitor: false,
    priority: None,
    tuning: None,
};
const MONITOR: SpawnOpts = SpawnOpts {
    link: false,
    monitor: true,
    priority: None,
    tuning: None,
};
const PLAIN: SpawnOpts = SpawnOpts {
    link: false,
    monitor: false,
    priority: None,
    tuning: None,
};

fn spawn_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    spawn_with(ctx, What::Fun(a[0]), PLAIN)
}
fn spawn_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    local_node(a[0])?;
    spawn_with(ctx, What::Fun(a[1]), PLAIN)
}
fn spawn_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    spawn_with(ctx, What::Mfa(a[0], a[1], a[2]), PLAIN)
}
fn spawn_4(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    local_node(a[0])?;
    spawn_with(ctx, What::Mfa(a[1], a[2], a[3]), PLAIN)
}
fn spawn_link_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    spawn_with(ctx, What::Fun(a[0]), LINK)
}
fn spawn_link_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    local_node(a[0])?;
    spawn_with(ctx, What::Fun(a[1]), LINK)
}
fn spawn_link_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    spawn_with(ctx, What::Mfa(a[0], a[1], a[2]), LINK)
}
fn spawn_link_4(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    local_node(a[0])?;
    spawn_with(ctx, What::Mfa(a[1], a[2], a[3]), LINK)
}
fn spawn_monitor_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    spawn_with(ctx, What::Fun(a[0]), MONITOR)
}
fn spawn_monitor_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    local_node(a[0])?;
    spawn_with(ctx, What::Fun(a[1]), MONITOR)
}
fn spawn_monitor_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    spawn_with(ctx, What::Mfa(a[0], a[1], a[2]), MONITOR)
}
fn spawn_monitor_4(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    local_node(a[0])?;
    spawn_with(ctx, What::Mfa(a[1], a[2], a[3]), MONITOR)
}
fn spawn_opt_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    // `erlang.erl` checks the fun before the options.
    if !a[0].is_fun()
        && !a[0]
            .as_tuple()
            .is_some_and(|t| t.len() == 2 && t.iter().all(|x| x.is_atom()))
    {
        return badarg();
    }
    let o = parse_spawn_opts(a[1])?;
    spawn_with(ctx, What::Fun(a[0]), o)
}
fn spawn_opt_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    local_node(a[0])?;
    let o = parse_spawn_opts(a[2])?;
    spawn_with(ctx, What::Fun(a[1]), o)
}
fn spawn_opt_4(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let o = parse_spawn_opts(a[3])?;
    spawn_with(ctx, What::Mfa(a[0], a[1], a[2]), o)
}
fn spawn_opt_5(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    local_node(a[0])?;
    let o = parse_spawn_opts(a[4])?;
    spawn_with(ctx, What::Mfa(a[1], a[2], a[3]), o)
}

// ---- links and exit signals ----

fn link(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = pid_arg(a[0])?;
    let me = ctx.p.pid;
    if pid == me {
        return Ok(Term::TRUE);
    }
    match ctx.vm.procs.get_mut(pid) {
        Some(Some(other)) => {
            if !other.links.contains(&me) {
                other.links.push(me);
            }
            if !ctx.p.links.contains(&pid) {
                ctx.p.links.push(pid);
            }
        }
        _ => {
            // OTP: a process not trapping exits gets error:noproc; one that
            // traps gets {'EXIT', Pid, noproc} and `true`.
            if !ctx.p.trap_exit {
                return Err(Exc::atom(am::NOPROC));
            }
            signals::link_to_dead(ctx.p, pid)
        }
    }
    Ok(Term::TRUE)
}

fn unlink(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = pid_arg(a[0])?;
    let me = ctx.p.pid;
    ctx.p.links.retain(|&x| x != pid);
    if let Some(Some(other)) = ctx.vm.procs.get_mut(pid) {
        other.links.retain(|&x| x != me);
    }
    Ok(Term::TRUE)
}

/// `exit(Pid, Reason)`: an exit signal. To itself, a process that does not
/// trap exits dies at once, even with `normal` (as OTP 25 does), and no
/// `catch` sees it; `kill` is never trapped and kills with `killed`. A
/// signal's fallout (a linked process killed) may kill the sender too.
fn exit_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = pid_arg(a[0])?;
    let reason = a[1];
    if pid == ctx.p.pid {
        if reason == Term::atom(am::KILL) {
            return Err(Exc::Terminate(Term::atom(am::KILLED)));
        }
        if ctx.p.trap_exit {
            let m = ctx
                .p
                .heap
                .tuple(&[Term::atom(am::EXIT_SIGNAL), Term::pid(pid), reason]);
            ctx.p.mailbox.push_back(m);
            return Ok(Term::TRUE);
        }
        return Err(Exc::Terminate(reason));
    }
    match signals::exit_signal(ctx.vm, ctx.p, pid, reason) {
        Some(why) => Err(Exc::Terminate(why)),
        None => Ok(Term::TRUE),
    }
}

fn process_flag(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    // An unknown flag is `cause => badopt`; a bad value for a known one
    // has no cause.
    const FLAGS: &[&[u8]] = &[
        b"trap_exit",
        b"priority",
        b"message_queue_data",
        b"min_heap_size",
        b"min_bin_vheap_size",
        b"max_heap_size",
        b"sensitive",
        b"async_dist",
        b"save_calls",
        b"error_handler",
    ];
    let Some(flag) = a[0].as_atom().filter(|f| FLAGS.contains(&f.name())) else {
        return crate::bif::badarg_cause("badopt");
    };
    let v = a[1];
    let atom = |s: &str| Term::atom(Atom::from_str(s));
    match flag.name() {
        b"trap_exit" => {
            if !v.is_boolean() {
                return badarg();
            }
            let old = ctx.p.trap_exit;
            ctx.p.trap_exit = v == Term::TRUE;
            Ok(Term::bool(old))
        }
        b"priority" => match v.as_atom().map(|a| a.name()) {
            Some(b"low" | b"normal" | b"high" | b"max") => {
                Ok(core::mem::replace(&mut ctx.p.priority, v))
            }
            _ => badarg(),
        },
        b"message_queue_data" => {
            let Some(off) = msgq_arg(v) else {
                return badarg();
            };
            let old = core::mem::replace(&mut ctx.p.tuning.off_heap_msgq, off);
            Ok(atom(msgq_name(old)))
        }
        b"min_heap_size" | b"min_bin_vheap_size" => {
            let Some(n) = size_arg(v) else {
                return badarg();
            };
            let t = &mut ctx.p.tuning;
            let field = if flag.name() == b"min_heap_size" {
                &mut t.min_heap_size
            } else {
                &mut t.min_bin_vheap_size
            };
            let old = core::mem::replace(field, heap_size_setting(n));
            let vheap = t.min_bin_vheap_size as usize;
            ctx.p.heap.set_min_bin_vheap(vheap);
            Ok(Term::small(old as isize))
        }
        b"max_heap_size" => {
            let old = ctx.p.tuning;
            let mut t = old;
            if max_heap_arg(v, &mut t).is_none() {
                return badarg();
            }
            ctx.p.tuning = t;
            Ok(max_heap_map(&mut ctx.p.heap, &old))
        }
        b"sensitive" | b"async_dist" if v.is_boolean() => Ok(Term::FALSE),
        b"save_calls" if v.as_small().is_some_and(|n| (0..=10000).contains(&n)) => {
            Ok(Term::small(0))
        }
        b"error_handler" if v.is_atom() => Ok(Term::atom(am::ERROR_HANDLER)),
        _ => badarg(),
    }
}

fn msgq_name(off_heap: bool) -> &'static str {
    if off_heap {
        "off_heap"
    } else {
        "on_heap"
    }
}

/// `#{error_logger => B, kill => B, size => N}`, as OTP reports it.
pub(crate) fn max_heap_map(h: &mut Heap, t: &Tuning) -> Term {
    let key = |s: &str| Term::atom(Atom::from_str(s));
    let mut pairs = [
        (key("error_logger"), Term::bool(t.max_heap_log)),
        (key("kill"), Term::bool(t.max_heap_kill)),
        (key("size"), h.uint(t.max_heap_size as u64)),
    ];
    crate::term::map::from_pairs(h, &mut pairs)
}

fn is_process_alive(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = pid_arg(a[0])?;
    Ok(Term::bool(alive(ctx, pid)))
}

fn processes(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let me = ctx.p.pid;
    let pids: Vec<Term> = (0..ctx.vm.procs.len().max(me + 1))
        .filter(|&i| i == me || ctx.vm.is_alive(i))
        .map(Term::pid)
        .collect();
    Ok(ctx.p.heap.list(&pids))
}

// ---- registration ----

fn register_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    // Every failure names its cause, `none` included, as OTP does.
    let cause = crate::bif::badarg_cause;
    let (Some(name), Ok(pid)) = (a[0].as_atom(), pid_arg(a[1])) else {
        return cause("none");
    };
    if name == am::UNDEFINED {
        return cause("none");
    }
    if !alive(ctx, pid) {
        return cause("notalive");
    }
    if ctx.vm.registered.values().any(|&p| p == pid) {
        return cause("registered_name");
    }
    if ctx.vm.registered.contains_key(&name) {
        return cause("none");
    }
    ctx.vm.registered.insert(name, pid);
    Ok(Term::TRUE)
}

fn unregister(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let name = atom_arg(a[0])?;
    match ctx.vm.registered.remove(&name) {
        Some(_) => Ok(Term::TRUE),
        None => badarg(),
    }
}

/// The live process registered as `name`.
pub(crate) fn whereis_pid(ctx: &Ctx, name: Atom) -> Option<usize> {
    let pid = *ctx.vm.registered.get(&name)?;
    if alive(ctx, pid) {
        Some(pid)
    } else {
        None
    }
}

fn whereis(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let name = atom_arg(a[0])?;
    Ok(match whereis_pid(ctx, name) {
        Some(p) => Term::pid(p),
        None => Term::atom(am::UNDEFINED),
    })
}

fn registered(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let names: Vec<Term> = ctx.vm.registered.keys().map(|&a| Term::atom(a)).collect();
    Ok(ctx.p.heap.list(&names))
}

// ---- messages ----

/// `Dest ! Msg` for a pid, a registered name, `{Name, Node}` or a process
/// alias (a reference; dropped when the alias is not active).
fn send_to(ctx: &mut Ctx, dest: Term, msg: Term) -> Result<(), Exc> {
    let mut dest = dest;
    if dest.is_ref() {
        if let Some(pid) = signals::alias_owner(ctx.vm, boxed::ref_value(dest)) {
            ctx.vm.send_from(ctx.p, pid, msg);
        }
        return Ok(());
    }
    if let Some(el) = dest.as_tuple() {
        match el {
            [name, node] if name.is_atom() && node.is_atom() => {
                if *node != Term::atom(am::NONODE) {
                    return Ok(()); // no distribution: the message is lost
                }
                dest = *name;
            }
            _ => return badarg(),
        }
    }
    match ops::send(ctx.vm, ctx.p, dest, msg) {
        Ok(()) => Ok(()),
        Err(_) => badarg(),
    }
}

fn send_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    send_to(ctx, a[0], a[1])?;
    Ok(a[1])
}

fn send_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(opts) = list_to_vec(a[2]) else {
        return badarg();
    };
    for o in opts {
        match o.as_atom().map(|a| a.name()) {
            Some(b"nosuspend" | b"noconnect") => {}
            _ => return badarg(),
        }
    }
    send_to(ctx, a[0], a[1])?;
    Ok(Term::atom(am::OK))
}

fn group_leader_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(ctx.p.group_leader)
}

fn group_leader_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let gl = a[0];
    if !gl.is_pid() {
        return badarg();
    }
    let pid = pid_arg(a[1])?;
    if pid == ctx.p.pid {
        ctx.p.group_leader = gl;
        return Ok(Term::TRUE);
    }
    match ctx.vm.procs.get_mut(pid) {
        Some(Some(p)) => {
            p.group_leader = gl;
            Ok(Term::TRUE)
        }
        _ => badarg(),
    }
}

// ---- monitors ----

fn monitor_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    monitor(ctx, a[0], a[1], None)
}

/// `monitor/2,3`; `alias` makes the monitor's reference an alias too.
fn monitor(ctx: &mut Ctx, ty: Term, item: Term, alias: Option<signals::AliasMode>) -> BifResult {
    match ty.as_atom().map(|t| t.name()) {
        Some(b"process") => {}
        Some(b"time_offset") if item.as_atom().is_some_and(|a| a.name() == b"clock_service") => {
            // The time offset never changes here: the monitor never fires.
            let id = ctx.vm.make_ref();
            return Ok(ctx.p.heap.reference(id));
        }
        Some(b"port" | b"time_offset") => return badarg(),
        _ => return crate::bif::badarg_cause("badtype"),
    }
    let me = ctx.p.pid;
    let (target, name, item_t) = if item.is_pid() {
        (Some(item.pid_value()), None, item)
    } else if let Some(n) = item.as_atom() {
        let t = ctx.p.heap.tuple(&[item, Term::atom(am::NONODE)]);
        (whereis_pid(ctx, n), Some(n), t)
    } else {
        match item.as_tuple() {
            Some([n, node]) if n.is_atom() && *node == Term::atom(am::NONODE) => {
                (whereis_pid(ctx, n.atom_value()), Some(n.atom_value()), item)
            }
            _ => return badarg(),
        }
    };
    let id = ctx.vm.make_ref();
    match target {
        Some(pid) if alive(ctx, pid) => {
            if pid != me {
                signals::add_monitor(ctx.vm, id, me, pid, name);
            }
            if let Some(mode) = alias {
                signals::add_alias(ctx.vm, id, me, mode);
            }
        }
        _ => {
            if let Some(signals::AliasMode::Explicit) = alias {
                signals::add_alias(ctx.vm, id, me, signals::AliasMode::Explicit);
            }
            signals::down_now(ctx.p, id, item_t, Term::atom(am::NOPROC))
        }
    }
    Ok(ctx.p.heap.reference(id))
}

/// `monitor/3`: `{alias, explicit_unalias | demonitor | reply_demonitor}`
/// is honoured; `{tag, Tag}` is accepted but the message keeps `'DOWN'`.
fn monitor_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let badopt = || crate::bif::badarg_cause("badopt");
    let Some(opts) = list_to_vec(a[2]) else {
        return badopt();
    };
    let mut alias = None;
    for o in opts {
        match o.as_tuple() {
            Some([k, v]) if k.is_atom() => {
                match (k.atom_value().name(), v.as_atom().map(|x| x.name())) {
                    (b"alias", Some(b"explicit_unalias")) => {
                        alias = Some(signals::AliasMode::Explicit)
                    }
                    (b"alias", Some(b"demonitor" | b"reply_demonitor")) => {
                        alias = Some(signals::AliasMode::Demonitor)
                    }
                    (b"tag", _) => {}
                    _ => return badopt(),
                }
            }
            _ => return badopt(),
        }
    }
    monitor(ctx, a[0], a[1], alias)
}

fn alias_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let id = ctx.vm.make_ref();
    signals::add_alias(ctx.vm, id, ctx.p.pid, signals::AliasMode::Explicit);
    Ok(ctx.p.heap.reference(id))
}

fn alias_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(opts) = list_to_vec(a[0]) else {
        return badarg();
    };
    let mut mode = signals::AliasMode::Explicit;
    for o in opts {
        match o.as_atom().map(|x| x.name()) {
            Some(b"explicit_unalias") => mode = signals::AliasMode::Explicit,
            Some(b"reply") => mode = signals::AliasMode::Reply,
            _ => return badarg(),
        }
    }
    let id = ctx.vm.make_ref();
    signals::add_alias(ctx.vm, id, ctx.p.pid, mode);
    Ok(ctx.p.heap.reference(id))
}

fn unalias(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_ref() {
        return badarg();
    }
    let id = boxed::ref_value(a[0]);
    Ok(Term::bool(signals::remove_alias(ctx.vm, id, ctx.p.pid)))
}

fn demonitor_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_ref() {
        return badarg();
    }
    let id = boxed::ref_value(a[0]);
    signals::remove_monitor(ctx.vm, id, ctx.p.pid);
    Ok(Term::TRUE)
}

/// Whether `m` is `{'DOWN', Ref, _, _, _}` for monitor `id`.
fn is_down_for(m: Term, id: u64) -> bool {
    match m.as_tuple() {
        Some([tag, r, _, _, _]) => {
            *tag == Term::atom(am::DOWN) && r.is_ref() && boxed::ref_value(*r) == id
        }
        _ => false,
    }
}

fn demonitor_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_ref() {
        return badarg();
    }
    let Some(opts) = list_to_vec(a[1]) else {
        return badarg();
    };
    let (mut flush, mut info) = (false, false);
    for o in opts {
        match o.as_atom().map(|a| a.name()) {
            Some(b"flush") => flush = true,
            Some(b"info") => info = true,
            _ => return badarg(),
        }
    }
    let id = boxed::ref_value(a[0]);
    let removed = signals::remove_monitor(ctx.vm, id, ctx.p.pid);
    let mut flushed = false;
    if flush {
        let p: &mut Process = ctx.p;
        p.take_inbox();
        let mut i = 0;
        while i < p.mailbox.len() {
            if is_down_for(p.mailbox[i], id) {
                p.mailbox.remove(i);
                flushed = true;
                if i < p.recv_next {
                    p.recv_next -= 1;
                }
            } else {
                i += 1;
            }
        }
    }
    if info {
        // With `flush`, OTP answers false when the 'DOWN' had already come.
        Ok(Term::bool(removed && !(flush && flushed)))
    } else {
        Ok(Term::TRUE)
    }
}

// ---- process_info ----

/// What `process_info/1` lists (after `registered_name`, if any).
const DEFAULT_ITEMS: &[&str] = &[
    "current_function",
    "initial_call",
    "status",
    "message_queue_len",
    "links",
    "dictionary",
    "trap_exit",
    "error_handler",
    "priority",
    "group_leader",
    "total_heap_size",
    "heap_size",
    "stack_size",
    "reductions",
    "garbage_collection",
    "suspending",
];

/// Data read from the inspected process before anything is built on the
/// caller's heap (the inspected process may be the caller).
enum Raw {
    /// An immediate, or a term already on the caller's heap.
    Term(Term),
    /// Terms on the inspected process's heap, to be copied (if it is
    /// another process) into a list.
    List(Vec<Term>),
    /// `[{K, V}]` from the inspected heap.
    Pairs(Vec<(Term, Term)>),
    /// `{M, F, A}` with atoms.
    Mfa(Atom, Atom, u32),
    Atom(&'static str),
    Int(u64),
    /// `registered_name` of an unregistered process: `[]` alone, `{registered_name, []}` in a list.
    NoName,
    /// `garbage_collection`: the settings and the count of collections.
    Gc(usize, Tuning),
    MaxHeap(Tuning),
    Monitors(Vec<signals::MonitorInfo>),
}

fn read_item(ctx: &Ctx, q: &Process, is_self: bool, item: &[u8]) -> Option<Raw> {
    Some(match item {
        b"current_function" => {
            if is_self {
                Raw::Mfa(am::ERLANG, Atom::from_str("process_info"), 2)
            } else if q.resume.module == ENTER_HIBERNATED {
                Raw::Mfa(am::ERLANG, Atom::from_str("hibernate"), 3)
            } else if q.resume.module == ENTER_EXPORT {
                // Not started yet: the function it will call.
                match ctx.vm.code.exports.get(q.resume.ip as usize) {
                    Some(e) => Raw::Mfa(e.module, e.function, e.arity),
                    None => Raw::Atom("undefined"),
                }
            } else {
                match ctx.vm.code.modules.get(q.resume.module as usize) {
                    Some(m) => match m.function_at(q.resume.ip) {
                        Some((f, a)) => Raw::Mfa(m.name, f, a),
                        None => Raw::Atom("undefined"),
                    },
                    None => Raw::Atom("undefined"),
                }
            }
        }
        b"initial_call" => match (q.initial_call.0.as_atom(), q.initial_call.1.as_atom()) {
            (Some(m), Some(f)) => Raw::Mfa(m, f, q.initial_call.2),
            _ => Raw::Atom("undefined"),
        },
        b"status" => Raw::Atom(if is_self {
            "running"
        } else {
            match q.status {
                Status::Runnable => "runnable",
                Status::Waiting => "waiting",
                Status::Exiting => "exiting",
            }
        }),
        b"message_queue_len" => Raw::Int((q.mailbox.len() + q.inbox.len()) as u64),
        b"messages" => {
            let mut v: Vec<Term> = q.mailbox.iter().copied().collect();
            v.extend(q.inbox.iter().map(|(t, _)| *t));
            Raw::List(v)
        }
        b"links" => pids_raw(&q.links),
        b"dictionary" => Raw::Pairs(q.dict.chunks_exact(2).map(|c| (c[0], c[1])).collect()),
        b"trap_exit" => Raw::Term(Term::bool(q.trap_exit)),
        b"error_handler" => Raw::Atom("error_handler"),
        b"priority" => Raw::Term(q.priority),
        b"group_leader" => Raw::Term(q.group_leader),
        // A heap is never reported below its minimum size (a fresh one
        // has not allocated its block yet).
        b"total_heap_size" => Raw::Int(
            q.heap
                .capacity_words()
                .max(q.heap.used_words())
                .max(q.tuning.min_heap_size as usize) as u64,
        ),
        b"heap_size" => {
            Raw::Int(q.heap.capacity_words().max(q.tuning.min_heap_size as usize) as u64)
        }
        b"stack_size" => Raw::Int((q.stack.len() + q.frames.len()) as u64),
        b"reductions" => Raw::Int(q.reductions),
        b"memory" => Raw::Int(
            ((q.heap.capacity_words().max(q.heap.used_words()) + q.stack.len() + 64)
                * crate::term::WORD_BYTES) as u64,
        ),
        b"garbage_collection" => Raw::Gc(q.heap.gc_count, q.tuning),
        b"suspending" | b"binary" | b"sequential_trace_token" => Raw::Term(Term::NIL),
        b"registered_name" => match ctx.vm.registered.iter().find(|(_, &p)| p == q.pid) {
            Some((&n, _)) => Raw::Term(Term::atom(n)),
            None => Raw::NoName,
        },
        b"monitors" => Raw::Monitors(signals::monitors_of(ctx.vm, q.pid).0),
        b"monitored_by" => {
            let by = signals::monitors_of(ctx.vm, q.pid).1;
            pids_raw(&by)
        }
        b"min_heap_size" => Raw::Int(q.tuning.min_heap_size as u64),
        b"min_bin_vheap_size" => Raw::Int(q.tuning.min_bin_vheap_size as u64),
        b"fullsweep_after" => Raw::Int(q.tuning.fullsweep_after as u64),
        b"max_heap_size" => Raw::MaxHeap(q.tuning),
        b"message_queue_data" => Raw::Atom(msgq_name(q.tuning.off_heap_msgq)),
        b"trace" | b"catchlevel" => Raw::Int(0),
        b"last_calls" => Raw::Term(Term::FALSE),
        // Built by `info_item` itself; listed so item checks accept them.
        b"current_stacktrace" | b"current_location" => Raw::Term(Term::NIL),
        _ => return None,
    })
}

/// A list of pids (immediates: copying them is free).
fn pids_raw(pids: &[usize]) -> Raw {
    Raw::List(pids.iter().map(|&p| Term::pid(p)).collect())
}

/// Builds the value on the caller's heap; `copy` when the data came from
/// another process's heap.
fn build_raw(ctx: &mut Ctx, raw: Raw, copy: bool) -> Term {
    let h = &mut ctx.p.heap;
    let cp = |h: &mut crate::heap::Heap, t: Term| if copy { copy_to_heap(h, t) } else { t };
    match raw {
        Raw::Term(t) => cp(h, t),
        Raw::List(v) => {
            let v: Vec<Term> = v.into_iter().map(|t| cp(h, t)).collect();
            h.list(&v)
        }
        Raw::Pairs(v) => {
            let mut out = Vec::with_capacity(v.len());
            for (k, val) in v {
                let k = cp(h, k);
                let val = cp(h, val);
                out.push(h.tuple(&[k, val]));
            }
            h.list(&out)
        }
        Raw::Mfa(m, f, a) => h.tuple(&[Term::atom(m), Term::atom(f), Term::small(a as isize)]),
        Raw::Atom(s) => Term::atom(Atom::from_str(s)),
        Raw::Int(i) => h.uint(i),
        Raw::NoName => Term::NIL,
        Raw::Gc(n, t) => {
            let at = |s: &str| Term::atom(Atom::from_str(s));
            let mh = max_heap_map(h, &t);
            let mut v = alloc::vec![h.tuple(&[at("max_heap_size"), mh])];
            let items = [
                ("min_bin_vheap_size", t.min_bin_vheap_size as usize),
                ("min_heap_size", t.min_heap_size as usize),
                ("fullsweep_after", t.fullsweep_after as usize),
                ("minor_gcs", n),
            ];
            for (k, val) in items {
                let val = h.uint(val as u64);
                v.push(h.tuple(&[at(k), val]));
            }
            h.list(&v)
        }
        Raw::MaxHeap(t) => max_heap_map(h, &t),
        Raw::Monitors(v) => {
            let mut out = Vec::new();
            for (_, pid, name) in v {
                let item = match name {
                    Some(n) => h.tuple(&[Term::atom(n), Term::atom(am::NONODE)]),
                    None => Term::pid(pid),
                };
                out.push(h.tuple(&[Term::atom(am::PROCESS), item]));
            }
            h.list(&out)
        }
    }
}

/// `{Item, Value}` for process `pid` (alive), or `None` for a bad item.
/// With `alone`, an unregistered `registered_name` is just `[]`.
fn info_item(ctx: &mut Ctx, pid: usize, item: Term, alone: bool) -> Result<Term, Exc> {
    let Some(a) = item.as_atom() else {
        return badarg();
    };
    let is_self = pid == ctx.p.pid;
    if let b"current_stacktrace" | b"current_location" = a.name() {
        let Some(tr) = stacktrace(ctx, pid) else {
            return badarg();
        };
        let v = if a.name() == b"current_stacktrace" {
            tr
        } else if let Some((h, _)) = tr.as_cons() {
            h
        } else {
            entry_location(ctx, pid)
        };
        return Ok(pair(&mut ctx.p.heap, item, v));
    }
    let raw = if is_self {
        read_item(ctx, &*ctx.p, true, a.name())
    } else {
        match ctx.vm.procs.get(pid) {
            Some(Some(q)) => read_item(ctx, q, false, a.name()),
            _ => return badarg(),
        }
    };
    let Some(raw) = raw else {
        return badarg();
    };
    if alone && matches!(raw, Raw::NoName) {
        return Ok(Term::NIL);
    }
    let v = build_raw(ctx, raw, !is_self);
    Ok(pair(&mut ctx.p.heap, item, v))
}

/// `current_location` of a process with no stack trace: one asleep in
/// `erlang:hibernate/3` is there, one not started yet is at its function.
fn entry_location(ctx: &mut Ctx, pid: usize) -> Term {
    let mfa = match ctx.vm.procs.get(pid) {
        Some(Some(q)) if pid != ctx.p.pid => read_item(ctx, q, false, b"current_function"),
        _ => None,
    };
    match mfa {
        Some(Raw::Mfa(m, f, a)) => ctx.p.heap.tuple(&[
            Term::atom(m),
            Term::atom(f),
            Term::small(a as isize),
            Term::NIL,
        ]),
        _ => Term::atom(am::UNDEFINED),
    }
}

/// The stack trace of process `pid` (alive) on the caller's heap. For the
/// caller itself the current function is not known to a BIF, so the trace
/// starts at its callers' frames.
fn stacktrace(ctx: &mut Ctx, pid: usize) -> Option<Term> {
    if pid == ctx.p.pid {
        let nowhere = CodePtr {
            module: u32::MAX,
            ip: 0,
        };
        return Some(trace::build(ctx.vm, ctx.p, nowhere, trace::Top::Current));
    }
    // Built on the inspected process's heap (it is not running), then copied.
    let mut q = ctx.vm.procs.get_mut(pid)?.take()?;
    let at = if q.resume.module >= ENTER_HIBERNATED {
        EXIT_CP // not in any code: asleep, or not started
    } else {
        q.resume
    };
    let t = trace::build(ctx.vm, &mut q, at, trace::Top::Current);
    let c = copy_to_heap(&mut ctx.p.heap, t);
    ctx.vm.procs[pid] = Some(q);
    Some(c)
}

fn process_info_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = pid_arg(a[0])?;
    if !alive(ctx, pid) {
        return Ok(Term::atom(am::UNDEFINED));
    }
    let mut out = Vec::new();
    let named = ctx.vm.registered.values().any(|&p| p == pid);
    if named {
        out.push(info_item(
            ctx,
            pid,
            Term::atom(Atom::from_str("registered_name")),
            false,
        )?);
    }
    for name in DEFAULT_ITEMS {
        out.push(info_item(
            ctx,
            pid,
            Term::atom(Atom::from_str(name)),
            false,
        )?);
    }
    Ok(ctx.p.heap.list(&out))
}

fn process_info_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = pid_arg(a[0])?;
    let spec = a[1];
    let items = if spec.is_atom() {
        None
    } else {
        match list_to_vec(spec) {
            Some(v) if v.iter().all(|t| t.is_atom()) => Some(v),
            _ => return badarg(),
        }
    };
    if !alive(ctx, pid) {
        // Still a badarg for an unknown item, as OTP checks items first.
        let probe_ok = |t: Term| {
            let n = t.atom_value().name();
            read_item(ctx, &Process::new(usize::MAX), false, n).is_some()
        };
        let ok = match &items {
            None => probe_ok(spec),
            Some(v) => v.iter().all(|&t| probe_ok(t)),
        };
        return if ok {
            Ok(Term::atom(am::UNDEFINED))
        } else {
            badarg()
        };
    }
    match items {
        None => info_item(ctx, pid, spec, true),
        Some(v) => {
            let mut out = Vec::with_capacity(v.len());
            for t in v {
                out.push(info_item(ctx, pid, t, false)?);
            }
            Ok(ctx.p.heap.list(&out))
        }
    }
}

/// Collects the calling process. A BIF is called with no live X register
/// but its arguments (whose values it no longer needs), so only the other
/// roots are kept. Like any collection this may find the process over its
/// `max_heap_size`, and kill it.
fn collect_self(ctx: &mut Ctx) -> Result<(), Exc> {
    ctx.p.gc(0, &mut []);
    if ctx.p.tuning.max_heap_size != 0 && crate::interp::exec::over_max_heap(ctx.vm, ctx.p) {
        return Err(Exc::Terminate(Term::atom(am::KILLED)));
    }
    Ok(())
}

/// Collects process `pid`, which is switched out: its live registers are
/// the saved ones. Whether it was alive.
fn collect(ctx: &mut Ctx, pid: usize) -> Result<bool, Exc> {
    if pid == ctx.p.pid {
        collect_self(ctx)?;
        return Ok(true);
    }
    match ctx.vm.procs.get_mut(pid) {
        Some(Some(q)) => {
            let mut regs = core::mem::take(&mut q.saved_x);
            q.gc(0, &mut regs);
            q.saved_x = regs;
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn garbage_collect_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    collect_self(ctx)?;
    Ok(Term::TRUE)
}

fn garbage_collect_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = pid_arg(a[0])?;
    Ok(Term::bool(collect(ctx, pid)?))
}

/// `garbage_collect(Pid, [{async, ReqId} | {type, major | minor}])`: with
/// `async` the answer comes as `{garbage_collect, ReqId, Result}`.
fn garbage_collect_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = pid_arg(a[0])?;
    let Some(opts) = list_to_vec(a[1]) else {
        return badarg();
    };
    let mut req = None;
    for o in opts {
        match o.as_tuple() {
            Some([k, v]) if k.is_atom() => match k.atom_value().name() {
                b"async" => req = Some(*v),
                b"type" if matches!(v.as_atom().map(|t| t.name()), Some(b"major" | b"minor")) => {}
                _ => return badarg(),
            },
            _ => return badarg(),
        }
    }
    let alive = collect(ctx, pid)?;
    match req {
        None => Ok(Term::bool(alive)),
        Some(id) => {
            let tag = Term::atom(Atom::from_str("garbage_collect"));
            let m = ctx.p.heap.tuple(&[tag, id, Term::bool(alive)]);
            ctx.p.mailbox.push_back(m);
            Ok(Term::atom(Atom::from_str("async")))
        }
    }
}

fn yield_0(_: &mut Ctx, _: &[Term]) -> BifResult {
    Err(Exc::Yield(Term::TRUE))
}

fn bump_reductions(_: &mut Ctx, a: &[Term]) -> BifResult {
    let nonneg = match a[0].as_small() {
        Some(n) => n >= 0,
        None => a[0].is_bignum() && !crate::term::integer::is_negative(a[0]),
    };
    if !nonneg {
        return badarg();
    }
    Ok(Term::TRUE)
}

/// `erlang:hibernate(M, F, Args)`: the stack is discarded and the process
/// sleeps until a message comes (at once if one is queued), then calls
/// `M:F(Args...)`; when that returns, the process ends. Sleeping, it is
/// `waiting` in `{erlang, hibernate, 3}` with its heap collected down to its
/// live data (mailbox, dictionary, the call's arguments). Links, monitors
/// and the dictionary are kept.
fn hibernate(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let m = atom_arg(a[0])?;
    let f = atom_arg(a[1])?;
    // (OTP would sleep with more arguments and fail to call on waking.)
    let Some(args) = list_to_vec(a[2]).filter(|v| v.len() <= 255) else {
        return badarg();
    };
    let export = ctx.vm.code.export(m, f, args.len() as u32);
    let p = &mut *ctx.p;
    p.stack.clear();
    p.frames.clear();
    p.frames.push(Frame {
        ret: EXIT_CP,
        ybase: 0,
    });
    p.saved_x.clear();
    p.saved_x.extend_from_slice(&args);
    p.resume = CodePtr {
        module: ENTER_HIBERNATED,
        ip: export,
    };
    p.recv_next = 0;
    p.timeout_at = None;
    p.timed_out = false;
    p.take_inbox();
    if p.mailbox.is_empty() {
        let mut regs = core::mem::take(&mut p.saved_x);
        p.gc(0, &mut regs);
        p.saved_x = regs;
    }
    Err(Exc::Hibernate)
}

/// Not a distributed node.
fn is_alive(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(Term::FALSE)
}

fn nodes(_: &mut Ctx, a: &[Term]) -> BifResult {
    if let Some(&t) = a.first() {
        if !t.is_atom() && !t.is_proper_list() {
            return badarg();
        }
    }
    Ok(Term::NIL)
}

/// `monitor_node/2,3`: this node is not distributed, so asking for a
/// node monitor raises `notalive`, as OTP does on a non-distributed node.
fn monitor_node(_: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_atom() || !a[1].is_boolean() {
        return badarg();
    }
    if a.len() == 3 && !a[2].is_proper_list() {
        return badarg();
    }
    if a[1] == Term::TRUE {
        return Err(Exc::atom(Atom::from_str("notalive")));
    }
    Ok(Term::TRUE)
}

fn get_cookie(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(Term::atom(Atom::from_str("nocookie")))
}

/// The text of a character list, if it is one.
fn list_text(t: Term) -> Option<alloc::string::String> {
    let mut s = alloc::string::String::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        let c = char::from_u32(u32::try_from(h.as_small()?).ok()?)?;
        s.push(c);
        l = tl;
    }
    if l.is_nil() {
        Some(s)
    } else {
        None
    }
}

/// The numbers of `<prefix>A.B...<suffix>` text, e.g. `"<0.5.0>"`.
pub(crate) fn dotted(s: &str, prefix: &str, count: usize) -> Option<Vec<u64>> {
    let inner = s.strip_prefix(prefix)?.strip_suffix('>')?;
    let parts: Vec<&str> = inner.split('.').collect();
    if parts.len() != count {
        return None;
    }
    let mut out = Vec::with_capacity(count);
    for p in parts {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        out.push(p.parse::<u64>().ok()?);
    }
    Some(out)
}

/// `"<0.N.S>"` (as `pid_to_list/1` writes pids) to a local pid.
fn list_to_pid(_: &mut Ctx, a: &[Term]) -> BifResult {
    let s = list_text(a[0]);
    match s.as_deref().and_then(|s| dotted(s, "<", 3)) {
        Some(v) if v[0] == 0 && v[1] <= u32::MAX as u64 && v[2] <= 0x0FFF_FFFF => {
            Ok(Term::pid((v[1] | (v[2] << 32)) as usize))
        }
        _ => badarg(),
    }
}

/// `"#Ref<0.0.H.L>"` (as `ref_to_list/1` writes refs) to a reference.
fn list_to_ref(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let s = list_text(a[0]);
    match s.as_deref().and_then(|s| dotted(s, "#Ref<", 4)) {
        Some(v) if v[0] == 0 && v[2] <= u32::MAX as u64 && v[3] <= u32::MAX as u64 => {
            Ok(ctx.p.heap.reference((v[2] << 32) | v[3]))
        }
        _ => badarg(),
    }
}

/// `"#Port<0.N>"` to a port identifier.
fn list_to_port(_: &mut Ctx, a: &[Term]) -> BifResult {
    let s = list_text(a[0]);
    match s.as_deref().and_then(|s| dotted(s, "#Port<", 2)) {
        Some(v) if v[0] == 0 && v[1] <= u32::MAX as u64 => Ok(Term::port(v[1] as usize)),
        _ => badarg(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_text() {
        assert_eq!(dotted("<0.5.0>", "<", 3), Some(alloc::vec![0, 5, 0]));
        assert_eq!(
            dotted("#Ref<0.0.1.2>", "#Ref<", 4),
            Some(alloc::vec![0, 0, 1, 2])
        );
        assert_eq!(dotted("<0.5>", "<", 3), None);
        assert_eq!(dotted("<0.x.0>", "<", 3), None);
        assert_eq!(dotted("<0..0>", "<", 3), None);
        assert_eq!(dotted("0.5.0>", "<", 3), None);
    }

    #[test]
    fn spawn_options() {
        let mut h = crate::heap::Heap::default();
        let l = h.list(&[
            Term::atom(Atom::from_str("link")),
            Term::atom(Atom::from_str("monitor")),
        ]);
        let o = parse_spawn_opts(l).unwrap();
        assert!(o.link && o.monitor);
        let bad = h.list(&[Term::atom(Atom::from_str("bogus"))]);
        assert!(parse_spawn_opts(bad).is_err());
        let pr = h.tuple(&[
            Term::atom(Atom::from_str("priority")),
            Term::atom(Atom::from_str("high")),
        ]);
        let l = h.list(&[pr]);
        assert!(parse_spawn_opts(l).is_ok());
    }
}
