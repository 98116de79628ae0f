//! BIFs: type tests, tuples, lists, maps and binaries taken apart, as
//! `erlang` has them: `is_*`, `element/2`, `setelement/3`, `tuple_size/1`,
//! `size/1`, `byte_size/1`, `bit_size/1`, `hd/1`, `tl/1`, `length/1`,
//! `make_tuple/2,3`, `append_element/2`, `insert_element/3`,
//! `delete_element/2`, `tuple_to_list/1`, `list_to_tuple/1`, `map_size/1`,
//! `map_get/2`, `is_map_key/2`, `node/0,1`, `binary_part/2,3` and
//! `split_binary/2`.
//!
//! Errors are OTP 25's: `badarg` for a wrong type or an index out of range,
//! `{badmap, M}` and `{badkey, K}` for the map functions.

use super::{badarg, BifResult, Ctx, Exc};
use crate::atom::am;
use crate::code::CodeServer;
use crate::heap::Heap;
use crate::term::{binary, integer, map, Term};
use alloc::vec::Vec;

/// Largest tuple OTP makes: `MAX_ARITYVAL`, 2^24 - 1 elements.
pub const MAX_TUPLE_ARITY: usize = (1 << 24) - 1;

pub fn register(c: &mut CodeServer) {
    c.register_bif("erlang", "is_atom", 1, is_atom);
    c.register_bif("erlang", "is_binary", 1, is_binary);
    c.register_bif("erlang", "is_bitstring", 1, is_bitstring);
    c.register_bif("erlang", "is_boolean", 1, is_boolean);
    c.register_bif("erlang", "is_float", 1, is_float);
    c.register_bif("erlang", "is_function", 1, is_function);
    c.register_bif("erlang", "is_function", 2, is_function_2);
    c.register_bif("erlang", "is_integer", 1, is_integer);
    c.register_bif("erlang", "is_list", 1, is_list);
    c.register_bif("erlang", "is_map", 1, is_map);
    c.register_bif("erlang", "is_number", 1, is_number);
    c.register_bif("erlang", "is_pid", 1, is_pid);
    c.register_bif("erlang", "is_port", 1, is_port);
    c.register_bif("erlang", "is_reference", 1, is_reference);
    c.register_bif("erlang", "is_tuple", 1, is_tuple);
    c.register_bif("erlang", "is_record", 2, is_record_2);
    c.register_bif("erlang", "is_record", 3, is_record_3);
    c.register_bif("erlang", "element", 2, element);
    c.register_bif("erlang", "setelement", 3, setelement);
    c.register_bif("erlang", "tuple_size", 1, tuple_size);
    c.register_bif("erlang", "size", 1, size);
    c.register_bif("erlang", "byte_size", 1, byte_size);
    c.register_bif("erlang", "bit_size", 1, bit_size);
    c.register_bif("erlang", "hd", 1, hd);
    c.register_bif("erlang", "tl", 1, tl);
    c.register_bif("erlang", "length", 1, length);
    c.register_bif("erlang", "make_tuple", 2, make_tuple_2);
    c.register_bif("erlang", "make_tuple", 3, make_tuple_3);
    c.register_bif("erlang", "append_element", 2, append_element);
    c.register_bif("erlang", "insert_element", 3, insert_element);
    c.register_bif("erlang", "delete_element", 2, delete_element);
    c.register_bif("erlang", "tuple_to_list", 1, tuple_to_list);
    c.register_bif("erlang", "list_to_tuple", 1, list_to_tuple);
    c.register_bif("erlang", "map_size", 1, map_size);
    c.register_bif("erlang", "map_get", 2, map_get);
    c.register_bif("erlang", "is_map_key", 2, is_map_key);
    c.register_bif("erlang", "node", 0, node_0);
    c.register_bif("erlang", "node", 1, node_1);
    c.register_bif("erlang", "binary_part", 2, binary_part_2);
    c.register_bif("erlang", "binary_part", 3, binary_part_3);
    c.register_bif("erlang", "split_binary", 2, split_binary);
}

// ---------------------------------------------------------------------------
// Type tests
// ---------------------------------------------------------------------------

