//! factum's build-script library: the contract files of a crate's messages and the
//! compatibility checks between their versions.
//!
//! It holds only what a build script needs; the `factum` command-line tool (`names`,
//! `envelope check`, `compat`, `contracts write`) is the separate package `factum-cli`.
//!
//! [`contracts`] writes a `contracts/` folder (JSON Schemas, envelope schema, manifest,
//! `AsyncAPI` 3.0) from a build script: `factum_codegen::contracts::write_contracts("contracts")`.
//!
//! [`compat`] checks JSON Schema compatibility with Confluent Schema Registry's seven modes
//! (`factum compat --mode BACKWARD old.json new.json`).

#![deny(missing_docs)]

pub mod compat;
pub mod contracts;
pub mod export;
