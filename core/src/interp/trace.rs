//! Exceptions: stack traces from the frame chain and the `Line` table, and
//! unwinding to the nearest catch.

use super::bits::Seg;
use super::instr::{ArithOp, Src, SrcKind};
use crate::atom::{am, Atom};
use crate::bif::{Class, Exc};
use crate::code::Module;
use crate::process::{CodePtr, Process};
use crate::term::{map, Term};
use crate::vm::{Vm, EXIT_CP};
use alloc::vec::Vec;

/// OTP's default `backtrace_depth`.
pub const TRACE_DEPTH: usize = 8;

/// OTP 25's preloaded modules (`erlang:pre_loaded/0`). The copies built
/// into OTP's emulator carry no line information, so their stack-trace
/// entries have no location even though the copies in `erts`'s `ebin`
/// (which are the ones loaded here) do.
pub(crate) const PRELOADED: &[&[u8]] = &[
    b"atomics",
    b"counters",
    b"erl_init",
    b"erl_prim_loader",
    b"erl_tracer",
    b"erlang",
    b"erts_code_purger",
    b"erts_dirty_process_signal_handler",
    b"erts_internal",
    b"erts_literal_area_collector",
    b"init",
    b"persistent_term",
    b"prim_buffer",
    b"prim_eval",
    b"prim_file",
    b"prim_inet",
    b"prim_net",
    b"prim_socket",
    b"prim_zip",
    b"socket_registry",
    b"zlib",
];

/// The location list `[{file, F}, {line, L}]` for code at `ip`.
fn location(p: &mut Process, m: &Module, ip: u32) -> Term {
    if PRELOADED.contains(&m.name.name()) {
        return Term::NIL;
    }
    match m.location_at(ip) {
        Some((file, line)) => {
            let f = p.heap.str_list(file);
            let ft = p.heap.tuple(&[Term::atom(am::FILE), f]);
            let lt = p
                .heap
                .tuple(&[Term::atom(am::LINE), Term::small(line as isize)]);
            p.heap.list(&[ft, lt])
        }
        None => Term::NIL,
    }
}

/// How the first stack-trace entry is made.
#[derive(Copy, Clone, Debug)]
pub enum Top {
    /// The current function with its arity.
    Current,
    /// `{M, F, Args, []}`, a call to a function that does not exist, above
    /// the frames: as in OTP, a tail call leaves no entry of its caller (a
    /// call that is not a tail call pushed the caller's frame).
    Bif(Term, Term, Term),
    /// A failing BIF's own entry above its caller.
    BifError(BifFrame),
    /// The current function with its arguments instead of its arity
    /// (`function_clause`).
    Args(Term),
    /// `erlang:error/2,3` and failed binary construction: the current
    /// function with `args` (its arity when `args` is not a list) and
    /// `{error_info, info}` (none when `info` is the non-value).
    Error { args: Term, info: Term },
}

/// The entry of a BIF that raised: `{M, F, Args, [{error_info, Map}]}`.
#[derive(Copy, Clone, Debug)]
pub struct BifFrame {
    pub module: Atom,
    pub function: Atom,
    /// The arguments, as a list.
    pub args: Term,
    /// `cause` for the `error_info` map; none when the non-value.
    pub cause: Term,
    /// Leave out the entry of the raise point: the BIF was reached by a
    /// tail call that leaves no frame of its caller in OTP (an `apply`, or
    /// a function OTP implements in Erlang). The frames still hold the
    /// caller when the call was not a tail call.
    pub skip_caller: bool,
}

/// The module whose `format_error/2` explains errors of BIFs in `module`,
/// as OTP names it in a BIF's `error_info` (`erts`'s `save_stacktrace`).
pub fn error_info_module(module: Atom) -> Option<&'static str> {
    Some(match module.name() {
        b"erlang" | b"atomics" | b"counters" | b"erts_internal" | b"persistent_term" => {
            "erl_erts_errors"
        }
        b"os" => "erl_kernel_errors",
        b"binary" | b"ets" | b"lists" | b"maps" | b"math" | b"re" | b"unicode" => {
            "erl_stdlib_errors"
        }
        _ => return None,
    })
}

