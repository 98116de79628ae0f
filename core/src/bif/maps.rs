//! BIFs: the natively implemented part of `maps`, and
//! `erts_internal:map_next/3` (which `maps.beam` builds `maps:iterator/1`,
//! `maps:next/1`, `maps:to_list/1`, folds and filters on).
//!
//! OTP 25's native `maps` functions: `find/2`, `from_keys/2`, `from_list/1`,
//! `get/2`, `is_key/2`, `keys/1`, `merge/2`, `put/3`, `remove/2`, `take/2`,
//! `update/3`, `values/1`. The rest (`get/3`, `new/0`, `size/1`,
//! `to_list/1`, `iterator/1`, `next/1`, folds, ...) is Erlang code.
//! `erlang:map_size/1`, `map_get/2` and `is_map_key/2` live with the type
//! BIFs.
//!
//! # Iteration order
//!
//! `erts_internal:map_next/3` walks a map exactly as OTP 25 does:
//!
//! - flat maps (≤ 32 keys): in key order (map-key order, integers before
//!   floats), all at once, whatever the path;
//! - tries: depth first, children in slot order, i.e. the order of
//!   [`map::iter`]. The path is the position of the next leaf: one 4-bit
//!   child index per trie level (root in the lowest nibble), and — below the
//!   eighth level, where keys whose 32-bit hashes collide share a tuple —
//!   the index in that tuple from bit 32 up.
//!
//! In iterator mode the result is `{K1, V1, {K2, V2, ... Next}}` with `Next`
//! either `[Path | Map]` or `none` (at most 32 pairs on the first call of a
//! trie, then at most 1000). In list mode every remaining pair is consed onto
//! the accumulator in iteration order, so `maps:to_list/1` returns key order
//! for flat maps and the *reverse* iteration order for tries — which is
//! exactly the order of [`map::to_list`], `maps:keys/1` and `maps:values/1`.

use super::lists::list_to_vec;
use super::{badarg, BifResult, Ctx, Exc};
use crate::atom::{am, Atom};
use crate::code::CodeServer;
use crate::heap::Heap;
use crate::term::{integer, map, Term};
use alloc::vec::Vec;

pub fn register(c: &mut CodeServer) {
    c.register_bif("maps", "find", 2, bif_find_2);
    c.register_bif("maps", "get", 2, bif_get_2);
    c.register_bif("maps", "from_list", 1, bif_from_list_1);
    c.register_bif("maps", "from_keys", 2, bif_from_keys_2);
    c.register_bif("maps", "is_key", 2, bif_is_key_2);
    c.register_bif("maps", "keys", 1, bif_keys_1);
    c.register_bif("maps", "values", 1, bif_values_1);
    c.register_bif("maps", "merge", 2, bif_merge_2);
    c.register_bif("maps", "put", 3, bif_put_3);
    c.register_bif("maps", "remove", 2, bif_remove_2);
    c.register_bif("maps", "take", 2, bif_take_2);
    c.register_bif("maps", "update", 3, bif_update_3);
    c.register_bif("erts_internal", "map_next", 3, bif_map_next_3);
}

/// `{Tag, V}` as an error reason.
fn error2(heap: &mut Heap, tag: Atom, v: Term) -> Exc {
    let t = heap.tuple(&[Term::atom(tag), v]);
    Exc::error(t)
}

/// `Ok(())` if `m` is a map, else the `{badmap, M}` error.
#[inline]
fn need_map(heap: &mut Heap, m: Term) -> Result<(), Exc> {
    if m.is_map() {
        Ok(())
    } else {
        Err(error2(heap, am::BADMAP, m))
    }
}

fn bif_find_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    let (k, m) = (args[0], args[1]);
    need_map(heap, m)?;
    Ok(match map::get(m, k) {
        Some(v) => heap.tuple(&[Term::atom(am::OK), v]),
        None => Term::atom(am::ERROR),
    })
}

fn bif_get_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    let (k, m) = (args[0], args[1]);
    need_map(heap, m)?;
    match map::get(m, k) {
        Some(v) => Ok(v),
        None => Err(error2(heap, am::BADKEY, k)),
    }
}

