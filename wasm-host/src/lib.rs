//! beamr in a browser or Node: a `wasm32-unknown-unknown` module with a
//! small C-ABI surface (`ffi`) that `js/beamr.mjs` wraps. The page's event
//! loop drives the VM: each call runs a bounded slice and returns, so the
//! page stays responsive; time, output and entropy are imported from the
//! embedder (`sys`). See `docs/wasm.md`.
//!
//! On wasm32 the crate is `no_std` with its own allocator and panic
//! handler (`rt`), which keeps the `.wasm` small; on other targets it links
//! std so the workspace can build and test the same code natively.
#![no_std]

extern crate alloc;
#[cfg(not(target_arch = "wasm32"))]
extern crate std;

pub mod ffi;
pub mod host;
mod json;
#[cfg(target_arch = "wasm32")]
mod rt;
pub mod session;
pub mod sys;
#[cfg(test)]
mod tests;
