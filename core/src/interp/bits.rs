//! The runtime half of the bit syntax: match contexts and the reads the
//! matching instructions make (`bs_start_match3/4`, `bs_get_*`, `bs_skip_bits`,
//! `bs_match_string`, `bs_get_utf*`, the `bs_match` commands), and building
//! bitstrings (`bs_create_bin`). The interpreter does the dispatch; everything
//! here is a plain function over terms and a heap, and none of it panics on
//! any input.
//!
//! # Match contexts
//!
//! A `MatchCtx` is `[orig, pos, end]`: `orig` is the heap or refc binary the
//! bits live in, `pos` and `end` are bit positions inside it (so a context
//! over a sub-binary starts at the sub-binary's offset). Positions are thus
//! absolute in `orig`; [`ctx_pos`] / [`set_ctx_pos`] hand them out opaquely,
//! as `bs_get_position` / `bs_set_position` need.
//!
//! # Appending
//!
//! `<<Acc/binary, ...>>` (an `append` / `private_append` first segment) is the
//! way Erlang code grows a binary in a loop, so it must be amortised O(1) per
//! appended byte. It works as in BEAM:
//!
//! - The result of an append that does not fit a heap binary is a *writable*
//!   sub-binary: a `SubBin` with a fourth payload word set to
//!   [`WRITABLE`], over a hidden `RefcBin` whose off-heap buffer was allocated
//!   with spare capacity (twice the size, at least 256 bytes). The hidden
//!   `RefcBin` covers the whole buffer (its size field is the capacity, the
//!   unused tail is zeroes) and is never handed out as a value: only
//!   sub-binaries and match contexts refer to it.
//! - Appending to a writable sub-binary whose buffer has room writes the new
//!   bits right after it, in place, clears the old sub-binary's flag (only the
//!   longest one may grow the buffer) and returns a new writable sub-binary
//!   one segment longer. Bits a term can see never change, so every older
//!   value stays intact.
//! - In place is only allowed while the off-heap buffer's count is 1: then the
//!   hidden `RefcBin` is the only object anywhere holding it, so no other
//!   process, message or ETS table can be reading the bytes. A copy of the
//!   binary (message, ETS) takes a count, so from then on the writer copies
//!   instead; and the term copier makes plain three-word sub-binaries, so a
//!   copy is never writable itself. (The collector moves the four words as
//!   they are: the flag survives a collection.)
//! - Nothing may hand the hidden `RefcBin` out as a value while its buffer
//!   still has room (its size is the capacity, not the bits written). Here
//!   only [`get_binary`] / [`get_tail`] return a base binary, and only when
//!   the bits asked for are all of it.
//! - Otherwise (no flag, no room, shared buffer, a later segment reading the
//!   same buffer) the bits are copied into a fresh writable buffer with spare
//!   capacity, so the next append is in place again.

use crate::heap::{Heap, OffHeapBin, HEAP_BIN_LIMIT};
use crate::interp::instr::{BinSegKind, BSF_LITTLE, BSF_NATIVE, BSF_SIGNED};
use crate::term::binary::{self, BitSlice};
use crate::term::boxed::Subtag;
use crate::term::{integer, Term, WORD_BYTES};
use alloc::vec::Vec;
use num_bigint::{BigInt, BigUint, Sign};

/// Value of the fourth payload word of a writable sub-binary.
pub const WRITABLE: usize = 1;
/// Smallest buffer (bytes) an append allocates.
const MIN_APPEND_CAPACITY: usize = 256;
/// Sub-binaries of at most this many whole bytes are copied into heap
/// binaries by matching: the copy is no bigger than a `SubBin` object.
const COPY_SUB_LIMIT: usize = 2 * WORD_BYTES;

// ---------------------------------------------------------------------------
// Bit-level reading and writing
// ---------------------------------------------------------------------------

/// `n <= 64` bits of `base` starting at bit `at` (MSB first), as an unsigned
/// number. The caller guarantees `at + n <= base.len() * 8`; out-of-range bytes
/// read as zero rather than panicking.
#[inline]
fn load_bits(base: &[u8], at: usize, n: usize) -> u64 {
    if n == 0 {
        return 0;
    }
    let first = at / 8;
    if n == 8 && at.is_multiple_of(8) {
        return base.get(first).copied().unwrap_or(0) as u64;
    }
    let last = (at + n - 1) / 8;
    let mut acc: u128 = 0;
    for i in first..=last {
        acc = (acc << 8) | base.get(i).copied().unwrap_or(0) as u128;
    }
    let total = (last - first + 1) * 8;
    let v = (acc >> (total - at % 8 - n)) as u64;
    if n == 64 {
        v
    } else {
        v & ((1u64 << n) - 1)
    }
}

/// Whether a bit slice lies inside its base (sub-binaries are trusted, but a
/// bad one must not make us index out of bounds).
#[inline]
fn slice_ok(s: &BitSlice<'_>) -> bool {
    s.bit_offset
        .checked_add(s.bit_size)
        .is_some_and(|e| s.base.len().checked_mul(8).is_some_and(|l| e <= l))
}

/// A valid bitstring view of `t`.
#[inline]
fn bits_of<'a>(t: Term) -> Option<BitSlice<'a>> {
    binary::bitstring(t).filter(slice_ok)
}

