//! Arbitrary bytes through the external term format decoder, `safe` or not.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| beamr_core::fuzzing::binary_to_term(data));
