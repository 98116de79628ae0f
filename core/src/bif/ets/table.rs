//! ETS table storage.
//!
//! Every object is deep-copied out of the inserting process's heap into an
//! [`Owned`] fragment that the table owns; readers get copies on their own
//! heap. Terms handed out by this module (`Term`s of stored objects and
//! keys) point into that storage and are valid only while the table is not
//! modified: callers copy them before changing the table or releasing it.
//!
//! - `set`, `bag`, `duplicate_bag` ([`HashStore`]): a slot per key (holding
//!   every object of the key, in order), chained into buckets laid out
//!   exactly like OTP 25's linear hash table, so traversals visit keys in
//!   OTP's order, and found the way OTP finds them: along the chain of the
//!   key's bucket (its hash is consistent with `=:=`, which is how these
//!   tables compare keys; there are no more objects than buckets, except
//!   while the table is fixed, when OTP does not grow it either). Deleting
//!   marks the slot dead; dead slots are compacted away when they outnumber
//!   live ones. While the table is fixed (`safe_fixtable/2`), a deleted key
//!   leaves a *ghost* slot behind so that `next/2` from that key keeps
//!   working, as OTP guarantees.
//! - `ordered_set` ([`TreeStore`]): a `BTreeMap` in term order, where keys
//!   that compare `==` (`1` and `1.0`) are the same key.

use crate::term::compare::{compare, exact_eq};
use crate::term::hash::internal_hash;
use crate::term::owned::Owned;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::ops::Bound;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    Set,
    OrderedSet,
    Bag,
    DuplicateBag,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Set => "set",
            Kind::OrderedSet => "ordered_set",
            Kind::Bag => "bag",
            Kind::DuplicateBag => "duplicate_bag",
        }
    }
    pub fn is_bag(self) -> bool {
        matches!(self, Kind::Bag | Kind::DuplicateBag)
    }
}

/// The key of a stored (validated) object.
#[inline]
pub fn key_of(obj: Term, keypos: usize) -> Term {
    match obj.as_tuple() {
        Some(el) if keypos >= 1 && keypos <= el.len() => el[keypos - 1],
        _ => Term::NON_VALUE,
    }
}

#[inline]
fn same(a: Term, b: Term) -> bool {
    a == b || exact_eq(a, b)
}

/// A key or position the table does not have (`badarg`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct BadArg;

/// Whether iteration goes on.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Step {
    Go,
    Stop,
}

// ---------------------------------------------------------------------------
// set / bag / duplicate_bag

/// End of a bucket chain.
const NIL: u32 = u32::MAX;
/// OTP's first segment: a new table has this many buckets.
const FIRST_BUCKETS: usize = 256;
/// OTP's `MAX_HASH` mask on bucket hashes.
const MAX_HASH: u32 = 0xEFFF_FFFF;

/// The hash OTP 25 files a key under (`MAKE_HASH`): an atom by the hash of
/// its name, anything else by `make_internal_hash`.
fn bucket_hash(key: Term) -> u32 {
    let h = match key.as_atom() {
        Some(a) => crate::term::hash::atom_name_hash(a.name()),
        None => internal_hash(key),
    };
    h & MAX_HASH
}

struct Slot {
    /// [`bucket_hash`] of the key (where OTP keeps it).
    ohash: u32,
    /// Next slot in the same bucket.
    next: u32,
    /// The first object (or, for a ghost, the deleted object that still
    /// names the key). `None`: dead slot, in no bucket.
    first: Option<Owned>,
    /// Further objects of the key (bags), in order.
    rest: Rest,
    ghost: bool,
}

/// Further objects of a bag key: one pointer, and no allocation for a set
/// (a set table has a million of these when it has a million keys).
// A boxed vector on purpose: one word where it is empty.
#[allow(clippy::box_collection)]
#[derive(Default)]
struct Rest(Option<Box<Vec<Owned>>>);

impl Rest {
    fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |v| v.len())
    }
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn iter(&self) -> core::slice::Iter<'_, Owned> {
        self.0.as_deref().map_or(&[][..], |v| &v[..]).iter()
    }
    fn push(&mut self, o: Owned) {
        self.0.get_or_insert_with(Default::default).push(o);
    }
    fn retain(&mut self, f: impl FnMut(&Owned) -> bool) {
        if let Some(v) = self.0.as_mut() {
            v.retain(f);
        }
    }
    fn remove(&mut self, i: usize) -> Owned {
        self.0.as_mut().expect("index in range").remove(i)
    }
    fn take(&mut self) -> Vec<Owned> {
        self.0.take().map_or_else(Vec::new, |v| *v)
    }
}

