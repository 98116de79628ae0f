//! BIFs: conversions between terms and text, bytes and the external format,
//! and the hashes and checksums of `erlang`.
//!
//! - atoms: `atom_to_list/1`, `atom_to_binary/1,2`, `binary_to_atom/1,2`,
//!   `binary_to_existing_atom/1,2`, `list_to_atom/1`, `list_to_existing_atom/1`;
//! - numbers: `integer_to_list/1,2`, `integer_to_binary/1,2`,
//!   `list_to_integer/1,2`, `binary_to_integer/1,2`, `float_to_list/1,2`,
//!   `float_to_binary/1,2`, `list_to_float/1`, `binary_to_float/1` (the text
//!   rules live in [`crate::num`]);
//! - bytes: `list_to_binary/1`, `binary_to_list/1,3`, `bitstring_to_list/1`,
//!   `list_to_bitstring/1`, `iolist_to_binary/1`, `iolist_size/1`
//!   (iterative walk: [`iolist`]);
//! - external format: `term_to_binary/1,2`, `term_to_iovec/1,2`,
//!   `binary_to_term/1,2`, `external_size/1,2`;
//! - hashes: `phash/2` ([`phash`]), `phash2/1,2`, `crc32/1,2`,
//!   `crc32_combine/3`, `adler32/1,2`, `adler32_combine/3`, `md5/1`,
//!   `md5_init/0`, `md5_update/2`, `md5_final/1` ([`digest`]).
//!
//! Atom names are stored as UTF-8; OTP's limit of 255 characters is
//! `system_limit` where OTP raises it (`list_to_atom`, `binary_to_atom`) and
//! `badarg` for the `*_existing_atom` lookups.

pub mod digest;
pub mod iolist;
pub mod phash;
#[cfg(test)]
pub(crate) mod testkit;

use super::{badarg, system_limit, BifResult, Ctx};
use crate::atom::{am, Atom, MAX_ATOM_CHARS};
use crate::code::CodeServer;
use crate::etf;
use crate::heap::{Heap, HEAP_BIN_LIMIT};
use crate::num::{float_text, int_text};
use crate::term::{binary, integer, Term};
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

