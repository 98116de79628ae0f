//! `binary_to_term`: external format bytes to a term on a heap.
//!
//! One loop with an explicit stack of open composites (tuples, lists, maps):
//! decoded elements are pushed on a value stack and a composite is built on
//! the heap when its last element arrives. Nothing recurses, and every
//! reservation is bounded by the input that remains (see [`super`]).

use super::tag::*;
use crate::atom::{Atom, MAX_ATOM_CHARS};
use crate::heap::Heap;
use crate::num::float_text;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use num_bigint::{BigInt, BigUint, Sign};

/// Options of `binary_to_term/2`. (`used` needs no option: [`decode`] always
/// reports the bytes it consumed.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DecodeOpts {
    /// Refuse to create atoms (and so also node names) that do not exist yet.
    pub safe: bool,
}

/// Why bytes are not a term. `binary_to_term` turns every variant into
/// `badarg`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The input ends in the middle of a term.
    Truncated,
    /// The first byte is not the version byte 131.
    BadVersion,
    /// An unknown tag, or one that cannot appear here.
    BadTag(u8),
    /// A well-formed tag with content OTP refuses too: invalid UTF-8 or an
    /// over-long atom, bad float text or a non-finite float, a bad bit count,
    /// a duplicate map key, a node that is not an atom, a bad reference
    /// length, a pid or port number out of range.
    Invalid,
    /// `safe` is set and the term names an atom that does not exist.
    UnsafeAtom,
    /// The atom table is full.
    AtomLimit,
    /// A `COMPRESSED` term whose zlib data is corrupt or does not inflate to
    /// exactly its declared size.
    BadCompressed,
    /// A term this VM cannot decode yet: funs (`NEW_FUN_EXT`, `EXPORT_EXT`,
    /// `FUN_EXT`), or tags only valid inside distribution messages or for
    /// the node instance that wrote them (`ATOM_CACHE_REF`, `DIST_HEADER`,
    /// `DIST_FRAG_HEADER`, `LOCAL_EXT`).
    Unsupported(u8),
}

type Result<T> = core::result::Result<T, DecodeError>;

/// Decodes one term starting at the version byte `bytes[0]`.
///
/// Returns the term (built on `heap`; binaries over 64 bytes go off-heap) and
/// the number of bytes it took, version byte included (what
/// `binary_to_term(B, [used])` reports). Bytes after the term are ignored, as
/// OTP does. For a compressed term the count covers the whole zlib stream.
pub fn decode(heap: &mut Heap, bytes: &[u8], opts: DecodeOpts) -> Result<(Term, usize)> {
    decode_with(heap, bytes, opts, &mut |_, _, _| None)
}

/// Resolves `{Module, Function, Arity}` to an export-table index, so that
/// `EXPORT_EXT` (`fun M:F/A`) can be decoded; `None` refuses it.
pub type ExportResolver<'a> = &'a mut dyn FnMut(Atom, Atom, u32) -> Option<usize>;

/// [`decode`] with a resolver for external funs (module literals, and
/// `binary_to_term` in a running VM).
pub fn decode_with(
    heap: &mut Heap,
    bytes: &[u8],
    opts: DecodeOpts,
    exports: ExportResolver<'_>,
) -> Result<(Term, usize)> {
    decode_reusing(heap, bytes, opts, exports, &mut Stacks::default())
}

/// The work stacks of the decoder. Decoding many terms in a row (a module's
/// literals) through [`decode_reusing`] with one `Stacks` allocates them once
/// instead of once per term.
#[derive(Default)]
pub struct Stacks {
    values: Vec<Term>,
    frames: Vec<Frame>,
}

/// [`decode_with`], with work stacks kept from earlier calls.
pub fn decode_reusing(
    heap: &mut Heap,
    bytes: &[u8],
    opts: DecodeOpts,
    exports: ExportResolver<'_>,
    stacks: &mut Stacks,
) -> Result<(Term, usize)> {
    match bytes.first() {
        None => return Err(DecodeError::Truncated),
        Some(&VERSION) => {}
        Some(_) => return Err(DecodeError::BadVersion),
    }
    if bytes.get(1) == Some(&COMPRESSED) {
        let mut r = Reader { b: bytes, pos: 2 };
        let size = r.u32()? as usize;
        let (data, consumed) = inflate(&bytes[6..], size)?;
        let (t, _) = decode_term(heap, &data, 0, opts, exports, stacks)?;
        return Ok((t, 6 + consumed));
    }
    decode_term(heap, bytes, 1, opts, exports, stacks)
}

