//! Time, `system_info/1`, `system_flag/2`, `statistics/1`, `display/1`,
//! `halt/0,1,2`, `unique_integer/0,1` and the dyntrace stubs.
//!
//! The native time unit is the nanosecond (as OTP on Linux). Monotonic time
//! is the host's monotonic clock as is (OTP's starts at a large negative
//! number; only differences are meaningful in either). There is no time
//! zone: local time is UTC.

use super::{atom_arg, list_to_vec};
use crate::atom::{am, Atom};
use crate::bif::{badarg, BifResult, Ctx, Exc};
use crate::code::CodeServer;
use crate::heap::Heap;
use crate::term::{integer, Term};
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;
use num_integer::Integer;

/// The OTP release this VM reports (`system_info(otp_release)`).
pub const OTP_RELEASE: &str = "25";
/// The ERTS version it reports (`system_info(version)`).
pub const ERTS_VERSION: &str = "13.1.5";
/// How `erlang:halt/0,1,2` asked the VM to stop. The halting process yields
/// at once and the scheduler runs nothing more; the host ends the OS
/// process (or the embedding) accordingly. Not an exception: `catch halt()`
/// must not survive it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Halt {
    /// An exit status (OTP keeps the low 8 bits on Unix).
    Status(u8),
    /// `halt(String)`: OTP writes a crash dump with this slogan; the status is 1.
    Slogan(String),
    /// `halt(abort)`: OTP aborts (core dump).
    Abort,
}

const NATIVE_HZ: u64 = 1_000_000_000;

pub fn register(c: &mut CodeServer) {
    c.register_bif("erlang", "monotonic_time", 0, monotonic_time_0);
    c.register_bif("erlang", "monotonic_time", 1, monotonic_time_1);
    c.register_bif("erlang", "system_time", 0, system_time_0);
    c.register_bif("erlang", "system_time", 1, system_time_1);
    c.register_bif("os", "system_time", 0, system_time_0);
    c.register_bif("os", "system_time", 1, system_time_1);
    c.register_bif("os", "perf_counter", 0, monotonic_time_0);
    c.register_bif("os", "perf_counter", 1, monotonic_time_1);
    c.register_bif("erlang", "time_offset", 0, time_offset_0);
    c.register_bif("erlang", "time_offset", 1, time_offset_1);
    c.register_bif("erlang", "convert_time_unit", 3, convert_time_unit);
    c.register_bif("erlang", "timestamp", 0, timestamp);
    c.register_bif("os", "timestamp", 0, timestamp);
    c.register_bif("erlang", "now", 0, now);
    c.register_bif("erlang", "universaltime", 0, universaltime);
    c.register_bif("erlang", "localtime", 0, universaltime);
    c.register_bif("erlang", "date", 0, date);
    c.register_bif("erlang", "time", 0, time);
    c.register_bif("erlang", "localtime_to_universaltime", 1, same_datetime);
    c.register_bif("erlang", "localtime_to_universaltime", 2, same_datetime);
    c.register_bif("erlang", "universaltime_to_localtime", 1, same_datetime);
    c.register_bif(
        "erlang",
        "universaltime_to_posixtime",
        1,
        universaltime_to_posixtime,
    );
    c.register_bif(
        "erlang",
        "posixtime_to_universaltime",
        1,
        posixtime_to_universaltime,
    );
    c.register_bif("erlang", "unique_integer", 0, unique_integer_0);
    c.register_bif("erlang", "unique_integer", 1, unique_integer_1);
    c.register_bif("erlang", "system_info", 1, system_info);
    c.register_bif("erlang", "system_flag", 2, system_flag);
    c.register_bif("erlang", "statistics", 1, statistics);
    c.register_bif("erlang", "display", 1, display);
    c.register_bif("erlang", "display_string", 1, display_string_1);
    c.register_bif("erlang", "display_string", 2, display_string_2);
    c.register_bif("erlang", "halt", 0, halt_0);
    c.register_bif("erlang", "halt", 1, halt_1);
    c.register_bif("erlang", "halt", 2, halt_2);
    c.register_bif("erlang", "dt_get_tag", 0, undefined_0);
    c.register_bif("erlang", "dt_get_tag_data", 0, undefined_0);
    c.register_bif("erlang", "dt_put_tag", 1, undefined_0);
    c.register_bif("erlang", "dt_spread_tag", 1, dt_spread_tag);
    c.register_bif("erlang", "dt_restore_tag", 1, true_0);
    c.register_bif("erlang", "dt_prepend_vm_tag_data", 1, identity);
    c.register_bif("erlang", "dt_append_vm_tag_data", 1, identity);
}