pub fn register(c: &mut CodeServer) {
    c.register_bif("erlang", "atom_to_list", 1, atom_to_list);
    c.register_bif("erlang", "atom_to_binary", 1, atom_to_binary_1);
    c.register_bif("erlang", "atom_to_binary", 2, atom_to_binary_2);
    c.register_bif("erlang", "binary_to_atom", 1, binary_to_atom_1);
    c.register_bif("erlang", "binary_to_atom", 2, binary_to_atom_2);
    c.register_bif(
        "erlang",
        "binary_to_existing_atom",
        1,
        binary_to_existing_atom_1,
    );
    c.register_bif(
        "erlang",
        "binary_to_existing_atom",
        2,
        binary_to_existing_atom_2,
    );
    c.register_bif("erlang", "list_to_atom", 1, list_to_atom);
    c.register_bif("erlang", "list_to_existing_atom", 1, list_to_existing_atom);
    c.register_bif("erlang", "integer_to_list", 1, integer_to_list_1);
    c.register_bif("erlang", "integer_to_list", 2, integer_to_list_2);
    c.register_bif("erlang", "integer_to_binary", 1, integer_to_binary_1);
    c.register_bif("erlang", "integer_to_binary", 2, integer_to_binary_2);
    c.register_bif("erlang", "list_to_integer", 1, list_to_integer_1);
    c.register_bif("erlang", "list_to_integer", 2, list_to_integer_2);
    c.register_bif("erlang", "binary_to_integer", 1, binary_to_integer_1);
    c.register_bif("erlang", "binary_to_integer", 2, binary_to_integer_2);
    c.register_bif("erlang", "float_to_list", 1, float_to_list_1);
    c.register_bif("erlang", "float_to_list", 2, float_to_list_2);
    c.register_bif("erlang", "float_to_binary", 1, float_to_binary_1);
    c.register_bif("erlang", "float_to_binary", 2, float_to_binary_2);
    c.register_bif("erlang", "list_to_float", 1, list_to_float);
    c.register_bif("erlang", "binary_to_float", 1, binary_to_float);
    c.register_bif("erlang", "list_to_binary", 1, list_to_binary);
    c.register_bif("erlang", "binary_to_list", 1, binary_to_list_1);
    c.register_bif("erlang", "binary_to_list", 3, binary_to_list_3);
    c.register_bif("erlang", "bitstring_to_list", 1, bitstring_to_list);
    c.register_bif("erlang", "list_to_bitstring", 1, list_to_bitstring);
    c.register_bif("erlang", "iolist_to_binary", 1, iolist_to_binary);
    c.register_bif("erlang", "iolist_size", 1, iolist_size);
    c.register_bif("erlang", "term_to_binary", 1, term_to_binary_1);
    c.register_bif("erlang", "term_to_binary", 2, term_to_binary_2);
    c.register_bif("erlang", "term_to_iovec", 1, term_to_iovec_1);
    c.register_bif("erlang", "term_to_iovec", 2, term_to_iovec_2);
    c.register_bif("erlang", "binary_to_term", 1, binary_to_term_1);
    c.register_bif("erlang", "binary_to_term", 2, binary_to_term_2);
    c.register_bif("erlang", "external_size", 1, external_size_1);
    c.register_bif("erlang", "external_size", 2, external_size_2);
    c.register_bif("erlang", "phash", 2, phash_2);
    c.register_bif("erlang", "phash2", 1, phash2_1);
    c.register_bif("erlang", "phash2", 2, phash2_2);
    c.register_bif("erlang", "crc32", 1, crc32_1);
    c.register_bif("erlang", "crc32", 2, crc32_2);
    c.register_bif("erlang", "crc32_combine", 3, crc32_combine);
    c.register_bif("erlang", "adler32", 1, adler32_1);
    c.register_bif("erlang", "adler32", 2, adler32_2);
    c.register_bif("erlang", "adler32_combine", 3, adler32_combine);
    c.register_bif("erlang", "md5", 1, md5);
    c.register_bif("erlang", "md5_init", 0, md5_init);
    c.register_bif("erlang", "md5_update", 2, md5_update);
    c.register_bif("erlang", "md5_final", 1, md5_final);
}

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

/// The bytes of a binary (whole bytes; unaligned sub-binaries are copied).
pub fn binary_bytes<'a>(t: Term) -> Option<Cow<'a, [u8]>> {
    let b = binary::bitstring(t)?;
    if !b.is_binary() {
        return None;
    }
    Some(match b.as_bytes() {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(b.to_vec()),
    })
}

/// A binary term owning `v` (off-heap when large, without copying).
pub fn make_binary(heap: &mut Heap, v: Vec<u8>) -> Term {
    if v.len() > HEAP_BIN_LIMIT {
        heap.refc_binary(v)
    } else {
        heap.binary(&v)
    }
}

/// A string (list of bytes) as a `Vec<u8>`: every element a small integer
/// in 0..=255, the list proper.
pub fn byte_list(mut l: Term) -> Option<Vec<u8>> {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        match h.as_small() {
            Some(b) if (0..=255).contains(&b) => v.push(b as u8),
            _ => return None,
        }
        l = t;
    }
    if l.is_nil() {
        Some(v)
    } else {
        None
    }
}

/// Text for a list of characters as erts' `list_to_integer` reads it: any
/// small integer element counts as its low 8 bits (so `[$1, 16#131]` reads
/// as `"11"`, as in OTP 25); anything else, or an improper list, is `None`.
fn int_text_list(mut l: Term) -> Option<Vec<u8>> {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        v.push(h.as_small()? as u8);
        l = t;
    }
    if l.is_nil() {
        Some(v)
    } else {
        None
    }
}

/// A list of code points.
fn chars_list(heap: &mut Heap, s: &str) -> Term {
    heap.str_list(s)
}

/// The text of a string as a list term of its bytes.
fn text_list(heap: &mut Heap, s: &str) -> Term {
    heap.byte_list(s.as_bytes())
}

/// The name of an atom as a `str` (names are UTF-8).
fn atom_str(a: Atom) -> Cow<'static, str> {
    let name = a.name();
    match core::str::from_utf8(name) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(name.iter().map(|&b| b as char).collect()),
    }
}

