//! One writer object against one reader object: types, `enum`/`const`, then the keywords
//! of each type, and keywords without a rule of their own.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::super::{Finding, Rule};
use super::number::numeric;
use super::string::string;
use super::values::{
    accepts_type, child, finding, finite, json_eq, live_types, type_set, value_type,
};
use super::{Checker, Node};

/// Keywords compared by dedicated rules (everything else is compared for equality).
pub(super) const KNOWN: [&str; 35] = [
    "type",
    "enum",
    "const",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "items",
    "prefixItems",
    "additionalItems",
    "minItems",
    "maxItems",
    "uniqueItems",
    "contains",
    "minContains",
    "maxContains",
    "properties",
    "required",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "patternProperties",
    "minProperties",
    "maxProperties",
    "propertyNames",
    "dependentRequired",
    "anyOf",
    "oneOf",
    "allOf",
    "$ref",
];

/// Keywords proved by [`applicators`](super::applicators).
const PROVED: [&str; 6] = [
    "not",
    "dependentSchemas",
    "dependencies",
    "contains",
    "minContains",
    "maxContains",
];

impl Checker<'_> {
    #[allow(clippy::too_many_lines)]
    pub(super) fn compare(
        &mut self,
        w: &Node,
        wm: &Map<String, Value>,
        r: &Node,
        rm: &Map<String, Value>,
    ) -> Vec<Finding> {
        let mut out = vec![];
        let (wp, rp) = (w.ptr.as_str(), r.ptr.as_str());
        // Types.
        let writer_types = live_types(wm);
        let reader_types = type_set(rm);
        let missing: Vec<&str> = writer_types
            .iter()
            .copied()
            .filter(|t| !accepts_type(&reader_types, t))
            .collect();
        let live: BTreeSet<&str> = writer_types
            .iter()
            .copied()
            .filter(|t| accepts_type(&reader_types, t))
            .collect();
        if !missing.is_empty() {
            let narrowed = !live.is_empty()
                || (missing.contains(&"number") && reader_types.contains("integer"));
            let rule = if narrowed {
                Rule::TypeNarrowed
            } else {
                Rule::TypeChanged
            };
            let rtypes: Vec<&str> = reader_types.iter().copied().collect();
            out.push(finding(
                rule,
                wp,
                &child(rp, "type"),
                format!(
                    "the writer may write {}, the reader accepts only {}",
                    missing.join(", "),
                    rtypes.join(", ")
                ),
            ));
        }
        // enum / const.
        if let Some(rvals) = finite(rm) {
            let is_const = rm.contains_key("const") && !rm.contains_key("enum");
            let wvals = finite(wm).or_else(|| {
                live.iter()
                    .all(|t| matches!(*t, "null" | "boolean"))
                    .then(|| {
                        live.iter()
                            .flat_map(|t| {
                                if *t == "null" {
                                    vec![Value::Null]
                                } else {
                                    vec![Value::Bool(true), Value::Bool(false)]
                                }
                            })
                            .collect()
                    })
            });
            let key = if is_const { "const" } else { "enum" };
            match wvals {
                None => out.push(finding(
                    if is_const {
                        Rule::ConstAdded
                    } else {
                        Rule::EnumAdded
                    },
                    wp,
                    &child(rp, key),
                    format!("the reader restricts values with `{key}`, the writer does not"),
                )),
                Some(ws) => {
                    let lost: Vec<String> = ws
                        .iter()
                        .filter(|v| accepts_type(&live, value_type(v)))
                        .filter(|v| !rvals.iter().any(|u| json_eq(v, u)))
                        .map(Value::to_string)
                        .collect();
                    if !lost.is_empty() {
                        out.push(finding(
                            if is_const {
                                Rule::ConstChanged
                            } else {
                                Rule::EnumNarrowed
                            },
                            wp,
                            &child(rp, key),
                            format!(
                                "the reader's `{key}` lacks {} which the writer may write",
                                lost.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
        if live.contains("number") || live.contains("integer") {
            out.extend(numeric(wm, wp, rm, rp, &live));
        }
        if live.contains("string") {
            out.extend(string(wm, wp, rm, rp));
        } else if !live.is_empty() && rm.contains_key("format") {
            // `format` on other types (schemars: `uint32`, `double`, ...).
            let only_format = |m: &Map<String, Value>| {
                m.get("format")
                    .map(|f| Map::from_iter([("format".to_owned(), f.clone())]))
                    .unwrap_or_default()
            };
            out.extend(
                string(&only_format(wm), wp, &only_format(rm), rp)
                    .into_iter()
                    .filter(|f| matches!(f.rule, Rule::FormatAdded | Rule::FormatChanged)),
            );
        }
        if live.contains("array") {
            out.extend(self.array(wm, wp, rm, rp));
        }
        if live.contains("object") {
            out.extend(self.object(wm, wp, rm, rp));
        }
        out.extend(self.not(w, wm, rm, rp));
        out.extend(self.dependent(w, wm, rm, rp));
        if live.contains("array") {
            out.extend(self.contains(w, wm, rm, rp));
        }
        // Keywords without a rule of their own: must be unchanged.
        for (k, rv) in rm {
            if KNOWN.contains(&k.as_str()) || PROVED.contains(&k.as_str()) {
                continue;
            }
            if wm.get(k) != Some(rv) {
                out.push(finding(
                    Rule::UnsupportedKeywordChanged,
                    wp,
                    &child(rp, k),
                    format!("the reader's `{k}` differs from the writer's; the checker cannot prove it compatible"),
                ));
            }
        }
        out
    }
}
