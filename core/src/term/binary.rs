//! Reading bitstrings: heap, off-heap and sub-binaries seen as one bit slice.

use super::boxed::Subtag;
use super::{Term, WORD_BYTES};
use crate::heap::OffHeapBin;
use alloc::vec::Vec;

/// `bit_size` bits of `base`, starting `bit_offset` bits in.
#[derive(Clone, Copy, Debug)]
pub struct BitSlice<'a> {
    pub base: &'a [u8],
    pub bit_offset: usize,
    pub bit_size: usize,
}

impl<'a> BitSlice<'a> {
    pub fn is_binary(&self) -> bool {
        self.bit_size.is_multiple_of(8)
    }
    /// The bytes, when the slice starts on a byte boundary and is whole bytes.
    pub fn as_bytes(&self) -> Option<&'a [u8]> {
        if self.bit_offset.is_multiple_of(8) && self.bit_size.is_multiple_of(8) {
            let s = self.bit_offset / 8;
            self.base.get(s..s + self.bit_size / 8)
        } else {
            None
        }
    }
    /// Bit `i` of the slice (0 = most significant bit of the first byte).
    #[inline]
    pub fn bit(&self, i: usize) -> u8 {
        let b = self.bit_offset + i;
        (self.base[b / 8] >> (7 - (b % 8))) & 1
    }
    /// Byte `i` of the slice, realigned (the last may be partial, low bits 0).
    #[inline]
    pub fn byte(&self, i: usize) -> u8 {
        let b = self.bit_offset + i * 8;
        let shift = b % 8;
        let hi = self.base[b / 8];
        let remaining = self.bit_size - i * 8;
        let v = if shift == 0 {
            hi
        } else {
            let lo = self.base.get(b / 8 + 1).copied().unwrap_or(0);
            (hi << shift) | (lo >> (8 - shift))
        };
        if remaining < 8 {
            v & (0xFFu8 << (8 - remaining))
        } else {
            v
        }
    }
    /// Copies the slice into whole bytes; a trailing partial byte is padded
    /// with zero bits.
    pub fn to_vec(&self) -> Vec<u8> {
        if let Some(b) = self.as_bytes() {
            return b.to_vec();
        }
        (0..self.bit_size.div_ceil(8))
            .map(|i| self.byte(i))
            .collect()
    }
    pub fn byte_len(&self) -> usize {
        self.bit_size / 8
    }
}

/// The bytes backing a heap or refc binary (not a sub-binary).
fn base_bytes<'a>(t: Term) -> Option<&'a [u8]> {
    match t.subtag()? {
        Subtag::HeapBin => {
            let p = t.payload_slice();
            let n = p[0];
            debug_assert!(n <= (p.len() - 1) * WORD_BYTES);
            // SAFETY: the payload after the size word holds `n` bytes.
            Some(unsafe { core::slice::from_raw_parts(p[1..].as_ptr() as *const u8, n) })
        }
        Subtag::RefcBin => {
            let n = t.payload(0);
            let bin = t.payload(1) as *const OffHeapBin;
            // SAFETY: a live RefcBin term holds a count on `bin`.
            let all = unsafe { OffHeapBin::bytes(bin) };
            all.get(..n)
        }
        _ => None,
    }
}

/// Any bitstring term as a bit slice.
pub fn bitstring<'a>(t: Term) -> Option<BitSlice<'a>> {
    match t.subtag()? {
        Subtag::HeapBin | Subtag::RefcBin => {
            let base = base_bytes(t)?;
            Some(BitSlice {
                base,
                bit_offset: 0,
                bit_size: base.len() * 8,
            })
        }
        Subtag::SubBin => {
            let orig = t.payload_term(0);
            let base = base_bytes(orig)?;
            Some(BitSlice {
                base,
                bit_offset: t.payload(1),
                bit_size: t.payload(2),
            })
        }
        _ => None,
    }
}

/// The bytes of a byte-aligned binary term (`None` for other terms and for
/// bitstrings that are not whole bytes or not byte aligned).
pub fn bytes<'a>(t: Term) -> Option<&'a [u8]> {
    bitstring(t)?.as_bytes()
}

/// Whether `t` is a binary (a bitstring of whole bytes).
pub fn is_binary(t: Term) -> bool {
    bitstring(t).is_some_and(|b| b.is_binary())
}

/// The underlying heap/refc binary of a bitstring and its bit offset, for
/// making sub-binaries that share storage.
pub fn base_of(t: Term) -> Option<(Term, usize, usize)> {
    match t.subtag()? {
        Subtag::HeapBin | Subtag::RefcBin => {
            let n = base_bytes(t)?.len();
            Some((t, 0, n * 8))
        }
        Subtag::SubBin => Some((t.payload_term(0), t.payload(1), t.payload(2))),
        _ => None,
    }
}
