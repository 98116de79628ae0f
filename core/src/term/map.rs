//! Maps: flat maps up to 32 keys, hash array mapped tries above, as OTP.
//!
//! All operations are persistent: they allocate new objects on the given
//! heap and never modify existing terms; tries share every untouched node.
//! A map's representation is a function of its size, exactly as in OTP 25:
//! at most [`MAX_FLAT`] keys is a flat map, more is a trie (`put` switches
//! up, `remove` switches back down when the size drops to 32), so equal maps
//! always have the same shape. Comparison and hashing nevertheless accept
//! either representation for any size.
//!
//! # Flat maps (`Subtag::FlatMap`)
//!
//! Payload `[keys, v1, .., vn]`: `keys` is a tuple of the n keys sorted in
//! map-key order ([`compare_exact`]); `vi` is the value of key i. Updating a
//! value shares the keys tuple.
//!
//! # Tries (`Subtag::HashMap`)
//!
//! Keys are hashed with OTP's own map hash ([`internal_hash`], 32 bits) and
//! the trie consumes it 4 bits at a time from the least significant end, 16
//! ways per node, like OTP's. Node layout (header `arity<<6 | HashMap<<2`):
//!
//! - root: `[ROOT | bitmap, size (small integer), child...]`
//! - inner: `[bitmap, child...]`
//!
//! Word 0 is raw (the GC skips it, per [`Subtag::scan_range`]): the low 16
//! bits are the bitmap of occupied slots, bit 16 ([`ROOT`]) marks the
//! root. One child per set bit, in slot order, each either
//! - a leaf: a cons cell `[Key | Value]`,
//! - an inner node (a boxed `HashMap`), or
//! - a collision node, only at depth 8 (all 32 hash bits used): a tuple of
//!   two or more leaves in map-key order.
//!
//! The shape is canonical: a subtree holding one entry is always a leaf and
//! one holding several is a node, so equal maps have identical tries.
//!
//! # Order
//!
//! [`iter`] yields OTP's iteration order (`maps:iterator/1` + `maps:next/1`,
//! `maps:fold/3`, and the order `io:format("~p")`/`~w` print a map in): key
//! order for flat maps; for tries, a depth-first walk in slot order, which is
//! OTP's order exactly when keys hash as in OTP: integers, floats, binaries
//! and lists/tuples/maps of those. Atoms (and pids/refs/funs) hash by their
//! table index in OTP, which no other VM shares, so big maps with such keys
//! iterate in a different (but deterministic) order than OTP's.
//! [`to_list`], [`keys`] and [`values`] follow `maps:to_list/1`,
//! `maps:keys/1` and `maps:values/1`, which in OTP 25 give key order for flat
//! maps and the *reverse* of the iteration order for tries; OTP 25's
//! `term_to_binary/1` writes map pairs in that same `maps:to_list/1` order.
//! Keys that collide on all 32 hash bits iterate in key order (OTP uses its
//! own collision order). [`to_sorted_pairs`] is always key order.
//!
//! Functions taking a `map` expect a map term ([`Term::is_map`]).

mod hamt;

use super::boxed::Subtag;
use super::compare::{compare_exact, exact_eq, words_as_terms as as_terms};
use super::hash::internal_hash;
use super::Term;
use crate::heap::Heap;
use alloc::vec::Vec;

pub use hamt::ROOT;

/// Most keys a flat map holds (OTP's `MAP_SMALL_MAP_LIMIT`).
pub const MAX_FLAT: usize = 32;

#[inline]
fn is_flat(map: Term) -> bool {
    map.header().subtag() == Subtag::FlatMap
}

/// Keys and values of a flat map.
pub fn flat_parts<'a>(map: Term) -> (&'a [Term], &'a [Term]) {
    debug_assert!(is_flat(map));
    let p = as_terms(map.payload_slice());
    let keys = p[0].as_tuple().unwrap_or(&[]);
    (keys, &p[1..])
}

/// Size of a trie root (`None` for inner nodes).
pub fn hamt_root_size(node: Term) -> Option<usize> {
    hamt::is_root(node).then(|| hamt::root_size(node))
}

/// Children of a trie node, in slot order.
pub fn hamt_children<'a>(node: Term) -> &'a [Term] {
    hamt::children(node)
}

/// The occupied-slot bitmap of a trie node.
pub fn hamt_bitmap(node: Term) -> u32 {
    hamt::bitmap(node)
}

/// The empty map.
pub fn new(heap: &mut Heap) -> Term {
    let keys = heap.tuple(&[]);
    flat_from(heap, keys, &[])
}

fn flat_from(heap: &mut Heap, keys: Term, values: &[Term]) -> Term {
    let (t, p) = heap.alloc_boxed(Subtag::FlatMap, 1 + values.len());
    p[0] = keys.raw();
    for (d, v) in p[1..].iter_mut().zip(values) {
        *d = v.raw();
    }
    t
}

/// A map from pairs with distinct keys already in map-key order.
fn from_sorted_unique(heap: &mut Heap, pairs: &[(Term, Term)]) -> Term {
    if pairs.len() <= MAX_FLAT {
        let (kt, kp) = heap.alloc_boxed(Subtag::Tuple, pairs.len());
        for (d, (k, _)) in kp.iter_mut().zip(pairs) {
            *d = k.raw();
        }
        let (t, p) = heap.alloc_boxed(Subtag::FlatMap, 1 + pairs.len());
        p[0] = kt.raw();
        for (d, (_, v)) in p[1..].iter_mut().zip(pairs) {
            *d = v.raw();
        }
        t
    } else {
        hamt::from_sorted_unique(heap, pairs)
    }
}

