//! Registers every BIF with the code server.

use crate::code::CodeServer;

pub fn register_all(c: &mut CodeServer) {
    super::arith::register(c);
    super::types::register(c);
    super::convert::register(c);
    super::lists::register(c);
    super::maps::register(c);
    super::binary::register(c);
    super::unicode::register(c);
    super::math::register(c);
    super::erlang::register(c);
    super::ets::register(c);
    super::io::register(c);
    super::persistent::register(c);
    super::string::register(c);
    super::atomics::register(c);
    super::file::register(c);
    super::code_path::register(c);
    super::init::register(c);
    super::debug::register(c);
}
