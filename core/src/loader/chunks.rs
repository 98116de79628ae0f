//! The IFF container and the decoding of each chunk we understand.

use alloc::borrow::ToOwned;
use alloc::format;
use alloc::vec::Vec;

use super::compact::{self, check_count, Integer, Reader, Span, Tagged, TAG_A};
use super::{AtomTable, FunEntry, LineTable, LiteralTable, LoadError};

/// Pseudo chunk name used for errors in the IFF container itself.
pub(crate) const FILE: [u8; 4] = *b"FOR1";

/// One chunk of the container.
#[derive(Clone, Copy)]
pub(crate) struct Chunk<'a> {
    pub id: [u8; 4],
    pub data: &'a [u8],
}

impl<'a> Chunk<'a> {
    pub(crate) fn reader(&self) -> Reader<'a> {
        Reader::new(self.data, self.id)
    }
}

/// Splits a `.beam` file into its chunks: `"FOR1"`, a 32-bit size (of the
/// rest of the file), `"BEAM"`, then chunks of a 4-byte id, a 32-bit size
/// and the data, padded to a multiple of 4 bytes.
pub(crate) fn split_iff(bytes: &[u8]) -> Result<Vec<Chunk<'_>>, LoadError> {
    let mut r = Reader::new(bytes, FILE);
    if r.remaining() < 12 {
        return Err(r.err("not a BEAM file: too short"));
    }
    if r.bytes(4)? != b"FOR1" {
        return Err(r.err_at(0, "not a BEAM file: no FOR1 header"));
    }
    let size = r.u32()? as usize;
    if size > r.remaining() {
        return Err(r.err_at(
            4,
            format!(
                "file truncated: header says {size} bytes follow, only {} do",
                r.remaining()
            ),
        ));
    }
    if r.bytes(4)? != b"BEAM" {
        return Err(r.err_at(8, "not a BEAM file: form type is not BEAM"));
    }
    // Only the declared size counts (a file may carry trailing bytes).
    let body = &bytes[..8 + size];
    let mut r = Reader::new(body, FILE);
    r.bytes(12)?;
    let mut chunks: Vec<Chunk<'_>> = Vec::new();
    while !r.is_empty() {
        let at = r.pos();
        if r.remaining() < 8 {
            return Err(r.err_at(at, "truncated chunk header"));
        }
        let id_bytes = r.bytes(4)?;
        let id = [id_bytes[0], id_bytes[1], id_bytes[2], id_bytes[3]];
        let len = r.u32()? as usize;
        if len > r.remaining() {
            return Err(LoadError::new(
                id,
                0,
                format!(
                    "chunk at file offset {at:#x} claims {len} bytes, only {} remain",
                    r.remaining()
                ),
            ));
        }
        let data = r.bytes(len)?;
        if chunks.iter().any(|c| c.id == id) {
            return Err(LoadError::new(id, 0, "duplicate chunk"));
        }
        chunks.push(Chunk { id, data });
        // Padding; the last chunk's padding may be missing.
        let pad = (4 - len % 4) % 4;
        r.bytes(pad.min(r.remaining()))?;
    }
    Ok(chunks)
}

