//! The `.beam` loader, stage one: parse a `.beam` file into a [`RawModule`],
//! a faithful, validated but not yet rewritten picture of the file: the atom,
//! import, export, local, fun, literal and line tables, and the code as a list
//! of *generic* instructions ([`GenOp`], opcodes from [`genop`]) with decoded
//! compact-term operands ([`Operand`]).
//!
//! The second stage (rewriting generic instructions into the interpreter's
//! internal form, resolving labels, decoding literals) builds on this.
//!
//! # Indexing conventions (all as in the file)
//!
//! * Atoms are **1-based**: [`Operand::Atom`]`(n)`, import/export/fun entries
//!   refer to `RawModule::atoms.get(n - 1)` ([`RawModule::atom`] does the
//!   arithmetic); atom 1 is the module name. The `a` tag with value 0 is `[]`
//!   and is decoded as [`Operand::Nil`].
//! * Imports are 0-based (`call_ext`'s `u` operand indexes `imports`).
//! * Funs are 0-based (`make_fun3`'s `u` operand indexes `funs`).
//! * Literals are 0-based ([`Operand::Literal`] indexes `literals`).
//! * Labels are numbered 1..`label_count`; label 0 means "no label".
//! * Line items: `line N` indexes `lines.items[N]`, where item 0 is the
//!   implicit "no location" entry the file does not store; file index `F` in
//!   an item is `lines.files[F]`, where file 0 is the implicit
//!   `"<module>.erl"`.
//!
//! # Layout
//!
//! Parsing is on the start-up path of every program, so the result is kept
//! to a handful of allocations whatever the module's size: atoms are one
//! string ([`AtomTable`]), literals one buffer ([`LiteralTable`]), and
//! instruction operands are `Copy` values in flat arenas
//! ([`RawModule::operands`] and friends) that instructions refer to by
//! [`Span`].
//!
//! # Robustness
//!
//! Parsing never panics: every read is bounds-checked, every count is checked
//! against the bytes left before anything is allocated for it, and bad input
//! yields a [`LoadError`] naming the module (once known), the chunk and the
//! offset.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use num_bigint::BigInt;

mod chunks;
mod compact;
mod disasm;
pub mod genop;
#[cfg(test)]
mod tests;

pub(crate) use compact::{decode_range, scan_functions, Code, Limits, Reader};
pub use compact::{GenOp, Operand, Reg, Span};
pub use disasm::disasm;

use chunks::{Chunk, FILE};

/// Why a module could not be loaded.
///
/// Displays as `cannot load module 'm': chunk Code at offset 0x1c: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The module's name, or `"?"` when the atom table has not been read.
    pub module: String,
    /// The chunk id (`*b"Code"`, ...); `*b"FOR1"` for the container itself.
    pub chunk: [u8; 4],
    /// Byte offset from the start of the chunk's data (for `FOR1`, from the
    /// start of the file; for a compressed `LitT`, errors in the table itself
    /// give offsets into the uncompressed table).
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

impl LoadError {
    pub(crate) fn new(chunk: [u8; 4], offset: usize, message: impl Into<String>) -> Self {
        LoadError {
            module: "?".to_string(),
            chunk,
            offset,
            message: message.into(),
        }
    }

    /// The chunk id as text (non-printable bytes escaped).
    pub fn chunk_name(&self) -> String {
        let mut s = String::new();
        for &b in &self.chunk {
            if b.is_ascii_graphic() || b == b' ' {
                s.push(char::from(b));
            } else {
                s.push_str(&alloc::format!("\\x{b:02x}"));
            }
        }
        s
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot load module '{}': chunk {} at offset {:#x}: {}",
            self.module,
            self.chunk_name(),
            self.offset,
            self.message
        )
    }
}

impl core::error::Error for LoadError {}

/// The atom table: every name in one string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AtomTable {
    text: String,
    /// End offset in `text` of each atom.
    ends: Vec<u32>,
}

impl AtomTable {
    pub(crate) fn with_capacity(atoms: usize, bytes: usize) -> Self {
        AtomTable {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(atoms),
        }
    }

    fn end(&mut self) {
        // Atom names come from a chunk, whose size is a 32-bit field (and
        // Latin-1 at most doubles in UTF-8): this never saturates in
        // practice, and a saturated end only yields a wrong name, never a
        // panic.
        self.ends
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
    }

    pub(crate) fn push_str(&mut self, name: &str) {
        self.text.push_str(name);
        self.end();
    }

    pub(crate) fn push_latin1(&mut self, name: &[u8]) {
        self.text.extend(name.iter().map(|&b| char::from(b)));
        self.end();
    }

