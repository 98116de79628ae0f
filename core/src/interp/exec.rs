//! The dispatch loop.
//!
//! One `match` over resolved instructions. Every call costs a reduction; when
//! the budget runs out the process yields at the call, saving only the
//! argument registers. Exceptions build their stack trace at the raise point
//! and unwind to the innermost catch tag on the stack.

use super::instr::*;
use super::trace::{Top, Via};
use super::{bits, ops, trace};
use crate::atom::am;
use crate::bif::{Class, Ctx, Exc};
use crate::code::{Module, Target};
use crate::process::{CodePtr, Frame, Process};
use crate::term::boxed::Subtag;
use crate::term::compare::{compare, eq, exact_eq};
use crate::term::{map, Term};
use crate::vm::{Vm, EXIT_CP};
use core::cmp::Ordering;

pub enum Outcome {
    Yield,
    Wait,
    Exit(Term),
}

/// `Process::resume.module` of a process that starts by calling the export
/// whose index is `resume.ip`, with the arguments in `saved_x`: one spawned
/// on a BIF or on a function that does not exist.
pub const ENTER_EXPORT: u32 = u32::MAX;
/// The same for a process asleep in `erlang:hibernate/3`: the export is the
/// function it wakes up in.
pub const ENTER_HIBERNATED: u32 = u32::MAX - 1;

/// Why control left the straight line: a raise to handle.
struct Raise {
    class: Class,
    reason: Term,
    /// How the first stack-trace entry is made.
    top: Top,
    /// An explicit stack trace (`erlang:raise/3`, rethrow).
    trace: Option<Term>,
}

impl Raise {
    fn error(reason: Term) -> Raise {
        Raise {
            class: Class::Error,
            reason,
            top: Top::Current,
            trace: None,
        }
    }
}

#[inline(always)]
fn ybase(p: &Process) -> usize {
    // SAFETY-free: a running process always has at least its entry frame.
    p.frames.last().map_or(0, |f| f.ybase as usize)
}

/// Module `mi`, the block of its code holding address `at`, and that
/// block's first address. Out of line for the many jumps that may leave
/// their block (a call within a module loaded function by function): inlined
/// at each, the lookup would be a large part of the interpreter's size.
#[inline(never)]
fn enter_block(vm: &Vm, mi: u32, at: usize) -> (&'static Module, usize, &'static [Instr]) {
    let m: &'static Module = vm.code.modules[mi as usize];
    let (base, code) = m.area.segment_at(at as u32);
    (m, base, code)
}

