//! Integers as Rust values: small or bignum terms to `BigInt` and back.

use super::boxed::{bignum_digits, Subtag};
use super::Term;
use num_bigint::{BigInt, BigUint, Sign};

/// The integer value of a small or bignum term.
pub fn to_bigint(t: Term) -> Option<BigInt> {
    if let Some(i) = t.as_small() {
        return Some(BigInt::from(i));
    }
    if !t.is_bignum() {
        return None;
    }
    let (neg, digits) = bignum_digits(t);
    let mag = BigUint::new(digits);
    Some(BigInt::from_biguint(
        if neg { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// The value as i64 if it fits.
pub fn to_i64(t: Term) -> Option<i64> {
    if let Some(i) = t.as_small() {
        return Some(i as i64);
    }
    if t.is_bignum() {
        return i64::try_from(&to_bigint(t)?).ok();
    }
    None
}

/// Whether a bignum is negative (for term order and sign tests).
pub fn is_negative(t: Term) -> bool {
    match t.as_small() {
        Some(i) => i < 0,
        None => t.subtag() == Some(Subtag::BigNeg),
    }
}
