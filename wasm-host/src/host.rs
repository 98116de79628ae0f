//! [`WasmHost`]: the core's [`Host`] over the embedder's imports. It has
//! no modules of its own (a [`beamr_core::pack::PackHost`] around it serves
//! them from a pack) and no file system, so `file:*` answers `enotsup`.

use crate::sys;
use alloc::vec::Vec;
use beamr_core::host::Host;

#[derive(Default)]
pub struct WasmHost;

/// Milliseconds as the core's nanoseconds; negative or NaN readings
/// (an embedder's bug) become 0 rather than wrapping.
fn ns(ms: f64) -> u64 {
    (ms * 1e6) as u64
}

impl Host for WasmHost {
    fn monotonic_ns(&mut self) -> u64 {
        ns(sys::monotonic_ms())
    }
    fn system_ns(&mut self) -> u64 {
        ns(sys::system_ms())
    }
    fn write(&mut self, fd: u32, bytes: &[u8]) {
        sys::write(fd, bytes)
    }
    fn find_module(&mut self, _name: &str) -> Option<Vec<u8>> {
        None
    }
    fn entropy(&mut self) -> u64 {
        let mut b = [0u8; 8];
        sys::random(&mut b);
        u64::from_le_bytes(b)
    }
}
