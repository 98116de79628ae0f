use super::*;
use crate::clock::Clock;
use crate::host::{with_pack, BareHost};
use crate::sink::{ByteSink, LineBuffered};
use alloc::string::ToString;
use alloc::vec::Vec;
use std::sync::{Arc, Mutex};

const BEAM: &[u8] = include_bytes!("testdata/bm_test.beam");

/// A clock that stands still until the runner idles, as a board's does
/// between ticks.
struct Manual(Arc<Mutex<u64>>);
impl Clock for Manual {
    fn now_ns(&mut self) -> u64 {
        *self.0.lock().unwrap()
    }
}

#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);
impl ByteSink for Shared {
    fn write(&mut self, _fd: u32, bytes: &[u8]) {
        self.0.lock().unwrap().extend_from_slice(bytes);
    }
}

fn pack() -> &'static [u8] {
    let bytes = beamr_core::pack::write(&[("bm_test".to_string(), BEAM.to_vec())]).unwrap();
    bytes.leak()
}

fn run(function: &str) -> (Outcome, Vec<u8>, u64) {
    let now = Arc::new(Mutex::new(0u64));
    let out = Shared::default();
    let sink: LineBuffered<_, 64> = LineBuffered::new(out.clone());
    let host = with_pack(BareHost::new(sink, Manual(now.clone())), pack()).unwrap();
    let outcome = run_program(
        Box::new(host),
        "bm_test",
        function,
        Args::None,
        Settings::default(),
        || {
            *now.lock().unwrap() += 1_000_000;
        },
    );
    let text = out.0.lock().unwrap().clone();
    let t = *now.lock().unwrap();
    (outcome, text, t)
}

#[test]
fn messages_and_a_timer_run_to_the_end() {
    let (outcome, text, t) = run("main");
    assert_eq!(outcome.status(), 0, "{outcome:?}");
    assert!(outcome.report().is_none());
    assert_eq!(String::from_utf8(text).unwrap(), "[10,20,30]\nslept\n");
    // The 20 ms receive timeout was waited out by idling, tick by tick.
    assert!((20_000_000..=30_000_000).contains(&t), "{t}");
}

#[test]
fn a_crash_is_status_1_with_a_report() {
    let (outcome, _, _) = run("crash");
    assert_eq!(outcome.status(), 1);
    assert!(outcome.report().unwrap().contains("boom"));
}

#[test]
fn halt_gives_its_status() {
    assert_eq!(run("halt3").0.status(), 3);
}

#[test]
fn a_missing_module_does_not_start() {
    let host = with_pack(
        BareHost::new(Shared::default(), Manual(Default::default())),
        pack(),
    )
    .unwrap();
    let outcome = run_program(
        Box::new(host),
        "nope",
        "main",
        Args::None,
        Settings::default(),
        || {},
    );
    assert_eq!(outcome.status(), 2);
    assert!(outcome.report().unwrap().contains("nope"));
}

#[test]
fn a_corrupt_pack_is_refused() {
    let mut bytes = pack().to_vec();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    let host = BareHost::new(Shared::default(), Manual(Default::default()));
    assert!(with_pack(host, bytes.leak()).is_err());
}
