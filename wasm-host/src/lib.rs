//! wasm32 host (thin for now).
#![no_std]
