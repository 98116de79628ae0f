//! The scheduler as a host sees it: `run_until_idle` summaries, yielding,
//! fairness, priorities, exit results, `spawn_in`, `send` and `wake`.

use super::*;
use crate::heap::Heap;
use crate::host::NullHost;
use crate::term::owned::Owned;
use alloc::string::String;

/// See testdata/sched_test.erl (compiled by OTP 25's erlc).
static SCHED_TEST: &[u8] = include_bytes!("testdata/sched_test.beam");

fn vm() -> Vm {
    let mut vm = Vm::new(Box::new(NullHost::default()));
    vm.load(SCHED_TEST).expect("sched_test.beam loads");
    vm
}

fn at(s: &str) -> Atom {
    Atom::from_str(s)
}

fn spawn(vm: &mut Vm, f: &str, args: &[Term]) -> usize {
    vm.spawn(at("sched_test"), at(f), args).expect("spawns")
}

/// `busy(Priority, N)`: sets its priority at its first turn, then loops.
fn busy(vm: &mut Vm, priority: &str, n: isize) -> usize {
    spawn(vm, "busy", &[Term::atom(at(priority)), Term::small(n)])
}

fn text(t: Term) -> String {
    let mut s = String::new();
    crate::term::print::write_readable(&mut s, t);
    s
}

fn exit_text(vm: &mut Vm, pid: usize) -> String {
    text(vm.take_exit_result(pid).expect("an exit result").term())
}

#[test]
fn a_summary_says_what_each_process_did() {
    let mut vm = vm();
    let done = spawn(&mut vm, "done", &[]);
    let crash = spawn(&mut vm, "crash", &[]);
    let wait = spawn(&mut vm, "wait_ping", &[]);
    let long = spawn(&mut vm, "count", &[Term::small(100_000)]);
    let s = vm.run_until_idle();
    assert_eq!(s.executed, [done, crash, wait, long]);
    assert_eq!(s.exited, [done]);
    assert_eq!(s.errored, [crash]);
    assert_eq!(s.waiting, [wait]);
    assert_eq!(s.yielded, [long]);
    assert!(vm.has_ready());
    // Only the yielder is ready; the waiter stays out of the queue.
    let s = vm.run_until_idle();
    assert_eq!(s.executed, [long]);
    assert!(s.waiting.is_empty() && s.exited.is_empty());
}

#[test]
fn a_long_loop_yields_and_finishes_over_several_calls() {
    let mut vm = vm();
    let pid = spawn(&mut vm, "count", &[Term::small(100_000)]);
    let mut calls = 0;
    loop {
        let s = vm.run_until_idle();
        calls += 1;
        assert_eq!(s.executed, [pid]);
        if s.exited == [pid] {
            break;
        }
        assert_eq!(s.yielded, [pid]);
        assert!(calls < 1000, "never finished");
    }
    // One reduction per call of the loop, REDUCTIONS per turn.
    assert!(calls >= 100_000 / REDUCTIONS as usize, "{calls} calls");
    assert!(!vm.has_ready());
    assert_eq!(exit_text(&mut vm, pid), "normal");
}

#[test]
fn busy_processes_take_turns() {
    let mut vm = vm();
    let a = spawn(&mut vm, "count", &[Term::small(40_000)]);
    let b = spawn(&mut vm, "count", &[Term::small(40_000)]);
    let mut turns = 0;
    loop {
        let s = vm.run_until_idle();
        assert_eq!(s.executed, [a, b]);
        turns += 1;
        if !s.exited.is_empty() {
            assert_eq!(s.exited, [a, b]);
            break;
        }
        assert_eq!(s.yielded, [a, b]);
    }
    assert!(turns >= 10);
}

