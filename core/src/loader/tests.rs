//! Loader stage-one tests: synthetic modules, compact-term round trips, the
//! shared fixtures, every `.beam` of the installed Erlang/OTP, and corrupted
//! input.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use std::path::{Path, PathBuf};
use std::println;

use num_bigint::BigInt;
use proptest::prelude::*;

use super::compact::{self, Limits, Reader, TAG_A, TAG_F, TAG_H, TAG_I, TAG_U, TAG_X, TAG_Y};
use super::*;

// ---------------------------------------------------------------------------
// An encoder, after beam_asm.erl's encode/2, to build test input.

fn enc_big(tag: u8, n: &BigInt) -> Vec<u8> {
    use num_traits::ToPrimitive;
    if let Some(v) = n.to_i64() {
        if (0..16).contains(&v) {
            return vec![((v as u8) << 4) | tag];
        }
        if (16..0x800).contains(&v) {
            return vec![
                (((v >> 3) as u8) & 0b1110_0000) | tag | 0b0000_1000,
                v as u8,
            ];
        }
    }
    // At least two bytes (beam_asm's negative_to_bytes uses <<N:16>>).
    let mut bytes = n.to_signed_bytes_be();
    if bytes.len() < 2 {
        let fill = if bytes.first().is_some_and(|&b| b & 0x80 != 0) {
            0xff
        } else {
            0
        };
        bytes.insert(0, fill);
    }
    let mut out = Vec::new();
    if bytes.len() <= 8 {
        out.push((((bytes.len() - 2) as u8) << 5) | 0b0001_1000 | tag);
    } else {
        out.push(0b1111_1000 | tag);
        out.extend(enc(TAG_U, (bytes.len() - 9) as i64));
    }
    out.extend(bytes);
    out
}

fn enc(tag: u8, n: i64) -> Vec<u8> {
    enc_big(tag, &BigInt::from(n))
}

fn enc_ext(ext: u8) -> Vec<u8> {
    vec![(ext << 4) | 7]
}

fn chunk(id: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut v = id.to_vec();
    v.extend((data.len() as u32).to_be_bytes());
    v.extend(data);
    while !v.len().is_multiple_of(4) {
        v.push(0);
    }
    v
}

fn beam(chunks: &[Vec<u8>]) -> Vec<u8> {
    let body: Vec<u8> = chunks.concat();
    let mut v = b"FOR1".to_vec();
    v.extend(((body.len() + 4) as u32).to_be_bytes());
    v.extend(b"BEAM");
    v.extend(body);
    v
}

fn atu8(atoms: &[&str], long: bool) -> Vec<u8> {
    let n = atoms.len() as i32;
    let mut v = (if long { -n } else { n }).to_be_bytes().to_vec();
    for a in atoms {
        if long {
            v.extend(enc(TAG_U, a.len() as i64));
        } else {
            v.push(a.len() as u8);
        }
        v.extend(a.as_bytes());
    }
    v
}

fn code(body: &[u8], labels: u32, funcs: u32) -> Vec<u8> {
    let mut v = Vec::new();
    for w in [16u32, 0, 184, labels, funcs] {
        v.extend(w.to_be_bytes());
    }
    v.extend(body);
    v
}

fn table(entries: &[&[u32]]) -> Vec<u8> {
    let mut v = (entries.len() as u32).to_be_bytes().to_vec();
    for e in entries {
        for w in *e {
            v.extend(w.to_be_bytes());
        }
    }
    v
}

/// `label 1; func_info m f 0; label 2; <body>; int_code_end`.
fn function_body(body: &[u8]) -> Vec<u8> {
    let mut c = vec![genop::LABEL];
    c.extend(enc(TAG_U, 1));
    c.push(genop::FUNC_INFO);
    c.extend(enc(TAG_A, 1));
    c.extend(enc(TAG_A, 2));
    c.extend(enc(TAG_U, 0));
    c.push(genop::LABEL);
    c.extend(enc(TAG_U, 2));
    c.extend(body);
    c.push(genop::INT_CODE_END);
    c
}

fn module_with(body: &[u8], extra: &[Vec<u8>]) -> Vec<u8> {
    let mut chunks = vec![
        chunk(b"AtU8", &atu8(&["m", "f"], true)),
        chunk(b"Code", &code(&function_body(body), 3, 1)),
        chunk(b"StrT", b""),
        chunk(b"ImpT", &table(&[])),
        chunk(b"ExpT", &table(&[&[2, 0, 2]])),
    ];
    chunks.extend(extra.iter().cloned());
    beam(&chunks)
}

fn lit_table(lits: &[&[u8]]) -> Vec<u8> {
    let mut t = (lits.len() as u32).to_be_bytes().to_vec();
    for l in lits {
        t.extend((l.len() as u32).to_be_bytes());
        t.extend(*l);
    }
    t
}

// ---------------------------------------------------------------------------
// Synthetic modules.

