//! The checkout flow end to end on factum's transports: an order is placed, paid,
//! reserved, receipted, counted and emailed; the email service goes down and catches
//! up; a duplicate delivery changes nothing; a poison message is dead-lettered; a fraud
//! consumer added afterwards reads the retained log with no change to the producer.
//!
//! ```sh
//! cargo run -p checkout-service                                   # embedded (SQLite), no setup
//! cargo run -p checkout-service -- --nats nats://127.0.0.1:4222   # NATS JetStream
//! ```

mod flow;
mod services;

use factum::Producer;
use factum_transport::Bus;

/// The messages this service's build script read from the registry.
const CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.tsv"));

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    if let Err(err) = runtime.block_on(run(&args)) {
        eprintln!("error: {err}");
        std::process::exit(1);
    }
}

async fn run(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let producer = Producer::new("/checkout")?;
    let (bus, transport, file) = match args {
        [] => {
            let file =
                std::env::temp_dir().join(format!("factum-checkout-{}.db", std::process::id()));
            let bus = Bus::embedded(&file, producer)?;
            (
                bus,
                format!("the embedded transport ({})", file.display()),
                Some(file),
            )
        }
        [flag, url] if flag == "--nats" => {
            let _ = (url, producer);
            return Err("this build has no NATS transport yet".into());
        }
        _ => return Err("usage: checkout-service [--nats nats://HOST:PORT]".into()),
    };
    println!(
        "checkout flow on {transport}; {} message types in the contracts",
        CATALOGUE.lines().count()
    );
    let result = flow::run(&bus).await;
    if let Some(file) = file {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
        }
    }
    result
}
