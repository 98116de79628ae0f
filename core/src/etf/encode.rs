//! `term_to_binary`: a term to external format bytes, as OTP 25 writes them.
//!
//! The choices OTP makes, and so this encoder:
//!
//! - integers: `SMALL_INTEGER_EXT` for 0..=255, `INTEGER_EXT` for the rest of
//!   the i32 range, else `SMALL_BIG_EXT` (up to 255 magnitude bytes) or
//!   `LARGE_BIG_EXT`, with the minimal number of magnitude bytes — decided
//!   by value, so the output does not depend on the word size;
//! - floats: `NEW_FLOAT_EXT`, or for `minor_version` 0 `FLOAT_EXT` (C's
//!   `"%.20e"` padded with NULs to 31 bytes);
//! - atoms: `minor_version` 0 and 1 (OTP 25's default is 1) write `ATOM_EXT`
//!   (Latin-1) when every character is below 256, otherwise
//!   `SMALL_ATOM_UTF8_EXT` (up to 255 UTF-8 bytes) or `ATOM_UTF8_EXT`;
//!   `minor_version` 2 always writes the UTF-8 forms;
//! - lists: `STRING_EXT` for proper lists of 1..=65535 integers in 0..=255,
//!   `NIL_EXT` for `[]`, `LIST_EXT` otherwise (the length counts every cons
//!   cell; the final tail follows the elements);
//! - tuples: `SMALL_TUPLE_EXT` up to arity 255, else `LARGE_TUPLE_EXT`;
//! - binaries `BINARY_EXT`, other bitstrings `BIT_BINARY_EXT` (unused low
//!   bits of the last byte zero);
//! - maps `MAP_EXT`: key order up to 32 keys; above, the reverse of the
//!   trie's iteration order, as `maps:to_list/1` (key order with
//!   `deterministic`);
//! - pids, ports and references as described in [`super`].

use super::tag::*;
use crate::atom::{am, Atom};
use crate::num::float_text;
use crate::term::binary::{self, BitSlice};
use crate::term::boxed::{self, Subtag};
use crate::term::{integer, map, Term};
use alloc::vec;
use alloc::vec::Vec;
use num_bigint::{BigInt, Sign};

/// Options of `term_to_binary/2`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncodeOpts {
    /// 0, 1 or 2 (`{minor_version, N}`); OTP 25's default is 1.
    pub minor_version: u8,
    /// `compressed` (level 6) or `{compressed, Level}` with Level in 0..=9;
    /// level 0 means no compression, as in OTP.
    pub compressed: Option<u8>,
    /// `deterministic`: maps over 32 keys in key order instead of their
    /// internal (hash trie) order.
    pub deterministic: bool,
}

impl Default for EncodeOpts {
    /// What `term_to_binary/1` does in OTP 25.
    fn default() -> Self {
        EncodeOpts {
            minor_version: 1,
            compressed: None,
            deterministic: false,
        }
    }
}

/// Why a term could not be encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// `minor_version` above 2 or a compression level above 9 (`badarg`).
    BadOption,
    /// Funs, until the code registry can name them.
    Unsupported,
    /// A word that is not an Erlang term (catch tag, code pointer, non-value,
    /// a stray header or a reserved boxed object).
    NotATerm,
    /// A list, binary or map too long for the format's 32-bit lengths.
    TooLarge,
}

type Result<T> = core::result::Result<T, EncodeError>;

/// Encodes `t` as `term_to_binary(T, Opts)` would.
pub fn encode(t: Term, opts: EncodeOpts) -> Result<Vec<u8>> {
    if opts.minor_version > 2 || opts.compressed.is_some_and(|l| l > 9) {
        return Err(EncodeError::BadOption);
    }
    let mut out = vec![VERSION];
    let cx = Cx {
        minor: opts.minor_version,
        deterministic: opts.deterministic,
    };
    encode_body(&mut out, t, cx)?;
    Ok(match opts.compressed {
        Some(level) if level > 0 => compress(out, level),
        _ => out,
    })
}

/// OTP's rule: compress the body (after the version byte) and keep the
/// result only if the zlib stream fits in the body size minus 5.
fn compress(out: Vec<u8>, level: u8) -> Vec<u8> {
    let body = &out[1..];
    let real_size = body.len();
    if real_size < 5 || u32::try_from(real_size).is_err() {
        return out;
    }
    let z = miniz_oxide::deflate::compress_to_vec_zlib(body, level);
    if z.len() > real_size - 5 {
        return out;
    }
    let mut c = Vec::with_capacity(6 + z.len());
    c.push(VERSION);
    c.push(COMPRESSED);
    c.extend_from_slice(&(real_size as u32).to_be_bytes());
    c.extend_from_slice(&z);
    c
}

/// What the options change while encoding.
#[derive(Clone, Copy)]
struct Cx {
    minor: u8,
    deterministic: bool,
}

enum Work {
    Term(Term),
    /// The rest of a list: elements of this cons and on, then the tail.
    ListRest(Term),
    /// Tuple elements from the index on.
    TupleRest(Term, usize),
}

fn encode_body(out: &mut Vec<u8>, t: Term, cx: Cx) -> Result<()> {
    let mut stack: Vec<Work> = vec![Work::Term(t)];
    while let Some(w) = stack.pop() {
        match w {
            Work::ListRest(l) => match l.as_cons() {
                Some((h, tl)) => {
                    stack.push(Work::ListRest(tl));
                    stack.push(Work::Term(h));
                }
                None => stack.push(Work::Term(l)),
            },
            Work::TupleRest(tuple, i) => {
                let elems = tuple.as_tuple().unwrap_or(&[]);
                if let Some(&e) = elems.get(i) {
                    stack.push(Work::TupleRest(tuple, i + 1));
                    stack.push(Work::Term(e));
                }
            }
            Work::Term(t) => encode_one(out, t, cx, &mut stack)?,
        }
    }
    Ok(())
}

fn put_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}
fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_be_bytes());
}
fn len_u32(n: usize) -> Result<u32> {
    u32::try_from(n).map_err(|_| EncodeError::TooLarge)
}

fn encode_one(out: &mut Vec<u8>, t: Term, cx: Cx, stack: &mut Vec<Work>) -> Result<()> {
    let minor = cx.minor;
    if let Some(i) = t.as_small() {
        put_i64(out, i as i64);
    } else if let Some(a) = t.as_atom() {
        put_atom(out, a, minor);
    } else if t.is_nil() {
        out.push(NIL_EXT);
    } else if t.is_list() {
        if let Some(n) = string_len(t) {
            out.push(STRING_EXT);
            put_u16(out, n as u16);
            let mut l = t;
            while let Some((h, tl)) = l.as_cons() {
                out.push(h.small_value() as u8);
                l = tl;
            }
        } else {
            let mut n = 0usize;
            let mut l = t;
            while let Some((_, tl)) = l.as_cons() {
                n += 1;
                l = tl;
            }
            out.push(LIST_EXT);
            put_u32(out, len_u32(n)?);
            stack.push(Work::ListRest(t));
        }
    } else if t.is_pid() {
        let v = t.pid_value() as u64;
        out.push(NEW_PID_EXT);
        put_atom(out, am::NONODE, minor);
        put_u32(out, v as u32);
        put_u32(out, (v >> 32) as u32);
        put_u32(out, 0);
    } else if t.is_port() {
        let v = t.port_value() as u64;
        if let Ok(id) = u32::try_from(v) {
            out.push(NEW_PORT_EXT);
            put_atom(out, am::NONODE, minor);
            put_u32(out, id);
        } else {
            out.push(V4_PORT_EXT);
            put_atom(out, am::NONODE, minor);
            out.extend_from_slice(&v.to_be_bytes());
        }
        put_u32(out, 0);
    } else if t.is_boxed() {
        encode_boxed(out, t, cx, stack)?;
    } else {
        return Err(EncodeError::NotATerm);
    }
    Ok(())
}

fn encode_boxed(out: &mut Vec<u8>, t: Term, cx: Cx, stack: &mut Vec<Work>) -> Result<()> {
    let minor = cx.minor;
    match t.header().subtag() {
        Subtag::Tuple => {
            let n = t.header().arity();
            if n <= 255 {
                out.push(SMALL_TUPLE_EXT);
                out.push(n as u8);
            } else {
                out.push(LARGE_TUPLE_EXT);
                put_u32(out, len_u32(n)?);
            }
            stack.push(Work::TupleRest(t, 0));
        }
        Subtag::BigPos | Subtag::BigNeg => {
            let b = integer::to_bigint(t).ok_or(EncodeError::NotATerm)?;
            put_bigint(out, &b)?;
        }
        Subtag::Float => {
            let f = boxed::float_value(t);
            if minor == 0 {
                out.push(FLOAT_EXT);
                let text = float_text::float_to_text_default(f);
                let mut buf = [0u8; 31];
                let n = text.len().min(31);
                buf[..n].copy_from_slice(&text.as_bytes()[..n]);
                out.extend_from_slice(&buf);
            } else {
                out.push(NEW_FLOAT_EXT);
                out.extend_from_slice(&f.to_bits().to_be_bytes());
            }
        }
        Subtag::Ref => {
            let id = boxed::ref_value(t);
            out.push(NEWER_REFERENCE_EXT);
            put_u16(out, 3);
            put_atom(out, am::NONODE, minor);
            put_u32(out, 0); // creation
            put_u32(out, id as u32);
            put_u32(out, (id >> 32) as u32);
            put_u32(out, 0);
        }
        Subtag::Export => {
            // `fun M:F/A`: payload [index, M, F, A] holds the name.
            let (m, f, a) = (t.payload_term(1), t.payload_term(2), t.payload_term(3));
            out.push(EXPORT_EXT);
            put_atom(out, m.as_atom().ok_or(EncodeError::NotATerm)?, minor);
            put_atom(out, f.as_atom().ok_or(EncodeError::NotATerm)?, minor);
            out.push(SMALL_INTEGER_EXT);
            out.push(a.as_small().ok_or(EncodeError::NotATerm)? as u8);
        }
        Subtag::Fun => return Err(EncodeError::Unsupported),
        Subtag::HeapBin | Subtag::RefcBin | Subtag::SubBin => {
            let bits = binary::bitstring(t).ok_or(EncodeError::NotATerm)?;
            put_bits(out, &bits)?;
        }
        Subtag::MatchCtx => {
            // Never a term in OTP; written as the bits it has left to match.
            let orig = binary::bitstring(t.payload_term(0)).ok_or(EncodeError::NotATerm)?;
            let (pos, end) = (t.payload(1), t.payload(2));
            if pos > end || end > orig.bit_size {
                return Err(EncodeError::NotATerm);
            }
            let rest = BitSlice {
                base: orig.base,
                bit_offset: orig.bit_offset + pos,
                bit_size: end - pos,
            };
            put_bits(out, &rest)?;
        }
        Subtag::FlatMap | Subtag::HashMap => {
            let pairs = map_pairs(t, cx.deterministic);
            out.push(MAP_EXT);
            put_u32(out, len_u32(pairs.len())?);
            for &(k, v) in pairs.iter().rev() {
                stack.push(Work::Term(v));
                stack.push(Work::Term(k));
            }
        }
        Subtag::Reserved13 | Subtag::Reserved14 | Subtag::Reserved15 => {
            return Err(EncodeError::NotATerm)
        }
    }
    Ok(())
}

/// A map's pairs in the order OTP writes them: key order up to 32 keys; the
/// reverse of the trie's iteration order above (`maps:to_list/1` order), or
/// key order for `deterministic`.
fn map_pairs(m: Term, deterministic: bool) -> Vec<(Term, Term)> {
    if deterministic {
        map::to_sorted_pairs(m)
    } else {
        map::to_list(m)
    }
}

