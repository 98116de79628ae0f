//! Term hashing, bit-for-bit as OTP 25 does it.
//!
//! - [`phash2`] / [`phash2_range`] / [`hash2`]: `erlang:phash2/1,2`
//!   (`make_hash2` in OTP's `erts/emulator/beam/utils.c`). Portable: the value
//!   depends only on the term, so it matches OTP exactly for numbers, atoms,
//!   lists, tuples, maps (order independent), binaries and bitstrings
//!   (unaligned sub-binaries included), local pids (by number), ports (by
//!   number) and — when the code layer registered a
//!   [`FunIdentity`] resolver — funs.
//! - [`internal_hash`]: OTP's `make_internal_hash(Term, 0)`, which its HAMT
//!   maps are keyed on. It hashes immediates by their raw 64-bit word, so it
//!   matches OTP for numbers, binaries, bitstrings, and lists, tuples and
//!   maps of those, but not for atoms (OTP's word holds the atom's table
//!   index, which no other VM shares), pids, ports and references (OTP
//!   encodes those differently) or funs. Reproducing it is what makes
//!   [`super::map::iter`] yield big maps in OTP's order for such keys. Values
//!   are always computed as a 64-bit OTP would (60-bit small integers), so
//!   map order is the same on every target.
//!
//! Both walk the term with an explicit stack: terms of any depth are fine.
//!
//! Best-effort parts (no exact OTP counterpart): references are hashed by the
//! low 32 bits of their id where OTP uses its first ref number word; funs
//! without a registered resolver hash their entry pointer; pid serials are
//! ignored by `phash2` exactly as OTP does.

use super::binary;
use super::boxed::{self, Subtag};
use super::compare::{fun_env, fun_identity, FunIdentity};
use super::{map, Term};
use alloc::vec::Vec;

const HCONST: u32 = 0x9e37_79b9;
const fn hc(n: u32) -> u32 {
    HCONST.wrapping_mul(n)
}
const HCONST_2: u32 = hc(2);
const HCONST_3: u32 = hc(3);
const HCONST_4: u32 = hc(4);
const HCONST_5: u32 = hc(5);
const HCONST_6: u32 = hc(6);
const HCONST_7: u32 = hc(7);
const HCONST_8: u32 = hc(8);
const HCONST_9: u32 = hc(9);
const HCONST_10: u32 = hc(10);
const HCONST_11: u32 = hc(11);
const HCONST_12: u32 = hc(12);
const HCONST_13: u32 = hc(13);
const HCONST_14: u32 = hc(14);
const HCONST_15: u32 = hc(15);
const HCONST_16: u32 = hc(16);
const HCONST_17: u32 = hc(17);
const HCONST_18: u32 = hc(18);
const HCONST_19: u32 = hc(19);
const HCONST_20: u32 = hc(20);
const HCONST_21: u32 = hc(21);
const HCONST_22: u32 = hc(22);

/// `make_internal_hash` starts from this salt (a 32-bit prime).
const INTERNAL_HASH_SALT: u32 = 3_432_918_353;
/// OTP's `NIL_DEF` tag value, hashed for `[]` inside compound terms.
const NIL_DEF: u32 = 2;
/// `phash2([])` at top level.
const NIL_TOP: u32 = 3_468_870_702;
/// OTP's raw `[]` word (same as ours).
const NIL_RAW: u64 = 0x3B;

/// Bob Jenkins' mix, as OTP's `MIX`; the hash is the third word.
#[inline(always)]
fn mix(a: u32, b: u32, c: u32) -> u32 {
    mix3(a, b, c).2
}

/// `UINT32_HASH_2(x, y, k)` applied to `hash`.
#[inline(always)]
fn h2(hash: u32, x: u32, y: u32, k: u32) -> u32 {
    mix(k.wrapping_add(x), k.wrapping_add(y), hash)
}

/// `UINT32_HASH(x, k)`.
#[inline(always)]
fn h1(hash: u32, x: u32, k: u32) -> u32 {
    h2(hash, x, 0, k)
}

/// `CONST_HASH(k)`: light mixing of a type constant.
#[inline(always)]
fn const_hash(hash: u32, k: u32) -> u32 {
    (hash ^ k).rotate_left(17)
}

/// OTP's `block_hash` over whole bytes, seeded with `init`.
fn block_hash(bytes: &[u8], init: u32) -> u32 {
    let (mut a, mut b, mut c) = (HCONST, HCONST, init);
    let mut chunks = bytes.chunks_exact(12);
    for k in &mut chunks {
        a = a.wrapping_add(u32::from_le_bytes([k[0], k[1], k[2], k[3]]));
        b = b.wrapping_add(u32::from_le_bytes([k[4], k[5], k[6], k[7]]));
        c = c.wrapping_add(u32::from_le_bytes([k[8], k[9], k[10], k[11]]));
        (a, b, c) = mix3(a, b, c);
    }
    let r = chunks.remainder();
    let mut ext = [0u8; 12];
    ext[..r.len()].copy_from_slice(r);
    // The truncation to 32 bits is OTP's too.
    c = c.wrapping_add(bytes.len() as u32);
    a = a.wrapping_add(u32::from_le_bytes([ext[0], ext[1], ext[2], ext[3]]));
    b = b.wrapping_add(u32::from_le_bytes([ext[4], ext[5], ext[6], ext[7]]));
    // The first byte of c is reserved for the length.
    c = c.wrapping_add(u32::from_le_bytes([ext[8], ext[9], ext[10], ext[11]]) << 8);
    mix(a, b, c)
}

