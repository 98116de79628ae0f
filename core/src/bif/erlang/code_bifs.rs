//! Funs and modules: `fun_info/1,2`, `fun_info_mfa/1`, `fun_to_list/1`,
//! `make_fun/3`, `is_builtin/3`, `function_exported/3`, `module_loaded/1`,
//! `get_module_info/1,2` (what every module's `module_info/0,1` calls),
//! `load_module/2`, `pre_loaded/0` and `code:ensure_loaded/1`,
//! `code:is_loaded/1`, `code:ensure_modules_loaded/1`.
//!
//! Not available from the loaded code: a module's MD5 (so `module_info(md5)`
//! is `badarg` and `module_info/0` has no `md5` entry) and a local fun's
//! `new_uniq` (reported as 16 zero bytes).

use super::{atom_arg, list_to_vec, pair};
use crate::atom::{am, Atom};
use crate::bif::{badarg, BifResult, Ctx, Exc};
use crate::code::{CodeServer, Module};
use crate::interp::ops;
use crate::term::boxed::Subtag;
use crate::term::Term;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

pub fn register(c: &mut CodeServer) {
    c.register_bif("erlang", "fun_info", 1, fun_info_1);
    c.register_bif("erlang", "fun_info", 2, fun_info_2);
    c.register_bif("erlang", "fun_info_mfa", 1, fun_info_mfa);
    c.register_bif("erlang", "fun_to_list", 1, fun_to_list);
    c.register_bif("erlang", "make_fun", 3, make_fun);
    c.register_bif("erlang", "is_builtin", 3, is_builtin);
    c.register_bif("erlang", "function_exported", 3, function_exported);
    c.register_bif("erlang", "module_loaded", 1, module_loaded);
    c.register_bif("erlang", "loaded", 0, loaded);
    c.register_bif("erlang", "get_module_info", 1, get_module_info_1);
    c.register_bif("erlang", "get_module_info", 2, get_module_info_2);
    c.register_bif("erlang", "load_module", 2, load_module);
    c.register_bif("erlang", "pre_loaded", 0, pre_loaded);
    c.register_bif("code", "ensure_loaded", 1, ensure_loaded);
    c.register_bif("code", "is_loaded", 1, is_loaded);
    c.register_bif("code", "ensure_modules_loaded", 1, ensure_modules_loaded);
}

fn at(s: &str) -> Term {
    Term::atom(Atom::from_str(s))
}

/// What a fun value is, read from its object.
enum FunKind {
    Local {
        module: Atom,
        name: Atom,
        arity: u32,
        index: u32,
        uniq: u32,
        pid: Term,
        env: Vec<Term>,
    },
    External {
        module: Atom,
        function: Atom,
        arity: u32,
    },
}

fn fun_kind(ctx: &Ctx, f: Term) -> Option<FunKind> {
    match f.subtag()? {
        Subtag::Fun => {
            let fd = ops::fun_def(f);
            let module = ctx.vm.code.modules.get(fd.module as usize)?.name;
            let words = f.payload_slice();
            Some(FunKind::Local {
                module,
                name: fd.name,
                arity: fd.arity - fd.num_free,
                index: fd.index,
                uniq: fd.uniq,
                pid: Term::from_raw(*words.get(1)?),
                env: words.iter().skip(2).map(|&w| Term::from_raw(w)).collect(),
            })
        }
        Subtag::Export => {
            let e = ctx.vm.code.exports.get(f.payload(0))?;
            Some(FunKind::External {
                module: e.module,
                function: e.function,
                arity: e.arity,
            })
        }
        _ => None,
    }
}

