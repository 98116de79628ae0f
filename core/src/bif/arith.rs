//! BIFs: arithmetic, bitwise, comparison and boolean operators of `erlang`,
//! plus `abs/1`, `float/1`, `trunc/1`, `round/1`, `ceil/1`, `floor/1`,
//! `min/2` and `max/2`.
//!
//! As OTP 25 on a 64-bit machine:
//!
//! - two small integers go through checked machine arithmetic; results that
//!   leave the 60-bit small range become bignums (`Heap::int` decides);
//! - bignums are `num_bigint::BigInt`; a result whose magnitude needs more
//!   than [`MAX_BIG_BITS`] bits is `system_limit` (OTP's `BIG_ARITY_MAX` of
//!   2^19-1 64-bit digits);
//! - an integer meets a float by conversion to a double the way erts'
//!   `big_to_double` does it (digit by digit, most significant first, so not
//!   always correctly rounded), which fails for bignums beyond the double
//!   range (`badarith` in arithmetic, `badarg` in `float/1`);
//! - float results that are not finite are `badarith`;
//! - `div` and `rem` truncate toward zero; `rem` has the sign of the dividend;
//! - bitwise operators work on two's complement integers of any size;
//! - errors: `badarith` for the operators, `badarg` for the functions
//!   (`abs/1`, `float/1`, `trunc/1`...) and for `and`/`or`/`xor`/`not`.

use super::{badarg, badarith, system_limit, BifResult, Ctx};
use crate::code::CodeServer;
use crate::heap::Heap;
use crate::term::{integer, Term};
use core::cmp::Ordering;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

/// Largest bignum magnitude in bits: OTP's `BIG_ARITY_MAX` (2^19 - 1) digits
/// of 64 bits. `1 bsl 33554367` is the largest power of two OTP can make.
pub const MAX_BIG_BITS: u64 = ((1 << 19) - 1) * 64;

/// `2^64` as a double: the base of erts' 64-bit bignum digits.
const DIGIT_BASE: f64 = 18_446_744_073_709_551_616.0;

pub fn register(c: &mut CodeServer) {
    c.register_bif("erlang", "+", 2, add);
    c.register_bif("erlang", "-", 2, sub);
    c.register_bif("erlang", "*", 2, mul);
    c.register_bif("erlang", "/", 2, fdiv);
    c.register_bif("erlang", "div", 2, int_div);
    c.register_bif("erlang", "rem", 2, int_rem);
    c.register_bif("erlang", "+", 1, plus);
    c.register_bif("erlang", "-", 1, neg);
    c.register_bif("erlang", "band", 2, band);
    c.register_bif("erlang", "bor", 2, bor);
    c.register_bif("erlang", "bxor", 2, bxor);
    c.register_bif("erlang", "bsl", 2, bsl);
    c.register_bif("erlang", "bsr", 2, bsr);
    c.register_bif("erlang", "bnot", 1, bnot);
    c.register_bif("erlang", "abs", 1, abs);
    c.register_bif("erlang", "float", 1, float);
    c.register_bif("erlang", "trunc", 1, trunc);
    c.register_bif("erlang", "round", 1, round);
    c.register_bif("erlang", "ceil", 1, ceil);
    c.register_bif("erlang", "floor", 1, floor);
    c.register_bif("erlang", "min", 2, min);
    c.register_bif("erlang", "max", 2, max);
    c.register_bif("erlang", "==", 2, eq);
    c.register_bif("erlang", "/=", 2, ne);
    c.register_bif("erlang", "=:=", 2, exact_eq);
    c.register_bif("erlang", "=/=", 2, exact_ne);
    c.register_bif("erlang", "<", 2, lt);
    c.register_bif("erlang", ">", 2, gt);
    c.register_bif("erlang", "=<", 2, le);
    c.register_bif("erlang", ">=", 2, ge);
    c.register_bif("erlang", "and", 2, and);
    c.register_bif("erlang", "or", 2, or);
    c.register_bif("erlang", "xor", 2, xor);
    c.register_bif("erlang", "not", 1, not);
}

// ---------------------------------------------------------------------------
// Numbers as Rust values
// ---------------------------------------------------------------------------

/// A number term as a Rust value.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    Small(i64),
    Big(BigInt),
    Float(f64),
}

impl Num {
    /// The number a term holds, `None` for every other term.
    pub fn of(t: Term) -> Option<Num> {
        if let Some(i) = t.as_small() {
            return Some(Num::Small(i as i64));
        }
        if let Some(f) = t.as_float() {
            return Some(Num::Float(f));
        }
        integer::to_bigint(t).map(Num::Big)
    }

