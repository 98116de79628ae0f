//! The global allocator for firmware: `linked_list_allocator` over one
//! static region, behind a `spin` lock, counting what it hands out so the
//! firmware can report the peak heap the VM needed (the figure that says
//! which microcontrollers can run a program).
//!
//! The lock is a spin lock because there is one core and no OS: it is
//! only contended if an interrupt handler allocates while the main loop
//! holds it, which would spin forever, so interrupt handlers must not
//! allocate (the tick handler in [`crate::clock`] does not).

use core::alloc::{GlobalAlloc, Layout};
use core::mem::MaybeUninit;
use core::ptr::{null_mut, NonNull};
use linked_list_allocator::Heap;
use spin::Mutex;

/// How much of the region is in use, now and at most, in bytes as the
/// allocator accounts them (requests rounded up to its block size).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct HeapStats {
    pub size: usize,
    pub used: usize,
    pub peak: usize,
    /// Requests that found no room (each is an `alloc` returning null).
    pub failures: usize,
}

/// One thing the allocator did, for an observer (see
/// [`TrackingHeap::set_observer`]).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AllocEvent {
    Alloc {
        addr: usize,
        size: usize,
    },
    Free {
        addr: usize,
        size: usize,
    },
    /// A request that found no room.
    Failed {
        size: usize,
    },
}

struct State {
    heap: Heap,
    peak: usize,
    failures: usize,
    observer: Option<fn(AllocEvent)>,
}

/// A `GlobalAlloc` that is empty until [`TrackingHeap::init`] gives it a
/// region: `const`-constructible, so firmware can make it a `static`.
pub struct TrackingHeap {
    state: Mutex<State>,
}

impl TrackingHeap {
    pub const fn empty() -> TrackingHeap {
        TrackingHeap {
            state: Mutex::new(State {
                heap: Heap::empty(),
                peak: 0,
                failures: 0,
                observer: None,
            }),
        }
    }

    /// Hands the allocator its region. The `'static mut` borrow is what
    /// makes this safe: nothing else can touch the bytes afterwards.
    /// A second call is ignored, so a region is never handed out twice.
    pub fn init(&self, region: &'static mut [MaybeUninit<u8>]) {
        let mut s = self.state.lock();
        if s.heap.size() == 0 {
            s.heap.init_from_slice(region);
        }
    }

    pub fn stats(&self) -> HeapStats {
        Self::stats_of(&self.state.lock())
    }

    /// [`TrackingHeap::stats`] unless the lock is held: for a panic
    /// handler, which may run while the allocator itself is mid-call.
    pub fn try_stats(&self) -> Option<HeapStats> {
        self.state.try_lock().map(|s| Self::stats_of(&s))
    }

    fn stats_of(s: &State) -> HeapStats {
        HeapStats {
            size: s.heap.size(),
            used: s.heap.used(),
            peak: s.peak,
            failures: s.failures,
        }
    }

    /// Calls `f` with every allocation, free and failed request, with the
    /// allocator's lock held: `f` must not allocate. For finding out why a
    /// program needs a bigger region than its peak (which blocks lie
    /// between the holes): see docs/bare-metal.md.
    pub fn set_observer(&self, f: fn(AllocEvent)) {
        self.state.lock().observer = Some(f);
    }

    /// Starts peak counting afresh from what is in use now.
    pub fn reset_peak(&self) {
        let mut s = self.state.lock();
        s.peak = s.heap.used();
    }
}

impl Default for TrackingHeap {
    fn default() -> Self {
        TrackingHeap::empty()
    }
}

// SAFETY: every block comes from `linked_list_allocator`, which returns
// blocks of at least `layout`'s size and alignment inside the region, never
// overlapping a live block; the lock serialises all access to its lists.
unsafe impl GlobalAlloc for TrackingHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let mut s = self.state.lock();
        match s.heap.allocate_first_fit(layout) {
            Ok(p) => {
                s.peak = s.peak.max(s.heap.used());
                if let Some(f) = s.observer {
                    f(AllocEvent::Alloc {
                        addr: p.as_ptr() as usize,
                        size: layout.size(),
                    });
                }
                p.as_ptr()
            }
            Err(()) => {
                s.failures += 1;
                if let Some(f) = s.observer {
                    f(AllocEvent::Failed {
                        size: layout.size(),
                    });
                }
                null_mut()
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(p) = NonNull::new(ptr) {
            let mut s = self.state.lock();
            if let Some(f) = s.observer {
                f(AllocEvent::Free {
                    addr: ptr as usize,
                    size: layout.size(),
                });
            }
            // SAFETY: the caller returns a block this allocator gave out
            // with the same layout (the `GlobalAlloc` contract).
            unsafe { s.heap.deallocate(p, layout) }
        }
    }
}

/// Declares the firmware's `#[global_allocator]`, a [`TrackingHeap`]
/// named `$name`, still empty: call `$name.init(heap_region!(SIZE))`
/// before the first allocation.
#[macro_export]
macro_rules! global_heap {
    ($name:ident) => {
        #[global_allocator]
        static $name: $crate::heap::TrackingHeap = $crate::heap::TrackingHeap::empty();
    };
}

/// A `&'static mut` region of `$size` bytes in `.bss` (or, with
/// `heap_region!(SIZE, section = ".name")`, in that linker section, for a
/// region in other RAM),
/// for [`TrackingHeap::init`]. Each expansion owns one region and hands it
/// out once: evaluating the same expansion again panics instead of
/// aliasing it.
#[macro_export]
macro_rules! heap_region {
    ($size:expr) => {
        $crate::heap_region!(@ $size,)
    };
    ($size:expr, section = $section:literal) => {
        $crate::heap_region!(@ $size, #[link_section = $section])
    };
    (@ $size:expr, $(#[$attr:meta])*) => {{
        use core::mem::MaybeUninit;
        use core::sync::atomic::{AtomicBool, Ordering};
        const SIZE: usize = $size;
        static TAKEN: AtomicBool = AtomicBool::new(false);
        $(#[$attr])*
        static mut REGION: [MaybeUninit<u8>; SIZE] = [MaybeUninit::uninit(); SIZE];
        assert!(
            !TAKEN.swap(true, Ordering::AcqRel),
            "heap region taken twice"
        );
        // SAFETY: `TAKEN` lets exactly one evaluation past this point, so
        // this is the only reference to `REGION` there will ever be.
        let region: &'static mut [MaybeUninit<u8>] =
            unsafe { &mut *core::ptr::addr_of_mut!(REGION) };
        region
    }};
}

#[cfg(test)]
mod tests;
