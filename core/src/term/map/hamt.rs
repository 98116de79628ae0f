//! The hash trie behind maps of more than 32 keys (layout: see [`super`]).

use super::{as_terms, key_hash};
use crate::heap::Heap;
use crate::term::boxed::Subtag;
use crate::term::compare::{compare_exact, exact_eq};
use crate::term::Term;
use alloc::vec::Vec;

/// Flag in word 0 of the root node.
pub const ROOT: usize = 1 << 16;
const BITMAP: usize = 0xFFFF;
/// Levels that consume hash bits (4 each); collision nodes sit below them.
const LEVELS: usize = 8;

#[inline]
pub(super) fn bitmap(node: Term) -> u32 {
    (node.payload(0) & BITMAP) as u32
}

#[inline]
pub(super) fn is_root(node: Term) -> bool {
    node.payload(0) & ROOT != 0
}

#[inline]
pub(super) fn root_size(root: Term) -> usize {
    debug_assert!(is_root(root));
    root.payload_term(1).small_value() as usize
}

#[inline]
pub(super) fn children<'a>(node: Term) -> &'a [Term] {
    let p = node.payload_slice();
    as_terms(&p[if is_root(node) { 2 } else { 1 }..])
}

#[inline]
fn slot(hash: u32, level: usize) -> u32 {
    (hash >> (4 * level)) & 0xF
}

#[inline]
fn is_node(t: Term) -> bool {
    t.is_boxed() && t.header().subtag() == Subtag::HashMap
}

/// Allocates a node; `size` makes it a root.
fn alloc_node(heap: &mut Heap, size: Option<usize>, bitmap: u32, kids: &[Term]) -> Term {
    debug_assert_eq!(bitmap.count_ones() as usize, kids.len());
    let off = if size.is_some() { 2 } else { 1 };
    let (t, p) = heap.alloc_boxed(Subtag::HashMap, off + kids.len());
    p[0] = bitmap as usize | if size.is_some() { ROOT } else { 0 };
    if let Some(s) = size {
        p[1] = Term::small(s as isize).raw();
    }
    for (d, k) in p[off..].iter_mut().zip(kids) {
        *d = k.raw();
    }
    t
}

/// A node's children, copied out for editing.
struct Kids {
    bitmap: u32,
    n: usize,
    kids: [Term; 16],
}

impl Kids {
    fn of(node: Term) -> Kids {
        let c = children(node);
        let mut kids = [Term::NIL; 16];
        kids[..c.len()].copy_from_slice(c);
        Kids {
            bitmap: bitmap(node),
            n: c.len(),
            kids,
        }
    }
    fn insert(&mut self, idx: usize, bit: u32, t: Term) {
        self.kids.copy_within(idx..self.n, idx + 1);
        self.kids[idx] = t;
        self.n += 1;
        self.bitmap |= bit;
    }
    fn remove(&mut self, idx: usize, bit: u32) {
        self.kids.copy_within(idx + 1..self.n, idx);
        self.n -= 1;
        self.bitmap &= !bit;
    }
    /// Rebuilds the node `like` was (root or not), its size moved by `delta`.
    fn build(&self, heap: &mut Heap, like: Term, delta: isize) -> Term {
        let size = is_root(like).then(|| (root_size(like) as isize + delta) as usize);
        alloc_node(heap, size, self.bitmap, &self.kids[..self.n])
    }
}

/// A copy of `node` with child `idx` replaced.
fn with_child(heap: &mut Heap, node: Term, idx: usize, child: Term, delta: isize) -> Term {
    let mut k = Kids::of(node);
    k.kids[idx] = child;
    k.build(heap, node, delta)
}

/// Where `hash` leads in `node`: `(bit, index, present)`.
#[inline]
fn locate(node: Term, hash: u32, level: usize) -> (u32, usize, bool) {
    let bit = 1u32 << slot(hash, level);
    let bm = bitmap(node);
    (bit, (bm & (bit - 1)).count_ones() as usize, bm & bit != 0)
}