#[test]
fn a_high_process_runs_before_normal_ones() {
    let mut vm = vm();
    let n1 = busy(&mut vm, "normal", 100_000);
    let n2 = busy(&mut vm, "normal", 100_000);
    let h = busy(&mut vm, "high", 20_000);
    // All start at normal; `h` raises its priority during its turn.
    assert_eq!(vm.run_until_idle().executed, [n1, n2, h]);
    let mut high_turns = 1;
    loop {
        let s = vm.run_until_idle();
        if s.exited == [h] {
            // Once it is done the rest of the round runs.
            assert_eq!(s.executed, [h, n1, n2]);
            break;
        }
        // While `h` is ready nothing else runs.
        assert_eq!(s.executed, [h]);
        high_turns += 1;
    }
    assert!(high_turns >= 20_000 / REDUCTIONS as usize, "{high_turns}");
    assert_eq!(vm.run_until_idle().executed, [n1, n2]);
}

#[test]
fn max_runs_first_then_high_then_normal() {
    let mut vm = vm();
    // Spawned with these priorities (`spawn_opt`) by one process.
    let mut heap = Heap::default();
    let specs: Vec<Term> = ["normal", "high", "max", "low"]
        .iter()
        .map(|p| heap.tuple(&[Term::atom(at(p)), Term::small(20_000)]))
        .collect();
    let specs = heap.list(&specs);
    let spawner = spawn(&mut vm, "spawn_all", &[specs]);
    let (n, h, m, l) = (spawner + 1, spawner + 2, spawner + 3, spawner + 4);
    assert_eq!(vm.run_until_idle().exited, [spawner]);
    assert_eq!(vm.run_until_idle().executed, [m]);
    let mut order = Vec::new();
    while vm.has_ready() {
        for pid in vm.run_until_idle().executed {
            if order.last() != Some(&pid) {
                order.push(pid);
            }
        }
    }
    assert_eq!(order[..3], [m, h, n]);
    assert!(order[3..].iter().all(|&p| p == n || p == l), "{order:?}");
    // Only the process the host spawned leaves an exit result.
    let kept: Vec<usize> = vm.exit_results().iter().map(|r| r.0).collect();
    assert_eq!(kept, [spawner]);
}

#[test]
fn low_runs_but_less_often_than_normal() {
    let mut vm = vm();
    let n = busy(&mut vm, "normal", 1_000_000);
    let l = busy(&mut vm, "low", 1_000_000);
    vm.run_until_idle();
    let (mut normal, mut low) = (0, 0);
    for _ in 0..80 {
        for pid in vm.run_until_idle().executed {
            if pid == n {
                normal += 1;
            } else if pid == l {
                low += 1;
            }
        }
    }
    assert_eq!(normal, 80);
    // One turn per RESCHEDULE_LOW (8) rounds of the normal queue.
    assert_eq!(low, 10);
}

#[test]
fn a_process_alone_at_low_runs_every_call() {
    let mut vm = vm();
    let l = busy(&mut vm, "low", 100_000);
    for _ in 0..5 {
        assert_eq!(vm.run_until_idle().executed, [l]);
    }
}

#[test]
fn exit_results_are_deep_copies_that_outlive_the_process() {
    let mut vm = vm();
    let pid = spawn(&mut vm, "exit_with", &[]);
    let crash = spawn(&mut vm, "crash", &[]);
    let s = vm.run_until_idle();
    assert_eq!(s.errored, [pid, crash]);
    assert!(!vm.is_alive(pid));
    // Captured results stay until taken.
    let pids: Vec<usize> = vm.exit_results().iter().map(|r| r.0).collect();
    assert_eq!(pids, [pid, crash]);
    let r: Owned = vm.take_exit_result(pid).unwrap();
    assert!(vm.take_exit_result(pid).is_none());
    assert_eq!(vm.exit_results().len(), 1);
    // More work on the VM (and dropping it) leaves the copy intact.
    spawn(&mut vm, "count", &[Term::small(50_000)]);
    while vm.has_ready() {
        vm.run_until_idle();
    }
    let crashed = exit_text(&mut vm, crash);
    drop(vm);
    let digits: Vec<String> = "0123456789"
        .repeat(7)
        .bytes()
        .map(|b| alloc::format!("{b}"))
        .collect();
    assert_eq!(
        text(r.term()),
        alloc::format!("{{done,[1,2,3],3.5,<<{}>>}}", digits.join(","))
    );
    assert!(crashed.starts_with("{badarith,["), "{crashed}");
    assert!(crashed.contains("{sched_test,add,2,"), "{crashed}");
}

