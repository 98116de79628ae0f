//! The `select`/`match` families, `select_count/2`, `internal_select_delete/2`
//! (behind OTP's `ets:select_delete/2`), `select_replace/2` and the match-spec BIFs
//! (`match_spec_compile/1`, `is_compiled_ms/1`, `match_spec_run_r/3`,
//! `erlang:match_spec_test/3`).
//!
//! `match`/`match_object` run the spec `[{Pattern, [], ['$$' | '$_']}]`.
//! When every clause's head has a literal key, only those keys are looked
//! up instead of scanning the table.
//!
//! Continuations of the limited forms are
//! `{'$beamr_select', TableRef, Spec, Limit, Reverse, Position}` (Position:
//! `[]` at the start, `{Slot, Index}` in a hash table, `{LastKey}` in an
//! `ordered_set`); they stay valid while the table exists, but a table
//! changed between calls may have objects skipped or repeated, as in OTP
//! without `safe_fixtable/2`. A compiled match spec is
//! `{'$beamr_ms', Spec}`.

use super::ms::MatchSpec;
use super::table::{key_of, Cursor, Kind, Step};
use super::{end_of_table, with_table, Table};
use crate::atom::Atom;
use crate::bif::erlang::list_to_vec;
use crate::bif::{badarg, BifResult, Ctx, Exc};
use crate::code::CodeServer;
use crate::heap::Heap;
use crate::term::compare::{compare, exact_eq};
use crate::term::copy::copy_to_heap;
use crate::term::Term;
use alloc::vec::Vec;
use core::cmp::Ordering;

pub fn register(c: &mut CodeServer) {
    c.register_bif("ets", "select", 1, select_1);
    c.register_bif("ets", "select", 2, select_2);
    c.register_bif("ets", "select", 3, select_3);
    c.register_bif("ets", "select_reverse", 1, select_1);
    c.register_bif("ets", "select_reverse", 2, select_reverse_2);
    c.register_bif("ets", "select_reverse", 3, select_reverse_3);
    c.register_bif("ets", "match", 1, select_1);
    c.register_bif("ets", "match", 2, match_2);
    c.register_bif("ets", "match", 3, match_3);
    c.register_bif("ets", "match_object", 1, select_1);
    c.register_bif("ets", "match_object", 2, match_object_2);
    c.register_bif("ets", "match_object", 3, match_object_3);
    c.register_bif("ets", "select_count", 2, select_count);
    c.register_bif("ets", "internal_select_delete", 2, select_delete);
    c.register_bif("ets", "select_replace", 2, select_replace);
    c.register_bif("ets", "match_spec_compile", 1, match_spec_compile);
    c.register_bif("ets", "is_compiled_ms", 1, is_compiled_ms);
    c.register_bif("ets", "match_spec_run_r", 3, match_spec_run_r);
    c.register_bif("erlang", "match_spec_test", 3, match_spec_test);
}

const CONT_TAG: &str = "$beamr_select";
const MS_TAG: &str = "$beamr_ms";

fn compile(ctx: &Ctx, spec: Term, keypos: usize) -> Result<MatchSpec, Exc> {
    match MatchSpec::compile(ctx.vm, spec, keypos) {
        Some(m) => Ok(m),
        None => badarg(),
    }
}

/// The keys `ms` is limited to, deduplicated as the table compares keys
/// (and in key order for an `ordered_set`).
fn candidate_keys(t: &Table, ms: &MatchSpec, reverse: bool) -> Option<Vec<Term>> {
    let mut keys = ms.keys()?;
    if t.data.kind == Kind::OrderedSet {
        keys.sort_by(|a, b| compare(*a, *b));
        keys.dedup_by(|a, b| compare(*a, *b) == Ordering::Equal);
        if reverse {
            keys.reverse();
        }
    } else {
        let mut uniq: Vec<Term> = Vec::with_capacity(keys.len());
        for k in keys {
            if !uniq.iter().any(|&u| u == k || exact_eq(u, k)) {
                uniq.push(k);
            }
        }
        keys = uniq;
    }
    Some(keys)
}