pub(super) fn get(root: Term, key: Term) -> Option<Term> {
    let h = key_hash(key);
    let mut node = root;
    let mut level = 0;
    loop {
        let (_, idx, present) = locate(node, h, level);
        if !present {
            return None;
        }
        let c = children(node)[idx];
        if let Some((k, v)) = c.as_cons() {
            return exact_eq(k, key).then_some(v);
        }
        if is_node(c) {
            node = c;
            level += 1;
            continue;
        }
        return c.as_tuple()?.iter().find_map(|l| {
            let (k, v) = l.cons();
            exact_eq(k, key).then_some(v)
        });
    }
}

/// Leaves in a collision node: position of `key`, or where it would go.
fn coll_search(leaves: &[Term], key: Term) -> Result<usize, usize> {
    leaves.binary_search_by(|l| compare_exact(l.head(), key))
}

/// Inserts or replaces `key`. With `must_exist`, `None` when it is absent.
/// Returns the same root when nothing changes.
pub(super) fn put(
    heap: &mut Heap,
    root: Term,
    key: Term,
    value: Term,
    must_exist: bool,
) -> Option<Term> {
    let h = key_hash(key);
    let mut path = [(Term::NIL, 0usize); LEVELS];
    let mut depth = 0;
    let mut node = root;
    let (mut cur, delta) = loop {
        let (bit, idx, present) = locate(node, h, depth);
        if !present {
            if must_exist {
                return None;
            }
            let leaf = heap.cons(key, value);
            let mut k = Kids::of(node);
            k.insert(idx, bit, leaf);
            break (k.build(heap, node, 1), 1);
        }
        let c = children(node)[idx];
        if let Some((k, v)) = c.as_cons() {
            if exact_eq(k, key) {
                if v.raw() == value.raw() {
                    return Some(root);
                }
                let leaf = heap.cons(k, value);
                break (with_child(heap, node, idx, leaf, 0), 0);
            }
            if must_exist {
                return None;
            }
            let leaf = heap.cons(key, value);
            let sub = make_two(heap, depth + 1, c, key_hash(k), leaf, h);
            break (with_child(heap, node, idx, sub, 1), 1);
        }
        if is_node(c) {
            path[depth] = (node, idx);
            depth += 1;
            node = c;
            continue;
        }
        // A collision node (all hash bits equal).
        let leaves = c.as_tuple().unwrap_or(&[]);
        let (tuple, d) = match coll_search(leaves, key) {
            Ok(i) => {
                let (k, v) = leaves[i].cons();
                if v.raw() == value.raw() {
                    return Some(root);
                }
                let mut ls: Vec<Term> = leaves.to_vec();
                ls[i] = heap.cons(k, value);
                (heap.tuple(&ls), 0)
            }
            Err(i) => {
                if must_exist {
                    return None;
                }
                let mut ls: Vec<Term> = leaves.to_vec();
                ls.insert(i, heap.cons(key, value));
                (heap.tuple(&ls), 1)
            }
        };
        break (with_child(heap, node, idx, tuple, d), d);
    };
    while depth > 0 {
        depth -= 1;
        let (p, i) = path[depth];
        cur = with_child(heap, p, i, cur, delta);
    }
    Some(cur)
}

/// The subtree at `level` holding two leaves with different keys.
fn make_two(heap: &mut Heap, level: usize, a: Term, ha: u32, b: Term, hb: u32) -> Term {
    let mut l = level;
    while l < LEVELS && slot(ha, l) == slot(hb, l) {
        l += 1;
    }
    let mut t = if l == LEVELS {
        let pair = if compare_exact(a.head(), b.head()).is_lt() {
            [a, b]
        } else {
            [b, a]
        };
        heap.tuple(&pair)
    } else {
        let (sa, sb) = (slot(ha, l), slot(hb, l));
        let kids = if sa < sb { [a, b] } else { [b, a] };
        alloc_node(heap, None, (1 << sa) | (1 << sb), &kids)
    };
    while l > level {
        l -= 1;
        t = alloc_node(heap, None, 1 << slot(ha, l), &[t]);
    }
    t
}

/// What replaces a subtree after a removal.
enum Repl {
    /// The subtree shrank to one entry: this leaf.
    Leaf(Term),
    Node(Term),
}

