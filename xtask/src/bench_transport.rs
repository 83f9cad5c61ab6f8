//! `cargo xtask bench transport [--messages N] [--rounds N]`: starts the pinned
//! `nats-server` (as `cargo xtask test` does) on loopback with `JetStream`, runs
//! `benches/examples/transport.rs` in release mode against it, prints the machine's load
//! average beside the results, and stops the server.

use std::path::Path;

use crate::bench_export::arg;
use crate::{process, provision_nats};

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "unknown".into(),
        |l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
    )
}

/// Entry point.
pub fn run(args: &[String]) -> Result<(), String> {
    let messages = arg(args, "--messages", 20_000)?;
    let rounds = arg(args, "--rounds", 5)?.max(1);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("xtask has no parent folder")?;
    process::cargo(
        root,
        &[
            "build",
            "--quiet",
            "--release",
            "-p",
            "factum-benches",
            // The example and its clients (async-nats 0.51 and 0.42, the SDK's NATS
            // binding) are built only here.
            "--features",
            "transport",
            "--example",
            "transport",
        ],
        &[],
    )?;
    let server = provision_nats::launch(root, "bench-nats")?;
    let port = server.port;
    println!(
        "==> bench transport: nats-server on 127.0.0.1:{port} (file storage in {})",
        server.store.display()
    );
    println!("load average before: {}", load_average());
    let program = root.join("target/release/examples/transport");
    let result = process::run(
        root,
        &program.display().to_string(),
        &[
            &format!("nats://127.0.0.1:{port}"),
            &messages.to_string(),
            &rounds.to_string(),
        ],
        &[],
    );
    println!("load average after: {}", load_average());
    drop(server);
    result
}