// ---------------------------------------------------------------------------
// Atoms
// ---------------------------------------------------------------------------

fn atom_to_list(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(at) = a[0].as_atom() else {
        return badarg();
    };
    let s = atom_str(at);
    Ok(chars_list(&mut ctx.p.heap, &s))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Latin1,
    Utf8,
}

fn encoding(t: Term) -> Option<Encoding> {
    match t.as_atom()? {
        am::LATIN1 => Some(Encoding::Latin1),
        am::UTF8 | am::UNICODE => Some(Encoding::Utf8),
        _ => None,
    }
}

fn atom_to_binary(heap: &mut Heap, t: Term, enc: Term) -> BifResult {
    let (Some(at), Some(enc)) = (t.as_atom(), encoding(enc)) else {
        return badarg();
    };
    let name = at.name();
    match enc {
        Encoding::Utf8 => Ok(heap.binary(name)),
        Encoding::Latin1 => {
            let s = atom_str(at);
            let mut out = Vec::with_capacity(s.len());
            for c in s.chars() {
                if (c as u32) > 255 {
                    return badarg();
                }
                out.push(c as u32 as u8);
            }
            Ok(heap.binary(&out))
        }
    }
}

fn atom_to_binary_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    atom_to_binary(&mut ctx.p.heap, a[0], Term::atom(am::UTF8))
}

fn atom_to_binary_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    atom_to_binary(&mut ctx.p.heap, a[0], a[1])
}

/// Longest atom text in bytes OTP looks at (`MAX_ATOM_SZ_LIMIT`).
const MAX_ATOM_BYTES: usize = 4 * MAX_ATOM_CHARS;

/// Why a name cannot be an atom.
enum NameError {
    Badarg,
    TooLong,
}

/// The UTF-8 atom name for binary text in `enc`, checked as erts does:
/// over-long input is `TooLong`, then invalid UTF-8 is `Badarg`, then more
/// than 255 characters is `TooLong`.
fn atom_name(bytes: &[u8], enc: Encoding) -> Result<Cow<'_, [u8]>, NameError> {
    if bytes.len() > MAX_ATOM_BYTES {
        return Err(NameError::TooLong);
    }
    match enc {
        Encoding::Latin1 => {
            if bytes.len() > MAX_ATOM_CHARS {
                return Err(NameError::TooLong);
            }
            if bytes.is_ascii() {
                return Ok(Cow::Borrowed(bytes));
            }
            let s: String = bytes.iter().map(|&b| b as char).collect();
            Ok(Cow::Owned(s.into_bytes()))
        }
        Encoding::Utf8 => {
            let s = core::str::from_utf8(bytes).map_err(|_| NameError::Badarg)?;
            if s.chars().count() > MAX_ATOM_CHARS {
                return Err(NameError::TooLong);
            }
            Ok(Cow::Borrowed(bytes))
        }
    }
}

fn binary_to_atom(t: Term, enc: Term, existing: bool) -> BifResult {
    let (Some(bytes), Some(enc)) = (binary_bytes(t), encoding(enc)) else {
        return badarg();
    };
    let name = match atom_name(&bytes, enc) {
        Ok(n) => n,
        Err(NameError::TooLong) if !existing => return system_limit(),
        Err(_) => return badarg(),
    };
    if existing {
        return match Atom::existing(&name) {
            Some(at) => Ok(Term::atom(at)),
            None => badarg(),
        };
    }
    match Atom::intern(&name) {
        Ok(at) => Ok(Term::atom(at)),
        Err(_) => system_limit(),
    }
}

fn binary_to_atom_1(_: &mut Ctx, a: &[Term]) -> BifResult {
    binary_to_atom(a[0], Term::atom(am::UTF8), false)
}

fn binary_to_atom_2(_: &mut Ctx, a: &[Term]) -> BifResult {
    binary_to_atom(a[0], a[1], false)
}

fn binary_to_existing_atom_1(_: &mut Ctx, a: &[Term]) -> BifResult {
    binary_to_atom(a[0], Term::atom(am::UTF8), true)
}

