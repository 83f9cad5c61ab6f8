//! The `factum` command-line tool.
//!
//! `factum names` classifies message names with `factum-naming` exactly as
//! `#[derive(Event)]`, `#[derive(Command)]` and `#[derive(Query)]` do, with the
//! `factum-vocabulary.txt` of the current folder (or `--vocabulary FILE`). It reads the
//! names given as arguments, or one per line from stdin:
//!
//! ```text
//! $ factum names OrderPlaced PlaceOrder
//! OrderPlaced    event    subject "Order" + past participle "Placed" (of "place"): a fact in the past tense
//! PlaceOrder    command    imperative "Place" (verb "place") + object "Order": a request
//! $ printf 'OrderPlaced\nPlaceOrder\n' | factum names --as event
//! OrderPlaced    accept    subject "Order" + past participle "Placed" (of "place"): a fact in the past tense
//! PlaceOrder    reject    `PlaceOrder` is named like a command (imperative "Place"), but events are ... = help: ... = note: ...
//! $ printf 'OrderEvent::Placed\n' | factum names --as event
//! OrderEvent::Placed    accept    past participle "Placed" (of "place") alone, its subject implied: ...
//! $ factum names --explain PlaceOrder
//! ```
//!
//! A line `Enum::Variant` (the segment before the last starts with a capital) is a variant,
//! read with its enum as the derive on that enum reads it; `module::Type` is the type.

use std::fmt::Write as _;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

mod contracts;
mod export;

use factum::envelope::{self, DecodeOptions};
use factum_codegen::compat::{Compatibility, Mode, Readers, Schema};
use factum_naming::{
    Kind, Vocabulary, check, check_variant, check_wire_name, classify_with, explain, wire_segment,
};

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
    #[command(
        about = "Check a new JSON Schema against older versions under a Schema Registry compatibility mode: exit 0 if compatible, 1 if not (one finding a line: DIRECTION OLD_FILE RULE POINTER EXPLANATION), 2 on unreadable or invalid input."
    )]
    Compat(CompatArgs),
    #[command(subcommand, about = "Write the contract files of a package.")]
    Contracts(ContractsCmd),
    #[command(
        about = "Export the contract files to TypeScript, Python, Go or Java: factum export --lang ts|python|go|java|all --out DIR CONTRACTS_DIR (or `export roundtrip`)."
    )]
    Export(export::ExportArgs),
}

#[derive(Debug, Subcommand)]
enum ContractsCmd {
    /// Write the contracts folder (schemas, envelope schema, manifest, asyncapi.json) of the
    /// message types a package defines, as its build script would; exit 1 when a
    /// published version changed or a new version is not compatible.
    Write(ContractsWriteArgs),
}

#[derive(Debug, Args)]
struct ContractsWriteArgs {
    /// The package that defines the messages (its directory).
    #[arg(long, value_name = "DIR")]
    package: PathBuf,
    /// The contracts folder to write.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The rule changes are checked by: SERDE (factum's serde-aware default) or a Confluent
    /// mode (BACKWARD, FORWARD, FULL, their _TRANSITIVE forms, NONE).
    #[arg(long, default_value = "SERDE")]
    mode: String,
    /// The title in asyncapi.json (with --api-version).
    #[arg(long, requires = "api_version")]
    title: Option<String>,
    /// The version in asyncapi.json (with --title).
    #[arg(long, requires = "title")]
    api_version: Option<String>,
}

fn contracts_write(args: &ContractsWriteArgs) -> Result<(), (u8, String)> {
    let compatibility: Compatibility = args
        .mode
        .parse()
        .map_err(|e| (2, format!("{e} or SERDE")))?;
    contracts::write(&contracts::Request {
        package: &args.package,
        out: &args.out,
        compatibility,
        title: args.title.as_deref(),
        api_version: args.api_version.as_deref(),
    })
}

#[derive(Debug, Args)]
struct CompatArgs {
    #[arg(
        long,
        value_name = "MODE",
        default_value = "SERDE",
        help = "SERDE (factum's default: writers write exactly their declared fields, readers ignore unknown ones; see --kind), or a Confluent mode: BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE or NONE (case-insensitive, '-' accepted for '_'); the transitive modes check every old file, the others only the last"
    )]
    mode: Compatibility,
    /// With SERDE: `event` checks both ways (old consumers read new data, new consumers
    /// read old data), `command` or `query` the handler reading older senders' data.
    #[arg(long, default_value = "event", value_parser = ["event", "command", "query"])]
    kind: String,
    /// The old versions, oldest first, then the new schema (last).
    #[arg(value_name = "SCHEMA.json", num_args = 2.., required = true)]
    files: Vec<PathBuf>,
}

fn load_schema(path: &Path) -> Result<Schema, (u8, String)> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| (2, format!("cannot read {}: {e}", path.display())))?;
    Schema::from_json(&text).map_err(|e| (2, format!("invalid schema {}: {e}", path.display())))
}

