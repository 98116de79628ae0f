//! Walking iolists and bitstring lists without recursion.
//!
//! An iolist is a binary or a possibly improper list whose elements are
//! bytes (small integers 0..=255), binaries and iolists, and whose tails may
//! be `[]` or a binary. A bitstring list (`list_to_bitstring/1`) is the same
//! with bitstrings of any bit length in place of binaries. Nesting is kept on
//! an explicit stack (one word per open list), so a million levels are fine.

use crate::term::binary::{self, BitSlice};
use crate::term::Term;
use alloc::vec::Vec;

/// The term is not an iolist (or not a bitstring list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotIolist;

/// One piece of an iolist, in order.
pub enum Piece<'a> {
    Byte(u8),
    Bits(BitSlice<'a>),
}

/// Calls `f` on every byte and bitstring of the list `t`, in order.
///
/// `t` must be a list or `[]` (a top-level binary is the caller's business).
/// With `bits` false, bitstrings that are not whole bytes are refused.
/// `Err` for anything that is not an iolist (or bitstring list); `f` may have
/// seen a prefix of the pieces by then.
pub fn walk<'a>(t: Term, bits: bool, mut f: impl FnMut(Piece<'a>)) -> Result<(), NotIolist> {
    if !t.is_list() && !t.is_nil() {
        return Err(NotIolist);
    }
    // Tails still to walk, innermost last.
    let mut stack: Vec<Term> = Vec::new();
    let mut cur = t;
    loop {
        if let Some((h, tl)) = cur.as_cons() {
            if let Some(b) = byte(h) {
                f(Piece::Byte(b));
                cur = tl;
            } else if h.is_list() {
                stack.push(tl);
                cur = h;
            } else if h.is_nil() {
                cur = tl;
            } else {
                f(Piece::Bits(bitstring(h, bits)?));
                cur = tl;
            }
            continue;
        }
        if !cur.is_nil() {
            // An improper tail: only a binary (or bitstring) will do.
            f(Piece::Bits(bitstring(cur, bits)?));
        }
        match stack.pop() {
            Some(t) => cur = t,
            None => return Ok(()),
        }
    }
}

#[inline]
fn byte(t: Term) -> Option<u8> {
    match t.as_small() {
        Some(i) if (0..=255).contains(&i) => Some(i as u8),
        _ => None,
    }
}

fn bitstring<'a>(t: Term, bits: bool) -> Result<BitSlice<'a>, NotIolist> {
    match binary::bitstring(t) {
        Some(b) if bits || b.is_binary() => Ok(b),
        _ => Err(NotIolist),
    }
}

/// Bits appended one piece at a time; whole bytes while aligned.
#[derive(Default)]
pub struct BitBuf {
    pub bytes: Vec<u8>,
    /// Total number of bits; the last byte holds `bits % 8` of them (high
    /// bits first) when that is not zero.
    pub bits: usize,
}

impl BitBuf {
    pub fn with_capacity(bytes: usize) -> BitBuf {
        BitBuf {
            bytes: Vec::with_capacity(bytes),
            bits: 0,
        }
    }

    #[inline]
    pub fn push_byte(&mut self, b: u8) {
        let r = self.bits % 8;
        if r == 0 {
            self.bytes.push(b);
        } else if let Some(last) = self.bytes.last_mut() {
            *last |= b >> r;
            self.bytes.push(b << (8 - r));
        }
        self.bits += 8;
    }

    /// Appends the `n` high bits of `b` (`n` in 1..=8).
    fn push_high_bits(&mut self, b: u8, n: usize) {
        let b = if n == 8 { b } else { b & (0xFFu8 << (8 - n)) };
        let r = self.bits % 8;
        if r == 0 {
            self.bytes.push(b);
        } else if let Some(last) = self.bytes.last_mut() {
            *last |= b >> r;
            if r + n > 8 {
                self.bytes.push(b << (8 - r));
            }
        }
        self.bits += n;
    }

    pub fn push_slice(&mut self, s: &BitSlice) {
        if self.bits.is_multiple_of(8) {
            if let Some(b) = s.as_bytes() {
                self.bytes.extend_from_slice(b);
                self.bits += b.len() * 8;
                return;
            }
        }
        let whole = s.bit_size / 8;
        for i in 0..whole {
            self.push_byte(s.byte(i));
        }
        let rest = s.bit_size % 8;
        if rest > 0 {
            self.push_high_bits(s.byte(whole), rest);
        }
    }

    pub fn push(&mut self, p: Piece) {
        match p {
            Piece::Byte(b) => self.push_byte(b),
            Piece::Bits(s) => self.push_slice(&s),
        }
    }
}

/// The bytes of an iolist (`Err` if `t` is not one). A binary is accepted at
/// the top level when `top_binary` is true.
pub fn to_bytes(t: Term, top_binary: bool) -> Result<Vec<u8>, NotIolist> {
    if let Some(b) = binary::bitstring(t) {
        return if top_binary && b.is_binary() {
            Ok(b.to_vec())
        } else {
            Err(NotIolist)
        };
    }
    let mut out = BitBuf::default();
    walk(t, false, |p| out.push(p))?;
    Ok(out.bytes)
}

/// The number of bytes in an iolist (a binary counts too).
pub fn size(t: Term) -> Result<usize, NotIolist> {
    if let Some(b) = binary::bitstring(t) {
        return if b.is_binary() {
            Ok(b.bit_size / 8)
        } else {
            Err(NotIolist)
        };
    }
    let mut n = 0usize;
    walk(t, false, |p| match p {
        Piece::Byte(_) => n += 1,
        Piece::Bits(s) => n += s.bit_size / 8,
    })?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;

    #[test]
    fn bitbuf_appends_unaligned() {
        let mut b = BitBuf::default();
        b.push_high_bits(0b1000_0000, 1);
        b.push_high_bits(0b1111_1110, 7);
        assert_eq!((b.bytes.as_slice(), b.bits), (&[0b1111_1111u8][..], 8));
        b.push_high_bits(0b1010_0000, 3);
        b.push_byte(0xFF);
        assert_eq!(b.bits, 19);
        assert_eq!(b.bytes, [0xFF, 0b1011_1111, 0b1110_0000]);
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let mut h = Heap::default();
        let mut t = h.byte_list(b"x");
        for _ in 0..1_000_000 {
            t = h.cons(t, Term::NIL);
        }
        assert_eq!(size(t), Ok(1));
        assert_eq!(to_bytes(t, true), Ok(alloc::vec![b'x']));
    }

    #[test]
    fn improper_binary_tail() {
        let mut h = Heap::default();
        let bin = h.binary(b"yz");
        let l = h.cons(Term::small(b'x' as isize), bin);
        assert_eq!(to_bytes(l, false), Ok(b"xyz".to_vec()));
        let bad = h.cons(Term::small(1), Term::small(2));
        assert_eq!(size(bad), Err(NotIolist));
        assert_eq!(to_bytes(bin, false), Err(NotIolist));
        assert_eq!(to_bytes(bin, true), Ok(b"yz".to_vec()));
        let big = h.cons(Term::small(256), Term::NIL);
        assert_eq!(size(big), Err(NotIolist));
    }
}
