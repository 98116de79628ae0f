//! Gleam programs the project wrote (`tests/gleam/src/*.gleam`), as the
//! Gleam compiler (1.17) turned them into Erlang (`tests/gleam/erl/*.erl`,
//! beside the hand-written FFI module `src/gt_ffi.erl`)
//! and `erlc` (OTP 25) into `.beam` (`tests/gleam/ebin/`), with what real
//! `erl` printed:
//!
//! - `gt_*` programs run as `MODULE:main()` (`beamr run`); their standard
//!   output is `expected/NAME.out`.
//! - Every program also runs the way `gleam run` runs it, through the
//!   compiler's entry module `beamr_gleam_tests@@main:run(Module)`
//!   (`beamr gleam DIR -m NAME`); standard output, standard error (Gleam's
//!   runtime-error report for the `gr_*` programs that crash) and exit
//!   status are in `expected/run/NAME.{out,err,status}`.
//!
//! When `erl` and `erlc` are on the path (always in CI), the `.erl` files
//! are compiled afresh and run on `erl` too, which keeps the recordings
//! honest: they must still be what real OTP prints.

mod common;

use common::{first_line, on_path, run_with_timeout, short_diff};
use std::path::{Path, PathBuf};
use std::process::Command;

const GLEAM_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/gleam");
const BEAMR: &str = env!("CARGO_BIN_EXE_beamr");

fn programs(dir: &Path, prefix: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir.join("src"))
        .expect("tests/gleam/src")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".gleam")?;
            stem.starts_with(prefix).then(|| stem.to_string())
        })
        .collect();
    v.sort();
    v
}

/// Runs `module:main()` on `erl` with `ebin` on the path.
fn run_erl(ebin: &Path, module: &str) -> Result<Vec<u8>, String> {
    let out = run_with_timeout(
        Command::new("erl")
            .args(["-noshell", "-pa"])
            .arg(ebin)
            .args(["-eval", &format!("{module}:main(), halt().")]),
    )?;
    if !out.ok() {
        return Err(format!(
            "erl failed ({}): {}",
            out.describe_status(),
            first_line(&out.stderr)
        ));
    }
    Ok(out.stdout)
}

fn run_beamr(ebin: &Path, module: &str) -> Result<Vec<u8>, String> {
    let out = run_with_timeout(
        Command::new(BEAMR)
            .args(["run", "-pa"])
            .arg(ebin)
            .arg(module),
    )?;
    if !out.ok() {
        return Err(format!(
            "beamr failed ({}): {}",
            out.describe_status(),
            first_line(&out.stderr)
        ));
    }
    Ok(out.stdout)
}

/// Compiles every `.erl` of the suite into a fresh directory (with the
/// application file, which the entry module starts).
fn compile_all(dir: &Path, tag: &str) -> PathBuf {
    let erl_dir = dir.join("erl");
    let out = std::env::temp_dir().join(format!("beamr-gleam-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    let app = "beamr_gleam_tests.app";
    std::fs::copy(dir.join("ebin").join(app), out.join(app)).unwrap();
    let mut cmd = Command::new("erlc");
    cmd.arg("-o").arg(&out);
    // The compiler's output, and the FFI module written by hand in src/.
    for d in [erl_dir, dir.join("src")] {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "erl") {
                cmd.arg(e.path());
            }
        }
    }
    let r = run_with_timeout(&mut cmd).expect("erlc");
    assert!(
        r.ok(),
        "erlc failed: {}",
        String::from_utf8_lossy(&r.stderr)
    );
    out
}