/// Writes bits MSB first into a zero-or-garbage buffer, masking exactly the
/// bits it owns (so it can write right after bits other terms can see).
struct BitWriter<'a> {
    buf: &'a mut [u8],
    pos: usize,
}

impl<'a> BitWriter<'a> {
    fn new(buf: &'a mut [u8], pos: usize) -> Self {
        BitWriter { buf, pos }
    }

    /// The low `n <= 64` bits of `v`, most significant first.
    #[inline]
    fn put_bits(&mut self, v: u64, n: usize) {
        let mut left = n.min(64);
        while left > 0 {
            let idx = self.pos / 8;
            let room = 8 - self.pos % 8;
            let take = room.min(left);
            let low = ((1u16 << take) - 1) as u8;
            let chunk = ((v >> (left - take)) as u8) & low;
            let shift = room - take;
            if let Some(d) = self.buf.get_mut(idx) {
                *d = (*d & !(low << shift)) | (chunk << shift);
            }
            self.pos += take;
            left -= take;
        }
    }

    #[inline]
    fn put_byte(&mut self, b: u8) {
        if self.pos.is_multiple_of(8) {
            if let Some(d) = self.buf.get_mut(self.pos / 8) {
                *d = b;
            }
            self.pos += 8;
        } else {
            self.put_bits(b as u64, 8);
        }
    }

    /// `count` copies of byte `b`.
    fn put_fill(&mut self, b: u8, count: usize) {
        if self.pos.is_multiple_of(8) {
            let s = self.pos / 8;
            let e = s.saturating_add(count).min(self.buf.len());
            if s < e {
                self.buf[s..e].fill(b);
            }
            self.pos += count * 8;
        } else {
            for _ in 0..count {
                self.put_bits(b as u64, 8);
            }
        }
    }

    /// Whole bytes.
    fn put_bytes(&mut self, bytes: &[u8]) {
        if self.pos.is_multiple_of(8) {
            let s = self.pos / 8;
            if let Some(d) = self.buf.get_mut(s..s + bytes.len()) {
                d.copy_from_slice(bytes);
            }
            self.pos += bytes.len() * 8;
        } else {
            let mut chunks = bytes.chunks_exact(7);
            for c in &mut chunks {
                let mut v = 0u64;
                for &b in c {
                    v = (v << 8) | b as u64;
                }
                self.put_bits(v, 56);
            }
            for &b in chunks.remainder() {
                self.put_bits(b as u64, 8);
            }
        }
    }

    /// All the bits of a (valid) bit slice.
    fn put_slice(&mut self, s: &BitSlice<'_>) {
        let full = s.bit_size / 8;
        let rest = s.bit_size % 8;
        if s.bit_offset.is_multiple_of(8) {
            let st = s.bit_offset / 8;
            if let Some(src) = s.base.get(st..st + full) {
                self.put_bytes(src);
            }
        } else {
            let mut i = 0;
            while i + 7 <= full {
                self.put_bits(load_bits(s.base, s.bit_offset + i * 8, 56), 56);
                i += 7;
            }
            while i < full {
                self.put_byte(load_bits(s.base, s.bit_offset + i * 8, 8) as u8);
                i += 1;
            }
        }
        if rest > 0 {
            self.put_bits(load_bits(s.base, s.bit_offset + full * 8, rest), rest);
        }
    }

    /// An unsigned `n <= 64`-bit number in the given byte order (OTP's
    /// little endian for sizes that are not whole bytes: the whole bytes
    /// least significant first, then the remaining high bits).
    #[inline]
    fn put_uint(&mut self, v: u64, n: usize, little: bool) {
        if !little || n <= 8 {
            self.put_bits(v, n);
            return;
        }
        let k = n / 8;
        for j in 0..k {
            self.put_byte((v >> (8 * j)) as u8);
        }
        if !n.is_multiple_of(8) {
            self.put_bits(v >> (8 * k), n % 8);
        }
    }

    /// An `n`-bit integer given as little-endian two's-complement bytes
    /// `sig` (any length), sign-extended with `fill`.
    fn put_int_bytes(&mut self, sig: &[u8], fill: u8, n: usize, little: bool) {
        let k = n / 8;
        let r = n % 8;
        let byte = |j: usize| sig.get(j).copied().unwrap_or(fill);
        let have = sig.len().min(k);
        if little {
            for &b in &sig[..have] {
                self.put_byte(b);
            }
            self.put_fill(fill, k - have);
            if r > 0 {
                self.put_bits(byte(k) as u64, r);
            }
        } else {
            if r > 0 {
                self.put_bits(byte(k) as u64, r);
            }
            self.put_fill(fill, k - have);
            for &b in sig[..have].iter().rev() {
                self.put_byte(b);
            }
        }
    }
}

#[inline]
fn is_little(flags: u32) -> bool {
    flags & BSF_LITTLE != 0 || (flags & BSF_NATIVE != 0 && cfg!(target_endian = "little"))
}

/// Reorders `n <= 64` bits read MSB first into OTP's little-endian value.
#[inline]
fn le_value(raw: u64, n: usize) -> u64 {
    if n <= 8 {
        return raw;
    }
    let k = n / 8;
    let r = n % 8;
    let mut v = 0u64;
    for j in 0..k {
        let b = (raw >> (n - 8 * (j + 1))) & 0xff;
        v |= b << (8 * j);
    }
    if r > 0 {
        v |= (raw & ((1u64 << r) - 1)) << (8 * k);
    }
    v
}

