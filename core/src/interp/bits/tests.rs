//! Tests for the bit syntax runtime. Expected values come from Erlang/OTP 25
//! (`erl`), as noted at each table.

use super::*;
use crate::atom::am;
use crate::interp::instr::BinSegKind as K;
use alloc::string::String;
use alloc::vec;
use num_bigint::BigInt;

// ---- helpers ----

fn seg(kind: K, unit: u32, flags: u32, value: Term, size: Term) -> Seg {
    Seg {
        kind,
        seg: 1,
        unit,
        flags,
        value,
        size,
    }
}
fn int(v: Term, bits: usize, flags: u32) -> Seg {
    seg(K::Integer, 1, flags, v, Term::small(bits as isize))
}
fn bin_all(v: Term, unit: u32) -> Seg {
    seg(K::Binary, unit, 0, v, Term::atom(am::ALL))
}
fn append(v: Term, unit: u32) -> Seg {
    seg(K::Append, unit, 0, v, Term::atom(am::ALL))
}
fn float(v: Term, bits: usize, flags: u32) -> Seg {
    seg(K::Float, 1, flags, v, Term::small(bits as isize))
}
fn utf(kind: K, v: Term, flags: u32) -> Seg {
    seg(kind, 0, flags, v, Term::NIL)
}
/// The bits of a bitstring term: bytes (last padded with zeros) and size.
fn bits(t: Term) -> (Vec<u8>, usize) {
    let s = binary::bitstring(t).expect("a bitstring");
    (s.to_vec(), s.bit_size)
}
fn hex(b: &[u8]) -> String {
    b.iter().map(|x| std::format!("{:02x}", x)).collect()
}
fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}
fn create(h: &mut Heap, segs: &[Seg]) -> Result<Term, CreateError> {
    create_bin(h, segs, &[])
}
fn build(h: &mut Heap, segs: &[Seg]) -> (Vec<u8>, usize) {
    bits(create(h, segs).expect("create_bin"))
}
fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}
fn big(s: &str) -> BigInt {
    s.parse().unwrap()
}
fn ival(t: Term) -> BigInt {
    integer::to_bigint(t).expect("an integer")
}
const LE: u32 = BSF_LITTLE;
const SIGNED: u32 = BSF_SIGNED;

// ---- integers ----

/// The values encoded for each size `s` (the `vals/1` of the Erlang below).
fn vals(s: u32) -> Vec<BigInt> {
    let p3 = BigInt::from(3).pow(s);
    let p2 = BigInt::from(2).pow(s);
    let p2m = BigInt::from(2).pow(s - 1);
    vec![
        BigInt::from(0),
        BigInt::from(1),
        BigInt::from(-1),
        BigInt::from(5),
        BigInt::from(-5),
        p3.clone(),
        -p3,
        p2m.clone(),
        -p2m,
        &p2 - 1,
        &p2 + 12345,
        big("123456789012345678901234567890"),
        big("-123456789012345678901234567890"),
        big("576460752303423487"),
        big("576460752303423488"),
        big("-576460752303423488"),
        big("-576460752303423489"),
        BigInt::from(0x0123_4567_89AB_CDEFu64),
        BigInt::from(s * 7919),
    ]
}

/// For each size S in 1..=130: bit size and CRC-32 of
/// `<< <<V:S/big>> || V <- vals(S) >>` followed by the same `/little`,
/// padded with zero bits to whole bytes, from OTP 25:
///
/// ```erlang
/// pow(B, E) -> pow(B, E, 1).
/// pow(_, 0, A) -> A;
/// pow(B, E, A) -> pow(B, E-1, A*B).
/// vals(S) -> [0, 1, -1, 5, -5, pow(3,S), -pow(3,S), pow(2,S-1), -pow(2,S-1),
///   pow(2,S)-1, pow(2,S)+12345, 123456789012345678901234567890,
///   -123456789012345678901234567890, 576460752303423487, 576460752303423488,
///   -576460752303423488, -576460752303423489, 16#0123456789ABCDEF, S*7919].
/// pad(Bits) -> P = (8 - bit_size(Bits) rem 8) rem 8, <<Bits/bitstring, 0:P>>.
/// [begin Vs = vals(S),
///        B = << << <<V:S/big>> || V <- Vs >>/bitstring,
///               << <<V:S/little>> || V <- Vs >>/bitstring >>,
///        {S, bit_size(B), erlang:crc32(pad(B))}
///  end || S <- lists:seq(1, 130)].
/// ```
const INT_CRC: [(u32, usize, u32); 130] = [
    (1, 38, 0x07b3b02f),
    (2, 76, 0xab815945),
    (3, 114, 0x2ea8d7aa),
    (4, 152, 0x1450804e),
    (5, 190, 0x947f16c7),
    (6, 228, 0x5828ce21),
    (7, 266, 0x27d0fc49),
    (8, 304, 0x2ac4d09d),
    (9, 342, 0x2d359e7d),
    (10, 380, 0xee98eed3),
    (11, 418, 0xcd7902eb),
    (12, 456, 0xd8dd5bf5),
    (13, 494, 0x6ff0d31c),
    (14, 532, 0x663e36e5),
    (15, 570, 0x0c45504f),
    (16, 608, 0x527cd672),
    (17, 646, 0x3a056eb5),
    (18, 684, 0x222d9382),
    (19, 722, 0x92067a3e),
    (20, 760, 0x4337e02f),
    (21, 798, 0xd0f956ab),
    (22, 836, 0x5028c195),
    (23, 874, 0xd1b26e5f),
    (24, 912, 0xa2b2eefa),
    (25, 950, 0x02d18d93),
    (26, 988, 0x8c03aab4),
    (27, 1026, 0x4431dda2),
    (28, 1064, 0xb7439ae1),
    (29, 1102, 0x00a43e4f),
    (30, 1140, 0x3c5a82f1),
    (31, 1178, 0xd097c3e0),
    (32, 1216, 0x09abe94d),
    (33, 1254, 0xf659678e),
    (34, 1292, 0x28c0abd0),
    (35, 1330, 0x32fa5fc3),
    (36, 1368, 0x41308502),
    (37, 1406, 0xd8e445e3),
    (38, 1444, 0x19ce9dfd),
    (39, 1482, 0xc8241022),
    (40, 1520, 0x315e505b),
    (41, 1558, 0x8f85e182),
    (42, 1596, 0x7ce55825),
    (43, 1634, 0x14687609),
    (44, 1672, 0x73fbbfb2),
    (45, 1710, 0x23890801),
    (46, 1748, 0x11ab8e9e),
    (47, 1786, 0xd2aa87e8),
    (48, 1824, 0xb4e05e0f),
    (49, 1862, 0x314beab6),
    (50, 1900, 0x710e26aa),
    (51, 1938, 0xb247b1ac),
    (52, 1976, 0xcb85386d),
    (53, 2014, 0x8db1de78),
    (54, 2052, 0x3fc1656e),
    (55, 2090, 0xa4b3d510),
    (56, 2128, 0x6cf24de9),
    (57, 2166, 0xed0f3c85),
    (58, 2204, 0xbbfde827),
    (59, 2242, 0x3ec95237),
    (60, 2280, 0x58614b07),
    (61, 2318, 0xd9f5a5d1),
    (62, 2356, 0x34f97eca),
    (63, 2394, 0x0447ad5b),
    (64, 2432, 0x3e273e6d),
    (65, 2470, 0x72b8d413),
    (66, 2508, 0x60b6fb79),
    (67, 2546, 0x3d306c63),
    (68, 2584, 0x0d3d1da5),
    (69, 2622, 0x3cffc1c8),
    (70, 2660, 0xec6f1421),
    (71, 2698, 0x571a0962),
    (72, 2736, 0xbe966265),
    (73, 2774, 0x4831deb5),
    (74, 2812, 0xebb4890b),
    (75, 2850, 0x296cf5cd),
    (76, 2888, 0xea152caa),
    (77, 2926, 0x224d96bb),
    (78, 2964, 0xa184d886),
    (79, 3002, 0xf4424f2a),
    (80, 3040, 0x855ff21b),
    (81, 3078, 0xa9479737),
    (82, 3116, 0x1cf74b36),
    (83, 3154, 0x7f739d3c),
    (84, 3192, 0x09f73a34),
    (85, 3230, 0x6dfd6d3c),
    (86, 3268, 0x30eae3a5),
    (87, 3306, 0xc807f05e),
    (88, 3344, 0x5f481f4f),
    (89, 3382, 0xc672273c),
    (90, 3420, 0xf85fbbf6),
    (91, 3458, 0xbdf03b73),
    (92, 3496, 0x325829f8),
    (93, 3534, 0x9708e635),
    (94, 3572, 0xb799deb2),
    (95, 3610, 0xfbccb8ba),
    (96, 3648, 0x7644fe3d),
    (97, 3686, 0x8ab749c0),
    (98, 3724, 0x2b8f9012),
    (99, 3762, 0x1a0f9c62),
    (100, 3800, 0xe676b1e2),
    (101, 3838, 0xf9747f9d),
    (102, 3876, 0xcc3279f5),
    (103, 3914, 0xd2c328bd),
    (104, 3952, 0x5e0efd1b),
    (105, 3990, 0x9a813ed2),
    (106, 4028, 0xee39c8bb),
    (107, 4066, 0x42ac5e17),
    (108, 4104, 0x00b6c27d),
    (109, 4142, 0x64acd2ec),
    (110, 4180, 0x64a83d28),
    (111, 4218, 0x0762fed5),
    (112, 4256, 0x6ee1e16c),
    (113, 4294, 0x312e16e2),
    (114, 4332, 0x33220c29),
    (115, 4370, 0x7125d200),
    (116, 4408, 0x02dcdb28),
    (117, 4446, 0x6f0573f5),
    (118, 4484, 0xf8fae098),
    (119, 4522, 0xf927c030),
    (120, 4560, 0xb6300631),
    (121, 4598, 0x4e750fa3),
    (122, 4636, 0xdaed3b92),
    (123, 4674, 0x501d0183),
    (124, 4712, 0xffd96c89),
    (125, 4750, 0x3e43fca9),
    (126, 4788, 0xfb2ea601),
    (127, 4826, 0x8f8fd8f7),
    (128, 4864, 0x3abc75fb),
    (129, 4902, 0xec712ca9),
    (130, 4940, 0xcad8505e),
];

