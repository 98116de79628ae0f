//! The code path, and what OTP's code server answers: `code_server:call/1`
//! is a BIF here, so OTP's own `code.erl` runs unmodified on top of it
//! (`code:get_path/0`, `add_patha/1`, `lib_dir/1`, `priv_dir/1`,
//! `root_dir/0`, `load_file/1`, `load_binary/3`, ...; `which/1` and
//! `where_is_file/1` are Erlang over `get_path` and `erl_prim_loader`).
//!
//! The path starts as the host's ([`crate::host::Host::code_path`]); while
//! it is unchanged modules come from `Host::find_module`, afterwards the VM
//! reads `Dir/Module.beam` from the path's directories itself (and asks
//! `find_module` for what none of them holds). An
//! application's directory is its `ebin`'s parent, found by name as the
//! code server does (`.../stdlib-4.2/ebin` is `stdlib`'s).
//!
//! Not here: sticky directories (nothing is sticky), purging and deleting
//! (loaded code is never unloaded, so `delete/1` and `purge/1` answer
//! `false`), archives, `atomic_load/1` (`finish_loading` is refused).

use super::erlang::{list_to_vec, pair};
use super::file::loader::name_arg;
use super::file::with_fs;
use super::{badarg, BifResult, Ctx};
use crate::atom::{am, Atom};
use crate::code::CodeServer;
use crate::host::FileType;
use crate::term::Term;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;
use hashbrown::HashMap;

#[derive(Default)]
pub(crate) struct CodePath {
    /// `None` until first asked for: then the host's.
    dirs: Option<Vec<String>>,
    /// The path differs from the host's: modules are looked for by reading
    /// its directories.
    pub(crate) modified: bool,
    /// The files modules were loaded from, where known at loading.
    loaded_from: HashMap<Atom, String>,
}

pub fn register(c: &mut CodeServer) {
    c.register_bif("code_server", "call", 1, call);
}

/// The code path.
pub(crate) fn path(vm: &mut Vm) -> &mut Vec<String> {
    let host = &mut vm.host;
    vm.bifs
        .code_path
        .dirs
        .get_or_insert_with(|| host.code_path())
}

/// `Dir/File` (`filename:append/2`).
pub(crate) fn join(dir: &[u8], file: &[u8]) -> Vec<u8> {
    let mut v = dir.to_vec();
    if !v.is_empty() && !v.ends_with(b"/") {
        v.push(b'/');
    }
    v.extend_from_slice(file);
    v
}

fn join_str(dir: &str, file: &str) -> String {
    String::from_utf8(join(dir.as_bytes(), file.as_bytes())).unwrap_or_default()
}

/// `filename:split/1` on Unix: `"/"` for a leading slash, then the
/// non-empty components.
fn split(p: &str) -> Vec<&str> {
    let mut v = Vec::new();
    if p.starts_with('/') {
        v.push("/");
    }
    v.extend(p.split('/').filter(|c| !c.is_empty()));
    v
}

/// `filename:join/1` of components.
fn unsplit(c: &[&str]) -> String {
    let mut s = String::new();
    for (i, part) in c.iter().enumerate() {
        if i > 0 && !s.ends_with('/') {
            s.push('/');
        }
        s.push_str(part);
    }
    s
}

/// `filename:join([Dir])`: without repeated or trailing slashes.
fn normalize(p: &str) -> String {
    unsplit(&split(p))
}

/// The application a path directory belongs to: `.../Name-Vsn/ebin` or
/// `.../Name-Vsn` gives `Name` (the code server's `get_name/1`).
fn app_name(dir: &str) -> &str {
    let c = split(dir);
    let base = match c.as_slice() {
        [.., app, "ebin"] => app,
        [.., last] => last,
        [] => "",
    };
    base.split('-').next().unwrap_or("")
}

/// An absolute version of a relative directory (for names like `ebin`).
fn absname(vm: &mut Vm, dir: &str) -> String {
    if dir.starts_with('/') {
        return String::from(dir);
    }
    let cwd = match vm.host.fs().map(|fs| fs.get_cwd()) {
        Some(Ok(c)) => String::from_utf8(c).unwrap_or_default(),
        _ => String::new(),
    };
    join_str(&cwd, dir)
}

