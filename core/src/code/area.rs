//! A module's code area: its instructions and the tables indexed by
//! instruction address, which grow while the module runs when its
//! functions are loaded on first call (see [`super::lazy`]).
//!
//! An eagerly loaded module's code is one block, built once. A lazily
//! loaded module's is one exact block per loaded function, which never
//! moves or goes while the module lives: addresses still count on from
//! function to function (a function loaded next starts where the last
//! one ended), so tables, return addresses and catch handlers hold plain
//! addresses, and the interpreter reads the block holding an address
//! through [`CodeArea::segment_at`]. Code that grows by whole blocks
//! leaves no hole behind it, which on a board is what lets the heap's
//! other blocks (process heaps) find room (docs/bare-metal.md).
//!
//! The blocks are kept as raw pointers, not boxes, so that moving them
//! within the table (as it grows) never asserts uniqueness over a block
//! the interpreter is reading. The only write to a block is
//! [`CodeArea::patch`], which turns a `CallLazy` into the call it stands
//! for; its caller takes a fresh slice afterwards.

use crate::atom::Atom;
use crate::heap::Heap;
use crate::interp::instr::Instr;
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::UnsafeCell;

/// Entry address of a function not loaded yet.
pub const UNLOADED: u32 = u32::MAX;

/// One loaded function's block: `len` instructions at `ptr`, addresses
/// from `base`. Owned by the area (made by `Box::into_raw`).
struct Segment {
    base: u32,
    len: u32,
    ptr: *mut Instr,
}

struct Inner {
    /// An eagerly loaded module's instructions.
    code: Vec<Instr>,
    /// A lazily loaded module's blocks, by address.
    segments: Vec<Segment>,
    /// Instructions in `segments`.
    loaded: u32,
    /// `(start ip, function, arity)` sorted by ip.
    functions: Vec<(u32, Atom, u32)>,
    /// `(ip, line item)` sorted by ip.
    line_at: Vec<(u32, u32)>,
    /// Entry address of each function of a lazily loaded module
    /// ([`UNLOADED`] until its first call); empty for an eager one.
    entries: Vec<u32>,
    /// Constants (floats, big integers) the lazily loaded functions' operands
    /// hold; like the literal area, never collected and never moved.
    constants: Vec<Heap>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        for s in self.segments.drain(..) {
            // SAFETY: made by `Box::into_raw` of a boxed slice of `len`
            // instructions in `append`, and dropped only here.
            drop(unsafe {
                Box::from_raw(core::ptr::slice_from_raw_parts_mut(s.ptr, s.len as usize))
            });
        }
    }
}

/// The last entry at or before an address, from how many entries start
/// at or before it.
fn at_or_before(count: usize) -> Option<usize> {
    count.checked_sub(1)
}

impl Inner {
    /// The block holding address `ip` (the last one for an address past
    /// the end), if any function is loaded at or before it.
    fn segment(&self, ip: u32) -> Option<&Segment> {
        let i = at_or_before(self.segments.partition_point(|s| s.base <= ip))?;
        Some(&self.segments[i])
    }
}

pub struct CodeArea {
    cell: UnsafeCell<Inner>,
}

/// What one lazily loaded function adds to its module's area.
pub struct Addition {
    pub code: Vec<Instr>,
    pub functions: Vec<(u32, Atom, u32)>,
    pub line_at: Vec<(u32, u32)>,
    pub constants: Option<Heap>,
}

impl CodeArea {
    pub fn new(
        code: Vec<Instr>,
        functions: Vec<(u32, Atom, u32)>,
        line_at: Vec<(u32, u32)>,
    ) -> Self {
        CodeArea {
            cell: UnsafeCell::new(Inner {
                loaded: 0,
                code,
                segments: Vec::new(),
                functions,
                line_at,
                entries: Vec::new(),
                constants: Vec::new(),
            }),
        }
    }

