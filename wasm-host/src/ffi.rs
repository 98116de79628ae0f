//! The exported C-ABI functions `js/beamr.mjs` calls. Plain exports rather
//! than wasm-bindgen: a dozen functions of numbers and pointers need no
//! generated glue, and the module stays loadable by any embedder.
//!
//! Bytes go in through [`beamr_alloc`]ed buffers; text comes out through
//! the handle's text buffer ([`beamr_text_ptr`], [`beamr_text_len`]),
//! valid until the next call on that handle. Calls that can fail return a
//! negative number and leave the reason in the text buffer.

use crate::session::{Session, State};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;

/// A VM as the embedder holds it: the session and its last text answer.
#[derive(Default)]
pub struct Handle {
    session: Session,
    text: String,
}

impl Handle {
    /// Maps a result to the return convention: 0, or -1 with the reason.
    fn status(&mut self, r: Result<(), String>) -> i32 {
        match r {
            Ok(()) => 0,
            Err(e) => {
                self.text = e;
                -1
            }
        }
    }
}

/// # Safety
/// `h` must come from [`beamr_vm_new`] and not be freed.
unsafe fn handle<'a>(h: *mut Handle) -> &'a mut Handle {
    // SAFETY: the caller's contract above; the embedder is single-threaded.
    unsafe { &mut *h }
}

/// # Safety
/// `ptr..ptr+len` must be readable for the call.
unsafe fn str_arg<'a>(ptr: *const u8, len: usize) -> Result<&'a str, String> {
    // SAFETY: the caller's contract above.
    let bytes = unsafe { core::slice::from_raw_parts(ptr, len) };
    core::str::from_utf8(bytes).map_err(|_| "a name is not UTF-8".into())
}

/// A zeroed buffer of `len` bytes for the embedder to fill.
#[no_mangle]
pub extern "C" fn beamr_alloc(len: usize) -> *mut u8 {
    Box::into_raw(vec![0u8; len].into_boxed_slice()) as *mut u8
}

/// Frees a buffer from [`beamr_alloc`] that no call took over.
///
/// # Safety
/// `ptr` and `len` must be exactly as [`beamr_alloc`] gave and took them.
#[no_mangle]
pub unsafe extern "C" fn beamr_free(ptr: *mut u8, len: usize) {
    // SAFETY: the pair describes a boxed slice `beamr_alloc` leaked.
    drop(unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr, len)) });
}

/// A new VM with no modules yet.
#[no_mangle]
pub extern "C" fn beamr_vm_new() -> *mut Handle {
    Box::into_raw(Box::default())
}

/// Frees a VM and everything in it.
///
/// # Safety
/// `h` must come from [`beamr_vm_new`], and is invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn beamr_vm_free(h: *mut Handle) {
    // SAFETY: the caller's contract above.
    drop(unsafe { Box::from_raw(h) });
}

/// Gives the VM its modules: a pack (see `docs/pack.md`), once. Takes
/// over the buffer, whether or not the pack is valid.
///
/// # Safety
/// `h` as for [`beamr_vm_free`]; `ptr`/`len` a buffer from [`beamr_alloc`].
#[no_mangle]
pub unsafe extern "C" fn beamr_load_pack(h: *mut Handle, ptr: *mut u8, len: usize) -> i32 {
    // SAFETY: the caller's contract above.
    let (h, bytes) = unsafe {
        (
            handle(h),
            Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr, len)),
        )
    };
    let r = h.session.load_pack(bytes);
    h.status(r)
}

/// Boots the VM and spawns `module:function()` as the program's main
/// process.
///
/// # Safety
/// `h` as for [`beamr_vm_free`]; both name buffers readable for the call.
#[no_mangle]
pub unsafe extern "C" fn beamr_start(
    h: *mut Handle,
    module: *const u8,
    module_len: usize,
    function: *const u8,
    function_len: usize,
) -> i32 {
    // SAFETY: the caller's contract above.
    let (h, m, f) = unsafe {
        (
            handle(h),
            str_arg(module, module_len),
            str_arg(function, function_len),
        )
    };
    let r = match (m, f) {
        (Ok(m), Ok(f)) => h.session.start(m, f),
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    h.status(r)
}

/// Runs the program for about `budget_ms` (at least one scheduler round).
/// Returns 0: still running, step again soon; 1: sleeping until
/// [`beamr_next_timer`]; 2: blocked, nothing will wake it; 3: ended (see
/// [`beamr_exit_status`]); -1: not started.
///
/// # Safety
/// `h` as for [`beamr_vm_free`].
#[no_mangle]
pub unsafe extern "C" fn beamr_step(h: *mut Handle, budget_ms: f64) -> i32 {
    // SAFETY: the caller's contract above.
    let h = unsafe { handle(h) };
    match h.session.step((budget_ms.max(0.0) * 1e6) as u64) {
        Ok(State::Running) => 0,
        Ok(State::SleepUntil(_)) => 1,
        Ok(State::Blocked) => 2,
        Ok(State::Ended(_)) => 3,
        Err(e) => {
            h.text = e;
            -1
        }
    }
}

/// The earliest pending timer, in the milliseconds of the imported
/// monotonic clock; -1 when none is pending.
///
/// # Safety
/// `h` as for [`beamr_vm_free`].
#[no_mangle]
pub unsafe extern "C" fn beamr_next_timer(h: *mut Handle) -> f64 {
    // SAFETY: the caller's contract above.
    let h = unsafe { handle(h) };
    h.session.next_timer().map_or(-1.0, |ns| ns as f64 / 1e6)
}

/// The program's exit status once [`beamr_step`] returned 3 (0 normal, 1
/// crash, `halt/1`'s status), else -1.
///
/// # Safety
/// `h` as for [`beamr_vm_free`].
#[no_mangle]
pub unsafe extern "C" fn beamr_exit_status(h: *mut Handle) -> i32 {
    // SAFETY: the caller's contract above.
    let h = unsafe { handle(h) };
    h.session.exit_status().unwrap_or(-1)
}

/// Puts the live processes, as JSON (see `json::processes`), in the text
/// buffer; returns its length.
///
/// # Safety
/// `h` as for [`beamr_vm_free`].
#[no_mangle]
pub unsafe extern "C" fn beamr_processes(h: *mut Handle) -> usize {
    // SAFETY: the caller's contract above.
    let h = unsafe { handle(h) };
    let procs = h.session.vm().map(|vm| vm.processes()).unwrap_or_default();
    h.text = crate::json::processes(&procs);
    h.text.len()
}

/// Where the text buffer's bytes (UTF-8) start.
///
/// # Safety
/// `h` as for [`beamr_vm_free`].
#[no_mangle]
pub unsafe extern "C" fn beamr_text_ptr(h: *mut Handle) -> *const u8 {
    // SAFETY: the caller's contract above.
    unsafe { handle(h) }.text.as_ptr()
}

/// The text buffer's length in bytes.
///
/// # Safety
/// `h` as for [`beamr_vm_free`].
#[no_mangle]
pub unsafe extern "C" fn beamr_text_len(h: *mut Handle) -> usize {
    // SAFETY: the caller's contract above.
    unsafe { handle(h) }.text.len()
}
