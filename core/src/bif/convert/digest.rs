//! Checksums and MD5 for `erlang:crc32/1,2`, `crc32_combine/3`,
//! `adler32/1,2`, `adler32_combine/3`, `md5/1` and `md5_init/update/final`:
//! zlib's CRC-32 and Adler-32 and RFC 1321's MD5, pure and incremental.

/// The reflected CRC-32 polynomial (zlib, IEEE 802.3).
const POLY: u32 = 0xEDB8_8320;

const fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { (c >> 1) ^ POLY } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

static CRC_TABLE: [u32; 256] = crc_table();

/// zlib's `crc32(crc, buf, len)`: continues `crc` over `data`.
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8);
    }
    !c
}

/// `a * b` modulo the CRC polynomial (bit-reflected), zlib's `multmodp`.
fn multmodp(a: u32, mut b: u32) -> u32 {
    let mut m: u32 = 1 << 31;
    let mut p: u32 = 0;
    loop {
        if a & m != 0 {
            p ^= b;
            if a & (m - 1) == 0 {
                break;
            }
        }
        m >>= 1;
        if m == 0 {
            break;
        }
        b = if b & 1 != 0 { (b >> 1) ^ POLY } else { b >> 1 };
    }
    p
}

/// `x^(n * 2^k)` modulo the polynomial, zlib's `x2nmodp`.
fn x2nmodp(mut n: u64, mut k: u32) -> u32 {
    // x2n[k] = x^(2^k): x2n[0] = x (bit 30), each next one squared.
    let mut table = [0u32; 32];
    let mut p: u32 = 1 << 30;
    table[0] = p;
    for slot in table.iter_mut().skip(1) {
        p = multmodp(p, p);
        *slot = p;
    }
    let mut r: u32 = 1 << 31;
    while n != 0 {
        if n & 1 != 0 {
            r = multmodp(table[(k & 31) as usize], r);
        }
        n >>= 1;
        k += 1;
    }
    r
}

/// zlib's `crc32_combine(crc1, crc2, len2)`: the CRC of `A ++ B` from the
/// CRC of `A`, the CRC of `B` and the length of `B`.
pub fn crc32_combine(crc1: u32, crc2: u32, len2: u64) -> u32 {
    multmodp(x2nmodp(len2, 3), crc1) ^ crc2
}

const ADLER_BASE: u32 = 65521;

/// zlib's `adler32(adler, buf, len)`.
pub fn adler32(adler: u32, data: &[u8]) -> u32 {
    let mut a = adler & 0xFFFF;
    let mut b = adler >> 16;
    // 5552 bytes keep the sums inside 32 bits before the modulo (zlib's NMAX).
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= ADLER_BASE;
        b %= ADLER_BASE;
    }
    (b << 16) | a
}

/// zlib's `adler32_combine(adler1, adler2, len2)`.
pub fn adler32_combine(adler1: u32, adler2: u32, len2: u64) -> u32 {
    let base = ADLER_BASE as u64;
    let rem = len2 % base;
    let mut sum1 = (adler1 & 0xFFFF) as u64;
    let mut sum2 = (rem * sum1) % base;
    sum1 += (adler2 & 0xFFFF) as u64 + base - 1;
    sum2 += ((adler1 >> 16) & 0xFFFF) as u64 + ((adler2 >> 16) & 0xFFFF) as u64 + base - rem;
    if sum1 >= base {
        sum1 -= base;
    }
    if sum1 >= base {
        sum1 -= base;
    }
    if sum2 >= base << 1 {
        sum2 -= base << 1;
    }
    if sum2 >= base {
        sum2 -= base;
    }
    (sum1 | (sum2 << 16)) as u32
}

/// Incremental MD5 (RFC 1321).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Md5 {
    state: [u32; 4],
    /// Bytes hashed so far.
    len: u64,
    buf: [u8; 64],
}

/// Bytes of [`Md5::to_bytes`]: state, length and the partial block.
pub const MD5_CONTEXT_BYTES: usize = 16 + 8 + 64;

const S: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9,
    14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15,
    21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

const K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

impl Default for Md5 {
    fn default() -> Self {
        Md5::new()
    }
}

impl Md5 {
    pub fn new() -> Md5 {
        Md5 {
            state: [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476],
            len: 0,
            buf: [0; 64],
        }
    }

    fn block(state: &mut [u32; 4], block: &[u8]) {
        let mut m = [0u32; 16];
        for (i, w) in m.iter_mut().enumerate() {
            *w = u32::from_le_bytes([
                block[4 * i],
                block[4 * i + 1],
                block[4 * i + 2],
                block[4 * i + 3],
            ]);
        }
        let [mut a, mut b, mut c, mut d] = *state;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let f = f.wrapping_add(a).wrapping_add(K[i]).wrapping_add(m[g]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(f.rotate_left(S[i]));
        }
        state[0] = state[0].wrapping_add(a);
        state[1] = state[1].wrapping_add(b);
        state[2] = state[2].wrapping_add(c);
        state[3] = state[3].wrapping_add(d);
    }

