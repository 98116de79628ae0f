//! The external term format: `term_to_binary/1,2` and `binary_to_term/1,2`.
//!
//! [`encode`] writes what OTP 25's `term_to_binary` writes, byte for byte
//! (except for the documented differences below); [`decode`] reads every tag
//! OTP 25-28 writes or accepts in a `binary_to_term` input. Both are
//! iterative (explicit stacks): terms nested a million deep are fine.
//!
//! Decoding is total: any byte sequence gives `Ok` or `Err`, never a panic,
//! and nothing is allocated that the remaining input cannot justify (a
//! composite claiming `n` elements needs at least `n` more bytes before
//! anything is reserved for it; a compressed term inflates into a buffer
//! grown as data actually arrives, capped at its declared size).
//!
//! How the VM's single-node world maps onto the format:
//!
//! - Pids are encoded as `NEW_PID_EXT` with node `nonode@nohost`, the low 32
//!   bits of the pid number as ID, the high bits as Serial, creation 0.
//!   Decoding `PID_EXT`/`NEW_PID_EXT` ignores node and creation and gives the
//!   local pid numbered `ID | Serial << 32` (an error if that does not fit the
//!   pid range of the target's word size).
//! - Ports likewise: `NEW_PORT_EXT` (or `V4_PORT_EXT` for ids over 32 bits)
//!   with node `nonode@nohost`; decoding any port tag gives the local port
//!   with that id.
//! - References are encoded as `NEWER_REFERENCE_EXT` with three ID words
//!   `[low 32 bits of the id, high 32 bits, 0]` (so OTP prints them as
//!   `#Ref<0.0.H.L>`). Decoding takes `ID0 | ID1 << 32` and folds any further
//!   words in (XOR, rotated): a round trip of our own references is exact,
//!   and a reference made by OTP maps to a local reference deterministically
//!   (distinct OTP refs could in principle collide). 1 to 5 ID words are
//!   accepted (OTP 26+ writes up to 5; OTP 25 takes at most 3 for its own
//!   node).
//! - Funs (`NEW_FUN_EXT`, `EXPORT_EXT`, `FUN_EXT`) are
//!   [`DecodeError::Unsupported`] / [`EncodeError::Unsupported`] until the
//!   code registry exists: an export fun needs its export entry, a closure
//!   its module's fun table.
//! - `ATOM_CACHE_REF`, `DIST_HEADER` and `LOCAL_EXT` only occur in
//!   distribution messages or for the node instance that wrote them:
//!   `Unsupported`.
//!
//! Differences from OTP 25's output:
//!
//! - Maps with more than 32 keys are written in [`crate::term::map::to_list`]
//!   order, which is OTP's order when the keys hash as in OTP
//!   (integers, floats, binaries, lists/tuples of those) but not for atom,
//!   pid, ref or fun keys (OTP hashes those by table index). With
//!   `deterministic` they are written in key order, exactly as OTP does.
//!   Maps up to 32 keys are always in key order, as in OTP.
//! - Compression uses miniz_oxide at the requested level, not zlib. Its
//!   stream is valid zlib that OTP decodes, but its bytes can differ from
//!   zlib's (and so can the decision to keep the uncompressed form, which
//!   follows OTP's rule: compressed only if the zlib stream is at most the
//!   uncompressed size minus 5 bytes). In practice the bytes differ (miniz's
//!   streams for small inputs are a few bytes longer than zlib's); OTP 25
//!   decodes them to the same terms (checked).
//! - Everything else is byte-identical (checked against `erl` for 120+ terms
//!   under minor versions 0, 1 and 2, plus large maps with and without
//!   `deterministic`).

pub mod decode;
pub mod encode;

pub use decode::{decode, decode_with, DecodeError, DecodeOpts, ExportResolver};
pub use encode::{encode, EncodeError, EncodeOpts};

/// Tag bytes of the external term format.
pub mod tag {
    pub const VERSION: u8 = 131;
    pub const DIST_HEADER: u8 = 68;
    pub const DIST_FRAG_HEADER: u8 = 69;
    pub const NEW_FLOAT_EXT: u8 = 70;
    pub const BIT_BINARY_EXT: u8 = 77;
    pub const COMPRESSED: u8 = 80;
    pub const ATOM_CACHE_REF: u8 = 82;
    pub const NEW_PID_EXT: u8 = 88;
    pub const NEW_PORT_EXT: u8 = 89;
    pub const NEWER_REFERENCE_EXT: u8 = 90;
    pub const SMALL_INTEGER_EXT: u8 = 97;
    pub const INTEGER_EXT: u8 = 98;
    pub const FLOAT_EXT: u8 = 99;
    pub const ATOM_EXT: u8 = 100;
    pub const REFERENCE_EXT: u8 = 101;
    pub const PORT_EXT: u8 = 102;
    pub const PID_EXT: u8 = 103;
    pub const SMALL_TUPLE_EXT: u8 = 104;
    pub const LARGE_TUPLE_EXT: u8 = 105;
    pub const NIL_EXT: u8 = 106;
    pub const STRING_EXT: u8 = 107;
    pub const LIST_EXT: u8 = 108;
    pub const BINARY_EXT: u8 = 109;
    pub const SMALL_BIG_EXT: u8 = 110;
    pub const LARGE_BIG_EXT: u8 = 111;
    pub const NEW_FUN_EXT: u8 = 112;
    pub const EXPORT_EXT: u8 = 113;
    pub const NEW_REFERENCE_EXT: u8 = 114;
    pub const SMALL_ATOM_EXT: u8 = 115;
    pub const MAP_EXT: u8 = 116;
    pub const FUN_EXT: u8 = 117;
    pub const ATOM_UTF8_EXT: u8 = 118;
    pub const SMALL_ATOM_UTF8_EXT: u8 = 119;
    pub const V4_PORT_EXT: u8 = 120;
    pub const LOCAL_EXT: u8 = 121;
}

/// Decodes a literal (a `term_to_binary` blob from a BEAM file's literal
/// table or attributes chunk), ignoring any bytes after the term.
pub fn decode_literal(
    heap: &mut crate::heap::Heap,
    bytes: &[u8],
) -> Result<crate::term::Term, DecodeError> {
    decode(heap, bytes, DecodeOpts::default()).map(|(t, _)| t)
}
