//! BIFs: the natively implemented part of the `binary` module.
//!
//! OTP 25 implements `at/2`, `compile_pattern/1`, `copy/1,2`,
//! `decode_unsigned/1,2`, `encode_unsigned/1,2`, `first/1`, `last/1`,
//! `list_to_bin/1`, `longest_common_prefix/1`, `longest_common_suffix/1`,
//! `match/2,3`, `matches/2,3`, `part/2,3`, `referenced_byte_size/1` and
//! `split/2,3` in C; `bin_to_list`, `replace`, `encode_hex`/`decode_hex`
//! etc. are Erlang code in `binary.beam`.
//!
//! Searching follows OTP's semantics: among several patterns the match
//! that starts first wins, and of those starting at the same byte the
//! longest; `matches/2,3` and global splits continue after each match (no
//! overlaps). Each pattern is searched with Knuth–Morris–Pratt, so the cost
//! is linear in the subject for any pattern.
//!
//! A compiled pattern (`compile_pattern/1`) is `{bm, [Bin]}` for a single
//! binary and `{ac, [Bin, ...]}` for several (OTP hands out a magic
//! reference instead; the tags are the same).

use super::{badarg, system_limit, BifResult, Ctx, Exc};
use crate::atom::{am, Atom};
use crate::code::CodeServer;
use crate::heap::{Heap, HEAP_BIN_LIMIT};
use crate::term::boxed::Subtag;
use crate::term::{binary, integer, Term};
use alloc::borrow::Cow;
use alloc::vec::Vec;
use num_bigint::{BigInt, BigUint, Sign};

pub fn register(c: &mut CodeServer) {
    c.register_bif("binary", "match", 2, bif_match_2);
    c.register_bif("binary", "match", 3, bif_match_3);
    c.register_bif("binary", "matches", 2, bif_matches_2);
    c.register_bif("binary", "matches", 3, bif_matches_3);
    c.register_bif("binary", "split", 2, bif_split_2);
    c.register_bif("binary", "split", 3, bif_split_3);
    c.register_bif("binary", "compile_pattern", 1, bif_compile_pattern_1);
    c.register_bif("binary", "part", 2, bif_part_2);
    c.register_bif("binary", "part", 3, bif_part_3);
    c.register_bif("binary", "at", 2, bif_at_2);
    c.register_bif("binary", "first", 1, bif_first_1);
    c.register_bif("binary", "last", 1, bif_last_1);
    c.register_bif("binary", "copy", 1, bif_copy_1);
    c.register_bif("binary", "copy", 2, bif_copy_2);
    c.register_bif("binary", "decode_unsigned", 1, bif_decode_unsigned_1);
    c.register_bif("binary", "decode_unsigned", 2, bif_decode_unsigned_2);
    c.register_bif("binary", "encode_unsigned", 1, bif_encode_unsigned_1);
    c.register_bif("binary", "encode_unsigned", 2, bif_encode_unsigned_2);
    c.register_bif("binary", "list_to_bin", 1, bif_list_to_bin_1);
    c.register_bif("binary", "longest_common_prefix", 1, bif_lcp_1);
    c.register_bif("binary", "longest_common_suffix", 1, bif_lcs_1);
    c.register_bif(
        "binary",
        "referenced_byte_size",
        1,
        bif_referenced_byte_size_1,
    );
}

// ---- shared helpers ----

/// The bytes of a binary (a bitstring of whole bytes), realigned into a
/// copy only when the binary does not start on a byte boundary.
pub(crate) fn bin_bytes<'a>(t: Term) -> Option<Cow<'a, [u8]>> {
    let bs = binary::bitstring(t)?;
    if !bs.is_binary() {
        return None;
    }
    Some(match bs.as_bytes() {
        Some(b) => Cow::Borrowed(b),
        None => Cow::Owned(bs.to_vec()),
    })
}

/// The whole bytes of any bitstring (a trailing partial byte left out):
/// OTP's `binary_size` view, used by `part/2,3`.
fn whole_bytes<'a>(t: Term) -> Option<Cow<'a, [u8]>> {
    let bs = binary::bitstring(t)?;
    let whole = binary::BitSlice {
        bit_size: bs.bit_size / 8 * 8,
        ..bs
    };
    Some(match whole.as_bytes() {
        Some(b) => Cow::Borrowed(b),
        None => Cow::Owned(whole.to_vec()),
    })
}