/// The value of one `fun_info` item, or `None` for an unknown item.
fn fun_item(ctx: &mut Ctx, k: &FunKind, item: &[u8]) -> Option<Term> {
    let h = &mut ctx.p.heap;
    let undef = Term::atom(am::UNDEFINED);
    Some(match (k, item) {
        (FunKind::Local { module, .. }, b"module")
        | (FunKind::External { module, .. }, b"module") => Term::atom(*module),
        (FunKind::Local { name, .. }, b"name") => Term::atom(*name),
        (FunKind::External { function, .. }, b"name") => Term::atom(*function),
        (FunKind::Local { arity, .. }, b"arity") | (FunKind::External { arity, .. }, b"arity") => {
            Term::small(*arity as isize)
        }
        (FunKind::Local { env, .. }, b"env") => h.list(env),
        (FunKind::External { .. }, b"env") => Term::NIL,
        (FunKind::Local { .. }, b"type") => Term::atom(am::LOCAL),
        (FunKind::External { .. }, b"type") => Term::atom(am::EXTERNAL),
        (FunKind::Local { pid, .. }, b"pid") => *pid,
        (FunKind::Local { index, .. }, b"index" | b"new_index") => Term::small(*index as isize),
        (FunKind::Local { uniq, .. }, b"uniq") => h.uint(*uniq as u64),
        (FunKind::Local { .. }, b"new_uniq") => h.binary(&[0u8; 16]),
        (FunKind::External { .. }, b"pid" | b"index" | b"new_index" | b"uniq" | b"new_uniq") => {
            undef
        }
        _ => return None,
    })
}

fn fun_info_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(k) = fun_kind(ctx, a[0]) else {
        return badarg();
    };
    let item = atom_arg(a[1])?;
    let Some(v) = fun_item(ctx, &k, item.name()) else {
        return badarg();
    };
    Ok(pair(&mut ctx.p.heap, a[1], v))
}

fn fun_info_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(k) = fun_kind(ctx, a[0]) else {
        return badarg();
    };
    let items: &[&str] = match k {
        FunKind::Local { .. } => &[
            "pid",
            "module",
            "new_index",
            "new_uniq",
            "index",
            "uniq",
            "name",
            "arity",
            "env",
            "type",
        ],
        FunKind::External { .. } => &["module", "name", "arity", "env", "type"],
    };
    let mut out = Vec::with_capacity(items.len());
    for &i in items {
        let v = fun_item(ctx, &k, i.as_bytes()).unwrap_or(Term::atom(am::UNDEFINED));
        out.push(pair(&mut ctx.p.heap, at(i), v));
    }
    Ok(ctx.p.heap.list(&out))
}

fn fun_info_mfa(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let (m, f, ar) = match fun_kind(ctx, a[0]) {
        Some(FunKind::Local {
            module,
            name,
            arity,
            ..
        }) => (module, name, arity),
        Some(FunKind::External {
            module,
            function,
            arity,
        }) => (module, function, arity),
        None => return badarg(),
    };
    Ok(ctx
        .p
        .heap
        .tuple(&[Term::atom(m), Term::atom(f), Term::small(ar as isize)]))
}

/// `erlang:fun_to_list/1`'s text: `#Fun<M.Index.Uniq>` or `fun M:F/A`.
fn fun_text(k: &FunKind) -> String {
    let mut s = String::new();
    match k {
        FunKind::Local {
            module,
            index,
            uniq,
            ..
        } => {
            s.push_str("#Fun<");
            crate::term::print::write_atom(&mut s, *module);
            let _ = write!(s, ".{index}.{uniq}>");
        }
        FunKind::External {
            module,
            function,
            arity,
        } => {
            s.push_str("fun ");
            crate::term::print::write_atom(&mut s, *module);
            s.push(':');
            crate::term::print::write_atom(&mut s, *function);
            let _ = write!(s, "/{arity}");
        }
    }
    s
}

fn fun_to_list(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(k) = fun_kind(ctx, a[0]) else {
        return badarg();
    };
    let s = fun_text(&k);
    Ok(ctx.p.heap.str_list(&s))
}

/// `fun M:F/A` as a value: an `Export` object holding the export index.
fn make_fun(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let m = atom_arg(a[0])?;
    let f = atom_arg(a[1])?;
    let ar = match a[2].as_small() {
        Some(n) if (0..=255).contains(&n) => n as u32,
        _ => return badarg(),
    };
    let e = ctx.vm.code.export(m, f, ar);
    Ok(ctx
        .p
        .heap
        .export_fun(e as usize, Term::atom(m), Term::atom(f), ar))
}

