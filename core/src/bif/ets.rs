//! BIFs: ets.
//!
//! OTP's semantics for tables used by one process or several processes
//! taking turns (the scheduler runs one process at a time, so every call is
//! atomic). Objects are deep-copied into storage the table owns
//! ([`table`]) and copied back onto the caller's heap on every read.
//!
//! The tables of a VM live in its registry (in `Vm::bifs`, see
//! `bif::state`), keyed by table id: the id
//! of the reference `ets:new/2` returns for an unnamed table (named tables
//! have one too, returned by `ets:whereis/1`, and are also found by name).
//! When a table's owner exits the table goes to its heir or is deleted, once
//! the scheduler calls [`crate::bif::erlang::process_exited`].
//!
//! Match specifications are in [`ms`]; `select`/`match` families and the
//! `match_spec_*` BIFs in [`select`].

pub mod ms;
pub mod select;
pub mod table;

use crate::atom::{am, Atom};
use crate::bif::erlang::{atom_arg, list_to_vec};
use crate::bif::{badarg, badarg_cause, BifResult, Ctx, Exc};
use crate::code::CodeServer;
use crate::heap::Heap;
use crate::term::boxed;
use crate::term::copy::copy_to_heap;
use crate::term::owned::Owned;
use crate::term::{integer, Term};
use crate::vm::Vm;
use alloc::vec::Vec;
use hashbrown::HashMap;
use num_bigint::BigInt;
use table::{key_of, Kind, Storage};

pub fn register(c: &mut CodeServer) {
    c.register_bif("ets", "new", 2, new);
    c.register_bif("ets", "insert", 2, insert);
    c.register_bif("ets", "insert_new", 2, insert_new);
    c.register_bif("ets", "lookup", 2, lookup);
    c.register_bif("ets", "lookup_element", 3, lookup_element);
    c.register_bif("ets", "member", 2, member);
    c.register_bif("ets", "delete", 1, delete_1);
    c.register_bif("ets", "delete", 2, delete_2);
    c.register_bif("ets", "delete_object", 2, delete_object);
    c.register_bif("ets", "internal_delete_all", 2, internal_delete_all);
    c.register_bif("ets", "take", 2, take);
    c.register_bif("ets", "update_counter", 3, update_counter_3);
    c.register_bif("ets", "update_counter", 4, update_counter_4);
    c.register_bif("ets", "update_element", 3, update_element);
    c.register_bif("ets", "first", 1, first);
    c.register_bif("ets", "last", 1, last);
    c.register_bif("ets", "next", 2, next);
    c.register_bif("ets", "prev", 2, prev);
    c.register_bif("ets", "info", 1, info_1);
    c.register_bif("ets", "info", 2, info_2);
    c.register_bif("ets", "all", 0, all);
    c.register_bif("ets", "whereis", 1, whereis);
    c.register_bif("ets", "safe_fixtable", 2, safe_fixtable);
    c.register_bif("ets", "slot", 2, slot);
    c.register_bif("ets", "rename", 2, rename);
    c.register_bif("ets", "give_away", 3, give_away);
    c.register_bif("ets", "setopts", 2, setopts);
    select::register(c);
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Access {
    Public,
    Protected,
    Private,
}

impl Access {
    fn name(self) -> &'static str {
        match self {
            Access::Public => "public",
            Access::Protected => "protected",
            Access::Private => "private",
        }
    }
}

pub struct Table {
    pub id: u64,
    pub name: Atom,
    pub named: bool,
    pub access: Access,
    pub owner: usize,
    pub heir: Option<(usize, Owned)>,
    /// `safe_fixtable/2` counts per process.
    pub fixers: Vec<(usize, u32)>,
    /// Monotonic and system time (ns) of the first fixation.
    pub fix_time: Option<(u64, u64)>,
    pub read_concurrency: bool,
    pub write_concurrency: Term,
    pub decentralized_counters: bool,
    pub compressed: bool,
    pub data: Storage,
}

impl Table {
    pub fn fixed(&self) -> bool {
        !self.fixers.is_empty()
    }

    fn can(&self, pid: usize, write: bool) -> bool {
        match self.access {
            Access::Public => true,
            Access::Protected => !write || pid == self.owner,
            Access::Private => pid == self.owner,
        }
    }

    /// How the table is named in `ets:all/0`, `ETS-TRANSFER` messages and
    /// the return of `ets:new/2`: its name if named, else its reference.
    pub fn tid(&self) -> Tid {
        if self.named {
            Tid::Name(self.name)
        } else {
            Tid::Ref(self.id)
        }
    }
}

/// A table identifier that can be built on any heap.
#[derive(Copy, Clone, Debug)]
pub enum Tid {
    Ref(u64),
    Name(Atom),
}

impl Tid {
    pub fn build(self, h: &mut Heap) -> Term {
        match self {
            Tid::Ref(id) => h.reference(id),
            Tid::Name(a) => Term::atom(a),
        }
    }
}

#[derive(Default)]
pub struct Registry {
    pub tables: HashMap<u64, Table>,
    pub names: HashMap<Atom, u64>,
}