/// Number of keys.
pub fn size(map: Term) -> usize {
    if is_flat(map) {
        map.payload_term(0).header().arity()
    } else {
        hamt::root_size(map)
    }
}

/// Index of `key` among flat-map keys.
#[inline]
fn flat_find(keys: &[Term], key: Term) -> Option<usize> {
    if key.is_immediate() {
        keys.iter().position(|k| k.raw() == key.raw())
    } else {
        keys.iter().position(|&k| exact_eq(k, key))
    }
}

/// The value of `key` (matched with `=:=`).
pub fn get(map: Term, key: Term) -> Option<Term> {
    if is_flat(map) {
        let (keys, values) = flat_parts(map);
        flat_find(keys, key).map(|i| values[i])
    } else {
        hamt::get(map, key)
    }
}

/// `maps:is_key/2`.
pub fn contains(map: Term, key: Term) -> bool {
    get(map, key).is_some()
}

/// `maps:put/3` / `M#{K => V}`: the map with `key` set to `value`.
pub fn put(heap: &mut Heap, map: Term, key: Term, value: Term) -> Term {
    if !is_flat(map) {
        return hamt::put(heap, map, key, value, false).unwrap_or(map);
    }
    let (keys, values) = flat_parts(map);
    if let Some(i) = flat_find(keys, key) {
        return flat_set(heap, map, i, value);
    }
    let n = keys.len();
    let pos = keys.partition_point(|&k| compare_exact(k, key) == core::cmp::Ordering::Less);
    if n >= MAX_FLAT {
        let mut pairs: Vec<(Term, Term)> = Vec::with_capacity(n + 1);
        pairs.extend(
            keys[..pos]
                .iter()
                .copied()
                .zip(values[..pos].iter().copied()),
        );
        pairs.push((key, value));
        pairs.extend(
            keys[pos..]
                .iter()
                .copied()
                .zip(values[pos..].iter().copied()),
        );
        return hamt::from_sorted_unique(heap, &pairs);
    }
    let (kt, kp) = heap.alloc_boxed(Subtag::Tuple, n + 1);
    for (i, d) in kp.iter_mut().enumerate() {
        *d = match i.cmp(&pos) {
            core::cmp::Ordering::Less => keys[i].raw(),
            core::cmp::Ordering::Equal => key.raw(),
            core::cmp::Ordering::Greater => keys[i - 1].raw(),
        };
    }
    let (t, p) = heap.alloc_boxed(Subtag::FlatMap, n + 2);
    p[0] = kt.raw();
    for (i, d) in p[1..].iter_mut().enumerate() {
        *d = match i.cmp(&pos) {
            core::cmp::Ordering::Less => values[i].raw(),
            core::cmp::Ordering::Equal => value.raw(),
            core::cmp::Ordering::Greater => values[i - 1].raw(),
        };
    }
    t
}

/// A flat map with value `i` replaced (the keys tuple is shared).
fn flat_set(heap: &mut Heap, map: Term, i: usize, value: Term) -> Term {
    let (keys, values) = flat_parts(map);
    if values[i].raw() == value.raw() {
        return map;
    }
    let (t, p) = heap.alloc_boxed(Subtag::FlatMap, 1 + values.len());
    p[0] = map.payload(0);
    for (d, v) in p[1..].iter_mut().zip(values) {
        *d = v.raw();
    }
    p[1 + i] = value.raw();
    let _ = keys;
    t
}

/// `M#{K := V}`: `None` when `key` is absent (a `badkey` error).
pub fn update(heap: &mut Heap, map: Term, key: Term, value: Term) -> Option<Term> {
    if is_flat(map) {
        let (keys, _) = flat_parts(map);
        let i = flat_find(keys, key)?;
        Some(flat_set(heap, map, i, value))
    } else {
        hamt::put(heap, map, key, value, true)
    }
}

/// `maps:remove/2`: the map without `key` (the same map if it is absent).
pub fn remove(heap: &mut Heap, map: Term, key: Term) -> Term {
    if !is_flat(map) {
        return match hamt::remove(heap, map, key) {
            None => map,
            Some(m) if hamt::root_size(m) > MAX_FLAT => m,
            Some(m) => {
                let pairs = to_sorted_pairs(m);
                from_sorted_unique(heap, &pairs)
            }
        };
    }
    let (keys, values) = flat_parts(map);
    let Some(pos) = flat_find(keys, key) else {
        return map;
    };
    let n = keys.len();
    let (kt, kp) = heap.alloc_boxed(Subtag::Tuple, n - 1);
    for (i, d) in kp.iter_mut().enumerate() {
        *d = keys[if i < pos { i } else { i + 1 }].raw();
    }
    let (t, p) = heap.alloc_boxed(Subtag::FlatMap, n);
    p[0] = kt.raw();
    for (i, d) in p[1..].iter_mut().enumerate() {
        *d = values[if i < pos { i } else { i + 1 }].raw();
    }
    t
}

/// `maps:from_list/1`: later pairs win over earlier ones with an equal
/// (`=:=`) key. Reorders `pairs`.
pub fn from_pairs(heap: &mut Heap, pairs: &mut [(Term, Term)]) -> Term {
    // Stable: equal keys keep their input order, so the last one is last.
    pairs.sort_by(|a, b| compare_exact(a.0, b.0));
    let mut w = 0;
    for r in 0..pairs.len() {
        if r + 1 < pairs.len() && exact_eq(pairs[r].0, pairs[r + 1].0) {
            continue;
        }
        pairs[w] = pairs[r];
        w += 1;
    }
    from_sorted_unique(heap, &pairs[..w])
}