    pub fn update(&mut self, mut data: &[u8]) {
        let used = (self.len % 64) as usize;
        self.len = self.len.wrapping_add(data.len() as u64);
        if used > 0 {
            let take = (64 - used).min(data.len());
            self.buf[used..used + take].copy_from_slice(&data[..take]);
            data = &data[take..];
            if used + take < 64 {
                return;
            }
            let buf = self.buf;
            Md5::block(&mut self.state, &buf);
        }
        let mut chunks = data.chunks_exact(64);
        for c in &mut chunks {
            Md5::block(&mut self.state, c);
        }
        let rest = chunks.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
    }

    pub fn finish(mut self) -> [u8; 16] {
        let bit_len = self.len.wrapping_mul(8);
        let used = (self.len % 64) as usize;
        let pad = if used < 56 { 56 - used } else { 120 - used };
        let mut padding = [0u8; 72];
        padding[0] = 0x80;
        padding[pad..pad + 8].copy_from_slice(&bit_len.to_le_bytes());
        self.update(&padding[..pad + 8]);
        let mut out = [0u8; 16];
        for (i, w) in self.state.iter().enumerate() {
            out[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// The context as the opaque binary `md5_init/0` returns.
    pub fn to_bytes(&self) -> [u8; MD5_CONTEXT_BYTES] {
        let mut out = [0u8; MD5_CONTEXT_BYTES];
        for (i, w) in self.state.iter().enumerate() {
            out[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
        }
        out[16..24].copy_from_slice(&self.len.to_le_bytes());
        out[24..].copy_from_slice(&self.buf);
        out
    }

    pub fn from_bytes(b: &[u8]) -> Option<Md5> {
        if b.len() != MD5_CONTEXT_BYTES {
            return None;
        }
        let mut state = [0u32; 4];
        for (i, w) in state.iter_mut().enumerate() {
            *w = u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
        }
        let mut len = [0u8; 8];
        len.copy_from_slice(&b[16..24]);
        let mut buf = [0u8; 64];
        buf.copy_from_slice(&b[24..]);
        Some(Md5 {
            state,
            len: u64::from_le_bytes(len),
            buf,
        })
    }
}

/// MD5 of `data`.
pub fn md5(data: &[u8]) -> [u8; 16] {
    let mut m = Md5::new();
    m.update(data);
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> alloc::string::String {
        b.iter().map(|x| alloc::format!("{x:02x}")).collect()
    }

    #[test]
    fn md5_vectors() {
        assert_eq!(hex(&md5(b"")), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(hex(&md5(b"abc")), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(
            hex(&md5(
                b"12345678901234567890123456789012345678901234567890123456789012345678901234567890"
            )),
            "57edf4a22be3c955ac49da2e2107b67a"
        );
        // erlang:md5([<<"hello">>, $a])
        assert_eq!(
            md5(b"helloa"),
            [41, 150, 20, 215, 242, 124, 201, 129, 243, 173, 31, 123, 228, 92, 112, 135]
        );
    }

    #[test]
    fn md5_incremental_matches() {
        let data: alloc::vec::Vec<u8> = (0..1000u32).map(|i| (i * 7 + 3) as u8).collect();
        for split in [0, 1, 55, 56, 63, 64, 65, 128, 999, 1000] {
            let mut m = Md5::new();
            m.update(&data[..split]);
            let m = Md5::from_bytes(&m.to_bytes()).unwrap();
            let mut m2 = m.clone();
            m2.update(&data[split..]);
            assert_eq!(m2.finish(), md5(&data), "split {split}");
        }
    }

    #[test]
    fn crc_and_adler_match_otp() {
        assert_eq!(crc32(0, b"hello"), 907060870);
        assert_eq!(crc32(5, b"hello"), 4277152246);
        assert_eq!(adler32(1, b"hello"), 103547413);
        assert_eq!(adler32(5, b"hello\x01"), 140116506);
        assert_eq!(crc32_combine(1, 2, 3), 29518389);
        assert_eq!(adler32_combine(1, 2, 3), 2);
        let (a, b) = (
            b"hello ".as_slice(),
            b"world, this is a longer tail".as_slice(),
        );
        let whole = [a, b].concat();
        assert_eq!(
            crc32_combine(crc32(0, a), crc32(0, b), b.len() as u64),
            crc32(0, &whole)
        );
        assert_eq!(
            adler32_combine(adler32(1, a), adler32(1, b), b.len() as u64),
            adler32(1, &whole)
        );
        let big = alloc::vec![0xABu8; 100_000];
        assert_eq!(
            adler32_combine(adler32(1, a), adler32(1, &big), big.len() as u64),
            adler32(1, &[a, &big[..]].concat())
        );
    }
}
