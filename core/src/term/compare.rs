//! Term order and equality, as OTP 25 defines them.
//!
//! Standard order: `number < atom < reference < fun < port < pid < tuple <
//! map < [] < list < bitstring`.
//!
//! - Numbers compare by value across integers and floats, exactly (a bignum
//!   against a float is decided on exact values, never by rounding the bignum
//!   to a float). `1 == 1.0`; `0.0 =:= -0.0` holds in OTP 25.
//! - Atoms compare by their UTF-8 names (code point order).
//! - Tuples by size, then element by element.
//! - Maps by size, then by their keys in map-key order, then by their values
//!   in key order. Keys are always compared in *map-key order* (see below),
//!   even under `<`/`==`: `#{1 => a} < #{1.0 => a}` and
//!   `#{1 => a} /= #{1.0 => a}`, while values compare normally
//!   (`#{a => 1} == #{a => 1.0}`).
//! - Lists lexicographically; an improper tail compares as a term.
//! - Bitstrings bit by bit over the common length, then by length.
//! - References by id, pids and ports by number. Funs: closures before
//!   `fun M:F/A`; with a [`FunIdentity`] resolver registered (see
//!   [`set_fun_identity`]) closures order by module name, index, uniq, number
//!   of free variables and environment, and exports by module, function and
//!   arity, as OTP; without one, by entry pointer then environment.
//!
//! *Map-key order* ([`compare_exact`], OTP's exact comparison): the same order
//! except that every integer sorts before every float (`2 < 1.0`), which is
//! how map keys are sorted (`maps:keys(#{2 => a, 1.0 => b})` is `[2,1.0]`).
//! Two terms are `=:=` exactly when they are equal in this order.
//!
//! Everything runs on an explicit stack: a million-deep term compares fine.

use super::binary::{self, BitSlice};
use super::boxed::{self, Subtag};
use super::{integer, map, Term};
use crate::atom::Atom;
use alloc::vec::Vec;
use core::cmp::Ordering;
use num_bigint::BigInt;

/// What ordering and hashing need to know about a fun (OTP's fun entry or
/// export entry). The code layer, which owns the entry pointers stored in fun
/// objects, registers a resolver with [`set_fun_identity`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunIdentity {
    /// A closure: its module, index in the module's fun table, and old uniq
    /// (`erlang:fun_info(F, index)` and `erlang:fun_info(F, uniq)`).
    Local { module: Atom, index: u32, uniq: u32 },
    /// `fun M:F/A`.
    Export {
        module: Atom,
        function: Atom,
        arity: u32,
    },
}

static FUN_IDENTITY: spin::Once<fn(Term) -> Option<FunIdentity>> = spin::Once::new();

/// Registers how to read a fun's identity (once; later calls are ignored).
pub fn set_fun_identity(f: fn(Term) -> Option<FunIdentity>) {
    FUN_IDENTITY.call_once(|| f);
}

pub(crate) fn fun_identity(t: Term) -> Option<FunIdentity> {
    FUN_IDENTITY.get().and_then(|f| f(t))
}

/// OTP's standard term order (`<`, `==`, `lists:sort/1`).
pub fn compare(a: Term, b: Term) -> Ordering {
    cmp_impl(a, b, false, false)
}

/// Map-key order: term order with all integers before all floats (OTP's
/// exact comparison; `Equal` exactly when `a =:= b`).
pub fn compare_exact(a: Term, b: Term) -> Ordering {
    cmp_impl(a, b, true, false)
}

/// `a == b`.
pub fn eq(a: Term, b: Term) -> bool {
    if a.raw() == b.raw() {
        return true;
    }
    // Distinct immediates are never equal; a boxed number can equal a small.
    if a.is_immediate() && b.is_immediate() {
        return false;
    }
    cmp_impl(a, b, false, true) == Ordering::Equal
}

