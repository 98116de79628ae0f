//! Files: the NIFs under OTP's own `prim_file.erl` (and so `file`,
//! `filelib`, `file_server`, `file_io_server` and `raw_file_io`, which run
//! unmodified), `prim_buffer` ([`buffer`]), the file-name encoding BIFs
//! ([`name`]) and `erl_prim_loader`'s file access ([`loader`]), all over
//! the host's [`FileSystem`].
//!
//! Each NIF answers as OTP 25's `prim_file_nif.c` does on Unix: `ok`,
//! `{ok, V}`, `eof` or `{error, Posix}`, and `badarg` for arguments of the
//! wrong type (which `prim_file.erl` turns into `{error, badarg}`). A host
//! without a file system answers `{error, enotsup}` to everything.
//!
//! The NIFs are local functions of `prim_file` (`open_nif/2` and so on):
//! [`crate::vm::Vm`] points their bodies at these BIFs when it loads the
//! module, as `erlang:load_nif/2` does in BEAM (see [`NIF_MODULES`]).
//!
//! An open file is a reference naming a host handle in this VM's table.
//! OTP closes a file when its reference is garbage collected; here a file
//! stays open until closed (`file_io_server` closes its file when the
//! owner dies, so only raw files of a crashed owner stay open).

use super::erlang::{list_to_vec, pair};
use super::{badarg, BifResult, Ctx, Exc};
use crate::atom::{am, Atom};
use crate::code::CodeServer;
use crate::heap::{Heap, HEAP_BIN_LIMIT};
use crate::host::{FileInfo, FileSystem, FileType, OpenMode, Posix, Whence, ENOTSUP};
use crate::term::{boxed, integer, Term};
use alloc::collections::BTreeMap;
use alloc::vec::Vec;

pub(crate) mod buffer;
pub(crate) mod loader;
pub(crate) mod name;
#[cfg(test)]
mod tests;

/// Modules whose local NIF stubs the loader points at BIFs of the same
/// name (`erlang:load_nif/2`'s effect).
pub const NIF_MODULES: &[&str] = &["prim_file"];

/// Reference ids of open files: above those `make_ref/0` hands out, below
/// `atomics` arrays'.
const FILE_IDS: u64 = 1 << 61;

/// This VM's open files.
#[derive(Default)]
pub(crate) struct Files {
    /// Reference id -> the host's handle; `None` once closed.
    handles: BTreeMap<u64, Option<u64>>,
    next: u64,
    pub(crate) buffers: buffer::Buffers,
}

