//! Float <-> text, as OTP 25 (erts 13.1) does it.
//!
//! | BIF                                   | here                                   |
//! |---------------------------------------|----------------------------------------|
//! | `float_to_list/1`, `float_to_binary/1`| [`float_to_text_default`] (`"%.20e"`)  |
//! | `float_to_list/2`, `float_to_binary/2`| [`float_to_text`] / [`format`]         |
//! | `float_to_list(F, [short])`           | [`short`], digits from [`shortest_digits`] |
//! | `list_to_float/1`, `binary_to_float/1`| [`parse`]                              |
//!
//! What erts does, and so what this module does:
//!
//! - The default format and `{scientific, N}` are C's `"%.*e"`: the exact binary value,
//!   correctly rounded, ties to even (`float_to_list(2.5, [{scientific,0}])` is `"2e+00"`).
//!   Here that is [`printf_e`], computed from the exact decimal expansion of the double.
//! - `{decimals, N}` is erts' `sys_double_to_chars_fast`. For `|F| <= 2^53` and `N <= 18`
//!   it does *floating-point* arithmetic: `round((|F| - floor(|F|)) * 10^N)`, rounding half
//!   away from zero on the (already rounded) product. So `0.125` -> `"0.13"`, `2.5` with
//!   `{decimals,0}` -> `"3"`, `2.675` -> `"2.67"` (its exact value is below the tie), and
//!   `0.995` with 18 decimals -> `"0.995000000000000000"` although the exact value is
//!   `0.99499999999999999555...`. Otherwise it is C's `"%.*f"` ([`printf_f`], exact, ties
//!   to even), and there `compact` strips trailing zeros even without a decimal point
//!   (`float_to_list(1.0e16, [{decimals,0}, compact])` is `"1"`).
//! - The sign is the sign bit: `-0.0` prints as `"-0.00"`.
//! - The text goes into a 256-byte C buffer, so anything longer than 255 characters is
//!   `badarg` (`{decimals, 253}` works for `1.0` but not for `-1.0`; `1.0e300` with any
//!   `decimals` fails). Negative `decimals` are `badarg`; negative `scientific` digits mean
//!   C's default precision, 6.
//! - `[short]` is Ryu's shortest round-trip digits laid out by erts' `to_chars`: plain
//!   notation when it is no longer than scientific, with erts' tweaks (exponent without
//!   `+` or leading zeros, `".0"` always present, scientific beyond 2^53).

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt::Write;

use num_bigint::BigUint;

/// Longest text the float BIFs return: erts formats into `char fbuf[256]`, NUL included.
pub const MAX_TEXT_LEN: usize = 255;

/// Digits `float_to_list/1` prints after the point (`SYS_DEFAULT_FLOAT_DECIMALS`).
pub const DEFAULT_DECIMALS: usize = 20;

/// Why a float could not be formatted. The BIFs turn every variant into `badarg`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatToTextError {
    /// `{decimals, N}` with `N < 0` (after C's truncation to `int`).
    NegativeDecimals,
    /// The text would be longer than [`MAX_TEXT_LEN`].
    TooLong,
    /// NaN or an infinity; an Erlang float is never one.
    NotFinite,
}

/// Why [`parse`] refused a text. The BIFs turn every variant into `badarg`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatParseError {
    /// Not `[+-]digits(.|,)digits([eE][+-]digits)?` (up to the first NUL).
    Syntax,
    /// The value rounds to an infinity (`"1.0e400"`).
    Overflow,
}

/// One element of the option list of `float_to_list/2` / `float_to_binary/2`.
///
/// The BIF maps `compact` -> [`Compact`](Self::Compact), `short` -> [`Short`](Self::Short),
/// `{decimals, I}` -> [`Decimals`](Self::Decimals) and `{scientific, I}` ->
/// [`Scientific`](Self::Scientific) where `I` is a *small* integer (a bignum there is
/// `badarg`, as is any other element or an improper list). The integer is kept as is:
/// erts truncates it to a C `int` (so `{decimals, 4294967298}` means 2), which
/// [`FloatFormat::from_options`] reproduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatOption {
    Compact,
    Short,
    Decimals(i64),
    Scientific(i64),
}

/// The format an option list selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatFormat {
    /// No `decimals`/`scientific`/`short` option: `"%.20e"` (`compact` is ignored).
    Legacy,
    /// `short`.
    Short,
    /// `{decimals, N}`, with `compact` if given anywhere in the list.
    Decimals { decimals: i32, compact: bool },
    /// `{scientific, N}` (`compact` is ignored).
    Scientific { decimals: i32 },
}

impl FloatFormat {
    /// What erts' `do_float_to_charbuf` makes of an option list: the last of
    /// `short`/`{decimals,_}`/`{scientific,_}` wins, `compact` anywhere counts (but only
    /// matters for `decimals`).
    pub fn from_options(opts: &[FloatOption]) -> FloatFormat {
        let mut compact = false;
        let mut fmt = FloatFormat::Legacy;
        for opt in opts {
            match *opt {
                FloatOption::Compact => compact = true,
                FloatOption::Short => fmt = FloatFormat::Short,
                // C: `int decimals = signed_val(tp[2]);` -- a truncating conversion.
                FloatOption::Decimals(n) => {
                    fmt = FloatFormat::Decimals {
                        decimals: n as i32,
                        compact: false,
                    }
                }
                FloatOption::Scientific(n) => fmt = FloatFormat::Scientific { decimals: n as i32 },
            }
        }
        if let FloatFormat::Decimals { decimals, .. } = fmt {
            fmt = FloatFormat::Decimals { decimals, compact };
        }
        fmt
    }
}

/// `float_to_list(F, Opts)` / `float_to_binary(F, Opts)`.
pub fn float_to_text(f: f64, opts: &[FloatOption]) -> Result<String, FloatToTextError> {
    format(f, FloatFormat::from_options(opts))
}

/// Format `f` as `fmt` says (see [`FloatFormat`]).
pub fn format(f: f64, fmt: FloatFormat) -> Result<String, FloatToTextError> {
    if !f.is_finite() {
        return Err(FloatToTextError::NotFinite);
    }
    match fmt {
        FloatFormat::Legacy => Ok(float_to_text_default(f)),
        FloatFormat::Short => Ok(short(f)),
        FloatFormat::Decimals {
            decimals: d,
            compact,
        } => decimals(f, d, compact),
        FloatFormat::Scientific { decimals: d } => scientific(f, d),
    }
}

/// `float_to_list/1`: C's `"%.20e"`, e.g. `1.5` -> `"1.50000000000000000000e+00"`.
pub fn float_to_text_default(f: f64) -> String {
    printf_e(f, DEFAULT_DECIMALS)
}

/// `float_to_list(F, [{scientific, N}])`: `"%.*e"` with C's `int` precision (negative
/// means 6), `badarg` beyond [`MAX_TEXT_LEN`] characters (so `N <= 249` for positive
/// floats with a two-digit exponent).
pub fn scientific(f: f64, decimals: i32) -> Result<String, FloatToTextError> {
    if !f.is_finite() {
        return Err(FloatToTextError::NotFinite);
    }
    let precision = usize::try_from(decimals).unwrap_or(6);
    // sign + digit + ('.' + digits) + "e+dd": refuse before building a huge string.
    let min_len = usize::from(f.is_sign_negative()) + 1 + dot_len(precision) + 4;
    if min_len > MAX_TEXT_LEN {
        return Err(FloatToTextError::TooLong);
    }
    let s = printf_e(f, precision);
    if s.len() > MAX_TEXT_LEN {
        return Err(FloatToTextError::TooLong);
    }
    Ok(s)
}

/// `float_to_list(F, [{decimals, N}])`, and with `compact` when `compact` is true: erts'
/// `sys_double_to_chars_fast`, quirks included (see the module docs).
pub fn decimals(f: f64, decimals: i32, compact: bool) -> Result<String, FloatToTextError> {
    /// `af > MAX_FLOAT` in erts: `(Uint64)1 << 53`.
    const MAX_FAST: f64 = 9_007_199_254_740_992.0;
    const POW10: [f64; 19] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18,
    ];
    if !f.is_finite() {
        return Err(FloatToTextError::NotFinite);
    }
    let Ok(d) = usize::try_from(decimals) else {
        return Err(FloatToTextError::NegativeDecimals);
    };
    let neg = f.is_sign_negative();
    let af = f.abs();

    if af > MAX_FAST || d >= POW10.len() {
        // snprintf("%.*f") into the 256-byte buffer.
        let min_len = usize::from(neg) + 1 + dot_len(d);
        if min_len > MAX_TEXT_LEN {
            return Err(FloatToTextError::TooLong);
        }
        let mut s = printf_f(f, d);
        if s.len() > MAX_TEXT_LEN {
            return Err(FloatToTextError::TooLong);
        }
        if compact {
            // erts' find_first_trailing_zero: also eats integer zeros when d == 0.
            strip_trailing_zeros(&mut s);
        }
        return Ok(s);
    }

    let mut s = String::with_capacity(24 + d);
    if neg {
        s.push('-');
    }
    if d == 0 {
        // lround(af): half away from zero; af <= 2^53 so the cast is exact.
        let _ = write!(s, "{}", libm::round(af) as u64);
        return Ok(s);
    }
    let int_f = libm::floor(af);
    let frac_f = libm::round((af - int_f) * POW10[d]);
    let (int_part, frac_part) = if frac_f >= POW10[d] {
        (int_f as u64 + 1, 0)
    } else {
        (int_f as u64, frac_f as u64)
    };
    let _ = write!(s, "{int_part}.{frac_part:0d$}");
    if compact {
        strip_trailing_zeros(&mut s);
    }
    Ok(s)
}

/// erts' `find_first_trailing_zero`: drop trailing `'0'`s, keeping one right after a `'.'`.
fn strip_trailing_zeros(s: &mut String) {
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.push('0');
    }
}