/// Reads an `n`-bit integer at bit `at` of `base` (in range).
fn read_int(heap: &mut Heap, base: &[u8], at: usize, n: usize, little: bool, signed: bool) -> Term {
    if n <= 64 {
        let raw = load_bits(base, at, n);
        let v = if little { le_value(raw, n) } else { raw };
        if signed && n > 0 && (v >> (n - 1)) & 1 == 1 {
            let i = if n == 64 {
                v as i64
            } else {
                (v | (!0u64 << n)) as i64
            };
            return heap.int(i);
        }
        return heap.uint(v);
    }
    let k = n / 8;
    let r = n % 8;
    let mut le = alloc::vec![0u8; k + usize::from(r > 0)];
    if little {
        for (j, b) in le.iter_mut().take(k).enumerate() {
            *b = load_bits(base, at + 8 * j, 8) as u8;
        }
        if r > 0 {
            le[k] = load_bits(base, at + 8 * k, r) as u8;
        }
    } else {
        if r > 0 {
            le[k] = load_bits(base, at, r) as u8;
        }
        for (j, b) in le.iter_mut().take(k).enumerate() {
            *b = load_bits(base, at + r + 8 * (k - 1 - j), 8) as u8;
        }
    }
    let top = n - 1;
    let negative = signed && (le[top / 8] >> (top % 8)) & 1 == 1;
    let value = if negative {
        if r > 0 {
            le[k] |= 0xffu8 << r;
        }
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_biguint(Sign::Plus, BigUint::from_bytes_le(&le))
    };
    heap.bigint(&value)
}

// ---------------------------------------------------------------------------
// Half-precision floats
// ---------------------------------------------------------------------------

/// Rounds a double to IEEE binary16 (round to nearest, ties to even;
/// overflow gives infinity), as OTP does for `/float-16`.
fn f64_to_f16(x: f64) -> u16 {
    let b = x.to_bits();
    let sign = ((b >> 48) & 0x8000) as u16;
    let exp = ((b >> 52) & 0x7ff) as i32;
    let man = b & ((1u64 << 52) - 1);
    if exp == 0x7ff {
        return sign | 0x7c00 | if man != 0 { 0x200 } else { 0 };
    }
    let e = exp - 1023 + 15;
    if e >= 31 {
        return sign | 0x7c00;
    }
    let round = |q: u64, rem: u64, half: u64| {
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    if e >= 1 {
        let h = ((e as u64) << 10) | (man >> 42);
        // A carry out of the mantissa bumps the exponent (to infinity at the top).
        return sign | round(h, man & ((1u64 << 42) - 1), 1u64 << 41) as u16;
    }
    // Subnormal (or zero): count units of 2^-24.
    let (m, e2) = if exp == 0 {
        (man, -1074)
    } else {
        (man | (1u64 << 52), exp - 1075)
    };
    let shift = -(e2 + 24);
    if shift > 63 {
        return sign;
    }
    let shift = shift as u32;
    let q = m >> shift;
    sign | round(q, m & ((1u64 << shift) - 1), 1u64 << (shift - 1)) as u16
}

/// Widens binary16 bits; `None` for infinities and NaNs.
fn f16_to_f64(h: u16) -> Option<f64> {
    let e = ((h >> 10) & 0x1f) as i64;
    let m = (h & 0x3ff) as f64;
    let mag = match e {
        31 => return None,
        // m * 2^-24
        0 => m * f64::from_bits((1023u64 - 24) << 52),
        // (1024 + m) * 2^(e - 25)
        _ => (1024.0 + m) * f64::from_bits(((1023 + e - 25) as u64) << 52),
    };
    Some(if h & 0x8000 != 0 { -mag } else { mag })
}

/// A number as a (finite) double, as a float segment converts it.
fn float_of(t: Term) -> Option<f64> {
    if let Some(i) = t.as_small() {
        return Some(i as f64);
    }
    if let Some(f) = t.as_float() {
        return Some(f);
    }
    if t.is_bignum() {
        let f = num_traits::ToPrimitive::to_f64(&integer::to_bigint(t)?)?;
        return f.is_finite().then_some(f);
    }
    None
}

/// The bits of a float segment of `n` bits (16, 32 or 64).
fn float_bits(f: f64, n: usize) -> u64 {
    match n {
        16 => f64_to_f16(f) as u64,
        32 => (f as f32).to_bits() as u64,
        _ => f.to_bits(),
    }
}

// ---------------------------------------------------------------------------
// Match contexts
// ---------------------------------------------------------------------------

/// A match context's bits: `base` bytes, the bit offset of `orig` in them,
/// and the (validated) position and end relative to `orig`.
struct CtxView<'a> {
    base: &'a [u8],
    off: usize,
    pos: usize,
    end: usize,
}

impl CtxView<'_> {
    #[inline]
    fn left(&self) -> usize {
        self.end - self.pos
    }
    #[inline]
    fn at(&self) -> usize {
        self.off + self.pos
    }
}

