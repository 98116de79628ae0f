//! Bounds-checked byte reading and the BEAM compact term encoding used by
//! instruction operands (and by `AtU8` long atom lengths and `Line` items).
//!
//! # The encoding
//!
//! The low three bits of the first byte are the tag:
//! `u`=0 (untagged integer), `i`=1 (integer literal), `a`=2 (atom), `x`=3,
//! `y`=4, `f`=5 (label), `h`=6 (character), `z`=7 (extended).
//!
//! The value is encoded in one of three forms:
//!
//! * bit 3 clear: the value is `byte >> 4` (0..=15);
//! * bit 3 set, bit 4 clear: an 11-bit value, `(byte >> 5) << 8 | next_byte`;
//! * bits 3 and 4 set: `byte >> 5` is a length code; 0..=6 means `code + 2`
//!   big-endian bytes follow; 7 means the byte count is given by a nested
//!   `u`-tagged compact value `n`, and `n + 9` bytes follow.
//!
//! Multi-byte values are two's complement for tag `i` (so a positive value
//! whose top bit is set carries a leading zero byte, and a negative one is
//! sign-extended); every other tag must be non-negative.
//!
//! For tag `z` the value selects an extended operand: 0 float (8 raw
//! big-endian bytes follow), 1 list (a `u` length, then that many operands),
//! 2 float register (a `u` index), 3 allocation list (a `u` count, then
//! `u` kind / `u` amount pairs), 4 literal (a `u` index into `LitT`),
//! 5 typed register (an `x` or `y` operand, then a `u` index into `Type`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;

use super::genop;
use super::LoadError;

pub(crate) const TAG_U: u8 = 0;
pub(crate) const TAG_I: u8 = 1;
pub(crate) const TAG_A: u8 = 2;
pub(crate) const TAG_X: u8 = 3;
pub(crate) const TAG_Y: u8 = 4;
pub(crate) const TAG_F: u8 = 5;
pub(crate) const TAG_H: u8 = 6;
pub(crate) const TAG_Z: u8 = 7;

