//! The scenario matrix: for each change a team makes to an event, the old and the changed
//! type are real serde types; the build gate's verdict (through `Contracts::write`, the
//! serde-aware rule) is compared with what happens at run time when the old consumer reads
//! the new producer's data and the new consumer reads the old producer's data. A change
//! the gate passes never fails at run time; a change it fails does fail at run time for
//! exactly the side it names.

use std::collections::BTreeSet;
use std::path::Path;

use factum::MessageKind;
use factum_codegen::compat::Direction;
use factum_codegen::contracts::{Contracts, ContractsError, MessageContract, Problem};
use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn contract<T: JsonSchema>() -> MessageContract {
    let mut schema = schemars::schema_for!(T).to_value();
    // As the registry does: the title is the wire name.
    schema["title"] = "OrderPlaced".into();
    MessageContract {
        name: "OrderPlaced".into(),
        kind: MessageKind::Event,
        version: 1,
        key: None,
        rust_type: std::any::type_name::<T>().into(),
        variants: Vec::new(),
        upcasts: false,
        schema,
    }
}

/// The directions the gate says break: `Forward` = old consumers reading new events,
/// `Backward` = new consumers reading old events.
fn gate<Old: JsonSchema, New: JsonSchema>(name: &str) -> BTreeSet<&'static str> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("evolution-matrix")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    Contracts::new(vec![contract::<Old>()]).write(&dir).unwrap();
    match Contracts::new(vec![contract::<New>()]).write(&dir) {
        Ok(_) => BTreeSet::new(),
        Err(ContractsError::Breaking { changes, .. }) => {
            let mut out = BTreeSet::new();
            for b in changes {
                let Problem::Changed { changes, .. } = b.problem else {
                    panic!("{name}: unexpected problem {b}")
                };
                for c in changes {
                    out.insert(match c.direction {
                        Direction::Forward => "old reads new",
                        Direction::Backward => "new reads old",
                    });
                }
            }
            out
        }
        Err(e) => panic!("{name}: {e}"),
    }
}

fn reads<W: Serialize, R: DeserializeOwned>(samples: &[W]) -> bool {
    samples.iter().all(|s| {
        let text = serde_json::to_string(s).unwrap();
        serde_json::from_str::<R>(&text).is_ok()
    })
}

fn run<Old, New>(name: &str, breaks: &[&str], olds: &[Old], news: &[New])
where
    Old: JsonSchema + Serialize + DeserializeOwned,
    New: JsonSchema + Serialize + DeserializeOwned,
{
    let predicted = gate::<Old, New>(name);
    let mut actual = BTreeSet::new();
    if !reads::<New, Old>(news) {
        actual.insert("old reads new");
    }
    if !reads::<Old, New>(olds) {
        actual.insert("new reads old");
    }
    let expected: BTreeSet<&str> = breaks.iter().copied().collect();
    assert_eq!(
        predicted, actual,
        "{name}: the gate predicted {predicted:?}, run time {actual:?}"
    );
    assert_eq!(predicted, expected, "{name}: expected {expected:?}");
}

macro_rules! scenario {
    ($name:ident breaks [$($side:literal),*]
        old { $($old:item)* } $old_samples:expr;
        new { $($new:item)* } $new_samples:expr;
    ) => {
        mod $name {
            #![allow(dead_code)]
            use schemars::JsonSchema;
            use serde::{Deserialize, Serialize};
            pub mod old { use super::*; $($old)* }
            pub mod new { use super::*; $($new)* }
            #[test]
            fn the_gate_predicts_what_happens_at_run_time() {
                super::run::<old::OrderPlaced, new::OrderPlaced>(
                    stringify!($name), &[$($side),*], &$old_samples, &$new_samples);
            }
        }
    };
}

scenario! { option_field_added breaks []
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String } }
    [old::OrderPlaced { id: "o".into() }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String, pub note: Option<String> } }
    [new::OrderPlaced { id: "o".into(), note: None }, new::OrderPlaced { id: "o".into(), note: Some("n".into()) }];
}

scenario! { defaulted_field_added breaks []
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String } }
    [old::OrderPlaced { id: "o".into() }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String, #[serde(default)] pub qty: u32 } }
    [new::OrderPlaced { id: "o".into(), qty: 3 }];
}

scenario! { optional_field_removed breaks []
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String, pub note: Option<String> } }
    [old::OrderPlaced { id: "o".into(), note: Some("n".into()) }, old::OrderPlaced { id: "o".into(), note: None }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String } }
    [new::OrderPlaced { id: "o".into() }];
}

scenario! { nested_optional_field_added breaks []
    old {
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct Line { pub sku: String }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub lines: Vec<Line> }
    }
    [old::OrderPlaced { lines: vec![old::Line { sku: "s".into() }] }];
    new {
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct Line { pub sku: String, pub gift: Option<bool> }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub lines: Vec<Line> }
    }
    [new::OrderPlaced { lines: vec![new::Line { sku: "s".into(), gift: Some(true) }] }];
}

scenario! { doc_edited breaks []
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String } }
    [old::OrderPlaced { id: "o".into() }];
    new {
        /// An order was placed.
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced {
            /// The order's id.
            pub id: String,
        }
    }
    [new::OrderPlaced { id: "o".into() }];
}