impl core::ops::Index<usize> for Rest {
    type Output = Owned;
    fn index(&self, i: usize) -> &Owned {
        &self.0.as_ref().expect("index in range")[i]
    }
}

impl Slot {
    #[inline]
    fn live(&self) -> bool {
        self.first.is_some() && !self.ghost
    }
    fn len(&self) -> usize {
        if self.live() {
            1 + self.rest.len()
        } else {
            0
        }
    }
    fn obj(&self, i: usize) -> Term {
        if i == 0 {
            self.first.as_ref().map_or(Term::NON_VALUE, |o| o.term())
        } else {
            self.rest[i - 1].term()
        }
    }
}

/// Hash tables, laid out as OTP 25's linear hash tables so that traversals
/// (`first`/`next`, `select`, `tab2list`, `slot`) visit keys in OTP's order:
/// buckets in ascending index (a new table has 256; one more is split off
/// each time an insert leaves more objects than buckets, never merged back
/// until `delete_all_objects`), each bucket's keys in insertion order. The
/// order matches OTP wherever the key hashes do: numbers, atoms, binaries,
/// lists and tuples of those (atoms nested in compound keys hash differently
/// here).
pub struct HashStore {
    slots: Vec<Slot>,
    /// First slot of each active bucket.
    heads: Vec<u32>,
    /// Bucket mask (OTP's `szm`).
    szm: usize,
    size: usize,
    /// Slots neither live nor ghost.
    dead: usize,
    ghosts: usize,
}

impl Default for HashStore {
    fn default() -> Self {
        HashStore {
            slots: Vec::new(),
            heads: alloc::vec![NIL; FIRST_BUCKETS],
            szm: FIRST_BUCKETS - 1,
            size: 0,
            dead: 0,
            ghosts: 0,
        }
    }
}

impl HashStore {
    fn slot_key(&self, i: usize, keypos: usize) -> Term {
        key_of(self.slots[i].obj(0), keypos)
    }

    /// OTP's `hash_to_ix`.
    fn bucket_of(&self, ohash: u32) -> usize {
        let ix = ohash as usize & self.szm;
        if ix >= self.heads.len() {
            ix & (self.szm >> 1)
        } else {
            ix
        }
    }

    /// Index of the slot of `key` (live or ghost).
    fn find(&self, key: Term, keypos: usize) -> Option<usize> {
        let oh = bucket_hash(key);
        let mut cur = self.heads[self.bucket_of(oh)];
        while cur != NIL {
            let s = &self.slots[cur as usize];
            if s.ohash == oh && same(key_of(s.obj(0), keypos), key) {
                return Some(cur as usize);
            }
            cur = s.next;
        }
        None
    }

    fn find_live(&self, key: Term, keypos: usize) -> Option<usize> {
        self.find(key, keypos).filter(|&i| self.slots[i].live())
    }

    /// Appends slot `i` to its bucket.
    fn link(&mut self, i: usize) {
        let b = self.bucket_of(self.slots[i].ohash);
        self.slots[i].next = NIL;
        let mut cur = self.heads[b];
        if cur == NIL {
            self.heads[b] = i as u32;
            return;
        }
        while self.slots[cur as usize].next != NIL {
            cur = self.slots[cur as usize].next;
        }
        self.slots[cur as usize].next = i as u32;
    }

    /// Takes slot `i` out of its bucket.
    fn unlink(&mut self, i: usize) {
        let b = self.bucket_of(self.slots[i].ohash);
        let next = self.slots[i].next;
        if self.heads[b] == i as u32 {
            self.heads[b] = next;
            return;
        }
        let mut cur = self.heads[b];
        while cur != NIL {
            let c = cur as usize;
            if self.slots[c].next == i as u32 {
                self.slots[c].next = next;
                return;
            }
            cur = self.slots[c].next;
        }
    }