pub fn register(c: &mut CodeServer) {
    super::register_table(
        c,
        &[
            ("prim_file", "open_nif", 2, open_nif),
            ("prim_file", "file_desc_to_ref_nif", 1, enotsup),
            ("prim_file", "close_nif", 1, close_nif),
            ("prim_file", "delayed_close_nif", 1, close_nif),
            ("prim_file", "read_nif", 2, read_nif),
            ("prim_file", "write_nif", 2, write_nif),
            ("prim_file", "pread_nif", 3, pread_nif),
            ("prim_file", "pwrite_nif", 3, pwrite_nif),
            ("prim_file", "seek_nif", 3, seek_nif),
            ("prim_file", "sync_nif", 2, sync_nif),
            ("prim_file", "advise_nif", 4, advise_nif),
            ("prim_file", "allocate_nif", 3, allocate_nif),
            ("prim_file", "truncate_nif", 1, truncate_nif),
            ("prim_file", "get_handle_nif", 1, get_handle_nif),
            ("prim_file", "read_handle_info_nif", 1, read_handle_info_nif),
            ("prim_file", "ipread_s32bu_p32bu_nif", 3, ipread_nif),
            ("prim_file", "read_file_nif", 1, read_file_nif),
            ("prim_file", "read_link_nif", 1, read_link_nif),
            ("prim_file", "list_dir_nif", 1, list_dir_nif),
            ("prim_file", "read_info_nif", 2, read_info_nif),
            ("prim_file", "make_hard_link_nif", 2, make_hard_link_nif),
            ("prim_file", "make_soft_link_nif", 2, make_soft_link_nif),
            ("prim_file", "rename_nif", 2, rename_nif),
            ("prim_file", "make_dir_nif", 1, make_dir_nif),
            ("prim_file", "del_file_nif", 1, del_file_nif),
            ("prim_file", "del_dir_nif", 1, del_dir_nif),
            ("prim_file", "get_device_cwd_nif", 1, enotsup),
            ("prim_file", "set_cwd_nif", 1, set_cwd_nif),
            ("prim_file", "get_cwd_nif", 0, get_cwd_nif),
            ("prim_file", "altname_nif", 1, enotsup),
            ("prim_file", "set_permissions_nif", 2, set_permissions_nif),
            ("prim_file", "set_owner_nif", 3, set_owner_nif),
            ("prim_file", "set_time_nif", 4, set_time_nif),
            ("prim_file", "internal_name2native", 1, name::name2native),
            ("prim_file", "internal_native2name", 1, name::native2name),
            (
                "prim_file",
                "internal_normalize_utf8",
                1,
                name::normalize_utf8,
            ),
            ("prim_file", "is_translatable", 1, name::is_translatable),
            (
                "file",
                "native_name_encoding",
                0,
                name::native_name_encoding,
            ),
            ("prim_buffer", "new", 0, buffer::new),
            ("prim_buffer", "size", 1, buffer::size),
            ("prim_buffer", "wipe", 1, buffer::wipe),
            ("prim_buffer", "read", 2, buffer::read),
            ("prim_buffer", "read_iovec", 2, buffer::read_iovec),
            ("prim_buffer", "write", 2, buffer::write),
            ("prim_buffer", "skip", 2, buffer::skip),
            ("prim_buffer", "find_byte_index", 2, buffer::find_byte_index),
            ("prim_buffer", "try_lock", 1, buffer::try_lock),
            ("prim_buffer", "unlock", 1, buffer::unlock),
            ("erl_prim_loader", "get_file", 1, loader::get_file),
            ("erl_prim_loader", "list_dir", 1, loader::list_dir),
            (
                "erl_prim_loader",
                "read_file_info",
                1,
                loader::read_file_info,
            ),
            (
                "erl_prim_loader",
                "read_link_info",
                1,
                loader::read_link_info,
            ),
            ("erl_prim_loader", "get_cwd", 0, loader::get_cwd),
            ("erl_prim_loader", "get_cwd", 1, loader::get_cwd_drive),
            ("erl_prim_loader", "get_path", 0, loader::get_path),
            ("erl_prim_loader", "set_path", 1, loader::set_path),
        ],
    );
}

fn at(s: &str) -> Term {
    Term::atom(Atom::from_str(s))
}

/// `{error, Reason}`.
pub(crate) fn posix_error(h: &mut Heap, e: Posix) -> Term {
    pair(h, Term::atom(am::ERROR), at(e))
}

/// Runs `f` on the host's file system, `enotsup` when it has none.
pub(crate) fn with_fs<T>(
    ctx: &mut Ctx,
    f: impl FnOnce(&mut dyn FileSystem) -> Result<T, Posix>,
) -> Result<T, Posix> {
    match ctx.vm.host.fs() {
        Some(fs) => f(fs),
        None => Err(ENOTSUP),
    }
}

/// A binary of `v`, taking the vector over when it goes off-heap.
pub(crate) fn binary(h: &mut Heap, v: Vec<u8>) -> Term {
    if v.len() <= HEAP_BIN_LIMIT {
        h.binary(&v)
    } else {
        h.refc_binary(v)
    }
}

/// `ok` or `{error, Reason}`.
fn ok_or_error(ctx: &mut Ctx, r: Result<(), Posix>) -> BifResult {
    Ok(match r {
        Ok(()) => Term::atom(am::OK),
        Err(e) => posix_error(&mut ctx.p.heap, e),
    })
}

/// `{ok, Value}` or `{error, Reason}`.
fn ok_tuple(ctx: &mut Ctx, r: Result<Term, Posix>) -> BifResult {
    Ok(match r {
        Ok(v) => pair(&mut ctx.p.heap, Term::atom(am::OK), v),
        Err(e) => posix_error(&mut ctx.p.heap, e),
    })
}

