//! Building terms on a heap. Every constructor allocates through
//! [`Heap::alloc`], which never moves existing terms, so a BIF can build
//! freely between safe points.

use super::{Heap, OffHeapBin, HEAP_BIN_LIMIT};
use crate::term::boxed::{self, Header, Subtag, FLOAT_WORDS, U64_WORDS};
use crate::term::{Term, WORD_BYTES};
use num_bigint::{BigInt, Sign};

impl Heap {
    /// Writes a header and returns the boxed term and its payload.
    #[inline]
    pub fn alloc_boxed(&mut self, subtag: Subtag, arity: usize) -> (Term, &mut [usize]) {
        let p = self.alloc(1 + arity);
        // SAFETY: `alloc` returned 1 + arity fresh words owned by this heap.
        unsafe {
            *p = Header::new(subtag, arity).raw();
            (
                Term::boxed_from_ptr(p),
                core::slice::from_raw_parts_mut(p.add(1), arity),
            )
        }
    }

    #[inline]
    pub fn cons(&mut self, head: Term, tail: Term) -> Term {
        let p = self.alloc(2);
        // SAFETY: two fresh words.
        unsafe {
            *p = head.raw();
            *p.add(1) = tail.raw();
        }
        Term::list_from_ptr(p)
    }

    pub fn tuple(&mut self, elems: &[Term]) -> Term {
        let (t, payload) = self.alloc_boxed(Subtag::Tuple, elems.len());
        for (d, e) in payload.iter_mut().zip(elems) {
            *d = e.raw();
        }
        t
    }

    pub fn float(&mut self, f: f64) -> Term {
        let (t, payload) = self.alloc_boxed(Subtag::Float, FLOAT_WORDS);
        boxed::write_u64(payload, f.to_bits());
        t
    }

    pub fn reference(&mut self, id: u64) -> Term {
        let (t, payload) = self.alloc_boxed(Subtag::Ref, U64_WORDS);
        boxed::write_u64(payload, id);
        t
    }

    pub fn int(&mut self, i: i64) -> Term {
        match Term::try_small(i) {
            Some(t) => t,
            None => self.bigint(&BigInt::from(i)),
        }
    }

    pub fn int128(&mut self, i: i128) -> Term {
        if let Ok(v) = i64::try_from(i) {
            return self.int(v);
        }
        self.bigint(&BigInt::from(i))
    }

    pub fn uint(&mut self, u: u64) -> Term {
        match i64::try_from(u) {
            Ok(v) => self.int(v),
            Err(_) => self.bigint(&BigInt::from(u)),
        }
    }

    /// An integer term: small when it fits, bignum otherwise.
    pub fn bigint(&mut self, b: &BigInt) -> Term {
        if let Ok(v) = i64::try_from(b) {
            if let Some(t) = Term::try_small(v) {
                return t;
            }
        }
        let (sign, digits) = b.to_u32_digits();
        let st = if sign == Sign::Minus {
            Subtag::BigNeg
        } else {
            Subtag::BigPos
        };
        let words = boxed::bignum_words(digits.len());
        let (t, payload) = self.alloc_boxed(st, words);
        boxed::write_bignum_digits(payload, &digits);
        t
    }

    /// A binary holding `bytes`: on the heap when small, off-heap otherwise.
    pub fn binary(&mut self, bytes: &[u8]) -> Term {
        if bytes.len() <= HEAP_BIN_LIMIT {
            let (t, payload) = self.heap_binary_uninit(bytes.len());
            payload.copy_from_slice(bytes);
            t
        } else {
            self.refc_binary(alloc::vec::Vec::from(bytes))
        }
    }

    /// A heap binary of `n` bytes whose contents the caller fills.
    pub fn heap_binary_uninit(&mut self, n: usize) -> (Term, &mut [u8]) {
        let words = 1 + n.div_ceil(WORD_BYTES);
        let (t, payload) = self.alloc_boxed(Subtag::HeapBin, words);
        payload[0] = n;
        // SAFETY: payload[1..] spans `words - 1` words = at least n bytes.
        let bytes =
            unsafe { core::slice::from_raw_parts_mut(payload[1..].as_mut_ptr() as *mut u8, n) };
        (t, bytes)
    }