/// Decodes `AtU8` (UTF-8) or `Atom` (Latin-1). A negative count (OTP 28)
/// means every length is a compact `u` value; otherwise it is one byte.
pub(crate) fn parse_atoms(chunk: &Chunk<'_>) -> Result<AtomTable, LoadError> {
    let utf8 = &chunk.id == b"AtU8";
    let mut r = chunk.reader();
    let count = r.i32()?;
    let long = count < 0;
    let n = i64::from(count).unsigned_abs() as usize;
    if n == 0 {
        return Err(r.err_at(0, "atom table is empty (no module name)"));
    }
    check_count(&r, 0, n, 1, "atom")?;
    let mut atoms = AtomTable::with_capacity(n, r.remaining());
    for i in 0..n {
        let at = r.pos();
        let len = if long {
            let len = compact::read_u(&mut r)?;
            usize::try_from(len).unwrap_or(usize::MAX)
        } else {
            usize::from(r.u8()?)
        };
        let bytes = r.bytes(len)?;
        let chars = if utf8 {
            match ascii_or_utf8(bytes) {
                Ok(s) => {
                    atoms.push_str(s);
                    // Short names are checked by their byte length alone.
                    if len <= 255 {
                        len
                    } else {
                        s.chars().count()
                    }
                }
                Err(_) => return Err(r.err_at(at, format!("atom {} is not valid UTF-8", i + 1))),
            }
        } else {
            atoms.push_latin1(bytes);
            len
        };
        if chars > 255 {
            return Err(r.err_at(at, format!("atom {} is longer than 255 characters", i + 1)));
        }
    }
    Ok(atoms)
}

/// The names of an `AtU8` chunk (`data`, already checked by
/// [`parse_atoms`]) as slices of it, so atoms can point into a module that
/// stays in place instead of at copies.
pub(crate) fn atom_slices(data: &[u8]) -> Option<Vec<&[u8]>> {
    let mut r = Reader::new(data, *b"AtU8");
    let count = r.i32().ok()?;
    let n = i64::from(count).unsigned_abs() as usize;
    let mut names = Vec::with_capacity(n.min(r.remaining()));
    for _ in 0..n {
        let len = if count < 0 {
            usize::try_from(compact::read_u(&mut r).ok()?).ok()?
        } else {
            usize::from(r.u8().ok()?)
        };
        names.push(r.bytes(len).ok()?);
    }
    Some(names)
}

/// `bytes` as a string if they are UTF-8 (checked fast for ASCII, which
/// nearly every atom is).
#[inline]
fn ascii_or_utf8(bytes: &[u8]) -> Result<&str, core::str::Utf8Error> {
    if bytes.is_ascii() {
        // SAFETY: ASCII is valid UTF-8.
        Ok(unsafe { core::str::from_utf8_unchecked(bytes) })
    } else {
        core::str::from_utf8(bytes)
    }
}

fn atom_index(r: &Reader<'_>, at: usize, v: u32, atoms: u32) -> Result<u32, LoadError> {
    if v == 0 || v > atoms {
        return Err(r.err_at(
            at,
            format!("atom index {v} out of range (module has {atoms} atoms)"),
        ));
    }
    Ok(v)
}

fn arity(r: &Reader<'_>, at: usize, v: u32) -> Result<u32, LoadError> {
    if v > 255 {
        return Err(r.err_at(at, format!("arity {v} exceeds 255")));
    }
    Ok(v)
}

fn label(r: &Reader<'_>, at: usize, v: u32, labels: u32) -> Result<u32, LoadError> {
    if v == 0 || v >= labels {
        return Err(r.err_at(at, format!("label {v} out of range (label count {labels})")));
    }
    Ok(v)
}

/// `ImpT`: count, then (module atom, function atom, arity) triples.
pub(crate) fn parse_imports(
    chunk: &Chunk<'_>,
    atoms: u32,
) -> Result<Vec<(u32, u32, u32)>, LoadError> {
    let mut r = chunk.reader();
    let n = r.count(12, "import")?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let at = r.pos();
        let m = r.u32()?;
        let f = r.u32()?;
        let a = r.u32()?;
        v.push((
            atom_index(&r, at, m, atoms)?,
            atom_index(&r, at + 4, f, atoms)?,
            arity(&r, at + 8, a)?,
        ));
    }
    Ok(v)
}

/// `ExpT` / `LocT`: count, then (function atom, arity, label) triples.
pub(crate) fn parse_exports(
    chunk: &Chunk<'_>,
    atoms: u32,
    labels: u32,
) -> Result<Vec<(u32, u32, u32)>, LoadError> {
    let mut r = chunk.reader();
    let n = r.count(12, "function")?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let at = r.pos();
        let f = r.u32()?;
        let a = r.u32()?;
        let l = r.u32()?;
        v.push((
            atom_index(&r, at, f, atoms)?,
            arity(&r, at + 4, a)?,
            label(&r, at + 8, l, labels)?,
        ));
    }
    Ok(v)
}

