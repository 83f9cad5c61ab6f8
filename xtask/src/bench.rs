//! `cargo xtask bench <name>`: micro-benchmarks.
//!
//! - `naming`: `factum_naming::classify` over the test corpus (`naming/tests/corpus.rs`) and
//!   the development corpus (`naming/corpus/names.tsv`), in release mode; prints the median
//!   ns per name of several runs and the two shares of issue 9 on the development corpus, the
//!   validation corpus (`naming/corpus/validation.tsv`) and the held-out corpora
//!   (`naming/corpus/holdout.tsv`, `holdout2.tsv` … `holdout8.tsv`).
//! - `derive`: build time (and, with `--instructions`, rustc's instruction count) of 500
//!   event types with and without `derive(Event)`.
//! - `export`: `factum export` of 1,000 message types to each language.
//! - `transport`: publish and consume throughput over NATS `JetStream` of factum's
//!   transport, raw `async-nats` and the `CloudEvents` SDK's NATS binding
//!   (`crate::bench_transport`).

use std::process::Command;

/// Entry point for `cargo xtask bench <name>`.
pub fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("naming") => naming(),
        Some("derive") => crate::bench_derive::run(&args[1..]),
        Some("export") => crate::bench_export::run(&args[1..]),
        Some("transport") => crate::bench_transport::run(&args[1..]),
        Some(other) => Err(format!(
            "unknown benchmark `{other}` (available: naming, derive, export, transport)"
        )),
        None => Err("usage: cargo xtask bench <naming | derive [--runs N] [--instructions] | export [--messages N] [--runs N] | transport [--messages N] [--rounds N]>".into()),
    }
}

fn naming() -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["bench", "-q", "-p", "factum-naming", "--bench", "classify"])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("benchmark failed: {status}"))
    }
}