/// Visits the objects of `keys`, or every object.
fn visit_keys(t: &Table, keys: Option<Vec<Term>>, reverse: bool, f: &mut dyn FnMut(Term) -> Step) {
    if let Some(keys) = keys {
        for k in keys {
            for o in t.data.lookup(k) {
                if f(o) == Step::Stop {
                    return;
                }
            }
        }
        return;
    }
    t.data.scan(Cursor::Start, reverse, f);
}

/// Runs of consecutive results from objects with the same key, so that
/// hash-table results can be listed the way OTP builds them: by consing
/// key by key, i.e. last key first, each key's objects in table order.
#[derive(Default)]
pub(crate) struct KeyGroups {
    last: Option<Term>,
    /// Start index of each run.
    starts: Vec<usize>,
    n: usize,
}

impl KeyGroups {
    /// The next result came from an object with key `k`.
    pub(crate) fn note(&mut self, k: Term) {
        let new = match self.last {
            Some(l) => !(l == k || exact_eq(l, k)),
            None => true,
        };
        if new {
            self.starts.push(self.n);
        }
        self.last = Some(k);
        self.n += 1;
    }

    /// `items` (one per [`note`](Self::note)) with the runs in reverse order.
    pub(crate) fn reverse(&self, items: Vec<Term>) -> Vec<Term> {
        let mut out = Vec::with_capacity(items.len());
        let mut end = items.len();
        for &s in self.starts.iter().rev() {
            out.extend_from_slice(&items[s..end]);
            end = s;
        }
        out
    }
}

fn cursor_term(h: &mut Heap, c: Cursor) -> Term {
    match c {
        Cursor::Start => Term::NIL,
        Cursor::Hash(b, p, o) => h.tuple(&[
            Term::small(b as isize),
            Term::small(p as isize),
            Term::small(o as isize),
        ]),
        Cursor::After(k) => {
            let k = copy_to_heap(h, k);
            h.tuple(&[k])
        }
    }
}

fn cursor_of(t: Term) -> Option<Cursor> {
    if t.is_nil() {
        return Some(Cursor::Start);
    }
    match t.as_tuple()? {
        [b, p, o] => {
            let (b, p, o) = (b.as_small()?, p.as_small()?, o.as_small()?);
            if b < 0 || p < 0 || o < 0 {
                return None;
            }
            Some(Cursor::Hash(b as usize, p as usize, o as usize))
        }
        [k] => Some(Cursor::After(*k)),
        _ => None,
    }
}

/// One `select` step over `tab`. Without `limit`: the list of results.
/// With it: `{Results, Continuation}`, `{Results, '$end_of_table'}` when
/// the table ran out, or `'$end_of_table'` when nothing matched.
fn run_select(
    ctx: &mut Ctx,
    tab: Term,
    spec: Term,
    limit: Option<usize>,
    reverse: bool,
    from: Cursor,
) -> BifResult {
    with_table(ctx, tab, false, |ctx, t| {
        let mut ms = compile(ctx, spec, t.data.keypos)?;
        let mut out: Vec<Term> = Vec::new();
        let hashed = t.data.hashed();
        let Some(limit) = limit else {
            let keys = candidate_keys(t, &ms, reverse);
            let kp = t.data.keypos;
            let mut groups = KeyGroups::default();
            visit_keys(t, keys, reverse, &mut |o| {
                if let Some(r) = ms.run(ctx, o) {
                    groups.note(key_of(o, kp));
                    out.push(copy_to_heap(&mut ctx.p.heap, r));
                }
                Step::Go
            });
            if hashed {
                out = groups.reverse(out);
            }
            return Ok(ctx.p.heap.list(&out));
        };
        let resume = t.data.scan(from, reverse, &mut |o| {
            if let Some(r) = ms.run(ctx, o) {
                out.push(copy_to_heap(&mut ctx.p.heap, r));
                if out.len() >= limit {
                    return Step::Stop;
                }
            }
            Step::Go
        });
        if hashed {
            // OTP conses each chunk's results as it goes.
            out.reverse();
        }
        let h = &mut ctx.p.heap;
        let Some(c) = resume else {
            if out.is_empty() {
                return Ok(end_of_table());
            }
            let l = h.list(&out);
            return Ok(h.tuple(&[l, end_of_table()]));
        };
        let results = h.list(&out);
        let pos = cursor_term(h, c);
        let tid = h.reference(t.id);
        let cont = h.tuple(&[
            Term::atom(Atom::from_str(CONT_TAG)),
            tid,
            spec,
            Term::small(limit as isize),
            Term::bool(reverse),
            pos,
        ]);
        Ok(h.tuple(&[results, cont]))
    })
}

