use super::*;
use crate::bif::convert::testkit::{check_fixture, Rig};

#[test]
fn otp_fixture() {
    check_fixture(include_str!("otp_cases.txt"));
}

#[test]
fn big_to_f64_is_erts_digit_by_digit() {
    // 2^116 + 2^63 + 1: correctly rounded it is 2^116 + 2^64, erts gets 2^116.
    let b = (BigInt::from(1) << 116usize) + (BigInt::from(1) << 63usize) + 1;
    assert_eq!(big_to_f64(&b), Some(2f64.powi(116)));
    assert_eq!(big_to_f64(&(BigInt::from(1) << 1024usize)), None);
    assert_eq!(
        big_to_f64(&-(BigInt::from(1) << 1023usize)),
        Some(-(2f64.powi(1023)))
    );
}

#[test]
fn f64_to_bigint_is_exact() {
    assert_eq!(
        f64_to_bigint(1.0e20),
        Some("100000000000000000000".parse().unwrap())
    );
    assert_eq!(
        f64_to_bigint(-((1u64 << 63) as f64)),
        Some(BigInt::from(i64::MIN))
    );
    assert_eq!(f64_to_bigint(-0.0), Some(BigInt::zero()));
    assert_eq!(f64_to_bigint(f64::NAN), None);
    assert_eq!(
        f64_to_bigint(f64::MAX),
        Some((BigInt::from((1u64 << 53) - 1)) << 971usize)
    );
}

#[test]
fn bignum_size_limit() {
    let mut r = Rig::new();
    let one = Term::small(1);
    let ok = Term::small(33_554_367);
    let too_far = Term::small(33_554_368);
    let mut ctx = Ctx {
        vm: &mut r.vm,
        p: &mut r.p,
    };
    let big = bsl(&mut ctx, &[one, ok]).unwrap();
    assert_eq!(integer::to_bigint(big).unwrap().bits(), MAX_BIG_BITS);
    assert!(bsl(&mut ctx, &[one, too_far]).is_err());
    // 2^33554367 - 1 doubled plus one still fits; the product does not.
    let minus1 = sub(&mut ctx, &[big, one]).unwrap();
    let sum = add(&mut ctx, &[minus1, minus1]).unwrap();
    assert_eq!(integer::to_bigint(sum).unwrap().bits(), MAX_BIG_BITS);
    assert!(add(&mut ctx, &[big, big]).is_err());
    assert!(mul(&mut ctx, &[big, Term::small(2)]).is_err());
    assert!(mul(&mut ctx, &[big, big]).is_err());
    let neg = neg(&mut ctx, &[big]).unwrap();
    assert!(sub(&mut ctx, &[neg, big]).is_err());
    assert!(bnot(&mut ctx, &[big]).is_ok());
    let shifted = bsr(&mut ctx, &[big, Term::small(33_554_300)]).unwrap();
    assert_eq!(
        integer::to_bigint(shifted),
        Some(BigInt::from(1) << 67usize)
    );
}

#[test]
fn small_boundaries_overflow_into_bignums() {
    let mut r = Rig::new();
    assert_eq!(
        r.eval("+", "[576460752303423487,1]"),
        "ok 576460752303423488"
    );
    assert_eq!(
        r.eval("-", "[-576460752303423488,1]"),
        "ok -576460752303423489"
    );
    assert_eq!(
        r.eval("-", "[-576460752303423488]"),
        "ok 576460752303423488"
    );
    assert_eq!(
        r.eval("*", "[576460752303423487,576460752303423487]"),
        "ok 332306998946228967073030260463239169"
    );
    assert_eq!(
        r.eval("div", "[-576460752303423488,-1]"),
        "ok 576460752303423488"
    );
    assert_eq!(
        r.eval("abs", "[-576460752303423488]"),
        "ok 576460752303423488"
    );
    assert_eq!(
        r.eval("-", "[576460752303423488,1]"),
        "ok 576460752303423487"
    );
    let t = r.t("576460752303423488");
    assert!(t.is_bignum());
    let mut ctx = Ctx {
        vm: &mut r.vm,
        p: &mut r.p,
    };
    let back = sub(&mut ctx, &[t, Term::small(1)]).unwrap();
    assert!(back.is_small());
}

#[test]
#[should_panic(expected = "1 of 2 cases differ")]
fn fixture_runner_detects_mismatches() {
    check_fixture("'+'\t[1,1]\tok 3\n'+'\t[1,1]\tok 2\n");
}
