//! `atomics` and the `erts_internal:counters_*` BIFs behind `counters`.
//!
//! OTP's `atomics.erl` and `counters.erl` run as they are: `atomics:new/2`
//! calls `erts_internal:atomics_new/2`, `counters` calls `atomics` or (for
//! `write_concurrency` counters) `erts_internal:counters_*`, and both turn
//! failures into `badarg` with their own `error_info` frames.
//!
//! An array is a reference naming 64-bit cells shared by every process
//! that holds it (in messages, ETS, anywhere). Arrays live in a registry
//! for the life of the OS process: OTP frees one when its last reference
//! is collected, which needs a global view of references this VM does not
//! keep. Their ids come from their own range, so a reference from
//! `make_ref/0` never names one.

use super::{badarg, system_limit, BifResult, Ctx, Exc};
use crate::atom::{am, Atom};
use crate::code::CodeServer;
use crate::term::{boxed, integer, map, Term};
use alloc::collections::BTreeMap;
use alloc::sync::Arc;
use alloc::vec::Vec;
use spin::Mutex;

/// Which BIFs accept an array.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Kind {
    /// `atomics:new/2`, signed or not (`counters:new/2` without
    /// `write_concurrency` makes one of these, signed).
    Atomics { signed: bool },
    /// `erts_internal:counters_new/1` (`write_concurrency` counters).
    Counters,
}

struct Array {
    kind: Kind,
    cells: Vec<Cell64>,
}

/// A 64-bit cell with the operations `atomics` needs. Cortex-M4 (a target
/// the core must build for) has no 64-bit atomic instructions, so each cell
/// is a tiny spin lock around a `u64`; BIFs run one at a time per VM, so
/// the lock is never contended within one.
struct Cell64(Mutex<u64>);

impl Cell64 {
    const fn new(v: u64) -> Cell64 {
        Cell64(Mutex::new(v))
    }
    fn load(&self) -> u64 {
        *self.0.lock()
    }
    fn store(&self, v: u64) {
        *self.0.lock() = v;
    }
    /// Adds with wrap-around; returns the old value.
    fn fetch_add(&self, v: u64) -> u64 {
        let mut g = self.0.lock();
        let old = *g;
        *g = old.wrapping_add(v);
        old
    }
    fn swap(&self, v: u64) -> u64 {
        core::mem::replace(&mut *self.0.lock(), v)
    }
    /// `Ok(old)` when the cell held `expected` (now `desired`), else
    /// `Err(actual)`.
    fn compare_exchange(&self, expected: u64, desired: u64) -> Result<u64, u64> {
        let mut g = self.0.lock();
        if *g == expected {
            *g = desired;
            Ok(expected)
        } else {
            Err(*g)
        }
    }
}

static ARRAYS: Mutex<BTreeMap<u64, Arc<Array>>> = Mutex::new(BTreeMap::new());

/// Ids of arrays: above those `make_ref/0` hands out.
static NEXT_ID: Cell64 = Cell64::new(1 << 62);

/// One word of `Memory` per cache line in OTP's `write_concurrency`
/// counters, for each scheduler plus one (a single scheduler here).
const CACHE_LINE: usize = 64;
const SCHEDULERS: usize = 1;

pub fn register(c: &mut CodeServer) {
    c.register_bif("erts_internal", "atomics_new", 2, atomics_new);
    c.register_bif("atomics", "get", 2, get);
    c.register_bif("atomics", "put", 3, put);
    c.register_bif("atomics", "add", 3, add);
    c.register_bif("atomics", "add_get", 3, add_get);
    c.register_bif("atomics", "exchange", 3, exchange);
    c.register_bif("atomics", "compare_exchange", 4, compare_exchange);
    c.register_bif("atomics", "info", 1, info);
    c.register_bif("erts_internal", "counters_new", 1, counters_new);
    c.register_bif("erts_internal", "counters_get", 2, counters_get);
    c.register_bif("erts_internal", "counters_add", 3, counters_add);
    c.register_bif("erts_internal", "counters_put", 3, counters_put);
    c.register_bif("erts_internal", "counters_info", 1, counters_info);
}

