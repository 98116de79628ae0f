//! Deep copies of terms from one heap (or a literal area) to another.
//!
//! Used for messages, process spawn arguments, ETS and the like: the copy owns
//! every word it needs, so the source heap may be collected or freed as soon
//! as the copy exists.
//!
//! - Sharing is **not** preserved, as in OTP's message copy: a subterm
//!   reachable along two paths is copied twice, and [`size_of`] counts it once
//!   per occurrence. (A term built by repeated self-pairing, `T1 = {T0,T0}`,
//!   `T2 = {T1,T1}`, ..., therefore grows exponentially when copied, exactly
//!   like `erlang:send/2` of it does in OTP.)
//! - Off-heap binaries are shared: the copied `RefcBin` object takes a new
//!   count on the same [`OffHeapBin`] and is recorded in the destination's mso
//!   list, so the count is released when the copy dies.
//! - A sub-binary of an off-heap binary stays a sub-binary (of a new `RefcBin`
//!   object for the same storage). A sub-binary of a heap binary is flattened:
//!   just the referenced bits are copied into a new heap binary (plus a
//!   sub-binary over it when the bit size is not a whole number of bytes).
//! - A match context becomes a sub-binary of its remaining bits (position to
//!   end), handled like a sub-binary above. Its positions are taken relative to
//!   its `orig` term (so an `orig` that is itself a sub-binary adds its offset).
//! - Every other boxed object is copied word for word, and the payload words
//!   [`Subtag::scan_range`] declares as terms are copied recursively: that
//!   covers tuples, floats, bignums, refs, maps (flat and HAMT nodes) and funs
//!   (whose entry pointer is copied as a raw word).
//!
//! Both walks are iterative: [`size_of`] keeps an explicit stack and the copy
//! itself is a Cheney scan over the destination block, so neither depth nor
//! length of the term can overflow the Rust stack.

use super::binary::{self, BitSlice};
use super::boxed::{Header, Subtag};
use super::{Term, WORD_BYTES};
use crate::heap::{Fragment, Heap, Mso, OffHeapBin};
use alloc::vec::Vec;

/// Words in a heap binary object of `n` bytes (header, size word, data).
#[inline]
fn heap_bin_words(n: usize) -> usize {
    2 + n.div_ceil(WORD_BYTES)
}

/// Words in a sub-binary object.
const SUB_BIN_WORDS: usize = 4;
/// Words in a `RefcBin` object.
const REFC_BIN_WORDS: usize = 3;

/// How one object is copied.
#[derive(Clone, Copy)]
enum Shape {
    /// Not a pointer: nothing to copy.
    Immediate,
    /// A cons cell: two term words.
    Cons,
    /// A `RefcBin`: three words, one more count on the storage.
    Refc,
    /// A sub-binary or match context over a `RefcBin`: a new sub-binary and a
    /// new `RefcBin` object sharing the storage.
    SubOfRefc {
        base: Term,
        offset: usize,
        size: usize,
    },
    /// A sub-binary or match context over a heap binary: the bits, flattened.
    Flat {
        base: Term,
        offset: usize,
        size: usize,
    },
    /// Anything else: header and payload as they are; `scan_range` words are
    /// terms to copy in turn.
    Words { words: usize },
}

impl Shape {
    /// Words this object itself takes in the copy (children not included).
    fn words(self) -> usize {
        match self {
            Shape::Immediate => 0,
            Shape::Cons => 2,
            Shape::Refc => REFC_BIN_WORDS,
            Shape::SubOfRefc { .. } => SUB_BIN_WORDS + REFC_BIN_WORDS,
            Shape::Flat { size, .. } => {
                heap_bin_words(size.div_ceil(8))
                    + if !size.is_multiple_of(8) {
                        SUB_BIN_WORDS
                    } else {
                        0
                    }
            }
            Shape::Words { words } => words,
        }
    }
}

