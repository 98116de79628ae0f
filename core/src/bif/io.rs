//! The host-facing end of I/O, and small BIFs OTP's io modules need that
//! belong to no other group (pid/ref/port text, iovecs).

use super::{badarg, BifResult, Ctx};
use crate::atom::am;
use crate::code::CodeServer;
use crate::term::Term;

pub fn register(c: &mut CodeServer) {
    c.register_bif("beamr_io", "write", 2, write);
    c.register_bif("io", "printable_range", 0, printable_range);
    c.register_bif("erlang", "pid_to_list", 1, pid_to_list);
    // A BIF in OTP (io:bc_req asks it of every I/O server pid).
    c.register_bif("net_kernel", "dflag_unicode_io", 1, dflag_unicode_io);
    c.register_bif("erlang", "ref_to_list", 1, ref_to_list);
    c.register_bif("erlang", "port_to_list", 1, port_to_list);
    c.register_bif("erlang", "iolist_to_iovec", 1, iolist_to_iovec);
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

/// `erlang:iolist_to_iovec/1`: one binary holding the bytes (OTP may split
/// large binaries into several; the bytes are the same).
fn iolist_to_iovec(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match super::convert::iolist::to_bytes(args[0], true) {
        Ok(v) if v.is_empty() => Ok(Term::NIL),
        Ok(v) => {
            let b = ctx.p.heap.binary(&v);
            Ok(ctx.p.heap.cons(b, Term::NIL))
        }
        Err(_) => badarg(),
    }
}