/// A native path as `prim_file:internal_name2native/1` makes them: a
/// binary ending in a NUL byte (which is not part of the name).
fn path_arg(t: Term) -> Result<Vec<u8>, Exc> {
    let Some(b) = crate::term::binary::bytes(t) else {
        return badarg();
    };
    let b = b.strip_suffix(&[0]).unwrap_or(b);
    if b.contains(&0) {
        return badarg();
    }
    Ok(b.to_vec())
}

fn u64_arg(t: Term) -> Result<u64, Exc> {
    match integer::to_i64(t) {
        Some(n) if n >= 0 => Ok(n as u64),
        _ => badarg(),
    }
}

fn i64_arg(t: Term) -> Result<i64, Exc> {
    integer::to_i64(t).map_or_else(badarg, Ok)
}

/// The host handle of a file reference: `Ok(None)` once closed, `badarg`
/// for anything that is not a file reference.
fn handle(ctx: &Ctx, t: Term) -> Result<Option<u64>, Exc> {
    if !t.is_ref() {
        return badarg();
    }
    match ctx.vm.bifs.files.handles.get(&boxed::ref_value(t)) {
        Some(h) => Ok(*h),
        None => badarg(),
    }
}

/// Runs `f` on the open file `t`: `{error, einval}` once it is closed.
fn on_file<T>(
    ctx: &mut Ctx,
    t: Term,
    f: impl FnOnce(&mut dyn FileSystem, u64) -> Result<T, Posix>,
) -> Result<Result<T, Posix>, Exc> {
    let Some(fd) = handle(ctx, t)? else {
        return Ok(Err("einval"));
    };
    Ok(with_fs(ctx, |fs| f(fs, fd)))
}

/// The `#file_info{}` record (`file.hrl`), times as given (`prim_file`
/// converts the NIF's POSIX seconds; `erl_prim_loader` gives local time).
pub(crate) fn file_info_record(
    h: &mut Heap,
    i: &FileInfo,
    time: impl Fn(&mut Heap, i64) -> Term,
) -> Term {
    let kind = match i.kind {
        FileType::Device => "device",
        FileType::Directory => "directory",
        FileType::Regular => "regular",
        FileType::Symlink => "symlink",
        FileType::Other => "other",
    };
    let access = match (i.readable, i.writable) {
        (true, true) => "read_write",
        (true, false) => "read",
        (false, true) => "write",
        (false, false) => "none",
    };
    let size = h.uint(i.size);
    let (atime, mtime, ctime) = (time(h, i.atime), time(h, i.mtime), time(h, i.ctime));
    let major = h.uint(i.major_device);
    let minor = h.uint(i.minor_device);
    let inode = h.uint(i.inode);
    h.tuple(&[
        at("file_info"),
        size,
        at(kind),
        at(access),
        atime,
        mtime,
        ctime,
        Term::small(i.mode as isize),
        Term::small(i.links as isize),
        major,
        minor,
        inode,
        Term::small(i.uid as isize),
        Term::small(i.gid as isize),
    ])
}

fn posix_time(h: &mut Heap, secs: i64) -> Term {
    h.int(secs)
}

fn enotsup(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    Ok(posix_error(&mut ctx.p.heap, ENOTSUP))
}

// ---- open files ----

/// `open_nif(Path, Modes)`: modes other than these are handled above the
/// NIF (`raw`, `binary`, `read_ahead`...) and ignored here, as in OTP.
fn open_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let path = path_arg(a[0])?;
    let Some(modes) = list_to_vec(a[1]) else {
        return badarg();
    };
    let mut m = OpenMode::default();
    for t in modes {
        match t.as_atom().map(|x| x.name()) {
            Some(b"read") => m.read = true,
            Some(b"write") => m.write = true,
            Some(b"append") => m.append = true,
            Some(b"exclusive") => m.exclusive = true,
            Some(b"sync") => m.sync = true,
            Some(b"directory") => m.directory = true,
            _ => {}
        }
    }
    if m.append || m.exclusive {
        m.write = true;
    }
    if !m.write {
        m.read = true;
    }
    let r = with_fs(ctx, |fs| fs.open(&path, m));
    let r = r.map(|fd| {
        let files = &mut ctx.vm.bifs.files;
        files.next += 1;
        let id = FILE_IDS + files.next;
        files.handles.insert(id, Some(fd));
        ctx.p.heap.reference(id)
    });
    ok_tuple(ctx, r)
}