#[derive(Default)]
pub(crate) struct Stats {
    /// Monotonic ns when statistics were first asked for.
    start: Option<u64>,
    last_runtime: u64,
    last_wall: u64,
    last_reds: u64,
    /// Last `erlang:now/0` (µs), which must strictly increase.
    last_now: u64,
}

/// Runs `f` on `vm`'s statistics baselines.
fn with_stats<R>(vm: &mut crate::vm::Vm, f: impl FnOnce(&mut Stats) -> R) -> R {
    f(&mut vm.bifs.stats)
}

// ---- time units ----

/// Ticks per second of a time unit (atom or positive integer), as OTP.
pub fn unit_hz(t: Term) -> Option<u64> {
    if let Some(n) = t.as_small() {
        return if n > 0 { Some(n as u64) } else { None };
    }
    Some(match t.as_atom()?.name() {
        b"second" | b"seconds" => 1,
        b"millisecond" | b"milli_seconds" => 1_000,
        b"microsecond" | b"micro_seconds" => 1_000_000,
        b"nanosecond" | b"nano_seconds" | b"native" | b"perf_counter" => NATIVE_HZ,
        _ => return None,
    })
}

/// `floor(v * to / from)`, as `erlang:convert_time_unit/3` rounds.
pub fn convert(v: &BigInt, from_hz: u64, to_hz: u64) -> BigInt {
    (v * BigInt::from(to_hz)).div_floor(&BigInt::from(from_hz))
}

/// `floor(v * to / from)` for machine integers.
pub fn convert_i128(v: i128, from_hz: u64, to_hz: u64) -> i128 {
    (v * to_hz as i128).div_euclid(from_hz as i128)
}

fn time_in(h: &mut Heap, ns: i128, unit: Term) -> BifResult {
    let Some(hz) = unit_hz(unit) else {
        return badarg();
    };
    Ok(h.int128(convert_i128(ns, NATIVE_HZ, hz)))
}

fn monotonic_ns(ctx: &mut Ctx) -> i128 {
    ctx.vm.host.monotonic_ns() as i128
}
fn system_ns(ctx: &mut Ctx) -> i128 {
    ctx.vm.host.system_ns() as i128
}

fn monotonic_time_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let t = monotonic_ns(ctx);
    Ok(ctx.p.heap.int128(t))
}
fn monotonic_time_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let t = monotonic_ns(ctx);
    time_in(&mut ctx.p.heap, t, a[0])
}
fn system_time_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let t = system_ns(ctx);
    Ok(ctx.p.heap.int128(t))
}
fn system_time_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let t = system_ns(ctx);
    time_in(&mut ctx.p.heap, t, a[0])
}
fn time_offset_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let t = system_ns(ctx) - monotonic_ns(ctx);
    Ok(ctx.p.heap.int128(t))
}
fn time_offset_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let t = system_ns(ctx) - monotonic_ns(ctx);
    time_in(&mut ctx.p.heap, t, a[0])
}

fn convert_time_unit(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let (Some(from), Some(to)) = (unit_hz(a[1]), unit_hz(a[2])) else {
        return badarg();
    };
    if let Some(v) = integer::to_i64(a[0]) {
        return Ok(ctx.p.heap.int128(convert_i128(v as i128, from, to)));
    }
    let Some(v) = integer::to_bigint(a[0]) else {
        return badarg();
    };
    Ok(ctx.p.heap.bigint(&convert(&v, from, to)))
}