#[test]
fn loader_minimal_module() {
    let mut body = vec![genop::MOVE];
    body.extend(enc(TAG_I, -5));
    body.extend(enc(TAG_X, 0));
    body.push(genop::RETURN);
    let m = parse_beam(&module_with(&body, &[])).unwrap();
    assert_eq!(m.name, "m");
    assert_eq!(m.atoms.iter().collect::<Vec<_>>(), ["m", "f"]);
    assert_eq!(m.atom(1), Some("m"));
    assert_eq!(m.atom(0), None);
    assert_eq!(m.exports, [(2, 0, 2)]);
    assert_eq!((m.label_count, m.function_count), (3, 1));
    let names: Vec<&str> = m.code.iter().map(|o| o.name()).collect();
    assert_eq!(
        names,
        [
            "label",
            "func_info",
            "label",
            "move",
            "return",
            "int_code_end"
        ]
    );
    assert_eq!(m.code[0].offset, 20);
    assert_eq!(m.args(&m.code[3]), [Operand::Int(-5), Operand::X(0)]);
    assert_eq!(m.lines.items.to_vec(), [(0, 0)]);
    assert_eq!(m.lines.files, ["m.erl"]);
    assert!(m.literals.is_empty());
    let text = disasm(&m);
    assert!(text.contains("func_info m, f, 0"), "{text}");
    assert!(text.contains("move #-5, x(0)"), "{text}");
}

#[test]
fn loader_long_atoms_and_latin1() {
    let long: String = core::iter::repeat_n('ä', 200).collect();
    let bytes = beam(&[
        chunk(b"AtU8", &atu8(&["m", "f", &long], true)),
        chunk(b"Code", &code(&function_body(&[genop::RETURN]), 3, 1)),
        chunk(b"ImpT", &table(&[])),
        chunk(b"ExpT", &table(&[])),
    ]);
    let m = parse_beam(&bytes).unwrap();
    assert_eq!(m.atoms.get(2), Some(long.as_str()));

    // Old "Atom" chunk: Latin-1, one length byte each.
    let mut atoms = 2u32.to_be_bytes().to_vec();
    atoms.extend([1, b'm', 2, b'f', 0xE9]);
    let bytes = beam(&[
        chunk(b"Atom", &atoms),
        chunk(b"Code", &code(&function_body(&[genop::RETURN]), 3, 1)),
        chunk(b"ImpT", &table(&[])),
        chunk(b"ExpT", &table(&[])),
    ]);
    let m = parse_beam(&bytes).unwrap();
    assert_eq!(m.atoms.get(1), Some("fé"));
}

/// An operand with what its arena entries hold, for comparisons.
#[derive(Debug, Clone, PartialEq)]
enum Resolved {
    Plain(Operand),
    Big(BigInt),
    List(Vec<Operand>),
    Alloc(Vec<(u32, u32)>),
}

fn resolve(m: &RawModule, o: Operand) -> Resolved {
    match o {
        Operand::BigInt(i) => Resolved::Big(m.bigint(i).unwrap().clone()),
        Operand::List(s) => Resolved::List(m.list(s).to_vec()),
        Operand::AllocList(s) => Resolved::Alloc(m.alloc_list(s).to_vec()),
        o => Resolved::Plain(o),
    }
}

#[test]
fn loader_operand_is_small() {
    assert_eq!(core::mem::size_of::<Operand>(), 16);
    assert_eq!(core::mem::size_of::<GenOp>(), 12);
}

