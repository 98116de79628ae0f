//! BIFs: the natively implemented part of `unicode`.
//!
//! OTP 25 implements `unicode:characters_to_binary/2`,
//! `characters_to_list/2` and `bin_is_7bit/1` in C (`erl_unicode.c`); the
//! rest of the module, including `characters_to_binary/1,3` and
//! `characters_to_list/1`, is Erlang code in `unicode.beam`.
//!
//! The two conversion BIFs handle the input encodings `latin1`, `unicode`
//! and `utf8` themselves; for any other encoding (UTF-16/32, or a bad one)
//! they trap to `unicode:characters_to_binary_int/2` /
//! `characters_to_list_int/2` in `unicode.beam`, exactly as OTP does.
//!
//! This is a port of OTP's algorithm, results included: invalid data gives
//! `{error, Converted, Rest}`, a truncated UTF-8 sequence at the very end
//! `{incomplete, Converted, Rest}`, where `Rest` is rebuilt around the
//! failing element the way OTP rebuilds it (the unconverted part of a
//! binary, the pending bytes of a character split across binaries, and the
//! enclosing list tails). Malformed structure (atoms, bignums, bitstrings,
//! bad tails) is `badarg`. Nested lists are walked with an explicit stack.

use super::binary::{bin_bytes, new_binary, slice_of};
use super::{badarg, BifResult, Ctx, Exc};
use crate::atom::{am, Atom};
use crate::code::CodeServer;
use crate::heap::Heap;
use crate::term::{binary, Term};
use alloc::vec::Vec;

pub fn register(c: &mut CodeServer) {
    c.register_bif(
        "unicode",
        "characters_to_binary",
        2,
        bif_characters_to_binary_2,
    );
    c.register_bif("unicode", "characters_to_list", 2, bif_characters_to_list_2);
    c.register_bif("unicode", "bin_is_7bit", 1, bif_bin_is_7bit_1);
}

/// The input encoding: `Some(true)` for latin1, `Some(false)` for
/// unicode/utf8, `None` for anything else (handled in Erlang).
fn native_encoding(enc: Term) -> Option<bool> {
    match enc.as_atom()? {
        am::LATIN1 => Some(true),
        am::UNICODE | am::UTF8 => Some(false),
        _ => None,
    }
}

/// Continue in `unicode:Name/2` with the BIF's own arguments (still in x0
/// and x1).
fn trap(ctx: &mut Ctx, name: &str) -> Exc {
    let export = ctx
        .vm
        .code
        .export(Atom::from_str("unicode"), Atom::from_str(name), 2);
    Exc::Trap { export, arity: 2 }
}

fn bif_bin_is_7bit_1(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(bin_bytes(args[0]).is_some_and(|b| b.is_ascii())))
}

fn bif_characters_to_binary_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match native_encoding(args[1]) {
        Some(latin1) => characters_to_binary(&mut ctx.p.heap, args[0], latin1),
        None => Err(trap(ctx, "characters_to_binary_int")),
    }
}

fn bif_characters_to_list_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match native_encoding(args[1]) {
        Some(latin1) => characters_to_list(&mut ctx.p.heap, args[0], latin1),
        None => Err(trap(ctx, "characters_to_list_int")),
    }
}

// ---- UTF-8 byte rules (OTP's copy_utf8_bin / analyze_utf8) ----