/// A fresh binary owning `v` (on the heap when small).
pub(crate) fn new_binary(heap: &mut Heap, v: Vec<u8>) -> Term {
    if v.len() <= HEAP_BIN_LIMIT {
        heap.binary(&v)
    } else {
        heap.refc_binary(v)
    }
}

/// Bytes `[start, start + len)` of binary `t` (whose bytes are `bytes`): a
/// copy when small, a sub-binary sharing `t`'s storage otherwise.
pub(crate) fn slice_of(heap: &mut Heap, t: Term, bytes: &[u8], start: usize, len: usize) -> Term {
    if len > HEAP_BIN_LIMIT {
        if let Some((orig, off, _)) = binary::base_of(t) {
            return heap.sub_binary(orig, off + start * 8, len * 8);
        }
    }
    heap.binary(&bytes[start..start + len])
}

/// A non-negative integer that fits a word (OTP's `term_to_Uint`).
fn term_to_uint(t: Term) -> Option<usize> {
    match t.as_small() {
        Some(i) => usize::try_from(i).ok(),
        None if t.is_bignum() => usize::try_from(&integer::to_bigint(t)?).ok(),
        None => None,
    }
}

/// A signed integer that fits a word (OTP's `term_to_Sint`).
fn term_to_sint(t: Term) -> Option<isize> {
    match t.as_small() {
        Some(i) => Some(i),
        None if t.is_bignum() => isize::try_from(&integer::to_bigint(t)?).ok(),
        None => None,
    }
}

/// `Pos, Len` (negative `Len` counting back from `Pos`) as a checked byte
/// range `[start, end)` within `size`, as OTP's `erts_binary_part` and
/// scope options read it.
fn pos_len(pos: Term, len: Term, size: usize) -> Option<(usize, usize)> {
    let pos = term_to_uint(pos)?;
    let len = term_to_sint(len)?;
    let (start, n) = if len < 0 {
        let n = len.unsigned_abs();
        (pos.checked_sub(n)?, n)
    } else {
        (pos, len as usize)
    };
    let end = start.checked_add(n)?;
    if start > size || end > size {
        return None;
    }
    Some((start, end))
}

/// Atoms this module names that the VM does not predefine, interned once.
static AM_BM: spin::Lazy<Atom> = spin::Lazy::new(|| Atom::from_str("bm"));
static AM_AC: spin::Lazy<Atom> = spin::Lazy::new(|| Atom::from_str("ac"));
static AM_TRIM: spin::Lazy<Atom> = spin::Lazy::new(|| Atom::from_str("trim"));
static AM_TRIM_ALL: spin::Lazy<Atom> = spin::Lazy::new(|| Atom::from_str("trim_all"));

#[inline]
fn atom_of(a: &spin::Lazy<Atom>) -> Term {
    Term::atom(**a)
}

// ---- patterns ----

/// The patterns of a `match`/`matches`/`split` pattern argument: a
/// non-empty binary, a non-empty list of non-empty binaries, or a compiled
/// pattern. `None` is badarg.
fn patterns<'a>(p: Term) -> Option<Vec<Cow<'a, [u8]>>> {
    if let Some(&[tag, list]) = p.as_tuple() {
        if tag != atom_of(&AM_BM) && tag != atom_of(&AM_AC) {
            return None;
        }
        return pattern_list(list);
    }
    if p.is_list() {
        return pattern_list(p);
    }
    let b = bin_bytes(p)?;
    if b.is_empty() {
        return None;
    }
    Some(alloc::vec![b])
}

fn pattern_list<'a>(l: Term) -> Option<Vec<Cow<'a, [u8]>>> {
    let items = super::lists::list_to_vec(l)?;
    if items.is_empty() {
        return None;
    }
    let mut v = Vec::with_capacity(items.len());
    for it in items {
        let b = bin_bytes(it)?;
        if b.is_empty() {
            return None;
        }
        v.push(b);
    }
    Some(v)
}

fn bif_compile_pattern_1(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    compile_pattern(&mut ctx.p.heap, args[0])
}

