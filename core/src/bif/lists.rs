//! BIFs: the natively implemented part of `lists`, plus `erlang:'++'/2`
//! (`append/2`) and `erlang:'--'/2` (`subtract/2`).
//!
//! OTP 25 implements `lists:reverse/2`, `keyfind/3`, `keymember/3`,
//! `keysearch/3` and `member/2` in C; everything else in `lists` (including
//! `reverse/1`) runs from OTP's own `lists.beam`.
//!
//! Every walk is a loop: lists of millions of elements never touch the Rust
//! stack beyond a constant depth.

use super::{badarg, BifResult, Ctx};
use crate::atom::am;
use crate::code::CodeServer;
use crate::heap::Heap;
use crate::term::compare::{eq, exact_eq};
use crate::term::hash::internal_hash;
use crate::term::Term;
use alloc::vec::Vec;

pub fn register(c: &mut CodeServer) {
    c.register_bif("lists", "reverse", 2, bif_reverse_2);
    c.register_bif("lists", "keyfind", 3, bif_keyfind_3);
    c.register_bif("lists", "keymember", 3, bif_keymember_3);
    c.register_bif("lists", "keysearch", 3, bif_keysearch_3);
    c.register_bif("lists", "member", 2, bif_member_2);
    c.register_bif("erlang", "++", 2, bif_append_2);
    c.register_bif("erlang", "append", 2, bif_append_2);
    c.register_bif("erlang", "--", 2, bif_subtract_2);
    c.register_bif("erlang", "subtract", 2, bif_subtract_2);
}

// ---- shared helpers (also used by the maps/binary/unicode BIFs) ----

/// The elements of a proper list, or `None` if `l` is not one.
pub(crate) fn list_to_vec(l: Term) -> Option<Vec<Term>> {
    let mut v = Vec::new();
    let mut t = l;
    while let Some((h, tl)) = t.as_cons() {
        v.push(h);
        t = tl;
    }
    if t.is_nil() {
        Some(v)
    } else {
        None
    }
}

/// Length of a proper list, or `None`.
pub(crate) fn proper_length(l: Term) -> Option<usize> {
    let mut n = 0usize;
    let mut t = l;
    while let Some((_, tl)) = t.as_cons() {
        n += 1;
        t = tl;
    }
    if t.is_nil() {
        Some(n)
    } else {
        None
    }
}

// ---- lists:reverse/2 ----

fn bif_reverse_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    reverse(&mut ctx.p.heap, args[0], args[1])
}

/// `lists:reverse(List, Tail)`: `List` must be proper; `Tail` is anything.
pub(crate) fn reverse(heap: &mut Heap, list: Term, tail: Term) -> BifResult {
    if proper_length(list).is_none() {
        return badarg();
    }
    let mut acc = tail;
    let mut t = list;
    while let Some((h, tl)) = t.as_cons() {
        acc = heap.cons(h, acc);
        t = tl;
    }
    Ok(acc)
}

// ---- lists:member/2 ----

fn bif_member_2(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    member(args[0], args[1])
}

/// `lists:member/2`: `=:=` matching; a non-list tail reached before a
/// match is `badarg`.
pub(crate) fn member(elem: Term, list: Term) -> BifResult {
    let mut t = list;
    if elem.is_immediate() {
        while let Some((h, tl)) = t.as_cons() {
            if h.raw() == elem.raw() {
                return Ok(Term::TRUE);
            }
            t = tl;
        }
    } else {
        while let Some((h, tl)) = t.as_cons() {
            if exact_eq(h, elem) {
                return Ok(Term::TRUE);
            }
            t = tl;
        }
    }
    if t.is_nil() {
        Ok(Term::FALSE)
    } else {
        badarg()
    }
}

// ---- lists:keyfind/3, keymember/3, keysearch/3 ----

