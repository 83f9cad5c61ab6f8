//! The transport against a real `nats-server` with `JetStream` (`cargo xtask test` starts
//! one and sets `FACTUM_NATS_URL`; `FACTUM_NATS_SERVER` names its binary for the tests
//! that restart a server of their own): the same API and semantics as the embedded
//! transport, then faults: a consumer killed with SIGKILL while orders flow, the server
//! restarted mid-stream, a poison message among others, order per key.
//!
//! One file per idea under `nats/`; `nats/server.rs` holds what they share (the server's
//! address, a bus on it, run-unique names, the fault tests' size). Each test has message
//! types of its own: its subjects are its own on the shared stream.
//!
//! Run by hand: `FACTUM_NATS_URL=nats://127.0.0.1:4222 FACTUM_NATS_SERVER=$(which nats-server)
//! cargo test -p factum-transport --features nats --test nats -- --ignored`.
#![cfg(feature = "nats")]

mod common;

#[path = "nats/server.rs"]
mod server;

#[path = "nats/asyncapi.rs"]
mod asyncapi;
#[path = "nats/fan_out.rs"]
mod fan_out;
#[path = "nats/killed_consumer.rs"]
mod killed_consumer;
#[path = "nats/ordering.rs"]
mod ordering;
#[path = "nats/poison.rs"]
mod poison;
#[path = "nats/requests.rs"]
mod requests;
#[path = "nats/resume.rs"]
mod resume;
#[path = "nats/server_restart.rs"]
mod server_restart;

/// The consumer the kill test starts and kills (`examples/fault_consumer.rs`): its event
/// type, published by the test.
#[path = "../examples/fault_consumer.rs"]
#[allow(dead_code)]
mod fault;