fn mfa_args(a: &[Term]) -> Result<(Atom, Atom, u32), Exc> {
    let m = atom_arg(a[0])?;
    let f = atom_arg(a[1])?;
    match a[2].as_small() {
        // (`u32::MAX as isize` is -1 on a 32-bit target.)
        Some(n) if n >= 0 => Ok((m, f, u32::try_from(n).unwrap_or(u32::MAX))),
        _ => badarg(),
    }
}

fn is_builtin(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let (m, f, ar) = mfa_args(a)?;
    let apply = m == am::ERLANG && f.name() == b"apply" && (ar == 2 || ar == 3);
    Ok(Term::bool(
        apply || ctx.vm.code.bifs.contains_key(&(m, f, ar)),
    ))
}

fn function_exported(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let (m, f, ar) = mfa_args(a)?;
    if ctx.vm.code.bifs.contains_key(&(m, f, ar)) {
        return Ok(Term::TRUE);
    }
    let exported = ctx
        .vm
        .code
        .module(m)
        .is_some_and(|md| md.export_entry(f, ar).is_some());
    Ok(Term::bool(exported))
}

fn module_loaded(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let m = atom_arg(a[0])?;
    Ok(Term::bool(ctx.vm.code.module(m).is_some()))
}

/// `erlang:loaded/0`: every module with current code (a reloaded module
/// appears once).
fn loaded(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let mut names: Vec<Term> = ctx.vm.code.by_name.keys().map(|&m| Term::atom(m)).collect();
    names.sort_unstable_by_key(|t| t.raw());
    Ok(ctx.p.heap.list(&names))
}

/// `[{F, A}]` of `pairs`.
fn fa_list(ctx: &mut Ctx, pairs: &[(Atom, u32)]) -> Term {
    let mut v = Vec::with_capacity(pairs.len());
    for &(f, a) in pairs {
        v.push(pair(
            &mut ctx.p.heap,
            Term::atom(f),
            Term::small(a as isize),
        ));
    }
    ctx.p.heap.list(&v)
}

fn module_item(ctx: &mut Ctx, m: &'static Module, item: &[u8]) -> Option<Term> {
    Some(match item {
        b"module" => Term::atom(m.name),
        b"exports" => {
            // BEAM lists a module's exports by walking the global export
            // table and prepending, so the newest entry comes first; EUnit
            // runs tests in this order. beamr's table grows the same way
            // (an entry is made on first reference), so sort by its index.
            let code = &ctx.vm.code;
            let mut v: Vec<(usize, Atom, u32)> = m
                .exports
                .iter()
                .map(|e| {
                    let ix = code.find_export(m.name, e.0, e.1).map_or(0, |i| i as usize);
                    (ix, e.0, e.1)
                })
                .collect();
            v.sort_unstable_by_key(|e| core::cmp::Reverse(e.0));
            let v: Vec<(Atom, u32)> = v.into_iter().map(|(_, f, a)| (f, a)).collect();
            fa_list(ctx, &v)
        }
        b"functions" => {
            let v: Vec<(Atom, u32)> = m.functions();
            fa_list(ctx, &v)
        }
        // Literal-area terms: immutable and never collected.
        b"attributes" => list_or_nil(m.attributes),
        b"compile" => list_or_nil(m.compile_info),
        b"nifs" => Term::NIL,
        b"native" => Term::FALSE,
        _ => return None,
    })
}

fn list_or_nil(t: Term) -> Term {
    if t.is_list() {
        t
    } else {
        Term::NIL
    }
}

fn loaded_module(ctx: &Ctx, t: Term) -> Result<&'static Module, Exc> {
    let name = atom_arg(t)?;
    match ctx.vm.code.module(name) {
        Some(m) => Ok(m),
        None => badarg(),
    }
}

fn get_module_info_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let m = loaded_module(ctx, a[0])?;
    let mut out = Vec::new();
    for item in ["module", "exports", "attributes", "compile"] {
        let v = module_item(ctx, m, item.as_bytes()).unwrap_or(Term::NIL);
        out.push(pair(&mut ctx.p.heap, at(item), v));
    }
    Ok(ctx.p.heap.list(&out))
}

