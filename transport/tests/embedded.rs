//! The embedded transport end to end: fan-out, one handler per command, queries,
//! resumption after a restart, dedupe, retries and dead letters, newer versions left
//! alone, order per key, and trace context.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use factum::{Command, Event, Inbox, Producer, Query};
use factum_transport::backend::{Backend, Outgoing};
use factum_transport::{Bus, DeadLetter, Embedded, Error, Outcome, RetryPolicy};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

mod common;
use common::{KeyOrder, recv};

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
struct OrderPlaced {
    order_id: String,
    n: u32,
}

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 2, key = order_id)]
struct OrderPlacedV2 {
    order_id: String,
    n: u32,
    currency: String,
}

#[derive(Debug, Clone, Command, Serialize, Deserialize, schemars::JsonSchema)]
#[command(key = order_id)]
struct ShipOrder {
    order_id: String,
}

#[derive(Debug, Clone, Query, Serialize, Deserialize, schemars::JsonSchema)]
struct GetOrderTotal {
    order_id: String,
}

#[derive(Debug, Inbox)]
enum Orders {
    Placed(OrderPlaced),
}

/// The inbox of a consumer upgraded to version 2.
#[derive(Debug, Inbox)]
enum OrdersV2 {
    Placed(OrderPlacedV2),
}

fn bus(embedded: &Embedded) -> Bus {
    Bus::new(embedded.clone(), Producer::new("/test").unwrap())
        .with_store(embedded.store().unwrap())
}

fn temp_file(name: &str) -> std::path::PathBuf {
    let path =
        std::env::temp_dir().join(format!("factum-transport-{name}-{}.db", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    path
}

fn placed(order: &str, n: u32) -> OrderPlaced {
    OrderPlaced {
        order_id: order.into(),
        n,
    }
}

/// A handler that sends `(order, n)` of every event it handles.
fn recorder(
    tx: mpsc::UnboundedSender<(String, u32)>,
) -> impl Fn(factum_transport::Delivery<Orders>) -> std::future::Ready<Outcome> + Send + Sync + 'static
{
    move |delivery| {
        let Orders::Placed(e) = delivery.message();
        tx.send((e.order_id.clone(), e.n)).unwrap();
        std::future::ready(Outcome::Done)
    }
}

async fn take(rx: &mut mpsc::UnboundedReceiver<(String, u32)>, n: usize) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(recv(rx, "delivery", Duration::from_secs(10)).await);
    }
    out
}

