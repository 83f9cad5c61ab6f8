//! The other generators of `cargo xtask compare-exports` (quicktype, datamodel-code-generator,
//! Modelina): how each is run on one schema with its best options, how its output is
//! compiled with the strict check of its language, and the small driver that decodes and
//! re-encodes data files with the generated types (one `OK\tpath\tjson` or
//! `ERR\tpath\treason` line per file, the format of `factum export roundtrip`'s drivers).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::drivers::{GO_DRIVER, JAVA_DRIVER, PY_DRIVER, TS_DRIVER};

/// A generator other than factum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Quicktype,
    Dmcg,
    Modelina,
}

impl Tool {
    pub fn title(self) -> &'static str {
        match self {
            Tool::Quicktype => "quicktype",
            Tool::Dmcg => "datamodel-code-generator",
            Tool::Modelina => "Modelina",
        }
    }

    pub fn langs(self) -> &'static [&'static str] {
        match self {
            Tool::Quicktype | Tool::Modelina => &["ts", "python", "go", "java"],
            Tool::Dmcg => &["python"],
        }
    }

    /// The options each language is generated with, as the docs page lists them.
    pub fn options(self, lang: &str) -> &'static str {
        match (self, lang) {
            (Tool::Quicktype, "ts") => {
                "`--src-lang schema --lang ts --top-level NAME --runtime-typecheck --explicit-unions --acronym-style original` (runtime type checks on, `--just-types` off); `Convert.toNAME` / `Convert.nameToJson`"
            }
            (Tool::Quicktype, "python") => {
                "`--src-lang schema --lang python --python-version 3.7 --top-level NAME` (typed classes with `from_dict`/`to_dict`, needs `python-dateutil`); `name_from_dict` / `name_to_dict`"
            }
            (Tool::Quicktype, "go") => {
                "`--src-lang schema --lang go --package gen --omit-empty --top-level NAME` (`--omit-empty` keeps absent fields absent; Go has no `--acronym-style`, so the driver calls the `Unmarshal…` function quicktype wrote); `UnmarshalNAME` / `Marshal`"
            }
            (Tool::Quicktype, _) => {
                "`--src-lang schema --lang java --package gen --datetime-provider legacy --array-type list --acronym-style original --top-level NAME` (Jackson converters on; `java8` date-times need Jackson's `jsr310` module, which Debian does not package, and then every vector fails); `Converter.fromJsonString` / `toJsonString`. Debian's Jackson 2.14.0 declares `IOException` on `writeValueAsString`, so quicktype's `toJsonString` (`throws JsonProcessingException`) does not compile; the hard parts are judged after changing that `throws` clause to `IOException`"
            }
            (Tool::Dmcg, _) => {
                "`--input-file-type jsonschema --output-model-type pydantic_v2.BaseModel --target-python-version 3.11 --target-pydantic-version 2.14 --use-standard-collections --use-union-operator --use-annotated --field-constraints --use-schema-description --use-field-description --snake-case-field --strict-nullable --use-missing-sentinel --extra-fields forbid --output-datetime-class AwareDatetime --keep-model-order --disable-timestamp`; `NAME.model_validate_json` / `model_dump_json(by_alias=True)`"
            }
            (Tool::Modelina, "ts") => {
                "`TypeScriptGenerator` with `modelType: 'class'`, `enumType: 'union'`, `TS_COMMON_PRESET` (`marshalling: true`), `TS_DESCRIPTION_PRESET`; `NAME.unmarshal` / `marshal()`"
            }
            (Tool::Modelina, "python") => {
                "`PythonGenerator` with `PYTHON_PYDANTIC_PRESET`; `NAME.model_validate_json` / `model_dump_json(by_alias=True, exclude_unset=True)`"
            }
            (Tool::Modelina, "go") => {
                "`GoGenerator` with `GO_DESCRIPTION_PRESET`; `json.Unmarshal` / `json.Marshal`"
            }
            (Tool::Modelina, _) => {
                "`JavaGenerator` with `collectionType: 'List'`, `JAVA_JACKSON_PRESET`, `JAVA_DESCRIPTION_PRESET`; Jackson `ObjectMapper.readValue` / `writeValueAsString`"
            }
        }
    }
}

/// Where the pinned programs are.
pub struct Toolchain {
    pub compare: PathBuf,
    pub tsc: String,
    pub venv: PathBuf,
    pub jackson: String,
    pub gocache: PathBuf,
}

impl Toolchain {
    fn py(&self, program: &str) -> String {
        self.venv.join("bin").join(program).display().to_string()
    }

    fn go(&self) -> String {
        self.py("go")
    }
}

