//! `erlang:phash/2`: OTP's portable `make_hash` (erts `utils.c`), kept for
//! old callers. Iterative, bit-for-bit as OTP 25 for numbers, atoms, lists,
//! tuples, binaries, bitstrings, maps (via `make_hash2`) and funs;
//! pids, ports and references use the same numbers `phash2` uses.

use crate::term::binary;
use crate::term::boxed::{self, Subtag};
use crate::term::compare::{fun_identity, FunIdentity};
use crate::term::hash::{atom_name_hash, hash2};
use crate::term::Term;
use alloc::vec::Vec;

const F1: u32 = 268_440_163;
const F2: u32 = 268_439_161;
const F3: u32 = 268_435_459;
const F4: u32 = 268_436_141;
const F5: u32 = 268_438_633;
const F6: u32 = 268_437_017;
const F8: u32 = 268_437_511;
const F9: u32 = 268_439_627;
const F10: u32 = 268_440_479;
const F11: u32 = 268_440_577;
const F12: u32 = 268_440_581;
const F13: u32 = 268_440_593;
const F14: u32 = 268_440_611;

enum Work<'a> {
    Term(Term),
    /// Remaining elements of a tuple, then `hash * F9 + arity` when `tuple`.
    Elems {
        rest: &'a [Term],
        arity: Option<u32>,
    },
    /// The tail of a list cell whose head was not a byte.
    CdrPre(Term),
    /// After a list's final non-list tail: `hash *= F8`.
    CdrPost,
}

#[inline]
fn step32(hash: u32, x: u32, prime: u32) -> u32 {
    let mut h = hash;
    for i in 0..4 {
        h = h.wrapping_mul(prime).wrapping_add((x >> (8 * i)) & 0xFF);
    }
    h
}

#[inline]
fn atom_hash(t: Term) -> u32 {
    atom_name_hash(t.atom_value().name())
}

fn as_terms(s: &[usize]) -> &[Term] {
    // SAFETY: Term is repr(transparent) over usize.
    unsafe { core::slice::from_raw_parts(s.as_ptr() as *const Term, s.len()) }
}

/// The magnitude of an integer as little-endian u32 words (at least one).
fn magnitude_words(t: Term) -> (bool, Vec<u32>) {
    if let Some(i) = t.as_small() {
        let m = (i as i64).unsigned_abs();
        let mut w = alloc::vec![m as u32];
        if m >> 32 != 0 {
            w.push((m >> 32) as u32);
        }
        return (i < 0, w);
    }
    let (neg, mut digits) = boxed::bignum_digits(t);
    if digits.is_empty() {
        digits.push(0);
    }
    (neg, digits)
}

