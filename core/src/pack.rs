//! Packs: many `.beam` modules in one checked file (format in
//! `docs/pack.md`), so a host without directories (wasm, bare metal) or a
//! deployment that wants one file gets its modules from memory.
//!
//! [`Pack`] reads and validates a pack held in any byte buffer (a
//! `&'static [u8]` in flash, a `Vec<u8>`), [`PackHost`] puts one in front
//! of any [`Host`]'s `find_module`. [`build`] writes one: the named modules
//! and every module their import tables reach, with debug-only chunks
//! dropped ([`strip_beam`]), sorted by name, no timestamps.

use crate::host::{FileSystem, Host};
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

/// The first 8 bytes of every pack.
pub const MAGIC: [u8; 8] = *b"beamrpak";
/// The format version this code reads and writes.
pub const VERSION: u32 = 1;
/// Magic, version, module count, body length, body CRC-32.
pub const HEADER_LEN: usize = 24;

/// The `.beam` chunks a pack keeps: the ones the loader reads (`Attr` and
/// `CInf` for `module_info(attributes | compile)`). The rest (`Dbgi`,
/// `Abst`, `Docs`, `Type`, `Meta`, `ExCk`, ...) only serve tools.
pub const KEPT_CHUNKS: [&[u8; 4]; 12] = [
    b"AtU8", b"Atom", b"Code", b"StrT", b"ImpT", b"ExpT", b"LocT", b"FunT", b"LitT", b"Line",
    b"Attr", b"CInf",
];

/// Why bytes are not a valid pack (or a module could not be packed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// Fewer bytes than the header, or than the header says follow.
    Truncated {
        expected: usize,
        actual: usize,
    },
    /// More bytes than the header says follow.
    TrailingBytes {
        expected: usize,
        actual: usize,
    },
    BadMagic,
    UnsupportedVersion(u32),
    /// The body's CRC-32 is not the header's: the file was altered.
    ChecksumMismatch {
        stored: u32,
        computed: u32,
    },
    /// The index is inconsistent (names, order, offsets).
    BadIndex(&'static str),
    /// A module's bytes are not a `.beam` file (when packing).
    BadModule(String, &'static str),
    /// Too large for the format's 32-bit sizes (when packing).
    TooLarge,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::Truncated { expected, actual } => write!(
                f,
                "truncated pack: {expected} bytes expected, {actual} present"
            ),
            PackError::TrailingBytes { expected, actual } => write!(
                f,
                "corrupt pack: {expected} bytes expected, {actual} present"
            ),
            PackError::BadMagic => write!(f, "not a beamr pack (bad magic)"),
            PackError::UnsupportedVersion(v) => write!(
                f,
                "unsupported pack format version {v} (this beamr reads version {VERSION})"
            ),
            PackError::ChecksumMismatch { stored, computed } => write!(
                f,
                "corrupt pack: checksum {computed:08x} does not match the header's {stored:08x}"
            ),
            PackError::BadIndex(why) => write!(f, "corrupt pack index: {why}"),
            PackError::BadModule(m, why) => write!(f, "cannot pack module '{m}': {why}"),
            PackError::TooLarge => write!(f, "pack too large for the format (4 GiB)"),
        }
    }
}

/// CRC-32 (IEEE 802.3, as zlib's `crc32`).
pub fn crc32(bytes: &[u8]) -> u32 {
    crate::bif::convert::digest::crc32(0, bytes)
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// One module in a pack: where its name and bytes are in the buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    name: (usize, usize),
    data: (usize, usize),
}

/// A validated pack over a byte buffer. Every check happens in
/// [`Pack::new`]; lookups afterwards cannot fail.
pub struct Pack<B: AsRef<[u8]>> {
    bytes: B,
    /// Sorted by name.
    entries: Vec<Entry>,
}