/// OTP's `MIX(a, b, c)` on all three words (block hashing carries them all).
#[inline(always)]
fn mix3(mut a: u32, mut b: u32, mut c: u32) -> (u32, u32, u32) {
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 13);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 8);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 13);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 12);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 16);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 5);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 3);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 10);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 15);
    (a, b, c)
}

/// The hash OTP keeps for an atom name (`atom_hash`: hashpjw over the UTF-8
/// bytes, with two-byte sequences for U+0080..U+00FF folded to their Latin-1
/// byte, as OTP's "latin1 clutch").
pub fn atom_name_hash(name: &[u8]) -> u32 {
    let mut h: u32 = 0;
    let mut i = 0;
    while i < name.len() {
        let mut v = name[i];
        i += 1;
        if i < name.len() && (v & 0xFE) == 0xC2 && (name[i] & 0xC0) == 0x80 {
            v = (v << 6) | (name[i] & 0x3F);
            i += 1;
        }
        h = (h << 4).wrapping_add(v as u32);
        let g = h & 0xF000_0000;
        if g != 0 {
            h ^= g >> 24;
            h ^= g;
        }
    }
    h
}

#[inline]
fn atom_hvalue(t: Term) -> u32 {
    atom_name_hash(t.atom_value().name())
}

/// Little-endian u32 digits of a bignum's magnitude, without high zeros.
fn big_digits(t: Term) -> Vec<u32> {
    boxed::bignum_digits(t).1
}

/// Hashes bignum digits in pairs, as `make_hash2` and `make_internal_hash`.
fn hash_digits(mut hash: u32, digits: &[u32], con: u32) -> u32 {
    if digits.is_empty() {
        return h2(hash, 0, 0, con);
    }
    for pair in digits.chunks(2) {
        let y = pair.get(1).copied().unwrap_or(0);
        hash = h2(hash, pair[0], y, con);
    }
    hash
}

/// `make_hash2` of a small integer (also used for 60-bit values that are
/// bignums on 32-bit targets, which hash the same way).
fn hash2_int64(hash: u32, v: i64) -> u32 {
    if (-(1i64 << 27)..(1i64 << 27)).contains(&v) {
        let y = v as i32;
        let mut hash = hash;
        if y < 0 {
            // Negative numbers are (unnecessarily) mixed twice in OTP.
            hash = h1(hash, y.wrapping_neg() as u32, HCONST);
        }
        h1(hash, y as u32, HCONST)
    } else {
        let (con, t) = if v < 0 {
            (HCONST_10, v.unsigned_abs())
        } else {
            (HCONST_11, v as u64)
        };
        h2(hash, t as u32, (t >> 32) as u32, con)
    }
}

/// Bytes of a bitstring, realigned: whole bytes plus the trailing bits (as
/// the top bits of one more byte) and their count.
fn with_bits<R>(t: Term, f: impl FnOnce(&[u8], u8, usize) -> R) -> R {
    let bs = binary::bitstring(t).expect("bitstring");
    let whole = bs.bit_size / 8;
    let rest = bs.bit_size % 8;
    let last = if rest > 0 { bs.byte(whole) } else { 0 };
    if bs.bit_offset.is_multiple_of(8) {
        let s = bs.bit_offset / 8;
        f(&bs.base[s..s + whole], last, rest)
    } else {
        let v: Vec<u8> = (0..whole).map(|i| bs.byte(i)).collect();
        f(&v, last, rest)
    }
}

fn hash_bitstring(hash: u32, t: Term) -> u32 {
    let con = HCONST_13.wrapping_add(hash);
    with_bits(t, |bytes, last, bits| {
        if bytes.is_empty() && bits == 0 {
            return con;
        }
        let mut h = block_hash(bytes, con);
        if bits > 0 {
            h = h2(h, bits as u32, (last >> (8 - bits)) as u32, HCONST_15);
        }
        h
    })
}

/// Float bits with -0.0 folded to 0.0 (OTP does this in both hashes).
#[inline]
fn float_bits(t: Term) -> u64 {
    let f = boxed::float_value(t);
    if f == 0.0 {
        0
    } else {
        f.to_bits()
    }
}

enum H2Work {
    Term(Term),
    /// End of one key-value pair of a map.
    MapPair,
    /// End of a map: the hash and pair-xor saved at its start.
    MapTail(u32, u32),
}