#[inline]
fn ctx_view<'a>(ctx: Term) -> Option<CtxView<'a>> {
    if ctx.subtag() != Some(Subtag::MatchCtx) || ctx.header().arity() < 3 {
        return None;
    }
    let s = bits_of(ctx.payload_term(0))?;
    let (pos, end) = (ctx.payload(1), ctx.payload(2));
    if pos > end || end > s.bit_size {
        return None;
    }
    Some(CtxView {
        base: s.base,
        off: s.bit_offset,
        pos,
        end,
    })
}

/// Stores a new position (already checked to be within the context).
#[inline]
fn store_pos(ctx: Term, pos: usize) {
    // SAFETY: callers checked `ctx` is a boxed MatchCtx with (at least)
    // three payload words (`ctx_view` accepted it, or `set_ctx_pos` tested);
    // a match context is mutable state of the process whose heap holds it,
    // and payload word 1 is its position.
    unsafe { *ctx.ptr().add(2) = pos };
}

/// bs_start_match3/4: a bitstring gives a new match context (position at its
/// first bit); a match context is returned as is; anything else `None`.
pub fn start_match(heap: &mut Heap, t: Term) -> Option<Term> {
    match t.subtag()? {
        Subtag::MatchCtx => Some(t),
        Subtag::HeapBin | Subtag::RefcBin | Subtag::SubBin => {
            let (orig, off, size) = binary::base_of(t)?;
            let s = bits_of(orig)?;
            let end = off.checked_add(size)?;
            if end > s.bit_size {
                return None;
            }
            let (ctx, payload) = heap.alloc_boxed(Subtag::MatchCtx, 3);
            payload[0] = orig.raw();
            payload[1] = off;
            payload[2] = end;
            Some(ctx)
        }
        _ => None,
    }
}

/// The current position (an opaque bit index for `bs_get_position`); 0 for
/// anything that is not a match context.
pub fn ctx_pos(ctx: Term) -> usize {
    if ctx.subtag() == Some(Subtag::MatchCtx) && ctx.header().arity() >= 3 {
        ctx.payload(1)
    } else {
        0
    }
}

/// `bs_set_position`: restores a position [`ctx_pos`] gave (clamped to the
/// context's end; ignored for anything else).
pub fn set_ctx_pos(ctx: Term, pos: usize) {
    if ctx.subtag() == Some(Subtag::MatchCtx) && ctx.header().arity() >= 3 {
        store_pos(ctx, pos.min(ctx.payload(2)));
    }
}

/// Bits left to match (0 for anything that is not a valid match context).
pub fn ctx_remaining(ctx: Term) -> usize {
    ctx_view(ctx).map_or(0, |c| c.left())
}

/// `bits` bits of `ctx`'s binary at position `pos` as a binary term: the
/// whole base binary when that is what they are, a small heap copy for a few
/// whole bytes, otherwise a sub-binary sharing the storage.
fn make_sub(heap: &mut Heap, ctx: Term, pos: usize, bits: usize) -> Option<Term> {
    let (base, off, _) = binary::base_of(ctx.payload_term(0))?;
    let s = bits_of(base)?;
    let abs = off.checked_add(pos)?;
    if abs.checked_add(bits)? > s.bit_size {
        return None;
    }
    if abs == 0 && bits == s.bit_size {
        return Some(base);
    }
    if bits.is_multiple_of(8) && bits / 8 <= COPY_SUB_LIMIT {
        let mut tmp = [0u8; COPY_SUB_LIMIT];
        let n = bits / 8;
        for (i, b) in tmp[..n].iter_mut().enumerate() {
            *b = load_bits(s.base, abs + 8 * i, 8) as u8;
        }
        return Some(heap.binary(&tmp[..n]));
    }
    Some(heap.sub_binary(base, abs, bits))
}

/// Reads `bits` bits as an integer (big, little or native endian, signed or
/// unsigned per `flags`; any size, bignums beyond a small), advancing; `None`
/// (position unchanged) if fewer bits are left.
pub fn get_integer(heap: &mut Heap, ctx: Term, bits: usize, flags: u32) -> Option<Term> {
    let c = ctx_view(ctx)?;
    if c.left() < bits {
        return None;
    }
    let t = read_int(
        heap,
        c.base,
        c.at(),
        bits,
        is_little(flags),
        flags & BSF_SIGNED != 0,
    );
    store_pos(ctx, c.pos + bits);
    Some(t)
}

/// Reads a 16, 32 or 64-bit float, advancing. Other sizes, too few bits and
/// infinities / NaNs (which OTP refuses to match) give `None`.
pub fn get_float(heap: &mut Heap, ctx: Term, bits: usize, flags: u32) -> Option<Term> {
    if !matches!(bits, 16 | 32 | 64) {
        return None;
    }
    let c = ctx_view(ctx)?;
    if c.left() < bits {
        return None;
    }
    let raw = load_bits(c.base, c.at(), bits);
    let v = if is_little(flags) {
        le_value(raw, bits)
    } else {
        raw
    };
    let f = match bits {
        16 => f16_to_f64(v as u16)?,
        32 => f32::from_bits(v as u32) as f64,
        _ => f64::from_bits(v),
    };
    if !f.is_finite() {
        return None;
    }
    store_pos(ctx, c.pos + bits);
    Some(heap.float(f))
}