/// A new array of `size` zeroed cells, as a reference on the caller's heap.
fn create(ctx: &mut Ctx, size: Term, kind: Kind) -> BifResult {
    let Some(n) = size.as_small().filter(|&n| n >= 1) else {
        // Positive bignums are too large by far.
        return if size.is_bignum() && !integer::is_negative(size) {
            system_limit()
        } else {
            badarg()
        };
    };
    let n = n as usize;
    if n > (isize::MAX as usize) / 8 {
        return system_limit();
    }
    let mut cells = Vec::new();
    if cells.try_reserve_exact(n).is_err() {
        return system_limit();
    }
    cells.resize_with(n, || Cell64::new(0));
    let id = NEXT_ID.fetch_add(1);
    ARRAYS.lock().insert(id, Arc::new(Array { kind, cells }));
    Ok(ctx.p.heap.reference(id))
}

/// The array `r` names: a `write_concurrency` counters array when
/// `counters`, an atomics array otherwise.
fn array(r: Term, counters: bool) -> Result<Arc<Array>, Exc> {
    if !r.is_ref() {
        return badarg();
    }
    let a = ARRAYS.lock().get(&boxed::ref_value(r)).cloned();
    match a {
        Some(a) if (a.kind == Kind::Counters) == counters => Ok(a),
        _ => badarg(),
    }
}

/// The cell at one-based index `ix`.
fn cell(a: &Array, ix: Term) -> Result<&Cell64, Exc> {
    match ix.as_small() {
        Some(i) if i >= 1 && (i as usize) <= a.cells.len() => Ok(&a.cells[i as usize - 1]),
        _ => badarg(),
    }
}

/// `t` as a stored 64-bit pattern if it is in the cells' value range.
fn value(a: &Array, t: Term) -> Result<u64, Exc> {
    let v = integer::to_bigint(t).and_then(|b| i128::try_from(&b).ok());
    let signed = !matches!(a.kind, Kind::Atomics { signed: false });
    match v {
        Some(v) if signed && i64::try_from(v).is_ok() => Ok(v as i64 as u64),
        Some(v) if !signed && u64::try_from(v).is_ok() => Ok(v as u64),
        _ => badarg(),
    }
}

/// An increment: anything a signed or an unsigned cell can hold (it wraps).
fn increment(t: Term) -> Result<u64, Exc> {
    let v = integer::to_bigint(t).and_then(|b| i128::try_from(&b).ok());
    match v {
        Some(v) if (i64::MIN as i128..=u64::MAX as i128).contains(&v) => Ok(v as u64),
        _ => badarg(),
    }
}

/// A stored pattern as the integer it stands for.
fn to_term(ctx: &mut Ctx, a: &Array, bits: u64) -> Term {
    match a.kind {
        Kind::Atomics { signed: false } => ctx.p.heap.uint(bits),
        _ => ctx.p.heap.int(bits as i64),
    }
}

fn info_map(ctx: &mut Ctx, a: &Array) -> Term {
    let n = a.cells.len();
    let size = ctx.p.heap.uint(n as u64);
    let key = |s: &str| Term::atom(Atom::from_str(s));
    let mut pairs: Vec<(Term, Term)> = Vec::with_capacity(4);
    match a.kind {
        Kind::Atomics { signed } => {
            let (min, max) = if signed {
                (ctx.p.heap.int(i64::MIN), ctx.p.heap.int(i64::MAX))
            } else {
                (Term::small(0), ctx.p.heap.uint(u64::MAX))
            };
            let memory = ctx.p.heap.uint(40 + 8 * n as u64);
            pairs.push((Term::atom(am::MAX), max));
            pairs.push((key("min"), min));
            pairs.push((key("memory"), memory));
        }
        Kind::Counters => {
            let lines = (8 * n).div_ceil(CACHE_LINE);
            let bytes = 32 + (SCHEDULERS + 1) * lines * CACHE_LINE;
            let memory = ctx.p.heap.uint(bytes as u64);
            pairs.push((key("memory"), memory));
        }
    }
    pairs.push((key("size"), size));
    map::from_pairs(&mut ctx.p.heap, &mut pairs)
}

// ---- atomics ----

/// `erts_internal:atomics_new(Arity, EncodedOpts)`: bit 0 of the options
/// is `{signed, true}`.
fn atomics_new(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(opts) = a[1].as_small() else {
        return badarg();
    };
    create(
        ctx,
        a[0],
        Kind::Atomics {
            signed: opts & 1 != 0,
        },
    )
}

fn get(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], false)?;
    let bits = cell(&arr, a[1])?.load();
    Ok(to_term(ctx, &arr, bits))
}

fn put(_: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], false)?;
    let c = cell(&arr, a[1])?;
    c.store(value(&arr, a[2])?);
    Ok(Term::atom(am::OK))
}