/// The length of a proper list of 1..=65535 bytes (small integers 0..=255),
/// which OTP writes as `STRING_EXT`.
fn string_len(l: Term) -> Option<usize> {
    let mut n = 0usize;
    let mut t = l;
    while let Some((h, tl)) = t.as_cons() {
        match h.as_small() {
            Some(v) if (0..=255).contains(&v) => {}
            _ => return None,
        }
        n += 1;
        if n > 0xFFFF {
            return None;
        }
        t = tl;
    }
    if t.is_nil() {
        Some(n)
    } else {
        None
    }
}

fn put_i64(out: &mut Vec<u8>, v: i64) {
    if (0..=255).contains(&v) {
        out.push(SMALL_INTEGER_EXT);
        out.push(v as u8);
    } else if let Ok(v32) = i32::try_from(v) {
        out.push(INTEGER_EXT);
        out.extend_from_slice(&v32.to_be_bytes());
    } else {
        let mag = v.unsigned_abs().to_le_bytes();
        let n = 8 - mag.iter().rev().take_while(|&&b| b == 0).count();
        out.push(SMALL_BIG_EXT);
        out.push(n as u8);
        out.push(u8::from(v < 0));
        out.extend_from_slice(&mag[..n]);
    }
}

fn put_bigint(out: &mut Vec<u8>, b: &BigInt) -> Result<()> {
    if let Ok(v) = i64::try_from(b) {
        put_i64(out, v);
        return Ok(());
    }
    let (sign, mag) = b.to_bytes_le();
    if mag.len() <= 255 {
        out.push(SMALL_BIG_EXT);
        out.push(mag.len() as u8);
    } else {
        out.push(LARGE_BIG_EXT);
        put_u32(out, len_u32(mag.len())?);
    }
    out.push(u8::from(sign == Sign::Minus));
    out.extend_from_slice(&mag);
    Ok(())
}

fn put_bits(out: &mut Vec<u8>, b: &BitSlice<'_>) -> Result<()> {
    let bytes = b.to_vec();
    let n = len_u32(bytes.len())?;
    let rem = b.bit_size % 8;
    if rem == 0 {
        out.push(BINARY_EXT);
        put_u32(out, n);
    } else {
        out.push(BIT_BINARY_EXT);
        put_u32(out, n);
        out.push(rem as u8);
    }
    out.extend_from_slice(&bytes);
    Ok(())
}

fn put_atom(out: &mut Vec<u8>, a: Atom, minor: u8) {
    let name = a.name();
    if minor < 2 {
        if let Some(latin1) = to_latin1(name) {
            out.push(ATOM_EXT);
            put_u16(out, latin1.len() as u16);
            out.extend_from_slice(&latin1);
            return;
        }
    }
    if name.len() <= 255 {
        out.push(SMALL_ATOM_UTF8_EXT);
        out.push(name.len() as u8);
    } else {
        out.push(ATOM_UTF8_EXT);
        put_u16(out, name.len() as u16);
    }
    out.extend_from_slice(name);
}

