//! External term format: `decode(encode(t)) =:= t` under every option.

use super::{check_model, config, mk_list, term, Builder, M};
use crate::etf::{decode, encode, DecodeOpts, EncodeOpts};
use crate::heap::Heap;
use crate::term::compare::exact_eq;
use alloc::string::String;
use alloc::vec::Vec;
use dashu_int::IBig;
use proptest::prelude::*;

/// Every option combination: minor versions 0-2, uncompressed or at `level`
/// (0 meaning no compression), with and without `deterministic`.
fn variants(level: u8) -> Vec<EncodeOpts> {
    let mut v = Vec::new();
    for minor_version in 0..=2 {
        for compressed in [None, Some(level)] {
            for deterministic in [false, true] {
                v.push(EncodeOpts {
                    minor_version,
                    compressed,
                    deterministic,
                });
            }
        }
    }
    v
}

fn round_trip(m: &M, level: u8) -> Result<(), String> {
    let mut b = Builder::new(0);
    let mut h = Heap::new(64);
    let t = b.build(&mut h, m);
    // The same value made differently (other binary and map shapes).
    let mut alt_heap = Heap::new(64);
    let mut alt_b = Builder::new(1);
    let alt = alt_b.build(&mut alt_heap, m);
    for opts in variants(level) {
        let bytes = encode(t, opts).map_err(|e| alloc::format!("{opts:?}: encode: {e:?}"))?;
        let again = encode(t, opts).map_err(|e| alloc::format!("{e:?}"))?;
        if again != bytes {
            return Err(alloc::format!("{opts:?}: encode not deterministic"));
        }
        // Encoding depends on the value, not on how it is represented.
        let other = encode(alt, opts).map_err(|e| alloc::format!("{e:?}"))?;
        if other != bytes {
            return Err(alloc::format!(
                "{opts:?}: equal terms encode differently:\n {bytes:?}\n {other:?}"
            ));
        }
        let mut dh = Heap::new(16);
        let (d, used) = decode(&mut dh, &bytes, DecodeOpts::default())
            .map_err(|e| alloc::format!("{opts:?}: decode: {e:?} of {bytes:?}"))?;
        if used != bytes.len() {
            return Err(alloc::format!("{opts:?}: used {used} of {}", bytes.len()));
        }
        if !exact_eq(d, t) {
            return Err(alloc::format!(
                "{opts:?}: decoded term not =:= the original"
            ));
        }
        check_model(d, m).map_err(|e| alloc::format!("{opts:?}: {e}"))?;
        let re = encode(d, opts).map_err(|e| alloc::format!("{e:?}"))?;
        if re != bytes {
            return Err(alloc::format!(
                "{opts:?}: re-encoding the decoded term differs"
            ));
        }
    }
    drop(h);
    drop(alt_heap);
    b.finish()?;
    alt_b.finish()
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn etf_round_trip(m in term(), level in 0u8..=9) {
        let r = round_trip(&m, level);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}

/// Lists around `STRING_EXT`'s 65535-element limit (a byte list longer
/// than that is a `LIST_EXT`) and tuples around `SMALL_TUPLE_EXT`'s 255.
fn long_term(len: usize, arity: usize, seed: u8, byte: bool) -> M {
    let int = |i: usize| {
        let v = (i as u8).wrapping_mul(seed) as i64;
        M::Int(IBig::from(if byte { v } else { v - 128 }))
    };
    M::Tuple(alloc::vec![
        mk_list((0..len).map(int).collect(), M::Nil),
        M::Tuple((0..arity).map(int).collect()),
    ])
}

proptest! {
    #![proptest_config(config(12))]

    #[test]
    fn etf_long_lists_and_tuples(
        len in 65533usize..65539,
        arity in 254usize..258,
        seed in any::<u8>(),
        byte in any::<bool>(),
        level in 0u8..=9,
    ) {
        let r = round_trip(&long_term(len, arity, seed, byte), level);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}
