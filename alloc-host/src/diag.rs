//! The VM's own diagnostics on the board (not the program's output): why
//! a program could not start, how it ended, how much heap it took. With
//! the `defmt` feature they go out as `defmt` frames, compact enough for
//! a debug probe; without it they compile to nothing and the firmware
//! reports what it needs in its own words.

use crate::heap::HeapStats;

/// The pack in flash checked out: `modules` modules in `bytes` bytes.
pub fn pack_ready(modules: usize, bytes: usize) {
    #[cfg(feature = "defmt")]
    defmt::info!("beamr: pack of {} modules, {} bytes", modules, bytes);
    let _ = (modules, bytes);
}

/// The pack is not valid (see [`beamr_core::pack::PackError`]).
pub fn pack_invalid(why: &str) {
    #[cfg(feature = "defmt")]
    defmt::error!("beamr: bad pack: {=str}", why);
    let _ = why;
}

/// The program could not start (missing module, load error).
pub fn setup_failed(why: &str) {
    #[cfg(feature = "defmt")]
    defmt::error!("beamr: cannot start: {=str}", why);
    let _ = why;
}

/// The program ended with exit status `status`.
pub fn ended(status: i32, heap: HeapStats) {
    #[cfg(feature = "defmt")]
    defmt::info!("beamr: ended with status {}, heap {}", status, heap);
    let _ = (status, heap);
}
