//! Differential conformance tests: every `tests/conformance/*.erl` module is
//! compiled with `erlc`, run on real Erlang/OTP (`erl`) and on `beamr`, and
//! the two standard outputs must be byte-identical (and beamr must exit 0),
//! with modules loaded whole and loaded function by function (`--lazy-load`).
//!
//! `tests/conformance/known_failures.txt` lists modules (one per line, `#`
//! comments allowed) expected to differ today; built for a 32-bit target,
//! `known_failures_32bit.txt` adds those whose output depends on the word
//! size (the expected output comes from a 64-bit `erl`). A listed module that now
//! matches fails the test too, so the list only ever shrinks.
//!
//! Environment knobs:
//! * `BEAMR_CONFORMANCE_JOBS`   worker threads (default 4)
//! * `BEAMR_CONFORMANCE_FILTER` only run modules whose name contains this
//! * `BEAMR_CONFORMANCE_KEEP`   keep the temporary directory with the .beam files

mod common;

use common::{first_line, on_path, run_with_timeout, short_diff};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{SystemTime, UNIX_EPOCH};

const CONFORMANCE_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/conformance");
const BEAMR: &str = env!("CARGO_BIN_EXE_beamr");
const DEFAULT_JOBS: usize = 4;

enum Outcome {
    Pass,
    XFail,
    Fail(String),
}

fn read_known_failures(dir: &Path, file: &str) -> BTreeSet<String> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|name| !name.is_empty())
        .map(|name| name.trim_end_matches(".erl").to_string())
        .collect()
}

fn list_modules(dir: &Path) -> Vec<String> {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut modules: Vec<String> = entries
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            if path.extension()? != "erl" {
                return None;
            }
            Some(path.file_stem()?.to_str()?.to_string())
        })
        .collect();
    modules.sort();
    modules
}

fn check_module(module: &str, src_dir: &Path, out_dir: &Path, known: bool) -> Outcome {
    let src = src_dir.join(format!("{module}.erl"));
    let compiled = run_with_timeout(
        Command::new("erlc")
            .arg("-o")
            .arg(out_dir)
            .arg(&src)
            .current_dir(out_dir),
    );
    match compiled {
        Err(e) => return Outcome::Fail(e),
        Ok(c) if !c.ok() => {
            let status = c.describe_status();
            let mut msg = c.stdout;
            msg.extend_from_slice(&c.stderr);
            return Outcome::Fail(format!("erlc failed ({status}): {}", first_line(&msg)));
        }
        Ok(_) => {}
    }

    let eval = format!("{module}:main(), halt().");
    let reference = match run_with_timeout(
        Command::new("erl")
            .args(["-noshell", "-pa"])
            .arg(out_dir)
            .args(["-eval", &eval])
            .current_dir(out_dir),
    ) {
        Ok(r) => r,
        Err(e) => return Outcome::Fail(e),
    };
    if !reference.ok() {
        return Outcome::Fail(format!(
            "reference erl run failed ({}): {}",
            reference.describe_status(),
            first_line(&reference.stdout)
        ));
    }

    // Each module runs twice: loaded whole, and loaded function by
    // function as a board loads from flash (`--lazy-load`).
    let mut failure = None;
    for mode in [None, Some("--lazy-load")] {
        let beamr = match run_with_timeout(
            Command::new(BEAMR)
                .arg("run")
                .args(mode)
                .arg("-pa")
                .arg(out_dir)
                .arg(module)
                .current_dir(out_dir),
        ) {
            Ok(r) => r,
            Err(e) => return Outcome::Fail(e),
        };
        if beamr.ok() && beamr.stdout == reference.stdout {
            continue;
        }
        let mut msg = if beamr.stdout == reference.stdout {
            "same output, but beamr did not exit cleanly".to_string()
        } else {
            short_diff(&reference.stdout, &beamr.stdout)
        };
        if let Some(m) = mode {
            let _ = write!(msg, "\n      (with {m})");
        }
        if !beamr.ok() {
            let _ = write!(
                msg,
                "\n      beamr exit: {}; stderr: {}",
                beamr.describe_status(),
                first_line(&beamr.stderr)
            );
        }
        failure = Some(msg);
        break;
    }
    match (failure, known) {
        (None, false) => Outcome::Pass,
        (None, true) => Outcome::Fail(format!(
            "{module} now passes: remove it from known_failures.txt"
        )),
        (Some(_), true) => Outcome::XFail,
        (Some(msg), false) => Outcome::Fail(msg),
    }
}

fn unique_temp_dir() -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir =
        std::env::temp_dir().join(format!("beamr-conformance-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

#[test]
fn conformance() {
    for tool in ["erlc", "erl"] {
        assert!(
            on_path(tool),
            "`{tool}` is not on PATH: the conformance test needs Erlang/OTP 25 \
             (e.g. `apt-get install erlang`)"
        );
    }

    let src_dir = PathBuf::from(CONFORMANCE_DIR);
    let mut known = read_known_failures(&src_dir, "known_failures.txt");
    if cfg!(target_pointer_width = "32") {
        // Outputs that depend on the word size: the expected output is
        // what a 64-bit erl printed.
        known.extend(read_known_failures(&src_dir, "known_failures_32bit.txt"));
    }
    let all_modules = list_modules(&src_dir);
    assert!(
        !all_modules.is_empty(),
        "no .erl files found in {}",
        src_dir.display()
    );

    // Entries of the list that name no module: the list must stay honest.
    let stale: Vec<&String> = known.iter().filter(|k| !all_modules.contains(k)).collect();

    let filter = std::env::var("BEAMR_CONFORMANCE_FILTER").unwrap_or_default();
    let modules: Vec<String> = all_modules
        .into_iter()
        .filter(|m| m.contains(filter.as_str()))
        .collect();
    let jobs = std::env::var("BEAMR_CONFORMANCE_JOBS")
        .ok()
        .and_then(|j| j.parse::<usize>().ok())
        .filter(|&j| j > 0)
        .unwrap_or(DEFAULT_JOBS)
        .min(modules.len().max(1));

    let out_dir = unique_temp_dir();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(modules.iter().map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(module) = modules.get(i) else { break };
                let outcome = check_module(module, &src_dir, &out_dir, known.contains(module));
                results.lock().unwrap()[i] = Some(outcome);
            });
        }
    });
    if std::env::var_os("BEAMR_CONFORMANCE_KEEP").is_some() {
        println!("conformance: kept {}", out_dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&out_dir);
    }

    let (mut passed, mut xfailed) = (0, 0);
    let mut failed: Vec<String> = Vec::new();
    let results = results.into_inner().unwrap();
    for (module, outcome) in modules.iter().zip(results) {
        match outcome.unwrap_or(Outcome::Fail("not run".to_string())) {
            Outcome::Pass => {
                passed += 1;
                println!("PASS  {module}");
            }
            Outcome::XFail => {
                xfailed += 1;
                println!("XFAIL {module}");
            }
            Outcome::Fail(why) => {
                println!("FAIL  {module}: {why}");
                failed.push(module.clone());
            }
        }
    }
    for name in stale {
        println!("FAIL  {name}: listed in known_failures.txt but there is no {name}.erl");
        failed.push(name.clone());
    }
    println!(
        "conformance: {passed} passed, {} failed, {xfailed} expected failures",
        failed.len()
    );
    assert!(
        failed.is_empty(),
        "conformance failures: {}",
        failed.join(", ")
    );
}
