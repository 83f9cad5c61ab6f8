//! Strings: lengths, `pattern`, `format`.

use serde_json::{Map, Value};

use super::super::{Finding, Rule};
use super::bounds::{End, bound};
use super::number::format_within;
use super::values::{child, count, finding, finite};

/// Whether every string the writer can write (its `enum`/`const`, when it has one)
/// satisfies the reader's `minLength`, `maxLength` and `pattern` (ECMA-262, `u` flag);
/// lengths count code points, as JSON Schema does.
fn finite_strings_pass(wm: &Map<String, Value>, rm: &Map<String, Value>) -> bool {
    let Some(values) = finite(wm) else {
        return false;
    };
    let pattern = match rm.get("pattern").and_then(Value::as_str) {
        Some(p) => match regress::Regex::with_flags(p, "u") {
            Ok(re) => Some(re),
            Err(_) => return false,
        },
        None => None,
    };
    values.iter().filter_map(Value::as_str).all(|v| {
        let len = u64::try_from(v.chars().count()).unwrap_or(u64::MAX);
        count(rm, "minLength").is_none_or(|m| len >= m)
            && count(rm, "maxLength").is_none_or(|m| len <= m)
            && pattern.as_ref().is_none_or(|re| re.find(v).is_some())
    })
}

pub(super) fn string(
    wm: &Map<String, Value>,
    wp: &str,
    rm: &Map<String, Value>,
    rp: &str,
) -> Vec<Finding> {
    if finite_strings_pass(wm, rm) {
        let only_format = |m: &Map<String, Value>| {
            m.get("format")
                .map(|f| Map::from_iter([("format".to_owned(), f.clone())]))
                .unwrap_or_default()
        };
        if !rm.contains_key("format") {
            return vec![];
        }
        return string(&only_format(wm), wp, &only_format(rm), rp);
    }
    let mut out = bound(
        wm,
        wp,
        rm,
        rp,
        (End::Min, "minLength"),
        Rule::MinLengthAdded,
        Rule::MinLengthIncreased,
    );
    out.extend(bound(
        wm,
        wp,
        rm,
        rp,
        (End::Max, "maxLength"),
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