/// The Latin-1 bytes of a UTF-8 name, if every character is below 256.
fn to_latin1(name: &[u8]) -> Option<Vec<u8>> {
    if name.is_ascii() {
        return Some(name.to_vec());
    }
    let s = core::str::from_utf8(name).ok()?;
    s.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::etf::{decode, DecodeOpts};
    use crate::heap::Heap;
    use crate::term::print::to_string;
    use alloc::string::String;

    fn opts(minor: u8) -> EncodeOpts {
        EncodeOpts {
            minor_version: minor,
            ..EncodeOpts::default()
        }
    }

    /// Every golden blob decodes to a term that prints as OTP printed it and
    /// encodes back to the same bytes under every minor version that gave them.
    #[test]
    fn golden_bytes_from_otp() {
        for &(text, minors, bytes) in GOLDEN {
            let mut h = Heap::default();
            let (t, used) = decode(&mut h, bytes, DecodeOpts::default())
                .unwrap_or_else(|e| panic!("decoding {text}: {e:?}"));
            assert_eq!(used, bytes.len(), "{text}");
            assert_eq!(to_string(t), text);
            for &m in minors {
                assert_eq!(encode(t, opts(m)).unwrap(), bytes, "{text} minor {m}");
            }
        }
        assert!(GOLDEN.len() >= 100);
    }

    #[test]
    fn golden_bytes_with_options() {
        for &(text, opt, bytes) in GOLDEN_OPTS {
            let mut h = Heap::default();
            let (t, used) = decode(&mut h, bytes, DecodeOpts::default()).unwrap();
            assert_eq!(used, bytes.len());
            match opt {
                "det" => {
                    let o = EncodeOpts {
                        deterministic: true,
                        ..EncodeOpts::default()
                    };
                    assert_eq!(encode(t, o).unwrap(), bytes);
                }
                "hamt" => {
                    // OTP's internal order for a 40-key map: the printed text
                    // and the non-deterministic encoding follow it.
                    assert_eq!(to_string(t), text);
                    assert_eq!(encode(t, EncodeOpts::default()).unwrap(), bytes);
                }
                _ => {
                    assert_eq!(to_string(t), text);
                    let level = match opt {
                        "{compressed,1}" => 1,
                        "{compressed,9}" => 9,
                        _ => 6,
                    };
                    let o = EncodeOpts {
                        compressed: Some(level),
                        ..EncodeOpts::default()
                    };
                    let ours = encode(t, o).unwrap();
                    assert_eq!(&ours[..6], &bytes[..6], "{opt} header of {text}");
                    let mut h2 = Heap::default();
                    let (t2, used2) = decode(&mut h2, &ours, DecodeOpts::default()).unwrap();
                    assert_eq!(used2, ours.len());
                    assert_eq!(to_string(t2), text);
                }
            }
        }
    }

    /// Terms built directly (not decoded) encode as OTP does.
    #[test]
    fn built_terms_encode_as_otp() {
        let mut h = Heap::default();
        let a = |s: &str| Term::atom(Atom::from_str(s));
        let check = |t: Term, want: &[u8]| {
            assert_eq!(
                encode(t, EncodeOpts::default()).unwrap(),
                want,
                "{}",
                to_string(t)
            )
        };
        check(Term::small(0), &[131, 97, 0]);
        check(h.int(2147483648), &[131, 110, 4, 0, 0, 0, 0, 128]);
        check(h.int(-2147483649), &[131, 110, 4, 1, 1, 0, 0, 128]);
        check(
            h.int128(1 << 64),
            &[131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
        );
        check(Term::small(crate::term::MAX_SMALL), {
            if crate::term::WORD_BITS == 64 {
                &[131, 110, 8, 0, 255, 255, 255, 255, 255, 255, 255, 7]
            } else {
                &[131, 98, 7, 255, 255, 255]
            }
        });
        check(a("abc"), &[131, 100, 0, 3, 97, 98, 99]);
        check(a("日本"), &[131, 119, 6, 230, 151, 165, 230, 156, 172]);
        check(
            h.float(0.1),
            &[131, 70, 63, 185, 153, 153, 153, 153, 153, 154],
        );
        check(h.str_list("abc"), &[131, 107, 0, 3, 97, 98, 99]);
        let l = h.list_with_tail(&[Term::small(1), Term::small(2)], Term::small(3));
        check(l, &[131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3]);
        let t = h.tuple(&[a("a"), Term::small(1)]);
        check(t, &[131, 104, 2, 100, 0, 1, 97, 97, 1]);
        check(h.binary(&[1, 2, 3]), &[131, 109, 0, 0, 0, 3, 1, 2, 3]);
        // <<1,2,3:4>> as an unaligned sub-binary: bits 3.. of <<0,0x20,0x46,0>>.
        let base = h.binary(&[0x00, 0x20, 0x46, 0x00]);
        let sub = h.sub_binary(base, 3, 20);
        check(sub, &[131, 77, 0, 0, 0, 3, 4, 1, 2, 48]);
        let big = h.binary(&[5u8; 70]);
        let sub = h.sub_binary(big, 8, 8 * 68 + 1);
        let mut want = alloc::vec![131, 77, 0, 0, 0, 69, 1];
        want.extend_from_slice(&[5u8; 68]);
        want.push(0);
        check(sub, &want);
        let m = crate::term::map::from_pairs(
            &mut h,
            &mut [(a("b"), Term::small(2)), (a("a"), Term::small(1))],
        );
        check(
            m,
            &[
                131, 116, 0, 0, 0, 2, 100, 0, 1, 97, 97, 1, 100, 0, 1, 98, 97, 2,
            ],
        );
        let mut pid = alloc::vec![131, 88, 100, 0, 13];
        pid.extend_from_slice(b"nonode@nohost");
        pid.extend_from_slice(&[0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0]);
        check(Term::pid(9), &pid);
        let mut r = alloc::vec![131, 90, 0, 3, 100, 0, 13];
        r.extend_from_slice(b"nonode@nohost");
        r.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 7, 0, 0, 0, 0]);
        check(h.reference((7 << 32) | 5), &r);
    }

    #[test]
    fn string_ext_limit() {
        let mut h = Heap::default();
        let l = h.byte_list(&[7u8; 65535]);
        let b = encode(l, EncodeOpts::default()).unwrap();
        assert_eq!(&b[..4], &[131, 107, 255, 255]);
        assert_eq!(b.len(), 4 + 65535);
        let l = h.cons(Term::small(7), l);
        let b = encode(l, EncodeOpts::default()).unwrap();
        assert_eq!(&b[..6], &[131, 108, 0, 1, 0, 0]);
        assert_eq!(b.len(), 6 + 2 * 65536 + 1);
        assert_eq!(&b[b.len() - 3..], &[97, 7, 106]);
    }

    #[test]
    fn errors() {
        let mut h = Heap::default();
        assert_eq!(encode(Term::NIL, opts(3)), Err(EncodeError::BadOption));
        let o = EncodeOpts {
            compressed: Some(10),
            ..EncodeOpts::default()
        };
        assert_eq!(encode(Term::NIL, o), Err(EncodeError::BadOption));
        assert_eq!(
            encode(Term::cp(3), EncodeOpts::default()),
            Err(EncodeError::NotATerm)
        );
        assert_eq!(
            encode(Term::NON_VALUE, EncodeOpts::default()),
            Err(EncodeError::NotATerm)
        );
        let (f, payload) = h.alloc_boxed(Subtag::Fun, 2);
        payload[1] = Term::pid(1).raw();
        let t = h.tuple(&[f]);
        assert_eq!(
            encode(t, EncodeOpts::default()),
            Err(EncodeError::Unsupported)
        );
    }

    #[test]
    fn compression_falls_back_when_it_does_not_pay() {
        let o = EncodeOpts {
            compressed: Some(6),
            ..EncodeOpts::default()
        };
        // OTP: term_to_binary(abc, [compressed]) is the plain encoding.
        assert_eq!(
            encode(Term::atom(Atom::from_str("abc")), o).unwrap(),
            &[131, 100, 0, 3, 97, 98, 99]
        );
        let o0 = EncodeOpts {
            compressed: Some(0),
            ..EncodeOpts::default()
        };
        let mut h = Heap::default();
        let l = h.list(&[Term::atom(am::OK); 100]);
        assert_eq!(
            encode(l, o0).unwrap(),
            encode(l, EncodeOpts::default()).unwrap()
        );
        assert_eq!(encode(l, o).unwrap()[1], COMPRESSED);
    }

    #[test]
    fn deep_terms_encode_iteratively() {
        let mut h = Heap::default();
        let mut t = Term::NIL;
        for _ in 0..1_000_000 {
            t = h.cons(t, Term::NIL);
        }
        let b = encode(t, EncodeOpts::default()).unwrap();
        assert_eq!(b.len(), 1 + 1_000_000 * 5 + 1 + 1_000_000);
        let mut h2 = Heap::default();
        let (t2, used) = decode(&mut h2, &b, DecodeOpts::default()).unwrap();
        assert_eq!(used, b.len());
        assert_eq!(encode(t2, EncodeOpts::default()).unwrap(), b);
        let s: String = to_string(t2);
        assert_eq!(s.len(), 2_000_002);
    }

    /// `(io:format("~w"), minor versions, term_to_binary(T, [{minor_version, V}]))`
    /// from OTP 25.
    pub(crate) const GOLDEN: &[(&str, &[u8], &[u8])] = &[
        ("0", &[1,0,2], &[131,97,0]),
        ("1", &[1,0,2], &[131,97,1]),
        ("255", &[1,0,2], &[131,97,255]),
        ("256", &[1,0,2], &[131,98,0,0,1,0]),
        ("-1", &[1,0,2], &[131,98,255,255,255,255]),
        ("-256", &[1,0,2], &[131,98,255,255,255,0]),
        ("2147483647", &[1,0,2], &[131,98,127,255,255,255]),
        ("2147483648", &[1,0,2], &[131,110,4,0,0,0,0,128]),
        ("-2147483648", &[1,0,2], &[131,98,128,0,0,0]),
        ("-2147483649", &[1,0,2], &[131,110,4,1,1,0,0,128]),
        ("4294967296", &[1,0,2], &[131,110,5,0,0,0,0,0,1]),
        ("576460752303423487", &[1,0,2], &[131,110,8,0,255,255,255,255,255,255,255,7]),
        ("576460752303423488", &[1,0,2], &[131,110,8,0,0,0,0,0,0,0,0,8]),
        ("1152921504606846976", &[1,0,2], &[131,110,8,0,0,0,0,0,0,0,0,16]),
        ("-1152921504606846976", &[1,0,2], &[131,110,8,1,0,0,0,0,0,0,0,16]),
        ("9223372036854775808", &[1,0,2], &[131,110,8,0,0,0,0,0,0,0,0,128]),
        ("18446744073709551616", &[1,0,2], &[131,110,9,0,0,0,0,0,0,0,0,0,1]),
        ("-18446744073709551616", &[1,0,2], &[131,110,9,1,0,0,0,0,0,0,0,0,1]),
        ("126238304966058622268417487065116999845484776053576109500509161826268184136202698801551568013761380717534054534851164138648904527931605160527688095259563605939964364716019515983399209962459578542172100149937763938581219604072733422507180056009672540900709554109516816573779593326332288314873251559077853068444977864803391962580800682760017849589281937637993445539366428356761821065267423102149447628375691862210717202025241630303118559188678304314076943801692528246980959705901641444238894928620825482303431806955690226308773426829503900930529395181208739591967195841536053143145775307050594328881077553168201547775", &[1,0,2], &[131,110,255,0,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255]),
        ("126238304966058622268417487065116999845484776053576109500509161826268184136202698801551568013761380717534054534851164138648904527931605160527688095259563605939964364716019515983399209962459578542172100149937763938581219604072733422507180056009672540900709554109516816573779593326332288314873251559077853068444977864803391962580800682760017849589281937637993445539366428356761821065267423102149447628375691862210717202025241630303118559188678304314076943801692528246980959705901641444238894928620825482303431806955690226308773426829503900930529395181208739591967195841536053143145775307050594328881077553168201547776", &[1,0,2], &[131,111,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]),
        ("-1230231922161117176931558813276752514640713895736833715766118029160058800614672948775360067838593459582429649254051804908512884180898236823585082482065348331234959350355845017413023320111360666922624728239756880416434478315693675013413090757208690376793296658810662941824493488451726505303712916005346747908623702673480919353936813105736620402352744776903840477883651100322409301983488363802930540482487909763484098253940728685132044408863734754271212592471778643949486688511721051561970432780747454823776808464180697103083861812184348565522740195796682622205511845512080552010310050255801589349645928001133745474220715013683413907542779063759833876101354235184245096670042160720629411581502371248008430447184842098610320580417992206662247328722122088513643683907670360209162653670641130936997002170500675501374723998766005827579300723253474890612250135171889174899079911291512399773872178519018229989376", &[1,0,2], &[131,111,0,0,1,120,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]),
        ("0.0", &[1,2], &[131,70,0,0,0,0,0,0,0,0]),
        ("0.0", &[0], &[131,99,48,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48,0,0,0,0,0]),
        ("-0.0", &[1,2], &[131,70,128,0,0,0,0,0,0,0]),
        ("-0.0", &[0], &[131,99,45,48,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48,0,0,0,0]),
        ("1.0", &[1,2], &[131,70,63,240,0,0,0,0,0,0]),
        ("1.0", &[0], &[131,99,49,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48,0,0,0,0,0]),
        ("0.1", &[1,2], &[131,70,63,185,153,153,153,153,153,154]),
        ("0.1", &[0], &[131,99,49,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,53,53,53,49,101,45,48,49,0,0,0,0,0]),
        ("-2.5", &[1,2], &[131,70,192,4,0,0,0,0,0,0]),
        ("-2.5", &[0], &[131,99,45,50,46,53,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48,0,0,0,0]),
        ("1.0e300", &[1,2], &[131,70,126,55,228,60,136,0,117,156]),
        ("1.0e300", &[0], &[131,99,49,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,53,50,53,48,101,43,51,48,48,0,0,0,0]),
        ("5.0e-324", &[1,2], &[131,70,0,0,0,0,0,0,0,1]),
        ("5.0e-324", &[0], &[131,99,52,46,57,52,48,54,53,54,52,53,56,52,49,50,52,54,53,52,52,49,55,55,101,45,51,50,52,0,0,0,0]),
        ("1.7976931348623157e308", &[1,2], &[131,70,127,239,255,255,255,255,255,255]),
        ("1.7976931348623157e308", &[0], &[131,99,49,46,55,57,55,54,57,51,49,51,52,56,54,50,51,49,53,55,48,56,49,53,101,43,51,48,56,0,0,0,0]),
        ("123456.789", &[1,2], &[131,70,64,254,36,12,159,190,118,201]),
        ("123456.789", &[0], &[131,99,49,46,50,51,52,53,54,55,56,57,48,48,48,48,48,48,48,48,52,51,48,55,101,43,48,53,0,0,0,0,0]),
        ("1.0e3", &[1,2], &[131,70,64,143,64,0,0,0,0,0]),
        ("1.0e3", &[0], &[131,99,49,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,51,0,0,0,0,0]),
        ("1.0e-10", &[1,2], &[131,70,61,219,124,223,217,215,189,187]),
        ("1.0e-10", &[0], &[131,99,49,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,51,54,52,51,101,45,49,48,0,0,0,0,0]),
        ("abc", &[1,0], &[131,100,0,3,97,98,99]),
        ("abc", &[2], &[131,119,3,97,98,99]),
        ("'hello world'", &[1,0], &[131,100,0,11,104,101,108,108,111,32,119,111,114,108,100]),
        ("'hello world'", &[2], &[131,119,11,104,101,108,108,111,32,119,111,114,108,100]),
        ("'Abc'", &[1,0], &[131,100,0,3,65,98,99]),
        ("'Abc'", &[2], &[131,119,3,65,98,99]),
        ("''", &[1,0], &[131,100,0,0]),
        ("''", &[2], &[131,119,0]),
        ("\u{fc}n\u{ef}", &[1,0], &[131,100,0,3,252,110,239]),
        ("\u{fc}n\u{ef}", &[2], &[131,119,5,195,188,110,195,175]),
        ("'\\x{65E5}\\x{672C}'", &[1,0,2], &[131,119,6,230,151,165,230,156,172]),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &[1,0], &[131,100,0,255,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &[2], &[131,119,255,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]),
        ("'\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}\\x{3E8}'", &[1,0,2], &[131,118,1,144,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168,207,168]),
        ("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", &[1,0], &[131,100,0,100,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233,233]),
        ("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", &[2], &[131,119,200,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169,195,169]),
        ("true", &[1,0], &[131,100,0,4,116,114,117,101]),
        ("true", &[2], &[131,119,4,116,114,117,101]),
        ("nonode@nohost", &[1,0], &[131,100,0,13,110,111,110,111,100,101,64,110,111,104,111,115,116]),
        ("nonode@nohost", &[2], &[131,119,13,110,111,110,111,100,101,64,110,111,104,111,115,116]),
        ("'[]'", &[1,0], &[131,100,0,2,91,93]),
        ("'[]'", &[2], &[131,119,2,91,93]),
        ("[]", &[1,0,2], &[131,106]),
        ("[97,98,99]", &[1,0,2], &[131,107,0,3,97,98,99]),
        ("[1,2|3]", &[1,0,2], &[131,108,0,0,0,2,97,1,97,2,97,3]),
        ("[a,b]", &[1,0], &[131,108,0,0,0,2,100,0,1,97,100,0,1,98,106]),
        ("[a,b]", &[2], &[131,108,0,0,0,2,119,1,97,119,1,98,106]),
        ("[1000,2000]", &[1,0,2], &[131,108,0,0,0,2,98,0,0,3,232,98,0,0,7,208,106]),
        ("[a,98,99]", &[1,0], &[131,108,0,0,0,3,100,0,1,97,97,98,97,99,106]),
        ("[a,98,99]", &[2], &[131,108,0,0,0,3,119,1,97,97,98,97,99,106]),
        ("[[]]", &[1,0,2], &[131,108,0,0,0,1,106,106]),
        ("[250,251,252,253,254,255,256,257,258,259,260]", &[1,0,2], &[131,108,0,0,0,11,97,250,97,251,97,252,97,253,97,254,97,255,98,0,0,1,0,98,0,0,1,1,98,0,0,1,2,98,0,0,1,3,98,0,0,1,4,106]),
        ("[0]", &[1,0,2], &[131,107,0,1,0]),
        ("[-1]", &[1,0,2], &[131,108,0,0,0,1,98,255,255,255,255,106]),
        ("[256]", &[1,0,2], &[131,108,0,0,0,1,98,0,0,1,0,106]),
        ("[97,b]", &[1,0], &[131,108,0,0,0,2,97,97,100,0,1,98,106]),
        ("[97,b]", &[2], &[131,108,0,0,0,2,97,97,119,1,98,106]),
        ("[[1]|2]", &[1,0,2], &[131,108,0,0,0,1,107,0,1,1,97,2]),
        ("[104,101,108,108,111,44,32,119,111,114,108,100]", &[1,0,2], &[131,107,0,12,104,101,108,108,111,44,32,119,111,114,108,100]),
        ("<<>>", &[1,0,2], &[131,109,0,0,0,0]),
        ("<<1,2,3>>", &[1,0,2], &[131,109,0,0,0,3,1,2,3]),
        ("<<1:3>>", &[1,0,2], &[131,77,0,0,0,1,3,32]),
        ("<<1,2,3:4>>", &[1,0,2], &[131,77,0,0,0,3,4,1,2,48]),
        ("<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100>>", &[1,0,2], &[131,109,0,0,0,100,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]),
        ("<<104,101,108,108,111>>", &[1,0,2], &[131,109,0,0,0,5,104,101,108,108,111]),
        ("<<0:7>>", &[1,0,2], &[131,77,0,0,0,1,7,0]),
        ("<<255,255,1:1>>", &[1,0,2], &[131,77,0,0,0,3,1,255,255,128]),
        ("{}", &[1,0,2], &[131,104,0]),
        ("{a,1}", &[1,0], &[131,104,2,100,0,1,97,97,1]),
        ("{a,1}", &[2], &[131,104,2,119,1,97,97,1]),
        ("{a,{b,{c,[]}}}", &[1,0], &[131,104,2,100,0,1,97,104,2,100,0,1,98,104,2,100,0,1,99,106]),
        ("{a,{b,{c,[]}}}", &[2], &[131,104,2,119,1,97,104,2,119,1,98,104,2,119,1,99,106]),
        ("{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256}", &[1,0,2], &[131,105,0,0,1,0,97,1,97,2,97,3,97,4,97,5,97,6,97,7,97,8,97,9,97,10,97,11,97,12,97,13,97,14,97,15,97,16,97,17,97,18,97,19,97,20,97,21,97,22,97,23,97,24,97,25,97,26,97,27,97,28,97,29,97,30,97,31,97,32,97,33,97,34,97,35,97,36,97,37,97,38,97,39,97,40,97,41,97,42,97,43,97,44,97,45,97,46,97,47,97,48,97,49,97,50,97,51,97,52,97,53,97,54,97,55,97,56,97,57,97,58,97,59,97,60,97,61,97,62,97,63,97,64,97,65,97,66,97,67,97,68,97,69,97,70,97,71,97,72,97,73,97,74,97,75,97,76,97,77,97,78,97,79,97,80,97,81,97,82,97,83,97,84,97,85,97,86,97,87,97,88,97,89,97,90,97,91,97,92,97,93,97,94,97,95,97,96,97,97,97,98,97,99,97,100,97,101,97,102,97,103,97,104,97,105,97,106,97,107,97,108,97,109,97,110,97,111,97,112,97,113,97,114,97,115,97,116,97,117,97,118,97,119,97,120,97,121,97,122,97,123,97,124,97,125,97,126,97,127,97,128,97,129,97,130,97,131,97,132,97,133,97,134,97,135,97,136,97,137,97,138,97,139,97,140,97,141,97,142,97,143,97,144,97,145,97,146,97,147,97,148,97,149,97,150,97,151,97,152,97,153,97,154,97,155,97,156,97,157,97,158,97,159,97,160,97,161,97,162,97,163,97,164,97,165,97,166,97,167,97,168,97,169,97,170,97,171,97,172,97,173,97,174,97,175,97,176,97,177,97,178,97,179,97,180,97,181,97,182,97,183,97,184,97,185,97,186,97,187,97,188,97,189,97,190,97,191,97,192,97,193,97,194,97,195,97,196,97,197,97,198,97,199,97,200,97,201,97,202,97,203,97,204,97,205,97,206,97,207,97,208,97,209,97,210,97,211,97,212,97,213,97,214,97,215,97,216,97,217,97,218,97,219,97,220,97,221,97,222,97,223,97,224,97,225,97,226,97,227,97,228,97,229,97,230,97,231,97,232,97,233,97,234,97,235,97,236,97,237,97,238,97,239,97,240,97,241,97,242,97,243,97,244,97,245,97,246,97,247,97,248,97,249,97,250,97,251,97,252,97,253,97,254,97,255,98,0,0,1,0]),
        ("{[],{},<<>>}", &[1,0,2], &[131,104,3,106,104,0,109,0,0,0,0]),
        ("#{}", &[1,0,2], &[131,116,0,0,0,0]),
        ("#{a => 1,b => 2}", &[1,0], &[131,116,0,0,0,2,100,0,1,97,97,1,100,0,1,98,97,2]),
        ("#{a => 1,b => 2}", &[2], &[131,116,0,0,0,2,119,1,97,97,1,119,1,98,97,2]),
        ("#{1 => a,1.0 => b,a => c,[120] => y}", &[1], &[131,116,0,0,0,4,97,1,100,0,1,97,70,63,240,0,0,0,0,0,0,100,0,1,98,100,0,1,97,100,0,1,99,107,0,1,120,100,0,1,121]),
        ("#{1 => a,1.0 => b,a => c,[120] => y}", &[0], &[131,116,0,0,0,4,97,1,100,0,1,97,99,49,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48,0,0,0,0,0,100,0,1,98,100,0,1,97,100,0,1,99,107,0,1,120,100,0,1,121]),
        ("#{1 => a,1.0 => b,a => c,[120] => y}", &[2], &[131,116,0,0,0,4,97,1,119,1,97,70,63,240,0,0,0,0,0,0,119,1,98,119,1,97,119,1,99,107,0,1,120,119,1,121]),
        ("#{k => #{}}", &[1,0], &[131,116,0,0,0,1,100,0,1,107,116,0,0,0,0]),
        ("#{k => #{}}", &[2], &[131,116,0,0,0,1,119,1,107,116,0,0,0,0]),
        ("#{{} => [],[] => <<>>}", &[1,0,2], &[131,116,0,0,0,2,104,0,106,106,109,0,0,0,0]),
        ("#{<<97>> => 1,<<98>> => 2}", &[1,0,2], &[131,116,0,0,0,2,109,0,0,0,1,97,97,1,109,0,0,0,1,98,97,2]),
        ("#{-1 => a,1099511627776 => b,1180591620717411303424 => c}", &[1,0], &[131,116,0,0,0,3,98,255,255,255,255,100,0,1,97,110,6,0,0,0,0,0,0,1,100,0,1,98,110,9,0,0,0,0,0,0,0,0,0,64,100,0,1,99]),
        ("#{-1 => a,1099511627776 => b,1180591620717411303424 => c}", &[2], &[131,116,0,0,0,3,98,255,255,255,255,119,1,97,110,6,0,0,0,0,0,0,1,119,1,98,110,9,0,0,0,0,0,0,0,0,0,64,119,1,99]),
        ("<0.5.0>", &[1,0], &[131,88,100,0,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,0,5,0,0,0,0,0,0,0,0]),
        ("<0.5.0>", &[2], &[131,88,119,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,0,5,0,0,0,0,0,0,0,0]),
        ("<0.1234.5>", &[1,0], &[131,88,100,0,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,4,210,0,0,0,5,0,0,0,0]),
        ("<0.1234.5>", &[2], &[131,88,119,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,4,210,0,0,0,5,0,0,0,0]),
        ("#Port<0.0>", &[1,0], &[131,89,100,0,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,0,0,0,0,0,0]),
        ("#Port<0.0>", &[2], &[131,89,119,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,0,0,0,0,0,0]),
        ("{ok,[1,2.5,<<120>>,#{a => [b]}]}", &[1], &[131,104,2,100,0,2,111,107,108,0,0,0,4,97,1,70,64,4,0,0,0,0,0,0,109,0,0,0,1,120,116,0,0,0,1,100,0,1,97,108,0,0,0,1,100,0,1,98,106,106]),
        ("{ok,[1,2.5,<<120>>,#{a => [b]}]}", &[0], &[131,104,2,100,0,2,111,107,108,0,0,0,4,97,1,99,50,46,53,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48,0,0,0,0,0,109,0,0,0,1,120,116,0,0,0,1,100,0,1,97,108,0,0,0,1,100,0,1,98,106,106]),
        ("{ok,[1,2.5,<<120>>,#{a => [b]}]}", &[2], &[131,104,2,119,2,111,107,108,0,0,0,4,97,1,70,64,4,0,0,0,0,0,0,109,0,0,0,1,120,116,0,0,0,1,119,1,97,108,0,0,0,1,119,1,98,106,106]),
        ("[{a,1},{b,2.0}|c]", &[1], &[131,108,0,0,0,2,104,2,100,0,1,97,97,1,104,2,100,0,1,98,70,64,0,0,0,0,0,0,0,100,0,1,99]),
        ("[{a,1},{b,2.0}|c]", &[0], &[131,108,0,0,0,2,104,2,100,0,1,97,97,1,104,2,100,0,1,98,99,50,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48,0,0,0,0,0,100,0,1,99]),
        ("[{a,1},{b,2.0}|c]", &[2], &[131,108,0,0,0,2,104,2,119,1,97,97,1,104,2,119,1,98,70,64,0,0,0,0,0,0,0,119,1,99]),
    ];

    /// `(~w text, option, bytes)` for other options.
    pub(crate) const GOLDEN_OPTS: &[(&str, &str, &[u8])] = &[
        ("#{16 => 256,18 => 324,5 => 25,19 => 361,27 => 729,35 => 1225,10 => 100,24 => 576,36 => 1296,4 => 16,21 => 441,22 => 484,17 => 289,3 => 9,8 => 64,1 => 1,7 => 49,2 => 4,14 => 196,15 => 225,20 => 400,40 => 1600,13 => 169,38 => 1444,6 => 36,28 => 784,25 => 625,34 => 1156,32 => 1024,9 => 81,37 => 1369,11 => 121,31 => 961,26 => 676,39 => 1521,30 => 900,29 => 841,23 => 529,12 => 144,33 => 1089}", "det", &[131,116,0,0,0,40,97,1,97,1,97,2,97,4,97,3,97,9,97,4,97,16,97,5,97,25,97,6,97,36,97,7,97,49,97,8,97,64,97,9,97,81,97,10,97,100,97,11,97,121,97,12,97,144,97,13,97,169,97,14,97,196,97,15,97,225,97,16,98,0,0,1,0,97,17,98,0,0,1,33,97,18,98,0,0,1,68,97,19,98,0,0,1,105,97,20,98,0,0,1,144,97,21,98,0,0,1,185,97,22,98,0,0,1,228,97,23,98,0,0,2,17,97,24,98,0,0,2,64,97,25,98,0,0,2,113,97,26,98,0,0,2,164,97,27,98,0,0,2,217,97,28,98,0,0,3,16,97,29,98,0,0,3,73,97,30,98,0,0,3,132,97,31,98,0,0,3,193,97,32,98,0,0,4,0,97,33,98,0,0,4,65,97,34,98,0,0,4,132,97,35,98,0,0,4,201,97,36,98,0,0,5,16,97,37,98,0,0,5,89,97,38,98,0,0,5,164,97,39,98,0,0,5,241,97,40,98,0,0,6,64]),
        ("#{16 => 256,18 => 324,5 => 25,19 => 361,27 => 729,35 => 1225,10 => 100,24 => 576,36 => 1296,4 => 16,21 => 441,22 => 484,17 => 289,3 => 9,8 => 64,1 => 1,7 => 49,2 => 4,14 => 196,15 => 225,20 => 400,40 => 1600,13 => 169,38 => 1444,6 => 36,28 => 784,25 => 625,34 => 1156,32 => 1024,9 => 81,37 => 1369,11 => 121,31 => 961,26 => 676,39 => 1521,30 => 900,29 => 841,23 => 529,12 => 144,33 => 1089}", "hamt", &[131,116,0,0,0,40,97,33,98,0,0,4,65,97,12,97,144,97,23,98,0,0,2,17,97,29,98,0,0,3,73,97,30,98,0,0,3,132,97,39,98,0,0,5,241,97,26,98,0,0,2,164,97,31,98,0,0,3,193,97,11,97,121,97,37,98,0,0,5,89,97,9,97,81,97,32,98,0,0,4,0,97,34,98,0,0,4,132,97,25,98,0,0,2,113,97,28,98,0,0,3,16,97,6,97,36,97,38,98,0,0,5,164,97,13,97,169,97,40,98,0,0,6,64,97,20,98,0,0,1,144,97,15,97,225,97,14,97,196,97,2,97,4,97,7,97,49,97,1,97,1,97,8,97,64,97,3,97,9,97,17,98,0,0,1,33,97,22,98,0,0,1,228,97,21,98,0,0,1,185,97,4,97,16,97,36,98,0,0,5,16,97,24,98,0,0,2,64,97,10,97,100,97,35,98,0,0,4,201,97,27,98,0,0,2,217,97,19,98,0,0,1,105,97,5,97,25,97,18,98,0,0,1,68,97,16,98,0,0,1,0]),
        ("#{16 => -16,164 => -164,19.0 => 19,107 => -107,<<49,57>> => [19],2.0 => 2,115 => -115,<<49>> => [1],172 => -172,136 => -136,40.0 => 40,79 => -79,18 => -18,54 => -54,<<57>> => [9],<<49,54>> => [16],5 => -5,<<49,51>> => [13],44.0 => 44,118 => -118,114 => -114,34.0 => 34,129 => -129,28.0 => 28,35.0 => 35,156 => -156,<<52>> => [4],14.0 => 14,<<51,55>> => [37],182 => -182,101 => -101,65 => -65,106 => -106,93 => -93,67 => -67,19 => -19,42 => -42,92 => -92,185 => -185,94 => -94,84 => -84,18.0 => 18,27 => -27,<<52,56>> => [48],{6} => 6,8.0 => 8,160 => -160,125 => -125,49 => -49,121 => -121,<<52,50>> => [42],<<50,52>> => [24],{9} => 9,127 => -127,105 => -105,<<50,50>> => [22],62 => -62,142 => -142,<<50>> => [2],102 => -102,179 => -179,161 => -161,56 => -56,70 => -70,45.0 => 45,35 => -35,<<51,48>> => [30],<<52,57>> => [49],{7} => 7,{2} => 2,150 => -150,10 => -10,24 => -24,66 => -66,50 => -50,53 => -53,138 => -138,177 => -177,<<50,57>> => [29],36 => -36,3.0 => 3,82 => -82,37.0 => 37,<<50,56>> => [28],148 => -148,119 => -119,50.0 => 50,169 => -169,159 => -159,128 => -128,4 => -4,200 => -200,{12} => 12,<<51,50>> => [32],<<51,53>> => [35],96 => -96,21 => -21,190 => -190,9.0 => 9,87 => -87,155 => -155,<<52,54>> => [46],178 => -178,<<51,56>> => [38],46.0 => 46,111 => -111,<<52,49>> => [41],52 => -52,29.0 => 29,<<53,48>> => [50],22 => -22,20.0 => 20,1.0 => 1,17 => -17,189 => -189,{16} => 16,<<51,57>> => [39],41.0 => 41,181 => -181,{4} => 4,17.0 => 17,55 => -55,{19} => 19,135 => -135,58 => -58,151 => -151,154 => -154,<<49,56>> => [18],90 => -90,75 => -75,3 => -3,186 => -186,198 => -198,134 => -134,8 => -8,<<52,48>> => [40],104 => -104,149 => -149,97 => -97,1 => -1,<<49,48>> => [10],<<49,55>> => [17],196 => -196,<<49,49>> => [11],15.0 => 15,33.0 => 33,112 => -112,99 => -99,139 => -139,{11} => 11,74 => -74,83 => -83,176 => -176,140 => -140,122 => -122,6.0 => 6,7 => -7,103 => -103,162 => -162,{8} => 8,2 => -2,60 => -60,108 => -108,48.0 => 48,38.0 => 38,187 => -187,14 => -14,147 => -147,25.0 => 25,26.0 => 26,<<49,50>> => [12],15 => -15,{14} => 14,174 => -174,78 => -78,20 => -20,41 => -41,130 => -130,<<52,53>> => [45],95 => -95,77 => -77,<<50,51>> => [23],123 => -123,40 => -40,59 => -59,13 => -13,<<49,53>> => [15],126 => -126,137 => -137,38 => -38,32.0 => 32,{15} => 15,80 => -80,51 => -51,116 => -116,22.0 => 22,86 => -86,4.0 => 4,68 => -68,110 => -110,72 => -72,<<50,49>> => [21],180 => -180,<<50,54>> => [26],109 => -109,10.0 => 10,49.0 => 49,39.0 => 39,6 => -6,146 => -146,194 => -194,64 => -64,120 => -120,91 => -91,{10} => 10,85 => -85,<<51,52>> => [34],12.0 => 12,<<51,51>> => [33],195 => -195,199 => -199,28 => -28,<<51>> => [3],36.0 => 36,25 => -25,13.0 => 13,34 => -34,184 => -184,30.0 => 30,16.0 => 16,32 => -32,173 => -173,76 => -76,9 => -9,24.0 => 24,193 => -193,7.0 => 7,153 => -153,37 => -37,11 => -11,81 => -81,{17} => 17,98 => -98,167 => -167,158 => -158,31 => -31,46 => -46,133 => -133,71 => -71,100 => -100,47.0 => 47,165 => -165,63 => -63,152 => -152,141 => -141,<<54>> => [6],<<52,52>> => [44],144 => -144,166 => -166,191 => -191,88 => -88,{18} => 18,27.0 => 27,42.0 => 42,69 => -69,26 => -26,<<53>> => [5],<<51,49>> => [31],113 => -113,143 => -143,57 => -57,197 => -197,171 => -171,145 => -145,{1} => 1,{13} => 13,48 => -48,<<50,48>> => [20],45 => -45,43.0 => 43,131 => -131,<<51,54>> => [36],39 => -39,163 => -163,{5} => 5,43 => -43,30 => -30,<<56>> => [8],21.0 => 21,61 => -61,<<49,52>> => [14],<<50,53>> => [25],{3} => 3,<<52,51>> => [43],<<50,55>> => [27],89 => -89,47 => -47,29 => -29,23 => -23,170 => -170,23.0 => 23,{20} => 20,124 => -124,<<55>> => [7],31.0 => 31,183 => -183,44 => -44,73 => -73,132 => -132,157 => -157,188 => -188,192 => -192,12 => -12,175 => -175,5.0 => 5,117 => -117,11.0 => 11,168 => -168,<<52,55>> => [47],33 => -33}", "hamt", &[131,116,0,0,1,64,97,33,98,255,255,255,223,109,0,0,0,2,52,55,107,0,1,47,97,168,98,255,255,255,88,70,64,38,0,0,0,0,0,0,97,11,97,117,98,255,255,255,139,70,64,20,0,0,0,0,0,0,97,5,97,175,98,255,255,255,81,97,12,98,255,255,255,244,97,192,98,255,255,255,64,97,188,98,255,255,255,68,97,157,98,255,255,255,99,97,132,98,255,255,255,124,97,73,98,255,255,255,183,97,44,98,255,255,255,212,97,183,98,255,255,255,73,70,64,63,0,0,0,0,0,0,97,31,109,0,0,0,1,55,107,0,1,7,97,124,98,255,255,255,132,104,1,97,20,97,20,70,64,55,0,0,0,0,0,0,97,23,97,170,98,255,255,255,86,97,23,98,255,255,255,233,97,29,98,255,255,255,227,97,47,98,255,255,255,209,97,89,98,255,255,255,167,109,0,0,0,2,50,55,107,0,1,27,109,0,0,0,2,52,51,107,0,1,43,104,1,97,3,97,3,109,0,0,0,2,50,53,107,0,1,25,109,0,0,0,2,49,52,107,0,1,14,97,61,98,255,255,255,195,70,64,53,0,0,0,0,0,0,97,21,109,0,0,0,1,56,107,0,1,8,97,30,98,255,255,255,226,97,43,98,255,255,255,213,104,1,97,5,97,5,97,163,98,255,255,255,93,97,39,98,255,255,255,217,109,0,0,0,2,51,54,107,0,1,36,97,131,98,255,255,255,125,70,64,69,128,0,0,0,0,0,97,43,97,45,98,255,255,255,211,109,0,0,0,2,50,48,107,0,1,20,97,48,98,255,255,255,208,104,1,97,13,97,13,104,1,97,1,97,1,97,145,98,255,255,255,111,97,171,98,255,255,255,85,97,197,98,255,255,255,59,97,57,98,255,255,255,199,97,143,98,255,255,255,113,97,113,98,255,255,255,143,109,0,0,0,2,51,49,107,0,1,31,109,0,0,0,1,53,107,0,1,5,97,26,98,255,255,255,230,97,69,98,255,255,255,187,70,64,69,0,0,0,0,0,0,97,42,70,64,59,0,0,0,0,0,0,97,27,104,1,97,18,97,18,97,88,98,255,255,255,168,97,191,98,255,255,255,65,97,166,98,255,255,255,90,97,144,98,255,255,255,112,109,0,0,0,2,52,52,107,0,1,44,109,0,0,0,1,54,107,0,1,6,97,141,98,255,255,255,115,97,152,98,255,255,255,104,97,63,98,255,255,255,193,97,165,98,255,255,255,91,70,64,71,128,0,0,0,0,0,97,47,97,100,98,255,255,255,156,97,71,98,255,255,255,185,97,133,98,255,255,255,123,97,46,98,255,255,255,210,97,31,98,255,255,255,225,97,158,98,255,255,255,98,97,167,98,255,255,255,89,97,98,98,255,255,255,158,104,1,97,17,97,17,97,81,98,255,255,255,175,97,11,98,255,255,255,245,97,37,98,255,255,255,219,97,153,98,255,255,255,103,70,64,28,0,0,0,0,0,0,97,7,97,193,98,255,255,255,63,70,64,56,0,0,0,0,0,0,97,24,97,9,98,255,255,255,247,97,76,98,255,255,255,180,97,173,98,255,255,255,83,97,32,98,255,255,255,224,70,64,48,0,0,0,0,0,0,97,16,70,64,62,0,0,0,0,0,0,97,30,97,184,98,255,255,255,72,97,34,98,255,255,255,222,70,64,42,0,0,0,0,0,0,97,13,97,25,98,255,255,255,231,70,64,66,0,0,0,0,0,0,97,36,109,0,0,0,1,51,107,0,1,3,97,28,98,255,255,255,228,97,199,98,255,255,255,57,97,195,98,255,255,255,61,109,0,0,0,2,51,51,107,0,1,33,70,64,40,0,0,0,0,0,0,97,12,109,0,0,0,2,51,52,107,0,1,34,97,85,98,255,255,255,171,104,1,97,10,97,10,97,91,98,255,255,255,165,97,120,98,255,255,255,136,97,64,98,255,255,255,192,97,194,98,255,255,255,62,97,146,98,255,255,255,110,97,6,98,255,255,255,250,70,64,67,128,0,0,0,0,0,97,39,70,64,72,128,0,0,0,0,0,97,49,70,64,36,0,0,0,0,0,0,97,10,97,109,98,255,255,255,147,109,0,0,0,2,50,54,107,0,1,26,97,180,98,255,255,255,76,109,0,0,0,2,50,49,107,0,1,21,97,72,98,255,255,255,184,97,110,98,255,255,255,146,97,68,98,255,255,255,188,70,64,16,0,0,0,0,0,0,97,4,97,86,98,255,255,255,170,70,64,54,0,0,0,0,0,0,97,22,97,116,98,255,255,255,140,97,51,98,255,255,255,205,97,80,98,255,255,255,176,104,1,97,15,97,15,70,64,64,0,0,0,0,0,0,97,32,97,38,98,255,255,255,218,97,137,98,255,255,255,119,97,126,98,255,255,255,130,109,0,0,0,2,49,53,107,0,1,15,97,13,98,255,255,255,243,97,59,98,255,255,255,197,97,40,98,255,255,255,216,97,123,98,255,255,255,133,109,0,0,0,2,50,51,107,0,1,23,97,77,98,255,255,255,179,97,95,98,255,255,255,161,109,0,0,0,2,52,53,107,0,1,45,97,130,98,255,255,255,126,97,41,98,255,255,255,215,97,20,98,255,255,255,236,97,78,98,255,255,255,178,97,174,98,255,255,255,82,104,1,97,14,97,14,97,15,98,255,255,255,241,109,0,0,0,2,49,50,107,0,1,12,70,64,58,0,0,0,0,0,0,97,26,70,64,57,0,0,0,0,0,0,97,25,97,147,98,255,255,255,109,97,14,98,255,255,255,242,97,187,98,255,255,255,69,70,64,67,0,0,0,0,0,0,97,38,70,64,72,0,0,0,0,0,0,97,48,97,108,98,255,255,255,148,97,60,98,255,255,255,196,97,2,98,255,255,255,254,104,1,97,8,97,8,97,162,98,255,255,255,94,97,103,98,255,255,255,153,97,7,98,255,255,255,249,70,64,24,0,0,0,0,0,0,97,6,97,122,98,255,255,255,134,97,140,98,255,255,255,116,97,176,98,255,255,255,80,97,83,98,255,255,255,173,97,74,98,255,255,255,182,104,1,97,11,97,11,97,139,98,255,255,255,117,97,99,98,255,255,255,157,97,112,98,255,255,255,144,70,64,64,128,0,0,0,0,0,97,33,70,64,46,0,0,0,0,0,0,97,15,109,0,0,0,2,49,49,107,0,1,11,97,196,98,255,255,255,60,109,0,0,0,2,49,55,107,0,1,17,109,0,0,0,2,49,48,107,0,1,10,97,1,98,255,255,255,255,97,97,98,255,255,255,159,97,149,98,255,255,255,107,97,104,98,255,255,255,152,109,0,0,0,2,52,48,107,0,1,40,97,8,98,255,255,255,248,97,134,98,255,255,255,122,97,198,98,255,255,255,58,97,186,98,255,255,255,70,97,3,98,255,255,255,253,97,75,98,255,255,255,181,97,90,98,255,255,255,166,109,0,0,0,2,49,56,107,0,1,18,97,154,98,255,255,255,102,97,151,98,255,255,255,105,97,58,98,255,255,255,198,97,135,98,255,255,255,121,104,1,97,19,97,19,97,55,98,255,255,255,201,70,64,49,0,0,0,0,0,0,97,17,104,1,97,4,97,4,97,181,98,255,255,255,75,70,64,68,128,0,0,0,0,0,97,41,109,0,0,0,2,51,57,107,0,1,39,104,1,97,16,97,16,97,189,98,255,255,255,67,97,17,98,255,255,255,239,70,63,240,0,0,0,0,0,0,97,1,70,64,52,0,0,0,0,0,0,97,20,97,22,98,255,255,255,234,109,0,0,0,2,53,48,107,0,1,50,70,64,61,0,0,0,0,0,0,97,29,97,52,98,255,255,255,204,109,0,0,0,2,52,49,107,0,1,41,97,111,98,255,255,255,145,70,64,71,0,0,0,0,0,0,97,46,109,0,0,0,2,51,56,107,0,1,38,97,178,98,255,255,255,78,109,0,0,0,2,52,54,107,0,1,46,97,155,98,255,255,255,101,97,87,98,255,255,255,169,70,64,34,0,0,0,0,0,0,97,9,97,190,98,255,255,255,66,97,21,98,255,255,255,235,97,96,98,255,255,255,160,109,0,0,0,2,51,53,107,0,1,35,109,0,0,0,2,51,50,107,0,1,32,104,1,97,12,97,12,97,200,98,255,255,255,56,97,4,98,255,255,255,252,97,128,98,255,255,255,128,97,159,98,255,255,255,97,97,169,98,255,255,255,87,70,64,73,0,0,0,0,0,0,97,50,97,119,98,255,255,255,137,97,148,98,255,255,255,108,109,0,0,0,2,50,56,107,0,1,28,70,64,66,128,0,0,0,0,0,97,37,97,82,98,255,255,255,174,70,64,8,0,0,0,0,0,0,97,3,97,36,98,255,255,255,220,109,0,0,0,2,50,57,107,0,1,29,97,177,98,255,255,255,79,97,138,98,255,255,255,118,97,53,98,255,255,255,203,97,50,98,255,255,255,206,97,66,98,255,255,255,190,97,24,98,255,255,255,232,97,10,98,255,255,255,246,97,150,98,255,255,255,106,104,1,97,2,97,2,104,1,97,7,97,7,109,0,0,0,2,52,57,107,0,1,49,109,0,0,0,2,51,48,107,0,1,30,97,35,98,255,255,255,221,70,64,70,128,0,0,0,0,0,97,45,97,70,98,255,255,255,186,97,56,98,255,255,255,200,97,161,98,255,255,255,95,97,179,98,255,255,255,77,97,102,98,255,255,255,154,109,0,0,0,1,50,107,0,1,2,97,142,98,255,255,255,114,97,62,98,255,255,255,194,109,0,0,0,2,50,50,107,0,1,22,97,105,98,255,255,255,151,97,127,98,255,255,255,129,104,1,97,9,97,9,109,0,0,0,2,50,52,107,0,1,24,109,0,0,0,2,52,50,107,0,1,42,97,121,98,255,255,255,135,97,49,98,255,255,255,207,97,125,98,255,255,255,131,97,160,98,255,255,255,96,70,64,32,0,0,0,0,0,0,97,8,104,1,97,6,97,6,109,0,0,0,2,52,56,107,0,1,48,97,27,98,255,255,255,229,70,64,50,0,0,0,0,0,0,97,18,97,84,98,255,255,255,172,97,94,98,255,255,255,162,97,185,98,255,255,255,71,97,92,98,255,255,255,164,97,42,98,255,255,255,214,97,19,98,255,255,255,237,97,67,98,255,255,255,189,97,93,98,255,255,255,163,97,106,98,255,255,255,150,97,65,98,255,255,255,191,97,101,98,255,255,255,155,97,182,98,255,255,255,74,109,0,0,0,2,51,55,107,0,1,37,70,64,44,0,0,0,0,0,0,97,14,109,0,0,0,1,52,107,0,1,4,97,156,98,255,255,255,100,70,64,65,128,0,0,0,0,0,97,35,70,64,60,0,0,0,0,0,0,97,28,97,129,98,255,255,255,127,70,64,65,0,0,0,0,0,0,97,34,97,114,98,255,255,255,142,97,118,98,255,255,255,138,70,64,70,0,0,0,0,0,0,97,44,109,0,0,0,2,49,51,107,0,1,13,97,5,98,255,255,255,251,109,0,0,0,2,49,54,107,0,1,16,109,0,0,0,1,57,107,0,1,9,97,54,98,255,255,255,202,97,18,98,255,255,255,238,97,79,98,255,255,255,177,70,64,68,0,0,0,0,0,0,97,40,97,136,98,255,255,255,120,97,172,98,255,255,255,84,109,0,0,0,1,49,107,0,1,1,97,115,98,255,255,255,141,70,64,0,0,0,0,0,0,0,97,2,109,0,0,0,2,49,57,107,0,1,19,97,107,98,255,255,255,149,70,64,51,0,0,0,0,0,0,97,19,97,164,98,255,255,255,92,97,16,98,255,255,255,240]),
        ("#{16 => -16,164 => -164,19.0 => 19,107 => -107,<<49,57>> => [19],2.0 => 2,115 => -115,<<49>> => [1],172 => -172,136 => -136,40.0 => 40,79 => -79,18 => -18,54 => -54,<<57>> => [9],<<49,54>> => [16],5 => -5,<<49,51>> => [13],44.0 => 44,118 => -118,114 => -114,34.0 => 34,129 => -129,28.0 => 28,35.0 => 35,156 => -156,<<52>> => [4],14.0 => 14,<<51,55>> => [37],182 => -182,101 => -101,65 => -65,106 => -106,93 => -93,67 => -67,19 => -19,42 => -42,92 => -92,185 => -185,94 => -94,84 => -84,18.0 => 18,27 => -27,<<52,56>> => [48],{6} => 6,8.0 => 8,160 => -160,125 => -125,49 => -49,121 => -121,<<52,50>> => [42],<<50,52>> => [24],{9} => 9,127 => -127,105 => -105,<<50,50>> => [22],62 => -62,142 => -142,<<50>> => [2],102 => -102,179 => -179,161 => -161,56 => -56,70 => -70,45.0 => 45,35 => -35,<<51,48>> => [30],<<52,57>> => [49],{7} => 7,{2} => 2,150 => -150,10 => -10,24 => -24,66 => -66,50 => -50,53 => -53,138 => -138,177 => -177,<<50,57>> => [29],36 => -36,3.0 => 3,82 => -82,37.0 => 37,<<50,56>> => [28],148 => -148,119 => -119,50.0 => 50,169 => -169,159 => -159,128 => -128,4 => -4,200 => -200,{12} => 12,<<51,50>> => [32],<<51,53>> => [35],96 => -96,21 => -21,190 => -190,9.0 => 9,87 => -87,155 => -155,<<52,54>> => [46],178 => -178,<<51,56>> => [38],46.0 => 46,111 => -111,<<52,49>> => [41],52 => -52,29.0 => 29,<<53,48>> => [50],22 => -22,20.0 => 20,1.0 => 1,17 => -17,189 => -189,{16} => 16,<<51,57>> => [39],41.0 => 41,181 => -181,{4} => 4,17.0 => 17,55 => -55,{19} => 19,135 => -135,58 => -58,151 => -151,154 => -154,<<49,56>> => [18],90 => -90,75 => -75,3 => -3,186 => -186,198 => -198,134 => -134,8 => -8,<<52,48>> => [40],104 => -104,149 => -149,97 => -97,1 => -1,<<49,48>> => [10],<<49,55>> => [17],196 => -196,<<49,49>> => [11],15.0 => 15,33.0 => 33,112 => -112,99 => -99,139 => -139,{11} => 11,74 => -74,83 => -83,176 => -176,140 => -140,122 => -122,6.0 => 6,7 => -7,103 => -103,162 => -162,{8} => 8,2 => -2,60 => -60,108 => -108,48.0 => 48,38.0 => 38,187 => -187,14 => -14,147 => -147,25.0 => 25,26.0 => 26,<<49,50>> => [12],15 => -15,{14} => 14,174 => -174,78 => -78,20 => -20,41 => -41,130 => -130,<<52,53>> => [45],95 => -95,77 => -77,<<50,51>> => [23],123 => -123,40 => -40,59 => -59,13 => -13,<<49,53>> => [15],126 => -126,137 => -137,38 => -38,32.0 => 32,{15} => 15,80 => -80,51 => -51,116 => -116,22.0 => 22,86 => -86,4.0 => 4,68 => -68,110 => -110,72 => -72,<<50,49>> => [21],180 => -180,<<50,54>> => [26],109 => -109,10.0 => 10,49.0 => 49,39.0 => 39,6 => -6,146 => -146,194 => -194,64 => -64,120 => -120,91 => -91,{10} => 10,85 => -85,<<51,52>> => [34],12.0 => 12,<<51,51>> => [33],195 => -195,199 => -199,28 => -28,<<51>> => [3],36.0 => 36,25 => -25,13.0 => 13,34 => -34,184 => -184,30.0 => 30,16.0 => 16,32 => -32,173 => -173,76 => -76,9 => -9,24.0 => 24,193 => -193,7.0 => 7,153 => -153,37 => -37,11 => -11,81 => -81,{17} => 17,98 => -98,167 => -167,158 => -158,31 => -31,46 => -46,133 => -133,71 => -71,100 => -100,47.0 => 47,165 => -165,63 => -63,152 => -152,141 => -141,<<54>> => [6],<<52,52>> => [44],144 => -144,166 => -166,191 => -191,88 => -88,{18} => 18,27.0 => 27,42.0 => 42,69 => -69,26 => -26,<<53>> => [5],<<51,49>> => [31],113 => -113,143 => -143,57 => -57,197 => -197,171 => -171,145 => -145,{1} => 1,{13} => 13,48 => -48,<<50,48>> => [20],45 => -45,43.0 => 43,131 => -131,<<51,54>> => [36],39 => -39,163 => -163,{5} => 5,43 => -43,30 => -30,<<56>> => [8],21.0 => 21,61 => -61,<<49,52>> => [14],<<50,53>> => [25],{3} => 3,<<52,51>> => [43],<<50,55>> => [27],89 => -89,47 => -47,29 => -29,23 => -23,170 => -170,23.0 => 23,{20} => 20,124 => -124,<<55>> => [7],31.0 => 31,183 => -183,44 => -44,73 => -73,132 => -132,157 => -157,188 => -188,192 => -192,12 => -12,175 => -175,5.0 => 5,117 => -117,11.0 => 11,168 => -168,<<52,55>> => [47],33 => -33}", "det", &[131,116,0,0,1,64,97,1,98,255,255,255,255,97,2,98,255,255,255,254,97,3,98,255,255,255,253,97,4,98,255,255,255,252,97,5,98,255,255,255,251,97,6,98,255,255,255,250,97,7,98,255,255,255,249,97,8,98,255,255,255,248,97,9,98,255,255,255,247,97,10,98,255,255,255,246,97,11,98,255,255,255,245,97,12,98,255,255,255,244,97,13,98,255,255,255,243,97,14,98,255,255,255,242,97,15,98,255,255,255,241,97,16,98,255,255,255,240,97,17,98,255,255,255,239,97,18,98,255,255,255,238,97,19,98,255,255,255,237,97,20,98,255,255,255,236,97,21,98,255,255,255,235,97,22,98,255,255,255,234,97,23,98,255,255,255,233,97,24,98,255,255,255,232,97,25,98,255,255,255,231,97,26,98,255,255,255,230,97,27,98,255,255,255,229,97,28,98,255,255,255,228,97,29,98,255,255,255,227,97,30,98,255,255,255,226,97,31,98,255,255,255,225,97,32,98,255,255,255,224,97,33,98,255,255,255,223,97,34,98,255,255,255,222,97,35,98,255,255,255,221,97,36,98,255,255,255,220,97,37,98,255,255,255,219,97,38,98,255,255,255,218,97,39,98,255,255,255,217,97,40,98,255,255,255,216,97,41,98,255,255,255,215,97,42,98,255,255,255,214,97,43,98,255,255,255,213,97,44,98,255,255,255,212,97,45,98,255,255,255,211,97,46,98,255,255,255,210,97,47,98,255,255,255,209,97,48,98,255,255,255,208,97,49,98,255,255,255,207,97,50,98,255,255,255,206,97,51,98,255,255,255,205,97,52,98,255,255,255,204,97,53,98,255,255,255,203,97,54,98,255,255,255,202,97,55,98,255,255,255,201,97,56,98,255,255,255,200,97,57,98,255,255,255,199,97,58,98,255,255,255,198,97,59,98,255,255,255,197,97,60,98,255,255,255,196,97,61,98,255,255,255,195,97,62,98,255,255,255,194,97,63,98,255,255,255,193,97,64,98,255,255,255,192,97,65,98,255,255,255,191,97,66,98,255,255,255,190,97,67,98,255,255,255,189,97,68,98,255,255,255,188,97,69,98,255,255,255,187,97,70,98,255,255,255,186,97,71,98,255,255,255,185,97,72,98,255,255,255,184,97,73,98,255,255,255,183,97,74,98,255,255,255,182,97,75,98,255,255,255,181,97,76,98,255,255,255,180,97,77,98,255,255,255,179,97,78,98,255,255,255,178,97,79,98,255,255,255,177,97,80,98,255,255,255,176,97,81,98,255,255,255,175,97,82,98,255,255,255,174,97,83,98,255,255,255,173,97,84,98,255,255,255,172,97,85,98,255,255,255,171,97,86,98,255,255,255,170,97,87,98,255,255,255,169,97,88,98,255,255,255,168,97,89,98,255,255,255,167,97,90,98,255,255,255,166,97,91,98,255,255,255,165,97,92,98,255,255,255,164,97,93,98,255,255,255,163,97,94,98,255,255,255,162,97,95,98,255,255,255,161,97,96,98,255,255,255,160,97,97,98,255,255,255,159,97,98,98,255,255,255,158,97,99,98,255,255,255,157,97,100,98,255,255,255,156,97,101,98,255,255,255,155,97,102,98,255,255,255,154,97,103,98,255,255,255,153,97,104,98,255,255,255,152,97,105,98,255,255,255,151,97,106,98,255,255,255,150,97,107,98,255,255,255,149,97,108,98,255,255,255,148,97,109,98,255,255,255,147,97,110,98,255,255,255,146,97,111,98,255,255,255,145,97,112,98,255,255,255,144,97,113,98,255,255,255,143,97,114,98,255,255,255,142,97,115,98,255,255,255,141,97,116,98,255,255,255,140,97,117,98,255,255,255,139,97,118,98,255,255,255,138,97,119,98,255,255,255,137,97,120,98,255,255,255,136,97,121,98,255,255,255,135,97,122,98,255,255,255,134,97,123,98,255,255,255,133,97,124,98,255,255,255,132,97,125,98,255,255,255,131,97,126,98,255,255,255,130,97,127,98,255,255,255,129,97,128,98,255,255,255,128,97,129,98,255,255,255,127,97,130,98,255,255,255,126,97,131,98,255,255,255,125,97,132,98,255,255,255,124,97,133,98,255,255,255,123,97,134,98,255,255,255,122,97,135,98,255,255,255,121,97,136,98,255,255,255,120,97,137,98,255,255,255,119,97,138,98,255,255,255,118,97,139,98,255,255,255,117,97,140,98,255,255,255,116,97,141,98,255,255,255,115,97,142,98,255,255,255,114,97,143,98,255,255,255,113,97,144,98,255,255,255,112,97,145,98,255,255,255,111,97,146,98,255,255,255,110,97,147,98,255,255,255,109,97,148,98,255,255,255,108,97,149,98,255,255,255,107,97,150,98,255,255,255,106,97,151,98,255,255,255,105,97,152,98,255,255,255,104,97,153,98,255,255,255,103,97,154,98,255,255,255,102,97,155,98,255,255,255,101,97,156,98,255,255,255,100,97,157,98,255,255,255,99,97,158,98,255,255,255,98,97,159,98,255,255,255,97,97,160,98,255,255,255,96,97,161,98,255,255,255,95,97,162,98,255,255,255,94,97,163,98,255,255,255,93,97,164,98,255,255,255,92,97,165,98,255,255,255,91,97,166,98,255,255,255,90,97,167,98,255,255,255,89,97,168,98,255,255,255,88,97,169,98,255,255,255,87,97,170,98,255,255,255,86,97,171,98,255,255,255,85,97,172,98,255,255,255,84,97,173,98,255,255,255,83,97,174,98,255,255,255,82,97,175,98,255,255,255,81,97,176,98,255,255,255,80,97,177,98,255,255,255,79,97,178,98,255,255,255,78,97,179,98,255,255,255,77,97,180,98,255,255,255,76,97,181,98,255,255,255,75,97,182,98,255,255,255,74,97,183,98,255,255,255,73,97,184,98,255,255,255,72,97,185,98,255,255,255,71,97,186,98,255,255,255,70,97,187,98,255,255,255,69,97,188,98,255,255,255,68,97,189,98,255,255,255,67,97,190,98,255,255,255,66,97,191,98,255,255,255,65,97,192,98,255,255,255,64,97,193,98,255,255,255,63,97,194,98,255,255,255,62,97,195,98,255,255,255,61,97,196,98,255,255,255,60,97,197,98,255,255,255,59,97,198,98,255,255,255,58,97,199,98,255,255,255,57,97,200,98,255,255,255,56,70,63,240,0,0,0,0,0,0,97,1,70,64,0,0,0,0,0,0,0,97,2,70,64,8,0,0,0,0,0,0,97,3,70,64,16,0,0,0,0,0,0,97,4,70,64,20,0,0,0,0,0,0,97,5,70,64,24,0,0,0,0,0,0,97,6,70,64,28,0,0,0,0,0,0,97,7,70,64,32,0,0,0,0,0,0,97,8,70,64,34,0,0,0,0,0,0,97,9,70,64,36,0,0,0,0,0,0,97,10,70,64,38,0,0,0,0,0,0,97,11,70,64,40,0,0,0,0,0,0,97,12,70,64,42,0,0,0,0,0,0,97,13,70,64,44,0,0,0,0,0,0,97,14,70,64,46,0,0,0,0,0,0,97,15,70,64,48,0,0,0,0,0,0,97,16,70,64,49,0,0,0,0,0,0,97,17,70,64,50,0,0,0,0,0,0,97,18,70,64,51,0,0,0,0,0,0,97,19,70,64,52,0,0,0,0,0,0,97,20,70,64,53,0,0,0,0,0,0,97,21,70,64,54,0,0,0,0,0,0,97,22,70,64,55,0,0,0,0,0,0,97,23,70,64,56,0,0,0,0,0,0,97,24,70,64,57,0,0,0,0,0,0,97,25,70,64,58,0,0,0,0,0,0,97,26,70,64,59,0,0,0,0,0,0,97,27,70,64,60,0,0,0,0,0,0,97,28,70,64,61,0,0,0,0,0,0,97,29,70,64,62,0,0,0,0,0,0,97,30,70,64,63,0,0,0,0,0,0,97,31,70,64,64,0,0,0,0,0,0,97,32,70,64,64,128,0,0,0,0,0,97,33,70,64,65,0,0,0,0,0,0,97,34,70,64,65,128,0,0,0,0,0,97,35,70,64,66,0,0,0,0,0,0,97,36,70,64,66,128,0,0,0,0,0,97,37,70,64,67,0,0,0,0,0,0,97,38,70,64,67,128,0,0,0,0,0,97,39,70,64,68,0,0,0,0,0,0,97,40,70,64,68,128,0,0,0,0,0,97,41,70,64,69,0,0,0,0,0,0,97,42,70,64,69,128,0,0,0,0,0,97,43,70,64,70,0,0,0,0,0,0,97,44,70,64,70,128,0,0,0,0,0,97,45,70,64,71,0,0,0,0,0,0,97,46,70,64,71,128,0,0,0,0,0,97,47,70,64,72,0,0,0,0,0,0,97,48,70,64,72,128,0,0,0,0,0,97,49,70,64,73,0,0,0,0,0,0,97,50,104,1,97,1,97,1,104,1,97,2,97,2,104,1,97,3,97,3,104,1,97,4,97,4,104,1,97,5,97,5,104,1,97,6,97,6,104,1,97,7,97,7,104,1,97,8,97,8,104,1,97,9,97,9,104,1,97,10,97,10,104,1,97,11,97,11,104,1,97,12,97,12,104,1,97,13,97,13,104,1,97,14,97,14,104,1,97,15,97,15,104,1,97,16,97,16,104,1,97,17,97,17,104,1,97,18,97,18,104,1,97,19,97,19,104,1,97,20,97,20,109,0,0,0,1,49,107,0,1,1,109,0,0,0,2,49,48,107,0,1,10,109,0,0,0,2,49,49,107,0,1,11,109,0,0,0,2,49,50,107,0,1,12,109,0,0,0,2,49,51,107,0,1,13,109,0,0,0,2,49,52,107,0,1,14,109,0,0,0,2,49,53,107,0,1,15,109,0,0,0,2,49,54,107,0,1,16,109,0,0,0,2,49,55,107,0,1,17,109,0,0,0,2,49,56,107,0,1,18,109,0,0,0,2,49,57,107,0,1,19,109,0,0,0,1,50,107,0,1,2,109,0,0,0,2,50,48,107,0,1,20,109,0,0,0,2,50,49,107,0,1,21,109,0,0,0,2,50,50,107,0,1,22,109,0,0,0,2,50,51,107,0,1,23,109,0,0,0,2,50,52,107,0,1,24,109,0,0,0,2,50,53,107,0,1,25,109,0,0,0,2,50,54,107,0,1,26,109,0,0,0,2,50,55,107,0,1,27,109,0,0,0,2,50,56,107,0,1,28,109,0,0,0,2,50,57,107,0,1,29,109,0,0,0,1,51,107,0,1,3,109,0,0,0,2,51,48,107,0,1,30,109,0,0,0,2,51,49,107,0,1,31,109,0,0,0,2,51,50,107,0,1,32,109,0,0,0,2,51,51,107,0,1,33,109,0,0,0,2,51,52,107,0,1,34,109,0,0,0,2,51,53,107,0,1,35,109,0,0,0,2,51,54,107,0,1,36,109,0,0,0,2,51,55,107,0,1,37,109,0,0,0,2,51,56,107,0,1,38,109,0,0,0,2,51,57,107,0,1,39,109,0,0,0,1,52,107,0,1,4,109,0,0,0,2,52,48,107,0,1,40,109,0,0,0,2,52,49,107,0,1,41,109,0,0,0,2,52,50,107,0,1,42,109,0,0,0,2,52,51,107,0,1,43,109,0,0,0,2,52,52,107,0,1,44,109,0,0,0,2,52,53,107,0,1,45,109,0,0,0,2,52,54,107,0,1,46,109,0,0,0,2,52,55,107,0,1,47,109,0,0,0,2,52,56,107,0,1,48,109,0,0,0,2,52,57,107,0,1,49,109,0,0,0,1,53,107,0,1,5,109,0,0,0,2,53,48,107,0,1,50,109,0,0,0,1,54,107,0,1,6,109,0,0,0,1,55,107,0,1,7,109,0,0,0,1,56,107,0,1,8,109,0,0,0,1,57,107,0,1,9]),
        ("#{k22 => 22,k7 => 7,k34 => 34,k12 => 12,k29 => 29,k28 => 28,k38 => 38,k40 => 40,k26 => 26,k11 => 11,k24 => 24,k15 => 15,k5 => 5,k14 => 14,k1 => 1,k32 => 32,k39 => 39,k25 => 25,k36 => 36,k13 => 13,k9 => 9,k17 => 17,k20 => 20,k8 => 8,k37 => 37,<<98,105,110>> => y,k23 => 23,k4 => 4,k19 => 19,k18 => 18,k6 => 6,k10 => 10,k31 => 31,k27 => 27,k30 => 30,k16 => 16,k2 => 2,k35 => 35,k3 => 3,k33 => 33,1208925819614629174706176 => z,k21 => 21,[115,116,114] => x}", "det", &[131,116,0,0,0,43,110,11,0,0,0,0,0,0,0,0,0,0,0,1,100,0,1,122,100,0,2,107,49,97,1,100,0,3,107,49,48,97,10,100,0,3,107,49,49,97,11,100,0,3,107,49,50,97,12,100,0,3,107,49,51,97,13,100,0,3,107,49,52,97,14,100,0,3,107,49,53,97,15,100,0,3,107,49,54,97,16,100,0,3,107,49,55,97,17,100,0,3,107,49,56,97,18,100,0,3,107,49,57,97,19,100,0,2,107,50,97,2,100,0,3,107,50,48,97,20,100,0,3,107,50,49,97,21,100,0,3,107,50,50,97,22,100,0,3,107,50,51,97,23,100,0,3,107,50,52,97,24,100,0,3,107,50,53,97,25,100,0,3,107,50,54,97,26,100,0,3,107,50,55,97,27,100,0,3,107,50,56,97,28,100,0,3,107,50,57,97,29,100,0,2,107,51,97,3,100,0,3,107,51,48,97,30,100,0,3,107,51,49,97,31,100,0,3,107,51,50,97,32,100,0,3,107,51,51,97,33,100,0,3,107,51,52,97,34,100,0,3,107,51,53,97,35,100,0,3,107,51,54,97,36,100,0,3,107,51,55,97,37,100,0,3,107,51,56,97,38,100,0,3,107,51,57,97,39,100,0,2,107,52,97,4,100,0,3,107,52,48,97,40,100,0,2,107,53,97,5,100,0,2,107,54,97,6,100,0,2,107,55,97,7,100,0,2,107,56,97,8,100,0,2,107,57,97,9,107,0,3,115,116,114,100,0,1,120,109,0,0,0,3,98,105,110,100,0,1,121]),
        ("[a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a]", "compressed", &[131,80,0,0,1,150,120,156,203,97,96,96,72,73,97,96,76,28,197,131,7,103,1,0,48,70,78,147]),
        ("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300]", "compressed", &[131,80,0,0,2,229,120,156,21,210,119,131,8,4,28,0,208,59,103,221,29,238,14,119,182,227,220,25,119,215,180,119,42,161,68,73,9,149,222,149,178,42,74,40,91,218,200,46,100,52,85,34,164,140,150,162,65,105,217,26,162,164,105,53,104,145,223,63,239,19,188,65,9,9,137,133,18,21,147,164,184,18,74,42,165,180,100,41,82,149,81,86,57,105,210,101,40,175,130,138,50,101,169,164,178,42,170,170,166,186,26,106,202,86,75,109,57,234,200,149,167,174,122,234,107,32,95,129,66,103,56,211,89,206,118,142,115,53,212,72,99,77,52,213,76,115,45,180,212,74,107,109,180,117,158,118,206,119,129,11,181,119,145,14,58,234,228,98,151,232,236,82,93,116,117,153,203,117,115,133,238,174,116,149,30,174,214,83,47,189,93,227,90,215,233,227,122,20,185,193,141,250,186,201,205,250,233,111,128,129,6,185,197,173,110,51,216,16,183,187,195,80,119,26,102,184,17,238,114,183,145,70,25,109,140,177,198,25,111,130,123,76,116,175,251,220,239,1,15,122,200,195,38,153,108,138,71,76,53,205,116,51,204,52,203,108,143,122,204,28,115,205,243,184,249,22,88,104,145,39,60,233,41,79,123,198,179,22,123,206,243,94,176,196,139,150,90,230,37,203,173,176,210,203,86,121,197,171,86,91,99,173,117,94,243,186,55,188,233,45,235,189,237,29,27,108,244,174,247,188,239,3,155,108,246,161,143,108,241,177,79,124,234,51,159,219,106,155,237,118,216,105,151,221,246,248,194,151,190,242,181,189,190,177,207,126,223,250,206,1,223,59,232,7,63,250,201,207,126,241,171,67,14,59,226,168,99,126,243,187,63,252,233,184,19,254,242,183,127,252,235,63,39,157,42,58,93,32,33,72,12,138,5,73,65,241,160,68,80,50,40,21,148,14,146,131,148,32,53,40,19,148,13,202,5,105,65,122,144,17,148,15,42,4,21,131,204,32,43,168,20,84,14,170,4,85,131,106,65,245,160,70,80,51,200,14,106,5,181,131,156,160,78,144,27,228,5,117,131,122,65,253,160,65,144,31,20,4,133,3,254,7,35,56,246,104]),
        ("{[<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>,<<97,98,99,100,101,102,103,104>>],[120,121,122,120,121,122,120,121,122,120,121,122,120,121,122,120,121,122,120,121,122,120,121,122]}", "compressed", &[131,80,0,0,2,173,120,156,203,96,202,97,96,96,48,202,5,18,28,137,73,201,41,169,105,233,25,163,156,81,206,128,113,178,178,25,36,42,42,171,176,34,0,207,81,193,48]),
        ("<<7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7>>", "compressed", &[131,80,0,0,0,205,120,156,203,101,96,96,56,193,62,76,0,0,26,231,6,174]),
        ("#{a => [1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5]}", "compressed", &[131,80,0,0,1,119,120,156,43,97,96,96,96,76,97,96,76,204,1,50,52,220,236,127,48,128,193,40,131,166,140,44,0,107,150,61,194]),
        ("[a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a]", "{compressed,1}", &[131,80,0,0,1,150,120,1,203,97,96,96,72,73,97,96,76,28,197,131,39,12,178,0,48,70,78,147]),
        ("[a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a]", "{compressed,9}", &[131,80,0,0,1,150,120,218,203,97,96,96,72,73,97,96,76,28,197,131,7,103,1,0,48,70,78,147]),
        ("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300]", "{compressed,1}", &[131,80,0,0,2,229,120,1,21,210,119,131,8,4,28,0,208,59,103,221,29,238,14,119,182,227,220,25,119,215,180,119,42,161,68,73,9,149,222,149,178,42,74,40,91,218,200,46,100,52,85,34,164,140,150,162,65,105,217,26,162,164,105,53,104,145,223,63,239,19,188,65,9,9,137,133,18,21,147,164,184,18,74,42,165,180,100,41,82,149,81,86,57,105,210,101,40,175,130,138,50,101,169,164,178,42,170,170,166,186,26,106,202,86,75,109,57,234,200,149,167,174,122,234,107,32,95,129,66,103,56,211,89,206,118,142,115,53,212,72,99,77,52,213,76,115,45,180,212,74,107,109,180,117,158,118,206,119,129,11,181,119,145,14,58,234,228,98,151,232,236,82,93,116,117,153,203,117,115,133,238,174,116,149,30,174,214,83,47,189,93,227,90,215,233,227,122,20,185,193,141,250,186,201,205,250,233,111,128,129,6,185,197,173,110,51,216,16,183,187,195,80,119,26,102,184,17,238,114,183,145,70,25,109,140,177,198,25,111,130,123,76,116,175,251,220,239,1,15,122,200,195,38,153,108,138,71,76,53,205,116,51,204,52,203,108,143,122,204,28,115,205,243,184,249,22,88,104,145,39,60,233,41,79,123,198,179,22,123,206,243,94,176,196,139,150,90,230,37,203,173,176,210,203,86,121,197,171,86,91,99,173,117,94,243,186,55,188,233,45,235,189,237,29,27,108,244,174,247,188,239,3,155,108,246,161,143,108,241,177,79,124,234,51,159,219,106,155,237,118,216,105,151,221,246,248,194,151,190,242,181,189,190,177,207,126,223,250,206,1,223,59,232,7,63,250,201,207,126,241,171,67,14,59,226,168,99,126,243,187,63,252,233,184,19,254,242,183,127,252,235,63,39,157,42,58,93,32,33,72,12,138,5,73,65,241,160,68,80,50,40,21,148,14,146,131,148,32,53,40,19,148,13,202,5,105,65,122,144,17,148,15,42,4,21,131,204,32,43,168,20,84,14,170,4,85,131,106,65,245,160,70,80,51,200,14,106,5,181,131,156,160,78,144,27,228,5,117,131,122,65,253,160,65,144,31,20,4,133,3,254,7,35,56,246,104]),
        ("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300]", "{compressed,9}", &[131,80,0,0,2,229,120,218,21,210,119,131,8,4,28,0,208,59,103,221,29,238,14,119,182,227,220,25,119,215,180,119,42,161,68,73,9,149,222,149,178,42,74,40,91,218,200,46,100,52,85,34,164,140,150,162,65,105,217,26,162,164,105,53,104,145,223,63,239,19,188,65,9,9,137,133,18,21,147,164,184,18,74,42,165,180,100,41,82,149,81,86,57,105,210,101,40,175,130,138,50,101,169,164,178,42,170,170,166,186,26,106,202,86,75,109,57,234,200,149,167,174,122,234,107,32,95,129,66,103,56,211,89,206,118,142,115,53,212,72,99,77,52,213,76,115,45,180,212,74,107,109,180,117,158,118,206,119,129,11,181,119,145,14,58,234,228,98,151,232,236,82,93,116,117,153,203,117,115,133,238,174,116,149,30,174,214,83,47,189,93,227,90,215,233,227,122,20,185,193,141,250,186,201,205,250,233,111,128,129,6,185,197,173,110,51,216,16,183,187,195,80,119,26,102,184,17,238,114,183,145,70,25,109,140,177,198,25,111,130,123,76,116,175,251,220,239,1,15,122,200,195,38,153,108,138,71,76,53,205,116,51,204,52,203,108,143,122,204,28,115,205,243,184,249,22,88,104,145,39,60,233,41,79,123,198,179,22,123,206,243,94,176,196,139,150,90,230,37,203,173,176,210,203,86,121,197,171,86,91,99,173,117,94,243,186,55,188,233,45,235,189,237,29,27,108,244,174,247,188,239,3,155,108,246,161,143,108,241,177,79,124,234,51,159,219,106,155,237,118,216,105,151,221,246,248,194,151,190,242,181,189,190,177,207,126,223,250,206,1,223,59,232,7,63,250,201,207,126,241,171,67,14,59,226,168,99,126,243,187,63,252,233,184,19,254,242,183,127,252,235,63,39,157,42,58,93,32,33,72,12,138,5,73,65,241,160,68,80,50,40,21,148,14,146,131,148,32,53,40,19,148,13,202,5,105,65,122,144,17,148,15,42,4,21,131,204,32,43,168,20,84,14,170,4,85,131,106,65,245,160,70,80,51,200,14,106,5,181,131,156,160,78,144,27,228,5,117,131,122,65,253,160,65,144,31,20,4,133,3,254,7,35,56,246,104]),
    ];
}
