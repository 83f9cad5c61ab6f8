//! `cargo xtask test`, `PostgreSQL` step: installs Debian's `PostgreSQL` (the release's own
//! major version, pinned below), makes a throw-away cluster in a temporary folder
//! (`initdb` as the `postgres` user when run as root), starts it on loopback on a free
//! port, runs the `PostgreSQL` store's tests against it (transport/tests/postgres.rs, with
//! its URL in `FACTUM_PG_URL`; on the embedded transport and on a `nats-server` started
//! as in the NATS step, `FACTUM_NATS_URL`), and stops both and removes the cluster,
//! whatever the tests did.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::process;

/// Debian 12 (bookworm)'s `PostgreSQL`: the package and where it puts its programs.
const PACKAGE: &str = "postgresql-15";
const BIN: &str = "/usr/lib/postgresql/15/bin";

/// Who owns the cluster when `cargo xtask` runs as root (`initdb` refuses root); the
/// Debian package creates this user.
const OWNER: &str = "postgres";

/// A running cluster, stopped and its folder removed when dropped.
struct Cluster {
    folder: PathBuf,
    as_owner: bool,
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.folder.join("data").display().to_string();
        let _ = pg(
            self.as_owner,
            "pg_ctl",
            &["-D", &data, "-m", "immediate", "-s", "stop"],
        )
        .stdout(Stdio::null())
        .status();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// `cargo xtask postgres`: this step alone.
pub fn run_alone(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!(
            "`cargo xtask postgres` takes no arguments (got `{arg}`)"
        ));
    }
    let root = crate::test::workspace_root();
    run(&root)
}

/// Provisions the server, runs the `PostgreSQL` store's tests against it, stops it.
pub fn run(root: &Path) -> Result<(), String> {
    println!("==> provision: PostgreSQL (Debian {PACKAGE}), a throw-away cluster on loopback");
    crate::test::ensure_debian_package(PACKAGE, &Path::new(BIN).join("initdb"))?;
    let port = crate::provision_nats::free_port()?;
    let cluster = start(port)?;
    let nats = crate::provision_nats::launch(root, "pg-nats")?;
    println!("==> transport: the PostgreSQL store against PostgreSQL on 127.0.0.1:{port}");
    let tested = crate::provision_nats::transport_test(
        root,
        "postgres,nats",
        "postgres",
        &[],
        &[
            (
                "FACTUM_PG_URL",
                format!("postgres://factum@127.0.0.1:{port}/postgres"),
            ),
            ("FACTUM_NATS_URL", nats.url()),
        ],
    );
    drop(nats);
    drop(cluster);
    tested?;
    // No workspace member enables the feature: its documentation's example is
    // compiled here.
    process::cargo(
        root,
        &[
            "test",
            "--quiet",
            "-p",
            "factum-transport",
            "--features",
            "postgres,nats",
            "--doc",
            "postgres",
        ],
        &[],
    )
}

/// A `PostgreSQL` program, run as the cluster's owner when we are root.
fn pg(as_owner: bool, program: &str, args: &[&str]) -> Command {
    let program = Path::new(BIN).join(program);
    let mut command;
    if as_owner {
        command = Command::new("runuser");
        command.args(["-u", OWNER, "--"]).arg(program);
    } else {
        command = Command::new(program);
    }
    command.args(args);
    command
}

fn run_pg(as_owner: bool, program: &str, args: &[&str]) -> Result<(), String> {
    let output = pg(as_owner, program, args)
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "`{program} {}` failed ({}): {}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

/// A new cluster in a temporary folder, superuser `factum` trusted on loopback only,
/// started and accepting connections on `port`.
fn start(port: u16) -> Result<Cluster, String> {
    let as_owner = is_root()?;
    let folder = std::env::temp_dir().join(format!("factum-pg-{}", std::process::id()));
    std::fs::create_dir_all(&folder)
        .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    // The guard exists before anything can fail, so a failed start cleans up too.
    let cluster = Cluster {
        folder: folder.clone(),
        as_owner,
    };
    if as_owner {
        process::run(
            &folder,
            "chown",
            &[OWNER, &folder.display().to_string()],
            &[],
        )?;
    }
    let data = folder.join("data").display().to_string();
    let log = folder.join("log").display().to_string();
    run_pg(
        as_owner,
        "initdb",
        &[
            "-D",
            &data,
            "-U",
            "factum",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        ],
    )?;
    // Loopback only, the socket in the cluster's folder (not /var/run/postgresql), and
    // no fsync: the cluster is thrown away.
    let options = format!(
        "-h 127.0.0.1 -p {port} -k {} -c fsync=off",
        folder.display()
    );
    run_pg(
        as_owner,
        "pg_ctl",
        &["-D", &data, "-l", &log, "-o", &options, "-w", "-s", "start"],
    )
    .map_err(|e| {
        let log = std::fs::read_to_string(&log).unwrap_or_default();
        format!("{e}\n{log}")
    })?;
    Ok(cluster)
}

fn is_root() -> Result<bool, String> {
    let output = Command::new("id")
        .arg("-u")
        .output()
        .map_err(|e| format!("cannot run id: {e}"))?;
    Ok(String::from_utf8_lossy(&output.stdout).trim() == "0")
}