/// The next `bits` bits as a binary (sharing storage where it pays),
/// advancing; `None` if fewer are left.
pub fn get_binary(heap: &mut Heap, ctx: Term, bits: usize) -> Option<Term> {
    let c = ctx_view(ctx)?;
    if c.left() < bits {
        return None;
    }
    let t = make_sub(heap, ctx, c.pos, bits)?;
    store_pos(ctx, c.pos + bits);
    Some(t)
}

/// The rest of the bits (`bs_get_tail`, the `get_tail` command), without
/// moving the position. A bitstring (a context the compiler elided) is
/// returned as is.
pub fn get_tail(heap: &mut Heap, ctx: Term) -> Term {
    let Some(c) = ctx_view(ctx) else {
        return ctx;
    };
    // The position stays: the compiler reuses the context after taking its
    // tail (e.g. `<<_:N/binary, Rest/binary>>` matched again from N).
    make_sub(heap, ctx, c.pos, c.left()).unwrap_or_else(|| heap.binary(&[]))
}

/// Skips `bits` bits; false (position unchanged) if fewer are left.
pub fn skip_bits(ctx: Term, bits: usize) -> bool {
    match ctx_view(ctx) {
        Some(c) if c.left() >= bits => {
            store_pos(ctx, c.pos + bits);
            true
        }
        _ => false,
    }
}

/// `bs_match_string`: whether the next `bits` bits equal the first `bits`
/// bits of `bytes`; advances on success.
pub fn match_string(ctx: Term, bytes: &[u8], bits: usize) -> bool {
    let Some(c) = ctx_view(ctx) else {
        return false;
    };
    if c.left() < bits || bytes.len().saturating_mul(8) < bits {
        return false;
    }
    let at = c.at();
    let full = bits / 8;
    let r = bits % 8;
    let ok_full = if at % 8 == 0 {
        c.base.get(at / 8..at / 8 + full) == Some(&bytes[..full])
    } else {
        (0..full).all(|i| load_bits(c.base, at + 8 * i, 8) as u8 == bytes[i])
    };
    let ok =
        ok_full && (r == 0 || load_bits(c.base, at + 8 * full, r) as u8 == bytes[full] >> (8 - r));
    if ok {
        store_pos(ctx, c.pos + bits);
    }
    ok
}

/// Decodes one `utf8` / `utf16` / `utf32` code point (`width` 8, 16 or 32;
/// `flags` give the byte order of the latter two), advancing. `None` for an
/// invalid encoding (surrogates, above 0x10FFFF, overlong UTF-8, a lone
/// UTF-16 surrogate) or too few bits.
pub fn get_utf(ctx: Term, width: u8, flags: u32) -> Option<u32> {
    let c = ctx_view(ctx)?;
    let at = c.at();
    let left = c.left();
    let little = is_little(flags);
    let unit = |i: usize, n: usize| {
        let raw = load_bits(c.base, at + i, n);
        if little {
            le_value(raw, n)
        } else {
            raw
        }
    };
    let (cp, used) = match width {
        8 => {
            if left < 8 {
                return None;
            }
            let b0 = load_bits(c.base, at, 8) as u32;
            let (n, init, min) = match b0 {
                0x00..=0x7f => (1, b0, 0),
                0xc2..=0xdf => (2, b0 & 0x1f, 0x80),
                0xe0..=0xef => (3, b0 & 0x0f, 0x800),
                0xf0..=0xf4 => (4, b0 & 0x07, 0x10000),
                _ => return None,
            };
            if left < 8 * n {
                return None;
            }
            let mut cp = init;
            for i in 1..n {
                let b = load_bits(c.base, at + 8 * i, 8) as u32;
                if b & 0xc0 != 0x80 {
                    return None;
                }
                cp = (cp << 6) | (b & 0x3f);
            }
            if cp < min {
                return None;
            }
            (cp, 8 * n)
        }
        16 => {
            if left < 16 {
                return None;
            }
            let w1 = unit(0, 16) as u32;
            match w1 {
                0xd800..=0xdbff => {
                    if left < 32 {
                        return None;
                    }
                    let w2 = unit(16, 16) as u32;
                    if !(0xdc00..=0xdfff).contains(&w2) {
                        return None;
                    }
                    (0x10000 + ((w1 - 0xd800) << 10) + (w2 - 0xdc00), 32)
                }
                0xdc00..=0xdfff => return None,
                _ => (w1, 16),
            }
        }
        32 => {
            if left < 32 {
                return None;
            }
            (unit(0, 32) as u32, 32)
        }
        _ => return None,
    };
    char::from_u32(cp)?;
    store_pos(ctx, c.pos + used);
    Some(cp)
}

/// The `=:=` command of `bs_match`: whether the next `bits` bits, read as a
/// big-endian unsigned integer, equal `value` (a small or a bignum);
/// advances on success.
pub fn eq_int(ctx: Term, bits: usize, value: Term) -> bool {
    let Some(c) = ctx_view(ctx) else {
        return false;
    };
    if c.left() < bits {
        return false;
    }
    let ok = if let (Some(v), true) = (value.as_small(), bits <= 64) {
        v >= 0 && load_bits(c.base, c.at(), bits) == v as u64
    } else {
        let Some(want) = integer::to_bigint(value) else {
            return false;
        };
        let k = bits / 8;
        let r = bits % 8;
        let mut be = Vec::with_capacity(k + 1);
        if r > 0 {
            be.push(load_bits(c.base, c.at(), r) as u8);
        }
        for j in 0..k {
            be.push(load_bits(c.base, c.at() + r + 8 * j, 8) as u8);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::from_bytes_be(&be)) == want
    };
    if ok {
        store_pos(ctx, c.pos + bits);
    }
    ok
}