    /// The value as a double, as erts converts it (`None` when a bignum is
    /// beyond the double range).
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            Num::Small(i) => Some(*i as f64),
            Num::Big(b) => big_to_f64(b),
            Num::Float(f) => Some(*f),
        }
    }

    fn into_big(self) -> BigInt {
        match self {
            Num::Small(i) => BigInt::from(i),
            Num::Big(b) => b,
            // Only called on integers.
            Num::Float(_) => BigInt::zero(),
        }
    }
}

/// erts' `big_to_double`: `d = d * 2^64 + digit` from the most significant
/// 64-bit digit down, failing as soon as `d` is not finite.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let (sign, digits) = b.to_u64_digits();
    let mut d = 0.0f64;
    for &digit in digits.iter().rev() {
        d = d * DIGIT_BASE + digit as f64;
        if !d.is_finite() {
            return None;
        }
    }
    Some(if sign == Sign::Minus { -d } else { d })
}

/// The double value of an integer or float term, converted as erts does.
pub fn term_to_f64(t: Term) -> Option<f64> {
    Num::of(t)?.to_f64()
}

/// An integer term for `b`, or `system_limit` when OTP could not hold it.
pub fn make_int(heap: &mut Heap, b: &BigInt) -> BifResult {
    if b.bits() > MAX_BIG_BITS {
        return system_limit();
    }
    Ok(heap.bigint(b))
}

/// A float term, `badarith` unless finite.
#[inline]
fn make_float(heap: &mut Heap, f: f64) -> BifResult {
    if f.is_finite() {
        Ok(heap.float(f))
    } else {
        badarith()
    }
}

/// The integer a finite double holds after the caller rounded it (exact).
pub fn f64_to_int(heap: &mut Heap, f: f64) -> BifResult {
    if let Some(b) = f64_to_bigint(f) {
        return make_int(heap, &b);
    }
    badarg()
}

/// The exact integer value of an integral finite double.
pub fn f64_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    if f.abs() < (1u64 << 63) as f64 {
        return Some(BigInt::from(f as i64));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    // |f| >= 2^63, so the exponent is well above the mantissa width.
    let shift = (exp - 1075) as usize;
    let mag = BigInt::from(mant) << shift;
    Some(if f < 0.0 { -mag } else { mag })
}

// ---------------------------------------------------------------------------
// + - * /
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Op {
    Add,
    Sub,
    Mul,
}

fn add(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if let (Some(x), Some(y)) = (args[0].as_small(), args[1].as_small()) {
        return Ok(ctx.p.heap.int(x as i64 + y as i64));
    }
    arith(&mut ctx.p.heap, Op::Add, args[0], args[1])
}

fn sub(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if let (Some(x), Some(y)) = (args[0].as_small(), args[1].as_small()) {
        return Ok(ctx.p.heap.int(x as i64 - y as i64));
    }
    arith(&mut ctx.p.heap, Op::Sub, args[0], args[1])
}

fn mul(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if let (Some(x), Some(y)) = (args[0].as_small(), args[1].as_small()) {
        return Ok(ctx.p.heap.int128(x as i128 * y as i128));
    }
    arith(&mut ctx.p.heap, Op::Mul, args[0], args[1])
}

/// `A + B`, `A - B`, `A * B` for any numbers.
pub fn arith_terms(heap: &mut Heap, op: char, a: Term, b: Term) -> BifResult {
    let op = match op {
        '+' => Op::Add,
        '-' => Op::Sub,
        '*' => Op::Mul,
        _ => return badarith(),
    };
    arith(heap, op, a, b)
}

fn arith(heap: &mut Heap, op: Op, a: Term, b: Term) -> BifResult {
    let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) else {
        return badarith();
    };
    match (x, y) {
        (Num::Small(x), Num::Small(y)) => {
            let (x, y) = (x as i128, y as i128);
            Ok(heap.int128(match op {
                Op::Add => x + y,
                Op::Sub => x - y,
                Op::Mul => x * y,
            }))
        }
        (x @ Num::Float(_), y) | (x, y @ Num::Float(_)) => {
            let (Some(x), Some(y)) = (x.to_f64(), y.to_f64()) else {
                return badarith();
            };
            make_float(
                heap,
                match op {
                    Op::Add => x + y,
                    Op::Sub => x - y,
                    Op::Mul => x * y,
                },
            )
        }
        (x, y) => {
            let (x, y) = (x.into_big(), y.into_big());
            let r = match op {
                Op::Add => x + y,
                Op::Sub => x - y,
                Op::Mul => {
                    // The product has at least bits(x) + bits(y) - 1 bits:
                    // refuse before allocating something OTP could not hold.
                    if !x.is_zero() && !y.is_zero() && x.bits() + y.bits() - 1 > MAX_BIG_BITS {
                        return system_limit();
                    }
                    x * y
                }
            };
            make_int(heap, &r)
        }
    }
}