#[allow(unused_assignments)] // `code` is reassigned by macros on paths that then return
pub fn run(vm: &mut Vm, p: &mut Process, x: &mut [Term], budget: u32) -> Outcome {
    for (i, t) in p.saved_x.drain(..).enumerate() {
        x[i] = t;
    }
    if p.resume.module >= ENTER_HIBERNATED {
        if let Some(out) = enter(vm, p, x) {
            return out;
        }
    }
    // As an array, its length is a constant: one register fewer in this
    // loop, and register bounds checks against an immediate.
    let Some(x) = x.first_chunk_mut::<{ crate::vm::MAX_X }>() else {
        unreachable!("the VM's X register file has MAX_X registers")
    };
    let mut m: &'static Module = vm.code.modules[p.resume.module as usize];
    // The block of code being run (a lazily loaded module has one per
    // function: see `code::area`), its first address, and the index of the
    // next instruction in it. Addresses kept anywhere else (frames, resume
    // points, labels) count from the module's start: `cbase + ip`.
    let (mut cbase, mut code) = m.area.segment_at(p.resume.ip);
    let mut ip = (p.resume.ip as usize).wrapping_sub(cbase);
    let mut reds: i64 = budget as i64;
    // Base of the current frame's Y registers in `p.stack`: cached here and
    // refreshed wherever `p.frames` changes (calls, returns, unwinding).
    let mut yb: usize = ybase(p);

    macro_rules! get {
        ($s:expr) => {{
            // `Src::kind` by hand, X registers (the most common) first.
            let w = Src::raw($s);
            if w & Src::TAG_MASK == Src::TAG_X {
                x[w >> Src::TAG_BITS]
            } else if w & Src::TAG_MASK == Src::TAG_Y {
                // Past the stack only in corrupt code (the compiler's
                // frames hold every Y register they use).
                match p.stack.get(yb + (w >> Src::TAG_BITS)) {
                    Some(&t) => t,
                    None => raise!(Raise::error(Term::atom(am::BADARG))),
                }
            } else {
                Term::from_raw(w)
            }
        }};
    }
    macro_rules! put {
        ($d:expr, $v:expr) => {{
            let v = $v;
            match Dst::kind($d) {
                DstKind::X(r) => x[r as usize] = v,
                DstKind::Y(r) => match p.stack.get_mut(yb + r as usize) {
                    Some(y) => *y = v,
                    None => raise!(Raise::error(Term::atom(am::BADARG))),
                },
            }
        }};
    }
    // The module-relative address of the current instruction's successor.
    macro_rules! here {
        () => {
            (cbase + ip) as u32
        };
    }
    // A taken backward branch spends a reduction, so that a loop without
    // calls (only corrupt or hand-written code has one; compiled Erlang
    // loops through calls) still yields. Liveness is unknown at a branch,
    // so such a rare yield keeps every X register any loaded code can name.
    macro_rules! jump {
        ($l:expr) => {{
            let to = ($l as usize).wrapping_sub(cbase);
            if to >= code.len() {
                // Another block: a call to another function of a module
                // loaded function by function.
                (m, cbase, code) = enter_block(vm, m.index, $l as usize);
                ip = ($l as usize).wrapping_sub(cbase);
            } else {
                if to < ip {
                    reds -= 1;
                    if reds <= 0 {
                        ip = to;
                        p.reductions += budget as u64;
                        yield_at_ip!(vm.code.x_span);
                    }
                }
                ip = to;
            }
        }};
    }
    macro_rules! goto_code {
        ($module:expr, $ip:expr) => {{
            let mi: u32 = $module;
            let at = $ip as usize;
            let to = at.wrapping_sub(cbase);
            if mi == m.index && to < code.len() {
                ip = to;
            } else {
                m = vm.code.modules[mi as usize];
                (cbase, code) = m.area.segment_at(at as u32);
                ip = at.wrapping_sub(cbase);
            }
        }};
    }
    // Raise: build the trace, unwind to a catch or end the process.
    macro_rules! raise {
        ($r:expr) => {{
            let r: Raise = $r;
            let at = CodePtr {
                module: m.index,
                ip: here!().saturating_sub(1),
            };
            let tr = match r.trace {
                Some(t) => t,
                None => trace::build(vm, p, at, r.top),
            };
            p.exc.class = r.class.atom();
            p.exc.reason = r.reason;
            p.exc.trace = tr;
            let handler = trace::unwind(vm, p);
            yb = ybase(p);
            match handler {
                Some(h) => {
                    x[0] = Term::NON_VALUE;
                    x[1] = r.class.atom();
                    x[2] = r.reason;
                    x[3] = tr;
                    goto_code!(h.module, h.ip);
                    // A catch can loop back to code that raises again.
                    check_reds!(4);
                    continue;
                }
                None => {
                    return Outcome::Exit(exit_reason(p, r.class, r.reason, tr));
                }
            }
        }};
    }
    macro_rules! bif_raise {
        ($e:expr, $export:expr, $args:expr, $via:expr) => {{
            let e: Exc = $e;
            match e {
                Exc::Hibernate => return hibernated(p),
                Exc::Terminate(reason) => return Outcome::Exit(reason),
                _ => {}
            }
            let ex = &vm.code.exports[$export as usize];
            let (bm, bf) = (ex.module, ex.function);
            match trace::bif_top(p, bm, bf, $args, e, $via) {
                Some((class, reason, top)) => raise!(Raise {
                    class,
                    reason,
                    top,
                    trace: None
                }),
                None => match e {
                    Exc::RaiseTrace {
                        class,
                        reason,
                        trace,
                    } => raise!(Raise {
                        class,
                        reason,
                        top: Top::Current,
                        trace: Some(trace)
                    }),
                    _ => raise!(Raise::error(Term::atom(am::BADARG))),
                },
            }
        }};
    }
    // Switch out, resuming at `ip` with the first `$live` X registers.
    macro_rules! yield_at_ip {
        ($live:expr) => {{
            p.saved_x.extend_from_slice(&x[..$live as usize]);
            p.resume = CodePtr {
                module: m.index,
                ip: here!(),
            };
            return Outcome::Yield;
        }};
    }
    // Switch out to wait for a message, counting what this turn spent
    // (`process_info(P, reductions)` of a waiting process).
    macro_rules! wait {
        () => {{
            p.reductions += (budget as i64 - reds).max(0) as u64;
            return Outcome::Wait;
        }};
    }
    // Yield at a call boundary if the budget is spent.
    macro_rules! check_reds {
        ($live:expr) => {{
            reds -= 1;
            if reds <= 0 {
                p.reductions += budget as u64;
                yield_at_ip!($live);
            }
        }};
    }
    // Collect with `live` X registers; a process whose heap outgrows its
    // `max_heap_size` (with `kill`) dies at once with `killed`, as OTP.
    macro_rules! gc {
        ($need:expr, $live:expr) => {{
            p.gc($need, &mut x[..$live]);
            // Registers past `live` may point into the freed heap: compiled
            // code never reads them, corrupt code must find nil there.
            let span = vm.code.x_span.min(x.len());
            if $live < span {
                x[$live..span].fill(Term::NIL);
            }
            if p.tuning.max_heap_size != 0 && over_max_heap(vm, p) {
                p.reductions += (budget as i64 - reds).max(0) as u64;
                return Outcome::Exit(Term::atom(am::KILLED));
            }
        }};
    }
    macro_rules! do_return {
        () => {{
            let f = p.frames.pop().expect("frame");
            p.stack.truncate(f.ybase as usize);
            yb = ybase(p);
            if f.ret == EXIT_CP {
                p.reductions += (budget as i64 - reds).max(0) as u64;
                return Outcome::Exit(Term::atom(am::NORMAL));
            }
            if p.heap.frag_pressure() {
                gc!(0, 1);
            }
            goto_code!(f.ret.module, f.ret.ip);
        }};
    }
    macro_rules! push_frame {
        () => {{
            // Frames are the stack's continuation pointers: checked against
            // max_heap_size each time their vector must grow.
            if p.frames.len() == p.frames.capacity()
                && p.tuning.max_heap_size != 0
                && over_max_heap(vm, p)
            {
                p.reductions += (budget as i64 - reds).max(0) as u64;
                return Outcome::Exit(Term::atom(am::KILLED));
            }
            p.frames.push(Frame {
                ret: CodePtr {
                    module: m.index,
                    ip: here!(),
                },
                ybase: p.stack.len() as u32,
            });
            yb = p.stack.len();
        }};
    }
    macro_rules! dealloc {
        () => {{
            p.stack.truncate(yb);
        }};
    }
    // Call an export with `arity` args in x0.. (frame already arranged).
    // Calls a BIF. One that collects the process (`garbage_collect/0,1`)
    // keeps no X register but its result, so the stale ones are cleared:
    // compiled code never reads them again, corrupt code must not find a
    // pointer into the freed heap there.
    macro_rules! call_bif {
        ($f:expr, $args:expr) => {{
            let gcs = p.heap.gc_count;
            let r = $f(
                &mut Ctx {
                    vm: &mut *vm,
                    p: &mut *p,
                },
                $args,
            );
            if p.heap.gc_count != gcs {
                let span = vm.code.x_span.min(x.len());
                x[..span].fill(Term::NIL);
            }
            r
        }};
    }
    macro_rules! call_export {
        ($e:expr, $arity:expr) => {{
            let e: u32 = $e;
            let arity = $arity as usize;
            match vm.resolve(e) {
                Target::Code { module, ip: entry } => {
                    goto_code!(module, entry);
                    check_reds!(arity);
                }
                Target::Bif(f) => {
                    let mut args = [Term::NIL; 8];
                    let n = arity.min(8);
                    args[..n].copy_from_slice(&x[..n]);
                    let r = call_bif!(f, &args[..n]);
                    match r {
                        Ok(v) => {
                            x[0] = v;
                            do_return!();
                        }
                        Err(Exc::Trap { export, arity }) => {
                            match vm.resolve(export) {
                                Target::Code { module, ip: entry } => goto_code!(module, entry),
                                _ => raise!(Raise::error(Term::atom(am::UNDEF))),
                            }
                            let _ = arity;
                        }
                        Err(Exc::Yield(v)) => {
                            x[0] = v;
                            do_return!();
                            yield_at_ip!(1);
                        }
                        Err(err) => {
                            // The frame was pushed for a function call; the
                            // BIF's own entry heads the trace.
                            bif_raise!(err, e, &args[..n], Via::Dynamic)
                        }
                    }
                }
                Target::Undefined | Target::Lazy { .. } => {
                    let ex = &vm.code.exports[e as usize];
                    let (mm, ff) = (Term::atom(ex.module), Term::atom(ex.function));
                    let args = p.heap.list(&x[..arity]);
                    raise!(Raise {
                        class: Class::Error,
                        reason: Term::atom(am::UNDEF),
                        top: Top::Bif(mm, ff, args),
                        trace: None
                    })
                }
            }
        }};
    }
    // Call a fun value with `arity` args in x0.. (frame already arranged).
    macro_rules! call_fun {
        ($fun:expr, $arity:expr) => {{
            let fun: Term = $fun;
            let arity = $arity as usize;
            match fun.subtag() {
                Some(Subtag::Fun) => {
                    let fd = ops::fun_def(fun);
                    let nfree = fd.num_free as usize;
                    if arity + nfree != fd.arity as usize {
                        let args = p.heap.list(&x[..arity]);
                        let inner = p.heap.tuple(&[fun, args]);
                        let r = p.heap.tuple(&[Term::atom(am::BADARITY), inner]);
                        raise!(Raise::error(r))
                    }
                    for i in 0..nfree {
                        x[arity + i] = fun.payload_term(2 + i);
                    }
                    let Some(entry) = vm.code.fun_entry(fd) else {
                        raise!(Raise::error(Term::atom(am::UNDEF)))
                    };
                    goto_code!(fd.module, entry);
                    check_reds!(arity + nfree);
                }
                Some(Subtag::Export) => {
                    let e = fun.payload(0) as u32;
                    if vm.code.exports[e as usize].arity as usize != arity {
                        let args = p.heap.list(&x[..arity]);
                        let inner = p.heap.tuple(&[fun, args]);
                        let r = p.heap.tuple(&[Term::atom(am::BADARITY), inner]);
                        raise!(Raise::error(r))
                    }
                    call_export!(e, arity)
                }
                _ => {
                    let r = p.heap.tuple(&[Term::atom(am::BADFUN), fun]);
                    raise!(Raise::error(r))
                }
            }
        }};
    }

    loop {
        // Past the end of a block only in corrupt code (compiled functions
        // end in a jump, a return or a tail call).
        let Some(ins) = code.get(ip) else {
            raise!(Raise::error(Term::atom(am::UNDEF)))
        };
        ip += 1;
        match ins {
            Instr::Move { src, dst } => put!(*dst, get!(*src)),
            Instr::Call { arity, target } => {
                push_frame!();
                jump!(*target);
                check_reds!(*arity);
            }
            Instr::CallLast { arity, target, .. } => {
                dealloc!();
                jump!(*target);
                check_reds!(*arity);
            }
            Instr::CallLazy {
                kind,
                arity,
                func,
                dealloc,
            } => {
                let (kind, arity, func, dealloc) = (*kind, *arity, *func, *dealloc);
                let site = ip - 1;
                let Ok(entry) = vm.code.load_function(m, func) else {
                    raise!(Raise::error(Term::atom(am::UNDEF)))
                };
                // SAFETY: the code server is not borrowed elsewhere, and
                // the slice read at `site` is taken afresh below.
                unsafe {
                    m.area
                        .patch((cbase + site) as u32, kind.call(arity, entry, dealloc))
                };
                code = m.area.segment_at(cbase as u32).1;
                // Run the call it became.
                ip = site;
            }
            Instr::CallOnly { arity, target } => {
                jump!(*target);
                check_reds!(*arity);
            }
            Instr::CallExt { arity, export } => {
                push_frame!();
                call_export!(*export, *arity);
            }
            Instr::CallExtLast { arity, export, .. } => {
                dealloc!();
                call_export!(*export, *arity);
            }
            Instr::CallExtOnly { arity, export } => {
                call_export!(*export, *arity);
            }
            Instr::CallBif {
                arity,
                bif,
                export,
                tail,
            } => {
                let n = *arity as usize;
                let mut args = [Term::NIL; 8];
                args[..n.min(8)].copy_from_slice(&x[..n.min(8)]);
                let r = call_bif!(bif, &args[..n.min(8)]);
                match r {
                    Ok(v) => {
                        x[0] = v;
                        match tail {
                            BifTail::None => {}
                            BifTail::Return => do_return!(),
                            BifTail::DeallocReturn => {
                                dealloc!();
                                do_return!();
                            }
                        }
                    }
                    Err(Exc::Trap {
                        export: te,
                        arity: ta,
                    }) => {
                        match tail {
                            BifTail::None => push_frame!(),
                            BifTail::Return => {}
                            BifTail::DeallocReturn => dealloc!(),
                        }
                        call_export!(te, ta);
                    }
                    Err(Exc::Yield(v)) => {
                        x[0] = v;
                        match tail {
                            BifTail::None => {}
                            BifTail::Return => do_return!(),
                            BifTail::DeallocReturn => {
                                dealloc!();
                                do_return!();
                            }
                        }
                        yield_at_ip!(1);
                    }
                    Err(e) => {
                        let via = match tail {
                            BifTail::None => Via::Instr,
                            _ => Via::TailCall,
                        };
                        bif_raise!(e, *export, &args[..n.min(8)], via)
                    }
                }
            }
            Instr::Bif(op) => {
                let BifOp {
                    bif,
                    export,
                    fail,
                    dst,
                    ..
                } = &**op;
                let args = op.args();
                let mut a = [Term::NIL; 3];
                for (i, s) in args.iter().enumerate() {
                    a[i] = get!(*s);
                }
                let n = args.len();
                match call_bif!(bif, &a[..n]) {
                    Ok(v) => put!(*dst, v),
                    Err(e) => {
                        if *fail != 0 {
                            jump!(*fail);
                        } else {
                            bif_raise!(e, *export, &a[..n], Via::Instr)
                        }
                    }
                }
            }
            Instr::Arith {
                op,
                fail,
                a,
                b,
                dst,
            } => {
                let (va, vb) = (get!(*a), get!(*b));
                if let Some(r) = ops::arith_small(*op, va, vb) {
                    put!(*dst, r);
                } else {
                    let args = [va, vb];
                    // The loader made this instruction only for an import
                    // that is a BIF, and an export of a BIF stays one.
                    let export = vm.code.arith_export(*op);
                    let Target::Bif(bif) = vm.code.exports[export as usize].target else {
                        unreachable!("Arith's export is not a BIF")
                    };
                    match bif(
                        &mut Ctx {
                            vm: &mut *vm,
                            p: &mut *p,
                        },
                        &args,
                    ) {
                        Ok(v) => put!(*dst, v),
                        Err(e) => {
                            if *fail != 0 {
                                jump!(*fail);
                            } else {
                                let via = if trace::inline_arith(*op, *a, *b) {
                                    Via::Inline
                                } else {
                                    Via::Instr
                                };
                                bif_raise!(e, export, &args, via)
                            }
                        }
                    }
                }
            }
            Instr::Allocate {
                stack, heap, live, ..
            } => {
                let (len, n) = (p.stack.len(), *stack as usize);
                let cap = p.stack.capacity();
                p.stack.reserve(n);
                // The stack counts toward max_heap_size, as in OTP where it
                // shares the heap's block: checked each time it grows, so a
                // recursion that allocates nothing on the heap still dies.
                if p.stack.capacity() != cap && p.tuning.max_heap_size != 0 && over_max_heap(vm, p)
                {
                    p.reductions += (budget as i64 - reds).max(0) as u64;
                    return Outcome::Exit(Term::atom(am::KILLED));
                }
                // SAFETY: `reserve` made room for `n` more terms after `len`;
                // each is written (as nil) before `set_len` covers it.
                unsafe {
                    let s = p.stack.as_mut_ptr().add(len);
                    for i in 0..n {
                        s.add(i).write(Term::NIL);
                    }
                    p.stack.set_len(len + n);
                }
                if p.heap.needs_gc(*heap as usize) {
                    gc!(*heap as usize, *live as usize);
                }
            }
            Instr::TestHeap { need, live } => {
                if p.heap.needs_gc(*need as usize) {
                    gc!(*need as usize, *live as usize);
                }
            }
            Instr::Init(d) => put!(*d, Term::NIL),
            Instr::InitYregs(ys) => {
                for &y in ys.iter() {
                    put!(Dst::y(y), Term::NIL);
                }
            }
            Instr::Deallocate(_) => dealloc!(),
            Instr::Trim { n } => {
                let end = yb + *n as usize;
                // Past the frame only in corrupt code.
                if end > p.stack.len() {
                    raise!(Raise::error(Term::atom(am::BADARG)))
                }
                p.stack.drain(yb..end);
            }
            Instr::Return => do_return!(),
            Instr::Send => {
                let (to, msg) = (x[0], x[1]);
                match ops::send(vm, p, to, msg) {
                    Ok(()) => x[0] = msg,
                    Err(_) => {
                        let args = p.heap.list(&[to, msg]);
                        let send = crate::atom::Atom::from_str("send");
                        raise!(Raise {
                            class: Class::Error,
                            reason: Term::atom(am::BADARG),
                            top: Top::BifError(trace::BifFrame {
                                module: am::ERLANG,
                                function: send,
                                args,
                                cause: Term::NON_VALUE,
                                skip_caller: false,
                            }),
                            trace: None
                        })
                    }
                }
            }
            Instr::RemoveMessage => {
                let i = p.recv_next;
                p.mailbox.remove(i);
                p.recv_next = 0;
                p.timeout_at = None;
                p.timed_out = false;
            }
            Instr::Timeout => {
                p.recv_next = 0;
                p.timeout_at = None;
                p.timed_out = false;
            }
            Instr::LoopRec { fail, dst } => {
                if p.recv_next >= p.mailbox.len() {
                    p.take_inbox();
                }
                if p.recv_next < p.mailbox.len() {
                    put!(*dst, p.mailbox[p.recv_next]);
                } else {
                    jump!(*fail);
                }
            }
            Instr::LoopRecEnd(l) => {
                p.recv_next += 1;
                jump!(*l);
            }
            // Every message up to `recv_next` has been looked at; only new
            // arrivals restart the receive loop (an empty `receive ... after`
            // has no loop, so old messages must not wake it).
            Instr::Wait(l) => {
                if p.take_inbox() {
                    jump!(*l);
                } else {
                    p.resume = CodePtr {
                        module: m.index,
                        ip: *l,
                    };
                    wait!();
                }
            }
            Instr::WaitTimeout { label, time } => {
                if p.timed_out {
                    p.timed_out = false;
                    continue; // fall through to `timeout`
                }
                if p.take_inbox() {
                    jump!(*label);
                    continue;
                }
                if p.timeout_at.is_some() {
                    // Woken by a message that did not match: the timer is
                    // armed already, and the time operand's register may
                    // hold something else by now.
                    p.resume = CodePtr {
                        module: m.index,
                        ip: here!() - 1,
                    };
                    wait!();
                }
                let t = get!(*time);
                if t == Term::atom(am::INFINITY) {
                    p.resume = CodePtr {
                        module: m.index,
                        ip: *label,
                    };
                    wait!();
                }
                let ms = match crate::term::integer::to_i64(t) {
                    Some(ms) if ms >= 0 => ms as u64,
                    _ => raise!(Raise::error(Term::atom(am::TIMEOUT_VALUE))),
                };
                if ms == 0 {
                    continue;
                }
                if p.timeout_at.is_none() {
                    let now = vm.host.monotonic_ns();
                    p.timeout_at = Some(now.saturating_add(ms.saturating_mul(1_000_000)));
                }
                p.resume = CodePtr {
                    module: m.index,
                    ip: here!() - 1,
                };
                wait!();
            }
            Instr::RecvMarkerReserve(d) => put!(*d, Term::NIL),
            Instr::RecvMarkerBind { .. } | Instr::RecvMarkerClear(_) | Instr::RecvMarkerUse(_) => {}
            Instr::Compare { op, fail, a, b } => {
                let (a, b) = (get!(*a), get!(*b));
                let ok = if a.is_small() && b.is_small() {
                    let (a, b) = (a.small_value(), b.small_value());
                    match op {
                        Cmp::Lt => a < b,
                        Cmp::Ge => a >= b,
                        Cmp::Eq | Cmp::EqExact => a == b,
                        Cmp::Ne | Cmp::NeExact => a != b,
                    }
                } else {
                    match op {
                        Cmp::Lt => compare(a, b) == Ordering::Less,
                        Cmp::Ge => compare(a, b) != Ordering::Less,
                        Cmp::Eq => eq(a, b),
                        Cmp::Ne => !eq(a, b),
                        Cmp::EqExact => a == b || exact_eq(a, b),
                        Cmp::NeExact => a != b && !exact_eq(a, b),
                    }
                };
                if !ok {
                    jump!(*fail);
                }
            }
            Instr::IsType { test, fail, src } => {
                if !ops::type_test(*test, get!(*src)) {
                    jump!(*fail);
                }
            }
            Instr::IsFunction2 { fail, src, arity } => {
                let (f, a) = (get!(*src), get!(*arity));
                if ops::fun_arity(vm, f).map(|n| n as isize) != a.as_small()
                    || a.as_small().is_none()
                {
                    jump!(*fail);
                }
            }
            Instr::TestArity { fail, src, arity } => match get!(*src).as_tuple() {
                Some(t) if t.len() == *arity as usize => {}
                _ => jump!(*fail),
            },
            Instr::IsTaggedTuple {
                fail,
                src,
                arity,
                tag,
            } => match get!(*src).as_tuple() {
                Some(t) if t.len() == *arity as usize && t[0] == *tag => {}
                _ => jump!(*fail),
            },
            Instr::SelectVal { src, fail, table } => {
                let v = get!(*src);
                let mut target = *fail;
                for &(k, l) in table.iter() {
                    if k == v || (!v.is_immediate() && exact_eq(k, v)) {
                        target = l;
                        break;
                    }
                }
                jump!(target);
            }
            Instr::SelectTupleArity { src, fail, table } => {
                let v = get!(*src);
                let mut target = *fail;
                if let Some(t) = v.as_tuple() {
                    for &(a, l) in table.iter() {
                        if a as usize == t.len() {
                            target = l;
                            break;
                        }
                    }
                }
                jump!(target);
            }
            Instr::Jump(l) => jump!(*l),
            Instr::Catch { y, handler } | Instr::Try { y, handler } => {
                put!(Dst::y(*y), Term::catch(*handler as usize));
            }
            Instr::CatchEnd(y) => {
                put!(Dst::y(*y), Term::NIL);
                if !x[0].is_value() {
                    x[0] = trace::catch_value(p, x[1], x[2], x[3]);
                }
            }
            Instr::TryEnd(y) => {
                put!(Dst::y(*y), Term::NIL);
            }
            Instr::TryCase(y) => {
                put!(Dst::y(*y), Term::NIL);
                x[0] = x[1];
                x[1] = x[2];
                x[2] = x[3];
            }
            Instr::TryCaseEnd(s) => {
                let v = get!(*s);
                let r = p.heap.tuple(&[Term::atom(am::TRY_CLAUSE), v]);
                raise!(Raise::error(r))
            }
            Instr::Raise { trace, value } => {
                let (tr, v) = (get!(*trace), get!(*value));
                let class = Class::from_term(p.exc.class).unwrap_or(Class::Error);
                raise!(Raise {
                    class,
                    reason: v,
                    top: Top::Current,
                    trace: Some(tr)
                })
            }
            Instr::RawRaise => match Class::from_term(x[0]) {
                Some(class) => raise!(Raise {
                    class,
                    reason: x[1],
                    top: Top::Current,
                    trace: Some(x[2])
                }),
                None => x[0] = Term::atom(am::BADARG),
            },
            Instr::BuildStacktrace => {}
            Instr::Swap(a, b) => {
                let (va, vb) = (get!(d2s(*a)), get!(d2s(*b)));
                put!(*a, vb);
                put!(*b, va);
            }
            // The compiler only reads cells and elements it has tested for;
            // corrupt code that does not gets `badarg`, not a wild read.
            Instr::GetList { src, head, tail } => {
                let Some((h, t)) = get!(*src).as_cons() else {
                    raise!(Raise::error(Term::atom(am::BADARG)))
                };
                put!(*head, h);
                put!(*tail, t);
            }
            Instr::GetHd { src, dst } => match get!(*src).as_cons() {
                Some((h, _)) => put!(*dst, h),
                None => raise!(Raise::error(Term::atom(am::BADARG))),
            },
            Instr::GetTl { src, dst } => match get!(*src).as_cons() {
                Some((_, t)) => put!(*dst, t),
                None => raise!(Raise::error(Term::atom(am::BADARG))),
            },
            Instr::GetTupleElement { src, index, dst } => {
                match get!(*src).as_tuple().and_then(|e| e.get(*index as usize)) {
                    Some(&e) => put!(*dst, e),
                    None => raise!(Raise::error(Term::atom(am::BADARG))),
                }
            }
            Instr::SetTupleElement {
                value,
                tuple,
                index,
            } => {
                let (v, t) = (get!(*value), get!(*tuple));
                ops::set_element_in_place(t, *index as usize, v);
            }
            Instr::PutList { head, tail, dst } => {
                let (h, t) = (get!(*head), get!(*tail));
                put!(*dst, p.heap.cons(h, t));
            }
            Instr::PutTuple { dst, elems } => {
                let (t, payload) = p.heap.alloc_boxed(Subtag::Tuple, elems.len());
                let payload: *mut usize = payload.as_mut_ptr();
                for (i, e) in elems.iter().enumerate() {
                    let v = get!(*e);
                    // SAFETY: payload has elems.len() words, freshly allocated.
                    unsafe { *payload.add(i) = v.raw() };
                }
                put!(*dst, t);
            }
            Instr::Badmatch(s) => {
                let v = get!(*s);
                let r = p.heap.tuple(&[Term::atom(am::BADMATCH), v]);
                raise!(Raise::error(r))
            }
            Instr::IfEnd => raise!(Raise::error(Term::atom(am::IF_CLAUSE))),
            Instr::CaseEnd(s) => {
                let v = get!(*s);
                let r = p.heap.tuple(&[Term::atom(am::CASE_CLAUSE), v]);
                raise!(Raise::error(r))
            }
            Instr::Badrecord(s) => {
                let v = get!(*s);
                let r = p.heap.tuple(&[Term::atom(am::BADRECORD), v]);
                raise!(Raise::error(r))
            }
            Instr::FuncInfo {
                module,
                function,
                arity,
            } => {
                let args = p.heap.list(&x[..*arity as usize]);
                let _ = (module, function);
                raise!(Raise {
                    class: Class::Error,
                    reason: Term::atom(am::FUNCTION_CLAUSE),
                    top: Top::Args(args),
                    trace: None
                })
            }
            Instr::CallFun { arity, tail } => {
                let f = x[*arity as usize];
                match tail {
                    BifTail::None => push_frame!(),
                    BifTail::Return => {}
                    BifTail::DeallocReturn => dealloc!(),
                }
                call_fun!(f, *arity);
            }
            Instr::CallFun2 { fun, arity, tail } => {
                // Read before a tail call drops the Y registers.
                let f = get!(*fun);
                match tail {
                    BifTail::None => push_frame!(),
                    BifTail::Return => {}
                    BifTail::DeallocReturn => dealloc!(),
                }
                call_fun!(f, *arity);
            }
            Instr::MakeFun { fun, dst, env } => {
                let fd = &m.funs[*fun as usize];
                let (t, payload) = p.heap.alloc_boxed(Subtag::Fun, 2 + env.len());
                payload[0] = fd as *const _ as usize;
                payload[1] = Term::pid(p.pid).raw();
                let payload: *mut usize = payload.as_mut_ptr();
                for (i, e) in env.iter().enumerate() {
                    let v = get!(*e);
                    // SAFETY: payload has 2 + env.len() fresh words.
                    unsafe { *payload.add(2 + i) = v.raw() };
                }
                put!(*dst, t);
            }
            Instr::Apply {
                arity,
                tail,
                fun_arity,
            } => {
                match tail {
                    BifTail::None => push_frame!(),
                    BifTail::Return => {}
                    BifTail::DeallocReturn => dealloc!(),
                }
                // Bad arguments fail as `erlang:apply/2,3` does in OTP, with
                // its own entry.
                macro_rules! apply_badarg {
                    ($args:expr) => {{
                        let top = trace::apply_error(p, $args);
                        raise!(Raise {
                            class: Class::Error,
                            reason: Term::atom(am::BADARG),
                            top,
                            trace: None
                        })
                    }};
                }
                if *fun_arity == 2 {
                    let (f, args) = (x[0], x[1]);
                    match ops::list_to_x(args, x) {
                        Some(n) => call_fun!(f, n),
                        None => apply_badarg!(&[f, args]),
                    }
                } else {
                    let (md, fnn, n, args) = if *fun_arity == 3 {
                        let (md, fnn, args) = (x[0], x[1], x[2]);
                        match ops::list_to_x(args, x) {
                            Some(n) => (md, fnn, n, args),
                            None => apply_badarg!(&[md, fnn, args]),
                        }
                    } else {
                        let n = *arity as usize;
                        (x[n], x[n + 1], n, Term::NON_VALUE)
                    };
                    match (md.as_atom(), fnn.as_atom()) {
                        (Some(ma), Some(fa)) => {
                            let e = vm.code.export(ma, fa, n as u32);
                            call_export!(e, n);
                        }
                        _ => {
                            let args = if args.is_value() {
                                args
                            } else {
                                p.heap.list(&x[..n])
                            };
                            apply_badarg!(&[md, fnn, args])
                        }
                    }
                }
            }
            Instr::PutMap(op) => {
                let PutMapOp {
                    exact,
                    fail,
                    src,
                    dst,
                    pairs,
                } = &**op;
                let mut mp = get!(*src);
                if !mp.is_map() {
                    if *fail != 0 {
                        jump!(*fail);
                        continue;
                    }
                    let r = p.heap.tuple(&[Term::atom(am::BADMAP), mp]);
                    raise!(Raise::error(r))
                }
                let mut bad = None;
                for &(k, v) in pairs.iter() {
                    let (k, v) = (get!(k), get!(v));
                    if *exact {
                        match map::update(&mut p.heap, mp, k, v) {
                            Some(n) => mp = n,
                            None => {
                                bad = Some(k);
                                break;
                            }
                        }
                    } else {
                        mp = map::put(&mut p.heap, mp, k, v);
                    }
                }
                if let Some(k) = bad {
                    if *fail != 0 {
                        jump!(*fail);
                        continue;
                    }
                    let r = p.heap.tuple(&[Term::atom(am::BADKEY), k]);
                    raise!(Raise::error(r))
                }
                put!(*dst, mp);
            }
            Instr::HasMapFields { fail, src, keys } => {
                let mp = get!(*src);
                // The compiler tests is_map first; corrupt code may not.
                if !mp.is_map() {
                    jump!(*fail);
                    continue;
                }
                for &k in keys.iter() {
                    if map::get(mp, get!(k)).is_none() {
                        jump!(*fail);
                        break;
                    }
                }
            }
            Instr::GetMapElements { fail, src, pairs } => {
                let mp = get!(*src);
                if !mp.is_map() {
                    jump!(*fail);
                    continue;
                }
                let mut vals = [Term::NIL; 16];
                let mut ok = true;
                if pairs.len() <= 16 {
                    for (i, &(k, _)) in pairs.iter().enumerate() {
                        match map::get(mp, get!(k)) {
                            Some(v) => vals[i] = v,
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    if ok {
                        for (i, &(_, d)) in pairs.iter().enumerate() {
                            put!(d, vals[i]);
                        }
                    }
                } else {
                    for &(k, d) in pairs.iter() {
                        match map::get(mp, get!(k)) {
                            Some(v) => put!(d, v),
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                }
                if !ok {
                    jump!(*fail);
                }
            }
            Instr::UpdateRecord(op) => {
                let UpdateRecordOp {
                    src, dst, updates, ..
                } = &**op;
                let t = get!(*src);
                let elems = t.as_tuple().unwrap_or(&[]);
                let n = elems.len();
                let (nt, payload) = p.heap.alloc_boxed(Subtag::Tuple, n);
                let payload: *mut usize = payload.as_mut_ptr();
                for (i, e) in elems.iter().enumerate() {
                    // SAFETY: n fresh words.
                    unsafe { *payload.add(i) = e.raw() };
                }
                for &(i, v) in updates.iter() {
                    let v = get!(v);
                    if (i as usize) >= 1 && (i as usize) <= n {
                        // SAFETY: index checked against n.
                        unsafe { *payload.add(i as usize - 1) = v.raw() };
                    }
                }
                put!(*dst, nt);
            }
            Instr::FClearError | Instr::FCheckError(_) => {}
            Instr::FMoveToF { src, freg } => {
                let v = get!(*src).as_float().unwrap_or(0.0);
                ops::set_freg(p, *freg, v);
            }
            Instr::FMoveFromF { freg, dst } => {
                let v = p.fregs[*freg as usize];
                put!(*dst, p.heap.float(v));
            }
            Instr::FMoveFF { from, to } => {
                let v = p.fregs[*from as usize];
                ops::set_freg(p, *to, v);
            }
            Instr::FConv { src, freg } => {
                let v = get!(*src);
                match ops::to_f64(v) {
                    Some(f) => ops::set_freg(p, *freg, f),
                    None => raise!(Raise::error(Term::atom(am::BADARITH))),
                }
            }
            Instr::FArith {
                op,
                fail,
                a,
                b,
                dst,
            } => {
                let (a, b) = (p.fregs[*a as usize], p.fregs[*b as usize]);
                let r = match op {
                    FloatOp::Add => a + b,
                    FloatOp::Sub => a - b,
                    FloatOp::Mul => a * b,
                    FloatOp::Div => a / b,
                };
                if !r.is_finite() {
                    if *fail != 0 {
                        jump!(*fail);
                        continue;
                    }
                    raise!(Raise::error(Term::atom(am::BADARITH)))
                }
                ops::set_freg(p, *dst, r);
            }
            Instr::FNegate { src, dst } => {
                let v = -p.fregs[*src as usize];
                ops::set_freg(p, *dst, v);
            }
            Instr::BsCreateBin(op) => {
                let BsCreateBinOp {
                    fail,
                    live,
                    dst,
                    segs,
                    ..
                } = &**op;
                // Binaries made and dropped count toward a collection
                // (`Heap::bin_words`, which marks the block full): a loop
                // that only builds binaries collects here, as BEAM's
                // bs_create_bin tests its binary virtual heap.
                if p.heap.needs_gc(1) {
                    gc!(0, *live as usize);
                }
                let mut ev = alloc::vec::Vec::with_capacity(segs.len());
                for s in segs.iter() {
                    ev.push(bits::Seg {
                        kind: s.kind,
                        seg: s.seg,
                        unit: s.unit,
                        flags: s.flags,
                        value: get!(s.src),
                        size: get!(s.size),
                    });
                }
                match bits::create_bin(&mut p.heap, &ev, &m.strings) {
                    Ok(t) => put!(*dst, t),
                    Err(e) => {
                        if *fail != 0 {
                            jump!(*fail);
                            continue;
                        }
                        let reason = match e {
                            bits::CreateError::SystemLimit => am::SYSTEM_LIMIT,
                            bits::CreateError::Badarith => am::BADARITH,
                            _ => am::BADARG,
                        };
                        let top = trace::bs_create_top(p, &ev, &m.strings);
                        raise!(Raise {
                            class: Class::Error,
                            reason: Term::atom(reason),
                            top,
                            trace: None
                        })
                    }
                }
            }
            Instr::BsStartMatch { fail, src, dst, .. } => {
                let v = get!(*src);
                match bits::start_match(&mut p.heap, v) {
                    Some(c) => put!(*dst, c),
                    None => {
                        if *fail != 0 {
                            jump!(*fail);
                        } else {
                            let r = p.heap.tuple(&[Term::atom(am::BADMATCH), v]);
                            raise!(Raise::error(r))
                        }
                    }
                }
            }
            Instr::BsGetPosition { ctx, dst } => {
                let c = get!(*ctx);
                put!(*dst, Term::small(bits::ctx_pos(c) as isize));
            }
            Instr::BsSetPosition { ctx, pos } => {
                let (c, ps) = (get!(*ctx), get!(*pos));
                bits::set_ctx_pos(c, ps.small_value() as usize);
            }
            Instr::BsGetTail { ctx, dst } => {
                let c = get!(*ctx);
                put!(*dst, bits::get_tail(&mut p.heap, c));
            }
            Instr::BsTestTail { fail, ctx, bits: n } => {
                if bits::ctx_remaining(get!(*ctx)) != *n as usize {
                    jump!(*fail);
                }
            }
            Instr::BsTestUnit { fail, ctx, unit } => {
                let u = (*unit).max(1) as usize;
                if !bits::ctx_remaining(get!(*ctx)).is_multiple_of(u) {
                    jump!(*fail);
                }
            }
            Instr::BsGet(op) => {
                let BsGetOp {
                    kind,
                    fail,
                    ctx,
                    size,
                    unit,
                    flags,
                    dst,
                } = &**op;
                let c = get!(*ctx);
                let sz = get!(*size);
                let nbits = if sz == Term::atom(am::ALL) {
                    let r = bits::ctx_remaining(c);
                    if *unit > 1 && !r.is_multiple_of(*unit as usize) {
                        jump!(*fail);
                        continue;
                    }
                    Some(r)
                } else {
                    match sz.as_small() {
                        Some(s) if s >= 0 => (s as usize).checked_mul(*unit as usize),
                        _ => None,
                    }
                };
                let r = match nbits {
                    None => None,
                    Some(n) => match kind {
                        BsGetKind::Integer => bits::get_integer(&mut p.heap, c, n, *flags),
                        BsGetKind::Float => bits::get_float(&mut p.heap, c, n, *flags),
                        BsGetKind::Binary => bits::get_binary(&mut p.heap, c, n),
                    },
                };
                match r {
                    Some(v) => put!(*dst, v),
                    None => jump!(*fail),
                }
            }
            Instr::BsSkipBits {
                fail,
                ctx,
                size,
                unit,
            } => {
                let c = get!(*ctx);
                let sz = get!(*size);
                let n = if sz == Term::atom(am::ALL) {
                    Some(bits::ctx_remaining(c))
                } else {
                    sz.as_small()
                        .filter(|&s| s >= 0)
                        .and_then(|s| (s as usize).checked_mul(*unit as usize))
                };
                if !n.is_some_and(|n| bits::skip_bits(c, n)) {
                    jump!(*fail);
                }
            }
            Instr::BsMatchString {
                fail,
                ctx,
                bits: n,
                offset,
            } => {
                let c = get!(*ctx);
                let start = *offset as usize;
                let len = (*n as usize).div_ceil(8);
                let ok = m
                    .strings
                    .get(start..start + len)
                    .is_some_and(|s| bits::match_string(c, s, *n as usize));
                if !ok {
                    jump!(*fail);
                }
            }
            Instr::BsGetUtf {
                fail,
                ctx,
                width,
                flags,
                dst,
            } => {
                let c = get!(*ctx);
                match bits::get_utf(c, *width, *flags) {
                    Some(cp) => put!(*dst, Term::small(cp as isize)),
                    None => jump!(*fail),
                }
            }
            Instr::BsSkipUtf {
                fail,
                ctx,
                width,
                flags,
            } => {
                if bits::get_utf(get!(*ctx), *width, *flags).is_none() {
                    jump!(*fail);
                }
            }
            Instr::BsMatch { fail, ctx, cmds } => {
                let c = get!(*ctx);
                if !ops::bs_match(p, x, c, cmds) {
                    jump!(*fail);
                }
            }
            Instr::BsContextToBinary(_) => {}
            Instr::BsInitWritable => x[0] = p.heap.binary(&[]),
            Instr::IntCodeEnd => raise!(Raise::error(Term::atom(am::UNDEF))),
        }
    }
}

fn d2s(d: Dst) -> Src {
    Src::from(d)
}

/// The exit reason of a process dying from an uncaught exception.
fn exit_reason(p: &mut Process, class: Class, reason: Term, trace: Term) -> Term {
    p.exc.class = class.atom();
    p.exc.reason = reason;
    p.exc.trace = trace;
    p.log_exit = class != Class::Exit;
    match class {
        Class::Exit => reason,
        Class::Error => p.heap.tuple(&[reason, trace]),
        Class::Throw => {
            let inner = p.heap.tuple(&[Term::atom(am::NOCATCH), reason]);
            p.heap.tuple(&[inner, trace])
        }
    }
}

/// Switches out a process whose `erlang:hibernate/3` has set it up to wake
/// in its function: it sleeps unless messages are queued already, in which
/// case it wakes at once, as OTP.
fn hibernated(p: &Process) -> Outcome {
    if p.mailbox.is_empty() && p.inbox.is_empty() {
        Outcome::Wait
    } else {
        Outcome::Yield
    }
}

/// After a collection: whether the process (heap and stack) is bigger than
/// its `max_heap_size` and must be killed for it. With `error_logger` set
/// the system logger gets OTP's "maximum heap size reached" report.
pub fn over_max_heap(vm: &mut Vm, p: &Process) -> bool {
    let t = &p.tuning;
    // One word per frame, for its continuation pointer, as on OTP's stack.
    let total = p.heap.used_words() + p.stack.len() + p.frames.len();
    if !t.max_heap_kill || total <= t.max_heap_size {
        return false;
    }
    if t.max_heap_log {
        crate::bif::erlang::syslog::report_max_heap(vm, p, total);
    }
    true
}

/// Starts a process whose `resume` is [`ENTER_EXPORT`] or
/// [`ENTER_HIBERNATED`], with the arguments in x0..: points `resume` at the
/// function's code (`None`: run from there), or calls the BIF and ends the
/// process as a return from it would, or raises `undef`.
fn enter(vm: &mut Vm, p: &mut Process, x: &mut [Term]) -> Option<Outcome> {
    let mut e = p.resume.ip;
    // A BIF may trap to a function, which may be another BIF.
    for _ in 0..16 {
        let ex = &vm.code.exports[e as usize];
        let (em, ef, ar) = (ex.module, ex.function, ex.arity as usize);
        let f = match vm.resolve(e) {
            Target::Code { module, ip } => {
                p.resume = CodePtr { module, ip };
                return None;
            }
            Target::Bif(f) => f,
            Target::Undefined | Target::Lazy { .. } => break,
        };
        let n = ar.min(8);
        let mut args = [Term::NIL; 8];
        args[..n].copy_from_slice(&x[..n]);
        let r = f(
            &mut Ctx {
                vm: &mut *vm,
                p: &mut *p,
            },
            &args[..n],
        );
        let err = match r {
            Ok(_) | Err(Exc::Yield(_)) => return Some(Outcome::Exit(Term::atom(am::NORMAL))),
            Err(Exc::Trap { export, .. }) => {
                e = export;
                continue;
            }
            Err(Exc::Hibernate) => return Some(hibernated(p)),
            Err(Exc::Terminate(reason)) => return Some(Outcome::Exit(reason)),
            Err(err) => err,
        };
        // Nothing called the BIF: its own entry is the whole trace.
        let (class, reason, trace) = match trace::bif_top(p, em, ef, &args[..n], err, Via::Dynamic)
        {
            Some((class, reason, top)) => (class, reason, trace::build(vm, p, EXIT_CP, top)),
            None => match err {
                Exc::RaiseTrace {
                    class,
                    reason,
                    trace,
                } => (class, reason, trace),
                _ => (Class::Error, Term::atom(am::BADARG), Term::NIL),
            },
        };
        return Some(Outcome::Exit(exit_reason(p, class, reason, trace)));
    }
    // Not defined (or trapping without end): `undef`, naming the call.
    let ex = &vm.code.exports[e as usize];
    let (m, f, ar) = (Term::atom(ex.module), Term::atom(ex.function), ex.arity);
    let args = p.heap.list(&x[..ar as usize]);
    let tr = trace::build(vm, p, EXIT_CP, Top::Bif(m, f, args));
    Some(Outcome::Exit(exit_reason(
        p,
        Class::Error,
        Term::atom(am::UNDEF),
        tr,
    )))
}
