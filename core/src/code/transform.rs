//! Rewrites a parsed module's generic instructions into [`Instr`]s.
//!
//! Labels become instruction indices (patched after the pass), literals are
//! decoded into the module's literal area, imports become export indices or
//! direct BIF pointers, and `line` instructions move into a side table so
//! they cost nothing at run time.

use super::area::CodeArea;
use super::{CodeServer, FunDef, Module};
use crate::atom::{am, Atom};
use crate::heap::Heap;
use crate::interp::instr::*;
use crate::loader::genop as op;
use crate::loader::{Code, GenOp};
use crate::loader::{LineTable, LoadError, Operand, RawModule, Reg};
use crate::term::boxed::FLOAT_WORDS;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// What the call to an imported function turns into.
enum Import {
    Export(u32),
    Bif(crate::bif::BifFn, u32),
    Apply,
}

/// The generic instructions one pass rewrites, with the arenas their
/// operands live in: a whole module's ([`Ops::of_module`]) or, for a lazily
/// loaded module, one function's ([`Ops::of_code`]).
#[derive(Copy, Clone)]
pub(crate) struct Ops<'a> {
    pub name: &'a str,
    pub code: &'a [GenOp],
    operands: &'a [Operand],
    list_items: &'a [Operand],
    alloc_lists: &'a [(u32, u32)],
    bigints: &'a [BigInt],
}

impl<'a> Ops<'a> {
    pub fn of_module(raw: &'a RawModule) -> Self {
        Ops {
            name: &raw.name,
            code: &raw.code,
            operands: &raw.operands,
            list_items: &raw.list_items,
            alloc_lists: &raw.alloc_lists,
            bigints: &raw.bigints,
        }
    }

    pub fn of_code(name: &'a str, c: &'a Code) -> Self {
        Ops {
            name,
            code: &c.ops,
            operands: &c.operands,
            list_items: &c.list_items,
            alloc_lists: &c.alloc_lists,
            bigints: &c.bigints,
        }
    }

    fn args(&self, g: &GenOp) -> &'a [Operand] {
        g.args().of(self.operands)
    }
}

/// A module's tables as the rewrite reads them: atoms interned, literals
/// decoded, imports resolved. A lazily loaded module keeps them for the
/// loads to come.
pub(crate) struct Tables {
    pub atoms: Vec<Atom>,
    pub lits: Vec<Term>,
    pub imports: Vec<(Atom, Atom, u32)>,
    import_kind: Vec<Import>,
    /// Free variable count of each `FunT` entry.
    pub fun_free: Vec<u32>,
}

pub(crate) struct Cx<'a> {
    ops: Ops<'a>,
    t: &'a Tables,
    heap: &'a mut Heap,
    cur: usize,
    /// X registers the module's code can name, read as a count, or fill
    /// with arguments and free variables: see [`Module::x_span`].
    x_span: core::cell::Cell<u32>,
}

/// What a pass over generic instructions produced; addresses count from
/// the `base` it was given.
#[derive(Default)]
pub(crate) struct Pass {
    pub out: Vec<Instr>,
    pub functions: Vec<(u32, Atom, u32)>,
    pub line_at: Vec<(u32, u32)>,
    /// `(index in out, label)` of each `catch`/`try`, whose handler the
    /// caller resolves.
    pub catch_labels: Vec<(usize, u32)>,
}

fn err(name: &str, offset: usize, msg: String) -> LoadError {
    LoadError {
        module: String::from(name),
        chunk: *b"Code",
        offset,
        message: msg,
    }
}

