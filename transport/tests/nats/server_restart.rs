//! The server killed and restarted mid-stream, with file storage: nothing is lost.

use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use factum::{Event, Inbox, Producer};
use factum_transport::nats::Nats;
use factum_transport::{Bus, Delivery, Outcome};
use serde::{Deserialize, Serialize};

use crate::server::{FaultSize, fault_size};

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
struct RestartOrderPlaced {
    order_id: String,
    n: u32,
}

#[derive(Debug, Inbox)]
enum Restart {
    Placed(RestartOrderPlaced),
}

/// A `nats-server` of this test's own, with file storage in `store`.
fn own_server(port: u16, store: &std::path::Path) -> Child {
    let binary = std::env::var("FACTUM_NATS_SERVER")
        .expect("FACTUM_NATS_SERVER names the nats-server binary");
    let child = Command::new(binary)
        .args(["-a", "127.0.0.1", "-p", &port.to_string(), "-js", "-sd"])
        .arg(store)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "nats-server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a nats-server: `cargo xtask test` starts one"]
async fn the_server_restarted_mid_stream_loses_nothing() {
    let FaultSize {
        orders, catch_up, ..
    } = fault_size();
    // A third of the kill test's orders: 1,000 in CI.
    let orders = orders / 3;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let store = std::env::temp_dir().join(format!("factum-restart-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&store);
    let mut server = own_server(port, &store);
    let url = format!("nats://127.0.0.1:{port}");
    let bus = Bus::new(
        Nats::connect(&url).await.unwrap(),
        Producer::new("/restart").unwrap(),
    );
    let handled: Arc<Mutex<std::collections::HashSet<u32>>> = Arc::default();
    let h = Arc::clone(&handled);
    let consumer = bus
        .subscribe::<Restart>("restart")
        .start(move |d: Delivery<Restart>| {
            let Restart::Placed(e) = d.message();
            h.lock().unwrap().insert(e.n);
            std::future::ready(Outcome::Done)
        })
        .await
        .unwrap();
    let publisher = {
        let bus = bus.clone();
        tokio::spawn(async move {
            for n in 0..orders {
                let envelope = bus.producer().envelope(RestartOrderPlaced {
                    order_id: format!("o-{}", n % 10),
                    n,
                });
                // A publish the server did not confirm is sent again (same id: stored once).
                while bus.publish_envelope(envelope.clone()).await.is_err() {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        })
    };
    tokio::time::sleep(Duration::from_millis(700)).await;
    server.kill().unwrap(); // SIGKILL, mid-stream
    server.wait().unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut server = own_server(port, &store);
    publisher.await.unwrap();
    let deadline = Instant::now() + catch_up;
    while handled.lock().unwrap().len() < orders as usize && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let missing: Vec<u32> = (0..orders)
        .filter(|n| !handled.lock().unwrap().contains(n))
        .collect();
    consumer.stop().await;
    server.kill().unwrap();
    server.wait().unwrap();
    let _ = std::fs::remove_dir_all(&store);
    assert!(
        missing.is_empty(),
        "lost across the restart: {} of {orders}",
        missing.len()
    );
}
