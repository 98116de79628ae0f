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

use alloc::boxed::Box;
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

    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], LoadError> {
        if n > self.remaining() {
            return Err(self.err(format!(
                "unexpected end of data: need {} bytes, {} left",
                n,
                self.remaining()
            )));
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

    pub(crate) fn u8(&mut self) -> Result<u8, LoadError> {
        Ok(self.bytes(1)?[0])
    }

    pub(crate) fn u16(&mut self) -> Result<u16, LoadError> {
        let b = self.bytes(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    pub(crate) fn u32(&mut self) -> Result<u32, LoadError> {
        let b = self.bytes(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

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

/// One operand of a generic instruction, decoded from the compact encoding
/// but not interpreted further.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    /// Tag `u`: an untagged number (arities, live counts, sizes, flags, ...).
    Untagged(u64),
    /// Tag `i`: an integer literal that fits in an `i64`.
    Int(i64),
    /// Tag `i`: an integer literal that does not fit in an `i64`.
    BigInt(BigInt),
    /// Tag `a` with a non-zero value: an atom, as the file's 1-based index
    /// into the atom table (`RawModule::atoms[n - 1]`; 1 is the module name).
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
    /// `bs_match` commands, ...). Never nested.
    List(Vec<Operand>),
    /// `z`/2: a float register.
    FReg(u32),
    /// `z`/3: an allocation list of `(kind, count)`: kind 0 words, 1 floats,
    /// 2 funs.
    AllocList(Vec<(u32, u32)>),
    /// `z`/4: an index into the literal table (`RawModule::literals`, 0-based).
    Literal(u32),
    /// `z`/5: an `X` or `Y` register annotated with an index into the `Type`
    /// chunk's type table.
    TypedReg(Box<Operand>, u32),
}

/// One generic instruction.
#[derive(Debug, Clone, PartialEq)]
pub struct GenOp {
    /// The generic opcode (see [`genop`]).
    pub opcode: u8,
    /// Exactly `genop::arity(opcode)` operands.
    pub args: Vec<Operand>,
    /// Byte offset of the opcode byte from the start of the `Code` chunk's
    /// data (the code header counts; the first instruction is usually at 20).
    pub offset: usize,
}

impl GenOp {
    /// The opcode's name from `genop.tab`.
    pub fn name(&self) -> &'static str {
        genop::opcode_name(self.opcode).unwrap_or("?")
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
fn read_raw<'a>(r: &mut Reader<'a>, nested_ok: bool) -> Result<(u8, Raw<'a>), LoadError> {
    let at = r.pos();
    let b = r.u8()?;
    let tag = b & 7;
    if b & 0x08 == 0 {
        return Ok((tag, Raw::Word(u64::from(b >> 4))));
    }
    if b & 0x10 == 0 {
        let lo = r.u8()?;
        return Ok((tag, Raw::Word((u64::from(b >> 5) << 8) | u64::from(lo))));
    }
    let code = b >> 5;
    let count = if code < 7 {
        usize::from(code) + 2
    } else {
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
        len as usize + 9
    };
    Ok((tag, Raw::Bytes(r.bytes(count)?)))
}

/// Interprets a raw value as non-negative (tags other than `i`).
fn unsigned(r: &Reader<'_>, at: usize, raw: Raw<'_>) -> Result<u64, LoadError> {
    match raw {
        Raw::Word(v) => Ok(v),
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

/// Interprets a raw `i`-tagged value.
fn integer(raw: Raw<'_>) -> Operand {
    match raw {
        Raw::Word(v) => Operand::Int(v as i64),
        Raw::Bytes(b) if b.len() <= 8 => {
            // Sign-extend.
            let neg = b.first().is_some_and(|&x| x & 0x80 != 0);
            let init: u64 = if neg { u64::MAX } else { 0 };
            Operand::Int(b.iter().fold(init, |v, &x| (v << 8) | u64::from(x)) as i64)
        }
        Raw::Bytes(b) => {
            let big = BigInt::from_signed_bytes_be(b);
            match i64::try_from(&big) {
                Ok(v) => Operand::Int(v),
                Err(_) => Operand::BigInt(big),
            }
        }
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

fn to_u32(r: &Reader<'_>, at: usize, v: u64, what: &str) -> Result<u32, LoadError> {
    u32::try_from(v).map_err(|_| r.err_at(at, format!("{what} {v} out of range")))
}

/// Reads a `u`-tagged value that must fit in a `u32`.
pub(crate) fn read_u32(r: &mut Reader<'_>, what: &str) -> Result<u32, LoadError> {
    let at = r.pos();
    let v = read_u(r)?;
    to_u32(r, at, v, what)
}

/// A compact term as read by [`read_tagged`]: tag plus either a non-negative
/// value or (tag `i` only) an integer operand.
pub(crate) enum Tagged {
    /// Any tag but `i`, with its (non-negative) value.
    Value(u8, u64),
    /// A tag `i` value.
    Int(Operand),
}

/// Reads one plain (not extended) compact term; used for `Line` items.
pub(crate) fn read_tagged(r: &mut Reader<'_>) -> Result<Tagged, LoadError> {
    let at = r.pos();
    let (tag, raw) = read_raw(r, true)?;
    if tag == TAG_I {
        return Ok(Tagged::Int(integer(raw)));
    }
    Ok(Tagged::Value(tag, unsigned(r, at, raw)?))
}

/// Reads one operand. `allow_list` is false inside an extended list.
pub(crate) fn read_operand(
    r: &mut Reader<'_>,
    lim: &Limits,
    allow_list: bool,
) -> Result<Operand, LoadError> {
    let at = r.pos();
    let (tag, raw) = read_raw(r, true)?;
    if tag == TAG_I {
        return Ok(integer(raw));
    }
    let v = unsigned(r, at, raw)?;
    Ok(match tag {
        TAG_U => Operand::Untagged(v),
        TAG_A => {
            if v == 0 {
                Operand::Nil
            } else if v > u64::from(lim.atoms) {
                return Err(r.err_at(
                    at,
                    format!(
                        "atom index {v} out of range (module has {} atoms)",
                        lim.atoms
                    ),
                ));
            } else {
                Operand::Atom(v as u32)
            }
        }
        TAG_X => Operand::X(to_u32(r, at, v, "x register")?),
        TAG_Y => Operand::Y(to_u32(r, at, v, "y register")?),
        TAG_F => {
            if v != 0 && v >= u64::from(lim.labels) {
                return Err(r.err_at(
                    at,
                    format!("label {v} out of range (label count {})", lim.labels),
                ));
            }
            Operand::Label(v as u32)
        }
        TAG_H => Operand::Char(to_u32(r, at, v, "character")?),
        _ => read_extended(r, at, v, lim, allow_list)?,
    })
}

fn read_extended(
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
                return Err(r.err_at(n_at, format!("extended list length {n} exceeds the data")));
            }
            let mut items = Vec::with_capacity(n as usize);
            for _ in 0..n {
                items.push(read_operand(r, lim, false)?);
            }
            Operand::List(items)
        }
        2 => Operand::FReg(read_u32(r, "float register")?),
        3 => {
            let n_at = r.pos();
            let n = read_u(r)?;
            if n > (r.remaining() / 2) as u64 {
                return Err(r.err_at(n_at, format!("allocation list length {n} exceeds the data")));
            }
            let mut items = Vec::with_capacity(n as usize);
            for _ in 0..n {
                let k_at = r.pos();
                let kind = read_u32(r, "allocation kind")?;
                if kind > 2 {
                    return Err(r.err_at(k_at, format!("unknown allocation kind {kind}")));
                }
                let count = read_u32(r, "allocation count")?;
                items.push((kind, count));
            }
            Operand::AllocList(items)
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
                Operand::X(to_u32(r, reg_at, v, "x register")?)
            } else {
                Operand::Y(to_u32(r, reg_at, v, "y register")?)
            };
            let ty = read_u32(r, "type index")?;
            Operand::TypedReg(Box::new(reg), ty)
        }
        _ => return Err(r.err_at(at, format!("unknown extended operand tag z/{ext}"))),
    })
}

/// Decodes generic instructions from `r` (positioned at the first
/// instruction) up to and including `int_code_end`.
pub(crate) fn decode_code(r: &mut Reader<'_>, lim: &Limits) -> Result<Vec<GenOp>, LoadError> {
    let mut ops = Vec::new();
    loop {
        let at = r.pos();
        if r.is_empty() {
            return Err(r.err_at(at, "code ends without int_code_end"));
        }
        let opcode = r.u8()?;
        let Some(n) = genop::arity(opcode) else {
            return Err(r.err_at(at, format!("unknown opcode {opcode}")));
        };
        let mut args = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            args.push(read_operand(r, lim, true)?);
        }
        ops.push(GenOp {
            opcode,
            args,
            offset: at,
        });
        if opcode == genop::INT_CODE_END {
            return Ok(ops);
        }
    }
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
