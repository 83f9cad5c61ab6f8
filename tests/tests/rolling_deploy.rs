//! Rolling deploys across a breaking change (`OrderPlaced` v1 → v2), at the envelope
//! level: producers and the instances of one consumer group are upgraded one at a time,
//! in either order, and every event is handled exactly once; none is dead-lettered.
//!
//! The transport is simulated as the documented policy says a real one behaves: a
//! message `receive` decodes is handled unless the group already handled its id; a
//! message of a newer version than the instance reads is left for an upgraded instance
//! (parked, then drained); any other error is dead-lettered.

use std::collections::{BTreeMap, HashSet};

use factum::envelope::{DecodeOptions, receive};
use factum::{Event, Inbox, Producer};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 1)]
pub struct OrderPlacedV1 {
    pub order_id: String,
    pub total: f64,
}

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 2, upcast_from = OrderPlacedV1)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
    pub currency: String,
}

impl From<OrderPlacedV1> for OrderPlaced {
    #[allow(clippy::cast_possible_truncation)]
    fn from(v1: OrderPlacedV1) -> Self {
        Self {
            order_id: v1.order_id,
            total_minor: (v1.total * 100.0).round() as i64,
            currency: "EUR".into(),
        }
    }
}

/// The downcast for the migration window.
impl From<&OrderPlaced> for OrderPlacedV1 {
    #[allow(clippy::cast_precision_loss)]
    fn from(v2: &OrderPlaced) -> Self {
        Self {
            order_id: v2.order_id.clone(),
            total: v2.total_minor as f64 / 100.0,
        }
    }
}

/// A consumer built before v2 existed.
#[derive(Debug, Inbox)]
enum OldInbox {
    Placed(OrderPlacedV1),
}

/// The same consumer, upgraded.
#[derive(Debug, Inbox)]
enum NewInbox {
    Placed(OrderPlaced),
}

#[derive(Clone, Copy, PartialEq)]
enum Instance {
    Old,
    New,
}

/// One consumer group: its handled ids (shared by its instances), what each fact
/// became, the parked and dead-lettered messages.
#[derive(Default)]
struct Group {
    seen: HashSet<String>,
    handled: BTreeMap<String, usize>,
    parked: Vec<Vec<u8>>,
    dead: Vec<(Vec<u8>, String)>,
}

impl Group {
    fn deliver(&mut self, instance: Instance, message: &[u8]) {
        let options = DecodeOptions::default();
        let outcome = match instance {
            Instance::Old => receive::<OldInbox>(message, &options).map(|e| {
                e.map(|e| {
                    let id = e.id().to_owned();
                    let OldInbox::Placed(data) = e.into_data();
                    (id, data.order_id)
                })
            }),
            Instance::New => receive::<NewInbox>(message, &options).map(|e| {
                e.map(|e| {
                    let id = e.id().to_owned();
                    let NewInbox::Placed(data) = e.into_data();
                    (id, data.order_id)
                })
            }),
        };
        match outcome {
            Ok(Some((id, order_id))) => {
                if self.seen.insert(id) {
                    *self.handled.entry(order_id).or_default() += 1;
                }
            }
            Ok(None) => {}
            Err(e) if e.is_newer_version() => self.parked.push(message.to_vec()),
            Err(e) => self.dead.push((message.to_vec(), e.to_string())),
        }
    }

    /// An upgraded instance drains what older ones left.
    fn drain(&mut self, instance: Instance) {
        for message in std::mem::take(&mut self.parked) {
            self.deliver(instance, &message);
        }
    }

    fn assert_each_once(&self, facts: usize) {
        assert!(self.dead.is_empty(), "dead-lettered: {:?}", self.dead);
        assert!(
            self.parked.is_empty(),
            "still parked: {}",
            self.parked.len()
        );
        let expected: BTreeMap<String, usize> = (0..facts).map(|i| (format!("o-{i}"), 1)).collect();
        assert_eq!(self.handled, expected);
    }
}

fn fact(i: usize) -> OrderPlaced {
    OrderPlaced {
        order_id: format!("o-{i}"),
        total_minor: 1999,
        currency: "EUR".into(),
    }
}

fn old_message(producer: &Producer, i: usize) -> Vec<u8> {
    let event = OrderPlacedV1::from(&fact(i));
    producer.envelope(event).to_json().unwrap()
}

fn new_messages(producer: &Producer, i: usize, window: bool) -> Vec<Vec<u8>> {
    if window {
        let (v2, v1) = producer.envelope_pair(fact(i), |e| OrderPlacedV1::from(e));
        vec![v2.to_json().unwrap(), v1.to_json().unwrap()]
    } else {
        vec![producer.envelope(fact(i)).to_json().unwrap()]
    }
}

#[test]
fn producer_first_with_a_migration_window() {
    let producer = Producer::new("/checkout").unwrap();
    let mut group = Group::default();
    let mut facts = 0..;
    let mut next = || facts.next().unwrap();
    // Before: the old producer, old instances.
    for _ in 0..3 {
        group.deliver(Instance::Old, &old_message(&producer, next()));
    }
    // The producer is upgraded and publishes each event twice; the instances are old.
    for _ in 0..3 {
        for m in new_messages(&producer, next(), true) {
            group.deliver(Instance::Old, &m);
        }
    }
    assert_eq!(
        group.parked.len(),
        3,
        "each v2 left for an upgraded instance"
    );
    // Half the instances upgraded: messages go to old and new instances in turn, the
    // copy first or the new version first.
    for round in 0..4 {
        let mut pair = new_messages(&producer, next(), true);
        if round % 2 == 1 {
            pair.reverse();
        }
        for (k, m) in pair.iter().enumerate() {
            let instance = if (round + k) % 2 == 0 {
                Instance::Old
            } else {
                Instance::New
            };
            group.deliver(instance, m);
        }
    }
    // Every instance upgraded: the parked messages are drained; then the window closes.
    group.drain(Instance::New);
    for _ in 0..2 {
        for m in new_messages(&producer, next(), false) {
            group.deliver(Instance::New, &m);
        }
    }
    group.assert_each_once(12);
}

#[test]
fn consumers_first() {
    let producer = Producer::new("/checkout").unwrap();
    let mut group = Group::default();
    let mut i = 0;
    // Instances upgraded one by one while the old producer still writes v1.
    for instance in [Instance::Old, Instance::New, Instance::Old, Instance::New] {
        group.deliver(instance, &old_message(&producer, i));
        i += 1;
    }
    for _ in 0..3 {
        group.deliver(Instance::New, &old_message(&producer, i));
        i += 1;
    }
    // Then the producer.
    for _ in 0..3 {
        for m in new_messages(&producer, i, false) {
            group.deliver(Instance::New, &m);
        }
        i += 1;
    }
    assert!(group.parked.is_empty());
    group.assert_each_once(i);
}

#[test]
fn producer_first_without_a_window_delays_but_loses_nothing() {
    let producer = Producer::new("/checkout").unwrap();
    let mut group = Group::default();
    for i in 0..3 {
        for m in new_messages(&producer, i, false) {
            group.deliver(Instance::Old, &m);
        }
    }
    assert_eq!(group.parked.len(), 3);
    assert!(group.handled.is_empty());
    group.drain(Instance::New);
    group.assert_each_once(3);
}