pub(crate) fn compile_pattern(heap: &mut Heap, p: Term) -> BifResult {
    if p.is_tuple() {
        return badarg();
    }
    let Some(pats) = patterns(p) else {
        return badarg();
    };
    let list = if p.is_list() { p } else { heap.list(&[p]) };
    let tag = if pats.len() == 1 { &AM_BM } else { &AM_AC };
    Ok(heap.tuple(&[atom_of(tag), list]))
}

/// KMP failure function: `f[i]` is the length of the longest proper
/// border of `p[..=i]`.
fn failure(p: &[u8]) -> Vec<usize> {
    let mut f = alloc::vec![0usize; p.len()];
    let mut k = 0;
    for i in 1..p.len() {
        while k > 0 && p[i] != p[k] {
            k = f[k - 1];
        }
        if p[i] == p[k] {
            k += 1;
        }
        f[i] = k;
    }
    f
}

/// First occurrence of `p` in `hay` starting at or after `from`.
fn kmp_find(hay: &[u8], p: &[u8], f: &[usize], from: usize) -> Option<usize> {
    let m = p.len();
    if m == 0 || from > hay.len() || hay.len() - from < m {
        return None;
    }
    let mut k = 0;
    for (i, &c) in hay.iter().enumerate().skip(from) {
        while k > 0 && c != p[k] {
            k = f[k - 1];
        }
        if c == p[k] {
            k += 1;
            if k == m {
                return Some(i + 1 - m);
            }
        }
    }
    None
}

/// Matches `(pos, len)` of `pats` in `hay[start..end]`: leftmost, then
/// longest; all non-overlapping ones when `global`, else at most one.
pub(crate) fn find_matches(
    hay: &[u8],
    pats: &[&[u8]],
    start: usize,
    end: usize,
    global: bool,
) -> Vec<(usize, usize)> {
    let hay = &hay[..end.min(hay.len())];
    let fails: Vec<Vec<usize>> = pats.iter().map(|p| failure(p)).collect();
    let mut next: Vec<Option<usize>> = pats
        .iter()
        .zip(&fails)
        .map(|(p, f)| kmp_find(hay, p, f, start))
        .collect();
    let mut out = Vec::new();
    loop {
        let mut best: Option<(usize, usize)> = None;
        for (i, n) in next.iter().enumerate() {
            if let Some(s) = *n {
                let l = pats[i].len();
                best = match best {
                    Some((bs, bl)) if bs < s || (bs == s && bl >= l) => Some((bs, bl)),
                    _ => Some((s, l)),
                };
            }
        }
        let Some((s, l)) = best else {
            break;
        };
        out.push((s, l));
        if !global {
            break;
        }
        let pos = s + l;
        for (i, n) in next.iter_mut().enumerate() {
            if matches!(*n, Some(x) if x < pos) {
                *n = kmp_find(hay, pats[i], &fails[i], pos);
            }
        }
    }
    out
}

// ---- options ----

#[derive(Default)]
struct Opts {
    /// `[start, end)` to search.
    scope: Option<(usize, usize)>,
    global: bool,
    trim: bool,
    trim_all: bool,
}

/// Parses an option list as OTP does: a list (an improper tail is
/// ignored) of `{scope, {Pos, Len}}` and, for split, `global`, `trim` and
/// `trim_all`. Later scopes override earlier ones.
fn parse_opts(l: Term, size: usize, split: bool) -> Option<Opts> {
    let mut o = Opts::default();
    if !l.is_list() && !l.is_nil() {
        return None;
    }
    let mut t = l;
    while let Some((h, tl)) = t.as_cons() {
        t = tl;
        if split {
            if h == Term::atom(am::GLOBAL) {
                o.global = true;
                continue;
            }
            if h == atom_of(&AM_TRIM) {
                o.trim = true;
                continue;
            }
            if h == atom_of(&AM_TRIM_ALL) {
                o.trim_all = true;
                continue;
            }
        }
        let &[tag, range] = h.as_tuple()? else {
            return None;
        };
        if tag != Term::atom(am::SCOPE) {
            return None;
        }
        let &[pos, len] = range.as_tuple()? else {
            return None;
        };
        o.scope = Some(pos_len(pos, len, size)?);
    }
    Some(o)
}

// ---- match/matches ----

fn bif_match_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    do_match(&mut ctx.p.heap, args[0], args[1], Term::NIL, false)
}
fn bif_match_3(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    do_match(&mut ctx.p.heap, args[0], args[1], args[2], false)
}
fn bif_matches_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    do_match(&mut ctx.p.heap, args[0], args[1], Term::NIL, true)
}
fn bif_matches_3(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    do_match(&mut ctx.p.heap, args[0], args[1], args[2], true)
}

