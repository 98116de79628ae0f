//! The module registry, export table and fun table.
//!
//! Loaded modules are never unloaded in this version, so they are leaked to
//! `'static` and instructions can point at them without reference counting.
//! Calls to other modules go through the export table (an index per
//! `{M, F, A}`), the indirection that lets a module be loaded after the code
//! that calls it.

pub mod area;
pub mod lazy;
pub mod transform;

use crate::atom::Atom;
use crate::bif::BifFn;
use crate::heap::Heap;
use crate::interp::instr::{ArithOp, Instr};
use crate::loader::LineTable;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::vec::Vec;
use area::CodeArea;
use hashbrown::HashMap;

/// A local fun (`FunT` entry) resolved to its code.
#[derive(Debug)]
pub struct FunDef {
    pub module: u32,
    pub module_name: Atom,
    pub name: Atom,
    /// Arity of the underlying function (free variables included).
    pub arity: u32,
    pub num_free: u32,
    /// The lifted function's entry address ([`area::UNLOADED`] until a
    /// lazily loaded module loads it: see [`CodeServer::fun_entry`]).
    pub entry: core::cell::Cell<u32>,
    /// Its function index in a lazily loaded module ([`area::UNLOADED`] in
    /// an eager one).
    pub func: u32,
    pub index: u32,
    pub uniq: u32,
}

pub struct Module {
    pub index: u32,
    pub name: Atom,
    /// Instructions, function and line tables (see [`area`]).
    pub area: CodeArea,
    /// Literal area: never collected, never moves.
    pub literals: Heap,
    pub funs: Vec<FunDef>,
    /// `(function, arity, entry)` of exported functions: the entry is an
    /// instruction address, or in a lazily loaded module the function's
    /// index.
    pub exports: Vec<(Atom, u32, u32)>,
    pub lines: LineTable,
    pub strings: Vec<u8>,
    pub attributes: Term,
    pub compile_info: Term,
    /// One more than the highest X register this module's code can name,
    /// count as live, or fill with arguments or a fun's free variables
    /// (at most [`crate::vm::MAX_X`]). Registers past every module's span
    /// are never read, which is what lets the scheduler clear only the
    /// span between turns (see [`CodeServer::x_span`]).
    pub x_span: u32,
    /// What loading the rest of its functions takes, for a module loaded
    /// function by function ([`lazy`]).
    pub lazy: Option<alloc::boxed::Box<lazy::LazyCode>>,
}

// SAFETY: a VM and its modules live on one thread at a time; module
// contents are immutable after loading except the code area and fun
// entries, which change only under the code server's `&mut` (see
// [`area`]); literal terms are read-only and shared.
unsafe impl Sync for Module {}
unsafe impl Send for Module {}

impl Module {
    /// An eagerly loaded module's instructions (see [`CodeArea::code`]).
    #[inline]
    pub fn code(&self) -> &[Instr] {
        self.area.code()
    }

    /// The function containing `ip`: `(name, arity)`.
    pub fn function_at(&self, ip: u32) -> Option<(Atom, u32)> {
        self.area.function_at(ip)
    }

    /// `(file, line)` of the code at `ip`.
    pub fn location_at(&self, ip: u32) -> Option<(&str, u32)> {
        let (lip, item) = self.area.line_before(ip)?;
        // The line must belong to the same function as ip.
        if self.function_at(lip) != self.function_at(ip) {
            return None;
        }
        self.lines.location(item)
    }

    /// Every function of the module, in file order.
    pub fn functions(&self) -> Vec<(Atom, u32)> {
        match &self.lazy {
            Some(l) => l.functions(),
            None => self.area.loaded_functions(),
        }
    }

    pub fn export_entry(&self, f: Atom, a: u32) -> Option<u32> {
        self.exports
            .iter()
            .find(|e| e.0 == f && e.1 == a)
            .map(|e| e.2)
    }
}

/// Where an export points.
#[derive(Copy, Clone, Debug)]
pub enum Target {
    /// Not loaded (yet): calling it tries to load the module, else `undef`.
    Undefined,
    Code {
        module: u32,
        ip: u32,
    },
    /// A function of a lazily loaded module not loaded yet: resolving the
    /// export loads it ([`crate::vm::Vm::resolve`]).
    Lazy {
        module: u32,
        func: u32,
    },
    Bif(BifFn),
}

#[derive(Debug)]
pub struct Export {
    pub module: Atom,
    pub function: Atom,
    pub arity: u32,
    pub target: Target,
}

#[derive(Default)]
pub struct CodeServer {
    pub modules: Vec<&'static Module>,
    pub by_name: HashMap<Atom, u32>,
    pub exports: Vec<Export>,
    /// Export numbers by `{M, F, A}` (see [`crate::index`]).
    export_index: ExportIndex,
    /// Catch handlers: `(module, ip)`; catch tags on the stack index this.
    pub catches: Vec<(u32, u32)>,
    pub bifs: HashMap<(Atom, Atom, u32), BifFn>,
    /// The export of `erlang:Op/2` for each [`ArithOp`], by its index in
    /// [`ArithOp::ALL`]: [`Instr::Arith`] finds its BIF here rather than
    /// holding it.
    arith_exports: [u32; ArithOp::ALL.len()],
    /// The widest [`Module::x_span`] loaded so far (at least 1).
    pub x_span: usize,
}

/// Indices into the export vector, by `{M, F, A}`.
#[derive(Default)]
struct ExportIndex(crate::index::IndexTable);

