//! The bare-metal [`Host`]: a clock and a byte sink, nothing else. Module
//! bytes come from a pack in flash through the core's [`PackHost`], so
//! this host has no loader logic of its own; there is no file system, no
//! environment and no code path, and the core answers for their absence
//! as OTP does on a system without them.

use crate::clock::Clock;
use crate::sink::ByteSink;
use alloc::vec::Vec;
use beamr_core::host::Host;
use beamr_core::pack::{Pack, PackError, PackHost};

pub struct BareHost<S: ByteSink, C: Clock> {
    pub sink: S,
    pub clock: C,
    /// Wall-clock time at the clock's origin (ns since the Unix epoch):
    /// 0 unless the board has a real-time clock to read it from.
    pub epoch_ns: u64,
}

impl<S: ByteSink, C: Clock> BareHost<S, C> {
    pub fn new(sink: S, clock: C) -> Self {
        BareHost {
            sink,
            clock,
            epoch_ns: 0,
        }
    }
}

impl<S: ByteSink, C: Clock> Host for BareHost<S, C> {
    fn monotonic_ns(&mut self) -> u64 {
        self.clock.now_ns()
    }
    fn system_ns(&mut self) -> u64 {
        self.epoch_ns.saturating_add(self.clock.now_ns())
    }
    fn write(&mut self, fd: u32, bytes: &[u8]) {
        self.sink.write(fd, bytes)
    }
    fn find_module(&mut self, _name: &str) -> Option<Vec<u8>> {
        None
    }
}

/// A [`BareHost`] serving modules from a pack that stays where it is
/// (flash, or any `'static` bytes).
pub type PackedHost<S, C> = PackHost<BareHost<S, C>, &'static [u8]>;

/// Checks `pack` and puts it in front of `host`.
pub fn with_pack<S: ByteSink, C: Clock>(
    host: BareHost<S, C>,
    pack: &'static [u8],
) -> Result<PackedHost<S, C>, PackError> {
    Ok(PackHost::new(host, Pack::new(pack)?))
}
