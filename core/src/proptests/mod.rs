//! Property tests of the term layer against an independent model.
//!
//! Every property works from a pure-Rust model value ([`M`]) that mirrors an
//! Erlang term. A [`Builder`] puts a model on a heap (choosing among several
//! representations of the same value: heap, off-heap and sub-binaries at odd
//! bit offsets, maps made by `from_pairs` or by `put`s in different orders),
//! [`read`] turns a term back into a model without going through the VM's
//! comparison code, and [`mcmp`] orders models by OTP's documented rules,
//! written here from the documentation rather than from `term::compare`.
//! Integers in the model are `dashu_int::IBig`, a bignum crate the VM does
//! not use.
//!
//! The groups: [`etf`] (external format round trips), [`order`] (term order,
//! equality and hashing against the model), [`arith`] (integer BIFs against
//! the reference crate), [`gc`] (collections keep terms and settle off-heap
//! counts), [`copy`] (message copies) and [`otp`] (the model, `phash2` and
//! the encoder against a real `erl`, when there is one).
//!
//! Case counts keep the whole set to a few seconds in `cargo test
//! --release`; `BEAMR_PROPTEST_SCALE=N` multiplies them for a longer hunt.

mod arith;
mod copy;
mod etf;
mod gc;
mod order;
mod otp;

use crate::atom::Atom;
use crate::heap::{Heap, OffHeapBin};
use crate::term::boxed::Subtag;
use crate::term::{binary, boxed, map, Term, MAX_SMALL, MIN_SMALL};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use dashu_int::{IBig, UBig};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

// ---------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------

/// A term as a plain Rust value.
#[derive(Clone, Debug)]
pub(crate) enum M {
    Int(IBig),
    Float(f64),
    Atom(String),
    Ref(u64),
    Port(usize),
    Pid(usize),
    Tuple(Vec<M>),
    /// Pairs with distinct keys (by exact equality), sorted in map-key order;
    /// `rep` picks how the builder makes the map.
    Map(Vec<(M, M)>, u8),
    Nil,
    /// At least one element; the tail is never itself a `List`.
    List(Vec<M>, Box<M>),
    Bits(Bits),
}

/// A bitstring: `bits` bits, MSB first, in `bytes` (unused low bits of the
/// last byte zero); `rep` picks how the builder makes it.
#[derive(Clone, Debug)]
pub(crate) struct Bits {
    pub bytes: Vec<u8>,
    pub bits: usize,
    pub rep: u8,
}

impl Bits {
    fn bit(&self, i: usize) -> bool {
        (self.bytes[i / 8] >> (7 - i % 8)) & 1 == 1
    }
}

/// A list model in canonical form (`[]` for no elements, a list tail merged).
pub(crate) fn mk_list(mut elems: Vec<M>, tail: M) -> M {
    if elems.is_empty() {
        return tail;
    }
    match tail {
        M::List(more, t) => {
            elems.extend(more);
            M::List(elems, t)
        }
        t => M::List(elems, Box::new(t)),
    }
}

/// A map model: sorted in map-key order, later duplicates (`=:=`) winning.
pub(crate) fn mk_map(mut pairs: Vec<(M, M)>, rep: u8) -> M {
    pairs.sort_by(|a, b| mcmp(&a.0, &b.0, true)); // stable
    let mut out: Vec<(M, M)> = Vec::with_capacity(pairs.len());
    for p in pairs {
        match out.last_mut() {
            Some(last) if mcmp(&last.0, &p.0, true) == Ordering::Equal => *last = p,
            _ => out.push(p),
        }
    }
    M::Map(out, rep)
}

/// Position in the standard order: number < atom < reference < fun < port
/// < pid < tuple < map < nil < list < bitstring.
fn mclass(m: &M) -> u8 {
    match m {
        M::Int(_) | M::Float(_) => 0,
        M::Atom(_) => 1,
        M::Ref(_) => 2,
        // 3: funs (not modelled)
        M::Port(_) => 4,
        M::Pid(_) => 5,
        M::Tuple(_) => 6,
        M::Map(..) => 7,
        M::Nil => 8,
        M::List(..) => 9,
        M::Bits(_) => 10,
    }
}