/// The base binary, absolute bit offset and bit size a sub-binary or match
/// context refers to, if its base is a heap or refc binary and the bits lie
/// inside it.
fn bits_of(t: Term) -> Option<(Term, usize, usize)> {
    let (mut orig, mut offset, size) = match t.header().subtag() {
        Subtag::SubBin => (t.payload_term(0), t.payload(1), t.payload(2)),
        Subtag::MatchCtx => {
            let (pos, end) = (t.payload(1), t.payload(2));
            (t.payload_term(0), pos, end.checked_sub(pos)?)
        }
        _ => return None,
    };
    // `orig` should already be a heap or refc binary; tolerate a chain.
    loop {
        if !orig.is_boxed() {
            return None;
        }
        match orig.header().subtag() {
            Subtag::HeapBin | Subtag::RefcBin => break,
            Subtag::SubBin | Subtag::MatchCtx => {
                offset = offset.checked_add(orig.payload(1))?;
                orig = orig.payload_term(0);
            }
            _ => return None,
        }
    }
    let base_bits = binary::bitstring(orig)?.bit_size;
    if offset.checked_add(size)? > base_bits {
        return None;
    }
    Some((orig, offset, size))
}

fn shape(t: Term) -> Shape {
    if t.is_list() {
        return Shape::Cons;
    }
    if !t.is_boxed() {
        return Shape::Immediate;
    }
    let hdr = t.header();
    match hdr.subtag() {
        Subtag::RefcBin => Shape::Refc,
        Subtag::SubBin | Subtag::MatchCtx => match bits_of(t) {
            Some((base, offset, size)) if base.header().subtag() == Subtag::RefcBin => {
                Shape::SubOfRefc { base, offset, size }
            }
            Some((base, offset, size)) => Shape::Flat { base, offset, size },
            None => Shape::Words {
                words: 1 + hdr.arity(),
            },
        },
        _ => Shape::Words {
            words: 1 + hdr.arity(),
        },
    }
}

/// Words needed to copy `t` with [`copy_to_heap`] / [`copy_to_fragment`].
///
/// Shared subterms are counted once per occurrence (sharing is not
/// preserved). Saturates at `usize::MAX` for absurdly shared terms.
pub fn size_of(t: Term) -> usize {
    let mut n: usize = 0;
    let mut stack = Pending::new();
    let mut cur = t;
    loop {
        let s = shape(cur);
        n = n.saturating_add(s.words());
        match s {
            Shape::Cons => {
                let (h, tl) = cur.cons();
                if h.is_pointer() {
                    stack.push(h);
                }
                // Walk the spine without growing the stack.
                cur = tl;
                continue;
            }
            Shape::Words { .. } => {
                let hdr = cur.header();
                let (a, len) = hdr.subtag().scan_range(hdr.arity());
                for i in a..a + len {
                    let c = cur.payload_term(i);
                    if c.is_pointer() {
                        stack.push(c);
                    }
                }
            }
            _ => {}
        }
        match stack.pop() {
            Some(next) => cur = next,
            None => return n,
        }
    }
}

/// Subterms [`size_of`] has yet to visit: a few in place (a typical message
/// needs no allocation to be measured), the rest in a vector. The order of
/// visits does not matter to the count.
struct Pending {
    inline: [Term; 16],
    len: usize,
    spill: Vec<Term>,
}

impl Pending {
    #[inline]
    fn new() -> Pending {
        Pending {
            inline: [Term::NIL; 16],
            len: 0,
            spill: Vec::new(),
        }
    }
    #[inline]
    fn push(&mut self, t: Term) {
        if self.len < self.inline.len() {
            self.inline[self.len] = t;
            self.len += 1;
        } else {
            self.spill.push(t);
        }
    }
    #[inline]
    fn pop(&mut self) -> Option<Term> {
        if let Some(t) = self.spill.pop() {
            return Some(t);
        }
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(self.inline[self.len])
    }
}

