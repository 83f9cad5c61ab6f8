//! Each language's toolchain for `factum export roundtrip`: where it is (on `PATH`, or
//! from `FACTUM_TSC`, `FACTUM_NODE`, `FACTUM_PYTHON`, `FACTUM_GO`, `FACTUM_JAVAC`, `FACTUM_JAVA`, `FACTUM_JACKSON_CLASSPATH`),
//! how the generated code and its driver are compiled with the strict checks
//! (`tsc --strict`, `mypy --strict`, `gofmt -l`, `go vet` and `go test`, `javac -Xlint:all
//! -Werror`) and run over the
//! vectors.

use std::path::{Path, PathBuf};
use std::process::Command;

use factum_codegen::export::{GeneratedFile, Lang, Options, go, java, python, ts};

fn tool(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| default.to_owned())
}

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

fn jackson_classpath() -> Option<String> {
    if let Ok(cp) = std::env::var("FACTUM_JACKSON_CLASSPATH") {
        return Some(cp);
    }
    let jars: Vec<String> = ["jackson-core", "jackson-databind", "jackson-annotations"]
        .iter()
        .map(|j| format!("/usr/share/java/{j}.jar"))
        .collect();
    jars.iter()
        .all(|j| Path::new(j).exists())
        .then(|| jars.join(":"))
}

/// Why `lang`'s toolchain cannot be used, or `None` if it can.
pub fn missing(lang: Lang) -> Option<String> {
    let check = |program: String, args: &[&str], what: &str| {
        (!runs(&program, args)).then(|| format!("{what} (`{program}`) not found"))
    };
    match lang {
        Lang::TypeScript => check(
            tool("FACTUM_TSC", "tsc"),
            &["--version"],
            "TypeScript compiler",
        )
        .or_else(|| check(tool("FACTUM_NODE", "node"), &["--version"], "node")),
        Lang::Python => check(
            tool("FACTUM_PYTHON", "python3"),
            &["-c", "import pydantic, mypy"],
            "Python with pydantic and mypy",
        ),
        Lang::Go => check(tool("FACTUM_GO", "go"), &["version"], "go"),
        Lang::Java => check(tool("FACTUM_JAVAC", "javac"), &["-version"], "javac")
            .or_else(|| check(tool("FACTUM_JAVA", "java"), &["-version"], "java"))
            .or_else(|| {
                jackson_classpath().is_none().then(|| {
                    "Jackson jars (FACTUM_JACKSON_CLASSPATH or /usr/share/java) not found"
                        .to_owned()
                })
            }),
    }
}

fn run(
    dir: &Path,
    program: &str,
    args: &[String],
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
        Ok(stdout)
    } else {
        let stderr = String::from_utf8_lossy(&out.stderr);
        Err(format!(
            "`{program} {}` failed ({}):\n{stdout}{stderr}",
            args.join(" "),
            out.status
        ))
    }
}

fn write(dir: &Path, files: &[GeneratedFile]) -> Result<(), String> {
    factum_codegen::export::write_files(dir, files)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| (*s).to_owned()).collect()
}

/// Compiles `files` (the export of `lang`) with a driver in `dir`, runs it over `vectors`,
/// and returns its output: one `OK\tpath\tjson` or `ERR\tpath\treason` line per vector.
pub fn compile_and_run(
    lang: Lang,
    files: &[GeneratedFile],
    options: &Options,
    dir: &Path,
    vectors: &[PathBuf],
) -> Result<String, String> {
    let list = dir.join("vectors.txt");
    let paths: Vec<String> = vectors.iter().map(|v| v.display().to_string()).collect();
    match lang {
        Lang::TypeScript => {
            write(dir, files)?;
            write(dir, &[ts::driver()])?;
            let mut args = strings(&[
                "--strict", "--target", "es2020", "--module", "commonjs", "--outDir", "out",
            ]);
            args.extend(files.iter().map(|f| f.path.display().to_string()));
            args.push("driver.ts".to_owned());
            run(dir, &tool("FACTUM_TSC", "tsc"), &args, &[])?;
            let mut args = vec!["out/driver.js".to_owned()];
            args.extend(paths);
            run(dir, &tool("FACTUM_NODE", "node"), &args, &[])
        }
        Lang::Python => {
            write(dir, files)?;
            write(dir, &[python::driver(&options.package)])?;
            let py = tool("FACTUM_PYTHON", "python3");
            run(
                dir,
                &py,
                &strings(&[
                    "-m",
                    "mypy",
                    "--strict",
                    "--no-incremental",
                    &options.package,
                    "driver.py",
                ]),
                &[],
            )?;
            let mut args = vec!["driver.py".to_owned()];
            args.extend(paths);
            run(dir, &py, &args, &[])
        }
        Lang::Go => {
            let pkg = dir.join(&options.package);
            write(&pkg, files)?;
            write(&pkg, &[go::driver(&options.package)])?;
            std::fs::write(
                dir.join("go.mod"),
                format!("module {}\n\ngo 1.21\n", options.package),
            )
            .map_err(|e| e.to_string())?;
            std::fs::write(&list, paths.join("\n")).map_err(|e| e.to_string())?;
            let out_file = dir.join("roundtrip.out");
            let go = tool("FACTUM_GO", "go");
            let envs = [
                ("GOTOOLCHAIN", "local".to_owned()),
                ("GOPROXY", "off".to_owned()),
                ("GOFLAGS", "-mod=mod".to_owned()),
                ("FACTUM_ROUNDTRIP_LIST", list.display().to_string()),
                ("FACTUM_ROUNDTRIP_OUT", out_file.display().to_string()),
            ];
            let goroot = run(dir, &go, &strings(&["env", "GOROOT"]), &envs)?;
            let gofmt = Path::new(goroot.trim()).join("bin/gofmt");
            let unformatted = run(
                dir,
                &gofmt.display().to_string(),
                &strings(&["-l", "."]),
                &envs,
            )?;
            if !unformatted.trim().is_empty() {
                return Err(format!("not as gofmt formats it: {}", unformatted.trim()));
            }
            run(dir, &go, &strings(&["vet", "./..."]), &envs)?;
            run(dir, &go, &strings(&["test", "-count=1", "./..."]), &envs)?;
            std::fs::read_to_string(&out_file).map_err(|e| format!("{}: {e}", out_file.display()))
        }
        Lang::Java => {
            let src = dir.join("src");
            write(&src, files)?;
            write(&src, &[java::driver(&options.package)])?;
            let cp = jackson_classpath().ok_or("no Jackson classpath")?;
            let mut args = strings(&["-Xlint:all", "-Werror", "-d", "classes", "-cp", &cp]);
            let mut sources: Vec<String> = files
                .iter()
                .map(|f| format!("src/{}", f.path.display()))
                .collect();
            sources.push(format!(
                "src/{}",
                java::driver(&options.package).path.display()
            ));
            args.extend(sources);
            run(dir, &tool("FACTUM_JAVAC", "javac"), &args, &[])?;
            std::fs::write(&list, paths.join("\n")).map_err(|e| e.to_string())?;
            let args = vec![
                "-cp".to_owned(),
                format!("classes:{cp}"),
                format!("{}.RoundTrip", options.package),
                list.display().to_string(),
            ];
            run(dir, &tool("FACTUM_JAVA", "java"), &args, &[])
        }
    }
}
