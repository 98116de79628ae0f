//! The tagged-word term representation.
//!
//! One machine word per term, on 32- and 64-bit targets alike, tagged the way
//! BEAM tags them so small integers overflow into bignums exactly where OTP's
//! do for the word size:
//!
//! | low bits | meaning |
//! |---|---|
//! | `..00` | header word (only ever inside a boxed object) |
//! | `..01` | list cell pointer (`[head, tail]`) |
//! | `..10` | boxed pointer (to a header word) |
//! | `..0011` | pid, `..0111` port, `..1111` small integer |
//! | `..00_1011` | atom, `..01_1011` catch tag, `..10_1011` code pointer, `..11_1011` nil |
//!
//! Pointers are raw addresses: heaps are word-aligned, which keeps the low two
//! bits free. The word `0` is the non-value (never a valid term).

pub mod binary;
pub mod boxed;
pub mod compare;
pub mod copy;
pub mod hash;
pub mod integer;
pub mod map;
pub mod owned;
pub mod print;

use crate::atom::Atom;

pub const WORD_BYTES: usize = core::mem::size_of::<usize>();
pub const WORD_BITS: usize = usize::BITS as usize;

const TAG_PRIMARY_MASK: usize = 0b11;
pub(crate) const TAG_HEADER: usize = 0b00;
const TAG_LIST: usize = 0b01;
const TAG_BOXED: usize = 0b10;
const TAG_IMMED1_MASK: usize = 0b1111;
const TAG_PID: usize = 0b0011;
const TAG_PORT: usize = 0b0111;
const TAG_SMALL: usize = 0b1111;
const TAG_IMMED2_MASK: usize = 0b11_1111;
const TAG_ATOM: usize = 0b00_1011;
const TAG_CATCH: usize = 0b01_1011;
const TAG_CP: usize = 0b10_1011;
const TAG_NIL: usize = 0b11_1011;

/// Bits of payload in a small integer: 60 on 64-bit, 28 on 32-bit, as OTP.
pub const SMALL_BITS: usize = WORD_BITS - 4;
pub const MAX_SMALL: isize = (1isize << (SMALL_BITS - 1)) - 1;
pub const MIN_SMALL: isize = -(1isize << (SMALL_BITS - 1));

#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Term(usize);

impl core::fmt::Debug for Term {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Term({:#x})", self.0)
    }
}

impl Term {
    /// Not a term: marks "no value" (e.g. a failed BIF, an empty slot).
    pub const NON_VALUE: Term = Term(0);
    pub const NIL: Term = Term(TAG_NIL);
    pub const TRUE: Term = Term::atom(crate::atom::am::TRUE);
    pub const FALSE: Term = Term::atom(crate::atom::am::FALSE);

    #[inline(always)]
    pub const fn raw(self) -> usize {
        self.0
    }
    #[inline(always)]
    pub const fn from_raw(w: usize) -> Term {
        Term(w)
    }
    #[inline(always)]
    pub const fn is_value(self) -> bool {
        self.0 != 0
    }

    // ---- immediates ----

    #[inline(always)]
    pub const fn small(i: isize) -> Term {
        Term(((i as usize) << 4) | TAG_SMALL)
    }
    /// A small integer if `i` fits, else `None` (the caller makes a bignum).
    #[inline(always)]
    pub fn try_small(i: i64) -> Option<Term> {
        if i >= MIN_SMALL as i64 && i <= MAX_SMALL as i64 {
            Some(Term::small(i as isize))
        } else {
            None
        }
    }
    #[inline(always)]
    pub const fn is_small(self) -> bool {
        self.0 & TAG_IMMED1_MASK == TAG_SMALL
    }
    #[inline(always)]
    pub const fn small_value(self) -> isize {
        (self.0 as isize) >> 4
    }
    #[inline(always)]
    pub fn as_small(self) -> Option<isize> {
        if self.is_small() {
            Some(self.small_value())
        } else {
            None
        }
    }

    #[inline(always)]
    pub const fn atom(a: Atom) -> Term {
        Term(((a.0 as usize) << 6) | TAG_ATOM)
    }
    #[inline(always)]
    pub const fn is_atom(self) -> bool {
        self.0 & TAG_IMMED2_MASK == TAG_ATOM
    }
    #[inline(always)]
    pub const fn atom_value(self) -> Atom {
        Atom((self.0 >> 6) as u32)
    }
    #[inline(always)]
    pub fn as_atom(self) -> Option<Atom> {
        if self.is_atom() {
            Some(self.atom_value())
        } else {
            None
        }
    }
    #[inline(always)]
    pub const fn bool(b: bool) -> Term {
        if b {
            Term::TRUE
        } else {
            Term::FALSE
        }
    }
    #[inline(always)]
    pub fn is_boolean(self) -> bool {
        self == Term::TRUE || self == Term::FALSE
    }

