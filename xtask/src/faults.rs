//! `cargo xtask faults [--full]`: the transport's fault tests alone against the pinned
//! `nats-server` (a consumer killed with SIGKILL at random points while orders flow; the
//! server killed and restarted mid-stream). CI's size by default (3,000 orders, 15 kills,
//! as `cargo xtask test` runs them); `--full` runs the 10,000 orders and 50 kills
//! (`FACTUM_FAULTS=full`). Prints how long they took.

use std::path::Path;
use std::time::Instant;

use crate::provision_nats;

/// Entry point.
pub fn run(args: &[String]) -> Result<(), String> {
    let full = match args {
        [] => false,
        [flag] if flag == "--full" => true,
        _ => return Err("usage: cargo xtask faults [--full]".into()),
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("xtask has no parent folder")?;
    provision_nats::build_fault_consumer(root)?;
    let server = provision_nats::launch(root, "faults")?;
    let size = if full { "full" } else { "ci" };
    println!(
        "==> faults ({size} size) against nats-server on 127.0.0.1:{}",
        server.port
    );
    let started = Instant::now();
    let mut env = provision_nats::fault_env(&server);
    env.push(("FACTUM_FAULTS", size.to_owned()));
    let tested = provision_nats::transport_test(
        root,
        "nats",
        "nats",
        &[
            "--ignored",
            "--nocapture",
            "--test-threads=1",
            "a_consumer_killed_at_random_points",
            "the_server_restarted_mid_stream",
        ],
        &env,
    );
    println!(
        "faults ({size} size): {} in {:.0} s",
        if tested.is_ok() { "passed" } else { "FAILED" },
        started.elapsed().as_secs_f64()
    );
    drop(server);
    tested
}
