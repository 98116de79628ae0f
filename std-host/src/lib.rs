//! The std host: clocks, stdout/stderr, a code path of directories, the
//! file system ([`fs`]) and the environment. The `beamr` binary is a thin
//! CLI over this; embedders use it directly.

use beamr_core::host::{FileSystem, Host};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub mod fs;
pub mod gleam;
pub mod pack;
pub mod run;

pub struct StdHost {
    start: Instant,
    /// Module name -> file, first directory on the path wins.
    index: HashMap<String, PathBuf>,
    stdout: std::io::BufWriter<std::io::Stdout>,
    /// The code path as given (`code:get_path/0` starts as this).
    dirs: Vec<String>,
    fs: fs::StdFs,
    /// What `init:get_plain_arguments/0` returns.
    plain_args: Vec<String>,
    /// Hand modules over in place, so the VM loads them function by
    /// function ([`StdHost::load_by_function`]).
    in_place: bool,
}

impl StdHost {
    /// A host whose modules come from `dirs`, searched in order.
    pub fn new(dirs: &[PathBuf]) -> StdHost {
        let mut index = HashMap::new();
        for d in dirs {
            let Ok(rd) = std::fs::read_dir(d) else {
                continue;
            };
            for e in rd.flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "beam") {
                    if let Some(stem) = p.file_stem().and_then(|s| s.to_str()) {
                        index.entry(stem.to_string()).or_insert(p);
                    }
                }
            }
        }
        StdHost {
            start: Instant::now(),
            index,
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            dirs: dirs
                .iter()
                .map(|d| d.to_string_lossy().into_owned())
                .collect(),
            fs: fs::StdFs::default(),
            plain_args: Vec::new(),
            in_place: false,
        }
    }

    /// Makes the VM load each module function by function, as each is
    /// first called, the way a board loads from a pack in flash (see
    /// `beamr_core::code::lazy`): the host keeps every `.beam` it reads
    /// for the rest of the process, as a board keeps its flash.
    pub fn load_by_function(&mut self, on: bool) {
        self.in_place = on;
    }

    /// Sets the program's arguments (`init:get_plain_arguments/0`);
    /// [`run::run`] hands them to the VM.
    pub fn set_plain_arguments(&mut self, args: &[String]) {
        self.plain_args = args.to_vec();
    }

    pub fn plain_arguments(&self) -> &[String] {
        &self.plain_args
    }

    pub fn has_module(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
    }
}

impl Host for StdHost {
    fn monotonic_ns(&mut self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
    fn system_ns(&mut self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    }
    fn write(&mut self, fd: u32, bytes: &[u8]) {
        if fd == 2 {
            let _ = self.stdout.flush();
            let _ = std::io::stderr().write_all(bytes);
        } else {
            let _ = self.stdout.write_all(bytes);
        }
    }
    fn find_module(&mut self, name: &str) -> Option<Vec<u8>> {
        let p = self.index.get(name)?;
        std::fs::read(p).ok()
    }
    fn find_module_in_place(&mut self, name: &str) -> Option<&'static [u8]> {
        if !self.in_place {
            return None;
        }
        let bytes = self.find_module(name)?;
        Some(Box::leak(bytes.into_boxed_slice()))
    }
    fn fs(&mut self) -> Option<&mut dyn FileSystem> {
        Some(&mut self.fs)
    }
    fn code_path(&mut self) -> Vec<String> {
        self.dirs.clone()
    }
    fn getenv(&mut self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
    fn environ(&mut self) -> Vec<(String, String)> {
        std::env::vars().collect()
    }
    fn os_type(&self) -> (&'static str, &'static str) {
        match std::env::consts::OS {
            "windows" => ("win32", "nt"),
            "macos" => ("unix", "darwin"),
            "linux" => ("unix", "linux"),
            "freebsd" => ("unix", "freebsd"),
            "openbsd" => ("unix", "openbsd"),
            "netbsd" => ("unix", "netbsd"),
            _ => ("unix", "unknown"),
        }
    }
}

impl Drop for StdHost {
    fn drop(&mut self) {
        let _ = self.stdout.flush();
    }
}

/// The `lib/*/ebin` directories of an OTP installation rooted at `root`.
pub fn otp_ebin_dirs(root: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    if let Ok(rd) = std::fs::read_dir(root.join("lib")) {
        for e in rd.flatten() {
            let ebin = e.path().join("ebin");
            if ebin.is_dir() {
                v.push(ebin);
            }
        }
    }
    v.sort();
    v
}

/// Finds an installed OTP: `$BEAMR_OTP_ROOT`, else `erl` on `PATH`.
pub fn find_otp_root() -> Option<PathBuf> {
    if let Ok(r) = std::env::var("BEAMR_OTP_ROOT") {
        return Some(PathBuf::from(r));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        let erl = dir.join("erl");
        if erl.is_file() {
            let real = std::fs::canonicalize(&erl).ok()?;
            // .../lib/erlang/bin/erl -> .../lib/erlang
            let root = real.parent()?.parent()?.to_path_buf();
            if root.join("lib").is_dir() {
                return Some(root);
            }
        }
    }
    None
}