/// Length of `"." + p digits`, which C omits when `p == 0`.
fn dot_len(precision: usize) -> usize {
    if precision == 0 {
        0
    } else {
        precision.saturating_add(1)
    }
}

// ---------------------------------------------------------------------------------------
// Exact printf
// ---------------------------------------------------------------------------------------

/// The exact decimal value of a finite double's magnitude: `0.DIGITS × 10^point`.
struct Decimal {
    /// ASCII digits, no leading or trailing zeros; empty for zero.
    digits: Vec<u8>,
    point: i64,
}

fn exact_decimal(f: f64) -> Decimal {
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074i64)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    if m == 0 {
        return Decimal {
            digits: Vec::new(),
            point: 0,
        };
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    // |f| = m × 2^e exactly, m odd.
    let (mut digits, point) = if e >= 0 {
        let digits = if e <= 74 {
            u128_digits(u128::from(m) << e)
        } else {
            (BigUint::from(m) << (e as usize))
                .to_str_radix(10)
                .into_bytes()
        };
        let len = digits.len() as i64;
        (digits, len)
    } else {
        // m × 2^-k = m × 5^k / 10^k.
        let k = (-e) as u32;
        let digits = if k <= 31 {
            u128_digits(u128::from(m) * 5u128.pow(k))
        } else {
            (BigUint::from(m) * BigUint::from(5u32).pow(k))
                .to_str_radix(10)
                .into_bytes()
        };
        let len = digits.len() as i64;
        (digits, len - i64::from(k))
    };
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Decimal { digits, point }
}

fn u128_digits(mut n: u128) -> Vec<u8> {
    let mut out = Vec::with_capacity(40);
    loop {
        out.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    out
}

/// Round a digit string (no leading or trailing zeros, not empty) to its first `keep`
/// digits, ties to even. Returns the kept digits (zero-padded to `keep` when the string is
/// shorter) and whether a carry made them one digit longer (`"1"` when `keep == 0`).
/// A negative `keep` rounds to nothing.
fn round_digits(digits: &[u8], keep: i64) -> (Vec<u8>, bool) {
    let Ok(k) = usize::try_from(keep) else {
        return (Vec::new(), false);
    };
    if k >= digits.len() {
        let mut v = digits.to_vec();
        v.resize(k, b'0');
        return (v, false);
    }
    let next = digits[k];
    let rest_nonzero = digits.len() > k + 1; // no trailing zeros: more digits => nonzero
    let last_odd = k > 0 && (digits[k - 1] - b'0') % 2 == 1;
    let up = next > b'5' || (next == b'5' && (rest_nonzero || last_odd));
    let mut v = digits[..k].to_vec();
    if up {
        let mut i = k;
        loop {
            if i == 0 {
                v.insert(0, b'1');
                return (v, true);
            }
            i -= 1;
            if v[i] == b'9' {
                v[i] = b'0';
            } else {
                v[i] += 1;
                break;
            }
        }
    }
    (v, false)
}

fn push_ascii(s: &mut String, bytes: &[u8]) {
    for &b in bytes {
        s.push(char::from(b));
    }
}

fn non_finite(f: f64) -> &'static str {
    if f.is_nan() {
        "nan"
    } else if f < 0.0 {
        "-inf"
    } else {
        "inf"
    }
}

/// C's `printf("%.*e", precision, f)` (glibc: exact value, ties to even), e.g.
/// `printf_e(0.1, 20)` is `"1.00000000000000005551e-01"`.
pub fn printf_e(f: f64, precision: usize) -> String {
    if !f.is_finite() {
        return String::from(non_finite(f));
    }
    let dec = exact_decimal(f);
    let mut s = String::with_capacity(precision + 8);
    if f.is_sign_negative() {
        s.push('-');
    }
    let (digits, exp) = if dec.digits.is_empty() {
        (vec![b'0'; precision + 1], 0)
    } else {
        let (mut r, carry) = round_digits(&dec.digits, precision as i64 + 1);
        if carry {
            r.truncate(precision + 1);
        }
        (r, dec.point - 1 + i64::from(carry))
    };
    s.push(char::from(digits[0]));
    if precision > 0 {
        s.push('.');
        push_ascii(&mut s, &digits[1..]);
    }
    let _ = write!(
        s,
        "e{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.unsigned_abs()
    );
    s
}

/// C's `printf("%.*f", precision, f)` (glibc: exact value, ties to even), e.g.
/// `printf_f(0.125, 2)` is `"0.12"` and `printf_f(1.0e23, 0)` is
/// `"99999999999999991611392"`.
pub fn printf_f(f: f64, precision: usize) -> String {
    if !f.is_finite() {
        return String::from(non_finite(f));
    }
    let dec = exact_decimal(f);
    // N = round(|f| × 10^precision), as digits.
    let n = if dec.digits.is_empty() {
        Vec::new()
    } else {
        round_digits(&dec.digits, dec.point + precision as i64).0
    };
    let total = n.len().max(precision + 1);
    let mut s = String::with_capacity(total + 2);
    if f.is_sign_negative() {
        s.push('-');
    }
    let padded: Vec<u8> = core::iter::repeat_n(b'0', total - n.len())
        .chain(n.iter().copied())
        .collect();
    let int_len = total - precision;
    push_ascii(&mut s, &padded[..int_len]);
    if precision > 0 {
        s.push('.');
        push_ascii(&mut s, &padded[int_len..]);
    }
    s
}

// ---------------------------------------------------------------------------------------
// Shortest round-trip ([short])
// ---------------------------------------------------------------------------------------

/// Ryu's shortest digits of `|f|`: `(m, e)` with `|f|` reading back from `m × 10^e`, `m`
/// without trailing zeros (`(0, 0)` for zero). E.g. `0.1` -> `(1, -1)`, `100.0` ->
/// `(1, 2)`, `5.0e-324` -> `(5, -324)`. `f` must be finite.
pub fn shortest_digits(f: f64) -> (u64, i32) {
    let af = f.abs();
    if af == 0.0 || !af.is_finite() {
        return (0, 0);
    }
    let mut buf = ryu::Buffer::new();
    // Ryu's own layout ("1e300", "1.2345e16", "0.001", "100.0"); only its digits matter.
    let text = buf.format_finite(af);
    let (mantissa_text, exp_text) = text.split_once('e').unwrap_or((text, "0"));
    let mut exp: i32 = exp_text.parse().unwrap_or(0);
    let mut mantissa: u64 = 0;
    let mut in_frac = false;
    for b in mantissa_text.bytes() {
        if b == b'.' {
            in_frac = true;
        } else {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            if in_frac {
                exp -= 1;
            }
        }
    }
    while mantissa != 0 && mantissa.is_multiple_of(10) {
        mantissa /= 10;
        exp += 1;
    }
    (mantissa, exp)
}

/// `float_to_list(F, [short])`: the shortest text that reads back as `f`, e.g. `0.1` ->
/// `"0.1"`, `100.0` -> `"100.0"`, `1000.0` -> `"1.0e3"`, `2.5e-5` -> `"2.5e-5"`,
/// `123456789012345680.0` -> `"1.2345678901234568e17"`.
pub fn short(f: f64) -> String {
    if f.is_nan() {
        return String::from("NaN");
    }
    if f.is_infinite() {
        return String::from(if f < 0.0 { "-Infinity" } else { "Infinity" });
    }
    let (m, e) = shortest_digits(f);
    let digits = u128_digits(u128::from(m));
    let n = digits.len() as i32;
    let sci_exp = e + n - 1;

    // erts' to_chars: the range of Ryu exponents printed in plain notation.
    let (lower, upper) = if n == 1 {
        (-4, 2)
    } else if sci_exp >= 10 {
        (-(n + 2), 2)
    } else {
        (-(n + 2), 1)
    };
    let fixed = lower <= e
        && e <= upper
        && !((m >= 1 << 53 && e == 0)
            || (m > (1 << 52) / 5 && e == 1)
            || (m > (1 << 51) / 25 && e == 2));

    let mut s = String::with_capacity(26);
    if f.is_sign_negative() {
        s.push('-');
    }
    if fixed {
        let whole = n + e;
        if e >= 0 {
            push_ascii(&mut s, &digits);
            for _ in 0..e {
                s.push('0');
            }
            s.push_str(".0");
        } else if whole > 0 {
            let (int, frac) = digits.split_at(whole as usize);
            push_ascii(&mut s, int);
            s.push('.');
            push_ascii(&mut s, frac);
        } else {
            s.push_str("0.");
            for _ in 0..-whole {
                s.push('0');
            }
            push_ascii(&mut s, &digits);
        }
    } else {
        s.push(char::from(digits[0]));
        s.push('.');
        if n > 1 {
            push_ascii(&mut s, &digits[1..]);
        } else {
            s.push('0');
        }
        let _ = write!(s, "e{sci_exp}");
    }
    s
}

// ---------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------