fn binary_to_existing_atom_2(_: &mut Ctx, a: &[Term]) -> BifResult {
    binary_to_atom(a[0], a[1], true)
}

/// erts' `erts_unicode_list_to_buf` with a 255-character limit: the UTF-8
/// name of a list of code points. A 256th element is `TooLong` whatever
/// follows; a bad element or an improper tail before that is `Badarg`.
fn unicode_list_name(mut l: Term) -> Result<String, NameError> {
    let mut s = String::new();
    let mut n = 0usize;
    while let Some((h, t)) = l.as_cons() {
        if n == MAX_ATOM_CHARS {
            return Err(NameError::TooLong);
        }
        let c = h
            .as_small()
            .and_then(|i| u32::try_from(i).ok())
            .and_then(char::from_u32)
            .ok_or(NameError::Badarg)?;
        s.push(c);
        n += 1;
        l = t;
    }
    if l.is_nil() {
        Ok(s)
    } else {
        Err(NameError::Badarg)
    }
}

fn list_to_atom(_: &mut Ctx, a: &[Term]) -> BifResult {
    match unicode_list_name(a[0]) {
        Ok(s) => match Atom::intern(s.as_bytes()) {
            Ok(at) => Ok(Term::atom(at)),
            Err(_) => system_limit(),
        },
        Err(NameError::TooLong) => system_limit(),
        Err(NameError::Badarg) => badarg(),
    }
}

fn list_to_existing_atom(_: &mut Ctx, a: &[Term]) -> BifResult {
    match unicode_list_name(a[0]) {
        Ok(s) => match Atom::existing(s.as_bytes()) {
            Some(at) => Ok(Term::atom(at)),
            None => badarg(),
        },
        Err(_) => badarg(),
    }
}

// ---------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------

/// A base argument: a small integer in 2..=36.
fn base(t: Term) -> Option<u32> {
    match t.as_small() {
        Some(b) if (int_text::MIN_BASE as isize..=int_text::MAX_BASE as isize).contains(&b) => {
            Some(b as u32)
        }
        _ => None,
    }
}

/// The text of an integer term in `base`.
fn int_to_text(t: Term, base: u32) -> Option<String> {
    if let Some(i) = t.as_small() {
        return int_text::i64_to_text(i as i64, base).ok();
    }
    let b = integer::to_bigint(t)?;
    int_text::bigint_to_text(&b, base).ok()
}

fn integer_to_list(heap: &mut Heap, t: Term, base: Term) -> BifResult {
    let Some(base) = self::base(base) else {
        return badarg();
    };
    match int_to_text(t, base) {
        Some(s) => Ok(text_list(heap, &s)),
        None => badarg(),
    }
}

fn integer_to_binary(heap: &mut Heap, t: Term, base: Term) -> BifResult {
    let Some(base) = self::base(base) else {
        return badarg();
    };
    match int_to_text(t, base) {
        Some(s) => Ok(make_binary(heap, s.into_bytes())),
        None => badarg(),
    }
}

fn integer_to_list_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    integer_to_list(&mut ctx.p.heap, a[0], Term::small(10))
}

fn integer_to_list_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    integer_to_list(&mut ctx.p.heap, a[0], a[1])
}

fn integer_to_binary_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    integer_to_binary(&mut ctx.p.heap, a[0], Term::small(10))
}

fn integer_to_binary_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    integer_to_binary(&mut ctx.p.heap, a[0], a[1])
}

/// Whether valid integer text certainly denotes a value beyond
/// [`MAX_BIG_BITS`](super::arith::MAX_BIG_BITS), judged from its number of
/// significant digits (so that it is refused without a quadratic parse).
/// Invalid text is `false`: the parser refuses it with `badarg`.
fn text_too_big(text: &[u8], base: u32) -> bool {
    // Fewer digits than bits can never exceed the limit: skip the scan.
    if (text.len() as u64) < super::arith::MAX_BIG_BITS / 6 {
        return false;
    }
    let digits = match text.first() {
        Some(b'-' | b'+') => &text[1..],
        _ => text,
    };
    if !digits.iter().all(|&c| (c as char).is_digit(base)) {
        return false;
    }
    let significant = digits.iter().skip_while(|&&c| c == b'0').count();
    // The value is at least base^(significant - 1).
    let min_bits = significant.saturating_sub(1) as f64 * libm::log2(base as f64);
    min_bits > super::arith::MAX_BIG_BITS as f64 + 1.0
}