    /// Splits one bucket into a new one, as OTP's `grow`: bucket order is
    /// kept in both halves.
    fn grow(&mut self) {
        let nactive = self.heads.len();
        let from = if nactive <= self.szm {
            nactive & (self.szm >> 1)
        } else {
            self.szm = (self.szm << 1) | 1;
            0
        };
        self.heads.push(NIL);
        let szm = self.szm;
        let (mut keep_head, mut keep_tail) = (NIL, NIL);
        let (mut move_head, mut move_tail) = (NIL, NIL);
        let mut cur = self.heads[from];
        while cur != NIL {
            let c = cur as usize;
            let next = self.slots[c].next;
            self.slots[c].next = NIL;
            let stays = self.slots[c].ohash as usize & szm == from;
            let (head, tail) = if stays {
                (&mut keep_head, &mut keep_tail)
            } else {
                (&mut move_head, &mut move_tail)
            };
            if *tail == NIL {
                *head = cur;
            } else {
                self.slots[*tail as usize].next = cur;
            }
            *tail = cur;
            cur = next;
        }
        self.heads[from] = keep_head;
        self.heads[nactive] = move_head;
    }

    /// One more object: OTP grows by a bucket when objects outnumber them.
    fn grew(&mut self, fixed: bool) {
        self.size += 1;
        if self.size > self.heads.len() && !fixed {
            self.grow();
        }
    }

    fn push_slot(&mut self, ohash: u32, obj: Owned, fixed: bool) {
        let i = self.slots.len();
        self.slots.push(Slot {
            ohash,
            next: NIL,
            first: Some(obj),
            rest: Rest::default(),
            ghost: false,
        });
        self.link(i);
        self.grew(fixed);
    }

    fn insert(&mut self, kind: Kind, obj: Term, keypos: usize, fixed: bool) {
        let key = key_of(obj, keypos);
        match self.find(key, keypos) {
            Some(i) => {
                let s = &mut self.slots[i];
                if s.ghost {
                    s.first = Some(Owned::new(obj));
                    s.ghost = false;
                    self.ghosts -= 1;
                    self.size += 1;
                    return;
                }
                match kind {
                    Kind::Set | Kind::OrderedSet => s.first = Some(Owned::new(obj)),
                    Kind::Bag => {
                        let dup = same(s.obj(0), obj) || s.rest.iter().any(|o| same(o.term(), obj));
                        if !dup {
                            s.rest.push(Owned::new(obj));
                            self.grew(fixed);
                        }
                    }
                    Kind::DuplicateBag => {
                        s.rest.push(Owned::new(obj));
                        self.grew(fixed);
                    }
                }
            }
            None => {
                self.push_slot(bucket_hash(key), Owned::new(obj), fixed);
            }
        }
    }

    /// Empties slot `i` (live): a ghost while fixed, else dead.
    fn kill_slot(&mut self, i: usize, fixed: bool) -> Vec<Owned> {
        let n = self.slots[i].len();
        self.size -= n;
        let mut out: Vec<Owned> = Vec::with_capacity(n);
        if fixed {
            let s = &mut self.slots[i];
            let rest = s.rest.take();
            // Keep the first object as the key holder; hand out a copy.
            if let Some(f) = &s.first {
                out.push(Owned::new(f.term()));
            }
            s.ghost = true;
            self.ghosts += 1;
            out.extend(rest);
        } else {
            self.unlink(i);
            let s = &mut self.slots[i];
            let rest = s.rest.take();
            if let Some(f) = s.first.take() {
                out.push(f);
            }
            out.extend(rest);
            self.dead += 1;
        }
        out
    }

    fn delete_key(&mut self, key: Term, keypos: usize, fixed: bool) -> Vec<Owned> {
        match self.find_live(key, keypos) {
            Some(i) => {
                let out = self.kill_slot(i, fixed);
                self.maybe_compact(fixed);
                out
            }
            None => Vec::new(),
        }
    }

    /// Removes objects equal to `obj` (one for a bag: there is at most
    /// one; every copy for a duplicate bag).
    fn delete_object(&mut self, obj: Term, keypos: usize, fixed: bool) {
        let key = key_of(obj, keypos);
        let Some(i) = self.find_live(key, keypos) else {
            return;
        };
        let s = &mut self.slots[i];
        let before = s.rest.len();
        s.rest.retain(|o| !same(o.term(), obj));
        let removed = before - s.rest.len();
        self.size -= removed;
        let s = &mut self.slots[i];
        if same(s.obj(0), obj) {
            if s.rest.is_empty() {
                // The object was the key's last one.
                let _ = self.kill_slot(i, fixed);
                self.maybe_compact(fixed);
            } else {
                let next = s.rest.remove(0);
                s.first = Some(next);
                self.size -= 1;
            }
        }
    }

