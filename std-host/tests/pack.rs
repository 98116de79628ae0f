//! `beamr pack` and `beamr run --pack` on `examples/hello` (its committed
//! `.beam`; OTP's modules come from the installed Erlang).

mod common;

use common::{run_with_timeout, RunOutput};
use std::path::{Path, PathBuf};
use std::process::Command;

const BEAMR: &str = env!("CARGO_BIN_EXE_beamr");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("beamr-pack-test-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d.join(name)
}

fn beamr(args: &[&str]) -> RunOutput {
    run_with_timeout(Command::new(BEAMR).args(args)).unwrap()
}

fn pack_hello(out: &Path, extra: &[&str]) -> Vec<u8> {
    let hello = root().join("examples/hello");
    let mut args = vec!["pack", "-o", out.to_str().unwrap(), "-pa"];
    args.push(hello.to_str().unwrap());
    args.extend_from_slice(extra);
    args.push("hello");
    let r = beamr(&args);
    assert!(
        r.ok(),
        "pack failed: {}",
        String::from_utf8_lossy(&r.stderr)
    );
    std::fs::read(out).unwrap()
}

fn run_pack(pack: &Path) -> RunOutput {
    beamr(&["run", "--pack", pack.to_str().unwrap(), "hello"])
}

/// Runs `hello` from `pack`: it must print `expected` and nothing on
/// stderr.
fn runs_as_expected(name: &str, pack: &Path, expected: &[u8]) {
    let r = run_pack(pack);
    assert!(r.ok(), "{name}: {}", String::from_utf8_lossy(&r.stderr));
    assert_eq!(
        String::from_utf8_lossy(&r.stdout),
        String::from_utf8_lossy(expected),
        "{name}"
    );
    assert!(
        r.stderr.is_empty(),
        "{name}: {}",
        String::from_utf8_lossy(&r.stderr)
    );
}

#[test]
fn hello_from_a_pack() {
    let expected = std::fs::read(root().join("examples/hello/hello.out")).unwrap();
    for (name, extra) in [("boot.pack", &[][..]), ("noboot.pack", &["--no-boot"][..])] {
        let file = tmp(name);
        let first = pack_hello(&file, extra);
        // Deterministic: the same modules give the same bytes.
        let again = pack_hello(&tmp(&format!("again-{name}")), extra);
        assert!(first == again, "{name}: two packs differ");
        runs_as_expected(name, &file, &expected);
    }
    let list = beamr(&["pack", "--list", tmp("boot.pack").to_str().unwrap()]);
    assert!(list.ok());
    let text = String::from_utf8_lossy(&list.stdout);
    for m in ["hello", "io", "logger_server", "logger_std_h"] {
        assert!(
            text.lines().any(|l| l.split_whitespace().nth(1) == Some(m)),
            "{m} missing from:\n{text}"
        );
    }
    let list = beamr(&["pack", "--list", tmp("noboot.pack").to_str().unwrap()]);
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(!text.lines().any(|l| l.ends_with(" logger_server")));
}

#[test]
fn damaged_packs_are_clear_errors() {
    let file = tmp("damaged-src.pack");
    let bytes = pack_hello(&file, &["--no-boot"]);
    let bad = tmp("damaged.pack");
    let cases: [(&str, Vec<u8>); 3] = [
        ("truncated", bytes[..bytes.len() / 2].to_vec()),
        ("checksum", {
            let mut b = bytes.clone();
            let i = b.len() - 100;
            b[i] ^= 0x40;
            b
        }),
        ("version", {
            let mut b = bytes.clone();
            b[8] = 99;
            b
        }),
    ];
    for (what, b) in cases {
        std::fs::write(&bad, &b).unwrap();
        let r = run_pack(&bad);
        assert_eq!(r.status.and_then(|s| s.code()), Some(2), "{what}");
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(
            err.starts_with("beamr: ") && err.contains(what) && err.lines().count() == 1,
            "{what}: {err}"
        );
    }
    let r = beamr(&["run", "--pack", file.to_str().unwrap(), "nosuchmodule"]);
    assert_eq!(r.status.and_then(|s| s.code()), Some(2));
}

#[test]
fn a_pack_of_what_a_run_loads_runs_the_same() {
    let expected = std::fs::read(root().join("examples/hello/hello.out")).unwrap();
    let full = pack_hello(&tmp("full.pack"), &["--no-boot"]);
    for (name, extra) in [
        ("loaded-noboot.pack", &["--no-boot", "--loaded-only"][..]),
        ("loaded-boot.pack", &["--loaded-only"][..]),
    ] {
        let file = tmp(name);
        let trimmed = pack_hello(&file, extra);
        assert!(
            trimmed.len() * 4 < full.len(),
            "{name}: {} bytes, the full pack {}",
            trimmed.len(),
            full.len()
        );
        runs_as_expected(name, &file, &expected);
        let list = beamr(&["pack", "--list", file.to_str().unwrap()]);
        let text = String::from_utf8_lossy(&list.stdout);
        let has = |m: &str| text.lines().any(|l| l.split_whitespace().nth(1) == Some(m));
        // What hello runs, and not what only its import tables reach.
        assert!(has("hello") && has("io") && has("io_lib_format"), "{text}");
        assert!(!has("erl_lint") && !has("compile"), "{text}");
        assert_eq!(has("logger_server"), !name.contains("noboot"), "{text}");
    }
}