    /// Number of atoms.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no atoms (never, for a parsed module).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Atom `i`, counting from 0 (so the file's atom `n` is `get(n - 1)`).
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = match i.checked_sub(1) {
            Some(p) => self.ends[p] as usize,
            None => 0,
        };
        self.text.get(start..end)
    }

    /// The atoms in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or(""))
    }
}

/// The literal table: each literal's external term format bytes (version
/// byte 131 included), all in one buffer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LiteralTable {
    data: Vec<u8>,
    spans: Vec<Span>,
}

impl LiteralTable {
    /// Number of literals.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are no literals.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Literal `i` (0-based), as external term format.
    pub fn get(&self, i: usize) -> Option<&[u8]> {
        Some(self.spans.get(i)?.of(&self.data))
    }

    /// The literals in order.
    pub fn iter(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.spans.iter().map(|s| s.of(&self.data))
    }
}

/// One `FunT` entry: a fun defined in the module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunEntry {
    /// Atom index (1-based) of the lifted function's name.
    pub function: u32,
    /// Arity of the lifted function (the fun's arity plus `num_free`).
    pub arity: u32,
    /// Entry label.
    pub label: u32,
    /// The fun's index (old-style; equals its position in OTP output).
    pub index: u32,
    /// Number of captured (free) variables.
    pub num_free: u32,
    /// The old unique value (a hash of the code).
    pub old_uniq: u32,
}

/// Line items, one word each while every file index fits in 8 bits and
/// every line in 24 (a module's line table stays in memory as long as the
/// module; on a board that is a few percent of what there is), two words
/// each otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineItems {
    Packed(Vec<u32>),
    Wide(Vec<(u32, u32)>),
}

impl Default for LineItems {
    fn default() -> Self {
        LineItems::Packed(Vec::new())
    }
}

impl LineItems {
    /// Just the implicit "no location" item 0.
    fn implicit() -> Self {
        LineItems::Packed(alloc::vec![0])
    }

    pub(crate) fn reserve(&mut self, n: usize) {
        match self {
            LineItems::Packed(v) => v.reserve_exact(n),
            LineItems::Wide(v) => v.reserve_exact(n),
        }
    }