    /// Empties the table; like OTP it shrinks back to 256 buckets.
    fn clear(&mut self) {
        *self = HashStore::default();
    }

    /// Drops ghosts (when the table stops being fixed) and compacts.
    fn unfix(&mut self) {
        if self.ghosts > 0 {
            for i in 0..self.slots.len() {
                if self.slots[i].ghost {
                    self.unlink(i);
                    let s = &mut self.slots[i];
                    s.ghost = false;
                    s.first = None;
                    self.dead += 1;
                }
            }
            self.ghosts = 0;
        }
        self.maybe_compact(false);
    }

    /// Drops dead slots once they are the majority (renumbering the rest).
    fn maybe_compact(&mut self, fixed: bool) {
        if fixed || self.dead < 64 || self.dead * 2 < self.slots.len() {
            return;
        }
        let mut map = alloc::vec![NIL; self.slots.len()];
        let mut n = 0u32;
        for (i, s) in self.slots.iter().enumerate() {
            if s.first.is_some() {
                map[i] = n;
                n += 1;
            }
        }
        self.slots.retain(|s| s.first.is_some());
        for s in self.slots.iter_mut() {
            if s.next != NIL {
                s.next = map[s.next as usize];
            }
        }
        for h in self.heads.iter_mut() {
            if *h != NIL {
                *h = map[*h as usize];
            }
        }
        self.dead = 0;
    }

    /// The first live slot at or after position `(bucket, slot)`; `slot`
    /// `NIL` means the start of `bucket`.
    fn live_from(&self, mut bucket: usize, mut cur: u32) -> Option<usize> {
        loop {
            while cur != NIL {
                if self.slots[cur as usize].live() {
                    return Some(cur as usize);
                }
                cur = self.slots[cur as usize].next;
            }
            bucket += 1;
            if bucket >= self.heads.len() {
                return None;
            }
            cur = self.heads[bucket];
        }
    }

    fn first_live(&self) -> Option<usize> {
        let h = *self.heads.first()?;
        self.live_from(0, h)
    }

    /// The live slot after slot `i` in traversal order.
    fn live_after(&self, i: usize) -> Option<usize> {
        let b = self.bucket_of(self.slots[i].ohash);
        self.live_from(b, self.slots[i].next)
    }

    /// Visits objects from cursor `(bucket, position in its chain, object)`;
    /// returns the cursor to resume from after a `Stop`, or `None` at the
    /// end.
    fn scan(
        &self,
        start: (usize, usize, usize),
        f: &mut dyn FnMut(Term) -> Step,
    ) -> Option<(usize, usize, usize)> {
        let (mut b, mut pos, mut oi) = start;
        while b < self.heads.len() {
            let mut cur = self.heads[b];
            let mut p = 0;
            while cur != NIL && p < pos {
                cur = self.slots[cur as usize].next;
                p += 1;
            }
            while cur != NIL {
                let s = &self.slots[cur as usize];
                let n = s.len();
                while oi < n {
                    let o = s.obj(oi);
                    oi += 1;
                    if f(o) == Step::Stop {
                        return Some((b, p, oi));
                    }
                }
                oi = 0;
                p += 1;
                cur = s.next;
            }
            b += 1;
            pos = 0;
            oi = 0;
        }
        None
    }

    /// The live objects of bucket `b`.
    fn bucket_objects(&self, b: usize) -> Vec<Term> {
        let mut v = Vec::new();
        let mut cur = self.heads[b];
        while cur != NIL {
            let s = &self.slots[cur as usize];
            v.extend((0..s.len()).map(|j| s.obj(j)));
            cur = s.next;
        }
        v
    }
}

// ---------------------------------------------------------------------------
// ordered_set

/// A key in term order (`==`-equal keys are equal).
#[derive(Copy, Clone)]
pub struct TKey(pub Term);