impl<'a> Cx<'a> {
    pub(crate) fn new(ops: Ops<'a>, t: &'a Tables, heap: &'a mut Heap) -> Self {
        Cx {
            ops,
            t,
            heap,
            cur: 0,
            x_span: core::cell::Cell::new(1),
        }
    }
    /// See [`Module::x_span`].
    pub(crate) fn x_span(&self) -> u32 {
        self.x_span.get()
    }
    /// A load error at the instruction being rewritten.
    pub(crate) fn error(&self, msg: &str) -> LoadError {
        self.fail(msg)
    }
    fn fail(&self, msg: &str) -> LoadError {
        match self.ops.code.get(self.cur) {
            Some(g) => err(
                self.ops.name,
                g.offset as usize,
                format!("{}: {}", g.name(), msg),
            ),
            None => err(self.ops.name, 0, String::from(msg)),
        }
    }
    fn atom(&self, i: u32) -> Result<Atom, LoadError> {
        self.t
            .atoms
            .get((i as usize).wrapping_sub(1))
            .copied()
            .ok_or_else(|| self.fail("atom index out of range"))
    }
    /// An X register the scheduler has (BEAM's loader refuses the others).
    fn x(&self, r: u32) -> Result<u32, LoadError> {
        if (r as usize) < crate::vm::MAX_X {
            self.note_x(r + 1);
            Ok(r)
        } else {
            Err(self.fail("x register out of range"))
        }
    }
    fn note_x(&self, n: u32) {
        let n = n.min(crate::vm::MAX_X as u32);
        if n > self.x_span.get() {
            self.x_span.set(n);
        }
    }
    /// A Y register an operand can hold ([`MAX_REG`]; a frame that large
    /// could not be allocated anyway).
    fn y(&self, r: u32) -> Result<u32, LoadError> {
        if r <= MAX_REG {
            Ok(r)
        } else {
            Err(self.fail("y register out of range"))
        }
    }
    fn src(&mut self, o: &Operand) -> Result<Src, LoadError> {
        Ok(match o {
            Operand::X(r) | Operand::TypedReg(Reg::X(r), _) => Src::x(self.x(*r)?),
            Operand::Y(r) | Operand::TypedReg(Reg::Y(r), _) => Src::y(self.y(*r)?),
            Operand::Atom(i) => Src::c(Term::atom(self.atom(*i)?)),
            Operand::Nil => Src::c(Term::NIL),
            Operand::Int(i) => Src::c(self.heap.int(*i)),
            Operand::BigInt(i) => {
                let b = self
                    .ops
                    .bigints
                    .get(*i as usize)
                    .ok_or_else(|| self.fail("big integer index out of range"))?;
                Src::c(self.heap.bigint(b))
            }
            Operand::Char(c) => Src::c(Term::small(*c as isize)),
            Operand::Untagged(u) => Src::c(self.heap.uint(*u)),
            Operand::Float(f) => Src::c(self.heap.float(*f)),
            Operand::Literal(i) => Src::c(
                *self
                    .t
                    .lits
                    .get(*i as usize)
                    .ok_or_else(|| self.fail("literal index out of range"))?,
            ),
            _ => return Err(self.fail("operand is not a source")),
        })
    }
    fn dst(&self, o: &Operand) -> Result<Dst, LoadError> {
        match o {
            Operand::X(r) | Operand::TypedReg(Reg::X(r), _) => Ok(Dst::x(self.x(*r)?)),
            Operand::Y(r) | Operand::TypedReg(Reg::Y(r), _) => Ok(Dst::y(self.y(*r)?)),
            _ => Err(self.fail("operand is not a register")),
        }
    }
    /// A function's arity: at most [`MAX_ARITY`] (BEAM's limit).
    fn arity(&self, o: &Operand) -> Result<u32, LoadError> {
        match self.u(o)? {
            a if a <= MAX_ARITY => {
                self.note_x(a);
                Ok(a)
            }
            _ => Err(self.fail("arity out of range")),
        }
    }
    /// A count of live X registers: at most [`crate::vm::MAX_X`].
    fn live(&self, o: &Operand) -> Result<u32, LoadError> {
        match self.u(o)? {
            n if n as usize <= crate::vm::MAX_X => {
                self.note_x(n);
                Ok(n)
            }
            _ => Err(self.fail("live register count out of range")),
        }
    }
    /// An index into the module's fun table (`FunT`).
    fn fun_index(&self, o: &Operand) -> Result<u32, LoadError> {
        let i = self.u(o)?;
        if (i as usize) < self.t.fun_free.len() {
            Ok(i)
        } else {
            Err(self.fail("fun index out of range"))
        }
    }
    fn u(&self, o: &Operand) -> Result<u32, LoadError> {
        match o {
            Operand::Untagged(u) => u32::try_from(*u).map_err(|_| self.fail("number too large")),
            Operand::Int(i) => u32::try_from(*i).map_err(|_| self.fail("number out of range")),
            Operand::Atom(_) | Operand::Nil => Ok(0),
            _ => Err(self.fail("expected a number")),
        }
    }
    fn label(&self, o: &Operand) -> Result<u32, LoadError> {
        match o {
            Operand::Label(l) => Ok(*l),
            // bs_start_match4 uses the atoms no_fail / resume for "no label".
            Operand::Atom(_) => Ok(0),
            _ => Err(self.fail("expected a label")),
        }
    }
    fn list(&self, o: &Operand) -> Result<&'a [Operand], LoadError> {
        match o {
            Operand::List(l) => Ok(l.of(self.ops.list_items)),
            _ => Err(self.fail("expected a list")),
        }
    }
    /// Heap words from a plain count or an allocation list.
    fn heap_need(&self, o: &Operand) -> Result<u32, LoadError> {
        match o {
            Operand::AllocList(l) => {
                let mut n = 0u32;
                for &(kind, count) in l.of(self.ops.alloc_lists) {
                    n = n.saturating_add(match kind {
                        0 => count,
                        1 => count.saturating_mul(1 + FLOAT_WORDS as u32),
                        _ => count.saturating_mul(4),
                    });
                }
                Ok(n)
            }
            _ => self.u(o),
        }
    }
    /// Bit-syntax flags from a number or a literal list of flag atoms.
    fn flags(&mut self, o: &Operand) -> Result<u32, LoadError> {
        match o {
            Operand::Untagged(_) | Operand::Int(_) => self.u(o),
            Operand::Nil => Ok(0),
            Operand::Literal(_) => {
                let Some(mut l) = self.src(o)?.constant() else {
                    unreachable!()
                };
                let mut f = 0;
                while let Some((h, t)) = l.as_cons() {
                    f |= match h.as_atom().map(|a| a.name()) {
                        Some(b"little") => BSF_LITTLE,
                        Some(b"signed") => BSF_SIGNED,
                        Some(b"native") => BSF_NATIVE,
                        Some(b"aligned") => BSF_ALIGNED,
                        Some(b"exact") => BSF_EXACT,
                        _ => 0,
                    };
                    l = t;
                }
                Ok(f)
            }
            _ => Err(self.fail("bad flags operand")),
        }
    }
}

/// The most arguments a function takes (BEAM's `MAX_ARG`).
pub const MAX_ARITY: u32 = 255;

/// Builds a loaded module from a parsed one.
pub fn build(code: &mut CodeServer, raw: &RawModule) -> Result<Module, LoadError> {
    let mut m = build_code(code, raw)?;
    m.lines = raw.lines.clone();
    m.strings = raw.strings.clone();
    Ok(m)
}