/// The full 32-bit `make_hash2` value: `erlang:phash2(T, 1 bsl 32)`.
pub fn hash2(t: Term) -> u32 {
    // Simple cases, exactly as OTP's fast path.
    if t.is_atom() {
        return atom_hvalue(t);
    }
    if let Some(i) = t.as_small() {
        return hash2_int64(0, i as i64);
    }
    let mut stack: Vec<H2Work> = Vec::new();
    let mut hash: u32 = 0;
    let mut xor_pairs: u32 = 0;
    let mut term = t;
    'outer: loop {
        // Hash `term`; `continue 'outer` to go on with a sub-term directly.
        if term.is_list() {
            let mut c = 0;
            let mut sh: u32 = 0;
            let mut cur = term;
            loop {
                let (hd, tl) = cur.cons();
                match byte_of(hd) {
                    Some(b) => {
                        sh = (sh << 8).wrapping_add(b);
                        if c == 3 {
                            hash = h1(hash, sh, HCONST_4);
                            c = 0;
                            sh = 0;
                        } else {
                            c += 1;
                        }
                        if !tl.is_list() {
                            if c > 0 {
                                hash = h1(hash, sh, HCONST_4);
                            }
                            term = tl;
                            continue 'outer;
                        }
                        cur = tl;
                    }
                    None => {
                        if c > 0 {
                            hash = h1(hash, sh, HCONST_4);
                        }
                        stack.push(H2Work::Term(tl));
                        term = hd;
                        continue 'outer;
                    }
                }
            }
        } else if term.is_boxed() {
            match term.header().subtag() {
                Subtag::Tuple => {
                    let elems = term.as_tuple().unwrap_or(&[]);
                    hash = h1(hash, elems.len() as u32, HCONST_9);
                    if let Some((&first, rest)) = elems.split_first() {
                        for &e in rest.iter().rev() {
                            stack.push(H2Work::Term(e));
                        }
                        term = first;
                        continue 'outer;
                    }
                }
                Subtag::FlatMap | Subtag::HashMap => {
                    let size = map::size(term);
                    hash = h1(hash, size as u32, HCONST_16);
                    if size > 0 {
                        // Order independent: hash each pair from zero and
                        // xor the results together.
                        stack.push(H2Work::MapTail(hash, xor_pairs));
                        hash = 0;
                        xor_pairs = 0;
                        for (k, v) in map::iter(term) {
                            stack.push(H2Work::MapPair);
                            stack.push(H2Work::Term(v));
                            stack.push(H2Work::Term(k));
                        }
                    }
                }
                Subtag::Fun | Subtag::Export => match fun_identity(term) {
                    Some(FunIdentity::Local {
                        module,
                        index,
                        uniq,
                    }) => {
                        let env = fun_env(term);
                        hash = h2(
                            hash,
                            env.len() as u32,
                            atom_name_hash(module.name()),
                            HCONST,
                        );
                        hash = h2(hash, index, uniq, HCONST);
                        if let Some((&first, rest)) = env.split_first() {
                            for &e in rest.iter().rev() {
                                stack.push(H2Work::Term(e));
                            }
                            term = first;
                            continue 'outer;
                        }
                    }
                    Some(FunIdentity::Export {
                        module,
                        function,
                        arity,
                    }) => {
                        hash = h2(hash, arity, atom_name_hash(module.name()), HCONST);
                        hash = h1(hash, atom_name_hash(function.name()), HCONST_14);
                    }
                    None => {
                        let p = term.payload(0) as u64;
                        hash = h2(hash, p as u32, (p >> 32) as u32, HCONST_14);
                        if term.header().subtag() == Subtag::Fun {
                            let env = fun_env(term);
                            if let Some((&first, rest)) = env.split_first() {
                                for &e in rest.iter().rev() {
                                    stack.push(H2Work::Term(e));
                                }
                                term = first;
                                continue 'outer;
                            }
                        }
                    }
                },
                Subtag::HeapBin | Subtag::RefcBin | Subtag::SubBin => {
                    hash = hash_bitstring(hash, term);
                }
                Subtag::BigPos | Subtag::BigNeg => {
                    let neg = term.header().subtag() == Subtag::BigNeg;
                    let digits = big_digits(term);
                    if digits.len() <= 2 {
                        // Fits 64 bits: identical to the small-integer path,
                        // which is what 64-bit OTP sees for 60-bit values.
                        let mag = digits.first().copied().unwrap_or(0) as u64
                            | (digits.get(1).copied().unwrap_or(0) as u64) << 32;
                        if mag < (1u64 << 59) {
                            let v = if neg { -(mag as i64) } else { mag as i64 };
                            hash = hash2_int64(hash, v);
                        } else {
                            let con = if neg { HCONST_10 } else { HCONST_11 };
                            hash = hash_digits(hash, &digits, con);
                        }
                    } else {
                        let con = if neg { HCONST_10 } else { HCONST_11 };
                        hash = hash_digits(hash, &digits, con);
                    }
                }
                Subtag::Float => {
                    let b = float_bits(term);
                    hash = h2(hash, (b >> 32) as u32, b as u32, HCONST_12);
                }
                Subtag::Ref => {
                    hash = h1(hash, boxed::ref_value(term) as u32, HCONST_7);
                }
                _ => {
                    hash = h1(hash, term.raw() as u32, HCONST_2);
                }
            }
        } else if let Some(i) = term.as_small() {
            hash = hash2_int64(hash, i as i64);
        } else if term.is_atom() {
            let hv = atom_hvalue(term);
            hash = if hash == 0 {
                hv
            } else {
                h1(hash, hv, HCONST_3)
            };
        } else if term.is_nil() {
            hash = if hash == 0 {
                NIL_TOP
            } else {
                h1(hash, NIL_DEF, HCONST_2)
            };
        } else if term.is_pid() {
            hash = h1(hash, (term.pid_value() & 0x0FFF_FFFF) as u32, HCONST_5);
        } else if term.is_port() {
            let n = term.port_value() as u64;
            hash = h2(hash, n as u32, (n >> 32) as u32, HCONST_6);
        } else {
            hash = h1(hash, term.raw() as u32, HCONST_2);
        }
        // Next term, finishing map pairs and maps on the way.
        loop {
            match stack.pop() {
                None => return hash,
                Some(H2Work::Term(t)) => {
                    term = t;
                    continue 'outer;
                }
                Some(H2Work::MapPair) => {
                    xor_pairs ^= hash;
                    hash = 0;
                }
                Some(H2Work::MapTail(saved_hash, saved_xor)) => {
                    hash = h1(saved_hash, xor_pairs, HCONST_19);
                    xor_pairs = saved_xor;
                }
            }
        }
    }
}

