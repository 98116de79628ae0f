//! Writing packs on the std host (`beamr pack`): the format and the reader
//! are the core's ([`beamr_core::pack`]); this adds what needs a code path
//! of directories: finding modules and the modules beamr's boot loads.

use crate::StdHost;
use beamr_core::atom::Atom;
use beamr_core::host::{FileSystem, Host};
use beamr_core::pack::{build, strip_beam, write, Built};
use beamr_core::term::Term;
use beamr_core::vm::program::{Args, Step};
use beamr_core::vm::Vm;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Modules OTP's logger calls through variables when it first prints a
/// report (a crash, a supervisor restart), so no import table names them.
/// (The boot also probes for them by letting a process crash.)
const LOGGER_EXTRAS: [&str; 5] = [
    "logger_filters",
    "logger_formatter",
    "logger_simple_h",
    "logger_backend",
    "error_logger",
];

/// A host that notes the modules the VM asks for.
struct Recorder {
    inner: StdHost,
    seen: Rc<RefCell<BTreeSet<String>>>,
    /// Whether [`BOOT_GATE`] is refused, as a pack without the boot does.
    no_gate: bool,
}

impl Host for Recorder {
    fn monotonic_ns(&mut self) -> u64 {
        self.inner.monotonic_ns()
    }
    fn system_ns(&mut self) -> u64 {
        self.inner.system_ns()
    }
    fn write(&mut self, _fd: u32, _bytes: &[u8]) {}
    fn find_module(&mut self, name: &str) -> Option<Vec<u8>> {
        if self.no_gate && name == BOOT_GATE {
            return None;
        }
        let b = self.inner.find_module(name)?;
        self.seen.borrow_mut().insert(name.to_string());
        Some(b)
    }
    fn fs(&mut self) -> Option<&mut dyn FileSystem> {
        self.inner.fs()
    }
    fn code_path(&mut self) -> Vec<String> {
        self.inner.code_path()
    }
    fn os_type(&self) -> (&'static str, &'static str) {
        self.inner.os_type()
    }
}

/// The modules beamr's boot (`beamr_kernel`: logger, application
/// controller, kernel supervisors) loads from `dirs`, found by booting a
/// VM over them; empty when OTP's modules are not there.
pub fn boot_modules(dirs: &[PathBuf]) -> Vec<String> {
    let seen = Rc::new(RefCell::new(BTreeSet::new()));
    let host = Recorder {
        inner: StdHost::new(dirs),
        seen: seen.clone(),
        no_gate: false,
    };
    let mut vm = Vm::new(Box::new(host));
    if vm.boot().is_err() {
        return Vec::new();
    }
    if !seen.borrow().is_empty() {
        // A process dying of an error: the emulator's report goes through
        // logger's filters, handler and formatter, loading what they call
        // through variables.
        // (`lists:nth(0, [])` fails with function_clause.)
        let nth = (Atom::from_str("lists"), Atom::from_str("nth"));
        if vm.spawn(nth.0, nth.1, &[Term::small(0), Term::NIL]).is_ok() {
            for _ in 0..1000 {
                vm.run_until_idle();
                if !vm.has_ready() {
                    break;
                }
            }
        }
    }
    drop(vm);
    let mut v: Vec<String> = seen.borrow().iter().cloned().collect();
    if !v.is_empty() {
        v.extend(LOGGER_EXTRAS.iter().map(|s| s.to_string()));
    }
    v
}

/// The module whose presence makes `beamr_kernel` boot OTP's logger and
/// kernel supervisors: a pack made without the boot leaves it out (unless
/// named), so that boot ends quietly instead of failing half way.
pub const BOOT_GATE: &str = "logger_server";

/// A host over `dirs`, which must hold every one of `modules`.
fn host_with(dirs: &[PathBuf], modules: &[String]) -> Result<StdHost, String> {
    let host = StdHost::new(dirs);
    match modules.iter().find(|m| !host.has_module(m)) {
        Some(m) => Err(format!("module '{m}' not found on the code path")),
        None => Ok(host),
    }
}

/// Packs `modules` and what their imports reach from `dirs`; with `boot`,
/// also what beamr's boot loads (and what that reaches), else without
/// [`BOOT_GATE`].
pub fn pack(dirs: &[PathBuf], modules: &[String], boot: bool) -> Result<Built, String> {
    let host = host_with(dirs, modules)?;
    let extra = if boot { boot_modules(dirs) } else { Vec::new() };
    let mut roots: Vec<&str> = modules.iter().map(String::as_str).collect();
    roots.extend(
        extra
            .iter()
            .map(String::as_str)
            .filter(|m| host.has_module(m)),
    );
    let mut host = host;
    let keep_gate = boot || modules.iter().any(|m| m == BOOT_GATE);
    build(&roots, |m| {
        if m == BOOT_GATE && !keep_gate {
            return None;
        }
        host.find_module(m)
    })
    .map_err(|e| e.to_string())
}

/// How long [`pack_loaded`] lets the program run.
pub const TRIAL_RUN: Duration = Duration::from_secs(60);

/// What [`pack_loaded`] made.
pub struct Trimmed {
    pub built: Built,
    /// Modules kept.
    pub kept: usize,
    /// Whether the trial run ended (else it was stopped, blocked or after
    /// [`TRIAL_RUN`], and later paths may need more).
    pub ended: bool,
}

/// Packs only the modules a run of `modules[0]:main()` loads (output
/// dropped), the other named modules, and with `boot` what beamr's boot
/// loads: on a board the pack's flash is the cost, and import tables
/// reach most of OTP's stdlib where a program loads a dozen modules. A
/// module only a path not taken needs must be named.
pub fn pack_loaded(dirs: &[PathBuf], modules: &[String], boot: bool) -> Result<Trimmed, String> {
    let mut files = host_with(dirs, modules)?;
    let seen = Rc::new(RefCell::new(BTreeSet::new()));
    let host = Recorder {
        inner: StdHost::new(dirs),
        seen: seen.clone(),
        no_gate: !boot,
    };
    let mut vm = Vm::new(Box::new(host));
    let first = modules.first().ok_or("no module to run")?;
    let main = vm.start_program(first, "main", Args::None)?;
    let deadline = Instant::now() + TRIAL_RUN;
    let ended = loop {
        if Instant::now() > deadline {
            break false;
        }
        match vm.step_program(main) {
            Step::Running => {}
            Step::SleepUntil(_) => std::thread::sleep(Duration::from_millis(1)),
            Step::Blocked => break false,
            Step::Ended(_) => break true,
        }
    };
    drop(vm);
    let mut names: BTreeSet<String> = seen.borrow().clone();
    names.extend(modules.iter().cloned());
    if boot {
        names.extend(boot_modules(dirs));
    }
    let mut out = Vec::new();
    for name in names {
        let Some(bytes) = files.find_module(&name) else {
            continue;
        };
        let stripped = strip_beam(&bytes).map_err(|e| format!("{name}: {e}"))?;
        out.push((name, stripped));
    }
    let kept = out.len();
    let bytes = write(&out).map_err(|e| e.to_string())?;
    Ok(Trimmed {
        built: Built {
            bytes,
            missing: Vec::new(),
        },
        kept,
        ended,
    })
}
