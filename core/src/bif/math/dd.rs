//! Double-double arithmetic: a value is the unevaluated sum `hi + lo` of two
//! doubles with `|lo| <= ulp(hi) / 2`, about 106 bits of precision. Enough
//! to round most elementary functions correctly (see [`super::cr`]).
//!
//! Error-free transformations (Knuth's two-sum, Dekker's product) need no
//! fused multiply-add, so results are the same on every target.

/// `hi + lo`, normalised so that `hi` is `hi + lo` rounded to nearest.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct DD {
    pub hi: f64,
    pub lo: f64,
}

/// `a + b` exactly, as `(sum, error)`.
#[inline]
pub(crate) fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    let e = (a - (s - bb)) + (b - bb);
    (s, e)
}

/// `a + b` exactly when `|a| >= |b|` (or `a == 0`).
#[inline]
fn quick_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let e = b - (s - a);
    (s, e)
}

/// Veltkamp split of `a` into two halves of 26 bits each.
#[inline]
fn split(a: f64) -> (f64, f64) {
    const SPLITTER: f64 = 134_217_729.0; // 2^27 + 1
    let t = SPLITTER * a;
    let hi = t - (t - a);
    (hi, a - hi)
}

/// `a * b` exactly, as `(product, error)` (for `|a|, |b| < 2^996`).
#[inline]
pub(crate) fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    (p, e)
}

impl DD {
    pub const ZERO: DD = DD { hi: 0.0, lo: 0.0 };
    pub const ONE: DD = DD { hi: 1.0, lo: 0.0 };

    #[inline]
    pub const fn new(hi: f64, lo: f64) -> DD {
        DD { hi, lo }
    }
    #[inline]
    pub const fn from(x: f64) -> DD {
        DD { hi: x, lo: 0.0 }
    }
    /// The exact sum of two doubles.
    #[inline]
    pub fn sum(a: f64, b: f64) -> DD {
        let (hi, lo) = two_sum(a, b);
        DD { hi, lo }
    }
    /// The exact product of two doubles.
    #[inline]
    pub fn prod(a: f64, b: f64) -> DD {
        let (hi, lo) = two_prod(a, b);
        DD { hi, lo }
    }
    /// Rounded to the nearest double.
    #[inline]
    pub fn to_f64(self) -> f64 {
        self.hi + self.lo
    }
    #[inline]
    pub fn neg(self) -> DD {
        DD {
            hi: -self.hi,
            lo: -self.lo,
        }
    }
    /// Multiplies by a power of two (exact barring under/overflow).
    #[inline]
    pub fn scale(self, s: f64) -> DD {
        DD {
            hi: self.hi * s,
            lo: self.lo * s,
        }
    }

    /// Accurate addition (relative error about 2^-106 even under
    /// cancellation).
    #[inline]
    pub fn add(self, b: DD) -> DD {
        let (s1, s2) = two_sum(self.hi, b.hi);
        let (t1, t2) = two_sum(self.lo, b.lo);
        let (s1, s2) = quick_two_sum(s1, s2 + t1);
        let (hi, lo) = quick_two_sum(s1, s2 + t2);
        DD { hi, lo }
    }
    #[inline]
    pub fn sub(self, b: DD) -> DD {
        self.add(b.neg())
    }
    #[inline]
    pub fn add_f64(self, b: f64) -> DD {
        let (s1, s2) = two_sum(self.hi, b);
        let (hi, lo) = quick_two_sum(s1, s2 + self.lo);
        DD { hi, lo }
    }
    #[inline]
    pub fn mul(self, b: DD) -> DD {
        let (p1, p2) = two_prod(self.hi, b.hi);
        let p2 = p2 + (self.hi * b.lo + self.lo * b.hi);
        let (hi, lo) = quick_two_sum(p1, p2);
        DD { hi, lo }
    }
    #[inline]
    pub fn mul_f64(self, b: f64) -> DD {
        let (p1, p2) = two_prod(self.hi, b);
        let (hi, lo) = quick_two_sum(p1, p2 + self.lo * b);
        DD { hi, lo }
    }
    #[inline]
    pub fn sqr(self) -> DD {
        self.mul(self)
    }
    pub fn div(self, b: DD) -> DD {
        let q1 = self.hi / b.hi;
        let r = self.sub(b.mul_f64(q1));
        let q2 = r.hi / b.hi;
        let r = r.sub(b.mul_f64(q2));
        let q3 = r.hi / b.hi;
        let (hi, lo) = quick_two_sum(q1, q2);
        DD { hi, lo }.add_f64(q3)
    }
    /// `1 / self`.
    pub fn recip(self) -> DD {
        DD::ONE.div(self)
    }
    /// Square root of a non-negative value.
    pub fn sqrt(self) -> DD {
        if self.hi <= 0.0 {
            return DD::ZERO;
        }
        let q = libm::sqrt(self.hi);
        let r = self.sub(DD::prod(q, q));
        let (hi, lo) = quick_two_sum(q, r.hi / (2.0 * q));
        DD { hi, lo }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_transforms() {
        let (s, e) = two_sum(1.0, 1e-20);
        assert_eq!((s, e), (1.0, 1e-20));
        let (p, e) = two_prod(1.0 + f64::EPSILON, 1.0 + f64::EPSILON);
        assert_eq!(p, 1.0 + 2.0 * f64::EPSILON);
        assert_eq!(e, f64::EPSILON * f64::EPSILON);
    }

    #[test]
    fn arithmetic() {
        let third = DD::ONE.div(DD::from(3.0));
        let back = third.mul_f64(3.0);
        assert!((back.hi - 1.0).abs() + back.lo.abs() < 1e-31);
        let two = DD::from(2.0).sqrt();
        let sq = two.sqr();
        assert!((sq.hi - 2.0).abs() + sq.lo.abs() < 1e-31);
        let x = DD::sum(1.0, 1e-30).sub(DD::from(1.0));
        assert_eq!(x.to_f64(), 1e-30);
    }
}