    /// An empty area for a module of `functions` functions, none loaded.
    pub fn lazy(functions: usize) -> Self {
        let mut a = CodeArea::new(Vec::new(), Vec::new(), Vec::new());
        a.cell.get_mut().entries = alloc::vec![UNLOADED; functions];
        a
    }

    fn inner(&self) -> &Inner {
        // SAFETY: the only writers are `append`, `patch` and `code_mut`;
        // `append` and `patch` run with the code server borrowed mutably
        // and never while a reference from this function is alive (every
        // use of one below ends before the function returns, and the
        // slices handed out are of blocks, not of `Inner`).
        unsafe { &*self.cell.get() }
    }

    /// An eagerly loaded module's instructions (a lazily loaded one's are
    /// in blocks: [`CodeArea::segment_at`]).
    pub fn code(&self) -> &[Instr] {
        &self.inner().code
    }

    /// The block holding address `ip` and its first address: the whole
    /// code of an eagerly loaded module, one function of a lazily loaded
    /// one (the last for an address past the end, an empty one before the
    /// first). The slice stays
    /// readable while the module lives, but an instruction
    /// [`CodeArea::patch`]ed after it was taken must not be read through
    /// it.
    #[inline]
    pub fn segment_at(&self, ip: u32) -> (usize, &[Instr]) {
        let a = self.inner();
        if a.segments.is_empty() {
            let v = &a.code;
            // SAFETY: a slice of the eager code, which never changes after
            // the module is installed.
            return (0, unsafe {
                core::slice::from_raw_parts(v.as_ptr(), v.len())
            });
        }
        match a.segment(ip) {
            Some(s) => {
                // SAFETY: a block the area owns and never frees or moves
                // while the module lives.
                let code = unsafe { core::slice::from_raw_parts(s.ptr, s.len as usize) };
                (s.base as usize, code)
            }
            None => (0, &[]),
        }
    }

    /// Mutable instructions of a module not installed yet.
    pub fn code_mut(&mut self) -> &mut Vec<Instr> {
        &mut self.cell.get_mut().code
    }

