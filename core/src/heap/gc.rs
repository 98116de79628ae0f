//! The copying collector (Cheney, full-heap).
//!
//! Live terms reachable from the roots are copied from the young block and
//! every fragment into one fresh block; the old storage is then freed, and
//! off-heap binaries whose `RefcBin` died lose their count. Cost is
//! proportional to live data; pointers outside from-space (module literals)
//! are left alone, so literals are never copied.
//!
//! Sizing is geometric: to-space is allocated with room for everything in
//! use (live data can be no bigger) or the growth factor ([`GROWTH`] unless
//! set otherwise) times the previous live size, whichever is more, and
//! after the copy the heap's usable limit is set to that factor times the
//! survivors plus the request (within to-space).
//! So a process that makes garbage in a loop keeps a heap proportional to
//! its live data, one that keeps its data grows geometrically, and
//! survivors are copied exactly once per collection.

use super::{Heap, Mso};
use crate::term::boxed::{Header, Subtag};
use crate::term::Term;
use alloc::vec::Vec;

/// Heap size after a collection, as a multiple of live data plus the
/// request. A collection holds from-space and to-space at once, so a
/// process's peak is about twice this times its live data: a board short
/// of RAM sets 2 ([`Heap::set_growth`]), for more frequent collections.
pub const GROWTH: usize = 3;

struct Copier<'a> {
    /// The young block's byte range `[start, end)`, checked first.
    young: (usize, usize),
    ranges: &'a [(usize, usize)],
    to: Vec<usize>,
    new_mso: Vec<usize>, // word offsets of RefcBin headers in `to`
}

impl Copier<'_> {
    #[inline]
    fn in_from(&self, p: usize) -> bool {
        if p.wrapping_sub(self.young.0) < self.young.1 - self.young.0 {
            return true;
        }
        let r = self.ranges;
        if r.len() == 1 {
            return false; // the young block is the only area
        }
        // Most pointers are in the young block; ranges are few and sorted.
        match r.binary_search_by(|&(s, _)| s.cmp(&p)) {
            Ok(_) => true,
            Err(0) => false,
            Err(i) => p < r[i - 1].1,
        }
    }

    /// Copies what `t` points at (if in from-space) and returns its new value.
    #[inline(always)]
    fn evacuate(&mut self, t: Term) -> Term {
        if !t.is_pointer() {
            return t;
        }
        let p = t.ptr();
        if !self.in_from(p as usize) {
            return t;
        }
        // SAFETY: `p` is inside from-space, which stays alive and unmodified
        // (except for our forwarding marks) until the collection ends; the
        // object it points to is a cons cell or starts with a header.
        unsafe {
            if t.is_list() {
                let head = *p;
                if head == 0 {
                    return Term::from_raw(*p.add(1));
                }
                let q = self.append(&[head, *p.add(1)]);
                let nt = Term::list_from_ptr(q);
                *p = 0;
                *p.add(1) = nt.raw();
                nt
            } else {
                let h = *p;
                let ht = Term::from_raw(h);
                if ht.is_boxed() {
                    return ht; // already moved: header replaced by forwarding ptr
                }
                let hdr = Header(h);
                let n = 1 + hdr.arity();
                let off = self.to.len();
                let q = self.append(core::slice::from_raw_parts(p as *const usize, n));
                if hdr.subtag() == Subtag::RefcBin {
                    self.new_mso.push(off);
                }
                let nt = Term::boxed_from_ptr(q);
                *p = nt.raw();
                nt
            }
        }
    }

    /// Appends `words` to to-space and returns where they landed. To-space
    /// must never reallocate (pointers into it are already out), so running
    /// out of the capacity `collect` reserved is a bug, caught here.
    #[inline(always)]
    fn append(&mut self, words: &[usize]) -> *const usize {
        let len = self.to.len();
        assert!(
            self.to.capacity() - len >= words.len(),
            "GC to-space overflow"
        );
        // SAFETY: the capacity check above keeps `len..len + words.len()`
        // inside the allocation; the words are written before `set_len`
        // makes them part of the initialised prefix, and `words` (in
        // from-space) cannot overlap to-space.
        unsafe {
            let q = self.to.as_mut_ptr().add(len);
            core::ptr::copy_nonoverlapping(words.as_ptr(), q, words.len());
            self.to.set_len(len + words.len());
            q
        }
    }

    /// Scans to-space from `start`, evacuating every term word it finds.
    fn scan(&mut self, mut s: usize) {
        while s < self.to.len() {
            let w = Term::from_raw(self.to[s]);
            if w.is_header() {
                let hdr = Header(w.raw());
                let (a, n) = hdr.subtag().scan_range(hdr.arity());
                for i in s + 1 + a..s + 1 + a + n {
                    let t = Term::from_raw(self.to[i]);
                    let nt = self.evacuate(t);
                    self.to[i] = nt.raw();
                }
                s += 1 + hdr.arity();
            } else {
                let nt = self.evacuate(w);
                self.to[s] = nt.raw();
                s += 1;
            }
        }
    }
}