impl<B: AsRef<[u8]>> Pack<B> {
    /// Checks `bytes` (header, length, checksum, index) and indexes it.
    pub fn new(bytes: B) -> Result<Pack<B>, PackError> {
        let entries = parse(bytes.as_ref())?;
        Ok(Pack { bytes, entries })
    }

    fn name_of(&self, e: &Entry) -> &str {
        // Checked to be UTF-8 in `parse`.
        core::str::from_utf8(&self.bytes.as_ref()[e.name.0..e.name.1]).unwrap_or("")
    }

    /// The `.beam` bytes of `name`.
    pub fn module(&self, name: &str) -> Option<&[u8]> {
        let (a, b) = self.module_span(name)?;
        Some(&self.bytes.as_ref()[a..b])
    }

    /// Where module `name`'s bytes are in the pack.
    fn module_span(&self, name: &str) -> Option<(usize, usize)> {
        let i = self
            .entries
            .binary_search_by(|e| self.name_of(e).cmp(name))
            .ok()?;
        Some(self.entries[i].data)
    }

    /// Number of modules.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// `(name, bytes)` of every module, sorted by name.
    pub fn modules(&self) -> impl Iterator<Item = (&str, &[u8])> + '_ {
        self.entries
            .iter()
            .map(|e| (self.name_of(e), &self.bytes.as_ref()[e.data.0..e.data.1]))
    }

    /// The whole pack.
    pub fn bytes(&self) -> &[u8] {
        self.bytes.as_ref()
    }
}

fn parse(b: &[u8]) -> Result<Vec<Entry>, PackError> {
    let short = |expected| PackError::Truncated {
        expected,
        actual: b.len(),
    };
    if b.len() < MAGIC.len() {
        // A prefix of the magic is a truncated pack; anything else is not one.
        return if MAGIC.starts_with(b) {
            Err(short(HEADER_LEN))
        } else {
            Err(PackError::BadMagic)
        };
    }
    if b[..8] != MAGIC {
        return Err(PackError::BadMagic);
    }
    if b.len() < HEADER_LEN {
        return Err(short(HEADER_LEN));
    }
    let field = |at| u32_at(b, at).ok_or(short(HEADER_LEN));
    let version = field(8)?;
    if version != VERSION {
        return Err(PackError::UnsupportedVersion(version));
    }
    let count = field(12)? as usize;
    let body_len = field(16)? as usize;
    let stored = field(20)?;
    let total = HEADER_LEN
        .checked_add(body_len)
        .ok_or(PackError::TooLarge)?;
    if b.len() < total {
        return Err(short(total));
    }
    if b.len() > total {
        return Err(PackError::TrailingBytes {
            expected: total,
            actual: b.len(),
        });
    }
    let computed = crc32(&b[HEADER_LEN..]);
    if computed != stored {
        return Err(PackError::ChecksumMismatch { stored, computed });
    }
    // The index: per module a u16 name length, the name, a u32 offset and a
    // u32 length (both counted from the body's start).
    let bad = PackError::BadIndex;
    let mut at = HEADER_LEN;
    let mut entries = Vec::new();
    for _ in 0..count {
        let n = b.get(at..at + 2).ok_or(bad("index runs past the end"))?;
        let n = u16::from_le_bytes([n[0], n[1]]) as usize;
        at += 2;
        let name = b.get(at..at + n).ok_or(bad("index runs past the end"))?;
        if name.is_empty() {
            return Err(bad("empty module name"));
        }
        core::str::from_utf8(name).map_err(|_| bad("module name is not UTF-8"))?;
        let name_at = (at, at + n);
        at += n;
        let off = u32_at(b, at).ok_or(bad("index runs past the end"))? as usize;
        let len = u32_at(b, at + 4).ok_or(bad("index runs past the end"))? as usize;
        at += 8;
        entries.push((name_at, off, len));
    }
    // Data follows the index, module after module, in index order, to the
    // end: one canonical layout, so any change shows.
    let mut next = at - HEADER_LEN;
    let mut out = Vec::with_capacity(entries.len());
    let mut prev: Option<&[u8]> = None;
    for (name, off, len) in entries {
        let this = &b[name.0..name.1];
        if prev.is_some_and(|p| p >= this) {
            return Err(bad("module names are not sorted and unique"));
        }
        prev = Some(this);
        if off != next {
            return Err(bad("module data is not contiguous"));
        }
        let start = HEADER_LEN + off;
        let end = start
            .checked_add(len)
            .filter(|&e| e <= b.len())
            .ok_or(bad("module data runs past the end"))?;
        next = end - HEADER_LEN;
        out.push(Entry {
            name,
            data: (start, end),
        });
    }
    if HEADER_LEN + next != b.len() {
        return Err(bad("bytes after the last module"));
    }
    Ok(out)
}