/// `binary:match/3` (`global` false) and `binary:matches/3`. As OTP, the
/// subject is checked first, then the options; an empty search range
/// ending at 0 answers "no match" before the pattern is even looked at.
pub(crate) fn do_match(
    heap: &mut Heap,
    subject: Term,
    pattern: Term,
    opts: Term,
    global: bool,
) -> BifResult {
    let Some(hay) = bin_bytes(subject) else {
        return badarg();
    };
    let Some(o) = parse_opts(opts, hay.len(), false) else {
        return badarg();
    };
    let (start, end) = o.scope.unwrap_or((0, hay.len()));
    let nomatch = if global {
        Term::NIL
    } else {
        Term::atom(am::NOMATCH)
    };
    if end == 0 {
        return Ok(nomatch);
    }
    let Some(pats) = patterns(pattern) else {
        return badarg();
    };
    let pr: Vec<&[u8]> = pats.iter().map(|p| &p[..]).collect();
    let found = find_matches(&hay, &pr, start, end, global);
    let mk = |heap: &mut Heap, (s, l): (usize, usize)| {
        let (s, l) = (heap.uint(s as u64), heap.uint(l as u64));
        heap.tuple(&[s, l])
    };
    if global {
        let items: Vec<Term> = found.into_iter().map(|m| mk(heap, m)).collect();
        Ok(heap.list(&items))
    } else {
        Ok(match found.first() {
            Some(&m) => mk(heap, m),
            None => nomatch,
        })
    }
}

// ---- split ----

fn bif_split_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    split(&mut ctx.p.heap, args[0], args[1], Term::NIL)
}
fn bif_split_3(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    split(&mut ctx.p.heap, args[0], args[1], args[2])
}

/// `binary:split/3`, following OTP's `do_split_*_result`: the parts around
/// the matches (those outside the scope included); `trim` drops trailing
/// empty parts, `trim_all` every empty part.
pub(crate) fn split(heap: &mut Heap, subject: Term, pattern: Term, opts: Term) -> BifResult {
    let Some(hay) = bin_bytes(subject) else {
        return badarg();
    };
    let Some(o) = parse_opts(opts, hay.len(), true) else {
        return badarg();
    };
    let size = hay.len();
    let (start, end) = o.scope.unwrap_or((0, size));
    let any_trim = o.trim || o.trim_all;
    let not_found = |heap: &mut Heap| {
        if any_trim && size == 0 {
            Term::NIL
        } else {
            heap.list(&[subject])
        }
    };
    if end == 0 {
        return Ok(not_found(heap));
    }
    let Some(pats) = patterns(pattern) else {
        return badarg();
    };
    let pr: Vec<&[u8]> = pats.iter().map(|p| &p[..]).collect();
    let found = find_matches(&hay, &pr, start, end, o.global);
    if found.is_empty() {
        return Ok(not_found(heap));
    }
    // Parts, last first, as OTP builds them.
    let mut parts: Vec<(usize, usize)> = Vec::with_capacity(found.len() + 1);
    let mut trailing = any_trim;
    let mut end_pos = size;
    for &(s, l) in found.iter().rev() {
        let from = s + l;
        let n = end_pos - from;
        if !(n == 0 && (trailing || o.trim_all)) {
            parts.push((from, n));
            trailing = false;
        }
        end_pos = s;
    }
    if !(end_pos == 0 && (trailing || o.trim_all)) {
        parts.push((0, end_pos));
    }
    let mut l = Term::NIL;
    for &(from, n) in &parts {
        let b = slice_of(heap, subject, &hay, from, n);
        l = heap.cons(b, l);
    }
    Ok(l)
}

// ---- part/at/first/last ----

fn bif_part_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match args[1].as_tuple() {
        Some(&[pos, len]) => part(&mut ctx.p.heap, args[0], pos, len),
        _ => badarg(),
    }
}
fn bif_part_3(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    part(&mut ctx.p.heap, args[0], args[1], args[2])
}

