//! Real modules, mutated mostly inside their `Code` chunk, loaded and run
//! for a bounded number of scheduler rounds.
#![no_main]

use libfuzzer_sys::{fuzz_mutator, fuzz_target, fuzzer_mutate};

fuzz_target!(|data: &[u8]| beamr_core::fuzzing::run_module(data));

/// Offset and length of the body of chunk `id` in an uncompressed `.beam`.
fn chunk(data: &[u8], id: &[u8; 4]) -> Option<(usize, usize)> {
    if data.len() < 12 || &data[..4] != b"FOR1" || &data[8..12] != b"BEAM" {
        return None;
    }
    let mut pos = 12;
    while pos + 8 <= data.len() {
        let len = u32::from_be_bytes(data[pos + 4..pos + 8].try_into().ok()?) as usize;
        let body = pos + 8;
        if body.checked_add(len)? > data.len() {
            return None;
        }
        if &data[pos..pos + 4] == id {
            return Some((body, len));
        }
        pos = body + ((len + 3) & !3);
    }
    None
}

// Three mutations in four stay inside the instructions of the `Code` chunk
// (after its 16-byte header of sizes and counts), fixing up the chunk and
// file lengths; the rest mutate the whole file.
fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    let Some((body, len)) = chunk(&data[..size], b"Code").filter(|_| seed % 4 != 0) else {
        return fuzzer_mutate(data, size, max_size);
    };
    let head = 4 + 16; // the chunk's header size field and the header
    if len < head {
        return fuzzer_mutate(data, size, max_size);
    }
    let start = body + head;
    let end = body + len;
    let padded = body + ((len + 3) & !3);
    let mut code = data[start..end].to_vec();
    let room = max_size.saturating_sub(size - code.len());
    let old = code.len();
    code.resize(old.max(room.min(old + 64)), 0);
    let cap = code.len();
    let n = fuzzer_mutate(&mut code, old, cap);
    code.truncate(n);
    let mut out = Vec::with_capacity(size - old + n + 3);
    out.extend_from_slice(&data[..start]);
    out.extend_from_slice(&code);
    let new_len = head + n;
    out.resize(body + ((new_len + 3) & !3), 0);
    out.extend_from_slice(&data[padded.min(size)..size]);
    if out.len() > max_size {
        return fuzzer_mutate(data, size, max_size);
    }
    out[body - 4..body].copy_from_slice(&(new_len as u32).to_be_bytes());
    let total = (out.len() - 8) as u32;
    out[4..8].copy_from_slice(&total.to_be_bytes());
    data[..out.len()].copy_from_slice(&out);
    out.len()
});