/// Roots a collection must update: register files and the like.
pub type Roots<'a, 'b> = &'a mut [&'b mut [Term]];

impl Heap {
    /// Collects, keeping everything reachable from `roots`, and leaves at
    /// least `need` free words in the young block.
    pub fn collect(&mut self, need: usize, roots: Roots<'_, '_>) {
        let min_words = self.min_words as usize;
        let growth = usize::from(self.growth);
        if self.young.capacity() == 0 && self.frags.is_empty() {
            // Nothing was ever allocated, so no root points here: just
            // make the block.
            let words = (growth * need).max(min_words);
            self.young = Vec::with_capacity(words);
            self.limit = words;
            self.gc_count += 1;
            return;
        }
        let ranges = self.space_ranges();
        let used = self.used_words();
        // Live data is at most `used`, so to-space never reallocates while
        // copying (pointers into it are handed out as we go). Beyond that it
        // gets room for the heap the last collection's live size suggests;
        // words past the new limit are never written.
        let cap = (used + need)
            .max(growth * (self.last_live + need))
            .max(min_words);
        // Where memory is short or broken up (a board), the room to grow
        // is given up before the collection is: everything in use fits.
        let mut to = Vec::new();
        if to.try_reserve_exact(cap).is_err() {
            to.reserve_exact((used + need).max(min_words));
        }
        let ys = self.young.as_ptr() as usize;
        let mut c = Copier {
            young: (ys, ys + self.young.len() * core::mem::size_of::<usize>()),
            ranges: &ranges,
            to,
            new_mso: Vec::new(),
        };
        for root in roots.iter_mut() {
            for t in root.iter_mut() {
                *t = c.evacuate(*t);
            }
        }
        c.scan(0);
        let live = c.to.len();
        let (to, new_mso) = (c.to, c.new_mso);
        self.install(to, new_mso);
        // The heap follows live data both up and down: room for the request
        // plus (growth - 1) times the survivors, within to-space.
        self.limit = (growth * (live + need))
            .max(min_words)
            .min(self.young.capacity());
        self.last_live = self.young.len();
        self.gc_count += 1;
    }

    /// Replaces from-space with `to`, settling off-heap binary counts.
    fn install(&mut self, to: Vec<usize>, new_mso: Vec<usize>) {
        // Old RefcBins whose header still holds a header died: release them.
        self.mso.release();
        for f in &mut self.frags {
            f.mso.release();
        }
        self.frags.clear();
        self.frag_words = 0;
        self.young = to;
        let base = self.young.as_mut_ptr();
        // SAFETY: offsets were recorded within `to`, now `self.young`.
        self.mso = Mso::from_vec(new_mso.iter().map(|&o| unsafe { base.add(o) }).collect());
        // The binaries that survived, and room for as many again before
        // the next collection (BEAM grows and shrinks `bin_vheap_sz` so).
        let word = core::mem::size_of::<usize>();
        // SAFETY: each offset is a `RefcBin` header in `self.young`, whose
        // next word is the binary's size in bytes.
        self.bin_words = new_mso
            .iter()
            .map(|&o| unsafe { *base.add(o + 1) }.div_ceil(word))
            .sum();
        self.bin_vheap = self.min_bin_vheap.max(self.bin_words.saturating_mul(2));
    }
}

#[cfg(test)]
mod tests {
    use crate::heap::Heap;
    use crate::term::Term;

