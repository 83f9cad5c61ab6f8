//! Conjunctions: a `$ref` beside other keywords, `allOf`, and merging their parts into
//! one schema when their keywords do not interact.

use serde_json::{Map, Value, json};

use super::values::obj;
use super::{Checker, Node, Side};

impl Checker<'_> {
    /// Splits a reader that is a conjunction (`$ref` with siblings, `allOf`, or a combinator
    /// beside other keywords) into its parts; `None` if it is not one.
    pub(super) fn reader_parts(&self, rm: &Map<String, Value>, ptr: &str) -> Option<Vec<Node>> {
        let sums = usize::from(rm.contains_key("anyOf")) + usize::from(rm.contains_key("oneOf"));
        let split = rm.contains_key("$ref")
            || rm.contains_key("allOf")
            || (sums > 0 && (sums > 1 || rm.len() > 1));
        split.then(|| {
            let mut parts = self.conjuncts(Side::Reader, rm, ptr);
            // Separate the sums from the rest so each is matched on its own.
            let mut extra = vec![];
            for p in &mut parts {
                if let Value::Object(m) = &mut p.v
                    && m.len() > 1
                {
                    for key in ["anyOf", "oneOf"] {
                        if let Some(alts) = m.remove(key) {
                            extra.push(Node {
                                v: json!({ key: alts }),
                                ptr: p.ptr.clone(),
                            });
                        }
                    }
                    if m.is_empty() {
                        p.v = Value::Bool(true);
                    }
                }
            }
            parts.extend(extra);
            parts
        })
    }

    /// The parts of a conjunction: the `$ref` target, each `allOf` item, the other keywords.
    pub(super) fn conjuncts(&self, side: Side, m: &Map<String, Value>, ptr: &str) -> Vec<Node> {
        let mut parts = vec![];
        let mut rest = m.clone();
        if let Some(reference) = rest.remove("$ref") {
            parts.push(self.view(side, &json!({ "$ref": reference }), ptr));
        }
        if let Some(Value::Array(items)) = rest.remove("allOf") {
            for (i, item) in items.iter().enumerate() {
                parts.push(self.view(side, item, &format!("{ptr}/allOf/{i}")));
            }
        }
        if !rest.is_empty() {
            parts.push(self.view(side, &Value::Object(rest), ptr));
        }
        parts
    }
}

/// The node without `unevaluatedProperties`/`unevaluatedItems` (a superset of it).
pub(super) fn without_unevaluated(node: &Node) -> Node {
    without(node, &["unevaluatedProperties", "unevaluatedItems"])
}

/// The node without the given keywords (an object left empty is `true`); the node itself
/// when it has none of them.
pub(super) fn without(node: &Node, keys: &[&str]) -> Node {
    match &node.v {
        Value::Object(m) if keys.iter().any(|k| m.contains_key(*k)) => {
            let mut m = m.clone();
            for k in keys {
                m.remove(*k);
            }
            Node {
                v: if m.is_empty() {
                    Value::Bool(true)
                } else {
                    Value::Object(m)
                },
                ptr: node.ptr.clone(),
            }
        }
        _ => node.clone(),
    }
}

/// Shallow merge of conjuncts when their keywords do not interact; `None` otherwise.
pub(super) fn merge(parts: &[Node]) -> Option<Value> {
    let mut out = Map::new();
    let mut with_extra = 0;
    let mut with_props = 0;
    for p in parts {
        match &p.v {
            Value::Bool(true) => {}
            Value::Bool(false) => return Some(Value::Bool(false)),
            Value::Object(m) => {
                if m.contains_key("additionalProperties") || m.contains_key("items") {
                    with_extra += 1;
                }
                if m.contains_key("properties")
                    || m.contains_key("patternProperties")
                    || m.contains_key("prefixItems")
                {
                    with_props += 1;
                }
                for (k, v) in m {
                    if k == "required" {
                        let mut all: Vec<Value> = out
                            .get("required")
                            .and_then(Value::as_array)
                            .cloned()
                            .unwrap_or_default();
                        for item in v.as_array().into_iter().flatten() {
                            if !all.contains(item) {
                                all.push(item.clone());
                            }
                        }
                        out.insert(k.clone(), Value::Array(all));
                    } else if let (Some(Value::Object(existing)), Value::Object(more)) =
                        (out.get_mut(k), v)
                        && matches!(k.as_str(), "properties" | "patternProperties")
                    {
                        // Conjuncts constrain disjoint names independently.
                        for (name, schema) in more {
                            match existing.get(name) {
                                Some(e) if e != schema => return None,
                                Some(_) => {}
                                None => {
                                    existing.insert(name.clone(), schema.clone());
                                }
                            }
                        }
                    } else if let Some(existing) = out.get(k) {
                        if existing != v {
                            return None;
                        }
                    } else {
                        out.insert(k.clone(), v.clone());
                    }
                }
            }
            _ => return None,
        }
    }
    if with_extra > 0 && with_props > 0 && parts.len() > 1 {
        // `additionalProperties`/`items` only see their own schema's `properties`/`prefixItems`.
        let same_part = parts.iter().any(|p| {
            obj(&p.v).is_some_and(|m| {
                (m.contains_key("additionalProperties") || m.contains_key("items"))
                    && (m.contains_key("properties")
                        || m.contains_key("patternProperties")
                        || m.contains_key("prefixItems"))
            })
        });
        if !(same_part && with_extra == 1 && with_props == 1) {
            return None;
        }
    }
    Some(Value::Object(out))
}
