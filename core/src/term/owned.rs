//! A term that owns its storage: an exit value or ETS object that outlives
//! the process heap it came from.

use crate::heap::{Fragment, Mso};
use crate::term::Term;
use alloc::vec::Vec;

/// The term, its exactly sized block (no allocation for an immediate; a
/// vector that is never grown, so its buffer never moves) and the off-heap
/// binaries the block holds counts on.
pub struct Owned {
    term: Term,
    words: Vec<usize>,
    mso: Mso,
}

// SAFETY: the block is owned exclusively and the term points only into it
// (or at immutable literals); refc binaries use atomic counts.
unsafe impl Send for Owned {}

impl Owned {
    pub fn new(t: Term) -> Owned {
        let (term, words, mso) = crate::term::copy::copy_to_block(t);
        Owned { term, words, mso }
    }
    /// The term; valid as long as `self` lives.
    pub fn term(&self) -> Term {
        self.term
    }
    /// The term and the storage it lives in, for a heap to adopt without
    /// copying (no storage for an immediate).
    pub(crate) fn into_parts(mut self) -> (Term, Option<Fragment>) {
        let words = core::mem::take(&mut self.words);
        let mso = core::mem::take(&mut self.mso);
        if words.is_empty() {
            return (self.term, None);
        }
        // The words stay where they are, so the term stays valid in the
        // fragment.
        (self.term, Some(Fragment::from_parts(words, mso)))
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        self.mso.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{Heap, OffHeapBin};
    use crate::term::print::to_string;

    #[test]
    fn owned_terms_keep_their_storage_and_binary_counts() {
        let mut h = Heap::default();
        let big = h.binary(&[5u8; 300]);
        let bin = big.payload(1) as *const OffHeapBin;
        let t = h.tuple(&[Term::small(7), big, Term::NIL]);
        let shown = to_string(t);
        let o = Owned::new(t);
        // SAFETY (all): `big` is live on `h`, which outlives the checks.
        assert_eq!(unsafe { OffHeapBin::refc(bin) }, 2);
        assert_eq!(to_string(o.term()), shown);
        // Handed to a heap as a fragment: same words, same count.
        let (term, frag) = o.into_parts();
        assert_eq!(to_string(term), shown);
        let mut dst = Heap::default();
        dst.attach(frag.expect("a tuple has storage"));
        assert_eq!(unsafe { OffHeapBin::refc(bin) }, 2);
        let mut roots = [term];
        dst.collect(0, &mut [&mut roots[..]]);
        assert_eq!(to_string(roots[0]), shown);
        drop(dst);
        assert_eq!(unsafe { OffHeapBin::refc(bin) }, 1);
        let o = Owned::new(t);
        drop(o);
        assert_eq!(unsafe { OffHeapBin::refc(bin) }, 1);
        assert!(Owned::new(Term::small(3)).into_parts().1.is_none());
    }
}
