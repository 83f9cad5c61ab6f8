//! `factum export`: the contract files to TypeScript, Python, Go or
//! Java, and
//! `factum export roundtrip`, which proves the generated types with each language's own
//! toolchain (decode every vector, re-encode it, compare as JSON with exact numbers).

mod json_eq;
mod roundtrip;
mod toolchain;

use std::path::PathBuf;

use clap::{Args, Subcommand};
use factum_codegen::export::{self, Lang, Options};

/// `factum export ...`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ExportArgs {
    #[command(subcommand)]
    cmd: Option<ExportCmd>,
    /// The language: ts, python, go or java.
    #[arg(long, value_name = "LANG", required = true)]
    lang: Option<Lang>,
    /// The folder to write the files to.
    #[arg(long, value_name = "DIR", required = true)]
    out: Option<PathBuf>,
    /// The Python, Go or Java package of the generated code.
    #[arg(long, value_name = "NAME", default_value = "contracts")]
    package: String,
    /// The contracts folder (with manifest.json).
    #[arg(value_name = "CONTRACTS_DIR", required = true)]
    contracts: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum ExportCmd {
    /// Generate, compile and run each language's types over test vectors
    /// (DIR/<Name>/v<N>/<case>.json, structured-mode CloudEvents): decode, re-encode and
    /// compare as JSON with exact numbers. One line per language and vector; exit 1 on any
    /// difference, 2 when a language asked for with --lang has no toolchain.
    Roundtrip(roundtrip::RoundtripArgs),
}

/// Runs `factum export`.
pub fn run(args: &ExportArgs) -> Result<(), (u8, String)> {
    if let Some(ExportCmd::Roundtrip(rt)) = &args.cmd {
        return roundtrip::run(rt);
    }
    let (Some(lang), Some(out), Some(contracts)) = (args.lang, &args.out, &args.contracts) else {
        return Err((2, "export needs --lang, --out and CONTRACTS_DIR".to_owned()));
    };
    let options = Options {
        package: args.package.clone(),
    };
    let model = export::model(contracts).map_err(|e| (2, e.to_string()))?;
    let files = export::emit(&model, lang, &options).map_err(|e| (2, e.to_string()))?;
    let written = export::write_files(out, &files).map_err(|e| (2, e.to_string()))?;
    println!(
        "exported {} message version(s) to {lang}: {} file(s) in {}",
        model.messages.len(),
        written.len(),
        out.display()
    );
    Ok(())
}
