//! What the embedder provides: the functions a wasm32 build imports from
//! module `env` (`js/beamr.mjs` supplies them), and std stand-ins on other
//! targets so the same host runs natively in tests.
//!
//! Times cross as `f64` milliseconds, not `i64` nanoseconds: that is what
//! `performance.now()` and `Date.now()` give, and it needs no BigInt on
//! the JavaScript side; a double holds microseconds exactly for centuries.

#[cfg(target_arch = "wasm32")]
mod imports {
    #[link(wasm_import_module = "env")]
    extern "C" {
        pub fn beamr_monotonic_ms() -> f64;
        pub fn beamr_system_ms() -> f64;
        pub fn beamr_write(fd: u32, ptr: *const u8, len: usize);
        pub fn beamr_random(ptr: *mut u8, len: usize);
    }
}

/// Monotonic milliseconds (`performance.now()`).
#[cfg(target_arch = "wasm32")]
pub fn monotonic_ms() -> f64 {
    // SAFETY: an import without arguments; the embedder must provide it.
    unsafe { imports::beamr_monotonic_ms() }
}

/// Milliseconds since the Unix epoch, fractional.
#[cfg(target_arch = "wasm32")]
pub fn system_ms() -> f64 {
    // SAFETY: as above.
    unsafe { imports::beamr_system_ms() }
}

/// Writes to standard output (1) or standard error (2).
#[cfg(target_arch = "wasm32")]
pub fn write(fd: u32, bytes: &[u8]) {
    // SAFETY: the pointer and length describe `bytes`, valid for the
    // call; the embedder only reads them before returning.
    unsafe { imports::beamr_write(fd, bytes.as_ptr(), bytes.len()) }
}

/// Fills `buf` with random bytes.
#[cfg(target_arch = "wasm32")]
pub fn random(buf: &mut [u8]) {
    // SAFETY: the pointer and length describe `buf`, writable for the
    // call; the embedder writes at most `len` bytes before returning.
    unsafe { imports::beamr_random(buf.as_mut_ptr(), buf.len()) }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn monotonic_ms() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1e3
}

#[cfg(not(target_arch = "wasm32"))]
pub fn system_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1e3)
        .unwrap_or(0.0)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn write(fd: u32, bytes: &[u8]) {
    use std::io::Write;
    let _ = if fd == 2 {
        std::io::stderr().write_all(bytes)
    } else {
        std::io::stdout().write_all(bytes)
    };
}

#[cfg(not(target_arch = "wasm32"))]
pub fn random(buf: &mut [u8]) {
    // Test runs want variety, not security: the clock's bits will do.
    let mut x = (system_ms() * 1e3) as u64 | 1;
    for b in buf {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
}
