//! A JSON Schema document: validation of its shape and `$ref` resolution.

use std::collections::HashSet;
use std::fmt;

use serde_json::Value;

/// A JSON Schema (draft 2020-12) document accepted by the checker.
///
/// Construction checks the document's shape: the root and every subschema is an object or a
/// boolean, the keywords the checker reads have the right JSON types, and every `$ref` points
/// inside the document (`#`, `#/json/pointer` or `#anchor`) without a cycle of bare references.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    root: Value,
}

/// Why a document is not a schema the checker accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError {
    /// JSON pointer to the offending place (empty for the root).
    pub pointer: String,
    /// What is wrong there.
    pub message: String,
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at #{}: {}", self.pointer, self.message)
    }
}

impl std::error::Error for SchemaError {}

const TYPE_NAMES: [&str; 7] = [
    "null", "boolean", "object", "array", "number", "integer", "string",
];
const SCHEMA_MAPS: [&str; 5] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
];
const SCHEMA_ARRAYS: [&str; 4] = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_SINGLE: [&str; 12] = [
    "additionalProperties",
    "unevaluatedProperties",
    "additionalItems",
    "unevaluatedItems",
    "contains",
    "not",
    "if",
    "then",
    "else",
    "propertyNames",
    "contentSchema",
    "items",
];
const NUMBERS: [&str; 4] = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
const COUNTS: [&str; 8] = [
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "minContains",
    "maxContains",
];

/// Escapes one reference token of a JSON pointer.
pub(crate) fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

impl Schema {
    /// Checks `root` and wraps it.
    ///
    /// # Errors
    /// A [`SchemaError`] naming the first problem found.
    pub fn new(root: Value) -> Result<Self, SchemaError> {
        let schema = Schema { root };
        schema.validate(&schema.root, "")?;
        Ok(schema)
    }

    /// A document already known to be valid (derived from a valid one by a change that
    /// keeps it valid).
    pub(crate) fn checked(root: Value) -> Self {
        Schema { root }
    }

    /// Parses JSON text and checks it as [`Schema::new`] does.
    ///
    /// # Errors
    /// A [`SchemaError`] if the text is not JSON or not an acceptable schema.
    pub fn from_json(text: &str) -> Result<Self, SchemaError> {
        let value: Value = serde_json::from_str(text).map_err(|e| SchemaError {
            pointer: String::new(),
            message: format!("not JSON: {e}"),
        })?;
        Schema::new(value)
    }

    /// The document.
    #[must_use]
    pub fn as_value(&self) -> &Value {
        &self.root
    }

    fn validate(&self, v: &Value, ptr: &str) -> Result<(), SchemaError> {
        let err = |p: String, m: String| SchemaError {
            pointer: p,
            message: m,
        };
        let obj = match v {
            Value::Bool(_) => return Ok(()),
            Value::Object(o) => o,
            other => {
                return Err(err(
                    ptr.to_owned(),
                    format!(
                        "a schema must be an object or a boolean, found {}",
                        json_kind(other)
                    ),
                ));
            }
        };
        for (key, value) in obj {
            let at = format!("{ptr}/{}", escape(key));
            let k = key.as_str();
            if SCHEMA_MAPS.contains(&k) {
                let map = value
                    .as_object()
                    .ok_or_else(|| err(at.clone(), format!("`{k}` must be an object")))?;
                for (name, sub) in map {
                    self.validate(sub, &format!("{at}/{}", escape(name)))?;
                }
                if k == "patternProperties" {
                    for name in map.keys() {
                        ecma_pattern(name)
                            .map_err(|m| err(at.clone(), format!("`patternProperties` key {m}")))?;
                    }
                }
            } else if SCHEMA_ARRAYS.contains(&k) || (k == "items" && value.is_array()) {
                let arr = value
                    .as_array()
                    .ok_or_else(|| err(at.clone(), format!("`{k}` must be an array")))?;
                if arr.is_empty() && k != "prefixItems" {
                    return Err(err(at, format!("`{k}` must not be empty")));
                }
                for (i, sub) in arr.iter().enumerate() {
                    self.validate(sub, &format!("{at}/{i}"))?;
                }
            } else if SCHEMA_SINGLE.contains(&k) {
                self.validate(value, &at)?;
            } else if k == "type" {
                let names: Vec<&Value> = match value {
                    Value::Array(a) => a.iter().collect(),
                    one => vec![one],
                };
                for n in names {
                    if !n.as_str().is_some_and(|s| TYPE_NAMES.contains(&s)) {
                        return Err(err(at, format!("unknown type {n}")));
                    }
                }
            } else if NUMBERS.contains(&k) {
                if !value.is_number() {
                    return Err(err(at, format!("`{k}` must be a number")));
                }
            } else if k == "multipleOf" {
                if !value.as_f64().is_some_and(|x| x > 0.0) {
                    return Err(err(at, "`multipleOf` must be a number above 0".to_owned()));
                }
            } else if COUNTS.contains(&k) {
                if value.as_u64().is_none() {
                    return Err(err(at, format!("`{k}` must be a non-negative integer")));
                }
            } else if k == "required" {
                if !value
                    .as_array()
                    .is_some_and(|a| a.iter().all(Value::is_string))
                {
                    return Err(err(at, "`required` must be an array of strings".to_owned()));
                }
            } else if k == "enum" {
                if value.as_array().is_none_or(Vec::is_empty) {
                    return Err(err(at, "`enum` must be a non-empty array".to_owned()));
                }
            } else if k == "pattern" || k == "format" {
                let Some(text) = value.as_str() else {
                    return Err(err(at, format!("`{k}` must be a string")));
                };
                if k == "pattern" {
                    ecma_pattern(text).map_err(|m| err(at, format!("`pattern` {m}")))?;
                }
            } else if k == "uniqueItems" {
                if !value.is_boolean() {
                    return Err(err(at, "`uniqueItems` must be a boolean".to_owned()));
                }
            } else if k == "$ref" {
                let Some(reference) = value.as_str() else {
                    return Err(err(at, "`$ref` must be a string".to_owned()));
                };
                self.check_ref(reference).map_err(|m| err(at, m))?;
            }
        }
        Ok(())
    }