/// `a =:= b`.
pub fn exact_eq(a: Term, b: Term) -> bool {
    if a.raw() == b.raw() {
        return true;
    }
    // Bignums are normalised, so no boxed term is exactly an immediate.
    if a.is_immediate() || b.is_immediate() {
        return false;
    }
    cmp_impl(a, b, true, true) == Ordering::Equal
}

/// Position in the standard order; 11 for things that are not terms.
#[inline]
fn class(t: Term) -> u8 {
    if t.is_small() {
        0
    } else if t.is_atom() {
        1
    } else if t.is_list() {
        9
    } else if t.is_nil() {
        8
    } else if t.is_pid() {
        5
    } else if t.is_port() {
        4
    } else if t.is_boxed() {
        match t.header().subtag() {
            Subtag::BigPos | Subtag::BigNeg | Subtag::Float => 0,
            Subtag::Ref => 2,
            Subtag::Fun | Subtag::Export => 3,
            Subtag::Tuple => 6,
            Subtag::FlatMap | Subtag::HashMap => 7,
            Subtag::HeapBin | Subtag::RefcBin | Subtag::SubBin => 10,
            _ => 11,
        }
    } else {
        11
    }
}

enum Work<'a> {
    Pair(Term, Term, bool),
    /// Compare element by element, in order.
    Seq(&'a [Term], &'a [Term], bool),
    Owned(Vec<Term>, Vec<Term>, usize, bool),
    /// Structural equality of two HAMT nodes (equality checks only).
    Hamt(Term, Term, bool),
}

/// What comparing one pair shallowly decided.
enum Step {
    Done(Ordering),
    /// Equal so far; go on with this pair next (more may be on the stack).
    Descend(Term, Term, bool),
}

/// The comparison engine. `exact`: map-key order for numbers; `eq_only`:
/// the caller only tests for `Equal` (lets maps skip sorting).
fn cmp_impl(a: Term, b: Term, exact: bool, eq_only: bool) -> Ordering {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return x.cmp(&y);
    }
    let mut stack: Vec<Work<'_>> = Vec::new();
    let (mut x, mut y, mut ex) = (a, b, exact);
    loop {
        if x.raw() != y.raw() {
            match shallow(x, y, ex, eq_only, &mut stack) {
                Step::Done(Ordering::Equal) => {}
                Step::Done(o) => return o,
                Step::Descend(nx, ny, ne) => {
                    x = nx;
                    y = ny;
                    ex = ne;
                    continue;
                }
            }
        }
        // Fetch the next pair.
        loop {
            let Some(top) = stack.last_mut() else {
                return Ordering::Equal;
            };
            match top {
                Work::Seq(xs, ys, e) => {
                    if let (Some((&hx, rx)), Some((&hy, ry))) = (xs.split_first(), ys.split_first())
                    {
                        x = hx;
                        y = hy;
                        ex = *e;
                        *xs = rx;
                        *ys = ry;
                        break;
                    }
                    stack.pop();
                }
                Work::Owned(xs, ys, i, e) => {
                    if *i < xs.len() && *i < ys.len() {
                        x = xs[*i];
                        y = ys[*i];
                        ex = *e;
                        *i += 1;
                        break;
                    }
                    stack.pop();
                }
                Work::Pair(px, py, e) => {
                    x = *px;
                    y = *py;
                    ex = *e;
                    stack.pop();
                    break;
                }
                Work::Hamt(na, nb, e) => {
                    let (na, nb, e) = (*na, *nb, *e);
                    stack.pop();
                    if !hamt_nodes(na, nb, e, &mut stack) {
                        return Ordering::Less;
                    }
                }
            }
        }
    }
}

