//! factum's default rule, serde-aware: a writer writes exactly the fields its Rust type
//! declares, a reader ignores fields it does not know.
//!
//! serde serializes a struct as exactly its fields, so as a *writer* a struct's schema is
//! closed even though JSON Schema calls an object without `additionalProperties` open.
//! [`as_written`] states that: every object schema with `properties` and no content-model
//! keyword of its own (`additionalProperties`, `unevaluatedProperties`,
//! `patternProperties`) gets `"additionalProperties": false`. A map or a flattened map
//! says `additionalProperties` itself (schemars writes `true` for `serde_json::Value`
//! values) and stays as it is. An object that is one part of a conjunction (an `allOf`
//! item, or an `anyOf`/`oneOf` branch beside its parent's own properties, as a flattened
//! enum is) is left open: closing it alone would refuse its siblings' properties. Leaving
//! an object open only makes the check stricter, never wrong.
//!
//! As a *reader*, a schema is taken as it is: serde ignores unknown fields (JSON Schema's
//! open model) unless `deny_unknown_fields` (`additionalProperties: false`). One reader
//! fallback does not show in a schema: an enum with a `#[serde(other)]` variant reads any
//! unit variant name. schemars lists only the known names, so mark such an enum with
//! `#[schemars(extend("x-serde-other" = true))]`; [`as_read`] then accepts any string
//! where it lists names, and a variant added by a newer writer is compatible.

use serde_json::Value;

use super::{Direction, ModeFinding, Schema, check};

/// Keywords that describe an object's own members.
const OBJECT_KEYWORDS: [&str; 6] = [
    "properties",
    "patternProperties",
    "additionalProperties",
    "unevaluatedProperties",
    "required",
    "propertyNames",
];

/// Keywords whose presence means another subschema also judges this object's members.
const APPLICATORS: [&str; 9] = [
    "allOf",
    "anyOf",
    "oneOf",
    "$ref",
    "if",
    "then",
    "else",
    "not",
    "dependentSchemas",
];

/// The schema as its writer writes: struct objects closed (see the module docs).
#[must_use]
pub fn as_written(schema: &Schema) -> Schema {
    let mut root = schema.as_value().clone();
    close(&mut root, true);
    // Adding `additionalProperties: false` keeps a valid schema valid.
    Schema::checked(root)
}

/// The schema as its reader reads: an enum marked `x-serde-other` (a `#[serde(other)]`
/// fallback) accepts any variant name (see the module docs).
#[must_use]
pub fn as_read(schema: &Schema) -> Schema {
    let mut root = schema.as_value().clone();
    open_fallbacks(&mut root);
    // Replacing a string `enum` by `"type": "string"` keeps a valid schema valid.
    Schema::checked(root)
}

fn open_fallbacks(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.contains_key("x-serde-other") {
                let names_only = |m: &serde_json::Map<String, Value>| {
                    m.get("enum")
                        .and_then(Value::as_array)
                        .is_some_and(|e| e.iter().all(Value::is_string))
                };
                if names_only(map) {
                    map.remove("enum");
                    map.insert("type".to_owned(), Value::from("string"));
                }
                for key in ["oneOf", "anyOf"] {
                    if let Some(Value::Array(branches)) = map.get_mut(key) {
                        for branch in branches.iter_mut() {
                            if let Value::Object(b) = branch
                                && names_only(b)
                            {
                                b.remove("enum");
                                b.remove("const");
                                b.insert("type".to_owned(), Value::from("string"));
                            }
                        }
                    }
                }
            }
            map.values_mut().for_each(open_fallbacks);
        }
        Value::Array(items) => items.iter_mut().for_each(open_fallbacks),
        _ => {}
    }
}