/// Parses integer text; `system_limit` for values OTP cannot hold.
fn parse_int(heap: &mut Heap, text: &[u8], base: Term) -> BifResult {
    let Some(base) = self::base(base) else {
        return badarg();
    };
    if text_too_big(text, base) {
        return system_limit();
    }
    match int_text::parse_integer(text, base) {
        Ok(int_text::ParsedInt::Small(i)) => Ok(heap.int(i)),
        Ok(int_text::ParsedInt::Big(b)) => super::arith::make_int(heap, &b),
        Err(_) => badarg(),
    }
}

fn list_to_integer(heap: &mut Heap, l: Term, base: Term) -> BifResult {
    match int_text_list(l) {
        Some(text) => parse_int(heap, &text, base),
        None => badarg(),
    }
}

fn binary_to_integer(heap: &mut Heap, b: Term, base: Term) -> BifResult {
    match binary_bytes(b) {
        Some(text) => parse_int(heap, &text, base),
        None => badarg(),
    }
}

fn list_to_integer_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    list_to_integer(&mut ctx.p.heap, a[0], Term::small(10))
}

fn list_to_integer_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    list_to_integer(&mut ctx.p.heap, a[0], a[1])
}

fn binary_to_integer_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    binary_to_integer(&mut ctx.p.heap, a[0], Term::small(10))
}

fn binary_to_integer_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    binary_to_integer(&mut ctx.p.heap, a[0], a[1])
}

// ---------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------

/// The option list of `float_to_list/2`: `compact`, `short`,
/// `{decimals, I}`, `{scientific, I}` with `I` a small integer.
fn float_options(mut l: Term) -> Option<Vec<float_text::FloatOption>> {
    use float_text::FloatOption;
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        let opt = match h.as_atom() {
            Some(am::COMPACT) => FloatOption::Compact,
            Some(am::SHORT) => FloatOption::Short,
            Some(_) => return None,
            None => match h.as_tuple()? {
                &[tag, n] => {
                    let n = n.as_small()? as i64;
                    match tag.as_atom()? {
                        am::DECIMALS => FloatOption::Decimals(n),
                        am::SCIENTIFIC => FloatOption::Scientific(n),
                        _ => return None,
                    }
                }
                _ => return None,
            },
        };
        v.push(opt);
        l = t;
    }
    if l.is_nil() {
        Some(v)
    } else {
        None
    }
}

fn float_text_of(f: Term, opts: Option<Term>) -> Option<String> {
    let f = f.as_float()?;
    match opts {
        None => Some(float_text::float_to_text_default(f)),
        Some(o) => float_text::float_to_text(f, &float_options(o)?).ok(),
    }
}

fn float_to_list_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match float_text_of(a[0], None) {
        Some(s) => Ok(text_list(&mut ctx.p.heap, &s)),
        None => badarg(),
    }
}

fn float_to_list_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match float_text_of(a[0], Some(a[1])) {
        Some(s) => Ok(text_list(&mut ctx.p.heap, &s)),
        None => badarg(),
    }
}

fn float_to_binary_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match float_text_of(a[0], None) {
        Some(s) => Ok(make_binary(&mut ctx.p.heap, s.into_bytes())),
        None => badarg(),
    }
}

fn float_to_binary_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match float_text_of(a[0], Some(a[1])) {
        Some(s) => Ok(make_binary(&mut ctx.p.heap, s.into_bytes())),
        None => badarg(),
    }
}

fn parse_float(heap: &mut Heap, text: &[u8]) -> BifResult {
    match float_text::parse(text) {
        Ok(f) => Ok(heap.float(f)),
        Err(_) => badarg(),
    }
}

fn list_to_float(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match byte_list(a[0]) {
        Some(text) => parse_float(&mut ctx.p.heap, &text),
        None => badarg(),
    }
}

