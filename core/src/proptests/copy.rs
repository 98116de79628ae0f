//! Message copies: `copy_to_fragment` and `copy_to_heap` give terms `=:=`
//! to the original that outlive it, in exactly `size_of` words.

use super::{check_model, config, term, Builder, M};
use crate::heap::Heap;
use crate::term::compare::{compare, exact_eq};
use crate::term::copy::{copy_to_fragment, copy_to_heap, size_of};
use alloc::string::String;
use core::cmp::Ordering;
use proptest::prelude::*;

fn run(m: &M, salt: u8, min_words: usize, prefill: usize) -> Result<(), String> {
    let mut b = Builder::new(salt);
    let mut h = Heap::new(64);
    let t = b.build(&mut h, m);
    // Shared twice, so it is copied twice.
    let root = h.tuple(&[t, t]);
    let model = M::Tuple(alloc::vec![m.clone(), m.clone()]);
    let n = size_of(root);

    let (c, frag) = copy_to_fragment(root);
    if frag.used() != n {
        return Err(alloc::format!(
            "fragment has {} words, size_of says {n}",
            frag.used()
        ));
    }
    if !exact_eq(c, root) || compare(c, root) != Ordering::Equal {
        return Err("fragment copy not =:= the original".into());
    }
    // The copy owns what it needs: the source can go.
    drop(h);
    check_model(c, &model).map_err(|e| alloc::format!("fragment copy: {e}"))?;
    if size_of(c) != n {
        return Err("a copy's size differs from the original's".into());
    }

    let mut h2 = Heap::new(min_words);
    let _ = h2.alloc(prefill);
    let before = h2.used_words();
    let c2 = copy_to_heap(&mut h2, c);
    if h2.used_words() != before + n {
        return Err(alloc::format!(
            "copy_to_heap used {} words, size_of says {n}",
            h2.used_words() - before
        ));
    }
    if !exact_eq(c2, c) {
        return Err("heap copy not =:= the fragment copy".into());
    }
    drop(frag);
    check_model(c2, &model).map_err(|e| alloc::format!("heap copy: {e}"))?;
    let mut roots = [c2];
    h2.collect(0, &mut [&mut roots[..]]);
    check_model(roots[0], &model).map_err(|e| alloc::format!("heap copy after GC: {e}"))?;
    drop(h2);
    b.finish()
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn copy_preserves_terms(
        m in term(),
        salt in 0u8..4,
        min_words in 16usize..2000,
        prefill in 0usize..1500,
    ) {
        let r = run(&m, salt, min_words, prefill);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}
