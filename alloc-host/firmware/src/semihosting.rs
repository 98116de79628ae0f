//! The debugger's (here QEMU's) side of the board: the program's output,
//! the command line and the exit status, through Arm semihosting calls.

use beamr_alloc::ByteSink;
use cortex_m_semihosting::hio::{self, HostStream};

/// Standard output and error as the host's own (QEMU opens `:tt` for
/// writing as its stdout and for appending as its stderr).
pub struct Console {
    out: Option<HostStream>,
    err: Option<HostStream>,
}

impl Console {
    pub fn open() -> Console {
        Console {
            out: hio::hstdout().ok(),
            err: hio::hstderr().ok(),
        }
    }
}

impl ByteSink for Console {
    fn write(&mut self, fd: u32, bytes: &[u8]) {
        let stream = if fd == 2 {
            &mut self.err
        } else {
            &mut self.out
        };
        if let Some(s) = stream {
            let _ = s.write_all(bytes);
        }
    }
}

/// Writes `text` to the host's standard error, unbuffered (for reports
/// after the VM is gone, and from the panic handler).
pub fn eprint(text: &str) {
    if let Ok(mut e) = hio::hstderr() {
        let _ = e.write_all(text.as_bytes());
    }
}

const SYS_GET_CMDLINE: usize = 0x15;
const SYS_EXIT_EXTENDED: usize = 0x20;
const ADP_STOPPED_APPLICATION_EXIT: usize = 0x20026;

/// The value of `name=VALUE` on the command line QEMU was given with
/// `-append`, as a number.
pub fn cmdline_number(name: &str) -> Option<usize> {
    let mut buf = [0u8; 256];
    let block = [buf.as_mut_ptr() as usize, buf.len() - 1];
    // SAFETY: SYS_GET_CMDLINE writes at most `block[1]` bytes into `buf`,
    // which lives until after the call, plus a terminating NUL.
    let failed = unsafe { cortex_m_semihosting::syscall(SYS_GET_CMDLINE, &block) } != 0;
    if failed {
        return None;
    }
    let len = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    let line = core::str::from_utf8(&buf[..len]).ok()?;
    line.split(' ')
        .filter_map(|w| w.strip_prefix(name)?.strip_prefix('='))
        .find_map(|v| v.parse().ok())
}

/// Ends the emulation with `status` as QEMU's exit status.
pub fn exit(status: i32) -> ! {
    let block = [ADP_STOPPED_APPLICATION_EXIT, status as u32 as usize];
    // SAFETY: SYS_EXIT_EXTENDED only reads the two-word block.
    unsafe {
        cortex_m_semihosting::syscall(SYS_EXIT_EXTENDED, &block);
    }
    // Not under a debugger that knows the call: stop here.
    loop {
        cortex_m::asm::wfi();
    }
}
