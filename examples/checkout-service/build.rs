//! Reads every message of `checkout-contracts` from factum's registry and writes a
//! catalogue of them (with each message's JSON Schema) for the service to embed.

use std::fmt::Write as _;

// Name the contracts crate so that it is linked, and its messages registered.
use checkout_contracts as _;

fn main() {
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