/// Copies into a preallocated block, Cheney style.
///
/// All access to the block goes through `base`, the one raw pointer the
/// allocator handed out, so every pointer stored into the copy (and the
/// returned root) derives from it; `set`/`get` check bounds, so a size
/// computation that disagreed with the copy would panic, not overrun.
struct Copier {
    base: *mut usize,
    len: usize,
    top: usize,
    /// Headers of the `RefcBin` objects written (each owns a new count).
    mso: Vec<*mut usize>,
}

impl Copier {
    #[inline]
    fn at(&self, i: usize) -> *mut usize {
        assert!(i < self.len, "term copy overran its block");
        // SAFETY: `i` is within the `len`-word block starting at `base`.
        unsafe { self.base.add(i) }
    }

    #[inline]
    fn get(&self, i: usize) -> usize {
        // SAFETY: `at` checked the index; the block is initialised (zeroed
        // by the allocator, then written by us).
        unsafe { *self.at(i) }
    }

    #[inline]
    fn set(&mut self, i: usize, v: usize) {
        // SAFETY: `at` checked the index; the block is ours to write.
        unsafe { *self.at(i) = v }
    }

    #[inline]
    fn in_dst(&self, p: *const usize) -> bool {
        let start = self.base as usize;
        let end = start + self.len * WORD_BYTES;
        (start..end).contains(&(p as usize))
    }

    /// Reserves `n` words, returning their index.
    #[inline]
    fn bump(&mut self, n: usize) -> usize {
        let at = self.top;
        self.top += n;
        assert!(self.top <= self.len, "term copy overran its block");
        at
    }

    /// Writes a `RefcBin` object sharing `src`'s storage, returning its index.
    fn refc(&mut self, src: Term) -> usize {
        let at = self.bump(REFC_BIN_WORDS);
        let (len, bin) = (src.payload(0), src.payload(1));
        self.set(at, src.header().raw());
        self.set(at + 1, len);
        self.set(at + 2, bin);
        // SAFETY: `src` is a live RefcBin, so it holds a count on `bin`; the
        // new object takes one more, released by whoever owns the copy's mso.
        unsafe { OffHeapBin::inc(bin as *const OffHeapBin) };
        let p = self.at(at);
        self.mso.push(p);
        at
    }

    fn sub_bin(&mut self, orig: Term, offset: usize, size: usize) -> Term {
        let at = self.bump(SUB_BIN_WORDS);
        self.set(at, Header::new(Subtag::SubBin, 3).raw());
        self.set(at + 1, orig.raw());
        self.set(at + 2, offset);
        self.set(at + 3, size);
        Term::boxed_from_ptr(self.at(at))
    }