impl PartialEq for TKey {
    fn eq(&self, o: &Self) -> bool {
        compare(self.0, o.0) == Ordering::Equal
    }
}
impl Eq for TKey {}
impl PartialOrd for TKey {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for TKey {
    fn cmp(&self, o: &Self) -> Ordering {
        compare(self.0, o.0)
    }
}

/// `ordered_set` storage. The map's keys point into their own values.
#[derive(Default)]
pub struct TreeStore {
    map: BTreeMap<TKey, Owned>,
}

impl TreeStore {
    fn insert(&mut self, obj: Term, keypos: usize) {
        let o = Owned::new(obj);
        let k = TKey(key_of(o.term(), keypos));
        // Remove first: the old entry's key points into the old object.
        self.map.remove(&k);
        self.map.insert(k, o);
    }

    fn scan(
        &self,
        after: Option<Term>,
        reverse: bool,
        f: &mut dyn FnMut(Term) -> Step,
    ) -> Option<Term> {
        macro_rules! walk {
            ($it:expr) => {{
                for (k, v) in $it {
                    if f(v.term()) == Step::Stop {
                        return Some(k.0);
                    }
                }
                None
            }};
        }
        match (after, reverse) {
            (None, false) => walk!(self.map.iter()),
            (None, true) => walk!(self.map.iter().rev()),
            (Some(k), false) => walk!(self.map.range((Bound::Excluded(TKey(k)), Bound::Unbounded))),
            (Some(k), true) => walk!(self
                .map
                .range((Bound::Unbounded, Bound::Excluded(TKey(k))))
                .rev()),
        }
    }
}

// ---------------------------------------------------------------------------

pub enum Store {
    Hash(HashStore),
    Tree(TreeStore),
}

/// Where a limited traversal (`select/3` and friends) resumes.
#[derive(Copy, Clone, Debug)]
pub enum Cursor {
    /// Not started.
    Start,
    /// Hash tables: bucket, position in its chain, object index.
    Hash(usize, usize, usize),
    /// `ordered_set`: the last key visited (a term in the table until the
    /// caller copies it).
    After(Term),
}

pub struct Storage {
    pub kind: Kind,
    pub keypos: usize,
    store: Store,
}

impl Storage {
    pub fn new(kind: Kind, keypos: usize) -> Storage {
        let store = match kind {
            Kind::OrderedSet => Store::Tree(TreeStore::default()),
            _ => Store::Hash(HashStore::default()),
        };
        Storage {
            kind,
            keypos,
            store,
        }
    }

    pub fn size(&self) -> usize {
        match &self.store {
            Store::Hash(h) => h.size,
            Store::Tree(t) => t.map.len(),
        }
    }

    /// The objects of `key`, in table order.
    pub fn lookup(&self, key: Term) -> Vec<Term> {
        match &self.store {
            Store::Hash(h) => match h.find_live(key, self.keypos) {
                Some(i) => {
                    let s = &h.slots[i];
                    (0..s.len()).map(|j| s.obj(j)).collect()
                }
                None => Vec::new(),
            },
            Store::Tree(t) => t
                .map
                .get(&TKey(key))
                .map(|o| o.term())
                .into_iter()
                .collect(),
        }
    }

    pub fn member(&self, key: Term) -> bool {
        match &self.store {
            Store::Hash(h) => h.find_live(key, self.keypos).is_some(),
            Store::Tree(t) => t.map.contains_key(&TKey(key)),
        }
    }

    /// Inserts a validated object (a tuple with at least `keypos` elements).
    /// A fixed hash table does not grow (as OTP).
    pub fn insert(&mut self, obj: Term, fixed: bool) {
        match &mut self.store {
            Store::Hash(h) => h.insert(self.kind, obj, self.keypos, fixed),
            Store::Tree(t) => t.insert(obj, self.keypos),
        }
    }

    /// Removes every object of `key`, returning them.
    pub fn take(&mut self, key: Term, fixed: bool) -> Vec<Owned> {
        match &mut self.store {
            Store::Hash(h) => h.delete_key(key, self.keypos, fixed),
            Store::Tree(t) => match t.map.remove(&TKey(key)) {
                Some(o) => alloc::vec![o],
                None => Vec::new(),
            },
        }
    }

    pub fn delete_key(&mut self, key: Term, fixed: bool) {
        drop(self.take(key, fixed));
    }