impl Registry {
    /// The id of the table `t` names (an atom for named tables, or a
    /// table reference).
    pub fn resolve(&self, t: Term) -> Option<u64> {
        if let Some(a) = t.as_atom() {
            self.names.get(&a).copied()
        } else if t.is_ref() {
            let id = boxed::ref_value(t);
            self.tables.contains_key(&id).then_some(id)
        } else {
            None
        }
    }

    /// [`Registry::resolve`], failing as OTP does: `cause => type` for a
    /// term that cannot name a table, `cause => id` for no such table.
    pub(crate) fn lookup(&self, t: Term) -> Result<u64, Exc> {
        match self.resolve(t) {
            Some(id) => Ok(id),
            None if t.is_atom() || t.is_ref() => badarg_cause("id"),
            None => badarg_cause("type"),
        }
    }
}

/// Runs `f` on the registry of `vm`'s tables.
pub fn with_registry<R>(vm: &mut Vm, f: impl FnOnce(&mut Registry) -> R) -> R {
    f(&mut vm.bifs.ets)
}

/// Runs `f` on table `tab` if the caller may read (or, with `write`, write)
/// it; `badarg` otherwise.
pub(crate) fn with_table<R>(
    ctx: &mut Ctx,
    tab: Term,
    write: bool,
    f: impl FnOnce(&mut Ctx, &mut Table) -> Result<R, Exc>,
) -> Result<R, Exc> {
    // The registry is taken out of the VM while `f` runs, so that `f` can
    // have the whole `Ctx`; `f` must not reach other tables (nothing a BIF
    // body or match specification does touches ETS).
    let mut reg = core::mem::take(&mut ctx.vm.bifs.ets);
    let r = (|| {
        let id = reg.lookup(tab)?;
        let Some(t) = reg.tables.get_mut(&id) else {
            return badarg_cause("id");
        };
        if !t.can(ctx.p.pid, write) {
            return badarg_cause("access");
        }
        f(ctx, t)
    })();
    debug_assert!(ctx.vm.bifs.ets.tables.is_empty());
    ctx.vm.bifs.ets = reg;
    r
}

/// Number of tables (`system_info(ets_count)`).
pub fn table_count(vm: &Vm) -> usize {
    vm.bifs.ets.tables.len()
}

/// A table handed to its heir when its owner died.
pub struct Transfer {
    pub heir: usize,
    pub tid: Tid,
    pub data: Owned,
}

/// Process `pid` is gone: its tables go to their heirs (returned, for the
/// caller to send `{'ETS-TRANSFER', Tid, Pid, HeirData}`) or are deleted,
/// and its fixations are released. `running` is the process the scheduler
/// is running, if any (alive although not in `vm.procs`).
pub fn owner_exited(vm: &mut Vm, pid: usize, running: Option<usize>) -> Vec<Transfer> {
    let procs = &vm.procs;
    let is_alive = |p: usize| running == Some(p) || matches!(procs.get(p), Some(Some(_)));
    let reg = &mut vm.bifs.ets;
    let mut out = Vec::new();
    let mut gone = Vec::new();
    for (id, t) in reg.tables.iter_mut() {
        if t.fixers.iter().any(|f| f.0 == pid) {
            t.fixers.retain(|f| f.0 != pid);
            if t.fixers.is_empty() {
                t.fix_time = None;
                t.data.unfix();
            }
        }
        if t.owner != pid {
            continue;
        }
        // The heir option stays: a table can go back to its heir again.
        match &t.heir {
            Some((h, data)) if *h != pid && is_alive(*h) => {
                let h = *h;
                let data = Owned::new(data.term());
                t.owner = h;
                let tid = t.tid();
                out.push(Transfer { heir: h, tid, data });
            }
            _ => gone.push(*id),
        }
    }
    for id in gone {
        if let Some(t) = reg.tables.remove(&id) {
            if t.named {
                reg.names.remove(&t.name);
            }
        }
    }
    out
}

// ---- argument helpers ----

/// Objects to insert: a tuple or a proper list of tuples, each with at
/// least `keypos` elements.
fn objects_arg(t: Term, keypos: usize) -> Result<Vec<Term>, Exc> {
    let v = if t.is_tuple() {
        alloc::vec![t]
    } else {
        match list_to_vec(t) {
            Some(v) => v,
            None => return badarg(),
        }
    };
    for &o in &v {
        match o.as_tuple() {
            Some(el) if el.len() >= keypos => {}
            _ => return badarg(),
        }
    }
    Ok(v)
}

/// Copies stored objects onto the caller's heap as a list.
fn copy_list(h: &mut Heap, objs: &[Term]) -> Term {
    let mut l = Term::NIL;
    for &o in objs.iter().rev() {
        let c = copy_to_heap(h, o);
        l = h.cons(c, l);
    }
    l
}

fn end_of_table() -> Term {
    Term::atom(Atom::from_str("$end_of_table"))
}

fn pos_arg(t: Term) -> Result<usize, Exc> {
    match t.as_small() {
        Some(n) if n >= 1 => Ok(n as usize),
        _ => badarg(),
    }
}

// ---- creation and deletion ----