/// `f` as `mant * 2^exp` with a signed integer mantissa (exact).
pub(crate) fn float_parts(f: f64) -> (IBig, i32) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let m = IBig::from(mant);
    (if f.is_sign_negative() { -m } else { m }, e)
}

/// An integer against a float, on exact values.
fn cmp_int_float(i: &IBig, f: f64) -> Ordering {
    let (mant, e) = float_parts(f);
    if e >= 0 {
        i.cmp(&(mant << e as usize))
    } else {
        (i.clone() << (-e) as usize).cmp(&mant)
    }
}

/// OTP's order on models. `exact`: map-key order, where every integer sorts
/// before every float (and so `1` and `1.0` differ).
pub(crate) fn mcmp(a: &M, b: &M, exact: bool) -> Ordering {
    let (ca, cb) = (mclass(a), mclass(b));
    if ca != cb {
        return ca.cmp(&cb);
    }
    match (a, b) {
        (M::Int(x), M::Int(y)) => x.cmp(y),
        // Never NaN; 0.0 == -0.0.
        (M::Float(x), M::Float(y)) => x.partial_cmp(y).unwrap(),
        (M::Int(x), M::Float(y)) => {
            if exact {
                Ordering::Less
            } else {
                cmp_int_float(x, *y)
            }
        }
        (M::Float(x), M::Int(y)) => {
            if exact {
                Ordering::Greater
            } else {
                cmp_int_float(y, *x).reverse()
            }
        }
        // Atoms by their text, code point by code point.
        (M::Atom(x), M::Atom(y)) => x.chars().cmp(y.chars()),
        (M::Ref(x), M::Ref(y)) => x.cmp(y),
        (M::Port(x), M::Port(y)) => x.cmp(y),
        (M::Pid(x), M::Pid(y)) => x.cmp(y),
        (M::Tuple(xs), M::Tuple(ys)) => xs.len().cmp(&ys.len()).then_with(|| seq(xs, ys, exact)),
        (M::Map(xs, _), M::Map(ys, _)) => xs.len().cmp(&ys.len()).then_with(|| {
            // Keys (in map-key order, compared exactly), then the values
            // in key order.
            for ((kx, _), (ky, _)) in xs.iter().zip(ys) {
                let o = mcmp(kx, ky, true);
                if o != Ordering::Equal {
                    return o;
                }
            }
            for ((_, vx), (_, vy)) in xs.iter().zip(ys) {
                let o = mcmp(vx, vy, exact);
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        }),
        (M::Nil, M::Nil) => Ordering::Equal,
        (M::List(xs, tx), M::List(ys, ty)) => {
            // Cell by cell; a tail compares as a term.
            let n = xs.len().min(ys.len());
            let o = seq(&xs[..n], &ys[..n], exact);
            if o != Ordering::Equal {
                return o;
            }
            let rest = |es: &[M], t: &M| mk_list(es.to_vec(), t.clone());
            mcmp(&rest(&xs[n..], tx), &rest(&ys[n..], ty), exact)
        }
        // Bit by bit over the common length, then the shorter first.
        (M::Bits(x), M::Bits(y)) => {
            let n = x.bits.min(y.bits);
            (0..n)
                .map(|i| x.bit(i))
                .cmp((0..n).map(|i| y.bit(i)))
                .then(x.bits.cmp(&y.bits))
        }
        _ => unreachable!("same class"),
    }
}

fn seq(xs: &[M], ys: &[M], exact: bool) -> Ordering {
    for (x, y) in xs.iter().zip(ys) {
        let o = mcmp(x, y, exact);
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

/// `a =:= b` on models.
pub(crate) fn mexact(a: &M, b: &M) -> bool {
    mcmp(a, b, true) == Ordering::Equal
}

// ---------------------------------------------------------------------------
// Integers between the reference crate and the VM
// ---------------------------------------------------------------------------

pub(crate) fn to_num(i: &IBig) -> num_bigint::BigInt {
    num_bigint::BigInt::from_signed_bytes_le(&i.to_le_bytes())
}

/// Whether `i` is in the small-integer range.
pub(crate) fn fits_small(i: &IBig) -> bool {
    *i >= IBig::from(MIN_SMALL as i64) && *i <= IBig::from(MAX_SMALL as i64)
}

/// The value of an integer term, read from its words (not through the VM's
/// conversions), checking that it is canonical: small whenever it fits,
/// otherwise a bignum with no high zero words and the right sign subtag.
pub(crate) fn read_int(t: Term) -> Result<IBig, String> {
    if let Some(i) = t.as_small() {
        return Ok(IBig::from(i as i64));
    }
    let st = t.subtag();
    if st != Some(Subtag::BigPos) && st != Some(Subtag::BigNeg) {
        return Err(alloc::format!("not an integer: {t:?}"));
    }
    let words = t.payload_slice();
    if words.last().is_none_or(|&w| w == 0) {
        return Err(alloc::format!("bignum with a high zero word: {words:x?}"));
    }
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let mag = IBig::from(UBig::from_le_bytes(&bytes));
    let v = if st == Some(Subtag::BigNeg) {
        -mag
    } else {
        mag
    };
    if fits_small(&v) {
        return Err(alloc::format!("bignum {v} fits a small integer"));
    }
    Ok(v)
}

// ---------------------------------------------------------------------------
// Building and reading terms
// ---------------------------------------------------------------------------

/// Puts models on heaps. Every off-heap binary it makes carries one extra
/// count held by the builder, so tests can watch the counts; [`finish`]
/// checks they are back to that one count and releases it.
///
/// [`finish`]: Builder::finish
pub(crate) struct Builder {
    /// Shifts every representation choice: the same model built with two
    /// salts gives two differently represented, equal terms.
    pub salt: u8,
    pub bins: Vec<*const OffHeapBin>,
}

impl Builder {
    pub fn new(salt: u8) -> Builder {
        Builder {
            salt,
            bins: Vec::new(),
        }
    }

    /// Current count of an off-heap binary this builder made.
    pub fn refc(p: *const OffHeapBin) -> usize {
        // SAFETY: the builder holds a count on every binary it made until
        // `finish`, so `p` is live.
        unsafe { OffHeapBin::refc(p) }
    }

    /// Checks that only the builder's own counts are left, and drops them.
    /// Call after every heap and fragment holding the terms is gone.
    pub fn finish(self) -> Result<(), String> {
        let mut err = None;
        for &p in &self.bins {
            let n = Builder::refc(p);
            if n != 1 && err.is_none() {
                err = Some(alloc::format!(
                    "off-heap binary left with count {n}, want 1"
                ));
            }
            // SAFETY: we own one count on `p` (see `refc`).
            unsafe { OffHeapBin::dec(p) };
        }
        err.map_or(Ok(()), Err)
    }

    /// A binary of `bytes`: on the heap when small unless `refc`, else
    /// off-heap with a count for the builder.
    fn binary(&mut self, h: &mut Heap, bytes: &[u8], refc: bool) -> Term {
        if !refc && bytes.len() <= crate::heap::HEAP_BIN_LIMIT {
            return h.binary(bytes);
        }
        let p = OffHeapBin::new(bytes.to_vec());
        // SAFETY: `p` is fresh; the heap takes over the first count, this
        // one is the builder's.
        unsafe { OffHeapBin::inc(p) };
        self.bins.push(p);
        h.refc_binary_from(p, bytes.len())
    }

    fn bits(&mut self, h: &mut Heap, b: &Bits) -> Term {
        let rep = b.rep.wrapping_add(self.salt) % 4;
        let whole = b.bits.is_multiple_of(8);
        match rep {
            // The plain form: a binary, or a sub-binary over the padded bytes.
            0 | 1 => {
                let bin = self.binary(h, &b.bytes, rep == 1);
                if whole {
                    bin
                } else {
                    h.sub_binary(bin, 0, b.bits)
                }
            }
            // A sub-binary at an odd bit offset into a larger binary (heap or
            // off-heap by size), with junk around it.
            _ => {
                let pre = if rep == 2 {
                    1 + (b.rep as usize % 13)
                } else {
                    8 * 70 + (b.rep as usize % 8)
                };
                let post = 8 * (b.rep as usize % 3) + 5;
                let total = pre + b.bits + post;
                let mut backing = alloc::vec![0xA5u8 ^ b.rep; total.div_ceil(8)];
                for i in 0..b.bits {
                    let at = pre + i;
                    let mask = 0x80u8 >> (at % 8);
                    if b.bit(i) {
                        backing[at / 8] |= mask;
                    } else {
                        backing[at / 8] &= !mask;
                    }
                }
                let orig = self.binary(h, &backing, false);
                h.sub_binary(orig, pre, b.bits)
            }
        }
    }

    fn map(&mut self, h: &mut Heap, pairs: &[(M, M)], rep: u8) -> Term {
        let kv: Vec<(Term, Term)> = pairs
            .iter()
            .map(|(k, v)| (self.build(h, k), self.build(h, v)))
            .collect();
        match rep.wrapping_add(self.salt) % 4 {
            0 => {
                let mut kv = kv;
                kv.reverse();
                map::from_pairs(h, &mut kv)
            }
            1 => {
                let mut m = map::new(h);
                for &(k, v) in &kv {
                    m = map::put(h, m, k, v);
                }
                m
            }
            3 => {
                // Interleaved with extra keys that are removed again: the
                // map grows past 32 keys (a trie) and shrinks back.
                let mut m = map::new(h);
                let junk = |i: usize| Term::small(-1_000_000_007 - i as isize);
                for (i, &(k, v)) in kv.iter().enumerate() {
                    m = map::put(h, m, junk(2 * i), Term::NIL);
                    m = map::put(h, m, k, v);
                    m = map::put(h, m, junk(2 * i + 1), k);
                }
                for i in 0..2 * kv.len() {
                    m = map::remove(h, m, junk(i));
                }
                m
            }
            _ => {
                // Reverse order, each key first with a placeholder value
                // that an update then replaces.
                let mut m = map::new(h);
                for &(k, _) in kv.iter().rev() {
                    m = map::put(h, m, k, Term::NIL);
                }
                for &(k, v) in &kv {
                    m = map::update(h, m, k, v).expect("key was put");
                }
                m
            }
        }
    }

    pub fn build(&mut self, h: &mut Heap, m: &M) -> Term {
        match m {
            M::Int(i) => h.bigint(&to_num(i)),
            M::Float(f) => h.float(*f),
            M::Atom(s) => Term::atom(Atom::intern(s.as_bytes()).expect("atom")),
            M::Ref(id) => h.reference(*id),
            M::Port(n) => Term::port(*n),
            M::Pid(n) => Term::pid(*n),
            M::Nil => Term::NIL,
            M::Tuple(xs) => {
                let v: Vec<Term> = xs.iter().map(|x| self.build(h, x)).collect();
                h.tuple(&v)
            }
            M::List(xs, tail) => {
                let v: Vec<Term> = xs.iter().map(|x| self.build(h, x)).collect();
                let t = self.build(h, tail);
                h.list_with_tail(&v, t)
            }
            M::Map(pairs, rep) => self.map(h, pairs, *rep),
            M::Bits(b) => self.bits(h, b),
        }
    }
}

/// The model of a term, read structurally. Also checks representation
/// invariants on the way: integers canonical, map sizes right, every key of
/// a map found by `map::get`, no duplicate keys.
pub(crate) fn read(t: Term) -> Result<M, String> {
    if t.is_small() || t.is_bignum() {
        return read_int(t).map(M::Int);
    }
    if let Some(f) = t.as_float() {
        return Ok(M::Float(f));
    }
    if let Some(a) = t.as_atom() {
        return String::from_utf8(a.name().to_vec())
            .map(M::Atom)
            .map_err(|_| "atom name not UTF-8".into());
    }
    if t.is_nil() {
        return Ok(M::Nil);
    }
    if t.is_pid() {
        return Ok(M::Pid(t.pid_value()));
    }
    if t.is_port() {
        return Ok(M::Port(t.port_value()));
    }
    if t.is_list() {
        let mut elems = Vec::new();
        let mut l = t;
        while let Some((h, tl)) = l.as_cons() {
            elems.push(read(h)?);
            l = tl;
        }
        return Ok(mk_list(elems, read(l)?));
    }
    if t.is_ref() {
        return Ok(M::Ref(boxed::ref_value(t)));
    }
    if let Some(xs) = t.as_tuple() {
        return xs
            .iter()
            .map(|&x| read(x))
            .collect::<Result<_, _>>()
            .map(M::Tuple);
    }
    if t.is_map() {
        let raw: Vec<(Term, Term)> = map::iter(t).collect();
        if raw.len() != map::size(t) {
            return Err(alloc::format!(
                "map of size {} iterates {} pairs",
                map::size(t),
                raw.len()
            ));
        }
        let mut pairs = Vec::with_capacity(raw.len());
        for &(k, v) in &raw {
            match map::get(t, k) {
                Some(got) if got.raw() == v.raw() => {}
                other => return Err(alloc::format!("map::get of a key gave {other:?}")),
            }
            pairs.push((read(k)?, read(v)?));
        }
        let n = pairs.len();
        let m = mk_map(pairs, 0);
        if let M::Map(ref p, _) = m {
            if p.len() != n {
                return Err("map with duplicate keys".into());
            }
        }
        return Ok(m);
    }
    if let Some(b) = binary::bitstring(t) {
        return Ok(M::Bits(Bits {
            bytes: b.to_vec(),
            bits: b.bit_size,
            rep: 0,
        }));
    }
    Err(alloc::format!("unexpected term {t:?}"))
}

/// `read(t)` is exactly `m`, or why not.
pub(crate) fn check_model(t: Term, m: &M) -> Result<(), String> {
    let got = read(t)?;
    if mexact(&got, m) {
        Ok(())
    } else {
        Err(alloc::format!("term reads as {got:?}, want {m:?}"))
    }
}

// ---------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------

fn pow2(k: usize) -> IBig {
    IBig::ONE << k
}

/// Integers: small, around the 60-bit small boundary, 64- and 128-bit, up
/// to ~2400 bits (past the 255 bytes `SMALL_BIG_EXT` holds), and powers of two (edges for the bitwise operators).
pub(crate) fn int_strategy() -> BoxedStrategy<IBig> {
    let boundaries = [59usize, 60, 63, 64, 127, 128];
    prop_oneof![
        3 => (-1000i64..1000).prop_map(IBig::from),
        2 => (MIN_SMALL as i64..=MAX_SMALL as i64).prop_map(IBig::from),
        3 => (select(boundaries.to_vec()), -3i64..=3, any::<bool>()).prop_map(|(k, d, neg)| {
            let v = pow2(k) + IBig::from(d);
            if neg { -v } else { v }
        }),
        2 => any::<i64>().prop_map(IBig::from),
        2 => any::<i128>().prop_map(IBig::from),
        2 => (vec(any::<u8>(), 0..300), any::<bool>()).prop_map(|(b, neg)| {
            let v = IBig::from(UBig::from_le_bytes(&b));
            if neg { -v } else { v }
        }),
        1 => (0usize..2000, -1i64..=1, any::<bool>()).prop_map(|(k, d, neg)| {
            let v = pow2(k) + IBig::from(d);
            if neg { -v } else { v }
        }),
    ]
    .boxed()
}

pub(crate) fn float_strategy() -> BoxedStrategy<f64> {
    use proptest::num::f64 as f;
    let specials = [
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.0e300,
        -1.0e300,
        5.0e-324,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        (1u64 << 59) as f64,
        -((1u64 << 59) as f64),
        (1u64 << 60) as f64,
        9007199254740992.0,
        18446744073709551616.0,
        1.2676506002282294e30,
    ];
    prop_oneof![
        3 => f::POSITIVE | f::NEGATIVE | f::NORMAL | f::SUBNORMAL | f::ZERO,
        2 => (-1000i64..1000).prop_map(|i| i as f64),
        2 => select(specials.to_vec()),
        1 => (0i32..1000, any::<bool>()).prop_map(|(k, neg)| {
            let v = 2f64.powi(k);
            if neg { -v } else { v }
        }),
    ]
    .boxed()
}

/// Atom names: ASCII, Latin-1, other Unicode, empty and 255 characters.
pub(crate) fn atom_pool() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        "a",
        "b",
        "B",
        "ok",
        "true",
        "false",
        "nil",
        "foo",
        "foo bar",
        "hello_world",
        "Ä",
        "ä",
        "ünïcödé",
        "ÿ",
        "Ω",
        "日本語",
        "💥",
        "a💥",
        "z\u{0}z",
    ]
    .iter()
    .map(|s| String::from(*s))
    .collect();
    v.push("x".repeat(255));
    v.push("é".repeat(255));
    v.push("ÿ".repeat(200));
    v.push("🎉".repeat(255));
    v
}

fn atom_strategy() -> BoxedStrategy<String> {
    select(atom_pool()).boxed()
}

/// Bitstrings of 0..300 bytes, some with 1..7 extra bits.
fn bits_strategy() -> BoxedStrategy<Bits> {
    (
        prop_oneof![
            4 => vec(any::<u8>(), 0..8),
            2 => vec(any::<u8>(), 8..65),
            2 => vec(any::<u8>(), 65..300),
        ],
        prop_oneof![2 => Just(0usize), 1 => 1usize..8],
        any::<u8>(),
        any::<u8>(),
    )
        .prop_map(|(mut bytes, extra, last, rep)| {
            let bits = bytes.len() * 8 + extra;
            if extra > 0 {
                bytes.push(last & (0xFFu8 << (8 - extra)));
            }
            Bits { bytes, bits, rep }
        })
        .boxed()
}

/// Largest pid/port number an immediate holds.
const MAX_ID: usize = usize::MAX >> 4;

pub(crate) fn leaf() -> BoxedStrategy<M> {
    prop_oneof![
        4 => int_strategy().prop_map(M::Int),
        2 => float_strategy().prop_map(M::Float),
        3 => atom_strategy().prop_map(M::Atom),
        1 => any::<u64>().prop_map(M::Ref),
        1 => prop_oneof![0usize..1000, 0..=MAX_ID].prop_map(M::Pid),
        1 => prop_oneof![0usize..1000, 0..=MAX_ID].prop_map(M::Port),
        1 => Just(M::Nil),
        3 => bits_strategy().prop_map(M::Bits),
    ]
    .boxed()
}

/// Map keys (integers) in pairs whose 32-bit map hashes collide, so tries
/// get collision nodes: 16 such pairs and 8 more keys, 40 in all.
pub(crate) fn colliding_keys() -> Vec<M> {
    static KEYS: std::sync::OnceLock<Vec<i64>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let mut seen = hashbrown::HashMap::new();
        let mut out = Vec::new();
        let mut i: i64 = 0;
        while out.len() < 32 {
            let h = crate::term::hash::internal_hash(Term::small(i as isize));
            if let Some(j) = seen.insert(h, i) {
                out.push(j);
                out.push(i);
            }
            i += 1;
        }
        out.extend(1_000_000..1_000_008);
        out
    });
    keys.iter().map(|&k| M::Int(IBig::from(k))).collect()
}