#[test]
fn loader_all_operand_kinds() {
    use Resolved::Plain;
    let big = BigInt::parse_bytes(b"-123456789012345678901234567890", 10).unwrap();
    let mut body = Vec::new();
    let mut expect = Vec::new();
    let mut mv = |src: Vec<u8>, op: Resolved| {
        body.push(genop::MOVE);
        body.extend(src);
        body.extend(enc(TAG_Y, 300));
        expect.push(op);
    };
    mv(enc(TAG_U, 7), Plain(Operand::Untagged(7)));
    mv(enc(TAG_I, 2047), Plain(Operand::Int(2047)));
    mv(enc(TAG_I, 2048), Plain(Operand::Int(2048)));
    mv(enc(TAG_I, -1), Plain(Operand::Int(-1)));
    mv(enc(TAG_I, i64::MIN), Plain(Operand::Int(i64::MIN)));
    mv(enc(TAG_I, i64::MAX), Plain(Operand::Int(i64::MAX)));
    mv(enc(TAG_I, -300), Plain(Operand::Int(-300)));
    mv(enc(TAG_U, 1 << 40), Plain(Operand::Untagged(1 << 40)));
    mv(enc(TAG_A, 2047), Plain(Operand::Atom(2047)));
    mv(enc_big(TAG_I, &big), Resolved::Big(big.clone()));
    mv(enc(TAG_A, 0), Plain(Operand::Nil));
    mv(enc(TAG_A, 2), Plain(Operand::Atom(2)));
    mv(enc(TAG_X, 1023), Plain(Operand::X(1023)));
    mv(enc(TAG_X, 70000), Plain(Operand::X(70000)));
    mv(enc(TAG_F, 2), Plain(Operand::Label(2)));
    mv(enc(TAG_H, 0x1F600), Plain(Operand::Char(0x1F600)));
    let mut f = enc_ext(0);
    f.extend(1.5f64.to_be_bytes());
    mv(f, Plain(Operand::Float(1.5)));
    let mut l = enc_ext(1);
    l.extend(enc(TAG_U, 3));
    l.extend(enc(TAG_I, 1));
    l.extend(enc(TAG_F, 1));
    l.extend(enc(TAG_A, 1));
    mv(
        l,
        Resolved::List(vec![Operand::Int(1), Operand::Label(1), Operand::Atom(1)]),
    );
    // A second list, with a typed register and a long integer among its
    // items, goes to the arena after the first.
    let mut l = enc_ext(1);
    l.extend(enc(TAG_U, 2));
    l.extend(enc_ext(5));
    l.extend(enc(TAG_Y, 2));
    l.extend(enc(TAG_U, 0));
    l.extend(enc(TAG_I, 100_000));
    mv(
        l,
        Resolved::List(vec![Operand::TypedReg(Reg::Y(2), 0), Operand::Int(100_000)]),
    );
    let mut fr = enc_ext(2);
    fr.extend(enc(TAG_U, 3));
    mv(fr, Plain(Operand::FReg(3)));
    let mut al = enc_ext(3);
    al.extend(enc(TAG_U, 2));
    al.extend(enc(TAG_U, 0));
    al.extend(enc(TAG_U, 5));
    al.extend(enc(TAG_U, 1));
    al.extend(enc(TAG_U, 2));
    mv(al, Resolved::Alloc(vec![(0, 5), (1, 2)]));
    let mut lit = enc_ext(4);
    lit.extend(enc(TAG_U, 1));
    mv(lit, Plain(Operand::Literal(1)));
    let mut tr = enc_ext(5);
    tr.extend(enc(TAG_X, 4));
    tr.extend(enc(TAG_U, 9));
    mv(tr, Plain(Operand::TypedReg(Reg::X(4), 9)));

    let lits: [&[u8]; 2] = [&[131, 106], &[131, 97, 42]];
    let raw = lit_table(&lits);
    // Uncompressed (OTP 28 style) and compressed (OTP 25 style) LitT.
    let mut plain = 0u32.to_be_bytes().to_vec();
    plain.extend(&raw);
    let mut packed = (raw.len() as u32).to_be_bytes().to_vec();
    packed.extend(miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6));
    for litt in [plain, packed] {
        let atoms: Vec<String> = (0..2047).map(|i| std::format!("a{i}")).collect();
        let atoms: Vec<&str> = atoms.iter().map(String::as_str).collect();
        // module_with's atom table, replaced by one with 2047 atoms.
        let bytes = with_atoms(&module_with(&body, &[chunk(b"LitT", &litt)]), &atoms);
        let m = parse_beam(&bytes).unwrap();
        let got: Vec<Resolved> = m.code[3..m.code.len() - 1]
            .iter()
            .map(|o| {
                assert_eq!(m.args(o)[1], Operand::Y(300));
                resolve(&m, m.args(o)[0])
            })
            .collect();
        assert_eq!(got, expect);
        assert_eq!(m.literals.len(), 2);
        assert_eq!(m.literals.iter().collect::<Vec<_>>(), lits);
        assert_eq!(m.literals.get(1), Some(lits[1]));
        assert_eq!(m.literals.get(2), None);
        let text = disasm(&m);
        assert!(text.contains("alloc(words:5, floats:2)"), "{text}");
        assert!(text.contains("x(4)/t9"), "{text}");
        assert!(text.contains("[y(2)/t0, #100000]"), "{text}");
        assert!(text.contains("#-123456789012345678901234567890"), "{text}");
    }
}

/// `bytes` (a module from [`module_with`]) with its `AtU8` chunk replaced
/// by one holding `atoms`.
fn with_atoms(bytes: &[u8], atoms: &[&str]) -> Vec<u8> {
    let chunks = chunks::split_iff(bytes).unwrap();
    let mut out = Vec::new();
    for c in &chunks {
        if &c.id == b"AtU8" {
            out.push(chunk(b"AtU8", &atu8(atoms, true)));
        } else {
            out.push(chunk(&c.id, c.data));
        }
    }
    beam(&out)
}

