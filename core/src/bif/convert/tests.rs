use super::*;
use crate::bif::convert::testkit::{check_fixture, Rig};

#[test]
fn otp_fixture() {
    check_fixture(include_str!("otp_cases.txt"));
}

#[test]
fn huge_integer_text_is_system_limit_without_parsing() {
    let mut r = Rig::new();
    let mut text = alloc::vec![b'9'; 11_000_000];
    let b = make_binary(&mut r.p.heap, text.clone());
    assert_eq!(r.call("binary_to_integer", &[b]), "error system_limit");
    // Invalid text stays badarg, however long.
    text[10_999_999] = b'x';
    let b = make_binary(&mut r.p.heap, text);
    assert_eq!(r.call("binary_to_integer", &[b]), "error badarg");
    // Leading zeros do not count.
    let mut zeros = alloc::vec![b'0'; 11_000_000];
    zeros.push(b'7');
    let b = make_binary(&mut r.p.heap, zeros);
    assert_eq!(r.call("binary_to_integer", &[b]), "ok 7");
}

#[test]
fn deep_iolists() {
    let mut r = Rig::new();
    let heap = &mut r.p.heap;
    let x = heap.binary(b"ab");
    let mut t = heap.cons(x, Term::small(b'c' as isize));
    t = heap.cons(Term::small(1), t);
    let mut deep = heap.list(&[t]);
    for _ in 0..1_000_000 {
        deep = heap.cons(deep, Term::NIL);
    }
    // [[...[1 | [<<"ab">> | 99]]...]] is not an iolist (99 is not a binary tail)
    assert_eq!(r.call("iolist_size", &[deep]), "error badarg");
    let heap = &mut r.p.heap;
    let tail = heap.binary(b"c");
    let ok = heap.cons(x, tail);
    let mut deep = heap.list(&[Term::small(1), ok]);
    for _ in 0..1_000_000 {
        let inner = heap.cons(deep, Term::NIL);
        deep = heap.cons(Term::NIL, inner);
    }
    assert_eq!(r.call("iolist_size", &[deep]), "ok 4");
    assert_eq!(r.call("iolist_to_binary", &[deep]), "ok <<1,97,98,99>>");
    assert_eq!(r.call("list_to_binary", &[deep]), "ok <<1,97,98,99>>");
    assert_eq!(r.call("list_to_bitstring", &[deep]), "ok <<1,97,98,99>>");
    assert_eq!(r.call("crc32", &[deep]), "ok 1402806441");
}

#[test]
fn md5_context_round_trip() {
    let mut r = Rig::new();
    let ctx0 = r.call("md5_init", &[]);
    assert!(ctx0.starts_with("ok <<"));
    let data = r.t("[<<104,101,108,108,111>>,97]");
    let key = (Atom::from_str("erlang"), Atom::from_str("md5_init"), 0);
    let init = *r.vm.code.bifs.get(&key).unwrap();
    let update = *r
        .vm
        .code
        .bifs
        .get(&(Atom::from_str("erlang"), Atom::from_str("md5_update"), 2))
        .unwrap();
    let mut ctx = Ctx {
        vm: &mut r.vm,
        p: &mut r.p,
    };
    let c = init(&mut ctx, &[]).unwrap();
    let c = update(&mut ctx, &[c, data]).unwrap();
    assert_eq!(
        r.call("md5_final", &[c]),
        "ok <<41,150,20,215,242,124,201,129,243,173,31,123,228,92,112,135>>"
    );
    let bad = r.t("<<1,2,3>>");
    assert_eq!(r.call("md5_final", &[bad]), "error badarg");
}

#[test]
fn atoms_round_trip_unicode() {
    let mut r = Rig::new();
    assert_eq!(r.eval("list_to_atom", "[[128512,120]]"), "ok '\\x{1F600}x'");
    assert_eq!(r.eval("atom_to_list", "['\\x{1F600}x']"), "ok [128512,120]");
    assert_eq!(
        r.eval("atom_to_binary", "['\\x{1F600}x']"),
        "ok <<240,159,152,128,120>>"
    );
    assert_eq!(
        r.eval("atom_to_binary", "['\\x{1F600}x',latin1]"),
        "error badarg"
    );
}

#[test]
fn used_counts_compressed_terms() {
    let mut r = Rig::new();
    let out = r.eval("term_to_binary", "[[1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3],[compressed]]");
    assert!(out.starts_with("ok <<131,80,"), "{out}");
}
