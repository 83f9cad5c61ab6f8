//! The modes built on the reader/writer check: transitive histories, NONE, mode names, the
//! schemas schemars produces for Rust types, and refused documents.

#![allow(dead_code)]

use factum_codegen::compat::{Direction, Mode, Rule, Schema, check, check_mode};
use schemars::{JsonSchema, schema_for};
use serde_json::{Value, json};

fn s(v: Value) -> Schema {
    Schema::new(v).expect("a valid schema")
}

fn rules(findings: &[factum_codegen::compat::ModeFinding]) -> Vec<&'static str> {
    findings.iter().map(|f| f.finding.rule.code()).collect()
}

fn closed(props: &Value, required: &[&str]) -> Schema {
    s(
        json!({"type": "object", "properties": props, "required": required, "additionalProperties": false}),
    )
}

/// A history whose middle version was registered while the subject was under NONE: v1 → v2
/// is not backward compatible, v2 → v3 is. BACKWARD (latest only) accepts v3, the transitive
/// mode refuses it because of v1.
#[test]
fn transitive_modes_check_every_old_version() {
    let v1 = closed(
        &json!({"id": {"type": "string"}, "qty": {"type": "integer"}}),
        &["id"],
    );
    let v2 = closed(&json!({"id": {"type": "string"}}), &["id"]);
    let v3 = closed(
        &json!({"id": {"type": "string"}, "note": {"type": "string"}}),
        &["id"],
    );
    assert_eq!(
        rules(&check_mode(Mode::Backward, std::slice::from_ref(&v1), &v2)),
        ["property-removed-from-closed-model"]
    );
    assert!(check_mode(Mode::Backward, std::slice::from_ref(&v2), &v3).is_empty());
    let olds = [v1.clone(), v2.clone()];
    assert!(check_mode(Mode::Backward, &olds, &v3).is_empty());
    let transitive = check_mode(Mode::BackwardTransitive, &olds, &v3);
    assert!(!transitive.is_empty());
    assert!(
        transitive
            .iter()
            .all(|f| f.old_index == 0 && f.direction == Direction::Backward)
    );
    assert!(rules(&transitive).contains(&"property-removed-from-closed-model"));
    assert_eq!(transitive[0].new_pointer(), "/properties/qty");
}

#[test]
fn forward_and_full_transitive_check_every_old_version() {
    // v1 was strict (maxLength 5); v2 relaxed it under NONE; v3 keeps v2's limit.
    let v1 = s(json!({"type": "string", "maxLength": 5}));
    let v2 = s(json!({"type": "string", "maxLength": 10}));
    let v3 = s(json!({"type": "string", "maxLength": 10, "title": "renamed"}));
    let olds = [v1, v2];
    assert!(check_mode(Mode::Forward, &olds, &v3).is_empty());
    assert!(check_mode(Mode::Full, &olds, &v3).is_empty());
    let forward = check_mode(Mode::ForwardTransitive, &olds, &v3);
    assert_eq!(rules(&forward), ["max-length-decreased"]);
    assert_eq!(
        (forward[0].old_index, forward[0].direction),
        (0, Direction::Forward)
    );
    assert_eq!(forward[0].new_pointer(), "");
    assert_eq!(forward[0].finding.reader_pointer, "/maxLength");
    let full = check_mode(Mode::FullTransitive, &olds, &v3);
    assert_eq!(rules(&full), ["max-length-decreased"]);
    assert!(check_mode(Mode::BackwardTransitive, &olds, &v3).is_empty());
}

/// Each compatible step of a chain composes: under JSON Schema's set semantics (and with
/// `default` ignored) a reader that accepts a superset of a superset accepts the original,
/// so a chain of BACKWARD-compatible steps is BACKWARD_TRANSITIVE-compatible.
#[test]
fn compatible_steps_compose() {
    let chain = [
        s(
            json!({"type": "object", "properties": {"n": {"type": "integer", "maximum": 9}}, "additionalProperties": false}),
        ),
        s(
            json!({"type": "object", "properties": {"n": {"type": "integer"}}, "additionalProperties": false}),
        ),
        s(
            json!({"type": "object", "properties": {"n": {"type": "number"}}, "additionalProperties": {"type": "string"}}),
        ),
        s(json!({"type": "object", "properties": {"n": {"type": ["number", "null"]}}})),
    ];
    for i in 1..chain.len() {
        assert!(
            check_mode(Mode::Backward, &chain[..i], &chain[i]).is_empty(),
            "step {i}"
        );
        assert!(
            check_mode(Mode::BackwardTransitive, &chain[..i], &chain[i]).is_empty(),
            "transitive {i}"
        );
    }
    // And the reverse chain is FORWARD_TRANSITIVE-compatible.
    let reversed: Vec<Schema> = chain.iter().rev().cloned().collect();
    for i in 1..reversed.len() {
        assert!(
            check_mode(Mode::ForwardTransitive, &reversed[..i], &reversed[i]).is_empty(),
            "forward {i}"
        );
        assert!(
            !check_mode(Mode::BackwardTransitive, &reversed[..i], &reversed[i]).is_empty(),
            "backward {i}"
        );
    }
}

