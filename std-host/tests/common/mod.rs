//! What the harnesses that run programs on `erl` and `beamr` share.
#![allow(dead_code)] // each test binary uses its own subset

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

pub const TIMEOUT: Duration = Duration::from_secs(60);

/// What one program run produced.
pub struct RunOutput {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// `None` when the run was killed after the timeout.
    pub status: Option<ExitStatus>,
}

impl RunOutput {
    pub fn ok(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }

    pub fn describe_status(&self) -> String {
        match self.status {
            None => format!("timed out after {}s", TIMEOUT.as_secs()),
            Some(s) => s.to_string(),
        }
    }
}

/// Spawns `cmd` and waits for it at most `TIMEOUT`, killing it after that.
/// Both pipes are drained on helper threads so a chatty child cannot block.
pub fn run_with_timeout(cmd: &mut Command) -> Result<RunOutput, String> {
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

pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Module names from `known_failures.txt` (`#` starts a comment).
/// First line of some text, shortened for a one-line report.
pub fn first_line(bytes: &[u8]) -> String {
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
pub fn short_diff(expected: &[u8], actual: &[u8]) -> String {
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
