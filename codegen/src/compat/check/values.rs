//! Reading a schema object: its types, finite values, numbers, counts, required names,
//! pattern properties and content model; and how findings and pointers are made.

use std::collections::BTreeSet;

use regress::Regex;
use serde_json::{Map, Value};

use super::super::schema::escape;
use super::super::{Finding, Rule};
use super::exact::{Num, compare};

pub(super) const ALL_TYPES: [&str; 7] = [
    "null", "boolean", "object", "array", "number", "integer", "string",
];

pub(super) fn finding(
    rule: Rule,
    writer_pointer: &str,
    reader_pointer: &str,
    message: String,
) -> Finding {
    Finding {
        rule,
        writer_pointer: writer_pointer.to_owned(),
        reader_pointer: reader_pointer.to_owned(),
        message,
    }
}

pub(super) fn child(ptr: &str, key: &str) -> String {
    format!("{ptr}/{}", escape(key))
}

pub(super) fn obj(v: &Value) -> Option<&Map<String, Value>> {
    v.as_object()
}

pub(super) fn empty_map() -> &'static Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(Map::new)
}

pub(super) fn type_set(m: &Map<String, Value>) -> BTreeSet<&'static str> {
    let names: Vec<&str> = match m.get("type") {
        None => return ALL_TYPES.into_iter().collect(),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        Some(Value::String(s)) => vec![s.as_str()],
        Some(_) => vec![],
    };
    ALL_TYPES
        .into_iter()
        .filter(|t| names.contains(t))
        .collect()
}

pub(super) fn value_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) => {
            if Num::of(n).is_integer() {
                "integer"
            } else {
                "number"
            }
        }
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

pub(super) fn accepts_type(types: &BTreeSet<&str>, t: &str) -> bool {
    types.contains(t) || (t == "integer" && types.contains("number"))
}

/// The finite set of values a schema allows, from `const` and `enum`.
pub(super) fn finite(m: &Map<String, Value>) -> Option<Vec<Value>> {
    match (m.get("const"), m.get("enum").and_then(Value::as_array)) {
        (Some(c), Some(e)) => Some(e.iter().filter(|v| json_eq(v, c)).cloned().collect()),
        (Some(c), None) => Some(vec![c.clone()]),
        (None, Some(e)) => Some(e.clone()),
        (None, None) => None,
    }
}

pub(super) fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            compare(Num::of(x), Num::of(y)) == Some(std::cmp::Ordering::Equal)
        }
        _ => a == b,
    }
}

/// The JSON types a schema's instances can have (`type`, narrowed by `const`/`enum`).
pub(super) fn live_types(m: &Map<String, Value>) -> BTreeSet<&'static str> {
    let declared = type_set(m);
    match finite(m) {
        None => declared,
        Some(values) => values
            .iter()
            .map(value_type)
            .filter(|t| accepts_type(&declared, t))
            .collect(),
    }
}

/// The atoms of a type set: `number` is `integer` plus `fraction` (non-integral numbers).
pub(super) fn atoms(types: &BTreeSet<&str>) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    for t in ALL_TYPES {
        if types.contains(t) {
            if t == "number" {
                out.insert("integer");
                out.insert("fraction");
            } else {
                out.insert(t);
            }
        }
    }
    out
}

pub(super) fn types_overlap(a: &BTreeSet<&str>, b: &BTreeSet<&str>) -> BTreeSet<&'static str> {
    atoms(a).intersection(&atoms(b)).copied().collect()
}

pub(super) fn contains_ref(v: &Value) -> bool {
    match v {
        Value::Object(o) => o.contains_key("$ref") || o.values().any(contains_ref),
        Value::Array(a) => a.iter().any(contains_ref),
        _ => false,
    }
}

pub(super) fn count(m: &Map<String, Value>, key: &str) -> Option<u64> {
    m.get(key).and_then(Value::as_u64)
}

pub(super) fn required(m: &Map<String, Value>) -> BTreeSet<&str> {
    m.get("required")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

pub(super) fn patterns(m: &Map<String, Value>) -> Vec<(&str, &Value, Option<Regex>)> {
    m.get("patternProperties")
        .and_then(Value::as_object)
        .map(|pp| {
            pp.iter()
                .map(|(k, v)| (k.as_str(), v, Regex::with_flags(k, "u").ok()))
                .collect()
        })
        .unwrap_or_default()
}

/// `additionalProperties` (or else `unevaluatedProperties`): the schema for undeclared names.
///
/// For the writer, `unevaluatedProperties` beside a keyword that evaluates properties this
/// checker does not follow (`dependentSchemas`, `if`/`then`/`else`) is taken as `true`:
/// those properties are written whatever it says.
pub(super) fn extra<'m>(m: &'m Map<String, Value>, ptr: &str, writer: bool) -> (&'m Value, String) {
    static TRUE: Value = Value::Bool(true);
    if let Some(v) = m.get("additionalProperties") {
        return (v, child(ptr, "additionalProperties"));
    }
    if let Some(v) = m.get("unevaluatedProperties")
        && !(writer && EVALUATES_ELSEWHERE.iter().any(|k| m.contains_key(*k)))
    {
        return (v, child(ptr, "unevaluatedProperties"));
    }
    (&TRUE, ptr.to_owned())
}

/// Keywords that evaluate properties or items beside the object's own, which the
/// checker's `unevaluated*` reasoning does not follow.
pub(super) const EVALUATES_ELSEWHERE: [&str; 5] =
    ["dependentSchemas", "dependencies", "if", "then", "else"];

/// The schema for array items after the positional ones, and its keyword: `items` (or
/// `additionalItems` after an `items` array), else `unevaluatedItems`, which then applies
/// to every position the positional keywords leave. For the writer, `unevaluatedItems` is
/// not a bound when `contains` (or a keyword the checker does not follow) evaluates items too.
pub(super) fn tail(m: &Map<String, Value>, writer: bool) -> (Value, &'static str) {
    let positional_array = m.get("items").is_some_and(Value::is_array);
    let (key, value) = if positional_array {
        ("additionalItems", m.get("additionalItems"))
    } else {
        ("items", m.get("items"))
    };
    if let Some(v) = value {
        return (v.clone(), key);
    }
    let evaluated_elsewhere =
        m.contains_key("contains") || EVALUATES_ELSEWHERE.iter().any(|k| m.contains_key(*k));
    match m.get("unevaluatedItems") {
        Some(v) if !(writer && evaluated_elsewhere) => (v.clone(), "unevaluatedItems"),
        _ => (Value::Bool(true), key),
    }
}

/// How an object treats names it does not declare.
#[derive(PartialEq, Eq)]
pub(super) enum Model {
    /// Any name, any value.
    Open,
    /// No other name.
    Closed,
    /// Names and values a schema allows.
    Partial,
}