fn new(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let name = atom_arg(a[0])?;
    let Some(opts) = list_to_vec(a[1]) else {
        return badarg();
    };
    let mut kind = Kind::Set;
    let mut access = Access::Protected;
    let (mut named, mut keypos, mut heir) = (false, 1usize, None);
    let (mut rc, mut wc, mut dc, mut compressed) = (false, Term::FALSE, false, false);
    for o in opts {
        if let Some(x) = o.as_atom() {
            match x.name() {
                b"set" => kind = Kind::Set,
                b"ordered_set" => kind = Kind::OrderedSet,
                b"bag" => kind = Kind::Bag,
                b"duplicate_bag" => kind = Kind::DuplicateBag,
                b"public" => access = Access::Public,
                b"protected" => access = Access::Protected,
                b"private" => access = Access::Private,
                b"named_table" => named = true,
                b"compressed" => compressed = true,
                _ => return badarg(),
            }
            continue;
        }
        let Some(el) = o.as_tuple() else {
            return badarg();
        };
        let tag = el.first().and_then(|t| t.as_atom()).map(|a| a.name());
        match (tag, el) {
            (Some(b"keypos"), [_, p]) => keypos = pos_arg(*p)?,
            (Some(b"heir"), [_, n]) if n.as_atom().is_some_and(|x| x.name() == b"none") => {
                heir = None
            }
            (Some(b"heir"), [_, p, d]) if p.is_pid() => {
                heir = Some((p.pid_value(), Owned::new(*d)))
            }
            (Some(b"read_concurrency"), [_, b]) if b.is_boolean() => rc = *b == Term::TRUE,
            (Some(b"write_concurrency"), [_, b])
                if b.is_boolean() || b.as_atom().is_some_and(|x| x.name() == b"auto") =>
            {
                wc = *b
            }
            (Some(b"decentralized_counters"), [_, b]) if b.is_boolean() => dc = *b == Term::TRUE,
            _ => return badarg(),
        }
    }
    let id = ctx.vm.make_ref();
    let owner = ctx.p.pid;
    let ok = with_registry(ctx.vm, |reg| {
        if named && reg.names.contains_key(&name) {
            return false;
        }
        if named {
            reg.names.insert(name, id);
        }
        reg.tables.insert(
            id,
            Table {
                id,
                name,
                named,
                access,
                owner,
                heir,
                fixers: Vec::new(),
                fix_time: None,
                read_concurrency: rc,
                write_concurrency: wc,
                decentralized_counters: dc,
                compressed,
                data: Storage::new(kind, keypos),
            },
        );
        true
    });
    if !ok {
        return badarg_cause("already_exists");
    }
    Ok(if named {
        Term::atom(name)
    } else {
        ctx.p.heap.reference(id)
    })
}

fn delete_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = ctx.p.pid;
    let removed = with_registry(ctx.vm, |reg| {
        let id = reg.lookup(a[0])?;
        match reg.tables.get(&id) {
            None => return badarg_cause("id"),
            Some(t) if !t.can(pid, true) => return badarg_cause("access"),
            Some(_) => {}
        }
        let t = reg.tables.remove(&id);
        if let Some(t) = &t {
            if t.named {
                reg.names.remove(&t.name);
            }
        }
        Ok(t)
    })?;
    drop(removed);
    Ok(Term::TRUE)
}

// ---- writes ----

fn insert(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], true, |_, t| {
        let objs = objects_arg(a[1], t.data.keypos)?;
        let fixed = t.fixed();
        if t.data.kind == Kind::Bag {
            // OTP inserts a list into a bag last element first.
            for &o in objs.iter().rev() {
                t.data.insert(o, fixed);
            }
        } else {
            for &o in &objs {
                t.data.insert(o, fixed);
            }
        }
        Ok(Term::TRUE)
    })
}

fn insert_new(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], true, |_, t| {
        let kp = t.data.keypos;
        let objs = objects_arg(a[1], kp)?;
        if objs.iter().any(|&o| t.data.member(key_of(o, kp))) {
            return Ok(Term::FALSE);
        }
        let fixed = t.fixed();
        if t.data.kind == Kind::Bag {
            for &o in objs.iter().rev() {
                t.data.insert(o, fixed);
            }
        } else {
            for &o in &objs {
                t.data.insert(o, fixed);
            }
        }
        Ok(Term::TRUE)
    })
}

fn delete_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], true, |_, t| {
        let fixed = t.fixed();
        t.data.delete_key(a[1], fixed);
        Ok(Term::TRUE)
    })
}

fn delete_object(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], true, |_, t| {
        let obj = a[1];
        match obj.as_tuple() {
            Some(el) if el.len() >= t.data.keypos => {}
            _ => return badarg(),
        }
        let fixed = t.fixed();
        t.data.delete_object(obj, fixed);
        Ok(Term::TRUE)
    })
}

/// What OTP's Erlang-side `delete_all_objects/1` and `select_delete/2`
/// (run from OTP's `ets.erl`, as are `tab2list/1` and `match_delete/2`,
/// so that their stack traces are OTP's) call: deletes everything,
/// returns the count.
fn internal_delete_all(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], true, |ctx, t| {
        let n = t.data.clear();
        Ok(ctx.p.heap.uint(n as u64))
    })
}