fn limit_arg(t: Term) -> Result<usize, Exc> {
    match t.as_small() {
        Some(n) if n >= 1 => Ok(n as usize),
        _ => badarg(),
    }
}

/// `ets:select/2`, for tests elsewhere in the crate.
#[cfg(test)]
pub(crate) fn select_for_tests(ctx: &mut Ctx, tab: Term, spec: Term) -> BifResult {
    select_2(ctx, &[tab, spec])
}

fn select_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    run_select(ctx, a[0], a[1], None, false, Cursor::Start)
}

fn select_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let n = limit_arg(a[2])?;
    run_select(ctx, a[0], a[1], Some(n), false, Cursor::Start)
}

fn select_reverse_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    run_select(ctx, a[0], a[1], None, true, Cursor::Start)
}

fn select_reverse_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let n = limit_arg(a[2])?;
    run_select(ctx, a[0], a[1], Some(n), true, Cursor::Start)
}

/// `select/1`, `select_reverse/1`, `match/1`, `match_object/1`.
fn select_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let c = a[0];
    if c == end_of_table() {
        return Ok(c);
    }
    let Some([tag, tab, spec, limit, rev, pos]) = c.as_tuple() else {
        return badarg();
    };
    if tag.as_atom().map(|x| x.name()) != Some(CONT_TAG.as_bytes()) || !rev.is_boolean() {
        return badarg();
    }
    let n = limit_arg(*limit)?;
    let Some(from) = cursor_of(*pos) else {
        return badarg();
    };
    run_select(ctx, *tab, *spec, Some(n), *rev == Term::TRUE, from)
}

fn match_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let spec = MatchSpec::pattern_spec(&mut ctx.p.heap, a[1], false);
    run_select(ctx, a[0], spec, None, false, Cursor::Start)
}

fn match_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let n = limit_arg(a[2])?;
    let spec = MatchSpec::pattern_spec(&mut ctx.p.heap, a[1], false);
    run_select(ctx, a[0], spec, Some(n), false, Cursor::Start)
}

fn match_object_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let spec = MatchSpec::pattern_spec(&mut ctx.p.heap, a[1], true);
    run_select(ctx, a[0], spec, None, false, Cursor::Start)
}

fn match_object_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let n = limit_arg(a[2])?;
    let spec = MatchSpec::pattern_spec(&mut ctx.p.heap, a[1], true);
    run_select(ctx, a[0], spec, Some(n), false, Cursor::Start)
}

fn select_count(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], false, |ctx, t| {
        let mut ms = compile(ctx, a[1], t.data.keypos)?;
        let mut n: u64 = 0;
        let keys = candidate_keys(t, &ms, false);
        visit_keys(t, keys, false, &mut |o| {
            if ms.run(ctx, o) == Some(Term::TRUE) {
                n += 1;
            }
            Step::Go
        });
        Ok(ctx.p.heap.uint(n))
    })
}

/// Deletes the objects for which `spec` returns `true`; their count.
fn delete_matching(ctx: &mut Ctx, tab: Term, spec: Term) -> Result<u64, Exc> {
    with_table(ctx, tab, true, |ctx, t| {
        let mut ms = compile(ctx, spec, t.data.keypos)?;
        let kp = t.data.keypos;
        let bag = t.data.kind.is_bag();
        // Keys (or, in bags, whole objects) copied out of the table first:
        // deleting frees the storage the matched terms point into.
        let mut tmp = Heap::default();
        let mut doomed: Vec<Term> = Vec::new();
        let keys = candidate_keys(t, &ms, false);
        visit_keys(t, keys, false, &mut |o| {
            if ms.run(ctx, o) == Some(Term::TRUE) {
                let what = if bag { o } else { key_of(o, kp) };
                doomed.push(copy_to_heap(&mut tmp, what));
            }
            Step::Go
        });
        let fixed = t.fixed();
        let before = t.data.size();
        for d in &doomed {
            if bag {
                t.data.delete_object(*d, fixed);
            } else {
                t.data.delete_key(*d, fixed);
            }
        }
        Ok((before - t.data.size()) as u64)
    })
}