#[test]
fn integers_of_every_size_match_otp() {
    let mut h = Heap::default();
    for &(s, nbits, crc) in INT_CRC.iter() {
        let vs = vals(s);
        let terms: Vec<Term> = vs.iter().map(|v| h.bigint(v)).collect();
        let mut segs: Vec<Seg> = terms.iter().map(|&t| int(t, s as usize, 0)).collect();
        segs.extend(terms.iter().map(|&t| int(t, s as usize, LE)));
        // Signedness does not change construction.
        segs[0].flags |= SIGNED;
        let (b, n) = build(&mut h, &segs);
        assert_eq!(n, nbits, "size {s}");
        assert_eq!(crc32(&b), crc, "size {s}: {}", hex(&b));
    }
}

#[test]
fn integers_of_every_size_match_back() {
    let mut h = Heap::default();
    for s in 1..=130u32 {
        let vs = vals(s);
        let terms: Vec<Term> = vs.iter().map(|v| h.bigint(v)).collect();
        let mut segs: Vec<Seg> = terms.iter().map(|&t| int(t, s as usize, 0)).collect();
        segs.extend(terms.iter().map(|&t| int(t, s as usize, LE)));
        // Start unaligned to exercise the bit paths.
        segs.insert(0, int(Term::small(5), 3, 0));
        let b = create(&mut h, &segs).unwrap();
        let modulus = BigInt::from(2).pow(s);
        let half = BigInt::from(2).pow(s - 1);
        for signed in [false, true] {
            let ctx = start_match(&mut h, b).unwrap();
            assert_eq!(
                ival(get_integer(&mut h, ctx, 3, 0).unwrap()),
                BigInt::from(5)
            );
            for little in [false, true] {
                for v in &vs {
                    let mut want = ((v % &modulus) + &modulus) % &modulus;
                    if signed && want >= half {
                        want -= &modulus;
                    }
                    let flags = if little { LE } else { 0 } | if signed { SIGNED } else { 0 };
                    let got = get_integer(&mut h, ctx, s as usize, flags).unwrap();
                    assert_eq!(
                        ival(got),
                        want,
                        "size {s} signed {signed} little {little} value {v}"
                    );
                    // Results are small exactly when they fit one.
                    assert_eq!(
                        got.is_small(),
                        Term::try_small(i64::try_from(&want).unwrap_or(i64::MAX)).is_some()
                    );
                }
            }
            assert_eq!(ctx_remaining(ctx), 0);
            assert!(get_integer(&mut h, ctx, 1, 0).is_none());
        }
    }
}