/// `{MegaSecs, Secs, MicroSecs}` of `us` microseconds.
fn timestamp_term(h: &mut Heap, us: u64) -> Term {
    let (mega, sec, micro) = (
        us / 1_000_000_000_000,
        (us / 1_000_000) % 1_000_000,
        us % 1_000_000,
    );
    let (a, b, c) = (h.uint(mega), h.uint(sec), h.uint(micro));
    h.tuple(&[a, b, c])
}

fn timestamp(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let us = ctx.vm.host.system_ns() / 1_000;
    Ok(timestamp_term(&mut ctx.p.heap, us))
}

/// `erlang:now/0`: a timestamp that is unique and increasing per VM.
fn now(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let mut us = ctx.vm.host.system_ns() / 1_000;
    with_stats(ctx.vm, |s| {
        if us <= s.last_now {
            us = s.last_now + 1;
        }
        s.last_now = us;
    });
    Ok(timestamp_term(&mut ctx.p.heap, us))
}

// ---- calendar ----

/// Civil date `(year, month, day)` of a day count since 1970-01-01
/// (proleptic Gregorian, any sign).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn month_days(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

/// `{{Y, M, D}, {H, Mi, S}}` for seconds since the epoch.
pub(crate) fn datetime_term(h: &mut Heap, secs: i64) -> Term {
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    let yt = h.int(y);
    let date = h.tuple(&[yt, Term::small(mo as isize), Term::small(d as isize)]);
    let time = h.tuple(&[
        Term::small((s / 3600) as isize),
        Term::small((s / 60 % 60) as isize),
        Term::small((s % 60) as isize),
    ]);
    h.tuple(&[date, time])
}

/// Seconds since the epoch of a valid `{{Y, M, D}, {H, Mi, S}}`.
fn datetime_secs(t: Term) -> Option<i64> {
    let [date, time] = t.as_tuple()? else {
        return None;
    };
    let [y, mo, d] = date.as_tuple()? else {
        return None;
    };
    let [hh, mi, ss] = time.as_tuple()? else {
        return None;
    };
    let y = y.as_small()? as i64;
    let (mo, d) = (mo.as_small()?, d.as_small()?);
    let (hh, mi, ss) = (hh.as_small()?, mi.as_small()?, ss.as_small()?);
    if !(1..=12).contains(&mo) || d < 1 || d as u32 > month_days(y, mo as u32) {
        return None;
    }
    if !(0..24).contains(&hh) || !(0..60).contains(&mi) || !(0..60).contains(&ss) {
        return None;
    }
    Some(days_from_civil(y, mo as u32, d as u32) * 86_400 + (hh * 3600 + mi * 60 + ss) as i64)
}

fn now_secs(ctx: &mut Ctx) -> i64 {
    (ctx.vm.host.system_ns() / NATIVE_HZ) as i64
}

fn universaltime(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let s = now_secs(ctx);
    Ok(datetime_term(&mut ctx.p.heap, s))
}

fn date(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let dt = universaltime(ctx, a)?;
    Ok(dt.as_tuple().map_or(dt, |e| e[0]))
}

fn time(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let dt = universaltime(ctx, a)?;
    Ok(dt.as_tuple().map_or(dt, |e| e[1]))
}

/// Local time is UTC here: the conversions only validate.
fn same_datetime(_: &mut Ctx, a: &[Term]) -> BifResult {
    if a.len() == 2 && !a[1].is_boolean() && a[1].as_atom() != Some(am::UNDEFINED) {
        return badarg();
    }
    match datetime_secs(a[0]) {
        Some(_) => Ok(a[0]),
        None => badarg(),
    }
}

fn universaltime_to_posixtime(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match datetime_secs(a[0]) {
        Some(s) => Ok(ctx.p.heap.int(s)),
        None => badarg(),
    }
}

fn posixtime_to_universaltime(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match integer::to_i64(a[0]) {
        Some(s) if s.unsigned_abs() < 1 << 50 => Ok(datetime_term(&mut ctx.p.heap, s)),
        _ => badarg(),
    }
}

// ---- unique integers ----

fn next_unique(ctx: &mut Ctx) -> Term {
    let v = ctx.vm.next_unique;
    ctx.vm.next_unique += 1;
    ctx.p.heap.uint(v)
}