#[inline]
fn is_cont(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Length of the sequence a lead byte starts (`None` for a continuation
/// byte or 0xF8..).
#[inline]
fn utf8_len(first: u8) -> Option<usize> {
    if first & 0x80 == 0 {
        Some(1)
    } else if first & 0xE0 == 0xC0 {
        Some(2)
    } else if first & 0xF0 == 0xE0 {
        Some(3)
    } else if first & 0xF8 == 0xF0 {
        Some(4)
    } else {
        None
    }
}

/// Whether the complete sequence `s` (of its lead byte's length) is valid:
/// no overlong forms, no surrogates, nothing above U+10FFFF.
fn valid_seq(s: &[u8]) -> bool {
    let c = s[0];
    match s.len() {
        1 => true,
        2 => is_cont(s[1]) && c >= 0xC2,
        3 => {
            is_cont(s[1])
                && is_cont(s[2])
                && !(c == 0xE0 && s[1] < 0xA0)
                && !(c & 0xF == 0xD && s[1] & 0x20 != 0)
        }
        4 => {
            is_cont(s[1])
                && is_cont(s[2])
                && is_cont(s[3])
                && !(c == 0xF0 && s[1] < 0x90)
                && !(c & 0x7 > 4 || (c & 0x7 == 4 && s[1] & 0x3F > 0xF))
        }
        _ => false,
    }
}

/// OTP's `check_leftovers`: whether the bytes left at the end could still
/// become a character (`incomplete`) rather than being wrong (`error`).
fn could_complete(s: &[u8]) -> bool {
    let size = s.len();
    let c = s[0];
    if c & 0xE0 == 0xC0 {
        true
    } else if c & 0xF0 == 0xE0 {
        size < 2 || (size < 3 && is_cont(s[1]))
    } else if c & 0xF8 == 0xF0 {
        size < 2 || (size < 3 && is_cont(s[1])) || (size < 4 && is_cont(s[1]) && is_cont(s[2]))
    } else {
        false
    }
}

/// Outcome of scanning a UTF-8 binary (OTP's `analyze_utf8`).
#[derive(Debug, PartialEq, Eq)]
enum Scan {
    Ok,
    /// A sequence starting at the given offset runs past the end.
    Incomplete(usize),
    /// Invalid data at the given offset.
    Error(usize),
}

fn scan_utf8(b: &[u8]) -> Scan {
    let mut i = 0;
    while i < b.len() {
        let Some(n) = utf8_len(b[i]) else {
            return Scan::Error(i);
        };
        if b.len() - i < n {
            return Scan::Incomplete(i);
        }
        if !valid_seq(&b[i..i + n]) {
            return Scan::Error(i);
        }
        i += n;
    }
    Scan::Ok
}

/// Code points of valid UTF-8.
fn decode_utf8(b: &[u8]) -> Vec<u32> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as u32;
        let (cp, n) = match utf8_len(b[i]) {
            Some(1) => (c, 1),
            Some(2) => (((c & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2),
            Some(3) => (
                ((c & 0xF) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
                3,
            ),
            Some(4) => (
                ((c & 0x7) << 18)
                    | ((b[i + 1] as u32 & 0x3F) << 12)
                    | ((b[i + 2] as u32 & 0x3F) << 6)
                    | (b[i + 3] as u32 & 0x3F),
                4,
            ),
            _ => {
                i += 1;
                continue;
            }
        };
        out.push(cp);
        i += n;
    }
    out
}

fn code_point_list(heap: &mut Heap, b: &[u8]) -> Term {
    let cps = decode_utf8(b);
    let mut l = Term::NIL;
    for &c in cps.iter().rev() {
        l = heap.cons(Term::small(c as isize), l);
    }
    l
}

/// Pushes `x` as UTF-8; `false` for a surrogate or anything beyond
/// U+10FFFF (and, reading as OTP does, for negative numbers).
fn push_utf8(out: &mut Vec<u8>, x: usize) -> bool {
    if x < 0x80 {
        out.push(x as u8);
    } else if x < 0x800 {
        out.extend_from_slice(&[(x >> 6) as u8 | 0xC0, (x & 0x3F) as u8 | 0x80]);
    } else if x < 0x10000 {
        if (0xD800..=0xDFFF).contains(&x) {
            return false;
        }
        out.extend_from_slice(&[
            (x >> 12) as u8 | 0xE0,
            ((x >> 6) & 0x3F) as u8 | 0x80,
            (x & 0x3F) as u8 | 0x80,
        ]);
    } else if x < 0x110000 {
        out.extend_from_slice(&[
            (x >> 18) as u8 | 0xF0,
            ((x >> 12) & 0x3F) as u8 | 0x80,
            ((x >> 6) & 0x3F) as u8 | 0x80,
            (x & 0x3F) as u8 | 0x80,
        ]);
    } else {
        return false;
    }
    true
}

// ---- structure check (OTP's utf8_need) ----

/// UTF-8 bytes a binary contributes; `None` for a bitstring that is not
/// whole bytes or any other term.
fn bin_need(t: Term, latin1: bool) -> Option<usize> {
    let b = bin_bytes(t)?;
    Some(if latin1 {
        b.len() + b.iter().filter(|&&x| x & 0x80 != 0).count()
    } else {
        b.len()
    })
}

/// The output size (a lower bound if a bignum cuts the check short), or
/// `None` when `t` is not a well-formed character list / binary. Any small
/// integer passes here, and the check stops at the first bignum element;
/// bad values become `error` tuples during the conversion, as in OTP 25.
fn utf8_need(t: Term, latin1: bool) -> Option<usize> {
    if t.is_nil() {
        return Some(0);
    }
    if binary::bitstring(t).is_some() {
        return bin_need(t, latin1);
    }
    if !t.is_list() {
        return None;
    }
    let mut need = 0usize;
    let mut stack: Vec<Term> = alloc::vec![t];
    while let Some(mut io) = stack.pop() {
        loop {
            if let Some((h, tl)) = io.as_cons() {
                if let Some(x) = h.as_small() {
                    need += match x as usize {
                        0..=0x7F => 1,
                        0x80..=0x7FF => 2,
                        0x800..=0xFFFF => 3,
                        _ => 4,
                    };
                } else if h.is_list() {
                    stack.push(tl);
                    io = h;
                    continue;
                } else if h.is_bignum() {
                    // OTP 25 stops checking at a bignum: the conversion
                    // fails there, whatever follows.
                    return Some(need);
                } else if !h.is_nil() {
                    need += bin_need(h, latin1)?;
                }
                io = tl;
            } else if io.is_nil() {
                break;
            } else {
                need += bin_need(io, latin1)?;
                break;
            }
        }
    }
    Some(need)
}

// ---- conversion (OTP's do_build_utf8) ----

struct Builder<'h> {
    heap: &'h mut Heap,
    latin1: bool,
    out: Vec<u8>,
    /// Bytes of a character split across binaries.
    leftover: [u8; 4],
    nleft: usize,
    err: bool,
}

impl Builder<'_> {
    fn new(heap: &mut Heap, latin1: bool, capacity: usize) -> Builder<'_> {
        Builder {
            heap,
            latin1,
            out: Vec::with_capacity(capacity),
            leftover: [0; 4],
            nleft: 0,
            err: false,
        }
    }

    /// Converts a binary; on error returns the unconverted rest of it.
    fn build_bin(&mut self, t: Term) -> Term {
        let Some(bytes) = bin_bytes(t) else {
            self.err = true;
            return t;
        };
        if self.latin1 {
            for &b in bytes.iter() {
                if b < 0x80 {
                    self.out.push(b);
                } else {
                    self.out
                        .extend_from_slice(&[(b >> 6) | 0xC0, (b & 0x3F) | 0x80]);
                }
            }
            return Term::NIL;
        }
        match self.copy_utf8(&bytes) {
            Ok(()) => Term::NIL,
            Err(pos) => {
                self.err = true;
                slice_of(self.heap, t, &bytes, pos, bytes.len() - pos)
            }
        }
    }

    /// OTP's `copy_utf8_bin` with leftovers enabled: `Err(offset)` of the
    /// first invalid sequence (0 when the pending leftover cannot be
    /// completed by this binary).
    fn copy_utf8(&mut self, src: &[u8]) -> Result<(), usize> {
        let mut s = 0;
        if self.nleft > 0 {
            let need = utf8_len(self.leftover[0]).unwrap_or(1);
            let from_source = need.saturating_sub(self.nleft);
            if src.len() < from_source {
                self.leftover[self.nleft..self.nleft + src.len()].copy_from_slice(src);
                self.nleft += src.len();
                return Ok(());
            }
            let mut seq = self.leftover;
            seq[self.nleft..need].copy_from_slice(&src[..from_source]);
            if !valid_seq(&seq[..need]) {
                return Err(0);
            }
            self.out.extend_from_slice(&seq[..need]);
            self.nleft = 0;
            s = from_source;
        }
        while s < src.len() {
            let Some(n) = utf8_len(src[s]) else {
                return Err(s);
            };
            let rem = src.len() - s;
            if rem < n {
                self.leftover[..rem].copy_from_slice(&src[s..]);
                self.nleft = rem;
                break;
            }
            if !valid_seq(&src[s..s + n]) {
                return Err(s);
            }
            self.out.extend_from_slice(&src[s..s + n]);
            s += n;
        }
        Ok(())
    }

    /// One integer from a list; `false` if it is not a valid character.
    fn put_char(&mut self, x: isize) -> bool {
        let x = x as usize;
        if self.latin1 && x > 255 {
            return false;
        }
        push_utf8(&mut self.out, x)
    }

    /// Converts chardata, returning what is left unconverted on error
    /// (`[]` on success), shaped as OTP shapes it.
    fn build(&mut self, io: Term) -> Term {
        if io.is_nil() {
            return io;
        }
        if binary::bitstring(io).is_some() {
            return self.build_bin(io);
        }
        if !io.is_list() {
            self.err = true;
            return io;
        }
        let mut stack: Vec<Term> = alloc::vec![io];
        let mut ioterm = io;
        'outer: while let Some(t) = stack.pop() {
            ioterm = t;
            if ioterm.is_nil() {
                continue;
            }
            // `ioterm` is always the cell whose head is being converted.
            while let Some((obj, tl)) = ioterm.as_cons() {
                if let Some(x) = obj.as_small() {
                    if self.nleft > 0 || !self.put_char(x) {
                        self.err = true;
                        break 'outer;
                    }
                } else if obj.is_nil() {
                    // skip
                } else if obj.is_list() {
                    stack.push(tl);
                    ioterm = obj;
                    continue;
                } else if binary::bitstring(obj).is_some() {
                    let rest = self.build_bin(obj);
                    if self.err {
                        ioterm = self.heap.cons(rest, tl);
                        break 'outer;
                    }
                } else {
                    self.err = true;
                    break 'outer;
                }
                ioterm = tl;
            }
            if !ioterm.is_nil() {
                // An improper tail: only a binary is allowed.
                if binary::bitstring(ioterm).is_some() {
                    ioterm = self.build_bin(ioterm);
                    if self.err {
                        break 'outer;
                    }
                } else {
                    self.err = true;
                    break 'outer;
                }
            }
        }
        while let Some(st) = stack.pop() {
            ioterm = self.heap.cons(ioterm, st);
        }
        ioterm
    }

    /// The rest for an error result: pending leftover bytes go in front.
    fn error_rest(&mut self, rest: Term) -> Term {
        if self.nleft > 0 {
            let lb = self.heap.binary(&self.leftover[..self.nleft]);
            let r = self.heap.cons(rest, Term::NIL);
            self.heap.cons(lb, r)
        } else {
            rest
        }
    }
}