/// A bounds-checked big-endian reader over one chunk's bytes. Positions are
/// relative to the start of the data the reader was made from (the chunk's
/// data, after its 8-byte header), and errors name that chunk and position.
#[derive(Clone)]
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    chunk: [u8; 4],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8], chunk: [u8; 4]) -> Self {
        Reader {
            data,
            pos: 0,
            chunk,
        }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn remaining(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    /// An error at position `at` of this reader's chunk.
    pub(crate) fn err_at(&self, at: usize, message: impl Into<String>) -> LoadError {
        LoadError::new(self.chunk, at, message)
    }

    /// An error at the current position.
    pub(crate) fn err(&self, message: impl Into<String>) -> LoadError {
        self.err_at(self.pos, message)
    }

    #[cold]
    fn end_of_data(&self, n: usize) -> LoadError {
        self.err(format!(
            "unexpected end of data: need {} bytes, {} left",
            n,
            self.remaining()
        ))
    }

    #[inline]
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], LoadError> {
        if n > self.remaining() {
            return Err(self.end_of_data(n));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    /// Everything not read yet.
    pub(crate) fn rest(&mut self) -> &'a [u8] {
        let s = self.data.get(self.pos..).unwrap_or(&[]);
        self.pos = self.data.len();
        s
    }

    #[inline]
    pub(crate) fn u8(&mut self) -> Result<u8, LoadError> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(self.end_of_data(1)),
        }
    }

    #[inline]
    pub(crate) fn u16(&mut self) -> Result<u16, LoadError> {
        let b = self.bytes(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    #[inline]
    pub(crate) fn u32(&mut self) -> Result<u32, LoadError> {
        let b = self.bytes(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    #[inline]
    pub(crate) fn i32(&mut self) -> Result<i32, LoadError> {
        Ok(self.u32()? as i32)
    }

    /// Reads a 32-bit item count and checks that `count` items of at least
    /// `min_item_size` bytes each fit in what is left, so that callers may
    /// allocate `count` items.
    pub(crate) fn count(&mut self, min_item_size: usize, what: &str) -> Result<usize, LoadError> {
        let at = self.pos;
        let n = self.u32()? as usize;
        check_count(self, at, n, min_item_size, what)?;
        Ok(n)
    }
}

/// Checks that `n` items of at least `min_item_size` bytes fit in what `r`
/// has left.
pub(crate) fn check_count(
    r: &Reader<'_>,
    at: usize,
    n: usize,
    min_item_size: usize,
    what: &str,
) -> Result<(), LoadError> {
    let need = n.checked_mul(min_item_size.max(1));
    match need {
        Some(need) if need <= r.remaining() => Ok(()),
        _ => Err(r.err_at(
            at,
            format!(
                "{what} count {n} does not fit in the {} remaining bytes",
                r.remaining()
            ),
        )),
    }
}

/// A run of entries in one of a [`RawModule`](super::RawModule)'s operand
/// arenas: the arguments of a [`GenOp`] (in `RawModule::operands`), the items
/// of an extended list (in `RawModule::list_items`) or the entries of an
/// allocation list (in `RawModule::alloc_lists`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// Index of the first entry.
    pub start: u32,
    /// Number of entries.
    pub len: u32,
}

impl Span {
    /// The entries of `arena` this span covers (empty if out of range, which
    /// never happens for spans made by the loader).
    #[inline]
    pub fn of<T>(self, arena: &[T]) -> &[T] {
        let start = self.start as usize;
        arena
            .get(start..start.saturating_add(self.len as usize))
            .unwrap_or_default()
    }
}

/// A register named by a typed-register operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reg {
    /// An X register.
    X(u32),
    /// A Y register.
    Y(u32),
}

/// One operand of a generic instruction, decoded from the compact encoding
/// but not interpreted further.
///
/// Operands are small (16 bytes) and `Copy`: variable-length parts (extended
/// lists, allocation lists, big integers) live in the module's arenas and
/// are referred to by [`Span`] or index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Operand {
    /// Tag `u`: an untagged number (arities, live counts, sizes, flags, ...).
    Untagged(u64),
    /// Tag `i`: an integer literal that fits in an `i64`.
    Int(i64),
    /// Tag `i`: an integer literal that does not fit in an `i64`, as an index
    /// into `RawModule::bigints` ([`RawModule::bigint`](super::RawModule::bigint)).
    BigInt(u32),
    /// Tag `a` with a non-zero value: an atom, as the file's 1-based index
    /// into the atom table (`RawModule::atom(n)`; 1 is the module name).
    Atom(u32),
    /// Tag `a` with value 0: the empty list `[]`.
    Nil,
    /// Tag `x`: an X register.
    X(u32),
    /// Tag `y`: a Y register (stack slot).
    Y(u32),
    /// Tag `f`: a label; 0 means "no label" (e.g. no failure label: raise).
    Label(u32),
    /// Tag `h`: a character (code point).
    Char(u32),
    /// `z`/0: an old-style float literal.
    Float(f64),
    /// `z`/1: an extended list (`select_val` tables, `put_tuple2` elements,
    /// `bs_match` commands, ...): a span of `RawModule::list_items`
    /// ([`RawModule::list`](super::RawModule::list)). Never nested.
    List(Span),
    /// `z`/2: a float register.
    FReg(u32),
    /// `z`/3: an allocation list of `(kind, count)` (kind 0 words, 1 floats,
    /// 2 funs): a span of `RawModule::alloc_lists`
    /// ([`RawModule::alloc_list`](super::RawModule::alloc_list)).
    AllocList(Span),
    /// `z`/4: an index into the literal table (`RawModule::literals`, 0-based).
    Literal(u32),
    /// `z`/5: an `X` or `Y` register annotated with an index into the `Type`
    /// chunk's type table.
    TypedReg(Reg, u32),
}

