//! Lower and upper bounds on counts (`minLength`, `maxItems`, `minProperties`, ...).

use serde_json::{Map, Value};

use super::super::{Finding, Rule};
use super::values::{child, count, finding};

/// Which end of a count a keyword bounds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum End {
    /// `minLength`, `minItems`, `minProperties`: counts below it are refused.
    Min,
    /// `maxLength`, `maxItems`, `maxProperties`: counts above it are refused.
    Max,
}

impl End {
    /// Whether the reader's bound `r` refuses a count the writer's bound `w` allows.
    fn refuses_more(self, r: u64, w: u64) -> bool {
        match self {
            End::Min => r > w,
            End::Max => r < w,
        }
    }
}

/// The findings for the reader's bound `key` against the writer's: `added` when the writer
/// has none, `tightened` when the reader's refuses counts the writer's allows.
pub(super) fn bound(
    wm: &Map<String, Value>,
    wp: &str,
    rm: &Map<String, Value>,
    rp: &str,
    (end, key): (End, &str),
    added: Rule,
    tightened: Rule,
) -> Vec<Finding> {
    let Some(r) = count(rm, key) else {
        return vec![];
    };
    // A minimum of 0 refuses no count.
    if end == End::Min && r == 0 {
        return vec![];
    }
    match count(wm, key) {
        None => vec![finding(
            added,
            wp,
            &child(rp, key),
            format!("the reader adds `{key}` {r}, the writer has none"),
        )],
        Some(w) if end.refuses_more(r, w) => {
            let side = if end == End::Min { "above" } else { "below" };
            vec![finding(
                tightened,
                wp,
                &child(rp, key),
                format!("the reader's `{key}` {r} is {side} the writer's {w}"),
            )]
        }
        Some(_) => vec![],
    }
}