/// Iterator over `(key, value)` in OTP's iteration order (see module docs).
pub struct Iter {
    left: usize,
    inner: IterInner,
}

enum IterInner {
    Flat {
        map: Term,
        i: usize,
    },
    Hamt {
        /// (node, next child index) down the current path.
        stack: Vec<(Term, usize)>,
        /// A collision node being walked.
        coll: Option<(Term, usize)>,
    },
}

/// `(key, value)` pairs in OTP's iteration order (`maps:next/1`).
pub fn iter(map: Term) -> Iter {
    let left = size(map);
    let inner = if is_flat(map) {
        IterInner::Flat { map, i: 0 }
    } else {
        let mut stack = Vec::with_capacity(9);
        stack.push((map, 0));
        IterInner::Hamt { stack, coll: None }
    };
    Iter { left, inner }
}

impl Iterator for Iter {
    type Item = (Term, Term);

    fn next(&mut self) -> Option<(Term, Term)> {
        let r = match &mut self.inner {
            IterInner::Flat { map, i } => {
                let (keys, values) = flat_parts(*map);
                if *i < keys.len() {
                    *i += 1;
                    Some((keys[*i - 1], values[*i - 1]))
                } else {
                    None
                }
            }
            IterInner::Hamt { stack, coll } => loop {
                if let Some((t, i)) = coll {
                    let leaves = t.as_tuple().unwrap_or(&[]);
                    if *i < leaves.len() {
                        *i += 1;
                        break Some(leaves[*i - 1].cons());
                    }
                    *coll = None;
                }
                let (node, i) = stack.last_mut()?;
                let kids = hamt::children(*node);
                if *i >= kids.len() {
                    stack.pop();
                    continue;
                }
                let c = kids[*i];
                *i += 1;
                if let Some(kv) = c.as_cons() {
                    break Some(kv);
                }
                if c.header().subtag() == Subtag::HashMap {
                    stack.push((c, 0));
                } else {
                    *coll = Some((c, 0));
                }
            },
        };
        if r.is_some() {
            self.left -= 1;
        }
        r
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Iter {}

/// `maps:to_list/1`, in OTP 25's order (see module docs).
pub fn to_list(map: Term) -> Vec<(Term, Term)> {
    let mut v: Vec<(Term, Term)> = iter(map).collect();
    if !is_flat(map) {
        v.reverse();
    }
    v
}

/// `maps:keys/1`, in OTP 25's order.
pub fn keys(map: Term) -> Vec<Term> {
    to_list(map).into_iter().map(|(k, _)| k).collect()
}

/// `maps:values/1`, in OTP 25's order.
pub fn values(map: Term) -> Vec<Term> {
    to_list(map).into_iter().map(|(_, v)| v).collect()
}

/// All pairs in map-key order.
pub fn to_sorted_pairs(map: Term) -> Vec<(Term, Term)> {
    let mut v: Vec<(Term, Term)> = iter(map).collect();
    if !is_flat(map) {
        v.sort_unstable_by(|a, b| compare_exact(a.0, b.0));
    }
    v
}

/// The hash tries are keyed on.
#[inline]
fn key_hash(key: Term) -> u32 {
    internal_hash(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::Atom;
    use crate::term::compare::{compare, eq};
    use crate::term::hash::{self, parse};
    use alloc::vec;

    fn ints(v: &[(Term, Term)]) -> Vec<isize> {
        v.iter().map(|(k, _)| k.small_value()).collect()
    }

    #[test]
    fn flat_basics() {
        let mut h = Heap::default();
        let m = new(&mut h);
        assert_eq!(size(m), 0);
        assert!(m.is_map());
        let a = Term::atom(Atom::from_str("a"));
        let b = Term::atom(Atom::from_str("b"));
        let m1 = put(&mut h, m, b, Term::small(2));
        let m2 = put(&mut h, m1, a, Term::small(1));
        assert_eq!(size(m2), 2);
        assert_eq!(get(m2, a), Some(Term::small(1)));
        assert_eq!(get(m2, b), Some(Term::small(2)));
        assert_eq!(get(m1, a), None);
        let (keys, _) = flat_parts(m2);
        assert_eq!(keys, &[a, b]);
        let m3 = update(&mut h, m2, a, Term::small(10)).unwrap();
        assert_eq!(get(m3, a), Some(Term::small(10)));
        assert_eq!(get(m2, a), Some(Term::small(1)));
        assert!(update(&mut h, m2, Term::small(0), Term::NIL).is_none());
        let m4 = remove(&mut h, m3, a);
        assert_eq!(size(m4), 1);
        assert_eq!(get(m4, a), None);
        assert_eq!(remove(&mut h, m4, a), m4);
        // Boxed keys, and 1 vs 1.0 are different keys.
        let f = h.float(1.0);
        let m5 = put(&mut h, m4, f, a);
        let m6 = put(&mut h, m5, Term::small(1), b);
        assert_eq!(size(m6), 3);
        let f2 = h.float(1.0);
        assert_eq!(get(m6, f2), Some(a));
        assert_eq!(get(m6, Term::small(1)), Some(b));
        let (keys, _) = flat_parts(m6);
        assert_eq!(keys[0], Term::small(1)); // integers before floats
    }

    #[test]
    fn from_pairs_last_wins() {
        let mut h = Heap::default();
        let mut pairs = vec![
            (Term::small(1), Term::small(10)),
            (Term::small(2), Term::small(20)),
            (Term::small(1), Term::small(11)),
        ];
        let m = from_pairs(&mut h, &mut pairs);
        assert_eq!(size(m), 2);
        assert_eq!(get(m, Term::small(1)), Some(Term::small(11)));
        let mut many: Vec<(Term, Term)> = (0..100)
            .map(|i| (Term::small(i % 40), Term::small(i)))
            .collect();
        let m = from_pairs(&mut h, &mut many);
        assert_eq!(size(m), 40);
        assert_eq!(get(m, Term::small(5)), Some(Term::small(85)));
        assert!(!is_flat(m));
        let mut dup: Vec<(Term, Term)> =
            (0..50).map(|i| (Term::small(3), Term::small(i))).collect();
        let m = from_pairs(&mut h, &mut dup);
        assert!(is_flat(m));
        assert_eq!(get(m, Term::small(3)), Some(Term::small(49)));
    }

    /// `maps:keys(maps:from_list([{I,I} || I <- lists:seq(1,40)]))` in OTP 25.
    const KEYS_40: [isize; 40] = [
        33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25, 28, 6, 38, 13, 40, 20, 15, 14, 2, 7,
        1, 8, 3, 17, 22, 21, 4, 36, 24, 10, 35, 27, 19, 5, 18, 16,
    ];

    #[test]
    fn hamt_order_matches_otp() {
        let mut h = Heap::default();
        let mut pairs: Vec<(Term, Term)> =
            (1..=40).map(|i| (Term::small(i), Term::small(i))).collect();
        let m = from_pairs(&mut h, &mut pairs);
        assert_eq!(ints(&to_list(m)), KEYS_40);
        let mut rev = KEYS_40;
        rev.reverse();
        assert_eq!(ints(&iter(m).collect::<Vec<_>>()), rev);
        // Built by puts in another order: the same map, the same order.
        let mut m2 = new(&mut h);
        for i in (1..=40).rev() {
            m2 = put(&mut h, m2, Term::small(i), Term::small(i));
        }
        assert_eq!(ints(&to_list(m2)), KEYS_40);
        assert!(crate::term::compare::exact_eq(m, m2));
        assert_eq!(hash::hash2(m), hash::hash2(m2));
        // Removing down to 32 keys goes back to a flat map in key order.
        let mut m3 = m2;
        for i in 33..=40 {
            m3 = remove(&mut h, m3, Term::small(i));
        }
        assert!(is_flat(m3));
        assert_eq!(ints(&to_list(m3)), (1..=32).collect::<Vec<_>>());
    }

    /// Iteration order of big maps against OTP 25, for keys OTP hashes
    /// portably. `MIXED`: a map as `~w` prints it, then the keys in
    /// `maps:fold/3` order. `BIG`: N, then the first and last 12 keys of
    /// `maps:keys(maps:from_list([{I, x} || I <- lists:seq(1, N)]))`.
    #[test]
    fn hamt_order_big_and_mixed() {
        let mut h = Heap::default();
        for line in BIG.lines().filter(|l| !l.is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            let n: isize = f[0].parse().unwrap();
            let first = parse::term(&mut h, f[1]);
            let last = parse::term(&mut h, f[2]);
            let mut pairs: Vec<(Term, Term)> =
                (1..=n).map(|i| (Term::small(i), Term::NIL)).collect();
            let m = from_pairs(&mut h, &mut pairs);
            let ks = keys(m);
            let want_first = list_items(first);
            let want_last = list_items(last);
            assert_eq!(&ks[..12], &want_first[..], "first keys of {n}");
            assert_eq!(&ks[ks.len() - 12..], &want_last[..], "last keys of {n}");
            // Built one put at a time: the same order.
            let mut m2 = new(&mut h);
            for i in (1..=n).rev() {
                m2 = put(&mut h, m2, Term::small(i), Term::NIL);
            }
            assert_eq!(keys(m2), ks);
        }
        for line in MIXED.lines().filter(|l| !l.is_empty()) {
            let (text, order) = line.split_once('\t').unwrap();
            let m = parse::term(&mut h, text);
            let want = list_items(parse::term(&mut h, order));
            let got: Vec<Term> = iter(m).map(|(k, _)| k).collect();
            assert_eq!(got.len(), want.len());
            for (g, w) in got.iter().zip(&want) {
                assert!(crate::term::compare::exact_eq(*g, *w), "order of {text}");
            }
        }
    }

    fn list_items(mut l: Term) -> Vec<Term> {
        let mut v = Vec::new();
        while let Some((hd, tl)) = l.as_cons() {
            v.push(hd);
            l = tl;
        }
        v
    }

    const BIG: &str = "\
33	[33,12,23,29,30,26,31,11,9,32,25,28]	[3,17,22,21,4,24,10,27,19,5,18,16]
100	[33,12,73,44,23,29,47,89,61,30,43,39]	[94,92,42,19,67,93,65,5,54,18,79,16]
1000	[912,326,33,289,518,990,456,401,168,309,117,377]	[873,601,164,824,226,733,908,697,786,882,16,747]
100000	[55667,85354,69855,25740,94899,30015,24669,54677,26117,47499,50168,4708]	[2902,50719,70735,27899,69985,11930,94040,76208,30119,67346,80242,22730]
";

    const MIXED: &str = "\
#{<<49,57>> => 19,<<49>> => 1,<<57>> => 9,<<49,54>> => 16,<<49,51>> => 13,<<52>> => 4,<<51,55>> => 37,<<52,56>> => 48,<<52,50>> => 42,<<50,52>> => 24,<<50,50>> => 22,<<50>> => 2,<<51,48>> => 30,<<52,57>> => 49,<<50,57>> => 29,<<50,56>> => 28,<<51,50>> => 32,<<51,53>> => 35,<<52,54>> => 46,<<51,56>> => 38,<<52,49>> => 41,<<53,48>> => 50,<<51,57>> => 39,<<49,56>> => 18,<<52,48>> => 40,<<49,48>> => 10,<<49,55>> => 17,<<49,49>> => 11,<<49,50>> => 12,<<52,53>> => 45,<<50,51>> => 23,<<49,53>> => 15,<<50,49>> => 21,<<50,54>> => 26,<<51,52>> => 34,<<51,51>> => 33,<<51>> => 3,<<54>> => 6,<<52,52>> => 44,<<53>> => 5,<<51,49>> => 31,<<50,48>> => 20,<<51,54>> => 36,<<56>> => 8,<<49,52>> => 14,<<50,53>> => 25,<<52,51>> => 43,<<50,55>> => 27,<<55>> => 7,<<52,55>> => 47}	[<<49,57>>,<<49>>,<<57>>,<<49,54>>,<<49,51>>,<<52>>,<<51,55>>,<<52,56>>,<<52,50>>,<<50,52>>,<<50,50>>,<<50>>,<<51,48>>,<<52,57>>,<<50,57>>,<<50,56>>,<<51,50>>,<<51,53>>,<<52,54>>,<<51,56>>,<<52,49>>,<<53,48>>,<<51,57>>,<<49,56>>,<<52,48>>,<<49,48>>,<<49,55>>,<<49,49>>,<<49,50>>,<<52,53>>,<<50,51>>,<<49,53>>,<<50,49>>,<<50,54>>,<<51,52>>,<<51,51>>,<<51>>,<<54>>,<<52,52>>,<<53>>,<<51,49>>,<<50,48>>,<<51,54>>,<<56>>,<<49,52>>,<<50,53>>,<<52,51>>,<<50,55>>,<<55>>,<<52,55>>]
#{{30,60} => 30,{39,78} => 39,{18,36} => 18,{33,66} => 33,{32,64} => 32,{34,68} => 34,{15,30} => 15,{12,24} => 12,{7,14} => 7,{6,12} => 6,{37,74} => 37,{22,44} => 22,{8,16} => 8,{28,56} => 28,{21,42} => 21,{38,76} => 38,{16,32} => 16,{27,54} => 27,{20,40} => 20,{17,34} => 17,{13,26} => 13,{10,20} => 10,{9,18} => 9,{5,10} => 5,{25,50} => 25,{26,52} => 26,{11,22} => 11,{31,62} => 31,{40,80} => 40,{4,8} => 4,{35,70} => 35,{2,4} => 2,{3,6} => 3,{24,48} => 24,{14,28} => 14,{1,2} => 1,{23,46} => 23,{29,58} => 29,{36,72} => 36,{19,38} => 19}	[{30,60},{39,78},{18,36},{33,66},{32,64},{34,68},{15,30},{12,24},{7,14},{6,12},{37,74},{22,44},{8,16},{28,56},{21,42},{38,76},{16,32},{27,54},{20,40},{17,34},{13,26},{10,20},{9,18},{5,10},{25,50},{26,52},{11,22},{31,62},{40,80},{4,8},{35,70},{2,4},{3,6},{24,48},{14,28},{1,2},{23,46},{29,58},{36,72},{19,38}]
#{37.5 => 25,18.0 => 12,58.5 => 39,49.5 => 33,45.0 => 30,4.5 => 3,3.0 => 2,9.0 => 6,15.0 => 10,33.0 => 22,6.0 => 4,19.5 => 13,48.0 => 32,1.5 => 1,13.5 => 9,40.5 => 27,51.0 => 34,39.0 => 26,12.0 => 8,31.5 => 21,22.5 => 15,36.0 => 24,30.0 => 20,34.5 => 23,24.0 => 16,55.5 => 37,46.5 => 31,57.0 => 38,43.5 => 29,60.0 => 40,27.0 => 18,42.0 => 28,7.5 => 5,10.5 => 7,25.5 => 17,21.0 => 14,28.5 => 19,52.5 => 35,16.5 => 11,54.0 => 36}	[37.5,18.0,58.5,49.5,45.0,4.5,3.0,9.0,15.0,33.0,6.0,19.5,48.0,1.5,13.5,40.5,51.0,39.0,12.0,31.5,22.5,36.0,30.0,34.5,24.0,55.5,46.5,57.0,43.5,60.0,27.0,42.0,7.5,10.5,25.5,21.0,28.5,52.5,16.5,54.0]
#{18446744073709551629 => 13,18446744073709551641 => 25,18446744073709551634 => 18,18446744073709551626 => 10,18446744073709551630 => 14,18446744073709551639 => 23,18446744073709551621 => 5,18446744073709551644 => 28,18446744073709551653 => 37,18446744073709551647 => 31,18446744073709551628 => 12,18446744073709551650 => 34,18446744073709551624 => 8,18446744073709551627 => 11,18446744073709551645 => 29,18446744073709551654 => 38,18446744073709551631 => 15,18446744073709551655 => 39,18446744073709551617 => 1,18446744073709551632 => 16,18446744073709551640 => 24,18446744073709551620 => 4,18446744073709551649 => 33,18446744073709551651 => 35,18446744073709551652 => 36,18446744073709551635 => 19,18446744073709551643 => 27,18446744073709551646 => 30,18446744073709551623 => 7,18446744073709551648 => 32,18446744073709551656 => 40,18446744073709551633 => 17,18446744073709551618 => 2,18446744073709551637 => 21,18446744073709551622 => 6,18446744073709551636 => 20,18446744073709551619 => 3,18446744073709551625 => 9,18446744073709551638 => 22,18446744073709551642 => 26}	[18446744073709551629,18446744073709551641,18446744073709551634,18446744073709551626,18446744073709551630,18446744073709551639,18446744073709551621,18446744073709551644,18446744073709551653,18446744073709551647,18446744073709551628,18446744073709551650,18446744073709551624,18446744073709551627,18446744073709551645,18446744073709551654,18446744073709551631,18446744073709551655,18446744073709551617,18446744073709551632,18446744073709551640,18446744073709551620,18446744073709551649,18446744073709551651,18446744073709551652,18446744073709551635,18446744073709551643,18446744073709551646,18446744073709551623,18446744073709551648,18446744073709551656,18446744073709551633,18446744073709551618,18446744073709551637,18446744073709551622,18446744073709551636,18446744073709551619,18446744073709551625,18446744073709551638,18446744073709551642]
#{[5,6] => 5,[6,7] => 6,[13,14] => 13,[36,37] => 36,[28,29] => 28,[11,12] => 11,[4,5] => 4,[39,40] => 39,[29,30] => 29,[3,4] => 3,[21,22] => 21,[30,31] => 30,[34,35] => 34,[15,16] => 15,[24,25] => 24,[19,20] => 19,[38,39] => 38,[8,9] => 8,[2,3] => 2,[18,19] => 18,[23,24] => 23,[33,34] => 33,[40,41] => 40,[10,11] => 10,[16,17] => 16,[20,21] => 20,[1,2] => 1,[35,36] => 35,[22,23] => 22,[31,32] => 31,[14,15] => 14,[32,33] => 32,[26,27] => 26,[27,28] => 27,[25,26] => 25,[9,10] => 9,[12,13] => 12,[7,8] => 7,[17,18] => 17,[37,38] => 37}	[[5,6],[6,7],[13,14],[36,37],[28,29],[11,12],[4,5],[39,40],[29,30],[3,4],[21,22],[30,31],[34,35],[15,16],[24,25],[19,20],[38,39],[8,9],[2,3],[18,19],[23,24],[33,34],[40,41],[10,11],[16,17],[20,21],[1,2],[35,36],[22,23],[31,32],[14,15],[32,33],[26,27],[27,28],[25,26],[9,10],[12,13],[7,8],[17,18],[37,38]]
#{[107,101,121,55] => 7,[107,101,121,51,53] => 35,[107,101,121,49,56] => 18,[107,101,121,49,50] => 12,[107,101,121,50,53] => 25,[107,101,121,49] => 1,[107,101,121,50,49] => 21,[107,101,121,50,51] => 23,[107,101,121,51,56] => 38,[107,101,121,53] => 5,[107,101,121,49,51] => 13,[107,101,121,49,57] => 19,[107,101,121,50] => 2,[107,101,121,51,57] => 39,[107,101,121,50,57] => 29,[107,101,121,49,54] => 16,[107,101,121,51,55] => 37,[107,101,121,50,56] => 28,[107,101,121,50,52] => 24,[107,101,121,51,48] => 30,[107,101,121,49,53] => 15,[107,101,121,52,48] => 40,[107,101,121,51,54] => 36,[107,101,121,51,49] => 31,[107,101,121,49,48] => 10,[107,101,121,51] => 3,[107,101,121,51,51] => 33,[107,101,121,50,48] => 20,[107,101,121,49,49] => 11,[107,101,121,51,52] => 34,[107,101,121,56] => 8,[107,101,121,54] => 6,[107,101,121,49,55] => 17,[107,101,121,57] => 9,[107,101,121,50,55] => 27,[107,101,121,49,52] => 14,[107,101,121,50,54] => 26,[107,101,121,51,50] => 32,[107,101,121,50,50] => 22,[107,101,121,52] => 4}	[[107,101,121,55],[107,101,121,51,53],[107,101,121,49,56],[107,101,121,49,50],[107,101,121,50,53],[107,101,121,49],[107,101,121,50,49],[107,101,121,50,51],[107,101,121,51,56],[107,101,121,53],[107,101,121,49,51],[107,101,121,49,57],[107,101,121,50],[107,101,121,51,57],[107,101,121,50,57],[107,101,121,49,54],[107,101,121,51,55],[107,101,121,50,56],[107,101,121,50,52],[107,101,121,51,48],[107,101,121,49,53],[107,101,121,52,48],[107,101,121,51,54],[107,101,121,51,49],[107,101,121,49,48],[107,101,121,51],[107,101,121,51,51],[107,101,121,50,48],[107,101,121,49,49],[107,101,121,51,52],[107,101,121,56],[107,101,121,54],[107,101,121,49,55],[107,101,121,57],[107,101,121,50,55],[107,101,121,49,52],[107,101,121,50,54],[107,101,121,51,50],[107,101,121,50,50],[107,101,121,52]]
#{-46 => 46,-4 => 4,-19 => 19,-22 => 22,-53 => 53,-11 => 11,-59 => 59,-60 => 60,-24 => 24,-52 => 52,-8 => 8,-9 => 9,-7 => 7,-36 => 36,-55 => 55,-54 => 54,-16 => 16,-1 => 1,-31 => 31,-58 => 58,-50 => 50,-56 => 56,-37 => 37,-57 => 57,-30 => 30,-21 => 21,-3 => 3,-49 => 49,-47 => 47,-45 => 45,-17 => 17,-44 => 44,-12 => 12,-6 => 6,-28 => 28,-41 => 41,-25 => 25,-14 => 14,-51 => 51,-34 => 34,-23 => 23,-32 => 32,-20 => 20,-18 => 18,-5 => 5,-43 => 43,-29 => 29,-2 => 2,-35 => 35,-38 => 38,-48 => 48,-15 => 15,-13 => 13,-39 => 39,-27 => 27,-42 => 42,-26 => 26,-10 => 10,-40 => 40,-33 => 33}	[-46,-4,-19,-22,-53,-11,-59,-60,-24,-52,-8,-9,-7,-36,-55,-54,-16,-1,-31,-58,-50,-56,-37,-57,-30,-21,-3,-49,-47,-45,-17,-44,-12,-6,-28,-41,-25,-14,-51,-34,-23,-32,-20,-18,-5,-43,-29,-2,-35,-38,-48,-15,-13,-39,-27,-42,-26,-10,-40,-33]
#{16 => 16,18 => 18,5 => 5,9.5 => 9,<<9>> => 9,19 => 19,{6} => 6,{9} => 9,3.5 => 3,{7} => 7,{2} => 2,4.5 => 4,10 => 10,4 => 4,2.5 => 2,17 => 17,{4} => 4,8.5 => 8,3 => 3,8 => 8,1 => 1,7 => 7,{8} => 8,2 => 2,1.5 => 1,<<6>> => 6,14 => 14,15 => 15,<<8>> => 8,20 => 20,<<5>> => 5,13 => 13,<<10>> => 10,6 => 6,5.5 => 5,<<4>> => 4,{10} => 10,<<1>> => 1,9 => 9,11 => 11,<<2>> => 2,7.5 => 7,10.5 => 10,{1} => 1,{5} => 5,<<3>> => 3,{3} => 3,<<7>> => 7,6.5 => 6,12 => 12}	[16,18,5,9.5,<<9>>,19,{6},{9},3.5,{7},{2},4.5,10,4,2.5,17,{4},8.5,3,8,1,7,{8},2,1.5,<<6>>,14,15,<<8>>,20,<<5>>,13,<<10>>,6,5.5,<<4>>,{10},<<1>>,9,11,<<2>>,7.5,10.5,{1},{5},<<3>>,{3},<<7>>,6.5,12]
#{#{22 => 22} => 22,#{11 => 11} => 11,#{34 => 34} => 34,#{15 => 15} => 15,#{33 => 33} => 33,#{2 => 2} => 2,#{37 => 37} => 37,#{12 => 12} => 12,#{7 => 7} => 7,#{36 => 36} => 36,#{39 => 39} => 39,#{16 => 16} => 16,#{6 => 6} => 6,#{29 => 29} => 29,#{5 => 5} => 5,#{23 => 23} => 23,#{17 => 17} => 17,#{14 => 14} => 14,#{28 => 28} => 28,#{31 => 31} => 31,#{10 => 10} => 10,#{9 => 9} => 9,#{32 => 32} => 32,#{25 => 25} => 25,#{18 => 18} => 18,#{21 => 21} => 21,#{3 => 3} => 3,#{20 => 20} => 20,#{19 => 19} => 19,#{4 => 4} => 4,#{27 => 27} => 27,#{1 => 1} => 1,#{24 => 24} => 24,#{13 => 13} => 13,#{26 => 26} => 26,#{35 => 35} => 35,#{8 => 8} => 8,#{38 => 38} => 38,#{40 => 40} => 40,#{30 => 30} => 30}	[#{22 => 22},#{11 => 11},#{34 => 34},#{15 => 15},#{33 => 33},#{2 => 2},#{37 => 37},#{12 => 12},#{7 => 7},#{36 => 36},#{39 => 39},#{16 => 16},#{6 => 6},#{29 => 29},#{5 => 5},#{23 => 23},#{17 => 17},#{14 => 14},#{28 => 28},#{31 => 31},#{10 => 10},#{9 => 9},#{32 => 32},#{25 => 25},#{18 => 18},#{21 => 21},#{3 => 3},#{20 => 20},#{19 => 19},#{4 => 4},#{27 => 27},#{1 => 1},#{24 => 24},#{13 => 13},#{26 => 26},#{35 => 35},#{8 => 8},#{38 => 38},#{40 => 40},#{30 => 30}]
#{<<1,1:5>> => 33,<<0,18:5>> => 18,<<0,21:5>> => 21,<<0,13:5>> => 13,<<0,9:5>> => 9,<<0,22:5>> => 22,<<1,5:5>> => 37,<<1,4:5>> => 36,<<0,19:5>> => 19,<<0,29:5>> => 29,<<0,14:5>> => 14,<<0,23:5>> => 23,<<0,4:5>> => 4,<<0,16:5>> => 16,<<0,7:5>> => 7,<<0,24:5>> => 24,<<0,6:5>> => 6,<<0,12:5>> => 12,<<0,11:5>> => 11,<<0,26:5>> => 26,<<0,8:5>> => 8,<<0,15:5>> => 15,<<0,5:5>> => 5,<<0,17:5>> => 17,<<1,8:5>> => 40,<<0,10:5>> => 10,<<0,30:5>> => 30,<<1,7:5>> => 39,<<1,0:5>> => 32,<<0,1:5>> => 1,<<0,31:5>> => 31,<<1,6:5>> => 38,<<0,2:5>> => 2,<<1,2:5>> => 34,<<0,3:5>> => 3,<<0,25:5>> => 25,<<0,28:5>> => 28,<<1,3:5>> => 35,<<0,27:5>> => 27,<<0,20:5>> => 20}	[<<1,1:5>>,<<0,18:5>>,<<0,21:5>>,<<0,13:5>>,<<0,9:5>>,<<0,22:5>>,<<1,5:5>>,<<1,4:5>>,<<0,19:5>>,<<0,29:5>>,<<0,14:5>>,<<0,23:5>>,<<0,4:5>>,<<0,16:5>>,<<0,7:5>>,<<0,24:5>>,<<0,6:5>>,<<0,12:5>>,<<0,11:5>>,<<0,26:5>>,<<0,8:5>>,<<0,15:5>>,<<0,5:5>>,<<0,17:5>>,<<1,8:5>>,<<0,10:5>>,<<0,30:5>>,<<1,7:5>>,<<1,0:5>>,<<0,1:5>>,<<0,31:5>>,<<1,6:5>>,<<0,2:5>>,<<1,2:5>>,<<0,3:5>>,<<0,25:5>>,<<0,28:5>>,<<1,3:5>>,<<0,27:5>>,<<0,20:5>>]
";

    #[test]
    fn many_puts_are_fast_and_correct() {
        let mut h = Heap::default();
        let mut m = new(&mut h);
        let n = 100_000;
        let before = h.used_words();
        let t0 = std::time::Instant::now();
        for i in 0..n {
            m = put(&mut h, m, Term::small(i * 7), Term::small(i));
        }
        let took = t0.elapsed();
        // Path copying only: a few 16-way nodes per put, never the whole map.
        let per_put = (h.used_words() - before) / n as usize;
        std::println!("{n} puts: {took:?}, {per_put} words each");
        assert!(per_put < 100, "{per_put} words per put");
        assert_eq!(size(m), n as usize);
        for i in 0..n {
            assert_eq!(get(m, Term::small(i * 7)), Some(Term::small(i)));
            assert_eq!(get(m, Term::small(i * 7 + 1)), None);
        }
        assert_eq!(iter(m).count(), n as usize);
        // Remove everything, checking shrinking and canonical shape.
        let mut pairs: Vec<(Term, Term)> = (0..n)
            .map(|i| (Term::small(i * 7), Term::small(i)))
            .collect();
        let built = from_pairs(&mut h, &mut pairs);
        assert!(crate::term::compare::exact_eq(m, built));
        let mut r = m;
        for i in 0..n {
            r = remove(&mut h, r, Term::small(i * 7));
            if i % 9973 == 0 {
                let mut rest: Vec<(Term, Term)> = (i + 1..n)
                    .map(|j| (Term::small(j * 7), Term::small(j)))
                    .collect();
                let fresh = from_pairs(&mut h, &mut rest);
                assert!(crate::term::compare::exact_eq(r, fresh));
                assert_eq!(hash::internal_hash(r), hash::internal_hash(fresh));
            }
        }
        assert_eq!(size(r), 0);
        assert!(is_flat(r));
    }

    #[test]
    fn collisions() {
        // Keys with equal 32-bit hashes: found by search over small ints.
        let mut h = Heap::default();
        let (a, b) = find_collision();
        let mut m = new(&mut h);
        for i in 0..40 {
            m = put(&mut h, m, Term::small(1_000_000 + i), Term::small(i));
        }
        let m1 = put(&mut h, m, a, Term::small(-1));
        let m2 = put(&mut h, m1, b, Term::small(-2));
        assert_eq!(get(m2, a), Some(Term::small(-1)));
        assert_eq!(get(m2, b), Some(Term::small(-2)));
        assert_eq!(size(m2), 42);
        let m3 = put(&mut h, m2, a, Term::small(-3));
        assert_eq!(get(m3, a), Some(Term::small(-3)));
        assert_eq!(size(m3), 42);
        let m4 = remove(&mut h, m3, b);
        assert_eq!(get(m4, b), None);
        assert_eq!(get(m4, a), Some(Term::small(-3)));
        let mut pairs: Vec<(Term, Term)> = iter(m4).collect();
        let fresh = from_pairs(&mut h, &mut pairs);
        assert!(crate::term::compare::exact_eq(m4, fresh));
        let mut pairs: Vec<(Term, Term)> = iter(m3).collect();
        let fresh3 = from_pairs(&mut h, &mut pairs);
        assert!(crate::term::compare::exact_eq(m3, fresh3));
        assert_eq!(iter(m3).count(), 42);
        let m5 = remove(&mut h, m4, a);
        assert_eq!(size(m5), 40);
    }

    fn find_collision() -> (Term, Term) {
        // The 32-bit hash of small integers: a birthday search over 2^17
        // values finds a pair quickly.
        let mut seen = hashbrown::HashMap::new();
        for i in 0..isize::MAX {
            let t = Term::small(i);
            if let Some(j) = seen.insert(key_hash(t), i) {
                return (Term::small(j), t);
            }
        }
        unreachable!()
    }

    #[test]
    fn mixed_representations_compare_equal() {
        // A trie with few keys (not something put/remove make, but other
        // code might) equals the flat map with the same pairs.
        let mut h = Heap::default();
        let pairs: Vec<(Term, Term)> = (0..5).map(|i| (Term::small(i), Term::small(i))).collect();
        let trie = hamt::from_sorted_unique(&mut h, &pairs);
        let flat = from_sorted_unique(&mut h, &pairs);
        assert!(!is_flat(trie) && is_flat(flat));
        assert!(eq(trie, flat));
        assert!(crate::term::compare::exact_eq(trie, flat));
        assert_eq!(compare(trie, flat), core::cmp::Ordering::Equal);
        assert_eq!(hash::hash2(trie), hash::hash2(flat));
        assert_eq!(get(trie, Term::small(3)), Some(Term::small(3)));
    }
}