fn bif_is_key_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let (k, m) = (args[0], args[1]);
    need_map(&mut ctx.p.heap, m)?;
    Ok(Term::bool(map::contains(m, k)))
}

fn bif_keys_1(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    let m = args[0];
    need_map(heap, m)?;
    let ks = map::keys(m);
    Ok(heap.list(&ks))
}

fn bif_values_1(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    let m = args[0];
    need_map(heap, m)?;
    let vs = map::values(m);
    Ok(heap.list(&vs))
}

fn bif_put_3(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    let (k, v, m) = (args[0], args[1], args[2]);
    need_map(heap, m)?;
    Ok(map::put(heap, m, k, v))
}

fn bif_update_3(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    let (k, v, m) = (args[0], args[1], args[2]);
    need_map(heap, m)?;
    match map::update(heap, m, k, v) {
        Some(r) => Ok(r),
        None => Err(error2(heap, am::BADKEY, k)),
    }
}

fn bif_remove_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    let (k, m) = (args[0], args[1]);
    need_map(heap, m)?;
    Ok(map::remove(heap, m, k))
}

fn bif_take_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    let (k, m) = (args[0], args[1]);
    need_map(heap, m)?;
    Ok(match map::get(m, k) {
        Some(v) => {
            let rest = map::remove(heap, m, k);
            heap.tuple(&[v, rest])
        }
        None => Term::atom(am::ERROR),
    })
}

fn bif_from_list_1(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    from_list(&mut ctx.p.heap, args[0])
}

/// `maps:from_list/1`: a proper list of 2-tuples; later keys win.
pub(crate) fn from_list(heap: &mut Heap, l: Term) -> BifResult {
    let Some(items) = list_to_vec(l) else {
        return badarg();
    };
    let mut pairs = Vec::with_capacity(items.len());
    for it in items {
        match it.as_tuple() {
            Some(&[k, v]) => pairs.push((k, v)),
            _ => return badarg(),
        }
    }
    Ok(map::from_pairs(heap, &mut pairs))
}

fn bif_from_keys_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    from_keys(&mut ctx.p.heap, args[0], args[1])
}

/// `maps:from_keys/2`: every key of a proper list mapped to `v`.
pub(crate) fn from_keys(heap: &mut Heap, keys: Term, v: Term) -> BifResult {
    let Some(ks) = list_to_vec(keys) else {
        return badarg();
    };
    let mut pairs: Vec<(Term, Term)> = ks.into_iter().map(|k| (k, v)).collect();
    Ok(map::from_pairs(heap, &mut pairs))
}

fn bif_merge_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let heap = &mut ctx.p.heap;
    let (a, b) = (args[0], args[1]);
    need_map(heap, a)?;
    need_map(heap, b)?;
    Ok(merge(heap, a, b))
}

/// `maps:merge/2`: `b`'s values win. Small right-hand sides are put into
/// `a` one by one (sharing `a`'s structure); otherwise both are rebuilt
/// from their pairs in one sort.
pub(crate) fn merge(heap: &mut Heap, a: Term, b: Term) -> Term {
    let (na, nb) = (map::size(a), map::size(b));
    if nb == 0 {
        return a;
    }
    if na == 0 {
        return b;
    }
    if nb <= 8 || nb.saturating_mul(16) <= na {
        let mut m = a;
        for (k, v) in map::iter(b) {
            m = map::put(heap, m, k, v);
        }
        return m;
    }
    let mut pairs: Vec<(Term, Term)> = Vec::with_capacity(na + nb);
    pairs.extend(map::iter(a));
    pairs.extend(map::iter(b));
    // `from_pairs` keeps the last of equal keys: `b`'s.
    map::from_pairs(heap, &mut pairs)
}

// ---- erts_internal:map_next/3 ----

fn bif_map_next_3(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    map_next(&mut ctx.p.heap, args[0], args[1], args[2], ITER_CHUNK)
}