    #[test]
    fn list_survives_and_garbage_goes() {
        let mut h = Heap::new(64);
        let mut list = Term::NIL;
        for i in 0..1000 {
            // garbage in between
            let _ = h.tuple(&[Term::small(i), Term::small(i)]);
            list = h.cons(Term::small(i), list);
        }
        let mut roots = [list];
        h.collect(0, &mut [&mut roots[..]]);
        let mut t = roots[0];
        let mut n = 999;
        while let Some((hd, tl)) = t.as_cons() {
            assert_eq!(hd.small_value(), n);
            n -= 1;
            t = tl;
        }
        assert_eq!(n, -1);
        assert_eq!(h.used_words(), 2000);
        assert_eq!(h.frag_count(), 0);
    }

    #[test]
    fn dropped_binaries_call_for_a_collection() {
        let word = core::mem::size_of::<usize>();
        let mut h = Heap::new(64);
        h.set_min_bin_vheap(100);
        let mut keep = h.refc_binary(alloc::vec![1u8; 40 * word]);
        assert!(!h.needs_gc(1));
        for _ in 0..2 {
            let _ = h.refc_binary(alloc::vec![0u8; 40 * word]);
        }
        // 120 words of binaries against a 100-word virtual heap: the block
        // counts as full.
        assert!(h.needs_gc(1));
        h.collect(0, &mut [core::slice::from_mut(&mut keep)]);
        // The survivor's 40 words remain; the floor (100) is the limit.
        assert!(!h.needs_gc(1));
        assert_eq!(
            crate::term::binary::bytes(keep).map(<[u8]>::len),
            Some(40 * word)
        );
        let _ = h.refc_binary(alloc::vec![0u8; 60 * word]);
        assert!(h.needs_gc(1));
    }

    #[test]
    fn sharing_is_preserved() {
        let mut h = Heap::new(16);
        let shared = h.tuple(&[Term::small(1), Term::small(2)]);
        let pair = h.tuple(&[shared, shared]);
        let mut roots = [pair];
        h.collect(0, &mut [&mut roots[..]]);
        let t = roots[0].as_tuple().unwrap();
        assert_eq!(t[0], t[1]);
        assert_eq!(h.used_words(), 3 + 3);
    }

    #[test]
    fn process_heap_starts_empty_and_exact() {
        let mut h = Heap::for_process();
        assert_eq!(h.capacity_words(), 0);
        // A collection with nothing allocated just makes the block.
        let mut none: [Term; 0] = [];
        h.collect(3, &mut [&mut none[..]]);
        assert!(h.capacity_words() >= crate::heap::MIN_HEAP_WORDS);
        assert_eq!(h.used_words(), 0);

        // The first allocation of a fresh heap gets a block of its size;
        // more goes to fragments until the first collection.
        let mut h = Heap::for_process();
        let t = h.tuple(&[Term::small(1), Term::small(2)]);
        assert_eq!(h.capacity_words(), 3);
        assert_eq!(h.frag_count(), 0);
        let l = h.cons(t, Term::NIL);
        assert_eq!(h.frag_count(), 1);
        let mut roots = [l];
        h.collect(2, &mut [&mut roots[..]]);
        assert_eq!(h.frag_count(), 0);
        assert_eq!(h.used_words(), 5);
        assert!(h.capacity_words() >= crate::heap::MIN_HEAP_WORDS);
        let (hd, _) = roots[0].as_cons().unwrap();
        assert_eq!(hd.as_tuple().unwrap(), &[Term::small(1), Term::small(2)]);
    }

    #[test]
    fn fragments_grow_geometrically() {
        let mut h = Heap::for_process();
        let _ = h.tuple(&[Term::small(0)]);
        for i in 0..10_000 {
            let _ = h.cons(Term::small(i), Term::NIL);
        }
        assert_eq!(h.used_words(), 2 + 20_000);
        // Small chunks first, then chunks of up to FRAG_CHUNK_WORDS.
        assert!(h.frag_count() < 60, "{} fragments", h.frag_count());
    }

    #[test]
    fn refc_binaries_are_released() {
        let mut h = Heap::new(16);
        let keep = h.binary(&[7u8; 200]);
        let _drop = h.binary(&[8u8; 300]);
        let mut roots = [keep];
        h.collect(0, &mut [&mut roots[..]]);
        assert_eq!(h.mso.len(), 1);
        assert_eq!(
            crate::term::binary::bytes(roots[0]).unwrap(),
            &[7u8; 200][..]
        );
    }
}
