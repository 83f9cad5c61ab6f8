//! Reads every message of `checkout-contracts` from factum's registry, checks them against
//! the committed contract files of the contracts crate (`../checkout-contracts/contracts/`:
//! JSON Schemas, envelope schema, manifest, `AsyncAPI` document) — a breaking change fails
//! the build, a compatible one warns until `FACTUM_CONTRACTS=overwrite cargo build`
//! updates the folder — and writes a catalogue of the messages for the service to embed.

use std::fmt::Write as _;

// Name the contracts crate so that it is linked, and its messages registered.
use checkout_contracts as _;

fn main() {
    if let Err(err) = write_contracts() {
        eprintln!("error: {err}");
        std::process::exit(1);
    }

    let registry = match factum::registry::Registry::load() {
        Ok(registry) => registry,
        Err(err) => {
            eprintln!("error: {err}");
            std::process::exit(1);
        }
    };
    let mut out = String::new();
    for m in registry.messages() {
        let schema = serde_json::to_string(&m.schema()).expect("a schema is JSON");
        writeln!(
            out,
            "{}\t{}\tv{}\t{}\t{}\t{}",
            m.kind(),
            m.name(),
            m.version(),
            m.key().unwrap_or("-"),
            m.rust_type(),
            schema
        )
        .expect("writing to a String");
    }
    let path = std::path::Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("catalogue.tsv");
    std::fs::write(path, out).expect("writing the catalogue");
}

/// The committed contract files, checked against the code (generated under `OUT_DIR`).
fn write_contracts() -> Result<(), factum_codegen::contracts::ContractsError> {
    let contracts = factum_codegen::contracts::Contracts::load()?.with_info("checkout", "1.0.0");
    factum_codegen::contracts::build_with(&contracts, "../checkout-contracts/contracts")?;
    Ok(())
}