/// A list element that OTP's string optimisation hashes as a byte.
#[inline(always)]
fn byte_of(t: Term) -> Option<u32> {
    match t.as_small() {
        Some(i) if (0..=255).contains(&i) => Some(i as u32),
        _ => None,
    }
}

/// `erlang:phash2/1`: 0..2^27-1.
pub fn phash2(t: Term) -> u32 {
    hash2(t) & ((1 << 27) - 1)
}

/// `erlang:phash2/2` for a range of 1..=2^32-1 (for a range of exactly
/// 2^32 the answer is [`hash2`]).
pub fn phash2_range(t: Term, range: u32) -> u32 {
    debug_assert!(range > 0);
    hash2(t) % range.max(1)
}

enum IhWork {
    Term(Term),
    /// After the car of a cons whose cdr is not a list.
    Cdr,
}

/// The raw word 64-bit OTP would have for an immediate.
#[inline]
fn raw64(t: Term) -> u64 {
    if let Some(i) = t.as_small() {
        (((i as i64) << 4) | 0xF) as u64
    } else if t.is_atom() {
        ((t.atom_value().0 as u64) << 6) | 0xB
    } else if t.is_nil() {
        NIL_RAW
    } else if t.is_pid() {
        ((t.pid_value() as u64) << 4) | 0x3
    } else if t.is_port() {
        ((t.port_value() as u64) << 4) | 0x7
    } else {
        t.raw() as u64
    }
}

#[inline]
fn hash_immed(hash: u32, raw: u64) -> u32 {
    h2(hash, raw as u32, (raw >> 32) as u32, HCONST)
}