/// The application directory of a path entry: its `ebin`'s parent (the
/// code server's `del_ebin/1`).
fn app_dir(vm: &mut Vm, dir: &str) -> String {
    let c = split(dir);
    match c.as_slice() {
        [.., "ebin"] if c.len() < 3 => {
            let abs = absname(vm, dir);
            let c = split(&abs);
            unsplit(&c[..c.len().saturating_sub(1)])
        }
        [.., _, _, "ebin"] => unsplit(&c[..c.len() - 1]),
        _ => unsplit(&c),
    }
}

/// The directory of application `name` (`code:lib_dir/1`): the first
/// path entry that belongs to it.
pub(crate) fn lib_dir(vm: &mut Vm, name: &str) -> Option<String> {
    let dirs = path(vm).clone();
    for d in dirs {
        let n = match app_name(&d) {
            "ebin" | "." => {
                let abs = absname(vm, &d);
                String::from(app_name(&abs))
            }
            n => String::from(n),
        };
        if n == name {
            return Some(app_dir(vm, &d));
        }
    }
    None
}

/// The OTP installation the path's `kernel` or `stdlib` comes from
/// (`code:root_dir/0`), else `/`.
pub(crate) fn root_dir(vm: &mut Vm) -> String {
    for app in ["kernel", "stdlib"] {
        if let Some(d) = lib_dir(vm, app) {
            let c = split(&d);
            if let [root @ .., "lib", _] = c.as_slice() {
                if !root.is_empty() {
                    return unsplit(root);
                }
            }
        }
    }
    String::from("/")
}

fn is_dir(vm: &mut Vm, dir: &str) -> bool {
    match vm.host.fs().map(|fs| fs.file_info(dir.as_bytes(), true)) {
        Some(Ok(i)) => i.kind == FileType::Directory,
        _ => false,
    }
}

/// `Module.beam` from the first path directory holding it, and its
/// absolute name (as the code server gives it).
pub(crate) fn read_module(vm: &mut Vm, module: &str) -> Option<(Vec<u8>, String)> {
    let file = alloc::format!("{module}.beam");
    let dirs = path(vm).clone();
    let fs = vm.host.fs()?;
    for d in dirs {
        let full = join_str(&d, &file);
        if let Ok(bytes) = fs.read_file(full.as_bytes()) {
            return Some((bytes, absname(vm, &full)));
        }
    }
    None
}

/// Notes where a module was loaded from.
pub(crate) fn loaded_from(vm: &mut Vm, module: Atom, file: String) {
    vm.bifs.code_path.loaded_from.insert(module, file);
}

/// The file a loaded module came from, if it is known or on the path.
pub(crate) fn module_file(vm: &mut Vm, module: Atom) -> Option<String> {
    if let Some(f) = vm.bifs.code_path.loaded_from.get(&module) {
        return Some(f.clone());
    }
    let file = alloc::format!("{}.beam", String::from_utf8_lossy(module.name()));
    let dirs = path(vm).clone();
    let fs = vm.host.fs()?;
    let found = dirs
        .iter()
        .map(|d| join_str(d, &file))
        .find(|f| fs.file_info(f.as_bytes(), true).is_ok())?;
    Some(absname(vm, &found))
}

fn at(s: &str) -> Term {
    Term::atom(Atom::from_str(s))
}

fn str_term(ctx: &mut Ctx, s: &str) -> Term {
    ctx.p.heap.str_list(s)
}

fn error(ctx: &mut Ctx, why: &str) -> Term {
    let w = at(why);
    pair(&mut ctx.p.heap, Term::atom(am::ERROR), w)
}

/// A directory or application name: a string or an atom.
fn text_arg(t: Term) -> Option<String> {
    if t.is_bitstring() {
        return None;
    }
    String::from_utf8(name_arg(t)?).ok()
}

/// What `code:is_loaded/1` answers: `{file, File}` (`preloaded` when the
/// file is not known) or `false`.
pub(crate) fn is_loaded(ctx: &mut Ctx, m: Atom) -> Term {
    let preloaded = is_preloaded(m);
    if ctx.vm.code.module(m).is_none() && !preloaded {
        return Term::FALSE;
    }
    let f = match module_file(ctx.vm, m).filter(|_| !preloaded) {
        Some(f) => str_term(ctx, &f),
        None => at("preloaded"),
    };
    pair(&mut ctx.p.heap, Term::atom(am::FILE), f)
}