/// BIFs here that OTP implements in Erlang (in `erlang.erl`, `os.erl`):
/// a tail call to one leaves no frame of the caller in OTP. (`ets`'s
/// Erlang functions run from OTP's `ets.erl` instead.)
pub fn implemented_in_erlang(module: Atom, function: Atom, arity: usize) -> bool {
    match module.name() {
        b"erlang" => matches!(
            (function.name(), arity),
            (b"alias", 0)
                | (b"atom_to_binary", 1)
                | (b"binary_to_atom", 1)
                | (b"binary_to_existing_atom", 1)
                | (b"convert_time_unit", 3)
                | (b"fun_info", 1)
                | (b"garbage_collect", 0..=2)
                | (b"group_leader", 2)
                | (b"halt", 0 | 1)
                | (b"load_module", 2)
                | (b"spawn" | b"spawn_link", 1 | 2 | 4)
                | (b"spawn_monitor", _)
                | (b"spawn_opt", 2 | 3 | 5)
                | (b"localtime_to_universaltime", 1)
        ),
        b"os" => function.name() == b"perf_counter" && arity == 1,
        _ => false,
    }
}

/// `[{error_info, Map}]`, or `[]` for a BIF OTP gives none.
fn bif_error_info(p: &mut Process, b: &BifFrame) -> Term {
    let Some(module) = error_info_module(b.module) else {
        return Term::NIL;
    };
    let mut pairs = [
        (Term::atom(am::MODULE), Term::atom(Atom::from_str(module))),
        (Term::atom(Atom::from_str("cause")), b.cause),
    ];
    let n = if b.cause.is_value() { 2 } else { 1 };
    let info = map::from_pairs(&mut p.heap, &mut pairs[..n]);
    let e = p
        .heap
        .tuple(&[Term::atom(Atom::from_str("error_info")), info]);
    p.heap.list(&[e])
}

/// The first stack-trace entry for `apply` with bad arguments:
/// `{erlang, apply, Args, [{error_info, ...}]}` above the caller.
pub fn apply_error(p: &mut Process, args: &[Term]) -> Top {
    let args = p.heap.list(args);
    Top::BifError(BifFrame {
        module: am::ERLANG,
        function: Atom::from_str("apply"),
        args,
        cause: Term::NON_VALUE,
        skip_caller: false,
    })
}

/// The first stack-trace entry for a failed `bs_create_bin`: the current
/// function with `{error_info, #{cause => {Segment, Type, Error, Value},
/// function => format_bs_fail, module => erl_erts_errors}}`, as OTP 25.
pub fn bs_create_top(p: &mut Process, segs: &[Seg], strings: &[u8]) -> Top {
    let Some((seg, ty, error, value)) = super::bits::create_fail(segs, strings) else {
        return Top::Current;
    };
    let a = |s: &str| Term::atom(Atom::from_str(s));
    let cause = p
        .heap
        .tuple(&[Term::small(seg as isize), a(ty), a(error), value]);
    let mut pairs = [
        (a("cause"), cause),
        (a("function"), a("format_bs_fail")),
        (Term::atom(am::MODULE), a("erl_erts_errors")),
    ];
    let info = map::from_pairs(&mut p.heap, &mut pairs);
    Top::Error {
        args: Term::NON_VALUE,
        info,
    }
}

/// The `error_info` map `erlang:error/3` takes from its options: each
/// element must be `{error_info, Map}` (the last one counts) in a proper
/// list; otherwise there is none (the non-value), as in OTP.
pub fn error3_info(opts: Term) -> Term {
    let key = Term::atom(Atom::from_str("error_info"));
    let mut info = Term::NON_VALUE;
    let mut t = opts;
    while let Some((e, tl)) = t.as_cons() {
        match e.as_tuple() {
            Some([k, v]) if *k == key => {
                info = *v;
                if !v.is_map() {
                    break;
                }
            }
            _ => break,
        }
        t = tl;
    }
    if t.is_nil() {
        info
    } else {
        Term::NON_VALUE
    }
}