fn take(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], true, |ctx, t| {
        let fixed = t.fixed();
        let objs = t.data.take(a[1], fixed);
        let terms: Vec<Term> = objs.iter().map(|o| o.term()).collect();
        Ok(copy_list(&mut ctx.p.heap, &terms))
    })
}

// ---- update_counter / update_element ----

/// One `update_counter` operation.
struct CounterOp {
    pos: usize,
    incr: Term,
    /// `(Threshold, SetValue)`.
    clamp: Option<(Term, Term)>,
}

/// Parses `Incr | {Pos, Incr} | {Pos, Incr, Threshold, SetValue}` or a list
/// of those (`Ok((ops, is_list))`).
fn counter_ops(t: Term, keypos: usize) -> Result<(Vec<CounterOp>, bool), Exc> {
    let one = |t: Term| -> Result<CounterOp, Exc> {
        if t.is_integer() {
            return Ok(CounterOp {
                pos: keypos + 1,
                incr: t,
                clamp: None,
            });
        }
        match t.as_tuple() {
            Some([p, i]) if i.is_integer() => Ok(CounterOp {
                pos: counter_pos(*p)?,
                incr: *i,
                clamp: None,
            }),
            Some([p, i, th, sv]) if i.is_integer() && th.is_integer() && sv.is_integer() => {
                Ok(CounterOp {
                    pos: counter_pos(*p)?,
                    incr: *i,
                    clamp: Some((*th, *sv)),
                })
            }
            _ => badarg(),
        }
    };
    if t.is_list() || t.is_nil() {
        let Some(v) = list_to_vec(t) else {
            return badarg();
        };
        let mut ops = Vec::with_capacity(v.len());
        for e in v {
            ops.push(one(e)?);
        }
        return Ok((ops, true));
    }
    Ok((alloc::vec![one(t)?], false))
}

/// A counter position: an integer below 1 is taken (as 0) and fails with
/// `cause => position` once the object is known, as in OTP.
fn counter_pos(p: Term) -> Result<usize, Exc> {
    match p.as_small() {
        Some(n) if n < 1 => Ok(0),
        _ => pos_arg(p),
    }
}

fn int_of(t: Term) -> Option<BigInt> {
    integer::to_bigint(t)
}

/// `value + incr`, clamped as OTP does: past `Threshold` (above for a
/// non-negative increment, below for a negative one) it becomes `SetValue`.
/// Fast on small integers, bignums otherwise.
fn apply_counter(h: &mut Heap, value: Term, op: &CounterOp) -> Option<Term> {
    if let (Some(v), Some(i)) = (value.as_small(), op.incr.as_small()) {
        let r = v as i128 + i as i128;
        if let Some((th, sv)) = op.clamp {
            let over = match th.as_small() {
                Some(th) => {
                    if i >= 0 {
                        r > th as i128
                    } else {
                        r < th as i128
                    }
                }
                None => {
                    let (thb, rb) = (int_of(th)?, BigInt::from(r));
                    if i >= 0 {
                        rb > thb
                    } else {
                        rb < thb
                    }
                }
            };
            if over {
                return Some(sv);
            }
        }
        return Some(h.int128(r));
    }
    let v = int_of(value)?;
    let i = int_of(op.incr)?;
    let r = &v + &i;
    if let Some((th, sv)) = op.clamp {
        let th = int_of(th)?;
        let neg = i < BigInt::from(0);
        if (!neg && r > th) || (neg && r < th) {
            return Some(sv);
        }
    }
    Some(h.bigint(&r))
}

fn update_counter(ctx: &mut Ctx, a: &[Term], default: Option<Term>) -> BifResult {
    with_table(ctx, a[0], true, |ctx, t| {
        if t.data.kind.is_bag() {
            return badarg_cause("table_type");
        }
        let kp = t.data.keypos;
        let key = a[1];
        let stored = t.data.lookup(key).first().copied();
        if stored.is_none() && default.is_none() {
            return badarg_cause("badkey");
        }
        let (ops, is_list) = counter_ops(a[2], kp)?;
        let h = &mut ctx.p.heap;
        // The object to update: the stored one, or the default with the key.
        let (elems, exists): (Vec<Term>, bool) = match stored {
            Some(o) => (o.as_tuple().unwrap_or(&[]).to_vec(), true),
            None => match default {
                Some(d) => match d.as_tuple() {
                    Some(el) if el.len() >= kp => {
                        let mut v = el.to_vec();
                        v[kp - 1] = key;
                        (v, false)
                    }
                    _ => return badarg(),
                },
                None => return badarg(),
            },
        };
        let mut cur = elems;
        let mut results = Vec::with_capacity(ops.len());
        for op in &ops {
            if op.pos == kp {
                return badarg_cause("keypos");
            }
            if op.pos == 0 || op.pos > cur.len() {
                return badarg_cause("position");
            }
            if !cur[op.pos - 1].is_integer() {
                return badarg();
            }
            let Some(nv) = apply_counter(h, cur[op.pos - 1], op) else {
                return badarg();
            };
            cur[op.pos - 1] = nv;
            results.push(nv);
        }
        let in_place = exists
            && ops.iter().all(|op| cur[op.pos - 1].is_small())
            && stored.is_some_and(|o| {
                ops.iter()
                    .all(|op| o.as_tuple().is_some_and(|el| el[op.pos - 1].is_small()))
            });
        match (in_place, stored) {
            (true, Some(o)) => {
                for op in &ops {
                    // SAFETY: `o` is a tuple in a fragment owned by this
                    // table, to which `with_table`'s `&mut Table` gives us
                    // exclusive access; `op.pos` was checked against its arity;
                    // the old and new words are immediates, so no other
                    // storage or reference count is affected.
                    unsafe { *o.ptr().add(op.pos) = cur[op.pos - 1].raw() };
                }
            }
            _ => {
                let obj = ctx.p.heap.tuple(&cur);
                t.data.insert(obj, t.fixed());
            }
        }
        // Results are immediates or were built on the caller's heap.
        Ok(if is_list {
            ctx.p.heap.list(&results)
        } else {
            results[0]
        })
    })
}