fn unique_integer_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(next_unique(ctx))
}

fn unique_integer_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(opts) = list_to_vec(a[0]) else {
        return badarg();
    };
    for o in opts {
        match o.as_atom().map(|x| x.name()) {
            Some(b"positive" | b"monotonic") => {}
            _ => return badarg(),
        }
    }
    Ok(next_unique(ctx))
}

// ---- system_info ----

fn arch() -> &'static str {
    if cfg!(target_arch = "x86_64") {
        "x86_64-unknown-beamr"
    } else if cfg!(target_arch = "aarch64") {
        "aarch64-unknown-beamr"
    } else if cfg!(target_arch = "wasm32") {
        "wasm32-unknown-beamr"
    } else if cfg!(target_pointer_width = "32") {
        "unknown32-unknown-beamr"
    } else {
        "unknown-unknown-beamr"
    }
}

fn process_count(ctx: &Ctx) -> usize {
    let me = ctx.p.pid;
    ctx.vm
        .procs
        .iter()
        .enumerate()
        .filter(|(i, p)| *i != me && p.is_some())
        .count()
        + 1
}

fn system_info(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let t = a[0];
    let at = |s: &str| Term::atom(Atom::from_str(s));
    let word = crate::term::WORD_BYTES as isize;
    if let Some(el) = t.as_tuple() {
        return match el {
            [k, v] if k.as_atom() == Some(am::WORDSIZE) => match v.as_atom().map(|x| x.name()) {
                Some(b"internal" | b"external") => Ok(Term::small(word)),
                _ => badarg(),
            },
            _ => badarg(),
        };
    }
    let Some(item) = t.as_atom() else {
        return badarg();
    };
    let h = &mut ctx.p.heap;
    let tagged = |h: &mut Heap, v: Term| h.tuple(&[t, v]);
    Ok(match item.name() {
        b"wordsize" => Term::small(word),
        b"otp_release" => h.str_list(OTP_RELEASE),
        b"version" => h.str_list(ERTS_VERSION),
        b"system_version" => {
            let mut s = String::from("Erlang/OTP ");
            s.push_str(OTP_RELEASE);
            s.push_str(" [erts-");
            s.push_str(ERTS_VERSION);
            s.push_str("] [beamr] [");
            s.push_str(if word == 8 { "64" } else { "32" });
            s.push_str("-bit]\n");
            h.str_list(&s)
        }
        b"machine" => h.str_list("BEAM"),
        b"system_architecture" => h.str_list(arch()),
        b"nif_version" => h.str_list("2.16"),
        b"driver_version" => h.str_list("3.3"),
        b"schedulers"
        | b"schedulers_online"
        | b"logical_processors"
        | b"logical_processors_available"
        | b"logical_processors_online" => Term::small(1),
        b"dirty_cpu_schedulers" | b"dirty_cpu_schedulers_online" | b"dirty_io_schedulers" => {
            Term::small(0)
        }
        b"thread_pool_size" | b"port_count" | b"creation" | b"trace_control_word" => Term::small(0),
        b"process_count" => {
            let n = process_count(ctx);
            Term::small(n as isize)
        }
        b"process_limit" => Term::small(262_144),
        b"port_limit" => Term::small(65_536),
        b"atom_count" => Term::small(Atom::count() as isize),
        b"atom_limit" => Term::small(crate::atom::MAX_ATOMS as isize),
        b"ets_count" => {
            let n = crate::bif::ets::table_count(ctx.vm);
            Term::small(n as isize)
        }
        b"ets_limit" => Term::small(1 << 20),
        b"compat_rel" => Term::small(25),
        b"smp_support" | b"threads" => Term::TRUE,
        b"kernel_poll" | b"debug_compiled" | b"break_ignored" | b"port_parallelism" => Term::FALSE,
        b"heap_type" => at("private"),
        b"build_type" | b"emu_type" => at("opt"),
        b"emu_flavor" => at("emu"),
        b"hipe_architecture" | b"cpu_topology" | b"modified_timing_level" => at("undefined"),
        b"multi_scheduling" => at("disabled"),
        b"time_offset" => at("final"),
        b"time_warp_mode" => at("no_time_warp"),
        b"time_correction" => Term::TRUE,
        b"tolerant_timeofday" => at("disabled"),
        b"message_queue_data" => at("on_heap"),
        b"dist_ctrl" | b"multi_scheduling_blockers" => Term::NIL,
        b"min_heap_size" => tagged(h, Term::small(233)),
        b"min_bin_vheap_size" => tagged(h, Term::small(46_422)),
        b"fullsweep_after" => tagged(h, Term::small(65_535)),
        // The map itself, unlike the other sizes (as OTP).
        b"max_heap_size" => super::procs::max_heap_map(h, &crate::process::Tuning::DEFAULT),
        b"sequential_tracer" => tagged(h, Term::FALSE),
        b"garbage_collection" => {
            let items = [
                ("max_heap_size", 0),
                ("min_bin_vheap_size", 46_422),
                ("min_heap_size", 233),
                ("fullsweep_after", 65_535),
            ];
            let mut v = Vec::new();
            for (k, n) in items {
                v.push(h.tuple(&[at(k), Term::small(n)]));
            }
            h.list(&v)
        }
        b"start_time" => Term::small(0),
        b"os_type" => {
            let (family, name) = ctx.vm.host.os_type();
            h.tuple(&[at(family), at(name)])
        }
        _ => return badarg(),
    })
}

