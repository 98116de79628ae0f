//! Time from a periodic tick: most microcontrollers have a timer that can
//! interrupt every millisecond (SysTick on Cortex-M) and nothing finer
//! that runs without setup, so the VM's monotonic clock counts those.
//!
//! The tick counter is 32 bits because that is what the core can update
//! atomically from an interrupt; [`TickClock`] widens it to 64 bits by
//! noticing wraps, which it can as long as it is read at least once per
//! wrap (49 days at 1 kHz).

use core::sync::atomic::{AtomicU32, Ordering};

/// The VM's view of time, in nanoseconds from any origin.
pub trait Clock {
    fn now_ns(&mut self) -> u64;
}

/// The counter an interrupt handler bumps: a `static` shared by the
/// handler (which calls [`Ticks::tick`]) and the clock.
pub struct Ticks(AtomicU32);

impl Ticks {
    pub const fn new() -> Ticks {
        Ticks(AtomicU32::new(0))
    }

    /// One period has passed (call from the timer interrupt).
    pub fn tick(&self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }

    pub fn get(&self) -> u32 {
        self.0.load(Ordering::Relaxed)
    }
}

impl Default for Ticks {
    fn default() -> Self {
        Ticks::new()
    }
}

/// A [`Clock`] over a [`Ticks`] counter of period `ns_per_tick`.
pub struct TickClock {
    ticks: &'static Ticks,
    ns_per_tick: u64,
    last: u32,
    wraps: u64,
}

impl TickClock {
    pub fn new(ticks: &'static Ticks, ns_per_tick: u64) -> TickClock {
        TickClock {
            ticks,
            ns_per_tick,
            last: ticks.get(),
            wraps: 0,
        }
    }

    /// Ticks since start, widened to 64 bits.
    pub fn ticks(&mut self) -> u64 {
        let t = self.ticks.get();
        if t < self.last {
            self.wraps += 1;
        }
        self.last = t;
        (self.wraps << 32) | u64::from(t)
    }
}

impl Clock for TickClock {
    fn now_ns(&mut self) -> u64 {
        self.ticks().saturating_mul(self.ns_per_tick)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_ticks_in_ns() {
        static T: Ticks = Ticks::new();
        let mut c = TickClock::new(&T, 1_000_000);
        assert_eq!(c.now_ns(), 0);
        T.tick();
        T.tick();
        assert_eq!(c.now_ns(), 2_000_000);
    }

    #[test]
    fn survives_a_wrap() {
        static T: Ticks = Ticks::new();
        T.0.store(u32::MAX, Ordering::Relaxed);
        let mut c = TickClock::new(&T, 1);
        assert_eq!(c.now_ns(), u64::from(u32::MAX));
        T.tick();
        T.tick();
        assert_eq!(c.now_ns(), (1 << 32) + 1);
    }
}