    /// Copies the object `t` points at (not its children) to the top of the
    /// block and returns the term for the copy.
    fn shallow(&mut self, t: Term) -> Term {
        if !t.is_pointer() || self.in_dst(t.ptr()) {
            return t;
        }
        match shape(t) {
            Shape::Immediate => t,
            Shape::Cons => {
                let (h, tl) = t.cons();
                let at = self.bump(2);
                self.set(at, h.raw());
                self.set(at + 1, tl.raw());
                Term::list_from_ptr(self.at(at))
            }
            Shape::Refc => {
                let at = self.refc(t);
                Term::boxed_from_ptr(self.at(at))
            }
            Shape::SubOfRefc { base, offset, size } => {
                // The new RefcBin goes first; the sub-binary's `orig` points
                // into the block and so is not copied again by the scan.
                let refc_at = self.refc(base);
                let orig = Term::boxed_from_ptr(self.at(refc_at));
                self.sub_bin(orig, offset, size)
            }
            Shape::Flat { base, offset, size } => {
                let base_bytes = binary::bitstring(base).map(|b| b.base).unwrap_or(&[]);
                let slice = BitSlice {
                    base: base_bytes,
                    bit_offset: offset,
                    bit_size: size,
                };
                let nbytes = size.div_ceil(8);
                let words = heap_bin_words(nbytes);
                let at = self.bump(words);
                self.set(at, Header::new(Subtag::HeapBin, words - 1).raw());
                self.set(at + 1, nbytes);
                if nbytes > 0 {
                    let data = self.at(at + 2);
                    // The data words end inside the block.
                    let _ = self.at(at + words - 1);
                    // SAFETY: words `at+2 .. at+words` are in the block (both
                    // ends checked) and span at least `nbytes` bytes; u8 has
                    // no alignment requirement and nothing else refers to
                    // these words while the slice lives.
                    let bytes = unsafe { core::slice::from_raw_parts_mut(data as *mut u8, nbytes) };
                    match slice.as_bytes() {
                        Some(b) => bytes.copy_from_slice(b),
                        None => {
                            for (i, d) in bytes.iter_mut().enumerate() {
                                *d = slice.byte(i);
                            }
                        }
                    }
                }
                let bin = Term::boxed_from_ptr(self.at(at));
                if size.is_multiple_of(8) {
                    bin
                } else {
                    self.sub_bin(bin, 0, size)
                }
            }
            Shape::Words { words } => {
                let at = self.bump(words);
                let _ = self.at(at + words - 1);
                // SAFETY: a boxed term points at a header followed by the
                // `arity` payload words it declares (`words` in all), and the
                // destination words `at .. at+words` are in the block (both
                // ends checked); source and block never overlap (the block
                // is fresh).
                unsafe {
                    core::ptr::copy_nonoverlapping(t.ptr() as *const usize, self.at(at), words)
                };
                Term::boxed_from_ptr(self.at(at))
            }
        }
    }

    /// Copies `root` and everything it reaches.
    fn run(&mut self, root: Term) -> Term {
        let r = self.shallow(root);
        let mut s = 0;
        while s < self.top {
            let w = Term::from_raw(self.get(s));
            if w.is_header() {
                let hdr = Header(w.raw());
                let (a, n) = hdr.subtag().scan_range(hdr.arity());
                for i in s + 1 + a..s + 1 + a + n {
                    let nt = self.shallow(Term::from_raw(self.get(i)));
                    self.set(i, nt.raw());
                }
                s += 1 + hdr.arity();
            } else {
                // A cons cell word.
                let nt = self.shallow(w);
                self.set(s, nt.raw());
                s += 1;
            }
        }
        r
    }
}

/// Copies `t` into the `n` fresh words at `dst` (exactly `size_of(t)`);
/// returns the copy and the `RefcBin` headers written.
///
/// # Safety
/// `dst` must point at `n` writable, initialised words that nothing else
/// uses, and stay valid as long as the copy is used.
unsafe fn copy_into(t: Term, dst: *mut usize, n: usize) -> (Term, Vec<*mut usize>) {
    let mut c = Copier {
        base: dst,
        len: n,
        top: 0,
        mso: Vec::new(),
    };
    let r = c.run(t);
    debug_assert_eq!(c.top, n, "size_of disagrees with the copy");
    (r, c.mso)
}

/// A copy of `t` in a new fragment of exactly [`size_of`]`(t)` words. Off-heap
/// binaries are shared (counted in the fragment's mso list).
pub fn copy_to_fragment(t: Term) -> (Term, Fragment) {
    let n = size_of(t);
    let mut f = Fragment::with_capacity(n);
    if n == 0 {
        return (t, f);
    }
    let p = f.alloc(n).expect("fragment sized for the copy");
    // SAFETY: `alloc` returned `n` fresh, zeroed words owned by `f`, whose
    // buffer never reallocates; `f` outlives the copy's use by the caller.
    let (r, mso) = unsafe { copy_into(t, p, n) };
    f.mso = Mso::from_vec(mso);
    (r, f)
}

