//! Output as bytes to a sink: a UART, semihosting, an RTT channel. Sinks
//! are often slow per call (semihosting traps into the debugger once per
//! write), so [`LineBuffered`] gathers whole lines in a fixed buffer first.

use heapless::Vec;

/// Where the program's standard output (`fd` 1) and error (`fd` 2) go.
pub trait ByteSink {
    fn write(&mut self, fd: u32, bytes: &[u8]);
    /// Delivers anything held back.
    fn flush(&mut self) {}
}

/// A sink that passes on whole lines (or `N` bytes when a line is longer),
/// keeping the order of writes across the two streams: a write to the
/// other stream first flushes what the first one holds.
pub struct LineBuffered<S: ByteSink, const N: usize> {
    inner: S,
    fd: u32,
    buf: Vec<u8, N>,
}

impl<S: ByteSink, const N: usize> LineBuffered<S, N> {
    pub fn new(inner: S) -> Self {
        LineBuffered {
            inner,
            fd: 1,
            buf: Vec::new(),
        }
    }

    pub fn inner(&mut self) -> &mut S {
        &mut self.inner
    }

    fn drain(&mut self) {
        if !self.buf.is_empty() {
            self.inner.write(self.fd, &self.buf);
            self.buf.clear();
        }
    }
}

impl<S: ByteSink, const N: usize> ByteSink for LineBuffered<S, N> {
    fn write(&mut self, fd: u32, bytes: &[u8]) {
        if fd != self.fd {
            self.drain();
            self.fd = fd;
        }
        for &b in bytes {
            if self.buf.push(b).is_err() {
                self.drain();
                // Cannot fail: the buffer was just emptied (N > 0).
                let _ = self.buf.push(b);
            }
            if b == b'\n' {
                self.drain();
            }
        }
    }

    fn flush(&mut self) {
        self.drain();
        self.inner.flush();
    }
}

impl<S: ByteSink, const N: usize> Drop for LineBuffered<S, N> {
    fn drop(&mut self) {
        self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec as StdVec;

    #[derive(Default)]
    struct Record(StdVec<(u32, StdVec<u8>)>);
    impl ByteSink for &mut Record {
        fn write(&mut self, fd: u32, bytes: &[u8]) {
            self.0.push((fd, bytes.to_vec()));
        }
    }

    #[test]
    fn passes_whole_lines() {
        let mut r = Record::default();
        {
            let mut s: LineBuffered<_, 16> = LineBuffered::new(&mut r);
            s.write(1, b"ab");
            s.write(1, b"c\nd");
        }
        assert_eq!(r.0, [(1, b"abc\n".to_vec()), (1, b"d".to_vec())]);
    }

    #[test]
    fn long_lines_go_out_in_buffer_sized_pieces() {
        let mut r = Record::default();
        {
            let mut s: LineBuffered<_, 4> = LineBuffered::new(&mut r);
            s.write(1, b"abcdefghij\n");
        }
        let all: StdVec<u8> = r.0.iter().flat_map(|(_, b)| b.clone()).collect();
        assert_eq!(all, b"abcdefghij\n");
        assert!(r.0.iter().all(|(_, b)| b.len() <= 4));
    }

    #[test]
    fn keeps_order_across_streams() {
        let mut r = Record::default();
        {
            let mut s: LineBuffered<_, 16> = LineBuffered::new(&mut r);
            s.write(1, b"out");
            s.write(2, b"err\n");
            s.write(1, b"more\n");
        }
        assert_eq!(
            r.0,
            [
                (1, b"out".to_vec()),
                (2, b"err\n".to_vec()),
                (1, b"more\n".to_vec())
            ]
        );
    }
}