#[test]
fn little_endian_partial_bytes_as_otp() {
    let mut h = Heap::default();
    // <<1:12/little>> = <<1,0:4>>; <<16#abc:12/little>> = <<188,10:4>>;
    // <<16#abcde:20/little>> = <<222,188,10:4>>; <<5:3/little>> = <<5:3>>.
    assert_eq!(
        build(&mut h, &[int(Term::small(1), 12, LE)]),
        (vec![1, 0], 12)
    );
    assert_eq!(
        build(&mut h, &[int(Term::small(0xabc), 12, LE)]),
        (vec![188, 0xa0], 12)
    );
    assert_eq!(
        build(&mut h, &[int(Term::small(0xabcde), 20, LE)]),
        (vec![222, 188, 0xa0], 20)
    );
    assert_eq!(
        build(&mut h, &[int(Term::small(5), 3, LE)]),
        (vec![0xa0], 3)
    );
    // Native is little on little-endian hosts.
    if cfg!(target_endian = "little") {
        assert_eq!(
            build(&mut h, &[int(Term::small(0xabc), 12, BSF_NATIVE)]),
            (vec![188, 0xa0], 12)
        );
    }
    // <<-1:70/signed>> = <<255 x 8, 63:6>>.
    assert_eq!(
        build(&mut h, &[int(Term::small(-1), 70, SIGNED)]),
        (vec![255, 255, 255, 255, 255, 255, 255, 255, 0xfc], 70)
    );
    // <<(-(1 bsl 100)):70>> is all zeros; <<(-(1 bsl 100) + 12345):70/little>> = <<57,48,0,0,0,0,0,0,0:6>>.
    let v = h.bigint(&-BigInt::from(2).pow(100));
    assert_eq!(build(&mut h, &[int(v, 70, 0)]), (vec![0; 9], 70));
    let v = h.bigint(&(-BigInt::from(2).pow(100) + 12345));
    assert_eq!(
        build(&mut h, &[int(v, 70, LE)]),
        (vec![57, 48, 0, 0, 0, 0, 0, 0, 0], 70)
    );
    // <<(1 bsl 100 + 5):8>> = <<5>>.
    let v = h.bigint(&(BigInt::from(2).pow(100) + 5));
    assert_eq!(build(&mut h, &[int(v, 8, 0)]), (vec![5], 8));
    // Matching: <<A:12/little, B:4>> = <<188,10:4,3:4>> gives {2748,3}; signed {-1348,3}.
    let b = h.binary(&[188, 0xa3]);
    let ctx = start_match(&mut h, b).unwrap();
    assert_eq!(get_integer(&mut h, ctx, 12, LE), Some(Term::small(2748)));
    assert_eq!(get_integer(&mut h, ctx, 4, 0), Some(Term::small(3)));
    let ctx = start_match(&mut h, b).unwrap();
    assert_eq!(
        get_integer(&mut h, ctx, 12, LE | SIGNED),
        Some(Term::small(-1348))
    );
    // <<A:20/little>> = <<222,188,10:4>> gives 703710.
    let b = create(&mut h, &[int(Term::small(0xabcde), 20, LE)]).unwrap();
    let ctx = start_match(&mut h, b).unwrap();
    assert_eq!(get_integer(&mut h, ctx, 20, LE), Some(Term::small(703710)));
    // <<A:3/little-signed, _:5>> = <<255>> gives -1.
    let b = h.binary(&[255]);
    let ctx = start_match(&mut h, b).unwrap();
    assert_eq!(
        get_integer(&mut h, ctx, 3, LE | SIGNED),
        Some(Term::small(-1))
    );
}

#[test]
fn mixed_segments_match_otp() {
    let mut h = Heap::default();
    // <<_:3, B:15/bits, _/bits>> = <<16#AB,16#CD,16#EF,16#12>>, B = <<16#5e6e:15>> (as padded hex "5e6e").
    let src = h.binary(&[0xAB, 0xCD, 0xEF, 0x12]);
    let ctx = start_match(&mut h, src).unwrap();
    assert!(skip_bits(ctx, 3));
    let b = get_binary(&mut h, ctx, 15).unwrap();
    assert_eq!(bits(b), (unhex("5e6e"), 15));
    let strings = b"xxabcxx";
    let abc = seg(K::String, 8, 0, Term::small(2), Term::small(3));
    let v1 = h.bigint(&(BigInt::from(2).pow(100) + 7));
    let f = h.float(2.5);
    let segs = [
        int(Term::small(1), 3, 0),
        bin_all(b, 1),
        int(Term::small(0xABCDE), 20, LE),
        float(f, 32, LE),
        utf(K::Utf8, Term::small(0x1F600), 0),
        utf(K::Utf16, Term::small(0x1F600), LE),
        utf(K::Utf32, Term::small(0x1F600), 0),
        abc,
        int(Term::small(-1), 70, SIGNED | LE),
        int(Term::small(-2), 67, 0),
        int(v1, 101, LE),
    ];
    let t = create_bin(&mut h, &segs, strings).unwrap();
    let want = "2bcdf7af2800008103c27e6200f76003780007d80185898ffffffffffffffffffffffffffffffffffc0e000000000000000000000100";
    assert_eq!(bits(t), (unhex(want), 428));
    assert_eq!(t.header().subtag(), Subtag::SubBin);
    // And read it all back.
    let ctx = start_match(&mut h, t).unwrap();
    assert_eq!(get_integer(&mut h, ctx, 3, 0), Some(Term::small(1)));
    let b2 = get_binary(&mut h, ctx, 15).unwrap();
    assert_eq!(bits(b2), (unhex("5e6e"), 15));
    assert_eq!(get_integer(&mut h, ctx, 20, LE), Some(Term::small(0xABCDE)));
    assert_eq!(
        get_float(&mut h, ctx, 32, LE).unwrap().as_float(),
        Some(2.5)
    );
    assert_eq!(get_utf(ctx, 8, 0), Some(0x1F600));
    assert_eq!(get_utf(ctx, 16, LE), Some(0x1F600));
    assert_eq!(get_utf(ctx, 32, 0), Some(0x1F600));
    assert!(match_string(ctx, b"abc", 24));
    assert_eq!(
        get_integer(&mut h, ctx, 70, SIGNED | LE),
        Some(Term::small(-1))
    );
    assert_eq!(get_integer(&mut h, ctx, 67, SIGNED), Some(Term::small(-2)));
    let v = get_integer(&mut h, ctx, 101, LE).unwrap();
    assert_eq!(ival(v), BigInt::from(2).pow(100) + 7);
    assert_eq!(ctx_remaining(ctx), 0);
}

#[test]
fn reads_of_unaligned_fields_match_otp() {
    let mut h = Heap::default();
    let data = [
        0xDE, 0xAD, 0xBE, 0xEF, 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF, 0xFF, 0x00, 0x11,
    ];
    let b = h.binary(&data);
    // <<A1:5, A2:13/little-signed, A3:70/signed, A4:9/little, A5:3/signed, R/bits>>
    // = {27,-2347,-19671402916380824627,495,-1, R = <<16#f0011:20>>}
    let ctx = start_match(&mut h, b).unwrap();
    assert_eq!(get_integer(&mut h, ctx, 5, 0), Some(Term::small(27)));
    assert_eq!(
        get_integer(&mut h, ctx, 13, LE | SIGNED),
        Some(Term::small(-2347))
    );
    let a3 = get_integer(&mut h, ctx, 70, SIGNED).unwrap();
    assert_eq!(ival(a3), big("-19671402916380824627"));
    assert_eq!(get_integer(&mut h, ctx, 9, LE), Some(Term::small(495)));
    assert_eq!(get_integer(&mut h, ctx, 3, SIGNED), Some(Term::small(-1)));
    let r = get_tail(&mut h, ctx);
    assert_eq!(bits(r), (unhex("f00110"), 20));
    // <<C1:67/little, C2:67/little-signed>> = <<Data/binary, 0:14>>
    let b = create(&mut h, &[bin_all(b, 8), int(Term::small(0), 14, 0)]).unwrap();
    let ctx = start_match(&mut h, b).unwrap();
    let c1 = get_integer(&mut h, ctx, 67, LE).unwrap();
    let c2 = get_integer(&mut h, ctx, 67, LE | SIGNED).unwrap();
    assert_eq!(ival(c1), big("81228368745362009566"));
    assert_eq!(ival(c2), big("38281664122543693"));
}

// ---- floats ----

