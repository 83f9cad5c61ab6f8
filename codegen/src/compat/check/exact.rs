//! JSON numbers compared exactly: integers as integers (all of `i64` and `u64`, not
//! through `f64`, which is exact only to 2^53), decimals through their shortest decimal
//! form, and no claim where a number was rounded when it was parsed.
//!
//! `serde_json` reads an integer beyond `u64` and every fraction as the nearest `f64`. Two
//! different texts may so become one value: an equality involving such an integer is not
//! trusted (rounding keeps a strict order, never an equality); a decimal of up to 15
//! significant digits round-trips and is trusted.

use std::cmp::Ordering;
use std::fmt;

use serde_json::{Map, Number, Value};

/// A JSON number as the schema wrote it, as exactly as it was parsed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Num {
    /// An integer that fit `i64` or `u64`: exact.
    Int(i128),
    /// Any other number, as the nearest `f64`.
    Float(f64),
}

/// 2^53: from here on, not every integer has an `f64` of its own.
const EXACT_LIMIT: f64 = 9_007_199_254_740_992.0;

impl Num {
    pub(super) fn of(n: &Number) -> Num {
        if let Some(i) = n.as_i64() {
            Num::Int(i.into())
        } else if let Some(u) = n.as_u64() {
            Num::Int(u.into())
        } else {
            Num::Float(n.as_f64().unwrap_or(f64::NAN))
        }
    }

    /// Whether the value may stand for other texts too (a rounded integer).
    fn rounded(self) -> bool {
        matches!(self, Num::Float(f) if f.abs() >= EXACT_LIMIT)
    }

    /// Whether the value is a whole number.
    pub(super) fn is_integer(self) -> bool {
        match self {
            Num::Int(_) => true,
            Num::Float(f) => f.fract() == 0.0,
        }
    }
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Num::Int(i) => write!(f, "{i}"),
            Num::Float(x) => write!(f, "{x}"),
        }
    }
}

/// The number `key` of a schema object.
pub(super) fn num(m: &Map<String, Value>, key: &str) -> Option<Num> {
    m.get(key).and_then(Value::as_number).map(Num::of)
}

/// The order of two numbers, exact but for rounding at parse time (see [`compare`]).
pub(super) fn order(a: Num, b: Num) -> Ordering {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x.cmp(&y),
        (Num::Float(x), Num::Float(y)) => x.total_cmp(&y),
        (Num::Int(i), Num::Float(f)) => float_vs_int(f, i).reverse(),
        (Num::Float(f), Num::Int(i)) => float_vs_int(f, i),
    }
}

/// `f` against `i`, exactly.
fn float_vs_int(f: f64, i: i128) -> Ordering {
    // Beyond i128 (about 1.7e38) every f64 is farther out than any i128.
    if f < -1.7e38 {
        return Ordering::Less;
    }
    if f > 1.7e38 {
        return Ordering::Greater;
    }
    let floor = f.floor();
    // Exact: `floor` is a whole number inside i128's range.
    #[allow(clippy::cast_possible_truncation)]
    let whole = floor as i128;
    match whole.cmp(&i) {
        Ordering::Equal if f > floor => Ordering::Greater,
        other => other,
    }
}

/// The order of `a` and `b`; `None` where they compare equal but one was rounded when
/// parsed (the texts may differ).
pub(super) fn compare(a: Num, b: Num) -> Option<Ordering> {
    let o = order(a, b);
    (o != Ordering::Equal || !(a.rounded() || b.rounded())).then_some(o)
}

/// Whether every multiple of `k` is a multiple of `d` (`k` is a multiple of `d`), exactly;
/// `None` where it cannot be decided exactly.
pub(super) fn is_multiple(k: Num, d: Num) -> Option<bool> {
    if let (Num::Int(k), Num::Int(d)) = (k, d) {
        return (d != 0).then(|| k % d == 0);
    }
    if k.rounded() || d.rounded() {
        return None;
    }
    let (km, ke) = decimal(k)?;
    let (dm, de) = decimal(d)?;
    if dm == 0 {
        return None;
    }
    let e = ke.min(de);
    let scale = |m: i128, exp: i32| -> Option<i128> {
        let shift = u32::try_from(exp - e).ok()?;
        m.checked_mul(10i128.checked_pow(shift)?)
    };
    let (k, d) = (scale(km, ke)?, scale(dm, de)?);
    Some(k % d == 0)
}

/// The shortest decimal form of a number as (mantissa, exponent of ten).
fn decimal(n: Num) -> Option<(i128, i32)> {
    let text = match n {
        Num::Int(i) => return Some((i, 0)),
        Num::Float(f) => format!("{f:e}"),
    };
    let (mantissa, exponent) = text.split_once('e')?;
    let exponent: i32 = exponent.parse().ok()?;
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: i128 = format!("{whole}{fraction}").parse().ok()?;
    let fraction_len = i32::try_from(fraction.len()).ok()?;
    Some((digits, exponent - fraction_len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(text: &str) -> Num {
        Num::of(&serde_json::from_str(text).unwrap())
    }

    #[test]
    fn integers_beyond_2_pow_53_are_told_apart() {
        assert_eq!(
            compare(n("9007199254740993"), n("9007199254740992")),
            Some(Ordering::Greater)
        );
        assert_eq!(
            compare(n("18446744073709551615"), n("18446744073709551614")),
            Some(Ordering::Greater)
        );
        assert_eq!(
            compare(n("-9223372036854775808"), n("-9223372036854775807")),
            Some(Ordering::Less)
        );
        assert_eq!(
            compare(n("9007199254740993"), n("9007199254740992.5")),
            Some(Ordering::Greater)
        );
        assert_eq!(compare(n("3"), n("2.5")), Some(Ordering::Greater));
        assert_eq!(compare(n("2"), n("2.0")), Some(Ordering::Equal));
        // Beyond u64, serde_json rounds: an equality is not trusted, a strict order is.
        assert_eq!(
            compare(n("18446744073709551617"), n("18446744073709551616")),
            None
        );
        assert_eq!(
            compare(n("18446744073709600000"), n("18446744073709551616")),
            Some(Ordering::Greater)
        );
    }

    #[test]
    fn multiples_are_decided_exactly() {
        assert_eq!(is_multiple(n("9007199254740993"), n("3")), Some(true));
        assert_eq!(is_multiple(n("9007199254740994"), n("3")), Some(false));
        assert_eq!(is_multiple(n("0.3"), n("0.1")), Some(true));
        assert_eq!(is_multiple(n("0.25"), n("0.1")), Some(false));
        assert_eq!(is_multiple(n("1e-7"), n("1e-8")), Some(true));
        assert_eq!(is_multiple(n("0.30000000001"), n("0.1")), Some(false));
        assert_eq!(is_multiple(n("1e300"), n("7")), None);
    }
}