/// OTP's `make_hash(Term)`.
pub fn make_hash(t: Term) -> u32 {
    let mut hash: u32 = 0;
    let mut stack: Vec<Work> = alloc::vec![Work::Term(t)];
    while let Some(w) = stack.pop() {
        let term = match w {
            Work::Term(t) => t,
            Work::CdrPost => {
                hash = hash.wrapping_mul(F8);
                continue;
            }
            Work::Elems { rest, arity } => {
                match rest.split_first() {
                    Some((&first, rest)) => {
                        stack.push(Work::Elems { rest, arity });
                        stack.push(Work::Term(first));
                    }
                    None => {
                        if let Some(a) = arity {
                            hash = hash.wrapping_mul(F9).wrapping_add(a);
                        }
                    }
                }
                continue;
            }
            Work::CdrPre(t) => {
                if !t.is_list() {
                    stack.push(Work::CdrPost);
                }
                t
            }
        };
        if term.is_nil() {
            hash = hash.wrapping_mul(F3).wrapping_add(1);
        } else if term.is_atom() {
            hash = hash.wrapping_mul(F1).wrapping_add(atom_hash(term));
        } else if term.is_small() || term.is_bignum() {
            let (neg, words) = magnitude_words(term);
            for w in words {
                hash = step32(hash, w, F2);
            }
            hash = hash.wrapping_mul(if neg { F4 } else { F3 });
        } else if term.is_pid() {
            hash = step32(hash, (term.pid_value() & 0x0FFF_FFFF) as u32, F5).wrapping_mul(F6);
        } else if term.is_port() {
            let n = term.port_value() as u64;
            if n >> 32 != 0 {
                hash = step32(hash, (n >> 32) as u32, F11);
            }
            hash = step32(hash, n as u32, F9).wrapping_mul(F10);
        } else if let Some((mut h, mut tl)) = term.as_cons() {
            // Bytes are hashed inline; anything else goes through the stack.
            loop {
                match h.as_small() {
                    Some(b) if (0..=255).contains(&b) => {
                        hash = hash.wrapping_mul(F2).wrapping_add(b as u32);
                        match tl.as_cons() {
                            Some((h2, t2)) => {
                                h = h2;
                                tl = t2;
                            }
                            None => {
                                stack.push(Work::CdrPost);
                                stack.push(Work::Term(tl));
                                break;
                            }
                        }
                    }
                    _ => {
                        stack.push(Work::CdrPre(tl));
                        stack.push(Work::Term(h));
                        break;
                    }
                }
            }
        } else if let Some(elems) = term.as_tuple() {
            stack.push(Work::Elems {
                rest: elems,
                arity: Some(elems.len() as u32),
            });
        } else if let Some(f) = term.as_float() {
            let f = if f == 0.0 { 0.0 } else { f };
            let bits = f.to_bits();
            hash = hash
                .wrapping_mul(F6)
                .wrapping_add((bits as u32) ^ ((bits >> 32) as u32));
        } else if let Some(b) = binary::bitstring(term) {
            let sz = b.bit_size / 8;
            for i in 0..sz {
                hash = hash.wrapping_mul(F1).wrapping_add(b.byte(i) as u32);
            }
            let rest = b.bit_size % 8;
            if rest > 0 {
                let last = (b.byte(sz) >> (8 - rest)) as u32;
                hash = hash
                    .wrapping_mul(F1)
                    .wrapping_add(last)
                    .wrapping_mul(F12)
                    .wrapping_add(rest as u32);
            }
            hash = hash.wrapping_mul(F4).wrapping_add(sz as u32);
        } else if term.is_map() {
            hash = hash
                .wrapping_mul(F13)
                .wrapping_add(F14)
                .wrapping_add(hash2(term));
        } else if term.is_ref() {
            hash = step32(hash, boxed::ref_value(term) as u32, F9).wrapping_mul(F10);
        } else if term.is_fun() {
            match fun_identity(term) {
                Some(FunIdentity::Local {
                    module,
                    index,
                    uniq,
                }) => {
                    let env: &[Term] = if term.subtag() == Some(Subtag::Fun) {
                        as_terms(term.payload_slice().get(2..).unwrap_or(&[]))
                    } else {
                        &[]
                    };
                    hash = hash.wrapping_mul(F10).wrapping_add(env.len() as u32);
                    hash = hash
                        .wrapping_mul(F1)
                        .wrapping_add(atom_name_hash(module.name()));
                    hash = hash.wrapping_mul(F2).wrapping_add(index);
                    hash = hash.wrapping_mul(F2).wrapping_add(uniq);
                    stack.push(Work::Elems {
                        rest: env,
                        arity: None,
                    });
                }
                Some(FunIdentity::Export {
                    module,
                    function,
                    arity,
                }) => {
                    hash = hash.wrapping_mul(F11).wrapping_add(arity);
                    hash = hash
                        .wrapping_mul(F1)
                        .wrapping_add(atom_name_hash(module.name()));
                    hash = hash
                        .wrapping_mul(F1)
                        .wrapping_add(atom_name_hash(function.name()));
                }
                None => {
                    hash = hash.wrapping_mul(F10).wrapping_add(term.payload(0) as u32);
                }
            }
        } else {
            // Not a term (cannot come from Erlang code): hash the raw word.
            hash = hash.wrapping_mul(F1).wrapping_add(term.raw() as u32);
        }
    }
    hash
}
