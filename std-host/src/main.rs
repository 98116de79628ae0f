//! The `beamr` command line.

use beamr::gleam::Project;
use beamr::run::{run, run_host, Entry, Exit};
use beamr::{find_otp_root, otp_ebin_dirs, StdHost};
use beamr_core::bif::erlang::sys::Halt;
use beamr_core::host::Host;
use beamr_core::pack::{Pack, PackBytes, PackHost};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  beamr run [--lazy-load] [-pa DIR]... [--otp DIR | --no-otp] MODULE[:FUNCTION] [ARG...]
  beamr run [--lazy-load] --pack FILE [-pa DIR]... MODULE[:FUNCTION] [ARG...]
  beamr pack -o OUT.pack [-pa DIR]... [--otp DIR | --no-otp] [--no-boot] [--loaded-only] MODULE...
  beamr pack --list FILE
  beamr gleam [PROJECT_DIR] [-m MODULE] [-pa DIR]... [--otp DIR] [-- ARG...]
  beamr disasm [--generic] FILE.beam";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("run") => cmd_run(&args[1..]),
        Some("gleam") => cmd_gleam(&args[1..]),
        Some("pack") => cmd_pack(&args[1..]),
        Some("disasm") => cmd_disasm(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("beamr: {msg}");
    ExitCode::from(2)
}

/// The code-path options `run`, `pack` and `gleam` share: `-pa DIR`
/// (repeatable), `--otp DIR` and `--no-otp`.
#[derive(Default)]
struct PathOpts {
    dirs: Vec<PathBuf>,
    otp: Option<PathBuf>,
    no_otp: bool,
}

impl PathOpts {
    /// Takes `args[i]` (and its value) if it is one of these options: how
    /// many arguments it used, 0 if it is not one of them.
    fn take(&mut self, args: &[String], i: usize) -> Result<usize, String> {
        let value = |what: &str| {
            args.get(i + 1)
                .ok_or_else(|| format!("{} needs {what}", args[i]))
        };
        match args[i].as_str() {
            "-pa" => {
                let d = value("a directory")?;
                let p = PathBuf::from(d);
                if !p.is_dir() {
                    return Err(format!("-pa {d}: not a directory"));
                }
                self.dirs.push(p);
                Ok(2)
            }
            "--otp" => {
                self.otp = Some(PathBuf::from(value("a directory")?));
                Ok(2)
            }
            "--no-otp" => {
                self.no_otp = true;
                Ok(1)
            }
            _ => Ok(0),
        }
    }

    /// `first`, then the `-pa` directories, then OTP's (unless `--no-otp`).
    fn code_path(self, mut first: Vec<PathBuf>) -> Result<Vec<PathBuf>, String> {
        first.extend(self.dirs);
        if !self.no_otp {
            first.extend(otp_dirs(self.otp)?);
        }
        Ok(first)
    }
}

fn cmd_run(args: &[String]) -> ExitCode {
    let mut opts = PathOpts::default();
    let mut pack: Option<PathBuf> = None;
    let mut lazy = false;
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--lazy-load" {
            lazy = true;
            i += 1;
            continue;
        }
        if args[i] == "--pack" {
            let Some(f) = args.get(i + 1) else {
                return fail("--pack needs a file");
            };
            pack = Some(PathBuf::from(f));
            i += 2;
            continue;
        }
        match opts.take(args, i) {
            Ok(0) => break,
            Ok(n) => i += n,
            Err(e) => return fail(&e),
        }
    }
    let Some(target) = args.get(i) else {
        return fail("no MODULE given");
    };
    let rest = &args[i + 1..];
    let (module, function) = match target.split_once(':') {
        Some((m, f)) => (m, f),
        None => (target.as_str(), "main"),
    };
    let entry = if rest.is_empty() {
        Entry::None
    } else {
        Entry::Strings(rest)
    };
    if let Some(file) = pack {
        let bytes = match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => return fail(&format!("{}: {e}", file.display())),
        };
        let mut inner = StdHost::new(&opts.dirs);
        inner.load_by_function(lazy);
        // Modules come from the pack, then from the -pa directories. With
        // --lazy-load the pack stays in memory for good, as in a board's
        // flash, and is loaded from in place.
        let host: Box<dyn Host> = if lazy {
            let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
            match pack_host(inner, bytes, module, &file) {
                Ok(h) => Box::new(h),
                Err(e) => return fail(&e),
            }
        } else {
            match pack_host(inner, bytes, module, &file) {
                Ok(h) => Box::new(h),
                Err(e) => return fail(&e),
            }
        };
        return finish(run_host(host, Vec::new(), module, function, entry));
    }
    let dirs = match opts.code_path(Vec::new()) {
        Ok(d) => d,
        Err(e) => return fail(&e),
    };
    let mut host = StdHost::new(&dirs);
    if !host.has_module(module) {
        return fail(&format!("module '{module}' not found on the code path"));
    }
    host.load_by_function(lazy);
    finish(run(host, module, function, entry))
}