fn update_counter_3(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    update_counter(ctx, a, None)
}

fn update_counter_4(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    update_counter(ctx, a, Some(a[3]))
}

fn update_element(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], true, |ctx, t| {
        if t.data.kind.is_bag() {
            return badarg();
        }
        let kp = t.data.keypos;
        let specs = if a[2].is_tuple() {
            alloc::vec![a[2]]
        } else {
            match list_to_vec(a[2]) {
                Some(v) => v,
                None => return badarg(),
            }
        };
        let mut ups = Vec::with_capacity(specs.len());
        for s in specs {
            match s.as_tuple() {
                Some([p, v]) => ups.push((pos_arg(*p)?, *v)),
                _ => return badarg(),
            }
        }
        let Some(&stored) = t.data.lookup(a[1]).first() else {
            return Ok(Term::FALSE);
        };
        let mut el = stored.as_tuple().unwrap_or(&[]).to_vec();
        for &(p, v) in &ups {
            if p == kp {
                return badarg_cause("keypos");
            }
            if p > el.len() {
                return badarg();
            }
            el[p - 1] = v;
        }
        let obj = ctx.p.heap.tuple(&el);
        t.data.insert(obj, t.fixed());
        Ok(Term::TRUE)
    })
}

// ---- reads ----

fn lookup(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], false, |ctx, t| {
        let objs = t.data.lookup(a[1]);
        Ok(copy_list(&mut ctx.p.heap, &objs))
    })
}

fn lookup_element(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], false, |ctx, t| {
        let pos = pos_arg(a[2])?;
        let objs = t.data.lookup(a[1]);
        if objs.is_empty() {
            return badarg_cause("badkey");
        }
        let mut els = Vec::with_capacity(objs.len());
        for o in &objs {
            match o.as_tuple() {
                Some(el) if pos <= el.len() => els.push(el[pos - 1]),
                _ => return badarg(),
            }
        }
        if t.data.kind.is_bag() {
            Ok(copy_list(&mut ctx.p.heap, &els))
        } else {
            Ok(copy_to_heap(&mut ctx.p.heap, els[0]))
        }
    })
}

fn member(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], false, |_, t| Ok(Term::bool(t.data.member(a[1]))))
}

fn key_or_end(h: &mut Heap, k: Option<Term>) -> Term {
    match k {
        Some(k) => copy_to_heap(h, k),
        None => end_of_table(),
    }
}

fn first(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], false, |ctx, t| {
        Ok(key_or_end(&mut ctx.p.heap, t.data.first()))
    })
}

fn last(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], false, |ctx, t| {
        Ok(key_or_end(&mut ctx.p.heap, t.data.last()))
    })
}

fn next(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], false, |ctx, t| match t.data.next(a[1]) {
        Ok(k) => Ok(key_or_end(&mut ctx.p.heap, k)),
        Err(_) => badarg(),
    })
}

fn prev(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], false, |ctx, t| match t.data.prev(a[1]) {
        Ok(k) => Ok(key_or_end(&mut ctx.p.heap, k)),
        Err(_) => badarg(),
    })
}

fn slot(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    with_table(ctx, a[0], false, |ctx, t| {
        let i = match a[1].as_small() {
            Some(n) if n >= 0 => n as usize,
            _ => return badarg(),
        };
        match t.data.slot(i) {
            Ok(Some(objs)) => Ok(copy_list(&mut ctx.p.heap, &objs)),
            Ok(None) => Ok(end_of_table()),
            Err(_) => badarg(),
        }
    })
}

// ---- info ----

const INFO_ITEMS: &[&str] = &[
    "id",
    "decentralized_counters",
    "read_concurrency",
    "write_concurrency",
    "compressed",
    "memory",
    "owner",
    "heir",
    "name",
    "size",
    "node",
    "named_table",
    "type",
    "keypos",
    "protection",
];

