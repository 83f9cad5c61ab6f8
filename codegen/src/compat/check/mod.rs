//! The core: can a reader with schema R read everything a writer with schema W writes?
//!
//! `sub(w, r)` tries to prove that every instance valid under `w` is valid under `r` and
//! returns a finding for every part it cannot prove: an empty result is a proof, on the
//! terms the [module docs](super) list (ECMA-262 patterns, exact numbers, a reader keyword
//! it has no rule for must be unchanged); a finding may be a false alarm.
//!
//! One file per concern: [`values`] reads keywords, [`conjunction`] and [`sum`] handle
//! `$ref`/`allOf` and `anyOf`/`oneOf`, [`compare`] dispatches one object against another to
//! [`number`] (with [`exact`] numbers), [`string`], [`array`] and [`object`] (with
//! [`bounds`] for counts) and
//! [`applicators`] (`not`, `dependentSchemas`, `contains`).

mod applicators;
mod array;
mod bounds;
mod compare;
mod conjunction;
mod exact;
mod number;
mod object;
mod string;
mod sum;
mod values;

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::schema::is_annotation;
use super::{Finding, Rule, Schema};
use conjunction::{merge, without_unevaluated};
use values::{contains_ref, empty_map, finding, obj};

/// A subschema seen through `$ref`s, without annotations; an empty object becomes `true`.
#[derive(Debug, Clone)]
struct Node {
    v: Value,
    ptr: String,
}

#[derive(Clone, Copy)]
enum Side {
    Writer,
    Reader,
}

pub(crate) struct Checker<'a> {
    writer: &'a Schema,
    reader: &'a Schema,
    active: HashSet<(String, String, String, String)>,
    depth: usize,
}

const MAX_DEPTH: usize = 200;

impl<'a> Checker<'a> {
    pub(crate) fn new(writer: &'a Schema, reader: &'a Schema) -> Self {
        Checker {
            writer,
            reader,
            active: HashSet::new(),
            depth: 0,
        }
    }

    pub(crate) fn run(&mut self) -> Vec<Finding> {
        let (w, r) = (self.writer.as_value(), self.reader.as_value());
        let mut out = self.sub(w, "", r, "");
        let mut seen = HashSet::new();
        out.retain(|f| seen.insert((f.rule, f.writer_pointer.clone(), f.reader_pointer.clone())));
        out
    }