scenario! { required_field_added breaks ["new reads old"]
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String } }
    [old::OrderPlaced { id: "o".into() }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String, pub currency: String } }
    [new::OrderPlaced { id: "o".into(), currency: "EUR".into() }];
}

scenario! { required_field_removed breaks ["old reads new"]
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String, pub total: i64 } }
    [old::OrderPlaced { id: "o".into(), total: 5 }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub id: String } }
    [new::OrderPlaced { id: "o".into() }];
}

scenario! { field_renamed breaks ["old reads new", "new reads old"]
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub total: i64 } }
    [old::OrderPlaced { total: 5 }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub total_minor: i64 } }
    [new::OrderPlaced { total_minor: 5 }];
}

scenario! { field_retyped breaks ["old reads new", "new reads old"]
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub total: String } }
    [old::OrderPlaced { total: "5".into() }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub total: i64 } }
    [new::OrderPlaced { total: 5 }];
}

scenario! { nested_field_retyped breaks ["old reads new", "new reads old"]
    old {
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct Line { pub qty: u32 }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub line: Line }
    }
    [old::OrderPlaced { line: old::Line { qty: 1 } }];
    new {
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct Line { pub qty: String }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub line: Line }
    }
    [new::OrderPlaced { line: new::Line { qty: "1".into() } }];
}

scenario! { integer_range_widened breaks ["old reads new"]
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub qty: u32 } }
    [old::OrderPlaced { qty: u32::MAX }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub qty: u64 } }
    [new::OrderPlaced { qty: u64::from(u32::MAX) + 1 }];
}

scenario! { integer_range_narrowed breaks ["new reads old"]
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub qty: u64 } }
    [old::OrderPlaced { qty: u64::MAX }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub qty: u32 } }
    [new::OrderPlaced { qty: u32::MAX }];
}

scenario! { integer_signedness_changed breaks ["old reads new", "new reads old"]
    old { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub qty: i64 } }
    [old::OrderPlaced { qty: -1 }];
    new { #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub qty: u64 } }
    [new::OrderPlaced { qty: u64::MAX }];
}

scenario! { variant_added breaks ["old reads new"]
    old {
        #[derive(Serialize, Deserialize, JsonSchema)] pub enum Status { Open, Paid }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub status: Status }
    }
    [old::OrderPlaced { status: old::Status::Paid }];
    new {
        #[derive(Serialize, Deserialize, JsonSchema)] pub enum Status { Open, Paid, Refunded }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub status: Status }
    }
    [new::OrderPlaced { status: new::Status::Refunded }];
}

scenario! { variant_added_with_a_fallback breaks []
    old {
        #[derive(Serialize, Deserialize, JsonSchema)]
        #[schemars(extend("x-serde-other" = true))]
        pub enum Status { Open, Paid, #[serde(other)] Unknown }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub status: Status }
    }
    [old::OrderPlaced { status: old::Status::Paid }];
    new {
        #[derive(Serialize, Deserialize, JsonSchema)]
        #[schemars(extend("x-serde-other" = true))]
        pub enum Status { Open, Paid, Refunded, #[serde(other)] Unknown }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub status: Status }
    }
    [new::OrderPlaced { status: new::Status::Refunded }];
}

scenario! { variant_removed breaks ["new reads old"]
    old {
        #[derive(Serialize, Deserialize, JsonSchema)] pub enum Status { Open, Paid, Refunded }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub status: Status }
    }
    [old::OrderPlaced { status: old::Status::Refunded }];
    new {
        #[derive(Serialize, Deserialize, JsonSchema)] pub enum Status { Open, Paid }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub status: Status }
    }
    [new::OrderPlaced { status: new::Status::Paid }];
}

scenario! { field_added_to_a_deny_unknown_fields_reader breaks ["old reads new"]
    old {
        #[derive(Serialize, Deserialize, JsonSchema)] #[serde(deny_unknown_fields)]
        pub struct OrderPlaced { pub id: String }
    }
    [old::OrderPlaced { id: "o".into() }];
    new {
        #[derive(Serialize, Deserialize, JsonSchema)] #[serde(deny_unknown_fields)]
        pub struct OrderPlaced { pub id: String, pub note: Option<String> }
    }
    [new::OrderPlaced { id: "o".into(), note: None }];
}

scenario! { tagged_enum_variant_field_added_optionally breaks []
    old {
        #[derive(Serialize, Deserialize, JsonSchema)] #[serde(tag = "kind")]
        pub enum Payment { Card { last4: String }, Invoice { days: u32 } }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub payment: Payment }
    }
    [old::OrderPlaced { payment: old::Payment::Card { last4: "1234".into() } }];
    new {
        #[derive(Serialize, Deserialize, JsonSchema)] #[serde(tag = "kind")]
        pub enum Payment { Card { last4: String, brand: Option<String> }, Invoice { days: u32 } }
        #[derive(Serialize, Deserialize, JsonSchema)] pub struct OrderPlaced { pub payment: Payment }
    }
    [new::OrderPlaced { payment: new::Payment::Card { last4: "1234".into(), brand: Some("visa".into()) } }];
}
