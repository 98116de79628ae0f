//! Helpers the dispatch loop calls out of line: type tests, sends, funs,
//! float registers and OTP 26+ `bs_match` command lists.

use super::bits;
use super::instr::{ArithOp, BsCmd, Dst, DstKind, TypeTest};
use crate::code::FunDef;
use crate::process::Process;
use crate::term::boxed::Subtag;
use crate::term::Term;
use crate::vm::Vm;

/// `a op b` when both are small integers and so is the result; `None`
/// sends the operation to the operator's BIF (bignums, floats, errors,
/// overflow), which computes the same value for the cases handled here.
#[inline(always)]
pub fn arith_small(op: ArithOp, a: Term, b: Term) -> Option<Term> {
    if !(a.is_small() && b.is_small()) {
        return None;
    }
    // Small integers have at most 60 bits, so `+` and `-` cannot overflow.
    let (x, y) = (a.small_value() as i64, b.small_value() as i64);
    let r = match op {
        ArithOp::Add => x + y,
        ArithOp::Sub => x - y,
        ArithOp::Mul => x.checked_mul(y)?,
        ArithOp::Div => x.checked_div(y)?,
        ArithOp::Rem => x.checked_rem(y)?,
        ArithOp::Band => x & y,
        ArithOp::Bor => x | y,
        ArithOp::Bxor => x ^ y,
        ArithOp::Bsl => {
            if !(0..64).contains(&y) {
                return None;
            }
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        ArithOp::Bsr => {
            if !(0..64).contains(&y) {
                return None;
            }
            x >> y
        }
    };
    Term::try_small(r)
}

#[inline(always)]
pub fn type_test(test: TypeTest, v: Term) -> bool {
    match test {
        TypeTest::Integer => v.is_integer(),
        TypeTest::Float => v.is_float(),
        TypeTest::Number => v.is_number(),
        TypeTest::Atom => v.is_atom(),
        TypeTest::Pid => v.is_pid(),
        TypeTest::Reference => v.is_ref(),
        TypeTest::Port => v.is_port(),
        TypeTest::Nil => v.is_nil(),
        TypeTest::Binary => crate::term::binary::is_binary(v),
        TypeTest::List => v.is_list() || v.is_nil(),
        TypeTest::NonEmptyList => v.is_list(),
        TypeTest::Tuple => v.is_tuple(),
        TypeTest::Map => v.is_map(),
        TypeTest::Boolean => v.is_boolean(),
        TypeTest::Bitstr => v.is_bitstring(),
        TypeTest::Function => v.is_fun(),
    }
}

/// The `FunDef` of a closure term.
pub fn fun_def(f: Term) -> &'static FunDef {
    // SAFETY: payload word 0 of a Fun object is a pointer to a FunDef inside
    // a loaded module, and modules are never freed.
    unsafe { &*(f.payload(0) as *const FunDef) }
}

/// The arity a fun value is called with.
pub fn fun_arity(vm: &Vm, f: Term) -> Option<u32> {
    match f.subtag()? {
        Subtag::Fun => {
            let fd = fun_def(f);
            Some(fd.arity - fd.num_free)
        }
        Subtag::Export => Some(vm.code.exports[f.payload(0)].arity),
        _ => None,
    }
}

/// Spreads a proper list into x0..; the number of elements, or None.
pub fn list_to_x(mut l: Term, x: &mut [Term]) -> Option<usize> {
    let mut n = 0;
    let mut tmp = [Term::NIL; 256];
    while let Some((h, t)) = l.as_cons() {
        if n >= 255 {
            return None;
        }
        tmp[n] = h;
        n += 1;
        l = t;
    }
    if !l.is_nil() {
        return None;
    }
    x[..n].copy_from_slice(&tmp[..n]);
    Some(n)
}

/// `set_tuple_element`: the compiler only uses it on a tuple it just built.
pub fn set_element_in_place(t: Term, index: usize, v: Term) {
    if t.as_tuple().is_some_and(|e| index < e.len()) {
        // SAFETY: index checked; the tuple is freshly built by this process.
        unsafe { *t.ptr().add(1 + index) = v.raw() };
    }
}

