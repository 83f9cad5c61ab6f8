//! factum's code-generation crate and the home of the `factum` command-line tool.
//!
//! The crate ships the
//! `factum` binary, whose `names` subcommand classifies message names with
//! [`factum-naming`](https://docs.rs/factum-naming) exactly as `#[derive(Event)]`,
//! `#[derive(Command)]` and `#[derive(Query)]` do:
//!
//! ```text
//! $ printf 'OrderPlaced\nPlaceOrder\n' | factum names
//! OrderPlaced    event    subject "Order" + past participle "Placed" (of "place"): a fact in the past tense
//! PlaceOrder    command    imperative "Place" (verb "place") + object "Order": a request
//! $ factum names --explain PlaceOrder
//! ```
//!
//! [`contracts`] writes a `contracts/` folder (JSON Schemas, envelope schema, manifest,
//! `AsyncAPI` 3.0) from a build script: `factum_codegen::contracts::write_contracts("contracts")`.
//!
//! [`compat`] checks JSON Schema compatibility with Confluent Schema Registry's seven modes
//! (`factum compat --mode BACKWARD old.json new.json`).

#![deny(missing_docs)]

pub mod compat;
pub mod contracts;