/// `binary:part/3`: works on any bitstring's whole bytes, as OTP.
pub(crate) fn part(heap: &mut Heap, bin: Term, pos: Term, len: Term) -> BifResult {
    let Some(bytes) = whole_bytes(bin) else {
        return badarg();
    };
    let Some((s, e)) = pos_len(pos, len, bytes.len()) else {
        return badarg();
    };
    Ok(slice_of(heap, bin, &bytes, s, e - s))
}

fn bif_at_2(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let Some(b) = bin_bytes(args[0]) else {
        return badarg();
    };
    match term_to_uint(args[1]).and_then(|i| b.get(i)) {
        Some(&x) => Ok(Term::small(x as isize)),
        None => badarg(),
    }
}

fn bif_first_1(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match bin_bytes(args[0]).and_then(|b| b.first().copied()) {
        Some(x) => Ok(Term::small(x as isize)),
        None => badarg(),
    }
}

fn bif_last_1(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match bin_bytes(args[0]).and_then(|b| b.last().copied()) {
        Some(x) => Ok(Term::small(x as isize)),
        None => badarg(),
    }
}

// ---- copy ----

fn bif_copy_1(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    copy(&mut ctx.p.heap, args[0], Term::small(1))
}
fn bif_copy_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    copy(&mut ctx.p.heap, args[0], args[1])
}

/// Largest binary `copy/2` will try to build.
const MAX_BINARY_BYTES: usize = isize::MAX as usize / 2;

/// `binary:copy/2`: always a fresh binary. `N` is any non-negative
/// integer that fits a word (so `copy(<<>>, 1 bsl 62)` is `<<>>`).
pub(crate) fn copy(heap: &mut Heap, bin: Term, n: Term) -> BifResult {
    let Some(b) = bin_bytes(bin) else {
        return badarg();
    };
    let Some(n) = term_to_uint(n) else {
        return badarg();
    };
    let total = match b.len().checked_mul(n) {
        Some(t) if t <= MAX_BINARY_BYTES => t,
        _ => return system_limit(),
    };
    // A size the allocator refuses is the program's limit, not the VM's:
    // OTP's emulator aborts here; beamr raises instead.
    let mut v = Vec::new();
    if v.try_reserve_exact(total).is_err() {
        return system_limit();
    }
    for _ in 0..if b.is_empty() { 0 } else { n } {
        v.extend_from_slice(&b);
    }
    Ok(new_binary(heap, v))
}

// ---- decode_unsigned/encode_unsigned ----

/// `big` → false, `little` → true.
fn endianness(t: Term) -> Result<bool, Exc> {
    if t == Term::atom(am::BIG) {
        Ok(false)
    } else if t == Term::atom(am::LITTLE) {
        Ok(true)
    } else {
        badarg()
    }
}

fn bif_decode_unsigned_1(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    decode_unsigned(&mut ctx.p.heap, args[0], false)
}
fn bif_decode_unsigned_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let little = endianness(args[1])?;
    decode_unsigned(&mut ctx.p.heap, args[0], little)
}

pub(crate) fn decode_unsigned(heap: &mut Heap, bin: Term, little: bool) -> BifResult {
    let Some(b) = bin_bytes(bin) else {
        return badarg();
    };
    let u = if little {
        BigUint::from_bytes_le(&b)
    } else {
        BigUint::from_bytes_be(&b)
    };
    Ok(heap.bigint(&BigInt::from_biguint(Sign::Plus, u)))
}

fn bif_encode_unsigned_1(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    encode_unsigned(&mut ctx.p.heap, args[0], false)
}
fn bif_encode_unsigned_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let little = endianness(args[1])?;
    encode_unsigned(&mut ctx.p.heap, args[0], little)
}

/// `binary:encode_unsigned/2`: the fewest bytes (`<<0>>` for zero).
pub(crate) fn encode_unsigned(heap: &mut Heap, n: Term, little: bool) -> BifResult {
    let Some(b) = integer::to_bigint(n) else {
        return badarg();
    };
    let Some(u) = b.to_biguint() else {
        return badarg();
    };
    let v = if little {
        u.to_bytes_le()
    } else {
        u.to_bytes_be()
    };
    Ok(new_binary(heap, v))
}

// ---- list_to_bin ----