pub fn set_freg(p: &mut Process, r: u32, v: f64) {
    let r = r as usize;
    if p.fregs.len() <= r {
        p.fregs.resize(r + 1, 0.0);
    }
    p.fregs[r] = v;
}

pub fn to_f64(t: Term) -> Option<f64> {
    if let Some(i) = t.as_small() {
        return Some(i as f64);
    }
    if let Some(f) = t.as_float() {
        return Some(f);
    }
    if t.is_bignum() {
        let b = crate::term::integer::to_bigint(t)?;
        let f = num_traits::ToPrimitive::to_f64(&b)?;
        return if f.is_finite() { Some(f) } else { None };
    }
    None
}

/// A send to something that is neither a pid nor a registered name.
#[derive(Debug)]
pub struct BadDestination;

/// `Pid ! Msg` / `erlang:send/2`.
pub fn send(vm: &mut Vm, p: &mut Process, to: Term, msg: Term) -> Result<(), BadDestination> {
    let pid = if to.is_pid() {
        to.pid_value()
    } else if let Some(a) = to.as_atom() {
        *vm.registered.get(&a).ok_or(BadDestination)?
    } else if let Some(&[name, node]) = to.as_tuple() {
        // `{Name, Node} ! Msg`: only this node exists. A message for an
        // unregistered name or another node is dropped silently, as a
        // non-distributed OTP node does.
        if !node.is_atom() || !name.is_atom() {
            return Err(BadDestination);
        }
        if node != Term::atom(crate::atom::am::NONODE) {
            return Ok(());
        }
        match vm.registered.get(&name.atom_value()) {
            Some(&pid) => pid,
            None => return Ok(()),
        }
    } else if to.is_ref() {
        // An alias: deliver to its owner, or drop silently when inactive.
        let id = crate::term::boxed::ref_value(to);
        match crate::bif::erlang::signals::alias_owner(vm, id) {
            Some(pid) => pid,
            None => return Ok(()),
        }
    } else {
        return Err(BadDestination);
    };
    vm.send_from(p, pid, msg);
    Ok(())
}

/// Runs an OTP 26+ `bs_match` command list; false = match failed.
pub fn bs_match(p: &mut Process, x: &mut [Term], ctx: Term, cmds: &[BsCmd]) -> bool {
    let yb = p.frames.last().map_or(0, |f| f.ybase as usize);
    let mut put = |p: &mut Process, d: Dst, v: Term| match d.kind() {
        DstKind::X(r) => x[r as usize] = v,
        DstKind::Y(r) => p.stack[yb + r as usize] = v,
    };
    for c in cmds {
        match *c {
            BsCmd::EnsureAtLeast { size, unit } => {
                let r = bits::ctx_remaining(ctx);
                if r < size as usize
                    || (unit > 1 && !(r - size as usize).is_multiple_of(unit as usize))
                {
                    return false;
                }
            }
            BsCmd::EnsureExactly { size } => {
                if bits::ctx_remaining(ctx) != size as usize {
                    return false;
                }
            }
            BsCmd::Integer {
                flags,
                size,
                unit,
                dst,
                ..
            } => match bits::get_integer(&mut p.heap, ctx, (size * unit) as usize, flags) {
                Some(v) => put(p, dst, v),
                None => return false,
            },
            BsCmd::Binary {
                size, unit, dst, ..
            } => match bits::get_binary(&mut p.heap, ctx, (size * unit) as usize) {
                Some(v) => put(p, dst, v),
                None => return false,
            },
            BsCmd::GetTail { dst, .. } => {
                let v = bits::get_tail(&mut p.heap, ctx);
                put(p, dst, v);
            }
            BsCmd::Skip { bits: n } => {
                if !bits::skip_bits(ctx, n as usize) {
                    return false;
                }
            }
            BsCmd::EqInt { bits: n, value } => {
                if !bits::eq_int(ctx, n as usize, value) {
                    return false;
                }
            }
        }
    }
    true
}