#[test]
fn gleam_programs_print_what_erl_printed() {
    let dir = PathBuf::from(GLEAM_DIR);
    let ebin = dir.join("ebin");
    let names = programs(&dir, "gt_");
    assert!(names.len() >= 20, "only {} programs", names.len());
    let with_erl = on_path("erl") && on_path("erlc");
    let fresh = with_erl.then(|| compile_all(&dir, "main"));
    let mut failures = Vec::new();
    for name in &names {
        let expected = std::fs::read(dir.join("expected").join(format!("{name}.out")))
            .unwrap_or_else(|_| panic!("no expected/{name}.out"));
        match run_beamr(&ebin, name) {
            Ok(out) if out == expected => println!("PASS  {name}"),
            Ok(out) => failures.push(format!("{name}: {}", short_diff(&expected, &out))),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
        if let Some(fresh) = &fresh {
            match run_erl(fresh, name) {
                Ok(out) if out == expected => {}
                Ok(out) => failures.push(format!(
                    "{name}: expected/{name}.out is not what erl prints now: {}",
                    short_diff(&expected, &out)
                )),
                Err(e) => failures.push(format!("{name}: {e}")),
            }
        }
    }
    if let Some(fresh) = fresh {
        let _ = std::fs::remove_dir_all(fresh);
    }
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}

/// What one run printed and how it ended.
#[derive(PartialEq, Debug)]
struct Run {
    out: Vec<u8>,
    err: Vec<u8>,
    status: String,
}

fn capture(cmd: &mut Command) -> Result<Run, String> {
    let r = run_with_timeout(cmd)?;
    let status = match r.status.and_then(|s| s.code()) {
        Some(c) => c.to_string(),
        None => r.describe_status(),
    };
    Ok(Run {
        out: r.stdout,
        err: r.stderr,
        status,
    })
}

fn compare(name: &str, what: &str, expected: &Run, got: &Run) -> Option<String> {
    if expected == got {
        return None;
    }
    let part = if expected.out != got.out {
        format!("stdout: {}", short_diff(&expected.out, &got.out))
    } else if expected.err != got.err {
        format!("stderr: {}", short_diff(&expected.err, &got.err))
    } else {
        format!("exit status {} != {}", got.status, expected.status)
    };
    Some(format!("{name} ({what}): {part}"))
}

/// A directory laid out as `gleam build --target erlang` leaves a project.
fn built_project(ebin: &Path) -> PathBuf {
    let root = std::env::temp_dir().join(format!("beamr-gleam-project-{}", std::process::id()));
    let out = root.join("build/dev/erlang/beamr_gleam_tests/ebin");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(root.join("gleam.toml"), "name = \"beamr_gleam_tests\"\n").unwrap();
    for e in std::fs::read_dir(ebin).unwrap().flatten() {
        std::fs::copy(e.path(), out.join(e.file_name())).unwrap();
    }
    root
}

#[test]
fn gleam_run_matches_the_entry_module_on_erl() {
    let dir = PathBuf::from(GLEAM_DIR);
    let mut names = programs(&dir, "gt_");
    names.extend(programs(&dir, "gr_"));
    let project = built_project(&dir.join("ebin"));
    let with_erl = on_path("erl") && on_path("erlc");
    let fresh = with_erl.then(|| compile_all(&dir, "run"));
    let mut failures = Vec::new();
    for name in &names {
        let rec = |ext: &str| {
            std::fs::read(dir.join("expected/run").join(format!("{name}.{ext}")))
                .unwrap_or_else(|_| panic!("no expected/run/{name}.{ext}"))
        };
        let expected = Run {
            out: rec("out"),
            err: rec("err"),
            status: String::from_utf8(rec("status")).unwrap().trim().to_string(),
        };
        match capture(
            Command::new(BEAMR)
                .arg("gleam")
                .arg(&project)
                .args(["-m", name]),
        ) {
            Ok(got) => match compare(name, "beamr gleam", &expected, &got) {
                None => println!("PASS  {name}"),
                Some(f) => failures.push(f),
            },
            Err(e) => failures.push(format!("{name}: {e}")),
        }
        if let Some(fresh) = &fresh {
            let eval = format!("beamr_gleam_tests@@main:run({name})");
            let erl = Command::new("erl")
                .arg("-pa")
                .arg(fresh)
                .args(["-eval", &eval, "-noshell"])
                .output();
            match erl {
                Ok(o) => {
                    let got = Run {
                        out: o.stdout,
                        err: o.stderr,
                        status: o.status.code().map_or("signal".into(), |c| c.to_string()),
                    };
                    if let Some(f) = compare(name, "recording vs erl now", &expected, &got) {
                        failures.push(f);
                    }
                }
                Err(e) => failures.push(format!("{name}: erl: {e}")),
            }
        }
    }
    let _ = std::fs::remove_dir_all(&project);
    if let Some(fresh) = fresh {
        let _ = std::fs::remove_dir_all(fresh);
    }
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}
