//! Off-heap, reference-counted binary storage.
//!
//! Binaries over [`HEAP_BIN_LIMIT`] bytes live here so messages and ETS can
//! share them instead of copying. Each `RefcBin` object on a heap owns one
//! count; the collector releases the counts of objects that die.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicUsize, Ordering};

/// Binaries larger than this many bytes are stored off-heap, as OTP.
pub const HEAP_BIN_LIMIT: usize = 64;

pub struct OffHeapBin {
    refc: AtomicUsize,
    /// Bytes; may grow in place while the binary is writable (appends).
    data: UnsafeCell<Vec<u8>>,
}

// SAFETY: the bytes are immutable once shared; only the single owner of a
// writable binary appends (checked by the append path), and the count is atomic.
unsafe impl Sync for OffHeapBin {}
unsafe impl Send for OffHeapBin {}

impl OffHeapBin {
    /// A new binary with one reference, owned by the caller.
    pub fn new(data: Vec<u8>) -> *const OffHeapBin {
        Box::into_raw(Box::new(OffHeapBin {
            refc: AtomicUsize::new(1),
            data: UnsafeCell::new(data),
        }))
    }

    /// # Safety
    /// `p` must come from [`OffHeapBin::new`] and still hold a reference.
    pub unsafe fn inc(p: *const OffHeapBin) {
        // SAFETY: caller guarantees p is live.
        unsafe { (*p).refc.fetch_add(1, Ordering::Relaxed) };
    }

    /// Drops one reference, freeing the binary with the last.
    ///
    /// # Safety
    /// `p` must come from [`OffHeapBin::new`] and the caller must own the
    /// reference it releases.
    pub unsafe fn dec(p: *const OffHeapBin) {
        // SAFETY: caller owns a reference, so p is live until this decrement.
        unsafe {
            if (*p).refc.fetch_sub(1, Ordering::AcqRel) == 1 {
                drop(Box::from_raw(p as *mut OffHeapBin));
            }
        }
    }

    /// # Safety
    /// `p` must be live (held by a term the caller can reach).
    pub unsafe fn bytes<'a>(p: *const OffHeapBin) -> &'a [u8] {
        // SAFETY: live per caller; bytes are not mutated while shared.
        unsafe { &*(*p).data.get() }
    }

    /// # Safety
    /// `p` must be live and the caller must be its only user (refcount 1 or
    /// the append protocol's owner), so no other slice of it is read.
    pub unsafe fn bytes_mut<'a>(p: *const OffHeapBin) -> &'a mut Vec<u8> {
        // SAFETY: exclusive per caller.
        unsafe { &mut *(*p).data.get() }
    }

    /// # Safety
    /// `p` must be live.
    pub unsafe fn refc(p: *const OffHeapBin) -> usize {
        // SAFETY: live per caller.
        unsafe { (*p).refc.load(Ordering::Relaxed) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let p = OffHeapBin::new(alloc::vec![1, 2, 3]);
        unsafe {
            OffHeapBin::inc(p);
            assert_eq!(OffHeapBin::refc(p), 2);
            assert_eq!(OffHeapBin::bytes(p), &[1, 2, 3]);
            OffHeapBin::dec(p);
            OffHeapBin::dec(p);
        }
    }
}