    #[inline(always)]
    pub const fn pid(id: usize) -> Term {
        Term((id << 4) | TAG_PID)
    }
    #[inline(always)]
    pub const fn is_pid(self) -> bool {
        self.0 & TAG_IMMED1_MASK == TAG_PID
    }
    #[inline(always)]
    pub const fn pid_value(self) -> usize {
        self.0 >> 4
    }
    #[inline(always)]
    pub const fn port(id: usize) -> Term {
        Term((id << 4) | TAG_PORT)
    }
    #[inline(always)]
    pub const fn is_port(self) -> bool {
        self.0 & TAG_IMMED1_MASK == TAG_PORT
    }
    #[inline(always)]
    pub const fn port_value(self) -> usize {
        self.0 >> 4
    }

    #[inline(always)]
    pub const fn is_nil(self) -> bool {
        self.0 == TAG_NIL
    }

    /// A catch tag: index into the VM's catch table (handler address).
    #[inline(always)]
    pub const fn catch(index: usize) -> Term {
        Term((index << 6) | TAG_CATCH)
    }
    #[inline(always)]
    pub const fn is_catch(self) -> bool {
        self.0 & TAG_IMMED2_MASK == TAG_CATCH
    }
    #[inline(always)]
    pub const fn catch_value(self) -> usize {
        self.0 >> 6
    }
    /// A code-pointer marker stored on the stack (a return address index).
    #[inline(always)]
    pub const fn cp(index: usize) -> Term {
        Term((index << 6) | TAG_CP)
    }
    #[inline(always)]
    pub const fn is_cp(self) -> bool {
        self.0 & TAG_IMMED2_MASK == TAG_CP
    }
    #[inline(always)]
    pub const fn cp_value(self) -> usize {
        self.0 >> 6
    }

    #[inline(always)]
    pub const fn is_immediate(self) -> bool {
        self.0 & TAG_PRIMARY_MASK == 0b11
    }

    // ---- pointers ----

    #[inline(always)]
    pub const fn is_list(self) -> bool {
        self.0 & TAG_PRIMARY_MASK == TAG_LIST
    }
    #[inline(always)]
    pub const fn is_boxed(self) -> bool {
        self.0 & TAG_PRIMARY_MASK == TAG_BOXED
    }
    #[inline(always)]
    pub const fn is_header(self) -> bool {
        self.0 & TAG_PRIMARY_MASK == TAG_HEADER
    }
    /// Lists and boxed terms point at heap or literal words.
    #[inline(always)]
    pub const fn is_pointer(self) -> bool {
        self.0 & 0b11 == TAG_LIST || self.0 & 0b11 == TAG_BOXED
    }
    #[inline(always)]
    pub fn list_from_ptr(p: *const usize) -> Term {
        debug_assert!(p as usize & 0b11 == 0);
        Term(p as usize | TAG_LIST)
    }
    #[inline(always)]
    pub fn boxed_from_ptr(p: *const usize) -> Term {
        debug_assert!(p as usize & 0b11 == 0);
        Term(p as usize | TAG_BOXED)
    }
    /// The address a list or boxed term points at.
    #[inline(always)]
    pub const fn ptr(self) -> *mut usize {
        (self.0 & !TAG_PRIMARY_MASK) as *mut usize
    }

    /// Head and tail of a cons cell.
    #[inline(always)]
    pub fn cons(self) -> (Term, Term) {
        debug_assert!(self.is_list());
        // SAFETY: a list term always points at two initialised words (a cons
        // cell) on a live heap or literal area; terms are only read while the
        // heap that holds them is alive and not being collected.
        unsafe {
            let p = self.ptr();
            (Term(*p), Term(*p.add(1)))
        }
    }
    #[inline(always)]
    pub fn head(self) -> Term {
        self.cons().0
    }
    #[inline(always)]
    pub fn tail(self) -> Term {
        self.cons().1
    }
    /// `(head, tail)` if this is a cons cell.
    #[inline(always)]
    pub fn as_cons(self) -> Option<(Term, Term)> {
        if self.is_list() {
            Some(self.cons())
        } else {
            None
        }
    }