fn system_flag(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let flag = atom_arg(a[0])?;
    if flag.name() == b"system_logger" {
        return super::syslog::set(ctx.vm, a[1]);
    }
    let v = a[1];
    let nonneg = v.as_small().is_some_and(|n| n >= 0);
    let at = |s: &str| Term::atom(Atom::from_str(s));
    Ok(match flag.name() {
        b"backtrace_depth" if nonneg => Term::small(crate::interp::trace::TRACE_DEPTH as isize),
        b"schedulers_online" if v.as_small().is_some_and(|n| n >= 1) => Term::small(1),
        b"dirty_cpu_schedulers_online" if nonneg => Term::small(0),
        b"multi_scheduling" => match v.as_atom().map(|x| x.name()) {
            Some(b"block" | b"unblock" | b"block_normal" | b"unblock_normal") => at("disabled"),
            _ => return badarg(),
        },
        b"fullsweep_after" if nonneg => Term::small(65_535),
        b"min_heap_size" if nonneg => Term::small(233),
        b"min_bin_vheap_size" if nonneg => {
            let n = v.as_small().map_or(0, |n| n as usize);
            let old = core::mem::replace(
                &mut ctx.vm.min_bin_vheap,
                super::procs::heap_size_setting(n) as usize,
            );
            Term::small(old as isize)
        }
        b"max_heap_size" if nonneg || v.is_map() => {
            super::procs::max_heap_map(&mut ctx.p.heap, &crate::process::Tuning::DEFAULT)
        }
        b"trace_control_word" if nonneg => Term::small(0),
        b"time_offset" if v.as_atom().is_some_and(|x| x.name() == b"finalize") => at("final"),
        b"microstate_accounting" | b"scheduler_wall_time" if v.is_boolean() => Term::FALSE,
        b"cpu_topology" => at("undefined"),
        _ => return badarg(),
    })
}

// ---- statistics ----

fn total_reductions(ctx: &Ctx) -> u64 {
    let me = ctx.p.pid;
    let others: u64 = ctx
        .vm
        .procs
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != me)
        .filter_map(|(_, p)| p.as_ref().map(|p| p.reductions))
        .sum();
    others + ctx.p.reductions
}