/// Compares `a` and `b` (known to be different words) one level deep,
/// pushing the work their contents need.
fn shallow<'a>(a: Term, b: Term, exact: bool, eq_only: bool, stack: &mut Vec<Work<'a>>) -> Step {
    let (ca, cb) = (class(a), class(b));
    if ca != cb {
        return Step::Done(ca.cmp(&cb));
    }
    let o = match ca {
        0 => cmp_numbers(a, b, exact),
        1 => a.atom_value().name().cmp(b.atom_value().name()),
        2 => boxed::ref_value(a).cmp(&boxed::ref_value(b)),
        3 => return cmp_funs(a, b, exact, stack),
        4 => a.port_value().cmp(&b.port_value()),
        5 => a.pid_value().cmp(&b.pid_value()),
        6 => {
            let (ta, tb) = (a.as_tuple().unwrap_or(&[]), b.as_tuple().unwrap_or(&[]));
            match ta.len().cmp(&tb.len()) {
                Ordering::Equal => match (ta.split_first(), tb.split_first()) {
                    (Some((&fa, ra)), Some((&fb, rb))) => {
                        if !ra.is_empty() {
                            stack.push(Work::Seq(ra, rb, exact));
                        }
                        return Step::Descend(fa, fb, exact);
                    }
                    _ => Ordering::Equal,
                },
                o => o,
            }
        }
        7 => cmp_maps(a, b, exact, eq_only, stack),
        8 => Ordering::Equal,
        9 => {
            let (ha, ta) = a.cons();
            let (hb, tb) = b.cons();
            if ta.raw() != tb.raw() {
                stack.push(Work::Pair(ta, tb, exact));
            }
            return Step::Descend(ha, hb, exact);
        }
        10 => cmp_bitstrings(a, b),
        _ => a.raw().cmp(&b.raw()),
    };
    Step::Done(o)
}

// ---- numbers ----

fn cmp_numbers(a: Term, b: Term, exact: bool) -> Ordering {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return x.cmp(&y);
    }
    match (a.as_float(), b.as_float()) {
        (Some(x), Some(y)) => cmp_f64(x, y),
        (None, None) => cmp_ints(a, b),
        (Some(x), None) => {
            if exact {
                Ordering::Greater
            } else {
                cmp_int_float(b, x).reverse()
            }
        }
        (None, Some(y)) => {
            if exact {
                Ordering::Less
            } else {
                cmp_int_float(a, y)
            }
        }
    }
}

#[inline]
fn cmp_f64(x: f64, y: f64) -> Ordering {
    // Erlang floats are never NaN; 0.0 and -0.0 compare equal.
    x.partial_cmp(&y).unwrap_or(Ordering::Equal)
}

/// Sign and magnitude words (little-endian, no high zero words).
fn sign_mag(t: Term, buf: &mut usize) -> (bool, &[usize]) {
    if let Some(i) = t.as_small() {
        *buf = i.unsigned_abs();
        let s = core::slice::from_ref(&*buf);
        (i < 0, if i == 0 { &s[..0] } else { s })
    } else {
        let neg = t.header().subtag() == Subtag::BigNeg;
        let mut w = t.payload_slice();
        while let [rest @ .., 0] = w {
            w = rest;
        }
        (neg && !w.is_empty(), w)
    }
}

fn cmp_mag(x: &[usize], y: &[usize]) -> Ordering {
    x.len()
        .cmp(&y.len())
        .then_with(|| x.iter().rev().cmp(y.iter().rev()))
}

fn cmp_ints(a: Term, b: Term) -> Ordering {
    let (mut ba, mut bb) = (0usize, 0usize);
    let (na, ma) = sign_mag(a, &mut ba);
    let (nb, mb) = sign_mag(b, &mut bb);
    match (na, nb) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => cmp_mag(ma, mb),
        (true, true) => cmp_mag(mb, ma),
    }
}

