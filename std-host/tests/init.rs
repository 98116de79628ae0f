//! `init:stop/0,1` ends `beamr run` with its status (after returning `ok`
//! to its caller, as OTP's does), and `init:get_plain_arguments/0` is the
//! program's arguments. `init/init_stop.erl` is compiled with `erlc`.

mod common;

use common::run_with_timeout;
use std::path::{Path, PathBuf};
use std::process::Command;

const BEAMR: &str = env!("CARGO_BIN_EXE_beamr");

fn compiled() -> PathBuf {
    let out = std::env::temp_dir().join(format!("beamr-init-test-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/init/init_stop.erl");
    let st = Command::new("erlc")
        .arg("-o")
        .arg(&out)
        .arg(&src)
        .status()
        .expect("erlc (install erlang)");
    assert!(st.success(), "erlc failed on {}", src.display());
    out
}

fn beamr(dir: &Path, target: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let r = run_with_timeout(
        Command::new(BEAMR)
            .args(["run", "-pa"])
            .arg(dir)
            .arg(target)
            .args(args),
    )
    .unwrap();
    (
        r.status.and_then(|s| s.code()),
        String::from_utf8_lossy(&r.stdout).into_owned(),
        String::from_utf8_lossy(&r.stderr).into_owned(),
    )
}

#[test]
fn init_stop_status_and_plain_arguments() {
    let dir = compiled();
    let (code, out, _) = beamr(&dir, "init_stop", &["3", "b c"]);
    assert_eq!(code, Some(3));
    assert_eq!(out, "args [\"3\",\"b c\"] [\"3\",\"b c\"]\nstop ok\n");

    let (code, out, _) = beamr(&dir, "init_stop", &["0"]);
    assert_eq!(code, Some(0));
    assert_eq!(out, "args [\"0\"] [\"0\"]\nstop ok\n");

    let (code, out, _) = beamr(&dir, "init_stop:stop_async", &["7"]);
    assert_eq!(code, Some(7));
    assert_eq!(out, "worker\n");

    let (code, out, err) = beamr(&dir, "init_stop:slogan", &["x"]);
    assert_eq!(code, Some(1));
    assert!(out.starts_with("{'EXIT',{badarg,"), "{out}");
    assert!(err.contains("bye"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