fn is_atom(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_atom()))
}
fn is_binary(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(binary::is_binary(a[0])))
}
fn is_bitstring(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_bitstring()))
}
fn is_boolean(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_boolean()))
}
fn is_float(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_float()))
}
fn is_function(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_fun()))
}
fn is_integer(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_integer()))
}
fn is_list(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_list() || a[0].is_nil()))
}
fn is_map(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_map()))
}
fn is_number(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_number()))
}
fn is_pid(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_pid()))
}
fn is_port(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_port()))
}
fn is_reference(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_ref()))
}
fn is_tuple(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(a[0].is_tuple()))
}

/// `is_function(F, Arity)`: the arity must be a non-negative integer (a
/// positive bignum is accepted and never matches).
fn is_function_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let arity = match a[1].as_small() {
        Some(n) if n >= 0 => n as u64,
        Some(_) => return badarg(),
        None if a[1].is_bignum() && !integer::is_negative(a[1]) => return Ok(Term::FALSE),
        None => return badarg(),
    };
    if !a[0].is_fun() {
        return Ok(Term::FALSE);
    }
    let fa = crate::interp::ops::fun_arity(ctx.vm, a[0]);
    Ok(Term::bool(fa.map(u64::from) == Some(arity)))
}

/// `is_record(Term, Tag)`: a tuple whose first element is the atom `Tag`.
fn is_record_2(_: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[1].is_atom() {
        return badarg();
    }
    Ok(Term::bool(
        a[0].as_tuple().and_then(|t| t.first()) == Some(&a[1]),
    ))
}

/// `is_record(Term, Tag, Size)`: `Tag` an atom, `Size` a small integer.
fn is_record_3(_: &mut Ctx, a: &[Term]) -> BifResult {
    let (true, Some(size)) = (a[1].is_atom(), a[2].as_small()) else {
        return badarg();
    };
    Ok(Term::bool(match a[0].as_tuple() {
        Some(t) => size > 0 && t.len() == size as usize && t[0] == a[1],
        None => false,
    }))
}

// ---------------------------------------------------------------------------
// Tuples
// ---------------------------------------------------------------------------

/// A 1-based index as a small integer in `1..=max`.
fn index(t: Term, max: usize) -> Option<usize> {
    match t.as_small() {
        Some(i) if i >= 1 && (i as usize) <= max => Some(i as usize),
        _ => None,
    }
}

fn element(_: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(t) = a[1].as_tuple() else {
        return badarg();
    };
    match index(a[0], t.len()) {
        Some(i) => Ok(t[i - 1]),
        None => badarg(),
    }
}

/// A tuple built from `elems` on the heap.
fn tuple_from(heap: &mut Heap, elems: &[Term]) -> Term {
    heap.tuple(elems)
}

fn setelement(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(t) = a[1].as_tuple() else {
        return badarg();
    };
    let Some(i) = index(a[0], t.len()) else {
        return badarg();
    };
    let mut v: Vec<Term> = t.to_vec();
    v[i - 1] = a[2];
    Ok(tuple_from(&mut ctx.p.heap, &v))
}

fn tuple_size(_: &mut Ctx, a: &[Term]) -> BifResult {
    match a[0].as_tuple() {
        Some(t) => Ok(Term::small(t.len() as isize)),
        None => badarg(),
    }
}

/// Makes a non-negative integer term from a size.
fn usize_term(heap: &mut Heap, n: usize) -> Term {
    heap.uint(n as u64)
}

/// `size/1`: a tuple's arity or a bitstring's whole bytes.
fn size(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if let Some(t) = a[0].as_tuple() {
        return Ok(Term::small(t.len() as isize));
    }
    match binary::bitstring(a[0]) {
        Some(b) => Ok(usize_term(&mut ctx.p.heap, b.bit_size / 8)),
        None => badarg(),
    }
}

/// `byte_size/1`: bytes, a partial last byte counting as one.
fn byte_size(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match binary::bitstring(a[0]) {
        Some(b) => Ok(usize_term(&mut ctx.p.heap, b.bit_size.div_ceil(8))),
        None => badarg(),
    }
}

fn bit_size(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match binary::bitstring(a[0]) {
        Some(b) => Ok(usize_term(&mut ctx.p.heap, b.bit_size)),
        None => badarg(),
    }
}