/// Appends the bytes of an iolist (a list of bytes, binaries and iolists,
/// possibly ending in a binary tail) or a binary to `out`. `None` for
/// anything else. Runs on an explicit stack.
pub(crate) fn iolist_bytes(t: Term, out: &mut Vec<u8>) -> Option<()> {
    let mut stack: Vec<Term> = alloc::vec![t];
    while let Some(mut cur) = stack.pop() {
        loop {
            if let Some((h, tl)) = cur.as_cons() {
                if let Some(i) = h.as_small() {
                    out.push(u8::try_from(i).ok()?);
                } else if h.is_list() {
                    stack.push(tl);
                    cur = h;
                    continue;
                } else if !h.is_nil() {
                    out.extend_from_slice(&bin_bytes(h)?);
                }
                cur = tl;
            } else if cur.is_nil() {
                break;
            } else {
                out.extend_from_slice(&bin_bytes(cur)?);
                break;
            }
        }
    }
    Some(())
}

fn bif_list_to_bin_1(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let l = args[0];
    if !l.is_list() && !l.is_nil() {
        return badarg();
    }
    let mut v = Vec::new();
    if iolist_bytes(l, &mut v).is_none() {
        return badarg();
    }
    Ok(new_binary(&mut ctx.p.heap, v))
}

// ---- longest_common_prefix/suffix ----

/// The binaries of a non-empty proper list of binaries.
fn binaries<'a>(l: Term) -> Option<Vec<Cow<'a, [u8]>>> {
    let items = super::lists::list_to_vec(l)?;
    if items.is_empty() {
        return None;
    }
    items.into_iter().map(bin_bytes).collect()
}

pub(crate) fn common_prefix(bins: &[Cow<[u8]>]) -> usize {
    let first = &bins[0];
    let mut n = first.len();
    for b in &bins[1..] {
        n = first[..n]
            .iter()
            .zip(b.iter())
            .take_while(|(x, y)| x == y)
            .count();
    }
    n
}

pub(crate) fn common_suffix(bins: &[Cow<[u8]>]) -> usize {
    let first = &bins[0];
    let mut n = first.len();
    for b in &bins[1..] {
        n = first[first.len() - n..]
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
    }
    n
}

fn bif_lcp_1(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match binaries(args[0]) {
        Some(b) => Ok(Term::small(common_prefix(&b) as isize)),
        None => badarg(),
    }
}

fn bif_lcs_1(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match binaries(args[0]) {
        Some(b) => Ok(Term::small(common_suffix(&b) as isize)),
        None => badarg(),
    }
}

// ---- referenced_byte_size ----