    /// Checks that a bare-reference chain starting at `reference` ends.
    fn check_ref(&self, reference: &str) -> Result<(), String> {
        let mut seen = HashSet::new();
        let mut current = reference.to_owned();
        loop {
            if !seen.insert(current.clone()) {
                return Err(format!(
                    "`$ref` {reference:?} is part of a cycle of references that never reaches a schema"
                ));
            }
            let (target, _) = self.resolve(&current)?;
            match target.as_object() {
                Some(o) if o.keys().all(|k| k == "$ref" || is_annotation(k)) => {
                    match o.get("$ref").and_then(Value::as_str) {
                        Some(next) => current = next.to_owned(),
                        None => return Ok(()),
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    /// Resolves a reference inside the document: its target and the target's JSON pointer.
    pub(crate) fn resolve(&self, reference: &str) -> Result<(&Value, String), String> {
        let Some(fragment) = reference.strip_prefix('#') else {
            return Err(format!(
                "unresolvable `$ref` {reference:?}: only references inside the document (`#/...`) are supported"
            ));
        };
        let fragment = percent_decode(fragment)
            .ok_or_else(|| format!("unresolvable `$ref` {reference:?}: bad percent-encoding"))?;
        if fragment.is_empty() || fragment.starts_with('/') {
            let target = self.root.pointer(&fragment).ok_or_else(|| {
                format!("unresolvable `$ref` {reference:?}: no such place in the document")
            })?;
            return Ok((target, fragment));
        }
        find_anchor(&self.root, &fragment, "").ok_or_else(|| {
            format!("unresolvable `$ref` {reference:?}: no `$anchor` named {fragment:?}")
        })
    }
}

/// Checks that `pattern` is an ECMA-262 regular expression (with the `u` flag, as draft
/// 2020-12 asks).
fn ecma_pattern(pattern: &str) -> Result<(), String> {
    regress::Regex::with_flags(pattern, "u")
        .map(drop)
        .map_err(|e| format!("{pattern:?} is not an ECMA-262 regular expression: {e}"))
}

fn find_anchor<'a>(v: &'a Value, name: &str, ptr: &str) -> Option<(&'a Value, String)> {
    match v {
        Value::Object(o) => {
            if o.get("$anchor").and_then(Value::as_str) == Some(name) {
                return Some((v, ptr.to_owned()));
            }
            o.iter()
                .find_map(|(k, sub)| find_anchor(sub, name, &format!("{ptr}/{}", escape(k))))
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .find_map(|(i, sub)| find_anchor(sub, name, &format!("{ptr}/{i}"))),
        _ => None,
    }
}

/// `s` with its `%XX` escapes decoded (RFC 3986); `None` when a `%` is not followed by two
/// hexadecimal digits or the result is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let well_formed = s.split('%').skip(1).all(|after| {
        after
            .as_bytes()
            .get(..2)
            .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if !well_formed {
        return None;
    }
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .ok()
        .map(std::borrow::Cow::into_owned)
}

/// Keywords that never change which instances are valid: the annotations of draft
/// 2020-12, and vendor extensions (`x-...`), which validators ignore as unknown keywords.
pub(crate) fn is_annotation(key: &str) -> bool {
    key.starts_with("x-")
        || matches!(
            key,
            "title"
                | "description"
                | "default"
                | "examples"
                | "$comment"
                | "$schema"
                | "$id"
                | "$anchor"
                | "$defs"
                | "definitions"
                | "deprecated"
                | "readOnly"
                | "writeOnly"
                | "$vocabulary"
                | "contentEncoding"
                | "contentMediaType"
                | "contentSchema"
        )
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn percent_escapes_decode_and_malformed_ones_are_refused() {
        assert_eq!(
            percent_decode("/$defs/a%20b%7E").as_deref(),
            Some("/$defs/a b~")
        );
        assert_eq!(percent_decode("/%C3%A9t%c3%a9").as_deref(), Some("/été"));
        assert_eq!(percent_decode("/plain").as_deref(), Some("/plain"));
        for bad in ["%", "%2", "a%2", "%zz", "%+1", "%-1", "%%41", "%FF", "%C3"] {
            assert_eq!(percent_decode(bad), None, "{bad}");
        }
    }
}