fn fdiv(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let (Some(x), Some(y)) = (term_to_f64(args[0]), term_to_f64(args[1])) else {
        return badarith();
    };
    if y == 0.0 {
        return badarith();
    }
    make_float(&mut ctx.p.heap, x / y)
}

fn int_args(a: Term, b: Term) -> Option<(BigInt, BigInt)> {
    Some((integer::to_bigint(a)?, integer::to_bigint(b)?))
}

fn int_div(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if let (Some(x), Some(y)) = (args[0].as_small(), args[1].as_small()) {
        if y == 0 {
            return badarith();
        }
        return Ok(ctx.p.heap.int(x as i64 / y as i64));
    }
    let Some((x, y)) = int_args(args[0], args[1]) else {
        return badarith();
    };
    if y.is_zero() {
        return badarith();
    }
    make_int(&mut ctx.p.heap, &(x / y))
}

fn int_rem(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if let (Some(x), Some(y)) = (args[0].as_small(), args[1].as_small()) {
        if y == 0 {
            return badarith();
        }
        return Ok(ctx.p.heap.int(x as i64 % y as i64));
    }
    let Some((x, y)) = int_args(args[0], args[1]) else {
        return badarith();
    };
    if y.is_zero() {
        return badarith();
    }
    make_int(&mut ctx.p.heap, &(x % y))
}

fn plus(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if args[0].is_number() {
        Ok(args[0])
    } else {
        badarith()
    }
}

fn neg(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    match Num::of(args[0]) {
        Some(Num::Small(i)) => Ok(heap.int(-i)),
        Some(Num::Big(b)) => make_int(heap, &-b),
        Some(Num::Float(f)) => make_float(heap, -f),
        None => badarith(),
    }
}

// ---------------------------------------------------------------------------
// Bitwise operators
// ---------------------------------------------------------------------------

fn band(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if let (Some(x), Some(y)) = (args[0].as_small(), args[1].as_small()) {
        return Ok(Term::small(x & y));
    }
    let Some((x, y)) = int_args(args[0], args[1]) else {
        return badarith();
    };
    make_int(&mut ctx.p.heap, &(x & y))
}

fn bor(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if let (Some(x), Some(y)) = (args[0].as_small(), args[1].as_small()) {
        return Ok(Term::small(x | y));
    }
    let Some((x, y)) = int_args(args[0], args[1]) else {
        return badarith();
    };
    make_int(&mut ctx.p.heap, &(x | y))
}

fn bxor(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if let (Some(x), Some(y)) = (args[0].as_small(), args[1].as_small()) {
        return Ok(Term::small(x ^ y));
    }
    let Some((x, y)) = int_args(args[0], args[1]) else {
        return badarith();
    };
    make_int(&mut ctx.p.heap, &(x ^ y))
}

fn bnot(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if let Some(x) = args[0].as_small() {
        return Ok(Term::small(!x));
    }
    match integer::to_bigint(args[0]) {
        Some(b) => make_int(&mut ctx.p.heap, &!b),
        None => badarith(),
    }
}

fn bsl(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    shift(&mut ctx.p.heap, args[0], args[1], false)
}

fn bsr(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    shift(&mut ctx.p.heap, args[0], args[1], true)
}

/// How far to shift, left positive.
enum Amount {
    By(i64),
    /// A bignum amount: absurdly far left.
    HugeLeft,
    /// A bignum amount: so far right only the sign is left.
    HugeRight,
}

/// `A bsl B` (`right` false) and `A bsr B` (`right` true).
pub fn shift(heap: &mut Heap, a: Term, b: Term, right: bool) -> BifResult {
    if !a.is_integer() || !b.is_integer() {
        return badarith();
    }
    let amount = match b.as_small() {
        Some(s) => Amount::By(if right { -(s as i64) } else { s as i64 }),
        None => {
            if integer::is_negative(b) != right {
                Amount::HugeRight
            } else {
                Amount::HugeLeft
            }
        }
    };
    let neg = integer::is_negative(a);
    if a.as_small() == Some(0) {
        return Ok(a);
    }
    let s = match amount {
        Amount::HugeLeft => return system_limit(),
        Amount::HugeRight => return Ok(Term::small(if neg { -1 } else { 0 })),
        Amount::By(0) => return Ok(a),
        Amount::By(s) => s,
    };
    if s < 0 {
        let n = s.unsigned_abs();
        if let Some(x) = a.as_small() {
            let x = x as i64;
            return Ok(Term::small(
                (if n >= 63 { x >> 63 } else { x >> n }) as isize,
            ));
        }
        let Some(x) = integer::to_bigint(a) else {
            return badarith();
        };
        if n > x.bits() {
            return Ok(Term::small(if neg { -1 } else { 0 }));
        }
        // num-bigint shifts negative numbers toward negative infinity, as
        // an arithmetic shift of the two's complement value.
        return make_int(heap, &(x >> n as usize));
    }
    let n = s as u64;
    if let Some(x) = a.as_small() {
        let x = x as i64;
        if n < 64 {
            let wide = (x as i128) << n;
            if wide >> n == x as i128 {
                return Ok(heap.int128(wide));
            }
        }
    }
    let Some(x) = integer::to_bigint(a) else {
        return badarith();
    };
    if x.bits().saturating_add(n) > MAX_BIG_BITS {
        return system_limit();
    }
    make_int(heap, &(x << n as usize))
}