impl ExportIndex {
    fn key(e: &Export) -> (Atom, Atom, u32) {
        (e.module, e.function, e.arity)
    }

    fn find(&self, exports: &[Export], key: (Atom, Atom, u32)) -> Option<u32> {
        self.0
            .find(&key, |i| Self::key(&exports[i as usize]) == key)
    }

    fn insert(&mut self, exports: &[Export], i: u32) {
        let key = Self::key(&exports[i as usize]);
        self.0.insert(i, &key, |j| Self::key(&exports[j as usize]));
    }
}

/// Reads a fun's identity for term order, hashing and printing.
fn fun_identity(t: Term) -> Option<crate::term::compare::FunIdentity> {
    use crate::term::boxed::Subtag;
    use crate::term::compare::FunIdentity;
    match t.subtag()? {
        Subtag::Fun => {
            let fd = crate::interp::ops::fun_def(t);
            Some(FunIdentity::Local {
                module: fd.module_name,
                index: fd.index,
                uniq: fd.uniq,
            })
        }
        Subtag::Export => Some(FunIdentity::Export {
            module: t.payload_term(1).as_atom()?,
            function: t.payload_term(2).as_atom()?,
            arity: t.payload_term(3).as_small()? as u32,
        }),
        _ => None,
    }
}

impl CodeServer {
    pub fn new() -> CodeServer {
        crate::term::compare::set_fun_identity(fun_identity);
        let mut c = CodeServer::default();
        crate::bif::table::register_all(&mut c);
        for op in ArithOp::ALL {
            let e = c.export(crate::atom::am::ERLANG, Atom::from_str(op.name()), 2);
            c.arith_exports[op as usize] = e;
        }
        c
    }

    /// The export of `erlang:Op/2` (a BIF).
    #[inline]
    pub fn arith_export(&self, op: ArithOp) -> u32 {
        self.arith_exports[op as usize]
    }

    /// Registers a BIF. Its export entry is made when code first refers to
    /// it ([`CodeServer::export`] finds the BIF then): most BIFs never are,
    /// and a thousand entries made up front cost a board 40 KB.
    pub fn register_bif(&mut self, m: &'static str, f: &'static str, a: u32, func: BifFn) {
        let key = (Atom::from_static(m), Atom::from_static(f), a);
        self.bifs.insert(key, func);
        if let Some(e) = self.export_index.find(&self.exports, key) {
            self.exports[e as usize].target = Target::Bif(func);
        }
    }

    /// The export index for `{m, f, a}`, creating an undefined entry.
    pub fn export(&mut self, m: Atom, f: Atom, a: u32) -> u32 {
        if let Some(i) = self.export_index.find(&self.exports, (m, f, a)) {
            return i;
        }
        let i = self.exports.len() as u32;
        let target = match self.bifs.get(&(m, f, a)) {
            Some(&b) => Target::Bif(b),
            None => Target::Undefined,
        };
        if self.exports.len() == self.exports.capacity() {
            // A quarter more, not double (see `atom::Table::insert`).
            self.exports
                .reserve_exact((self.exports.len() / 4).max(256));
        }
        self.exports.push(Export {
            module: m,
            function: f,
            arity: a,
            target,
        });
        self.export_index.insert(&self.exports, i);
        i
    }

    pub fn find_export(&self, m: Atom, f: Atom, a: u32) -> Option<u32> {
        self.export_index.find(&self.exports, (m, f, a))
    }

    pub fn module(&self, name: Atom) -> Option<&'static Module> {
        self.by_name.get(&name).map(|&i| self.modules[i as usize])
    }

    /// Installs a built module, pointing its exports at its code.
    pub fn install(&mut self, m: Module) -> &'static Module {
        let m: &'static Module = Box::leak(Box::new(m));
        debug_assert_eq!(m.index as usize, self.modules.len());
        self.modules.push(m);
        self.by_name.insert(m.name, m.index);
        self.x_span = self.x_span.max(m.x_span as usize);
        let lazy = m.lazy.is_some();
        for &(f, a, entry) in &m.exports {
            let e = self.export(m.name, f, a);
            if !matches!(self.exports[e as usize].target, Target::Bif(_)) {
                self.exports[e as usize].target = if lazy {
                    Target::Lazy {
                        module: m.index,
                        func: entry,
                    }
                } else {
                    Target::Code {
                        module: m.index,
                        ip: entry,
                    }
                };
            }
        }
        m
    }

    /// Export `e`'s target, loading its function first if its module is
    /// loaded lazily and the function is not yet (`Undefined` if that
    /// fails, which the load-time check makes a bug).
    pub fn resolve_lazy(&mut self, e: u32) -> Target {
        let t = self.exports[e as usize].target;
        let Target::Lazy { module, func } = t else {
            return t;
        };
        let m = self.modules[module as usize];
        match self.load_function(m, func) {
            Ok(ip) => {
                let t = Target::Code { module, ip };
                self.exports[e as usize].target = t;
                t
            }
            Err(_) => Target::Undefined,
        }
    }

    /// The entry address of a fun's function, loading it if need be.
    pub fn fun_entry(&mut self, fd: &FunDef) -> Option<u32> {
        let e = fd.entry.get();
        if e != area::UNLOADED {
            return Some(e);
        }
        let m = self.modules[fd.module as usize];
        let ip = self.load_function(m, fd.func).ok()?;
        fd.entry.set(ip);
        Some(ip)
    }
}
