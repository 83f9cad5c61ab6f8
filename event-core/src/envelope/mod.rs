//! CloudEvents 1.0 envelopes: every event travels in an [`Envelope`].
//!
//! A [`Producer`] builds envelopes (id, source, type, time, schema, partition key,
//! causality); an envelope encodes as structured JSON (`application/cloudevents+json`,
//! [`Envelope::to_json`]) or in binary mode for Kafka, HTTP and NATS ([`to_binary`]), and
//! decodes back with typed errors ([`Envelope::from_json`], [`from_binary`],
//! [`DecodeError`]). A consumer that handles several events decodes into its
//! [`Inbox`](crate::Inbox) with [`receive`] / [`receive_binary`], which tell "not one of
//! mine" (`Ok(None)`) from "broken" (`Err`). [`check`] validates any CloudEvent without a
//! Rust type.
//!
//! ## Attributes
//!
//! | attribute | set by | notes |
//! |---|---|---|
//! | `specversion` | always `1.0` | any other value is [`DecodeError::SpecVersion`] |
//! | `id` | the producer's [`IdSource`] | a UUIDv7 by default (unique, time-ordered) |
//! | `source` | the producer, once | a URI-reference (`/checkout`, `https://…`, `urn:…`) |
//! | `type` | the event's wire name, through the producer's [`TypeStyle`] | `OrderPlaced`, or `com.example.OrderPlaced` |
//! | `time` | the producer's [`Clock`] | RFC 3339 |
//! | `datacontenttype` | the producer | `application/json` |
//! | `dataschema` | the producer, with a schema base | `<base>/<name>/v<version>.schema.json` |
//! | `subject` | [`Envelope::with_subject`] | |
//! | `partitionkey` | [`Message::partition_key`](crate::Message::partition_key) | the Kafka record key with [`kafka_key`]; absent when the key is empty |
//! | `correlationid`, `causationid` | [`Producer::caused_by`] | |
//! | `traceparent`, `tracestate` | [`Producer::caused_by`], [`Envelope::with_trace`] | W3C trace context; `traceparent` is validated |
//! | `sequence` | [`Envelope::with_sequence`] | CloudEvents sequence extension (a string) |
//! | `dataversion` | the event's [`VERSION`](crate::Message::VERSION) | an extension attribute of CloudEvents type Integer: a JSON number in structured mode, its decimal string in binary mode; both forms are read |
//!
//! Other extension attributes are kept, in order, in [`Extensions`], and are written back
//! unchanged. Their names are lowercase letters a-z and digits 0-9 (CloudEvents
//! recommends at most 20 characters; longer names are read). A `null` attribute is
//! absent, as the JSON format specifies. Decoding data of an older version upcasts it to the newest type (see
//! [`Versioned`](crate::Versioned)); [`Envelope::decoded_version`] tells which version was
//! read, and a `dataschema` naming the old version's schema is dropped.
//!
//! ```
//! use factum::envelope::{DecodeOptions, Envelope, Producer};
//! use factum::Event;
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, PartialEq)]
//! #[event(version = 2, key = order_id)]
//! struct OrderPlaced { order_id: String, total: f64 }
//!
//! let producer = Producer::new("/checkout")?;
//! let placed = producer.envelope(OrderPlaced { order_id: "o-1".into(), total: 9.5 });
//! let json = placed.to_json_string()?;
//! assert!(json.contains(r#""type":"OrderPlaced""#));
//! assert!(json.contains(r#""partitionkey":"o-1""#));
//! assert!(json.contains(r#""dataversion":2"#));
//!
//! let decoded = Envelope::<OrderPlaced>::from_json(json.as_bytes(), &DecodeOptions::default())?;
//! assert_eq!(decoded, placed);
//! assert_eq!(decoded.data().order_id, "o-1");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// "CloudEvents", "UUIDv7", "JavaScript" are names in prose here, not code.
#![allow(clippy::doc_markdown)]
// The files, lowest first; each uses only those above it:
// - `json` (JSON text scanning and writing), `names`, `error`, `validate`, `options`;
// - the types: `extensions`, `trace`, `texts`, `model` (the `Envelope` struct, accessors
//   and builders);
// - `raw` (members as read, and their validation), `parse` (structured JSON into `raw`),
//   `encode`;
// - `fast` (the one-pass decoder), `decode` (typed decoding and `check`);
// - `binary`, `producer`, `inbox`.
mod binary;
mod decode;
mod encode;
mod error;
mod extensions;
mod fast;
mod inbox;
mod json;
mod model;
#[cfg(test)]
mod mutations;
mod names;
mod options;
mod parse;
mod producer;
mod raw;
mod texts;
mod trace;
mod validate;

pub use binary::{Binding, Headers, from_binary, kafka_key, to_binary};
pub use decode::{Summary, check};
pub use error::{AttributeError, DecodeError, EncodeError};
pub use extensions::{ExtensionValue, Extensions};
pub use inbox::{receive, receive_binary};
pub use model::Envelope;
pub use names::{ATTRIBUTES, DATA_CONTENT_TYPE, STRUCTURED_CONTENT_TYPE};
pub use options::{DecodeOptions, TypeStyle};
pub use producer::{Cause, Clock, IdSource, Producer, SystemClock, UuidV7};
pub use trace::TraceParent;