/// `list_to_float/1` / `binary_to_float/1` on the bytes of the list or binary (the BIF
/// refuses list elements outside 0..=255, non-lists/improper lists and bitstrings that
/// are not whole bytes itself).
///
/// erts' `sys_chars_to_double`: the text is a C string, so it ends at the first NUL
/// (`"1.5\0abc"` is `1.5`); it must be `[+-]D+(.|,)D+([eE][+-]?D+)?` with no whitespace
/// (`","` is a decimal point too: `"1,5"` is `1.5`; `"1e3"`, `"1."`, `".5"`, `"inf"` are
/// refused); the value is correctly rounded, underflow gives a subnormal or `±0.0`, and
/// overflow to an infinity is refused.
pub fn parse(text: &[u8]) -> Result<f64, FloatParseError> {
    let text = match text.iter().position(|&b| b == 0) {
        Some(nul) => &text[..nul],
        None => text,
    };
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < text.len() && text[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > start
    };
    if i < text.len() && (text[i] == b'+' || text[i] == b'-') {
        i += 1;
    }
    if !digits(&mut i) {
        return Err(FloatParseError::Syntax);
    }
    if i >= text.len() || (text[i] != b'.' && text[i] != b',') {
        return Err(FloatParseError::Syntax);
    }
    let dot = i;
    i += 1;
    if !digits(&mut i) {
        return Err(FloatParseError::Syntax);
    }
    if i < text.len() && (text[i] == b'e' || text[i] == b'E') {
        i += 1;
        if i < text.len() && (text[i] == b'+' || text[i] == b'-') {
            i += 1;
        }
        if !digits(&mut i) {
            return Err(FloatParseError::Syntax);
        }
    }
    if i != text.len() {
        return Err(FloatParseError::Syntax);
    }
    let mut buf = text.to_vec();
    buf[dot] = b'.';
    let s = core::str::from_utf8(&buf).map_err(|_| FloatParseError::Syntax)?;
    let v: f64 = s.parse().map_err(|_| FloatParseError::Syntax)?;
    if v.is_infinite() {
        return Err(FloatParseError::Overflow);
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    //! Every expected string below was produced by real `erl` (OTP 25.2.3, erts 13.1.5).
    use super::*;
    use proptest::prelude::*;
    use std::string::ToString;

    use FloatOption::{Compact, Decimals, Scientific, Short};

    fn fmt(f: f64, opts: &[FloatOption]) -> Result<String, FloatToTextError> {
        float_to_text(f, opts)
    }

    /// Options of the columns of [`TABLE`].
    fn table_options() -> [&'static [FloatOption]; 10] {
        [
            &[],
            &[Short],
            &[Decimals(0)],
            &[Decimals(0), Compact],
            &[Decimals(2)],
            &[Decimals(2), Compact],
            &[Decimals(18)],
            &[Decimals(20), Compact],
            &[Scientific(0)],
            &[Scientific(3)],
        ]
    }

    /// `float_to_list(F, Opts)` in erl for each option list of [`table_options`];
    /// `Err(())` is `badarg`.
    #[rustfmt::skip]
    const TABLE: &[(f64, [Result<&str, ()>; 10])] = &[
    (0.0_f64, [Ok("0.00000000000000000000e+00"), Ok("0.0"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000000000000000000"), Ok("0.0"), Ok("0e+00"), Ok("0.000e+00")]),
    (-0.0_f64, [Ok("-0.00000000000000000000e+00"), Ok("-0.0"), Ok("-0"), Ok("-0"), Ok("-0.00"), Ok("-0.0"), Ok("-0.000000000000000000"), Ok("-0.0"), Ok("-0e+00"), Ok("-0.000e+00")]),
    (1.0_f64, [Ok("1.00000000000000000000e+00"), Ok("1.0"), Ok("1"), Ok("1"), Ok("1.00"), Ok("1.0"), Ok("1.000000000000000000"), Ok("1.0"), Ok("1e+00"), Ok("1.000e+00")]),
    (-1.0_f64, [Ok("-1.00000000000000000000e+00"), Ok("-1.0"), Ok("-1"), Ok("-1"), Ok("-1.00"), Ok("-1.0"), Ok("-1.000000000000000000"), Ok("-1.0"), Ok("-1e+00"), Ok("-1.000e+00")]),
    (0.1_f64, [Ok("1.00000000000000005551e-01"), Ok("0.1"), Ok("0"), Ok("0"), Ok("0.10"), Ok("0.1"), Ok("0.100000000000000000"), Ok("0.10000000000000000555"), Ok("1e-01"), Ok("1.000e-01")]),
    (0.3333333333333333_f64, [Ok("3.33333333333333314830e-01"), Ok("0.3333333333333333"), Ok("0"), Ok("0"), Ok("0.33"), Ok("0.33"), Ok("0.333333333333333312"), Ok("0.33333333333333331483"), Ok("3e-01"), Ok("3.333e-01")]),
    (-0.6666666666666666_f64, [Ok("-6.66666666666666629659e-01"), Ok("-0.6666666666666666"), Ok("-1"), Ok("-1"), Ok("-0.67"), Ok("-0.67"), Ok("-0.666666666666666624"), Ok("-0.66666666666666662966"), Ok("-7e-01"), Ok("-6.667e-01")]),
    (1.0e300_f64, [Ok("1.00000000000000005250e+300"), Ok("1.0e300"), Err(()), Err(()), Err(()), Err(()), Err(()), Err(()), Ok("1e+300"), Ok("1.000e+300")]),
    (1.0e-300_f64, [Ok("1.00000000000000002506e-300"), Ok("1.0e-300"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000000000000000000"), Ok("0.0"), Ok("1e-300"), Ok("1.000e-300")]),
    (-1.0e-300_f64, [Ok("-1.00000000000000002506e-300"), Ok("-1.0e-300"), Ok("-0"), Ok("-0"), Ok("-0.00"), Ok("-0.0"), Ok("-0.000000000000000000"), Ok("-0.0"), Ok("-1e-300"), Ok("-1.000e-300")]),
    (5.0e-324_f64, [Ok("4.94065645841246544177e-324"), Ok("5.0e-324"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000000000000000000"), Ok("0.0"), Ok("5e-324"), Ok("4.941e-324")]),
    (-5.0e-324_f64, [Ok("-4.94065645841246544177e-324"), Ok("-5.0e-324"), Ok("-0"), Ok("-0"), Ok("-0.00"), Ok("-0.0"), Ok("-0.000000000000000000"), Ok("-0.0"), Ok("-5e-324"), Ok("-4.941e-324")]),
    (1.7976931348623157e308_f64, [Ok("1.79769313486231570815e+308"), Ok("1.7976931348623157e308"), Err(()), Err(()), Err(()), Err(()), Err(()), Err(()), Ok("2e+308"), Ok("1.798e+308")]),
    (-1.7976931348623157e308_f64, [Ok("-1.79769313486231570815e+308"), Ok("-1.7976931348623157e308"), Err(()), Err(()), Err(()), Err(()), Err(()), Err(()), Ok("-2e+308"), Ok("-1.798e+308")]),
    (2.2250738585072014e-308_f64, [Ok("2.22507385850720138309e-308"), Ok("2.2250738585072014e-308"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000000000000000000"), Ok("0.0"), Ok("2e-308"), Ok("2.225e-308")]),
    (1.2345678901234568e17_f64, [Ok("1.23456789012345680000e+17"), Ok("1.2345678901234568e17"), Ok("123456789012345680"), Ok("12345678901234568"), Ok("123456789012345680.00"), Ok("123456789012345680.0"), Ok("123456789012345680.000000000000000000"), Ok("123456789012345680.0"), Ok("1e+17"), Ok("1.235e+17")]),
    (2.5e-5_f64, [Ok("2.50000000000000011980e-05"), Ok("2.5e-5"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000025000000000000"), Ok("0.000025"), Ok("3e-05"), Ok("2.500e-05")]),
    (100.0_f64, [Ok("1.00000000000000000000e+02"), Ok("100.0"), Ok("100"), Ok("100"), Ok("100.00"), Ok("100.0"), Ok("100.000000000000000000"), Ok("100.0"), Ok("1e+02"), Ok("1.000e+02")]),
    (1.0e3_f64, [Ok("1.00000000000000000000e+03"), Ok("1.0e3"), Ok("1000"), Ok("1000"), Ok("1000.00"), Ok("1000.0"), Ok("1000.000000000000000000"), Ok("1000.0"), Ok("1e+03"), Ok("1.000e+03")]),
    (1.0e15_f64, [Ok("1.00000000000000000000e+15"), Ok("1.0e15"), Ok("1000000000000000"), Ok("1000000000000000"), Ok("1000000000000000.00"), Ok("1000000000000000.0"), Ok("1000000000000000.000000000000000000"), Ok("1000000000000000.0"), Ok("1e+15"), Ok("1.000e+15")]),
    (1.0e16_f64, [Ok("1.00000000000000000000e+16"), Ok("1.0e16"), Ok("10000000000000000"), Ok("1"), Ok("10000000000000000.00"), Ok("10000000000000000.0"), Ok("10000000000000000.000000000000000000"), Ok("10000000000000000.0"), Ok("1e+16"), Ok("1.000e+16")]),
    (1.0e21_f64, [Ok("1.00000000000000000000e+21"), Ok("1.0e21"), Ok("1000000000000000000000"), Ok("1"), Ok("1000000000000000000000.00"), Ok("1000000000000000000000.0"), Ok("1000000000000000000000.000000000000000000"), Ok("1000000000000000000000.0"), Ok("1e+21"), Ok("1.000e+21")]),
    (1.0e22_f64, [Ok("1.00000000000000000000e+22"), Ok("1.0e22"), Ok("10000000000000000000000"), Ok("1"), Ok("10000000000000000000000.00"), Ok("10000000000000000000000.0"), Ok("10000000000000000000000.000000000000000000"), Ok("10000000000000000000000.0"), Ok("1e+22"), Ok("1.000e+22")]),
    (1.0e23_f64, [Ok("9.99999999999999916114e+22"), Ok("1.0e23"), Ok("99999999999999991611392"), Ok("99999999999999991611392"), Ok("99999999999999991611392.00"), Ok("99999999999999991611392.0"), Ok("99999999999999991611392.000000000000000000"), Ok("99999999999999991611392.0"), Ok("1e+23"), Ok("1.000e+23")]),
    (-1.5_f64, [Ok("-1.50000000000000000000e+00"), Ok("-1.5"), Ok("-2"), Ok("-2"), Ok("-1.50"), Ok("-1.5"), Ok("-1.500000000000000000"), Ok("-1.5"), Ok("-2e+00"), Ok("-1.500e+00")]),
    (2.675_f64, [Ok("2.67499999999999982236e+00"), Ok("2.675"), Ok("3"), Ok("3"), Ok("2.67"), Ok("2.67"), Ok("2.674999999999999872"), Ok("2.67499999999999982236"), Ok("3e+00"), Ok("2.675e+00")]),
    (0.125_f64, [Ok("1.25000000000000000000e-01"), Ok("0.125"), Ok("0"), Ok("0"), Ok("0.13"), Ok("0.13"), Ok("0.125000000000000000"), Ok("0.125"), Ok("1e-01"), Ok("1.250e-01")]),
    (-0.125_f64, [Ok("-1.25000000000000000000e-01"), Ok("-0.125"), Ok("-0"), Ok("-0"), Ok("-0.13"), Ok("-0.13"), Ok("-0.125000000000000000"), Ok("-0.125"), Ok("-1e-01"), Ok("-1.250e-01")]),
    (1.005_f64, [Ok("1.00499999999999989342e+00"), Ok("1.005"), Ok("1"), Ok("1"), Ok("1.00"), Ok("1.0"), Ok("1.004999999999999893"), Ok("1.00499999999999989342"), Ok("1e+00"), Ok("1.005e+00")]),
    (2.5_f64, [Ok("2.50000000000000000000e+00"), Ok("2.5"), Ok("3"), Ok("3"), Ok("2.50"), Ok("2.5"), Ok("2.500000000000000000"), Ok("2.5"), Ok("2e+00"), Ok("2.500e+00")]),
    (0.5_f64, [Ok("5.00000000000000000000e-01"), Ok("0.5"), Ok("1"), Ok("1"), Ok("0.50"), Ok("0.5"), Ok("0.500000000000000000"), Ok("0.5"), Ok("5e-01"), Ok("5.000e-01")]),
    (-0.5_f64, [Ok("-5.00000000000000000000e-01"), Ok("-0.5"), Ok("-1"), Ok("-1"), Ok("-0.50"), Ok("-0.5"), Ok("-0.500000000000000000"), Ok("-0.5"), Ok("-5e-01"), Ok("-5.000e-01")]),
    (3.5_f64, [Ok("3.50000000000000000000e+00"), Ok("3.5"), Ok("4"), Ok("4"), Ok("3.50"), Ok("3.5"), Ok("3.500000000000000000"), Ok("3.5"), Ok("4e+00"), Ok("3.500e+00")]),
    (0.995_f64, [Ok("9.94999999999999995559e-01"), Ok("0.995"), Ok("1"), Ok("1"), Ok("1.00"), Ok("1.0"), Ok("0.995000000000000000"), Ok("0.99499999999999999556"), Ok("1e+00"), Ok("9.950e-01")]),
    (9.995_f64, [Ok("9.99499999999999921840e+00"), Ok("9.995"), Ok("10"), Ok("10"), Ok("9.99"), Ok("9.99"), Ok("9.994999999999999232"), Ok("9.9949999999999992184"), Ok("1e+01"), Ok("9.995e+00")]),
    (99.5_f64, [Ok("9.95000000000000000000e+01"), Ok("99.5"), Ok("100"), Ok("100"), Ok("99.50"), Ok("99.5"), Ok("99.500000000000000000"), Ok("99.5"), Ok("1e+02"), Ok("9.950e+01")]),
    (0.001_f64, [Ok("1.00000000000000002082e-03"), Ok("0.001"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.001000000000000000"), Ok("0.00100000000000000002"), Ok("1e-03"), Ok("1.000e-03")]),
    (0.0001_f64, [Ok("1.00000000000000004792e-04"), Ok("0.0001"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000100000000000000"), Ok("0.0001"), Ok("1e-04"), Ok("1.000e-04")]),
    (1.0e-5_f64, [Ok("1.00000000000000008180e-05"), Ok("1.0e-5"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000010000000000000"), Ok("0.00001"), Ok("1e-05"), Ok("1.000e-05")]),
    (1.234e-5_f64, [Ok("1.23400000000000004369e-05"), Ok("1.234e-5"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000012340000000000"), Ok("0.00001234"), Ok("1e-05"), Ok("1.234e-05")]),
    (0.001234_f64, [Ok("1.23400000000000007079e-03"), Ok("0.001234"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.001234000000000000"), Ok("0.00123400000000000007"), Ok("1e-03"), Ok("1.234e-03")]),
    (12345.0_f64, [Ok("1.23450000000000000000e+04"), Ok("12345.0"), Ok("12345"), Ok("12345"), Ok("12345.00"), Ok("12345.0"), Ok("12345.000000000000000000"), Ok("12345.0"), Ok("1e+04"), Ok("1.234e+04")]),
    (123.456_f64, [Ok("1.23456000000000003070e+02"), Ok("123.456"), Ok("123"), Ok("123"), Ok("123.46"), Ok("123.46"), Ok("123.456000000000003072"), Ok("123.45600000000000306954"), Ok("1e+02"), Ok("1.235e+02")]),
    (9007199254740991.0_f64, [Ok("9.00719925474099100000e+15"), Ok("9007199254740991.0"), Ok("9007199254740991"), Ok("9007199254740991"), Ok("9007199254740991.00"), Ok("9007199254740991.0"), Ok("9007199254740991.000000000000000000"), Ok("9007199254740991.0"), Ok("9e+15"), Ok("9.007e+15")]),
    (9.007199254740992e15_f64, [Ok("9.00719925474099200000e+15"), Ok("9.007199254740992e15"), Ok("9007199254740992"), Ok("9007199254740992"), Ok("9007199254740992.00"), Ok("9007199254740992.0"), Ok("9007199254740992.000000000000000000"), Ok("9007199254740992.0"), Ok("9e+15"), Ok("9.007e+15")]),
    (9.007199254740994e15_f64, [Ok("9.00719925474099400000e+15"), Ok("9.007199254740994e15"), Ok("9007199254740994"), Ok("9007199254740994"), Ok("9007199254740994.00"), Ok("9007199254740994.0"), Ok("9007199254740994.000000000000000000"), Ok("9007199254740994.0"), Ok("9e+15"), Ok("9.007e+15")]),
    (9.007199254741e15_f64, [Ok("9.00719925474100000000e+15"), Ok("9.007199254741e15"), Ok("9007199254741000"), Ok("9007199254741"), Ok("9007199254741000.00"), Ok("9007199254741000.0"), Ok("9007199254741000.000000000000000000"), Ok("9007199254741000.0"), Ok("9e+15"), Ok("9.007e+15")]),
    (4503599627370495.5_f64, [Ok("4.50359962737049550000e+15"), Ok("4503599627370495.5"), Ok("4503599627370496"), Ok("4503599627370496"), Ok("4503599627370495.50"), Ok("4503599627370495.5"), Ok("4503599627370495.500000000000000000"), Ok("4503599627370495.5"), Ok("5e+15"), Ok("4.504e+15")]),
    (1.0e18_f64, [Ok("1.00000000000000000000e+18"), Ok("1.0e18"), Ok("1000000000000000000"), Ok("1"), Ok("1000000000000000000.00"), Ok("1000000000000000000.0"), Ok("1000000000000000000.000000000000000000"), Ok("1000000000000000000.0"), Ok("1e+18"), Ok("1.000e+18")]),
    (1.2345e16_f64, [Ok("1.23450000000000000000e+16"), Ok("1.2345e16"), Ok("12345000000000000"), Ok("12345"), Ok("12345000000000000.00"), Ok("12345000000000000.0"), Ok("12345000000000000.000000000000000000"), Ok("12345000000000000.0"), Ok("1e+16"), Ok("1.234e+16")]),
    (1234567890.0_f64, [Ok("1.23456789000000000000e+09"), Ok("1234567890.0"), Ok("1234567890"), Ok("1234567890"), Ok("1234567890.00"), Ok("1234567890.0"), Ok("1234567890.000000000000000000"), Ok("1234567890.0"), Ok("1e+09"), Ok("1.235e+09")]),
    (12345678900.0_f64, [Ok("1.23456789000000000000e+10"), Ok("12345678900.0"), Ok("12345678900"), Ok("12345678900"), Ok("12345678900.00"), Ok("12345678900.0"), Ok("12345678900.000000000000000000"), Ok("12345678900.0"), Ok("1e+10"), Ok("1.235e+10")]),
    (1.2345678e9_f64, [Ok("1.23456780000000000000e+09"), Ok("1.2345678e9"), Ok("1234567800"), Ok("1234567800"), Ok("1234567800.00"), Ok("1234567800.0"), Ok("1234567800.000000000000000000"), Ok("1234567800.0"), Ok("1e+09"), Ok("1.235e+09")]),
    (1.23456789e11_f64, [Ok("1.23456789000000000000e+11"), Ok("1.23456789e11"), Ok("123456789000"), Ok("123456789000"), Ok("123456789000.00"), Ok("123456789000.0"), Ok("123456789000.000000000000000000"), Ok("123456789000.0"), Ok("1e+11"), Ok("1.235e+11")]),
    (3.0e-5_f64, [Ok("3.00000000000000007600e-05"), Ok("3.0e-5"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000030000000000000"), Ok("0.00003"), Ok("3e-05"), Ok("3.000e-05")]),
    (0.0004_f64, [Ok("4.00000000000000019169e-04"), Ok("0.0004"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000400000000000000"), Ok("0.00040000000000000002"), Ok("4e-04"), Ok("4.000e-04")]),
    (1.0e100_f64, [Ok("1.00000000000000001590e+100"), Ok("1.0e100"), Ok("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"), Ok("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"), Ok("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"), Ok("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0"), Ok("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000000000000000"), Ok("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0"), Ok("1e+100"), Ok("1.000e+100")]),
    (6.02214076e23_f64, [Ok("6.02214075999999987024e+23"), Ok("6.02214076e23"), Ok("602214075999999987023872"), Ok("602214075999999987023872"), Ok("602214075999999987023872.00"), Ok("602214075999999987023872.0"), Ok("602214075999999987023872.000000000000000000"), Ok("602214075999999987023872.0"), Ok("6e+23"), Ok("6.022e+23")]),
    (1.602176634e-19_f64, [Ok("1.60217663399999989376e-19"), Ok("1.602176634e-19"), Ok("0"), Ok("0"), Ok("0.00"), Ok("0.0"), Ok("0.000000000000000000"), Ok("0.00000000000000000016"), Ok("2e-19"), Ok("1.602e-19")]),
    (900719925474099.0_f64, [Ok("9.00719925474099000000e+14"), Ok("900719925474099.0"), Ok("900719925474099"), Ok("900719925474099"), Ok("900719925474099.00"), Ok("900719925474099.0"), Ok("900719925474099.000000000000000000"), Ok("900719925474099.0"), Ok("9e+14"), Ok("9.007e+14")]),
    (9007199254740990.0_f64, [Ok("9.00719925474099000000e+15"), Ok("9007199254740990.0"), Ok("9007199254740990"), Ok("9007199254740990"), Ok("9007199254740990.00"), Ok("9007199254740990.0"), Ok("9007199254740990.000000000000000000"), Ok("9007199254740990.0"), Ok("9e+15"), Ok("9.007e+15")]),
    (1801439850948199.0_f64, [Ok("1.80143985094819900000e+15"), Ok("1801439850948199.0"), Ok("1801439850948199"), Ok("1801439850948199"), Ok("1801439850948199.00"), Ok("1801439850948199.0"), Ok("1801439850948199.000000000000000000"), Ok("1801439850948199.0"), Ok("2e+15"), Ok("1.801e+15")]),
    (180143985094819.9_f64, [Ok("1.80143985094819906250e+14"), Ok("180143985094819.9"), Ok("180143985094820"), Ok("180143985094820"), Ok("180143985094819.91"), Ok("180143985094819.91"), Ok("180143985094819.906250000000000000"), Ok("180143985094819.90625"), Ok("2e+14"), Ok("1.801e+14")]),
    (360287970189639.0_f64, [Ok("3.60287970189639000000e+14"), Ok("360287970189639.0"), Ok("360287970189639"), Ok("360287970189639"), Ok("360287970189639.00"), Ok("360287970189639.0"), Ok("360287970189639.000000000000000000"), Ok("360287970189639.0"), Ok("4e+14"), Ok("3.603e+14")]),
    (36028797018963.9_f64, [Ok("3.60287970189638984375e+13"), Ok("36028797018963.9"), Ok("36028797018964"), Ok("36028797018964"), Ok("36028797018963.90"), Ok("36028797018963.9"), Ok("36028797018963.898437500000000000"), Ok("36028797018963.8984375"), Ok("4e+13"), Ok("3.603e+13")]),
    ];

    #[test]
    fn table_matches_erl() {
        for (f, expected) in TABLE {
            for (opts, want) in table_options().iter().zip(expected.iter()) {
                let got = fmt(*f, opts);
                assert_eq!(got.as_deref().map_err(|_| ()), *want, "{f:?} {opts:?}");
            }
        }
    }

    #[test]
    fn default_format_is_printf_20e() {
        assert_eq!(float_to_text_default(1.5), "1.50000000000000000000e+00");
        assert_eq!(float_to_text_default(0.1), "1.00000000000000005551e-01");
        assert_eq!(
            float_to_text_default(5.0e-324),
            "4.94065645841246544177e-324"
        );
        assert_eq!(float_to_text_default(1.0e23), "9.99999999999999916114e+22");
        assert_eq!(
            float_to_text_default(-1.7976931348623157e308),
            "-1.79769313486231570815e+308"
        );
        assert_eq!(float_to_text_default(-0.0), "-0.00000000000000000000e+00");
        // float_to_list(F, []) and float_to_list(F, [compact]) are the default format.
        assert_eq!(fmt(0.1, &[]).unwrap(), float_to_text_default(0.1));
        assert_eq!(
            fmt(0.1, &[Compact, Compact]).unwrap(),
            float_to_text_default(0.1)
        );
    }

    #[test]
    fn short_matches_erl() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1.0e300, "1.0e300"),
            (1.0e-300, "1.0e-300"),
            (5.0e-324, "5.0e-324"),
            (1.7976931348623157e308, "1.7976931348623157e308"),
            (123456789012345680.0, "1.2345678901234568e17"),
            (2.5e-5, "2.5e-5"),
            (100.0, "100.0"),
            (1000.0, "1.0e3"),
            (12345.0, "12345.0"),
            (0.001, "0.001"),
            (0.0001, "0.0001"),
            (1.0e-5, "1.0e-5"),
            (0.001234, "0.001234"),
            (1.234e-5, "1.234e-5"),
            (1.0e15, "1.0e15"),
            (1.0e16, "1.0e16"),
            (1.0e21, "1.0e21"),
            (1.0e22, "1.0e22"),
            (1.0e23, "1.0e23"),
            (1.2345e15, "1.2345e15"),
            (9007199254740992.0, "9.007199254740992e15"),
            (9007199254740991.0, "9007199254740991.0"),
            (1234567890.0, "1234567890.0"),
            (12345678900.0, "12345678900.0"),
            (1234567800.0, "1.2345678e9"),
            (-1.5, "-1.5"),
            (-1.0e-300, "-1.0e-300"),
        ];
        for &(f, want) in cases {
            assert_eq!(short(f), want, "{f:?}");
            assert_eq!(fmt(f, &[Short]).unwrap(), want, "{f:?}");
        }
    }

    #[test]
    fn shortest_digits_examples() {
        assert_eq!(shortest_digits(0.0), (0, 0));
        assert_eq!(shortest_digits(-0.0), (0, 0));
        assert_eq!(shortest_digits(0.1), (1, -1));
        assert_eq!(shortest_digits(-100.0), (1, 2));
        assert_eq!(shortest_digits(5.0e-324), (5, -324));
        assert_eq!(
            shortest_digits(1.7976931348623157e308),
            (17976931348623157, 292)
        );
        assert_eq!(
            shortest_digits(123456789012345680.0),
            (12345678901234568, 1)
        );
        assert_eq!(shortest_digits(1.0 / 3.0), (3333333333333333, -16));
    }

    #[test]
    fn decimals_rounding_as_erl() {
        let d = |f: f64, n: i64| fmt(f, &[Decimals(n)]).unwrap();
        let dc = |f: f64, n: i64| fmt(f, &[Decimals(n), Compact]).unwrap();
        // Floating-point rounding, half away from zero (not printf's ties-to-even).
        assert_eq!(d(2.675, 2), "2.67");
        assert_eq!(d(0.125, 2), "0.13");
        assert_eq!(d(-0.125, 2), "-0.13");
        assert_eq!(d(1.005, 2), "1.00");
        assert_eq!(d(2.5, 0), "3");
        assert_eq!(d(-2.5, 0), "-3");
        assert_eq!(d(0.5, 0), "1");
        assert_eq!(d(-0.4, 0), "-0");
        assert_eq!(d(-0.005, 2), "-0.01");
        assert_eq!(d(-0.004, 2), "-0.00");
        assert_eq!(d(9.995, 2), "9.99");
        assert_eq!(d(0.995, 2), "1.00");
        assert_eq!(d(99.5, 0), "100");
        assert_eq!(d(0.9999, 2), "1.00");
        // The product is rounded to a double first.
        assert_eq!(d(0.995, 18), "0.995000000000000000");
        assert_eq!(d(9.995, 18), "9.994999999999999232");
        // 19+ decimals: exact printf.
        assert_eq!(d(0.995, 19), "0.9949999999999999956");
        assert_eq!(d(0.1, 19), "0.1000000000000000056");
        assert_eq!(dc(0.9999, 19), "0.999900000000000011");
        assert_eq!(d(4503599627370495.5, 0), "4503599627370496");
        assert_eq!(d(1.0e23, 0), "99999999999999991611392");
        // compact.
        assert_eq!(dc(1.005, 2), "1.0");
        assert_eq!(dc(0.1, 20), "0.10000000000000000555");
        assert_eq!(dc(2.5e-5, 20), "0.000025");
        assert_eq!(dc(1.0e-300, 20), "0.0");
        assert_eq!(dc(100.0, 0), "100");
        assert_eq!(dc(1.0e15, 0), "1000000000000000");
        // Above 2^53 erts strips integer zeros too.
        assert_eq!(dc(1.0e16, 0), "1");
        assert_eq!(dc(1.2345e16, 0), "12345");
        assert_eq!(dc(9007199254741000.0, 0), "9007199254741");
        assert_eq!(dc(9007199254740990.0, 0), "9007199254740990");
        assert_eq!(dc(123456789012345680.0, 0), "12345678901234568");
        assert_eq!(dc(1.0e16, 2), "10000000000000000.0");
        assert_eq!(dc(-0.0, 2), "-0.0");
        assert_eq!(dc(-0.0, 19), "-0.0");
    }

    #[test]
    fn limits_as_erl() {
        let err = |f: f64, opts: &[FloatOption]| fmt(f, opts).unwrap_err();
        // 256-byte buffer: at most 255 characters.
        assert_eq!(fmt(1.0, &[Decimals(253)]).unwrap().len(), 255);
        assert_eq!(fmt(0.0, &[Decimals(253)]).unwrap().len(), 255);
        assert_eq!(err(-1.0, &[Decimals(253)]), FloatToTextError::TooLong);
        assert_eq!(err(1.0, &[Decimals(254)]), FloatToTextError::TooLong);
        assert_eq!(err(-1.0e-300, &[Decimals(253)]), FloatToTextError::TooLong);
        assert_eq!(fmt(1.0, &[Scientific(249)]).unwrap().len(), 255);
        assert_eq!(err(-1.0, &[Scientific(249)]), FloatToTextError::TooLong);
        assert_eq!(err(1.0, &[Scientific(250)]), FloatToTextError::TooLong);
        assert_eq!(
            err(-1.0e-300, &[Scientific(249)]),
            FloatToTextError::TooLong
        );
        assert_eq!(err(1.0e300, &[Decimals(0)]), FloatToTextError::TooLong);
        assert_eq!(
            err(1.0e300, &[Decimals(2), Compact]),
            FloatToTextError::TooLong
        );
        assert_eq!(
            err(1.0, &[Decimals(i64::from(i32::MAX))]),
            FloatToTextError::TooLong
        );
        assert_eq!(
            err(1.0, &[Scientific(i64::from(i32::MAX))]),
            FloatToTextError::TooLong
        );
        // Negative decimals are badarg, negative scientific is C's default precision 6.
        assert_eq!(
            err(1.0, &[Decimals(-1)]),
            FloatToTextError::NegativeDecimals
        );
        assert_eq!(fmt(1.0, &[Scientific(-1)]).unwrap(), "1.000000e+00");
        assert_eq!(fmt(-1.0e-300, &[Scientific(-1)]).unwrap(), "-1.000000e-300");
        // C int truncation of the small integer.
        assert_eq!(fmt(1.0, &[Decimals(4294967298)]).unwrap(), "1.00");
        assert_eq!(fmt(-1.0, &[Scientific(4294967298)]).unwrap(), "-1.00e+00");
        assert_eq!(err(f64::NAN, &[]), FloatToTextError::NotFinite);
        assert_eq!(err(f64::INFINITY, &[Short]), FloatToTextError::NotFinite);
    }

    #[test]
    fn option_lists_as_erl() {
        assert_eq!(fmt(1.0, &[Decimals(2), Short]).unwrap(), "1.0");
        assert_eq!(fmt(1.0, &[Short, Decimals(2)]).unwrap(), "1.00");
        assert_eq!(
            fmt(1.0, &[Decimals(2), Scientific(3)]).unwrap(),
            "1.000e+00"
        );
        assert_eq!(fmt(1.0, &[Scientific(3), Decimals(5)]).unwrap(), "1.00000");
        assert_eq!(
            fmt(-1.0e-300, &[Scientific(3), Decimals(5)]).unwrap(),
            "-0.00000"
        );
        assert_eq!(fmt(1.5, &[Short, Compact]).unwrap(), "1.5");
        assert_eq!(fmt(1.5, &[Compact, Short]).unwrap(), "1.5");
        assert_eq!(fmt(1.5, &[Scientific(0), Compact]).unwrap(), "2e+00");
        assert_eq!(fmt(1.0, &[Scientific(3), Compact]).unwrap(), "1.000e+00");
        assert_eq!(fmt(0.1, &[Compact, Decimals(3)]).unwrap(), "0.1");
        assert_eq!(
            FloatFormat::from_options(&[Compact, Decimals(3), Short, Decimals(-7)]),
            FloatFormat::Decimals {
                decimals: -7,
                compact: true
            }
        );
        assert_eq!(FloatFormat::from_options(&[Compact]), FloatFormat::Legacy);
    }

    #[test]
    fn printf_is_exact_with_ties_to_even() {
        assert_eq!(printf_f(0.125, 2), "0.12");
        assert_eq!(printf_f(0.375, 2), "0.38");
        assert_eq!(printf_f(2.5, 0), "2");
        assert_eq!(printf_f(3.5, 0), "4");
        assert_eq!(printf_f(0.5, 0), "0");
        assert_eq!(printf_f(0.51, 0), "1");
        assert_eq!(printf_f(-0.001, 2), "-0.00");
        assert_eq!(printf_f(9.9999, 2), "10.00");
        assert_eq!(printf_f(5.0e-324, 3), "0.000");
        assert_eq!(printf_f(1.0e22, 1), "10000000000000000000000.0");
        assert_eq!(printf_e(2.5, 0), "2e+00");
        assert_eq!(printf_e(3.5, 0), "4e+00");
        assert_eq!(printf_e(9.5, 0), "1e+01");
        assert_eq!(printf_e(0.125, 1), "1.2e-01");
        assert_eq!(printf_e(9.999, 2), "1.00e+01");
        assert_eq!(printf_e(1.0e100, 2), "1.00e+100");
        assert_eq!(printf_e(f64::INFINITY, 2), "inf");
        // The full expansion of the smallest subnormal: 751 significant digits.
        let full = printf_e(5.0e-324, 760);
        assert_eq!(full.len(), 767);
        assert!(full.starts_with("4.940656458412465441765687928682213723650598026143"));
        assert!(full.ends_with("25064197182655334472656250000000000e-324"));
    }

    /// `HEXBITS OPTION RESULT` lines from erl: `legacy` = `[]`, `short`, `sN` =
    /// `[{scientific,N}]`, `dN` = `[{decimals,N}]`, `dNc` = `[{decimals,N},compact]`;
    /// `!badarg` for `badarg`. Random doubles (random bits, short decimals, values near
    /// 2^53, ties) and powers of 2 and 10 with their neighbours.
    const ERL_VECTORS: &str = "\
045FFFFFFFFFFFFF legacy 1.31345177641548025397e-287
04E0000000000000 d18 0.000000000000000000
058FFFFFFFFFFFFF short 6.886270049533193e-282
0617F42A13D77F2A d181c 0.0
06671EA617F2F172 d6c 0.0
072FFFFFFFFFFFFF s17 4.62129760221396320e-274
0D1FFFFFFFFFFFFF d14c 0.0
0DE5566FFAFB1EAF d12 0.000000000000
0FA0000000000001 d0 0
138FFFFFFFFFFFFF short 1.8565347327101168e-214
13EFFFFFFFFFFFFF d3c 0.0
15F3729721950628 s4 6.2028e-203
1A60000000000000 d0c 0
1E90000000000001 d92c 0.0
1EC0000000000001 d1 0.0
203FD02787E6D73D d67c 0.0
20A440BCFB70530C s12 1.933477209228e-151
2150000000000001 s13 3.1282548362236e-148
2380000000000000 s10 1.0748601772e-137
2982C9D0B1923745 d0 0
2A90000000000001 legacy 1.11619862429909691017e-103
2E70C576658D9DCE d11c 0.0
30C0000000000000 s17 7.07474928033336904e-74
3379B604AAACA625 d1c 0.0
375BDB3EE9DA7D6E legacy 4.99650186317732587188e-42
3C2FFFFFFFFFFFFF short 8.6736173798840345e-19
3C6FFFFFFFFFFFFF d2 0.00
3C99D756C1B88374 d0c 0
3D2C03CA9CBA18BA legacy 4.97643000000000028360e-14
3D9A58F1CDED3AF5 legacy 5.99071418999999994153e-12
3DA5FD7FE1796495 legacy 9.99999999999999939497e-12
3EA0000000000000 d2c 0.0
3EE5C497535661B1 d224c 0.000010379759809706801904701130301322820059795049019157886505126953125
3F141F41F2BD4412 d192c 0.00007675971999999999764892344433775406287168152630329132080078125
3F30000000000001 d130c 0.0002441406250000000542101086242752217003726400434970855712890625
3F430164840E171A legacy 5.80000000000000003400e-04
3F44B4CD3865B0C7 legacy 6.31904797769000030165e-04
3F92AEF9ADADCE0A d16 0.0182456028228000
3FE1321815A07B35 d132c 0.53736499999999998156141600702540017664432525634765625
3FE8E48E8A71DE6A d25 0.7779000000000000358824082
40117EAB367A0F91 legacy 4.37370000000000036522e+00
4011DB089A027525 s21 4.463899999999999756994e+00
40146C226809D495 d24 5.105599999999999916155957
4018FDF3B645A1CB d5c 6.248
401B52A305532618 legacy 6.83070000000000021600e+00
4020028F5C28F5C3 short 8.005
4022D3404EA4A8C1 d17c 9.41259999999999944
402F28BC658B1A06 legacy 1.55795623523999999804e+01
402FD7DBF487FCB9 s15 1.592160000000000e+01
4050CE147AE147AE legacy 6.72199999999999988631e+01
4052185AB7CFD32C short 72.38053698821449
4055BC28F5C28F5C d14 86.94000000000000
405A04F000000000 d13 104.0771484375000
405DCD70A3D70A3D d33c 119.209999999999993747223925311118364
4062540000000000 s16 1.4662500000000000e+02
4073880000000000 short 312.5
40741CF100000000 s11 3.21808837891e+02
407623D70A3D70A4 d144c 354.240000000000009094947017729282379150390625
4077F66000000000 short 383.3984375
407A20A3D70A3D71 d25c 418.0400000000000204636307899
407B46B851EB851F d3 436.420
407D6B0000000000 d2c 470.69
40810C0000000000 d14c 545.5
40837C8000000000 d179c 623.5625
4084E35C28F5C28F short 668.42
4084F20000000000 short 670.25
40861F9800000000 s61 7.0794921875000000000000000000000000000000000000000000000000000e+02
408B480000000000 d1c 873.0
408B4C0000000000 short 873.5
408E894000000000 d2 977.16
40C1C64CCCCCCCCD d18 9100.600000000000363776
40C1C83333333333 d65 9104.39999999999963620211929082870483398437500000000000000000000000000
40C233E666666666 legacy 9.31979999999999927240e+03
4110000000000000 short 262144.0
412C69B2E768B863 d255c !badarg
412DE17E00000000 legacy 9.79135000000000000000e+05
4194894261EEDEB4 s19 8.6134936483271420002e+07
425F6EA086000000 d5 540000000000.00000
426A3185C5000000 d1 900000000000.0
42EA78D17C5CC4D8 d56 232849703888422.75000000000000000000000000000000000000000000000000000000
42F9E7D7CA383BE0 d0c 455736775902142
43037B34EAA9A0E0 d251c !badarg
431E1E5280C34A04 s19 2.1193972494383370000e+15
432A747E70FD4706 legacy 3.72321790241267500000e+15
432BF7B26EB7B5EC d12c 3936085052480246.0
43331F7BEF37BC15 d1 5382641712348181.0
43368519983EC60C s26 6.33879446256180400000000000e+15
433BA645E1A1451C legacy 7.78264343958454000000e+15
433C2FAC1E67BA47 legacy 7.93371563889312700000e+15
433D9012CAC8C06F d241 !badarg
433FFFFFFFFFFFEC s0 9e+15
4340000000000010 d1c 9007199254741024.0
4340000000000012 d237c 9007199254741028.0
4340000000000013 d0c 900719925474103
434FFFFFFFFFFFF3 d69c 18014398509481958.0
435000000000000F d2c 18014398509482044.0
4392DF22C57FD078 s29 3.39960961034362368000000000000e+17
43A0C1EFDA7E9B00 d251c !badarg
43A5C83518EC4868 legacy 7.84781425649136640000e+17
43AF8165B26A4C84 d0 1135103752066712064
43B6B66CCE99501C s257 !badarg
43B7EFEB7F114630 d252c !badarg
43C8442F8FAF2776 d9c 3497149698984045568.0
43D0B831E739AED3 d14c 4819071077986290688.0
43D330A459A7211C s12 5.531143162263e+18
43D601E5B9317E64 d2c 6343204509492809728.0
43D61DE1E4A09EF6 legacy 6.37471286089035571200e+18
43D7541966B628C5 d2c 6723985959398085632.0
43DE0204A91AF19A d1c 8649183581757138944.0
43DEF6D953AD3C2C s10 8.9248384753e+18
4415AF1D78B58C3F d24 99999999999999983616.000000000000000000000000
44C1CAB5B803B279 s30 1.680391334633098937630720000000e+23
4587C530A6A510FF s19 9.1956791999999993727e+26
45C6707378F346B8 legacy 1.38892304223022994872e+28
468CF04659744E99 d0c 73368000000000004451537107550208
4A20000000000001 d2 11692013098647225941777907929144078422495624953856.00
4ED0000000000001 d188c !badarg
4F2FFFFFFFFFFFFF s8 2.82695530e+73
53E0000000000001 d240c !badarg
54754297C68049ED legacy 7.26581738609239843113e+98
65FFFFFFFFFFFFFF short 2.1245519712670682e183
69F0000000000001 d162c !badarg
6C5FFFFFFFFFFFFF short 1.0772758326371068e214
6D2EB34B28DB3405 d60 !badarg
735FFFFFFFFFFFFF d12 !badarg
73EFFFFFFFFFFFFF d64c !badarg
7960000000000000 d0c !badarg
7A00000000000000 d36c !badarg
7B40000000000001 d1c !badarg
7B60000000000001 d10c !badarg
7CD0000000000001 d35 !badarg
7D63926BC01A973B legacy 9.99999999999999981349e+295
7E031CFD3999F7B0 d223c !badarg
8031FA182C40C60D d39 -0.000000000000000000000000000000000000000
99476B32FD992777 legacy -6.72785081164770449534e-187
A58C9EDC747825CB legacy -8.25790434003553450231e-128
AA86D823DF980850 s15 -7.968366660640595e-104
AAE736D2CE64C28C legacy -5.18232138479043593678e-102
AE7F152BF9F10E91 d12c -0.0
BBD8A917A628B427 s25 -2.0888270485107341527764875e-20
BC0DFB1B867127F3 short -2.0315840447828872e-19
BC67CE36C52CA87B s7 -1.0324000e-17
BD04294EB930817E legacy -8.95344130999999956493e-15
BD14D7B120607F08 d1c -0.0
BD1894C3D8905E9E legacy -2.18324144292872950335e-14
BDD0903D30EE06C0 short -6.025742078263863e-11
BDD2F3D750746196 d22 -0.0000000000689488085668
BE83220708FA8DCD d50c -0.0000001425513613723011588740836397617983699603883
BF0C58A669E4BE7A short -5.406625608583584e-5
BFEE880000000000 d2c -0.95
C000F694467381D8 d0 -2
C01855B573EAB368 short -6.0837
C01ADFD8ADAB9F56 d39 -6.718600000000000349587025993969291448593
C02DC50000000000 d14 -14.88476562500000
C046722D0E560419 d13c -44.892
C04DF3D70A3D70A4 s9 -5.990500000e+01
C05464189374BC6A d162c -81.563999999999992951416061259806156158447265625
C057C04189374BC7 d1c -95.0
C058D3126E978D50 short -99.298
C05B150000000000 s9 -1.083281250e+02
C062B68800000000 s259 !badarg
C07508A700000000 d8c -336.54077148
C078400000000000 short -388.0
C080E78000000000 d0c -541
C081C20000000000 d159c -568.25
C084620000000000 short -652.25
C084E22100000000 d3c -668.266
C085C40000000000 s6 -6.965000e+02
C086AC7500000000 s11 -7.25557128906e+02
C088DB3333333333 d9c -795.4
C088DDD000000000 d2c -795.73
C08A5CC180000000 d5c -843.59448
C08B14C000000000 d0 -867
C08D454200000000 s14 -9.36657226562500e+02
C08E9A0000000000 d64 -979.2500000000000000000000000000000000000000000000000000000000000000
C08F177000000000 legacy -9.94929687500000000000e+02
C0B0FF999999999A s1 -4.4e+03
C0B62233F5BB0FD8 short -5666.202968303078
C1157C1722D21B8E s10 -3.5200578400e+05
C170A0C579F9D9E5 d4 -17435735.6235
C228DC1A914D12D1 s20 -5.33859718785367507935e+10
C2347765DBB00000 d199c -87902510000.0
C2358B2D12200000 legacy -9.25293000000000000000e+10
C269635D6ED00000 d14 -872330000000.00000000000000
C2710A509FE00000 short -1.171e12
C32FFFFFFFFFFFD0 d1c -4503599627370472.0
C32FFFFFFFFFFFD7 legacy -4.50359962737047550000e+15
C32FFFFFFFFFFFE6 d95c -4503599627370483.0
C33FFFFFFFFFFFE3 d1c -9007199254740963.0
C33FFFFFFFFFFFEF d13c -9007199254740975.0
C350000000000002 legacy -1.80143985094819920000e+16
C35000000000000E short -1.801439850948204e16
C370F651615090B5 d38c -76390864205187920.0
C375DB80CF797821 d4c -98437132705038864.0
C3EF8A8B5A5D58BA d2c -18182257457529999360.0
C4104AC98394B262 d0c -75134222070787375104
C4B13B80118F7A5D d1c -81377816424000000098304.0
C4F85EE7E7824AB9 d241 !badarg
C5022D1F5541727F d25 -2746718654647000083988480.0000000000000000000000000
C5867A4309DB818D s26 -8.69559468306837949789503488e+26
C5E8D3141D6C702E d137c -61462548589999998934093660160.0
C6B1C3D3C997B85A s51 -3.603160000000000143941517852016640000000000000000000e+32
C718F948A4B67C75 d2 -32417799999999999408996938330144768.00
C766BC4896D40088 s29 -9.44395000000000036935483647223e+35
CCCF1D75A5709C1A s0 -1e+62
D99D7029A821BB01 legacy -4.86506381736215453067e+123
DFE7DDDF6B095FF2 s2 -1.00e+154
E1FBC8D3F7B3340B d181 !badarg
E5D4E782512068D7 short -3.469714081502513e182
E72CBA7DE5054486 legacy -1.00000000000000002309e+189
F4666E205EDC8817 short -5.13900648802664e252
FB8503E602893DD3 short -1.0000000000000002e287
";

    #[test]
    fn vectors_from_erl() {
        let mut n = 0;
        for line in ERL_VECTORS.lines() {
            let mut it = line.splitn(3, ' ');
            let bits = u64::from_str_radix(it.next().unwrap(), 16).unwrap();
            let opt = it.next().unwrap();
            let want = it.next().unwrap();
            let f = f64::from_bits(bits);
            let opts: std::vec::Vec<FloatOption> = match opt {
                "legacy" => std::vec![],
                "short" => std::vec![Short],
                _ => {
                    let (kind, rest) = opt.split_at(1);
                    let compact = rest.ends_with('c');
                    let v: i64 = rest.trim_end_matches('c').parse().unwrap();
                    let mut o = std::vec![if kind == "s" {
                        Scientific(v)
                    } else {
                        Decimals(v)
                    }];
                    if compact {
                        o.push(Compact);
                    }
                    o
                }
            };
            let got = fmt(f, &opts).unwrap_or_else(|_| "!badarg".to_string());
            assert_eq!(got, want, "{f:?} {opts:?}");
            n += 1;
        }
        assert!(n > 200);
    }

    #[test]
    fn parse_as_erl() {
        let ok: &[(&[u8], f64)] = &[
            (b"2.5e3", 2500.0),
            (b"+1.5", 1.5),
            (b"-1.5", -1.5),
            (b"1.5e+3", 1500.0),
            (b"1.5E3", 1500.0),
            (b"1.5e-3", 0.0015),
            (b"1.5e-0", 1.5),
            (b"1.5e0003", 1500.0),
            (b"00001.5000", 1.5),
            (b"0.1e1", 1.0),
            (b"1,5", 1.5),
            (b"1,5e3", 1500.0),
            (b"0.0", 0.0),
            (b"1.0e-310", 1.0e-310),
            (b"4.9e-324", 5.0e-324),
            (b"2.5e-324", 5.0e-324),
            (b"1.0e-323", 1.0e-323),
            (b"1.7976931348623157e308", 1.7976931348623157e308),
            (b"1.797693134862315807e308", 1.7976931348623157e308),
            (b"123456789012345678901234567890.0", 1.2345678901234568e29),
            (b"1.5\0abc", 1.5),
        ];
        for &(text, want) in ok {
            let got = parse(text).unwrap();
            assert_eq!(
                got.to_bits(),
                want.to_bits(),
                "{:?}",
                std::string::String::from_utf8_lossy(text)
            );
        }
        // Underflow is zero with the sign kept.
        for (text, negative) in [
            (&b"1.0e-400"[..], false),
            (b"-1.0e-400", true),
            (b"2.4e-324", false),
            (b"9.5e-325", false),
            (b"1.5e-99999999999999999999", false),
            (b"-0.0", true),
        ] {
            let got = parse(text).unwrap();
            assert_eq!(got, 0.0);
            assert_eq!(got.is_sign_negative(), negative);
        }
        let syntax: &[&[u8]] = &[
            b"",
            b"1e3",
            b"1.",
            b"1.e3",
            b".5",
            b" 1.5",
            b"1.5 ",
            b"1.5\n",
            b"inf",
            b"nan",
            b"1.5e",
            b"1.5e+",
            b"1.5x",
            b"--1.5",
            b"+-1.5",
            b"1.5e3.0",
            b"1_000.0",
            b"1.5e3e3",
            b"0x1.0p3",
            b"1.0f",
            b"\x001.5",
            b"1.5e3\xff",
            b"infinity",
            b"1.5e+-3",
        ];
        for &text in syntax {
            assert_eq!(parse(text), Err(FloatParseError::Syntax), "{text:?}");
        }
        for text in [
            &b"1.0e400"[..],
            b"-1.0e400",
            b"1.7976931348623159e308",
            b"1.5e99999999999999999999",
        ] {
            assert_eq!(parse(text), Err(FloatParseError::Overflow), "{text:?}");
        }
    }

    /// `list_to_float` in erl on random (partly mutated) texts: `None` is `badarg`,
    /// otherwise the bits of the result.
    #[rustfmt::skip]
    const ERL_PARSE_VECTORS: &[(&[u8], Option<u64>)] = &[
    (b"-07.1210351e+68", Some(0xCE3A69D3BE3700B3)),
    (b"1.4E240", Some(0x71CADFE39DDF2E3E)),
    (b"2090171392508.528E273", Some(0x7B2C1CBE094B32D3)),
    (b"2.2849139215E30", Some(0x463CD6F47F49A238)),
    (b"+0872979737791989285,265970311582835E-313", Some(0x02AC8BDA9B1B6347)),
    (b"-0984448636299004582248307,5e-7", Some(0xC375DBF14F69F3AB)),
    (b"085993808.9", Some(0x419480A54399999A)),
    (b"-6.-e+304", None),
    (b"-2,3x", None),
    (b"-52430307,08e+1", Some(0xC1BF403ADECCCCCD)),
    (b"3855833795648,3215212334500e-321", Some(0x0002C5CBE40E9EE5)),
    (b"2.842401E-3", Some(0x3F6748F26AC9AB0D)),
    (b"632,4E334", None),
    (b"-1.7e+0", Some(0xBFFB333333333333)),
    (b"299.207E357", None),
    (b"-1.6642167067511085737649705E+119", Some(0xD8B07FAF69B02B1D)),
    (b"7.0E1532273916499e68", None),
    (b"3.9466E-5", Some(0x3F04B1096F36E6E9)),
    (b"-730500809954511335148.1", Some(0xC443CCDE1C25B0E4)),
    (b"+60.9581625728828823972063E+383", None),
    (b"+02512878647,148e220", Some(0x6F90930457AD92E1)),
    (b"-3,825905971221889056034275347628195", Some(0xC00E9B7496FFC0C8)),
    (b"x.1", None),
    (b"2.25157842878x655", None),
    (b"+884149,2e269", Some(0x79046DF924EE9963)),
    (b"+228733.5", Some(0x410BEBEC00000000)),
    (b"+0.389", Some(0x3FD8E5604189374C)),
    (b"4.0731937028e+247", Some(0x73574D62E794FE9D)),
    (b"6.316461680467892835", Some(0x4019440E87E02FED)),
    (b"-996430111.4569575877238", Some(0xC1CDB2288FBA7D96)),
    (b"447025910953642896588768644836733900.856976", Some(0x475586050F206D69)),
    (b"4.", None),
    (b"-51.1E-22", Some(0xBBB8219C6672A8F8)),
    (b"48666463257257953967264342546289497317.2", Some(0x47C24E68F2127C06)),
    (b"32403221395577733744008907067757,212E306", None),
    (b"5.29843032588256300863904869355106", Some(0x40153197B8273370)),
    (b"8.028952259673909230566195456630896991290e-65", Some(0x32A0E933D6AA3E42)),
    (b"11.0E+160", Some(0x615F4BE3B379FB8C)),
    (b"5.8E+208", Some(0x6B4694F91B3907D1)),
    (b"6.6e4", Some(0x40F01D0000000000)),
    (b"+529437244981316.2E201", Some(0x6CB892ADE3DE03FF)),
    (b"-3,2983e53", Some(0xCB0B8C76C07CFE3E)),
    (b"+5,730461221861095", Some(0x4016EBFE06CB8EF4)),
    (b"-+,5514770980E+5", None),
    (b"41.8E7", Some(0x41B8EA2C80000000)),
    (b"-7.22E8", Some(0xC1C5846C40000000)),
    (b"-8772817487,3", Some(0xC2005734927A6666)),
    (b"+7.4069556e+249", Some(0x73D08D6FF4D98352)),
    (b"2.411827143", Some(0x40034B6C07765228)),
    (b"5911.08", Some(0x40B717147AE147AE)),
    (b"-579.2557717484e+156", Some(0xE0E5185BD02D1E40)),
    (b"-0145928300628891476348133649953.462641e+302", None),
    (b"+055.9562980095052494911e5", Some(0x4155587B7342C5FE)),
    (b"-326.0", Some(0xC074600000000000)),
    (b"+3.56", Some(0x400C7AE147AE147B)),
    (b"+39.271", Some(0x4043A2B020C49BA6)),
    (b"77397955099177387784461440348383580583.9e222", Some(0x75E422B2896EA6EC)),
    (b"697,5e+7", Some(0x41F9FBE0DC000000)),
    (b"-17849740123.5", Some(0xC2109FB5AD6E0000)),
    (b"6.8e-4", Some(0x3F464840E1719F80)),
    (b"+706.812e+32", Some(0x472B39B4554FF754)),
    (b"81.8731231626863944715805\x00359518065853923e-188", Some(0x405477E13FF94790)),
    (b"-49,3", Some(0xC048A66666666666)),
    (b"+8.479e+192", Some(0x67FDBC267E234BC4)),
    (b"6518.516", Some(0x40B97684189374BC)),
    (b"+8.1", Some(0x4020333333333333)),
    (b"+8345171957603.43095805330812833e143", Some(0x604F1EDD8AB5B60E)),
    (b",6E+118", None),
    (b"-2223011.8", Some(0xC140F5D1E6666666)),
    (b"0,41", Some(0x3FDA3D70A3D70A3D)),
    (b"97464516.4_2E+0", None),
    (b"++384027220.25E-163", None),
    (b"-8647,5855912895846194613758.27E6", None),
    (b"-05.585e370", None),
    (b"52739962-02900670638091394511,75E-16", None),
    (b"+37215616504258056.e54", None),
    (b"51.232-", None),
    (b"+513197541772.472E+305", None),
    (b"-2832189043688138433744,3E335", None),
    (b".502", None),
    (b"1.+e+3", None),
    (b"9668059242274014721e3e1", None),
    (b"-927498337790479128923960085371052025.7,", None),
    (b"5.482015168,1873105E231", None),
    (b"2445e+7", None),
    (b"9.,308E-5", None),
    (b"79595184342662.550033121107466130657032836e+370", None),
    (b"9.6333510791199-16850059", None),
    (b"1932594e-173", None),
    (b"7.676818873234,3265668677537029E+29", None),
    ];

    #[test]
    fn parse_vectors_from_erl() {
        for &(text, want) in ERL_PARSE_VECTORS {
            let got = parse(text).ok().map(f64::to_bits);
            assert_eq!(
                got,
                want,
                "{:?}",
                std::string::String::from_utf8_lossy(text)
            );
        }
    }

    proptest! {
        #[test]
        fn short_round_trips(bits in any::<u64>()) {
            let f = f64::from_bits(bits);
            prop_assume!(f.is_finite());
            let s = short(f);
            prop_assert_eq!(parse(s.as_bytes()).unwrap().to_bits(), bits);
            prop_assert_eq!(s.parse::<f64>().unwrap().to_bits(), bits);
        }

        #[test]
        fn printf_e_17_round_trips(bits in any::<u64>()) {
            let f = f64::from_bits(bits);
            prop_assume!(f.is_finite());
            let s = printf_e(f, 16);
            prop_assert_eq!(s.parse::<f64>().unwrap().to_bits(), bits);
            prop_assert_eq!(float_to_text_default(f).parse::<f64>().unwrap().to_bits(), bits);
        }

        #[test]
        fn printf_e_agrees_with_printf_f(bits in any::<u64>(), p in 0usize..30) {
            // In [1, 9) both layouts show the same digits.
            let f = f64::from_bits(bits);
            prop_assume!(f.is_finite());
            let m = 1.0 + (f.abs() % 8.0);
            let e = printf_e(m, p);
            let (mantissa, exp) = e.split_once('e').unwrap();
            prop_assert_eq!(exp, "+00");
            prop_assert_eq!(mantissa, printf_f(m, p));
        }

        #[test]
        fn decimals_fast_path_agrees_with_exact_away_from_ties(
            m in 0u64..(1 << 53),
            e in -70i32..=0,
            negative in any::<bool>(),
            d in 0i32..9,
        ) {
            // With few decimals the floating-point product is far more precise than the
            // distance to a tie, so off ties the fast path is the exact result.
            let f = m as f64 * 2f64.powi(e) * if negative { -1.0 } else { 1.0 };
            let fast = decimals(f, d, false).unwrap();
            let exact = printf_f(f, d as usize);
            let wide = printf_f(f, d as usize + 6);
            let tail = &wide[wide.len() - 6..];
            if !(tail.starts_with("49") || tail.starts_with("50")) {
                prop_assert_eq!(fast, exact);
            }
        }
    }
}