/// The first tuple in `list` whose `n`th element `==` `key`, OTP's
/// `keyfind()` in `erl_bif_lists.c` (including its quirk of comparing a
/// small-integer key against float elements after converting the key to a
/// double). `Ok(None)` when absent; `Err` (badarg) for a bad position or a
/// list that ends in something other than `[]` before a match.
pub(crate) fn keyfind(key: Term, pos: Term, list: Term) -> Result<Option<Term>, super::Exc> {
    let n = match pos.as_small() {
        Some(n) if n >= 1 => n as usize,
        _ => return badarg(),
    };
    if !list.is_list() && !list.is_nil() {
        return badarg();
    }
    let mut t = list;
    if let Some(k) = key.as_small() {
        let fkey = k as f64;
        while let Some((h, tl)) = t.as_cons() {
            t = tl;
            if let Some(el) = h.as_tuple() {
                if n <= el.len() {
                    let e = el[n - 1];
                    if e.raw() == key.raw() || e.as_float() == Some(fkey) {
                        return Ok(Some(h));
                    }
                }
            }
        }
    } else if key.is_immediate() {
        while let Some((h, tl)) = t.as_cons() {
            t = tl;
            if let Some(el) = h.as_tuple() {
                if n <= el.len() && el[n - 1].raw() == key.raw() {
                    return Ok(Some(h));
                }
            }
        }
    } else {
        while let Some((h, tl)) = t.as_cons() {
            t = tl;
            if let Some(el) = h.as_tuple() {
                if n <= el.len() && eq(key, el[n - 1]) {
                    return Ok(Some(h));
                }
            }
        }
    }
    if t.is_nil() {
        Ok(None)
    } else {
        badarg()
    }
}

fn bif_keyfind_3(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(keyfind(args[0], args[1], args[2])?.unwrap_or(Term::FALSE))
}

fn bif_keymember_3(_ctx: &mut Ctx, args: &[Term]) -> BifResult {
    Ok(Term::bool(keyfind(args[0], args[1], args[2])?.is_some()))
}

fn bif_keysearch_3(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    match keyfind(args[0], args[1], args[2])? {
        Some(t) => Ok(ctx.p.heap.tuple(&[Term::atom(am::VALUE), t])),
        None => Ok(Term::FALSE),
    }
}

// ---- erlang:'++'/2 ----

fn bif_append_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    append(&mut ctx.p.heap, args[0], args[1])
}

/// `A ++ B`: copies `A` (which must be proper) in front of `B` (anything).
pub(crate) fn append(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_nil() {
        return Ok(b);
    }
    let Some(n) = proper_length(a) else {
        return badarg();
    };
    // One block of `n` cells, filled front to back: cell `i`'s tail is
    // cell `i + 1`, the last one's is `b`.
    let p = heap.alloc(2 * n);
    let mut t = a;
    let mut i = 0;
    while let Some((h, tl)) = t.as_cons() {
        // SAFETY: `p` holds 2 * n fresh words and `a` has exactly n cells
        // (measured above; terms are immutable), so `2 * i + 1 < 2 * n`.
        unsafe {
            let cell = p.add(2 * i);
            *cell = h.raw();
            *cell.add(1) = if i + 1 < n {
                Term::list_from_ptr(cell.add(2)).raw()
            } else {
                b.raw()
            };
        }
        i += 1;
        t = tl;
    }
    Ok(Term::list_from_ptr(p))
}

// ---- erlang:'--'/2 ----

fn bif_subtract_2(ctx: &mut Ctx, args: &[Term]) -> BifResult {
    subtract(&mut ctx.p.heap, args[0], args[1])
}

/// Right-hand sides up to this long are searched linearly.
const SUBTRACT_LINEAR_MAX: usize = 16;

/// A multiset of terms under `=:=`, keyed on OTP's internal hash (which is
/// consistent with `=:=`).
struct Multiset {
    table: hashbrown::HashTable<(Term, usize)>,
    total: usize,
}