/// `Status` of a finished conversion: converted bytes, and what to report.
enum Done {
    Ok,
    Error(Term),
    Incomplete(Term),
}

/// Runs the conversion of `data` (already structure-checked) to the end.
fn convert(b: &mut Builder, data: Term) -> Done {
    let rest = b.build(data);
    if b.err {
        return Done::Error(b.error_rest(rest));
    }
    if b.nleft > 0 {
        let left = b.leftover;
        let lb = b.heap.binary(&left[..b.nleft]);
        return if could_complete(&left[..b.nleft]) {
            Done::Incomplete(lb)
        } else {
            Done::Error(lb)
        };
    }
    Done::Ok
}

fn tagged(heap: &mut Heap, tag: Atom, converted: Term, rest: Term) -> Term {
    heap.tuple(&[Term::atom(tag), converted, rest])
}

/// `unicode:characters_to_binary(Data, latin1 | unicode)`.
pub(crate) fn characters_to_binary(heap: &mut Heap, data: Term, latin1: bool) -> BifResult {
    // A list of exactly one binary is treated as that binary.
    let subject = match data.as_cons() {
        Some((h, t)) if t.is_nil() && binary::bitstring(h).is_some() => h,
        _ => data,
    };
    let Some(need) = utf8_need(subject, latin1) else {
        return badarg();
    };
    if let Some(bytes) = bin_bytes(subject) {
        let ok = if latin1 {
            need == bytes.len()
        } else {
            scan_utf8(&bytes) == Scan::Ok
        };
        if ok {
            return Ok(subject);
        }
    }
    let mut b = Builder::new(heap, latin1, need);
    let done = convert(&mut b, subject);
    let out = core::mem::take(&mut b.out);
    let bin = new_binary(heap, out);
    Ok(match done {
        Done::Ok => bin,
        Done::Error(rest) => tagged(heap, am::ERROR, bin, rest),
        Done::Incomplete(rest) => tagged(heap, am::INCOMPLETE, bin, rest),
    })
}

