//! Replays the fuzz targets' seed corpora (`fuzz/corpus/<target>/`) and every
//! input that once crashed them (`fuzz/regressions/<target>/`) through the
//! same harnesses the fuzz targets call, so that `cargo test` keeps them
//! fixed without cargo-fuzz.

use std::path::Path;

fn replay(target: &str, harness: fn(&[u8])) {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut n = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz.join(dir).join(target)) else {
            continue;
        };
        let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files {
            if !f.is_file() {
                continue;
            }
            let bytes = std::fs::read(&f).unwrap();
            let r = std::panic::catch_unwind(|| harness(&bytes));
            assert!(r.is_ok(), "{target}: {} panics", f.display());
            n += 1;
        }
    }
    assert!(n > 0, "{target}: no seed or regression inputs");
}

#[test]
fn load_beam() {
    replay("load_beam", beamr_core::fuzzing::load_beam);
}

#[test]
fn binary_to_term() {
    replay("binary_to_term", beamr_core::fuzzing::binary_to_term);
}

#[test]
fn run_module() {
    replay("run_module", beamr_core::fuzzing::run_module);
}

#[test]
fn pack() {
    replay("pack", beamr_core::fuzzing::pack);
}