/// Writes a pack of `modules` (name, `.beam` bytes), sorted by name. The
/// bytes are stored as given (see [`strip_beam`]); a name given twice keeps
/// its first bytes.
pub fn write(modules: &[(String, Vec<u8>)]) -> Result<Vec<u8>, PackError> {
    let mut sorted: BTreeMap<&str, &[u8]> = BTreeMap::new();
    for (n, b) in modules {
        sorted.entry(n.as_str()).or_insert(b.as_slice());
    }
    let big = |n: usize| u32::try_from(n).map_err(|_| PackError::TooLarge);
    let index_len: usize = sorted.keys().map(|n| 2 + n.len() + 8).sum();
    let mut body = Vec::new();
    let mut off = index_len;
    for (name, data) in &sorted {
        if name.is_empty() || name.len() > u16::MAX as usize {
            return Err(PackError::BadModule(
                name.to_string(),
                "name is empty or too long",
            ));
        }
        body.extend_from_slice(&(name.len() as u16).to_le_bytes());
        body.extend_from_slice(name.as_bytes());
        body.extend_from_slice(&big(off)?.to_le_bytes());
        body.extend_from_slice(&big(data.len())?.to_le_bytes());
        off += data.len();
    }
    for data in sorted.values() {
        body.extend_from_slice(data);
    }
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&big(sorted.len())?.to_le_bytes());
    out.extend_from_slice(&big(body.len())?.to_le_bytes());
    out.extend_from_slice(&crc32(&body).to_le_bytes());
    out.extend_from_slice(&body);
    Ok(out)
}

/// A `.beam` file with only the [`KEPT_CHUNKS`], in their order.
pub fn strip_beam(bytes: &[u8]) -> Result<Vec<u8>, &'static str> {
    if bytes.len() < 12 || &bytes[..4] != b"FOR1" || &bytes[8..12] != b"BEAM" {
        return Err("not a .beam file");
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(b"FOR1\0\0\0\0BEAM");
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let len = u32::from_be_bytes([bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]])
            as usize;
        let end = (at + 8)
            .checked_add(len)
            .filter(|&e| e <= bytes.len())
            .ok_or("chunk runs past the end")?;
        if KEPT_CHUNKS.iter().any(|k| &k[..] == id) {
            out.extend_from_slice(&bytes[at..end]);
            while out.len() % 4 != 0 {
                out.push(0);
            }
        }
        at = end.next_multiple_of(4);
    }
    let size = u32::try_from(out.len() - 8).map_err(|_| "too large")?;
    out[4..8].copy_from_slice(&size.to_be_bytes());
    Ok(out)
}

/// The modules a `.beam` file's import table names, sorted.
pub fn imported_modules(bytes: &[u8]) -> Result<Vec<String>, crate::loader::LoadError> {
    let raw = crate::loader::parse_beam(bytes)?;
    let set: BTreeSet<String> = raw
        .imports
        .iter()
        .filter_map(|&(m, _, _)| raw.atom(m).map(String::from))
        .collect();
    Ok(set.into_iter().collect())
}