/// OTP's `make_internal_hash(T, 0)`: the hash its HAMT maps are built on.
/// Consistent with [`super::compare::exact_eq`] (equal terms, equal hashes).
pub fn internal_hash(t: Term) -> u32 {
    let mut hash = INTERNAL_HASH_SALT;
    if t.is_immediate() {
        return hash_immed(hash, raw64(t));
    }
    let mut stack: Vec<IhWork> = Vec::new();
    let mut term = t;
    'outer: loop {
        if term.is_list() {
            let mut c: u32 = 0;
            let mut sh: u32 = 0;
            let mut cur = term;
            loop {
                let (hd, tl) = cur.cons();
                match byte_of(hd) {
                    Some(b) => {
                        sh = (sh << 8).wrapping_add(b);
                        if c == 3 {
                            hash = h1(hash, sh, HCONST_4);
                            c = 0;
                            sh = 0;
                        } else {
                            c += 1;
                        }
                        if !tl.is_list() {
                            if c > 0 {
                                hash = h2(hash, sh, c, HCONST_22);
                            }
                            term = tl;
                            continue 'outer;
                        }
                        cur = tl;
                    }
                    None => {
                        if c > 0 {
                            hash = h2(hash, sh, c, HCONST_22);
                        }
                        hash = const_hash(hash, HCONST_17);
                        stack.push(IhWork::Term(tl));
                        if !tl.is_list() {
                            stack.push(IhWork::Cdr);
                        }
                        term = hd;
                        continue 'outer;
                    }
                }
            }
        } else if term.is_boxed() {
            match term.header().subtag() {
                Subtag::Tuple => {
                    let elems = term.as_tuple().unwrap_or(&[]);
                    hash = h1(hash, elems.len() as u32, HCONST_9);
                    if let Some((&first, rest)) = elems.split_first() {
                        for &e in rest.iter().rev() {
                            stack.push(IhWork::Term(e));
                        }
                        term = first;
                        continue 'outer;
                    }
                }
                Subtag::FlatMap => {
                    let (keys, values) = map::flat_parts(term);
                    hash = h1(hash, keys.len() as u32, HCONST_16);
                    for (&k, &v) in keys.iter().zip(values).rev() {
                        stack.push(IhWork::Term(v));
                        stack.push(IhWork::Term(k));
                    }
                }
                Subtag::HashMap => {
                    // Same walk as OTP's over the same node structure: the
                    // head hashes its size; inner nodes only push children.
                    if let Some(size) = map::hamt_root_size(term) {
                        hash = h1(hash, size as u32, HCONST_16);
                    }
                    for &c in map::hamt_children(term) {
                        if let Some((k, v)) = c.as_cons() {
                            stack.push(IhWork::Term(v));
                            stack.push(IhWork::Term(k));
                        } else {
                            stack.push(IhWork::Term(c));
                        }
                    }
                }
                Subtag::Fun | Subtag::Export => match fun_identity(term) {
                    Some(FunIdentity::Local {
                        module,
                        index,
                        uniq,
                    }) => {
                        let env = fun_env(term);
                        let m = Term::atom(module).raw() as u32;
                        hash = h2(hash, env.len() as u32, m, HCONST_20);
                        hash = h2(hash, index, uniq, HCONST_21);
                        for &e in env.iter().rev() {
                            stack.push(IhWork::Term(e));
                        }
                    }
                    _ => {
                        let p = term.payload(0) as u64;
                        hash = h2(hash, p as u32, (p >> 32) as u32, HCONST_14);
                        if term.header().subtag() == Subtag::Fun {
                            for &e in fun_env(term).iter().rev() {
                                stack.push(IhWork::Term(e));
                            }
                        }
                    }
                },
                Subtag::HeapBin | Subtag::RefcBin | Subtag::SubBin => {
                    hash = hash_bitstring(hash, term);
                }
                Subtag::BigPos | Subtag::BigNeg => {
                    let neg = term.header().subtag() == Subtag::BigNeg;
                    let digits = big_digits(term);
                    let mag = if digits.len() <= 2 {
                        Some(
                            digits.first().copied().unwrap_or(0) as u64
                                | (digits.get(1).copied().unwrap_or(0) as u64) << 32,
                        )
                    } else {
                        None
                    };
                    // A 60-bit value is a small on 64-bit OTP.
                    let small = match mag {
                        Some(m) if !neg && m < (1 << 59) => Some(m as i64),
                        Some(m) if neg && m <= (1 << 59) => Some((m as i64).wrapping_neg()),
                        _ => None,
                    };
                    match small {
                        Some(v) => hash = hash_immed(hash, ((v << 4) | 0xF) as u64),
                        None => {
                            let con = if neg { HCONST_10 } else { HCONST_11 };
                            hash = hash_digits(hash, &digits, con);
                        }
                    }
                }
                Subtag::Float => {
                    let b = float_bits(term);
                    hash = h2(hash, b as u32, (b >> 32) as u32, HCONST_12);
                }
                Subtag::Ref => {
                    let id = boxed::ref_value(term);
                    hash = h1(hash, id as u32, HCONST_7);
                    hash = h2(hash, (id >> 32) as u32, 0, HCONST_8);
                }
                _ => {
                    hash = hash_immed(hash, term.raw() as u64);
                }
            }
        } else {
            hash = hash_immed(hash, raw64(term));
        }
        loop {
            match stack.pop() {
                None => return hash,
                Some(IhWork::Term(t)) => {
                    term = t;
                    continue 'outer;
                }
                Some(IhWork::Cdr) => hash = const_hash(hash, HCONST_18),
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod parse {
    //! A tiny reader for the `~w` text of terms, to build test terms.
    use crate::atom::Atom;
    use crate::heap::Heap;
    use crate::term::Term;
    use alloc::vec::Vec;
    use num_bigint::BigInt;

    pub fn term(heap: &mut Heap, s: &str) -> Term {
        let mut p = P {
            s: s.as_bytes(),
            i: 0,
        };
        let t = p.term(heap);
        p.ws();
        assert_eq!(p.i, p.s.len(), "trailing text in {s}");
        t
    }

    struct P<'a> {
        s: &'a [u8],
        i: usize,
    }

    impl P<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn peek(&mut self) -> u8 {
            self.ws();
            self.s.get(self.i).copied().unwrap_or(0)
        }
        fn eat(&mut self, tok: &str) -> bool {
            self.ws();
            if self.s[self.i..].starts_with(tok.as_bytes()) {
                self.i += tok.len();
                true
            } else {
                false
            }
        }
        fn expect(&mut self, tok: &str) {
            assert!(self.eat(tok), "expected {tok} at {}", self.i);
        }
        fn seq(&mut self, heap: &mut Heap, close: &str) -> Vec<Term> {
            let mut v = Vec::new();
            if self.eat(close) {
                return v;
            }
            loop {
                v.push(self.term(heap));
                if self.eat(",") {
                    continue;
                }
                self.expect(close);
                return v;
            }
        }
        fn term(&mut self, heap: &mut Heap) -> Term {
            match self.peek() {
                b'{' => {
                    self.i += 1;
                    let v = self.seq(heap, "}");
                    heap.tuple(&v)
                }
                b'[' => {
                    self.i += 1;
                    let mut v = Vec::new();
                    if self.eat("]") {
                        return Term::NIL;
                    }
                    loop {
                        v.push(self.term(heap));
                        if self.eat(",") {
                            continue;
                        }
                        let tail = if self.eat("|") {
                            self.term(heap)
                        } else {
                            Term::NIL
                        };
                        self.expect("]");
                        return heap.list_with_tail(&v, tail);
                    }
                }
                b'#' => {
                    self.expect("#{");
                    let mut pairs = Vec::new();
                    if !self.eat("}") {
                        loop {
                            let k = self.term(heap);
                            self.expect("=>");
                            let v = self.term(heap);
                            pairs.push((k, v));
                            if self.eat(",") {
                                continue;
                            }
                            self.expect("}");
                            break;
                        }
                    }
                    crate::term::map::from_pairs(heap, &mut pairs)
                }
                b'<' if self.s[self.i..].starts_with(b"<<") => {
                    self.i += 2;
                    let mut bytes = Vec::new();
                    let mut bits = 0usize;
                    let mut last = 0u8;
                    if !self.eat(">>") {
                        loop {
                            if self.peek() == b'"' {
                                self.i += 1;
                                while self.s[self.i] != b'"' {
                                    bytes.push(self.s[self.i]);
                                    self.i += 1;
                                }
                                self.i += 1;
                            } else {
                                let n = self.int() as u8;
                                if self.eat(":") {
                                    bits = self.int() as usize;
                                    last = n << (8 - bits);
                                } else {
                                    bytes.push(n);
                                }
                            }
                            if self.eat(",") {
                                continue;
                            }
                            self.expect(">>");
                            break;
                        }
                    }
                    if bits == 0 {
                        heap.binary(&bytes)
                    } else {
                        let n = bytes.len();
                        bytes.push(last);
                        let whole = heap.binary(&bytes);
                        heap.sub_binary(whole, 0, n * 8 + bits)
                    }
                }
                b'<' => {
                    self.i += 1;
                    let _node = self.int();
                    self.expect(".");
                    let n = self.int();
                    self.expect(".");
                    let _ser = self.int();
                    self.expect(">");
                    Term::pid(n as usize)
                }
                b'\'' => {
                    self.i += 1;
                    let start = self.i;
                    while self.s[self.i] != b'\'' {
                        self.i += 1;
                    }
                    let name = &self.s[start..self.i];
                    self.i += 1;
                    Term::atom(Atom::intern(name).unwrap())
                }
                c if c.is_ascii_lowercase() => {
                    let start = self.i;
                    while self.i < self.s.len()
                        && (self.s[self.i].is_ascii_alphanumeric()
                            || self.s[self.i] == b'_'
                            || self.s[self.i] == b'@')
                    {
                        self.i += 1;
                    }
                    Term::atom(Atom::intern(&self.s[start..self.i]).unwrap())
                }
                _ => {
                    let start = self.i;
                    if self.s[self.i] == b'-' {
                        self.i += 1;
                    }
                    while self.i < self.s.len()
                        && (self.s[self.i].is_ascii_digit()
                            || self.s[self.i] == b'.'
                            || self.s[self.i] == b'e'
                            || (self.s[self.i] == b'-' && self.s[self.i - 1] == b'e'))
                    {
                        // A '.' only belongs to a float when a digit follows.
                        if self.s[self.i] == b'.'
                            && !self.s.get(self.i + 1).is_some_and(|c| c.is_ascii_digit())
                        {
                            break;
                        }
                        self.i += 1;
                    }
                    let txt = core::str::from_utf8(&self.s[start..self.i]).unwrap();
                    if txt.contains('.') {
                        heap.float(txt.parse::<f64>().unwrap())
                    } else {
                        let b = BigInt::parse_bytes(txt.as_bytes(), 10).unwrap();
                        heap.bigint(&b)
                    }
                }
            }
        }
        fn int(&mut self) -> i64 {
            self.ws();
            let start = self.i;
            if self.s[self.i] == b'-' {
                self.i += 1;
            }
            while self.i < self.s.len() && self.s[self.i].is_ascii_digit() {
                self.i += 1;
            }
            core::str::from_utf8(&self.s[start..self.i])
                .unwrap()
                .parse()
                .unwrap()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::Atom;
    use crate::heap::Heap;

    /// `~w` text, `erlang:phash2(T, 1 bsl 32)` and
    /// `erts_debug:get_internal_state({internal_hash, T})` from OTP 25.
    const TABLE: &str = "\
0	3175731469	3620831944
1	539485162	2441450838
-1	1117813597	559702020
42	701417368	137677985
255	715823293	3445581034
256	3929335767	3271219649
-256	2771613476	1303125519
134217727	4273352567	3843226830
134217728	2562491755	3413405710
-134217728	874979335	1411125154
-134217729	1418916782	650447913
576460752303423487	1638133000	2748343757
576460752303423488	2442888721	2160620466
-576460752303423488	2316875190	767231620
-576460752303423489	2855034599	1026718139
4294967296	2108323275	4085666484
4294967295	2108319181	965737514
9223372036854775808	710941318	590866911
18446744073709551616	2519041713	1670597026
-18446744073709551616	2563594619	1776020955
1267650600228229401496703205376	528873168	1110310564
123456789012345678901234567890	3353369072	3068014616
-1606938044258990275541962092341162602522202993782792835301369	4182504840	425837120
0.0	423528920	2778859731
-0.0	423528920	2778859731
1.0	3029937084	1476340101
-1.0	1043224280	250165494
0.5	4216441325	4010048147
3.141592653589793	764465415	2068728779
1.0e300	387524106	4116291860
-2.5e-300	4032507185	222988620
123456789.0	759980038	2395637447
1.0e16	2068157629	323433460
5.764607523034235e17	1943913775	3817586504
a	97	231410978
ok	1883	3384569755
true	506293	37675283
false	7111573	3122416460
''	0	940205751
hello_world	84192276	3570150362
'Hello World'	18131988	2763370682
[]	3468870702	2464209347
[a]	1634476877	887386791
[a,b]	3632954310	1707457046
[1,2,3]	4186538188	2915507666
[104,101,108,108,111]	753008767	2010329607
[97,98,99,100]	1752753207	2584962673
[97,98,99,100,101]	2487089008	513042836
[256]	1684221134	452838862
[1,256,2]	2041018903	1207671522
[a|b]	2356411656	1106319682
[1|2]	3844221178	813403020
[1,2|3]	4169601349	411185328
[[]]	499070068	2972560227
[[1],[2,[3]]]	198288300	410173345
[a,[115,116,114],{1}]	2555770354	3419150090
[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]	1181516091	2838474406
[0,255,1000,-1]	3407113471	454815975
[1.0]	2837698332	2118655817
[1|2.0]	2132802600	4244533961
[97,98,99|<<100>>]	918725954	1995203778
{}	221703996	904478834
{a}	2853905094	1181204613
{1,2}	4118095950	240741374
{a,{b,{c}}}	4024188835	4182183113
{[],[]}	694848342	2979499564
{1.0,1}	3329144366	89779011
<<>>	147926629	3580844982
<<0>>	2914887855	1046748106
<<1,2,3>>	4167228639	4177851886
<<104,101,108,108,111,32,119,111,114,108,100,33>>	965223795	2655069432
<<48,49,50,51,52,53,54,55,56,57,97,98,99,100,101,102,103,104,105,106>>	3018649005	2702972622
<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100>>	3051755777	3578012041
<<1:1>>	3994547237	2541828467
<<5:3>>	3354768668	1285585474
<<1,2,3:4>>	2292987389	4221112956
<<255,7:3>>	2508458947	3633918860
<<8,16,24,4:5>>	3573373058	3170781178
<<32,64,96,128,160,192,225,1,33,65,97,129,161,193,226,2,34,66,98,130,162,194,227,3,35,67,99,131,163,195,228,4,36,68,100,132,164,196,229,5,37,69,101,133,165,197,230,6,38,70,102,134,166,198,231,7,39,71,103,135,167,199,232,8,40,72,104,136,168,200,233,9,41,73,105,137,169,201,234,10,42,74,106,138,170,202,235,11,43,75,107,139,171,203,236,12,44,76,108,4:3>>	1527487645	3883688363
#{}	844985373	4050418618
#{a => 1}	1401795262	424221612
#{1 => a,2 => b}	1653309083	3609885492
#{a => #{b => c}}	3616476518	1531082895
#{[1] => {2},<<107>> => 3.0}	1852090958	4263039518
#{1 => a,1.0 => b}	2632281952	549464144
#{16 => 256,18 => 324,5 => 25,19 => 361,27 => 729,35 => 1225,10 => 100,24 => 576,36 => 1296,4 => 16,21 => 441,22 => 484,17 => 289,3 => 9,8 => 64,1 => 1,7 => 49,2 => 4,14 => 196,15 => 225,20 => 400,40 => 1600,13 => 169,38 => 1444,6 => 36,28 => 784,25 => 625,34 => 1156,32 => 1024,9 => 81,37 => 1369,11 => 121,31 => 961,26 => 676,39 => 1521,30 => 900,29 => 841,23 => 529,12 => 144,33 => 1089}	708446302	3398183022
#{{27} => [27],{25} => [25],{45} => [45],{28} => [28],{35} => [35],{26} => [26],{6} => [6],{9} => [9],{29} => [29],{7} => [7],{2} => [2],{44} => [44],{23} => [23],{12} => [12],{22} => [22],{38} => [38],{24} => [24],{50} => [50],{16} => [16],{4} => [4],{19} => [19],{36} => [36],{39} => [39],{11} => [11],{47} => [47],{8} => [8],{14} => [14],{33} => [33],{40} => [40],{15} => [15],{48} => [48],{43} => [43],{46} => [46],{10} => [10],{31} => [31],{34} => [34],{37} => [37],{49} => [49],{32} => [32],{17} => [17],{42} => [42],{30} => [30],{18} => [18],{1} => [1],{13} => [13],{41} => [41],{5} => [5],{3} => [3],{21} => [21],{20} => [20]}	2298538639	81211691
{#{1 => 2},[#{}]}	3026740280	421482207
<0.5.0>	1742111205	4003842063
<0.77.0>	3158397284	2929238493
";

    fn has_atom(s: &str) -> bool {
        // Internal hashes of atoms depend on OTP's atom table indices.
        let b = s.as_bytes();
        b.iter().enumerate().any(|(i, &c)| {
            (c.is_ascii_lowercase() || c == b'\'') && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        })
    }

    #[test]
    fn phash2_and_internal_hash_match_otp() {
        let mut heap = Heap::default();
        let mut n = 0;
        let mut internal = 0;
        for line in TABLE.lines().filter(|l| !l.trim().is_empty()) {
            let mut parts = line.split('\t');
            let text = parts.next().unwrap();
            let want2: u32 = parts.next().unwrap().parse().unwrap();
            let want_ih: u32 = parts.next().unwrap().parse().unwrap();
            let t = parse::term(&mut heap, text);
            assert_eq!(hash2(t), want2, "phash2 of {text}");
            assert_eq!(phash2(t), want2 & ((1 << 27) - 1), "phash2/1 of {text}");
            // OTP keeps local pids scrambled, so their raw words differ.
            if !has_atom(text) && !text.starts_with("<0.") {
                assert_eq!(internal_hash(t), want_ih, "internal hash of {text}");
                internal += 1;
            }
            n += 1;
        }
        assert!(n >= 85, "{n} terms");
        assert!(internal >= 60, "{internal} internal");
    }

    #[test]
    fn atom_hashes_match_otp() {
        // erlang:phash2(list_to_atom(L), 1 bsl 32) for unicode names.
        let cases: [(&str, u32); 5] = [
            ("é", 233),
            ("日本", 251805804),
            ("aéb", 28658),
            ("ÿþ", 4334),
            ("a", 97),
        ];
        for (name, want) in cases {
            let t = Term::atom(Atom::from_str(name));
            assert_eq!(hash2(t), want, "{name}");
        }
    }

    #[test]
    fn ranges() {
        let mut heap = Heap::default();
        let t = parse::term(&mut heap, "{a,[1,2],<<3>>}");
        let h = hash2(t);
        assert_eq!(phash2_range(t, 1), 0);
        assert_eq!(phash2_range(t, 1000), h % 1000);
        assert_eq!(phash2_range(t, 1 << 27), phash2(t));
        // erlang:phash2({a,[1,2],<<3>>}, 1000) and phash2/1 in OTP 25.
        assert_eq!(h, 325366263);
        assert_eq!(phash2_range(t, 1000), 263);
        assert_eq!(phash2(t), 56930807);
    }

    #[test]
    fn ports_pids_and_unaligned() {
        let mut heap = Heap::default();
        // erlang:phash2(list_to_port("#Port<0.5>"), 1 bsl 32)
        assert_eq!(hash2(Term::port(5)), 2004953508);
        // <0.5.0>
        assert_eq!(hash2(Term::pid(5)), 1742111205);
        // An unaligned sub-binary hashes as its value: <<_:3, X/bits>> = <<1,2,3,4>>.
        let orig = heap.binary(&[1, 2, 3, 4]);
        let sub = heap.sub_binary(orig, 3, 29);
        let same = parse::term(&mut heap, "<<8,16,24,4:5>>");
        assert_eq!(hash2(sub), 3573373058);
        assert_eq!(hash2(same), 3573373058);
        assert_eq!(internal_hash(sub), 3170781178);
        // Refc (off-heap) and heap binaries with equal bytes hash alike.
        let bytes: alloc::vec::Vec<u8> = (1..=100).collect();
        let refc = heap.binary(&bytes);
        let sub_all = heap.sub_binary(refc, 0, 800);
        assert_eq!(hash2(refc), hash2(sub_all));
    }

    #[test]
    fn deep_terms_do_not_overflow() {
        let mut heap = Heap::default();
        let mut l = Term::NIL;
        for _ in 0..1_000_000 {
            l = heap.cons(l, Term::NIL);
        }
        let _ = hash2(l);
        let _ = internal_hash(l);
        let mut t = Term::NIL;
        for _ in 0..1_000_000 {
            t = heap.tuple(&[t]);
        }
        let _ = hash2(t);
        let _ = internal_hash(t);
        // A long string.
        let st = heap.str_list(&"x".repeat(100_000));
        let _ = hash2(st);
    }
}
