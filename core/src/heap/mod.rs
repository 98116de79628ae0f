//! Per-process heaps.
//!
//! A heap is one contiguous young block bumped by `alloc`, plus heap
//! fragments: when a BIF or a message needs words that the block does not
//! have, they come from a fragment instead, so allocation never moves terms
//! in the middle of an instruction. The collector ([`gc`]) runs only at safe
//! points (when the roots are known) and merges everything into a fresh block.

pub mod build;
pub mod gc;
pub mod offheap;

use alloc::vec::Vec;

pub use offheap::{OffHeapBin, HEAP_BIN_LIMIT};

/// Smallest young block, in words (OTP's default minimum heap is 233 words).
pub const MIN_HEAP_WORDS: usize = 233;
/// Fragments are carved in chunks at least this big to amortise allocation.
const FRAG_CHUNK_WORDS: usize = 512;

/// Words holding terms that do not live in any process's young block:
/// a message in flight, a BIF's overflow, an ETS object.
pub struct Fragment {
    words: Vec<usize>,
    /// Headers of `RefcBin` objects in this fragment (each owns a count).
    pub(crate) mso: Vec<*mut usize>,
}

impl Fragment {
    pub fn with_capacity(n: usize) -> Fragment {
        Fragment {
            words: Vec::with_capacity(n),
            mso: Vec::new(),
        }
    }
    /// Bump-allocates `n` words if the fragment has room.
    #[inline]
    pub fn alloc(&mut self, n: usize) -> Option<*mut usize> {
        let len = self.words.len();
        if self.words.capacity() - len < n {
            return None;
        }
        // Grow within capacity: the buffer never reallocates, so earlier
        // pointers into it stay valid.
        // SAFETY: `len + n <= capacity`; the `n` words are zeroed before
        // `set_len` makes them part of the initialised prefix.
        unsafe {
            let p = self.words.as_mut_ptr().add(len);
            core::ptr::write_bytes(p, 0, n);
            self.words.set_len(len + n);
            Some(p)
        }
    }
    pub fn used(&self) -> usize {
        self.words.len()
    }
    fn range(&self) -> (usize, usize) {
        let s = self.words.as_ptr() as usize;
        (s, s + self.words.capacity() * core::mem::size_of::<usize>())
    }
}

impl Drop for Fragment {
    fn drop(&mut self) {
        release_mso(&mut self.mso);
    }
}

/// Releases the reference each still-unmoved `RefcBin` header owns.
fn release_mso(mso: &mut Vec<*mut usize>) {
    for &h in mso.iter() {
        // SAFETY: every mso entry points at a RefcBin header inside storage
        // that is still alive (we are dropping it now); a moved object's
        // header was overwritten with a boxed term and is skipped.
        unsafe {
            let hdr = crate::term::Term::from_raw(*h);
            if hdr.is_header() {
                OffHeapBin::dec(*h.add(2) as *const OffHeapBin);
            }
        }
    }
    mso.clear();
}

pub struct Heap {
    /// The young block: `len` words in use, never grown past `limit`.
    young: Vec<usize>,
    /// How many words of the block's capacity may be used (`<= capacity`).
    /// The collector allocates to-space generously (it cannot know the live
    /// size in advance) and then sets the limit from the live size, so the
    /// heap follows live data without copying it twice; the words past the
    /// limit are never touched.
    limit: usize,
    /// Fragments, attached to this heap until the next collection.
    frags: Vec<Fragment>,
    frag_words: usize,
    pub(crate) mso: Vec<*mut usize>,
    min_words: usize,
    /// Words copied by the last collection (its live data).
    pub(crate) last_live: usize,
    pub(crate) gc_count: usize,
}

// SAFETY: a heap is only touched by the process that owns it; raw pointers in
// `mso` point into storage the heap owns.
unsafe impl Send for Heap {}

impl Default for Heap {
    fn default() -> Self {
        Heap::new(MIN_HEAP_WORDS)
    }
}

impl Heap {
    pub fn new(min_words: usize) -> Heap {
        let min_words = min_words.max(16);
        Heap {
            young: Vec::with_capacity(min_words),
            limit: min_words,
            frags: Vec::new(),
            frag_words: 0,
            mso: Vec::new(),
            min_words,
            last_live: 0,
            gc_count: 0,
        }
    }

    /// Allocates `n` uninitialised-but-zeroed words. Never moves existing terms.
    #[inline]
    pub fn alloc(&mut self, n: usize) -> *mut usize {
        let len = self.young.len();
        if self.limit - len >= n {
            // SAFETY: `len + n <= limit <= capacity`, so `len..len + n` is inside the
            // block's allocation; those words are zeroed before `set_len`
            // makes them part of the initialised prefix. The block never
            // reallocates (we only grow within capacity), so pointers handed
            // out earlier stay valid.
            unsafe {
                let p = self.young.as_mut_ptr().add(len);
                core::ptr::write_bytes(p, 0, n);
                self.young.set_len(len + n);
                return p;
            }
        }
        self.alloc_frag(n)
    }

    #[cold]
    fn alloc_frag(&mut self, n: usize) -> *mut usize {
        if let Some(f) = self.frags.last_mut() {
            if let Some(p) = f.alloc(n) {
                self.frag_words += n;
                return p;
            }
        }
        let chunk = n.max(FRAG_CHUNK_WORDS).max(self.limit / 4);
        let mut f = Fragment::with_capacity(chunk);
        let p = f.alloc(n).expect("fresh fragment fits");
        self.frags.push(f);
        self.frag_words += n;
        p
    }

    /// Takes ownership of a fragment built elsewhere (a received message).
    pub fn attach(&mut self, f: Fragment) {
        self.frag_words += f.used();
        self.frags.push(f);
    }

    /// Records that the `RefcBin` at `header` owns a count on this heap.
    pub fn track_refc(&mut self, header: *mut usize) {
        self.mso.push(header);
    }

    /// Free words in the young block.
    #[inline]
    pub fn free_words(&self) -> usize {
        self.limit - self.young.len()
    }

    /// Whether a collection is due before `need` more words can be had from
    /// the block (fragments count as pressure too).
    #[inline]
    pub fn needs_gc(&self, need: usize) -> bool {
        self.free_words() < need || self.frag_words > 0
    }

    /// Whether fragments have grown enough that a collection at the next
    /// safe point is worth it even without a heap test.
    #[inline]
    pub fn frag_pressure(&self) -> bool {
        self.frag_words > 0 && self.frag_words >= self.limit / 2
    }

    /// Total words in use (block and fragments).
    pub fn used_words(&self) -> usize {
        self.young.len() + self.frag_words
    }

    /// Capacity of the young block in words.
    pub fn capacity_words(&self) -> usize {
        self.limit
    }

    pub fn frag_count(&self) -> usize {
        self.frags.len()
    }

    /// Sorted `(start, end)` byte ranges of every from-space area.
    fn space_ranges(&self) -> Vec<(usize, usize)> {
        let mut r = Vec::with_capacity(self.frags.len() + 1);
        let s = self.young.as_ptr() as usize;
        r.push((s, s + self.young.capacity() * core::mem::size_of::<usize>()));
        for f in &self.frags {
            r.push(f.range());
        }
        r.sort_unstable();
        r
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        release_mso(&mut self.mso);
    }
}
