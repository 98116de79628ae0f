//! The interpreter: internal instructions, the dispatch loop, exceptions.

pub mod bits;
pub mod exec;
pub mod instr;
pub mod ops;
pub mod trace;
