//! beamr on an emulated Cortex-M4 (QEMU `mps2-an386`): runs the `main/0`
//! of the module named at build time from the pack embedded at build time
//! (see `build.rs`), prints its output over semihosting and exits with its
//! status, then reports the RAM it used on standard error as
//! `beamr-heap: peak=BYTES size=BYTES failures=N stack=BYTES`.
//!
//! `-append heap=BYTES` caps the heap region at run time, so the smallest
//! region a program runs in can be found without rebuilding. The
//! `alloc-trace` feature records every allocation (see `trace`).
#![no_std]
#![no_main]

extern crate alloc;

mod semihosting;
mod stack;
#[cfg(feature = "alloc-trace")]
mod trace;

#[cfg(feature = "defmt")]
use defmt_semihosting as _;

use alloc::boxed::Box;
use alloc::format;
use beamr_alloc::{diag, host, run_program, BareHost, LineBuffered, Settings, TickClock, Ticks};
use beamr_core::vm::program::Args;
use cortex_m::peripheral::syst::SystClkSource;
use cortex_m_rt::{entry, exception};

mod config {
    include!(concat!(env!("OUT_DIR"), "/config.rs"));
}

beamr_alloc::global_heap!(HEAP);

static TICKS: Ticks = Ticks::new();

/// mps2-an386's system clock, which drives SysTick.
const SYSCLK_HZ: u32 = 25_000_000;
const TICK_HZ: u32 = 1_000;

#[exception]
fn SysTick() {
    TICKS.tick();
}

#[entry]
fn main() -> ! {
    stack::paint();
    let region = config::heap_region();
    let cap = semihosting::cmdline_number("heap").unwrap_or(usize::MAX);
    let len = region.len().min(cap);
    HEAP.init(&mut region[..len]);
    #[cfg(feature = "alloc-trace")]
    HEAP.set_observer(trace::record);

    let mut core = cortex_m::Peripherals::take().unwrap();
    core.SYST.set_clock_source(SystClkSource::Core);
    core.SYST.set_reload(SYSCLK_HZ / TICK_HZ - 1);
    core.SYST.clear_current();
    core.SYST.enable_interrupt();
    core.SYST.enable_counter();

    let sink: LineBuffered<_, 256> = LineBuffered::new(semihosting::Console::open());
    let clock = TickClock::new(&TICKS, u64::from(1_000_000_000 / TICK_HZ));
    // Opaque to the optimiser: a firmware built without a pack must still
    // hold the whole VM, or its size would say nothing.
    let pack = core::hint::black_box(config::PACK);
    let host = match host::with_pack(BareHost::new(sink, clock), pack) {
        Ok(h) => h,
        Err(e) => {
            let why = format!("{e}");
            diag::pack_invalid(&why);
            semihosting::eprint(&format!("beamr: {why}\n"));
            semihosting::exit(2);
        }
    };
    diag::pack_ready(host.pack.len(), pack.len());

    // Binaries a process drops are freed after this many words of them,
    // not OTP's 181 KiB, and heaps are twice their live data after a
    // collection, not three times: a board's RAM is a few hundred KiB.
    // (`-append vheap=WORDS growth=N` override them.)
    let settings = Settings {
        min_bin_vheap: semihosting::cmdline_number("vheap").unwrap_or(config::MIN_BIN_VHEAP),
        heap_growth: semihosting::cmdline_number("growth").unwrap_or(2),
    };
    let outcome = run_program(
        Box::new(host),
        config::MODULE,
        "main",
        Args::None,
        settings,
        cortex_m::asm::wfi,
    );
    if let beamr_alloc::Outcome::Setup(why) = &outcome {
        diag::setup_failed(why);
    }
    if let Some(report) = outcome.report() {
        semihosting::eprint(&report);
    }
    let status = outcome.status();
    let stats = HEAP.stats();
    diag::ended(status, stats);
    semihosting::eprint(&format!(
        "beamr-heap: peak={} size={} failures={} stack={}\n",
        stats.peak,
        stats.size,
        stats.failures,
        stack::peak()
    ));
    #[cfg(feature = "alloc-trace")]
    trace::flush();
    semihosting::exit(status)
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    // Formatting may allocate, and the panic may be the heap running out:
    // write the message piece by piece instead.
    use core::fmt::Write;
    struct Stderr;
    impl Write for Stderr {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            semihosting::eprint(s);
            Ok(())
        }
    }
    let _ = writeln!(Stderr, "beamr: panic: {info}");
    if let Some(stats) = HEAP.try_stats() {
        let _ = writeln!(
            Stderr,
            "beamr-heap: peak={} size={} failures={} stack={}",
            stats.peak,
            stats.size,
            stats.failures,
            stack::peak()
        );
    }
    semihosting::exit(101)
}