/// Inflates a zlib stream that must produce exactly `size` bytes. The output
/// buffer grows with the data actually produced (never beyond `size`), so a
/// lying size field cannot make us reserve memory. Returns the data and the
/// compressed bytes consumed.
fn inflate(input: &[u8], size: usize) -> Result<(Vec<u8>, usize)> {
    use miniz_oxide::inflate::core::inflate_flags::{
        TINFL_FLAG_PARSE_ZLIB_HEADER, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
    };
    use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;

    let flags = TINFL_FLAG_PARSE_ZLIB_HEADER | TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![0u8; size.min(input.len().saturating_mul(4).max(256))];
    let mut state = Box::<DecompressorOxide>::default();
    let (mut in_pos, mut out_pos) = (0usize, 0usize);
    loop {
        let rest = input.get(in_pos..).ok_or(DecodeError::BadCompressed)?;
        let (status, used_in, used_out) = decompress(&mut state, rest, &mut out, out_pos, flags);
        in_pos += used_in;
        out_pos += used_out;
        match status {
            TINFLStatus::Done => break,
            TINFLStatus::HasMoreOutput => {
                if out.len() >= size {
                    return Err(DecodeError::BadCompressed); // more than declared
                }
                let new_len = out.len().saturating_mul(2).clamp(64, size);
                out.resize(new_len, 0);
            }
            _ => return Err(DecodeError::BadCompressed),
        }
    }
    if out_pos != size {
        return Err(DecodeError::BadCompressed);
    }
    out.truncate(out_pos);
    Ok((out, in_pos))
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    #[inline]
    fn remaining(&self) -> usize {
        self.b.len() - self.pos
    }
    #[inline]
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if n > self.remaining() {
            return Err(DecodeError::Truncated);
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    #[inline]
    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    #[inline]
    fn u8(&mut self) -> Result<u8> {
        Ok(self.array::<1>()?[0])
    }
    #[inline]
    fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_be_bytes(self.array()?))
    }
    #[inline]
    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_be_bytes(self.array()?))
    }
    #[inline]
    fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_be_bytes(self.array()?))
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Tuple,
    /// Elements then the tail.
    List,
    /// Key, value, key, value, ...
    Map,
}

struct Frame {
    kind: Kind,
    /// Terms still to come.
    left: usize,
    /// Where this composite's elements start on the value stack.
    start: usize,
}