    /// Removes objects `=:=` to `obj`.
    pub fn delete_object(&mut self, obj: Term, fixed: bool) {
        match &mut self.store {
            Store::Hash(h) => h.delete_object(obj, self.keypos, fixed),
            Store::Tree(t) => {
                let k = TKey(key_of(obj, self.keypos));
                if t.map.get(&k).is_some_and(|o| same(o.term(), obj)) {
                    t.map.remove(&k);
                }
            }
        }
    }

    /// Removes everything; returns how many objects there were.
    pub fn clear(&mut self) -> usize {
        let n = self.size();
        match &mut self.store {
            Store::Hash(h) => h.clear(),
            Store::Tree(t) => t.map.clear(),
        }
        n
    }

    pub fn unfix(&mut self) {
        if let Store::Hash(h) = &mut self.store {
            h.unfix();
        }
    }

    /// First key in table order.
    pub fn first(&self) -> Option<Term> {
        match &self.store {
            Store::Hash(h) => h.first_live().map(|i| h.slot_key(i, self.keypos)),
            Store::Tree(t) => t.map.keys().next().map(|k| k.0),
        }
    }

    /// Last key (`first` for hash tables, as OTP).
    pub fn last(&self) -> Option<Term> {
        match &self.store {
            Store::Hash(_) => self.first(),
            Store::Tree(t) => t.map.keys().next_back().map(|k| k.0),
        }
    }

    /// The key after `key`: `Ok(None)` at the end, `Err` when a hash
    /// table does not have `key` (`badarg`). An `ordered_set` answers for
    /// any key.
    pub fn next(&self, key: Term) -> Result<Option<Term>, BadArg> {
        match &self.store {
            Store::Hash(h) => {
                let i = h.find(key, self.keypos).ok_or(BadArg)?;
                Ok(h.live_after(i).map(|j| h.slot_key(j, self.keypos)))
            }
            Store::Tree(t) => Ok(t
                .map
                .range((Bound::Excluded(TKey(key)), Bound::Unbounded))
                .next()
                .map(|(k, _)| k.0)),
        }
    }

    /// The key before `key` (`next` for hash tables, as OTP).
    pub fn prev(&self, key: Term) -> Result<Option<Term>, BadArg> {
        match &self.store {
            Store::Hash(_) => self.next(key),
            Store::Tree(t) => Ok(t
                .map
                .range((Bound::Unbounded, Bound::Excluded(TKey(key))))
                .next_back()
                .map(|(k, _)| k.0)),
        }
    }

    /// Visits objects in table order (reversed for an `ordered_set` when
    /// `reverse`) from `from`; returns where to resume after a `Stop`, or
    /// `None` when the end was reached.
    pub fn scan(
        &self,
        from: Cursor,
        reverse: bool,
        f: &mut dyn FnMut(Term) -> Step,
    ) -> Option<Cursor> {
        match &self.store {
            Store::Hash(h) => {
                let start = match from {
                    Cursor::Hash(b, p, o) => (b, p, o),
                    _ => (0, 0, 0),
                };
                h.scan(start, f).map(|(b, p, o)| Cursor::Hash(b, p, o))
            }
            Store::Tree(t) => {
                let after = match from {
                    Cursor::After(k) => Some(k),
                    _ => None,
                };
                t.scan(after, reverse, f).map(Cursor::After)
            }
        }
    }

    /// Every object, in table order.
    pub fn objects(&self) -> Vec<Term> {
        let mut v = Vec::with_capacity(self.size());
        self.scan(Cursor::Start, false, &mut |o| {
            v.push(o);
            Step::Go
        });
        v
    }

    /// Whether this is a hash table (`set`, `bag`, `duplicate_bag`), whose
    /// `select`/`match`/`tab2list` results OTP lists last key first.
    pub fn hashed(&self) -> bool {
        matches!(self.store, Store::Hash(_))
    }

    /// `ets:slot/2`: the objects in slot `i` (hash tables: bucket `i`;
    /// `ordered_set`: the `i`th object). `Ok(None)` is `'$end_of_table'`.
    pub fn slot(&self, i: usize) -> Result<Option<Vec<Term>>, BadArg> {
        let n = match &self.store {
            Store::Hash(h) => h.heads.len(),
            Store::Tree(t) => t.map.len(),
        };
        match i.cmp(&n) {
            Ordering::Less => Ok(Some(match &self.store {
                Store::Hash(h) => h.bucket_objects(i),
                Store::Tree(t) => t
                    .map
                    .values()
                    .nth(i)
                    .map(|o| o.term())
                    .into_iter()
                    .collect(),
            })),
            Ordering::Equal => Ok(None),
            Ordering::Greater => Err(BadArg),
        }
    }

