//! Sums: a writer against a reader's `anyOf`/`oneOf`, and proving two schemas disjoint
//! (for `oneOf`'s "exactly one").

use serde_json::{Map, Value};

use super::super::{Finding, Rule};
use super::values::{child, finding, finite, json_eq, live_types, required, types_overlap};
use super::{Checker, Node, Side};

impl Checker<'_> {
    /// The writer (not a sum) against a reader `anyOf`/`oneOf`.
    pub(super) fn against_sum(
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
    pub(super) fn disjoint(&self, a: &Node, b: &Node, depth: usize) -> bool {
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
}

/// Orders candidate explanations: an alternative of another type explains least.
pub(super) fn rank(findings: &[Finding]) -> (bool, usize) {
    (
        findings.iter().any(|f| f.rule == Rule::TypeChanged),
        findings.len(),
    )
}