#[test]
fn none_checks_nothing_and_non_transitive_modes_use_the_latest() {
    let a = s(json!({"type": "string"}));
    let b = s(json!({"type": "integer"}));
    assert!(check_mode(Mode::None, std::slice::from_ref(&a), &b).is_empty());
    assert!(!check_mode(Mode::Full, std::slice::from_ref(&a), &b).is_empty());
    assert!(check_mode(Mode::Full, &[a.clone(), b.clone()], &b).is_empty());
    assert!(check_mode(Mode::Backward, &[], &b).is_empty());
    let both = check_mode(Mode::Full, &[a], &b);
    assert!(both.iter().any(|f| f.direction == Direction::Backward));
    assert!(both.iter().any(|f| f.direction == Direction::Forward));
}

#[test]
fn mode_names() {
    for mode in Mode::ALL {
        assert_eq!(mode.name().parse::<Mode>(), Ok(mode));
        assert_eq!(mode.name().to_lowercase().parse::<Mode>(), Ok(mode));
        assert_eq!(mode.name().replace('_', "-").parse::<Mode>(), Ok(mode));
        assert_eq!(mode.to_string(), mode.name());
    }
    assert_eq!(
        "Backward-Transitive".parse::<Mode>(),
        Ok(Mode::BackwardTransitive)
    );
    let err = "SIDEWAYS".parse::<Mode>().unwrap_err();
    assert!(err.to_string().contains("FULL_TRANSITIVE"), "{err}");
}

#[test]
fn rule_codes_are_unique_kebab_case_and_round_trip() {
    let mut seen = std::collections::HashSet::new();
    for rule in Rule::ALL {
        let code = rule.code();
        assert!(seen.insert(code), "duplicate {code}");
        assert!(
            code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{code}"
        );
        assert_eq!(Rule::from_code(code), Some(*rule));
    }
}

#[test]
fn findings_carry_pointers_and_one_line_explanations() {
    let old = s(json!({"type": "object", "additionalProperties": false,
        "properties": {"address": {"$ref": "#/$defs/Address"}},
        "$defs": {"Address": {"type": "object", "additionalProperties": false,
            "properties": {"city": {"type": "string"}, "zip": {"type": "string", "maxLength": 10}}}}}));
    let new = s(json!({"type": "object", "additionalProperties": false,
        "properties": {"address": {"$ref": "#/$defs/Address"}},
        "$defs": {"Address": {"type": "object", "additionalProperties": false,
            "properties": {"city": {"type": "string"}, "zip": {"type": "string", "maxLength": 5}}}}}));
    let findings = check(&old, &new);
    assert_eq!(findings.len(), 1, "{findings:?}");
    let f = &findings[0];
    assert_eq!(f.rule, Rule::MaxLengthDecreased);
    assert_eq!(f.reader_pointer, "/$defs/Address/properties/zip/maxLength");
    assert_eq!(f.writer_pointer, "/$defs/Address/properties/zip");
    assert!(
        !f.message.contains('\n') && f.message.contains('5') && f.message.contains("10"),
        "{}",
        f.message
    );
}

#[test]
fn refused_documents() {
    let cases = [
        ("[1, 2]", "a schema must be an object or a boolean"),
        ("{\"type\": \"strin\"}", "unknown type"),
        ("{\"$ref\": \"#/$defs/Missing\"}", "unresolvable `$ref`"),
        (
            "{\"$ref\": \"other.json#/x\"}",
            "only references inside the document",
        ),
        (
            "{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}",
            "cycle",
        ),
        (
            "{\"properties\": {\"a\": 3}}",
            "a schema must be an object or a boolean",
        ),
        ("{\"required\": \"a\"}", "array of strings"),
        ("{\"maxLength\": -1}", "non-negative integer"),
        ("{\"anyOf\": []}", "must not be empty"),
        ("not json", "not JSON"),
    ];
    for (text, expected) in cases {
        let err = Schema::from_json(text).expect_err(text);
        assert!(err.to_string().contains(expected), "{text}: {err}");
    }
    assert!(Schema::from_json("true").is_ok());
    assert!(
        Schema::from_json("{\"$ref\": \"#\"}").is_err(),
        "a bare self-reference never reaches a schema"
    );
    assert!(Schema::from_json("{\"$defs\": {\"a\": {\"$anchor\": \"node\", \"type\": \"string\"}}, \"$ref\": \"#node\"}").is_ok());
}

