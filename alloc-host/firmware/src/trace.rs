//! With the `alloc-trace` feature: every allocation, free and failed
//! request, written through semihosting to `alloc.trace` in QEMU's working
//! directory as 9-byte records (kind: 0 alloc, 1 free, 2 failed; address
//! and size as little-endian `u32`), for `alloc-trace.py`, which shows the
//! heap's holes and blocks where a run failed or ended (see
//! docs/bare-metal.md).

use beamr_alloc::AllocEvent;
use spin::Mutex;

const RECORD: usize = 9;

struct Trace {
    buf: [u8; 8190],
    len: usize,
    fd: Option<usize>,
}

static TRACE: Mutex<Trace> = Mutex::new(Trace {
    buf: [0; 8190],
    len: 0,
    fd: None,
});

const SYS_OPEN: usize = 0x01;
const SYS_WRITE: usize = 0x05;
/// `fopen` mode "wb".
const MODE_WB: usize = 5;

impl Trace {
    fn flush(&mut self) {
        let fd = match self.fd {
            Some(fd) => fd,
            None => {
                let name = b"alloc.trace\0";
                let block = [name.as_ptr() as usize, MODE_WB, name.len() - 1];
                // SAFETY: SYS_OPEN reads the NUL-terminated name the block
                // points at, which outlives the call.
                let fd = unsafe { cortex_m_semihosting::syscall(SYS_OPEN, &block) };
                if fd == usize::MAX {
                    self.len = 0;
                    return;
                }
                self.fd = Some(fd);
                fd
            }
        };
        let block = [fd, self.buf.as_ptr() as usize, self.len];
        // SAFETY: SYS_WRITE reads `len` bytes of `buf`, which outlives the
        // call.
        unsafe { cortex_m_semihosting::syscall(SYS_WRITE, &block) };
        self.len = 0;
    }
}

/// The observer for `TrackingHeap::set_observer`: buffers the record
/// (no allocation), writing the buffer out when full or at a failure.
pub fn record(e: AllocEvent) {
    let (kind, addr, size) = match e {
        AllocEvent::Alloc { addr, size } => (0u8, addr, size),
        AllocEvent::Free { addr, size } => (1, addr, size),
        AllocEvent::Failed { size } => (2, 0, size),
    };
    let mut t = TRACE.lock();
    if t.len + RECORD > t.buf.len() {
        t.flush();
    }
    let at = t.len;
    t.buf[at] = kind;
    t.buf[at + 1..at + 5].copy_from_slice(&(addr as u32).to_le_bytes());
    t.buf[at + 5..at + 9].copy_from_slice(&(size as u32).to_le_bytes());
    t.len += RECORD;
    if kind == 2 {
        t.flush();
    }
}

/// Writes out what is buffered (before the firmware exits).
pub fn flush() {
    TRACE.lock().flush();
}