/// `FunT`: count, then (function atom, arity, label, index, num_free,
/// old_uniq) entries.
pub(crate) fn parse_funs(
    chunk: &Chunk<'_>,
    atoms: u32,
    labels: u32,
) -> Result<Vec<FunEntry>, LoadError> {
    let mut r = chunk.reader();
    let n = r.count(24, "fun")?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let at = r.pos();
        let function = r.u32()?;
        let a = r.u32()?;
        let l = r.u32()?;
        let index = r.u32()?;
        let num_free = r.u32()?;
        let old_uniq = r.u32()?;
        v.push(FunEntry {
            function: atom_index(&r, at, function, atoms)?,
            arity: arity(&r, at + 4, a)?,
            label: label(&r, at + 8, l, labels)?,
            index,
            num_free,
            old_uniq,
        });
    }
    Ok(v)
}

/// `LitT`: a 32-bit uncompressed size, then the zlib-compressed table (or,
/// when the size is 0, the table itself, uncompressed). The table is a count,
/// then per literal a 32-bit size and that many bytes of external term format
/// (starting with the version byte 131).
///
/// Errors inside a compressed table give offsets into the uncompressed table.
pub(crate) fn parse_literals(chunk: &Chunk<'_>) -> Result<LiteralTable, LoadError> {
    let mut r = chunk.reader();
    let size = r.u32()? as usize;
    let rest = r.rest();
    let data: Vec<u8> = if size == 0 {
        rest.to_vec()
    } else {
        // Deflate cannot expand more than 1032:1; a larger claim is corrupt
        // (and refusing it bounds what we allocate by the input's size).
        if size / 1032 > rest.len() {
            return Err(LoadError::new(
                chunk.id,
                0,
                format!(
                    "uncompressed size {size} impossible for {} compressed bytes",
                    rest.len()
                ),
            ));
        }
        inflate(chunk.id, rest, size)?
    };
    let base = if size == 0 { 4 } else { 0 };
    let mut r = Reader::new(&data, chunk.id);
    let n = r.count(4, "literal")?;
    let mut spans = Vec::with_capacity(n);
    for i in 0..n {
        let at = r.pos();
        let len = r.u32()? as usize;
        let start = r.pos();
        let bytes = r.bytes(len)?;
        if bytes.first() != Some(&131) {
            return Err(LoadError::new(
                chunk.id,
                base + at,
                format!("literal {i} does not start with the external term format version byte"),
            ));
        }
        // The table is at most 4 GiB (its size is a 32-bit field, or it is
        // part of a chunk whose size is).
        spans.push(Span {
            start: start as u32,
            len: len as u32,
        });
    }
    Ok(LiteralTable { data, spans })
}

/// Inflates the zlib stream `input`, which must produce exactly `size`
/// bytes, into a buffer allocated once.
fn inflate(id: [u8; 4], input: &[u8], size: usize) -> Result<Vec<u8>, LoadError> {
    use miniz_oxide::inflate::core::inflate_flags::{
        TINFL_FLAG_PARSE_ZLIB_HEADER, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
    };
    use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;

    let mut out = alloc::vec![0u8; size];
    let mut state = alloc::boxed::Box::<DecompressorOxide>::default();
    let flags = TINFL_FLAG_PARSE_ZLIB_HEADER | TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, _, produced) = decompress(&mut state, input, &mut out, 0, flags);
    match status {
        TINFLStatus::Done if produced == size => Ok(out),
        TINFLStatus::Done => Err(LoadError::new(
            id,
            0,
            format!("literal table decompresses to {produced} bytes, header says {size}"),
        )),
        status => Err(LoadError::new(
            id,
            4,
            format!("cannot decompress literal table: {status:?}"),
        )),
    }
}