fn statistics(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let item = atom_arg(a[0])?;
    let at = |s: &str| Term::atom(Atom::from_str(s));
    let pair_u = |h: &mut Heap, x: u64, y: u64| {
        let (x, y) = (h.uint(x), h.uint(y));
        h.tuple(&[x, y])
    };
    Ok(match item.name() {
        b"runtime" | b"wall_clock" => {
            let now = ctx.vm.host.monotonic_ns();
            let wall = item.name() == b"wall_clock";
            let (total, since) = with_stats(ctx.vm, |s| {
                let start = *s.start.get_or_insert(now);
                let total = now.saturating_sub(start) / 1_000_000;
                let last = if wall {
                    &mut s.last_wall
                } else {
                    &mut s.last_runtime
                };
                let since = total.saturating_sub(*last);
                *last = total;
                (total, since)
            });
            pair_u(&mut ctx.p.heap, total, since)
        }
        b"reductions" | b"exact_reductions" => {
            let total = total_reductions(ctx);
            let since = with_stats(ctx.vm, |s| {
                let since = total.saturating_sub(s.last_reds);
                s.last_reds = total;
                since
            });
            pair_u(&mut ctx.p.heap, total, since)
        }
        b"run_queue" | b"total_run_queue_lengths" | b"total_run_queue_lengths_all" => {
            Term::small(ctx.vm.runq.len() as isize)
        }
        b"run_queue_lengths" | b"run_queue_lengths_all" => {
            let n = Term::small(ctx.vm.runq.len() as isize);
            ctx.p.heap.list(&[n])
        }
        b"total_active_tasks" | b"total_active_tasks_all" => {
            Term::small(ctx.vm.runq.len() as isize + 1)
        }
        b"active_tasks" | b"active_tasks_all" => {
            let n = Term::small(ctx.vm.runq.len() as isize + 1);
            ctx.p.heap.list(&[n])
        }
        b"context_switches" => pair_u(&mut ctx.p.heap, 0, 0),
        b"garbage_collection" => {
            ctx.p
                .heap
                .tuple(&[Term::small(0), Term::small(0), Term::small(0)])
        }
        b"io" => {
            let h = &mut ctx.p.heap;
            let i = h.tuple(&[at("input"), Term::small(0)]);
            let o = h.tuple(&[at("output"), Term::small(0)]);
            h.tuple(&[i, o])
        }
        b"scheduler_wall_time" | b"scheduler_wall_time_all" | b"microstate_accounting" => {
            Term::atom(am::UNDEFINED)
        }
        _ => return badarg(),
    })
}

// ---- display, halt ----

fn display(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let mut s = String::new();
    crate::term::print::write_term(&mut s, a[0]);
    s.push('\n');
    ctx.vm.host.write(1, s.as_bytes());
    Ok(Term::TRUE)
}

/// `erlang:display_string/1`: logger's last resort when a handler fails,
/// so it must work before any I/O server does; it goes to standard error.
fn display_string_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    write_string(ctx, 2, a[0])
}

/// `erlang:display_string(Device, String)` (OTP 26+).
fn display_string_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let fd = match a[0].as_atom().map(|d| d.name()) {
        Some(b"stdout") => 1,
        Some(b"stderr") => 2,
        _ => return badarg(),
    };
    write_string(ctx, fd, a[1])
}

fn write_string(ctx: &mut Ctx, fd: u32, s: Term) -> BifResult {
    let Some(chars) = list_to_vec(s) else {
        return badarg();
    };
    let mut out = String::new();
    for c in chars {
        let ch = c
            .as_small()
            .and_then(|c| u32::try_from(c).ok())
            .and_then(char::from_u32);
        match ch {
            Some(ch) => out.push(ch),
            None => return badarg(),
        }
    }
    ctx.vm.host.write(fd, out.as_bytes());
    Ok(Term::TRUE)
}

/// Whether `t` is a valid `halt` status: a non-negative integer, `abort`,
/// or a string (list of character codes).
fn valid_halt_status(t: Term) -> bool {
    if let Some(n) = t.as_small() {
        return n >= 0;
    }
    if t.is_bignum() {
        return !integer::is_negative(t);
    }
    if t.as_atom().is_some_and(|a| a.name() == b"abort") {
        return true;
    }
    list_to_vec(t).is_some_and(|v| {
        v.iter()
            .all(|c| c.as_small().is_some_and(|c| (0..=0x10FFFF).contains(&c)))
    })
}