fn select_delete(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let n = delete_matching(ctx, a[0], a[1])?;
    Ok(ctx.p.heap.uint(n))
}

fn select_replace(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], true, |ctx, t| {
        if t.data.kind.is_bag() {
            return crate::bif::badarg_cause("table_type");
        }
        let mut ms = compile(ctx, a[1], t.data.keypos)?;
        let kp = t.data.keypos;
        let ordered = t.data.kind == Kind::OrderedSet;
        let mut news: Vec<Term> = Vec::new();
        let mut bad = false;
        let keys = candidate_keys(t, &ms, false);
        visit_keys(t, keys, false, &mut |o| {
            if let Some(r) = ms.run(ctx, o) {
                let (old, new) = (key_of(o, kp), key_of(r, kp));
                let same = new.is_value()
                    && if ordered {
                        compare(old, new) == Ordering::Equal
                    } else {
                        old == new || exact_eq(old, new)
                    };
                if !same {
                    bad = true;
                    return Step::Stop;
                }
                news.push(r);
            }
            Step::Go
        });
        if bad {
            return badarg();
        }
        // Each new object points at most into its own old object, which
        // `insert` copies before dropping.
        let fixed = t.fixed();
        for &n in &news {
            t.data.insert(n, fixed);
        }
        Ok(ctx.p.heap.uint(news.len() as u64))
    })
}

fn match_spec_compile(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    compile(ctx, a[0], 1)?;
    Ok(ctx
        .p
        .heap
        .tuple(&[Term::atom(Atom::from_str(MS_TAG)), a[0]]))
}

/// The spec inside a compiled match spec.
fn compiled_spec(t: Term) -> Option<Term> {
    match t.as_tuple()? {
        [tag, spec] if tag.as_atom().map(|x| x.name()) == Some(MS_TAG.as_bytes()) => Some(*spec),
        _ => None,
    }
}

fn is_compiled_ms(_: &mut Ctx, a: &[Term]) -> BifResult {
    Ok(Term::bool(compiled_spec(a[0]).is_some()))
}

/// `match_spec_run_r(List, CompiledMS, Acc)`: results consed onto `Acc`
/// (so reversed), as OTP's `ets:match_spec_run/2` expects.
fn match_spec_run_r(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let Some(spec) = compiled_spec(a[1]) else {
        return badarg();
    };
    let Some(items) = list_to_vec(a[0]) else {
        return badarg();
    };
    let mut ms = compile(ctx, spec, 1)?;
    let mut acc = a[2];
    for o in items {
        if let Some(r) = ms.run(ctx, o) {
            acc = ctx.p.heap.cons(r, acc);
        }
    }
    Ok(acc)
}

/// `erlang:match_spec_test(Term, Spec, table)` (behind `ets:test_ms/2`):
/// `{ok, Result | false, [], []}`; `{error, [...]}` for a bad spec.
fn match_spec_test(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if a[2].as_atom().map(|x| x.name()) != Some(b"table") {
        return badarg();
    }
    let h_err = |ctx: &mut Ctx| {
        let h = &mut ctx.p.heap;
        let msg = h.str_list("Malformed match specification");
        let e = h.tuple(&[Term::atom(crate::atom::am::ERROR), msg]);
        let l = h.list(&[e]);
        Ok(h.tuple(&[Term::atom(crate::atom::am::ERROR), l]))
    };
    let Some(mut ms) = MatchSpec::compile(ctx.vm, a[1], 1) else {
        return h_err(ctx);
    };
    let r = ms.run(ctx, a[0]).unwrap_or(Term::FALSE);
    let ok = Term::atom(crate::atom::am::OK);
    Ok(ctx.p.heap.tuple(&[ok, r, Term::NIL, Term::NIL]))
}
