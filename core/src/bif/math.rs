//! BIFs: `math`.
//!
//! Every function OTP 25 implements natively (`math:pi/0` is Erlang code in
//! `math.beam`). As in OTP's `erl_math.c`: an argument that is not a number
//! is `badarg`; an integer too large for a double, or a result that is not
//! finite (NaN or ±infinity, i.e. a domain or range error), is `badarith`.
//! Arguments are checked left to right.
//!
//! The arithmetic reproduces what OTP gets from glibc: [`cr`] rounds
//! `exp`, `log`, `log2`, `pow` and the (inverse) trigonometric functions
//! correctly, as glibc does in practice; [`fd`] evaluates glibc's fdlibm
//! formulas for the hyperbolic functions and `log10` on top of those;
//! `sqrt`, `ceil`, `floor`, `fmod` (exact everywhere), `atanh`, `erf` and
//! `erfc` come from `libm`.

mod cr;
mod dd;
mod fd;

use super::{badarg, badarith, BifResult, Ctx, Exc};
use crate::code::CodeServer;
use crate::term::boxed::bignum_digits;
use crate::term::Term;

pub fn register(c: &mut CodeServer) {
    c.register_bif("math", "sin", 1, bif_sin);
    c.register_bif("math", "cos", 1, bif_cos);
    c.register_bif("math", "tan", 1, bif_tan);
    c.register_bif("math", "asin", 1, bif_asin);
    c.register_bif("math", "acos", 1, bif_acos);
    c.register_bif("math", "atan", 1, bif_atan);
    c.register_bif("math", "sinh", 1, bif_sinh);
    c.register_bif("math", "cosh", 1, bif_cosh);
    c.register_bif("math", "tanh", 1, bif_tanh);
    c.register_bif("math", "asinh", 1, bif_asinh);
    c.register_bif("math", "acosh", 1, bif_acosh);
    c.register_bif("math", "atanh", 1, bif_atanh);
    c.register_bif("math", "exp", 1, bif_exp);
    c.register_bif("math", "log", 1, bif_log);
    c.register_bif("math", "log2", 1, bif_log2);
    c.register_bif("math", "log10", 1, bif_log10);
    c.register_bif("math", "sqrt", 1, bif_sqrt);
    c.register_bif("math", "erf", 1, bif_erf);
    c.register_bif("math", "erfc", 1, bif_erfc);
    c.register_bif("math", "ceil", 1, bif_ceil);
    c.register_bif("math", "floor", 1, bif_floor);
    c.register_bif("math", "atan2", 2, bif_atan2);
    c.register_bif("math", "pow", 2, bif_pow);
    c.register_bif("math", "fmod", 2, bif_fmod);
}

/// A bignum as a double the way OTP's `big_to_double` computes it on a
/// 64-bit machine: Horner's rule over 64-bit digits, most significant first,
/// each step rounded. `None` when it overflows to infinity.
pub(crate) fn big_to_f64_otp(t: Term) -> Option<f64> {
    let (neg, d32) = bignum_digits(t);
    big_digits_to_f64(neg, &d32)
}

fn big_digits_to_f64(neg: bool, d32: &[u32]) -> Option<f64> {
    const BASE: f64 = 18_446_744_073_709_551_616.0; // 2^64
    let n64 = d32.len().div_ceil(2);
    let mut d = 0.0f64;
    for i in (0..n64).rev() {
        let lo = d32[2 * i] as u64;
        let hi = d32.get(2 * i + 1).copied().unwrap_or(0) as u64;
        d = d * BASE + ((hi << 32) | lo) as f64;
        if !d.is_finite() {
            return None;
        }
    }
    Some(if neg { -d } else { d })
}

/// A math argument: `badarg` for a non-number, `badarith` for a bignum
/// beyond the double range.
fn arg(t: Term) -> Result<f64, Exc> {
    if let Some(i) = t.as_small() {
        return Ok(i as f64);
    }
    if let Some(f) = t.as_float() {
        return Ok(f);
    }
    if t.is_bignum() {
        return match big_to_f64_otp(t) {
            Some(f) => Ok(f),
            None => badarith(),
        };
    }
    badarg()
}

/// The result check OTP applies (`ERTS_FP_ERROR_THOROUGH`).
#[inline]
fn finite(f: f64) -> Result<f64, Exc> {
    if f.is_finite() {
        Ok(f)
    } else {
        badarith()
    }
}

/// `f` applied to one argument, checked.
pub(crate) fn call1(f: fn(f64) -> f64, x: Term) -> Result<f64, Exc> {
    finite(f(arg(x)?))
}

/// `f` applied to two arguments, checked.
pub(crate) fn call2(f: fn(f64, f64) -> f64, x: Term, y: Term) -> Result<f64, Exc> {
    let a = arg(x)?;
    let b = arg(y)?;
    finite(f(a, b))
}

macro_rules! math1 {
    ($($name:ident => $f:path),* $(,)?) => {$(
        fn $name(ctx: &mut Ctx, args: &[Term]) -> BifResult {
            let r = call1($f, args[0])?;
            Ok(ctx.p.heap.float(r))
        }
    )*};
}