/// Pairs an iterator call returns after the first one (OTP returns about
/// a quarter of the remaining reductions' worth).
const ITER_CHUNK: usize = 1000;
/// Pairs the first iterator call on a trie returns (OTP's
/// `MAP_SMALL_MAP_LIMIT`).
const ITER_FIRST_CHUNK: usize = 32;
/// Trie levels that consume hash bits; a collision tuple sits below.
const LEVELS: usize = 8;

/// `erts_internal:map_next(Path, Map, iterator | Acc)`; see the module docs.
pub(crate) fn map_next(heap: &mut Heap, path: Term, m: Term, acc: Term, chunk: usize) -> BifResult {
    if !m.is_map() {
        return badarg();
    }
    let iterator = if acc == Term::atom(am::ITERATOR) {
        true
    } else if acc.is_nil() || acc.is_list() {
        false
    } else {
        return badarg();
    };
    let n = map::size(m);
    if m.subtag() == Some(crate::term::boxed::Subtag::FlatMap) {
        match path.as_small() {
            Some(p) if p >= 0 && (p as usize) <= n => {}
            _ => return badarg(),
        }
        let (keys, values) = map::flat_parts(m);
        return Ok(if iterator {
            let mut res = Term::atom(am::NONE);
            for i in (0..keys.len()).rev() {
                res = heap.tuple(&[keys[i], values[i], res]);
            }
            res
        } else {
            let mut res = acc;
            for i in (0..keys.len()).rev() {
                let kv = heap.tuple(&[keys[i], values[i]]);
                res = heap.cons(kv, res);
            }
            res
        });
    }
    let Some(p) = path_value(path) else {
        return badarg();
    };
    let limit = if !iterator {
        usize::MAX
    } else if p == 0 {
        ITER_FIRST_CHUNK.min(chunk.max(1))
    } else {
        chunk.max(1)
    };
    let Some((leaves, next)) = trie_walk(m, p, limit) else {
        return badarg();
    };
    if iterator {
        let mut res = match next {
            Some(np) => {
                let pt = heap.uint(np);
                heap.cons(pt, m)
            }
            None => Term::atom(am::NONE),
        };
        for &leaf in leaves.iter().rev() {
            let (k, v) = leaf.cons();
            res = heap.tuple(&[k, v, res]);
        }
        Ok(res)
    } else {
        let mut res = acc;
        for &leaf in &leaves {
            let (k, v) = leaf.cons();
            let kv = heap.tuple(&[k, v]);
            res = heap.cons(kv, res);
        }
        if let Some(np) = next {
            let pt = heap.uint(np);
            res = heap.cons(m, res);
            res = heap.cons(pt, res);
        }
        Ok(res)
    }
}

/// A path term as a number: a non-negative small or bignum that fits u64.
fn path_value(path: Term) -> Option<u64> {
    if let Some(i) = path.as_small() {
        return u64::try_from(i).ok();
    }
    if path.is_bignum() {
        let b = integer::to_bigint(path)?;
        return u64::try_from(&b).ok();
    }
    None
}

/// The child index a path selects at stack depth `d`.
#[inline]
fn path_elem(path: u64, d: usize) -> usize {
    if d < LEVELS {
        ((path >> (4 * d)) & 0xF) as usize
    } else if d == LEVELS {
        (path >> (4 * LEVELS)) as usize
    } else {
        usize::MAX
    }
}

/// The children of a trie node or the leaves of a collision tuple.
fn kids<'a>(node: Term) -> &'a [Term] {
    match node.as_tuple() {
        Some(leaves) => leaves,
        None => map::hamt_children(node),
    }
}

