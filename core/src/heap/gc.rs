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
//!
//! A board's free memory comes in pieces (a first-fit allocator, code and
//! heaps of all sizes), so a collection may find no one block for what
//! the heap holds. Then the survivors go to as many blocks as it takes,
//! each as big as can be had; all but the last stay attached as fragments
//! that do not call for a collection, until the next one copies them out.
//! A process then needs free memory for its live data, not a hole that
//! size.

use super::{Fragment, Heap, Mso};
use crate::term::boxed::{Header, Subtag};
use crate::term::Term;
use alloc::vec::Vec;

/// Heap size after a collection, as a multiple of live data plus the
/// request. A collection holds from-space and to-space at once, so a
/// process's peak is about twice this times its live data: a board short
/// of RAM sets 2 ([`Heap::set_growth`]), for more frequent collections.
pub const GROWTH: usize = 3;

/// Smallest block a collection copies into when memory is too broken up
/// for one block of everything in use.
const MIN_BLOCK_WORDS: usize = 64;

struct Copier<'a> {
    /// The young block's byte range `[start, end)`, checked first.
    young: (usize, usize),
    ranges: &'a [(usize, usize)],
    /// The block being filled.
    to: Vec<usize>,
    /// Blocks filled before `to`, in copy order: only when memory was too
    /// broken up for one block of everything in use (see [`Heap::collect`]).
    full: Vec<Vec<usize>>,
    /// Words in `full`.
    full_words: usize,
    /// Words there can be to copy at most, for sizing a next block.
    budget: usize,
    /// Largest block the collector asks for, in words.
    max_block: usize,
    /// `RefcBin` headers copied so far.
    new_mso: Vec<*mut usize>,
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
                let q = self.append(core::slice::from_raw_parts(p as *const usize, n));
                if hdr.subtag() == Subtag::RefcBin {
                    self.new_mso.push(q as *mut usize);
                }
                let nt = Term::boxed_from_ptr(q);
                *p = nt.raw();
                nt
            }
        }
    }

    /// Appends `words` to to-space and returns where they landed. A block
    /// never reallocates (pointers into it are already out): when the
    /// current one is full, the next is a new block.
    #[inline(always)]
    fn append(&mut self, words: &[usize]) -> *const usize {
        if self.to.capacity() - self.to.len() < words.len() {
            self.next_block(words.len());
        }
        let len = self.to.len();
        // SAFETY: `next_block` left room for `words` in the block, so
        // `len..len + words.len()` is inside the allocation; the words are
        // written before `set_len` makes them part of the initialised
        // prefix, and `words` (in from-space) cannot overlap to-space.
        unsafe {
            let q = self.to.as_mut_ptr().add(len);
            core::ptr::copy_nonoverlapping(words.as_ptr(), q, words.len());
            self.to.set_len(len + words.len());
            q
        }
    }

    /// Starts a new block with room for at least `n` words, as big as what
    /// may still be to copy if memory allows. Only a collection that could
    /// not have one block for everything in use gets here.
    #[cold]
    #[inline(never)]
    fn next_block(&mut self, n: usize) {
        let copied = self.full_words + self.to.len();
        let want = self.budget.saturating_sub(copied).max(n);
        let Some(b) = reserve_block(want, n, self.max_block) else {
            alloc::alloc::handle_alloc_error(
                core::alloc::Layout::array::<usize>(n)
                    .unwrap_or(core::alloc::Layout::new::<usize>()),
            )
        };
        let done = core::mem::replace(&mut self.to, b);
        if done.capacity() > 0 {
            self.full_words += done.len();
            self.full.push(done);
        }
    }

    /// The length of block `b` (see [`Copier::block`]).
    #[inline(always)]
    fn block_len(&self, b: usize) -> usize {
        if b < self.full.len() {
            self.full[b].len()
        } else {
            self.to.len()
        }
    }

    /// Block `b` in copy order: a filled one or the current one.
    #[inline(always)]
    fn block(&mut self, b: usize) -> &mut Vec<usize> {
        match self.full.get_mut(b) {
            Some(v) => v,
            None => &mut self.to,
        }
    }

    /// Scans to-space block by block, in copy order, evacuating every
    /// term word it finds.
    fn scan(&mut self) {
        let mut b = 0;
        loop {
            // A block's buffer never moves (it never reallocates, and a new
            // block started meanwhile only moves the `Vec` that owns it);
            // only the current block's length grows as the scan goes.
            let base = self.block(b).as_mut_ptr();
            let mut s = 0;
            while s < self.block_len(b) {
                // SAFETY: `s` is below the block's length.
                let w = Term::from_raw(unsafe { *base.add(s) });
                if w.is_header() {
                    let hdr = Header(w.raw());
                    let arity = hdr.arity();
                    let (a, n) = hdr.subtag().scan_range(arity);
                    let end = (s + 1 + a + n).min(s + 1 + arity);
                    for i in s + 1 + a..end {
                        // SAFETY: inside the object at `s`, which was
                        // appended whole (`1 + arity` words) to this block.
                        unsafe {
                            let nt = self.evacuate(Term::from_raw(*base.add(i)));
                            *base.add(i) = nt.raw();
                        }
                    }
                    s += 1 + arity;
                } else {
                    let nt = self.evacuate(w);
                    // SAFETY: as for the read above.
                    unsafe { *base.add(s) = nt.raw() };
                    s += 1;
                }
            }
            if b >= self.full.len() {
                break;
            }
            b += 1;
        }
    }
}

/// A block of exactly `words` words, if it can be had and is at most
/// `max`.
fn one_block(words: usize, max: usize) -> Option<Vec<usize>> {
    let mut v = Vec::new();
    (words <= max && v.try_reserve_exact(words).is_ok()).then_some(v)
}

