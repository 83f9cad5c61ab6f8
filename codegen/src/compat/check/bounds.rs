//! Lower and upper bounds on counts (`minLength`, `maxItems`, `minProperties`, ...).

use serde_json::{Map, Value};

use super::super::{Finding, Rule};
use super::values::{child, count, finding};

pub(super) fn bound_min(
    wm: &Map<String, Value>,
    wp: &str,
    rm: &Map<String, Value>,
    rp: &str,
    key: &str,
    added: Rule,
    increased: Rule,
) -> Vec<Finding> {
    let Some(r) = count(rm, key) else {
        return vec![];
    };
    match count(wm, key) {
        _ if r == 0 => vec![],
        None => vec![finding(
            added,
            wp,
            &child(rp, key),
            format!("the reader adds `{key}` {r}, the writer has none"),
        )],
        Some(w) if w < r => vec![finding(
            increased,
            wp,
            &child(rp, key),
            format!("the reader's `{key}` {r} is above the writer's {w}"),
        )],
        Some(_) => vec![],
    }
}

pub(super) fn bound_max(
    wm: &Map<String, Value>,
    wp: &str,
    rm: &Map<String, Value>,
    rp: &str,
    key: &str,
    added: Rule,
    decreased: Rule,
) -> Vec<Finding> {
    let Some(r) = count(rm, key) else {
        return vec![];
    };
    match count(wm, key) {
        None => vec![finding(
            added,
            wp,
            &child(rp, key),
            format!("the reader adds `{key}` {r}, the writer has none"),
        )],
        Some(w) if w > r => vec![finding(
            decreased,
            wp,
            &child(rp, key),
            format!("the reader's `{key}` {r} is below the writer's {w}"),
        )],
        Some(_) => vec![],
    }
}
