//! Loading a module function by function, on first call.
//!
//! On a microcontroller nearly all the VM's memory is loaded code, and a
//! program calls a small part of the modules it loads: `io:format` reaches
//! `io_lib_format`, `io_lib`, `lists`, `unicode`, and through one small
//! function each `epp` and `erl_scan`. When a module's bytes stay where
//! they are (a pack in flash: [`crate::host::Host::find_module_in_place`]),
//! loading it keeps its tables (atoms, literals, imports, exports, funs,
//! lines) and where each function's code lies, and rewrites a function
//! into instructions only when it is first called: through an export
//! ([`super::Target::Lazy`]), a fun ([`super::CodeServer::fun_entry`]) or
//! a local call ([`Instr::CallLazy`], which then becomes the plain call).
//!
//! Every function is still rewritten once at load time, into a scratch
//! buffer, so a module that would not load eagerly is refused at load
//! time with the same kind of error; lazy loading adds two rules that
//! compiled code always keeps and hand-made code might not: a jump stays
//! inside its function, and a call or an export enters a function at the
//! label after its `func_info`.

use super::area::{Addition, UNLOADED};
use super::transform::{self, Cx, Ops, Pass, Tables};
use super::{CodeServer, Module};
use crate::atom::Atom;
use crate::heap::Heap;
use crate::interp::instr::{CallKind, Instr};
use crate::loader::{self, Limits, LoadError, Reader};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// What a lazily loaded module keeps to load the rest of its functions.
pub struct LazyCode {
    /// The `Code` chunk's data, where it lies.
    code: &'static [u8],
    limits: Limits,
    tables: Tables,
    name: String,
    /// Three words a function: this is kept for every function of every
    /// module a program loads, most never called.
    fns: Box<[Func]>,
    /// Where the last function ends (`int_code_end`).
    code_end: u32,
    /// `(entry label, function index)` sorted by label, when the functions'
    /// entry labels do not rise in file order (the compiler's always do,
    /// and `fns` is searched instead).
    by_entry: Option<Box<[(u32, u32)]>>,
}

/// One function: where its code starts, its entry label, and its name
/// (an atom index in the module) and arity in one word.
#[derive(Clone, Copy)]
struct Func {
    start: u32,
    entry_label: u32,
    name_arity: u32,
}

impl Func {
    fn name(self) -> u32 {
        self.name_arity >> 8
    }
    fn arity(self) -> u32 {
        self.name_arity & 0xff
    }
}

/// One function rewritten, its addresses counted from the base it was
/// given.
struct Rewritten {
    pass: Pass,
    entry: u32,
    /// `(index in pass.out, handler address)` of each `catch`/`try`.
    catches: Vec<(usize, u32)>,
}

impl LazyCode {
    /// `(name, arity)` of every function, in file order.
    pub fn functions(&self) -> Vec<(Atom, u32)> {
        self.fns
            .iter()
            .map(|f| {
                let name = self
                    .tables
                    .atoms
                    .get((f.name() as usize).wrapping_sub(1))
                    .copied()
                    .unwrap_or(crate::atom::am::UNDEFINED);
                (name, f.arity())
            })
            .collect()
    }

    fn function_at_entry(&self, label: u32) -> Option<u32> {
        match &self.by_entry {
            Some(b) => {
                let i = b.binary_search_by(|e| e.0.cmp(&label)).ok()?;
                Some(b[i].1)
            }
            None => {
                let i = self
                    .fns
                    .binary_search_by(|f| f.entry_label.cmp(&label))
                    .ok()?;
                Some(i as u32)
            }
        }
    }

    /// Function `func`'s byte range in the `Code` chunk and entry label.
    fn span(&self, func: u32) -> Option<(usize, usize, u32)> {
        let f = self.fns.get(func as usize)?;
        let end = match self.fns.get(func as usize + 1) {
            Some(next) => next.start,
            None => self.code_end,
        };
        Some((f.start as usize, end as usize, f.entry_label))
    }

