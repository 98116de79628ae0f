use super::*;

fn heap_of(size: usize) -> &'static TrackingHeap {
    let h = std::boxed::Box::leak(std::boxed::Box::new(TrackingHeap::empty()));
    let region = std::vec![MaybeUninit::uninit(); size].leak();
    h.init(region);
    h
}

#[test]
fn empty_heap_refuses_everything() {
    let h = TrackingHeap::empty();
    let l = Layout::from_size_align(8, 8).unwrap();
    // SAFETY: a valid layout; the null answer is not dereferenced.
    assert!(unsafe { h.alloc(l) }.is_null());
    assert_eq!(h.stats().failures, 1);
    assert_eq!(h.stats().size, 0);
}

#[test]
fn peak_survives_frees() {
    let h = heap_of(4096);
    let l = Layout::from_size_align(1000, 8).unwrap();
    // SAFETY: blocks are freed with the layout they were allocated with.
    unsafe {
        let a = h.alloc(l);
        let b = h.alloc(l);
        assert!(!a.is_null() && !b.is_null());
        let two = h.stats();
        assert!(two.used >= 2000 && two.peak == two.used);
        h.dealloc(a, l);
        h.dealloc(b, l);
    }
    let s = h.stats();
    assert_eq!(s.used, 0);
    assert!(s.peak >= 2000);
    h.reset_peak();
    assert_eq!(h.stats().peak, 0);
}

#[test]
fn try_stats_gives_up_while_locked() {
    let h = heap_of(1024);
    assert_eq!(h.try_stats(), Some(h.stats()));
    let held = h.state.lock();
    assert_eq!(h.try_stats(), None);
    drop(held);
}

#[test]
fn exhaustion_is_null_and_counted() {
    let h = heap_of(1024);
    let l = Layout::from_size_align(2048, 8).unwrap();
    // SAFETY: a valid layout; the null answer is not dereferenced.
    assert!(unsafe { h.alloc(l) }.is_null());
    assert_eq!(h.stats().failures, 1);
}

#[test]
fn alignment_is_honoured() {
    let h = heap_of(8192);
    for align in [8, 64, 256] {
        let l = Layout::from_size_align(24, align).unwrap();
        // SAFETY: checked non-null, freed with its layout.
        unsafe {
            let p = h.alloc(l);
            assert!(!p.is_null());
            assert_eq!(p as usize % align, 0);
            h.dealloc(p, l);
        }
    }
}

#[test]
fn a_region_is_taken_once() {
    let r = crate::heap_region!(64);
    assert_eq!(r.len(), 64);
    let r = crate::heap_region!(32, section = ".data.test_region");
    assert_eq!(r.len(), 32);
}

#[test]
fn second_init_is_ignored() {
    let h = heap_of(512);
    h.init(std::vec![MaybeUninit::uninit(); 4096].leak());
    assert_eq!(h.stats().size, 512);
}

#[test]
fn an_observer_sees_allocations_frees_and_failures() {
    use std::sync::Mutex;
    static SEEN: Mutex<std::vec::Vec<AllocEvent>> = Mutex::new(std::vec::Vec::new());
    fn record(e: AllocEvent) {
        SEEN.lock().unwrap().push(e);
    }
    let h = heap_of(2048);
    h.set_observer(record);
    let small = Layout::from_size_align(100, 8).unwrap();
    let huge = Layout::from_size_align(4096, 8).unwrap();
    // SAFETY: the block is freed with the layout it was allocated with;
    // the null answer is not dereferenced.
    let a = unsafe { h.alloc(small) };
    unsafe {
        assert!(h.alloc(huge).is_null());
        h.dealloc(a, small);
    }
    let addr = a as usize;
    assert_eq!(
        *SEEN.lock().unwrap(),
        [
            AllocEvent::Alloc { addr, size: 100 },
            AllocEvent::Failed { size: 4096 },
            AllocEvent::Free { addr, size: 100 },
        ]
    );
}
