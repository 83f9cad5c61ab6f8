//! The core: can a reader with schema R read everything a writer with schema W writes?
//!
//! `sub(w, r)` tries to prove that every instance valid under `w` is valid under `r` and
//! returns a finding for every part it cannot prove. It is sound and conservative: an empty
//! result is a proof (for the keywords it understands), a finding may be a false alarm.

use std::collections::{BTreeSet, HashSet};

use regex::Regex;
use serde_json::{Map, Value, json};

use super::schema::{escape, is_annotation};
use super::{Finding, Rule, Schema};

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

const ALL_TYPES: [&str; 7] = [
    "null", "boolean", "object", "array", "number", "integer", "string",
];

/// Keywords compared by dedicated rules (everything else is compared for equality).
const KNOWN: [&str; 34] = [
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

fn finding(rule: Rule, writer_pointer: &str, reader_pointer: &str, message: String) -> Finding {
    Finding {
        rule,
        writer_pointer: writer_pointer.to_owned(),
        reader_pointer: reader_pointer.to_owned(),
        message,
    }
}

fn child(ptr: &str, key: &str) -> String {
    format!("{ptr}/{}", escape(key))
}

fn obj(v: &Value) -> Option<&Map<String, Value>> {
    v.as_object()
}

fn empty_map() -> &'static Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(Map::new)
}

fn type_set(m: &Map<String, Value>) -> BTreeSet<&'static str> {
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

fn value_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) => {
            if n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0) {
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

fn accepts_type(types: &BTreeSet<&str>, t: &str) -> bool {
    types.contains(t) || (t == "integer" && types.contains("number"))
}

/// The finite set of values a schema allows, from `const` and `enum`.
fn finite(m: &Map<String, Value>) -> Option<Vec<Value>> {
    match (m.get("const"), m.get("enum").and_then(Value::as_array)) {
        (Some(c), Some(e)) => Some(e.iter().filter(|v| json_eq(v, c)).cloned().collect()),
        (Some(c), None) => Some(vec![c.clone()]),
        (None, Some(e)) => Some(e.clone()),
        (None, None) => None,
    }
}

fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// The JSON types a schema's instances can have (`type`, narrowed by `const`/`enum`).
fn live_types(m: &Map<String, Value>) -> BTreeSet<&'static str> {
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
fn atoms(types: &BTreeSet<&str>) -> BTreeSet<&'static str> {
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

fn types_overlap(a: &BTreeSet<&str>, b: &BTreeSet<&str>) -> BTreeSet<&'static str> {
    atoms(a).intersection(&atoms(b)).copied().collect()
}

fn contains_ref(v: &Value) -> bool {
    match v {
        Value::Object(o) => o.contains_key("$ref") || o.values().any(contains_ref),
        Value::Array(a) => a.iter().any(contains_ref),
        _ => false,
    }
}

fn num(m: &Map<String, Value>, key: &str) -> Option<f64> {
    m.get(key).and_then(Value::as_f64)
}

fn count(m: &Map<String, Value>, key: &str) -> Option<u64> {
    m.get(key).and_then(Value::as_u64)
}

fn fmt_num(x: f64) -> String {
    format!("{x}")
}

fn required(m: &Map<String, Value>) -> BTreeSet<&str> {
    m.get("required")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn patterns(m: &Map<String, Value>) -> Vec<(&str, &Value, Option<Regex>)> {
    m.get("patternProperties")
        .and_then(Value::as_object)
        .map(|pp| {
            pp.iter()
                .map(|(k, v)| (k.as_str(), v, Regex::new(k).ok()))
                .collect()
        })
        .unwrap_or_default()
}

/// `additionalProperties` (or else `unevaluatedProperties`): the schema for undeclared names.
fn extra<'m>(m: &'m Map<String, Value>, ptr: &str) -> (&'m Value, String) {
    static TRUE: Value = Value::Bool(true);
    for key in ["additionalProperties", "unevaluatedProperties"] {
        if let Some(v) = m.get(key) {
            return (v, child(ptr, key));
        }
    }
    (&TRUE, ptr.to_owned())
}

