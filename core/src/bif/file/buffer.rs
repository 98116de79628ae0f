//! `prim_buffer`: the byte queues `prim_file` keeps its read-ahead in. Every
//! exported function is a BIF here (OTP's are NIFs over a resource).
//!
//! A buffer is a reference naming a queue in this VM's table. OTP frees a
//! buffer when its reference is collected; here buffers live as long as
//! the VM (one per opened file, holding no data once the file is read).

use super::super::erlang::pair;
use super::super::{badarg, BifResult, Ctx, Exc};
use crate::atom::{am, Atom};
use crate::term::{boxed, Term};
use alloc::collections::BTreeMap;
use alloc::vec::Vec;

/// Reference ids of buffers: above those of files.
const BUFFER_IDS: u64 = (1 << 61) + (1 << 60);

#[derive(Default)]
pub(crate) struct Buffers {
    map: BTreeMap<u64, Buf>,
    next: u64,
}

#[derive(Default)]
struct Buf {
    data: Vec<u8>,
    /// Bytes before this have been read.
    start: usize,
    locked: bool,
}

impl Buf {
    fn bytes(&self) -> &[u8] {
        &self.data[self.start..]
    }
    /// Drops the first `n` bytes (at most all of them).
    fn consume(&mut self, n: usize) {
        self.start = (self.start + n).min(self.data.len());
        if self.start == self.data.len() {
            self.data.clear();
            self.start = 0;
        } else if self.start > 4096 && self.start * 2 > self.data.len() {
            self.data.drain(..self.start);
            self.start = 0;
        }
    }
}

fn buf<'a>(ctx: &'a mut Ctx, t: Term) -> Result<&'a mut Buf, Exc> {
    if !t.is_ref() {
        return badarg();
    }
    match ctx.vm.bifs.files.buffers.map.get_mut(&boxed::ref_value(t)) {
        Some(b) => Ok(b),
        None => badarg(),
    }
}

/// A byte count no larger than the buffer holds.
fn count(ctx: &mut Ctx, b: Term, n: Term) -> Result<usize, Exc> {
    let have = buf(ctx, b)?.bytes().len();
    match n.as_small() {
        Some(n) if n >= 0 && n as usize <= have => Ok(n as usize),
        _ => badarg(),
    }
}

pub(super) fn new(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let bufs = &mut ctx.vm.bifs.files.buffers;
    bufs.next += 1;
    let id = BUFFER_IDS + bufs.next;
    bufs.map.insert(id, Buf::default());
    Ok(ctx.p.heap.reference(id))
}

pub(super) fn size(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let n = buf(ctx, a[0])?.bytes().len();
    Ok(ctx.p.heap.uint(n as u64))
}

pub(super) fn wipe(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let b = buf(ctx, a[0])?;
    b.data.clear();
    b.start = 0;
    Ok(Term::atom(am::OK))
}

/// Takes `n` bytes off the front.
fn take(ctx: &mut Ctx, a: &[Term]) -> Result<Vec<u8>, Exc> {
    let n = count(ctx, a[0], a[1])?;
    let b = buf(ctx, a[0])?;
    let v = b.bytes()[..n].to_vec();
    b.consume(n);
    Ok(v)
}

pub(super) fn read(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let v = take(ctx, a)?;
    Ok(super::binary(&mut ctx.p.heap, v))
}

pub(super) fn read_iovec(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let v = take(ctx, a)?;
    let b = super::binary(&mut ctx.p.heap, v);
    Ok(ctx.p.heap.cons(b, Term::NIL))
}

pub(super) fn write(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let data = super::iovec_arg(a[1])?;
    buf(ctx, a[0])?.data.extend_from_slice(&data);
    Ok(Term::atom(am::OK))
}

pub(super) fn skip(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let n = count(ctx, a[0], a[1])?;
    buf(ctx, a[0])?.consume(n);
    Ok(Term::atom(am::OK))
}

pub(super) fn find_byte_index(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let byte = match a[1].as_small() {
        Some(c) if (0..=255).contains(&c) => c as u8,
        _ => return badarg(),
    };
    let found = buf(ctx, a[0])?.bytes().iter().position(|&c| c == byte);
    Ok(match found {
        Some(i) => pair(&mut ctx.p.heap, Term::atom(am::OK), Term::small(i as isize)),
        None => Term::atom(Atom::from_str("not_found")),
    })
}

pub(super) fn try_lock(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let b = buf(ctx, a[0])?;
    let got = !b.locked;
    b.locked = true;
    Ok(Term::atom(Atom::from_str(if got {
        "acquired"
    } else {
        "busy"
    })))
}

pub(super) fn unlock(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    buf(ctx, a[0])?.locked = false;
    Ok(Term::atom(am::OK))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bif::convert::testkit::Rig;

    #[test]
    fn queue() {
        let mut r = Rig::new();
        let mut ctx = Ctx {
            vm: &mut r.vm,
            p: &mut r.p,
        };
        let b = new(&mut ctx, &[]).unwrap();
        let bin = ctx.p.heap.binary(b"ab\ncd");
        let iov = ctx.p.heap.list(&[bin]);
        write(&mut ctx, &[b, iov]).unwrap();
        let s = size(&mut ctx, &[b]).unwrap();
        assert_eq!(s.as_small(), Some(5));
        let i = find_byte_index(&mut ctx, &[b, Term::small(b'\n' as isize)]).unwrap();
        assert_eq!(crate::term::print::to_string(i), "{ok,2}");
        assert!(read(&mut ctx, &[b, Term::small(6)]).is_err());
        let got = read(&mut ctx, &[b, Term::small(3)]).unwrap();
        assert_eq!(crate::term::binary::bytes(got), Some(&b"ab\n"[..]));
        skip(&mut ctx, &[b, Term::small(1)]).unwrap();
        let rest = read_iovec(&mut ctx, &[b, Term::small(1)]).unwrap();
        assert_eq!(crate::term::print::to_string(rest), "[<<100>>]");
        let i = find_byte_index(&mut ctx, &[b, Term::small(10)]).unwrap();
        assert_eq!(crate::term::print::to_string(i), "not_found");
        assert!(size(&mut ctx, &[Term::small(1)]).is_err());
        let lock = try_lock(&mut ctx, &[b]).unwrap();
        assert_eq!(crate::term::print::to_string(lock), "acquired");
        let lock = try_lock(&mut ctx, &[b]).unwrap();
        assert_eq!(crate::term::print::to_string(lock), "busy");
    }
}