// ---- schemars: the schemas the derive really produces ----

mod v1 {
    use super::JsonSchema;

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    pub struct Address {
        pub city: String,
    }

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    pub enum Status {
        Placed,
        Paid,
    }

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    pub struct OrderPlaced {
        pub order_id: String,
        pub total_amount: f64,
        pub quantity: u32,
        pub status: Status,
        pub shipping: Option<Address>,
    }

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Closed {
        pub order_id: String,
    }

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    #[serde(tag = "type")]
    pub enum Payment {
        Card { last4: String },
        Cash,
    }
}

mod v2 {
    use super::JsonSchema;

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    pub struct Address {
        pub city: String,
        pub zip: Option<String>,
    }

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    pub enum Status {
        Placed,
        Paid,
        Shipped,
    }

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    pub struct OrderPlaced {
        pub order_id: String,
        pub total_amount: f64,
        pub quantity: u64,
        pub status: Status,
        pub shipping: Option<Address>,
    }

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Closed {
        pub order_id: String,
        #[serde(default)]
        pub coupon: Option<String>,
    }

    #[derive(serde::Serialize, serde::Deserialize, JsonSchema)]
    #[serde(tag = "type")]
    pub enum Payment {
        Card { last4: String },
        Cash,
        Voucher { code: String },
    }
}

fn schema_of<T: JsonSchema>() -> Schema {
    s(serde_json::to_value(schema_for!(T)).expect("schemars output is JSON"))
}

fn codes(findings: &[factum_codegen::compat::Finding]) -> Vec<&'static str> {
    let mut c: Vec<&'static str> = findings.iter().map(|f| f.rule.code()).collect();
    c.sort_unstable();
    c.dedup();
    c
}

#[test]
fn schemars_identical_types_are_fully_compatible() {
    for schema in [
        schema_of::<v1::OrderPlaced>(),
        schema_of::<v1::Closed>(),
        schema_of::<v1::Payment>(),
        schema_of::<v2::OrderPlaced>(),
        schema_of::<v2::Payment>(),
    ] {
        assert!(check(&schema, &schema).is_empty(), "{}", schema.as_value());
        assert!(
            check_mode(
                Mode::FullTransitive,
                &[schema.clone(), schema.clone()],
                &schema
            )
            .is_empty()
        );
    }
}

#[test]
fn schemars_open_struct_evolution() {
    let (old, new) = (
        schema_of::<v1::OrderPlaced>(),
        schema_of::<v2::OrderPlaced>(),
    );
    // schemars leaves structs open: the Option field added to Address (behind Option<$ref>)
    // may already be present with any value in old data; the enum grew; u32 -> u64 widened.
    let backward = check(&old, &new);
    assert_eq!(
        codes(&backward),
        ["property-added-to-open-model", "sum-type-narrowed"],
        "{backward:#?}"
    );
    assert!(
        backward
            .iter()
            .any(|f| f.reader_pointer == "/$defs/Address/properties/zip"),
        "{backward:#?}"
    );
    let forward = check(&new, &old);
    let forward_codes = codes(&forward);
    assert!(forward_codes.contains(&"enum-narrowed"), "{forward:#?}");
    assert_eq!(
        forward_codes,
        ["enum-narrowed", "format-changed"],
        "{forward:#?}"
    );
    let uint = |f: &str| s(json!({"type": "integer", "format": f, "minimum": 0}));
    assert!(check(&uint("uint32"), &uint("uint64")).is_empty());
    assert_eq!(
        codes(&check(&uint("uint64"), &uint("uint32"))),
        ["format-changed"]
    );
}

#[test]
fn schemars_closed_struct_gains_an_optional_field() {
    let (old, new) = (schema_of::<v1::Closed>(), schema_of::<v2::Closed>());
    assert!(check_mode(Mode::Backward, std::slice::from_ref(&old), &new).is_empty());
    let forward = check_mode(Mode::Forward, &[old], &new);
    assert_eq!(rules(&forward), ["property-removed-from-closed-model"]);
    assert_eq!(forward[0].new_pointer(), "/properties/coupon");
}

#[test]
fn schemars_tagged_enum_gains_a_variant() {
    let (old, new) = (schema_of::<v1::Payment>(), schema_of::<v2::Payment>());
    assert!(
        check_mode(Mode::Backward, std::slice::from_ref(&old), &new).is_empty(),
        "{}",
        new.as_value()
    );
    let forward = check_mode(Mode::Forward, &[old], &new);
    assert!(
        rules(&forward).contains(&"sum-type-narrowed"),
        "{forward:#?}"
    );
}