/// `Line`: version, flags, number of `line` instructions, number of items,
/// number of file names; then the items as compact terms (an `a` term
/// switches the current file, an `i` term is a line in it); then the file
/// names, each a 16-bit length and UTF-8 bytes.
///
/// The result's tables are indexed the way the code refers to them: see
/// [`LineTable`].
pub(crate) fn parse_lines(chunk: &Chunk<'_>, module: &str) -> Result<LineTable, LoadError> {
    let mut r = chunk.reader();
    let version = r.u32()?;
    let mut t = LineTable {
        version,
        ..LineTable::default()
    };
    if version != 0 {
        // OTP ignores Line chunks of versions it does not know; so do we.
        return Ok(t);
    }
    t.flags = r.u32()?;
    t.num_line_instrs = r.u32()?;
    let n_at = r.pos();
    let n_items = r.u32()? as usize;
    let n_names_at = r.pos();
    let n_names = r.u32()? as usize;
    check_count(&r, n_at, n_items, 1, "line item")?;
    check_count(&r, n_names_at, n_names, 2, "file name")?;
    t.items.reserve(n_items + 1);
    t.items.push(0, 0);
    let mut file = 0u32;
    while t.items.len() <= n_items {
        let at = r.pos();
        match compact::read_tagged(&mut r)? {
            Tagged::Value(TAG_A, v) => {
                if v > n_names as u64 {
                    return Err(r.err_at(
                        at,
                        format!("line item: file index {v} out of range ({n_names} names)"),
                    ));
                }
                file = v as u32;
            }
            Tagged::Int(Integer::Small(line)) if (0..=i64::from(u32::MAX)).contains(&line) => {
                t.items.push(file, line as u32);
            }
            Tagged::Int(_) => return Err(r.err_at(at, "line item: line number out of range")),
            Tagged::Value(tag, _) => {
                return Err(r.err_at(
                    at,
                    format!("line item: unexpected tag {}", compact::tag_name(tag)),
                ))
            }
        }
    }
    t.files.reserve(n_names + 1);
    t.files.push(format!("{module}.erl"));
    for i in 0..n_names {
        let at = r.pos();
        let len = usize::from(r.u16()?);
        let bytes = r.bytes(len)?;
        match core::str::from_utf8(bytes) {
            Ok(s) => t.files.push(s.to_owned()),
            Err(_) => return Err(r.err_at(at, format!("file name {} is not valid UTF-8", i + 1))),
        }
    }
    Ok(t)
}

/// The `Code` chunk header.
pub(crate) struct CodeHeader {
    pub instruction_set: u32,
    pub max_opcode: u32,
    pub label_count: u32,
    pub function_count: u32,
    /// Where the first instruction starts, from the chunk's start.
    pub code_start: usize,
}

/// `Code`: header size (of what follows this word, at least 16), instruction
/// set, highest opcode used, label count, function count; code starts right
/// after the header.
pub(crate) fn parse_code_header(chunk: &Chunk<'_>) -> Result<CodeHeader, LoadError> {
    let mut r = chunk.reader();
    let sub = r.u32()? as usize;
    if sub < 16 || sub > r.remaining() {
        return Err(r.err_at(0, format!("bad code header size {sub}")));
    }
    let h = CodeHeader {
        instruction_set: r.u32()?,
        max_opcode: r.u32()?,
        label_count: r.u32()?,
        function_count: r.u32()?,
        code_start: 4 + sub,
    };
    if h.instruction_set != 0 {
        return Err(r.err_at(4, format!("unknown instruction set {}", h.instruction_set)));
    }
    // Every label is a `label` instruction of at least two bytes: a count
    // the code cannot hold is corrupt (and must not size the label table).
    let code_bytes = chunk.data.len().saturating_sub(h.code_start);
    if h.label_count as usize > code_bytes + 1 {
        return Err(r.err_at(12, format!("bad label count {}", h.label_count)));
    }
    Ok(h)
}
