//! Numeric text conversions, bit-for-bit as OTP 25's BIFs do them.
//!
//! - [`float_text`]: `float_to_list/1,2`, `float_to_binary/1,2`, `list_to_float/1`,
//!   `binary_to_float/1`, plus the shortest round-trip digits (`[short]`).
//! - [`int_text`]: `integer_to_list/1,2`, `integer_to_binary/1,2`,
//!   `list_to_integer/1,2`, `binary_to_integer/1,2` for machine integers and
//!   [`num_bigint::BigInt`].
//!
//! Everything here is pure and `no_std` (+ `alloc`); the BIF layer only has to map
//! terms to the inputs described on each function and every `Err` to `badarg`.

pub mod float_text;
pub mod int_text;