fn close_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(fd) = handle(ctx, a[0])? else {
        return Ok(posix_error(&mut ctx.p.heap, "einval"));
    };
    ctx.vm
        .bifs
        .files
        .handles
        .insert(boxed::ref_value(a[0]), None);
    let r = with_fs(ctx, |fs| fs.close(fd));
    ok_or_error(ctx, r)
}

/// `{ok, Data}`, `eof` for no bytes, or `{error, Reason}`.
fn data_or_eof(ctx: &mut Ctx, r: Result<Vec<u8>, Posix>) -> BifResult {
    Ok(match r {
        Ok(v) if v.is_empty() => Term::atom(am::EOF),
        Ok(v) => {
            let b = binary(&mut ctx.p.heap, v);
            pair(&mut ctx.p.heap, Term::atom(am::OK), b)
        }
        Err(e) => posix_error(&mut ctx.p.heap, e),
    })
}

/// A read size: the host is asked for at most this much at once.
fn size_arg(t: Term) -> Result<usize, Exc> {
    Ok(usize::try_from(u64_arg(t)?).unwrap_or(usize::MAX))
}

fn read_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let n = size_arg(a[1])?;
    let r = on_file(ctx, a[0], |fs, fd| fs.read(fd, n))?;
    data_or_eof(ctx, r)
}

/// A position in a file: `einval` (from the host call) when negative.
fn offset_arg(t: Term) -> Result<Result<u64, Posix>, Exc> {
    Ok(u64::try_from(i64_arg(t)?).map_err(|_| "einval"))
}

fn pread_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let off = offset_arg(a[1])?;
    let n = size_arg(a[2])?;
    let r = on_file(ctx, a[0], |fs, fd| fs.pread(fd, off?, n))?;
    data_or_eof(ctx, r)
}

/// The bytes of an I/O vector (a list of binaries).
fn iovec_arg(t: Term) -> Result<Vec<u8>, Exc> {
    let Some(parts) = list_to_vec(t) else {
        return badarg();
    };
    let mut v = Vec::new();
    for p in parts {
        match crate::term::binary::bytes(p) {
            Some(b) => v.extend_from_slice(b),
            None => return badarg(),
        }
    }
    Ok(v)
}

fn write_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let data = iovec_arg(a[1])?;
    let r = on_file(ctx, a[0], |fs, fd| fs.write(fd, &data))?;
    ok_or_error(ctx, r)
}

fn pwrite_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let off = offset_arg(a[1])?;
    let data = iovec_arg(a[2])?;
    let r = on_file(ctx, a[0], |fs, fd| fs.pwrite(fd, off?, &data))?;
    ok_or_error(ctx, r)
}

fn seek_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let whence = match a[1].as_atom().map(|x| x.name()) {
        Some(b"bof") => Whence::Bof,
        Some(b"cur") => Whence::Cur,
        Some(b"eof") => Whence::Eof,
        _ => return badarg(),
    };
    let off = i64_arg(a[2])?;
    let r = on_file(ctx, a[0], |fs, fd| fs.seek(fd, whence, off))?;
    let r = r.map(|pos| ctx.p.heap.uint(pos));
    ok_tuple(ctx, r)
}

fn sync_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let data_only = match a[1].as_small() {
        Some(0) => false,
        Some(1) => true,
        _ => return badarg(),
    };
    let r = on_file(ctx, a[0], |fs, fd| fs.sync(fd, data_only))?;
    ok_or_error(ctx, r)
}

/// Advice is only a hint: checked (`einval` for a negative offset or
/// length, as `posix_fadvise`) and ignored.
fn advise_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let (off, len) = (offset_arg(a[1])?, offset_arg(a[2])?);
    match a[3].as_atom().map(|x| x.name()) {
        Some(b"normal" | b"random" | b"sequential" | b"will_need" | b"dont_need" | b"no_reuse") => {
        }
        _ => return badarg(),
    }
    let r = on_file(ctx, a[0], |_, _| off.and(len).map(|_| ()))?;
    ok_or_error(ctx, r)
}