    pub(crate) fn push(&mut self, file: u32, line: u32) {
        match self {
            LineItems::Packed(v) if file < 1 << 8 && line < 1 << 24 => v.push(file << 24 | line),
            LineItems::Packed(v) => {
                let mut wide: Vec<(u32, u32)> =
                    v.iter().map(|&w| (w >> 24, w & 0xff_ffff)).collect();
                wide.push((file, line));
                *self = LineItems::Wide(wide);
            }
            LineItems::Wide(v) => v.push((file, line)),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            LineItems::Packed(v) => v.len(),
            LineItems::Wide(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `(file index, line)` of item `i`.
    pub fn get(&self, i: usize) -> Option<(u32, u32)> {
        match self {
            LineItems::Packed(v) => v.get(i).map(|&w| (w >> 24, w & 0xff_ffff)),
            LineItems::Wide(v) => v.get(i).copied(),
        }
    }

    /// Every item, as `(file index, line)`.
    pub fn to_vec(&self) -> Vec<(u32, u32)> {
        (0..self.len()).filter_map(|i| self.get(i)).collect()
    }
}

/// The decoded `Line` chunk, indexed as the code refers to it (see the
/// module documentation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineTable {
    /// Chunk format version; only 0 is understood (others leave the table
    /// with just the implicit entries, as OTP does).
    pub version: u32,
    /// Flags word from the header.
    pub flags: u32,
    /// Number of `line` instructions, as the header says.
    pub num_line_instrs: u32,
    /// `(file index, line)`; `items[0]` is the implicit `(0, 0)` "no
    /// location" entry, `items[n]` is the file's n-th item.
    pub items: LineItems,
    /// File names; `files[0]` is the implicit `"<module>.erl"`, `files[n]` the
    /// file's n-th name.
    pub files: Vec<String>,
}

impl LineTable {
    fn empty(module: &str) -> Self {
        LineTable {
            items: LineItems::implicit(),
            files: alloc::vec![alloc::format!("{module}.erl")],
            ..LineTable::default()
        }
    }

    /// `(file name, line)` of line item `index`; `None` for item 0 (no
    /// location) or an index out of range.
    pub fn location(&self, index: u32) -> Option<(&str, u32)> {
        if index == 0 {
            return None;
        }
        let (file, line) = self.items.get(index as usize)?;
        Some((self.files.get(file as usize)?.as_str(), line))
    }
}

/// A parsed `.beam` file: tables and generic code, not yet rewritten.
#[derive(Debug, Clone, PartialEq)]
pub struct RawModule {
    /// The module name (`atoms[0]`).
    pub name: String,
    /// The atom table; `atoms.get(0)` is the module name. The file and
    /// every index in this structure count atoms from 1: atom `n` is
    /// `atoms.get(n - 1)` ([`RawModule::atom`]).
    pub atoms: AtomTable,
    /// Generic instructions in file order, ending with `int_code_end`.
    pub code: Vec<GenOp>,
    /// The instructions' operands: `GenOp::args` spans ([`RawModule::args`]).
    pub operands: Vec<Operand>,
    /// Items of extended lists: [`Operand::List`] spans
    /// ([`RawModule::list`]).
    pub list_items: Vec<Operand>,
    /// `(kind, count)` entries of allocation lists: [`Operand::AllocList`]
    /// spans ([`RawModule::alloc_list`]).
    pub alloc_lists: Vec<(u32, u32)>,
    /// Integer operands too large for an `i64`: [`Operand::BigInt`] indices
    /// ([`RawModule::bigint`]).
    pub bigints: Vec<BigInt>,
    /// Code header: number of labels (labels are 1..label_count).
    pub label_count: u32,
    /// Code header: number of functions.
    pub function_count: u32,
    /// Code header: highest opcode the compiler used.
    pub max_opcode: u32,
    /// Code header: instruction set (always 0).
    pub instruction_set: u32,
    /// `ImpT`: (module atom, function atom, arity).
    pub imports: Vec<(u32, u32, u32)>,
    /// `ExpT`: (function atom, arity, label).
    pub exports: Vec<(u32, u32, u32)>,
    /// `LocT`: (function atom, arity, label); empty if absent.
    pub locals: Vec<(u32, u32, u32)>,
    /// `FunT`; empty if absent.
    pub funs: Vec<FunEntry>,
    /// `LitT`: each literal's external term format bytes, including the
    /// leading version byte 131, decompressed; empty if absent.
    pub literals: LiteralTable,
    /// `StrT`: the string table (`bs_match_string`, `bs_put_string`, ...).
    pub strings: Vec<u8>,
    /// `Line`: the line table (only implicit entries if absent).
    pub lines: LineTable,
    /// `Attr`: the module attributes, raw external term format.
    pub attributes: Option<Vec<u8>>,
    /// `CInf`: compile information, raw external term format.
    pub compile_info: Option<Vec<u8>>,
    /// Ids of the chunks that were skipped (`Type`, `Meta`, `Dbgi`, `Docs`,
    /// `DbgB`, `ExCk`, ...), in file order.
    pub skipped_chunks: Vec<[u8; 4]>,
}

impl RawModule {
    /// Atom `index` as counted in the file (1-based); `None` for 0 or out of
    /// range.
    pub fn atom(&self, index: u32) -> Option<&str> {
        let i = usize::try_from(index).ok()?.checked_sub(1)?;
        self.atoms.get(i)
    }

    /// The operands of `op`.
    #[inline]
    pub fn args(&self, op: &GenOp) -> &[Operand] {
        op.args().of(&self.operands)
    }

    /// The items of an [`Operand::List`].
    #[inline]
    pub fn list(&self, items: Span) -> &[Operand] {
        items.of(&self.list_items)
    }

    /// The `(kind, count)` entries of an [`Operand::AllocList`].
    #[inline]
    pub fn alloc_list(&self, entries: Span) -> &[(u32, u32)] {
        entries.of(&self.alloc_lists)
    }

    /// The value of an [`Operand::BigInt`] (`None` if `index` is out of
    /// range, which never happens for operands of this module).
    pub fn bigint(&self, index: u32) -> Option<&BigInt> {
        self.bigints.get(index as usize)
    }
}

const KNOWN_CHUNKS: [&[u8; 4]; 12] = [
    b"AtU8", b"Atom", b"Code", b"StrT", b"ImpT", b"ExpT", b"LocT", b"FunT", b"LitT", b"Line",
    b"Attr", b"CInf",
];

/// Parses a `.beam` file into its generic, not yet rewritten form.
pub fn parse_beam(bytes: &[u8]) -> Result<RawModule, LoadError> {
    parse(bytes, true).map(|p| p.raw)
}

/// A module parsed to be loaded function by function: its tables, and
/// where its code is, not decoded.
pub(crate) struct Parts<'a> {
    /// The tables; `code` and its arenas are empty.
    pub raw: RawModule,
    /// The `Code` chunk's data and where its first instruction is.
    pub code: &'a [u8],
    pub code_start: usize,
    pub limits: Limits,
    /// The atom names as slices of the file, when it has an `AtU8` chunk.
    pub atom_names: Option<Vec<&'a [u8]>>,
}

/// [`parse_beam`] without decoding the code.
pub(crate) fn parse_beam_parts(bytes: &[u8]) -> Result<Parts<'_>, LoadError> {
    parse(bytes, false)
}