    /// Rewrites function `func` with addresses from `base`. `loaded(j)` is
    /// function `j`'s entry if it is loaded; calls to the others become
    /// [`Instr::CallLazy`]. Constants go to `heap`.
    fn rewrite(
        &self,
        module: Atom,
        func: u32,
        base: u32,
        loaded: &dyn Fn(u32) -> Option<u32>,
        heap: &mut Heap,
    ) -> Result<(Rewritten, u32), LoadError> {
        let (start, end, entry_label) = self
            .span(func)
            .ok_or_else(|| LoadError::new(*b"Code", 0, alloc::format!("no function {func}")))?;
        let mut r = Reader::new(self.code, *b"Code");
        r.bytes(start)?;
        let ops = loader::decode_range(&mut r, &self.limits, end)?;
        // The addresses of the labels this function defines, not of every
        // label in the module: a big module has thousands, and on a board
        // that table would be the largest block a call asks for.
        let (first, last) = ops
            .ops
            .iter()
            .filter(|g| g.opcode == loader::genop::LABEL)
            .filter_map(|g| match ops_arg(&ops, g) {
                Some(loader::Operand::Untagged(l)) => usize::try_from(l).ok(),
                Some(loader::Operand::Int(l)) => usize::try_from(l).ok(),
                _ => None,
            })
            .fold((usize::MAX, 0), |(lo, hi), l| (lo.min(l), hi.max(l)));
        let first = first.min(last);
        let last = last.min(self.limits.labels as usize);
        let mut labels = alloc::vec![UNLOADED; (last + 1).saturating_sub(first)];
        let mut cx = Cx::new(Ops::of_code(&self.name, &ops), &self.tables, heap);
        let mut pass = Pass::default();
        transform::rewrite(&mut cx, module, base, (&mut labels, first), &mut pass)?;
        let local = |l: u32| {
            let i = (l as usize).wrapping_sub(first);
            labels.get(i).copied().filter(|&ip| ip != UNLOADED)
        };
        let rw = self.resolve(&cx, entry_label, loaded, &local, pass)?;
        Ok((rw, cx.x_span()))
    }

    /// Turns the labels of a rewritten function into addresses.
    fn resolve(
        &self,
        cx: &Cx,
        entry_label: u32,
        loaded: &dyn Fn(u32) -> Option<u32>,
        local: &dyn Fn(u32) -> Option<u32>,
        mut pass: Pass,
    ) -> Result<Rewritten, LoadError> {
        if pass.functions.len() != 1 {
            return Err(cx.error("a function holds one func_info"));
        }
        let entry = local(entry_label).ok_or_else(|| cx.error("no entry label"))?;
        let mut lazy_calls: Vec<(usize, u32)> = Vec::new();
        for (i, ins) in pass.out.iter_mut().enumerate() {
            let is_call = matches!(
                ins,
                Instr::Call { .. } | Instr::CallLast { .. } | Instr::CallOnly { .. }
            );
            transform::patch_labels(ins, &mut |l| {
                if *l == 0 {
                    return Ok(());
                }
                if let Some(ip) = local(*l) {
                    *l = ip;
                    return Ok(());
                }
                let callee = if is_call {
                    self.function_at_entry(*l)
                } else {
                    None
                };
                match callee {
                    Some(j) => {
                        match loaded(j) {
                            Some(ip) => *l = ip,
                            None => lazy_calls.push((i, j)),
                        }
                        Ok(())
                    }
                    None if is_call => Err(cx.error("call target is not a function's entry")),
                    None => Err(cx.error("label outside its function")),
                }
            })?;
        }
        for (i, func) in lazy_calls {
            let (kind, arity, dealloc) = match pass.out[i] {
                Instr::Call { arity, .. } => (CallKind::Call, arity, 0),
                Instr::CallLast { arity, dealloc, .. } => (CallKind::Last, arity, dealloc),
                Instr::CallOnly { arity, .. } => (CallKind::Only, arity, 0),
                _ => continue,
            };
            pass.out[i] = Instr::CallLazy {
                kind,
                arity,
                func,
                dealloc,
            };
        }
        let mut catches = Vec::with_capacity(pass.catch_labels.len());
        for &(i, l) in &pass.catch_labels {
            catches.push((i, local(l).ok_or_else(|| cx.error("catch label"))?));
        }
        Ok(Rewritten {
            pass,
            entry,
            catches,
        })
    }
}

