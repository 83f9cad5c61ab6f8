//! Numbers: bounds, `multipleOf`, and numeric `format`s.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use std::cmp::Ordering;

use super::super::{Finding, Rule};
use super::exact::{Num, compare, is_multiple, num, order};
use super::values::{child, finding};

#[allow(clippy::too_many_lines)]
pub(super) fn numeric(
    wm: &Map<String, Value>,
    wp: &str,
    rm: &Map<String, Value>,
    rp: &str,
    live: &BTreeSet<&str>,
) -> Vec<Finding> {
    let mut out = vec![];
    // The writer's bounds: (value, exclusive).
    let lower = [("minimum", false), ("exclusiveMinimum", true)]
        .into_iter()
        .filter_map(|(k, ex)| num(wm, k).map(|x| (x, ex)))
        .max_by(|a, b| order(a.0, b.0).then(a.1.cmp(&b.1)));
    let upper = [("maximum", false), ("exclusiveMaximum", true)]
        .into_iter()
        .filter_map(|(k, ex)| num(wm, k).map(|x| (x, ex)))
        .min_by(|a, b| order(a.0, b.0).then(b.1.cmp(&a.1)));
    let checks = [
        (
            "minimum",
            false,
            true,
            Rule::MinimumAdded,
            Rule::MinimumIncreased,
        ),
        (
            "exclusiveMinimum",
            true,
            true,
            Rule::ExclusiveMinimumAdded,
            Rule::ExclusiveMinimumIncreased,
        ),
        (
            "maximum",
            false,
            false,
            Rule::MaximumAdded,
            Rule::MaximumDecreased,
        ),
        (
            "exclusiveMaximum",
            true,
            false,
            Rule::ExclusiveMaximumAdded,
            Rule::ExclusiveMaximumDecreased,
        ),
    ];
    for (key, exclusive, is_lower, added, moved) in checks {
        let Some(bound) = num(rm, key) else { continue };
        let writer = if is_lower { lower } else { upper };
        let ok = writer.is_some_and(|(x, wex)| {
            let toward = if is_lower {
                Ordering::Greater
            } else {
                Ordering::Less
            };
            let c = compare(x, bound);
            let strictly = c == Some(toward);
            let inside = strictly || c == Some(Ordering::Equal);
            if exclusive {
                strictly || (inside && wex)
            } else {
                inside
            }
        });
        if !ok {
            let (rule, msg) = match writer {
                None => (
                    added,
                    format!(
                        "the reader adds `{key}` {bound}, the writer's values are unbounded there"
                    ),
                ),
                Some((x, _)) => (
                    moved,
                    format!(
                        "the reader's `{key}` {bound} excludes values down to the writer's bound {x}"
                    ),
                ),
            };
            out.push(finding(rule, wp, &child(rp, key), msg));
        }
    }
    if let Some(d) = num(rm, "multipleOf") {
        match num(wm, "multipleOf") {
            None => {
                let integers_only = !live.contains("number");
                if !(integers_only
                    && d.is_integer()
                    && compare(d, Num::Int(1)) == Some(Ordering::Equal))
                {
                    out.push(finding(
                        Rule::MultipleOfAdded,
                        wp,
                        &child(rp, "multipleOf"),
                        format!("the reader requires multiples of {d}, the writer does not"),
                    ));
                }
            }
            Some(k) => {
                if is_multiple(k, d) != Some(true) {
                    out.push(finding(
                        Rule::MultipleOfChanged,
                        wp,
                        &child(rp, "multipleOf"),
                        format!(
                            "the writer's multiples of {k} are not all multiples of the reader's {d}"
                        ),
                    ));
                }
            }
        }
    }
    out
}

/// Whether every value of numeric `format` `writer` is within `reader` (schemars' integer and
/// float formats).
pub(super) fn format_within(writer: &Value, reader: &Value) -> bool {
    pub(super) fn range(f: &str) -> Option<(i128, i128)> {
        Some(match f {
            "int8" => (i8::MIN.into(), i8::MAX.into()),
            "int16" => (i16::MIN.into(), i16::MAX.into()),
            "int32" => (i32::MIN.into(), i32::MAX.into()),
            "int64" | "int" => (i64::MIN.into(), i64::MAX.into()),
            "int128" => (i128::MIN, i128::MAX),
            "uint8" => (0, u8::MAX.into()),
            "uint16" => (0, u16::MAX.into()),
            "uint32" => (0, u32::MAX.into()),
            "uint64" | "uint" => (0, u64::MAX.into()),
            _ => return None,
        })
    }
    match (writer.as_str(), reader.as_str()) {
        (Some("float"), Some("double")) => true,
        (Some(w), Some(r)) => match (range(w), range(r)) {
            (Some((wl, wh)), Some((rl, rh))) => rl <= wl && wh <= rh,
            _ => false,
        },
        _ => false,
    }
}
