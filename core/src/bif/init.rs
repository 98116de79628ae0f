//! `init` and `os` without an `init` process: `init:stop/0,1`, the
//! program's arguments (`get_plain_arguments/0`, `get_argument/1`,
//! `get_arguments/0`), the few other `init` queries OTP's libraries make,
//! and the environment (`os:getenv/1`, `os:env/0`, `os:putenv/2`,
//! `os:unsetenv/1`).
//!
//! `init:stop(Status)` ends the VM with `Status` as `halt/1` does, but
//! returns `ok` first as OTP's does (OTP's init then takes the system
//! down in order, which takes a while): the VM runs on until no process is
//! ready or for at most [`STOP_ROUNDS`] scheduler rounds, so that the
//! caller's and the I/O servers' work in flight ends, then sets
//! [`Vm::halted`](crate::vm::Vm::halted). Applications are not stopped one
//! by one.
//!
//! The environment is the host's ([`crate::host::Host::getenv`]) with this
//! VM's `putenv`/`unsetenv` changes on top (the host's own environment is
//! left alone).

use super::erlang::{list_to_vec, pair, sys};
use super::{badarg, BifResult, Ctx};
use crate::atom::{am, Atom};
use crate::code::CodeServer;
use crate::term::Term;
use alloc::string::String;
use alloc::vec::Vec;

/// Scheduler rounds `init:stop/1` lets run before the VM halts.
pub const STOP_ROUNDS: u32 = 1000;

/// What the host set up for `init` to report, and the environment changes.
#[derive(Default)]
pub(crate) struct InitState {
    /// The program's arguments (`init:get_plain_arguments/0`).
    pub(crate) plain_args: Vec<String>,
    /// An `init:stop/1` in progress: how the VM will halt, and the rounds
    /// left before it does.
    pub(crate) stopping: Option<(sys::Halt, u32)>,
    /// `os:putenv/2` (`Some`) and `os:unsetenv/1` (`None`), latest last.
    env: Vec<(String, Option<String>)>,
}

pub fn register(c: &mut CodeServer) {
    super::register_table(
        c,
        &[
            ("init", "stop", 0, stop_0),
            ("init", "stop", 1, stop_1),
            ("init", "get_plain_arguments", 0, get_plain_arguments),
            ("init", "get_arguments", 0, get_arguments),
            ("init", "get_argument", 1, get_argument),
            ("init", "objfile_extension", 0, objfile_extension),
            ("init", "archive_extension", 0, archive_extension),
            ("init", "code_path_choice", 0, code_path_choice),
            ("init", "get_status", 0, get_status),
            ("init", "notify_when_started", 1, notify_when_started),
            ("init", "wait_until_started", 0, ok_0),
            ("os", "getenv", 1, getenv),
            ("os", "env", 0, env),
            ("os", "putenv", 2, putenv),
            ("os", "unsetenv", 1, unsetenv),
        ],
    );
}

fn at(s: &str) -> Term {
    Term::atom(Atom::from_str(s))
}

fn stop_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    stop_1(ctx, &[Term::small(0)])
}

/// `init:stop(Status)`: a non-negative integer, or a string of bytes (a
/// slogan, as `halt/1` takes).
fn stop_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let s = a[0];
    let ok = if s.is_integer() {
        !crate::term::integer::is_negative(s)
    } else {
        list_to_vec(s).is_some_and(|l| {
            l.iter()
                .all(|c| c.as_small().is_some_and(|c| (0..256).contains(&c)))
        })
    };
    if !ok {
        return badarg();
    }
    let init = &mut ctx.vm.bifs.init;
    if init.stopping.is_none() {
        init.stopping = Some((sys::halt_of(s), STOP_ROUNDS));
    }
    Ok(Term::atom(am::OK))
}

/// After each scheduler round: halts the VM when an `init:stop/1` is due.
pub(crate) fn after_round(vm: &mut crate::vm::Vm) {
    if vm.bifs.init.stopping.is_none() {
        return;
    }
    let ready = vm.has_ready();
    let Some((_, left)) = &mut vm.bifs.init.stopping else {
        return;
    };
    if *left > 0 && ready {
        *left -= 1;
        return;
    }
    if vm.halted.is_none() {
        vm.halted = vm.bifs.init.stopping.take().map(|(h, _)| h);
    }
}

/// A string argument (a proper list of character codes).
fn string_arg(t: Term) -> Option<String> {
    let mut s = String::new();
    for c in list_to_vec(t)? {
        s.push(char::from_u32(u32::try_from(c.as_small()?).ok()?)?);
    }
    Some(s)
}

fn strings(ctx: &mut Ctx, v: &[String]) -> Term {
    let h = &mut ctx.p.heap;
    let l: Vec<Term> = v.iter().map(|s| h.str_list(s)).collect();
    h.list(&l)
}

fn get_plain_arguments(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let args = ctx.vm.bifs.init.plain_args.clone();
    Ok(strings(ctx, &args))
}

/// The flags `erl` would have: `root` (the OTP installation of the code
/// path), `progname` and `home`.
fn flags(ctx: &mut Ctx) -> Vec<(&'static str, String)> {
    let mut v = alloc::vec![
        ("root", super::code_path::root_dir(ctx.vm)),
        ("progname", String::from("beamr")),
    ];
    if let Some(h) = current_env(ctx, "HOME") {
        v.push(("home", h));
    }
    v
}