// ---------------------------------------------------------------------------
// bs_create_bin
// ---------------------------------------------------------------------------

/// One evaluated `bs_create_bin` segment.
#[derive(Copy, Clone, Debug)]
pub struct Seg {
    pub kind: BinSegKind,
    /// The segment's position in the source.
    pub seg: u32,
    pub unit: u32,
    pub flags: u32,
    /// The value; for `String`, a small offset into the module's string table.
    pub value: Term,
    /// A small integer, the atom `all`, or NIL when absent. For `String`, the
    /// length in bytes (with unit 8).
    pub size: Term,
}

/// Why `bs_create_bin` failed (the `error` reason OTP raises).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CreateError {
    Badarg,
    SystemLimit,
    /// Not produced: OTP 25 raises `badarg` / `system_limit` only.
    Badarith,
}

use CreateError::{Badarg, SystemLimit};

/// A size operand as a non-negative count: OTP raises `badarg` for negative
/// and non-integer sizes and `system_limit` for sizes beyond a small.
fn size_count(size: Term) -> Result<usize, CreateError> {
    if let Some(n) = size.as_small() {
        return usize::try_from(n).map_err(|_| Badarg);
    }
    if size.is_bignum() {
        return Err(if integer::is_negative(size) {
            Badarg
        } else {
            SystemLimit
        });
    }
    Err(Badarg)
}

#[inline]
fn is_all(size: Term) -> bool {
    size.is_nil() || size == Term::atom(crate::atom::am::ALL)
}

/// Bits given by the segment's size operand, or `None` when its size comes
/// from its value (utf, `all` binaries, append).
fn explicit_bits(s: &Seg) -> Result<Option<usize>, CreateError> {
    match s.kind {
        BinSegKind::Utf8 | BinSegKind::Utf16 | BinSegKind::Utf32 => Ok(None),
        BinSegKind::Append | BinSegKind::PrivateAppend => Ok(None),
        BinSegKind::Binary if is_all(s.size) => Ok(None),
        _ => size_count(s.size)?
            .checked_mul(s.unit as usize)
            .map(Some)
            .ok_or(SystemLimit),
    }
}

/// A valid code point from a utf segment's value.
fn code_point(v: Term) -> Result<char, CreateError> {
    v.as_small()
        .and_then(|i| u32::try_from(i).ok())
        .and_then(char::from_u32)
        .ok_or(Badarg)
}

/// A whole bitstring used with `all` size: its bits must be a multiple of
/// the unit.
fn all_bits<'a>(v: Term, unit: u32) -> Result<BitSlice<'a>, CreateError> {
    let s = bits_of(v).ok_or(Badarg)?;
    if s.bit_size % (unit.max(1) as usize) != 0 {
        return Err(Badarg);
    }
    Ok(s)
}

/// The bits segment `s` contributes, checking its value (so that writing it
/// cannot fail).
fn seg_bits(s: &Seg, strings: &[u8]) -> Result<usize, CreateError> {
    let explicit = explicit_bits(s)?;
    match s.kind {
        BinSegKind::Integer => {
            if !s.value.is_integer() {
                return Err(Badarg);
            }
            Ok(explicit.unwrap_or(0))
        }
        BinSegKind::Float => {
            let n = explicit.unwrap_or(0);
            if !matches!(n, 16 | 32 | 64) || float_of(s.value).is_none() {
                return Err(Badarg);
            }
            Ok(n)
        }
        BinSegKind::Binary | BinSegKind::Append | BinSegKind::PrivateAppend => match explicit {
            Some(n) => {
                let v = bits_of(s.value).ok_or(Badarg)?;
                if v.bit_size < n {
                    return Err(Badarg);
                }
                Ok(n)
            }
            None => Ok(all_bits(s.value, s.unit)?.bit_size),
        },
        BinSegKind::String => {
            let n = explicit.unwrap_or(0);
            string_bytes(s, n, strings)?;
            Ok(n)
        }
        BinSegKind::Utf8 => Ok(8 * code_point(s.value)?.len_utf8()),
        BinSegKind::Utf16 => Ok(16 * code_point(s.value)?.len_utf16()),
        BinSegKind::Utf32 => {
            code_point(s.value)?;
            Ok(32)
        }
    }
}

/// The string-table bytes of a string segment of `n` bits.
fn string_bytes<'s>(s: &Seg, n: usize, strings: &'s [u8]) -> Result<&'s [u8], CreateError> {
    let off = s
        .value
        .as_small()
        .and_then(|o| usize::try_from(o).ok())
        .ok_or(Badarg)?;
    let end = off.checked_add(n.div_ceil(8)).ok_or(Badarg)?;
    strings.get(off..end).ok_or(Badarg)
}

