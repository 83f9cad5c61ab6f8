//! The `factum` command-line tool.

use std::io::{self, BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use factum::envelope::{self, DecodeOptions};
use factum_naming::{Vocabulary, classify_with, explain};

/// factum: tools for event-driven message types.
#[derive(Debug, Parser)]
#[command(name = "factum", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Classify message names as event, command, query or unknown.
    Names(NamesArgs),
    #[command(subcommand, about = "Work with CloudEvents envelopes.")]
    Envelope(EnvelopeCmd),
}

#[derive(Debug, Subcommand)]
enum EnvelopeCmd {
    #[command(
        about = "Validate one CloudEvents 1.0 JSON document read on stdin (structured mode): exit 0 and print a one-line summary if it is valid, exit 1 and print the error otherwise."
    )]
    Check(CheckArgs),
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Refuse documents larger than this many bytes, before parsing.
    #[arg(long, value_name = "BYTES", default_value_t = DecodeOptions::DEFAULT_MAX_SIZE)]
    max_size: usize,
}

fn envelope_check(args: &CheckArgs) -> Result<(), (u8, String)> {
    let options = DecodeOptions::default().with_max_size(args.max_size);
    // Read one byte past the limit: enough to refuse an oversized document unread.
    let limit = u64::try_from(args.max_size)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let read_err = |e: io::Error| (2, format!("cannot read stdin: {e}"));
    let mut stdin = io::stdin().lock();
    let mut input = Vec::new();
    (&mut stdin)
        .take(limit)
        .read_to_end(&mut input)
        .map_err(read_err)?;
    if input.len() > args.max_size {
        // Count the rest without keeping it, to report the size.
        let rest = io::copy(&mut stdin, &mut io::sink()).map_err(read_err)?;
        let size = usize::try_from(rest)
            .unwrap_or(usize::MAX)
            .saturating_add(input.len());
        let err = envelope::DecodeError::TooLarge {
            size,
            limit: args.max_size,
        };
        return Err((1, err.to_string()));
    }
    let summary = envelope::check(&input, &options).map_err(|e| (1, e.to_string()))?;
    writeln!(io::stdout().lock(), "valid CloudEvent: {summary}")
        .map_err(|e| (2, format!("cannot write output: {e}")))
}

#[derive(Debug, Args)]
struct NamesArgs {
    /// Explain how NAME reads and suggest a name for each kind, instead of reading stdin.
    #[arg(long, value_name = "NAME")]
    explain: Option<String>,
    /// A vocabulary file with domain verbs (format: see the factum-naming docs).
    #[arg(long, value_name = "FILE")]
    vocabulary: Option<PathBuf>,
}

fn names(args: &NamesArgs) -> Result<(), (u8, String)> {
    let vocab = match &args.vocabulary {
        None => Vocabulary::default(),
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                (
                    2,
                    format!("cannot read vocabulary file {}: {e}", path.display()),
                )
            })?;
            Vocabulary::parse(&text).map_err(|e| {
                (
                    2,
                    format!("invalid vocabulary file {}: {e}", path.display()),
                )
            })?
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let io_err = |e: io::Error| (1, format!("cannot write output: {e}"));
    if let Some(name) = &args.explain {
        out.write_all(explain(name, &vocab).as_bytes())
            .map_err(io_err)?;
        return Ok(());
    }
    for line in io::stdin().lock().lines() {
        let line = line.map_err(|e| (1, format!("cannot read stdin: {e}")))?;
        let name = line.trim();
        if name.is_empty() {
            continue;
        }
        let a = classify_with(name, &vocab);
        writeln!(out, "{name}\t{}\t{}", a.verdict, a.explanation).map_err(io_err)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.cmd {
        Cmd::Names(args) => names(args),
        Cmd::Envelope(EnvelopeCmd::Check(args)) => envelope_check(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("factum: {message}");
            ExitCode::from(code)
        }
    }
}
