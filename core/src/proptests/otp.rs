//! The model and the VM against a real OTP (`erl`), when one is installed.
//!
//! The other groups trust [`mcmp`], written from OTP's documentation; this
//! one checks that documentation reading against OTP itself. Random terms
//! (from both strategies) are encoded by the VM, decoded by `erl`, and OTP
//! reports for every pair `<`/`==`/`>` and `=:=`, and for every term
//! `erlang:phash2/1` and `term_to_binary(T, [deterministic])`. All of it must
//! agree with the model (order), the VM (`phash2`) and the VM's encoder
//! (bytes). Pids, ports and references are kept to the ranges a
//! non-distributed OTP accepts for its own node.
//!
//! Without `erl` on the path the test says so and passes.

use super::{mcmp, mexact, read, small_term, term, Builder, M};
use crate::etf::{encode, EncodeOpts};
use crate::heap::Heap;
use crate::term::compare::{compare, exact_eq};
use crate::term::hash::phash2;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

/// Pid and port numbers and reference ids OTP 25 takes as its own node's:
/// pid numbers below 2^15 (serial 0), ports below 2^28, the first
/// reference word below 2^18.
fn local_ids(m: &mut M) {
    match m {
        M::Pid(p) => *p %= 1 << 15,
        M::Port(p) => *p %= 1 << 28,
        M::Ref(r) => *r &= 0xFFFF_FFFF_0003_FFFF,
        M::Tuple(xs) => xs.iter_mut().for_each(local_ids),
        M::List(xs, t) => {
            xs.iter_mut().for_each(local_ids);
            local_ids(t);
        }
        M::Map(ps, _) => {
            for (k, v) in ps.iter_mut() {
                local_ids(k);
                local_ids(v);
            }
        }
        _ => {}
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| alloc::format!("{b:02X}")).collect()
}

const SCRIPT: &str = r#"
    {ok, B} = file:read_file(os:getenv("BEAMR_IN")),
    L = [binary_to_term(binary:decode_hex(X))
         || X <- string:split(string:trim(B), "\n", all)],
    Cmp = [[if X < Y -> $<; X > Y -> $>; true -> $= end || Y <- L] || X <- L],
    Ex = [[if X =:= Y -> $1; true -> $0 end || Y <- L] || X <- L],
    H = [integer_to_list(erlang:phash2(X)) || X <- L],
    E = [binary:encode_hex(term_to_binary(X, [deterministic])) || X <- L],
    ok = file:write_file(os:getenv("BEAMR_OUT"),
        lists:join("\n#\n", [lists:join("\n", P) || P <- [Cmp, Ex, H, E]])),
    halt().
"#;

#[test]
fn model_and_vm_agree_with_otp() {
    let mut runner = TestRunner::default();
    let mut h = Heap::new(4096);
    let mut b = Builder::new(0);
    let mut ts = Vec::new();
    for i in 0..300 {
        let s = if i % 2 == 0 { small_term() } else { term() };
        let mut m = s.new_tree(&mut runner).unwrap().current();
        local_ids(&mut m);
        ts.push(b.build(&mut h, &m));
    }
    // Models as read back (the id changes may have merged map keys).
    let ms: Vec<M> = ts.iter().map(|&t| read(t).unwrap()).collect();
    let encoded: Vec<Vec<u8>> = ts
        .iter()
        .map(|&t| {
            let opts = EncodeOpts {
                deterministic: true,
                ..EncodeOpts::default()
            };
            encode(t, opts).unwrap()
        })
        .collect();

    let dir = std::env::temp_dir();
    let tag = std::process::id();
    let (inp, out) = (
        dir.join(alloc::format!("beamr-proptest-{tag}-in.txt")),
        dir.join(alloc::format!("beamr-proptest-{tag}-out.txt")),
    );
    let lines: Vec<String> = encoded.iter().map(|e| hex(e)).collect();
    std::fs::write(&inp, lines.join("\n")).unwrap();
    let run = std::process::Command::new("erl")
        .current_dir(&dir)
        .env("BEAMR_IN", &inp)
        .env("BEAMR_OUT", &out)
        .args(["-noshell", "-eval", SCRIPT])
        .output();
    let _ = std::fs::remove_file(&inp);
    let run = match run {
        Ok(r) => r,
        Err(e) => {
            std::println!("erl not available ({e}): skipped");
            return;
        }
    };
    assert!(
        run.status.success(),
        "erl failed: {}",
        String::from_utf8_lossy(&run.stdout)
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    let parts: Vec<Vec<&str>> = text.split("\n#\n").map(|p| p.lines().collect()).collect();
    let (cmp, ex, hashes, otp_enc) = (&parts[0], &parts[1], &parts[2], &parts[3]);

    let mut errors: Vec<String> = Vec::new();
    for i in 0..ms.len() {
        for j in 0..ms.len() {
            let want = match cmp[i].as_bytes()[j] {
                b'<' => Ordering::Less,
                b'>' => Ordering::Greater,
                _ => Ordering::Equal,
            };
            let want_ex = ex[i].as_bytes()[j] == b'1';
            if mcmp(&ms[i], &ms[j], false) != want || mexact(&ms[i], &ms[j]) != want_ex {
                errors.push(alloc::format!(
                    "model: {:?} vs {:?}: OTP says {want:?} (=:= {want_ex})",
                    ms[i],
                    ms[j]
                ));
            }
            if compare(ts[i], ts[j]) != want || exact_eq(ts[i], ts[j]) != want_ex {
                errors.push(alloc::format!(
                    "VM: {:?} vs {:?}: OTP says {want:?} (=:= {want_ex})",
                    ms[i],
                    ms[j]
                ));
            }
        }
        let want: u32 = hashes[i].parse().unwrap();
        if phash2(ts[i]) != want {
            errors.push(alloc::format!(
                "phash2({:?}) = {}, OTP says {want}",
                ms[i],
                phash2(ts[i])
            ));
        }
        if lines[i] != otp_enc[i] {
            errors.push(alloc::format!(
                "encoding of {:?}:\n VM  {}\n OTP {}",
                ms[i],
                lines[i],
                otp_enc[i]
            ));
        }
    }
    drop(h);
    b.finish().unwrap();
    assert!(
        errors.is_empty(),
        "{} disagreements with OTP, first:\n{}",
        errors.len(),
        errors[..errors.len().min(5)].join("\n")
    );
}
