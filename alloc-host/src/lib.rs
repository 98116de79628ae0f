//! Bare-metal host (thin for now).
#![no_std]
