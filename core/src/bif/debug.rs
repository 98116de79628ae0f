//! Small introspection BIFs that OTP's own modules reach (found by walking
//! the import tables of Gleam's libraries and the OTP modules they call):
//! `erts_debug:flat_size/1` and `same/2`, `erts_internal:cmp_term/2` and
//! `error_logger:warning_map/0`.

use super::{BifResult, Ctx};
use crate::atom::Atom;
use crate::code::CodeServer;
use crate::term::Term;
use core::cmp::Ordering;

pub fn register(c: &mut CodeServer) {
    super::register_table(
        c,
        &[
            ("erts_debug", "flat_size", 1, flat_size),
            ("erts_debug", "same", 2, same),
            ("erts_internal", "cmp_term", 2, cmp_term),
            ("error_logger", "warning_map", 0, warning_map),
        ],
    );
}

/// Words the term takes when copied (what BEAM's `flat_size` counts).
/// OTP 25 shares one global `{}`, which costs nothing; beamr builds a
/// one-word `{}`, so those found through lists and tuples are taken off
/// (inside maps and funs they still count: a known word of difference).
fn flat_size(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let words = crate::term::copy::size_of(a[0]) - empty_tuples(a[0]);
    Ok(ctx.p.heap.uint(words as u64))
}

fn empty_tuples(t: Term) -> usize {
    let mut n = 0;
    let mut stack = alloc::vec![t];
    while let Some(mut t) = stack.pop() {
        while let Some((h, tail)) = t.as_cons() {
            stack.push(h);
            t = tail;
        }
        if let Some(elems) = t.as_tuple() {
            if elems.is_empty() {
                n += 1;
            }
            stack.extend_from_slice(elems);
        }
    }
    n
}

/// Whether the two arguments are the very same term (same word).
fn same(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].raw() == a[1].raw()))
}

/// -1, 0 or 1 by the exact term order (`1` and `1.0` differ), as
/// `maps:iterator(M, ordered)` needs.
fn cmp_term(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::small(
        match crate::term::compare::compare_exact(a[0], a[1]) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        },
    ))
}

/// The level warnings are mapped to (`erl +W`, `warning` by default).
fn warning_map(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(Term::atom(Atom::from_str("warning")))
}