/// Reads and checks a pack file.
fn read_pack(file: &Path) -> Result<Pack<Vec<u8>>, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    Pack::new(bytes).map_err(|e| format!("{}: {e}", file.display()))
}

/// Checks a pack and puts it in front of `inner`, which must be able to
/// find `module` if the pack cannot.
fn pack_host<B: PackBytes>(
    mut inner: StdHost,
    bytes: B,
    module: &str,
    file: &Path,
) -> Result<PackHost<StdHost, B>, String> {
    let pack = Pack::new(bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    if pack.module(module).is_none() && inner.find_module(module).is_none() {
        return Err(format!(
            "module '{module}' is not in {} nor on the code path",
            file.display()
        ));
    }
    Ok(PackHost::new(inner, pack))
}

/// `beamr pack -o OUT [-pa DIR]... [--otp DIR | --no-otp] [--no-boot] [--loaded-only]
/// MODULE...` and `beamr pack --list FILE`.
fn cmd_pack(args: &[String]) -> ExitCode {
    let mut opts = PathOpts::default();
    let mut boot = true;
    let mut loaded_only = false;
    let mut out: Option<PathBuf> = None;
    let mut modules: Vec<String> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match opts.take(args, i) {
            Ok(0) => {}
            Ok(n) => {
                i += n;
                continue;
            }
            Err(e) => return fail(&e),
        }
        let a = args[i].as_str();
        match a {
            "--list" | "-o" => {
                let Some(v) = args.get(i + 1) else {
                    return fail(&format!("{a} needs a file"));
                };
                if a == "--list" {
                    return list_pack(Path::new(v));
                }
                out = Some(PathBuf::from(v));
                i += 2;
            }
            "--no-boot" => {
                boot = false;
                i += 1;
            }
            "--loaded-only" => {
                loaded_only = true;
                i += 1;
            }
            m if m.starts_with('-') => return fail(&format!("pack: unknown option {m}")),
            m => {
                modules.push(m.to_string());
                i += 1;
            }
        }
    }
    let Some(out) = out else {
        return fail("pack needs -o OUT.pack");
    };
    if modules.is_empty() {
        return fail("pack needs at least one MODULE");
    }
    // Without OTP there is no logger to boot either.
    boot &= !opts.no_otp;
    let dirs = match opts.code_path(Vec::new()) {
        Ok(d) => d,
        Err(e) => return fail(&e),
    };
    let built = if loaded_only {
        match beamr::pack::pack_loaded(&dirs, &modules, boot) {
            Ok(t) => {
                println!(
                    "kept {} modules: those a run of {}:main() loaded{}",
                    t.kept,
                    modules[0],
                    if t.ended {
                        ""
                    } else {
                        " before it was stopped (it did not end)"
                    }
                );
                t.built
            }
            Err(e) => return fail(&e),
        }
    } else {
        match beamr::pack::pack(&dirs, &modules, boot) {
            Ok(b) => b,
            Err(e) => return fail(&e),
        }
    };
    if let Err(e) = std::fs::write(&out, &built.bytes) {
        return fail(&format!("{}: {e}", out.display()));
    }
    ExitCode::SUCCESS
}

/// `beamr pack --list FILE`: each module's size and name, then the total.
fn list_pack(file: &Path) -> ExitCode {
    let pack = match read_pack(file) {
        Ok(p) => p,
        Err(e) => return fail(&e),
    };
    for (name, bytes) in pack.modules() {
        println!("{:>9}  {name}", bytes.len());
    }
    println!("{} modules, {} bytes", pack.len(), pack.bytes().len());
    ExitCode::SUCCESS
}

/// OTP's `lib/*/ebin` directories: under `otp`, else the installed OTP's.
fn otp_dirs(otp: Option<PathBuf>) -> Result<Vec<PathBuf>, String> {
    let Some(root) = otp.or_else(find_otp_root) else {
        return Err(
            "no Erlang/OTP found: install erlang, set BEAMR_OTP_ROOT, or pass --otp DIR or --no-otp"
                .into(),
        );
    };
    let ebins = otp_ebin_dirs(&root);
    if ebins.is_empty() {
        return Err(format!(
            "{}: no OTP lib/*/ebin directories there",
            root.display()
        ));
    }
    Ok(ebins)
}