fn binary_to_float(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match binary_bytes(a[0]) {
        Some(text) => parse_float(&mut ctx.p.heap, &text),
        None => badarg(),
    }
}

// ---------------------------------------------------------------------------
// Lists, binaries and iolists
// ---------------------------------------------------------------------------

/// `list_to_binary/1`: an iolist that is a list (not a binary).
fn list_to_binary(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_list() && !a[0].is_nil() {
        return badarg();
    }
    match iolist::to_bytes(a[0], false) {
        Ok(v) => Ok(make_binary(&mut ctx.p.heap, v)),
        Err(_) => badarg(),
    }
}

/// `iolist_to_binary/1`: a binary is returned as it is.
fn iolist_to_binary(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if binary::is_binary(a[0]) {
        return Ok(a[0]);
    }
    match iolist::to_bytes(a[0], false) {
        Ok(v) => Ok(make_binary(&mut ctx.p.heap, v)),
        Err(_) => badarg(),
    }
}

fn iolist_size(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match iolist::size(a[0]) {
        Ok(n) => Ok(ctx.p.heap.uint(n as u64)),
        Err(_) => badarg(),
    }
}

/// `list_to_bitstring/1`: like `list_to_binary/1` with bitstrings of any
/// length anywhere a binary may be.
fn list_to_bitstring(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let mut buf = iolist::BitBuf::default();
    if iolist::walk(a[0], true, |p| buf.push(p)).is_err() {
        return badarg();
    }
    let heap = &mut ctx.p.heap;
    let rest = buf.bits % 8;
    let bin = make_binary(heap, buf.bytes);
    if rest == 0 {
        return Ok(bin);
    }
    match super::types::sub_bits(heap, bin, 0, buf.bits) {
        Some(t) => Ok(t),
        None => badarg(),
    }
}

fn binary_to_list_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match binary_bytes(a[0]) {
        Some(b) => Ok(ctx.p.heap.byte_list(&b)),
        None => badarg(),
    }
}

/// `binary_to_list(Bin, Start, Stop)`: 1-based, `Start =< Stop`, both
/// within the whole bytes of `Bin` (a bitstring is fine).
fn binary_to_list_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(b) = binary::bitstring(a[0]) else {
        return badarg();
    };
    let size = b.bit_size / 8;
    let (Some(start), Some(stop)) = (a[1].as_small(), a[2].as_small()) else {
        return badarg();
    };
    if start < 1 || stop < start || stop as usize > size {
        return badarg();
    }
    let bytes: Vec<u8> = ((start as usize - 1)..stop as usize)
        .map(|i| b.byte(i))
        .collect();
    Ok(ctx.p.heap.byte_list(&bytes))
}

/// `bitstring_to_list/1`: the whole bytes, then the trailing bits (if any)
/// as a bitstring in the final cell.
fn bitstring_to_list(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(b) = binary::bitstring(a[0]) else {
        return badarg();
    };
    let whole = b.bit_size / 8;
    let rest = b.bit_size % 8;
    let bytes: Vec<u8> = (0..whole).map(|i| b.byte(i)).collect();
    let heap = &mut ctx.p.heap;
    let tail = if rest == 0 {
        Term::NIL
    } else {
        let Some(bits) = super::types::sub_bits(heap, a[0], whole * 8, rest) else {
            return badarg();
        };
        heap.cons(bits, Term::NIL)
    };
    let elems: Vec<Term> = bytes.iter().map(|&x| Term::small(x as isize)).collect();
    Ok(heap.list_with_tail(&elems, tail))
}

// ---------------------------------------------------------------------------
// External term format
// ---------------------------------------------------------------------------

fn encode(heap: &mut Heap, t: Term, opts: etf::EncodeOpts) -> BifResult {
    match etf::encode(t, opts) {
        Ok(v) => Ok(make_binary(heap, v)),
        Err(etf::EncodeError::TooLarge) => system_limit(),
        Err(_) => badarg(),
    }
}

fn term_to_binary_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    encode(&mut ctx.p.heap, a[0], etf::EncodeOpts::default())
}