/// One of OTP's preloaded modules (`erlang`, `init`, `prim_file`...):
/// always loaded there, from no file.
fn is_preloaded(m: Atom) -> bool {
    crate::interp::trace::PRELOADED.contains(&m.name())
}

/// `{module, M}` or `{error, Why}`.
fn load_result(ctx: &mut Ctx, m: Term, r: Result<(), &str>) -> Term {
    match r {
        Ok(()) => pair(&mut ctx.p.heap, Term::atom(am::MODULE), m),
        Err(why) => error(ctx, why),
    }
}

/// Loads `bytes` as module `m` from `file`.
fn load_bytes(ctx: &mut Ctx, m: Atom, file: String, bytes: &[u8]) -> Result<(), &'static str> {
    if ctx.vm.load_named(m, bytes) {
        loaded_from(ctx.vm, m, file);
        Ok(())
    } else {
        Err("badfile")
    }
}

/// Adds `dir` first or last: `true` or `{error, bad_directory}`.
fn add_path(ctx: &mut Ctx, first: bool, dir: Term) -> Term {
    let Some(d) = text_arg(dir) else {
        return error(ctx, "bad_directory");
    };
    let d = normalize(&d);
    if !is_dir(ctx.vm, &d) {
        return error(ctx, "bad_directory");
    }
    let dirs = path(ctx.vm);
    if first {
        dirs.retain(|p| *p != d);
        dirs.insert(0, d);
    } else if !dirs.contains(&d) {
        dirs.push(d);
    }
    ctx.vm.bifs.code_path.modified = true;
    Term::TRUE
}

fn first_arg(t: Term) -> Option<bool> {
    match t.as_atom()?.name() {
        b"first" => Some(true),
        b"last" => Some(false),
        _ => None,
    }
}

/// `code_server:call(Request)`: the code server's answer to `Request`.
fn call(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let req = a[0];
    if let Some(tag) = req.as_atom() {
        return Ok(match tag.name() {
            b"get_path" => {
                let dirs = path(ctx.vm).clone();
                let h = &mut ctx.p.heap;
                let l: Vec<Term> = dirs.iter().map(|d| h.str_list(d)).collect();
                h.list(&l)
            }
            b"get_mode" => at("interactive"),
            b"all_loaded" => all_loaded(ctx),
            b"rehash" => Term::atom(am::OK),
            _ => return badarg(),
        });
    }
    let Some(el) = req.as_tuple() else {
        return badarg();
    };
    let tag = el.first().and_then(|t| t.as_atom()).map(|t| t.name());
    Ok(match (tag, &el[1..]) {
        (Some(b"add_path"), &[w, dir]) => match first_arg(w) {
            Some(first) => add_path(ctx, first, dir),
            None => return badarg(),
        },
        (Some(b"add_paths"), &[w, dirs]) => {
            let (Some(first), Some(dirs)) = (first_arg(w), list_to_vec(dirs)) else {
                return badarg();
            };
            for d in dirs {
                add_path(ctx, first, d);
            }
            Term::atom(am::OK)
        }
        (Some(b"set_path"), &[dirs]) => set_path(ctx, dirs)?,
        (Some(b"del_path"), &[name]) => del_path(ctx, name),
        (Some(b"replace_path"), &[name, dir]) => replace_path(ctx, name, dir),
        (Some(b"dir"), &[what]) => dir(ctx, what)?,
        (Some(b"ensure_loaded" | b"load_file"), &[m]) => {
            let Some(module) = m.as_atom() else {
                return badarg();
            };
            let reload = tag == Some(b"load_file");
            let r = ensure(ctx, module, reload);
            load_result(ctx, m, r)
        }
        (Some(b"load_abs"), &[file, m]) => {
            let (Some(f), Some(module)) = (text_arg(file), m.as_atom()) else {
                return Ok(error(ctx, "badarg"));
            };
            let full = alloc::format!("{f}.beam");
            let r = match with_fs(ctx, |fs| fs.read_file(full.as_bytes())) {
                Ok(bytes) => load_bytes(ctx, module, full, &bytes),
                Err(_) => Err("nofile"),
            };
            load_result(ctx, m, r)
        }
        (Some(b"load_binary"), &[m, file, bin]) => {
            let (Some(module), Some(bytes)) = (m.as_atom(), crate::term::binary::bytes(bin)) else {
                return Ok(error(ctx, "badarg"));
            };
            let f = text_arg(file).unwrap_or_default();
            let bytes = bytes.to_vec();
            let r = load_bytes(ctx, module, f, &bytes);
            load_result(ctx, m, r)
        }
        (Some(b"is_loaded"), &[m]) => match m.as_atom() {
            Some(module) => is_loaded(ctx, module),
            None => return badarg(),
        },
        (Some(b"get_object_code"), &[m]) => get_object_code(ctx, m)?,
        (Some(b"delete" | b"purge" | b"is_sticky"), &[m]) if m.is_atom() => Term::FALSE,
        (Some(b"soft_purge" | b"stick_mod" | b"unstick_mod"), &[m]) if m.is_atom() => Term::TRUE,
        (Some(b"stick_dir" | b"unstick_dir"), &[_]) => Term::atom(am::OK),
        _ => return badarg(),
    })
}