/// One generic instruction. Its operands are `RawModule::operands[args()]`
/// ([`RawModule::args`](super::RawModule::args)).
///
/// 12 bytes: a module's generic instructions live until it is rewritten,
/// so their count is implied by the opcode rather than stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GenOp {
    /// The generic opcode (see [`genop`]); always a known one.
    pub opcode: u8,
    /// Byte offset of the opcode byte from the start of the `Code` chunk's
    /// data (the code header counts; the first instruction is usually at 20).
    pub offset: u32,
    /// Index of its first operand.
    pub start: u32,
}

impl GenOp {
    /// The opcode's name from `genop.tab`.
    pub fn name(&self) -> &'static str {
        genop::opcode_name(self.opcode).unwrap_or("?")
    }

    /// Where its exactly `genop::arity(opcode)` operands are.
    #[inline]
    pub fn args(&self) -> Span {
        Span {
            start: self.start,
            len: u32::from(genop::arity(self.opcode).unwrap_or(0)),
        }
    }
}

/// Bounds operand values are checked against while decoding code.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Number of atoms (valid `a` values are 0..=atoms).
    pub atoms: u32,
    /// Label count from the code header (valid `f` values are 0..labels).
    pub labels: u32,
    /// Number of literals (valid literal indices are 0..literals).
    pub literals: u32,
}

/// Decoded code: the instructions and the arenas their operands live in.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Code {
    pub ops: Vec<GenOp>,
    pub operands: Vec<Operand>,
    pub list_items: Vec<Operand>,
    pub alloc_lists: Vec<(u32, u32)>,
    pub bigints: Vec<BigInt>,
}

/// The raw value of one compact term.
enum Raw<'a> {
    /// The one- and two-byte forms: a small non-negative value.
    Word(u64),
    /// The multi-byte forms: big-endian, two's complement for tag `i`,
    /// unsigned for every other tag.
    Bytes(&'a [u8]),
}

/// Reads tag and raw value. `nested_ok` allows the "length given by a nested
/// `u`" form; the nested length itself may not use that form again (so the
/// recursion is one level deep, whatever the input).
#[inline]
fn read_raw<'a>(r: &mut Reader<'a>, nested_ok: bool) -> Result<(u8, Raw<'a>), LoadError> {
    let b = r.u8()?;
    let tag = b & 7;
    if b & 0x08 == 0 {
        return Ok((tag, Raw::Word(u64::from(b >> 4))));
    }
    if b & 0x10 == 0 {
        let lo = r.u8()?;
        return Ok((tag, Raw::Word((u64::from(b >> 5) << 8) | u64::from(lo))));
    }
    read_long(r, b, nested_ok).map(|raw| (tag, raw))
}

/// The multi-byte forms of [`read_raw`], after the first byte `b`.
#[inline]
fn read_long<'a>(r: &mut Reader<'a>, b: u8, nested_ok: bool) -> Result<Raw<'a>, LoadError> {
    let code = b >> 5;
    let count = if code < 7 {
        usize::from(code) + 2
    } else {
        nested_length(r, nested_ok)?
    };
    Ok(Raw::Bytes(r.bytes(count)?))
}

/// The byte count of the longest form: a nested `u` value plus 9.
#[inline(never)]
fn nested_length(r: &mut Reader<'_>, nested_ok: bool) -> Result<usize, LoadError> {
    let at = r.pos() - 1;
    if !nested_ok {
        return Err(r.err_at(at, "compact term: nested length prefix is itself too long"));
    }
    let len_at = r.pos();
    let (ltag, len) = read_raw(r, false)?;
    if ltag != TAG_U {
        return Err(r.err_at(len_at, "compact term: length prefix is not tagged u"));
    }
    let len = unsigned(r, len_at, len)?;
    if len > r.remaining() as u64 {
        return Err(r.err_at(len_at, "compact term: length prefix exceeds the data"));
    }
    Ok(len as usize + 9)
}

/// Interprets a raw value as non-negative (tags other than `i`).
#[inline]
fn unsigned(r: &Reader<'_>, at: usize, raw: Raw<'_>) -> Result<u64, LoadError> {
    match raw {
        Raw::Word(v) => Ok(v),
        Raw::Bytes(b) if b.len() <= 8 => Ok(b.iter().fold(0u64, |v, &x| (v << 8) | u64::from(x))),
        Raw::Bytes(b) => {
            let first = b.iter().position(|&x| x != 0).unwrap_or(b.len());
            let b = &b[first..];
            if b.len() > 8 {
                return Err(r.err_at(at, "compact term: value too large"));
            }
            Ok(b.iter().fold(0u64, |v, &x| (v << 8) | u64::from(x)))
        }
    }
}

