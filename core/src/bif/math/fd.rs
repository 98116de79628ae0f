//! Functions glibc computes with the classic fdlibm formulas on top of its
//! (correctly rounded) `exp`/`log` and fdlibm `expm1`/`log1p`. Evaluating
//! the same formulas, with [`super::cr`] for `exp`/`log` and `libm` for
//! `expm1`/`log1p` (which match glibc's), reproduces OTP's results on
//! glibc systems far more often than musl's variants in `libm` do.

use super::cr;

const LN2: f64 = core::f64::consts::LN_2;

// The thresholds below are compared on the high 32 bits of |x|, exactly as
// fdlibm does; that decides which formula handles the values just above a
// boundary, and so the last bit of their results.

/// High word of `|x|`.
#[inline]
fn hw(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

/// Whether `|x|` is at most the overflow threshold of `cosh`/`sinh`.
#[inline]
fn below_overflow(x: f64) -> bool {
    let ix = hw(x);
    ix < 0x4086_33ce || (ix == 0x4086_33ce && (x.to_bits() as u32) <= 0x8fb9_f87d)
}

pub(crate) fn cosh(x: f64) -> f64 {
    let ix = hw(x);
    let ax = x.abs();
    if ix < 0x4036_0000 {
        // |x| < 22
        if ix < 0x3fd6_2e43 {
            // |x| < ln2 / 2
            if ix < 0x3c80_0000 {
                return 1.0;
            }
            let t = libm::expm1(ax);
            let w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        let t = cr::exp(ax);
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2e42 {
        // |x| < ln(DBL_MAX)
        return 0.5 * cr::exp(ax);
    }
    if below_overflow(x) {
        let w = cr::exp(0.5 * ax);
        let t = 0.5 * w;
        return t * w;
    }
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    f64::INFINITY
}

pub(crate) fn sinh(x: f64) -> f64 {
    let ix = hw(x);
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    let h = if x.is_sign_negative() { -0.5 } else { 0.5 };
    let ax = x.abs();
    if ix < 0x4036_0000 {
        // |x| < 22
        if ix < 0x3e30_0000 {
            // |x| < 2^-28
            return x;
        }
        let t = libm::expm1(ax);
        if ix < 0x3ff0_0000 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ix < 0x4086_2e42 {
        return h * cr::exp(ax);
    }
    if below_overflow(x) {
        let w = cr::exp(0.5 * ax);
        let t = h * w;
        return t * w;
    }
    f64::INFINITY.copysign(x)
}

pub(crate) fn tanh(x: f64) -> f64 {
    let ix = hw(x);
    if ix >= 0x7ff0_0000 {
        return if x.is_nan() { x } else { 1.0f64.copysign(x) };
    }
    let z = if ix < 0x4036_0000 {
        // |x| < 22
        if x == 0.0 {
            return x;
        }
        if ix < 0x3c80_0000 {
            // |x| < 2^-55
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            let t = libm::expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if x.is_sign_negative() {
        -z
    } else {
        z
    }
}

pub(crate) fn asinh(x: f64) -> f64 {
    let ix = hw(x);
    if ix < 0x3e30_0000 {
        // |x| < 2^-28
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        // |x| > 2^28
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        cr::log(x.abs()) + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            // 2 < |x| <= 2^28
            cr::log(2.0 * xa + 1.0 / (libm::sqrt(xa * xa + 1.0) + xa))
        } else {
            let t = xa * xa;
            libm::log1p(xa + t / (1.0 + libm::sqrt(1.0 + t)))
        }
    };
    w.copysign(x)
}

pub(crate) fn acosh(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as u32 as i32;
    if hx < 0x3ff0_0000 {
        // x < 1 (or negative)
        return f64::NAN;
    }
    if hx >= 0x41b0_0000 {
        // x >= 2^28
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return cr::log(x) + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        // 2 < x < 2^28
        let t = x * x;
        return cr::log(2.0 * x - 1.0 / (x + libm::sqrt(t - 1.0)));
    }
    let t = x - 1.0;
    libm::log1p(t + libm::sqrt(2.0 * t + t * t))
}

pub(crate) fn log10(x: f64) -> f64 {
    const IVLN10: f64 = f64::from_bits(0x3fdb_cb7b_1526_e50e);
    const LOG10_2HI: f64 = f64::from_bits(0x3fd3_4413_509f_6000);
    const LOG10_2LO: f64 = f64::from_bits(0x3d59_fef3_11f1_2b36);
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return x;
    }
    // x = m * 2^k with m in [1, 2), except that for k < 0 the mantissa is
    // taken in [1/2, 1) (and k raised by one), as glibc does.
    let (x, adj) = if x < f64::MIN_POSITIVE {
        (x * 18_014_398_509_481_984.0, -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let k = ((bits >> 52) & 0x7ff) as i64 - 1023 + adj;
    let i = if k < 0 { 1 } else { 0 };
    let m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | (((0x3ff - i) as u64) << 52));
    let y = (k + i) as f64;
    let z = y * LOG10_2LO + IVLN10 * cr::log(m);
    z + y * LOG10_2HI
}

#[cfg(test)]
mod tests {
    use super::*;

    /// glibc / OTP 25 results.
    #[test]
    fn known_values() {
        assert_eq!(cosh(1.0).to_bits(), 0x3ff8_b075_51d9_f550);
        assert_eq!(sinh(1.0), 1.1752011936438014);
        assert_eq!(tanh(1.0), 0.7615941559557649);
        assert_eq!(asinh(1.0), 0.881373587019543);
        assert_eq!(acosh(2.0), 1.3169578969248166);
        assert_eq!(log10(1000.0), 3.0);
        assert_eq!(log10(0.001), -3.0);
    }
}
