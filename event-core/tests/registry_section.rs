//! The derives write their registry entries straight into the link sections of the
//! registry's `linkme` slices, with linkme's section names (`factum-derive`'s
//! `section.rs`), rather than through linkme's attribute. This checks, on the platform the
//! tests run on, that an entry written by each derive and one written with linkme's own
//! `#[distributed_slice]` land in the same slice: a linkme release that renamed its
//! sections would fail here, not silently empty the registry.

#![allow(dead_code)] // the types exist to be registered

use factum::__private::{ConsumerInfo, MessageInfo, linkme, schema_fns};
use factum::registry::Registry;
use factum::{Event, Inbox, MessageKind};

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
struct ParcelWeighed {
    grams: u32,
}

#[derive(Inbox)]
enum ScaleInbox {
    Weighed(ParcelWeighed),
}

#[linkme::distributed_slice(factum::__private::MESSAGES)]
#[linkme(crate = factum::__private::linkme)]
static BY_LINKME: MessageInfo = MessageInfo::__new(
    "ParcelMeasured",
    MessageKind::Event,
    1,
    None,
    "registry_section::ParcelMeasured",
    &[],
    false,
    schema_fns::<()>(),
);

#[linkme::distributed_slice(factum::__private::CONSUMERS)]
#[linkme(crate = factum::__private::linkme)]
static INBOX_BY_LINKME: ConsumerInfo =
    ConsumerInfo::__new::<ScaleInbox>("LinkmeInbox", "registry_section::LinkmeInbox", None);

#[test]
fn derived_and_linkme_entries_share_each_slice() {
    let registry = Registry::load().expect("no conflicts");
    let messages: Vec<(&str, &str)> = registry
        .messages()
        .iter()
        .map(|m| (m.name(), m.rust_type()))
        .collect();
    assert_eq!(
        messages,
        [
            ("ParcelMeasured", "registry_section::ParcelMeasured"),
            ("ParcelWeighed", "registry_section::ParcelWeighed"),
        ]
    );
    let consumers: Vec<&str> = registry.consumers().iter().map(|c| c.inbox()).collect();
    assert_eq!(consumers, ["LinkmeInbox", "ScaleInbox"]);
}