// ---------------------------------------------------------------------------
// abs, float, trunc, round, ceil, floor
// ---------------------------------------------------------------------------

fn abs(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    match Num::of(args[0]) {
        Some(Num::Small(i)) => Ok(heap.int(i.abs())),
        Some(Num::Big(b)) => {
            if b.is_negative() {
                make_int(heap, &b.abs())
            } else {
                Ok(args[0])
            }
        }
        // erts negates only `f < 0.0`: `abs(-0.0)` stays `-0.0`.
        Some(Num::Float(f)) => {
            if f < 0.0 {
                Ok(heap.float(-f))
            } else {
                Ok(args[0])
            }
        }
        None => badarg(),
    }
}

fn float(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    if args[0].is_float() {
        return Ok(args[0]);
    }
    match Num::of(args[0]).and_then(|n| n.to_f64()) {
        Some(f) => Ok(ctx.p.heap.float(f)),
        None => badarg(),
    }
}

fn to_integer(ctx: &mut Ctx, t: Term, f: fn(f64) -> f64) -> BifResult {
    if t.is_integer() {
        return Ok(t);
    }
    match t.as_float() {
        Some(x) => f64_to_int(&mut ctx.p.heap, f(x)),
        None => badarg(),
    }
}

fn trunc(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    to_integer(ctx, args[0], libm::trunc)
}

/// C's `round`: halfway cases away from zero.
fn round(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    to_integer(ctx, args[0], libm::round)
}

fn ceil(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    to_integer(ctx, args[0], libm::ceil)
}

fn floor(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    to_integer(ctx, args[0], libm::floor)
}

// ---------------------------------------------------------------------------
// Comparisons and booleans
// ---------------------------------------------------------------------------

use crate::term::compare;

/// `min(A, B)`: `B` only when `A > B`, so `min(1, 1.0)` is `1`.
fn min(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(if compare::compare(args[0], args[1]) == Ordering::Greater {
        args[1]
    } else {
        args[0]
    })
}

/// `max(A, B)`: `B` only when `A < B`, so `max(1, 1.0)` is `1`.
fn max(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(if compare::compare(args[0], args[1]) == Ordering::Less {
        args[1]
    } else {
        args[0]
    })
}

fn eq(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(compare::eq(args[0], args[1])))
}

fn ne(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(!compare::eq(args[0], args[1])))
}

fn exact_eq(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(compare::exact_eq(args[0], args[1])))
}

fn exact_ne(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(!compare::exact_eq(args[0], args[1])))
}

fn lt(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(
        compare::compare(args[0], args[1]) == Ordering::Less,
    ))
}

fn gt(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(
        compare::compare(args[0], args[1]) == Ordering::Greater,
    ))
}

fn le(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(
        compare::compare(args[0], args[1]) != Ordering::Greater,
    ))
}

fn ge(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(
        compare::compare(args[0], args[1]) != Ordering::Less,
    ))
}

fn bool_of(t: Term) -> Option<bool> {
    if t == Term::TRUE {
        Some(true)
    } else if t == Term::FALSE {
        Some(false)
    } else {
        None
    }
}

fn bools(args: &[Term]) -> Option<(bool, bool)> {
    Some((bool_of(args[0])?, bool_of(args[1])?))
}

fn and(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match bools(args) {
        Some((a, b)) => Ok(Term::bool(a && b)),
        None => badarg(),
    }
}

fn or(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match bools(args) {
        Some((a, b)) => Ok(Term::bool(a || b)),
        None => badarg(),
    }
}

fn xor(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match bools(args) {
        Some((a, b)) => Ok(Term::bool(a != b)),
        None => badarg(),
    }
}

fn not(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match bool_of(args[0]) {
        Some(a) => Ok(Term::bool(!a)),
        None => badarg(),
    }
}

#[cfg(test)]
mod tests;