/// Decodes the term whose tag is at `bytes[start]`; returns it and the
/// offset just after it.
fn decode_term(
    heap: &mut Heap,
    bytes: &[u8],
    start: usize,
    opts: DecodeOpts,
    exports: ExportResolver<'_>,
    stacks: &mut Stacks,
) -> Result<(Term, usize)> {
    let mut r = Reader {
        b: bytes,
        pos: start,
    };
    // Left over from a failed decode, if any.
    stacks.values.clear();
    stacks.frames.clear();
    let Stacks { values, frames } = stacks;
    loop {
        let tag = r.u8()?;
        let mut t = match tag {
            SMALL_INTEGER_EXT => Term::small(r.u8()? as isize),
            INTEGER_EXT => heap.int(r.u32()? as i32 as i64),
            FLOAT_EXT => {
                let text = r.take(31)?;
                let f = float_text::parse(text).map_err(|_| DecodeError::Invalid)?;
                heap.float(f)
            }
            NEW_FLOAT_EXT => {
                let f = f64::from_bits(r.u64()?);
                if !f.is_finite() {
                    return Err(DecodeError::Invalid);
                }
                heap.float(f)
            }
            ATOM_EXT | SMALL_ATOM_EXT | ATOM_UTF8_EXT | SMALL_ATOM_UTF8_EXT => {
                Term::atom(atom_body(&mut r, tag, opts.safe)?)
            }
            SMALL_TUPLE_EXT | LARGE_TUPLE_EXT => {
                let n = if tag == SMALL_TUPLE_EXT {
                    r.u8()? as usize
                } else {
                    r.u32()? as usize
                };
                if n == 0 {
                    heap.tuple(&[])
                } else {
                    // Each element takes at least one byte; the arity must
                    // also fit a header word.
                    if n > r.remaining() || n > usize::MAX >> 6 {
                        return Err(DecodeError::Truncated);
                    }
                    frames.push(Frame {
                        kind: Kind::Tuple,
                        left: n,
                        start: values.len(),
                    });
                    continue;
                }
            }
            NIL_EXT => Term::NIL,
            STRING_EXT => {
                let n = r.u16()? as usize;
                let s = r.take(n)?;
                heap.byte_list(s)
            }
            LIST_EXT => {
                let n = r.u32()? as usize;
                if n == 0 {
                    // No elements: the term is just the tail that follows.
                    continue;
                }
                if n >= r.remaining() {
                    return Err(DecodeError::Truncated);
                }
                frames.push(Frame {
                    kind: Kind::List,
                    left: n + 1,
                    start: values.len(),
                });
                continue;
            }
            BINARY_EXT => {
                let n = r.u32()? as usize;
                let s = r.take(n)?;
                heap.binary(s)
            }
            BIT_BINARY_EXT => {
                let n = r.u32()? as usize;
                let bits = r.u8()? as usize;
                bit_binary(heap, &mut r, n, bits)?
            }
            SMALL_BIG_EXT | LARGE_BIG_EXT => {
                let n = if tag == SMALL_BIG_EXT {
                    r.u8()? as usize
                } else {
                    r.u32()? as usize
                };
                let sign = r.u8()?;
                let digits = r.take(n)?;
                let mag = BigUint::from_bytes_le(digits);
                let v = BigInt::from_biguint(if sign == 0 { Sign::Plus } else { Sign::Minus }, mag);
                heap.bigint(&v)
            }
            MAP_EXT => {
                let n = r.u32()? as usize;
                if n == 0 {
                    crate::term::map::from_pairs(heap, &mut [])
                } else {
                    if n > r.remaining() / 2 {
                        return Err(DecodeError::Truncated);
                    }
                    frames.push(Frame {
                        kind: Kind::Map,
                        left: 2 * n,
                        start: values.len(),
                    });
                    continue;
                }
            }
            PID_EXT | NEW_PID_EXT => {
                node(&mut r, opts.safe)?;
                let id = r.u32()? as u64;
                let serial = r.u32()? as u64;
                if tag == PID_EXT {
                    r.u8()?;
                } else {
                    r.u32()?;
                }
                Term::pid(local_number(id | (serial << 32))?)
            }
            PORT_EXT | NEW_PORT_EXT | V4_PORT_EXT => {
                node(&mut r, opts.safe)?;
                let id = if tag == V4_PORT_EXT {
                    r.u64()?
                } else {
                    r.u32()? as u64
                };
                if tag == PORT_EXT {
                    r.u8()?;
                } else {
                    r.u32()?;
                }
                Term::port(local_number(id)?)
            }
            REFERENCE_EXT => {
                node(&mut r, opts.safe)?;
                let id = r.u32()?;
                r.u8()?;
                heap.reference(ref_id(&[id]))
            }
            NEW_REFERENCE_EXT | NEWER_REFERENCE_EXT => {
                let len = r.u16()? as usize;
                if len == 0 || len > 5 {
                    return Err(DecodeError::Invalid);
                }
                node(&mut r, opts.safe)?;
                if tag == NEW_REFERENCE_EXT {
                    r.u8()?;
                } else {
                    r.u32()?;
                }
                let mut words = [0u32; 5];
                for w in words.iter_mut().take(len) {
                    *w = r.u32()?;
                }
                heap.reference(ref_id(&words[..len]))
            }
            EXPORT_EXT => {
                let atom = |r: &mut Reader| -> Result<Atom> {
                    let t = r.u8()?;
                    match t {
                        ATOM_EXT | SMALL_ATOM_EXT | ATOM_UTF8_EXT | SMALL_ATOM_UTF8_EXT => {
                            atom_body(r, t, opts.safe)
                        }
                        _ => Err(DecodeError::Invalid),
                    }
                };
                let m = atom(&mut r)?;
                let f = atom(&mut r)?;
                let a = match r.u8()? {
                    SMALL_INTEGER_EXT => r.u8()? as u32,
                    _ => return Err(DecodeError::Invalid),
                };
                let idx = exports(m, f, a).ok_or(DecodeError::Unsupported(EXPORT_EXT))?;
                heap.export_fun(idx, Term::atom(m), Term::atom(f), a)
            }
            NEW_FUN_EXT | FUN_EXT | ATOM_CACHE_REF | LOCAL_EXT | DIST_HEADER | DIST_FRAG_HEADER => {
                return Err(DecodeError::Unsupported(tag))
            }
            _ => return Err(DecodeError::BadTag(tag)),
        };
        // Hand the finished term to the innermost open composite, closing
        // every composite it completes.
        loop {
            let Some(top) = frames.last_mut() else {
                return Ok((t, r.pos));
            };
            values.push(t);
            top.left -= 1;
            if top.left > 0 {
                break;
            }
            let (kind, start) = (top.kind, top.start);
            frames.pop();
            t = build(heap, kind, &values[start..])?;
            values.truncate(start);
        }
    }
}

fn build(heap: &mut Heap, kind: Kind, elems: &[Term]) -> Result<Term> {
    Ok(match kind {
        Kind::Tuple => heap.tuple(elems),
        Kind::List => match elems.split_last() {
            Some((&tail, init)) => heap.list_with_tail(init, tail),
            None => Term::NIL,
        },
        Kind::Map => {
            let mut pairs: Vec<(Term, Term)> =
                elems.chunks_exact(2).map(|kv| (kv[0], kv[1])).collect();
            let n = pairs.len();
            let m = crate::term::map::from_pairs(heap, &mut pairs);
            if crate::term::map::size(m) != n {
                return Err(DecodeError::Invalid); // duplicate keys, as OTP
            }
            m
        }
    })
}