/// Writes one segment whose value `seg_bits` accepted.
fn write_seg(w: &mut BitWriter<'_>, s: &Seg, strings: &[u8]) -> Result<(), CreateError> {
    let n = seg_bits(s, strings)?;
    let little = is_little(s.flags);
    match s.kind {
        BinSegKind::Integer => {
            if let Some(i) = s.value.as_small() {
                let u = i as i64 as u64;
                if n <= 64 {
                    w.put_uint(u, n, little);
                } else {
                    w.put_int_bytes(&u.to_le_bytes(), if i < 0 { 0xff } else { 0 }, n, little);
                }
            } else {
                let b = integer::to_bigint(s.value).ok_or(Badarg)?;
                let le = b.to_signed_bytes_le();
                let fill = if b.sign() == Sign::Minus { 0xff } else { 0 };
                w.put_int_bytes(&le, fill, n, little);
            }
        }
        BinSegKind::Float => {
            let f = float_of(s.value).ok_or(Badarg)?;
            w.put_uint(float_bits(f, n), n, little);
        }
        BinSegKind::Binary | BinSegKind::Append | BinSegKind::PrivateAppend => {
            let mut v = bits_of(s.value).ok_or(Badarg)?;
            v.bit_size = n;
            w.put_slice(&v);
        }
        BinSegKind::String => {
            let bytes = string_bytes(s, n, strings)?;
            w.put_slice(&BitSlice {
                base: bytes,
                bit_offset: 0,
                bit_size: n,
            });
        }
        BinSegKind::Utf8 => {
            let mut buf = [0u8; 4];
            w.put_bytes(code_point(s.value)?.encode_utf8(&mut buf).as_bytes());
        }
        BinSegKind::Utf16 => {
            let mut buf = [0u16; 2];
            for &u in code_point(s.value)?.encode_utf16(&mut buf).iter() {
                w.put_uint(u as u64, 16, little);
            }
        }
        BinSegKind::Utf32 => {
            w.put_uint(code_point(s.value)? as u64, 32, little);
        }
    }
    Ok(())
}

/// `n` zero bytes, or `system_limit` when they cannot be had.
fn zeroed(n: usize) -> Result<Vec<u8>, CreateError> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| SystemLimit)?;
    v.resize(n, 0);
    Ok(v)
}

/// A writable sub-binary: the first `bits` bits of the hidden `orig`.
fn writable_sub(heap: &mut Heap, orig: Term, bits: usize) -> Term {
    let (t, payload) = heap.alloc_boxed(Subtag::SubBin, 4);
    payload[0] = orig.raw();
    payload[1] = 0;
    payload[2] = bits;
    payload[3] = WRITABLE;
    t
}

/// If `acc` is a writable sub-binary whose buffer nobody else holds: its
/// hidden `RefcBin`, the buffer, and the buffer's size in bytes.
fn writable(acc: Term) -> Option<(Term, *const OffHeapBin, usize)> {
    if acc.subtag() != Some(Subtag::SubBin)
        || acc.header().arity() != 4
        || acc.payload(3) != WRITABLE
        || acc.payload(1) != 0
    {
        return None;
    }
    let orig = acc.payload_term(0);
    if orig.subtag() != Some(Subtag::RefcBin) {
        return None;
    }
    let bin = orig.payload(1) as *const OffHeapBin;
    let cap = orig.payload(0);
    // SAFETY: `orig` is a live RefcBin (reachable from `acc`), so it holds a
    // count on `bin`.
    let (refc, len) = unsafe { (OffHeapBin::refc(bin), OffHeapBin::bytes(bin).len()) };
    // Pairs with the release of the last other holder's decrement (the count
    // is read relaxed), so its reads happen before our writes.
    core::sync::atomic::fence(core::sync::atomic::Ordering::Acquire);
    (refc == 1 && len == cap && acc.payload(2) <= cap.saturating_mul(8)).then_some((orig, bin, cap))
}

/// The in-place append: `rest` written right after `acc`'s bits in its own
/// buffer, when that is allowed (see the module docs).
fn append_in_place(
    heap: &mut Heap,
    acc: Term,
    total: usize,
    rest: &[Seg],
    strings: &[u8],
) -> Option<Term> {
    let (orig, bin, cap) = writable(acc)?;
    if total > cap.checked_mul(8)? {
        return None;
    }
    // A later segment reading this very buffer: copy instead (we must not
    // read bytes we hold mutably). With the count at 1, any such value is a
    // sub-binary of `orig`.
    let aliases = rest.iter().any(|s| {
        matches!(binary::base_of(s.value), Some((b, _, _))
            if b.subtag() == Some(Subtag::RefcBin) && b.payload(1) == bin as usize)
    });
    if aliases {
        return None;
    }
    {
        // SAFETY: `writable` checked the count is 1: the hidden RefcBin `orig`
        // is the only holder of `bin`, and only sub-binaries / match contexts
        // of this process refer to it, none of which is being read now (no
        // segment value aliases it, checked above). The bytes written lie
        // after every bit any term can see (`acc` is the longest writable
        // view), so no visible value changes; the vector is not resized.
        let data = unsafe { OffHeapBin::bytes_mut(bin) };
        let mut w = BitWriter::new(data.as_mut_slice(), acc.payload(2));
        for s in rest {
            write_seg(&mut w, s, strings).ok()?;
        }
    }
    // SAFETY: `writable` checked `acc` is a 4-word SubBin on this process's
    // heap; word 3 of its payload is the writable flag. Only the newest
    // sub-binary may grow the buffer.
    unsafe { *acc.ptr().add(4) = 0 };
    Some(writable_sub(heap, orig, total))
}