    /// Wraps owned bytes as an off-heap binary tracked by this heap.
    pub fn refc_binary(&mut self, data: alloc::vec::Vec<u8>) -> Term {
        let len = data.len();
        let bin = OffHeapBin::new(data);
        self.refc_binary_from(bin, len)
    }

    /// A `RefcBin` object for an existing off-heap binary; takes over one
    /// reference the caller owns.
    pub fn refc_binary_from(&mut self, bin: *const OffHeapBin, len: usize) -> Term {
        let (t, payload) = self.alloc_boxed(Subtag::RefcBin, 2);
        payload[0] = len;
        payload[1] = bin as usize;
        // SAFETY: `t` is the RefcBin just made on this heap, its size set.
        unsafe { self.track_refc(t.ptr()) };
        t
    }

    /// A sub-binary: `bit_size` bits of `orig` starting at `bit_offset`.
    /// `orig` must be a heap or refc binary (not itself a sub-binary).
    pub fn sub_binary(&mut self, orig: Term, bit_offset: usize, bit_size: usize) -> Term {
        let (t, payload) = self.alloc_boxed(Subtag::SubBin, 3);
        payload[0] = orig.raw();
        payload[1] = bit_offset;
        payload[2] = bit_size;
        t
    }

    /// `fun M:F/A`: the export-table index (for calls) and the name (so
    /// comparison, hashing and printing need no code server).
    pub fn export_fun(&mut self, export: usize, m: Term, f: Term, arity: u32) -> Term {
        let (t, payload) = self.alloc_boxed(Subtag::Export, 4);
        payload[0] = export;
        payload[1] = m.raw();
        payload[2] = f.raw();
        payload[3] = Term::small(arity as isize).raw();
        t
    }

    /// A proper list of the given elements.
    pub fn list(&mut self, elems: &[Term]) -> Term {
        self.list_with_tail(elems, Term::NIL)
    }

    pub fn list_with_tail(&mut self, elems: &[Term], tail: Term) -> Term {
        let mut l = tail;
        for &e in elems.iter().rev() {
            l = self.cons(e, l);
        }
        l
    }

    /// A list of small integers (an Erlang string) from bytes.
    pub fn byte_list(&mut self, bytes: &[u8]) -> Term {
        let mut l = Term::NIL;
        for &b in bytes.iter().rev() {
            l = self.cons(Term::small(b as isize), l);
        }
        l
    }

    /// A list of code points from a Rust string.
    pub fn str_list(&mut self, s: &str) -> Term {
        let chars: alloc::vec::Vec<Term> = s.chars().map(|c| Term::small(c as isize)).collect();
        self.list(&chars)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_pick_representation() {
        let mut h = Heap::default();
        assert!(h.int(5).is_small());
        let big = h.int(i64::MAX);
        assert!(big.is_bignum());
        let n = crate::term::integer::to_bigint(big).unwrap();
        assert_eq!(n, BigInt::from(i64::MAX));
        let neg = h.int128(-(1i128 << 100));
        assert_eq!(
            crate::term::integer::to_bigint(neg).unwrap(),
            BigInt::from(-(1i128 << 100))
        );
    }

    #[test]
    fn binaries() {
        let mut h = Heap::default();
        let small = h.binary(b"hello");
        assert_eq!(crate::term::binary::bytes(small).unwrap(), b"hello");
        let big = h.binary(&[1u8; 100]);
        assert_eq!(big.header().subtag(), Subtag::RefcBin);
        let sub = h.sub_binary(big, 8, 16);
        assert_eq!(crate::term::binary::bytes(sub).unwrap(), &[1, 1]);
        let f = h.float(2.5);
        assert_eq!(f.as_float(), Some(2.5));
    }
}