/// The process exit status for how a run ended.
fn finish(exit: Exit) -> ExitCode {
    match exit {
        Exit::Normal => ExitCode::SUCCESS,
        Exit::Halt(Halt::Status(n)) => ExitCode::from(n),
        Exit::Halt(Halt::Slogan(s)) => {
            // erl writes a crash dump named by the slogan; beamr only says it.
            eprintln!("{s}");
            ExitCode::from(1)
        }
        Exit::Halt(Halt::Abort) => std::process::abort(),
        Exit::Crash(report) => {
            eprint!("{report}");
            ExitCode::from(1)
        }
        Exit::Setup(msg) => fail(&msg),
    }
}

/// `beamr gleam [PROJECT_DIR] [-m MODULE] [-pa DIR]... [--otp DIR] [-- ARG...]`.
fn cmd_gleam(args: &[String]) -> ExitCode {
    let mut dir = PathBuf::from(".");
    let mut module: Option<String> = None;
    let mut opts = PathOpts::default();
    let mut rest: &[String] = &[];
    let mut i = 0;
    while i < args.len() {
        match opts.take(args, i) {
            Ok(0) => {}
            Ok(n) => {
                i += n;
                continue;
            }
            Err(e) => return fail(&e),
        }
        match args[i].as_str() {
            "-m" | "--module" => {
                let Some(m) = args.get(i + 1) else {
                    return fail("-m needs a module name");
                };
                module = Some(m.clone());
                i += 2;
            }
            "--" => {
                rest = &args[i + 1..];
                break;
            }
            a if !a.starts_with('-') => {
                dir = PathBuf::from(a);
                i += 1;
            }
            a => return fail(&format!("gleam: unknown option {a}")),
        }
    }
    let project = match Project::open(&dir) {
        Ok(p) => p,
        Err(e) => return fail(&e.to_string()),
    };
    let dirs = match opts.code_path(project.ebins.clone()) {
        Ok(d) => d,
        Err(e) => return fail(&e),
    };
    let mut host = StdHost::new(&dirs);
    // What `gleam run -- ARG...` passes after erl's `-extra`.
    host.set_plain_arguments(rest);
    let main = project.main_module();
    if !host.has_module(&main) {
        return fail(&format!(
            "{}: no {main}.beam in the build; run `gleam build --target erlang` there again",
            dir.display()
        ));
    }
    let module = Project::erlang_module(module.as_deref().unwrap_or(&project.name));
    if !host.has_module(&module) {
        return fail(&format!("module '{module}' is not in the project's build"));
    }
    finish(run(host, &main, "run", Entry::Atom(&module)))
}

/// Replaces each `Term(0x...)` in an instruction's debug text with the term
/// itself (`ok`, `42`, `{a,b}`): operands point into the module's literal
/// area, which lives as long as the code server.
fn readable_terms(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("Term(0x") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 7..];
        let end = after.find(')').unwrap_or(after.len());
        match usize::from_str_radix(&after[..end], 16) {
            Ok(w) => {
                let t = beamr_core::term::Term::from_raw(w);
                out.push_str(&beamr_core::term::print::to_string(t));
            }
            Err(_) => out.push_str(&rest[i..i + 7 + end]),
        }
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

fn cmd_disasm(args: &[String]) -> ExitCode {
    let generic = args.first().map(String::as_str) == Some("--generic");
    let args = if generic { &args[1..] } else { args };
    let Some(path) = args.first() else {
        return fail("disasm needs a FILE.beam");
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return fail(&format!("{path}: {e}")),
    };
    let raw = match beamr_core::loader::parse_beam(&bytes) {
        Ok(r) => r,
        Err(e) => return fail(&e.to_string()),
    };
    if generic {
        print!("{}", beamr_core::loader::disasm(&raw));
        return ExitCode::SUCCESS;
    }
    let mut code = beamr_core::code::CodeServer::new();
    match beamr_core::code::transform::build(&mut code, &raw) {
        Ok(m) => {
            println!("module {} ({} instructions)", raw.name, m.code().len());
            for (i, ins) in m.code().iter().enumerate() {
                println!("{i:6}  {}", readable_terms(&format!("{ins:?}")));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            // Show the generic code so the unsupported spot can be found.
            print!("{}", beamr_core::loader::disasm(&raw));
            fail(&e.to_string())
        }
    }
}