/// `(f64 bits, <<F:16/float>>, <<F:32/float>>, <<F:64/float>>)` from OTP 25.
const FLOATS: &[(u64, &str, &str, &str)] = &[
    (0x0000000000000000, "0000", "00000000", "0000000000000000"),
    (0x8000000000000000, "8000", "80000000", "8000000000000000"),
    (0x3ff0000000000000, "3c00", "3f800000", "3ff0000000000000"),
    (0xc004000000000000, "c100", "c0200000", "c004000000000000"),
    (0x3fb999999999999a, "2e66", "3dcccccd", "3fb999999999999a"),
    (0x3ee4f8b588e368f1, "00a8", "3727c5ac", "3ee4f8b588e368f1"),
    (0x40effc0000000000, "7bff", "477fe000", "40effc0000000000"),
    (0x40effde000000000, "7bff", "477fef00", "40effde000000000"),
    (0x40effe0000000000, "7c00", "477ff000", "40effe0000000000"),
    (0x4202a05f20000000, "7c00", "501502f9", "4202a05f20000000"),
    (0x3ddb7cdfd9d7bdbb, "0000", "2edbe6ff", "3ddb7cdfd9d7bdbb"),
    (0x47efffffe0000000, "7c00", "7f7fffff", "47efffffe0000000"),
    (0x47effffff0000000, "7c00", "7f800000", "47effffff0000000"),
    (0x48078287f49c4a1d, "7c00", "7f800000", "48078287f49c4a1d"),
    (0x7e37e43c8800759c, "7c00", "7f800000", "7e37e43c8800759c"),
    (0x0000000000000001, "0000", "00000000", "0000000000000001"),
    (0x3ff0020000000000, "3c00", "3f801000", "3ff0020000000000"),
    (0x3ff0060000000000, "3c02", "3f803000", "3ff0060000000000"),
    (0x3f10000000000000, "0400", "38800000", "3f10000000000000"),
    (0x3e70000000000000, "0001", "33800000", "3e70000000000000"),
    (0x3e60000000000000, "0000", "33000000", "3e60000000000000"),
    (0x3e60000000000001, "0001", "33000000", "3e60000000000001"),
    (0x3e78000000000000, "0002", "33c00000", "3e78000000000000"),
    (0x3810000000000000, "0000", "00800000", "3810000000000000"),
    (0x36a0000000000000, "0000", "00000001", "36a0000000000000"),
    (0x3690000000000000, "0000", "00000000", "3690000000000000"),
    (0x3690000000000001, "0000", "00000001", "3690000000000001"),
    (0x40fe240c9fbe76c9, "7c00", "47f12065", "40fe240c9fbe76c9"),
    (0xbbfd26814b935d8d, "8000", "9fe9340a", "bbfd26814b935d8d"),
];

fn check_float_encodings(h: &mut Heap, v: Term, want: [&str; 3]) {
    for (n, w) in [16usize, 32, 64].into_iter().zip(want) {
        let (b, size) = build(h, &[float(v, n, 0)]);
        assert_eq!((hex(&b), size), (String::from(w), n), "{v:?} as {n} bits");
        let (b, _) = build(h, &[float(v, n, LE)]);
        let mut rev = unhex(w);
        rev.reverse();
        assert_eq!(b, rev, "{v:?} as {n} bits little");
    }
}

#[test]
fn floats_match_otp() {
    let mut h = Heap::default();
    for &(f, w16, w32, w64) in FLOATS {
        let v = h.float(f64::from_bits(f));
        check_float_encodings(&mut h, v, [w16, w32, w64]);
    }
    // Integers are converted (bignums correctly rounded).
    let cases: [(BigInt, [&str; 3]); 6] = [
        (BigInt::from(3), ["4200", "40400000", "4008000000000000"]),
        (BigInt::from(-7), ["c700", "c0e00000", "c01c000000000000"]),
        (
            BigInt::from(2).pow(70),
            ["7c00", "62800000", "4450000000000000"],
        ),
        (
            BigInt::from(2).pow(53) + 1,
            ["7c00", "5a000000", "4340000000000000"],
        ),
        (
            BigInt::from(2).pow(200),
            ["7c00", "7f800000", "4c70000000000000"],
        ),
        (
            BigInt::from(2).pow(100) + BigInt::from(2).pow(47) + 1,
            ["7c00", "71800000", "4630000000000001"],
        ),
    ];
    for (i, w) in cases {
        let v = h.bigint(&i);
        check_float_encodings(&mut h, v, w);
    }
    // Unaligned, and with the size from the unit: <<1.5:4/float-unit:8>> = <<63,192,0,0>>.
    let f = h.float(1.5);
    assert_eq!(
        build(&mut h, &[seg(K::Float, 8, 0, f, Term::small(4))]),
        (vec![63, 192, 0, 0], 32)
    );
    let (b, n) = build(&mut h, &[int(Term::small(1), 1, 0), float(f, 16, 0)]);
    assert_eq!((b, n), (vec![0x9f, 0x00, 0x00], 17));
}

#[test]
fn float_errors() {
    let mut h = Heap::default();
    let f = h.float(1.0);
    for n in [0, 8, 24, 128] {
        assert_eq!(create(&mut h, &[float(f, n, 0)]), Err(CreateError::Badarg));
    }
    let atom = Term::atom(am::OK);
    assert_eq!(
        create(&mut h, &[float(atom, 64, 0)]),
        Err(CreateError::Badarg)
    );
    // A bignum beyond the doubles is badarg whatever the size.
    let huge = h.bigint(&BigInt::from(2).pow(2000));
    for n in [16, 32, 64] {
        assert_eq!(
            create(&mut h, &[float(huge, n, 0)]),
            Err(CreateError::Badarg)
        );
    }
    // `all` / absent size.
    let all = Term::atom(am::ALL);
    assert_eq!(
        create(&mut h, &[seg(K::Float, 1, 0, f, all)]),
        Err(CreateError::Badarg)
    );
    assert_eq!(
        create(&mut h, &[seg(K::Float, 1, 0, f, Term::NIL)]),
        Err(CreateError::Badarg)
    );
}

