//! The `string` module's two BIFs: number prefixes of character lists
//! (`string:to_integer/1` and `string:to_float/1` are Erlang on top).

use super::{BifResult, Ctx};
use crate::atom::{am, Atom};
use crate::code::CodeServer;
use crate::num::{float_text, int_text};
use crate::term::Term;
use alloc::vec::Vec;

pub fn register(c: &mut CodeServer) {
    c.register_bif("string", "list_to_integer", 1, list_to_integer);
    c.register_bif("string", "list_to_float", 1, list_to_float);
}

/// The leading characters of a list that are bytes, and the list after
/// them; `None` if `t` is not a list.
fn prefix(t: Term) -> Option<(Vec<u8>, Vec<Term>)> {
    if !t.is_list() && !t.is_nil() {
        return None;
    }
    let mut bytes = Vec::new();
    let mut rest = Vec::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        match h.as_small() {
            Some(c) if (0..256).contains(&c) && rest.is_empty() => bytes.push(c as u8),
            _ => rest.push(h),
        }
        if !rest.is_empty() {
            rest.push(tl);
            break;
        }
        l = tl;
    }
    if rest.is_empty() {
        rest.push(l);
    }
    Some((bytes, rest))
}

/// The list starting `n` elements into `t`.
fn nth_tail(mut t: Term, n: usize) -> Term {
    for _ in 0..n {
        t = t.tail();
    }
    t
}

fn error(ctx: &mut Ctx, why: &str) -> BifResult {
    Ok(ctx
        .p
        .heap
        .tuple(&[Term::atom(am::ERROR), Term::atom(Atom::from_str(why))]))
}

fn sign_digits(b: &[u8]) -> usize {
    let mut i = 0;
    if matches!(b.first(), Some(b'+') | Some(b'-')) {
        i = 1;
    }
    let start = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    if i == start {
        0
    } else {
        i
    }
}

fn list_to_integer(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some((bytes, _)) = prefix(a[0]) else {
        return error(ctx, "not_a_list");
    };
    let n = sign_digits(&bytes);
    if n == 0 {
        return error(ctx, "no_integer");
    }
    let v = match int_text::parse_bigint(&bytes[..n], 10) {
        Ok(v) => ctx.p.heap.bigint(&v),
        Err(_) => return error(ctx, "no_integer"),
    };
    let rest = nth_tail(a[0], n);
    Ok(ctx.p.heap.tuple(&[v, rest]))
}

fn list_to_float(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some((bytes, _)) = prefix(a[0]) else {
        return error(ctx, "not_a_list");
    };
    // [+-]digits.digits([eE][+-]digits)?
    let mut i = sign_digits(&bytes);
    if i == 0 || bytes.get(i) != Some(&b'.') {
        return error(ctx, "no_float");
    }
    let frac = i + 1;
    let mut j = frac;
    while bytes.get(j).is_some_and(u8::is_ascii_digit) {
        j += 1;
    }
    if j == frac {
        return error(ctx, "no_float");
    }
    i = j;
    if matches!(bytes.get(i), Some(b'e') | Some(b'E')) {
        let mut k = i + 1;
        if matches!(bytes.get(k), Some(b'+') | Some(b'-')) {
            k += 1;
        }
        let ds = k;
        while bytes.get(k).is_some_and(u8::is_ascii_digit) {
            k += 1;
        }
        if k > ds {
            i = k;
        }
    }
    match float_text::parse(&bytes[..i]) {
        Ok(f) => {
            let v = ctx.p.heap.float(f);
            let rest = nth_tail(a[0], i);
            Ok(ctx.p.heap.tuple(&[v, rest]))
        }
        Err(_) => error(ctx, "no_float"),
    }
}