fn get_arguments(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let fl = flags(ctx);
    let mut items = Vec::new();
    for (k, v) in fl {
        let s = ctx.p.heap.str_list(&v);
        let vals = ctx.p.heap.list(&[s]);
        items.push(pair(&mut ctx.p.heap, at(k), vals));
    }
    Ok(ctx.p.heap.list(&items))
}

/// `{ok, [[Value]]}` for a flag `erl` would have, else `error`.
fn get_argument(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(flag) = a[0].as_atom() else {
        return badarg();
    };
    let fl = flags(ctx);
    match fl.into_iter().find(|(k, _)| k.as_bytes() == flag.name()) {
        Some((_, v)) => {
            let s = ctx.p.heap.str_list(&v);
            let inner = ctx.p.heap.list(&[s]);
            let outer = ctx.p.heap.list(&[inner]);
            Ok(pair(&mut ctx.p.heap, Term::atom(am::OK), outer))
        }
        None => Ok(Term::atom(am::ERROR)),
    }
}

fn objfile_extension(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(ctx.p.heap.str_list(".beam"))
}

fn archive_extension(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(ctx.p.heap.str_list(".ez"))
}

fn code_path_choice(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(at("relaxed"))
}

fn get_status(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let started = at("started");
    Ok(pair(&mut ctx.p.heap, started, started))
}

fn notify_when_started(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(at("started"))
}

fn ok_0(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(Term::atom(am::OK))
}

// ---- environment ----

/// A variable as the program sees it: its own changes, else the host's.
fn current_env(ctx: &mut Ctx, name: &str) -> Option<String> {
    match ctx.vm.bifs.init.env.iter().rev().find(|(k, _)| k == name) {
        Some((_, v)) => v.clone(),
        None => ctx.vm.host.getenv(name),
    }
}

/// A variable name: a string without `=` or NUL (OTP's check).
fn name_arg(t: Term) -> Result<String, super::Exc> {
    match string_arg(t) {
        Some(s) if !s.contains('\0') => Ok(s),
        _ => badarg(),
    }
}

fn getenv(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let name = name_arg(a[0])?;
    Ok(match current_env(ctx, &name) {
        Some(v) => ctx.p.heap.str_list(&v),
        None => Term::FALSE,
    })
}

fn env(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let mut vars = ctx.vm.host.environ();
    for (k, v) in ctx.vm.bifs.init.env.clone() {
        vars.retain(|(name, _)| *name != k);
        if let Some(v) = v {
            vars.push((k, v));
        }
    }
    let mut items = Vec::with_capacity(vars.len());
    for (k, v) in vars {
        let k = ctx.p.heap.str_list(&k);
        let v = ctx.p.heap.str_list(&v);
        items.push(pair(&mut ctx.p.heap, k, v));
    }
    Ok(ctx.p.heap.list(&items))
}

fn putenv(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let name = name_arg(a[0])?;
    let Some(value) = string_arg(a[1]).filter(|v| !v.contains('\0')) else {
        return badarg();
    };
    if name.is_empty() || name.contains('=') {
        return badarg();
    }
    ctx.vm.bifs.init.env.push((name, Some(value)));
    Ok(Term::TRUE)
}

fn unsetenv(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let name = name_arg(a[0])?;
    ctx.vm.bifs.init.env.push((name, None));
    Ok(Term::TRUE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bif::convert::testkit::Rig;

    #[test]
    fn arguments_and_stop() {
        let mut r = Rig::new();
        assert_eq!(r.call_in("init", "get_plain_arguments", &[]), "ok []");
        r.vm.set_plain_arguments(&[String::from("a b"), String::from("c")]);
        let args = r.call_in("init", "get_plain_arguments", &[]);
        assert_eq!(args, "ok [[97,32,98],[99]]");
        let root = r.call_in("init", "get_argument", &[at("root")]);
        assert_eq!(root, "ok {ok,[[[47]]]}");
        let nope = r.call_in("init", "get_argument", &[at("nope")]);
        assert_eq!(nope, "ok error");
        let bad = r.call_in("init", "stop", &[Term::small(-1)]);
        assert_eq!(bad, "error badarg");
        assert_eq!(r.vm.take_stop(), None);
        assert_eq!(r.call_in("init", "stop", &[Term::small(3)]), "ok ok");
        assert!(r.vm.halted.is_none());
        after_round(&mut r.vm);
        assert_eq!(r.vm.halted, Some(sys::Halt::Status(3)));
        let slogan = r.p.heap.str_list("bye");
        assert_eq!(r.call_in("init", "stop", &[slogan]), "ok ok");
        let bye = Some(sys::Halt::Slogan(String::from("bye")));
        assert_eq!(r.vm.take_stop(), bye);
    }

    #[test]
    fn environment() {
        let mut r = Rig::new();
        let k = r.p.heap.str_list("BEAMR_T");
        let v = r.p.heap.str_list("1");
        assert_eq!(r.call_in("os", "getenv", &[k]), "ok false");
        assert_eq!(r.call_in("os", "putenv", &[k, v]), "ok true");
        assert_eq!(r.call_in("os", "getenv", &[k]), "ok [49]");
        let all = r.call_in("os", "env", &[]);
        assert_eq!(all, "ok [{[66,69,65,77,82,95,84],[49]}]");
        assert_eq!(r.call_in("os", "unsetenv", &[k]), "ok true");
        assert_eq!(r.call_in("os", "getenv", &[k]), "ok false");
        let bad = r.call_in("os", "getenv", &[Term::small(1)]);
        assert_eq!(bad, "error badarg");
    }
}
