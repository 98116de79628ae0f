//! Per-process heaps.
//!
//! A heap is one contiguous young block bumped by `alloc`, plus heap
//! fragments: when a BIF or a message needs words that the block does not
//! have, they come from a fragment instead, so allocation never moves terms
//! in the middle of an instruction. The collector ([`gc`]) runs only at safe
//! points (when the roots are known) and merges everything into a fresh block
//! (or, where free memory is broken up, a few: see [`gc`]).
//!
//! The block is allocated on first use. A process heap
//! ([`Heap::for_process`]) starts with a block of exactly what its first
//! allocation asks for (often nothing: a process blocked in `receive` with
//! immediate state has no heap at all); its first collection gives it the
//! usual minimum size. So an idle process costs a few hundred bytes, not a
//! 233-word heap.

pub mod build;
pub mod gc;
pub mod offheap;

use alloc::boxed::Box;
use alloc::vec::Vec;

pub use offheap::{OffHeapBin, HEAP_BIN_LIMIT};

/// Smallest young block a collection leaves, in words (OTP's default minimum
/// heap is 233 words).
pub const MIN_HEAP_WORDS: usize = 233;
/// Fragments grow geometrically (each at least as big as all before it) up
/// to chunks this big, to amortise allocation without making a small heap
/// that overflows by a few words pay for a big chunk.
const FRAG_CHUNK_WORDS: usize = 512;

/// Headers of the `RefcBin` objects in some storage (each owns a count on
/// its binary). One pointer wide and empty without an allocation, since most
/// storage (every small message, most ETS objects) has none.
// A boxed vector on purpose: one word where it is empty.
#[allow(clippy::box_collection)]
#[derive(Default)]
pub struct Mso(Option<Box<Vec<*mut usize>>>);

impl Mso {
    pub fn from_vec(v: Vec<*mut usize>) -> Mso {
        if v.is_empty() {
            Mso(None)
        } else {
            Mso(Some(Box::new(v)))
        }
    }
    pub fn push(&mut self, h: *mut usize) {
        self.0.get_or_insert_with(Default::default).push(h);
    }
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |v| v.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Releases the reference each still-unmoved `RefcBin` header owns.
    pub fn release(&mut self) {
        if let Some(v) = self.0.take() {
            release_mso(&v);
        }
    }
}

/// Words holding terms that do not live in any process's young block:
/// a message in flight, a BIF's overflow, an ETS object.
pub struct Fragment {
    words: Vec<usize>,
    /// Headers of `RefcBin` objects in this fragment (each owns a count).
    pub(crate) mso: Mso,
}

impl Fragment {
    pub fn with_capacity(n: usize) -> Fragment {
        Fragment {
            words: Vec::with_capacity(n),
            mso: Mso::default(),
        }
    }
    /// [`Fragment::with_capacity`], or `None` if the memory is not there.
    pub fn try_with_capacity(n: usize) -> Option<Fragment> {
        let mut words = Vec::new();
        words.try_reserve_exact(n).ok()?;
        Some(Fragment {
            words,
            mso: Mso::default(),
        })
    }
    /// A fragment of `words` (all in use) whose `RefcBin` headers are `mso`.
    pub(crate) fn from_parts(words: Vec<usize>, mso: Mso) -> Fragment {
        Fragment { words, mso }
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
        self.mso.release();
    }
}

/// Releases the reference each still-unmoved `RefcBin` header owns.
fn release_mso(mso: &[*mut usize]) {
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
    /// Words in fragments a collection filled when memory was too broken
    /// up for one block (see [`gc`]): in use, but no call for a collection.
    kept_words: usize,
    pub(crate) mso: Mso,
    min_words: u32,
    /// Smallest young block the first allocation of a fresh heap makes.
    first_words: u32,
    /// Words copied by the last collection (its live data).
    pub(crate) last_live: usize,
    pub(crate) gc_count: usize,
    /// Size in words of the off-heap binaries this heap's `RefcBin`s refer
    /// to, dead ones included until a collection finds them (BEAM's binary
    /// virtual heap). A process that makes large binaries and drops them
    /// allocates few heap words, so without this count their memory would
    /// wait for a collection the heap alone would not call for.
    bin_words: usize,
    /// [`Heap::bin_words`] at which a collection is due (BEAM's
    /// `bin_vheap_sz`), at least `min_bin_vheap`.
    bin_vheap: usize,
    min_bin_vheap: usize,
    /// The collector's growth factor (see [`gc::GROWTH`]).
    growth: u8,
    /// Base-2 log of the largest block the collector asks for, 0 for no
    /// bound: lets tests take the path of a board whose free memory is
    /// broken up (it fits in padding, so costs no space).
    max_block_log2: u8,
}

