//! The consumers in the registry: each `#[derive(Inbox)]` registers a [`ConsumerInfo`]
//! (the inbox, its consumer group, the events it receives), so that the contract files
//! list who receives what beside who sends it.

use crate::Inbox;

/// What the registry knows of one consumer: an inbox (`#[derive(Inbox)]`) and the
/// consumer group declared with `#[inbox(group = "...")]`.
#[derive(Debug)]
pub struct ConsumerInfo {
    inbox: &'static str,
    rust_type: &'static str,
    group: Option<&'static str>,
    events: &'static [&'static str],
    versions: &'static [u32],
}

impl ConsumerInfo {
    /// Used by the derive; not public API.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new<I: Inbox>(
        inbox: &'static str,
        rust_type: &'static str,
        group: Option<&'static str>,
    ) -> Self {
        Self {
            inbox,
            rust_type,
            group,
            events: I::NAMES,
            versions: I::VERSIONS,
        }
    }

    /// The inbox's name: the enum's name, such as `BillingInbox`.
    #[must_use]
    pub const fn inbox(&self) -> &'static str {
        self.inbox
    }

    /// The Rust path of the inbox, such as `billing::BillingInbox`.
    #[must_use]
    pub const fn rust_type(&self) -> &'static str {
        self.rust_type
    }

    /// The consumer group, from `#[inbox(group = "...")]`; `None` when the group is
    /// chosen at run time only.
    #[must_use]
    pub const fn group(&self) -> Option<&'static str> {
        self.group
    }

    /// The wire name of each event received, with the newest version the inbox reads
    /// (older versions are upcast to it), in variant order.
    pub fn receives(&self) -> impl Iterator<Item = (&'static str, u32)> + '_ {
        self.events
            .iter()
            .copied()
            .zip(self.versions.iter().copied())
    }
}

/// Every registered consumer, gathered by the linker as [`MESSAGES`](super::MESSAGES)
/// are; not public API.
#[doc(hidden)]
#[linkme::distributed_slice]
pub static CONSUMERS: [ConsumerInfo];