#[test]
fn loader_line_table() {
    let mut line = Vec::new();
    for w in [0u32, 0, 3, 4, 1] {
        line.extend(w.to_be_bytes());
    }
    line.extend(enc(TAG_I, 10));
    line.extend(enc(TAG_I, 70000));
    line.extend(enc(TAG_A, 1));
    line.extend(enc(TAG_I, 5));
    line.extend(enc(TAG_A, 0));
    line.extend(enc(TAG_I, 11));
    line.extend(4u16.to_be_bytes());
    line.extend(b"a.hr");
    let mut body = vec![genop::LINE];
    body.extend(enc(TAG_U, 3));
    body.push(genop::RETURN);
    let m = parse_beam(&module_with(&body, &[chunk(b"Line", &line)])).unwrap();
    assert_eq!(m.lines.num_line_instrs, 3);
    assert_eq!(
        m.lines.items.to_vec(),
        [(0, 0), (0, 10), (0, 70000), (1, 5), (0, 11)]
    );
    assert_eq!(m.lines.files, ["m.erl", "a.hr"]);
    assert_eq!(m.lines.location(3), Some(("a.hr", 5)));
    assert_eq!(m.lines.location(0), None);
    assert!(disasm(&m).contains("line 3 (a.hr:5)"));

    // A file index beyond the name table is an error.
    let mut bad = line.clone();
    bad[20 + 5] = 0x32; // `a` tag, value 3
    let e = parse_beam(&module_with(&body, &[chunk(b"Line", &bad)])).unwrap_err();
    assert_eq!(&e.chunk, b"Line");
}

#[test]
fn loader_error_reports() {
    let e = parse_beam(&module_with(&[200], &[])).unwrap_err();
    assert_eq!(e.module, "m");
    assert_eq!(&e.chunk, b"Code");
    assert_eq!(e.offset, 0x1c);
    assert_eq!(
        std::format!("{e}"),
        "cannot load module 'm': chunk Code at offset 0x1c: unknown opcode 200"
    );

    let mut bad_label = vec![genop::JUMP];
    bad_label.extend(enc(TAG_F, 3));
    let e = parse_beam(&module_with(&bad_label, &[])).unwrap_err();
    assert!(e.message.contains("label 3"), "{e}");

    let mut bad_atom = vec![genop::MOVE];
    bad_atom.extend(enc(TAG_A, 3));
    bad_atom.extend(enc(TAG_X, 0));
    let e = parse_beam(&module_with(&bad_atom, &[])).unwrap_err();
    assert!(e.message.contains("atom index 3"), "{e}");

    let mut bad_lit = vec![genop::MOVE];
    bad_lit.extend(enc_ext(4));
    bad_lit.extend(enc(TAG_U, 0));
    bad_lit.extend(enc(TAG_X, 0));
    let e = parse_beam(&module_with(&bad_lit, &[])).unwrap_err();
    assert!(e.message.contains("literal index 0"), "{e}");

    let mut nested = vec![genop::MOVE];
    nested.extend(enc_ext(1));
    nested.extend(enc(TAG_U, 1));
    nested.extend(enc_ext(1));
    nested.extend(enc(TAG_U, 0));
    nested.extend(enc(TAG_X, 0));
    let e = parse_beam(&module_with(&nested, &[])).unwrap_err();
    assert!(e.message.contains("nested"), "{e}");

    // No int_code_end.
    let mut c = code(&function_body(&[genop::RETURN]), 3, 1);
    c.pop();
    let bytes = beam(&[
        chunk(b"AtU8", &atu8(&["m", "f"], false)),
        chunk(b"Code", &c),
        chunk(b"ImpT", &table(&[])),
        chunk(b"ExpT", &table(&[])),
    ]);
    let e = parse_beam(&bytes).unwrap_err();
    assert!(e.message.contains("int_code_end"), "{e}");

    let e = parse_beam(b"FOR1\0\0\0\x04BEAM").unwrap_err();
    assert_eq!(e.module, "?");
    assert!(e.message.contains("atom"), "{e}");
    assert!(parse_beam(b"").is_err());
    assert!(parse_beam(b"FOR1\xff\xff\xff\xffBEAM").is_err());

    // Huge counts are refused before anything is allocated.
    let bytes = beam(&[
        chunk(b"AtU8", &atu8(&["m", "f"], false)),
        chunk(b"Code", &code(&function_body(&[genop::RETURN]), 3, 1)),
        chunk(b"ImpT", &u32::MAX.to_be_bytes()),
        chunk(b"ExpT", &table(&[])),
    ]);
    let e = parse_beam(&bytes).unwrap_err();
    assert_eq!(&e.chunk, b"ImpT");
    let e = parse_beam(&module_with(&[], &[chunk(b"LitT", &[0xff; 12])])).unwrap_err();
    assert_eq!(&e.chunk, b"LitT");
}

// ---------------------------------------------------------------------------
// Compact term round trips.

/// Decodes one operand, resolved against the arenas it went to; also
/// returns how many bytes were left over.
fn decode_prefix(bytes: &[u8]) -> Result<(Resolved, usize), LoadError> {
    let lim = Limits {
        atoms: u32::MAX,
        labels: u32::MAX,
        literals: u32::MAX,
    };
    let mut r = Reader::new(bytes, *b"Code");
    let mut code = compact::Code::default();
    let o = code.read_operand(&mut r, &lim, true)?;
    let m = RawModule {
        list_items: code.list_items,
        alloc_lists: code.alloc_lists,
        bigints: code.bigints,
        ..parse_beam(&module_with(&[], &[])).unwrap()
    };
    Ok((resolve(&m, o), r.remaining()))
}