/// Nested terms of every kind, including maps over 32 keys.
pub(crate) fn term() -> BoxedStrategy<M> {
    let nested = leaf().prop_recursive(4, 80, 8, |inner| {
        prop_oneof![
            3 => vec(inner.clone(), 0..6).prop_map(M::Tuple),
            3 => (
                vec(inner.clone(), 1..6),
                prop_oneof![4 => Just(M::Nil), 1 => inner.clone()],
            )
                .prop_map(|(e, t)| mk_list(e, t)),
            1 => vec(0i64..256, 1..40).prop_map(|b| {
                mk_list(b.into_iter().map(|i| M::Int(IBig::from(i))).collect(), M::Nil)
            }),
            2 => (vec((inner.clone(), inner.clone()), 0..8), any::<u8>())
                .prop_map(|(p, r)| mk_map(p, r)),
            1 => (vec((leaf(), inner.clone()), 33..50), any::<u8>())
                .prop_map(|(p, r)| mk_map(p, r)),
            1 => (vec(inner, 40), any::<u8>()).prop_map(|(vs, r)| {
                mk_map(colliding_keys().into_iter().zip(vs).collect(), r)
            }),
        ]
    });
    // Recursion alone rarely gives a leaf at the top.
    prop_oneof![1 => leaf(), 3 => nested].boxed()
}

