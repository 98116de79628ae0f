//! A term that owns its storage: an exit value or ETS object that outlives
//! the process heap it came from.

use crate::heap::Fragment;
use crate::term::Term;

pub struct Owned {
    term: Term,
    _frag: Fragment,
}

// SAFETY: the fragment is owned exclusively and the term points only into it
// (or at immutable literals); refc binaries use atomic counts.
unsafe impl Send for Owned {}

impl Owned {
    pub fn new(t: Term) -> Owned {
        let (term, frag) = crate::term::copy::copy_to_fragment(t);
        Owned { term, _frag: frag }
    }
    /// The term; valid as long as `self` lives.
    pub fn term(&self) -> Term {
        self.term
    }
}