/// `min_bin_vheap_size`'s default, in words (OTP's).
pub const MIN_BIN_VHEAP_WORDS: usize = 46_422;

// SAFETY: a heap is only touched by the process that owns it; raw pointers in
// `mso` point into storage the heap owns.
unsafe impl Send for Heap {}

impl Default for Heap {
    fn default() -> Self {
        Heap::new(MIN_HEAP_WORDS)
    }
}

impl Heap {
    /// A heap whose block (allocated on first use) and later collections
    /// have at least `min_words` words.
    pub fn new(min_words: usize) -> Heap {
        let min_words = min_words.clamp(16, u32::MAX as usize);
        Heap {
            young: Vec::new(),
            limit: 0,
            frags: Vec::new(),
            frag_words: 0,
            kept_words: 0,
            mso: Mso::default(),
            min_words: min_words as u32,
            first_words: min_words as u32,
            last_live: 0,
            gc_count: 0,
            bin_words: 0,
            bin_vheap: MIN_BIN_VHEAP_WORDS,
            min_bin_vheap: MIN_BIN_VHEAP_WORDS,
            growth: gc::GROWTH as u8,
            max_block_log2: 0,
        }
    }

    /// Sets the collector's growth factor (2 to 8; see [`gc::GROWTH`]).
    pub fn set_growth(&mut self, factor: usize) {
        self.growth = factor.clamp(2, 8) as u8;
    }

    /// Bounds the blocks the collector asks for to `2^log2` words (0: no
    /// bound), as if larger ones could not be had.
    #[cfg(test)]
    pub(crate) fn set_max_block_log2(&mut self, log2: u8) {
        self.max_block_log2 = log2.min(usize::BITS as u8 - 1);
    }

    fn max_block_words(&self) -> usize {
        match self.max_block_log2 {
            0 => usize::MAX,
            k => 1 << k,
        }
    }

    /// Sets the binary virtual heap's floor (`min_bin_vheap_size`, words).
    pub fn set_min_bin_vheap(&mut self, words: usize) {
        self.min_bin_vheap = words.max(1);
        self.bin_vheap = self.bin_vheap.max(self.min_bin_vheap).min(
            // A lower floor takes effect now, not after a collection.
            self.min_bin_vheap.max(self.bin_words.saturating_mul(2)),
        );
        self.check_bin_pressure();
    }

    /// Once the binaries call for a collection, the block counts as full:
    /// the next allocation goes to a fragment and the next heap test
    /// collects, with no extra test on the hot paths.
    #[inline]
    fn check_bin_pressure(&mut self) {
        if self.bin_words >= self.bin_vheap {
            self.limit = self.limit.min(self.young.len());
        }
    }

    /// A process heap: no block until something is allocated, then one of
    /// just that size; collections keep at least [`MIN_HEAP_WORDS`].
    pub fn for_process() -> Heap {
        let mut h = Heap::new(MIN_HEAP_WORDS);
        h.first_words = 0;
        h
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
        if self.young.capacity() == 0 && self.frags.is_empty() {
            // A fresh heap: its first block. Nothing points anywhere yet.
            let words = n.max(self.first_words as usize);
            self.young = Vec::with_capacity(words);
            self.limit = words;
            return self.alloc(n);
        }
        if let Some(f) = self.frags.last_mut() {
            if let Some(p) = f.alloc(n) {
                self.frag_words += n;
                return p;
            }
        }
        let chunk = n
            .max(self.limit / 4)
            .max(self.frag_words.min(FRAG_CHUNK_WORDS))
            .max(16);
        // Where memory is short or broken up, a fragment of just the request
        // rather than none.
        let mut f = Fragment::try_with_capacity(chunk)
            .unwrap_or_else(|| Fragment::with_capacity(n.max(16)));
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
    ///
    /// # Safety
    ///
    /// `header` is a `RefcBin` header in this heap's storage (its next
    /// word, the binary's size in bytes, is read).
    pub unsafe fn track_refc(&mut self, header: *mut usize) {
        // SAFETY: by the caller's contract.
        let bytes = unsafe { *header.add(1) };
        self.bin_words = self
            .bin_words
            .saturating_add(bytes.div_ceil(core::mem::size_of::<usize>()));
        self.mso.push(header);
        self.check_bin_pressure();
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

    /// Total words in use (block and fragments, including blocks a
    /// collection filled when memory was broken up).
    pub fn used_words(&self) -> usize {
        self.young.len() + self.frag_words + self.kept_words
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
        self.mso.release();
    }
}