#[derive(PartialEq, Eq)]
enum Model {
    Open,
    Closed,
    Partial,
}

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

    /// Splits a reader that is a conjunction (`$ref` with siblings, `allOf`, or a combinator
    /// beside other keywords) into its parts; `None` if it is not one.
    fn reader_parts(&self, rm: &Map<String, Value>, ptr: &str) -> Option<Vec<Node>> {
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
    fn conjuncts(&self, side: Side, m: &Map<String, Value>, ptr: &str) -> Vec<Node> {
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

    /// The writer (not a sum) against a reader `anyOf`/`oneOf`.
    fn against_sum(
        &mut self,
        w: &Node,
        r: &Node,
        key: &str,
        alternatives: &[Value],
    ) -> Vec<Finding> {
        let nodes: Vec<Node> = alternatives
            .iter()
            .enumerate()
            .map(|(i, a)| self.view(Side::Reader, a, &format!("{}/{key}/{i}", r.ptr)))
            .collect();
        let mut best: Option<Vec<Finding>> = None;
        for (j, alt) in nodes.iter().enumerate() {
            let f = self.sub_nodes(w, alt);
            if f.is_empty() {
                if key == "anyOf" {
                    return f;
                }
                return nodes
                    .iter()
                    .enumerate()
                    .filter(|(k, other)| *k != j && !self.disjoint(w, other, 0))
                    .map(|(k, other)| {
                        finding(
                            Rule::OneOfAmbiguous,
                            &w.ptr,
                            &other.ptr,
                            format!(
                                "values the writer writes match reader alternative {j} and may also match alternative {k} of `oneOf`, which then refuses them"
                            ),
                        )
                    })
                    .collect();
            }
            if best.as_ref().is_none_or(|b| rank(&f) < rank(b)) {
                best = Some(f);
            }
        }
        let mut out = vec![finding(
            Rule::SumTypeNarrowed,
            &w.ptr,
            &child(&r.ptr, key),
            format!(
                "no alternative of the reader's `{key}` accepts everything the writer writes here"
            ),
        )];
        out.extend(best.unwrap_or_default());
        out
    }

    /// Whether no instance is valid under both `a` (writer side) and `b` (reader side).
    /// Conservative: `false` when not proven.
    fn disjoint(&self, a: &Node, b: &Node, depth: usize) -> bool {
        if depth > 16 {
            return false;
        }
        let (am, bm) = match (&a.v, &b.v) {
            (Value::Bool(false), _) | (_, Value::Bool(false)) => return true,
            (Value::Object(am), Value::Object(bm)) => (am, bm),
            _ => return false,
        };
        for (side, m, node, other, flip) in [
            (Side::Writer, am, a, b, false),
            (Side::Reader, bm, b, a, true),
        ] {
            let check = |x: &Node| {
                if flip {
                    self.disjoint(other, x, depth + 1)
                } else {
                    self.disjoint(x, other, depth + 1)
                }
            };
            for key in ["anyOf", "oneOf"] {
                if let Some(alts) = m.get(key).and_then(Value::as_array) {
                    let all = alts.iter().enumerate().all(|(i, alt)| {
                        check(&self.view(side, alt, &format!("{}/{key}/{i}", node.ptr)))
                    });
                    if all {
                        return true;
                    }
                }
            }
            if (m.contains_key("allOf") || m.contains_key("$ref"))
                && self.conjuncts(side, m, &node.ptr).iter().any(check)
            {
                return true;
            }
        }
        let overlap = types_overlap(&live_types(am), &live_types(bm));
        if overlap.is_empty() {
            return true;
        }
        if let (Some(x), Some(y)) = (finite(am), finite(bm))
            && !x.iter().any(|v| y.iter().any(|u| json_eq(v, u)))
        {
            return true;
        }
        if overlap.iter().all(|t| *t == "object") {
            let (ap, bp) = (
                am.get("properties").and_then(Value::as_object),
                bm.get("properties").and_then(Value::as_object),
            );
            let (ar, br) = (required(am), required(bm));
            for p in ar.intersection(&br) {
                if let (Some(x), Some(y)) = (ap.and_then(|m| m.get(*p)), bp.and_then(|m| m.get(*p)))
                {
                    let xa = self.view(Side::Writer, x, &child(&child(&a.ptr, "properties"), p));
                    let yb = self.view(Side::Reader, y, &child(&child(&b.ptr, "properties"), p));
                    if self.disjoint(&xa, &yb, depth + 1) {
                        return true;
                    }
                }
            }
            let closed_without =
                |m: &Map<String, Value>, props: Option<&Map<String, Value>>, p: &str| {
                    m.get("additionalProperties") == Some(&Value::Bool(false))
                        && !m.contains_key("patternProperties")
                        && !props.is_some_and(|pm| pm.contains_key(p))
                };
            if ar.iter().any(|p| closed_without(bm, bp, p))
                || br.iter().any(|p| closed_without(am, ap, p))
            {
                return true;
            }
        }
        false
    }

    #[allow(clippy::too_many_lines)]
    fn compare(
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
        // Keywords without a dedicated rule: must be unchanged.
        for (k, rv) in rm {
            if KNOWN.contains(&k.as_str())
                && !matches!(k.as_str(), "contains" | "minContains" | "maxContains")
            {
                continue;
            }
            if wm.get(k) != Some(rv) {
                let contains = matches!(k.as_str(), "contains" | "minContains" | "maxContains");
                if contains && !live.contains("array") {
                    continue;
                }
                out.push(finding(
                    if contains { Rule::ContainsChanged } else { Rule::UnsupportedKeywordChanged },
                    wp,
                    &child(rp, k),
                    format!("the reader's `{k}` differs from the writer's; the checker cannot prove it compatible"),
                ));
            }
        }
        out
    }

    #[allow(clippy::too_many_lines)]
    fn array(
        &mut self,
        wm: &Map<String, Value>,
        wp: &str,
        rm: &Map<String, Value>,
        rp: &str,
    ) -> Vec<Finding> {
        let mut out = vec![];
        let tuple = |m: &Map<String, Value>| -> (Vec<Value>, Value, &'static str, &'static str) {
            if let Some(Value::Array(items)) = m.get("items") {
                let tail = m
                    .get("additionalItems")
                    .cloned()
                    .unwrap_or(Value::Bool(true));
                (items.clone(), tail, "items", "additionalItems")
            } else {
                let prefix = m
                    .get("prefixItems")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let tail = m.get("items").cloned().unwrap_or(Value::Bool(true));
                (prefix, tail, "prefixItems", "items")
            }
        };
        let (wpre, wtail, wpk, wtk) = tuple(wm);
        let (rpre, rtail, rpk, rtk) = tuple(rm);
        let wmax = count(wm, "maxItems");
        let n = wpre.len().max(rpre.len());
        let mut writer_done = false;
        for i in 0..n {
            if wmax.is_some_and(|m| u64::try_from(i).unwrap_or(u64::MAX) >= m) {
                writer_done = true;
                break;
            }
            let (ws, wsp) = match wpre.get(i) {
                Some(s) => (s, format!("{wp}/{wpk}/{i}")),
                None => (&wtail, child(wp, wtk)),
            };
            let wn = self.view(Side::Writer, ws, &wsp);
            if wn.v == Value::Bool(false) {
                writer_done = true;
                break;
            }
            let (rs, rsp) = match rpre.get(i) {
                Some(s) => (s, format!("{rp}/{rpk}/{i}")),
                None => (&rtail, child(rp, rtk)),
            };
            let rn = self.view(Side::Reader, rs, &rsp);
            if rn.v == Value::Bool(false) {
                out.push(finding(
                    Rule::ItemNotAllowed,
                    &wn.ptr,
                    &rn.ptr,
                    format!(
                        "the writer may write an item at index {i}, the reader allows none there"
                    ),
                ));
                writer_done = true;
                break;
            }
            out.extend(self.sub_nodes(&wn, &rn));
        }
        let beyond = wmax.is_none_or(|m| m > u64::try_from(n).unwrap_or(u64::MAX));
        if !writer_done && beyond {
            let wn = self.view(Side::Writer, &wtail, &child(wp, wtk));
            let rn = self.view(Side::Reader, &rtail, &child(rp, rtk));
            if wn.v != Value::Bool(false) && rn.v == Value::Bool(false) {
                out.push(finding(
                    Rule::ItemNotAllowed,
                    &wn.ptr,
                    &rn.ptr,
                    format!("the writer may write more than {n} items, the reader allows no more"),
                ));
            } else {
                out.extend(self.sub_nodes(&wn, &rn));
            }
        }
        out.extend(bound_min(
            wm,
            wp,
            rm,
            rp,
            "minItems",
            Rule::MinItemsAdded,
            Rule::MinItemsIncreased,
        ));
        // A closed tuple bounds the writer's length as `maxItems` does.
        let tail_closed = self.view(Side::Writer, &wtail, wp).v == Value::Bool(false);
        let closed_len = tail_closed.then(|| u64::try_from(wpre.len()).unwrap_or(u64::MAX));
        let mut wbounded = wm.clone();
        if let Some(len) = [wmax, closed_len].into_iter().flatten().min() {
            wbounded.insert("maxItems".to_owned(), Value::from(len));
        }
        out.extend(bound_max(
            &wbounded,
            wp,
            rm,
            rp,
            "maxItems",
            Rule::MaxItemsAdded,
            Rule::MaxItemsDecreased,
        ));
        if rm.get("uniqueItems") == Some(&Value::Bool(true))
            && wm.get("uniqueItems") != Some(&Value::Bool(true))
        {
            out.push(finding(
                Rule::UniqueItemsAdded,
                wp,
                &child(rp, "uniqueItems"),
                "the reader requires unique items, the writer may repeat items".to_owned(),
            ));
        }
        out
    }

    #[allow(clippy::too_many_lines)]
    fn object(
        &mut self,
        wm: &Map<String, Value>,
        wp: &str,
        rm: &Map<String, Value>,
        rp: &str,
    ) -> Vec<Finding> {
        let mut out = vec![];
        let wprops = wm
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or_else(|| empty_map());
        let rprops = rm
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or_else(|| empty_map());
        let (wpat, rpat) = (patterns(wm), patterns(rm));
        let (wextra, wextra_ptr) = extra(wm, wp);
        let (rextra, rextra_ptr) = extra(rm, rp);
        let wmodel = self.model(Side::Writer, wextra, &wextra_ptr);
        let rmodel = self.model(Side::Reader, rextra, &rextra_ptr);
        let matching = |pats: &[(&str, &Value, Option<Regex>)],
                        name: &str,
                        conservative: bool|
         -> Vec<usize> {
            pats.iter()
                .enumerate()
                .filter(|(_, (_, _, re))| re.as_ref().map_or(conservative, |re| re.is_match(name)))
                .map(|(i, _)| i)
                .collect()
        };
        let names: BTreeSet<&String> = wprops.keys().chain(rprops.keys()).collect();
        for name in names {
            let wpp = child(&child(wp, "properties"), name);
            let rpp = child(&child(rp, "properties"), name);
            let rmatch = matching(&rpat, name, true);
            // What the writer may write under this name.
            let writer_side: Option<(Value, String, &str)> = match wprops.get(name) {
                Some(s) => Some((s.clone(), wpp.clone(), "declared")),
                None => match matching(&wpat, name, false).first() {
                    Some(&i) => Some((
                        wpat[i].1.clone(),
                        child(&child(wp, "patternProperties"), wpat[i].0),
                        "pattern",
                    )),
                    None => match wmodel {
                        Model::Closed => None,
                        Model::Open => Some((Value::Bool(true), wextra_ptr.clone(), "open")),
                        Model::Partial => Some((wextra.clone(), wextra_ptr.clone(), "pattern")),
                    },
                },
            };
            let Some((ws, wsp, how)) = writer_side else {
                continue;
            };
            if let Some(rs) = rprops.get(name) {
                let f = self.sub(&ws, &wsp, rs, &rpp);
                if !f.is_empty() {
                    match how {
                        "declared" => out.extend(f),
                        "open" => out.push(finding(
                            Rule::PropertyAddedToOpenModel,
                            &wsp,
                            &rpp,
                            format!("the reader declares `{name}`, which the writer's open content model may already carry with any value"),
                        )),
                        _ => out.push(finding(
                            Rule::PropertyAddedNotCoveredByPartiallyOpenModel,
                            &wsp,
                            &rpp,
                            format!("the reader declares `{name}` with a schema that does not accept what the writer's partially open content model allows under that name"),
                        )),
                    }
                }
            } else if wprops.contains_key(name) && rmatch.is_empty() {
                let wn = self.view(Side::Writer, &ws, &wsp);
                if wn.v == Value::Bool(false) {
                    continue;
                }
                match rmodel {
                    Model::Open => {}
                    Model::Closed => out.push(finding(
                        Rule::PropertyRemovedFromClosedModel,
                        &wsp,
                        &rpp,
                        format!("the writer writes `{name}`, the reader's closed content model refuses it"),
                    )),
                    Model::Partial => {
                        let rn = self.view(Side::Reader, rextra, &rextra_ptr);
                        if !self.sub_nodes(&wn, &rn).is_empty() {
                            out.push(finding(
                                Rule::PropertyRemovedNotCoveredByPartiallyOpenModel,
                                &wsp,
                                &rpp,
                                format!("the writer writes `{name}`, the reader no longer declares it and its `{}` does not accept the writer's values", rextra_ptr.rsplit('/').next().unwrap_or_default()),
                            ));
                        }
                    }
                }
            }
            for &i in &rmatch {
                let (pattern, rs, _) = &rpat[i];
                let ptr = child(&child(rp, "patternProperties"), pattern);
                if !self.sub(&ws, &wsp, rs, &ptr).is_empty() {
                    let rule = if rprops.contains_key(name) {
                        Rule::PatternPropertiesChanged
                    } else {
                        Rule::PropertyRemovedNotCoveredByPartiallyOpenModel
                    };
                    out.push(finding(
                        rule,
                        &wsp,
                        &ptr,
                        format!("the writer's values for `{name}` do not all match the reader's `patternProperties` schema for {pattern:?}"),
                    ));
                }
            }
        }
        // Names neither side declares.
        for (pattern, rs, _) in &rpat {
            let ptr = child(&child(rp, "patternProperties"), pattern);
            let mut sources: Vec<(&Value, String)> = vec![];
            if let Some((_, ws, _)) = wpat.iter().find(|(p, _, _)| p == pattern) {
                sources.push((ws, child(&child(wp, "patternProperties"), pattern)));
            } else {
                sources.extend(
                    wpat.iter()
                        .map(|(p, ws, _)| (*ws, child(&child(wp, "patternProperties"), p))),
                );
                if wmodel != Model::Closed {
                    sources.push((wextra, wextra_ptr.clone()));
                }
            }
            for (ws, wsp) in sources {
                if !self.sub(ws, &wsp, rs, &ptr).is_empty() {
                    out.push(finding(
                        Rule::PatternPropertiesChanged,
                        &wsp,
                        &ptr,
                        format!("properties matching {pattern:?} may be written with values the reader's `patternProperties` schema refuses"),
                    ));
                }
            }
        }
        if rmodel != Model::Open {
            let mut sources: Vec<(&Value, String, Rule)> = wpat
                .iter()
                .filter(|(p, _, _)| !rpat.iter().any(|(q, _, _)| q == p))
                .map(|(p, ws, _)| {
                    (
                        *ws,
                        child(&child(wp, "patternProperties"), p),
                        Rule::PatternPropertiesChanged,
                    )
                })
                .collect();
            if wmodel != Model::Closed {
                sources.push((
                    wextra,
                    wextra_ptr.clone(),
                    Rule::AdditionalPropertiesNarrowed,
                ));
            }
            for (ws, wsp, rule) in sources {
                if !self.sub(ws, &wsp, rextra, &rextra_ptr).is_empty() {
                    out.push(finding(
                        rule,
                        &wsp,
                        &rextra_ptr,
                        "the writer may write undeclared properties that the reader's content model refuses or narrows".to_owned(),
                    ));
                }
            }
        }
        // required
        let wreq = required(wm);
        for name in required(rm) {
            if !wreq.contains(name) {
                let declared = wprops.contains_key(name);
                out.push(finding(
                    if declared {
                        Rule::PropertyBecameRequired
                    } else {
                        Rule::RequiredPropertyAdded
                    },
                    wp,
                    &child(rp, "required"),
                    if declared {
                        format!("the reader requires `{name}`, which the writer may leave out")
                    } else {
                        format!(
                            "the reader requires `{name}`, which the writer does not always write"
                        )
                    },
                ));
            }
        }
        out.extend(bound_min(
            wm,
            wp,
            rm,
            rp,
            "minProperties",
            Rule::MinPropertiesAdded,
            Rule::MinPropertiesIncreased,
        ));
        out.extend(bound_max(
            wm,
            wp,
            rm,
            rp,
            "maxProperties",
            Rule::MaxPropertiesAdded,
            Rule::MaxPropertiesDecreased,
        ));
        if let Some(rs) = rm.get("propertyNames") {
            let ws = wm
                .get("propertyNames")
                .cloned()
                .unwrap_or(Value::Bool(true));
            out.extend(self.sub(
                &ws,
                &child(wp, "propertyNames"),
                rs,
                &child(rp, "propertyNames"),
            ));
        }
        if let Some(rdeps) = rm.get("dependentRequired").and_then(Value::as_object) {
            let wdeps = wm.get("dependentRequired").and_then(Value::as_object);
            for (k, list) in rdeps {
                let wl: BTreeSet<&str> = wdeps
                    .and_then(|d| d.get(k))
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let needs = list
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str);
                if needs
                    .into_iter()
                    .any(|n| !wl.contains(n) && !wreq.contains(n))
                {
                    out.push(finding(
                        Rule::DependentRequiredAdded,
                        wp,
                        &child(&child(rp, "dependentRequired"), k),
                        format!("the reader's `dependentRequired` for `{k}` asks for properties the writer may leave out"),
                    ));
                }
            }
        }
        out
    }

    fn model(&self, side: Side, v: &Value, ptr: &str) -> Model {
        match self.view(side, v, ptr).v {
            Value::Bool(true) => Model::Open,
            Value::Bool(false) => Model::Closed,
            _ => Model::Partial,
        }
    }
}