/// An `i`-tagged value: an `i64`, or a big integer.
pub(crate) enum Integer {
    Small(i64),
    Big(BigInt),
}

/// Interprets a raw `i`-tagged value.
#[inline]
fn integer(raw: Raw<'_>) -> Integer {
    match raw {
        Raw::Word(v) => Integer::Small(v as i64),
        Raw::Bytes(b) if b.len() <= 8 => {
            // Sign-extend.
            let neg = b.first().is_some_and(|&x| x & 0x80 != 0);
            let init: u64 = if neg { u64::MAX } else { 0 };
            Integer::Small(b.iter().fold(init, |v, &x| (v << 8) | u64::from(x)) as i64)
        }
        Raw::Bytes(b) => big_integer(b),
    }
}

/// An `i`-tagged value of more than 8 bytes (big-endian two's complement).
#[inline(never)]
fn big_integer(b: &[u8]) -> Integer {
    let big = BigInt::from_signed_bytes_be(b);
    match i64::try_from(&big) {
        Ok(v) => Integer::Small(v),
        Err(_) => Integer::Big(big),
    }
}

/// Reads one compact value that must carry tag `u`, e.g. a list length.
pub(crate) fn read_u(r: &mut Reader<'_>) -> Result<u64, LoadError> {
    let at = r.pos();
    let (tag, raw) = read_raw(r, true)?;
    if tag != TAG_U {
        return Err(r.err_at(
            at,
            format!("compact term: expected tag u, found {}", tag_name(tag)),
        ));
    }
    unsigned(r, at, raw)
}

#[inline]
fn to_u32(r: &Reader<'_>, at: usize, v: u64, what: &str) -> Result<u32, LoadError> {
    u32::try_from(v).map_err(|_| out_of_range(r, at, v, what))
}

#[cold]
fn out_of_range(r: &Reader<'_>, at: usize, v: u64, what: &str) -> LoadError {
    r.err_at(at, format!("{what} {v} out of range"))
}

/// Reads a `u`-tagged value that must fit in a `u32`.
pub(crate) fn read_u32(r: &mut Reader<'_>, what: &str) -> Result<u32, LoadError> {
    let at = r.pos();
    let v = read_u(r)?;
    to_u32(r, at, v, what)
}

/// A compact term as read by [`read_tagged`]: tag plus either a non-negative
/// value or (tag `i` only) an integer.
pub(crate) enum Tagged {
    /// Any tag but `i`, with its (non-negative) value.
    Value(u8, u64),
    /// A tag `i` value.
    Int(Integer),
}

/// Reads one plain (not extended) compact term; used for `Line` items.
#[inline]
pub(crate) fn read_tagged(r: &mut Reader<'_>) -> Result<Tagged, LoadError> {
    // The one- and two-byte forms, inline; the rest out of line.
    match r.data.get(r.pos..) {
        Some([b, ..]) if b & 0x08 == 0 => {
            r.pos += 1;
            Ok(short_tagged(b & 7, u64::from(b >> 4)))
        }
        Some([b, lo, ..]) if b & 0x10 == 0 => {
            r.pos += 2;
            Ok(short_tagged(
                b & 7,
                (u64::from(b >> 5) << 8) | u64::from(*lo),
            ))
        }
        _ => read_tagged_long(r),
    }
}

#[inline]
fn short_tagged(tag: u8, v: u64) -> Tagged {
    if tag == TAG_I {
        Tagged::Int(Integer::Small(v as i64))
    } else {
        Tagged::Value(tag, v)
    }
}