fn close(value: &mut Value, standalone: bool) {
    let Value::Object(map) = value else { return };
    let has_own_members = OBJECT_KEYWORDS.iter().any(|k| map.contains_key(*k));
    if standalone
        && map.contains_key("properties")
        && ![
            "additionalProperties",
            "unevaluatedProperties",
            "patternProperties",
        ]
        .iter()
        .any(|k| map.contains_key(*k))
        && !APPLICATORS.iter().any(|k| map.contains_key(*k))
    {
        map.insert("additionalProperties".to_owned(), Value::Bool(false));
    }
    for (key, sub) in map.iter_mut() {
        match key.as_str() {
            "properties" | "$defs" | "definitions" | "patternProperties" | "dependentSchemas" => {
                if let Value::Object(schemas) = sub {
                    schemas.values_mut().for_each(|s| close(s, true));
                }
            }
            "anyOf" | "oneOf" => {
                if let Value::Array(branches) = sub {
                    for s in branches.iter_mut() {
                        close(s, !has_own_members);
                    }
                }
            }
            "prefixItems" => {
                if let Value::Array(items) = sub {
                    for s in items.iter_mut() {
                        close(s, true);
                    }
                }
            }
            "items"
            | "additionalItems"
            | "unevaluatedItems"
            | "additionalProperties"
            | "unevaluatedProperties"
            | "contains" => close(sub, true),
            // `allOf` items, `not`, `if`/`then`/`else`, `propertyNames`: left as they are.
            _ => {}
        }
    }
}

/// Which readers a contract has, for the serde-aware rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Readers {
    /// An event: consumers not yet upgraded read new events, and upgraded consumers read
    /// old, stored or replayed events. Checked both ways.
    Both,
    /// A command or a query: one handler, upgraded with or before its senders, reads what
    /// senders not yet upgraded send. Checked one way.
    Handler,
}

impl Readers {
    /// The directions checked: [`Direction::Backward`] (new readers, old data) always,
    /// [`Direction::Forward`] (old readers, new data) for events.
    #[must_use]
    pub fn directions(self) -> &'static [Direction] {
        match self {
            Readers::Both => &[Direction::Backward, Direction::Forward],
            Readers::Handler => &[Direction::Backward],
        }
    }
}

/// Checks `new` against `old` under the serde-aware rule; every finding has
/// `old_index` 0. Empty if every reader named by `readers` reads every writer's data.
#[must_use]
pub fn check_serde(readers: Readers, old: &Schema, new: &Schema) -> Vec<ModeFinding> {
    let mut out = Vec::new();
    for &direction in readers.directions() {
        let findings = match direction {
            Direction::Backward => check(&as_written(old), &as_read(new)),
            Direction::Forward => check(&as_written(new), &as_read(old)),
        };
        out.extend(findings.into_iter().map(|finding| ModeFinding {
            old_index: 0,
            direction,
            finding,
        }));
    }
    out
}

/// Whether an object map describes members (used by tests of the closing rule).
#[cfg(test)]
fn closed(map: &serde_json::Map<String, Value>) -> bool {
    map.get("additionalProperties") == Some(&Value::Bool(false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn written(v: Value) -> Value {
        as_written(&Schema::new(v).unwrap()).as_value().clone()
    }

    #[test]
    fn structs_are_closed_maps_and_flattened_parts_are_not() {
        let out = written(json!({
            "type": "object",
            "properties": {"id": {"type": "string"}, "tags": {"type": "object", "additionalProperties": {"type": "string"}}},
            "$defs": {"Line": {"type": "object", "properties": {"sku": {"type": "string"}}}},
        }));
        assert!(closed(out.as_object().unwrap()));
        assert!(closed(out["$defs"]["Line"].as_object().unwrap()));
        assert_eq!(
            out["properties"]["tags"]["additionalProperties"],
            json!({"type": "string"})
        );
        // A flattened enum: the branches sit beside the parent's own properties.
        let out = written(json!({
            "type": "object",
            "properties": {"id": {"type": "string"}},
            "oneOf": [{"type": "object", "properties": {"kind": {"const": "card"}}}],
        }));
        assert!(!closed(out.as_object().unwrap()));
        assert!(!closed(out["oneOf"][0].as_object().unwrap()));
        // A tagged enum alone: each branch is what the writer writes.
        let out = written(json!({
            "oneOf": [{"type": "object", "properties": {"kind": {"const": "card"}}}],
        }));
        assert!(closed(out["oneOf"][0].as_object().unwrap()));
        // An explicit open model (a flattened `serde_json::Value` map) stays open.
        let out =
            written(json!({"type": "object", "properties": {}, "additionalProperties": true}));
        assert_eq!(out["additionalProperties"], json!(true));
    }
}