fn add(_: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], false)?;
    let c = cell(&arr, a[1])?;
    c.fetch_add(increment(a[2])?);
    Ok(Term::atom(am::OK))
}

fn add_get(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], false)?;
    let c = cell(&arr, a[1])?;
    let i = increment(a[2])?;
    let new = c.fetch_add(i).wrapping_add(i);
    Ok(to_term(ctx, &arr, new))
}

fn exchange(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], false)?;
    let c = cell(&arr, a[1])?;
    let old = c.swap(value(&arr, a[2])?);
    Ok(to_term(ctx, &arr, old))
}

fn compare_exchange(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], false)?;
    let c = cell(&arr, a[1])?;
    let (expected, desired) = (value(&arr, a[2])?, value(&arr, a[3])?);
    match c.compare_exchange(expected, desired) {
        Ok(_) => Ok(Term::atom(am::OK)),
        Err(actual) => Ok(to_term(ctx, &arr, actual)),
    }
}

fn info(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], false)?;
    Ok(info_map(ctx, &arr))
}

// ---- write_concurrency counters ----

fn counters_new(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    create(ctx, a[0], Kind::Counters)
}

fn counters_get(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], true)?;
    let bits = cell(&arr, a[1])?.load();
    Ok(to_term(ctx, &arr, bits))
}

fn counters_add(_: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], true)?;
    let c = cell(&arr, a[1])?;
    c.fetch_add(increment(a[2])?);
    Ok(Term::atom(am::OK))
}

fn counters_put(_: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], true)?;
    let c = cell(&arr, a[1])?;
    c.store(value(&arr, a[2])?);
    Ok(Term::atom(am::OK))
}

fn counters_info(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let arr = array(a[0], true)?;
    Ok(info_map(ctx, &arr))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (crate::vm::Vm, crate::process::Process) {
        let vm = crate::vm::Vm::new(alloc::boxed::Box::new(crate::host::NullHost::default()));
        (vm, crate::process::Process::new(0))
    }

    #[test]
    fn signed_and_unsigned_cells() {
        let (mut vm, mut p) = setup();
        let mut ctx = Ctx {
            vm: &mut vm,
            p: &mut p,
        };
        let s = atomics_new(&mut ctx, &[Term::small(2), Term::small(1)]).unwrap();
        let u = atomics_new(&mut ctx, &[Term::small(1), Term::small(0)]).unwrap();
        let one = Term::small(1);
        assert!(add_get(&mut ctx, &[s, one, Term::small(-3)]).unwrap() == Term::small(-3));
        let neg = add_get(&mut ctx, &[u, one, Term::small(-1)]).unwrap();
        assert_eq!(integer::to_bigint(neg), Some(u64::MAX.into()));
        assert!(put(&mut ctx, &[u, one, Term::small(-1)]).is_err());
        assert!(get(&mut ctx, &[s, Term::small(3)]).is_err());
        assert!(get(&mut ctx, &[s, Term::small(0)]).is_err());
        let r = compare_exchange(&mut ctx, &[s, one, Term::small(-3), Term::small(7)]).unwrap();
        assert_eq!(r, Term::atom(am::OK));
        let r = compare_exchange(&mut ctx, &[s, one, Term::small(-3), Term::small(8)]).unwrap();
        assert_eq!(r, Term::small(7));
        // Kinds do not mix, and other references name no array.
        assert!(counters_get(&mut ctx, &[s, one]).is_err());
        let other = ctx.p.heap.reference(5);
        assert!(get(&mut ctx, &[other, one]).is_err());
    }

    #[test]
    fn bad_sizes() {
        let (mut vm, mut p) = setup();
        let mut ctx = Ctx {
            vm: &mut vm,
            p: &mut p,
        };
        assert!(counters_new(&mut ctx, &[Term::small(0)]).is_err());
        assert!(counters_new(&mut ctx, &[Term::atom(am::OK)]).is_err());
        let huge = ctx.p.heap.int128(1 << 70);
        let r = counters_new(&mut ctx, &[huge]);
        assert!(
            matches!(r, Err(Exc::Raise { reason, .. }) if reason == Term::atom(am::SYSTEM_LIMIT))
        );
        let big = ctx.p.heap.int(1 << 62);
        let r = counters_new(&mut ctx, &[big]);
        assert!(
            matches!(r, Err(Exc::Raise { reason, .. }) if reason == Term::atom(am::SYSTEM_LIMIT))
        );
    }
}