/// A block of `want` words (at most `max`), or failing that of half as
/// many, and so on down to `at_least`, which is asked for even over `max`
/// (an object needs it); `None` if not even that can be had.
fn reserve_block(want: usize, at_least: usize, max: usize) -> Option<Vec<usize>> {
    let mut words = want.min(max).max(at_least);
    loop {
        if let Some(v) = one_block(words, max.max(at_least)) {
            return Some(v);
        }
        if words == at_least {
            return None;
        }
        words = (words / 2).max(at_least);
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
        let max_block = self.max_block_words();
        // Live data is at most `used`, so one block of that never fills
        // while copying (pointers into it are handed out as we go). Beyond
        // that it gets room for the heap the last collection's live size
        // suggests; words past the new limit are never written.
        let cap = (used + need)
            .max(growth * (self.last_live + need))
            .max(min_words);
        // Where memory is short or broken up (a board), the room to grow is
        // given up first; then the one block: survivors go to as many blocks
        // as the free space comes in, each as big as it can be.
        let all = (used + need).max(min_words);
        let to = one_block(cap, max_block)
            .or_else(|| reserve_block(all, MIN_BLOCK_WORDS.min(all), max_block))
            .unwrap_or_default();
        let ys = self.young.as_ptr() as usize;
        let mut c = Copier {
            young: (ys, ys + self.young.len() * core::mem::size_of::<usize>()),
            ranges: &ranges,
            to,
            full: Vec::new(),
            full_words: 0,
            budget: used,
            max_block,
            new_mso: Vec::new(),
        };
        for root in roots.iter_mut() {
            for t in root.iter_mut() {
                *t = c.evacuate(*t);
            }
        }
        c.scan();
        let live = c.full_words + c.to.len();
        // The heap follows live data both up and down: room for the request
        // plus (growth - 1) times the survivors, within to-space.
        let room = (growth - 1) * live + need;
        let (mut to, mut full) = (c.to, c.full);
        if to.capacity() - to.len() < need {
            // Broken up: the survivors' last block has no room for the
            // request, so the young block is a fresh one.
            let Some(fresh) = reserve_block(room, need, max_block) else {
                alloc::alloc::handle_alloc_error(
                    core::alloc::Layout::array::<usize>(need)
                        .unwrap_or(core::alloc::Layout::new::<usize>()),
                )
            };
            let last = core::mem::replace(&mut to, fresh);
            if !last.is_empty() {
                full.push(last);
            }
        }
        self.install(to, full, c.new_mso);
        let young = self.young.len();
        self.limit = if self.frags.is_empty() {
            (growth * (live + need)).max(min_words)
        } else {
            young + room
        }
        .min(self.young.capacity());
        self.last_live = live;
        self.gc_count += 1;
    }

    /// Replaces from-space with `to` and the blocks filled before it,
    /// settling off-heap binary counts. `new_mso` holds every `RefcBin`
    /// header among them.
    fn install(&mut self, to: Vec<usize>, full: Vec<Vec<usize>>, new_mso: Vec<*mut usize>) {
        // Old RefcBins whose header still holds a header died: release them.
        self.mso.release();
        for f in &mut self.frags {
            f.mso.release();
        }
        self.frags.clear();
        self.frag_words = 0;
        self.kept_words = full.iter().map(Vec::len).sum();
        self.young = to;
        // Blocks filled before the young one are kept as fragments that
        // call for no collection (`frag_words` does not count them).
        self.frags.extend(
            full.into_iter()
                .map(|w| Fragment::from_parts(w, Mso::default())),
        );
        // The binaries that survived, and room for as many again before
        // the next collection (BEAM grows and shrinks `bin_vheap_sz` so).
        let word = core::mem::size_of::<usize>();
        // SAFETY: each entry is a `RefcBin` header in to-space (now the
        // young block and fragments), whose next word is the binary's size
        // in bytes.
        self.bin_words = new_mso
            .iter()
            .map(|&h| unsafe { *h.add(1) }.div_ceil(word))
            .sum();
        self.mso = Mso::from_vec(new_mso);
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
    fn broken_up_memory_gets_survivors_in_pieces() {
        let mut h = Heap::new(16);
        // As if no block over 64 words could be had.
        h.set_max_block_log2(6);
        let mut list = Term::NIL;
        for i in 0..1000 {
            let _ = h.tuple(&[Term::small(i)]);
            let b = h.binary(&[i as u8; 100]);
            let pair = h.tuple(&[Term::small(i), b]);
            list = h.cons(pair, list);
        }
        let mut roots = [list];
        for round in 0..3 {
            h.collect(10, &mut [&mut roots[..]]);
            assert!(h.frag_count() > 10, "round {round}: in pieces");
            assert!(!h.needs_gc(10), "round {round}: room for the request");
            // Per element: a cons cell, a 2-tuple and a RefcBin (3 words).
            assert_eq!(h.used_words(), 1000 * (2 + 3 + 3));
            assert_eq!(h.mso.len(), 1000);
            let mut t = roots[0];
            let mut n = 999;
            while let Some((hd, tl)) = t.as_cons() {
                let pair = hd.as_tuple().unwrap();
                assert_eq!(pair[0].small_value(), n);
                let bytes = crate::term::binary::bytes(pair[1]).unwrap();
                assert_eq!(bytes, &[n as u8; 100][..]);
                n -= 1;
                t = tl;
            }
            assert_eq!(n, -1);
            // Allocation goes on in the young block.
            let _ = h.tuple(&[Term::small(0); 8]);
        }
        // Unbounded again: one block.
        h.set_max_block_log2(0);
        h.collect(0, &mut [&mut roots[..]]);
        assert_eq!(h.frag_count(), 0);
        assert_eq!(h.mso.len(), 1000);
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