fn info_value(h: &mut Heap, t: &Table, item: &[u8]) -> Option<Term> {
    let at = |s: &str| Term::atom(Atom::from_str(s));
    Some(match item {
        b"id" => h.reference(t.id),
        b"decentralized_counters" => Term::bool(t.decentralized_counters),
        b"read_concurrency" => Term::bool(t.read_concurrency),
        b"write_concurrency" => t.write_concurrency,
        b"compressed" => Term::bool(t.compressed),
        b"memory" => h.uint(t.data.memory_words() as u64),
        b"owner" => Term::pid(t.owner),
        b"heir" => match &t.heir {
            Some((p, _)) => Term::pid(*p),
            None => at("none"),
        },
        b"name" => Term::atom(t.name),
        b"size" => h.uint(t.data.size() as u64),
        b"node" => Term::atom(am::NONODE),
        b"named_table" => Term::bool(t.named),
        b"type" => at(t.data.kind.name()),
        b"keypos" => Term::small(t.data.keypos as isize),
        b"protection" => at(t.access.name()),
        b"fixed" => Term::bool(t.fixed()),
        b"safe_fixed" | b"safe_fixed_monotonic_time" => match t.fix_time {
            None => Term::FALSE,
            Some((mono, sys)) => {
                let time = if item == b"safe_fixed" {
                    let us = sys / 1000;
                    let (m, s, u) = (
                        h.uint(us / 1_000_000_000_000),
                        h.uint(us / 1_000_000 % 1_000_000),
                        h.uint(us % 1_000_000),
                    );
                    h.tuple(&[m, s, u])
                } else {
                    h.uint(mono)
                };
                let mut fx = Vec::new();
                for &(p, n) in &t.fixers {
                    let c = h.uint(n as u64);
                    fx.push(h.tuple(&[Term::pid(p), c]));
                }
                let l = h.list(&fx);
                h.tuple(&[time, l])
            }
        },
        _ => return None,
    })
}

fn info_1(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_atom() && !a[0].is_ref() {
        return badarg_cause("type");
    }
    let h = &mut ctx.p.heap;
    with_registry(ctx.vm, |reg| {
        let Some(t) = reg.resolve(a[0]).and_then(|id| reg.tables.get(&id)) else {
            return Ok(Term::atom(am::UNDEFINED));
        };
        let mut out = Vec::with_capacity(INFO_ITEMS.len());
        for item in INFO_ITEMS {
            let v = info_value(h, t, item.as_bytes()).unwrap_or(Term::NIL);
            out.push(h.tuple(&[Term::atom(Atom::from_str(item)), v]));
        }
        Ok(h.list(&out))
    })
}

fn info_2(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    if !a[0].is_atom() && !a[0].is_ref() {
        return badarg_cause("type");
    }
    let item = atom_arg(a[1])?;
    let h = &mut ctx.p.heap;
    with_registry(ctx.vm, |reg| {
        let Some(t) = reg.resolve(a[0]).and_then(|id| reg.tables.get(&id)) else {
            return Ok(Term::atom(am::UNDEFINED));
        };
        match info_value(h, t, item.name()) {
            Some(v) => Ok(v),
            None => badarg(),
        }
    })
}

fn all(ctx: &mut Ctx, _: &[Term]) -> BifResult {
    let mut tids: Vec<(u64, Tid)> = with_registry(ctx.vm, |reg| {
        reg.tables.values().map(|t| (t.id, t.tid())).collect()
    });
    tids.sort_by_key(|x| x.0);
    let h = &mut ctx.p.heap;
    let v: Vec<Term> = tids.into_iter().map(|(_, t)| t.build(h)).collect();
    Ok(h.list(&v))
}

fn whereis(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let name = atom_arg(a[0])?;
    let id = with_registry(ctx.vm, |reg| reg.names.get(&name).copied());
    Ok(match id {
        Some(id) => ctx.p.heap.reference(id),
        None => Term::atom(am::UNDEFINED),
    })
}

// ---- fixation, ownership, options ----

fn safe_fixtable(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let on = a[1] == Term::TRUE;
    let now = (ctx.vm.host.monotonic_ns(), ctx.vm.host.system_ns());
    with_table(ctx, a[0], false, |ctx, t| {
        if !a[1].is_boolean() {
            return badarg();
        }
        let pid = ctx.p.pid;
        if on {
            match t.fixers.iter_mut().find(|f| f.0 == pid) {
                Some(f) => f.1 += 1,
                None => t.fixers.push((pid, 1)),
            }
            if t.fix_time.is_none() {
                t.fix_time = Some(now);
            }
        } else if let Some(i) = t.fixers.iter().position(|f| f.0 == pid) {
            t.fixers[i].1 -= 1;
            if t.fixers[i].1 == 0 {
                t.fixers.remove(i);
            }
            if t.fixers.is_empty() {
                t.fix_time = None;
                t.data.unfix();
            }
        }
        Ok(Term::TRUE)
    })
}