    /// Memory in words, approximated the way OTP 25 counts it (a fixed
    /// table overhead plus each object's words and per-object overhead).
    pub fn memory_words(&self) -> usize {
        let (base, per) = match &self.store {
            // Buckets beyond the first segment take a word each.
            Store::Hash(h) => (305 + h.heads.len().saturating_sub(FIRST_BUCKETS), 4),
            Store::Tree(_) => (139, 5),
        };
        let mut w = base;
        self.scan(Cursor::Start, false, &mut |o| {
            w += crate::term::copy::size_of(o) + per;
            Step::Go
        });
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;

    fn obj(h: &mut Heap, k: Term, v: Term) -> Term {
        h.tuple(&[k, v])
    }

    fn keys(s: &Storage) -> Vec<Term> {
        s.objects().iter().map(|&o| key_of(o, 1)).collect()
    }

    #[test]
    fn set_insert_lookup_delete() {
        let mut h = Heap::default();
        let mut s = Storage::new(Kind::Set, 1);
        for i in 0..1000 {
            let o = obj(&mut h, Term::small(i), Term::small(i * i));
            s.insert(o, false);
        }
        assert_eq!(s.size(), 1000);
        let got = s.lookup(Term::small(77));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].as_tuple().unwrap()[1], Term::small(77 * 77));
        // Replace.
        let o = obj(&mut h, Term::small(77), Term::NIL);
        s.insert(o, false);
        assert_eq!(s.size(), 1000);
        assert_eq!(
            s.lookup(Term::small(77))[0].as_tuple().unwrap()[1],
            Term::NIL
        );
        // 1 and 1.0 are different keys in a set.
        let f = h.float(1.0);
        assert!(s.lookup(f).is_empty());
        for i in 0..900 {
            s.delete_key(Term::small(i), false);
        }
        assert_eq!(s.size(), 100);
        assert!(!s.member(Term::small(5)));
        assert!(s.member(Term::small(950)));
        // Walk with first/next.
        let mut n = 0;
        let mut k = s.first();
        while let Some(key) = k {
            n += 1;
            k = s.next(key).unwrap();
        }
        assert_eq!(n, 100);
        assert!(s.next(Term::small(3)).is_err());
        assert_eq!(s.objects().len(), 100);
    }

    #[test]
    fn fixed_set_keeps_deleted_keys_walkable() {
        let mut h = Heap::default();
        let mut s = Storage::new(Kind::Set, 1);
        for i in 0..5 {
            let o = obj(&mut h, Term::small(i), Term::NIL);
            s.insert(o, false);
        }
        let order = keys(&s);
        let first = s.first().unwrap();
        assert_eq!(first, order[0]);
        s.delete_key(first, true);
        assert_eq!(s.next(first).unwrap(), Some(order[1]));
        assert_eq!(s.size(), 4);
        assert!(!s.member(first));
        // Re-inserting the key revives the ghost.
        let o = obj(&mut h, first, Term::TRUE);
        s.insert(o, true);
        assert_eq!(s.size(), 5);
        s.delete_key(first, true);
        s.unfix();
        assert!(s.next(first).is_err());
        assert_eq!(keys(&s), order[1..].to_vec());
    }

    #[test]
    fn bags() {
        let mut h = Heap::default();
        let mut b = Storage::new(Kind::Bag, 1);
        let mut d = Storage::new(Kind::DuplicateBag, 1);
        let k = Term::small(1);
        for v in [1, 2, 1] {
            let o = obj(&mut h, k, Term::small(v));
            b.insert(o, false);
            d.insert(o, false);
        }
        assert_eq!(b.size(), 2);
        assert_eq!(d.size(), 3);
        let o1 = obj(&mut h, k, Term::small(1));
        d.delete_object(o1, false);
        assert_eq!(d.size(), 1);
        b.delete_object(o1, false);
        assert_eq!(b.lookup(k).len(), 1);
        let o2 = obj(&mut h, k, Term::small(2));
        b.delete_object(o2, false);
        assert_eq!(b.size(), 0);
        assert!(!b.member(k));
        assert_eq!(b.take(k, false).len(), 0);
        assert_eq!(d.take(k, false).len(), 1);
        assert_eq!(d.size(), 0);
    }

