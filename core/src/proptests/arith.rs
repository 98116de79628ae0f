//! Integer BIFs against `dashu_int` (the VM computes with num-bigint).
//!
//! Erlang semantics: `div`/`rem` truncate toward zero (`rem` has the sign of
//! the dividend), the bitwise operators work on infinite two's complement,
//! `bsr` rounds toward negative infinity, and a negative shift count shifts
//! the other way. Every result must be canonical: a small integer when it
//! fits, a bignum otherwise ([`read_int`] checks the words).

use super::{config, int_strategy, read_int, to_num};
use crate::atom::{am, Atom};
use crate::bif::convert::testkit::Rig;
use crate::bif::{BifResult, Class, Ctx, Exc};
use crate::process::Process;
use crate::term::Term;
use alloc::string::String;
use core::cell::RefCell;
use dashu_int::IBig;
use proptest::prelude::*;

std::thread_local! {
    static RIG: RefCell<Rig> = RefCell::new(Rig::new());
}

/// Calls `erlang:F/N` on the rig's process.
fn call(rig: &mut Rig, f: &str, args: &[Term]) -> BifResult {
    let key = (
        Atom::from_str("erlang"),
        Atom::from_str(f),
        args.len() as u32,
    );
    let bif = *rig.vm.code.bifs.get(&key).expect("BIF registered");
    let mut ctx = Ctx {
        vm: &mut rig.vm,
        p: &mut rig.p,
    };
    bif(&mut ctx, args)
}

/// What an operation should give: a value or an error reason.
enum Want {
    Val(IBig),
    Err(Atom),
}

fn check(what: &str, got: BifResult, want: Want) -> Result<(), String> {
    match (got, want) {
        (Ok(t), Want::Val(v)) => {
            let g = read_int(t).map_err(|e| alloc::format!("{what}: {e}"))?;
            if g != v {
                return Err(alloc::format!("{what} = {g}, want {v}"));
            }
        }
        (
            Err(Exc::Raise {
                class: Class::Error,
                reason,
            }),
            Want::Err(a),
        ) if reason == Term::atom(a) => {}
        (Ok(t), Want::Err(a)) => {
            return Err(alloc::format!(
                "{what} = {:?}, want error {:?}",
                read_int(t),
                core::str::from_utf8(a.name())
            ))
        }
        (Err(e), Want::Val(v)) => return Err(alloc::format!("{what} raised {e:?}, want {v}")),
        (Err(e), Want::Err(a)) => {
            return Err(alloc::format!(
                "{what} raised {e:?}, want {:?}",
                core::str::from_utf8(a.name())
            ))
        }
    }
    Ok(())
}

/// `x` shifted left by `n` (right, rounding down, for negative `n`).
fn shift_left(x: &IBig, n: i64) -> IBig {
    if n >= 0 {
        x.clone() << n as usize
    } else {
        x.clone() >> n.unsigned_abs() as usize
    }
}

fn run(x: &IBig, y: &IBig, s: i64) -> Result<(), String> {
    RIG.with(|rig| {
        let rig = &mut *rig.borrow_mut();
        rig.p = Process::new(1);
        let a = rig.p.heap.bigint(&to_num(x));
        let b = rig.p.heap.bigint(&to_num(y));
        // The arguments themselves must be canonical.
        if read_int(a)? != *x || read_int(b)? != *y {
            return Err("argument built wrongly".into());
        }
        let zero = *y == IBig::ZERO;
        let bin: [(&str, Want); 8] = [
            ("+", Want::Val(x + y)),
            ("-", Want::Val(x - y)),
            ("*", Want::Val(x * y)),
            (
                "div",
                if zero {
                    Want::Err(am::BADARITH)
                } else {
                    Want::Val(x / y)
                },
            ),
            (
                "rem",
                if zero {
                    Want::Err(am::BADARITH)
                } else {
                    Want::Val(x % y)
                },
            ),
            ("band", Want::Val(x & y)),
            ("bor", Want::Val(x | y)),
            ("bxor", Want::Val(x ^ y)),
        ];
        for (op, want) in bin {
            let got = call(rig, op, &[a, b]);
            check(&alloc::format!("{x} {op} {y}"), got, want)?;
        }
        check(
            &alloc::format!("bnot {x}"),
            call(rig, "bnot", &[a]),
            Want::Val(!x.clone()),
        )?;
        check(&alloc::format!("-{x}"), call(rig, "-", &[a]), Want::Val(-x))?;
        check(
            &alloc::format!("abs({x})"),
            call(rig, "abs", &[a]),
            Want::Val(if *x < IBig::ZERO { -x } else { x.clone() }),
        )?;
        let st = Term::small(s as isize);
        check(
            &alloc::format!("{x} bsl {s}"),
            call(rig, "bsl", &[a, st]),
            Want::Val(shift_left(x, s)),
        )?;
        check(
            &alloc::format!("{x} bsr {s}"),
            call(rig, "bsr", &[a, st]),
            Want::Val(shift_left(x, -s)),
        )?;
        // Bignum shift counts: only the sign survives a huge right shift;
        // a huge left shift of anything but 0 is a system_limit.
        let huge = rig.p.heap.bigint(&to_num(&(IBig::ONE << 100)));
        let neg_huge = rig.p.heap.bigint(&to_num(&-(IBig::ONE << 100)));
        let sign = IBig::from(if *x < IBig::ZERO { -1 } else { 0 });
        let left = || {
            if *x == IBig::ZERO {
                Want::Val(IBig::ZERO)
            } else {
                Want::Err(am::SYSTEM_LIMIT)
            }
        };
        check(
            &alloc::format!("{x} bsr 2^100"),
            call(rig, "bsr", &[a, huge]),
            Want::Val(sign.clone()),
        )?;
        check(
            &alloc::format!("{x} bsl -2^100"),
            call(rig, "bsl", &[a, neg_huge]),
            Want::Val(sign),
        )?;
        check(
            &alloc::format!("{x} bsl 2^100"),
            call(rig, "bsl", &[a, huge]),
            left(),
        )?;
        check(
            &alloc::format!("{x} bsr -2^100"),
            call(rig, "bsr", &[a, neg_huge]),
            left(),
        )?;
        Ok(())
    })
}

proptest! {
    #![proptest_config(config(10000))]

    #[test]
    fn integer_bifs_match_reference(
        x in int_strategy(),
        y in int_strategy(),
        s in prop_oneof![3 => -70i64..70, 1 => -2100i64..2100],
    ) {
        let r = run(&x, &y, s);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }

    /// The same with the divisor small, so `div`/`rem` results are big.
    #[test]
    fn integer_bifs_small_divisor(x in int_strategy(), y in -300i64..300, s in -70i64..70) {
        let r = run(&x, &IBig::from(y), s);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}