macro_rules! math2 {
    ($($name:ident => $f:path),* $(,)?) => {$(
        fn $name(ctx: &mut Ctx, args: &[Term]) -> BifResult {
            let r = call2($f, args[0], args[1])?;
            Ok(ctx.p.heap.float(r))
        }
    )*};
}

math1! {
    bif_sin => cr::sin,
    bif_cos => cr::cos,
    bif_tan => cr::tan,
    bif_asin => cr::asin,
    bif_acos => cr::acos,
    bif_atan => cr::atan,
    bif_sinh => fd::sinh,
    bif_cosh => fd::cosh,
    bif_tanh => fd::tanh,
    bif_asinh => fd::asinh,
    bif_acosh => fd::acosh,
    bif_atanh => libm::atanh,
    bif_exp => cr::exp,
    bif_log => cr::log,
    bif_log2 => cr::log2,
    bif_log10 => fd::log10,
    bif_sqrt => libm::sqrt,
    bif_erf => libm::erf,
    bif_erfc => libm::erfc,
    bif_ceil => libm::ceil,
    bif_floor => libm::floor,
}

math2! {
    bif_atan2 => cr::atan2,
    bif_pow => cr::pow,
    bif_fmod => libm::fmod,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;
    use crate::term::hash::parse::term;

    fn is_badarith(r: Result<f64, Exc>) -> bool {
        matches!(r, Err(Exc::Raise { reason, .. }) if reason == Term::atom(crate::atom::am::BADARITH))
    }
    fn is_badarg(r: Result<f64, Exc>) -> bool {
        matches!(r, Err(Exc::Raise { reason, .. }) if reason == Term::atom(crate::atom::am::BADARG))
    }

    #[test]
    fn domain_errors_are_badarith() {
        let mut h = Heap::default();
        let mut t = |s: &str| term(&mut h, s);
        assert!(is_badarith(call1(libm::sqrt, t("-1"))));
        assert_eq!(
            call1(libm::sqrt, t("-0.0")).ok().map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
        assert!(is_badarith(call1(cr::log, t("0"))));
        assert!(is_badarith(call1(cr::log, t("-1"))));
        assert!(is_badarith(call1(cr::log2, t("0"))));
        assert!(is_badarith(call1(fd::log10, t("0.0"))));
        assert!(is_badarith(call1(cr::exp, t("1000"))));
        assert_eq!(call1(cr::exp, t("-1000")).ok(), Some(0.0));
        assert!(is_badarith(call2(cr::pow, t("10"), t("400"))));
        assert!(is_badarith(call2(
            libm::pow,
            t("-8"),
            t("0.3333333333333333")
        )));
        assert!(is_badarith(call2(cr::pow, t("0"), t("-1"))));
        assert_eq!(call2(cr::pow, t("0.0"), t("0")).ok(), Some(1.0));
        assert!(is_badarith(call2(libm::fmod, t("1"), t("0"))));
        assert_eq!(call2(libm::fmod, t("-5.5"), t("2")).ok(), Some(-1.5));
        assert!(is_badarith(call1(cr::acos, t("2"))));
        assert!(is_badarith(call1(libm::atanh, t("1"))));
        assert!(is_badarith(call1(fd::cosh, t("1000"))));
        assert_eq!(call2(cr::atan2, t("0"), t("0")).ok(), Some(0.0));
        assert_eq!(call1(libm::ceil, t("5")).ok(), Some(5.0));
        assert_eq!(call1(libm::floor, t("-1.5")).ok(), Some(-2.0));
        assert!(is_badarg(call1(cr::sin, t("a"))));
        assert!(is_badarg(call2(cr::pow, t("a"), t("1"))));
        // Bignums: converted when in range, badarith beyond.
        let big = t("1267650600228229401496703205376"); // 2^100
        assert_eq!(
            call1(libm::floor, big).ok(),
            Some(1267650600228229401496703205376.0)
        );
        let huge = h.bigint(&(num_bigint::BigInt::from(1) << 1024));
        assert!(is_badarith(call1(cr::sin, huge)));
        let huge2 = h.bigint(&(num_bigint::BigInt::from(1) << 2000));
        assert!(is_badarith(call2(
            libm::pow,
            huge2,
            Term::atom(crate::atom::am::OK)
        )));
    }

    #[test]
    fn big_to_double_rounds_like_otp() {
        // 2^64 + 2^63 + 2049: OTP rounds the low digit first (to 2^63 + 2048),
        // then the sum ties to even, giving 2^64 + 2^63.
        let d = [2049u32, 0x8000_0000, 1];
        assert_eq!(big_digits_to_f64(false, &d), Some(27670116110564327424.0));
        assert_eq!(
            big_digits_to_f64(true, &[0, 0, 1]),
            Some(-18446744073709551616.0)
        );
        let mut max = alloc::vec![u32::MAX; 32];
        assert_eq!(big_digits_to_f64(false, &max), None);
        max.truncate(31);
        assert!(big_digits_to_f64(false, &max).is_some());
    }
}
