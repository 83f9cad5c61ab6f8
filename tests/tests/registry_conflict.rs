//! Two types that claim the same (name, version) make the registry refuse to load.

use factum::registry::Registry;

pub mod billing {
    #[derive(factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    #[event(name = "InvoicePaid", version = 2)]
    pub struct InvoicePaid {
        pub invoice_id: String,
    }
}

pub mod payments {
    #[derive(factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    #[event(name = "InvoicePaid", version = 2)]
    pub struct InvoiceSettled {
        pub invoice: u64,
    }
}

#[derive(factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(name = "InvoicePaid", version = 1)]
pub struct InvoicePaidV1 {
    pub invoice_id: String,
}

#[test]
fn duplicate_name_and_version_is_refused_with_both_types() {
    let err = Registry::load().unwrap_err();
    assert_eq!(err.conflicts().len(), 1);
    let conflict = &err.conflicts()[0];
    assert_eq!((conflict.name, conflict.version), ("InvoicePaid", 2));
    assert_eq!(
        conflict.rust_types,
        [
            "registry_conflict::billing::InvoicePaid",
            "registry_conflict::payments::InvoiceSettled"
        ]
    );
    assert!(
        err.to_string()
            .contains("give each its own `name` or `version`")
    );
}
