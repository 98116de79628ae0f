//! Writing packs on the std host (`beamr pack`): the format and the reader
//! are the core's ([`beamr_core::pack`]); this adds what needs a code path
//! of directories: finding modules and the modules beamr's boot loads.

use crate::StdHost;
use beamr_core::atom::Atom;
use beamr_core::host::{FileSystem, Host};
use beamr_core::pack::{build, Built};
use beamr_core::term::Term;
use beamr_core::vm::Vm;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::rc::Rc;

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

/// Packs `modules` and what their imports reach from `dirs`; with `boot`,
/// also what beamr's boot loads (and what that reaches), else without
/// [`BOOT_GATE`].
pub fn pack(dirs: &[PathBuf], modules: &[String], boot: bool) -> Result<Built, String> {
    let host = StdHost::new(dirs);
    for m in modules {
        if !host.has_module(m) {
            return Err(format!("module '{m}' not found on the code path"));
        }
    }
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
