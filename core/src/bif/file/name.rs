//! File names between Erlang and the host: `prim_file:internal_name2native/1`,
//! `internal_native2name/1`, `internal_normalize_utf8/1`, `is_translatable/1`
//! and `file:native_name_encoding/0`. Names are UTF-8 on the host (OTP's
//! `+fnuw` default on Unix): a list of characters is encoded, a binary is
//! passed as it is, and a native name that is not UTF-8 gives
//! `{error, warning}`, so `list_dir` skips it after a warning as OTP does.

use super::super::{badarg, BifResult, Ctx};
use crate::atom::{am, Atom};
use crate::term::Term;
use alloc::string::String;
use alloc::vec::Vec;

/// The UTF-8 bytes of a file name given as a (deep) list of characters or
/// a binary; `None` for anything else and for names holding NUL.
pub(crate) fn encode(t: Term) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    if let Some(b) = crate::term::binary::bytes(t) {
        out.extend_from_slice(b);
    } else {
        chars(t, &mut out, 0)?;
    }
    if out.contains(&0) {
        return None;
    }
    Some(out)
}

/// Appends the characters of a deep list (no binaries inside, as OTP).
fn chars(mut t: Term, out: &mut Vec<u8>, depth: u32) -> Option<()> {
    if depth > 10_000 {
        return None;
    }
    while let Some((h, tl)) = t.as_cons() {
        if let Some(c) = h.as_small() {
            let c = char::from_u32(u32::try_from(c).ok()?)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        } else if h.is_list() || h.is_nil() {
            chars(h, out, depth + 1)?;
        } else {
            return None;
        }
        t = tl;
    }
    t.is_nil().then_some(())
}

/// A native name as a list of characters, if it is UTF-8.
pub(crate) fn decode(ctx: &mut Ctx, bytes: &[u8]) -> Option<Term> {
    let s = core::str::from_utf8(bytes).ok()?;
    Some(ctx.p.heap.str_list(s))
}

pub(super) fn name2native(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(mut v) = encode(a[0]) else {
        return badarg();
    };
    v.push(0);
    Ok(ctx.p.heap.binary(&v))
}

pub(super) fn native2name(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(b) = crate::term::binary::bytes(a[0]) else {
        return badarg();
    };
    let b: Vec<u8> = b.to_vec();
    match decode(ctx, &b) {
        Some(l) => Ok(l),
        None => {
            let w = Term::atom(Atom::from_str("warning"));
            Ok(ctx.p.heap.tuple(&[Term::atom(am::ERROR), w]))
        }
    }
}

/// Unix file names need no normalization: the characters, if UTF-8.
pub(super) fn normalize_utf8(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(b) = crate::term::binary::bytes(a[0]) else {
        return badarg();
    };
    let Ok(s) = core::str::from_utf8(b) else {
        return badarg();
    };
    let s = String::from(s);
    Ok(ctx.p.heap.str_list(&s))
}

pub(super) fn is_translatable(_: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(b) = crate::term::binary::bytes(a[0]) else {
        return badarg();
    };
    Ok(Term::bool(core::str::from_utf8(b).is_ok()))
}

pub(super) fn native_name_encoding(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(Term::atom(am::UTF8))
}
