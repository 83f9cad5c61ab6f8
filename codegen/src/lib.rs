//! factum's build-script library: the contract files of a crate's messages and the
//! compatibility checks between their versions.
//!
//! It holds only what a build script needs; the `factum` command-line tool (`names`,
//! `envelope check`, `compat`, `contracts write`) is the separate package `factum-cli`.
//!
//! [`contracts`] checks a committed `contracts/` folder (JSON Schemas, envelope schema,
//! manifest, `AsyncAPI` 3.0) against the code from a build script:
//! `factum_codegen::contracts::build("contracts")`.
//!
//! [`compat`] checks JSON Schema compatibility: factum's serde-aware rule (the default), or
//! Confluent Schema Registry's seven modes (`factum compat --mode BACKWARD old.json new.json`).

#![deny(missing_docs)]

pub mod compat;
pub mod contracts;
pub mod export;