#[test]
fn float_matching() {
    let mut h = Heap::default();
    // Half floats as OTP reads them.
    let cases: [(u16, f64); 8] = [
        (0x2e66, 0.0999755859375),
        (0x3c02, 1.001953125),
        (0x0001, 5.960464477539063e-8),
        (0x00a8, 1.0013580322265625e-5),
        (0xfbff, -65504.0),
        (0x0400, 6.103515625e-5),
        (0xc100, -2.5),
        (0x0000, 0.0),
    ];
    for (bits16, want) in cases {
        let b = h.binary(&bits16.to_be_bytes());
        let ctx = start_match(&mut h, b).unwrap();
        assert_eq!(
            get_float(&mut h, ctx, 16, 0).unwrap().as_float(),
            Some(want)
        );
        let b = h.binary(&bits16.to_le_bytes());
        let ctx = start_match(&mut h, b).unwrap();
        assert_eq!(
            get_float(&mut h, ctx, 16, LE).unwrap().as_float(),
            Some(want)
        );
    }
    let b = h.binary(&[0x80, 0x00]);
    let ctx = start_match(&mut h, b).unwrap();
    let z = get_float(&mut h, ctx, 16, 0).unwrap().as_float().unwrap();
    assert!(z == 0.0 && z.is_sign_negative());
    // Every table entry round trips through 32 and 64 bits.
    for &(f, _, w32, w64) in FLOATS {
        let f = f64::from_bits(f);
        let b = h.binary(&unhex(w64));
        let ctx = start_match(&mut h, b).unwrap();
        assert_eq!(
            get_float(&mut h, ctx, 64, 0)
                .unwrap()
                .as_float()
                .map(f64::to_bits),
            Some(f.to_bits())
        );
        let b = h.binary(&unhex(w32));
        let ctx = start_match(&mut h, b).unwrap();
        let want = f as f32;
        let got = get_float(&mut h, ctx, 32, 0);
        if want.is_finite() {
            assert_eq!(
                got.unwrap().as_float().map(f64::to_bits),
                Some((want as f64).to_bits())
            );
        } else {
            assert!(got.is_none());
            assert_eq!(ctx_pos(ctx), 0);
        }
    }
    // Infinities and NaNs do not match; neither do other sizes or short data.
    for (bytes, n) in [
        (&[0x7c, 0x00][..], 16),
        (&[0xfc, 0x00][..], 16),
        (&[0x7e, 0x00][..], 16),
        (&[0x7f, 0x80, 0, 0][..], 32),
        (&[0xff, 0xc0, 0, 0][..], 32),
        (&[0x7f, 0xf0, 0, 0, 0, 0, 0, 0][..], 64),
        (&[0x7f, 0xf8, 0, 0, 0, 0, 0, 1][..], 64),
        (&[1, 2, 3][..], 24),
        (&[1, 2, 3][..], 32),
    ] {
        let b = h.binary(bytes);
        let ctx = start_match(&mut h, b).unwrap();
        assert!(get_float(&mut h, ctx, n, 0).is_none(), "{bytes:?}");
        assert_eq!(ctx_remaining(ctx), bytes.len() * 8);
    }
}

// ---- utf ----

/// `(code point, utf8, utf16, utf16-little, utf32, utf32-little)` from OTP 25.
const UTF: &[(u32, &str, &str, &str, &str, &str)] = &[
    (0x0, "00", "0000", "0000", "00000000", "00000000"),
    (0x41, "41", "0041", "4100", "00000041", "41000000"),
    (0x7f, "7f", "007f", "7f00", "0000007f", "7f000000"),
    (0x80, "c280", "0080", "8000", "00000080", "80000000"),
    (0x7ff, "dfbf", "07ff", "ff07", "000007ff", "ff070000"),
    (0x800, "e0a080", "0800", "0008", "00000800", "00080000"),
    (0xffff, "efbfbf", "ffff", "ffff", "0000ffff", "ffff0000"),
    (0xd7ff, "ed9fbf", "d7ff", "ffd7", "0000d7ff", "ffd70000"),
    (0xe000, "ee8080", "e000", "00e0", "0000e000", "00e00000"),
    (0xfffd, "efbfbd", "fffd", "fdff", "0000fffd", "fdff0000"),
    (
        0x10000, "f0908080", "d800dc00", "00d800dc", "00010000", "00000100",
    ),
    (
        0x1f600, "f09f9880", "d83dde00", "3dd800de", "0001f600", "00f60100",
    ),
    (
        0x10ffff, "f48fbfbf", "dbffdfff", "ffdbffdf", "0010ffff", "ffff1000",
    ),
];

#[test]
fn utf_round_trips_as_otp() {
    let mut h = Heap::default();
    for &(cp, u8s, u16b, u16l, u32b, u32l) in UTF {
        let v = Term::small(cp as isize);
        for (kind, width, flags, want) in [
            (K::Utf8, 8u8, 0, u8s),
            (K::Utf16, 16, 0, u16b),
            (K::Utf16, 16, LE, u16l),
            (K::Utf32, 32, 0, u32b),
            (K::Utf32, 32, LE, u32l),
        ] {
            // Aligned and shifted by one bit.
            let (b, n) = build(&mut h, &[utf(kind, v, flags)]);
            assert_eq!(
                (hex(&b), n),
                (String::from(want), want.len() * 4),
                "{cp:#x} {kind:?}"
            );
            let t = create(
                &mut h,
                &[
                    int(Term::small(1), 1, 0),
                    utf(kind, v, flags),
                    int(Term::small(0), 7, 0),
                ],
            )
            .unwrap();
            let ctx = start_match(&mut h, t).unwrap();
            assert!(skip_bits(ctx, 1));
            assert_eq!(get_utf(ctx, width, flags), Some(cp), "{cp:#x} {kind:?}");
            assert_eq!(ctx_remaining(ctx), 7);
        }
    }
}

#[test]
fn utf_invalid_values() {
    let mut h = Heap::default();
    let bad = [
        Term::small(0xD800),
        Term::small(0xDFFF),
        Term::small(0x110000),
        Term::small(-1),
        Term::atom(am::OK),
        h.binary(&[1]),
        h.float(65.0),
        h.bigint(&BigInt::from(2).pow(80)),
    ];
    for v in bad {
        for kind in [K::Utf8, K::Utf16, K::Utf32] {
            assert_eq!(
                create(&mut h, &[utf(kind, v, 0)]),
                Err(CreateError::Badarg),
                "{v:?} {kind:?}"
            );
        }
    }
    // Invalid encodings do not match (OTP 25 fails all of these).
    let cases: [(&[u8], u8, u32); 14] = [
        (&[0xC0, 0x80], 8, 0),             // overlong
        (&[0xC1, 0xBF], 8, 0),             // overlong
        (&[0xE0, 0x80, 0x80], 8, 0),       // overlong
        (&[0xF0, 0x80, 0x80, 0x80], 8, 0), // overlong
        (&[0xED, 0xA0, 0x80], 8, 0),       // surrogate
        (&[0xF4, 0x90, 0x80, 0x80], 8, 0), // > 0x10FFFF
        (&[0x80], 8, 0),                   // stray continuation
        (&[0xE2, 0x82], 8, 0),             // truncated
        (&[0xE2, 0x02, 0xAC], 8, 0),       // bad continuation
        (&[0xDC, 0x00], 16, 0),            // lone low surrogate
        (&[0xD8, 0x00, 0x00, 0x41], 16, 0),
        (&[0xD8, 0x00], 16, 0),
        (&[0x00, 0x00, 0xD8, 0x00], 32, 0),
        (&[0x00, 0x11, 0x00, 0x00], 32, 0),
    ];
    for (bytes, width, flags) in cases {
        let b = h.binary(bytes);
        let ctx = start_match(&mut h, b).unwrap();
        assert_eq!(get_utf(ctx, width, flags), None, "{bytes:x?}");
        assert_eq!(ctx_remaining(ctx), bytes.len() * 8);
    }
    // <<_:3, U/utf8, _:5>> = <<0:3, 16#E2, 16#82, 16#AC, 0:5>> gives 8364.
    let t = create(
        &mut h,
        &[
            int(Term::small(0), 3, 0),
            int(Term::small(0xE282AC), 24, 0),
            int(Term::small(0), 5, 0),
        ],
    )
    .unwrap();
    let ctx = start_match(&mut h, t).unwrap();
    assert!(skip_bits(ctx, 3));
    assert_eq!(get_utf(ctx, 8, 0), Some(8364));
    assert_eq!(get_utf(ctx, 7, 0), None);
}

// ---- binaries, strings, errors ----