/// How a valid `halt/1` (or `init:stop/1`) status ends the VM.
pub(crate) fn halt_of(status: Term) -> Halt {
    if let Some(n) = status.as_small() {
        Halt::Status((n & 0xff) as u8)
    } else if status.is_bignum() {
        Halt::Status(255)
    } else if status.is_atom() {
        Halt::Abort
    } else {
        let mut slogan = String::new();
        for c in list_to_vec(status).unwrap_or_default() {
            let c = c.as_small().and_then(|c| u32::try_from(c).ok());
            slogan.push(c.and_then(char::from_u32).unwrap_or('?'));
        }
        Halt::Slogan(slogan)
    }
}

fn halt_with(ctx: &mut Ctx, status: Term) -> BifResult {
    ctx.vm.halted = Some(halt_of(status));
    Err(Exc::Yield(Term::TRUE))
}

fn halt_0(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    halt_with(ctx, Term::small(0))
}

fn halt_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !valid_halt_status(a[0]) {
        return badarg();
    }
    halt_with(ctx, a[0])
}

fn halt_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !valid_halt_status(a[0]) {
        return badarg();
    }
    let Some(opts) = list_to_vec(a[1]) else {
        return badarg();
    };
    for o in opts {
        match o.as_tuple() {
            Some([k, v]) if k.as_atom().is_some_and(|k| k.name() == b"flush") && v.is_boolean() => {
            }
            _ => return badarg(),
        }
    }
    halt_with(ctx, a[0])
}

fn undefined_0(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(Term::atom(am::UNDEFINED))
}
fn true_0(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(Term::TRUE)
}
fn identity(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(a[0])
}
fn dt_spread_tag(_: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_boolean() {
        return badarg();
    }
    Ok(Term::NIL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(unit_hz(Term::atom(Atom::from_str("second"))), Some(1));
        assert_eq!(
            unit_hz(Term::atom(Atom::from_str("milli_seconds"))),
            Some(1000)
        );
        assert_eq!(
            unit_hz(Term::atom(Atom::from_str("native"))),
            Some(NATIVE_HZ)
        );
        assert_eq!(unit_hz(Term::small(3)), Some(3));
        assert_eq!(unit_hz(Term::small(0)), None);
        assert_eq!(unit_hz(Term::atom(Atom::from_str("fortnight"))), None);
    }

    #[test]
    fn conversions_floor() {
        assert_eq!(convert_i128(-1, NATIVE_HZ, 1), -1);
        assert_eq!(convert_i128(1999, 1000, 1), 1);
        assert_eq!(convert_i128(1, 1, 3), 3);
        assert_eq!(convert_i128(1, 1, NATIVE_HZ), 1_000_000_000);
        assert_eq!(convert(&BigInt::from(-1), 1000, 1), BigInt::from(-1));
        let big = BigInt::from(1u64 << 62) * BigInt::from(1u64 << 62);
        assert_eq!(convert(&big, 1, 1000), big * BigInt::from(1000));
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for d in [-800_000i64, -1, 0, 59, 365, 10_000, 20_000, 2_932_896] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        let mut h = Heap::default();
        let t = datetime_term(&mut h, 951_782_400 + 3_661);
        assert_eq!(datetime_secs(t), Some(951_782_400 + 3_661));
        assert_eq!(crate::term::print::to_string(t), "{{2000,2,29},{1,1,1}}");
        let bad = {
            let d = h.tuple(&[Term::small(2001), Term::small(2), Term::small(29)]);
            let tm = h.tuple(&[Term::small(0), Term::small(0), Term::small(0)]);
            h.tuple(&[d, tm])
        };
        assert_eq!(datetime_secs(bad), None);
    }

    #[test]
    fn halt_statuses() {
        let mut h = Heap::default();
        assert!(valid_halt_status(Term::small(0)));
        assert!(!valid_halt_status(Term::small(-1)));
        assert!(valid_halt_status(Term::atom(Atom::from_str("abort"))));
        assert!(!valid_halt_status(Term::atom(Atom::from_str("bad"))));
        let s = h.str_list("boom");
        assert!(valid_halt_status(s));
    }
}