fn compat(args: &CompatArgs) -> Result<(), (u8, String)> {
    let schemas = args
        .files
        .iter()
        .map(|p| load_schema(p))
        .collect::<Result<Vec<_>, _>>()?;
    let (new, olds) = schemas.split_last().expect("clap requires two files");
    let (new_path, old_paths) = args.files.split_last().expect("clap requires two files");
    let readers = if args.kind == "event" {
        Readers::Both
    } else {
        Readers::Handler
    };
    let findings = args.mode.check(readers, olds, new);
    let mut out = io::stdout().lock();
    let io_err = |e: io::Error| (2, format!("cannot write output: {e}"));
    if findings.is_empty() {
        let checked = if args.mode == Compatibility::Confluent(Mode::None) {
            "nothing checked".to_owned()
        } else if matches!(args.mode, Compatibility::Confluent(m) if m.is_transitive()) {
            format!("checked against {} earlier version(s)", olds.len())
        } else {
            format!(
                "checked against {}",
                old_paths[old_paths.len() - 1].display()
            )
        };
        writeln!(
            out,
            "OK {}: {} is compatible ({checked})",
            args.mode,
            new_path.display()
        )
        .map_err(io_err)?;
        return Ok(());
    }
    for f in &findings {
        writeln!(
            out,
            "{} {} {} #{} {}",
            f.direction.name(),
            old_paths[f.old_index].display(),
            f.finding.rule,
            f.new_pointer(),
            f.finding.message
        )
        .map_err(io_err)?;
    }
    Err((
        1,
        format!(
            "{} is not {}-compatible: {} finding(s)",
            new_path.display(),
            args.mode,
            findings.len()
        ),
    ))
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
    /// The names to read (`OrderPlaced`, `OrderEvent::Placed`); without any, one per line
    /// from stdin.
    #[arg(value_name = "NAME", conflicts_with = "explain")]
    names: Vec<String>,
    /// Explain how NAME reads and suggest a name for each kind, instead of reading stdin.
    #[arg(long, value_name = "NAME")]
    explain: Option<String>,
    /// Check each name as the derive of this kind would: print
    /// `NAME<TAB>accept|reject<TAB>MESSAGE`, the message the derive would print; exit 1 if any
    /// name is rejected.
    #[arg(long = "as", value_name = "KIND", value_enum)]
    as_kind: Option<KindArg>,
    /// A vocabulary file with domain words (default: `factum-vocabulary.txt` in the current
    /// folder, if there is one, as the derives read it beside `Cargo.toml`).
    #[arg(long, value_name = "FILE")]
    vocabulary: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum KindArg {
    Event,
    Command,
    Query,
}

impl From<KindArg> for Kind {
    fn from(kind: KindArg) -> Kind {
        match kind {
            KindArg::Event => Kind::Event,
            KindArg::Command => Kind::Command,
            KindArg::Query => Kind::Query,
        }
    }
}

/// What a line of `factum names` names: a type (`OrderPlaced`, also through a module path,
/// `orders::OrderPlaced`), a variant of an enum (`OrderEvent::Placed`: the segment before
/// the last starts with a capital), read as the derive on that enum reads it, or a wire name
/// (`com.shop.order.placed`, `orders/create`), read as `name = "…"` is.
enum Target<'a> {
    Type(&'a str),
    Wire(&'a str),
    Variant {
        enum_name: &'a str,
        variant: &'a str,
    },
}

impl<'a> Target<'a> {
    fn parse(line: &'a str) -> Target<'a> {
        if line.contains(['.', '/']) {
            return Target::Wire(line.trim());
        }
        let mut segments = line.rsplit("::").map(str::trim);
        let last = segments.next().unwrap_or(line);
        match segments.next() {
            Some(outer) if outer.starts_with(|c: char| c.is_uppercase()) => Target::Variant {
                enum_name: outer,
                variant: last,
            },
            _ => Target::Type(last),
        }
    }

    /// The derive of `kind`'s check; on success, why the name reads so.
    fn check(&self, kind: Kind, vocab: &Vocabulary) -> Result<String, factum_naming::Violation> {
        match *self {
            Target::Type(name) => {
                check(name, kind, vocab)?;
                let a = classify_with(name, vocab);
                if a.accepts(kind) {
                    return Ok(a.explanation);
                }
                // A name with no verb (`AvailableHours`): a query named by what it returns.
                Ok(format!(
                    "{}; a query may be named by what it returns",
                    a.explanation
                ))
            }
            Target::Wire(wire) => {
                check_wire_name(wire, kind, vocab)?;
                let segment = wire_segment(wire);
                let a = classify_with(segment, vocab);
                if a.accepts(kind) {
                    Ok(a.explanation)
                } else if check(segment, kind, vocab).is_ok() {
                    Ok(format!(
                        "{}; a query may be named by what it returns",
                        a.explanation
                    ))
                } else {
                    // `invoice.overdue`: the last part needs the subject the part before names.
                    Ok(format!(
                        "read with the part before it: {}; alone: {}",
                        kind.name(),
                        a.explanation
                    ))
                }
            }
            Target::Variant { enum_name, variant } => {
                check_variant(enum_name, variant, kind, vocab)?;
                let alone = classify_with(variant, vocab);
                if alone.accepts(kind) {
                    return Ok(alone.explanation);
                }
                Ok(format!(
                    "a variant of `{enum_name}`, read with its enum's name: {} (alone: {})",
                    kind.name(),
                    alone.explanation
                ))
            }
        }
    }

    /// `--explain`: how the name reads alone; for a variant, then what each derive on its enum
    /// says.
    fn explain(&self, vocab: &Vocabulary) -> String {
        match *self {
            Target::Type(name) => explain(name, vocab),
            Target::Wire(wire) => explain(wire_segment(wire), vocab),
            Target::Variant { enum_name, variant } => {
                let mut text = explain(variant, vocab);
                let _ = writeln!(text, "  in enum `{enum_name}`:");
                for kind in Kind::ALL {
                    let derive = format!("#[derive({})]", kind_derive(kind));
                    let _ = match check_variant(enum_name, variant, kind, vocab) {
                        Ok(()) => writeln!(text, "    {derive:<19} accepts it"),
                        Err(v) => writeln!(text, "    {derive:<19} rejects it: {}", v.help),
                    };
                }
                text
            }
        }
    }

    /// The verdict: how a type reads; for a variant, the first kind whose derive accepts it.
    fn verdict(&self, vocab: &Vocabulary) -> (String, String) {
        match *self {
            Target::Type(name) => {
                let a = classify_with(name, vocab);
                (a.verdict.to_string(), a.explanation)
            }
            Target::Wire(wire) => Kind::ALL
                .into_iter()
                .find_map(|kind| {
                    let why = self.check(kind, vocab).ok()?;
                    Some((kind.name().to_owned(), why))
                })
                .unwrap_or_else(|| {
                    let a = classify_with(wire_segment(wire), vocab);
                    ("unknown".to_owned(), a.explanation)
                }),
            Target::Variant { enum_name, variant } => Kind::ALL
                .into_iter()
                .find_map(|kind| {
                    let why = self.check(kind, vocab).ok()?;
                    Some((kind.name().to_owned(), why))
                })
                .unwrap_or_else(|| {
                    let a = classify_with(variant, vocab);
                    let why = format!(
                        "no derive accepts it in `{enum_name}`; alone: {}",
                        a.explanation
                    );
                    ("unknown".to_owned(), why)
                }),
        }
    }
}

/// `Event`, `Command`, `Query`: the derive of `kind`.
fn kind_derive(kind: Kind) -> &'static str {
    match kind {
        Kind::Event => "Event",
        Kind::Command => "Command",
        Kind::Query => "Query",
    }
}

fn names(args: &NamesArgs) -> Result<(), (u8, String)> {
    let vocab: Vocabulary = match &args.vocabulary {
        Some(path) => factum_naming::load_file(path),
        None => factum_naming::load_dir(Path::new(".")),
    }
    .map_err(|e| (2, format!("invalid vocabulary: {e}")))?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let io_err = |e: io::Error| (2, format!("cannot write output: {e}"));
    if let Some(name) = &args.explain {
        out.write_all(Target::parse(name.trim()).explain(&vocab).as_bytes())
            .map_err(io_err)?;
        return Ok(());
    }
    let lines: Box<dyn Iterator<Item = io::Result<String>>> = if args.names.is_empty() {
        Box::new(io::stdin().lock().lines())
    } else {
        Box::new(args.names.iter().cloned().map(Ok))
    };
    let mut rejected = 0usize;
    for line in lines {
        let line = line.map_err(|e| (2, format!("cannot read stdin: {e}")))?;
        let name = line.trim();
        if name.is_empty() {
            continue;
        }
        let target = Target::parse(name);
        match args.as_kind.map(Kind::from) {
            None => {
                let (verdict, why) = target.verdict(&vocab);
                writeln!(out, "{name}\t{verdict}\t{why}").map_err(io_err)?;
            }
            // The derive's own check, the derive's own message (on one line).
            Some(kind) => match target.check(kind, &vocab) {
                Ok(why) => {
                    writeln!(out, "{name}\taccept\t{why}").map_err(io_err)?;
                }
                Err(v) => {
                    rejected += 1;
                    let message = v.to_string().replace('\n', " ");
                    writeln!(out, "{name}\treject\t{message}").map_err(io_err)?;
                }
            },
        }
    }
    if rejected > 0 {
        return Err((1, format!("{rejected} name(s) rejected")));
    }
    Ok(())
}

/// mimalloc: the export allocates many small strings on several threads (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.cmd {
        Cmd::Names(args) => names(args),
        Cmd::Envelope(EnvelopeCmd::Check(args)) => envelope_check(args),
        Cmd::Compat(args) => compat(args),
        Cmd::Contracts(ContractsCmd::Write(args)) => contracts_write(args),
        Cmd::Export(args) => export::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("factum: {message}");
            ExitCode::from(code)
        }
    }
}