/// Interns a module's atoms, decodes its literals into `heap` and resolves
/// its imports.
pub(crate) fn tables(
    code: &mut CodeServer,
    raw: &RawModule,
    in_place: Option<&[&'static [u8]]>,
    heap: &mut Heap,
    stacks: &mut crate::etf::decode::Stacks,
) -> Result<Tables, LoadError> {
    let mut atoms = Vec::with_capacity(raw.atoms.len());
    for (i, a) in raw.atoms.iter().enumerate() {
        // New atoms point into a module that stays in place (`in_place`,
        // the same names) rather than at copies.
        let atom = match in_place.and_then(|n| n.get(i)) {
            Some(name) => Atom::intern_static(name),
            None => Atom::intern(a.as_bytes()),
        };
        atoms.push(atom.map_err(|_| LoadError {
            module: raw.name.clone(),
            chunk: *b"AtU8",
            offset: 0,
            message: format!("atom too long: {a}"),
        })?);
    }
    let mut lits = Vec::with_capacity(raw.literals.len());
    for (i, bytes) in raw.literals.iter().enumerate() {
        let t = decode_literal(code, heap, bytes, stacks).map_err(|e| LoadError {
            module: raw.name.clone(),
            chunk: *b"LitT",
            offset: i,
            message: format!("literal {i}: {e:?}"),
        })?;
        lits.push(t);
    }
    let mut imports = Vec::with_capacity(raw.imports.len());
    for &(m, f, a) in &raw.imports {
        let get = |i: u32| {
            atoms
                .get((i as usize).wrapping_sub(1))
                .copied()
                .ok_or_else(|| LoadError {
                    module: raw.name.clone(),
                    chunk: *b"ImpT",
                    offset: 0,
                    message: String::from("import atom out of range"),
                })
        };
        imports.push((get(m)?, get(f)?, a));
    }
    let apply = Atom::from_str("apply");
    let import_kind: Vec<Import> = imports
        .iter()
        .map(|&(m, f, a)| {
            if m == am::ERLANG && f == apply && (a == 2 || a == 3) {
                Import::Apply
            } else if let Some(&b) = code.bifs.get(&(m, f, a)) {
                Import::Bif(b, code.export(m, f, a))
            } else {
                Import::Export(code.export(m, f, a))
            }
        })
        .collect();
    Ok(Tables {
        atoms,
        lits,
        imports,
        import_kind,
        fun_free: raw.funs.iter().map(|f| f.num_free).collect(),
    })
}

/// Words to give a module's literal area first. Decoded terms take about
/// one word per byte of external format (0.8 to 2 for most modules):
/// sizing the first block that way keeps nearly every allocation out of
/// the slower overflow fragments.
pub(crate) fn literal_words(raw: &RawModule) -> usize {
    let etf_bytes: usize = raw.literals.iter().map(<[u8]>::len).sum::<usize>()
        + raw.attributes.as_ref().map_or(0, Vec::len)
        + raw.compile_info.as_ref().map_or(0, Vec::len);
    (etf_bytes / 4 * 3).max(256)
}

/// [`build`], leaving the module's line table and string table empty (for
/// the caller to move or copy them in).
fn build_code(code: &mut CodeServer, raw: &RawModule) -> Result<Module, LoadError> {
    let mut heap = Heap::new(literal_words(raw));
    let mut stacks = crate::etf::decode::Stacks::default();
    let t = tables(code, raw, None, &mut heap, &mut stacks)?;
    let name = t.atoms[0];
    let index = code.modules.len() as u32;
    let mut cx = Cx {
        ops: Ops::of_module(raw),
        t: &t,
        heap: &mut heap,
        cur: 0,
        x_span: core::cell::Cell::new(1),
    };
    // Loaded code is most of the VM's memory, so its vectors are made to
    // measure: labels, `line`s and the other markers below become no
    // instruction (a third of a module's generic instructions).
    let (mut n_instrs, mut n_functions, mut n_lines) = (0, 0, 0);
    for g in raw.code.iter() {
        match g.opcode {
            op::LINE | op::EXECUTABLE_LINE | op::DEBUG_LINE => n_lines += 1,
            op::LABEL | op::RECV_MARK | op::RECV_SET | op::ON_LOAD | op::NIF_START => {}
            o => {
                n_instrs += 1;
                n_functions += usize::from(o == op::FUNC_INFO);
            }
        }
    }
    let mut pass = Pass {
        out: Vec::with_capacity(n_instrs),
        functions: Vec::with_capacity(n_functions),
        line_at: Vec::with_capacity(n_lines),
        catch_labels: Vec::new(),
    };
    let mut labels = alloc::vec![0u32; raw.label_count as usize + 1];
    rewrite(&mut cx, name, 0, (&mut labels, 0), &mut pass)?;
    let Pass {
        mut out,
        functions,
        mut line_at,
        catch_labels,
    } = pass;

    // Patch labels to instruction indices.
    let fix = |l: &mut u32, cx: &Cx| -> Result<(), LoadError> {
        if *l != 0 {
            *l = *labels
                .get(*l as usize)
                .ok_or_else(|| cx.fail("label out of range"))?;
        }
        Ok(())
    };
    for ins in out.iter_mut() {
        patch_labels(ins, &mut |l| fix(l, &cx))?;
    }
    // Exact already unless an instruction above was skipped uncounted, or
    // debug_line markers without an item were left out of `line_at`.
    out.shrink_to_fit();
    line_at.shrink_to_fit();
    let base = code.catches.len() as u32;
    for (k, &(i, label)) in catch_labels.iter().enumerate() {
        let target = *labels
            .get(label as usize)
            .ok_or_else(|| cx.fail("catch label"))?;
        code.catches.push((index, target));
        match &mut out[i] {
            Instr::Catch { handler, .. } | Instr::Try { handler, .. } => *handler = base + k as u32,
            _ => unreachable!(),
        }
    }
    let label_ip = |l: u32| labels.get(l as usize).copied();
    let shell = shell(
        code,
        &mut cx,
        raw,
        index,
        name,
        &mut stacks,
        &label_ip,
        false,
    )?;
    let x_span = cx.x_span.get();
    Ok(Module {
        index,
        name,
        area: CodeArea::new(out, functions, line_at),
        literals: heap,
        funs: shell.funs,
        exports: shell.exports,
        lines: LineTable::default(),
        strings: Vec::new(),
        attributes: shell.attributes,
        compile_info: shell.compile_info,
        x_span,
        lazy: None,
    })
}

/// A module's exports, funs, attributes and compile information.
pub(crate) struct Shell {
    pub exports: Vec<(Atom, u32, u32)>,
    pub funs: Vec<FunDef>,
    pub attributes: Term,
    pub compile_info: Term,
}

/// Builds the [`Shell`], with `entry(label)` the entry of the function at a
/// label: its address, or for a lazily loaded module its index.
#[allow(clippy::too_many_arguments)]
pub(crate) fn shell(
    code: &mut CodeServer,
    cx: &mut Cx,
    raw: &RawModule,
    index: u32,
    name: Atom,
    stacks: &mut crate::etf::decode::Stacks,
    entry: &dyn Fn(u32) -> Option<u32>,
    lazy: bool,
) -> Result<Shell, LoadError> {
    let mut exports = Vec::with_capacity(raw.exports.len());
    for &(f, ar, l) in &raw.exports {
        exports.push((
            cx.atom(f)?,
            ar,
            entry(l).ok_or_else(|| cx.fail("export label"))?,
        ));
    }
    let mut funs = Vec::with_capacity(raw.funs.len());
    for fe in &raw.funs {
        // A call copies the free variables after the arguments, into X
        // registers up to the lifted function's arity.
        if fe.arity > MAX_ARITY || fe.num_free > fe.arity {
            return Err(cx.fail("fun table entry: bad arity or free variable count"));
        }
        let e = entry(fe.label).ok_or_else(|| cx.fail("fun label"))?;
        funs.push(FunDef {
            module: index,
            module_name: name,
            name: cx.atom(fe.function)?,
            arity: fe.arity,
            num_free: fe.num_free,
            entry: core::cell::Cell::new(if lazy { super::area::UNLOADED } else { e }),
            func: if lazy { e } else { super::area::UNLOADED },
            index: fe.index,
            uniq: fe.old_uniq,
        });
        // A fun's call fills its arguments and then its free variables
        // (the lifted function's arity counts both).
        cx.note_x(fe.arity);
    }
    let attributes = match &raw.attributes {
        Some(b) => decode_literal(code, cx.heap, b, stacks).unwrap_or(Term::NIL),
        None => Term::NIL,
    };
    let compile_info = match &raw.compile_info {
        Some(b) => decode_literal(code, cx.heap, b, stacks).unwrap_or(Term::NIL),
        None => Term::NIL,
    };
    Ok(Shell {
        exports,
        funs,
        attributes,
        compile_info,
    })
}

/// Decodes a literal (or attribute) term into the module's literal area.
fn decode_literal(
    code: &mut CodeServer,
    heap: &mut Heap,
    bytes: &[u8],
    stacks: &mut crate::etf::decode::Stacks,
) -> Result<Term, crate::etf::DecodeError> {
    crate::etf::decode::decode_reusing(
        heap,
        bytes,
        crate::etf::DecodeOpts::default(),
        &mut |m, f, a| Some(code.export(m, f, a) as usize),
        stacks,
    )
    .map(|(t, _)| t)
}

/// The operator an `erlang:F/2` BIF with a small-integer fast path is.
fn arith_op(f: Atom) -> Option<ArithOp> {
    Some(match f.name() {
        b"+" => ArithOp::Add,
        b"-" => ArithOp::Sub,
        b"*" => ArithOp::Mul,
        b"div" => ArithOp::Div,
        b"rem" => ArithOp::Rem,
        b"band" => ArithOp::Band,
        b"bor" => ArithOp::Bor,
        b"bxor" => ArithOp::Bxor,
        b"bsl" => ArithOp::Bsl,
        b"bsr" => ArithOp::Bsr,
        _ => return None,
    })
}

/// Whether the fun call at `gi` is a tail call: followed by `return`, or
/// by `deallocate N` and `return` (OTP's loader makes these
/// `i_call_fun_last`, so the caller leaves the stack, and stack traces).
/// The instructions after it stay, reachable only through labels.
fn fun_call_tail(code: &[GenOp], gi: usize) -> BifTail {
    let next = |i: usize| code.get(gi + i).map(|g| g.opcode);
    match (next(1), next(2)) {
        (Some(op::RETURN), _) => BifTail::Return,
        (Some(op::DEALLOCATE), Some(op::RETURN)) => BifTail::DeallocReturn,
        _ => BifTail::None,
    }
}

fn freg(cx: &Cx, o: &Operand) -> Result<u32, LoadError> {
    match o {
        Operand::FReg(f) => Ok(*f),
        _ => Err(cx.fail("expected a float register")),
    }
}

fn utf_width(opcode: u8) -> u8 {
    match opcode {
        op::BS_GET_UTF8 | op::BS_SKIP_UTF8 => 8,
        op::BS_GET_UTF16 | op::BS_SKIP_UTF16 => 16,
        _ => 32,
    }
}

fn bs_match_cmds(cx: &mut Cx, o: &Operand) -> Result<Vec<BsCmd>, LoadError> {
    let l = cx.list(o)?;
    let mut cmds = Vec::new();
    let mut i = 0;
    let need = |i: usize, n: usize, cx: &Cx| -> Result<(), LoadError> {
        if i + n <= l.len() {
            Ok(())
        } else {
            Err(cx.fail("truncated bs_match command"))
        }
    };
    while i < l.len() {
        let name = match &l[i] {
            Operand::Atom(a) => cx.atom(*a)?.name(),
            _ => return Err(cx.fail("bs_match command name")),
        };
        match name {
            b"ensure_at_least" => {
                need(i, 3, cx)?;
                cmds.push(BsCmd::EnsureAtLeast {
                    size: cx.u(&l[i + 1])?,
                    unit: cx.u(&l[i + 2])?,
                });
                i += 3;
            }
            b"ensure_exactly" => {
                need(i, 2, cx)?;
                cmds.push(BsCmd::EnsureExactly {
                    size: cx.u(&l[i + 1])?,
                });
                i += 2;
            }
            b"integer" | b"binary" => {
                need(i, 6, cx)?;
                let (live, flags, size, unit, dst) = (
                    cx.u(&l[i + 1])?,
                    cx.flags(&l[i + 2])?,
                    cx.u(&l[i + 3])?,
                    cx.u(&l[i + 4])?,
                    cx.dst(&l[i + 5])?,
                );
                cmds.push(if name == b"integer" {
                    BsCmd::Integer {
                        live,
                        flags,
                        size,
                        unit,
                        dst,
                    }
                } else {
                    BsCmd::Binary {
                        live,
                        flags,
                        size,
                        unit,
                        dst,
                    }
                });
                i += 6;
            }
            b"get_tail" => {
                need(i, 4, cx)?;
                cmds.push(BsCmd::GetTail {
                    live: cx.live(&l[i + 1])?,
                    unit: cx.u(&l[i + 2])?,
                    dst: cx.dst(&l[i + 3])?,
                });
                i += 4;
            }
            b"skip" => {
                need(i, 2, cx)?;
                cmds.push(BsCmd::Skip {
                    bits: cx.u(&l[i + 1])?,
                });
                i += 2;
            }
            b"=:=" => {
                need(i, 4, cx)?;
                let bits = cx.u(&l[i + 2])?;
                let Some(value) = cx.src(&l[i + 3])?.constant() else {
                    return Err(cx.fail("=:= value"));
                };
                cmds.push(BsCmd::EqInt { bits, value });
                i += 4;
            }
            _ => return Err(cx.fail("unknown bs_match command")),
        }
    }
    Ok(cmds)
}

pub(crate) fn patch_labels(
    ins: &mut Instr,
    f: &mut dyn FnMut(&mut u32) -> Result<(), LoadError>,
) -> Result<(), LoadError> {
    use Instr::*;
    match ins {
        Call { target, .. } | CallLast { target, .. } | CallOnly { target, .. } => f(target)?,
        Bif(b) => f(&mut b.fail)?,
        PutMap(b) => f(&mut b.fail)?,
        BsCreateBin(b) => f(&mut b.fail)?,
        BsGet(b) => f(&mut b.fail)?,
        Arith { fail, .. }
        | Compare { fail, .. }
        | IsType { fail, .. }
        | IsFunction2 { fail, .. }
        | TestArity { fail, .. }
        | IsTaggedTuple { fail, .. }
        | HasMapFields { fail, .. }
        | GetMapElements { fail, .. }
        | FArith { fail, .. }
        | BsStartMatch { fail, .. }
        | BsTestTail { fail, .. }
        | BsTestUnit { fail, .. }
        | BsSkipBits { fail, .. }
        | BsMatchString { fail, .. }
        | BsGetUtf { fail, .. }
        | BsSkipUtf { fail, .. }
        | BsMatch { fail, .. } => f(fail)?,
        LoopRec { fail, .. } => f(fail)?,
        LoopRecEnd(l) | Wait(l) | Jump(l) | FCheckError(l) => f(l)?,
        WaitTimeout { label, .. } => f(label)?,
        SelectVal { fail, table, .. } => {
            f(fail)?;
            for (_, l) in table.iter_mut() {
                f(l)?;
            }
        }
        SelectTupleArity { fail, table, .. } => {
            f(fail)?;
            for (_, l) in table.iter_mut() {
                f(l)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Loads `.beam` bytes into the code server.
pub fn load(code: &mut CodeServer, bytes: &[u8]) -> Result<&'static Module, LoadError> {
    let raw = crate::loader::parse_beam(bytes)?;
    let mut m = build_code(code, &raw)?;
    m.lines = raw.lines;
    m.strings = raw.strings;
    Ok(code.install(m))
}

/// Rewrites `cx`'s generic instructions into `pass`, numbering
/// instructions from `base`; `labels[l - first]` becomes the address of
/// label `l` (labels out of its range are load errors).
pub(crate) fn rewrite(
    cx: &mut Cx,
    name: Atom,
    base: u32,
    (labels, first): (&mut [u32], usize),
    pass: &mut Pass,
) -> Result<(), LoadError> {
    let Pass {
        out,
        functions,
        line_at,
        catch_labels,
    } = pass;
    let ops = cx.ops;
    for (gi, g) in ops.code.iter().enumerate() {
        cx.cur = gi;
        let a = ops.args(g);
        let ins = match g.opcode {
            op::LABEL => {
                let l = (cx.u(&a[0])? as usize).wrapping_sub(first);
                let Some(slot) = labels.get_mut(l) else {
                    return Err(cx.fail("label out of range"));
                };
                *slot = base + out.len() as u32;
                continue;
            }
            op::LINE | op::EXECUTABLE_LINE | op::DEBUG_LINE => {
                let item = match &a[0] {
                    Operand::Untagged(u) => *u as u32,
                    _ => 0,
                };
                if g.opcode == op::LINE || item != 0 {
                    line_at.push((base + out.len() as u32, item));
                }
                continue;
            }
            op::FUNC_INFO => {
                let f = Term::atom(cx.atom(match &a[1] {
                    Operand::Atom(i) => *i,
                    _ => return Err(cx.fail("bad func_info")),
                })?);
                let arity = cx.arity(&a[2])?;
                functions.push((base + out.len() as u32, f.atom_value(), arity));
                Instr::FuncInfo {
                    module: Term::atom(name),
                    function: f,
                    arity,
                }
            }
            op::INT_CODE_END => Instr::IntCodeEnd,
            op::CALL => Instr::Call {
                arity: cx.arity(&a[0])?,
                target: cx.label(&a[1])?,
            },
            op::CALL_LAST => Instr::CallLast {
                arity: cx.arity(&a[0])?,
                target: cx.label(&a[1])?,
                dealloc: cx.u(&a[2])?,
            },
            op::CALL_ONLY => Instr::CallOnly {
                arity: cx.arity(&a[0])?,
                target: cx.label(&a[1])?,
            },
            op::CALL_EXT | op::CALL_EXT_LAST | op::CALL_EXT_ONLY => {
                let arity = cx.u(&a[0])?;
                let imp = cx.u(&a[1])? as usize;
                if cx.t.imports.get(imp).map(|i| i.2) != Some(arity) || arity > MAX_ARITY {
                    return Err(cx.fail("call arity does not match its import"));
                }
                let kind =
                    cx.t.import_kind
                        .get(imp)
                        .ok_or_else(|| cx.fail("import index out of range"))?;
                let (tail, dealloc) = match g.opcode {
                    op::CALL_EXT => (BifTail::None, 0),
                    op::CALL_EXT_LAST => (BifTail::DeallocReturn, cx.u(&a[2])?),
                    _ => (BifTail::Return, 0),
                };
                match *kind {
                    Import::Apply => Instr::Apply {
                        arity: arity - 2,
                        tail,
                        fun_arity: arity,
                    },
                    Import::Bif(bif, export) => Instr::CallBif {
                        arity,
                        bif,
                        export,
                        tail,
                    },
                    Import::Export(export) => match tail {
                        BifTail::None => Instr::CallExt { arity, export },
                        BifTail::Return => Instr::CallExtOnly { arity, export },
                        BifTail::DeallocReturn => Instr::CallExtLast {
                            arity,
                            export,
                            dealloc,
                        },
                    },
                }
            }
            op::BIF0 | op::BIF1 | op::BIF2 | op::GC_BIF1 | op::GC_BIF2 | op::GC_BIF3 => {
                let (fail, imp, args, dst) = match g.opcode {
                    op::BIF0 => (0, &a[0], &a[1..1], &a[1]),
                    op::BIF1 => (cx.label(&a[0])?, &a[1], &a[2..3], &a[3]),
                    op::BIF2 => (cx.label(&a[0])?, &a[1], &a[2..4], &a[4]),
                    op::GC_BIF1 => (cx.label(&a[0])?, &a[2], &a[3..4], &a[4]),
                    op::GC_BIF2 => (cx.label(&a[0])?, &a[2], &a[3..5], &a[5]),
                    _ => (cx.label(&a[0])?, &a[2], &a[3..6], &a[6]),
                };
                let imp = cx.u(imp)? as usize;
                let (bif, export) = match cx.t.import_kind.get(imp) {
                    Some(Import::Bif(b, e)) => (*b, *e),
                    _ => {
                        let (m, f, ar) =
                            cx.t.imports
                                .get(imp)
                                .copied()
                                .ok_or_else(|| cx.fail("bad import"))?;
                        return Err(cx.fail(&format!(
                            "BIF {}:{}/{} is not implemented",
                            String::from_utf8_lossy(m.name()),
                            String::from_utf8_lossy(f.name()),
                            ar
                        )));
                    }
                };
                if cx.t.imports.get(imp).map(|i| i.2 as usize) != Some(args.len()) {
                    return Err(cx.fail("BIF arity does not match its import"));
                }
                let mut srcs = Vec::with_capacity(args.len());
                for s in args {
                    srcs.push(cx.src(s)?);
                }
                let arith = match cx.t.imports.get(imp) {
                    Some(&(m, f, 2)) if m == am::ERLANG && srcs.len() == 2 => arith_op(f),
                    _ => None,
                };
                if let Some(op) = arith {
                    Instr::Arith {
                        op,
                        fail,
                        a: srcs[0],
                        b: srcs[1],
                        dst: cx.dst(dst)?,
                    }
                } else {
                    let dst = cx.dst(dst)?;
                    Instr::Bif(Box::new(
                        BifOp::new(bif, export, fail, &srcs, dst)
                            .ok_or_else(|| cx.fail("too many BIF arguments"))?,
                    ))
                }
            }
            op::ALLOCATE | op::ALLOCATE_ZERO => Instr::Allocate {
                stack: cx.u(&a[0])?,
                heap: 0,
                live: cx.live(&a[1])?,
                zero: g.opcode == op::ALLOCATE_ZERO,
            },
            op::ALLOCATE_HEAP | op::ALLOCATE_HEAP_ZERO => Instr::Allocate {
                stack: cx.u(&a[0])?,
                heap: cx.heap_need(&a[1])?,
                live: cx.live(&a[2])?,
                zero: g.opcode == op::ALLOCATE_HEAP_ZERO,
            },
            op::TEST_HEAP => Instr::TestHeap {
                need: cx.heap_need(&a[0])?,
                live: cx.live(&a[1])?,
            },
            op::INIT => Instr::Init(cx.dst(&a[0])?),
            op::INIT_YREGS => {
                let l = cx.list(&a[0])?;
                let mut ys = Vec::with_capacity(l.len());
                for r in l {
                    match cx.dst(r)?.kind() {
                        DstKind::Y(y) => ys.push(y),
                        DstKind::X(_) => return Err(cx.fail("init_yregs of x register")),
                    }
                }
                Instr::InitYregs(ys.into_boxed_slice())
            }
            op::DEALLOCATE => Instr::Deallocate(cx.u(&a[0])?),
            op::TRIM => Instr::Trim { n: cx.u(&a[0])? },
            op::RETURN => Instr::Return,
            op::SEND => Instr::Send,
            op::REMOVE_MESSAGE => Instr::RemoveMessage,
            op::TIMEOUT => Instr::Timeout,
            op::LOOP_REC => Instr::LoopRec {
                fail: cx.label(&a[0])?,
                dst: cx.dst(&a[1])?,
            },
            op::LOOP_REC_END => Instr::LoopRecEnd(cx.label(&a[0])?),
            op::WAIT => Instr::Wait(cx.label(&a[0])?),
            op::WAIT_TIMEOUT => Instr::WaitTimeout {
                label: cx.label(&a[0])?,
                time: cx.src(&a[1])?,
            },
            op::RECV_MARKER_RESERVE => Instr::RecvMarkerReserve(cx.dst(&a[0])?),
            op::RECV_MARKER_BIND => Instr::RecvMarkerBind {
                marker: cx.src(&a[0])?,
                reference: cx.src(&a[1])?,
            },
            op::RECV_MARKER_CLEAR => Instr::RecvMarkerClear(cx.src(&a[0])?),
            op::RECV_MARKER_USE => Instr::RecvMarkerUse(cx.src(&a[0])?),
            op::RECV_MARK | op::RECV_SET => continue,
            op::IS_LT | op::IS_GE | op::IS_EQ | op::IS_NE | op::IS_EQ_EXACT | op::IS_NE_EXACT => {
                Instr::Compare {
                    op: match g.opcode {
                        op::IS_LT => Cmp::Lt,
                        op::IS_GE => Cmp::Ge,
                        op::IS_EQ => Cmp::Eq,
                        op::IS_NE => Cmp::Ne,
                        op::IS_EQ_EXACT => Cmp::EqExact,
                        _ => Cmp::NeExact,
                    },
                    fail: cx.label(&a[0])?,
                    a: cx.src(&a[1])?,
                    b: cx.src(&a[2])?,
                }
            }
            op::IS_INTEGER
            | op::IS_FLOAT
            | op::IS_NUMBER
            | op::IS_ATOM
            | op::IS_PID
            | op::IS_REFERENCE
            | op::IS_PORT
            | op::IS_NIL
            | op::IS_BINARY
            | op::IS_LIST
            | op::IS_NONEMPTY_LIST
            | op::IS_TUPLE
            | op::IS_MAP
            | op::IS_BOOLEAN
            | op::IS_BITSTR
            | op::IS_FUNCTION => Instr::IsType {
                test: match g.opcode {
                    op::IS_INTEGER => TypeTest::Integer,
                    op::IS_FLOAT => TypeTest::Float,
                    op::IS_NUMBER => TypeTest::Number,
                    op::IS_ATOM => TypeTest::Atom,
                    op::IS_PID => TypeTest::Pid,
                    op::IS_REFERENCE => TypeTest::Reference,
                    op::IS_PORT => TypeTest::Port,
                    op::IS_NIL => TypeTest::Nil,
                    op::IS_BINARY => TypeTest::Binary,
                    op::IS_LIST => TypeTest::List,
                    op::IS_NONEMPTY_LIST => TypeTest::NonEmptyList,
                    op::IS_TUPLE => TypeTest::Tuple,
                    op::IS_MAP => TypeTest::Map,
                    op::IS_BOOLEAN => TypeTest::Boolean,
                    op::IS_BITSTR => TypeTest::Bitstr,
                    _ => TypeTest::Function,
                },
                fail: cx.label(&a[0])?,
                src: cx.src(&a[1])?,
            },
            op::IS_FUNCTION2 => Instr::IsFunction2 {
                fail: cx.label(&a[0])?,
                src: cx.src(&a[1])?,
                arity: cx.src(&a[2])?,
            },
            op::TEST_ARITY => Instr::TestArity {
                fail: cx.label(&a[0])?,
                src: cx.src(&a[1])?,
                arity: cx.u(&a[2])?,
            },
            op::IS_TAGGED_TUPLE => Instr::IsTaggedTuple {
                fail: cx.label(&a[0])?,
                src: cx.src(&a[1])?,
                arity: cx.u(&a[2])?,
                tag: match cx.src(&a[3])?.constant() {
                    Some(t) => t,
                    None => return Err(cx.fail("tag must be constant")),
                },
            },
            op::SELECT_VAL => {
                let l = cx.list(&a[2])?;
                let mut table = Vec::with_capacity(l.len() / 2);
                for pair in l.chunks(2) {
                    let Some(v) = cx.src(&pair[0])?.constant() else {
                        return Err(cx.fail("select_val value must be constant"));
                    };
                    table.push((
                        v,
                        cx.label(pair.get(1).ok_or_else(|| cx.fail("odd list"))?)?,
                    ));
                }
                Instr::SelectVal {
                    src: cx.src(&a[0])?,
                    fail: cx.label(&a[1])?,
                    table: table.into_boxed_slice(),
                }
            }
            op::SELECT_TUPLE_ARITY => {
                let l = cx.list(&a[2])?;
                let mut table = Vec::with_capacity(l.len() / 2);
                for pair in l.chunks(2) {
                    table.push((
                        cx.u(&pair[0])?,
                        cx.label(pair.get(1).ok_or_else(|| cx.fail("odd list"))?)?,
                    ));
                }
                Instr::SelectTupleArity {
                    src: cx.src(&a[0])?,
                    fail: cx.label(&a[1])?,
                    table: table.into_boxed_slice(),
                }
            }
            op::JUMP => Instr::Jump(cx.label(&a[0])?),
            op::CATCH | op::TRY => {
                let y = match cx.dst(&a[0])?.kind() {
                    DstKind::Y(y) => y,
                    _ => return Err(cx.fail("catch register must be y")),
                };
                catch_labels.push((out.len(), cx.label(&a[1])?));
                if g.opcode == op::CATCH {
                    Instr::Catch { y, handler: 0 }
                } else {
                    Instr::Try { y, handler: 0 }
                }
            }
            op::CATCH_END | op::TRY_END | op::TRY_CASE => {
                let y = match cx.dst(&a[0])?.kind() {
                    DstKind::Y(y) => y,
                    _ => return Err(cx.fail("catch register must be y")),
                };
                match g.opcode {
                    op::CATCH_END => Instr::CatchEnd(y),
                    op::TRY_END => Instr::TryEnd(y),
                    _ => Instr::TryCase(y),
                }
            }
            op::TRY_CASE_END => Instr::TryCaseEnd(cx.src(&a[0])?),
            op::RAISE => Instr::Raise {
                trace: cx.src(&a[0])?,
                value: cx.src(&a[1])?,
            },
            op::RAW_RAISE => Instr::RawRaise,
            op::BUILD_STACKTRACE => Instr::BuildStacktrace,
            op::MOVE => Instr::Move {
                src: cx.src(&a[0])?,
                dst: cx.dst(&a[1])?,
            },
            op::SWAP => Instr::Swap(cx.dst(&a[0])?, cx.dst(&a[1])?),
            op::GET_LIST => Instr::GetList {
                src: cx.src(&a[0])?,
                head: cx.dst(&a[1])?,
                tail: cx.dst(&a[2])?,
            },
            op::GET_HD => Instr::GetHd {
                src: cx.src(&a[0])?,
                dst: cx.dst(&a[1])?,
            },
            op::GET_TL => Instr::GetTl {
                src: cx.src(&a[0])?,
                dst: cx.dst(&a[1])?,
            },
            op::GET_TUPLE_ELEMENT => Instr::GetTupleElement {
                src: cx.src(&a[0])?,
                index: cx.u(&a[1])?,
                dst: cx.dst(&a[2])?,
            },
            op::SET_TUPLE_ELEMENT => Instr::SetTupleElement {
                value: cx.src(&a[0])?,
                tuple: cx.src(&a[1])?,
                index: cx.u(&a[2])?,
            },
            op::PUT_LIST => Instr::PutList {
                head: cx.src(&a[0])?,
                tail: cx.src(&a[1])?,
                dst: cx.dst(&a[2])?,
            },
            op::PUT_TUPLE2 => {
                let l = cx.list(&a[1])?;
                let mut elems = Vec::with_capacity(l.len());
                for e in l {
                    elems.push(cx.src(e)?);
                }
                Instr::PutTuple {
                    dst: cx.dst(&a[0])?,
                    elems: elems.into_boxed_slice(),
                }
            }
            op::BADMATCH => Instr::Badmatch(cx.src(&a[0])?),
            op::IF_END => Instr::IfEnd,
            op::CASE_END => Instr::CaseEnd(cx.src(&a[0])?),
            op::BADRECORD => Instr::Badrecord(cx.src(&a[0])?),
            op::CALL_FUN => {
                // The fun follows the arguments.
                let arity = cx.arity(&a[0])?;
                cx.note_x(arity + 1);
                Instr::CallFun {
                    arity,
                    tail: fun_call_tail(ops.code, gi),
                }
            }
            op::CALL_FUN2 => Instr::CallFun2 {
                arity: cx.arity(&a[1])?,
                fun: cx.src(&a[2])?,
                tail: fun_call_tail(ops.code, gi),
            },
            op::MAKE_FUN3 => {
                let l = cx.list(&a[2])?;
                let mut env = Vec::with_capacity(l.len());
                for e in l {
                    env.push(cx.src(e)?);
                }
                let fun = cx.fun_index(&a[0])?;
                if cx.t.fun_free[fun as usize] as usize != env.len() {
                    return Err(cx.fail("make_fun3: environment size is not the fun's"));
                }
                Instr::MakeFun {
                    fun,
                    dst: cx.dst(&a[1])?,
                    env: env.into_boxed_slice(),
                }
            }
            op::MAKE_FUN2 => {
                let fun = cx.fun_index(&a[0])?;
                let nfree = cx.t.fun_free[fun as usize];
                Instr::MakeFun {
                    fun,
                    dst: Dst::x(0),
                    env: (0..nfree).map(Src::x).collect(),
                }
            }
            op::APPLY | op::APPLY_LAST => {
                // The module and function follow the arguments.
                let arity = cx.arity(&a[0])?;
                cx.note_x(arity + 2);
                Instr::Apply {
                    arity,
                    tail: if g.opcode == op::APPLY {
                        BifTail::None
                    } else {
                        BifTail::DeallocReturn
                    },
                    fun_arity: 0,
                }
            }
            op::PUT_MAP_ASSOC | op::PUT_MAP_EXACT => {
                let l = cx.list(&a[4])?;
                let mut pairs = Vec::with_capacity(l.len().div_ceil(2));
                for kv in l.chunks(2) {
                    pairs.push((
                        cx.src(&kv[0])?,
                        cx.src(kv.get(1).ok_or_else(|| cx.fail("odd list"))?)?,
                    ));
                }
                Instr::PutMap(Box::new(PutMapOp {
                    exact: g.opcode == op::PUT_MAP_EXACT,
                    fail: cx.label(&a[0])?,
                    src: cx.src(&a[1])?,
                    dst: cx.dst(&a[2])?,
                    pairs: pairs.into_boxed_slice(),
                }))
            }
            op::HAS_MAP_FIELDS => {
                let l = cx.list(&a[2])?;
                let mut keys = Vec::with_capacity(l.len());
                for k in l {
                    keys.push(cx.src(k)?);
                }
                Instr::HasMapFields {
                    fail: cx.label(&a[0])?,
                    src: cx.src(&a[1])?,
                    keys: keys.into_boxed_slice(),
                }
            }
            op::GET_MAP_ELEMENTS => {
                let l = cx.list(&a[2])?;
                let mut pairs = Vec::with_capacity(l.len().div_ceil(2));
                for kv in l.chunks(2) {
                    pairs.push((
                        cx.src(&kv[0])?,
                        cx.dst(kv.get(1).ok_or_else(|| cx.fail("odd list"))?)?,
                    ));
                }
                Instr::GetMapElements {
                    fail: cx.label(&a[0])?,
                    src: cx.src(&a[1])?,
                    pairs: pairs.into_boxed_slice(),
                }
            }
            op::UPDATE_RECORD => {
                let l = cx.list(&a[4])?;
                let mut updates = Vec::with_capacity(l.len().div_ceil(2));
                for kv in l.chunks(2) {
                    updates.push((
                        cx.u(&kv[0])?,
                        cx.src(kv.get(1).ok_or_else(|| cx.fail("odd list"))?)?,
                    ));
                }
                Instr::UpdateRecord(Box::new(UpdateRecordOp {
                    copy_always: matches!(&a[0], Operand::Atom(i) if cx.atom(*i)? == Atom::from_str("copy")),
                    size: cx.u(&a[1])?,
                    src: cx.src(&a[2])?,
                    dst: cx.dst(&a[3])?,
                    updates: updates.into_boxed_slice(),
                }))
            }
            op::FCLEARERROR => Instr::FClearError,
            op::FCHECKERROR => Instr::FCheckError(cx.label(&a[0])?),
            op::FMOVE => match (&a[0], &a[1]) {
                (Operand::FReg(f), Operand::FReg(t)) => Instr::FMoveFF { from: *f, to: *t },
                (Operand::FReg(f), d) => Instr::FMoveFromF {
                    freg: *f,
                    dst: cx.dst(d)?,
                },
                (s, Operand::FReg(t)) => Instr::FMoveToF {
                    src: cx.src(s)?,
                    freg: *t,
                },
                _ => return Err(cx.fail("fmove without float register")),
            },
            op::FCONV => Instr::FConv {
                src: cx.src(&a[0])?,
                freg: freg(cx, &a[1])?,
            },
            op::FADD | op::FSUB | op::FMUL | op::FDIV => Instr::FArith {
                op: match g.opcode {
                    op::FADD => FloatOp::Add,
                    op::FSUB => FloatOp::Sub,
                    op::FMUL => FloatOp::Mul,
                    _ => FloatOp::Div,
                },
                fail: cx.label(&a[0])?,
                a: freg(cx, &a[1])?,
                b: freg(cx, &a[2])?,
                dst: freg(cx, &a[3])?,
            },
            op::FNEGATE => Instr::FNegate {
                src: freg(cx, &a[1])?,
                dst: freg(cx, &a[2])?,
            },
            op::BS_CREATE_BIN => {
                let l = cx.list(&a[5])?;
                let mut segs = Vec::with_capacity(l.len() / 6);
                for s in l.chunks(6) {
                    if s.len() != 6 {
                        return Err(cx.fail("bs_create_bin segment list"));
                    }
                    let kind = match &s[0] {
                        Operand::Atom(i) => match cx.atom(*i)?.name() {
                            b"integer" => BinSegKind::Integer,
                            b"float" => BinSegKind::Float,
                            b"binary" => BinSegKind::Binary,
                            b"utf8" => BinSegKind::Utf8,
                            b"utf16" => BinSegKind::Utf16,
                            b"utf32" => BinSegKind::Utf32,
                            b"string" => BinSegKind::String,
                            b"append" => BinSegKind::Append,
                            b"private_append" => BinSegKind::PrivateAppend,
                            _ => return Err(cx.fail("unknown segment type")),
                        },
                        _ => return Err(cx.fail("segment type")),
                    };
                    let src = if kind == BinSegKind::String {
                        Src::c(Term::small(cx.u(&s[4])? as isize))
                    } else {
                        cx.src(&s[4])?
                    };
                    segs.push(BinSeg {
                        kind,
                        seg: cx.u(&s[1])?,
                        unit: cx.u(&s[2])?,
                        flags: cx.flags(&s[3])?,
                        src,
                        size: cx.src(&s[5])?,
                    });
                }
                Instr::BsCreateBin(Box::new(BsCreateBinOp {
                    fail: cx.label(&a[0])?,
                    alloc: cx.heap_need(&a[1])?,
                    live: cx.live(&a[2])?,
                    unit: cx.u(&a[3])?,
                    dst: cx.dst(&a[4])?,
                    segs: segs.into_boxed_slice(),
                }))
            }
            op::BS_START_MATCH3 => Instr::BsStartMatch {
                fail: cx.label(&a[0])?,
                src: cx.src(&a[1])?,
                live: cx.live(&a[2])?,
                dst: cx.dst(&a[3])?,
            },
            op::BS_START_MATCH4 => Instr::BsStartMatch {
                fail: cx.label(&a[0])?,
                live: cx.live(&a[1])?,
                src: cx.src(&a[2])?,
                dst: cx.dst(&a[3])?,
            },
            op::BS_GET_POSITION => Instr::BsGetPosition {
                ctx: cx.src(&a[0])?,
                dst: cx.dst(&a[1])?,
            },
            op::BS_SET_POSITION => Instr::BsSetPosition {
                ctx: cx.src(&a[0])?,
                pos: cx.src(&a[1])?,
            },
            op::BS_GET_TAIL => Instr::BsGetTail {
                ctx: cx.src(&a[0])?,
                dst: cx.dst(&a[1])?,
            },
            op::BS_TEST_TAIL2 => Instr::BsTestTail {
                fail: cx.label(&a[0])?,
                ctx: cx.src(&a[1])?,
                bits: cx.u(&a[2])?,
            },
            op::BS_TEST_UNIT => Instr::BsTestUnit {
                fail: cx.label(&a[0])?,
                ctx: cx.src(&a[1])?,
                unit: cx.u(&a[2])?,
            },
            op::BS_GET_INTEGER2 | op::BS_GET_FLOAT2 | op::BS_GET_BINARY2 => {
                Instr::BsGet(Box::new(BsGetOp {
                    kind: match g.opcode {
                        op::BS_GET_INTEGER2 => BsGetKind::Integer,
                        op::BS_GET_FLOAT2 => BsGetKind::Float,
                        _ => BsGetKind::Binary,
                    },
                    fail: cx.label(&a[0])?,
                    ctx: cx.src(&a[1])?,
                    size: cx.src(&a[3])?,
                    unit: cx.u(&a[4])?,
                    flags: cx.flags(&a[5])?,
                    dst: cx.dst(&a[6])?,
                }))
            }
            op::BS_SKIP_BITS2 => Instr::BsSkipBits {
                fail: cx.label(&a[0])?,
                ctx: cx.src(&a[1])?,
                size: cx.src(&a[2])?,
                unit: cx.u(&a[3])?,
            },
            op::BS_MATCH_STRING => Instr::BsMatchString {
                fail: cx.label(&a[0])?,
                ctx: cx.src(&a[1])?,
                bits: cx.u(&a[2])?,
                offset: cx.u(&a[3])?,
            },
            op::BS_GET_UTF8 | op::BS_GET_UTF16 | op::BS_GET_UTF32 => Instr::BsGetUtf {
                fail: cx.label(&a[0])?,
                ctx: cx.src(&a[1])?,
                width: utf_width(g.opcode),
                flags: cx.flags(&a[3])?,
                dst: cx.dst(&a[4])?,
            },
            op::BS_SKIP_UTF8 | op::BS_SKIP_UTF16 | op::BS_SKIP_UTF32 => Instr::BsSkipUtf {
                fail: cx.label(&a[0])?,
                ctx: cx.src(&a[1])?,
                width: utf_width(g.opcode),
                flags: cx.flags(&a[3])?,
            },
            op::BS_MATCH => Instr::BsMatch {
                fail: cx.label(&a[0])?,
                ctx: cx.src(&a[1])?,
                cmds: bs_match_cmds(cx, &a[2])?.into_boxed_slice(),
            },
            op::BS_CONTEXT_TO_BINARY => Instr::BsContextToBinary(cx.src(&a[0])?),
            op::BS_INIT_WRITABLE => Instr::BsInitWritable,
            op::ON_LOAD | op::NIF_START => continue,
            _ => {
                return Err(cx.fail("unsupported instruction"));
            }
        };
        out.push(ins);
    }
    Ok(())
}
