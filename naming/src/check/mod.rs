//! Checking a name against the kind it was declared ([`check`], [`check_variant`],
//! [`check_wire_name`]) and wording the error ([`Violation`]).
//!
//! One file per idea; dependencies run one way, from the checks to the wording:
//! `wire` → `name` → `violation` → `data`; `variant` → `family`, `violation`, `data`;
//! `family` → `data`. Nothing here depends back on this file, which only names the parts.

mod data;
mod family;
mod name;
mod variant;
mod violation;
mod wire;

pub use name::check;
pub use variant::{check_variant, enum_subject};
pub use violation::Violation;
pub use wire::{check_wire_name, wire_segment};
