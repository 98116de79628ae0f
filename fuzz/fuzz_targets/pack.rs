//! Arbitrary bytes as a pack file: header, checksum, index, and the
//! modules of a pack that validates through the loader.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| beamr_core::fuzzing::pack(data));
