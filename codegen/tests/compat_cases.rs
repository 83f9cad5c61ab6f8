//! The compatibility rules, case by case: `tests/compat/cases.json` holds pairs of schemas
//! (old, new) with the expected verdict per mode and the rule codes expected in either
//! direction. Every mismatch is reported at once.

use std::collections::BTreeSet;

use factum_codegen::compat::{Mode, Rule, Schema, check, check_mode};
use serde_json::Value;

fn schema(v: &Value, name: &str, which: &str) -> Schema {
    Schema::new(v.clone()).unwrap_or_else(|e| panic!("case {name:?}: {which} schema invalid: {e}"))
}

#[test]
fn every_case_has_the_expected_verdicts_and_rules() {
    let text = include_str!("compat/cases.json");
    let doc: Value = serde_json::from_str(text).expect("cases.json is JSON");
    let cases = doc["cases"].as_array().expect("a `cases` array");
    assert!(cases.len() >= 80, "only {} cases", cases.len());
    let mut mismatches = vec![];
    let mut names = BTreeSet::new();
    let mut covered = BTreeSet::new();
    for case in cases {
        let name = case["name"].as_str().expect("a name");
        assert!(names.insert(name), "duplicate case name {name:?}");
        let old = schema(&case["old"], name, "old");
        let new = schema(&case["new"], name, "new");
        for (mode_name, expected) in case["expect"].as_object().expect("an `expect` object") {
            let mode: Mode = mode_name.parse().expect("a mode name");
            let expected = expected.as_bool().expect("a boolean verdict");
            let findings = check_mode(mode, std::slice::from_ref(&old), &new);
            if findings.is_empty() != expected {
                let listed: Vec<String> = findings
                    .iter()
                    .map(|f| format!("{} {}", f.direction.name(), f.finding))
                    .collect();
                mismatches.push(format!(
                    "{name}: {mode} expected {}, got {} {listed:?}",
                    if expected {
                        "compatible"
                    } else {
                        "incompatible"
                    },
                    if expected {
                        "incompatible"
                    } else {
                        "compatible"
                    },
                ));
            }
        }
        let found: BTreeSet<&str> = check(&old, &new)
            .iter()
            .chain(check(&new, &old).iter())
            .map(|f| f.rule.code())
            .collect();
        let expected: BTreeSet<&str> = case["rules"]
            .as_array()
            .expect("a `rules` array")
            .iter()
            .map(|r| r.as_str().expect("a rule code"))
            .collect();
        for code in &expected {
            assert!(
                Rule::from_code(code).is_some(),
                "case {name:?}: unknown rule code {code:?}"
            );
        }
        covered.extend(expected.iter().copied());
        if found != expected {
            let all: Vec<String> = check(&old, &new)
                .iter()
                .map(|f| format!("BACKWARD {f}"))
                .chain(check(&new, &old).iter().map(|f| format!("FORWARD {f}")))
                .collect();
            mismatches.push(format!(
                "{name}: rules expected {expected:?}, found {found:?}: {all:?}"
            ));
        }
    }
    let uncovered: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.code())
        .filter(|c| !covered.contains(c))
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} mismatch(es):\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    assert!(uncovered.is_empty(), "rules without a case: {uncovered:?}");
}