fn make_tuple_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(n) = tuple_len(a[0]) else {
        return badarg();
    };
    Ok(fill_tuple(&mut ctx.p.heap, n, a[1]))
}

/// An arity argument: a small integer in `0..=MAX_TUPLE_ARITY`.
fn tuple_len(t: Term) -> Option<usize> {
    match t.as_small() {
        Some(n) if n >= 0 && n as usize <= MAX_TUPLE_ARITY => Some(n as usize),
        _ => None,
    }
}

fn fill_tuple(heap: &mut Heap, n: usize, init: Term) -> Term {
    let (t, payload) = heap.alloc_boxed(crate::term::boxed::Subtag::Tuple, n);
    payload.fill(init.raw());
    t
}

/// `make_tuple(N, Default, [{Pos, Value}])`: later entries win.
fn make_tuple_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(n) = tuple_len(a[0]) else {
        return badarg();
    };
    // Validate the whole list before allocating the tuple.
    let mut sets: Vec<(usize, Term)> = Vec::new();
    let mut l = a[2];
    while let Some((h, tl)) = l.as_cons() {
        let Some(&[pos, v]) = h.as_tuple() else {
            return badarg();
        };
        let Some(i) = index(pos, n) else {
            return badarg();
        };
        sets.push((i, v));
        l = tl;
    }
    if !l.is_nil() {
        return badarg();
    }
    let mut v: Vec<Term> = alloc::vec![a[1]; n];
    for (i, x) in sets {
        v[i - 1] = x;
    }
    Ok(tuple_from(&mut ctx.p.heap, &v))
}

fn append_element(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(t) = a[0].as_tuple() else {
        return badarg();
    };
    if t.len() >= MAX_TUPLE_ARITY {
        return badarg();
    }
    let mut v: Vec<Term> = Vec::with_capacity(t.len() + 1);
    v.extend_from_slice(t);
    v.push(a[1]);
    Ok(tuple_from(&mut ctx.p.heap, &v))
}

/// `insert_element(Index, Tuple, Term)`: `Index` in `1..=tuple_size+1`.
fn insert_element(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(t) = a[1].as_tuple() else {
        return badarg();
    };
    if t.len() >= MAX_TUPLE_ARITY {
        return badarg();
    }
    let Some(i) = index(a[0], t.len() + 1) else {
        return badarg();
    };
    let mut v: Vec<Term> = Vec::with_capacity(t.len() + 1);
    v.extend_from_slice(&t[..i - 1]);
    v.push(a[2]);
    v.extend_from_slice(&t[i - 1..]);
    Ok(tuple_from(&mut ctx.p.heap, &v))
}

fn delete_element(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(t) = a[1].as_tuple() else {
        return badarg();
    };
    let Some(i) = index(a[0], t.len()) else {
        return badarg();
    };
    let mut v: Vec<Term> = Vec::with_capacity(t.len() - 1);
    v.extend_from_slice(&t[..i - 1]);
    v.extend_from_slice(&t[i..]);
    Ok(tuple_from(&mut ctx.p.heap, &v))
}

fn tuple_to_list(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match a[0].as_tuple() {
        Some(t) => {
            let v: Vec<Term> = t.to_vec();
            Ok(ctx.p.heap.list(&v))
        }
        None => badarg(),
    }
}

fn list_to_tuple(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(v) = proper_list(a[0]) else {
        return badarg();
    };
    if v.len() > MAX_TUPLE_ARITY {
        return badarg();
    }
    Ok(tuple_from(&mut ctx.p.heap, &v))
}