/// How a failing BIF was reached, which decides its stack-trace entry.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Via {
    /// A `bif`/`gc_bif` instruction or a non-tail call.
    Instr,
    /// A tail call (`call_ext_only`, `call_ext_last`).
    TailCall,
    /// `apply`, a fun or another call resolved at run time: in OTP, a tail
    /// call of this kind leaves no frame of the caller.
    Dynamic,
    /// An operator OTP's JIT inlines, failing without an entry of its own
    /// (`+` with a small-integer literal, `-` with a non-negative one).
    Inline,
}

/// Whether `a op b` in a function body fails without an `{erlang, Op, ..}`
/// entry on OTP 25's JIT: `+` with a small-integer literal on either side,
/// and `-` with a non-negative small-integer literal on the right.
pub fn inline_arith(op: ArithOp, a: Src, b: Src) -> bool {
    let lit = |s: Src| match s.kind() {
        SrcKind::C(t) => t.as_small(),
        _ => None,
    };
    match op {
        ArithOp::Add => lit(a).is_some() || lit(b).is_some(),
        ArithOp::Sub => lit(b).is_some_and(|n| n >= 0),
        _ => false,
    }
}

/// The class, reason and first stack-trace entry of exception `e` from
/// BIF `module:function(args...)`; `None` for an exception that is not
/// raised this way (`erlang:raise/3`'s trace, a trap, a yield).
pub fn bif_top(
    p: &mut Process,
    module: Atom,
    function: Atom,
    args: &[Term],
    e: Exc,
    via: Via,
) -> Option<(Class, Term, Top)> {
    let (class, reason, cause) = match e {
        Exc::Raise { class, reason } => (class, reason, Term::NON_VALUE),
        Exc::Cause { reason, cause } => (Class::Error, reason, cause),
        Exc::RaiseTrace { .. }
        | Exc::Trap { .. }
        | Exc::Yield(_)
        | Exc::Hibernate
        | Exc::Terminate(_) => return None,
    };
    let n = args.len();
    if module == am::ERLANG {
        // error/1,2,3, exit/1 and throw/1 raise in their caller's name:
        // error/2,3 with the arguments they are given (and error/3 with
        // its `error_info`).
        match (function, n) {
            (am::ERROR, 2) => {
                let top = Top::Error {
                    args: args[1],
                    info: Term::NON_VALUE,
                };
                return Some((class, reason, top));
            }
            (am::ERROR, 3) => {
                let top = Top::Error {
                    args: args[1],
                    info: error3_info(args[2]),
                };
                return Some((class, reason, top));
            }
            (am::ERROR, 1) | (am::EXIT, 1) | (am::THROW, 1) => {
                return Some((class, reason, Top::Current));
            }
            // Unary `+` in a body is inlined by OTP's JIT.
            (am::PLUS, 1) if via == Via::Instr => return Some((class, reason, Top::Current)),
            _ => {}
        }
    }
    if via == Via::Inline {
        return Some((class, reason, Top::Current));
    }
    let skip_caller = match via {
        Via::Dynamic => true,
        Via::TailCall => implemented_in_erlang(module, function, n),
        _ => false,
    };
    let args = p.heap.list(args);
    let top = Top::BifError(BifFrame {
        module,
        function,
        args,
        cause,
        skip_caller,
    });
    Some((class, reason, top))
}

/// Builds `[{M, F, ArityOrArgs, Loc}, ...]` for an exception raised at `at`.
pub fn build(vm: &Vm, p: &mut Process, at: CodePtr, top: Top) -> Term {
    let mut entries: Vec<Term> = Vec::new();
    let mut skip_at = false;
    match top {
        Top::Bif(m, f, a) => {
            let e = p.heap.tuple(&[m, f, a, Term::NIL]);
            entries.push(e);
            skip_at = true;
        }
        Top::BifError(b) => {
            let loc = bif_error_info(p, &b);
            let e = p
                .heap
                .tuple(&[Term::atom(b.module), Term::atom(b.function), b.args, loc]);
            entries.push(e);
            skip_at = b.skip_caller;
        }
        _ => {}
    }
    let push = |p: &mut Process, ptr, args, info, entries: &mut Vec<Term>| {
        push_entry(vm, p, ptr, args, info, entries)
    };
    let (args, info) = match top {
        Top::Args(a) => (Some(a), Term::NON_VALUE),
        // Any list, even an improper one, stands for the arguments.
        Top::Error { args, info } if args.is_list() || args.is_nil() => (Some(args), info),
        Top::Error { info, .. } => (None, info),
        _ => (None, Term::NON_VALUE),
    };
    let mut frames = p.frames.len();
    if !skip_at {
        push(p, at, args, info, &mut entries);
        // A frame pushed for a call that failed before entering its callee
        // returns right after `at`; it is the same place, listed once.
        if let Some(f) = p.frames.last() {
            if f.ret.module == at.module && f.ret.ip == at.ip + 1 {
                frames -= 1;
            }
        }
    }
    for i in (0..frames).rev() {
        let ret = p.frames[i].ret;
        if ret == EXIT_CP {
            continue;
        }
        // A return address points after the call; the call is one before.
        push(
            p,
            CodePtr {
                module: ret.module,
                ip: ret.ip.saturating_sub(1),
            },
            None,
            Term::NON_VALUE,
            &mut entries,
        );
    }
    p.heap.list(&entries)
}