#[test]
fn binary_segments() {
    let mut h = Heap::default();
    let b = h.binary(&[1, 2, 3]);
    // <<B:2/binary>>, <<B:1/binary-unit:16>> = <<1,2>>, <<B:9/bits>> = <<1,0:1>>.
    assert_eq!(
        build(&mut h, &[seg(K::Binary, 8, 0, b, Term::small(2))]),
        (vec![1, 2], 16)
    );
    assert_eq!(
        build(&mut h, &[seg(K::Binary, 16, 0, b, Term::small(1))]),
        (vec![1, 2], 16)
    );
    assert_eq!(
        build(&mut h, &[seg(K::Binary, 1, 0, b, Term::small(9))]),
        (vec![1, 0], 9)
    );
    // A zero-size prefix of a bitstring is fine: <<(<<1:3>>):0/binary>> = <<>>.
    let b3 = create(&mut h, &[int(Term::small(1), 3, 0)]).unwrap();
    assert_eq!(
        build(&mut h, &[seg(K::Binary, 8, 0, b3, Term::small(0))]),
        (vec![], 0)
    );
    // Errors: too short, bits with /binary, unit mismatch, not a bitstring.
    let e = Err(CreateError::Badarg);
    assert_eq!(
        create(&mut h, &[seg(K::Binary, 8, 0, b, Term::small(4))]),
        e
    );
    assert_eq!(create(&mut h, &[bin_all(b3, 8)]), e);
    assert_eq!(
        create(&mut h, &[seg(K::Binary, 8, 0, b3, Term::small(1))]),
        e
    );
    assert_eq!(create(&mut h, &[bin_all(b, 16)]), e);
    assert_eq!(create(&mut h, &[bin_all(Term::atom(am::OK), 8)]), e);
    assert_eq!(
        create(
            &mut h,
            &[seg(K::Binary, 8, 0, Term::small(1), Term::small(0))]
        ),
        e
    );
    // Large results live off-heap; non-byte ones are sub-binaries over them.
    let big = h.binary(&[7u8; 100]);
    let t = create(&mut h, &[bin_all(big, 8), bin_all(big, 8)]).unwrap();
    assert_eq!(t.header().subtag(), Subtag::RefcBin);
    assert_eq!(bits(t), (vec![7u8; 200], 1600));
    let t = create(&mut h, &[bin_all(big, 8), int(Term::small(1), 1, 0)]).unwrap();
    assert_eq!(t.header().subtag(), Subtag::SubBin);
    let (v, n) = bits(t);
    assert_eq!((n, v[100]), (801, 0x80));
    let t = create(&mut h, &[int(Term::small(1), 8, 0)]).unwrap();
    assert_eq!(t.header().subtag(), Subtag::HeapBin);
    let t = create(&mut h, &[]).unwrap();
    assert_eq!(bits(t), (vec![], 0));
    // Unaligned copies of long, unaligned sources.
    let data: Vec<u8> = (0..=255u8).collect();
    let src = h.binary(&data);
    let ctx = start_match(&mut h, src).unwrap();
    assert!(skip_bits(ctx, 5));
    let part = get_binary(&mut h, ctx, 8 * 200 + 3).unwrap();
    let t = create(&mut h, &[int(Term::small(3), 2, 0), bin_all(part, 1)]).unwrap();
    let ctx = start_match(&mut h, t).unwrap();
    assert_eq!(get_integer(&mut h, ctx, 2, 0), Some(Term::small(3)));
    for i in 0..200 {
        let want = ((data[i] << 5) | (data[i + 1] >> 3)) as isize;
        assert_eq!(
            get_integer(&mut h, ctx, 8, 0),
            Some(Term::small(want)),
            "byte {i}"
        );
    }
    assert_eq!(
        get_integer(&mut h, ctx, 3, 0),
        Some(Term::small(data[200] as isize & 7))
    );
}

#[test]
fn string_segments() {
    let mut h = Heap::default();
    let strings = b"hello world";
    let s = seg(K::String, 8, 0, Term::small(6), Term::small(5));
    let t = create_bin(
        &mut h,
        &[int(Term::small(1), 4, 0), s, int(Term::small(2), 4, 0)],
        strings,
    )
    .unwrap();
    let (b, n) = bits(t);
    assert_eq!(n, 48);
    assert_eq!(b, vec![0x17, 0x76, 0xf7, 0x26, 0xc6, 0x42]);
    let ctx = start_match(&mut h, t).unwrap();
    assert!(skip_bits(ctx, 4));
    assert!(!match_string(ctx, b"worle", 40));
    assert!(match_string(ctx, b"world", 36));
    assert_eq!(ctx_remaining(ctx), 8);
    assert!(!match_string(ctx, b"dd", 16));
    // Out of the table is badarg, not a panic.
    let s = seg(K::String, 8, 0, Term::small(8), Term::small(5));
    assert_eq!(create_bin(&mut h, &[s], strings), Err(CreateError::Badarg));
}

#[test]
fn create_errors_as_otp() {
    let mut h = Heap::default();
    let one = Term::small(1);
    let foo = Term::atom(am::OK);
    let huge = h.bigint(&BigInt::from(2).pow(60));
    let at59 = h.bigint(&BigInt::from(2).pow(59));
    let neg_huge = h.bigint(&-BigInt::from(2).pow(64));
    let fl = h.float(1.0);
    let bad = CreateError::Badarg;
    let lim = CreateError::SystemLimit;
    let sized = |v: Term, size: Term| seg(K::Integer, 1, 0, v, size);
    let cases: Vec<(Vec<Seg>, CreateError)> = vec![
        (vec![sized(one, Term::small(-1))], bad),
        (vec![sized(one, at59)], lim),
        (vec![sized(one, huge)], lim),
        (vec![sized(one, neg_huge)], bad),
        (vec![sized(one, foo)], bad),
        (vec![sized(one, fl)], bad),
        (vec![sized(one, Term::atom(am::ALL))], bad),
        (vec![sized(foo, Term::small(0))], bad),
        (vec![sized(fl, Term::small(8))], bad),
        // Sizes are checked before values, in order.
        (
            vec![sized(foo, Term::small(8)), sized(one, Term::small(-1))],
            bad,
        ),
        (vec![sized(foo, Term::small(8)), sized(one, huge)], lim),
        (vec![sized(one, Term::small(-1)), sized(one, huge)], bad),
        (vec![sized(one, huge), sized(one, Term::small(-1))], lim),
        (vec![utf(K::Utf8, foo, 0), sized(one, huge)], lim),
        (vec![bin_all(foo, 8), sized(one, huge)], lim),
        (vec![float(fl, 3, 0), sized(one, huge)], lim),
        // size * unit overflowing.
        (
            vec![seg(
                K::Integer,
                256,
                0,
                one,
                Term::small(crate::term::MAX_SMALL),
            )],
            lim,
        ),
        // Totals overflowing or beyond memory.
        (
            vec![
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
                sized(one, Term::small(crate::term::MAX_SMALL)),
            ],
            lim,
        ),
        (
            vec![seg(
                K::Integer,
                8,
                0,
                one,
                Term::small(crate::term::MAX_SMALL),
            )],
            lim,
        ),
        (vec![append(foo, 8), sized(one, Term::small(8))], bad),
    ];
    for (i, (segs, want)) in cases.iter().enumerate() {
        assert_eq!(create(&mut h, segs), Err(*want), "case {i}");
    }
    // Append of a bitstring whose size is not a multiple of the unit.
    let b3 = create(&mut h, &[int(one, 3, 0)]).unwrap();
    assert_eq!(create(&mut h, &[append(b3, 8), int(one, 8, 0)]), Err(bad));
    assert_eq!(
        bits(create(&mut h, &[append(b3, 1), int(one, 8, 0)]).unwrap()),
        (vec![0x20, 0x20], 11)
    );
}

