//! The session and the exports, run natively on a one-module pack.

use crate::session::{Session, State};
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use beamr_core::host::Host;
use beamr_core::pack::{self, Pack, PackHost};
use core::cell::RefCell;

static WASM_TEST: &[u8] = include_bytes!("testdata/wasm_test.beam");

fn pack_bytes() -> Vec<u8> {
    pack::write(&[("wasm_test".to_string(), WASM_TEST.to_vec())]).unwrap()
}

/// A clock that moves 1 ms a reading, and output kept per fd.
#[derive(Default)]
struct TestHost {
    ms: u64,
    out: Rc<RefCell<[Vec<u8>; 3]>>,
}

impl Host for TestHost {
    fn monotonic_ns(&mut self) -> u64 {
        self.ms += 1;
        self.ms * 1_000_000
    }
    fn system_ns(&mut self) -> u64 {
        self.monotonic_ns()
    }
    fn write(&mut self, fd: u32, bytes: &[u8]) {
        self.out.borrow_mut()[fd as usize].extend_from_slice(bytes);
    }
    fn find_module(&mut self, _name: &str) -> Option<Vec<u8>> {
        None
    }
}

/// Runs `wasm_test:function()` to its end; the status, stdout, stderr.
fn run(function: &str) -> (State, String, String) {
    let host = TestHost::default();
    let out = host.out.clone();
    let mut s = Session::default();
    let pack = Pack::new(pack_bytes()).unwrap();
    s.load_host(Box::new(PackHost::new(host, pack))).unwrap();
    s.start("wasm_test", function).unwrap();
    let mut state = State::Running;
    for _ in 0..1000 {
        state = s.step(1_000_000).unwrap();
        if matches!(state, State::Ended(_) | State::Blocked) {
            break;
        }
    }
    let text = |fd: usize| String::from_utf8(out.borrow()[fd].clone()).unwrap();
    (state, text(1), text(2))
}

#[test]
fn a_program_with_a_timer_runs_to_its_end() {
    assert_eq!(run("main"), (State::Ended(0), "done\n".into(), "".into()));
}

#[test]
fn a_crash_ends_with_status_1_and_a_report() {
    let (state, out, err) = run("crash");
    assert_eq!((state, out.as_str()), (State::Ended(1), ""));
    assert!(
        err.contains("Error in process") && err.contains("boom"),
        "{err}"
    );
}

#[test]
fn halt_gives_its_status() {
    assert_eq!(run("halts").0, State::Ended(3));
}

#[test]
fn a_main_process_waiting_forever_is_blocked() {
    assert_eq!(run("waits").0, State::Blocked);
}

#[test]
fn the_ending_is_remembered() {
    let mut s = Session::default();
    let pack = Pack::new(pack_bytes()).unwrap();
    s.load_host(Box::new(PackHost::new(TestHost::default(), pack)))
        .unwrap();
    s.start("wasm_test", "quiet").unwrap();
    while s.step(0).unwrap() == State::Running {}
    assert_eq!(s.step(0).unwrap(), State::Ended(0));
    assert_eq!(s.exit_status(), Some(0));
}

/// The exports as `beamr.mjs` calls them, pointers and all.
#[test]
fn the_exports_load_start_step_and_list() {
    use crate::ffi::*;
    let text = |h| {
        // SAFETY: `h` is live; the buffer is valid until the next call.
        unsafe {
            let p = beamr_text_ptr(h);
            String::from_utf8(core::slice::from_raw_parts(p, beamr_text_len(h)).to_vec()).unwrap()
        }
    };
    let bytes = pack_bytes();
    let h = beamr_vm_new();
    // SAFETY: every pointer below comes from beamr_alloc / beamr_vm_new
    // and every length is the one given with it.
    unsafe {
        assert_eq!(beamr_step(h, 0.0), -1);
        assert_eq!(text(h), "no program started");
        let p = beamr_alloc(bytes.len());
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        assert_eq!(beamr_load_pack(h, p, bytes.len()), 0);
        let (m, f) = (b"wasm_test", b"nope");
        assert_eq!(beamr_start(h, m.as_ptr(), m.len(), f.as_ptr(), f.len()), -1);
        assert_eq!(text(h), "function wasm_test:nope/0 is undefined");
        let f = b"waits";
        assert_eq!(beamr_start(h, m.as_ptr(), m.len(), f.as_ptr(), f.len()), 0);
        assert_eq!(beamr_step(h, 5.0), 2);
        assert_eq!(beamr_exit_status(h), -1);
        assert!(beamr_next_timer(h) < 0.0);
        beamr_processes(h);
        let list = text(h);
        assert!(list.contains("\"name\":\"user\""), "{list}");
        assert!(
            list.contains("\"status\":\"waiting\",\"queue\":0")
                && list.contains("wasm_test:waits/0"),
            "{list}"
        );
        beamr_vm_free(h);
    }
}

#[test]
fn a_bad_pack_is_refused_with_a_reason() {
    let mut s = Session::default();
    let e = s.load_pack(Box::new(*b"beamrpak")).unwrap_err();
    assert!(e.starts_with("bad pack: "), "{e}");
}