/// Decodes exactly one operand.
fn decode_one(bytes: &[u8]) -> Result<Resolved, LoadError> {
    let (o, left) = decode_prefix(bytes)?;
    assert_eq!(left, 0, "trailing bytes after {o:?}");
    Ok(o)
}

/// Decodes exactly one operand that has no arena part.
fn decode_plain(bytes: &[u8]) -> Result<Operand, LoadError> {
    match decode_one(bytes)? {
        Resolved::Plain(o) => Ok(o),
        r => panic!("not a plain operand: {r:?}"),
    }
}

#[test]
fn loader_compact_forms() {
    // Nested-length form: a 9-byte and a 30-byte integer.
    for digits in [
        &b"9223372036854775808"[..],
        b"-1234567890123456789012345678901234567890123456789012345678901234567890",
    ] {
        let n = BigInt::parse_bytes(digits, 10).unwrap();
        let e = enc_big(TAG_I, &n);
        assert_eq!(e[0] & 0xf8, 0xf8);
        assert_eq!(decode_one(&e).unwrap(), Resolved::Big(n));
    }
    // A u value with redundant leading zero bytes is still fine.
    assert_eq!(
        decode_plain(&[0xf8 | TAG_U, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 5]).unwrap(),
        Operand::Untagged(5)
    );
    // ...but not one above 64 bits.
    assert!(decode_one(&[0xf8 | TAG_U, 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0]).is_err());
    // Nested length using the nested form again is refused.
    assert!(decode_one(&[0xf8 | TAG_I, 0xf8, 0x00]).is_err());
    // A length prefix beyond the data is refused without allocating.
    assert!(decode_one(&[0xf8 | TAG_I, 0x38 | TAG_U, 0xff, 0xff, 0xff, 0xff, 0xff]).is_err());
    // x registers must fit in 32 bits.
    assert!(decode_one(&enc(TAG_X, 1 << 40)).is_err());
    // Unknown extended tag.
    assert!(decode_one(&[0x67]).is_err());
    // Truncated inputs.
    assert!(decode_one(&[0x08]).is_err());
    assert!(decode_one(&[0x18 | TAG_I, 1]).is_err());
}

proptest! {
    #[test]
    fn loader_compact_int_roundtrip(n in any::<i64>()) {
        prop_assert_eq!(decode_plain(&enc(TAG_I, n)).unwrap(), Operand::Int(n));
    }

    #[test]
    fn loader_compact_bigint_roundtrip(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
        let n = BigInt::from_signed_bytes_be(&bytes);
        let want = match i64::try_from(&n) {
            Ok(v) => Resolved::Plain(Operand::Int(v)),
            Err(_) => Resolved::Big(n.clone()),
        };
        prop_assert_eq!(decode_one(&enc_big(TAG_I, &n)).unwrap(), want);
    }

    #[test]
    fn loader_compact_unsigned_roundtrip(n in 0i64..=i64::MAX, r in 0u32..=u32::MAX) {
        prop_assert_eq!(decode_plain(&enc(TAG_U, n)).unwrap(), Operand::Untagged(n as u64));
        prop_assert_eq!(decode_plain(&enc(TAG_X, i64::from(r))).unwrap(), Operand::X(r));
        prop_assert_eq!(decode_plain(&enc(TAG_Y, i64::from(r))).unwrap(), Operand::Y(r));
    }

    #[test]
    fn loader_random_code_never_panics(body in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = parse_beam(&module_with(&body, &[]));
    }

    #[test]
    fn loader_mutated_fixture_never_panics(
        which in 0usize..64,
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
    ) {
        let root = shared_fixtures();
        let mut paths = beams_in(&root.join("otp25"));
        paths.extend(beams_in(&root.join("otp28")));
        if !paths.is_empty() {
            let mut bytes = std::fs::read(&paths[which % paths.len()]).unwrap();
            let n = bytes.len();
            for (i, v) in edits {
                bytes[i % n] = v;
            }
            let _ = parse_beam(&bytes);
        }
    }

    #[test]
    fn loader_compact_garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = decode_prefix(&bytes);
        let _ = parse_beam(&bytes);
    }
}

// ---------------------------------------------------------------------------
// Real files.

fn shared_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures")
}

fn beams_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "beam"))
            .collect(),
        Err(_) => Vec::new(),
    };
    v.sort();
    v
}