fn allocate_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let (off, len) = (offset_arg(a[1])?, offset_arg(a[2])?);
    let r = on_file(ctx, a[0], |fs, fd| fs.allocate(fd, off?, len?))?;
    ok_or_error(ctx, r)
}

fn truncate_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let r = on_file(ctx, a[0], |fs, fd| fs.truncate(fd))?;
    ok_or_error(ctx, r)
}

/// OS handles do not leave the host.
fn get_handle_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let r = on_file(ctx, a[0], |_, _| Err::<(), _>(ENOTSUP))?;
    ok_or_error(ctx, r)
}

fn read_handle_info_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let r = on_file(ctx, a[0], |fs, fd| fs.fd_info(fd))?;
    Ok(match r {
        Ok(i) => file_info_record(&mut ctx.p.heap, &i, posix_time),
        Err(e) => posix_error(&mut ctx.p.heap, e),
    })
}

/// `ipread_s32bu_p32bu_nif(File, Offset, MaxSize)` (for `dets`): reads a
/// 32-bit size and a 32-bit pointer at `Offset`, then `Size` bytes at the
/// pointer: `{ok, Size, Pointer, Data}`, `eof`, or `{error, Reason}`.
fn ipread_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let off = u64_arg(a[1])?;
    let max = u64_arg(a[2])?;
    let r = on_file(ctx, a[0], |fs, fd| {
        let head = fs.pread(fd, off, 8)?;
        if head.len() < 8 {
            return Ok(None);
        }
        let size = u32::from_be_bytes([head[0], head[1], head[2], head[3]]);
        let ptr = u32::from_be_bytes([head[4], head[5], head[6], head[7]]);
        if u64::from(size) > max {
            return Err("einval");
        }
        let data = fs.pread(fd, u64::from(ptr), size as usize)?;
        Ok(Some((size, ptr, data)))
    })?;
    Ok(match r {
        Ok(None) => Term::atom(am::EOF),
        Ok(Some((size, ptr, data))) => {
            let h = &mut ctx.p.heap;
            let (s, p) = (h.uint(size.into()), h.uint(ptr.into()));
            let d = if data.is_empty() && size > 0 {
                Term::atom(am::EOF)
            } else {
                binary(h, data)
            };
            h.tuple(&[Term::atom(am::OK), s, p, d])
        }
        Err(e) => posix_error(&mut ctx.p.heap, e),
    })
}

// ---- whole files and directories ----

fn read_file_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let path = path_arg(a[0])?;
    let r = with_fs(ctx, |fs| fs.read_file(&path));
    let r = r.map(|v| binary(&mut ctx.p.heap, v));
    ok_tuple(ctx, r)
}

fn read_link_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let path = path_arg(a[0])?;
    let r = with_fs(ctx, |fs| fs.read_link(&path));
    let r = r.map(|v| binary(&mut ctx.p.heap, v));
    ok_tuple(ctx, r)
}

fn list_dir_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let path = path_arg(a[0])?;
    let r = with_fs(ctx, |fs| fs.list_dir(&path));
    let r = r.map(|names| {
        let h = &mut ctx.p.heap;
        let bins: Vec<Term> = names.into_iter().map(|n| binary(h, n)).collect();
        h.list(&bins)
    });
    ok_tuple(ctx, r)
}

/// `read_info_nif(Path, FollowLinks)`: the record itself, not `{ok, _}`.
fn read_info_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let path = path_arg(a[0])?;
    let follow = match a[1].as_small() {
        Some(0) => false,
        Some(1) => true,
        _ => return badarg(),
    };
    let r = with_fs(ctx, |fs| fs.file_info(&path, follow));
    Ok(match r {
        Ok(i) => file_info_record(&mut ctx.p.heap, &i, posix_time),
        Err(e) => posix_error(&mut ctx.p.heap, e),
    })
}

/// A host operation on one path, and on two.
type PathOp = fn(&mut dyn FileSystem, &[u8]) -> Result<(), Posix>;
type PathsOp = fn(&mut dyn FileSystem, &[u8], &[u8]) -> Result<(), Posix>;