/// `BIT_BINARY_EXT` after its header: `n` bytes, `bits` of the last used.
fn bit_binary(heap: &mut Heap, r: &mut Reader<'_>, n: usize, bits: usize) -> Result<Term> {
    if n == 0 {
        return if bits == 0 {
            Ok(heap.binary(&[]))
        } else {
            Err(DecodeError::Invalid)
        };
    }
    if bits == 0 || bits > 8 {
        return Err(DecodeError::Invalid);
    }
    let s = r.take(n)?;
    if bits == 8 {
        return Ok(heap.binary(s));
    }
    let size = (n - 1)
        .checked_mul(8)
        .and_then(|b| b.checked_add(bits))
        .ok_or(DecodeError::Invalid)?;
    let mut data = s.to_vec();
    // Clear the unused low bits of the last byte: one canonical form.
    if let Some(last) = data.last_mut() {
        *last &= 0xFFu8 << (8 - bits);
    }
    let base = heap.binary(&data);
    Ok(heap.sub_binary(base, 0, size))
}

/// The atom after an atom tag: Latin-1 for `ATOM_EXT`/`SMALL_ATOM_EXT`
/// (converted to UTF-8), UTF-8 for the `_UTF8` tags.
fn atom_body(r: &mut Reader<'_>, tag: u8, safe: bool) -> Result<Atom> {
    let n = match tag {
        SMALL_ATOM_EXT | SMALL_ATOM_UTF8_EXT => r.u8()? as usize,
        _ => r.u16()? as usize,
    };
    let raw = r.take(n)?;
    let utf8_owned: String;
    let name: &str = if tag == ATOM_EXT || tag == SMALL_ATOM_EXT {
        utf8_owned = raw.iter().map(|&b| char::from(b)).collect();
        &utf8_owned
    } else {
        core::str::from_utf8(raw).map_err(|_| DecodeError::Invalid)?
    };
    if name.chars().count() > MAX_ATOM_CHARS {
        return Err(DecodeError::Invalid);
    }
    if safe {
        Atom::existing(name.as_bytes()).ok_or(DecodeError::UnsafeAtom)
    } else {
        Atom::intern(name.as_bytes()).map_err(|_| DecodeError::AtomLimit)
    }
}

/// The node of a pid, port or reference: must be an atom; read and dropped
/// (every pid, port and reference decodes to a local one).
fn node(r: &mut Reader<'_>, safe: bool) -> Result<()> {
    let tag = r.u8()?;
    match tag {
        ATOM_EXT | SMALL_ATOM_EXT | ATOM_UTF8_EXT | SMALL_ATOM_UTF8_EXT => {
            atom_body(r, tag, safe).map(|_| ())
        }
        ATOM_CACHE_REF => Err(DecodeError::Unsupported(tag)),
        _ => Err(DecodeError::Invalid),
    }
}

/// A pid or port number, if it fits an immediate on this target.
fn local_number(v: u64) -> Result<usize> {
    if v <= (usize::MAX >> 4) as u64 {
        Ok(v as usize)
    } else {
        Err(DecodeError::Invalid)
    }
}

