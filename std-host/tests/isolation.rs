//! Crash isolation (issue 3): processes that crash, raise in a BIF, exceed
//! `max_heap_size`, recurse deeply or are killed never take the VM or other
//! processes down, and once they are gone the VM's memory returns to where
//! it was. `isolation/iso.erl` is compiled with `erlc` at test time and run
//! on a VM embedded here, under an allocator that counts live bytes.

use beamr::{find_otp_root, otp_ebin_dirs, StdHost};
use beamr_core::atom::Atom;
use beamr_core::term::Term;
use beamr_core::vm::Vm;
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicIsize, Ordering};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

// SAFETY: forwards every call to `System` unchanged; only counts sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let q = unsafe { System.realloc(p, l, new) };
        if !q.is_null() {
            LIVE.fetch_add(new as isize - l.size() as isize, Ordering::Relaxed);
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn compile(out: &Path) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/isolation/iso.erl");
    let st = Command::new("erlc")
        .arg("-o")
        .arg(out)
        .arg(&src)
        .status()
        .expect("erlc (install erlang-nox)");
    assert!(st.success(), "erlc failed on {}", src.display());
}

/// Runs until `pid` has ended, sleeping to the next timer when idle.
fn run_until_exit(vm: &mut Vm, pid: usize) {
    for _ in 0..1_000_000 {
        vm.run_until_idle();
        if !vm.is_alive(pid) {
            // Let the logger work through the crash reports it was sent.
            while vm.has_ready() {
                vm.run_until_idle();
            }
            return;
        }
        if !vm.has_ready() {
            match vm.next_timer() {
                Some(t) => {
                    let now = vm.host.monotonic_ns();
                    std::thread::sleep(std::time::Duration::from_nanos(t.saturating_sub(now)));
                }
                None => panic!("process {pid} waits forever"),
            }
        }
    }
    panic!("process {pid} did not end");
}

#[test]
fn crashing_processes_leave_the_vm_and_its_memory_as_they_found_it() {
    let dir = std::env::temp_dir().join(format!("beamr-iso-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    compile(&dir);
    let mut dirs: Vec<PathBuf> = vec![dir.clone()];
    if let Some(root) = find_otp_root() {
        dirs.extend(otp_ebin_dirs(&root));
    }
    let mut vm = Vm::new(Box::new(StdHost::new(&dirs)));
    vm.boot().expect("boot");
    let iso = Atom::from_str("iso");
    let survivor = vm.spawn(iso, Atom::from_str("start"), &[]).unwrap();
    vm.run_until_idle();

    let per_round = 800;
    let mut baseline = 0;
    for round in 1..=4 {
        let pid = vm
            .spawn(iso, Atom::from_str("round"), &[Term::small(per_round)])
            .unwrap();
        run_until_exit(&mut vm, pid);
        let res = vm.take_exit_result(pid).expect("exit result");
        let mut text = String::new();
        beamr_core::term::print::write_term(&mut text, res.term());
        // The survivor saw every ping: nothing took it down with the others.
        assert_eq!(text, format!("{{done,{}}}", per_round * round));
        assert!(vm.is_alive(survivor));
        let gc = vm.spawn(iso, Atom::from_str("collect"), &[]).unwrap();
        run_until_exit(&mut vm, gc);
        let live = LIVE.load(Ordering::Relaxed);
        if round == 2 {
            // Round 1 warms up atoms, code and table capacities.
            baseline = live;
        } else if round > 2 {
            let grown = live - baseline;
            assert!(
                grown < 256 * 1024,
                "round {round}: {grown} bytes more live than after round 2 \
                 ({} exit results kept, {} timers pending)",
                vm.exit_results.len(),
                vm.next_timer().is_some()
            );
        }
    }
    drop(vm);
    let _ = std::fs::remove_dir_all(&dir);
}