fn ops_arg(ops: &loader::Code, g: &loader::GenOp) -> Option<loader::Operand> {
    g.args().of(&ops.operands).first().copied()
}

/// Loads a module whose bytes stay where they are, function by function.
pub fn load(code: &mut CodeServer, bytes: &'static [u8]) -> Result<&'static Module, LoadError> {
    let parts = loader::parse_beam_parts(bytes)?;
    let raw = parts.raw;
    let named = |mut e: LoadError| {
        e.module = raw.name.clone();
        e
    };
    let mut heap = Heap::new(transform::literal_words(&raw));
    let mut stacks = crate::etf::decode::Stacks::default();
    let tables = transform::tables(
        code,
        &raw,
        parts.atom_names.as_deref(),
        &mut heap,
        &mut stacks,
    )?;
    let name = tables.atoms[0];
    let index = code.modules.len() as u32;
    let mut r = Reader::new(parts.code, *b"Code");
    r.bytes(parts.code_start).map_err(named)?;
    let spans = loader::scan_functions(&mut r, &parts.limits).map_err(named)?;
    let rising = spans
        .windows(2)
        .all(|w| w[0].entry_label < w[1].entry_label);
    let by_entry = if rising {
        None
    } else {
        let mut b: Vec<(u32, u32)> = spans
            .iter()
            .enumerate()
            .map(|(i, f)| (f.entry_label, i as u32))
            .collect();
        b.sort_unstable();
        if b.windows(2).any(|w| w[0].0 == w[1].0) {
            return Err(named(LoadError::new(
                *b"Code",
                0,
                "two functions share an entry label",
            )));
        }
        Some(b.into_boxed_slice())
    };
    let mut fns = Vec::with_capacity(spans.len());
    for f in &spans {
        if f.name >= 1 << 24 || f.arity > transform::MAX_ARITY {
            return Err(named(LoadError::new(
                *b"Code",
                f.start as usize,
                "bad func_info",
            )));
        }
        fns.push(Func {
            start: f.start,
            entry_label: f.entry_label,
            name_arity: f.name << 8 | f.arity,
        });
    }
    let lz = LazyCode {
        code: parts.code,
        limits: parts.limits,
        tables,
        name: raw.name.clone(),
        fns: fns.into_boxed_slice(),
        code_end: spans.last().map_or(0, |f| f.end),
        by_entry,
    };
    drop(spans);
    // Rewrite every function once, to refuse now what could not be loaded
    // later; nothing of it is kept.
    let mut x_span = 1;
    for func in 0..lz.fns.len() as u32 {
        let mut scratch = Heap::new(16);
        let (_, span) = lz
            .rewrite(name, func, 0, &|_| None, &mut scratch)
            .map_err(named)?;
        x_span = x_span.max(span);
    }
    let entry = |l: u32| lz.function_at_entry(l);
    let no_code = loader::Code::default();
    let mut cx = Cx::new(Ops::of_code(&raw.name, &no_code), &lz.tables, &mut heap);
    let shell = transform::shell(code, &mut cx, &raw, index, name, &mut stacks, &entry, true)?;
    let x_span = x_span.max(cx.x_span());
    let n = lz.fns.len();
    let m = Module {
        index,
        name,
        area: super::area::CodeArea::lazy(n),
        literals: heap,
        funs: shell.funs,
        exports: shell.exports,
        lines: raw.lines,
        strings: raw.strings,
        attributes: shell.attributes,
        compile_info: shell.compile_info,
        x_span,
        lazy: Some(Box::new(lz)),
    };
    Ok(code.install(m))
}

impl CodeServer {
    /// The entry address of function `func` of `m`, rewriting it into
    /// `m`'s code area first if it is not loaded yet.
    pub fn load_function(&mut self, m: &'static Module, func: u32) -> Result<u32, LoadError> {
        if let Some(ip) = m.area.entry(func) {
            return Ok(ip);
        }
        let lz = m
            .lazy
            .as_deref()
            .ok_or_else(|| LoadError::new(*b"Code", 0, "function of an eager module not loaded"))?;
        let base = m.area.len();
        let mut heap = Heap::new(16);
        let (rw, _) = lz.rewrite(m.name, func, base, &|j| m.area.entry(j), &mut heap)?;
        let Rewritten {
            mut pass,
            entry,
            catches,
        } = rw;
        let first = self.catches.len() as u32;
        for (k, &(i, target)) in catches.iter().enumerate() {
            self.catches.push((m.index, target));
            if let Instr::Catch { handler, .. } | Instr::Try { handler, .. } = &mut pass.out[i] {
                *handler = first + k as u32;
            }
        }
        let add = Addition {
            code: pass.out,
            functions: pass.functions,
            line_at: pass.line_at,
            constants: (heap.used_words() > 0).then_some(heap),
        };
        // SAFETY: `self` is borrowed mutably, so no other load or patch
        // runs; no reference from the area's methods is alive here (the
        // interpreter holds only slices of blocks, from `segment_at`).
        unsafe { m.area.append(func, entry, add) };
        Ok(entry)
    }
}

#[cfg(test)]
mod tests {
    use crate::atom::Atom;
    use crate::host::NullHost;
    use crate::term::Term;
    use crate::vm::Vm;
    use alloc::boxed::Box;
    use alloc::string::String;

    /// See vm/testdata/sched_test.erl.
    static SCHED_TEST: &[u8] = include_bytes!("../vm/testdata/sched_test.beam");

    fn run(vm: &mut Vm, f: &str, args: &[Term]) -> String {
        let pid = vm
            .spawn(Atom::from_str("sched_test"), Atom::from_str(f), args)
            .expect("spawns");
        while vm.has_ready() {
            vm.run_until_idle();
        }
        let mut s = String::new();
        let r = vm.take_exit_result(pid).expect("an exit result");
        crate::term::print::write_readable(&mut s, r.term());
        s
    }

    #[test]
    fn functions_load_on_first_call_and_behave_as_loaded_whole() {
        let mut eager = Vm::new(Box::new(NullHost::default()));
        let whole = eager.load(SCHED_TEST).expect("loads whole");
        let mut vm = Vm::new(Box::new(NullHost::default()));
        let m = super::load(&mut vm.code, SCHED_TEST).expect("loads lazily");
        assert_eq!(m.area.len(), 0, "nothing is loaded before a call");
        assert_eq!(m.functions(), whole.functions());

        assert_eq!(run(&mut vm, "count", &[Term::small(10)]), "normal");
        let after_count = m.area.len();
        assert!(after_count > 0);
        // The crash's stack trace (functions, arities, lines) is the same.
        assert_eq!(run(&mut vm, "crash", &[]), run(&mut eager, "crash", &[]));
        assert!(m.area.len() > after_count);
        assert!(m.area.len() < whole.area.len(), "only what ran is loaded");
        // Calling again loads nothing more.
        let loaded = m.area.len();
        run(&mut vm, "crash", &[]);
        assert_eq!(m.area.len(), loaded);
    }

    #[test]
    fn lazy_loading_refuses_what_eager_loading_refuses() {
        // Every truncation of a real module: the lazy loader accepts none
        // the eager one refuses, and neither panics.
        let mut vm = Vm::new(Box::new(NullHost::default()));
        for n in (0..SCHED_TEST.len()).step_by(7) {
            let cut: &'static [u8] = &SCHED_TEST[..n];
            let eager = crate::code::transform::load(&mut vm.code, cut).is_ok();
            let lazy = super::load(&mut vm.code, cut).is_ok();
            assert!(eager || !lazy, "lazy loaded a module cut at {n}");
        }
    }
}