/// Removes `key`; `None` when it is absent.
pub(super) fn remove(heap: &mut Heap, root: Term, key: Term) -> Option<Term> {
    let h = key_hash(key);
    let mut path = [(Term::NIL, 0usize); LEVELS];
    let mut depth = 0;
    let mut node = root;
    let mut repl = loop {
        let (bit, idx, present) = locate(node, h, depth);
        if !present {
            return None;
        }
        let c = children(node)[idx];
        if let Some((k, _)) = c.as_cons() {
            if !exact_eq(k, key) {
                return None;
            }
            let mut kids = Kids::of(node);
            kids.remove(idx, bit);
            if !is_root(node) && kids.n == 1 && kids.kids[0].is_list() {
                break Repl::Leaf(kids.kids[0]);
            }
            break Repl::Node(kids.build(heap, node, -1));
        }
        if is_node(c) {
            path[depth] = (node, idx);
            depth += 1;
            node = c;
            continue;
        }
        let leaves = c.as_tuple().unwrap_or(&[]);
        let i = coll_search(leaves, key).ok()?;
        let child = if leaves.len() == 2 {
            leaves[1 - i]
        } else {
            let mut ls: Vec<Term> = leaves.to_vec();
            ls.remove(i);
            heap.tuple(&ls)
        };
        if child.is_list() && !is_root(node) && children(node).len() == 1 {
            break Repl::Leaf(child);
        }
        break Repl::Node(with_child(heap, node, idx, child, -1));
    };
    while depth > 0 {
        depth -= 1;
        let (p, i) = path[depth];
        repl = match repl {
            Repl::Leaf(l) if !is_root(p) && children(p).len() == 1 => Repl::Leaf(l),
            Repl::Leaf(t) | Repl::Node(t) => Repl::Node(with_child(heap, p, i, t, -1)),
        };
    }
    match repl {
        Repl::Node(t) => Some(t),
        // The root never collapses into a leaf.
        Repl::Leaf(_) => unreachable!("trie root collapsed"),
    }
}

/// Builds a trie from pairs with distinct keys in map-key order.
pub(super) fn from_sorted_unique(heap: &mut Heap, pairs: &[(Term, Term)]) -> Term {
    // Sort by slots from the first level down (the hash with its nibbles
    // reversed); ties (full collisions) keep key order, as sort is stable.
    let mut es: Vec<(u32, u32, Term, Term)> = pairs
        .iter()
        .map(|&(k, v)| {
            let h = key_hash(k);
            (nibble_reverse(h), h, k, v)
        })
        .collect();
    es.sort_by_key(|e| e.0);
    build_node(heap, &es, 0, Some(es.len()))
}

fn nibble_reverse(h: u32) -> u32 {
    let mut r = 0;
    for l in 0..LEVELS {
        r = (r << 4) | slot(h, l);
    }
    r
}

/// A node at `level` over entries sharing their first `level` slots.
fn build_node(
    heap: &mut Heap,
    es: &[(u32, u32, Term, Term)],
    level: usize,
    size: Option<usize>,
) -> Term {
    let mut kids = [Term::NIL; 16];
    let mut n = 0;
    let mut bm = 0u32;
    let mut i = 0;
    while i < es.len() {
        let s = slot(es[i].1, level);
        let mut j = i + 1;
        while j < es.len() && slot(es[j].1, level) == s {
            j += 1;
        }
        kids[n] = build_sub(heap, &es[i..j], level + 1);
        n += 1;
        bm |= 1 << s;
        i = j;
    }
    alloc_node(heap, size, bm, &kids[..n])
}

fn build_sub(heap: &mut Heap, es: &[(u32, u32, Term, Term)], level: usize) -> Term {
    if es.len() == 1 {
        return heap.cons(es[0].2, es[0].3);
    }
    if level == LEVELS {
        let leaves: Vec<Term> = es.iter().map(|e| heap.cons(e.2, e.3)).collect();
        return heap.tuple(&leaves);
    }
    build_node(heap, es, level, None)
}
