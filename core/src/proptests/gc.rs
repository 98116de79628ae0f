//! The collector keeps every reachable term intact, keeps sharing, and
//! settles off-heap binary counts.
//!
//! A root is composed from random parts with sharing (the same part used
//! several times, inside tuples and improper lists, and also held by a
//! second root slice), plus sub-binaries over one base binary that nothing
//! else refers to. Between collections the test makes garbage (terms with
//! their own off-heap binaries, raw words) and sometimes grows the root with
//! a fresh term that points at survivors. After each collection: the root is
//! `=:=` to a copy built independently on another heap and reads back as its
//! model, each part likewise, sharing is still sharing, the garbage's
//! binaries are back to the builder's single count and live ones are not.

use super::{check_model, config, mk_list, term, Bits, Builder, M};
use crate::heap::Heap;
use crate::term::compare::exact_eq;
use crate::term::Term;
use alloc::string::String;
use alloc::vec::Vec;
use proptest::collection::vec;
use proptest::prelude::*;

#[derive(Debug)]
struct Round {
    garbage: Vec<M>,
    raw_words: usize,
    grow: Option<M>,
    need: usize,
}

#[derive(Debug)]
struct Case {
    min_words: usize,
    parts: Vec<M>,
    base: Vec<u8>,
    slices: Vec<(usize, usize)>,
    /// Root elements: `(i, j, kind)` over the parts.
    shape: Vec<(usize, usize, u8)>,
    rounds: Vec<Round>,
    /// Base-2 log of the largest block the collector may ask for (0: any),
    /// for the path of a board whose free memory is broken up.
    max_block_log2: u8,
}

fn case() -> impl Strategy<Value = Case> {
    let round = (
        vec(term(), 0..3),
        0usize..600,
        prop::option::weighted(0.4, term()),
        prop_oneof![3 => 0usize..50, 1 => 0usize..3000],
    )
        .prop_map(|(garbage, raw_words, grow, need)| Round {
            garbage,
            raw_words,
            grow,
            need,
        });
    (
        prop_oneof![16usize..64, 64usize..1000],
        vec(term(), 1..6),
        prop_oneof![vec(any::<u8>(), 1..40), vec(any::<u8>(), 65..300)],
        vec((any::<usize>(), any::<usize>()), 1..5),
        vec((any::<usize>(), any::<usize>(), 0u8..3), 1..10),
        vec(round, 1..5),
        prop_oneof![2 => Just(0u8), 1 => 2u8..10],
    )
        .prop_map(
            |(min_words, parts, base, slices, shape, rounds, max_block_log2)| Case {
                min_words,
                parts,
                base,
                slices,
                shape,
                rounds,
                max_block_log2,
            },
        )
}

/// The model of `len` bits of `bytes` from bit `off`.
fn slice_model(bytes: &[u8], off: usize, len: usize) -> M {
    let mut out = alloc::vec![0u8; len.div_ceil(8)];
    for i in 0..len {
        let at = off + i;
        if (bytes[at / 8] >> (7 - at % 8)) & 1 == 1 {
            out[i / 8] |= 0x80 >> (i % 8);
        }
    }
    M::Bits(Bits {
        bytes: out,
        bits: len,
        rep: 0,
    })
}