/// What [`build`] made.
pub struct Built {
    pub bytes: Vec<u8>,
    /// Modules imported somewhere that `find` did not have (BIF-only
    /// modules such as `erts_internal` often are), sorted.
    pub missing: Vec<String>,
}

/// Packs `roots` and every module their import tables reach, transitively,
/// as `find` finds them (stripped). A root `find` lacks is an error.
pub fn build(
    roots: &[&str],
    mut find: impl FnMut(&str) -> Option<Vec<u8>>,
) -> Result<Built, PackError> {
    let mut done: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut missing: BTreeSet<String> = BTreeSet::new();
    let mut todo: Vec<(String, bool)> = roots.iter().map(|r| (r.to_string(), true)).collect();
    while let Some((name, root)) = todo.pop() {
        if done.contains_key(&name) || missing.contains(&name) {
            continue;
        }
        let Some(bytes) = find(&name) else {
            if root {
                return Err(PackError::BadModule(name, "not found"));
            }
            missing.insert(name);
            continue;
        };
        let imports = imported_modules(&bytes)
            .map_err(|_| PackError::BadModule(name.clone(), "does not load"))?;
        let stripped = strip_beam(&bytes).map_err(|e| PackError::BadModule(name.clone(), e))?;
        for m in imports.into_iter().rev() {
            todo.push((m, false));
        }
        done.insert(name, stripped);
    }
    let modules: Vec<(String, Vec<u8>)> = done.into_iter().collect();
    Ok(Built {
        bytes: write(&modules)?,
        missing: missing.into_iter().collect(),
    })
}

/// Bytes a pack can lie in. Those that last as long as the program (a pack
/// in flash) let the VM load its modules function by function, in place
/// ([`Host::find_module_in_place`]).
pub trait PackBytes: AsRef<[u8]> {
    fn as_static(&self) -> Option<&'static [u8]> {
        None
    }
}

impl PackBytes for Vec<u8> {}
impl PackBytes for alloc::boxed::Box<[u8]> {}
impl PackBytes for &'static [u8] {
    fn as_static(&self) -> Option<&'static [u8]> {
        Some(self)
    }
}

/// A host whose modules come from a pack first, then from `inner`;
/// everything else is `inner`'s.
pub struct PackHost<H: Host, B: PackBytes> {
    pub inner: H,
    pub pack: Pack<B>,
}

impl<H: Host, B: PackBytes> PackHost<H, B> {
    pub fn new(inner: H, pack: Pack<B>) -> Self {
        PackHost { inner, pack }
    }
}

impl<H: Host, B: PackBytes> Host for PackHost<H, B> {
    fn monotonic_ns(&mut self) -> u64 {
        self.inner.monotonic_ns()
    }
    fn system_ns(&mut self) -> u64 {
        self.inner.system_ns()
    }
    fn write(&mut self, fd: u32, bytes: &[u8]) {
        self.inner.write(fd, bytes)
    }
    fn find_module(&mut self, name: &str) -> Option<Vec<u8>> {
        match self.pack.module(name) {
            Some(b) => Some(b.to_vec()),
            None => self.inner.find_module(name),
        }
    }
    fn find_module_in_place(&mut self, name: &str) -> Option<&'static [u8]> {
        match self.pack.module_span(name) {
            Some((a, b)) => self.pack.bytes.as_static()?.get(a..b),
            None => self.inner.find_module_in_place(name),
        }
    }
    fn entropy(&mut self) -> u64 {
        self.inner.entropy()
    }
    fn fs(&mut self) -> Option<&mut dyn FileSystem> {
        self.inner.fs()
    }
    fn code_path(&mut self) -> Vec<String> {
        self.inner.code_path()
    }
    fn getenv(&mut self, name: &str) -> Option<String> {
        self.inner.getenv(name)
    }
    fn environ(&mut self) -> Vec<(String, String)> {
        self.inner.environ()
    }
    fn os_type(&self) -> (&'static str, &'static str) {
        self.inner.os_type()
    }
}

#[cfg(test)]
mod tests;