/// `unicode:characters_to_list(Data, latin1 | unicode)`.
pub(crate) fn characters_to_list(heap: &mut Heap, data: Term, latin1: bool) -> BifResult {
    if !latin1 {
        if let Some(bytes) = bin_bytes(data) {
            return Ok(utf8_binary_to_list(heap, data, &bytes));
        }
    }
    let Some(need) = utf8_need(data, latin1) else {
        return badarg();
    };
    let mut b = Builder::new(heap, latin1, need);
    let done = convert(&mut b, data);
    let out = core::mem::take(&mut b.out);
    let list = code_point_list(heap, &out);
    Ok(match done {
        Done::Ok => list,
        Done::Error(rest) => tagged(heap, am::ERROR, list, rest),
        Done::Incomplete(rest) => tagged(heap, am::INCOMPLETE, list, rest),
    })
}

/// A UTF-8 binary to a list: the valid prefix, and the rest as a
/// sub-binary for `error` / `incomplete`.
fn utf8_binary_to_list(heap: &mut Heap, t: Term, bytes: &[u8]) -> Term {
    let (state, upto) = match scan_utf8(bytes) {
        Scan::Ok => (None, bytes.len()),
        Scan::Incomplete(i) if could_complete(&bytes[i..]) => (Some(am::INCOMPLETE), i),
        Scan::Incomplete(i) | Scan::Error(i) => (Some(am::ERROR), i),
    };
    let list = code_point_list(heap, &bytes[..upto]);
    match state {
        None => list,
        Some(tag) => {
            let rest = slice_of(heap, t, bytes, upto, bytes.len() - upto);
            tagged(heap, tag, list, rest)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::hash::parse::term;
    use crate::term::print::to_string;

    fn c2b(s: &str, latin1: bool) -> alloc::string::String {
        let mut h = Heap::default();
        let d = term(&mut h, s);
        match characters_to_binary(&mut h, d, latin1) {
            Ok(t) => to_string(t),
            Err(_) => "badarg".into(),
        }
    }

    fn c2l(s: &str, latin1: bool) -> alloc::string::String {
        let mut h = Heap::default();
        let d = term(&mut h, s);
        match characters_to_list(&mut h, d, latin1) {
            Ok(t) => to_string(t),
            Err(_) => "badarg".into(),
        }
    }

    /// Expected values are OTP 25's, printed with `~w`.
    #[test]
    fn to_binary_like_otp() {
        let cases: &[(&str, bool, &str)] = &[
            (
                "[97,228,8364,128512]",
                false,
                "<<97,195,164,226,130,172,240,159,152,128>>",
            ),
            ("[97,228,<<228>>]", true, "<<97,195,164,195,164>>"),
            ("[97,256,98]", true, "{error,<<97>>,[256,98]}"),
            ("[97,-1,98]", false, "{error,<<97>>,[-1,98]}"),
            (
                "[97,1180591620717411303424]",
                false,
                "{error,<<97>>,[1180591620717411303424]}",
            ),
            (
                "[1180591620717411303424,a]",
                false,
                "{error,<<>>,[1180591620717411303424,a]}",
            ),
            (
                "[[1180591620717411303424],a]",
                false,
                "{error,<<>>,[[1180591620717411303424],a]}",
            ),
            ("[a,1180591620717411303424]", false, "badarg"),
            (
                "[1180591620717411303424,<<1:7>>]",
                false,
                "{error,<<>>,[1180591620717411303424,<<1:7>>]}",
            ),
            ("[<<1:7>>,1180591620717411303424]", false, "badarg"),
            (
                "[97,1180591620717411303424|a]",
                false,
                "{error,<<97>>,[1180591620717411303424|a]}",
            ),
            ("[97|1180591620717411303424]", false, "badarg"),
            ("[97,3.0]", false, "badarg"),
            ("[97,1114112|a]", false, "badarg"),
            ("[<<255>>,a]", false, "badarg"),
            ("[97,a]", false, "badarg"),
            ("[97,55296,98]", false, "{error,<<97>>,[55296,98]}"),
            (
                "[[97,[98,1114112,99],100],101]",
                false,
                "{error,<<97,98>>,[[[1114112,99],100],101]}",
            ),
            (
                "[97,<<98,255,99>>,100]",
                false,
                "{error,<<97,98>>,[<<255,99>>,100]}",
            ),
            ("<<98,255,99>>", false, "{error,<<98>>,<<255,99>>}"),
            ("[<<98,255,99>>]", false, "{error,<<98>>,<<255,99>>}"),
            ("<<98,226,130>>", false, "{incomplete,<<98>>,<<226,130>>}"),
            (
                "[<<98>>,<<226,130>>]",
                false,
                "{incomplete,<<98>>,<<226,130>>}",
            ),
            ("[<<98,226>>,<<130,172>>]", false, "<<98,226,130,172>>"),
            (
                "[<<98,226>>,<<130>>,<<172,99>>]",
                false,
                "<<98,226,130,172,99>>",
            ),
            ("[<<98,226>>,99]", false, "{error,<<98>>,[<<226>>,[99]]}"),
            ("[<<98,226>>,<<99>>]", false, "{error,<<98>>,<<226,99>>}"),
            ("<<98,226,40>>", false, "{error,<<98>>,<<226,40>>}"),
            ("[<<98,240,40>>]", false, "{error,<<98>>,<<240,40>>}"),
            ("[97|<<98>>]", false, "<<97,98>>"),
            ("[97|98]", false, "badarg"),
            ("[97,<<1:7>>]", false, "badarg"),
            ("a", false, "badarg"),
            ("<<192,128>>", false, "{error,<<>>,<<192,128>>}"),
            ("<<224,128,128>>", false, "{error,<<>>,<<224,128,128>>}"),
            (
                "<<244,144,128,128>>",
                false,
                "{error,<<>>,<<244,144,128,128>>}",
            ),
            (
                "<<245,128,128,128>>",
                false,
                "{error,<<>>,<<245,128,128,128>>}",
            ),
            ("<<128>>", false, "{error,<<>>,<<128>>}"),
            ("[]", false, "<<>>"),
            ("[[],[[]]]", false, "<<>>"),
            ("<<1:7>>", true, "badarg"),
            ("[<<200>>]", true, "<<195,136>>"),
            ("[<<226>>,[<<130>>,[<<172>>]]]", false, "<<226,130,172>>"),
            ("[<<226>>,[],<<130,172>>]", false, "<<226,130,172>>"),
            (
                "[[<<226>>,97],98]",
                false,
                "{error,<<>>,[<<226>>,[[97],98]]}",
            ),
            (
                "[<<97,226>>,[<<40,41>>,98]]",
                false,
                "{error,<<97>>,[<<226>>,[[<<40,41>>,98]]]}",
            ),
        ];
        for &(input, latin1, want) in cases {
            assert_eq!(c2b(input, latin1), want, "{input}");
        }
    }

    #[test]
    fn to_list_like_otp() {
        let cases: &[(&str, bool, &str)] = &[
            ("<<97,195,164>>", false, "[97,228]"),
            ("<<97,195>>", false, "{incomplete,[97],<<195>>}"),
            ("<<97,195,40,41>>", false, "{error,[97],<<195,40,41>>}"),
            ("<<97,226,40>>", false, "{error,[97],<<226,40>>}"),
            ("<<97:7>>", false, "badarg"),
            ("<<97,228>>", true, "[97,228]"),
            ("<<97:7>>", true, "badarg"),
            ("[97,<<195,164>>,[8364]]", false, "[97,228,8364]"),
            (
                "[97,<<195,164,255>>,[8364]]",
                false,
                "{error,[97,228],[<<255>>,[8364]]}",
            ),
            ("[97,<<195>>]", false, "{incomplete,[97],<<195>>}"),
            ("[<<195>>,<<164>>]", false, "[228]"),
            ("[97,256]", true, "{error,[97],[256]}"),
            ("a", false, "badarg"),
            (
                "[1180591620717411303424|a]",
                false,
                "{error,[],[1180591620717411303424|a]}",
            ),
        ];
        for &(input, latin1, want) in cases {
            assert_eq!(c2l(input, latin1), want, "{input}");
        }
    }

    #[test]
    fn valid_binary_is_returned_as_is() {
        let mut h = Heap::default();
        let b = h.binary("añ€".as_bytes());
        assert_eq!(characters_to_binary(&mut h, b, false).ok(), Some(b));
        let l = h.list(&[b]);
        assert_eq!(characters_to_binary(&mut h, l, false).ok(), Some(b));
        let ascii = h.binary(b"abc");
        assert_eq!(characters_to_binary(&mut h, ascii, true).ok(), Some(ascii));
    }

    #[test]
    fn long_and_deep_inputs() {
        let mut h = Heap::default();
        let n = 300_000;
        let chars: Vec<Term> = (0..n)
            .map(|i| Term::small(0x400 + (i % 1000) as isize))
            .collect();
        let l = h.list(&chars);
        let b = characters_to_binary(&mut h, l, false).ok().unwrap();
        assert_eq!(binary::bytes(b).unwrap().len(), 2 * n);
        let back = characters_to_list(&mut h, b, false).ok().unwrap();
        assert_eq!(super::super::lists::proper_length(back), Some(n));
        let mut deep = h.list(&[Term::small(97)]);
        for _ in 0..100_000 {
            deep = h.cons(deep, Term::NIL);
        }
        let r = characters_to_binary(&mut h, deep, false).ok().unwrap();
        assert_eq!(to_string(r), "<<97>>");
    }
}