fn parse(bytes: &[u8], decode: bool) -> Result<Parts<'_>, LoadError> {
    let chunks = chunks::split_iff(bytes)?;
    let atom_chunk = find(&chunks, b"AtU8")
        .or_else(|| find(&chunks, b"Atom"))
        .ok_or_else(|| LoadError::new(FILE, 0, "no atom table (AtU8 or Atom chunk)"))?;
    let atoms = chunks::parse_atoms(atom_chunk)?;
    let name = String::from(atoms.get(0).unwrap_or_default());
    let mut parts = parse_tables(&chunks, atoms, decode).map_err(|mut e| {
        e.module = name;
        e
    })?;
    if !decode && &atom_chunk.id == b"AtU8" {
        parts.atom_names = chunks::atom_slices(atom_chunk.data).filter(|n| {
            n.iter()
                .copied()
                .eq(parts.raw.atoms.iter().map(str::as_bytes))
        });
    }
    Ok(parts)
}

fn find<'c, 'a>(chunks: &'c [Chunk<'a>], id: &[u8; 4]) -> Option<&'c Chunk<'a>> {
    chunks.iter().find(|c| &c.id == id)
}

fn require<'c, 'a>(chunks: &'c [Chunk<'a>], id: &[u8; 4]) -> Result<&'c Chunk<'a>, LoadError> {
    find(chunks, id).ok_or_else(|| LoadError::new(*id, 0, "required chunk is missing"))
}

fn parse_tables<'a>(
    chunks: &[Chunk<'a>],
    atoms: AtomTable,
    decode: bool,
) -> Result<Parts<'a>, LoadError> {
    let name = String::from(atoms.get(0).unwrap_or_default());
    let n_atoms = u32::try_from(atoms.len()).unwrap_or(u32::MAX);

    let code_chunk = require(chunks, b"Code")?;
    let header = chunks::parse_code_header(code_chunk)?;
    let literals = match find(chunks, b"LitT") {
        Some(c) => chunks::parse_literals(c)?,
        None => LiteralTable::default(),
    };
    let limits = compact::Limits {
        atoms: n_atoms,
        labels: header.label_count,
        literals: u32::try_from(literals.len()).unwrap_or(u32::MAX),
    };
    let mut r = code_chunk.reader();
    r.bytes(header.code_start)?;
    let compact::Code {
        ops: code,
        operands,
        list_items,
        alloc_lists,
        bigints,
    } = if decode {
        compact::decode_code(&mut r, &limits)?
    } else {
        compact::Code::default()
    };

    let labels = header.label_count;
    let imports = chunks::parse_imports(require(chunks, b"ImpT")?, n_atoms)?;
    let exports = chunks::parse_exports(require(chunks, b"ExpT")?, n_atoms, labels)?;
    let locals = match find(chunks, b"LocT") {
        Some(c) => chunks::parse_exports(c, n_atoms, labels)?,
        None => Vec::new(),
    };
    let funs = match find(chunks, b"FunT") {
        Some(c) => chunks::parse_funs(c, n_atoms, labels)?,
        None => Vec::new(),
    };
    let lines = match find(chunks, b"Line") {
        Some(c) => {
            let t = chunks::parse_lines(c, &name)?;
            if t.version == 0 {
                t
            } else {
                LineTable {
                    version: t.version,
                    ..LineTable::empty(&name)
                }
            }
        }
        None => LineTable::empty(&name),
    };
    let strings = find(chunks, b"StrT")
        .map(|c| c.data.to_vec())
        .unwrap_or_default();
    let attributes = find(chunks, b"Attr").map(|c| c.data.to_vec());
    let compile_info = find(chunks, b"CInf").map(|c| c.data.to_vec());
    let skipped_chunks = chunks
        .iter()
        .filter(|c| !KNOWN_CHUNKS.contains(&&c.id))
        .map(|c| c.id)
        .collect();

    let raw = RawModule {
        name,
        atoms,
        code,
        operands,
        list_items,
        alloc_lists,
        bigints,
        label_count: header.label_count,
        function_count: header.function_count,
        max_opcode: header.max_opcode,
        instruction_set: header.instruction_set,
        imports,
        exports,
        locals,
        funs,
        literals,
        strings,
        lines,
        attributes,
        compile_info,
        skipped_chunks,
    };
    Ok(Parts {
        raw,
        code: code_chunk.data,
        code_start: header.code_start,
        limits,
        atom_names: None,
    })
}
