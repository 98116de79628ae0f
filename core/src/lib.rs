//! beamr-core: the whole VM with no I/O of its own. Hosts reach in through
//! [`host::Host`]; the core never touches std.
#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod atom;
pub mod bif;
pub mod code;
pub mod etf;
#[doc(hidden)]
pub mod fuzzing;
pub mod heap;
pub mod host;
mod index;
pub mod interp;
pub mod loader;
pub mod num;
pub mod pack;
pub mod process;
#[cfg(test)]
mod proptests;
pub mod sched;
pub mod term;
pub mod vm;