fn get_module_info_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let m = loaded_module(ctx, a[0])?;
    let item = atom_arg(a[1])?;
    match module_item(ctx, m, item.name()) {
        Some(v) => Ok(v),
        None => badarg(),
    }
}

fn load_module(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let name = atom_arg(a[0])?;
    let Some(bytes) = crate::term::binary::bytes(a[1]) else {
        return badarg();
    };
    let bytes: Vec<u8> = bytes.to_vec();
    if ctx.vm.load_named(name, &bytes) {
        Ok(pair(&mut ctx.p.heap, Term::atom(am::MODULE), a[0]))
    } else {
        let w = at("badfile");
        Ok(pair(&mut ctx.p.heap, Term::atom(am::ERROR), w))
    }
}

/// OTP 25's preloaded modules, in the order its `pre_loaded/0` lists them.
fn pre_loaded(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    const ORDER: &[&str] = &[
        "persistent_term",
        "counters",
        "atomics",
        "erts_dirty_process_signal_handler",
        "erts_literal_area_collector",
        "erl_tracer",
        "erts_internal",
        "erlang",
        "erl_prim_loader",
        "prim_zip",
        "prim_net",
        "prim_socket",
        "socket_registry",
        "zlib",
        "prim_file",
        "prim_inet",
        "prim_eval",
        "prim_buffer",
        "init",
        "erl_init",
        "erts_code_purger",
    ];
    let mods: Vec<Term> = ORDER.iter().map(|m| at(m)).collect();
    Ok(ctx.p.heap.list(&mods))
}

/// `{module, M}` or `{error, nofile | badfile}`.
fn ensure_one(ctx: &mut Ctx, t: Term) -> Result<Result<(), &'static str>, Exc> {
    let m = atom_arg(t)?;
    let errors_before = ctx.vm.load_errors.len();
    if ctx.vm.ensure_loaded(m) {
        Ok(Ok(()))
    } else if ctx.vm.load_errors.len() > errors_before {
        Ok(Err("badfile"))
    } else {
        Ok(Err("nofile"))
    }
}

fn ensure_loaded(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    match ensure_one(ctx, a[0])? {
        Ok(()) => Ok(pair(&mut ctx.p.heap, Term::atom(am::MODULE), a[0])),
        Err(why) => {
            let w = at(why);
            Ok(pair(&mut ctx.p.heap, Term::atom(am::ERROR), w))
        }
    }
}

fn is_loaded(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let m = atom_arg(a[0])?;
    Ok(crate::bif::code_path::is_loaded(ctx, m))
}

fn ensure_modules_loaded(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(mods) = list_to_vec(a[0]) else {
        return badarg();
    };
    let mut failed = Vec::new();
    for m in mods {
        if let Err(why) = ensure_one(ctx, m)? {
            let w = at(why);
            failed.push(pair(&mut ctx.p.heap, m, w));
        }
    }
    if failed.is_empty() {
        return Ok(Term::atom(am::OK));
    }
    let l = ctx.p.heap.list(&failed);
    Ok(pair(&mut ctx.p.heap, Term::atom(am::ERROR), l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fun_texts() {
        let k = FunKind::External {
            module: Atom::from_str("lists"),
            function: Atom::from_str("map"),
            arity: 2,
        };
        assert_eq!(fun_text(&k), "fun lists:map/2");
        let k = FunKind::External {
            module: Atom::from_str("A"),
            function: Atom::from_str("b c"),
            arity: 0,
        };
        assert_eq!(fun_text(&k), "fun 'A':'b c'/0");
        let k = FunKind::Local {
            module: Atom::from_str("q"),
            name: Atom::from_str("-main/0-fun-1-"),
            arity: 1,
            index: 1,
            uniq: 109_880_535,
            pid: Term::pid(0),
            env: Vec::new(),
        };
        assert_eq!(fun_text(&k), "#Fun<q.1.109880535>");
    }
}
