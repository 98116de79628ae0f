//! Differential conformance tests: every `tests/conformance/*.erl` module is
//! compiled with `erlc`, run on real Erlang/OTP (`erl`) and on `beamr`, and
//! the two standard outputs must be byte-identical (and beamr must exit 0).
//!
//! `tests/conformance/known_failures.txt` lists modules (one per line, `#`
//! comments allowed) expected to differ today. A listed module that now
//! matches fails the test too, so the list only ever shrinks.
//!
//! Environment knobs:
//! * `BEAMR_CONFORMANCE_JOBS`   worker threads (default 4)
//! * `BEAMR_CONFORMANCE_FILTER` only run modules whose name contains this
//! * `BEAMR_CONFORMANCE_KEEP`   keep the temporary directory with the .beam files

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const CONFORMANCE_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/conformance");
const BEAMR: &str = env!("CARGO_BIN_EXE_beamr");
const TIMEOUT: Duration = Duration::from_secs(60);
const DEFAULT_JOBS: usize = 4;

/// What one program run produced.
struct RunOutput {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None` when the run was killed after the timeout.
    status: Option<ExitStatus>,
}

impl RunOutput {
    fn ok(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }

    fn describe_status(&self) -> String {
        match self.status {
            None => format!("timed out after {}s", TIMEOUT.as_secs()),
            Some(s) => s.to_string(),
        }
    }
}

enum Outcome {
    Pass,
    XFail,
    Fail(String),
}

/// Spawns `cmd` and waits for it at most `TIMEOUT`, killing it after that.
/// Both pipes are drained on helper threads so a chatty child cannot block.
fn run_with_timeout(cmd: &mut Command) -> Result<RunOutput, String> {
    let mut child: Child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot spawn {cmd:?}: {e}"))?;
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() >= TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("waiting for {cmd:?}: {e}")),
        }
    };
    Ok(RunOutput {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        status,
    })
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Module names from `known_failures.txt` (`#` starts a comment).
fn read_known_failures(dir: &Path) -> BTreeSet<String> {
    let path = dir.join("known_failures.txt");
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

/// First line of some text, shortened for a one-line report.
fn first_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    clip(text.lines().find(|l| !l.trim().is_empty()).unwrap_or(""))
}

fn clip(s: &str) -> String {
    const MAX: usize = 160;
    if s.chars().count() > MAX {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}...")
    } else {
        s.to_string()
    }
}

/// The first differing line of the two outputs, as a short report.
fn short_diff(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let mut e_lines = exp.lines();
    let mut a_lines = act.lines();
    let mut line = 1;
    loop {
        match (e_lines.next(), a_lines.next()) {
            (None, None) => return "outputs differ only in line endings".to_string(),
            (Some(e), Some(a)) if e == a => line += 1,
            (e, a) => {
                let show = |l: Option<&str>| l.map_or("<end of output>".to_string(), clip);
                return format!(
                    "first difference at line {line}\n      erl:   {}\n      beamr: {}",
                    show(e),
                    show(a)
                );
            }
        }
    }
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

    let beamr = match run_with_timeout(
        Command::new(BEAMR)
            .args(["run", "-pa"])
            .arg(out_dir)
            .arg(module)
            .current_dir(out_dir),
    ) {
        Ok(r) => r,
        Err(e) => return Outcome::Fail(e),
    };

    let matches = beamr.ok() && beamr.stdout == reference.stdout;
    match (matches, known) {
        (true, false) => Outcome::Pass,
        (true, true) => Outcome::Fail(format!(
            "{module} now passes: remove it from known_failures.txt"
        )),
        (false, true) => Outcome::XFail,
        (false, false) => {
            let mut msg = if beamr.stdout == reference.stdout {
                "same output, but beamr did not exit cleanly".to_string()
            } else {
                short_diff(&reference.stdout, &beamr.stdout)
            };
            if !beamr.ok() {
                let _ = write!(
                    msg,
                    "\n      beamr exit: {}; stderr: {}",
                    beamr.describe_status(),
                    first_line(&beamr.stderr)
                );
            }
            Outcome::Fail(msg)
        }
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
    let known = read_known_failures(&src_dir);
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
