//! `cargo xtask <task>`: the project's maintenance tasks.
//!
//! - `cargo xtask test`: provisions what the test suite needs and runs every test.
//! - `cargo xtask lexicon [--check]`: regenerates the naming lexicon from `WordNet` 3.0 and
//!   `LemmInflect`.
//! - `cargo xtask msrv`: checks the minimum supported Rust version (see `msrv.rs`).
//! - `cargo xtask bench <name>`: runs a benchmark (see BENCHMARKS.md).
//! - `cargo xtask faults [--full]`: the transport's fault tests alone, `--full` at the
//!   issue's size (see `faults.rs`).
//! - `cargo xtask postgres`: only the `PostgreSQL` store's tests, against a throw-away
//!   cluster (a step of `cargo xtask test`).
//! - `cargo xtask exports`: only the exports' tests, with every toolchain they compile
//!   with (a step of `cargo xtask test`).
//! - `cargo xtask compare-exports`: factum's exports side by side with quicktype,
//!   datamodel-code-generator and Modelina; writes `docs/export-comparison.md`.

mod bench;
mod bench_derive;
mod bench_export;
mod bench_instructions;
mod bench_transport;
mod compare_exports;
mod faults;
mod lexicon;
mod msrv;
mod process;
mod provision_exports;
mod provision_nats;
mod provision_postgres;
mod test;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (task, rest) = match args.split_first() {
        Some((task, rest)) => (task.as_str(), rest),
        None => ("help", &[][..]),
    };
    let result = match task {
        "lexicon" => lexicon::run(rest),
        "bench" => bench::run(rest),
        "test" => test::run(rest),
        "msrv" => msrv::run(rest),
        "faults" => faults::run(rest),
        "postgres" => provision_postgres::run_alone(rest),
        "exports" => match rest.first() {
            Some(arg) => Err(format!(
                "`cargo xtask exports` takes no arguments (got `{arg}`)"
            )),
            None => provision_exports::run(&test::workspace_root()),
        },
        "compare-exports" => compare_exports::run(rest),
        "help" | "--help" | "-h" => {
            println!(
                "usage: cargo xtask <test | msrv | lexicon [--check] | bench <name> | faults [--full] | postgres | exports | compare-exports>"
            );
            Ok(())
        }
        other => Err(format!("unknown task `{other}`; run `cargo xtask help`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
