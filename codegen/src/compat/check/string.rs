//! Strings: lengths, `pattern`, `format`.

use serde_json::{Map, Value};

use super::bounds::{bound_max, bound_min};
use super::number::format_within;
use super::values::{child, finding};
use super::super::{Finding, Rule};

pub(super) fn string(wm: &Map<String, Value>, wp: &str, rm: &Map<String, Value>, rp: &str) -> Vec<Finding> {
    let mut out = bound_min(
        wm,
        wp,
        rm,
        rp,
        "minLength",
        Rule::MinLengthAdded,
        Rule::MinLengthIncreased,
    );
    out.extend(bound_max(
        wm,
        wp,
        rm,
        rp,
        "maxLength",
        Rule::MaxLengthAdded,
        Rule::MaxLengthDecreased,
    ));
    for (key, added, changed) in [
        ("pattern", Rule::PatternAdded, Rule::PatternChanged),
        ("format", Rule::FormatAdded, Rule::FormatChanged),
    ] {
        let Some(rv) = rm.get(key) else { continue };
        match wm.get(key) {
            Some(wv) if wv == rv || (key == "format" && format_within(wv, rv)) => {}
            Some(wv) => out.push(finding(
                changed,
                wp,
                &child(rp, key),
                format!("the reader's `{key}` {rv} differs from the writer's {wv}"),
            )),
            None => out.push(finding(
                added,
                wp,
                &child(rp, key),
                format!("the reader adds `{key}` {rv}, the writer's strings are not restricted so"),
            )),
        }
    }
    out
}