/// What one (tool, language, schema) gave: the generated sources (for the static checks),
/// whether the strict compile check passed (its first error otherwise), and the driver's
/// output (or why it could not run).
pub struct Run {
    pub sources: String,
    pub strict: Result<(), String>,
    pub output: Result<String, String>,
}

/// Runs `program args` in `dir`; stdout, or an error with the first lines of the output
/// (the last line of a Python traceback), paths relative to `dir`.
pub fn run(
    dir: &Path,
    program: &str,
    args: &[&str],
    envs: &[(&str, String)],
) -> Result<String, String> {
    let out = Command::new(program)
        .args(args)
        .envs(envs.iter().map(|(k, v)| (*k, v.as_str())))
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() {
        return Ok(stdout);
    }
    let all = format!("{stdout}{}", String::from_utf8_lossy(&out.stderr))
        .replace(&format!("{}/", dir.display()), "");
    let lines: Vec<&str> = all.lines().filter(|l| !l.trim().is_empty()).collect();
    // A Python traceback says what went wrong on its last line.
    if all.contains("Traceback (most recent call last)") {
        return Err(lines.last().copied().unwrap_or_default().to_owned());
    }
    Err(lines.into_iter().take(3).collect::<Vec<_>>().join(" / "))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every file under `dir` with one of `exts`, sorted, relative to `dir`.
pub fn files(dir: &Path, exts: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if exts.iter().any(|x| p.extension().is_some_and(|e| e == *x)) {
                out.push(p.strip_prefix(dir).unwrap_or(&p).to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// The text of every file with one of `exts` under `dir`.
pub fn sources(dir: &Path, exts: &[&str]) -> String {
    files(dir, exts)
        .iter()
        .filter_map(|f| std::fs::read_to_string(dir.join(f)).ok())
        .collect::<Vec<_>>()
        .join("\n")
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push('_');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn lower_first(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_ascii_lowercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// Generates `name`'s types from `schema` into `dir/gen` with `tool`'s best options.
fn generate(
    t: &Toolchain,
    tool: Tool,
    lang: &str,
    name: &str,
    schema: &Path,
    dir: &Path,
) -> Result<(), String> {
    let generated = dir.join("gen");
    std::fs::create_dir_all(&generated).map_err(|e| e.to_string())?;
    let schema = schema.display().to_string();
    match tool {
        Tool::Quicktype => {
            let qt = t
                .compare
                .join("node_modules/.bin/quicktype")
                .display()
                .to_string();
            let (out, extra): (PathBuf, &[&str]) = match lang {
                "ts" => (
                    generated.join("gen.ts"),
                    &[
                        "--runtime-typecheck",
                        "--explicit-unions",
                        "--acronym-style",
                        "original",
                    ],
                ),
                "python" => (generated.join("gen.py"), &["--python-version", "3.7"]),
                "go" => (
                    generated.join("gen.go"),
                    &["--package", "gen", "--omit-empty"],
                ),
                _ => (
                    generated.join("Converter.java"),
                    &[
                        "--package",
                        "gen",
                        "--datetime-provider",
                        "legacy",
                        "--array-type",
                        "list",
                        "--acronym-style",
                        "original",
                    ],
                ),
            };
            let out = out.display().to_string();
            let mut args = vec!["--src-lang", "schema", "--lang", lang, "--top-level", name];
            args.extend_from_slice(extra);
            args.extend(["-o", &out, &schema]);
            run(dir, &qt, &args, &[]).map(drop)
        }
        Tool::Dmcg => {
            let out = generated.join("gen.py").display().to_string();
            let args = [
                "--input",
                &schema,
                "--output",
                &out,
                "--input-file-type",
                "jsonschema",
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--target-python-version",
                "3.11",
                "--target-pydantic-version",
                "2.14",
                "--use-standard-collections",
                "--use-union-operator",
                "--use-annotated",
                "--field-constraints",
                "--use-schema-description",
                "--use-field-description",
                "--snake-case-field",
                "--strict-nullable",
                "--use-missing-sentinel",
                "--extra-fields",
                "forbid",
                "--output-datetime-class",
                "AwareDatetime",
                "--keep-model-order",
                "--disable-timestamp",
            ];
            run(dir, &t.py("datamodel-codegen"), &args, &[]).map(drop)
        }
        Tool::Modelina => {
            let script = t.compare.join("modelina.mjs").display().to_string();
            let out = dir.display().to_string();
            run(
                &t.compare,
                "node",
                &[&script, lang, &out, &format!("gen={schema}")],
                &[],
            )
            .map(drop)
        }
    }
}

/// Generates, compiles and runs `tool`'s `lang` types for `name` over the `data` files.
pub fn run_one(
    t: &Toolchain,
    tool: Tool,
    lang: &str,
    name: &str,
    schema: &Path,
    dir: &Path,
    data: &[PathBuf],
) -> Run {
    let _ = std::fs::remove_dir_all(dir);
    if let Err(e) = generate(t, tool, lang, name, schema, dir) {
        return Run {
            sources: String::new(),
            strict: Err(format!("generation fails: {e}")),
            output: Err(format!("generation fails: {e}")),
        };
    }
    let list = dir.join("list.txt");
    let paths: Vec<String> = data.iter().map(|p| p.display().to_string()).collect();
    if let Err(e) = write(&list, &(paths.join("\n") + "\n")) {
        return Run {
            sources: String::new(),
            strict: Err(e.clone()),
            output: Err(e),
        };
    }
    let list = list.display().to_string();
    let generated = dir.join("gen");
    match lang {
        "ts" => ts(t, tool, name, dir, &generated, &list),
        "python" => python(t, tool, name, dir, &generated, &list),
        "go" => go(t, tool, name, dir, &generated, &list),
        _ => java(t, tool, name, dir, &generated, &list),
    }
}

fn ts(t: &Toolchain, tool: Tool, name: &str, dir: &Path, generated: &Path, list: &str) -> Run {
    let sources = sources(generated, &["ts"]);
    let (import, roundtrip) = match tool {
        Tool::Quicktype => (
            "import { Convert } from \"./gen/gen\";".to_owned(),
            format!(
                "Convert.{}ToJson(Convert.to{name}(text))",
                lower_first(name)
            ),
        ),
        _ => (
            format!("import {{ {name} }} from \"./gen/{name}\";"),
            format!("{name}.unmarshal(text).marshal()"),
        ),
    };
    let driver = TS_DRIVER
        .replace("IMPORT", &import)
        .replace("ROUNDTRIP", &roundtrip);
    if let Err(e) = write(&dir.join("driver.ts"), &driver) {
        return Run {
            sources,
            strict: Err(e.clone()),
            output: Err(e),
        };
    }
    let mut files: Vec<String> = files(generated, &["ts"])
        .iter()
        .map(|f| format!("gen/{}", f.display()))
        .collect();
    files.push("driver.ts".to_owned());
    let mut args = vec![
        "--strict", "--target", "es2020", "--module", "commonjs", "--outDir", "out",
    ];
    args.extend(files.iter().map(String::as_str));
    // tsc writes JavaScript even when the strict check fails: the driver still runs.
    let strict = run(dir, &t.tsc, &args, &[]).map(drop);
    let output = if dir.join("out/driver.js").exists() {
        run(dir, "node", &["out/driver.js", list], &[])
    } else {
        Err("tsc wrote no JavaScript".to_owned())
    };
    Run {
        sources,
        strict,
        output,
    }
}

fn python(t: &Toolchain, tool: Tool, name: &str, dir: &Path, generated: &Path, list: &str) -> Run {
    let python = t.py("python");
    let (sources, import, roundtrip, check): (String, String, String, Vec<String>) = match tool {
        Tool::Quicktype => (
            sources(generated, &["py"]),
            format!(
                "from gen.gen import {s}_from_dict, {s}_to_dict",
                s = snake(name)
            ),
            format!(
                "json.dumps({s}_to_dict({s}_from_dict(json.loads(text))))",
                s = snake(name)
            ),
            vec!["gen/gen.py".to_owned()],
        ),
        Tool::Dmcg => (
            sources(generated, &["py"]),
            format!("from gen.gen import {name}"),
            format!("{name}.model_validate_json(text).model_dump_json(by_alias=True)"),
            vec!["gen/gen.py".to_owned()],
        ),
        Tool::Modelina => {
            // Modelina's modules import each other as `asyncapimodels.<snake_name>`.
            let pkg = dir.join("asyncapimodels");
            let _ = std::fs::create_dir_all(&pkg);
            let _ = std::fs::write(pkg.join("__init__.py"), "");
            for f in files(generated, &["py"]) {
                let stem = f
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let _ = std::fs::copy(generated.join(&f), pkg.join(format!("{}.py", snake(&stem))));
            }
            (
                sources(generated, &["py"]),
                format!("from asyncapimodels.{} import {name}", snake(name)),
                format!(
                    "{name}.model_validate_json(text).model_dump_json(by_alias=True, exclude_unset=True)"
                ),
                vec!["-p".to_owned(), "asyncapimodels".to_owned()],
            )
        }
    };
    let _ = std::fs::write(generated.join("__init__.py"), "");
    let driver = PY_DRIVER
        .replace("IMPORT", &import)
        .replace("ROUNDTRIP", &roundtrip);
    if let Err(e) = write(&dir.join("driver.py"), &driver) {
        return Run {
            sources,
            strict: Err(e.clone()),
            output: Err(e),
        };
    }
    let mut args = vec!["-m", "mypy", "--strict", "--no-incremental"];
    args.extend(check.iter().map(String::as_str));
    let strict = run(dir, &python, &args, &[]).map(drop);
    let output = run(dir, &python, &["driver.py", list], &[]);
    Run {
        sources,
        strict,
        output,
    }
}

fn go(t: &Toolchain, tool: Tool, name: &str, dir: &Path, generated: &Path, list: &str) -> Run {
    let sources = sources(generated, &["go"]);
    // quicktype's Go names have upper-case acronyms (`GetOrderByID`): use the name it wrote.
    let written = sources
        .split("func Unmarshal")
        .nth(1)
        .and_then(|rest| rest.split('(').next())
        .unwrap_or(name)
        .to_owned();
    let roundtrip = match tool {
        Tool::Quicktype => format!(
            "v, err := gen.Unmarshal{written}(text)\n\tif err != nil {{\n\t\treturn nil, err\n\t}}\n\treturn v.Marshal()"
        ),
        _ => format!(
            "var v gen.{name}\n\tif err := json.Unmarshal(text, &v); err != nil {{\n\t\treturn nil, err\n\t}}\n\treturn json.Marshal(v)"
        ),
    };
    let driver = GO_DRIVER.replace("ROUNDTRIP", &roundtrip);
    if let Err(e) = write(&dir.join("main.go"), &driver)
        .and_then(|()| write(&dir.join("go.mod"), "module compare\n\ngo 1.21\n"))
    {
        return Run {
            sources,
            strict: Err(e.clone()),
            output: Err(e),
        };
    }
    let envs = [
        ("GOTOOLCHAIN", "local".to_owned()),
        ("GOPROXY", "off".to_owned()),
        ("GOFLAGS", "-mod=mod".to_owned()),
        ("GOCACHE", t.gocache.display().to_string()),
    ];
    let go = t.go();
    let strict = run(dir, &go, &["vet", "./..."], &envs).map(drop);
    let output = run(dir, &go, &["build", "-o", "driver", "."], &envs)
        .and_then(|_| run(dir, &dir.join("driver").display().to_string(), &[list], &[]));
    Run {
        sources,
        strict,
        output,
    }
}

fn java(t: &Toolchain, tool: Tool, name: &str, dir: &Path, generated: &Path, list: &str) -> Run {
    let sources = sources(generated, &["java"]);
    let roundtrip = match tool {
        Tool::Quicktype => {
            "gen.Converter.toJsonString(gen.Converter.fromJsonString(text))".to_owned()
        }
        _ => format!(
            "new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, gen.{name}.class))"
        ),
    };
    let driver = JAVA_DRIVER.replace("ROUNDTRIP", &roundtrip);
    if let Err(e) = write(&dir.join("Driver.java"), &driver) {
        return Run {
            sources,
            strict: Err(e.clone()),
            output: Err(e),
        };
    }
    let mut args = vec![
        "-d".to_owned(),
        "classes".to_owned(),
        "-cp".to_owned(),
        t.jackson.clone(),
    ];
    args.extend(
        files(generated, &["java"])
            .iter()
            .map(|f| format!("gen/{}", f.display())),
    );
    args.push("Driver.java".to_owned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let strict = run(dir, "javac", &args, &[]).map(drop);
    let converter = generated.join("Converter.java");
    if strict.is_err() && tool == Tool::Quicktype {
        // Debian's Jackson declares `IOException` on `writeValueAsString`: widen the
        // `throws` clause so the hard parts can still be judged (the strict verdict stays).
        let text = std::fs::read_to_string(&converter).unwrap_or_default();
        let _ = std::fs::write(
            &converter,
            text.replace("throws JsonProcessingException {", "throws IOException {"),
        );
        if run(dir, "javac", &args, &[]).is_ok() {
            let e = strict.err().unwrap_or_default();
            let output = run(
                dir,
                "java",
                &["-cp", &format!("classes:{}", t.jackson), "Driver", list],
                &[],
            );
            return Run {
                sources,
                strict: Err(e),
                output,
            };
        }
    }
    let output = match &strict {
        Ok(()) => run(
            dir,
            "java",
            &["-cp", &format!("classes:{}", t.jackson), "Driver", list],
            &[],
        ),
        Err(e) => Err(format!("does not compile: {e}")),
    };
    Run {
        sources,
        strict,
        output,
    }
}