fn run(c: &Case) -> Result<(), String> {
    let mut b = Builder::new(0);
    let mut rb = Builder::new(1);
    let mut h = Heap::new(c.min_words);
    h.set_max_block_log2(c.max_block_log2);
    let mut rh = Heap::new(64);

    // Parts: random terms, and sub-binaries of one base binary that only
    // they refer to.
    let mut parts: Vec<(Term, M)> = c
        .parts
        .iter()
        .map(|m| (b.build(&mut h, m), m.clone()))
        .collect();
    let base = b.binary(&mut h, &c.base, false);
    let nbits = c.base.len() * 8;
    for &(off, len) in &c.slices {
        let off = off % (nbits + 1);
        let len = len % (nbits - off + 1);
        parts.push((h.sub_binary(base, off, len), slice_model(&c.base, off, len)));
    }

    // The root: a tuple whose elements share the parts.
    let n = parts.len();
    let mut elems = Vec::new();
    let mut models = Vec::new();
    let mut shared = Vec::new(); // (element index, part index)
    for &(i, j, kind) in &c.shape {
        let ((ti, mi), (tj, mj)) = (&parts[i % n], &parts[j % n]);
        match kind {
            0 => {
                shared.push((elems.len(), i % n));
                elems.push(*ti);
                models.push(mi.clone());
            }
            1 => {
                elems.push(h.cons(*ti, *tj));
                models.push(mk_list(alloc::vec![mi.clone()], mj.clone()));
            }
            _ => {
                elems.push(h.tuple(&[*ti, *tj, *ti]));
                models.push(M::Tuple(alloc::vec![mi.clone(), mj.clone(), mi.clone()]));
            }
        }
    }
    let mut model = M::Tuple(models);
    let mut roots = [h.tuple(&elems)];
    let mut part_roots: Vec<Term> = parts.iter().map(|p| p.0).collect();
    let mut reference = rb.build(&mut rh, &model);
    let mut live_bins = b.bins.clone();

    for (round_no, r) in c.rounds.iter().enumerate() {
        let at = |e: String| alloc::format!("round {round_no}: {e}");
        if let Some(g) = &r.grow {
            let mark = b.bins.len();
            let t = b.build(&mut h, g);
            live_bins.extend_from_slice(&b.bins[mark..]);
            roots[0] = h.cons(t, roots[0]);
            model = mk_list(alloc::vec![g.clone()], model);
            let rt = rb.build(&mut rh, g);
            reference = rh.cons(rt, reference);
        }
        let mark = b.bins.len();
        for g in &r.garbage {
            let _ = b.build(&mut h, g);
        }
        let garbage_bins = b.bins[mark..].to_vec();
        let _ = h.alloc(r.raw_words);

        h.collect(r.need, &mut [&mut roots[..], &mut part_roots[..]]);

        // Blocks filled when to-space came in pieces stay (as fragments
        // that call for no collection); nothing else does.
        let pieces = c.max_block_log2 != 0;
        if h.needs_gc(r.need) || (!pieces && h.frag_count() != 0) {
            return Err(at(alloc::format!(
                "after collect({}): {} fragments, {} free words",
                r.need,
                h.frag_count(),
                h.free_words()
            )));
        }
        if !exact_eq(roots[0], reference) {
            return Err(at("root not =:= its independent copy".into()));
        }
        check_model(roots[0], &model).map_err(at)?;
        for (k, (t, p)) in part_roots.iter().zip(&parts).enumerate() {
            check_model(*t, &p.1).map_err(|e| at(alloc::format!("part {k}: {e}")))?;
        }
        // Sharing survives (elements that are the parts themselves); the
        // root may have been wrapped in list cells since.
        let mut tup = roots[0];
        while let Some((_, tl)) = tup.as_cons() {
            tup = tl;
        }
        let es = tup
            .as_tuple()
            .ok_or_else(|| at("root lost its tuple".into()))?;
        for &(e, p) in &shared {
            if es[e].raw() != part_roots[p].raw() {
                return Err(at(alloc::format!("element {e} no longer shares part {p}")));
            }
        }
        for &p in &garbage_bins {
            if Builder::refc(p) != 1 {
                return Err(at(alloc::format!(
                    "garbage binary has count {}",
                    Builder::refc(p)
                )));
            }
        }
        for &p in &live_bins {
            if Builder::refc(p) < 2 {
                return Err(at("live binary lost its count".into()));
            }
        }
    }

    // Nothing reachable: every count goes back to the builder's.
    h.collect(0, &mut []);
    for &p in &b.bins {
        if Builder::refc(p) != 1 {
            return Err(alloc::format!(
                "after an empty collection a binary has count {}",
                Builder::refc(p)
            ));
        }
    }
    drop(h);
    drop(rh);
    b.finish()?;
    rb.finish()
}

proptest! {
    #![proptest_config(config(500))]

    #[test]
    fn gc_preserves_terms(c in case()) {
        let r = run(&c);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}