fn rename(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let pid = ctx.p.pid;
    let tid = with_registry(ctx.vm, |reg| {
        let id = reg.lookup(a[0])?;
        let Some(t) = reg.tables.get(&id) else {
            return badarg_cause("id");
        };
        if !t.can(pid, true) {
            return badarg_cause("access");
        }
        let new_name = atom_arg(a[1])?;
        if t.named {
            if reg.names.contains_key(&new_name) {
                return badarg();
            }
            let old = t.name;
            reg.names.remove(&old);
            reg.names.insert(new_name, id);
        }
        let Some(t) = reg.tables.get_mut(&id) else {
            return badarg();
        };
        t.name = new_name;
        Ok(t.tid())
    })?;
    Ok(tid.build(&mut ctx.p.heap))
}

fn give_away(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let me = ctx.p.pid;
    let to = if a[1].is_pid() { a[1].pid_value() } else { me };
    let alive = a[1].is_pid() && ctx.vm.is_alive(to);
    // OTP checks the table (with write access), then the pid, then the
    // ownership, then whether the recipient is alive.
    let tid = with_registry(ctx.vm, |reg| {
        let id = reg.lookup(a[0])?;
        let Some(t) = reg.tables.get_mut(&id) else {
            return badarg_cause("id");
        };
        if !t.can(me, true) {
            return badarg_cause("access");
        }
        if !a[1].is_pid() {
            return badarg();
        }
        if t.owner != me {
            return badarg_cause("not_owner");
        }
        if to == me {
            return badarg_cause("owner");
        }
        if !alive {
            return badarg();
        }
        t.owner = to;
        Ok(t.tid())
    })?;
    let h = &mut ctx.p.heap;
    let tid = tid.build(h);
    let tag = Term::atom(Atom::from_str("ETS-TRANSFER"));
    let msg = h.tuple(&[tag, tid, Term::pid(me), a[2]]);
    crate::bif::erlang::signals::deliver(ctx.vm, Some(&mut *ctx.p), to, msg);
    Ok(Term::TRUE)
}

fn setopts(ctx: &mut Ctx, a: &[Term]) -> BifResult {
    let opts = if a[1].is_tuple() {
        alloc::vec![a[1]]
    } else {
        match list_to_vec(a[1]) {
            Some(v) => v,
            None => return badarg(),
        }
    };
    let me = ctx.p.pid;
    with_table(ctx, a[0], true, |_, t| {
        if t.owner != me {
            return badarg();
        }
        for o in opts {
            let el = o.as_tuple().unwrap_or(&[]);
            let tag = el.first().and_then(|x| x.as_atom()).map(|x| x.name());
            match (tag, el) {
                (Some(b"heir"), [_, n]) if n.as_atom().is_some_and(|x| x.name() == b"none") => {
                    t.heir = None
                }
                (Some(b"heir"), [_, p, d]) if p.is_pid() => {
                    t.heir = Some((p.pid_value(), Owned::new(*d)))
                }
                (Some(b"protection"), [_, p]) => {
                    t.access = match p.as_atom().map(|x| x.name()) {
                        Some(b"public") => Access::Public,
                        Some(b"protected") => Access::Protected,
                        Some(b"private") => Access::Private,
                        _ => return badarg(),
                    }
                }
                _ => return badarg(),
            }
        }
        Ok(Term::TRUE)
    })
}

/// Entry points for tests elsewhere in the crate.
#[cfg(test)]
pub(crate) mod tests_api {
    use super::*;