/// Walks a trie from the leaf `path` selects, collecting at most `limit`
/// leaves (cons cells `[K | V]`). Returns them and the path of the next
/// leaf, if any; `None` for a path that selects nothing.
///
/// Mirrors OTP's `erts_internal_map_next_3`: the stack holds, per level,
/// the node's children and the index *after* the child being explored.
fn trie_walk(root: Term, path: u64, limit: usize) -> Option<(Vec<Term>, Option<u64>)> {
    let mut out: Vec<Term> = Vec::new();
    let mut stack: Vec<(&[Term], usize)> = Vec::with_capacity(LEVELS + 1);
    let mut elems = limit;
    let mut node = root;
    // Descend to the starting leaf.
    loop {
        let ks = kids(node);
        let i = path_elem(path, stack.len());
        if i >= ks.len() {
            return None;
        }
        stack.push((ks, i + 1));
        let c = ks[i];
        if c.is_list() {
            out.push(c);
            elems -= 1;
            break;
        }
        if !c.is_boxed() || stack.len() > LEVELS {
            return None;
        }
        node = c;
    }
    // Continue depth first.
    while let Some((ks, mut idx)) = stack.pop() {
        while idx < ks.len() && elems != 0 && ks[idx].is_list() {
            out.push(ks[idx]);
            elems -= 1;
            idx += 1;
        }
        if elems == 0 {
            if idx < ks.len() {
                stack.push((ks, idx + 1));
            } else {
                while let Some((pks, pidx)) = stack.pop() {
                    if pidx < pks.len() {
                        stack.push((pks, pidx + 1));
                        break;
                    }
                }
            }
            break;
        }
        if idx < ks.len() {
            stack.push((ks, idx + 1));
            let child = ks[idx];
            stack.push((kids(child), 0));
        }
    }
    if stack.is_empty() {
        return Some((out, None));
    }
    let mut next = 0u64;
    for (d, &(_, idx)) in stack.iter().enumerate() {
        let e = (idx - 1) as u64;
        next |= if d < LEVELS {
            e << (4 * d)
        } else {
            e << (4 * LEVELS)
        };
    }
    Some((out, Some(next)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::hash::parse::term;
    use crate::term::print::to_string;

    fn big_map(h: &mut Heap, n: isize) -> Term {
        let mut pairs: Vec<(Term, Term)> =
            (1..=n).map(|i| (Term::small(i), Term::small(i))).collect();
        map::from_pairs(h, &mut pairs)
    }

    #[test]
    fn flat_map_next() {
        let mut h = Heap::default();
        let m = term(&mut h, "#{a => 1, b => 2, c => 3}");
        let it = Term::atom(am::ITERATOR);
        let r = map_next(&mut h, Term::small(0), m, it, ITER_CHUNK)
            .ok()
            .unwrap();
        assert_eq!(to_string(r), "{a,1,{b,2,{c,3,none}}}");
        let acc = term(&mut h, "[x]");
        let r = map_next(&mut h, Term::small(2), m, acc, ITER_CHUNK)
            .ok()
            .unwrap();
        assert_eq!(to_string(r), "[{a,1},{b,2},{c,3},x]");
        assert!(map_next(&mut h, Term::small(4), m, Term::NIL, ITER_CHUNK).is_err());
        assert!(map_next(&mut h, Term::small(-1), m, Term::NIL, ITER_CHUNK).is_err());
        assert!(map_next(&mut h, Term::atom(am::OK), m, Term::NIL, ITER_CHUNK).is_err());
        assert!(map_next(&mut h, Term::small(0), m, Term::atom(am::OK), ITER_CHUNK).is_err());
        assert!(map_next(&mut h, Term::small(0), Term::NIL, Term::NIL, ITER_CHUNK).is_err());
        let e = term(&mut h, "#{}");
        let r = map_next(&mut h, Term::small(0), e, it, ITER_CHUNK)
            .ok()
            .unwrap();
        assert_eq!(to_string(r), "none");
    }

    /// Follows iterator chains to the end, collecting keys.
    fn iterate(h: &mut Heap, m: Term, chunk: usize) -> Vec<Term> {
        let it = Term::atom(am::ITERATOR);
        let mut keys = Vec::new();
        let mut r = map_next(h, Term::small(0), m, it, chunk).ok().unwrap();
        loop {
            if let Some(&[k, _, rest]) = r.as_tuple() {
                keys.push(k);
                r = rest;
            } else if let Some((p, mm)) = r.as_cons() {
                r = map_next(h, p, mm, it, chunk).ok().unwrap();
            } else {
                assert_eq!(r, Term::atom(am::NONE));
                return keys;
            }
        }
    }

    #[test]
    fn trie_iteration_matches_otp() {
        let mut h = Heap::default();
        let m = big_map(&mut h, 40);
        // OTP 25: erts_internal:map_next(0, maps:from_list([{I,I} || I <- lists:seq(1,40)]), iterator)
        let first = map_next(
            &mut h,
            Term::small(0),
            m,
            Term::atom(am::ITERATOR),
            ITER_CHUNK,
        )
        .ok()
        .unwrap();
        assert!(to_string(first).starts_with("{16,16,{18,18,{5,5,{19,19,{27,27,{35,35,{10,"));
        // maps:keys/1 and maps:to_list/1 (list mode) agree: reverse iteration order.
        let otp_keys = "[33,12,23,29,30,39,26,31,11,37,9,32,34,25,28,6,38,13,40,20,15,14,2,7,1,8,3,17,22,21,4,36,24,10,35,27,19,5,18,16]";
        let ks = map::keys(m);
        assert_eq!(to_string(h.list(&ks)), otp_keys);
        let l = map_next(&mut h, Term::small(0), m, Term::NIL, ITER_CHUNK)
            .ok()
            .unwrap();
        let lk: Vec<Term> = list_to_vec(l)
            .unwrap()
            .iter()
            .map(|t| t.as_tuple().unwrap()[0])
            .collect();
        assert_eq!(to_string(h.list(&lk)), otp_keys);
        // Any chunk size yields the same sequence: the iter order.
        let want: Vec<Term> = map::iter(m).map(|(k, _)| k).collect();
        for chunk in [1, 2, 3, 7, 32, 1000] {
            assert_eq!(iterate(&mut h, m, chunk), want, "chunk {chunk}");
        }
    }

    #[test]
    fn trie_iteration_large() {
        let mut h = Heap::default();
        let m = big_map(&mut h, 5000);
        let want: Vec<Term> = map::iter(m).map(|(k, _)| k).collect();
        assert_eq!(want.len(), 5000);
        assert_eq!(iterate(&mut h, m, ITER_CHUNK), want);
        assert_eq!(iterate(&mut h, m, 1), want);
        // A bad path is badarg.
        assert!(map_next(&mut h, Term::small(0xFFFF_FFFF), m, Term::NIL, ITER_CHUNK).is_err());
    }

    #[test]
    fn builders() {
        let mut h = Heap::default();
        let l = term(&mut h, "[{a,1},{b,2},{a,3}]");
        assert_eq!(
            to_string(from_list(&mut h, l).ok().unwrap()),
            "#{a => 3,b => 2}"
        );
        for bad in ["[{a,1}|x]", "[{a,1,2}]", "x"] {
            let l = term(&mut h, bad);
            assert!(from_list(&mut h, l).is_err());
        }
        let l = term(&mut h, "[a,b,a]");
        assert_eq!(
            to_string(from_keys(&mut h, l, Term::small(0)).ok().unwrap()),
            "#{a => 0,b => 0}"
        );
        let l = term(&mut h, "[a|b]");
        assert!(from_keys(&mut h, l, Term::small(0)).is_err());
        let a = term(&mut h, "#{a => 1, b => 2}");
        let b = term(&mut h, "#{a => 9, c => 3}");
        assert_eq!(to_string(merge(&mut h, a, b)), "#{a => 9,b => 2,c => 3}");
        // Big merges: the right-hand side wins.
        let x = big_map(&mut h, 100);
        let mut pairs: Vec<(Term, Term)> = (50..=150)
            .map(|i| (Term::small(i), Term::small(-i)))
            .collect();
        let y = map::from_pairs(&mut h, &mut pairs);
        let z = merge(&mut h, x, y);
        assert_eq!(map::size(z), 150);
        assert_eq!(map::get(z, Term::small(49)), Some(Term::small(49)));
        assert_eq!(map::get(z, Term::small(50)), Some(Term::small(-50)));
        assert_eq!(map::get(z, Term::small(150)), Some(Term::small(-150)));
    }
}