/// The options of `term_to_binary/2` as erts 13 (OTP 25) reads them:
/// `compressed`, `{compressed, 0..9}`, `{minor_version, 0..2}`,
/// `deterministic`; anything else, or an improper list, is `badarg`.
fn encode_options(mut l: Term) -> Option<etf::EncodeOpts> {
    let mut o = etf::EncodeOpts::default();
    while let Some((h, t)) = l.as_cons() {
        match h.as_atom() {
            Some(am::COMPRESSED) => o.compressed = Some(6),
            Some(am::DETERMINISTIC) => o.deterministic = true,
            Some(_) => return None,
            None => match h.as_tuple()? {
                &[tag, n] => {
                    let n = n.as_small()?;
                    match tag.as_atom()? {
                        am::MINOR_VERSION if (0..=2).contains(&n) => {
                            o.minor_version = n as u8;
                        }
                        am::COMPRESSED if (0..=9).contains(&n) => o.compressed = Some(n as u8),
                        _ => return None,
                    }
                }
                _ => return None,
            },
        }
        l = t;
    }
    if l.is_nil() {
        Some(o)
    } else {
        None
    }
}

fn term_to_binary_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match encode_options(a[1]) {
        Some(o) => encode(&mut ctx.p.heap, a[0], o),
        None => badarg(),
    }
}

/// `term_to_iovec/1,2`: the `term_to_binary` bytes as a one-binary list
/// (OTP also splits large binaries out into their own elements; the bytes
/// are the same).
fn iovec(heap: &mut Heap, r: BifResult) -> BifResult {
    let b = r?;
    Ok(heap.cons(b, Term::NIL))
}

fn term_to_iovec_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let r = term_to_binary_1(ctx, a);
    iovec(&mut ctx.p.heap, r)
}

fn term_to_iovec_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let r = term_to_binary_2(ctx, a);
    iovec(&mut ctx.p.heap, r)
}

fn decode(ctx: &mut Ctx, bin: Term, opts: Term) -> BifResult {
    let Ctx { vm, p } = ctx;
    let heap = &mut p.heap;
    let mut safe = false;
    let mut used = false;
    let mut l = opts;
    while let Some((h, t)) = l.as_cons() {
        match h.as_atom() {
            Some(am::SAFE) => safe = true,
            Some(am::USED) => used = true,
            _ => return crate::bif::badarg_cause("badopt"),
        }
        l = t;
    }
    if !l.is_nil() {
        return crate::bif::badarg_cause("badopt");
    }
    let Some(bytes) = binary_bytes(bin) else {
        return badarg();
    };
    let mut exports = |m, f, a| Some(vm.code.export(m, f, a) as usize);
    match etf::decode_with(heap, &bytes, etf::DecodeOpts { safe }, &mut exports) {
        Ok((t, n)) => {
            if used {
                let n = heap.uint(n as u64);
                Ok(heap.tuple(&[t, n]))
            } else {
                Ok(t)
            }
        }
        Err(etf::DecodeError::AtomLimit) => system_limit(),
        Err(_) => badarg(),
    }
}

fn binary_to_term_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    decode(ctx, a[0], Term::NIL)
}

fn binary_to_term_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    decode(ctx, a[0], a[1])
}

fn external_size(heap: &mut Heap, t: Term, opts: etf::EncodeOpts) -> BifResult {
    match etf::encode(t, opts) {
        Ok(v) => Ok(heap.uint(v.len() as u64)),
        Err(etf::EncodeError::TooLarge) => system_limit(),
        Err(_) => badarg(),
    }
}

fn external_size_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    external_size(&mut ctx.p.heap, a[0], etf::EncodeOpts::default())
}

/// `external_size(T, Opts)`: only `{minor_version, 0 | 1}` is accepted.
fn external_size_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let mut o = etf::EncodeOpts::default();
    let mut l = a[1];
    while let Some((h, t)) = l.as_cons() {
        match h.as_tuple() {
            Some(&[tag, n]) if tag == Term::atom(am::MINOR_VERSION) => match n.as_small() {
                Some(v @ (0 | 1)) => o.minor_version = v as u8,
                _ => return badarg(),
            },
            _ => return badarg(),
        }
        l = t;
    }
    if !l.is_nil() {
        return badarg();
    }
    external_size(&mut ctx.p.heap, a[0], o)
}

