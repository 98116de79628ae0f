//! Harnesses of the fuzz targets in `fuzz/`, shared with the regression
//! tests (`core/tests/fuzz_regressions.rs`) that replay the seed corpora
//! and every input that once crashed. Each harness must return for every
//! input: bad bytes give a load error, a decode error or an OTP-style exit,
//! never a panic, an abort, a hang or an unbounded allocation.

use crate::atom::Atom;
use crate::code::CodeServer;
use crate::etf;
use crate::heap::Heap;
use crate::host::NullHost;
use crate::term::Term;
use crate::vm::Vm;
use alloc::boxed::Box;
use alloc::vec::Vec;

/// `load_beam`: arbitrary bytes as a `.beam` through the loader (chunk
/// parsing, compact-term decoding) and the code transform. The module is
/// built but not installed, so that no run leaks it.
pub fn load_beam(data: &[u8]) {
    let mut code = CodeServer::new();
    let whole = crate::loader::parse_beam(data)
        .and_then(|raw| crate::code::transform::build(&mut code, &raw))
        .is_ok();
    // Loaded function by function too, from a copy kept for good (as a
    // lazily loaded module needs; only for modules that load whole, so the
    // copies stay few; it refuses some of those, see `code::lazy`): once
    // the module is accepted, every function must load.
    if !whole {
        return;
    }
    let bytes: &'static [u8] = alloc::boxed::Box::leak(data.to_vec().into_boxed_slice());
    if let Ok(m) = crate::code::lazy::load(&mut code, bytes) {
        for f in 0..m.functions().len() as u32 {
            code.load_function(m, f)
                .expect("a function of a module that loaded loads");
        }
    }
}

/// `binary_to_term`: arbitrary bytes through the external term format
/// decoder, as `binary_to_term/2` calls it, with `[safe]` and without.
/// A decoded term is encoded again, and that encoding must decode to an
/// equal term.
pub fn binary_to_term(data: &[u8]) {
    let mut code = CodeServer::new();
    for safe in [true, false] {
        let mut heap = Heap::default();
        let mut exports = |m, f, a| Some(code.export(m, f, a) as usize);
        let opts = etf::DecodeOpts { safe };
        let Ok((t, used)) = etf::decode_with(&mut heap, data, opts, &mut exports) else {
            continue;
        };
        assert!(used <= data.len(), "used {used} of {} bytes", data.len());
        let Ok(again) = etf::encode(t, etf::EncodeOpts::default()) else {
            continue;
        };
        let mut heap2 = Heap::default();
        let (t2, _) = etf::decode_with(&mut heap2, &again, opts, &mut exports)
            .expect("the encoding of a decoded term decodes");
        assert!(
            crate::term::compare::exact_eq(t, t2),
            "term changed in a round trip"
        );
    }
}

/// Modules of one pack that `pack` loads (a pack may index thousands).
pub const PACK_MAX_MODULES: usize = 8;

/// `pack`: arbitrary bytes as a pack file, as given and again with its
/// header's body length and checksum made right (random bytes almost never
/// pass the CRC-32, which would hide the index and the modules from the
/// fuzzer). A pack that validates must find each of its modules by name,
/// and its first modules go through the loader as `load_beam` does.
pub fn pack(data: &[u8]) {
    check_pack(data);
    if data.len() >= crate::pack::HEADER_LEN && data[..8] == crate::pack::MAGIC {
        let mut fixed = data.to_vec();
        let body = &fixed[crate::pack::HEADER_LEN..];
        let (len, crc) = (body.len() as u32, crate::pack::crc32(body));
        fixed[16..20].copy_from_slice(&len.to_le_bytes());
        fixed[20..24].copy_from_slice(&crc.to_le_bytes());
        check_pack(&fixed);
    }
}

fn check_pack(data: &[u8]) {
    let Ok(p) = crate::pack::Pack::new(data) else {
        return;
    };
    assert_eq!(p.modules().count(), p.len());
    for (name, bytes) in p.modules().take(PACK_MAX_MODULES) {
        assert_eq!(
            p.module(name),
            Some(bytes),
            "module {name} not found by name"
        );
        load_beam(bytes);
    }
}

/// Scheduler rounds `run_module` gives a module (each is at most
/// [`crate::vm::REDUCTIONS`] per process).
pub const RUN_ROUNDS: usize = 32;
/// Live processes after which `run_module` stops.
pub const RUN_MAX_PROCS: usize = 64;
/// `max_heap_size` (words) of the processes `run_module` spawns.
pub const RUN_MAX_HEAP: usize = 1 << 20;
/// Exported functions `run_module` calls.
const RUN_MAX_CALLS: usize = 8;

/// `run_module`: loads `data` as a `.beam` into a fresh [`Vm`] with a
/// [`NullHost`] and calls its exported functions of arity 0 to 2 (the
/// fuzz target mutates mostly the `Code` chunk of real modules), each in
/// its own process with a `max_heap_size`, for a bounded number of
/// scheduler rounds. Every process must end normally, with an OTP-style
/// exit, or still be running (or waiting) when the rounds are over.
///
/// Inputs of odd length load function by function (from a copy kept for
/// good, as [`crate::code::lazy`] needs), so lazy calls, patching and code
/// areas growing under a running process are fuzzed too.
pub fn run_module(data: &[u8]) {
    let mut vm = Vm::new(Box::new(NullHost::default()));
    let loaded = if data.len() % 2 == 1 {
        let bytes: &'static [u8] = Box::leak(data.to_vec().into_boxed_slice());
        crate::code::lazy::load(&mut vm.code, bytes)
    } else {
        vm.load(data)
    };
    let Ok(m) = loaded else {
        return;
    };
    let name = m.name;
    let exports: Vec<(Atom, u32)> = m
        .exports
        .iter()
        .filter(|&&(f, a, _)| a <= 2 && f.name() != b"module_info")
        .map(|&(f, a, _)| (f, a))
        .take(RUN_MAX_CALLS)
        .collect();
    let args = [Term::small(3), Term::NIL];
    for (f, a) in exports {
        let Ok(pid) = vm.spawn(name, f, &args[..a as usize]) else {
            continue;
        };
        if let Some(Some(p)) = vm.procs.get_mut(pid) {
            p.tuning.max_heap_size = RUN_MAX_HEAP;
        }
        for _ in 0..RUN_ROUNDS {
            if vm.runq.is_empty() || vm.halted.is_some() {
                break;
            }
            vm.run_until_idle();
            if vm.procs.iter().flatten().count() > RUN_MAX_PROCS {
                break;
            }
        }
        vm.exit_results.clear();
        if vm.halted.is_some() {
            break;
        }
    }
}
