use super::*;
use crate::host::NullHost;
use alloc::vec;

static GL: &[u8] = include_bytes!("../preload/beamr_gl.beam");
static SCHED: &[u8] = include_bytes!("../vm/testdata/sched_test.beam");

fn small() -> Vec<u8> {
    write(&[
        (String::from("b"), vec![1, 2, 3]),
        (String::from("a"), vec![9; 5]),
        (String::from("c"), Vec::new()),
    ])
    .unwrap()
}

#[test]
fn round_trip() {
    let p = Pack::new(small()).unwrap();
    assert_eq!(p.len(), 3);
    assert_eq!(p.module("a"), Some(&[9u8; 5][..]));
    assert_eq!(p.module("b"), Some(&[1u8, 2, 3][..]));
    assert_eq!(p.module("c"), Some(&[][..]));
    assert_eq!(p.module("d"), None);
    let names: Vec<&str> = p.modules().map(|(n, _)| n).collect();
    assert_eq!(names, ["a", "b", "c"]);
    let empty = Pack::new(write(&[]).unwrap()).unwrap();
    assert!(empty.is_empty());
}

#[test]
fn deterministic_regardless_of_order() {
    let a = write(&[(String::from("x"), vec![1]), (String::from("y"), vec![2])]).unwrap();
    let b = write(&[(String::from("y"), vec![2]), (String::from("x"), vec![1])]).unwrap();
    assert_eq!(a, b);
}

#[test]
fn every_truncation_is_an_error() {
    let p = small();
    for n in 0..p.len() {
        match Pack::new(&p[..n]) {
            Err(PackError::Truncated { .. }) => {}
            Err(e) => panic!("length {n}: {e}"),
            Ok(_) => panic!("length {n} accepted"),
        }
    }
    let mut longer = p.clone();
    longer.push(0);
    assert!(matches!(
        Pack::new(&longer[..]),
        Err(PackError::TrailingBytes { .. })
    ));
}

#[test]
fn every_flipped_byte_is_an_error() {
    let p = small();
    for i in 0..p.len() {
        for bit in [0x01u8, 0x80] {
            let mut q = p.clone();
            q[i] ^= bit;
            assert!(Pack::new(&q[..]).is_err(), "flip {bit:#x} at {i} accepted");
        }
    }
}

#[test]
fn bad_magic_and_version() {
    let mut p = small();
    p[8] = 2;
    assert_eq!(
        Pack::new(&p[..]).err(),
        Some(PackError::UnsupportedVersion(2))
    );
    let mut q = small();
    q[0] = b'B';
    assert_eq!(Pack::new(&q[..]).err(), Some(PackError::BadMagic));
    assert_eq!(Pack::new(&b"FOR1"[..]).err(), Some(PackError::BadMagic));
}

#[test]
fn bad_index_with_valid_checksum() {
    // Names out of order, with the checksum recomputed: still refused.
    let mut p = small();
    let a = HEADER_LEN + 2;
    p[a] = b'z';
    let crc = crc32(&p[HEADER_LEN..]);
    p[20..24].copy_from_slice(&crc.to_le_bytes());
    assert!(matches!(Pack::new(&p[..]), Err(PackError::BadIndex(_))));
}

#[test]
fn crc32_known_value() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
}

#[test]
fn strip_keeps_a_loadable_module() {
    for beam in [GL, SCHED] {
        let s = strip_beam(beam).unwrap();
        assert!(s.len() <= beam.len());
        let raw = crate::loader::parse_beam(&s).unwrap();
        assert!(raw.skipped_chunks.is_empty(), "{:?}", raw.skipped_chunks);
        let orig = crate::loader::parse_beam(beam).unwrap();
        assert_eq!(raw.code, orig.code);
        assert_eq!(raw.compile_info, orig.compile_info);
        assert_eq!(raw.attributes, orig.attributes);
    }
    assert!(strip_beam(b"nope").is_err());
    assert!(strip_beam(&GL[..GL.len() / 2]).is_err());
}

#[test]
fn build_follows_imports() {
    let built = build(&["beamr_gl"], |n| match n {
        "beamr_gl" => Some(GL.to_vec()),
        "sched_test" => Some(SCHED.to_vec()),
        _ => None,
    })
    .unwrap();
    let p = Pack::new(built.bytes).unwrap();
    assert!(p.module("beamr_gl").is_some());
    assert!(p.module("sched_test").is_none());
    // beamr_gl imports erlang (and others) that this finder lacks.
    assert!(built.missing.iter().any(|m| m == "erlang"));
    assert!(build(&["nope"], |_| None).is_err());
}

#[test]
fn pack_host_finds_modules() {
    let bytes = write(&[(String::from("sched_test"), SCHED.to_vec())]).unwrap();
    let mut h = PackHost::new(NullHost::default(), Pack::new(bytes).unwrap());
    assert_eq!(h.find_module("sched_test").as_deref(), Some(SCHED));
    assert_eq!(h.find_module("other"), None);
}