// ---------------------------------------------------------------------------
// Hashes and checksums
// ---------------------------------------------------------------------------

/// A hash range: an integer in `1..=2^32`.
fn hash_range(t: Term) -> Option<u64> {
    let r = integer::to_i64(t)?;
    if (1..=1i64 << 32).contains(&r) {
        Some(r as u64)
    } else {
        None
    }
}

/// `phash(Term, Range)`: `1..=Range`.
fn phash_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(range) = hash_range(a[1]) else {
        return badarg();
    };
    let h = phash::make_hash(a[0]) as u64;
    Ok(ctx.p.heap.uint(h % range + 1))
}

fn phash2_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let h = crate::term::hash::phash2(a[0]);
    Ok(ctx.p.heap.uint(h as u64))
}

/// `phash2(Term, Range)`: `0..Range`.
fn phash2_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(range) = hash_range(a[1]) else {
        return badarg();
    };
    let h = if range == 1 << 32 {
        crate::term::hash::hash2(a[0])
    } else {
        crate::term::hash::phash2_range(a[0], range as u32)
    };
    Ok(ctx.p.heap.uint(h as u64))
}

/// An integer argument in `0..=u32::MAX`.
fn u32_arg(t: Term) -> Option<u32> {
    u32::try_from(integer::to_i64(t)?).ok()
}

/// The bytes of iodata: a binary or an iolist.
fn iodata(t: Term) -> Option<Cow<'static, [u8]>> {
    if let Some(b) = binary_bytes(t) {
        return Some(b);
    }
    iolist::to_bytes(t, false).ok().map(Cow::Owned)
}

fn checksum(
    ctx: &mut Ctx,
    init: Option<Term>,
    data: Term,
    f: fn(u32, &[u8]) -> u32,
    start: u32,
) -> BifResult {
    let seed = match init {
        Some(t) => match u32_arg(t) {
            Some(s) => s,
            None => return badarg(),
        },
        None => start,
    };
    let Some(bytes) = iodata(data) else {
        return badarg();
    };
    Ok(ctx.p.heap.uint(f(seed, &bytes) as u64))
}

fn crc32_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    checksum(ctx, None, a[0], digest::crc32, 0)
}

fn crc32_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    checksum(ctx, Some(a[0]), a[1], digest::crc32, 0)
}

fn adler32_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    checksum(ctx, None, a[0], digest::adler32, 1)
}

fn adler32_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    checksum(ctx, Some(a[0]), a[1], digest::adler32, 1)
}

fn combine(ctx: &mut Ctx, a: &[Term], f: fn(u32, u32, u64) -> u32) -> BifResult {
    let (Some(x), Some(y), Some(n)) = (u32_arg(a[0]), u32_arg(a[1]), u32_arg(a[2])) else {
        return badarg();
    };
    Ok(ctx.p.heap.uint(f(x, y, n as u64) as u64))
}

fn crc32_combine(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    combine(ctx, a, digest::crc32_combine)
}

/// As erts: a zero length gives the first checksum (zlib would not).
fn adler32_combine(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    combine(ctx, a, |x, y, n| {
        if n == 0 {
            x
        } else {
            digest::adler32_combine(x, y, n)
        }
    })
}

fn md5(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match iodata(a[0]) {
        Some(b) => Ok(ctx.p.heap.binary(&digest::md5(&b))),
        None => badarg(),
    }
}

fn md5_init(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(ctx.p.heap.binary(&digest::Md5::new().to_bytes()))
}

fn md5_context(t: Term) -> Option<digest::Md5> {
    digest::Md5::from_bytes(&binary_bytes(t)?)
}

fn md5_update(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let (Some(mut m), Some(data)) = (md5_context(a[0]), iodata(a[1])) else {
        return badarg();
    };
    m.update(&data);
    Ok(make_binary(&mut ctx.p.heap, m.to_bytes().to_vec()))
}

fn md5_final(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match md5_context(a[0]) {
        Some(m) => Ok(ctx.p.heap.binary(&m.finish())),
        None => badarg(),
    }
}

#[cfg(test)]
mod tests;