/// A local reference id from the ID words of a reference: `ID0 | ID1 << 32`,
/// further words folded in so OTP's three-word refs stay distinct in practice.
fn ref_id(words: &[u32]) -> u64 {
    let mut id = words.first().copied().unwrap_or(0) as u64
        | (words.get(1).copied().unwrap_or(0) as u64) << 32;
    for (i, &w) in words.iter().enumerate().skip(2) {
        id ^= (w as u64).rotate_left(16 * i as u32 + 5);
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::etf::encode::tests::{GOLDEN, GOLDEN_OPTS};
    use crate::etf::{encode, EncodeOpts};
    use crate::term::compare::exact_eq;
    use crate::term::print::to_string;

    fn dec(bytes: &[u8]) -> Result<(String, usize)> {
        let mut h = Heap::default();
        decode(&mut h, bytes, DecodeOpts::default()).map(|(t, n)| (to_string(t), n))
    }

    fn with_node(tag: u8, pre: &[u8], node: &[u8], post: &[u8]) -> Vec<u8> {
        let mut v = vec![VERSION, tag];
        v.extend_from_slice(pre);
        v.extend_from_slice(node);
        v.extend_from_slice(post);
        v
    }

    const NONODE: &[u8] = b"\x64\x00\x0dnonode@nohost";

    /// One `Stacks` serves many decodes, and a failed decode (which leaves
    /// open composites behind) does not disturb the next one.
    #[test]
    fn stacks_are_reusable() {
        let inputs: [&[u8]; 5] = [
            &[131, 104, 2, 97, 1, 108, 0, 0, 0, 1, 97, 2, 106], // {1,[2]}
            &[131, 104, 3, 97, 1, 104, 2],                      // truncated
            &[131, 108, 0, 0, 0, 2, 97, 7, 104, 0, 97, 9],      // [7,{}|9]
            &[131, 104, 2, 104, 1],                             // truncated
            &[131, 116, 0, 0, 0, 1, 97, 1, 97, 2],              // #{1=>2}
        ];
        let mut stacks = Stacks::default();
        let mut h = Heap::default();
        for bytes in inputs {
            let mut none = |_, _, _| None;
            let reused =
                decode_reusing(&mut h, bytes, DecodeOpts::default(), &mut none, &mut stacks)
                    .map(|(t, n)| (to_string(t), n));
            assert_eq!(reused, dec(bytes), "{bytes:?}");
        }
    }

    /// Inputs OTP 25's `binary_to_term(B, [used])` accepts, with its result.
    #[test]
    fn accepts_what_otp_accepts() {
        let mut float_text = vec![131, 99];
        float_text.extend_from_slice(b"1.5");
        float_text.resize(2 + 31, 0);
        let cases: Vec<(Vec<u8>, &str, usize)> = vec![
            (vec![131, 97, 1, 0], "1", 3), // trailing bytes are ignored
            (vec![131, 108, 0, 0, 0, 0, 106], "[]", 7),
            (vec![131, 108, 0, 0, 0, 0, 97, 1], "1", 8),
            (vec![131, 77, 0, 0, 0, 0, 0], "<<>>", 7),
            (vec![131, 77, 0, 0, 0, 1, 8, 5], "<<5>>", 8),
            (vec![131, 77, 0, 0, 0, 1, 3, 255], "<<7:3>>", 8),
            (vec![131, 110, 0, 0], "0", 4),
            (vec![131, 110, 0, 1], "0", 4),
            (vec![131, 110, 1, 2, 5], "-5", 5),
            (vec![131, 110, 2, 1, 5, 0], "-5", 6),
            (vec![131, 110, 1, 1, 0], "0", 5),
            (vec![131, 111, 0, 0, 0, 2, 0, 1, 0], "1", 9),
            (vec![131, 107, 0, 0], "[]", 4),
            (float_text, "1.5", 33),
            (vec![131, 100, 0, 1, 255], "\u{ff}", 5),
            (vec![131, 115, 1, 97], "a", 4),
            (vec![131, 118, 0, 2, 195, 188], "\u{fc}", 6),
            (vec![131, 104, 1, 97, 1, 0, 0], "{1}", 5),
            (vec![131, 105, 0, 0, 0, 0], "{}", 6),
            (vec![131, 116, 0, 0, 0, 0], "#{}", 6),
            (vec![131, 119, 2, 195, 188], "\u{fc}", 5),
            (
                with_node(PID_EXT, &[], NONODE, &[0, 0, 0, 7, 0, 0, 0, 0, 0]),
                "<0.7.0>",
                27,
            ),
            (
                with_node(
                    NEW_PID_EXT,
                    &[],
                    NONODE,
                    &[0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 0, 0],
                ),
                "<0.7.1>",
                30,
            ),
            // Another node's pid becomes a local one.
            (
                with_node(
                    NEW_PID_EXT,
                    &[],
                    b"\x73\x08foo@host",
                    &[0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 0, 3],
                ),
                "<0.7.1>",
                24,
            ),
            (
                with_node(NEW_PORT_EXT, &[], NONODE, &[0, 0, 0, 9, 0, 0, 0, 0]),
                "#Port<0.9>",
                26,
            ),
            (
                with_node(PORT_EXT, &[], NONODE, &[0, 0, 0, 9, 0]),
                "#Port<0.9>",
                23,
            ),
            (
                with_node(
                    V4_PORT_EXT,
                    &[],
                    NONODE,
                    &[0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0],
                ),
                "#Port<0.9>",
                30,
            ),
            (
                with_node(REFERENCE_EXT, &[], NONODE, &[0, 0, 0, 9, 0]),
                "#Ref<0.0.0.9>",
                23,
            ),
            (
                with_node(
                    NEW_REFERENCE_EXT,
                    &[0, 2],
                    NONODE,
                    &[0, 0, 0, 0, 9, 0, 0, 0, 1],
                ),
                "#Ref<0.0.1.9>",
                29,
            ),
            (
                with_node(
                    NEWER_REFERENCE_EXT,
                    &[0, 3],
                    NONODE,
                    &[0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 1, 0, 0, 0, 0],
                ),
                "#Ref<0.0.1.9>",
                36,
            ),
            // zlib:compress(<<97,1,0>>), declared size 3.
            (
                vec![
                    131, 80, 0, 0, 0, 3, 120, 156, 75, 100, 100, 0, 0, 1, 40, 0, 99,
                ],
                "1",
                17,
            ),
            // zlib:compress(<<97,1>>) followed by two stray bytes.
            (
                vec![
                    131, 80, 0, 0, 0, 2, 120, 156, 75, 100, 4, 0, 0, 197, 0, 99, 7, 7,
                ],
                "1",
                16,
            ),
        ];
        for (bytes, text, used) in cases {
            assert_eq!(dec(&bytes), Ok((String::from(text), used)), "{bytes:?}");
        }
    }

    /// Inputs OTP 25 refuses (`badarg`), plus the tags we do not support.
    #[test]
    fn refuses_what_otp_refuses() {
        let mut long_atom = vec![131, 100, 1, 0];
        long_atom.resize(4 + 256, b'a');
        let bad_float = |text: &[u8]| {
            let mut v = vec![131, 99];
            v.extend_from_slice(text);
            v.resize(2 + 31, 0);
            v
        };
        let cases: Vec<(Vec<u8>, DecodeError)> = vec![
            (vec![], DecodeError::Truncated),
            (vec![130, 97, 1], DecodeError::BadVersion),
            (vec![131], DecodeError::Truncated),
            (vec![131, 131, 97, 1], DecodeError::BadTag(131)),
            (vec![131, 77, 0, 0, 0, 0, 8], DecodeError::Invalid),
            (vec![131, 77, 0, 0, 0, 1, 0, 5], DecodeError::Invalid),
            (vec![131, 77, 0, 0, 0, 1, 9, 255], DecodeError::Invalid),
            (
                vec![131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2],
                DecodeError::Invalid,
            ),
            (
                vec![131, 70, 127, 240, 0, 0, 0, 0, 0, 0],
                DecodeError::Invalid,
            ),
            (
                vec![131, 70, 255, 248, 0, 0, 0, 0, 0, 0],
                DecodeError::Invalid,
            ),
            (bad_float(b" 1.5"), DecodeError::Invalid),
            (bad_float(b"1.5e+00junk"), DecodeError::Invalid),
            (bad_float(b"1e5"), DecodeError::Invalid),
            (bad_float(b"1.0e400"), DecodeError::Invalid),
            (vec![131, 118, 0, 1, 255], DecodeError::Invalid),
            (vec![131, 119, 2, 192, 128], DecodeError::Invalid),
            (vec![131, 119, 3, 237, 160, 128], DecodeError::Invalid),
            (long_atom, DecodeError::Invalid),
            (vec![131, 109, 0, 0, 0, 2, 1], DecodeError::Truncated),
            (
                with_node(
                    NEW_PID_EXT,
                    &[],
                    &[97, 1],
                    &[0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 0, 0],
                ),
                DecodeError::Invalid,
            ),
            (
                with_node(NEWER_REFERENCE_EXT, &[0, 0], NONODE, &[0, 0, 0, 0]),
                DecodeError::Invalid,
            ),
            (
                with_node(NEWER_REFERENCE_EXT, &[0, 6], NONODE, &[0; 4 + 24]),
                DecodeError::Invalid,
            ),
            // Declared size 2 but the data inflates to 3 bytes, and vice versa.
            (
                vec![
                    131, 80, 0, 0, 0, 2, 120, 156, 75, 100, 100, 0, 0, 1, 40, 0, 99,
                ],
                DecodeError::BadCompressed,
            ),
            (
                vec![131, 80, 0, 0, 0, 4, 120, 156, 75, 100, 4, 0, 0, 197, 0, 99],
                DecodeError::BadCompressed,
            ),
            (
                vec![131, 80, 0, 0, 0, 3, 97, 1, 0],
                DecodeError::BadCompressed,
            ),
            // Bad adler32.
            (
                vec![
                    131, 80, 0, 0, 0, 3, 120, 156, 75, 100, 100, 0, 0, 1, 40, 0, 98,
                ],
                DecodeError::BadCompressed,
            ),
            (
                vec![131, 113, 100, 0, 1, 109, 100, 0, 1, 102, 97, 1],
                DecodeError::Unsupported(EXPORT_EXT),
            ),
            (
                vec![131, 112, 0, 0, 0, 0],
                DecodeError::Unsupported(NEW_FUN_EXT),
            ),
            (
                vec![131, 117, 0, 0, 0, 0],
                DecodeError::Unsupported(FUN_EXT),
            ),
            (vec![131, 82, 0], DecodeError::Unsupported(ATOM_CACHE_REF)),
            (vec![131, 68, 0], DecodeError::Unsupported(DIST_HEADER)),
            (vec![131, 121, 0], DecodeError::Unsupported(LOCAL_EXT)),
            (vec![131, 0], DecodeError::BadTag(0)),
        ];
        for (bytes, err) in cases {
            assert_eq!(dec(&bytes), Err(err), "{bytes:?}");
        }
    }

    #[test]
    fn safe_refuses_new_atoms_only() {
        let mut h = Heap::default();
        let safe = DecodeOpts { safe: true };
        let fresh = b"\x83\x64\x00\x1bno_such_atom_etf_safe_test_";
        assert_eq!(decode(&mut h, fresh, safe), Err(DecodeError::UnsafeAtom));
        assert_eq!(Atom::existing(b"no_such_atom_etf_safe_test_"), None);
        let (t, _) = decode(&mut h, b"\x83\x77\x02ok", safe).unwrap();
        assert_eq!(t, Term::atom(crate::atom::am::OK));
        // A foreign node name is a new atom too.
        let pid = with_node(
            NEW_PID_EXT,
            &[],
            b"\x73\x0fnew_node@host_x",
            &[0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 0, 3],
        );
        assert_eq!(decode(&mut h, &pid, safe), Err(DecodeError::UnsafeAtom));
        assert!(decode(&mut h, fresh, DecodeOpts::default()).is_ok());
        assert!(decode(&mut h, fresh, safe).is_ok());
    }

    /// Huge counts with little input fail before anything is reserved.
    #[test]
    fn lying_lengths_fail_cheaply() {
        let z = miniz_oxide::deflate::compress_to_vec_zlib(&[97, 1], 6);
        let mut bomb = vec![131, 80, 255, 255, 255, 255];
        bomb.extend_from_slice(&z);
        // 1 MiB of zeros, declared as 1000 bytes: stops once past 1000.
        let big = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0u8; 1 << 20], 9);
        let mut over = vec![131, 80, 0, 0, 3, 232];
        over.extend_from_slice(&big);
        let cases: Vec<Vec<u8>> = vec![
            vec![131, 105, 255, 255, 255, 255, 97, 1],
            vec![131, 104, 255, 97, 1],
            vec![131, 108, 255, 255, 255, 255, 106],
            vec![131, 108, 0, 0, 0, 1, 106],
            vec![131, 116, 255, 255, 255, 255, 97, 1, 97, 2],
            vec![131, 116, 0, 0, 0, 1, 97, 1],
            vec![131, 109, 255, 255, 255, 255, 1, 2],
            vec![131, 77, 255, 255, 255, 255, 3, 1, 2],
            vec![131, 111, 255, 255, 255, 255, 0, 1],
            vec![131, 107, 255, 255, 1],
            vec![131, 118, 255, 255, 97],
            vec![131, 90, 0, 3, 119, 1, 97, 0, 0, 0, 0, 0, 0, 0, 1],
            bomb,
            over,
        ];
        for c in cases {
            assert!(dec(&c).is_err(), "{c:?}");
        }
    }

    #[test]
    fn deep_nesting_is_iterative() {
        const DEPTH: usize = 1_000_000;
        let mut b = vec![131];
        for _ in 0..DEPTH {
            b.extend_from_slice(&[104, 1]);
        }
        b.push(106);
        let mut h = Heap::default();
        let (t, used) = decode(&mut h, &b, DecodeOpts::default()).unwrap();
        assert_eq!(used, b.len());
        assert_eq!(encode(t, EncodeOpts::default()).unwrap(), b);

        // Maps in lists in maps ...
        let mut b = vec![131];
        for _ in 0..DEPTH / 4 {
            b.extend_from_slice(&[116, 0, 0, 0, 1, 97, 1, 108, 0, 0, 0, 1]);
        }
        b.push(106);
        b.resize(b.len() + DEPTH / 4, 106);
        let (t, used) = decode(&mut h, &b, DecodeOpts::default()).unwrap();
        assert_eq!(used, b.len());
        assert_eq!(encode(t, EncodeOpts::default()).unwrap(), b);
    }

    /// Terms of every kind survive encode/decode under every option set.
    #[test]
    fn round_trips() {
        let mut h = Heap::default();
        let a = |s: &str| Term::atom(Atom::from_str(s));
        let mut terms = vec![
            Term::small(0),
            Term::small(-1),
            Term::small(crate::term::MAX_SMALL),
            Term::small(crate::term::MIN_SMALL),
            h.int(i64::MIN),
            h.uint(u64::MAX),
            h.int128(-(1i128 << 126)),
            h.float(0.0),
            h.float(-0.0),
            h.float(f64::MIN_POSITIVE),
            h.float(f64::MAX),
            h.float(-1.0e-300),
            a("plain"),
            a("Ünïcödé ☃"),
            Term::atom(Atom::intern("😀".repeat(100).as_bytes()).unwrap()),
            Term::pid(0),
            Term::pid(123456),
            Term::port(77),
            h.reference(0),
            h.reference(u64::MAX),
            h.binary(&[]),
            h.binary(&[1u8; 64]),
            h.binary(&[2u8; 65]),
            h.binary(&(0..=255u8).collect::<Vec<u8>>()),
        ];
        let base = h.binary(&[0xA5; 100]);
        terms.push(h.sub_binary(base, 3, 700));
        terms.push(h.sub_binary(base, 5, 1));
        let sub = terms.clone();
        terms.push(h.tuple(&sub));
        terms.push(h.list(&sub));
        terms.push(h.list_with_tail(&sub, Term::small(5)));
        terms.push(h.byte_list(b"plain text"));
        let mut pairs: Vec<(Term, Term)> = sub.iter().map(|&k| (k, k)).collect();
        terms.push(crate::term::map::from_pairs(&mut h, &mut pairs));
        let mut big: Vec<(Term, Term)> = (0..100)
            .map(|i| (Term::small(i), sub[i as usize % sub.len()]))
            .collect();
        big.push((a("x"), Term::NIL));
        let bigmap = crate::term::map::from_pairs(&mut h, &mut big);
        terms.push(bigmap);
        let nested = h.tuple(&[bigmap, bigmap]);
        terms.push(nested);
        let mut keyed: Vec<(Term, Term)> = (0..50)
            .map(|i| (h.tuple(&[Term::small(i)]), h.float(i as f64)))
            .collect();
        terms.push(crate::term::map::from_pairs(&mut h, &mut keyed));

        for &t in &terms {
            for minor in 0..=2 {
                for compressed in [None, Some(1), Some(6), Some(9)] {
                    for deterministic in [false, true] {
                        let o = EncodeOpts {
                            minor_version: minor,
                            compressed,
                            deterministic,
                        };
                        let b = encode(t, o).unwrap();
                        let mut h2 = Heap::new(16);
                        let (t2, used) = decode(&mut h2, &b, DecodeOpts::default()).unwrap();
                        assert_eq!(used, b.len());
                        assert!(exact_eq(t, t2), "{} vs {}", to_string(t), to_string(t2));
                        assert_eq!(to_string(t), to_string(t2));
                    }
                }
            }
        }
    }

    /// A small deterministic PRNG (xorshift64*).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// Every truncation of every golden encoding is an error; random and
    /// mutated inputs give Ok or Err, never a panic.
    #[test]
    fn corruption_never_panics() {
        let mut samples: Vec<&[u8]> = GOLDEN.iter().map(|g| g.2).collect();
        samples.extend(GOLDEN_OPTS.iter().map(|g| g.2));
        let mut h = Heap::default();
        for s in &samples {
            for n in 0..s.len() {
                assert!(
                    decode(&mut h, &s[..n], DecodeOpts::default()).is_err(),
                    "{:?}",
                    &s[..n]
                );
            }
        }
        let safe = DecodeOpts { safe: true };
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for round in 0u32..200_000 {
            let mut h = Heap::new(64);
            let mut b: Vec<u8> = match round % 3 {
                // A golden blob with a few bytes changed, dropped or added.
                0 | 1 => {
                    let mut b = samples[rng.below(samples.len())].to_vec();
                    for _ in 0..1 + rng.below(4) {
                        let i = rng.below(b.len());
                        match rng.below(4) {
                            0 => b[i] = rng.next() as u8,
                            1 => b[i] ^= 1 << rng.below(8),
                            2 => {
                                b.remove(i);
                                if b.is_empty() {
                                    b.push(131);
                                }
                            }
                            _ => b.insert(i, rng.next() as u8),
                        }
                    }
                    b
                }
                // Random tags and bytes after the version byte.
                _ => {
                    let n = 1 + rng.below(40);
                    let mut b = vec![131];
                    for _ in 0..n {
                        b.push(match rng.below(3) {
                            0 => 97 + rng.below(25) as u8,
                            1 => rng.below(8) as u8,
                            _ => rng.next() as u8,
                        });
                    }
                    b
                }
            };
            if round.is_multiple_of(7) {
                b.truncate(rng.below(b.len() + 1));
            }
            let opts = if round.is_multiple_of(10) {
                DecodeOpts::default()
            } else {
                safe
            };
            if let Ok((t, used)) = decode(&mut h, &b, opts) {
                assert!(used <= b.len());
                // Whatever decodes must encode and print.
                let _ = to_string(t);
                let _ = encode(t, EncodeOpts::default()).unwrap();
            }
        }
    }
}