/// The elements of a proper list.
pub fn proper_list(mut l: Term) -> Option<Vec<Term>> {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        v.push(h);
        l = t;
    }
    if l.is_nil() {
        Some(v)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------

fn hd(_: &mut Ctx, a: &[Term]) -> BifResult {
    match a[0].as_cons() {
        Some((h, _)) => Ok(h),
        None => badarg(),
    }
}

fn tl(_: &mut Ctx, a: &[Term]) -> BifResult {
    match a[0].as_cons() {
        Some((_, t)) => Ok(t),
        None => badarg(),
    }
}

/// `length/1`: `badarg` on anything but a proper list.
fn length(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let mut n: usize = 0;
    let mut l = a[0];
    while let Some((_, t)) = l.as_cons() {
        n += 1;
        l = t;
    }
    if !l.is_nil() {
        return badarg();
    }
    Ok(usize_term(&mut ctx.p.heap, n))
}

// ---------------------------------------------------------------------------
// Maps
// ---------------------------------------------------------------------------

fn badmap(ctx: &mut Ctx, m: Term) -> Exc {
    ctx.error2(am::BADMAP, m)
}

fn map_size(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_map() {
        return Err(badmap(ctx, a[0]));
    }
    let n = map::size(a[0]);
    Ok(usize_term(&mut ctx.p.heap, n))
}

/// `map_get(Key, Map)`: `{badmap, Map}` or `{badkey, Key}`.
fn map_get(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[1].is_map() {
        return Err(badmap(ctx, a[1]));
    }
    match map::get(a[1], a[0]) {
        Some(v) => Ok(v),
        None => Err(ctx.error2(am::BADKEY, a[0])),
    }
}

fn is_map_key(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[1].is_map() {
        return Err(badmap(ctx, a[1]));
    }
    Ok(Term::bool(map::get(a[1], a[0]).is_some()))
}

// ---------------------------------------------------------------------------
// Nodes
// ---------------------------------------------------------------------------

fn node_0(_: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(Term::atom(am::NONODE))
}

/// `node(Pid | Port | Ref)`: everything is local.
fn node_1(_: &mut Ctx, a: &[Term]) -> BifResult {
    if a[0].is_pid() || a[0].is_port() || a[0].is_ref() {
        Ok(Term::atom(am::NONODE))
    } else {
        badarg()
    }
}

// ---------------------------------------------------------------------------
// Binaries
// ---------------------------------------------------------------------------

/// A sub-binary of `bits` bits of bitstring `t` starting `offset` bits in.
/// `t` must be a bitstring and the range inside it.
pub fn sub_bits(heap: &mut Heap, t: Term, offset: usize, bits: usize) -> Option<Term> {
    let (base, base_off, size) = binary::base_of(t)?;
    if offset.checked_add(bits)? > size {
        return None;
    }
    if offset == 0 && bits == size {
        return Some(t);
    }
    Some(heap.sub_binary(base, base_off + offset, bits))
}

/// erts' `binary_part`: `Start` a non-negative integer, `Len` any integer
/// (negative counts back from `Start`), the range within the whole bytes.
fn binary_part(heap: &mut Heap, bin: Term, start: Term, len: Term) -> BifResult {
    let Some(b) = binary::bitstring(bin) else {
        return badarg();
    };
    let (Some(start), Some(len)) = (integer::to_i64(start), integer::to_i64(len)) else {
        return badarg();
    };
    if start < 0 {
        return badarg();
    }
    let (mut pos, mut len) = (start as u64, len);
    if len < 0 {
        let back = len.unsigned_abs();
        if back > pos {
            return badarg();
        }
        pos -= back;
        len = back as i64;
    }
    let len = len as u64;
    match pos.checked_add(len) {
        Some(end) if end <= (b.bit_size / 8) as u64 => {}
        _ => return badarg(),
    }
    match sub_bits(heap, bin, pos as usize * 8, len as usize * 8) {
        Some(t) => Ok(t),
        None => badarg(),
    }
}

fn binary_part_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(&[start, len]) = a[1].as_tuple() else {
        return badarg();
    };
    binary_part(&mut ctx.p.heap, a[0], start, len)
}

fn binary_part_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    binary_part(&mut ctx.p.heap, a[0], a[1], a[2])
}

/// `split_binary(Bin, Pos)`: `Pos` whole bytes at most; the second part
/// keeps any trailing bits.
fn split_binary(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(b) = binary::bitstring(a[0]) else {
        return badarg();
    };
    let pos = match a[1].as_small() {
        Some(p) if p >= 0 && p as usize <= b.bit_size / 8 => p as usize * 8,
        _ => return badarg(),
    };
    let heap = &mut ctx.p.heap;
    let (Some(x), Some(y)) = (
        sub_bits(heap, a[0], 0, pos),
        sub_bits(heap, a[0], pos, b.bit_size - pos),
    ) else {
        return badarg();
    };
    Ok(heap.tuple(&[x, y]))
}

#[cfg(test)]
mod tests;