/// A NIF of one path whose answer is `ok` or `{error, Reason}`.
fn path_op(ctx: &mut Ctx, a: &[Term], op: PathOp) -> BifResult {
    let path = path_arg(a[0])?;
    let r = with_fs(ctx, |fs| op(fs, &path));
    ok_or_error(ctx, r)
}

/// A NIF of two paths whose answer is `ok` or `{error, Reason}`.
fn paths_op(ctx: &mut Ctx, a: &[Term], op: PathsOp) -> BifResult {
    let from = path_arg(a[0])?;
    let to = path_arg(a[1])?;
    let r = with_fs(ctx, |fs| op(fs, &from, &to));
    ok_or_error(ctx, r)
}

fn make_hard_link_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    paths_op(ctx, a, |fs, e, n| fs.make_link(e, n, false))
}

fn make_soft_link_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    paths_op(ctx, a, |fs, e, n| fs.make_link(e, n, true))
}

fn rename_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    paths_op(ctx, a, |fs, f, t| fs.rename(f, t))
}

fn make_dir_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    path_op(ctx, a, |fs, p| fs.make_dir(p))
}

fn del_file_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    path_op(ctx, a, |fs, p| fs.delete(p))
}

fn del_dir_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    path_op(ctx, a, |fs, p| fs.del_dir(p))
}

fn set_cwd_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    path_op(ctx, a, |fs, p| fs.set_cwd(p))
}

fn get_cwd_nif(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let r = with_fs(ctx, |fs| fs.get_cwd());
    let r = r.map(|v| binary(&mut ctx.p.heap, v));
    ok_tuple(ctx, r)
}

fn set_permissions_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let path = path_arg(a[0])?;
    let mode = u32::try_from(u64_arg(a[1])?).or_else(|_| badarg())?;
    let r = with_fs(ctx, |fs| fs.set_permissions(&path, mode));
    ok_or_error(ctx, r)
}

/// `set_owner_nif(Path, Uid, Gid)`: -1 leaves one unchanged.
fn set_owner_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let path = path_arg(a[0])?;
    let id = |t: Term| match i64_arg(t)? {
        -1 => Ok(None),
        n => u32::try_from(n).map(Some).or_else(|_| badarg()),
    };
    let (uid, gid) = (id(a[1])?, id(a[2])?);
    let r = with_fs(ctx, |fs| fs.set_owner(&path, uid, gid));
    ok_or_error(ctx, r)
}

/// `set_time_nif(Path, ATime, MTime, CTime)` in POSIX seconds (the change
/// time cannot be set on Unix and is ignored, as in OTP).
fn set_time_nif(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let path = path_arg(a[0])?;
    let atime = i64_arg(a[1])?;
    let mtime = i64_arg(a[2])?;
    i64_arg(a[3])?;
    let r = with_fs(ctx, |fs| fs.set_times(&path, atime, mtime));
    ok_or_error(ctx, r)
}

/// Points the body of each function of `m` that has a BIF of the same
/// name, arity and module at that BIF, as `erlang:load_nif/2` points a
/// module's NIF stubs at its NIFs: local calls (`open_nif(...)` inside
/// `prim_file`) then reach the BIF too, not only calls through exports.
pub(crate) fn point_nifs(code: &mut CodeServer, m: &mut crate::code::Module) {
    use crate::interp::instr::{BifTail, Instr};
    let name = m.name;
    let ins = m.area.code_mut();
    let starts: Vec<usize> = (0..ins.len())
        .filter(|&i| matches!(ins[i], Instr::FuncInfo { .. }))
        .collect();
    for start in starts {
        let Instr::FuncInfo {
            function, arity, ..
        } = ins[start]
        else {
            continue;
        };
        let Some(f) = function.as_atom() else {
            continue;
        };
        let Some(&bif) = code.bifs.get(&(name, f, arity)) else {
            continue;
        };
        // A function is `func_info` followed by its entry point.
        if start + 1 >= ins.len() {
            continue;
        }
        let export = code.export(name, f, arity);
        ins[start + 1] = Instr::CallBif {
            arity,
            bif,
            export,
            tail: BifTail::Return,
        };
    }
}
