//! Limits a program can reach without taking the VM down (issue 6), run by
//! the `beamr` binary in a process of its own (the atom table is per OS
//! process, and this test fills it). `limits/lim_limits.erl` is compiled
//! with `erlc` at test time; `limits/lim_limits.out` is what it must print.
//! Its lines for a full atom table and a binary the allocator refuses are
//! beamr's own (OTP's emulator aborts the node there); every other line is
//! what `erl` prints for the same code.

mod common;

use common::{run_with_timeout, short_diff};
use std::path::Path;
use std::process::Command;

const BEAMR: &str = env!("CARGO_BIN_EXE_beamr");

#[test]
fn limits_raise_in_the_process_and_the_vm_goes_on() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/limits");
    let out = std::env::temp_dir().join(format!("beamr-limits-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    let st = Command::new("erlc")
        .arg("-o")
        .arg(&out)
        .arg(dir.join("lim_limits.erl"))
        .status()
        .expect("erlc (install erlang-nox)");
    assert!(st.success(), "erlc failed");
    let r = run_with_timeout(
        Command::new(BEAMR)
            .args(["run", "-pa"])
            .arg(&out)
            .arg("lim_limits"),
    )
    .unwrap();
    let _ = std::fs::remove_dir_all(&out);
    let want = std::fs::read(dir.join("lim_limits.out")).unwrap();
    assert!(
        r.ok(),
        "beamr failed ({}): {}",
        r.describe_status(),
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(
        r.stdout == want,
        "output differs:\n{}",
        short_diff(&want, &r.stdout)
    );
}