#[inline(never)]
fn read_tagged_long(r: &mut Reader<'_>) -> Result<Tagged, LoadError> {
    let at = r.pos();
    let (tag, raw) = read_raw(r, true)?;
    if tag == TAG_I {
        return Ok(Tagged::Int(integer(raw)));
    }
    Ok(Tagged::Value(tag, unsigned(r, at, raw)?))
}

impl Code {
    /// Reads one operand. `allow_list` is false inside an extended list.
    #[inline(always)]
    pub(crate) fn read_operand(
        &mut self,
        r: &mut Reader<'_>,
        lim: &Limits,
        allow_list: bool,
    ) -> Result<Operand, LoadError> {
        let at = r.pos();
        let b = r.u8()?;
        // The one- and two-byte forms (almost every operand) hold at most 11
        // bits, so every `u32` conversion below is lossless.
        let v = if b & 0x08 == 0 {
            u32::from(b >> 4)
        } else if b & 0x10 == 0 {
            (u32::from(b >> 5) << 8) | u32::from(r.u8()?)
        } else {
            return self.read_long_operand(r, at, b, lim, allow_list);
        };
        Ok(match b & 7 {
            TAG_U => Operand::Untagged(u64::from(v)),
            TAG_I => Operand::Int(i64::from(v)),
            TAG_A => atom(r, at, u64::from(v), lim)?,
            TAG_X => Operand::X(v),
            TAG_Y => Operand::Y(v),
            TAG_F => label(r, at, u64::from(v), lim)?,
            TAG_H => Operand::Char(v),
            _ => self.read_extended(r, at, u64::from(v), lim, allow_list)?,
        })
    }

    /// [`Code::read_operand`] for the multi-byte forms, after the first
    /// byte `b` (read at `at`).
    #[inline(never)]
    fn read_long_operand(
        &mut self,
        r: &mut Reader<'_>,
        at: usize,
        b: u8,
        lim: &Limits,
        allow_list: bool,
    ) -> Result<Operand, LoadError> {
        let tag = b & 7;
        let code = b >> 5;
        if code < 7 {
            // 2 to 8 bytes: the value fits 64 bits.
            let bytes = r.bytes(usize::from(code) + 2)?;
            let v = bytes.iter().fold(0u64, |v, &x| (v << 8) | u64::from(x));
            if tag == TAG_I {
                // Sign-extend from the top bit of the first byte.
                let unused = 64 - 8 * (u32::from(code) + 2);
                return Ok(Operand::Int(((v << unused) as i64) >> unused));
            }
            return self.value_operand(r, at, tag, v, lim, allow_list);
        }
        let raw = read_long(r, b, true)?;
        if tag == TAG_I {
            return Ok(match integer(raw) {
                Integer::Small(v) => Operand::Int(v),
                Integer::Big(b) => {
                    let i = u32::try_from(self.bigints.len())
                        .map_err(|_| r.err_at(at, "too many big integers"))?;
                    self.bigints.push(b);
                    Operand::BigInt(i)
                }
            });
        }
        let v = unsigned(r, at, raw)?;
        self.value_operand(r, at, tag, v, lim, allow_list)
    }

    /// The operand of tag `tag` (not `i`) with value `v`, read at `at`.
    #[inline(always)]
    fn value_operand(
        &mut self,
        r: &mut Reader<'_>,
        at: usize,
        tag: u8,
        v: u64,
        lim: &Limits,
        allow_list: bool,
    ) -> Result<Operand, LoadError> {
        Ok(match tag {
            TAG_U => Operand::Untagged(v),
            TAG_A => atom(r, at, v, lim)?,
            TAG_X => Operand::X(to_u32(r, at, v, "x register")?),
            TAG_Y => Operand::Y(to_u32(r, at, v, "y register")?),
            TAG_F => label(r, at, v, lim)?,
            TAG_H => Operand::Char(to_u32(r, at, v, "character")?),
            _ => self.read_extended(r, at, v, lim, allow_list)?,
        })
    }

