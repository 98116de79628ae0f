//! The one door between the core and the outside world.
//!
//! A host supplies time, output, module bytes and entropy. A host that lacks
//! a capability returns `None`/does nothing, and the BIF that needed it
//! raises the error OTP would.

use alloc::vec::Vec;

pub trait Host {
    /// Monotonic time in nanoseconds (any origin).
    fn monotonic_ns(&mut self) -> u64;
    /// Wall-clock time in nanoseconds since the Unix epoch.
    fn system_ns(&mut self) -> u64;
    /// Writes bytes to standard output (`fd` 1) or standard error (`fd` 2).
    fn write(&mut self, fd: u32, bytes: &[u8]);
    /// The `.beam` bytes of module `name`, if the host can find them.
    fn find_module(&mut self, name: &str) -> Option<Vec<u8>>;
    /// Random bits (for `rand` seeding and `make_ref` uniqueness).
    fn entropy(&mut self) -> u64 {
        0x853c_49e6_748f_ea9b
    }
}

/// A host with no clock, no output and no modules: for tests and fuzzing.
#[derive(Default)]
pub struct NullHost {
    pub out: Vec<u8>,
    pub ticks: u64,
}

impl Host for NullHost {
    fn monotonic_ns(&mut self) -> u64 {
        self.ticks += 1000;
        self.ticks
    }
    fn system_ns(&mut self) -> u64 {
        self.monotonic_ns()
    }
    fn write(&mut self, _fd: u32, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }
    fn find_module(&mut self, _name: &str) -> Option<Vec<u8>> {
        None
    }
}