/// Loads `module` (again, with `reload`): from the path if it was changed,
/// else from the host.
fn ensure(ctx: &mut Ctx, module: Atom, reload: bool) -> Result<(), &'static str> {
    if !reload || ctx.vm.code.module(module).is_none() {
        let errors = ctx.vm.load_errors.len();
        return if ctx.vm.ensure_loaded(module) {
            Ok(())
        } else if ctx.vm.load_errors.len() > errors {
            Err("badfile")
        } else {
            Err("nofile")
        };
    }
    let name = String::from_utf8_lossy(module.name()).into_owned();
    match read_module(ctx.vm, &name) {
        Some((bytes, file)) => load_bytes(ctx, module, file, &bytes),
        None => match ctx.vm.host.find_module(&name) {
            Some(bytes) => {
                if ctx.vm.load_named(module, &bytes) {
                    Ok(())
                } else {
                    Err("badfile")
                }
            }
            None => Err("nofile"),
        },
    }
}

fn all_loaded(ctx: &mut Ctx) -> Term {
    let mut names: Vec<Atom> = ctx.vm.code.by_name.keys().copied().collect();
    for p in crate::interp::trace::PRELOADED {
        let a = Atom::from_str(core::str::from_utf8(p).unwrap_or(""));
        if !names.contains(&a) {
            names.push(a);
        }
    }
    names.sort_by(|a, b| a.name().cmp(b.name()));
    let mut l = Term::NIL;
    for m in names.into_iter().rev() {
        let f = match module_file(ctx.vm, m).filter(|_| !is_preloaded(m)) {
            Some(f) => str_term(ctx, &f),
            None => at("preloaded"),
        };
        let t = pair(&mut ctx.p.heap, Term::atom(m), f);
        l = ctx.p.heap.cons(t, l);
    }
    l
}

/// `{Module, Binary, File}` of the module's file on the path, or `error`.
fn get_object_code(ctx: &mut Ctx, m: Term) -> BifResult {
    let Some(module) = m.as_atom() else {
        return badarg();
    };
    let name = String::from_utf8_lossy(module.name()).into_owned();
    Ok(match read_module(ctx.vm, &name) {
        Some((bytes, file)) => {
            let b = super::file::binary(&mut ctx.p.heap, bytes);
            let f = str_term(ctx, &file);
            ctx.p.heap.tuple(&[m, b, f])
        }
        None => Term::atom(am::ERROR),
    })
}

fn set_path(ctx: &mut Ctx, dirs: Term) -> BifResult {
    let Some(list) = list_to_vec(dirs) else {
        return badarg();
    };
    let mut new = Vec::with_capacity(list.len());
    for d in list {
        match text_arg(d).map(|s| normalize(&s)) {
            Some(s) if is_dir(ctx.vm, &s) => new.push(s),
            _ => return Ok(error(ctx, "bad_directory")),
        }
    }
    *path(ctx.vm) = new;
    ctx.vm.bifs.code_path.modified = true;
    Ok(Term::TRUE)
}