    fn read_extended(
        &mut self,
        r: &mut Reader<'_>,
        at: usize,
        ext: u64,
        lim: &Limits,
        allow_list: bool,
    ) -> Result<Operand, LoadError> {
        Ok(match ext {
            0 => {
                let b = r.bytes(8)?;
                let mut w = [0u8; 8];
                w.copy_from_slice(b);
                Operand::Float(f64::from_be_bytes(w))
            }
            1 => {
                if !allow_list {
                    return Err(r.err_at(at, "nested extended list"));
                }
                let n_at = r.pos();
                let n = read_u(r)?;
                if n > r.remaining() as u64 {
                    return Err(
                        r.err_at(n_at, format!("extended list length {n} exceeds the data"))
                    );
                }
                let start = span_start(r, at, self.list_items.len())?;
                self.list_items.reserve(n as usize);
                for _ in 0..n {
                    let item = self.read_operand(r, lim, false)?;
                    self.list_items.push(item);
                }
                Operand::List(Span {
                    start,
                    len: n as u32,
                })
            }
            2 => Operand::FReg(read_u32(r, "float register")?),
            3 => {
                let n_at = r.pos();
                let n = read_u(r)?;
                if n > (r.remaining() / 2) as u64 {
                    return Err(
                        r.err_at(n_at, format!("allocation list length {n} exceeds the data"))
                    );
                }
                let start = span_start(r, at, self.alloc_lists.len())?;
                self.alloc_lists.reserve(n as usize);
                for _ in 0..n {
                    let k_at = r.pos();
                    let kind = read_u32(r, "allocation kind")?;
                    if kind > 2 {
                        return Err(r.err_at(k_at, format!("unknown allocation kind {kind}")));
                    }
                    let count = read_u32(r, "allocation count")?;
                    self.alloc_lists.push((kind, count));
                }
                Operand::AllocList(Span {
                    start,
                    len: n as u32,
                })
            }
            4 => {
                let i_at = r.pos();
                let i = read_u32(r, "literal index")?;
                if i >= lim.literals {
                    return Err(r.err_at(
                        i_at,
                        format!(
                            "literal index {i} out of range (module has {} literals)",
                            lim.literals
                        ),
                    ));
                }
                Operand::Literal(i)
            }
            5 => {
                let reg_at = r.pos();
                let (tag, raw) = read_raw(r, true)?;
                if tag != TAG_X && tag != TAG_Y {
                    return Err(r.err_at(reg_at, "typed register: not an x or y register"));
                }
                let v = unsigned(r, reg_at, raw)?;
                let reg = if tag == TAG_X {
                    Reg::X(to_u32(r, reg_at, v, "x register")?)
                } else {
                    Reg::Y(to_u32(r, reg_at, v, "y register")?)
                };
                let ty = read_u32(r, "type index")?;
                Operand::TypedReg(reg, ty)
            }
            _ => return Err(r.err_at(at, format!("unknown extended operand tag z/{ext}"))),
        })
    }
}

/// An `a` operand: `[]` or an atom index within the table.
#[inline(always)]
fn atom(r: &Reader<'_>, at: usize, v: u64, lim: &Limits) -> Result<Operand, LoadError> {
    if v == 0 {
        Ok(Operand::Nil)
    } else if v > u64::from(lim.atoms) {
        Err(bad_atom(r, at, v, lim))
    } else {
        Ok(Operand::Atom(v as u32))
    }
}

#[cold]
fn bad_atom(r: &Reader<'_>, at: usize, v: u64, lim: &Limits) -> LoadError {
    r.err_at(
        at,
        format!(
            "atom index {v} out of range (module has {} atoms)",
            lim.atoms
        ),
    )
}

/// An `f` operand: 0 (no label) or a label below the header's count.
#[inline(always)]
fn label(r: &Reader<'_>, at: usize, v: u64, lim: &Limits) -> Result<Operand, LoadError> {
    if v != 0 && v >= u64::from(lim.labels) {
        return Err(bad_label(r, at, v, lim));
    }
    Ok(Operand::Label(v as u32))
}

#[cold]
fn bad_label(r: &Reader<'_>, at: usize, v: u64, lim: &Limits) -> LoadError {
    r.err_at(
        at,
        format!("label {v} out of range (label count {})", lim.labels),
    )
}

