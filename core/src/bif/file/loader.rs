//! `erl_prim_loader`'s file access, which OTP's loader process serves and
//! `application_controller` (reading `.app` files), `code` (searching the
//! path) and `filelib` use: `get_file/1`, `list_dir/1`, `read_file_info/1`,
//! `read_link_info/1`, `get_cwd/0,1`, `get_path/0` and `set_path/1`, as
//! BIFs over the host's file system. Failures are the atom `error`, as in
//! OTP (which also logs errors other than `enoent`, `enotdir` and
//! `einval`; this does not).

use super::super::erlang::pair;
use super::super::{badarg, BifResult, Ctx};
use super::{file_info_record, name, with_fs};
use crate::atom::{am, Atom};
use crate::heap::Heap;
use crate::term::Term;
use alloc::string::String;
use alloc::vec::Vec;

/// A file name given as an atom, a (deep) character list or a binary.
pub(crate) fn name_arg(t: Term) -> Option<Vec<u8>> {
    match t.as_atom() {
        Some(a) => Some(a.name().to_vec()),
        None => name::encode(t),
    }
}

fn error() -> BifResult {
    Ok(Term::atom(am::ERROR))
}

/// `{ok, Bin, FullName}`: a name without a directory is looked for in
/// the directories of the code path (the loader's path), any other one as
/// it is.
pub(super) fn get_file(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(file) = name_arg(a[0]) else {
        return error();
    };
    let candidates: Vec<Vec<u8>> = if file.contains(&b'/') {
        alloc::vec![file]
    } else {
        let dirs = crate::bif::code_path::path(ctx.vm).to_vec();
        dirs.iter()
            .map(|d| crate::bif::code_path::join(d.as_bytes(), &file))
            .collect()
    };
    for full in candidates {
        if let Ok(bytes) = with_fs(ctx, |fs| fs.read_file(&full)) {
            let bin = super::binary(&mut ctx.p.heap, bytes);
            let Some(name) = name::decode(ctx, &full) else {
                return error();
            };
            return Ok(ctx.p.heap.tuple(&[Term::atom(am::OK), bin, name]));
        }
    }
    error()
}

pub(super) fn list_dir(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(dir) = name_arg(a[0]) else {
        return error();
    };
    let Ok(names) = with_fs(ctx, |fs| fs.list_dir(&dir)) else {
        return error();
    };
    let mut l = Term::NIL;
    for n in names {
        if let Some(s) = name::decode(ctx, &n) {
            l = ctx.p.heap.cons(s, l);
        }
    }
    Ok(pair(&mut ctx.p.heap, Term::atom(am::OK), l))
}

/// Local time, as `prim_file:read_file_info/1` gives it.
fn local_time(h: &mut Heap, secs: i64) -> Term {
    crate::bif::erlang::sys::datetime_term(h, secs)
}

fn info(ctx: &mut Ctx, a: &[Term], follow: bool) -> BifResult {
    let Some(file) = name_arg(a[0]) else {
        return error();
    };
    match with_fs(ctx, |fs| fs.file_info(&file, follow)) {
        Ok(i) => {
            let rec = file_info_record(&mut ctx.p.heap, &i, local_time);
            Ok(pair(&mut ctx.p.heap, Term::atom(am::OK), rec))
        }
        Err(_) => error(),
    }
}

pub(super) fn read_file_info(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    info(ctx, a, true)
}

pub(super) fn read_link_info(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    info(ctx, a, false)
}

pub(super) fn get_cwd(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let Ok(cwd) = with_fs(ctx, |fs| fs.get_cwd()) else {
        return error();
    };
    match name::decode(ctx, &cwd) {
        Some(s) => Ok(pair(&mut ctx.p.heap, Term::atom(am::OK), s)),
        None => error(),
    }
}

/// Drives exist only on Windows.
pub(super) fn get_cwd_drive(_: &mut Ctx, _: &[Term]) -> BifResult {
    error()
}

pub(super) fn get_path(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let dirs: Vec<String> = crate::bif::code_path::path(ctx.vm).to_vec();
    let h = &mut ctx.p.heap;
    let l: Vec<Term> = dirs.iter().map(|d| h.str_list(d)).collect();
    let l = h.list(&l);
    Ok(pair(h, Term::atom(am::OK), l))
}

/// The loader's own path is the code path here: `code:set_path/1` sets
/// it. Accepted and ignored.
pub(super) fn set_path(_: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_list() && !a[0].is_nil() {
        return badarg();
    }
    Ok(Term::atom(Atom::from_str("ok")))
}