/// The node without `unevaluatedProperties`/`unevaluatedItems` (a superset of it).
fn without_unevaluated(node: &Node) -> Node {
    match &node.v {
        Value::Object(m)
            if m.contains_key("unevaluatedProperties") || m.contains_key("unevaluatedItems") =>
        {
            let mut m = m.clone();
            m.remove("unevaluatedProperties");
            m.remove("unevaluatedItems");
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

/// Orders candidate explanations: an alternative of another type explains least.
fn rank(findings: &[Finding]) -> (bool, usize) {
    (
        findings.iter().any(|f| f.rule == Rule::TypeChanged),
        findings.len(),
    )
}

/// Shallow merge of conjuncts when their keywords do not interact; `None` otherwise.
fn merge(parts: &[Node]) -> Option<Value> {
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

#[allow(clippy::too_many_lines)]
fn numeric(
    wm: &Map<String, Value>,
    wp: &str,
    rm: &Map<String, Value>,
    rp: &str,
    live: &BTreeSet<&str>,
) -> Vec<Finding> {
    let mut out = vec![];
    // The writer's bounds: (value, exclusive).
    let lower = [("minimum", false), ("exclusiveMinimum", true)]
        .into_iter()
        .filter_map(|(k, ex)| num(wm, k).map(|x| (x, ex)))
        .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let upper = [("maximum", false), ("exclusiveMaximum", true)]
        .into_iter()
        .filter_map(|(k, ex)| num(wm, k).map(|x| (x, ex)))
        .min_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    let checks = [
        (
            "minimum",
            false,
            true,
            Rule::MinimumAdded,
            Rule::MinimumIncreased,
        ),
        (
            "exclusiveMinimum",
            true,
            true,
            Rule::ExclusiveMinimumAdded,
            Rule::ExclusiveMinimumIncreased,
        ),
        (
            "maximum",
            false,
            false,
            Rule::MaximumAdded,
            Rule::MaximumDecreased,
        ),
        (
            "exclusiveMaximum",
            true,
            false,
            Rule::ExclusiveMaximumAdded,
            Rule::ExclusiveMaximumDecreased,
        ),
    ];
    for (key, exclusive, is_lower, added, moved) in checks {
        let Some(bound) = num(rm, key) else { continue };
        let writer = if is_lower { lower } else { upper };
        let ok = writer.is_some_and(|(x, wex)| {
            let inside = if is_lower { x >= bound } else { x <= bound };
            let strictly = if is_lower { x > bound } else { x < bound };
            if exclusive {
                strictly || (inside && wex)
            } else {
                inside
            }
        });
        if !ok {
            let (rule, msg) = match writer {
                None => (
                    added,
                    format!(
                        "the reader adds `{key}` {}, the writer's values are unbounded there",
                        fmt_num(bound)
                    ),
                ),
                Some((x, _)) => (
                    moved,
                    format!(
                        "the reader's `{key}` {} excludes values down to the writer's bound {}",
                        fmt_num(bound),
                        fmt_num(x)
                    ),
                ),
            };
            out.push(finding(rule, wp, &child(rp, key), msg));
        }
    }
    if let Some(d) = num(rm, "multipleOf") {
        match num(wm, "multipleOf") {
            None => {
                let integers_only = !live.contains("number");
                if !(integers_only && (d - 1.0).abs() < f64::EPSILON) {
                    out.push(finding(
                        Rule::MultipleOfAdded,
                        wp,
                        &child(rp, "multipleOf"),
                        format!(
                            "the reader requires multiples of {}, the writer does not",
                            fmt_num(d)
                        ),
                    ));
                }
            }
            Some(k) => {
                let ratio = k / d;
                if (ratio - ratio.round()).abs() > 1e-9 {
                    out.push(finding(
                        Rule::MultipleOfChanged,
                        wp,
                        &child(rp, "multipleOf"),
                        format!(
                            "the writer's multiples of {} are not all multiples of the reader's {}",
                            fmt_num(k),
                            fmt_num(d)
                        ),
                    ));
                }
            }
        }
    }
    out
}

/// Whether every value of numeric `format` `writer` is within `reader` (schemars' integer and
/// float formats).
fn format_within(writer: &Value, reader: &Value) -> bool {
    fn range(f: &str) -> Option<(i128, i128)> {
        Some(match f {
            "int8" => (i8::MIN.into(), i8::MAX.into()),
            "int16" => (i16::MIN.into(), i16::MAX.into()),
            "int32" => (i32::MIN.into(), i32::MAX.into()),
            "int64" | "int" => (i64::MIN.into(), i64::MAX.into()),
            "int128" => (i128::MIN, i128::MAX),
            "uint8" => (0, u8::MAX.into()),
            "uint16" => (0, u16::MAX.into()),
            "uint32" => (0, u32::MAX.into()),
            "uint64" | "uint" => (0, u64::MAX.into()),
            _ => return None,
        })
    }
    match (writer.as_str(), reader.as_str()) {
        (Some("float"), Some("double")) => true,
        (Some(w), Some(r)) => match (range(w), range(r)) {
            (Some((wl, wh)), Some((rl, rh))) => rl <= wl && wh <= rh,
            _ => false,
        },
        _ => false,
    }
}

fn string(wm: &Map<String, Value>, wp: &str, rm: &Map<String, Value>, rp: &str) -> Vec<Finding> {
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

fn bound_min(
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

fn bound_max(
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