    #[test]
    fn ordered_set_uses_term_order_and_numeric_equality() {
        let mut h = Heap::default();
        let mut s = Storage::new(Kind::OrderedSet, 1);
        for i in [5, 1, 3, 2, 4] {
            let o = obj(&mut h, Term::small(i), Term::NIL);
            s.insert(o, false);
        }
        let a = Term::atom(crate::atom::am::OK);
        let o = obj(&mut h, a, Term::NIL);
        s.insert(o, false);
        assert_eq!(s.first(), Some(Term::small(1)));
        assert_eq!(s.last(), Some(a));
        let f = h.float(2.5);
        assert_eq!(s.next(f).unwrap(), Some(Term::small(3)));
        assert_eq!(s.prev(f).unwrap(), Some(Term::small(2)));
        let one = h.float(1.0);
        let o = obj(&mut h, one, Term::TRUE);
        s.insert(o, false);
        assert_eq!(s.size(), 6);
        let got = s.lookup(Term::small(1));
        assert_eq!(got.len(), 1);
        assert!(got[0].as_tuple().unwrap()[0].is_float());
        // Cursor scanning resumes after the last key visited.
        let mut seen = Vec::new();
        let c = s.scan(Cursor::Start, false, &mut |o| {
            seen.push(key_of(o, 1));
            if seen.len() == 2 {
                Step::Stop
            } else {
                Step::Go
            }
        });
        let mut rest = 0;
        let end = s.scan(c.unwrap(), false, &mut |_| {
            rest += 1;
            Step::Go
        });
        assert!(end.is_none());
        assert_eq!(seen.len() + rest, 6);
        assert_eq!(s.slot(6), Ok(None));
        assert_eq!(s.slot(7), Err(BadArg));
    }

    #[test]
    fn hash_order_is_otps() {
        // `ets:first/next` over keys 1..40 in OTP 25.
        let otp = [
            16, 3, 7, 32, 31, 35, 4, 8, 21, 2, 9, 26, 1, 39, 22, 40, 30, 10, 24, 13, 38, 6, 14, 37,
            18, 17, 11, 12, 19, 15, 28, 5, 36, 25, 23, 29, 27, 20, 34, 33,
        ];
        let mut h = Heap::default();
        let mut s = Storage::new(Kind::Set, 1);
        for i in 1..=40 {
            let o = h.tuple(&[Term::small(i)]);
            s.insert(o, false);
        }
        let mut walk = Vec::new();
        let mut k = s.first();
        while let Some(key) = k {
            walk.push(key.as_small().unwrap());
            k = s.next(key).unwrap();
        }
        assert_eq!(walk, otp);
        // Keys sharing a bucket keep insertion order; 300 keys grow the
        // table to 300 buckets.
        let mut s = Storage::new(Kind::Set, 1);
        for i in [90, 3, 75] {
            let o = h.tuple(&[Term::small(i)]);
            s.insert(o, false);
        }
        assert_eq!(
            keys(&s),
            alloc::vec![Term::small(90), Term::small(3), Term::small(75)]
        );
        for i in 1..=300 {
            let o = h.tuple(&[Term::small(i)]);
            s.insert(o, false);
        }
        assert_eq!(s.slot(300), Ok(None));
        assert_eq!(s.slot(301), Err(BadArg));
        assert_eq!(s.first(), Some(Term::small(16)));
        s.clear();
        assert_eq!(s.slot(256), Ok(None));
    }

    #[test]
    fn compaction_keeps_index_consistent() {
        let mut h = Heap::default();
        let mut s = Storage::new(Kind::Set, 1);
        for round in 0..3 {
            for i in 0..500 {
                let o = obj(&mut h, Term::small(i), Term::small(round));
                s.insert(o, false);
            }
            for i in 0..450 {
                s.delete_key(Term::small(i), false);
            }
            assert_eq!(s.size(), 50);
            for i in 450..500 {
                assert!(s.member(Term::small(i)));
            }
        }
    }
}