/// Adds the entry `{M, F, ArityOrArgs, Location}` of the function at `ptr`
/// (`info`, unless the non-value, as its `error_info`).
fn push_entry(
    vm: &Vm,
    p: &mut Process,
    ptr: CodePtr,
    args: Option<Term>,
    info: Term,
    entries: &mut Vec<Term>,
) {
    if ptr.module == u32::MAX || entries.len() >= TRACE_DEPTH {
        return;
    }
    let m = vm.code.modules[ptr.module as usize];
    let Some((f, a)) = m.function_at(ptr.ip) else {
        return;
    };
    // `erlang:apply/2,3` run as `erlang.beam`'s code here; in OTP they are
    // BIFs, with no entry of their own.
    if m.name == am::ERLANG && f.name() == b"apply" && (a == 2 || a == 3) {
        return;
    }
    let mut loc = location(p, m, ptr.ip);
    if info.is_value() {
        let e = p
            .heap
            .tuple(&[Term::atom(Atom::from_str("error_info")), info]);
        let tail = p.heap.list(&[e]);
        loc = append(p, loc, tail);
    }
    let e = p.heap.tuple(&[
        Term::atom(m.name),
        Term::atom(f),
        args.unwrap_or(Term::small(a as isize)),
        loc,
    ]);
    entries.push(e);
}

/// `a ++ b` for a proper list `a`.
fn append(p: &mut Process, a: Term, b: Term) -> Term {
    let mut elems = Vec::new();
    let mut t = a;
    while let Some((h, tl)) = t.as_cons() {
        elems.push(h);
        t = tl;
    }
    p.heap.list_with_tail(&elems, b)
}

/// Finds the innermost catch on the stack and unwinds to it: frames above
/// it are dropped. Returns the handler address.
pub fn unwind(vm: &Vm, p: &mut Process) -> Option<CodePtr> {
    // Innermost first: frames from the top of the stack, and within a frame
    // from y0 up, since the compiler gives inner catches lower Y registers
    // (BEAM's stack grows down, so that is its scan order too).
    let mut end = p.stack.len();
    let mut found = None;
    for fi in (0..p.frames.len()).rev() {
        let base = p.frames[fi].ybase as usize;
        if let Some(off) = p.stack[base..end].iter().position(|t| t.is_catch()) {
            found = Some((fi, base + off));
            break;
        }
        end = base;
    }
    let (fi, i) = found?;
    let tag = p.stack[i];
    while p.frames.len() > fi + 1 {
        let f = p.frames.pop().unwrap();
        p.stack.truncate(f.ybase as usize);
    }
    let (module, ip) = vm.code.catches[tag.catch_value()];
    Some(CodePtr { module, ip })
}

/// `{'EXIT', ...}` value of a caught exception for `catch Expr`.
pub fn catch_value(p: &mut Process, class: Term, reason: Term, trace: Term) -> Term {
    match Class::from_term(class) {
        Some(Class::Throw) => reason,
        Some(Class::Error) => {
            let inner = p.heap.tuple(&[reason, trace]);
            p.heap.tuple(&[Term::atom(am::EXIT_SIGNAL), inner])
        }
        _ => p.heap.tuple(&[Term::atom(am::EXIT_SIGNAL), reason]),
    }
}