/// The start of a new span at arena length `len` (arenas never exceed
/// `u32::MAX` entries: each entry takes at least one byte of a chunk whose
/// size is a `u32`).
fn span_start(r: &Reader<'_>, at: usize, len: usize) -> Result<u32, LoadError> {
    u32::try_from(len).map_err(|_| r.err_at(at, "too many operands"))
}

/// Decodes generic instructions from `r` (positioned at the first
/// instruction) up to and including `int_code_end`.
pub(crate) fn decode_code(r: &mut Reader<'_>, lim: &Limits) -> Result<Code, LoadError> {
    // The arenas are the loader's largest transient (they live while the
    // module is rewritten, next to its new code), so they are made to
    // measure: a first pass counts what a second one stores. The count
    // costs a decode but no allocation beyond the longest list; an error
    // it meets is left for the second pass to report.
    let (n_ops, n_operands, n_items, n_allocs, n_bigints) = count_code(r.clone(), lim);
    let mut ops: Vec<GenOp> = Vec::with_capacity(n_ops);
    let mut operands: Vec<Operand> = Vec::with_capacity(n_operands);
    let mut code = Code {
        list_items: Vec::with_capacity(n_items),
        alloc_lists: Vec::with_capacity(n_allocs),
        bigints: Vec::with_capacity(n_bigints),
        ..Code::default()
    };
    loop {
        let at = r.pos();
        let (opcode, n) = read_opcode(r)?;
        // Every operand takes at least a byte of a chunk whose size is a
        // `u32`, so this never fails (it is checked all the same).
        let start = span_start(r, at, operands.len())?;
        for _ in 0..n {
            operands.push(code.read_operand(r, lim, true)?);
        }
        ops.push(GenOp {
            opcode,
            offset: at as u32,
            start,
        });
        if opcode == genop::INT_CODE_END {
            code.ops = ops;
            code.operands = operands;
            return Ok(code);
        }
    }
}

/// How many instructions, operands, list items, allocation-list entries
/// and big integers [`decode_code`] will store (as far as the code is
/// valid).
fn count_code(mut r: Reader<'_>, lim: &Limits) -> (usize, usize, usize, usize, usize) {
    let mut scratch = Code::default();
    let (mut ops, mut operands, mut items, mut allocs, mut bigints) = (0, 0, 0, 0, 0);
    'code: while let Ok(opcode) = r.u8() {
        let n = genop::ARITY[usize::from(opcode)];
        if n == genop::NO_ARITY {
            break;
        }
        for _ in 0..n {
            if scratch.read_operand(&mut r, lim, true).is_err() {
                break 'code;
            }
        }
        ops += 1;
        operands += usize::from(n);
        items += scratch.list_items.len();
        allocs += scratch.alloc_lists.len();
        bigints += scratch.bigints.len();
        scratch.list_items.clear();
        scratch.alloc_lists.clear();
        scratch.bigints.clear();
        if opcode == genop::INT_CODE_END {
            break;
        }
    }
    (ops, operands, items, allocs, bigints)
}

/// The next instruction's opcode and operand count.
fn read_opcode(r: &mut Reader<'_>) -> Result<(u8, u8), LoadError> {
    let at = r.pos();
    let Ok(opcode) = r.u8() else {
        return Err(r.err_at(at, "code ends without int_code_end"));
    };
    let n = genop::ARITY[usize::from(opcode)];
    if n == genop::NO_ARITY {
        return Err(r.err_at(at, format!("unknown opcode {opcode}")));
    }
    Ok((opcode, n))
}

/// Where one function lies in the `Code` chunk, as [`scan_functions`]
/// finds it: the labels and `line`s before its `func_info` up to the
/// labels before the next function's (or `int_code_end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FnSpan {
    /// Byte offsets in the chunk's data.
    pub start: u32,
    pub end: u32,
    /// The `func_info`'s function name (an atom index, 1-based) and arity.
    pub name: u32,
    pub arity: u32,
    /// The label right after `func_info`, where calls enter.
    pub entry_label: u32,
}

