//! The host-facing end of I/O and the few process BIFs the I/O protocol
//! needs before the full process model exists (issue 3): monitors that only
//! report `noproc` for dead processes.

use super::{badarg, BifResult, Ctx};
use crate::atom::{am, Atom};
use crate::code::CodeServer;
use crate::term::Term;

pub fn register(c: &mut CodeServer) {
    c.register_bif("beamr_io", "write", 2, write);
    c.register_bif("io", "printable_range", 0, printable_range);
    c.register_bif("erlang", "monitor", 2, monitor);
    c.register_bif("erlang", "monitor", 3, monitor);
    c.register_bif("erlang", "demonitor", 1, demonitor);
    c.register_bif("erlang", "demonitor", 2, demonitor);
    c.register_bif("erlang", "pid_to_list", 1, pid_to_list);
    // A BIF in OTP (io:bc_req asks it of every I/O server pid).
    c.register_bif("net_kernel", "dflag_unicode_io", 1, dflag_unicode_io);
    c.register_bif("erlang", "ref_to_list", 1, ref_to_list);
    c.register_bif("erlang", "port_to_list", 1, port_to_list);
}

fn dflag_unicode_io(_ctx: &mut Ctx, _args: &[Term]) -> BifResult {
    Ok(Term::TRUE)
}

/// `erlang:pid_to_list/1`: `"<0.N.0>"`, as `~p` prints pids.
fn pid_to_list(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if !args[0].is_pid() {
        return badarg();
    }
    let s = alloc::format!("<0.{}.0>", args[0].pid_value());
    Ok(ctx.p.heap.str_list(&s))
}

fn ref_to_list(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if !args[0].is_ref() {
        return badarg();
    }
    let id = crate::term::boxed::ref_value(args[0]);
    let s = alloc::format!("#Ref<0.0.{}.{}>", id >> 32, id & 0xFFFF_FFFF);
    Ok(ctx.p.heap.str_list(&s))
}

fn port_to_list(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if !args[0].is_port() {
        return badarg();
    }
    let s = alloc::format!("#Port<0.{}>", args[0].port_value());
    Ok(ctx.p.heap.str_list(&s))
}

/// `beamr_io:write(Fd, Binary)`: bytes to the host's stdout (1) or stderr (2).
fn write(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let fd = match args[0].as_small() {
        Some(1) => 1,
        Some(2) => 2,
        _ => return badarg(),
    };
    let Some(bytes) = crate::term::binary::bytes(args[1]) else {
        return badarg();
    };
    ctx.vm.host.write(fd, bytes);
    Ok(Term::atom(am::OK))
}

fn printable_range(_ctx: &mut Ctx, _args: &[Term]) -> BifResult {
    Ok(Term::atom(am::LATIN1))
}

/// `erlang:monitor(process, Pid)`: a reference; a dead target gets its
/// `'DOWN'` message with reason `noproc` at once, as OTP.
fn monitor(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if args[0] != Term::atom(am::PROCESS) {
        return badarg();
    }
    let target = args[1];
    let pid = if target.is_pid() {
        Some(target.pid_value())
    } else if let Some(a) = target.as_atom() {
        ctx.vm.registered.get(&a).copied()
    } else {
        return badarg();
    };
    let id = ctx.vm.make_ref();
    let r = ctx.p.heap.reference(id);
    if !pid.is_some_and(|p| ctx.vm.is_alive(p) || p == ctx.p.pid) {
        let down = ctx.p.heap.tuple(&[
            Term::atom(am::DOWN),
            r,
            Term::atom(am::PROCESS),
            target,
            Term::atom(am::NOPROC),
        ]);
        ctx.p.mailbox.push_back(down);
    }
    Ok(r)
}

/// `erlang:demonitor/1,2`; with `[flush]` drops a queued `'DOWN'` for it.
fn demonitor(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let r = args[0];
    if !r.is_ref() {
        return badarg();
    }
    if args.len() == 2 {
        let mut l = args[1];
        let flush = Term::atom(Atom::from_str("flush"));
        while let Some((h, t)) = l.as_cons() {
            if h == flush {
                ctx.p.take_inbox();
                let id = crate::term::boxed::ref_value(r);
                ctx.p.mailbox.retain(|m| {
                    !m.as_tuple().is_some_and(|t| {
                        t.len() == 5
                            && t[0] == Term::atom(am::DOWN)
                            && t[1].is_ref()
                            && crate::term::boxed::ref_value(t[1]) == id
                    })
                });
            }
            l = t;
        }
    }
    Ok(Term::TRUE)
}