/// An integer against a float, on exact values.
fn cmp_int_float(i: Term, f: f64) -> Ordering {
    let t = libm::trunc(f);
    // Ordering of the float's fraction against zero, for equal integer parts.
    let frac = || {
        if f > t {
            Ordering::Less
        } else if f < t {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    };
    if let Some(v) = i.as_small() {
        const LIM: f64 = 1.0e38; // well inside i128
        if f >= LIM {
            return Ordering::Less;
        }
        if f <= -LIM {
            return Ordering::Greater;
        }
        return (v as i128).cmp(&(t as i128)).then_with(frac);
    }
    let Some(big) = integer::to_bigint(i) else {
        return Ordering::Equal;
    };
    big.cmp(&float_int_to_bigint(t)).then_with(frac)
}

/// An integral, finite f64 as an exact BigInt.
fn float_int_to_bigint(t: f64) -> BigInt {
    if t == 0.0 {
        return BigInt::from(0);
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let m = BigInt::from(mant);
    let v = if e >= 0 {
        m << (e as usize)
    } else {
        m >> ((-e) as usize)
    };
    if t < 0.0 {
        -v
    } else {
        v
    }
}

// ---- bitstrings ----

fn cmp_bitstrings(a: Term, b: Term) -> Ordering {
    let (Some(x), Some(y)) = (binary::bitstring(a), binary::bitstring(b)) else {
        return a.raw().cmp(&b.raw());
    };
    let n = x.bit_size.min(y.bit_size);
    let whole = n / 8;
    let o = match (aligned(&x, whole), aligned(&y, whole)) {
        (Some(xs), Some(ys)) => xs.cmp(ys),
        _ => (0..whole)
            .map(|i| x.byte(i))
            .cmp((0..whole).map(|i| y.byte(i))),
    };
    if o != Ordering::Equal {
        return o;
    }
    let rest = n % 8;
    if rest > 0 {
        let mask = 0xFFu8 << (8 - rest);
        let o = (x.byte(whole) & mask).cmp(&(y.byte(whole) & mask));
        if o != Ordering::Equal {
            return o;
        }
    }
    x.bit_size.cmp(&y.bit_size)
}

fn aligned<'a>(s: &BitSlice<'a>, whole: usize) -> Option<&'a [u8]> {
    if s.bit_offset.is_multiple_of(8) {
        let st = s.bit_offset / 8;
        s.base.get(st..st + whole)
    } else {
        None
    }
}

// ---- funs ----

/// Payload words as terms.
#[inline]
pub(crate) fn words_as_terms(s: &[usize]) -> &[Term] {
    // SAFETY: Term is repr(transparent) over usize; callers pass words that
    // hold terms.
    unsafe { core::slice::from_raw_parts(s.as_ptr() as *const Term, s.len()) }
}

/// A closure's environment: payload words 2.. (word 1 is the creator pid,
/// which neither equality nor hashing looks at, as in OTP).
pub(crate) fn fun_env<'a>(t: Term) -> &'a [Term] {
    let s = t.payload_slice();
    words_as_terms(s.get(2..).unwrap_or(&[]))
}