/// Finds the functions of the code that starts at `r`'s position, decoding
/// every instruction but keeping none: what loading a module function by
/// function needs to know up front. Instructions outside every function,
/// or a function whose `func_info` is not followed by its entry label, are
/// load errors.
pub(crate) fn scan_functions(r: &mut Reader<'_>, lim: &Limits) -> Result<Vec<FnSpan>, LoadError> {
    let first = r.pos();
    let mut scratch = Code::default();
    let mut fns: Vec<FnSpan> = Vec::new();
    // Start of the current run of labels and lines, which belongs to the
    // next function if a `func_info` ends it.
    let mut run: Option<usize> = None;
    let mut want_entry = false;
    loop {
        let at = r.pos();
        let (opcode, n) = read_opcode(r)?;
        scratch.operands.clear();
        scratch.list_items.clear();
        scratch.alloc_lists.clear();
        scratch.bigints.clear();
        for _ in 0..n {
            let o = scratch.read_operand(r, lim, true)?;
            scratch.operands.push(o);
        }
        let arg = |i: usize| match scratch.operands.get(i) {
            Some(Operand::Untagged(u)) => u32::try_from(*u).ok(),
            Some(Operand::Atom(a)) => Some(*a),
            Some(Operand::Label(l)) => Some(*l),
            _ => None,
        };
        match opcode {
            genop::LABEL => {
                if want_entry {
                    if let Some(f) = fns.last_mut() {
                        f.entry_label = arg(0).unwrap_or(0);
                    }
                    want_entry = false;
                }
                run.get_or_insert(at);
                continue;
            }
            genop::LINE | genop::EXECUTABLE_LINE | genop::DEBUG_LINE if !want_entry => {
                run.get_or_insert(at);
                continue;
            }
            _ => {}
        }
        if want_entry {
            return Err(r.err_at(at, "func_info is not followed by the entry label"));
        }
        match opcode {
            genop::FUNC_INFO => {
                let start = run.unwrap_or(at);
                match fns.last_mut() {
                    Some(prev) => prev.end = start as u32,
                    None if start != first => {
                        return Err(r.err_at(first, "instructions outside every function"))
                    }
                    None => {}
                }
                let (Some(name), Some(arity)) = (arg(1), arg(2)) else {
                    return Err(r.err_at(at, "bad func_info"));
                };
                fns.push(FnSpan {
                    start: start as u32,
                    end: 0,
                    name,
                    arity,
                    entry_label: 0,
                });
                want_entry = true;
            }
            genop::INT_CODE_END => {
                match fns.last_mut() {
                    Some(f) => f.end = at as u32,
                    None if at != first => {
                        return Err(r.err_at(first, "instructions outside every function"))
                    }
                    None => {}
                }
                return Ok(fns);
            }
            _ if fns.is_empty() => {
                return Err(r.err_at(first, "instructions outside every function"));
            }
            _ => {}
        }
        run = None;
    }
}

/// Decodes the instructions from `r`'s position up to byte offset `end`
/// (one function's, from [`scan_functions`]).
pub(crate) fn decode_range(
    r: &mut Reader<'_>,
    lim: &Limits,
    end: usize,
) -> Result<Code, LoadError> {
    let mut code = Code::default();
    while r.pos() < end {
        let at = r.pos();
        let (opcode, n) = read_opcode(r)?;
        let start = span_start(r, at, code.operands.len())?;
        for _ in 0..n {
            let o = code.read_operand(r, lim, true)?;
            code.operands.push(o);
        }
        code.ops.push(GenOp {
            opcode,
            offset: at as u32,
            start,
        });
    }
    if r.pos() != end {
        return Err(r.err_at(end, "instruction crosses a function's end"));
    }
    Ok(code)
}

/// Printable name of a compact tag.
pub(crate) fn tag_name(tag: u8) -> &'static str {
    match tag {
        TAG_U => "u",
        TAG_I => "i",
        TAG_A => "a",
        TAG_X => "x",
        TAG_Y => "y",
        TAG_F => "f",
        TAG_H => "h",
        TAG_Z => "z",
        _ => "?",
    }
}