    /// The header word of a boxed term.
    #[inline(always)]
    pub fn header(self) -> boxed::Header {
        debug_assert!(self.is_boxed());
        // SAFETY: a boxed term always points at its header word, alive as above.
        unsafe { boxed::Header(*self.ptr()) }
    }
    /// Word `i` after the header of a boxed term (0-based payload index).
    #[inline(always)]
    pub fn payload(self, i: usize) -> usize {
        debug_assert!(i < self.header().arity());
        // SAFETY: callers index within the payload the header declares.
        unsafe { *self.ptr().add(1 + i) }
    }
    #[inline(always)]
    pub fn payload_term(self, i: usize) -> Term {
        Term(self.payload(i))
    }
    /// The payload words of a boxed term.
    #[inline(always)]
    pub fn payload_slice<'a>(self) -> &'a [usize] {
        let n = self.header().arity();
        // SAFETY: the header declares `n` payload words following it; the
        // lifetime is the caller's promise not to keep the slice across GC.
        unsafe { core::slice::from_raw_parts(self.ptr().add(1), n) }
    }

    #[inline(always)]
    pub fn subtag(self) -> Option<boxed::Subtag> {
        if self.is_boxed() {
            Some(self.header().subtag())
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_tuple(self) -> bool {
        self.subtag() == Some(boxed::Subtag::Tuple)
    }
    /// The elements of a tuple.
    #[inline(always)]
    pub fn as_tuple<'a>(self) -> Option<&'a [Term]> {
        if self.is_tuple() {
            let s = self.payload_slice();
            // SAFETY: Term is repr(transparent) over usize, and tuple payload
            // words are all terms.
            Some(unsafe { core::slice::from_raw_parts(s.as_ptr() as *const Term, s.len()) })
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.subtag() == Some(boxed::Subtag::Float)
    }
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(boxed::float_value(self))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_bignum(self) -> bool {
        matches!(
            self.subtag(),
            Some(boxed::Subtag::BigPos) | Some(boxed::Subtag::BigNeg)
        )
    }
    #[inline(always)]
    pub fn is_integer(self) -> bool {
        self.is_small() || self.is_bignum()
    }
    #[inline(always)]
    pub fn is_number(self) -> bool {
        self.is_integer() || self.is_float()
    }
    #[inline(always)]
    pub fn is_map(self) -> bool {
        matches!(
            self.subtag(),
            Some(boxed::Subtag::FlatMap) | Some(boxed::Subtag::HashMap)
        )
    }
    #[inline(always)]
    pub fn is_fun(self) -> bool {
        matches!(
            self.subtag(),
            Some(boxed::Subtag::Fun) | Some(boxed::Subtag::Export)
        )
    }
    #[inline(always)]
    pub fn is_ref(self) -> bool {
        self.subtag() == Some(boxed::Subtag::Ref)
    }
    /// Any bitstring (binary or not): heap, refc or sub binary.
    #[inline(always)]
    pub fn is_bitstring(self) -> bool {
        matches!(
            self.subtag(),
            Some(boxed::Subtag::HeapBin)
                | Some(boxed::Subtag::RefcBin)
                | Some(boxed::Subtag::SubBin)
        )
    }
    /// A proper list: `[]` or a cons whose tails end in `[]`.
    pub fn is_proper_list(self) -> bool {
        let mut t = self;
        while let Some((_, tl)) = t.as_cons() {
            t = tl;
        }
        t.is_nil()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_bounds_follow_word_size() {
        if WORD_BITS == 64 {
            assert_eq!(MAX_SMALL, 576460752303423487);
            assert_eq!(MIN_SMALL, -576460752303423488);
        } else {
            assert_eq!(MAX_SMALL, 134217727);
        }
        for i in [0isize, 1, -1, MAX_SMALL, MIN_SMALL, 12345, -98765] {
            let t = Term::small(i);
            assert!(t.is_small() && !t.is_atom() && !t.is_pointer());
            assert_eq!(t.small_value(), i);
        }
        assert!(Term::try_small(MAX_SMALL as i64 + 1).is_none());
        assert!(Term::try_small(MIN_SMALL as i64 - 1).is_none());
    }

    #[test]
    fn immediates_are_distinct() {
        let a = Term::atom(Atom(7));
        assert!(a.is_atom() && !a.is_small() && !a.is_nil() && !a.is_pid());
        assert_eq!(a.atom_value(), Atom(7));
        assert!(Term::NIL.is_nil() && !Term::NIL.is_atom());
        let p = Term::pid(42);
        assert!(p.is_pid() && p.pid_value() == 42);
        assert!(Term::catch(9).is_catch() && Term::catch(9).catch_value() == 9);
        assert!(Term::cp(9).is_cp() && !Term::cp(9).is_catch());
        assert!(!Term::NON_VALUE.is_value());
    }
}
