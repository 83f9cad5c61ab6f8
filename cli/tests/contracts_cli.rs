//! `factum contracts write`: the same contract files as the example's build script, from
//! the command line; exit 2 for input it cannot use.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn factum(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factum"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn files(dir: &Path, base: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, base, out);
        } else {
            out.push((
                path.strip_prefix(base).unwrap().to_path_buf(),
                std::fs::read(&path).unwrap(),
            ));
        }
    }
    out.sort();
}

#[test]
fn writes_what_the_build_script_writes() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-contracts");
    let _ = std::fs::remove_dir_all(&out);
    let out_arg = out.display().to_string();
    let args = [
        "contracts",
        "write",
        "--package",
        "examples/checkout-contracts",
        "--out",
        &out_arg,
        "--title",
        "checkout",
        "--api-version",
        "1.0.0",
    ];
    let first = factum(&args);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        String::from_utf8_lossy(&first.stdout).contains("11 file(s), 11 written"),
        "{}",
        String::from_utf8_lossy(&first.stdout)
    );

    let committed = root().join("examples/checkout-contracts/contracts");
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    files(&out, &out, &mut ours);
    files(&committed, &committed, &mut theirs);
    assert_eq!(ours.len(), theirs.len());
    for ((a, x), (b, y)) in ours.iter().zip(&theirs) {
        assert_eq!(a, b);
        assert!(x == y, "{} differs from the committed file", a.display());
    }

    let second = factum(&args);
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stdout).contains("11 file(s), up to date"));
}

#[test]
fn unusable_input_exits_2() {
    let bad_mode = factum(&[
        "contracts",
        "write",
        "--package",
        "examples/checkout-contracts",
        "--out",
        "x",
        "--mode",
        "SIDEWAYS",
    ]);
    assert_eq!(bad_mode.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_mode.stderr).contains("SIDEWAYS"));

    let no_package = factum(&[
        "contracts",
        "write",
        "--package",
        "no/such/dir",
        "--out",
        "x",
    ]);
    assert_eq!(no_package.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_package.stderr).contains("no package at no/such/dir"));

    let no_library = factum(&[
        "contracts",
        "write",
        "--package",
        "examples/checkout-service",
        "--out",
        "x",
    ]);
    assert_eq!(no_library.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&no_library.stderr).contains("has no library"),
        "{}",
        String::from_utf8_lossy(&no_library.stderr)
    );
}