async fn nothing_more<T: std::fmt::Debug>(rx: &mut mpsc::UnboundedReceiver<T>) {
    common::nothing_more(rx, Duration::from_millis(300)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_group_gets_every_event_and_a_group_added_later_reads_the_retained_log() {
    let embedded = Embedded::in_memory().unwrap();
    let bus = bus(&embedded);
    let (tx_a, mut rx_a) = mpsc::unbounded_channel();
    let (tx_b, mut rx_b) = mpsc::unbounded_channel();
    let a = bus
        .subscribe::<Orders>("a")
        .start(recorder(tx_a))
        .await
        .unwrap();
    let b = bus
        .subscribe::<Orders>("b")
        .start(recorder(tx_b))
        .await
        .unwrap();
    for n in 0..3 {
        bus.publish(placed("o-1", n)).await.unwrap();
    }
    assert_eq!(take(&mut rx_a, 3).await.len(), 3);
    assert_eq!(take(&mut rx_b, 3).await.len(), 3);
    let (tx_c, mut rx_c) = mpsc::unbounded_channel();
    let c = bus
        .subscribe::<Orders>("late")
        .start(recorder(tx_c))
        .await
        .unwrap();
    assert_eq!(
        take(&mut rx_c, 3).await,
        vec![("o-1".into(), 0), ("o-1".into(), 1), ("o-1".into(), 2)]
    );
    for consumer in [a, b, c] {
        consumer.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_command_goes_to_its_one_handler_group() {
    let embedded = Embedded::in_memory().unwrap();
    let bus = bus(&embedded);
    let (tx, mut rx) = mpsc::unbounded_channel();
    let handler = bus
        .handle::<ShipOrder>()
        .start(move |d| {
            tx.send(d.message().order_id.clone()).unwrap();
            std::future::ready(Outcome::Done)
        })
        .await
        .unwrap();
    let second = bus
        .handle::<ShipOrder>()
        .start(|_| std::future::ready(Outcome::Done))
        .await;
    assert!(
        matches!(second, Err(Error::GroupInUse { ref group }) if group == "ShipOrder-handler"),
        "{second:?}"
    );
    bus.send(ShipOrder {
        order_id: "o-7".into(),
    })
    .await
    .unwrap();
    assert_eq!(
        tokio::time::timeout(Duration::from_secs(5), rx.recv())
            .await
            .unwrap()
            .as_deref(),
        Some("o-7")
    );
    nothing_more(&mut rx).await;
    handler.stop().await;
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Total {
    cents: u64,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_query_gets_a_typed_response_or_a_clear_error() {
    let embedded = Embedded::in_memory().unwrap();
    let bus = bus(&embedded);
    let none: Result<Total, _> = bus
        .request(GetOrderTotal {
            order_id: "o-1".into(),
        })
        .await;
    assert_eq!(
        none.unwrap_err().to_string(),
        "no handler answers `factum.query.GetOrderTotal`: register one with `answer`"
    );
    let answering = bus
        .answer(|d: factum_transport::Delivery<GetOrderTotal>| async move {
            match d.message().order_id.as_str() {
                "o-1" => Ok(Total { cents: 2500 }),
                other => Err(format!("no order `{other}`")),
            }
        })
        .await
        .unwrap();
    let total: Total = bus
        .request(GetOrderTotal {
            order_id: "o-1".into(),
        })
        .await
        .unwrap();
    assert_eq!(total, Total { cents: 2500 });
    let missing: Result<Total, _> = bus
        .request(GetOrderTotal {
            order_id: "o-2".into(),
        })
        .await;
    assert_eq!(
        missing.unwrap_err().to_string(),
        "the handler of `factum.query.GetOrderTotal` failed: no order `o-2`"
    );
    answering.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_resumes_from_its_acknowledged_position_after_a_restart() {
    let path = temp_file("resume");
    {
        let bus = bus(&Embedded::open(&path).unwrap());
        for n in 0..5 {
            bus.publish(placed(&format!("o-{n}"), n)).await.unwrap();
        }
        let (tx, mut rx) = mpsc::unbounded_channel();
        // Handles the first three, then the process "stops" before the rest.
        let handled = Arc::new(AtomicU32::new(0));
        let h = Arc::clone(&handled);
        let email = bus
            .subscribe::<Orders>("email")
            .concurrency(1)
            .start(move |d| {
                let Orders::Placed(e) = d.message();
                if h.fetch_add(1, Ordering::SeqCst) < 3 {
                    tx.send(e.n).unwrap();
                    std::future::ready(Outcome::Done)
                } else {
                    std::future::ready(Outcome::retry("the mail server is down"))
                }
            })
            .await
            .unwrap();
        for _ in 0..3 {
            tokio::time::timeout(Duration::from_secs(5), rx.recv())
                .await
                .unwrap();
        }
        email.stop().await;
    }
    let bus = bus(&Embedded::open(&path).unwrap());
    let (tx, mut rx) = mpsc::unbounded_channel();
    let email = bus
        .subscribe::<Orders>("email")
        .start(recorder(tx))
        .await
        .unwrap();
    let mut rest: Vec<u32> = take(&mut rx, 2).await.into_iter().map(|(_, n)| n).collect();
    rest.sort_unstable();
    assert_eq!(rest, [3, 4]);
    nothing_more(&mut rx).await;
    email.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_delivered_twice_is_handled_once() {
    let embedded = Embedded::in_memory().unwrap();
    let bus = bus(&embedded);
    let envelope = bus.producer().envelope(placed("o-1", 1));
    // The transport drops a second publish of the same envelope ...
    assert!(
        !bus.publish_envelope(envelope.clone())
            .await
            .unwrap()
            .duplicate
    );
    assert!(
        bus.publish_envelope(envelope.clone())
            .await
            .unwrap()
            .duplicate
    );
    // ... and the dedupe store catches a copy that got past it (another transport id,
    // the same message id: a producer that retried after its dedupe window).
    let (headers, body) =
        factum::envelope::to_binary(&envelope, factum::envelope::Binding::Nats).unwrap();
    embedded
        .append(Outgoing {
            subject: factum_transport::subject::message(
                factum::MessageKind::Event,
                "OrderPlaced",
                Some("o-1"),
            ),
            id: "another-transport-id".into(),
            headers,
            body,
        })
        .await
        .unwrap();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let consumer = bus
        .subscribe::<Orders>("billing")
        .start(recorder(tx))
        .await
        .unwrap();
    take(&mut rx, 1).await;
    nothing_more(&mut rx).await;
    consumer.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_are_retried_then_dead_lettered_while_other_messages_flow() {
    let embedded = Embedded::in_memory().unwrap();
    let bus = bus(&embedded);
    let attempts = Arc::new(AtomicU32::new(0));
    let a = Arc::clone(&attempts);
    let (tx, mut rx) = mpsc::unbounded_channel();
    let consumer = bus
        .subscribe::<Orders>("payment")
        .retry(RetryPolicy::new(
            3,
            Duration::from_millis(10),
            Duration::from_millis(20),
        ))
        .start(move |d| {
            let Orders::Placed(e) = d.message();
            let outcome = match e.order_id.as_str() {
                "flaky" if a.fetch_add(1, Ordering::SeqCst) == 0 => Outcome::retry("timeout"),
                "poison" => Outcome::retry("card processor says no"),
                "invalid" => Outcome::reject("negative total"),
                _ => Outcome::Done,
            };
            if outcome == Outcome::Done {
                tx.send((e.order_id.clone(), d.attempt())).unwrap();
            }
            std::future::ready(outcome)
        })
        .await
        .unwrap();
    let (dead_tx, mut dead_rx) = mpsc::unbounded_channel::<DeadLetter>();
    let dead = bus
        .dead_letters("payment")
        .start(move |d| {
            dead_tx.send(d.into_message()).unwrap();
            std::future::ready(Outcome::Done)
        })
        .await
        .unwrap();
    bus.publish(placed("poison", 0)).await.unwrap();
    bus.publish(placed("invalid", 0)).await.unwrap();
    bus.publish(placed("flaky", 0)).await.unwrap();
    for n in 0..5 {
        bus.publish(placed("fine", n)).await.unwrap();
    }
    // Undecodable: an `OrderPlaced` whose data is not one.
    embedded
        .append(Outgoing {
            subject: "factum.event.OrderPlaced.x".into(),
            id: "broken-1".into(),
            headers: vec![
                ("ce-specversion".into(), "1.0".into()),
                ("ce-id".into(), "broken-1".into()),
                ("ce-source".into(), "/test".into()),
                ("ce-type".into(), "OrderPlaced".into()),
                ("ce-dataversion".into(), "1".into()),
            ],
            body: br#"{"order_id":7}"#.to_vec(),
        })
        .await
        .unwrap();
    let mut done = take(&mut rx, 6).await;
    done.sort();
    assert_eq!(done[0], ("fine".into(), 1));
    assert_eq!(done[5], ("flaky".into(), 2));
    let mut letters = Vec::new();
    for _ in 0..3 {
        letters.push(
            tokio::time::timeout(Duration::from_secs(5), dead_rx.recv())
                .await
                .unwrap()
                .unwrap(),
        );
    }
    letters.sort_by(|a, b| a.reason.cmp(&b.reason));
    let summary: Vec<_> = letters
        .iter()
        .map(|l| (l.reason.as_str(), l.attempts, l.group.as_str()))
        .collect();
    assert_eq!(summary[0], ("card processor says no", 3, "payment"));
    assert!(
        summary[1]
            .0
            .starts_with("does not decode: invalid data for `OrderPlaced` version 1 at .order_id"),
        "{summary:?}"
    );
    assert_eq!(summary[1].1, 1);
    assert_eq!(summary[2], ("negative total", 1, "payment"));
    assert_eq!(letters[0].subject, "factum.event.OrderPlaced.poison");
    consumer.stop().await;
    dead.stop().await;
}

/// A panic in the handler's call or in its future is a failed attempt, retried like
/// `Outcome::Retry`; the lane keeps handling.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_handler_is_a_failed_attempt() {
    let embedded = Embedded::in_memory().unwrap();
    let bus = bus(&embedded);
    let (call_panics, future_panics) = (Arc::new(AtomicU32::new(0)), Arc::new(AtomicU32::new(0)));
    let (tx, mut rx) = mpsc::unbounded_channel();
    let consumer = bus
        .subscribe::<Orders>("payment")
        .concurrency(1)
        .retry(RetryPolicy::new(
            3,
            Duration::from_millis(10),
            Duration::from_millis(20),
        ))
        .start(move |d| {
            let Orders::Placed(e) = d.message();
            let first = |count: &AtomicU32| count.fetch_add(1, Ordering::SeqCst) == 0;
            assert!(
                !(e.order_id == "call" && first(&call_panics)),
                "on purpose, when called"
            );
            let panic_later = e.order_id == "future" && first(&future_panics);
            let tx = tx.clone();
            async move {
                assert!(!panic_later, "on purpose, when polled");
                let Orders::Placed(e) = d.message();
                tx.send((e.order_id.clone(), d.attempt())).unwrap();
                Outcome::Done
            }
        })
        .await
        .unwrap();
    for order in ["call", "future", "fine"] {
        bus.publish(placed(order, 0)).await.unwrap();
    }
    let done = take(&mut rx, 3).await;
    assert_eq!(
        done,
        [("call".into(), 2), ("future".into(), 2), ("fine".into(), 1)]
    );
    nothing_more(&mut rx).await;
    consumer.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newer_major_version_is_left_for_an_upgraded_consumer_not_dead_lettered() {
    const PARK: Duration = Duration::from_millis(1500);
    let path = temp_file("parked");
    let published = {
        let bus = bus(&Embedded::open(&path).unwrap());
        let (tx, mut rx) = mpsc::unbounded_channel();
        let old = bus
            .subscribe::<Orders>("shipping")
            .park_for(PARK)
            .start(recorder(tx))
            .await
            .unwrap();
        let (dead_tx, mut dead_rx) = mpsc::unbounded_channel::<DeadLetter>();
        let dead = bus
            .dead_letters("shipping")
            .start(move |d| {
                dead_tx.send(d.into_message()).unwrap();
                std::future::ready(Outcome::Done)
            })
            .await
            .unwrap();
        let published = std::time::Instant::now();
        bus.publish(OrderPlacedV2 {
            order_id: "o-2".into(),
            n: 2,
            currency: "EUR".into(),
        })
        .await
        .unwrap();
        bus.publish(placed("o-3", 3)).await.unwrap();
        assert_eq!(take(&mut rx, 1).await, vec![("o-3".into(), 3)]);
        nothing_more(&mut rx).await;
        nothing_more(&mut dead_rx).await;
        old.stop().await;
        dead.stop().await;
        published
    };

    // A restart: the parked delivery is in the file, with its time. The upgraded consumer
    // (it reads version 2) gets it, not before that time, and nothing else again.
    let bus = bus(&Embedded::open(&path).unwrap());
    let (tx, mut rx) = mpsc::unbounded_channel();
    let upgraded = bus
        .subscribe::<OrdersV2>("shipping")
        .start(move |d| {
            let OrdersV2::Placed(e) = d.message();
            tx.send((e.currency.clone(), d.attempt())).unwrap();
            std::future::ready(Outcome::Done)
        })
        .await
        .unwrap();
    let (currency, attempt) = tokio::time::timeout(Duration::from_secs(10), rx.recv())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(currency, "EUR");
    assert_eq!(attempt, 2, "its second delivery");
    assert!(
        published.elapsed() >= PARK,
        "offered after {:?}, before its park time",
        published.elapsed()
    );
    nothing_more(&mut rx).await;
    upgraded.stop().await;
}

/// `SQLite` waits on the file in the blocking pool: while another connection holds the
/// file's write lock, a publish waits, and the runtime's only thread keeps running other
/// tasks.
#[test]
fn a_busy_file_does_not_block_the_runtime() {
    let path = temp_file("busy");
    let embedded = Embedded::open(&path).unwrap();
    let bus = bus(&embedded);
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let holder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(1500));
        other.execute_batch("COMMIT").unwrap();
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let start = std::time::Instant::now();
        let publish = tokio::spawn({
            let bus = bus.clone();
            async move {
                bus.publish(placed("o-1", 1)).await.unwrap();
                start.elapsed()
            }
        });
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(100)).await;
        let ticked = start.elapsed();
        let published = publish.await.unwrap();
        assert!(
            ticked < Duration::from_secs(1),
            "a timer of 100 ms fired after {ticked:?}: the runtime thread was blocked"
        );
        assert!(published >= Duration::from_secs(1), "{published:?}");
    });
    holder.join().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_key_is_handled_in_order_while_keys_run_concurrently() {
    let embedded = Embedded::in_memory().unwrap();
    let bus = bus(&embedded);
    let order = KeyOrder::default();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let consumer = bus
        .subscribe::<Orders>("ledger")
        .retry(RetryPolicy::new(
            5,
            Duration::from_millis(1),
            Duration::from_millis(5),
        ))
        .concurrency(4)
        .start(order.handler(
            |m: &Orders| {
                let Orders::Placed(e) = m;
                Some((&e.order_id, e.n))
            },
            5,
            tx,
        ))
        .await
        .unwrap();
    let keys = ["k-a", "k-b", "k-c", "k-d", "k-e", "k-f"];
    for n in 0..40 {
        for key in keys {
            bus.publish(placed(key, n)).await.unwrap();
        }
    }
    for _ in 0..40 * keys.len() {
        recv(&mut rx, "handled order", Duration::from_secs(20)).await;
    }
    order.assert_in_order(keys.len(), 40);
    assert!(order.peak() > 1, "keys ran one at a time");
    consumer.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_trace_continues_from_publish_to_handler_to_the_message_it_causes() {
    let embedded = Embedded::in_memory().unwrap();
    let bus = bus(&embedded);
    let (tx, mut rx) = mpsc::unbounded_channel();
    let b2 = bus.clone();
    let payment = bus
        .subscribe::<Orders>("payment")
        .start(move |d| {
            let (bus, tx) = (b2.clone(), tx.clone());
            async move {
                let command = bus.producer().caused_by(
                    d.cause(),
                    ShipOrder {
                        order_id: "o-1".into(),
                    },
                );
                tx.send((
                    *d.span_context(),
                    command.traceparent().unwrap().as_str().to_owned(),
                    command.causation_id().map(str::to_owned),
                    d.id().to_owned(),
                ))
                .unwrap();
                bus.send_envelope(command).await.into()
            }
        })
        .await
        .unwrap();
    let envelope = bus.producer().envelope(placed("o-1", 1));
    bus.publish_envelope(envelope).await.unwrap();
    let (handling, caused_traceparent, causation, id) =
        tokio::time::timeout(Duration::from_secs(5), rx.recv())
            .await
            .unwrap()
            .unwrap();
    assert_eq!(causation.as_deref(), Some(id.as_str()));
    assert_eq!(caused_traceparent, handling.to_traceparent());
    // The origin set at publish and the handler's context share the trace id.
    let mut sub = embedded
        .subscribe(factum_transport::backend::GroupSpec {
            group: "inspect".into(),
            filters: vec!["factum.>".into()],
            ack_wait: Duration::from_secs(30),
        })
        .await
        .unwrap();
    let first = sub.next().await.unwrap();
    let hop = first.header("traceparent").unwrap();
    let origin = first.header("ce-traceparent").unwrap();
    assert_eq!(&hop[3..35], handling.trace_id());
    assert_eq!(&origin[3..35], handling.trace_id());
    assert_ne!(
        &hop[36..52],
        &origin[36..52],
        "each hop is a span of its own"
    );
    let second = sub.next().await.unwrap();
    assert_eq!(second.subject, "factum.command.ShipOrder.o-1");
    assert_eq!(
        &second.header("traceparent").unwrap()[3..35],
        handling.trace_id()
    );
    payment.stop().await;
}
