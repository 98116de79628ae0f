//! The shared fixtures (`../shared/fixtures`): modules compiled by OTP 25 and
//! OTP 28 with the output real OTP printed. Each must print exactly its
//! `.out`; `tests/fixtures_known_failures.txt` lists the ones that do not
//! yet, and a listed fixture that starts passing fails the test so the list
//! only shrinks.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn run_with_timeout(mut cmd: Command, limit: Duration) -> Option<Vec<u8>> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut out = child.stdout.take()?;
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out, &mut v);
        v
    });
    let start = Instant::now();
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    reader.join().ok()
}

#[test]
fn shared_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let fx = root.join("../shared/fixtures");
    if !fx.is_dir() {
        eprintln!("shared fixtures not found at {}: skipped", fx.display());
        return;
    }
    let known: Vec<String> =
        std::fs::read_to_string(root.join("tests/fixtures_known_failures.txt"))
            .unwrap_or_default()
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
    let beamr = env!("CARGO_BIN_EXE_beamr");
    let (mut pass, mut fail, mut xfail) = (0, 0, 0);
    let mut problems = Vec::new();
    for otp in ["otp25", "otp28"] {
        let dir = fx.join(otp);
        let mut outs: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "out"))
            .collect();
        outs.sort();
        for want in outs {
            let m = want.file_stem().unwrap().to_str().unwrap().to_string();
            let name = format!("{otp}/{m}");
            let expected = std::fs::read(&want).unwrap();
            // Loaded whole, then function by function (`--lazy-load`, as
            // the firmware loads from flash): the first output that differs
            // is reported.
            let mut got = None;
            for lazy in [false, true] {
                let mut cmd = Command::new(beamr);
                cmd.arg("run");
                if lazy {
                    cmd.arg("--lazy-load");
                }
                cmd.arg("-pa").arg(&dir).arg(&m);
                got = run_with_timeout(cmd, Duration::from_secs(60));
                if got.as_deref() != Some(&expected[..]) {
                    break;
                }
            }
            let ok = got.as_deref() == Some(&expected[..]);
            let listed = known.contains(&name);
            match (ok, listed) {
                (true, false) => {
                    pass += 1;
                    println!("PASS  {name}");
                }
                (false, true) => {
                    xfail += 1;
                    println!("XFAIL {name}");
                }
                (true, true) => {
                    fail += 1;
                    problems.push(format!(
                        "{name} now passes: remove it from tests/fixtures_known_failures.txt"
                    ));
                }
                (false, false) => {
                    fail += 1;
                    let got = got.map(|g| String::from_utf8_lossy(&g).into_owned());
                    let first = got
                        .as_deref()
                        .map(|g| {
                            let exp = String::from_utf8_lossy(&expected);
                            g.lines()
                                .zip(exp.lines())
                                .find(|(a, b)| a != b)
                                .map(|(a, b)| format!("got  {a}\nwant {b}"))
                                .unwrap_or_else(|| "output length differs".into())
                        })
                        .unwrap_or_else(|| "timed out".into());
                    problems.push(format!("{name} differs:\n{first}"));
                }
            }
        }
    }
    println!("fixtures: {pass} passed, {fail} failed, {xfail} expected failures");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The README's first command: `examples/hello` prints what `erl` printed.
#[test]
fn readme_example_runs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/hello");
    let want = std::fs::read(root.join("hello.out")).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_beamr"));
    cmd.arg("run").arg("-pa").arg(&root).arg("hello");
    let got = run_with_timeout(cmd, Duration::from_secs(60));
    assert_eq!(
        got.map(|g| String::from_utf8_lossy(&g).into_owned()),
        Some(String::from_utf8_lossy(&want).into_owned())
    );
}