    /// Instructions loaded so far (the next function's first address).
    pub fn len(&self) -> u32 {
        let a = self.inner();
        a.code.len() as u32 + a.loaded
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `(name, arity)` of the function containing `ip`.
    pub fn function_at(&self, ip: u32) -> Option<(Atom, u32)> {
        let f = &self.inner().functions;
        let i = at_or_before(f.partition_point(|e| e.0 <= ip))?;
        Some((f[i].1, f[i].2))
    }

    /// `(ip of the line instruction, line item)` before `ip`.
    pub fn line_before(&self, ip: u32) -> Option<(u32, u32)> {
        let l = &self.inner().line_at;
        Some(l[at_or_before(l.partition_point(|e| e.0 <= ip))?])
    }

    /// The loaded functions, in address order.
    pub fn loaded_functions(&self) -> Vec<(Atom, u32)> {
        self.inner()
            .functions
            .iter()
            .map(|&(_, f, a)| (f, a))
            .collect()
    }

    /// Entry address of lazily loaded function `func`, if loaded.
    pub fn entry(&self, func: u32) -> Option<u32> {
        match self.inner().entries.get(func as usize) {
            Some(&e) if e != UNLOADED => Some(e),
            _ => None,
        }
    }

    /// Adds a function's code (its addresses already counted from
    /// [`CodeArea::len`]) as a block of its own and records its entry.
    ///
    /// # Safety
    ///
    /// No reference returned by this area's methods other than the slices
    /// of [`CodeArea::code`] and [`CodeArea::segment_at`] may be alive,
    /// and the caller must hold the code server mutably (so no other load
    /// or patch runs).
    pub unsafe fn append(&self, func: u32, entry: u32, add: Addition) {
        // SAFETY: exclusive by the caller's contract; slices handed out
        // point into blocks, not into `Inner`.
        let a = unsafe { &mut *self.cell.get() };
        let len = add.code.len() as u32;
        let base = a.code.len() as u32 + a.loaded;
        let block = Box::into_raw(add.code.into_boxed_slice());
        a.segments.push(Segment {
            base,
            len,
            ptr: block.cast::<Instr>(),
        });
        a.loaded += len;
        a.functions.extend(add.functions);
        a.line_at.extend(add.line_at);
        if let Some(h) = add.constants {
            a.constants.push(h);
        }
        if let Some(e) = a.entries.get_mut(func as usize) {
            *e = entry;
        }
    }

    /// Replaces the `CallLazy` at `ip` with the call it resolved to.
    ///
    /// # Safety
    ///
    /// As for [`CodeArea::append`]; moreover no slice taken before this
    /// call may be read at `ip` afterwards (the interpreter takes a fresh
    /// one).
    pub unsafe fn patch(&self, ip: u32, ins: Instr) {
        // SAFETY: exclusive by the caller's contract.
        let a = unsafe { &mut *self.cell.get() };
        let slot = if a.segments.is_empty() {
            a.code.get_mut(ip as usize).map(|s| s as *mut Instr)
        } else {
            a.segment(ip).and_then(|s| {
                let off = ip - s.base;
                // SAFETY: `off < len`, inside the block.
                (off < s.len).then(|| unsafe { s.ptr.add(off as usize) })
            })
        };
        if let Some(slot) = slot {
            // SAFETY: `slot` is an instruction of this area, written by no
            // one else now (see above). A `CallLazy` owns nothing, so it is
            // overwritten without being dropped.
            unsafe {
                if matches!(*slot, Instr::CallLazy { .. }) {
                    slot.write(ins);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::instr::CallKind;

    fn lazy_call(func: u32) -> Instr {
        Instr::CallLazy {
            kind: CallKind::Call,
            arity: 0,
            func,
            dealloc: 0,
        }
    }

    fn add(n: usize) -> Addition {
        Addition {
            code: (0..n).map(|i| lazy_call(i as u32)).collect(),
            functions: Vec::new(),
            line_at: Vec::new(),
            constants: None,
        }
    }

    #[test]
    fn blocks_never_move_as_functions_load() {
        let a = CodeArea::lazy(3);
        // SAFETY: single-threaded test; no other reference into `a`.
        unsafe { a.append(0, 0, add(2)) };
        let (base, first) = a.segment_at(1);
        assert_eq!((base, first.len()), (0, 2));
        for f in 1..3 {
            // SAFETY: as above; `first` is a slice from `segment_at`.
            unsafe { a.append(f, a.len(), add(100)) };
        }
        // The slice taken before still reads its block.
        assert!(matches!(first[1], Instr::CallLazy { func: 1, .. }));
        assert_eq!(a.len(), 202);
        assert_eq!(a.entry(2), Some(102));
        assert_eq!(a.entry(5), None);
        let (base, third) = a.segment_at(150);
        assert_eq!((base, third.len()), (102, 100));
        assert_eq!(a.segment_at(202).0, 102, "past the end: the last block");
        // SAFETY: `first` is not read at 1 after this.
        unsafe {
            a.patch(
                1,
                Instr::Call {
                    arity: 0,
                    target: 7,
                },
            );
        }
        assert!(matches!(
            a.segment_at(1).1[1],
            Instr::Call { target: 7, .. }
        ));
        // Not a lazy call: left alone.
        // SAFETY: as above.
        unsafe { a.patch(1, Instr::Return) };
        assert!(matches!(a.segment_at(0).1[1], Instr::Call { .. }));
    }

    #[test]
    fn patch_only_replaces_lazy_calls() {
        let mut a = CodeArea::new(alloc::vec![Instr::Return], Vec::new(), Vec::new());
        // SAFETY: no other reference.
        unsafe { a.patch(0, Instr::Send) };
        assert!(matches!(a.code_mut()[0], Instr::Return));
    }
}