// ---- matching ----

#[test]
fn match_contexts() {
    let mut h = Heap::default();
    assert!(start_match(&mut h, Term::small(1)).is_none());
    assert!(start_match(&mut h, Term::NIL).is_none());
    let tup = h.tuple(&[Term::small(1)]);
    assert!(start_match(&mut h, tup).is_none());
    let data: Vec<u8> = (0..100u8).collect();
    let b = h.binary(&data);
    let ctx = start_match(&mut h, b).unwrap();
    assert_eq!(start_match(&mut h, ctx), Some(ctx));
    assert_eq!(ctx_remaining(ctx), 800);
    // A context over a sub-binary sees only its bits.
    let sub = h.sub_binary(b, 12, 30);
    let c2 = start_match(&mut h, sub).unwrap();
    assert_eq!(ctx_remaining(c2), 30);
    let start = ctx_pos(c2);
    let v = get_integer(&mut h, c2, 30, 0).unwrap();
    assert_eq!(
        v,
        Term::small(((0x0001_0203_0405_u64 >> 6) & 0x3fff_ffff) as isize)
    );
    set_ctx_pos(c2, start);
    assert_eq!(ctx_remaining(c2), 30);
    assert!(!skip_bits(c2, 31));
    assert!(skip_bits(c2, 30));
    assert_eq!(get_tail(&mut h, c2).header().subtag(), Subtag::HeapBin);
    // Whole binary comes back as itself; a small byte run is copied; a long
    // one shares storage.
    let ctx = start_match(&mut h, b).unwrap();
    let p = ctx_pos(ctx);
    assert_eq!(get_tail(&mut h, ctx), b);
    // Taking the tail leaves the position where it was.
    assert_eq!(ctx_remaining(ctx), 800);
    set_ctx_pos(ctx, p);
    let small = get_binary(&mut h, ctx, 64).unwrap();
    assert_eq!(small.header().subtag(), Subtag::HeapBin);
    assert_eq!(binary::bytes(small), Some(&data[..8]));
    let long = get_binary(&mut h, ctx, 8 * 50).unwrap();
    assert_eq!(long.header().subtag(), Subtag::SubBin);
    assert_eq!(binary::bytes(long), Some(&data[8..58]));
    let odd = get_binary(&mut h, ctx, 3).unwrap();
    assert_eq!(bits(odd), (vec![data[58] & 0xe0], 3));
    let tail = get_tail(&mut h, ctx);
    assert_eq!(bits(tail).1, 800 - 64 - 400 - 3);
    assert!(skip_bits(ctx, 800 - 64 - 400 - 3));
    assert!(get_binary(&mut h, ctx, 1).is_none());
    assert_eq!(bits(get_binary(&mut h, ctx, 0).unwrap()), (vec![], 0));
    // Off-heap bases.
    let big: Vec<u8> = (0..1000u32).map(|i| (i * 7) as u8).collect();
    let rb = h.binary(&big);
    assert_eq!(rb.header().subtag(), Subtag::RefcBin);
    let ctx = start_match(&mut h, rb).unwrap();
    assert!(skip_bits(ctx, 8 * 500));
    assert_eq!(
        get_integer(&mut h, ctx, 16, LE),
        Some(Term::small(
            (big[500] as isize) | ((big[501] as isize) << 8)
        ))
    );
    let t = get_tail(&mut h, ctx);
    assert_eq!(binary::bytes(t), Some(&big[502..]));
    // Garbage in, no panic out.
    for t in [Term::small(3), Term::NIL, b] {
        assert_eq!(ctx_remaining(t), 0);
        assert_eq!(ctx_pos(t), 0);
        set_ctx_pos(t, 5);
        assert!(get_integer(&mut h, t, 1, 0).is_none());
        assert!(get_float(&mut h, t, 64, 0).is_none());
        assert!(get_binary(&mut h, t, 1).is_none());
        assert!(!skip_bits(t, 0));
        assert!(!match_string(t, b"", 0));
        assert!(get_utf(t, 8, 0).is_none());
        assert!(!eq_int(t, 1, Term::small(0)));
        assert_eq!(get_tail(&mut h, t), t);
    }
    let ctx = start_match(&mut h, b).unwrap();
    set_ctx_pos(ctx, usize::MAX);
    assert_eq!(ctx_remaining(ctx), 0);
    assert!(get_integer(&mut h, ctx, usize::MAX, 0).is_none());
    assert!(get_utf(ctx, 9, 0).is_none());
}

#[test]
fn eq_int_command() {
    let mut h = Heap::default();
    let b = h.binary(&[
        0xAB, 0xCD, 0xEF, 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF,
    ]);
    let ctx = start_match(&mut h, b).unwrap();
    assert!(!eq_int(ctx, 4, Term::small(0xB)));
    assert!(!eq_int(ctx, 4, Term::small(-6)));
    assert!(eq_int(ctx, 4, Term::small(0xA)));
    assert!(eq_int(ctx, 12, Term::small(0xBCD)));
    let want = BigInt::parse_bytes(b"EF0123456789ABCDEF", 16).unwrap();
    let v = h.bigint(&want);
    assert!(!eq_int(ctx, 72, Term::small(1)));
    assert!(eq_int(ctx, 72, v));
    assert_eq!(ctx_remaining(ctx), 0);
    assert!(eq_int(ctx, 0, Term::small(0)));
    assert!(!eq_int(ctx, 1, Term::small(0)));
}

// ---- appending ----

/// The loop `lists:foldl(fun(X, Acc) -> <<Acc/binary, X>> end, <<>>, L)`.
#[test]
fn append_loop_is_amortised_constant() {
    let mut h = Heap::default();
    let n = 100_000usize;
    let mut acc = h.binary(&[]);
    let mut keep = Vec::new();
    let mut moved_bytes = 0;
    for i in 0..n {
        let before = binary::bitstring(acc).unwrap().base.as_ptr();
        acc = create(
            &mut h,
            &[append(acc, 8), int(Term::small((i % 251) as isize), 8, 0)],
        )
        .unwrap();
        let now = binary::bitstring(acc).unwrap();
        if now.base.as_ptr() != before {
            // A move copies what the value held.
            moved_bytes += now.bit_size / 8;
        }
        if i % 10_000 == 0 {
            keep.push((i + 1, acc));
        }
    }
    let want: Vec<u8> = (0..n).map(|i| (i % 251) as u8).collect();
    assert_eq!(binary::bytes(acc), Some(&want[..]));
    // Appends went in place, the buffer growing geometrically: moving it
    // copied a few times the final size in all (a copy per append, the
    // quadratic case, copies about n * n / 2 bytes).
    assert!(
        moved_bytes < 4 * n,
        "{moved_bytes} bytes copied in {n} appends"
    );
    // Earlier values are unchanged.
    for (len, t) in keep {
        assert_eq!(binary::bytes(t), Some(&want[..len]));
    }
    // The buffer was shared, not copied each time: few distinct buffers.
    assert_eq!(acc.header().subtag(), Subtag::SubBin);
}