fn operand_kind(o: &Operand) -> &'static str {
    match o {
        Operand::Untagged(_) => "u",
        Operand::Int(_) => "i",
        Operand::BigInt(_) => "bigint",
        Operand::Atom(_) => "a",
        Operand::Nil => "nil",
        Operand::X(_) => "x",
        Operand::Y(_) => "y",
        Operand::Label(_) => "f",
        Operand::Char(_) => "h",
        Operand::Float(_) => "float",
        Operand::List(_) => "list",
        Operand::FReg(_) => "fr",
        Operand::AllocList(_) => "alloc",
        Operand::Literal(_) => "literal",
        Operand::TypedReg(..) => "typed",
    }
}

/// Structural facts every compiler-produced module satisfies.
fn check_invariants(path: &Path, m: &RawModule) {
    let what = path.display();
    assert_eq!(Some(m.name.as_str()), m.atoms.get(0), "{what}");
    assert_eq!(
        m.code.last().map(|o| o.opcode),
        Some(genop::INT_CODE_END),
        "{what}"
    );
    let funcs = m
        .code
        .iter()
        .filter(|o| o.opcode == genop::FUNC_INFO)
        .count();
    assert_eq!(funcs as u32, m.function_count, "{what}");
    let mut labels = 0u32;
    for op in &m.code {
        assert_eq!(
            m.args(op).len(),
            usize::from(genop::arity(op.opcode).unwrap()),
            "{what}"
        );
        assert!(
            u32::from(op.opcode) <= m.max_opcode,
            "{what}: opcode {} above max",
            op.opcode
        );
        match (op.opcode, m.args(op).first()) {
            (genop::LABEL, Some(Operand::Untagged(n))) => {
                labels += 1;
                assert!(
                    *n >= 1 && *n < u64::from(m.label_count),
                    "{what}: label {n}"
                );
            }
            (genop::LABEL, _) => panic!("{what}: bad label operand"),
            (genop::LINE, Some(Operand::Untagged(n))) => {
                assert!((*n as usize) < m.lines.items.len(), "{what}: line {n}");
            }
            _ => {}
        }
    }
    assert_eq!(labels + 1, m.label_count, "{what}");
    assert!(m.literals.iter().all(|l| l.first() == Some(&131)), "{what}");
    assert!(!disasm(m).is_empty());
}