    /// `ets:new(Name, Opts)`, panicking on failure.
    pub(crate) fn new(ctx: &mut Ctx, name: Term, opts: Term) -> Term {
        super::new(ctx, &[name, opts]).expect("ets:new")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_clamp() {
        let mut h = Heap::default();
        let op = |pos, incr, clamp| CounterOp { pos, incr, clamp };
        let v = apply_counter(&mut h, Term::small(1), &op(2, Term::small(1), None)).unwrap();
        assert_eq!(v, Term::small(2));
        let c = Some((Term::small(0), Term::small(100)));
        assert_eq!(
            apply_counter(&mut h, Term::small(2), &op(2, Term::small(-5), c)),
            Some(Term::small(100))
        );
        let c = Some((Term::small(5), Term::small(-1)));
        assert_eq!(
            apply_counter(&mut h, Term::small(2), &op(2, Term::small(10), c)),
            Some(Term::small(-1))
        );
        let big = h.int(1 << 62);
        let r = apply_counter(&mut h, big, &op(2, big, None)).unwrap();
        assert_eq!(integer::to_bigint(r).unwrap(), BigInt::from(1u64 << 63));
    }

    #[test]
    fn counter_op_parsing() {
        let mut h = Heap::default();
        let (ops, list) = counter_ops(Term::small(3), 1).unwrap();
        assert!(!list);
        assert_eq!(ops[0].pos, 2);
        let t = h.tuple(&[
            Term::small(3),
            Term::small(1),
            Term::small(9),
            Term::small(0),
        ]);
        let l = h.list(&[t]);
        let (ops, list) = counter_ops(l, 1).unwrap();
        assert!(list && ops[0].clamp.is_some() && ops[0].pos == 3);
        let bad = h.tuple(&[Term::atom(am::OK), Term::small(1)]);
        assert!(counter_ops(bad, 1).is_err());
        // Position 0 parses, to fail with `cause => position` later.
        let zero = h.tuple(&[Term::small(0), Term::small(1)]);
        assert_eq!(counter_ops(zero, 1).unwrap().0[0].pos, 0);
        let f = h.float(1.5);
        assert!(counter_ops(f, 1).is_err());
        assert!(counter_ops(Term::NIL, 1).unwrap().0.is_empty());
    }

    fn atom(s: &str) -> Term {
        Term::atom(Atom::from_str(s))
    }

    /// A VM and a process to call BIFs with.
    fn setup() -> (Vm, crate::process::Process) {
        let vm = Vm::new(alloc::boxed::Box::new(crate::host::NullHost::default()));
        (vm, crate::process::Process::new(0))
    }

    fn show(t: Term) -> alloc::string::String {
        crate::term::print::to_string(t)
    }

    #[test]
    fn bif_round_trip() {
        let (mut vm, mut p) = setup();
        let mut ctx = Ctx {
            vm: &mut vm,
            p: &mut p,
        };
        let opts = ctx.p.heap.list(&[atom("ordered_set")]);
        let t = new(&mut ctx, &[atom("tab"), opts]).unwrap();
        assert!(t.is_ref());
        for i in [3, 1, 2] {
            let o = ctx.p.heap.tuple(&[Term::small(i), atom("v")]);
            assert_eq!(insert(&mut ctx, &[t, o]).ok(), Some(Term::TRUE));
        }
        let body = ctx.p.heap.list(&[atom("$_")]);
        let clause = ctx.p.heap.tuple(&[atom("_"), Term::NIL, body]);
        let spec = ctx.p.heap.list(&[clause]);
        let all = select::select_for_tests(&mut ctx, t, spec).unwrap();
        assert_eq!(show(all), "[{1,v},{2,v},{3,v}]");
        let l = lookup(&mut ctx, &[t, Term::small(2)]).unwrap();
        assert_eq!(show(l), "[{2,v}]");
        // select with a guard: keys above 1
        let v1 = atom("$1");
        let head = ctx.p.heap.tuple(&[v1, atom("_")]);
        let g = ctx.p.heap.tuple(&[atom(">"), v1, Term::small(1)]);
        let guards = ctx.p.heap.list(&[g]);
        let body = ctx.p.heap.list(&[v1]);
        let clause = ctx.p.heap.tuple(&[head, guards, body]);
        let spec = ctx.p.heap.list(&[clause]);
        let r = select::select_for_tests(&mut ctx, t, spec).unwrap();
        assert_eq!(show(r), "[2,3]");
        assert_eq!(
            next(&mut ctx, &[t, Term::small(3)])
                .ok()
                .map(show)
                .as_deref(),
            Some("'$end_of_table'")
        );
        assert!(update_counter_3(&mut ctx, &[t, Term::small(1), Term::small(5)]).is_err());
        let c = ctx.p.heap.tuple(&[Term::small(9), Term::small(0)]);
        insert(&mut ctx, &[t, c]).unwrap();
        assert_eq!(
            update_counter_3(&mut ctx, &[t, Term::small(9), Term::small(5)]).ok(),
            Some(Term::small(5))
        );
        assert_eq!(
            show(lookup(&mut ctx, &[t, Term::small(9)]).unwrap()),
            "[{9,5}]"
        );
        assert_eq!(delete_1(&mut ctx, &[t]).ok(), Some(Term::TRUE));
        assert!(lookup(&mut ctx, &[t, Term::small(2)]).is_err());
        assert_eq!(info_1(&mut ctx, &[t]).ok(), Some(Term::atom(am::UNDEFINED)));
    }

    #[test]
    fn owners_and_names() {
        let (mut vm, mut p) = setup();
        {
            let mut ctx = Ctx {
                vm: &mut vm,
                p: &mut p,
            };
            let opts = ctx.p.heap.list(&[atom("named_table"), atom("public")]);
            assert_eq!(
                new(&mut ctx, &[atom("owned_t"), opts]).ok(),
                Some(atom("owned_t"))
            );
            assert!(new(&mut ctx, &[atom("owned_t"), opts]).is_err());
            let o = ctx.p.heap.tuple(&[atom("k")]);
            insert(&mut ctx, &[atom("owned_t"), o]).unwrap();
            assert_eq!(table_count(ctx.vm), 1);
        }
        // The owner (pid 0) dies without an heir: the table goes.
        assert!(owner_exited(&mut vm, 0, None).is_empty());
        assert_eq!(table_count(&vm), 0);
    }

    #[test]
    fn objects_are_validated() {
        let mut h = Heap::default();
        let ok = h.tuple(&[Term::small(1)]);
        let empty = h.tuple(&[]);
        assert!(objects_arg(ok, 1).is_ok());
        assert!(objects_arg(empty, 1).is_err());
        assert!(objects_arg(ok, 2).is_err());
        let l = h.list(&[ok, Term::small(1)]);
        assert!(objects_arg(l, 1).is_err());
        assert!(objects_arg(Term::NIL, 1).unwrap().is_empty());
    }
}
