//! Keywords that apply a subschema by condition or negation: `not`, `dependentSchemas`
//! (and draft 7's `dependencies`), and `contains` with `minContains`/`maxContains`.
//! Each is proved where the reader accepts at least what the writer writes (a `not`
//! narrowed, an entry removed, a count relaxed), and reported otherwise.

use serde_json::{Map, Value};

use super::super::{Finding, Rule};
use super::conjunction::without;
use super::values::{child, count, finding, required};
use super::{Checker, Node, Side};

impl Checker<'_> {
    /// `sub` with the roles swapped: is everything valid under `r` (a reader subschema)
    /// also valid under `w` (a writer subschema)? Used for `not`: the reader's negated
    /// schema must lie inside the writer's.
    fn reverse_holds(&self, r: &Value, rp: &str, w: &Value, wp: &str) -> bool {
        let mut reversed = Checker::new(self.reader, self.writer);
        reversed.depth = self.depth + 1;
        reversed.sub(r, rp, w, wp).is_empty()
    }

    /// `not`: the writer's values avoid `W'`; the reader's must avoid `R'`. Proved when
    /// `R'` lies inside `W'`.
    pub(super) fn not(
        &mut self,
        w: &Node,
        wm: &Map<String, Value>,
        rm: &Map<String, Value>,
        rp: &str,
    ) -> Vec<Finding> {
        let Some(rn) = rm.get("not") else {
            return vec![];
        };
        let proved = match wm.get("not") {
            Some(wn) => {
                wn == rn || self.reverse_holds(rn, &child(rp, "not"), wn, &child(&w.ptr, "not"))
            }
            None => self.view(Side::Reader, rn, rp).v == Value::Bool(false),
        };
        if proved {
            return vec![];
        }
        vec![finding(
            Rule::UnsupportedKeywordChanged,
            &w.ptr,
            &child(rp, "not"),
            "the reader's `not` refuses values the writer's does not; the checker cannot prove it compatible".to_owned(),
        )]
    }

    /// `dependentSchemas` and `dependencies`: for each entry of the reader, a writer value
    /// with that property must be valid under it. Proved when the writer has the same
    /// entry (or one inside it), or when the writer's whole schema lies inside it.
    pub(super) fn dependent(
        &mut self,
        w: &Node,
        wm: &Map<String, Value>,
        rm: &Map<String, Value>,
        rp: &str,
    ) -> Vec<Finding> {
        let mut out = vec![];
        for key in ["dependentSchemas", "dependencies"] {
            let Some(entries) = rm.get(key).and_then(Value::as_object) else {
                continue;
            };
            let wentries = |name: &str| {
                ["dependentSchemas", "dependencies", "dependentRequired"]
                    .into_iter()
                    .filter_map(|k| {
                        wm.get(k)
                            .and_then(Value::as_object)?
                            .get(name)
                            .map(|v| (k, v))
                    })
                    .collect::<Vec<_>>()
            };
            for (name, rs) in entries {
                let rsp = child(&child(rp, key), name);
                let proved = if let Some(names) = rs.as_array() {
                    // Draft 7's array form: the names required with `name`.
                    let wreq = required(wm);
                    names.iter().filter_map(Value::as_str).all(|n| {
                        wreq.contains(n)
                            || wentries(name).iter().any(|(_, v)| {
                                v.as_array().is_some_and(|a| a.iter().any(|x| x == n))
                            })
                    })
                } else {
                    wentries(name)
                        .into_iter()
                        .filter(|(_, v)| !v.is_array())
                        .any(|(k, ws)| {
                            self.sub(ws, &child(&child(&w.ptr, k), name), rs, &rsp)
                                .is_empty()
                        })
                        || self
                            .sub_nodes(
                                &without(w, &["dependentSchemas", "dependencies"]),
                                &self.view(Side::Reader, rs, &rsp),
                            )
                            .is_empty()
                };
                if !proved {
                    out.push(finding(
                        Rule::UnsupportedKeywordChanged,
                        &w.ptr,
                        &rsp,
                        format!("the reader's `{key}` entry for `{name}` asks more than the writer ensures; the checker cannot prove it compatible"),
                    ));
                }
            }
        }
        out
    }

    /// `contains` with its counts: the number of items the reader's `contains` matches
    /// must lie in `[minContains, maxContains]` for every array the writer writes.
    pub(super) fn contains(
        &mut self,
        w: &Node,
        wm: &Map<String, Value>,
        rm: &Map<String, Value>,
        rp: &str,
    ) -> Vec<Finding> {
        let Some(rc) = rm.get("contains") else {
            return vec![];
        };
        let rcp = child(rp, "contains");
        let rmin = count(rm, "minContains").unwrap_or(1);
        let rmax = count(rm, "maxContains");
        let wc = wm.get("contains");
        let wmin = wc.map(|_| count(wm, "minContains").unwrap_or(1));
        let wmax = wc.and(count(wm, "maxContains"));
        let wcp = child(&w.ptr, "contains");
        // At least `rmin` matches: the writer's matches are the reader's, and as many.
        let lower = rmin == 0
            || wc.is_some_and(|wc| {
                wmin.is_some_and(|m| m >= rmin) && self.sub(wc, &wcp, rc, &rcp).is_empty()
            });
        // At most `rmax` matches: the reader's matches are the writer's, and as few; or
        // the writer's arrays are short enough.
        let upper = rmax.is_none_or(|rmax| {
            count(wm, "maxItems").is_some_and(|n| n <= rmax)
                || wc.is_some_and(|wc| {
                    wmax.is_some_and(|m| m <= rmax) && self.reverse_holds(rc, &rcp, wc, &wcp)
                })
        });
        if lower && upper {
            return vec![];
        }
        vec![finding(
            Rule::ContainsChanged,
            &w.ptr,
            &rcp,
            format!(
                "the reader requires {} to {} items matching its `contains`, which the writer does not ensure",
                rmin,
                rmax.map_or_else(|| "any number of".to_owned(), |m| m.to_string())
            ),
        )]
    }
}