fn cmp_funs<'a>(a: Term, b: Term, exact: bool, stack: &mut Vec<Work<'a>>) -> Step {
    let (sa, sb) = (a.header().subtag(), b.header().subtag());
    if sa != sb {
        // Closures sort before external funs.
        return Step::Done(if sa == Subtag::Fun {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let head = match (fun_identity(a), fun_identity(b)) {
        (
            Some(FunIdentity::Local {
                module: ma,
                index: ia,
                uniq: ua,
            }),
            Some(FunIdentity::Local {
                module: mb,
                index: ib,
                uniq: ub,
            }),
        ) => ma.name().cmp(mb.name()).then(ia.cmp(&ib)).then(ua.cmp(&ub)),
        (
            Some(FunIdentity::Export {
                module: ma,
                function: fa,
                arity: aa,
            }),
            Some(FunIdentity::Export {
                module: mb,
                function: fb,
                arity: ab,
            }),
        ) => ma
            .name()
            .cmp(mb.name())
            .then_with(|| fa.name().cmp(fb.name()))
            .then(aa.cmp(&ab)),
        _ => a.payload(0).cmp(&b.payload(0)),
    };
    if head != Ordering::Equal || sa == Subtag::Export {
        return Step::Done(head);
    }
    let (ea, eb) = (fun_env(a), fun_env(b));
    match ea.len().cmp(&eb.len()) {
        Ordering::Equal => {
            if !ea.is_empty() {
                stack.push(Work::Seq(ea, eb, exact));
            }
            Step::Done(Ordering::Equal)
        }
        o => Step::Done(o),
    }
}

// ---- maps ----

fn cmp_maps<'a>(
    a: Term,
    b: Term,
    exact: bool,
    eq_only: bool,
    stack: &mut Vec<Work<'a>>,
) -> Ordering {
    let (na, nb) = (map::size(a), map::size(b));
    if na != nb {
        return na.cmp(&nb);
    }
    let (fa, fb) = (
        a.header().subtag() == Subtag::FlatMap,
        b.header().subtag() == Subtag::FlatMap,
    );
    if fa && fb {
        let (ka, va) = map::flat_parts(a);
        let (kb, vb) = map::flat_parts(b);
        // Keys first (always in map-key order), then values.
        stack.push(Work::Seq(va, vb, exact));
        stack.push(Work::Seq(ka, kb, true));
    } else if !fa && !fb && eq_only {
        // Equal key sets give identical trie shapes: compare node by node.
        stack.push(Work::Hamt(a, b, exact));
    } else {
        let pa = map::to_sorted_pairs(a);
        let pb = map::to_sorted_pairs(b);
        let (ka, va): (Vec<Term>, Vec<Term>) = pa.into_iter().unzip();
        let (kb, vb): (Vec<Term>, Vec<Term>) = pb.into_iter().unzip();
        stack.push(Work::Owned(va, vb, 0, exact));
        stack.push(Work::Owned(ka, kb, 0, true));
    }
    Ordering::Equal
}

/// Pushes the comparisons that make two HAMT nodes equal; `false` if their
/// shapes differ (then the maps differ).
fn hamt_nodes<'a>(a: Term, b: Term, exact: bool, stack: &mut Vec<Work<'a>>) -> bool {
    if map::hamt_bitmap(a) != map::hamt_bitmap(b) {
        return false;
    }
    let (ca, cb) = (map::hamt_children(a), map::hamt_children(b));
    if ca.len() != cb.len() {
        return false;
    }
    for (&x, &y) in ca.iter().zip(cb) {
        if x.raw() == y.raw() {
            continue;
        }
        match (x.as_cons(), y.as_cons()) {
            (Some((kx, vx)), Some((ky, vy))) => {
                stack.push(Work::Pair(vx, vy, exact));
                stack.push(Work::Pair(kx, ky, true));
            }
            (None, None) => {
                let (sx, sy) = (x.header().subtag(), y.header().subtag());
                if sx != sy {
                    return false;
                }
                if sx == Subtag::HashMap {
                    stack.push(Work::Hamt(x, y, exact));
                } else {
                    // Collision nodes: tuples of [K|V] leaves in key order.
                    let (tx, ty) = (x.as_tuple().unwrap_or(&[]), y.as_tuple().unwrap_or(&[]));
                    if tx.len() != ty.len() {
                        return false;
                    }
                    for (&lx, &ly) in tx.iter().zip(ty) {
                        let ((kx, vx), (ky, vy)) = (lx.cons(), ly.cons());
                        stack.push(Work::Pair(vx, vy, exact));
                        stack.push(Work::Pair(kx, ky, true));
                    }
                }
            }
            _ => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;
    use crate::term::hash::parse;
    use alloc::vec::Vec;

    fn t(h: &mut Heap, s: &str) -> Term {
        parse::term(h, s)
    }

    #[test]
    fn sorts_like_otp() {
        // lists:sort/1 of these in OTP 25 (printed with ~w).
        let mut h = Heap::default();
        let input = "[{b},#{a => 1},<<1>>,[a],[],foo,-3,2.5,1,<<1:1>>,<<0,255>>,{a,b},{a},bar,\
                     <0.5.0>,[a|b],<<>>,1267650600228229401496703205376,-1267650600228229401496703205376,\
                     1.0e300,-1.0e300,#{},#{a => 0},#{b => 0},#{1 => a},{1.0},3,2,'',[1|2],[1,2]]";
        let want = "[-1.0e300,-1267650600228229401496703205376,-3,1,2,2.5,3,1267650600228229401496703205376,\
                    1.0e300,'',bar,foo,<0.5.0>,{1.0},{a},{b},{a,b},#{},#{1 => a},#{a => 0},#{a => 1},\
                    #{b => 0},[],[1|2],[1,2],[a|b],[a],<<>>,<<0,255>>,<<1>>,<<1:1>>]";
        let list = t(&mut h, input);
        let mut v = Vec::new();
        let mut l = list;
        while let Some((hd, tl)) = l.as_cons() {
            v.push(hd);
            l = tl;
        }
        v.sort_by(|a, b| compare(*a, *b));
        let sorted = h.list(&v);
        let expected = t(&mut h, want);
        assert!(exact_eq(sorted, expected));
        assert_eq!(compare(sorted, expected), Ordering::Equal);
    }

    #[test]
    fn numbers_exact() {
        let mut h = Heap::default();
        let one = Term::small(1);
        let onef = h.float(1.0);
        assert!(eq(one, onef));
        assert!(!exact_eq(one, onef));
        assert_eq!(compare(one, onef), Ordering::Equal);
        assert_eq!(compare_exact(one, onef), Ordering::Less);
        let two = Term::small(2);
        assert_eq!(compare_exact(two, onef), Ordering::Less); // ints before floats
        assert_eq!(compare(two, onef), Ordering::Greater);
        let z = h.float(0.0);
        let nz = h.float(-0.0);
        assert!(exact_eq(z, nz)); // OTP 25: 0.0 =:= -0.0
                                  // 2^53 + 1 against the float 2^53: a lossy conversion says equal.
        let big = h.int(9007199254740993);
        let f = h.float(9007199254740992.0);
        assert_eq!(compare(big, f), Ordering::Greater);
        assert!(!eq(big, f));
        // Bignum vs float, exact: 2^100+1 > 2^100 (float) and 2^100 == 2^100.0.
        let p100 = t(&mut h, "1267650600228229401496703205376");
        let p100p1 = t(&mut h, "1267650600228229401496703205377");
        let f100 = h.float(1267650600228229401496703205376.0);
        assert!(eq(p100, f100));
        assert_eq!(compare(p100p1, f100), Ordering::Greater);
        assert_eq!(compare(f100, p100p1), Ordering::Less);
        let half = h.float(0.5);
        assert_eq!(compare(Term::small(0), half), Ordering::Less);
        assert_eq!(compare(Term::small(1), half), Ordering::Greater);
        let mhalf = h.float(-0.5);
        assert_eq!(compare(Term::small(0), mhalf), Ordering::Greater);
        assert_eq!(compare(Term::small(-1), mhalf), Ordering::Less);
        let nbig = t(&mut h, "-1267650600228229401496703205377");
        let nf = h.float(-1.0e30);
        assert_eq!(compare(nbig, nf), Ordering::Less);
        assert_eq!(compare(nbig, p100), Ordering::Less);
        assert_eq!(compare(p100p1, p100), Ordering::Greater);
        assert_eq!(compare(Term::small(5), p100), Ordering::Less);
        assert_eq!(compare(Term::small(5), nbig), Ordering::Greater);
    }

    #[test]
    fn maps_compare_keys_exactly() {
        let mut h = Heap::default();
        // OTP 25: [#{1 => a} < #{1.0 => a}, #{1.0 => a} < #{2 => a},
        //          #{a=>1} < #{a=>1.0}, #{a=>1.0} < #{a=>1},
        //          #{1=>a,2=>b} < #{1.0=>a,2=>b}, #{1 => a} == #{1.0 => a},
        //          #{a => 1} == #{a => 1.0}] = [true,false,false,false,true,false,true]
        let m1 = t(&mut h, "#{1 => a}");
        let m1f = t(&mut h, "#{1.0 => a}");
        let m2 = t(&mut h, "#{2 => a}");
        let ma1 = t(&mut h, "#{a => 1}");
        let ma1f = t(&mut h, "#{a => 1.0}");
        let m12 = t(&mut h, "#{1 => a, 2 => b}");
        let m12f = t(&mut h, "#{1.0 => a, 2 => b}");
        assert_eq!(compare(m1, m1f), Ordering::Less);
        assert_ne!(compare(m1f, m2), Ordering::Less);
        assert_eq!(compare(ma1, ma1f), Ordering::Equal);
        assert_eq!(compare(m12, m12f), Ordering::Less);
        assert!(!eq(m1, m1f));
        assert!(eq(ma1, ma1f));
        assert!(!exact_eq(ma1, ma1f));
    }

    #[test]
    fn big_maps_equal_regardless_of_history() {
        let mut h = Heap::default();
        let mut a = map::from_pairs(&mut h, &mut []);
        let mut b = map::from_pairs(&mut h, &mut []);
        for i in 0..200 {
            a = map::put(&mut h, a, Term::small(i), Term::small(i * 2));
        }
        for i in (0..300).rev() {
            b = map::put(&mut h, b, Term::small(i), Term::small(i * 2));
        }
        for i in 200..300 {
            b = map::remove(&mut h, b, Term::small(i));
        }
        assert!(exact_eq(a, b));
        assert_eq!(compare(a, b), Ordering::Equal);
        let fl = h.float(10.0);
        let c = map::put(&mut h, b, Term::small(5), fl);
        assert!(!exact_eq(a, c));
        // 10 == 10.0 as a value, so == holds but =:= does not.
        let d = map::put(&mut h, a, Term::small(5), fl);
        assert!(eq(a, d));
        assert!(!exact_eq(a, d));
        assert_eq!(compare(a, d), Ordering::Equal);
        let e = map::put(&mut h, a, Term::small(7), Term::small(0));
        assert_eq!(compare(e, a), Ordering::Less);
        assert_eq!(compare(a, e), Ordering::Greater);
    }

    #[test]
    fn bitstrings_and_lists() {
        let mut h = Heap::default();
        let a = t(&mut h, "<<1:1>>");
        let b = t(&mut h, "<<1>>");
        assert_eq!(compare(a, b), Ordering::Greater);
        let c = t(&mut h, "<<1,2>>");
        assert_eq!(compare(b, c), Ordering::Less);
        // Unaligned sub-binary equal to an aligned one.
        let orig = h.binary(&[0x0F, 0xF0]);
        let sub = h.sub_binary(orig, 4, 8);
        let ff = h.binary(&[0xFF]);
        assert!(exact_eq(sub, ff));
        let l1 = t(&mut h, "[1|2]");
        let l2 = t(&mut h, "[1,2]");
        assert_eq!(compare(l1, l2), Ordering::Less);
    }

    #[test]
    fn deep_terms_do_not_overflow() {
        let mut h = Heap::default();
        let (mut a, mut b) = (Term::NIL, Term::NIL);
        for _ in 0..1_000_000 {
            a = h.cons(a, Term::NIL);
            b = h.cons(b, Term::NIL);
        }
        assert!(exact_eq(a, b));
        let (mut x, mut y) = (Term::small(1), Term::small(2));
        for _ in 0..1_000_000 {
            x = h.tuple(&[x, Term::NIL]);
            y = h.tuple(&[y, Term::NIL]);
        }
        assert_eq!(compare(x, y), Ordering::Less);
        let long_a = h.list(&alloc::vec![Term::small(7); 1_000_000]);
        let long_b = h.list(&alloc::vec![Term::small(7); 1_000_000]);
        assert!(eq(long_a, long_b));
    }
}
