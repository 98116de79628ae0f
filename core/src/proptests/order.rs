//! Term order and equality against the model, and hashing against equality.

use super::{
    config, float_parts, float_strategy, int_strategy, mcmp, small_term, term, Builder, M,
};
use crate::heap::Heap;
use crate::term::compare::{compare, compare_exact, eq, exact_eq};
use crate::term::hash::{hash2, internal_hash, phash2};
use crate::term::Term;
use alloc::string::String;
use core::cmp::Ordering;
use dashu_int::IBig;
use proptest::prelude::*;

/// Everything that must hold for one pair of terms and their models.
fn check_pair(a: Term, ma: &M, b: Term, mb: &M) -> Result<(), String> {
    let want = mcmp(ma, mb, false);
    let want_exact = mcmp(ma, mb, true);
    let got = compare(a, b);
    if got != want {
        return Err(alloc::format!("compare = {got:?}, model says {want:?}"));
    }
    let got = compare_exact(a, b);
    if got != want_exact {
        return Err(alloc::format!(
            "compare_exact = {got:?}, model says {want_exact:?}"
        ));
    }
    if compare(b, a) != want.reverse() {
        return Err("compare is not antisymmetric".into());
    }
    if compare_exact(b, a) != want_exact.reverse() {
        return Err("compare_exact is not antisymmetric".into());
    }
    if eq(a, b) != (want == Ordering::Equal) || eq(b, a) != eq(a, b) {
        return Err(alloc::format!("eq = {}, compare = {want:?}", eq(a, b)));
    }
    let ex = exact_eq(a, b);
    if ex != (want_exact == Ordering::Equal) || exact_eq(b, a) != ex {
        return Err(alloc::format!("exact_eq = {ex}, model says {want_exact:?}"));
    }
    if ex && !eq(a, b) {
        return Err("exact_eq but not eq".into());
    }
    if ex {
        if phash2(a) != phash2(b) || hash2(a) != hash2(b) {
            return Err("=:= terms hash differently (phash2)".into());
        }
        if internal_hash(a) != internal_hash(b) {
            return Err("=:= terms hash differently (internal_hash)".into());
        }
    }
    Ok(())
}

/// Builds the models (each twice, differently represented) and checks every
/// pair among them.
fn check_models(ms: &[M]) -> Result<(), String> {
    let mut h = Heap::new(64);
    let (mut b0, mut b1) = (Builder::new(0), Builder::new(1));
    let mut ts = alloc::vec::Vec::new();
    for m in ms {
        ts.push((b0.build(&mut h, m), m));
        ts.push((b1.build(&mut h, m), m));
    }
    for &(a, ma) in &ts {
        for &(b, mb) in &ts {
            check_pair(a, ma, b, mb)?;
        }
    }
    // Transitivity of <= over every ordered triple.
    for &(a, _) in &ts {
        for &(b, _) in &ts {
            if compare(a, b) == Ordering::Greater {
                continue;
            }
            for &(c, _) in &ts {
                if compare(b, c) != Ordering::Greater && compare(a, c) == Ordering::Greater {
                    return Err("compare is not transitive".into());
                }
                if compare_exact(a, b) != Ordering::Greater
                    && compare_exact(b, c) != Ordering::Greater
                    && compare_exact(a, c) == Ordering::Greater
                {
                    return Err("compare_exact is not transitive".into());
                }
            }
        }
    }
    drop(h);
    b0.finish()?;
    b1.finish()
}

proptest! {
    #![proptest_config(config(5000))]

    /// Triples from a small domain (frequent ties and long common prefixes).
    #[test]
    fn order_small_domain(a in small_term(), b in small_term(), c in small_term()) {
        let r = check_models(&[a, b, c]);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}

proptest! {
    #![proptest_config(config(800))]

    /// Pairs of arbitrary terms.
    #[test]
    fn order_general(a in term(), b in term()) {
        let r = check_models(&[a, b]);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}

/// The float nearest to `i` (the largest finite one beyond the range).
fn nearest_float(i: &IBig) -> f64 {
    let f: f64 = alloc::format!("{i}").parse().unwrap();
    if f.is_finite() {
        f
    } else {
        f64::MAX.copysign(f)
    }
}

/// The integer part of `f`, exactly.
fn int_part(f: f64) -> IBig {
    let (mant, e) = float_parts(f.trunc());
    if e >= 0 {
        mant << e as usize
    } else {
        // Exact: the low bits shifted out are zero for an integral value.
        mant >> (-e) as usize
    }
}

proptest! {
    #![proptest_config(config(5000))]

    /// Integers against the floats just around them, and floats against the
    /// integers around them: comparison must be on exact values.
    #[test]
    fn order_numbers(i in int_strategy(), f in float_strategy(), d in -2i64..=2) {
        let near = nearest_float(&i);
        let r = check_models(&[
            M::Int(i.clone()),
            M::Float(near),
            M::Float(near.next_up()),
            M::Float(near.next_down()),
            M::Float(f),
            M::Int(int_part(f) + IBig::from(d)),
        ]);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}
