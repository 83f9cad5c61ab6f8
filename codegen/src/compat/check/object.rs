//! Objects: declared properties, pattern properties and the content model for the rest
//! (open, closed or partially open), `required`, property counts and names,
//! `dependentRequired`.

use std::collections::BTreeSet;

use regress::Regex;
use serde_json::{Map, Value};

use super::super::{Finding, Rule};
use super::bounds::{End, bound};
use super::values::{Model, child, empty_map, extra, finding, patterns, required};
use super::{Checker, Side};

impl Checker<'_> {
    #[allow(clippy::too_many_lines)]
    pub(super) fn object(
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
        let (wextra, wextra_ptr) = extra(wm, wp, true);
        let (rextra, rextra_ptr) = extra(rm, rp, false);
        let wmodel = self.model(Side::Writer, wextra, &wextra_ptr);
        let rmodel = self.model(Side::Reader, rextra, &rextra_ptr);
        let matching = |pats: &[(&str, &Value, Option<Regex>)],
                        name: &str,
                        conservative: bool|
         -> Vec<usize> {
            pats.iter()
                .enumerate()
                .filter(|(_, (_, _, re))| {
                    re.as_ref()
                        .map_or(conservative, |re| re.find(name).is_some())
                })
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
        out.extend(bound(
            wm,
            wp,
            rm,
            rp,
            (End::Min, "minProperties"),
            Rule::MinPropertiesAdded,
            Rule::MinPropertiesIncreased,
        ));
        out.extend(bound(
            wm,
            wp,
            rm,
            rp,
            (End::Max, "maxProperties"),
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

    pub(super) fn model(&self, side: Side, v: &Value, ptr: &str) -> Model {
        match self.view(side, v, ptr).v {
            Value::Bool(true) => Model::Open,
            Value::Bool(false) => Model::Closed,
            _ => Model::Partial,
        }
    }
}
