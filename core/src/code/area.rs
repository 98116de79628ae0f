//! A module's code area: its instructions and the tables indexed by
//! instruction address, which grow while the module runs when its
//! functions are loaded on first call (see [`super::lazy`]).
//!
//! Modules are shared (`&'static`) and the interpreter reads instructions
//! through a plain slice, so growth cannot simply reallocate: a slice taken
//! before a load must stay readable until the interpreter next refreshes
//! it (at every call, return and lazy load) or its turn ends. A buffer the
//! area outgrows is therefore moved out, bit for bit, into a new one, and
//! the old allocation is handed to the code server, which frees it once the
//! interpreter has taken a fresh slice or its turn has ended
//! ([`super::CodeServer::free_retired`]). The only in-place write is
//! [`CodeArea::patch`], which turns a `CallLazy` into the call it stands
//! for; its caller refreshes its slice afterwards.
//!
//! Eagerly loaded modules build the area once and never touch it again.

use crate::atom::Atom;
use crate::heap::Heap;
use crate::interp::instr::Instr;
use alloc::vec::Vec;
use core::cell::UnsafeCell;

/// Entry address of a function not loaded yet.
pub const UNLOADED: u32 = u32::MAX;

struct Inner {
    code: Vec<Instr>,
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

/// The last entry at or before an address, from how many entries start
/// at or before it.
fn at_or_before(count: usize) -> Option<usize> {
    count.checked_sub(1)
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
                code,
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
        // use of one below ends before the function returns, and `code`
        // hands out a slice of the buffer, not of `Inner`).
        unsafe { &*self.cell.get() }
    }

    /// The instructions loaded so far. The slice stays readable until the
    /// code server's next [`super::CodeServer::free_retired`] even if the
    /// area grows meanwhile, but it does not show what was loaded after it was
    /// taken, and an instruction [`CodeArea::patch`]ed after it was taken
    /// must not be read through it.
    #[inline]
    pub fn code(&self) -> &[Instr] {
        let v = &self.inner().code;
        // SAFETY: a slice of the live buffer; see the module documentation
        // for why it outlives a reallocation.
        unsafe { core::slice::from_raw_parts(v.as_ptr(), v.len()) }
    }

    /// Mutable instructions of a module not installed yet.
    pub fn code_mut(&mut self) -> &mut Vec<Instr> {
        &mut self.cell.get_mut().code
    }

    pub fn len(&self) -> u32 {
        self.inner().code.len() as u32
    }

    pub fn is_empty(&self) -> bool {
        self.inner().code.is_empty()
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

    /// Appends a function's code (its addresses already counted from
    /// [`CodeArea::len`]) and records its entry. Returns the buffer the
    /// area outgrew, emptied but still allocated, for the caller to free
    /// once no slice of it can be in use.
    ///
    /// # Safety
    ///
    /// No reference returned by this area's methods other than
    /// [`CodeArea::code`] may be alive, and the caller must hold the code
    /// server mutably (so no other load or patch runs).
    pub unsafe fn append(&self, func: u32, entry: u32, add: Addition) -> Option<Vec<Instr>> {
        // SAFETY: exclusive by the caller's contract; slices from `code`
        // point into the buffer, not into `Inner`.
        let a = unsafe { &mut *self.cell.get() };
        let mut retired = None;
        let need = a.code.len() + add.code.len();
        if need > a.code.capacity() {
            let len = a.code.len();
            // A quarter more: reallocations stay few (the outgrown buffer
            // goes as soon as the interpreter has moved on), slack small.
            // Where memory is short or broken up, just what is needed.
            let mut grown = Vec::new();
            if grown
                .try_reserve_exact(need.max(len + len / 4).max(64))
                .is_err()
            {
                grown.reserve_exact(need);
            }
            // SAFETY: `grown` has room for `len` elements; they are moved
            // bit for bit and the old vector forgets them (length 0), so
            // each is owned once. The old allocation stays as it was, so a
            // slice taken earlier still reads the same values: the boxes
            // they hold now belong to `grown`, which outlives the old
            // buffer, and are never dropped by a patch.
            unsafe {
                core::ptr::copy_nonoverlapping(a.code.as_ptr(), grown.as_mut_ptr(), len);
                grown.set_len(len);
                a.code.set_len(0);
            }
            retired = Some(core::mem::replace(&mut a.code, grown));
        }
        a.code.extend(add.code);
        a.functions.extend(add.functions);
        a.line_at.extend(add.line_at);
        if let Some(h) = add.constants {
            a.constants.push(h);
        }
        if let Some(e) = a.entries.get_mut(func as usize) {
            *e = entry;
        }
        retired
    }

    /// Replaces the `CallLazy` at `ip` with the call it resolved to.
    ///
    /// # Safety
    ///
    /// As for [`CodeArea::append`]; moreover no slice from
    /// [`CodeArea::code`] taken before this call may be read at `ip`
    /// afterwards (the interpreter takes a fresh one).
    pub unsafe fn patch(&self, ip: u32, ins: Instr) {
        // SAFETY: exclusive by the caller's contract.
        let a = unsafe { &mut *self.cell.get() };
        if let Some(slot) = a.code.get_mut(ip as usize) {
            if matches!(slot, Instr::CallLazy { .. }) {
                *slot = ins;
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
    fn a_slice_taken_before_growth_stays_readable() {
        let a = CodeArea::lazy(3);
        // SAFETY: single-threaded test; no other reference into `a`.
        assert!(unsafe { a.append(0, 0, add(2)) }.is_some());
        let before = a.code();
        let mut retired = Vec::new();
        for f in 1..3 {
            // SAFETY: as above; `before` is a slice from `code`.
            if let Some(r) = unsafe { a.append(f, a.len(), add(100)) } {
                retired.push(r);
            }
        }
        assert!(!retired.is_empty(), "the area grew");
        assert_eq!(before.len(), 2);
        assert!(matches!(before[1], Instr::CallLazy { func: 1, .. }));
        assert_eq!(a.len(), 202);
        assert_eq!(a.entry(2), Some(102));
        assert_eq!(a.entry(5), None);
        drop(retired);
        // SAFETY: no slice is read at 0 after this.
        unsafe {
            a.patch(
                0,
                Instr::Call {
                    arity: 0,
                    target: 7,
                },
            );
        }
        assert!(matches!(a.code()[0], Instr::Call { target: 7, .. }));
    }

    #[test]
    fn patch_only_replaces_lazy_calls() {
        let mut a = CodeArea::new(alloc::vec![Instr::Return], Vec::new(), Vec::new());
        // SAFETY: no other reference.
        unsafe { a.patch(0, Instr::Send) };
        assert!(matches!(a.code_mut()[0], Instr::Return));
    }
}
