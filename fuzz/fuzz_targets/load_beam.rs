//! Arbitrary bytes as a `.beam` through the loader and code transform.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| beamr_core::fuzzing::load_beam(data));