/// Removes the first entry of application `Name` (an atom or a string) or
/// equal to directory `Name`: `true`, `false` or `{error, bad_name}`.
fn del_path(ctx: &mut Ctx, name: Term) -> Term {
    let Some(n) = text_arg(name) else {
        return error(ctx, "bad_name");
    };
    let n = normalize(&n);
    let dirs = path(ctx.vm);
    match dirs.iter().position(|d| app_name(d) == n || *d == n) {
        Some(i) => {
            dirs.remove(i);
            ctx.vm.bifs.code_path.modified = true;
            Term::TRUE
        }
        None => Term::FALSE,
    }
}

/// Puts `Dir` where application `Name`'s entry is (last if none).
fn replace_path(ctx: &mut Ctx, name: Term, dir: Term) -> Term {
    let (Some(n), Some(d)) = (text_arg(name), text_arg(dir)) else {
        let args = ctx.p.heap.list(&[name, dir]);
        let why = pair(&mut ctx.p.heap, Term::atom(am::BADARG), args);
        return pair(&mut ctx.p.heap, Term::atom(am::ERROR), why);
    };
    if app_name(&d) != n {
        return error(ctx, "bad_name");
    }
    let d = normalize(&d);
    if !is_dir(ctx.vm, &d) {
        return error(ctx, "bad_directory");
    }
    let dirs = path(ctx.vm);
    match dirs.iter().position(|p| app_name(p) == n) {
        Some(i) => dirs[i] = d,
        None => dirs.push(d),
    }
    ctx.vm.bifs.code_path.modified = true;
    Term::TRUE
}

/// `{dir, What}`: `root_dir`, `lib_dir`, `compiler_dir`, `{lib_dir, App}`,
/// `{lib_dir, App, SubDir}` and `{priv_dir, App}`.
fn dir(ctx: &mut Ctx, what: Term) -> BifResult {
    if let Some(w) = what.as_atom() {
        let s = match w.name() {
            b"root_dir" => root_dir(ctx.vm),
            b"lib_dir" => join_str(&root_dir(ctx.vm), "lib"),
            b"compiler_dir" => lib_dir(ctx.vm, "compiler").unwrap_or_default(),
            _ => return Ok(at("bad request to code")),
        };
        return Ok(str_term(ctx, &s));
    }
    let (app, sub) = match what.as_tuple() {
        Some([k, app]) if k.as_atom().is_some_and(|k| k.name() == b"lib_dir") => (*app, None),
        Some([k, app]) if k.as_atom().is_some_and(|k| k.name() == b"priv_dir") => {
            (*app, Some(String::from("priv")))
        }
        Some([k, app, sub]) if k.as_atom().is_some_and(|k| k.name() == b"lib_dir") => {
            let Some(s) = sub.as_atom() else {
                return badarg();
            };
            (*app, Some(String::from_utf8_lossy(s.name()).into_owned()))
        }
        _ => return Ok(at("bad request to code")),
    };
    let found = text_arg(app).and_then(|a| lib_dir(ctx.vm, &a));
    Ok(match (found, sub) {
        (Some(d), None) => str_term(ctx, &d),
        (Some(d), Some(s)) => str_term(ctx, &join_str(&d, &s)),
        (None, _) => error(ctx, "bad_name"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(split("/a//b/"), ["/", "a", "b"]);
        assert_eq!(normalize("a//b/"), "a/b");
        assert_eq!(normalize("/"), "/");
        assert_eq!(normalize("./a"), "./a");
        assert_eq!(app_name("/usr/lib/erlang/lib/stdlib-4.2/ebin"), "stdlib");
        assert_eq!(app_name("/x/lib/wx-2.2.1"), "wx");
        assert_eq!(app_name("tmp/my_app/ebin"), "my_app");
        assert_eq!(app_name("my_app"), "my_app");
        assert_eq!(join(b"a", b"b.app"), b"a/b.app");
        assert_eq!(join(b"/", b"b"), b"/b");
        assert_eq!(join(b"", b"b"), b"b");
    }

    #[test]
    fn without_a_host_path() {
        let mut vm = Vm::new(alloc::boxed::Box::new(crate::host::NullHost::default()));
        assert!(path(&mut vm).is_empty());
        assert_eq!(lib_dir(&mut vm, "stdlib"), None);
        assert_eq!(root_dir(&mut vm), "/");
        assert!(read_module(&mut vm, "lists").is_none());
        assert!(!is_dir(&mut vm, "/"));
    }
}