#[test]
fn append_keeps_older_values_intact() {
    let mut h = Heap::default();
    let base = h.binary(&[1u8; 70]);
    let a1 = create(&mut h, &[append(base, 8), int(Term::small(2), 8, 0)]).unwrap();
    let a2 = create(&mut h, &[append(a1, 8), int(Term::small(3), 8, 0)]).unwrap();
    // Appending to a1 again must not clobber a2's byte.
    let a3 = create(&mut h, &[append(a1, 8), int(Term::small(4), 8, 0)]).unwrap();
    let a4 = create(&mut h, &[append(a2, 8), int(Term::small(5), 8, 0)]).unwrap();
    let a5 = create(&mut h, &[append(a3, 8), int(Term::small(6), 8, 0)]).unwrap();
    let mut w = vec![1u8; 70];
    w.push(2);
    assert_eq!(binary::bytes(a1), Some(&w[..]));
    assert_eq!(binary::bytes(a2).unwrap()[70..], [2, 3]);
    assert_eq!(binary::bytes(a3).unwrap()[70..], [2, 4]);
    assert_eq!(binary::bytes(a4).unwrap()[70..], [2, 3, 5]);
    assert_eq!(binary::bytes(a5).unwrap()[70..], [2, 4, 6]);
    assert_eq!(binary::bytes(base), Some(&[1u8; 70][..]));
    // Appending a value that reads the same buffer: <<A/binary, A/binary>>.
    let a6 = create(&mut h, &[append(a4, 8), bin_all(a4, 8)]).unwrap();
    let v4 = binary::bytes(a4).unwrap().to_vec();
    let mut w6 = v4.clone();
    w6.extend_from_slice(&v4);
    assert_eq!(binary::bytes(a6), Some(&w6[..]));
    // ... and a sub-binary of it matched out.
    let ctx = start_match(&mut h, a6).unwrap();
    assert!(skip_bits(ctx, 8 * 60));
    let part = get_binary(&mut h, ctx, 8 * 20).unwrap();
    let a7 = create(&mut h, &[append(a6, 8), bin_all(part, 8)]).unwrap();
    let mut w7 = w6.clone();
    w7.extend_from_slice(&w6[60..80]);
    assert_eq!(binary::bytes(a7), Some(&w7[..]));
    assert_eq!(binary::bytes(a6), Some(&w6[..]));
}

#[test]
fn append_of_bits_in_place() {
    let mut h = Heap::default();
    // <<Acc/bitstring, X:3>> in a loop, as OTP: in place too.
    let mut acc = h.binary(&[]);
    let n = 30_000usize;
    let mut moved_bytes = 0;
    for i in 0..n {
        let before = binary::bitstring(acc).unwrap().base.as_ptr();
        acc = create(
            &mut h,
            &[append(acc, 1), int(Term::small((i % 8) as isize), 3, 0)],
        )
        .unwrap();
        let now = binary::bitstring(acc).unwrap();
        if now.base.as_ptr() != before {
            // A move copies what the value held.
            moved_bytes += now.bit_size / 8;
        }
    }
    // In place, as for whole bytes: the buffer moved only as it grew.
    let total = 3 * n / 8;
    assert!(
        moved_bytes < 4 * total,
        "{moved_bytes} bytes copied for {total}"
    );
    let ctx = start_match(&mut h, acc).unwrap();
    assert_eq!(ctx_remaining(ctx), 3 * n);
    for i in 0..n {
        assert_eq!(
            get_integer(&mut h, ctx, 3, 0),
            Some(Term::small((i % 8) as isize))
        );
    }
    // Mixed: byte appends after a bit append, unit checks.
    let a = create(&mut h, &[append(acc, 1), int(Term::small(1), 1, 0)]).unwrap();
    assert_eq!(
        create(&mut h, &[append(a, 8), int(Term::small(1), 8, 0)]),
        Err(CreateError::Badarg)
    );
    let b = create(
        &mut h,
        &[append(a, 1), seg(K::Binary, 8, 0, a, Term::small(2))],
    )
    .unwrap();
    assert_eq!(bits(b).1, 3 * n + 1 + 16);
    let ctx = start_match(&mut h, b).unwrap();
    assert!(skip_bits(ctx, 3 * n + 1));
    // The first 16 bits of `a`: 000 001 010 011 100 1.. = 0x05, 0x39
    assert_eq!(get_integer(&mut h, ctx, 16, 0), Some(Term::small(0x0539)));
    // `a` itself still ends in its 1 bit.
    let ctx = start_match(&mut h, a).unwrap();
    assert!(skip_bits(ctx, 3 * n));
    assert_eq!(get_integer(&mut h, ctx, 1, 0), Some(Term::small(1)));
}

#[test]
fn append_copies_when_shared_and_survives_gc() {
    let mut h = Heap::default();
    let base = h.binary(&[9u8; 100]);
    let a1 = create(&mut h, &[append(base, 8), int(Term::small(1), 8, 0)]).unwrap();
    let orig = a1.payload_term(0);
    let bin = orig.payload(1) as *const OffHeapBin;
    // Someone else (a message, ETS) holds the buffer: copy.
    // SAFETY: `orig` is live and holds a count; we release ours below.
    unsafe { OffHeapBin::inc(bin) };
    let a2 = create(&mut h, &[append(a1, 8), int(Term::small(2), 8, 0)]).unwrap();
    assert_ne!(a2.payload(0), orig.raw());
    // SAFETY: the count taken above.
    unsafe { OffHeapBin::dec(bin) };
    // Now it is ours alone again: in place.
    let a3 = create(&mut h, &[append(a1, 8), int(Term::small(3), 8, 0)]).unwrap();
    assert_eq!(a3.payload(0), orig.raw());
    assert_eq!(binary::bytes(a2).unwrap()[100..], [1, 2]);
    assert_eq!(binary::bytes(a3).unwrap()[100..], [1, 3]);
    // A collection keeps the writable sub-binary writable.
    let mut roots = [a2, a3];
    h.collect(0, &mut [&mut roots[..]]);
    let [a2, a3] = roots;
    let a4 = create(&mut h, &[append(a3, 8), int(Term::small(4), 8, 0)]).unwrap();
    assert_eq!(a4.payload(0), a3.payload(0));
    assert_eq!(binary::bytes(a4).unwrap()[100..], [1, 3, 4]);
    assert_eq!(binary::bytes(a2).unwrap()[100..], [1, 2]);
    // A plain sub-binary or refc binary of the same storage is never grown in place.
    let plain = h.sub_binary(a4.payload_term(0), 0, 8 * 103);
    let a5 = create(&mut h, &[append(plain, 8), int(Term::small(5), 8, 0)]).unwrap();
    assert_ne!(a5.payload(0), a4.payload(0));
    let a6 = create(&mut h, &[append(a4, 8), int(Term::small(6), 8, 0)]).unwrap();
    assert_eq!(binary::bytes(a5).unwrap()[100..], [1, 3, 4, 5]);
    assert_eq!(binary::bytes(a6).unwrap()[100..], [1, 3, 4, 6]);
}