    fn doc(&self, side: Side) -> &'a Schema {
        match side {
            Side::Writer => self.writer,
            Side::Reader => self.reader,
        }
    }

    /// Follows bare `$ref`s and drops annotations.
    fn view(&self, side: Side, v: &Value, ptr: &str) -> Node {
        let doc = self.doc(side);
        let mut v = v;
        let mut ptr = ptr.to_owned();
        for _ in 0..64 {
            let Some(o) = obj(v) else { break };
            let bare = o.keys().all(|k| k == "$ref" || is_annotation(k));
            match (bare, o.get("$ref").and_then(Value::as_str)) {
                (true, Some(reference)) => match doc.resolve(reference) {
                    Ok((target, target_ptr)) => {
                        v = target;
                        ptr = target_ptr;
                    }
                    Err(_) => break,
                },
                _ => break,
            }
        }
        let v = match v {
            Value::Object(o) => {
                let m: Map<String, Value> = o
                    .iter()
                    .filter(|(k, _)| !is_annotation(k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                if m.is_empty() {
                    Value::Bool(true)
                } else {
                    Value::Object(m)
                }
            }
            other => other.clone(),
        };
        Node { v, ptr }
    }

    fn sub(&mut self, w: &Value, wp: &str, r: &Value, rp: &str) -> Vec<Finding> {
        let w = self.view(Side::Writer, w, wp);
        let r = self.view(Side::Reader, r, rp);
        self.sub_nodes(&w, &r)
    }

    fn sub_nodes(&mut self, w: &Node, r: &Node) -> Vec<Finding> {
        if w.v == Value::Bool(false) || r.v == Value::Bool(true) {
            return vec![];
        }
        if w.v == r.v && !contains_ref(&w.v) {
            return vec![];
        }
        let key = (
            w.ptr.clone(),
            r.ptr.clone(),
            w.v.to_string(),
            r.v.to_string(),
        );
        if self.active.contains(&key) {
            // A recursive schema met again: assume compatible (coinduction).
            return vec![];
        }
        if self.depth > MAX_DEPTH {
            return vec![finding(
                Rule::UnsupportedKeywordChanged,
                &w.ptr,
                &r.ptr,
                "the schemas nest too deeply to compare".to_owned(),
            )];
        }
        self.active.insert(key.clone());
        self.depth += 1;
        let out = self.sub_inner(w, r);
        self.depth -= 1;
        self.active.remove(&key);
        out
    }

    fn sub_inner(&mut self, w: &Node, r: &Node) -> Vec<Finding> {
        let Some(rm) = obj(&r.v) else {
            return vec![finding(
                Rule::SchemaNarrowedToFalse,
                &w.ptr,
                &r.ptr,
                "the reader accepts no value here (`false`), the writer writes values".to_owned(),
            )];
        };
        if (rm.contains_key("$ref") || rm.contains_key("allOf"))
            && !rm.contains_key("anyOf")
            && !rm.contains_key("oneOf")
            && let Some(merged) = merge(&self.conjuncts(Side::Reader, rm, &r.ptr))
            && merged != r.v
        {
            // One schema is compared more precisely than its parts (`unevaluatedProperties`
            // sees the properties of every part).
            let node = self.view(Side::Reader, &merged, &r.ptr);
            return self.sub_nodes(w, &node);
        }
        if let Some(parts) = self.reader_parts(rm, &r.ptr) {
            return parts.iter().flat_map(|p| self.sub_nodes(w, p)).collect();
        }
        let wm = obj(&w.v).unwrap_or_else(|| empty_map());
        if wm.contains_key("$ref") || wm.contains_key("allOf") {
            let parts = self.conjuncts(Side::Writer, wm, &w.ptr);
            if let Some(merged) = merge(&parts) {
                let node = self.view(Side::Writer, &merged, &w.ptr);
                return self.sub_nodes(&node, r);
            }
            let mut best: Option<Vec<Finding>> = None;
            for p in &parts {
                // Alone, a part's `unevaluated*` would forbid what the other parts evaluate.
                let p = &without_unevaluated(p);
                let f = self.sub_nodes(p, r);
                if f.is_empty() {
                    return f;
                }
                if best.as_ref().is_none_or(|b| f.len() < b.len()) {
                    best = Some(f);
                }
            }
            return best.unwrap_or_default();
        }
        for key in ["anyOf", "oneOf"] {
            let Some(branches) = wm.get(key).and_then(Value::as_array) else {
                continue;
            };
            let mut rest = wm.clone();
            rest.remove(key);
            let rest_node = self.view(Side::Writer, &Value::Object(rest.clone()), &w.ptr);
            if !rest.is_empty()
                && self
                    .sub_nodes(&without_unevaluated(&rest_node), r)
                    .is_empty()
            {
                return vec![];
            }
            let mut out = vec![];
            for (i, b) in branches.iter().enumerate() {
                let bp = format!("{}/{key}/{i}", w.ptr);
                let bn = self.view(Side::Writer, b, &bp);
                let node = match merge(&[rest_node.clone(), bn.clone()]) {
                    Some(m) if !rest.is_empty() => self.view(Side::Writer, &m, &bp),
                    _ => bn,
                };
                out.extend(self.sub_nodes(&node, r));
            }
            return out;
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(alternatives) = rm.get(key).and_then(Value::as_array) {
                return self.against_sum(w, r, key, alternatives);
            }
        }
        self.compare(w, wm, r, rm)
    }
}