/// A copy of `t` in an exactly sized block of its own (empty, with no
/// allocation, for an immediate), with the `RefcBin` headers written: the
/// storage of an [`Owned`](super::owned::Owned) term.
pub fn copy_to_block(t: Term) -> (Term, Vec<usize>, Mso) {
    let n = size_of(t);
    if n == 0 {
        return (t, Vec::new(), Mso::default());
    }
    // A vector, not a boxed slice: moving a `Box` asserts it is the only
    // way to its buffer (Miri's Stacked Borrows catches that), while the
    // copied term points into the buffer too.
    let mut words = alloc::vec![0usize; n];
    // SAFETY: `words` is `n` fresh, zeroed words that nothing else uses; a
    // vector that is never grown never moves its buffer, so the copy stays
    // valid as long as the caller keeps the vector.
    let (r, mso) = unsafe { copy_into(t, words.as_mut_ptr(), n) };
    (r, words, Mso::from_vec(mso))
}

/// A copy of `t` on `heap` (in its young block if there is room, otherwise a
/// heap fragment). Off-heap binaries are shared.
pub fn copy_to_heap(heap: &mut Heap, t: Term) -> Term {
    let n = size_of(t);
    if n == 0 {
        return t;
    }
    let p = heap.alloc(n);
    // SAFETY: `alloc` returned `n` fresh, zeroed words owned by the heap;
    // existing terms never move and nothing refers to the new words yet.
    let (r, mso) = unsafe { copy_into(t, p, n) };
    for h in mso {
        // SAFETY: `copy_into` reports the RefcBin headers it wrote in the
        // new words.
        unsafe { heap.track_refc(h) };
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::print::write_term;
    use alloc::string::String;

    fn show(t: Term) -> String {
        let mut s = String::new();
        write_term(&mut s, t);
        s
    }

    fn build_sample(h: &mut Heap) -> Term {
        let f = h.float(1.5);
        let big = h.int128(-(1i128 << 100));
        let r = h.reference(77);
        let bin = h.binary(b"hello");
        let big_bin = h.binary(&[9u8; 100]);
        let inner = h.tuple(&[Term::small(1), f, big, r]);
        let l = h.list_with_tail(&[inner, bin, big_bin], Term::small(3));
        let s = h.str_list("abc");
        let mut pairs: alloc::vec::Vec<(Term, Term)> =
            (0..40).map(|i| (Term::small(i), Term::small(-i))).collect();
        pairs.push((inner, l));
        let big_map = crate::term::map::from_pairs(h, &mut pairs);
        let small_map = crate::term::map::from_pairs(h, &mut [(s, big_map), (f, Term::NIL)]);
        h.tuple(&[
            l,
            s,
            Term::NIL,
            Term::pid(5),
            Term::atom(crate::atom::am::OK),
            small_map,
        ])
    }

    #[test]
    fn copies_everything_exactly() {
        let mut src = Heap::default();
        let t = build_sample(&mut src);
        let before = show(t);
        let n = size_of(t);
        let (c, frag) = copy_to_fragment(t);
        assert_eq!(frag.used(), n);
        // The refc binary is reachable along two paths: copied twice.
        assert_eq!(frag.mso.len(), 2);
        drop(src);
        assert_eq!(show(c), before);

        let mut dst = Heap::new(16);
        let c2 = copy_to_heap(&mut dst, c);
        drop(frag);
        assert_eq!(show(c2), before);
        assert_eq!(dst.used_words(), n);
        assert_eq!(dst.mso.len(), 2);

        // The copy lives on through a collection of its heap.
        let mut roots = [c2];
        dst.collect(0, &mut [&mut roots[..]]);
        assert_eq!(show(roots[0]), before);
    }

    #[test]
    fn immediates_need_nothing() {
        for t in [Term::small(5), Term::NIL, Term::TRUE, Term::pid(3)] {
            assert_eq!(size_of(t), 0);
            let (c, f) = copy_to_fragment(t);
            assert_eq!(c, t);
            assert_eq!(f.used(), 0);
        }
    }

    #[test]
    fn sharing_is_not_preserved() {
        let mut h = Heap::default();
        let shared = h.tuple(&[Term::small(1), Term::small(2)]);
        let pair = h.tuple(&[shared, shared]);
        assert_eq!(size_of(pair), 3 + 3 + 3);
        let (c, _f) = copy_to_fragment(pair);
        let el = c.as_tuple().unwrap();
        assert_ne!(el[0], el[1]);
        assert_eq!(show(c), "{{1,2},{1,2}}");
    }

    #[test]
    fn refc_binaries_are_shared_and_counted() {
        let mut h = Heap::default();
        let big = h.binary(&[1u8; 200]);
        let bin = big.payload(1) as *const OffHeapBin;
        // SAFETY (all three): `big` is live on `h`, which outlives them.
        assert_eq!(unsafe { OffHeapBin::refc(bin) }, 1);
        let (c, f) = copy_to_fragment(big);
        // SAFETY: as above.
        assert_eq!(unsafe { OffHeapBin::refc(bin) }, 2);
        assert_eq!(c.payload(1), big.payload(1));
        assert_eq!(crate::term::binary::bytes(c).unwrap(), &[1u8; 200][..]);
        drop(f);
        // SAFETY: as above.
        assert_eq!(unsafe { OffHeapBin::refc(bin) }, 1);
    }

    #[test]
    fn sub_binaries() {
        let mut h = Heap::default();
        let data: Vec<u8> = (0..200u8).collect();
        let big = h.binary(&data);
        let sub = h.sub_binary(big, 8 * 10, 8 * 5);
        let (c, f) = copy_to_fragment(sub);
        assert_eq!(c.header().subtag(), Subtag::SubBin);
        assert_eq!(f.used(), 7);
        assert_eq!(crate::term::binary::bytes(c).unwrap(), &data[10..15]);

        // Heap-binary base: flattened to just the bytes.
        let small = h.binary(b"0123456789");
        let sub = h.sub_binary(small, 16, 24);
        assert_eq!(size_of(sub), heap_bin_words(3));
        let (c, _f) = copy_to_fragment(sub);
        assert_eq!(c.header().subtag(), Subtag::HeapBin);
        assert_eq!(crate::term::binary::bytes(c).unwrap(), b"234");

        // Unaligned, partial: a heap binary plus a sub-binary.
        let sub = h.sub_binary(small, 3, 13);
        let expect = show(sub);
        let (c, f) = copy_to_fragment(sub);
        assert_eq!(f.used(), heap_bin_words(2) + 4);
        assert_eq!(show(c), expect);
    }

    #[test]
    fn match_context_becomes_sub_binary() {
        let mut h = Heap::default();
        let small = h.binary(b"abcdef");
        let (ctx, payload) = h.alloc_boxed(Subtag::MatchCtx, 3);
        payload[0] = small.raw();
        payload[1] = 16;
        payload[2] = 40;
        let (c, _f) = copy_to_fragment(ctx);
        assert_eq!(crate::term::binary::bytes(c).unwrap(), b"cde");
    }

    #[test]
    fn deep_and_long_terms_do_not_recurse() {
        let mut h = Heap::default();
        let mut t = Term::NIL;
        for i in 0..200_000 {
            t = h.tuple(&[t, Term::small(i)]);
        }
        let mut l = h.cons(t, Term::NIL);
        for i in 0..200_000 {
            l = h.cons(Term::small(i), l);
        }
        let n = size_of(l);
        assert_eq!(n, 200_001 * 2 + 200_000 * 3);
        let (c, f) = copy_to_fragment(l);
        assert_eq!(f.used(), n);
        assert!(c.is_proper_list());
    }
}
