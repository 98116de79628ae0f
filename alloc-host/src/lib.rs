//! beamr on bare metal: what a microcontroller must give the core (an
//! allocator, a clock, a byte sink for output, module bytes from flash)
//! and the loop that runs one program on it through the core's shared
//! driver ([`beamr_core::vm::Vm::start_program`] / `step_program`).
//!
//! The library never registers a `#[global_allocator]` itself, so it also
//! builds and tests on a desktop; firmware declares one with
//! [`global_heap!`] and hands it a static region with [`heap_region!`].
#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod clock;
pub mod diag;
pub mod heap;
pub mod host;
pub mod run;
pub mod sink;

pub use clock::{Clock, TickClock, Ticks};
pub use heap::{AllocEvent, HeapStats, TrackingHeap};
pub use host::{BareHost, PackedHost};
pub use run::{run_program, Outcome, Settings};
pub use sink::{ByteSink, LineBuffered};
