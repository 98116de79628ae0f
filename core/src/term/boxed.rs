//! Boxed objects: a header word followed by a payload.
//!
//! The header packs `arity << 6 | subtag << 2 | 0b00`, where arity is the
//! number of payload words, so the collector can copy any object without
//! knowing its type. Which payload words are terms (to be scanned) and which
//! are raw data depends on the subtag: [`Subtag::scan_range`].

use super::{Term, WORD_BYTES};

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Subtag {
    /// `{...}`: every payload word is an element.
    Tuple = 0,
    /// Positive bignum: payload is the magnitude as little-endian u32 digits.
    BigPos = 1,
    BigNeg = 2,
    /// Reference: payload is a u64 id (two words on 32-bit targets).
    Ref = 3,
    /// Closure: `[fun entry ptr, creator pid, env...]`.
    Fun = 4,
    /// Float: payload is the f64 bits (two words on 32-bit targets).
    Float = 5,
    /// `fun M:F/A`: `[export index, M, F, A]` (the last three immediates).
    Export = 6,
    /// Off-heap reference-counted binary: `[byte size, *const OffHeapBin]`.
    RefcBin = 7,
    /// Binary stored on the heap: `[byte size, bytes...]`.
    HeapBin = 8,
    /// Slice of another binary: `[orig binary, bit offset, bit size]`.
    SubBin = 9,
    /// Binary match state: `[orig binary, bit position, end bit]`.
    MatchCtx = 10,
    /// Map with up to 32 keys: `[keys tuple, values...]`, keys sorted.
    FlatMap = 11,
    /// Hash-trie map node (HAMT) for maps above 32 keys.
    HashMap = 12,
    /// Heap-allocated wide pid/port etc. (reserved).
    Reserved13 = 13,
    Reserved14 = 14,
    Reserved15 = 15,
}

impl Subtag {
    #[inline(always)]
    fn from_bits(b: usize) -> Subtag {
        match b & 0xF {
            0 => Subtag::Tuple,
            1 => Subtag::BigPos,
            2 => Subtag::BigNeg,
            3 => Subtag::Ref,
            4 => Subtag::Fun,
            5 => Subtag::Float,
            6 => Subtag::Export,
            7 => Subtag::RefcBin,
            8 => Subtag::HeapBin,
            9 => Subtag::SubBin,
            10 => Subtag::MatchCtx,
            11 => Subtag::FlatMap,
            12 => Subtag::HashMap,
            13 => Subtag::Reserved13,
            14 => Subtag::Reserved14,
            _ => Subtag::Reserved15,
        }
    }

    /// Payload words `[start, start+len)` that hold terms the GC must scan;
    /// the rest of the payload is raw data.
    #[inline(always)]
    pub fn scan_range(self, arity: usize) -> (usize, usize) {
        match self {
            Subtag::Tuple | Subtag::FlatMap => (0, arity),
            Subtag::Fun => (1, arity.saturating_sub(1)),
            Subtag::SubBin | Subtag::MatchCtx => (0, 1),
            Subtag::HashMap => (1, arity.saturating_sub(1)),
            _ => (0, 0),
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct Header(pub usize);

impl Header {
    #[inline(always)]
    pub const fn new(subtag: Subtag, arity: usize) -> Header {
        Header((arity << 6) | ((subtag as usize) << 2))
    }
    #[inline(always)]
    pub fn subtag(self) -> Subtag {
        Subtag::from_bits(self.0 >> 2)
    }
    #[inline(always)]
    pub const fn arity(self) -> usize {
        self.0 >> 6
    }
    #[inline(always)]
    pub const fn raw(self) -> usize {
        self.0
    }
}

/// Words of payload an f64 takes.
pub const FLOAT_WORDS: usize = 8 / WORD_BYTES;
/// Words of payload a u64 takes.
pub const U64_WORDS: usize = 8 / WORD_BYTES;

/// Writes a u64 into `n` payload words (1 on 64-bit, 2 on 32-bit).
#[inline(always)]
pub fn write_u64(dst: &mut [usize], v: u64) {
    if WORD_BYTES == 8 {
        dst[0] = v as usize;
    } else {
        dst[0] = v as u32 as usize;
        dst[1] = (v >> 32) as u32 as usize;
    }
}
#[inline(always)]
pub fn read_u64(src: &[usize]) -> u64 {
    if WORD_BYTES == 8 {
        src[0] as u64
    } else {
        (src[0] as u32 as u64) | ((src[1] as u32 as u64) << 32)
    }
}

pub fn float_value(t: Term) -> f64 {
    f64::from_bits(read_u64(t.payload_slice()))
}

/// Reads the id of a reference.
pub fn ref_value(t: Term) -> u64 {
    read_u64(t.payload_slice())
}

/// Bignum digits (little-endian u32) of a bignum term, and its sign.
pub fn bignum_digits(t: Term) -> (bool, alloc::vec::Vec<u32>) {
    let neg = t.header().subtag() == Subtag::BigNeg;
    let words = t.payload_slice();
    let mut digits = alloc::vec::Vec::with_capacity(words.len() * WORD_BYTES / 4);
    for &w in words {
        if WORD_BYTES == 8 {
            digits.push(w as u64 as u32);
            digits.push(((w as u64) >> 32) as u32);
        } else {
            digits.push(w as u32);
        }
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (neg, digits)
}

/// Payload words needed for `n` u32 digits.
pub fn bignum_words(n_digits: usize) -> usize {
    (n_digits * 4).div_ceil(WORD_BYTES)
}

/// Packs u32 digits into payload words.
pub fn write_bignum_digits(dst: &mut [usize], digits: &[u32]) {
    for (i, w) in dst.iter_mut().enumerate() {
        if WORD_BYTES == 8 {
            let lo = digits.get(2 * i).copied().unwrap_or(0) as u64;
            let hi = digits.get(2 * i + 1).copied().unwrap_or(0) as u64;
            *w = (lo | (hi << 32)) as usize;
        } else {
            *w = digits.get(i).copied().unwrap_or(0) as usize;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trip() {
        for st in [
            Subtag::Tuple,
            Subtag::Float,
            Subtag::HashMap,
            Subtag::MatchCtx,
        ] {
            let h = Header::new(st, 12345);
            assert_eq!(h.subtag(), st);
            assert_eq!(h.arity(), 12345);
            assert!(Term::from_raw(h.raw()).is_header());
        }
    }

    #[test]
    fn digits_pack() {
        let digits = [1u32, 2, 3];
        let mut words = [0usize; 4];
        let n = bignum_words(3);
        write_bignum_digits(&mut words[..n], &digits);
        let mut got = alloc::vec::Vec::new();
        for &w in &words[..n] {
            if WORD_BYTES == 8 {
                got.push(w as u64 as u32);
                got.push(((w as u64) >> 32) as u32);
            } else {
                got.push(w as u32);
            }
        }
        assert_eq!(&got[..3], &digits);
    }
}
