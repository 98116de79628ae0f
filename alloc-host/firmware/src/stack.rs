//! How deep the stack went: RAM the VM uses besides its heap. The free
//! RAM below the stack is filled with a pattern at start; at the end, the
//! lowest word no longer holding it marks the deepest the stack reached.

/// Written into unused stack; an unlikely value for real data.
const PAINT: u32 = 0x5AFE_57AC;
/// Left untouched below the stack pointer when painting, for the painting
/// function's own frame.
const MARGIN: usize = 256;

extern "C" {
    // From cortex-m-rt's link.x: the lowest address the stack may grow
    // down to (the end of .bss and .uninit) and its top.
    static _stack_end: u32;
    static _stack_start: u32;
}

fn bounds() -> (usize, usize) {
    (
        core::ptr::addr_of!(_stack_end) as usize,
        core::ptr::addr_of!(_stack_start) as usize,
    )
}

/// Fills the stack area not yet in use with [`PAINT`].
pub fn paint() {
    let (bottom, _) = bounds();
    let sp = cortex_m::register::msp::read() as usize;
    let mut at = bottom.next_multiple_of(4);
    while at + MARGIN < sp {
        // SAFETY: `at` lies between the end of every static (.bss, .uninit)
        // and the live part of the stack, in RAM nothing else owns, and is
        // word-aligned.
        unsafe { core::ptr::write_volatile(at as *mut u32, PAINT) };
        at += 4;
    }
}

/// The most stack used since [`paint`], in bytes.
pub fn peak() -> usize {
    let (bottom, top) = bounds();
    let mut at = bottom.next_multiple_of(4);
    // SAFETY: reads of aligned words of RAM between the statics and the
    // stack top, which `paint` wrote or the stack has used.
    while at < top && unsafe { core::ptr::read_volatile(at as *const u32) } == PAINT {
        at += 4;
    }
    top - at
}