#[test]
fn a_process_killed_by_a_signal_is_reported_as_errored() {
    let mut vm = vm();
    let victim = spawn(&mut vm, "wait_stop", &[]);
    let killer = spawn(&mut vm, "kill", &[Term::pid(victim)]);
    let s = vm.run_until_idle();
    assert_eq!(s.executed, [victim, killer]);
    assert_eq!(s.errored, [victim]);
    assert_eq!(s.exited, [killer]);
    assert_eq!(exit_text(&mut vm, victim), "killed");
}

#[test]
fn spawn_in_knows_only_the_default_namespace() {
    let mut vm = vm();
    let (m, f) = (at("sched_test"), at("done"));
    assert_eq!(
        vm.spawn_in(at("elsewhere"), m, f, &[]),
        Err(HostError::Badarg)
    );
    assert!(matches!(
        vm.spawn_in(at(DEFAULT_NAMESPACE), m, at("nope"), &[]),
        Err(HostError::Undef(_))
    ));
    let pid = vm.spawn_in(at(DEFAULT_NAMESPACE), m, f, &[]).unwrap();
    assert_eq!(vm.run_until_idle().exited, [pid]);
}

#[test]
fn a_message_from_the_host_wakes_a_receiver() {
    let mut vm = vm();
    let pid = spawn(&mut vm, "wait_ping", &[]);
    assert_eq!(vm.run_until_idle().waiting, [pid]);
    assert!(!vm.has_ready());
    let mut h = Heap::default();
    let list = h.list(&[Term::small(1), Term::small(2), Term::small(3)]);
    let msg = h.tuple(&[Term::atom(at("ping")), list]);
    assert!(vm.send(pid, Owned::new(msg)));
    drop(h);
    assert!(vm.has_ready());
    assert_eq!(vm.run_until_idle().errored, [pid]);
    assert_eq!(exit_text(&mut vm, pid), "{got,[1,2,3]}");
    // No such process any more: dropped.
    assert!(!vm.send(pid, Owned::new(Term::small(1))));
}

#[test]
fn wake_makes_a_waiting_process_look_again() {
    let mut vm = vm();
    let pid = spawn(&mut vm, "wait_stop", &[]);
    vm.run_until_idle();
    assert!(!vm.has_ready());
    vm.wake(pid);
    assert!(vm.has_ready());
    let s = vm.run_until_idle();
    assert_eq!(s.executed, [pid]);
    assert_eq!(s.waiting, [pid]);
    // Runnable or dead processes are left alone.
    let busy = spawn(&mut vm, "count", &[Term::small(100_000)]);
    vm.wake(busy);
    assert_eq!(vm.runq.len(), 1);
    vm.wake(usize::MAX);
    assert_eq!(vm.run_until_idle().executed, [busy]);
}

#[test]
fn the_earliest_timer_is_reported_for_an_idle_host() {
    let mut vm = vm();
    assert_eq!(vm.next_timer(), None);
    spawn(&mut vm, "wait_stop", &[]);
    vm.run_until_idle();
    // A waiting receive without `after` sets no timer.
    assert_eq!(vm.next_timer(), None);
}

#[test]
fn dropping_a_vm_frees_its_ets_tables() {
    let mut vm = vm();
    let mut p = crate::process::Process::new(0);
    let mut ctx = crate::bif::Ctx {
        vm: &mut vm,
        p: &mut p,
    };
    let opts = ctx.p.heap.list(&[Term::atom(at("named_table"))]);
    crate::bif::ets::tests_api::new(&mut ctx, Term::atom(at("sched_t")), opts);
    assert_eq!(crate::bif::ets::table_count(&vm), 1);
    // A second VM has its own tables.
    let other = self::vm();
    assert_eq!(crate::bif::ets::table_count(&other), 0);
    drop(vm);
}