/// Why `create_bin` failed on `segs`, as OTP's `error_info` cause
/// `{Segment, Type, Error, Value}` (`format_bs_fail`): the first failing
/// check in `create_bin`'s order. `None` when nothing here fails (the
/// result could not be allocated).
pub fn create_fail(
    segs: &[Seg],
    strings: &[u8],
) -> Option<(u32, &'static str, &'static str, Term)> {
    let ty = |s: &Seg| match s.kind {
        BinSegKind::Integer => "integer",
        BinSegKind::Float => "float",
        BinSegKind::Utf8 => "utf8",
        BinSegKind::Utf16 => "utf16",
        BinSegKind::Utf32 => "utf32",
        BinSegKind::String => "string",
        BinSegKind::Binary | BinSegKind::Append | BinSegKind::PrivateAppend => "binary",
    };
    for s in segs {
        if explicit_bits(s).is_err() {
            return Some((s.seg, ty(s), "size", s.size));
        }
    }
    let (acc, rest) = match segs.split_first() {
        Some((a, rest)) if matches!(a.kind, BinSegKind::Append | BinSegKind::PrivateAppend) => {
            (Some(a), rest)
        }
        _ => (None, segs),
    };
    let mut total = 0usize;
    if let Some(a) = acc {
        match all_bits(a.value, a.unit) {
            Ok(b) => total = b.bit_size,
            Err(_) if bits_of(a.value).is_some() => {
                return Some((a.seg, "binary", "unit", a.value))
            }
            Err(_) => return Some((a.seg, "binary", "type", a.value)),
        }
    }
    for s in rest {
        let n = match seg_bits(s, strings) {
            Ok(n) => n,
            Err(_) => {
                let (error, value) = match s.kind {
                    BinSegKind::Float => {
                        let n = explicit_bits(s).ok().flatten().unwrap_or(0);
                        if !matches!(n, 16 | 32 | 64) {
                            ("invalid", s.size)
                        } else if s.value.is_integer() {
                            ("no_float", s.value)
                        } else {
                            ("type", s.value)
                        }
                    }
                    BinSegKind::Binary | BinSegKind::Append | BinSegKind::PrivateAppend => {
                        if bits_of(s.value).is_none() {
                            ("type", s.value)
                        } else if is_all(s.size) {
                            ("unit", s.value)
                        } else {
                            ("short", s.value)
                        }
                    }
                    _ => ("type", s.value),
                };
                return Some((s.seg, ty(s), error, value));
            }
        };
        match total.checked_add(n) {
            Some(t) => total = t,
            None => return Some((s.seg, ty(s), "size", s.size)),
        }
    }
    None
}

/// `bs_create_bin`: builds the bitstring the segments describe.
///
/// Errors as OTP 25: size operands are checked first, in order (`badarg`
/// for negative / non-integer sizes, `system_limit` for sizes beyond a small
/// or overflowing totals), then values (`badarg`: a non-integer for an
/// integer segment, a non-number or a size other than 16/32/64 for a float,
/// a non-bitstring or too short a bitstring for a binary, an `all` binary not
/// a multiple of its unit, an invalid code point). A result that cannot be
/// allocated is `system_limit` too.
pub fn create_bin(heap: &mut Heap, segs: &[Seg], strings: &[u8]) -> Result<Term, CreateError> {
    for s in segs {
        explicit_bits(s)?;
    }
    let (acc, rest) = match segs.split_first() {
        Some((a, rest)) if matches!(a.kind, BinSegKind::Append | BinSegKind::PrivateAppend) => {
            (Some(a), rest)
        }
        _ => (None, segs),
    };
    let mut total = match acc {
        Some(a) => all_bits(a.value, a.unit)?.bit_size,
        None => 0,
    };
    for s in rest {
        total = total
            .checked_add(seg_bits(s, strings)?)
            .ok_or(SystemLimit)?;
    }
    if let Some(a) = acc {
        if let Some(t) = append_in_place(heap, a.value, total, rest, strings) {
            return Ok(t);
        }
    }
    let write = |w: &mut BitWriter<'_>| -> Result<(), CreateError> {
        if let Some(a) = acc {
            w.put_slice(&all_bits(a.value, a.unit)?);
        }
        for s in rest {
            write_seg(w, s, strings)?;
        }
        Ok(())
    };
    let nbytes = total.div_ceil(8);
    let bin = if nbytes <= HEAP_BIN_LIMIT {
        let (bin, buf) = heap.heap_binary_uninit(nbytes);
        buf.fill(0);
        write(&mut BitWriter::new(buf, 0))?;
        bin
    } else if acc.is_some() {
        // Leave room so the next append to the result is in place.
        let cap = nbytes.saturating_mul(2).max(MIN_APPEND_CAPACITY);
        let mut data = zeroed(cap).or_else(|_| zeroed(nbytes))?;
        write(&mut BitWriter::new(&mut data, 0))?;
        let orig = heap.refc_binary(data);
        return Ok(writable_sub(heap, orig, total));
    } else {
        let mut data = zeroed(nbytes)?;
        write(&mut BitWriter::new(&mut data, 0))?;
        heap.refc_binary(data)
    };
    Ok(if total % 8 == 0 {
        bin
    } else {
        heap.sub_binary(bin, 0, total)
    })
}

#[cfg(test)]
mod tests;