fn parse_all(paths: &[PathBuf]) -> Vec<(PathBuf, RawModule)> {
    let mut failures = Vec::new();
    let mut ok = Vec::new();
    for p in paths {
        let bytes = std::fs::read(p).unwrap();
        match parse_beam(&bytes) {
            Ok(m) => {
                check_invariants(p, &m);
                ok.push((p.clone(), m));
            }
            Err(e) => failures.push(std::format!("{}: {e}", p.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    ok
}

#[test]
fn loader_parses_shared_fixtures() {
    let root = shared_fixtures();
    if !root.is_dir() {
        println!("note: {} missing, skipping fixture test", root.display());
        return;
    }
    for release in ["otp25", "otp28"] {
        let paths = beams_in(&root.join(release));
        assert!(!paths.is_empty(), "no fixtures in {release}");
        let mods = parse_all(&paths);
        println!("{release}: parsed {} modules", mods.len());
        // The operand kinds real compiler output uses all occur.
        let mut seen = std::collections::BTreeSet::new();
        for (_, m) in &mods {
            for op in &m.code {
                for a in m.args(op) {
                    let items = match a {
                        Operand::List(items) => m.list(*items),
                        a => core::slice::from_ref(a),
                    };
                    seen.insert(operand_kind(a));
                    for it in items {
                        seen.insert(operand_kind(it));
                    }
                }
            }
        }
        println!("{release}: operand kinds {seen:?}");
        let want = [
            "u", "i", "bigint", "a", "nil", "x", "y", "f", "list", "fr", "alloc", "literal",
            "typed",
        ];
        for k in want {
            assert!(seen.contains(k), "{release}: no {k} operand seen");
        }
        for (p, m) in &mods {
            assert_eq!(
                Some(m.name.as_str()),
                p.file_stem().and_then(|s| s.to_str())
            );
            assert!(
                m.exports
                    .iter()
                    .any(|&(f, a, _)| m.atom(f) == Some("main") && a == 0)
                    || m.name == "gx_ffi"
            );
        }
    }
}

#[test]
fn loader_fx_funs_has_new_opcodes() {
    let path = shared_fixtures().join("otp28/fx_funs.beam");
    let Ok(bytes) = std::fs::read(&path) else {
        println!("note: {} missing, skipping", path.display());
        return;
    };
    let m = parse_beam(&bytes).unwrap();
    for op in [genop::EXECUTABLE_LINE, genop::DEBUG_LINE] {
        assert!(
            m.code.iter().any(|o| o.opcode == op),
            "opcode {op} not found"
        );
    }
    assert!(m.skipped_chunks.contains(b"DbgB"));
    let text = disasm(&m);
    assert!(text.contains("debug_line") && text.contains("executable_line"));

    // OTP 28 records and binary matching.
    let recs = parse_beam(&std::fs::read(shared_fixtures().join("otp28/fx_records.beam")).unwrap())
        .unwrap();
    assert!(recs.code.iter().any(|o| o.opcode == genop::UPDATE_RECORD));
    let bins =
        parse_beam(&std::fs::read(shared_fixtures().join("otp28/fx_binaries.beam")).unwrap())
            .unwrap();
    assert!(bins.code.iter().any(|o| o.opcode == genop::BS_MATCH));
}

#[test]
fn loader_disasm_sample() {
    let path = shared_fixtures().join("otp28/fx_records.beam");
    let Ok(bytes) = std::fs::read(&path) else {
        return;
    };
    let text = disasm(&parse_beam(&bytes).unwrap());
    assert!(text.contains("update_record"));
    // Visible with --nocapture.
    for l in text.lines().take(60) {
        println!("{l}");
    }
}

#[test]
fn loader_parses_installed_otp() {
    let lib = Path::new("/usr/lib/erlang/lib");
    let Ok(rd) = std::fs::read_dir(lib) else {
        println!(
            "note: {} missing, skipping installed OTP test",
            lib.display()
        );
        return;
    };
    let mut paths = Vec::new();
    for app in rd.filter_map(|e| e.ok()) {
        paths.extend(beams_in(&app.path().join("ebin")));
    }
    paths.sort();
    let mods = parse_all(&paths);
    println!("installed OTP: parsed {} modules", mods.len());
}

#[test]
fn loader_truncation_and_corruption() {
    let root = shared_fixtures();
    let mut paths = beams_in(&root.join("otp25"));
    paths.extend(beams_in(&root.join("otp28")));
    if paths.is_empty() {
        println!("note: no fixtures, skipping corruption test");
        return;
    }
    for p in &paths {
        let bytes = std::fs::read(p).unwrap();
        assert!(parse_beam(&bytes).is_ok());
        for i in (0..bytes.len()).step_by(97) {
            assert!(
                parse_beam(&bytes[..i]).is_err(),
                "{}: truncated at {i}",
                p.display()
            );
            for f in [|b: u8| b ^ 0xff, |_| 0, |_| 0xff, |b: u8| b.wrapping_add(1)] {
                let mut c = bytes.clone();
                c[i] = f(c[i]);
                let _ = parse_beam(&c);
            }
        }
    }
    // Every single byte of one small module, for good measure.
    if let Some(p) = paths.iter().find(|p| p.ends_with("otp28/gx_ffi.beam")) {
        let bytes = std::fs::read(p).unwrap();
        for i in 0..bytes.len() {
            assert!(parse_beam(&bytes[..i]).is_err());
            let mut c = bytes.clone();
            c[i] ^= 0x5a;
            let _ = parse_beam(&c);
        }
    }
}

// ---------------------------------------------------------------------------
// The packed tables and the fast paths.

#[test]
fn loader_atom_table() {
    // 255 characters in 510 bytes is fine; 256 characters is not, whether
    // the name is ASCII or not.
    let ok: String = core::iter::repeat_n('é', 255).collect();
    let bytes = with_atoms(&module_with(&[], &[]), &["m", "f", &ok, "ascii"]);
    let m = parse_beam(&bytes).unwrap();
    assert_eq!(m.atoms.len(), 4);
    assert_eq!(m.atoms.get(2), Some(ok.as_str()));
    assert_eq!(m.atom(4), Some("ascii"));
    assert_eq!(m.atom(5), None);
    assert_eq!(m.atoms.get(4), None);
    assert_eq!(
        m.atoms.iter().collect::<Vec<_>>(),
        ["m", "f", ok.as_str(), "ascii"]
    );
    for too_long in [
        core::iter::repeat_n('é', 256).collect::<String>(),
        core::iter::repeat_n('a', 256).collect::<String>(),
    ] {
        let bytes = with_atoms(&module_with(&[], &[]), &["m", "f", &too_long]);
        let e = parse_beam(&bytes).unwrap_err();
        assert!(e.message.contains("atom 3 is longer than 255"), "{e}");
    }
    // Invalid UTF-8, short and long, is reported for the right atom.
    for len in [3usize, 300] {
        let mut bytes = with_atoms(&module_with(&[], &[]), &["m", "f", "ok", &"x".repeat(len)]);
        let at = bytes
            .windows(len)
            .position(|w| w == "x".repeat(len).as_bytes())
            .unwrap();
        bytes[at + 1] = 0xff;
        let e = parse_beam(&bytes).unwrap_err();
        assert!(e.message.contains("atom 4 is not valid UTF-8"), "{e}");
        assert_eq!(&e.chunk, b"AtU8");
    }
}

#[test]
fn loader_literal_table_errors() {
    let raw = lit_table(&[&[131, 106], &[131, 97, 42]]);
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6);
    // The header's size must be exactly what the stream inflates to.
    for (size, what) in [
        (raw.len() + 1, "decompresses to"),
        (raw.len() - 1, "cannot decompress"),
    ] {
        let mut litt = (size as u32).to_be_bytes().to_vec();
        litt.extend(&packed);
        let e = parse_beam(&module_with(&[], &[chunk(b"LitT", &litt)])).unwrap_err();
        assert_eq!(&e.chunk, b"LitT");
        assert!(e.message.contains(what), "{e}");
    }
    // A truncated stream.
    let mut litt = (raw.len() as u32).to_be_bytes().to_vec();
    litt.extend(&packed[..packed.len() - 3]);
    let e = parse_beam(&module_with(&[], &[chunk(b"LitT", &litt)])).unwrap_err();
    assert!(e.message.contains("cannot decompress"), "{e}");
    // A literal without the version byte, compressed and not.
    let bad = lit_table(&[&[131, 106], &[97, 42]]);
    let mut plain = 0u32.to_be_bytes().to_vec();
    plain.extend(&bad);
    let mut packed = (bad.len() as u32).to_be_bytes().to_vec();
    packed.extend(miniz_oxide::deflate::compress_to_vec_zlib(&bad, 6));
    for (litt, offset) in [(plain, 4 + 10), (packed, 10)] {
        let e = parse_beam(&module_with(&[], &[chunk(b"LitT", &litt)])).unwrap_err();
        assert!(e.message.contains("literal 1 does not start"), "{e}");
        assert_eq!(e.offset, offset);
    }
}

#[test]
fn loader_line_items_of_every_length() {
    let lines = [1i64, 15, 16, 300, 2047, 2048, 70000, 0xFFFF_FFFF];
    let mut line = Vec::new();
    for w in [0u32, 0, 1, lines.len() as u32, 0] {
        line.extend(w.to_be_bytes());
    }
    for &l in &lines {
        line.extend(enc(TAG_I, l));
    }
    let m = parse_beam(&module_with(&[], &[chunk(b"Line", &line)])).unwrap();
    let want: Vec<(u32, u32)> = core::iter::once((0, 0))
        .chain(lines.iter().map(|&l| (0, l as u32)))
        .collect();
    assert_eq!(m.lines.items.to_vec(), want);
    // Cut inside a two-byte item, and a line number beyond 32 bits.
    let mut cut = line[..20].to_vec();
    cut[12..16].copy_from_slice(&1u32.to_be_bytes());
    cut.extend(&enc(TAG_I, 300)[..1]);
    let e = parse_beam(&module_with(&[], &[chunk(b"Line", &cut)])).unwrap_err();
    assert_eq!(&e.chunk, b"Line");
    let mut big = line[..20].to_vec();
    big[12..16].copy_from_slice(&1u32.to_be_bytes());
    big.extend(enc(TAG_I, 1 << 32));
    let e = parse_beam(&module_with(&[], &[chunk(b"Line", &big)])).unwrap_err();
    assert!(e.message.contains("line number out of range"), "{e}");
    // A tag that is neither a file nor a line.
    let mut x = line[..20].to_vec();
    x[12..16].copy_from_slice(&1u32.to_be_bytes());
    x.extend(enc(TAG_X, 300));
    let e = parse_beam(&module_with(&[], &[chunk(b"Line", &x)])).unwrap_err();
    assert!(e.message.contains("unexpected tag x"), "{e}");
}

#[test]
fn loader_long_operands_are_checked() {
    // Registers and characters beyond 32 bits, atoms and labels beyond the
    // tables, in the multi-byte forms.
    for (tag, what) in [
        (TAG_X, "x register"),
        (TAG_Y, "y register"),
        (TAG_H, "character"),
    ] {
        let e = decode_one(&enc(tag, 1 << 33)).unwrap_err();
        assert!(e.message.contains(what), "{e}");
    }
    for (body, what) in [
        (
            [&[genop::MOVE][..], &enc(TAG_A, 5000), &enc(TAG_X, 0)].concat(),
            "atom index 5000",
        ),
        (
            [&[genop::JUMP][..], &enc(TAG_F, 70000)].concat(),
            "label 70000",
        ),
    ] {
        let e = parse_beam(&module_with(&body, &[])).unwrap_err();
        assert!(e.message.contains(what), "{e}");
    }
    // Every integer width decodes to itself.
    for bits in 0..64 {
        for n in [(1i64 << bits) - 1, -(1i64 << bits), 1i64 << bits] {
            assert_eq!(
                decode_plain(&enc(TAG_I, n)).unwrap(),
                Operand::Int(n),
                "{n}"
            );
        }
    }
}

#[test]
fn line_items_widen_when_a_file_or_line_does_not_fit() {
    let mut items = LineItems::default();
    items.push(0, 0);
    items.push(3, (1 << 24) - 1);
    assert!(matches!(items, LineItems::Packed(_)));
    items.push(300, 7);
    items.push(1, 1 << 30);
    assert!(matches!(items, LineItems::Wide(_)));
    assert_eq!(
        items.to_vec(),
        [(0, 0), (3, (1 << 24) - 1), (300, 7), (1, 1 << 30)]
    );
    assert_eq!(items.get(4), None);
}