/// Terms from a small domain, so that random pairs are often equal or agree
/// on a long prefix: numbers equal across int and float, bignums next to
/// floats, short bitstrings, and big maps that differ in one or two keys.
pub(crate) fn small_term() -> BoxedStrategy<M> {
    // Integers next to floats that are close but not equal (and equal).
    let p = |k: usize, d: i64| M::Int(pow2(k) + IBig::from(d));
    let n = |k: usize, d: i64| M::Int(-pow2(k) + IBig::from(d));
    let ints = alloc::vec![
        p(53, 0),
        p(53, 1),
        p(59, -1),
        p(59, 0),
        n(59, 0),
        n(59, -1),
        p(64, 0),
        p(64, 1),
        n(64, -1),
    ];
    let floats = [
        -1.0,
        0.0,
        -0.0,
        1.0,
        1.5,
        2.0,
        9007199254740992.0,
        (1u64 << 59) as f64,
        -((1u64 << 59) as f64),
        18446744073709551616.0,
        -18446744073709551616.0,
    ];
    let leaf = prop_oneof![
        3 => (-2i64..=2).prop_map(|i| M::Int(IBig::from(i))),
        2 => select(ints),
        3 => select(floats.to_vec()).prop_map(M::Float),
        2 => select(&["a", "b", "ä", ""][..]).prop_map(|s| M::Atom(s.into())),
        1 => (1u64..3).prop_map(M::Ref),
        1 => (1usize..3).prop_map(M::Pid),
        1 => (1usize..3).prop_map(M::Port),
        1 => Just(M::Nil),
        2 => (vec(0u8..2, 0..3), 0usize..3, any::<u8>()).prop_map(|(mut bytes, extra, rep)| {
            let bits = bytes.len() * 8 + extra;
            if extra > 0 {
                bytes.push(0x80);
            }
            M::Bits(Bits { bytes, bits, rep })
        }),
    ];
    let nested = leaf.clone().prop_recursive(3, 24, 3, |inner| {
        prop_oneof![
            2 => vec(inner.clone(), 0..3).prop_map(M::Tuple),
            2 => (vec(inner.clone(), 1..3), prop_oneof![3 => Just(M::Nil), 1 => inner.clone()])
                .prop_map(|(e, t)| mk_list(e, t)),
            2 => (vec((inner.clone(), inner.clone()), 0..3), any::<u8>())
                .prop_map(|(p, r)| mk_map(p, r)),
            1 => (vec((inner.clone(), inner), 0..3), any::<u8>()).prop_map(|(extra, r)| {
                let mut p: Vec<(M, M)> =
                    (0..33).map(|i| (M::Int(IBig::from(i * 7)), M::Nil)).collect();
                // Some keys whose hashes collide in all 32 bits.
                p.extend(colliding_keys().into_iter().take(4).map(|k| (k, M::Nil)));
                p.extend(extra);
                mk_map(p, r)
            }),
        ]
    });
    prop_oneof![1 => leaf, 2 => nested].boxed()
}

/// Test configuration: `cases` cases (times `BEAMR_PROPTEST_SCALE` when set,
/// for longer hunts), no regression files.
pub(crate) fn config(cases: u32) -> ProptestConfig {
    let scale = std::env::var("BEAMR_PROPTEST_SCALE")
        .ok()
        .and_then(|s| s.parse::<u32>().ok())
        .unwrap_or(1);
    ProptestConfig {
        cases: cases.saturating_mul(scale.max(1)),
        failure_persistence: None,
        max_shrink_iters: 2048,
        ..ProptestConfig::default()
    }
}