/// `binary:referenced_byte_size/1`: the size of the storage a binary (or
/// bitstring) keeps alive: the whole off-heap binary behind a sub-binary,
/// else its own size in bytes (rounded up).
fn bif_referenced_byte_size_1(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    let t = args[0];
    let Some((orig, _, bits)) = binary::base_of(t) else {
        return badarg();
    };
    let n = match orig.subtag() {
        Some(Subtag::RefcBin) => orig.payload(0),
        _ if t.subtag() == Some(Subtag::SubBin) => {
            binary::bitstring(orig).map_or(0, |b| b.byte_len())
        }
        _ => bits.div_ceil(8),
    };
    Ok(ctx.p.heap.uint(n as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::hash::parse::term;
    use crate::term::print::to_string;

    fn show(r: BifResult) -> alloc::string::String {
        match r {
            Ok(t) => to_string(t),
            Err(Exc::Raise { reason, .. }) => to_string(reason),
            Err(_) => "?".into(),
        }
    }

    #[test]
    fn kmp() {
        let hay = b"aabaabaaab";
        let p = b"aaab";
        assert_eq!(kmp_find(hay, p, &failure(p), 0), Some(6));
        assert_eq!(kmp_find(hay, b"ab", &failure(b"ab"), 2), Some(4));
        assert_eq!(kmp_find(hay, b"x", &failure(b"x"), 0), None);
        assert_eq!(kmp_find(b"ab", b"abc", &failure(b"abc"), 0), None);
    }

    #[test]
    fn leftmost_longest() {
        let m = |h: &[u8], p: &[&[u8]], g| find_matches(h, p, 0, h.len(), g);
        assert_eq!(m(b"abcabcab", &[b"ca", b"cab", b"bc"], false), [(1, 2)]);
        assert_eq!(m(b"abcde", &[b"cd", b"bcde"], false), [(1, 4)]);
        assert_eq!(m(b"abcde", &[b"bc", b"bcd", b"b"], false), [(1, 3)]);
        assert_eq!(
            m(b"abcdebcd", &[b"bc", b"bcd", b"b", b"de"], true),
            [(1, 3), (5, 3)]
        );
        assert_eq!(m(b"aaaa", &[b"aa"], true), [(0, 2), (2, 2)]);
        assert_eq!(m(b"abcde", &[b"bcd", b"cde", b"e"], true), [(1, 3), (4, 1)]);
        assert_eq!(m(b"xabcdy", &[b"abcd", b"bc", b"cdy"], true), [(1, 4)]);
        assert_eq!(m(b"abcd", &[b"abcdx", b"bc"], true), [(1, 2)]);
        assert_eq!(m(b"abab", &[b"b", b"b"], true), [(1, 1), (3, 1)]);
        assert_eq!(
            find_matches(b"abcabcab", &[b"ab"], 1, 8, true),
            [(3, 2), (6, 2)]
        );
        assert_eq!(find_matches(b"abc", &[b"bc"], 0, 2, false), []);
    }

    #[test]
    fn match_and_split() {
        let mut h = Heap::default();
        let mut t = |s: &str| term(&mut h, s);
        let (b, ab, bb) = (t("<<\"abcabcab\">>"), t("<<\"ab\">>"), t("<<\"b\">>"));
        let (nil, glob) = (t("[]"), t("[global]"));
        let scope17 = t("[{scope,{1,7}}]");
        let neg = t("[{scope,{8,-5}}]");
        let bad = t("[{scope,{1,8}}]");
        let badneg = t("[{scope,{2,-3}}]");
        let improper = t("[{scope,{1,7}}|x]");
        let empty = t("<<>>");
        let foo = t("foo");
        let scope00 = t("[{scope,{0,0}}]");
        let list2 = t("[<<\"bc\">>,<<\"b\">>]");
        let trim = t("[global,trim]");
        let trim_all = t("[global,trim_all]");
        let aabcaa = t("<<\"aabcaa\">>");
        let a = t("<<\"a\">>");
        let abc = t("<<\"abc\">>");
        let only_trim = t("[trim]");
        let only_trim_all = t("[trim_all]");
        let bits = t("<<1,2,3:7>>");
        let h = &mut h;
        assert_eq!(show(do_match(h, b, ab, scope17, false)), "{3,2}");
        assert_eq!(show(do_match(h, b, ab, neg, false)), "{3,2}");
        assert_eq!(show(do_match(h, b, ab, bad, false)), "badarg");
        assert_eq!(show(do_match(h, abc, bb, badneg, false)), "badarg");
        assert_eq!(show(do_match(h, b, ab, scope17, true)), "[{3,2},{6,2}]");
        assert_eq!(show(do_match(h, b, ab, improper, true)), "[{3,2},{6,2}]");
        assert_eq!(show(do_match(h, b, empty, nil, false)), "badarg");
        assert_eq!(show(do_match(h, empty, empty, nil, false)), "nomatch");
        assert_eq!(show(do_match(h, empty, foo, nil, true)), "[]");
        assert_eq!(show(do_match(h, abc, list2, nil, false)), "{1,2}");
        assert_eq!(show(do_match(h, bits, bb, nil, false)), "badarg");
        assert_eq!(show(do_match(h, b, ab, foo, false)), "badarg");
        assert_eq!(show(do_match(h, b, ab, glob, false)), "badarg");
        let cp = compile_pattern(h, list2).ok().unwrap();
        assert_eq!(show(do_match(h, abc, cp, nil, false)), "{1,2}");
        assert_eq!(show(compile_pattern(h, empty)), "badarg");

        assert_eq!(show(split(h, b, bb, nil)), "[<<97>>,<<99,97,98,99,97,98>>]");
        assert_eq!(
            show(split(h, b, bb, glob)),
            "[<<97>>,<<99,97>>,<<99,97>>,<<>>]"
        );
        assert_eq!(show(split(h, aabcaa, a, trim)), "[<<>>,<<>>,<<98,99>>]");
        assert_eq!(show(split(h, aabcaa, a, trim_all)), "[<<98,99>>]");
        assert_eq!(show(split(h, abc, a, only_trim)), "[<<>>,<<98,99>>]");
        assert_eq!(show(split(h, abc, a, only_trim_all)), "[<<98,99>>]");
        assert_eq!(show(split(h, bb, bb, only_trim_all)), "[]");
        assert_eq!(show(split(h, empty, bb, only_trim)), "[]");
        assert_eq!(show(split(h, empty, foo, nil)), "[<<>>]");
        assert_eq!(show(split(h, abc, foo, scope00)), "[<<97,98,99>>]");
    }

    #[test]
    fn parts_and_numbers() {
        let mut h = Heap::default();
        let mut t = |s: &str| term(&mut h, s);
        let b = t("<<\"abcabcab\">>");
        let (one, three, m2, m4, eight, zero) = (t("1"), t("3"), t("-2"), t("-4"), t("8"), t("0"));
        let bits9 = t("<<0,1:1>>");
        let big = t("1180591620717411303424");
        let n258 = t("258");
        let bits = t("<<0,1:1>>");
        let h = &mut h;
        assert_eq!(show(part(h, b, one, three)), "<<98,99,97>>");
        assert_eq!(show(part(h, b, three, m2)), "<<98,99>>");
        assert_eq!(show(part(h, b, three, m4)), "badarg");
        assert_eq!(show(part(h, b, eight, one)), "badarg");
        assert_eq!(show(part(h, b, eight, zero)), "<<>>");
        assert_eq!(show(part(h, bits9, zero, one)), "<<0>>");
        assert_eq!(show(part(h, bits9, one, one)), "badarg");
        assert_eq!(show(part(h, b, big, one)), "badarg");
        let e = encode_unsigned(h, n258, false).ok().unwrap();
        assert_eq!(show(Ok(e)), "<<1,2>>");
        assert_eq!(show(encode_unsigned(h, n258, true)), "<<2,1>>");
        assert_eq!(show(encode_unsigned(h, zero, true)), "<<0>>");
        assert_eq!(show(encode_unsigned(h, m2, true)), "badarg");
        assert_eq!(
            show(encode_unsigned(h, big, true)),
            "<<0,0,0,0,0,0,0,0,64>>"
        );
        assert_eq!(show(decode_unsigned(h, e, false)), "258");
        assert_eq!(show(decode_unsigned(h, e, true)), "513");
        let ff = h.binary(&[255; 9]);
        assert_eq!(
            show(decode_unsigned(h, ff, false)),
            "4722366482869645213695"
        );
        assert_eq!(show(decode_unsigned(h, bits, false)), "badarg");
        let ab = h.binary(b"ab");
        assert_eq!(show(copy(h, ab, three)), "<<97,98,97,98,97,98>>");
        assert_eq!(show(copy(h, ab, zero)), "<<>>");
        assert_eq!(show(copy(h, ab, m2)), "badarg");
        assert_eq!(show(copy(h, bits, one)), "badarg");
    }

    #[test]
    fn iolists_and_affixes() {
        let mut h = Heap::default();
        let l = term(&mut h, "[1,[2,<<3>>],<<4>>|<<5>>]");
        let mut v = Vec::new();
        assert!(iolist_bytes(l, &mut v).is_some());
        assert_eq!(v, [1, 2, 3, 4, 5]);
        for bad in ["[256]", "[-1]", "[a]", "[<<1:7>>]", "[1|2]"] {
            let l = term(&mut h, bad);
            assert!(iolist_bytes(l, &mut Vec::new()).is_none(), "{bad}");
        }
        // Deep nesting stays off the Rust stack.
        let mut deep = Term::NIL;
        for _ in 0..100_000 {
            deep = h.cons(deep, Term::NIL);
        }
        deep = h.cons(Term::small(7), deep);
        let mut v = Vec::new();
        assert!(iolist_bytes(deep, &mut v).is_some());
        assert_eq!(v, [7]);

        fn c<'a>(v: &[&'a [u8]]) -> Vec<Cow<'a, [u8]>> {
            v.iter().map(|b| Cow::Borrowed(*b)).collect()
        }
        assert_eq!(common_prefix(&c(&[b"abc", b"abd", b"ab"])), 2);
        assert_eq!(common_prefix(&c(&[b"abc"])), 3);
        assert_eq!(common_suffix(&c(&[b"abc", b"xbc"])), 2);
        assert_eq!(common_suffix(&c(&[b"abc", b""])), 0);
    }
}