#[inline]
fn spread(h: u32) -> u64 {
    // The table uses the top bits of the hash for its control bytes.
    (h as u64 | ((h as u64) << 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl Multiset {
    fn new(elems: &[Term]) -> Multiset {
        let mut table: hashbrown::HashTable<(Term, usize)> =
            hashbrown::HashTable::with_capacity(elems.len());
        for &e in elems {
            let h = spread(internal_hash(e));
            match table.find_mut(h, |x| exact_eq(x.0, e)) {
                Some(x) => x.1 += 1,
                None => {
                    table.insert_unique(h, (e, 1), |x| spread(internal_hash(x.0)));
                }
            }
        }
        Multiset {
            table,
            total: elems.len(),
        }
    }
    /// Removes one `e` if present.
    fn take(&mut self, e: Term) -> bool {
        let h = spread(internal_hash(e));
        match self.table.find_mut(h, |x| exact_eq(x.0, e)) {
            Some(x) if x.1 > 0 => {
                x.1 -= 1;
                self.total -= 1;
                true
            }
            _ => false,
        }
    }
}

/// `A -- B`: both must be proper lists. Each element of `B` removes the
/// first remaining `=:=` element of `A`. Linear in `|A| + |B|` (a hash
/// multiset of `B` for long right-hand sides); once every element of `B`
/// has been used, the rest of `A` is shared, not copied.
pub(crate) fn subtract(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    let Some(alen) = proper_length(a) else {
        return badarg();
    };
    let Some(rhs) = list_to_vec(b) else {
        return badarg();
    };
    if alen == 0 || rhs.is_empty() {
        return Ok(a);
    }
    let mut kept: Vec<Term> = Vec::new();
    let mut t = a;
    if rhs.len() <= SUBTRACT_LINEAR_MAX {
        let mut pending = rhs;
        while let Some((h, tl)) = t.as_cons() {
            if pending.is_empty() {
                break;
            }
            if let Some(i) = pending.iter().position(|&x| exact_eq(x, h)) {
                pending.remove(i);
            } else {
                kept.push(h);
            }
            t = tl;
        }
    } else {
        let mut set = Multiset::new(&rhs);
        drop(rhs);
        while let Some((h, tl)) = t.as_cons() {
            if set.total == 0 {
                break;
            }
            if !set.take(h) {
                kept.push(h);
            }
            t = tl;
        }
    }
    // `t` is the unexamined rest of `a` (`[]` if all of it was examined).
    Ok(heap.list_with_tail(&kept, t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::hash::parse::term;
    use crate::term::print::to_string;

    fn run2(f: fn(&mut Heap, Term, Term) -> BifResult, a: &str, b: &str) -> alloc::string::String {
        let mut h = Heap::default();
        let (a, b) = (term(&mut h, a), term(&mut h, b));
        match f(&mut h, a, b) {
            Ok(t) => to_string(t),
            Err(_) => "badarg".into(),
        }
    }

    #[test]
    fn append_cases() {
        assert_eq!(run2(append, "[1,2]", "[3]"), "[1,2,3]");
        assert_eq!(run2(append, "[1]", "2"), "[1|2]");
        assert_eq!(run2(append, "[]", "a"), "a");
        assert_eq!(run2(append, "a", "[]"), "badarg");
        assert_eq!(run2(append, "[1|2]", "[]"), "badarg");
    }

    #[test]
    fn subtract_cases() {
        assert_eq!(run2(subtract, "[1,2,1,3]", "[1]"), "[2,1,3]");
        assert_eq!(run2(subtract, "[1,2,1.0,3]", "[1.0]"), "[1,2,3]");
        assert_eq!(run2(subtract, "[1,2,1]", "[1,1,1]"), "[2]");
        assert_eq!(run2(subtract, "[0.0]", "[-0.0]"), "[]");
        assert_eq!(run2(subtract, "[1|2]", "[]"), "badarg");
        assert_eq!(run2(subtract, "[1]", "[1|2]"), "badarg");
        assert_eq!(run2(subtract, "a", "[]"), "badarg");
        assert_eq!(run2(subtract, "[]", "a"), "badarg");
        assert_eq!(run2(subtract, "[]", "[]"), "[]");
    }

    #[test]
    fn subtract_long() {
        let mut h = Heap::default();
        let n = 200_000isize;
        let a: Vec<Term> = (0..n).map(Term::small).collect();
        // Remove every even number, plus some absent elements and duplicates.
        let mut b: Vec<Term> = (0..n).filter(|i| i % 2 == 0).map(Term::small).collect();
        b.push(Term::small(-1));
        b.push(Term::small(0));
        let (la, lb) = (h.list(&a), h.list(&b));
        let r = subtract(&mut h, la, lb).ok().unwrap();
        let v = list_to_vec(r).unwrap();
        assert_eq!(v.len(), (n / 2) as usize);
        assert!(v
            .iter()
            .enumerate()
            .all(|(i, t)| t.as_small() == Some(2 * i as isize + 1)));
        // Mixed tuples and floats go through the hash path too.
        let a = term(&mut h, "[{1},{1.0},a,<<1,2>>,[x],2.5,{1}]");
        let b = term(
            &mut h,
            "[{1},<<1,2>>,x,y,z,w,v,u,t,s,r,q,p,o,n,m,l,k,j,{1.0},{1}]",
        );
        assert_eq!(
            to_string(subtract(&mut h, a, b).ok().unwrap()),
            "[a,[x],2.5]"
        );
    }

    #[test]
    fn reverse_cases() {
        assert_eq!(run2(reverse, "[1,2]", "x"), "[2,1|x]");
        assert_eq!(run2(reverse, "[]", "x"), "x");
        assert_eq!(run2(reverse, "[1,2|3]", "[]"), "badarg");
        assert_eq!(run2(reverse, "a", "[]"), "badarg");
    }

    #[test]
    fn member_and_keyfind() {
        let mut h = Heap::default();
        let mut t = |s: &str| term(&mut h, s);
        let (one, onef, l) = (t("1"), t("1.0"), t("[1|2]"));
        assert_eq!(member(one, l).ok(), Some(Term::TRUE));
        assert!(member(t("3"), l).is_err());
        assert_eq!(member(onef, t("[1]")).ok(), Some(Term::FALSE));
        assert_eq!(member(t("0.0"), t("[-0.0]")).ok(), Some(Term::TRUE));
        assert_eq!(
            member(t("{a,[b]}"), t("[x,{a,[b]}]")).ok(),
            Some(Term::TRUE)
        );

        let kf = |k: Term, n: Term, l: Term| match keyfind(k, n, l) {
            Ok(Some(x)) => to_string(x),
            Ok(None) => "false".into(),
            Err(_) => "badarg".into(),
        };
        assert_eq!(kf(one, one, t("[{1.0}]")), "{1.0}");
        assert_eq!(kf(onef, one, t("[{1}]")), "{1}");
        assert_eq!(kf(t("a"), one, t("[{a}|c]")), "{a}");
        assert_eq!(kf(t("b"), one, t("[{a}|c]")), "badarg");
        assert_eq!(kf(t("b"), one, t("c")), "badarg");
        assert_eq!(kf(t("b"), t("0"), t("[]")), "badarg");
        assert_eq!(kf(t("b"), onef, t("[]")), "badarg");
        assert_eq!(kf(t("b"), t("2"), t("[{b},x,{c,b}]")), "{c,b}");
        assert_eq!(kf(t("{1}"), one, t("[{{1.0}}]")), "{{1.0}}");
        assert_eq!(
            kf(t("9007199254740993"), one, t("[{9007199254740992.0}]")),
            "{9.007199254740992e15}"
        );
    }
}
