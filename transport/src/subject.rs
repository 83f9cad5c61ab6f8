//! Subjects: one per message kind, wire name and partition key
//! (`factum.event.OrderPlaced.o-1`), and the NATS wildcards (`*`, `>`) that filter them.

use std::fmt::Write as _;

use factum::MessageKind;

/// The first token of every subject factum writes.
pub const ROOT: &str = "factum";

/// The token of a message without a partition key.
const NO_KEY: &str = "_";

/// The subject of one message: `factum.<kind>.<name>.<key>`, with `_` for no key.
///
/// ```
/// use factum::MessageKind;
/// use factum_transport::subject;
/// assert_eq!(subject::message(MessageKind::Event, "OrderPlaced", Some("o-1")), "factum.event.OrderPlaced.o-1");
/// assert_eq!(subject::message(MessageKind::Command, "shop.PlaceOrder", None), "factum.command.shop%2EPlaceOrder._");
/// assert_eq!(subject::message(MessageKind::Event, "OrderPlaced", Some("a.b c")), "factum.event.OrderPlaced.a%2Eb%20c");
/// ```
#[must_use]
pub fn message(kind: MessageKind, name: &str, key: Option<&str>) -> String {
    let mut out =
        String::with_capacity(ROOT.len() + 10 + name.len() + key.map_or(NO_KEY.len(), str::len));
    out.push_str(ROOT);
    out.push('.');
    out.push_str(kind.as_str());
    out.push('.');
    push_token(&mut out, name);
    out.push('.');
    match key {
        Some(key) => push_token(&mut out, key),
        None => out.push_str(NO_KEY),
    }
    out
}

/// The filter of every message of one type, whatever its key: `factum.<kind>.<name>.*`.
#[must_use]
pub fn every(kind: MessageKind, name: &str) -> String {
    let mut out = format!("{ROOT}.{kind}.");
    push_token(&mut out, name);
    out.push_str(".*");
    out
}

/// The subject of a query's requests: `factum.query.<name>`.
#[must_use]
pub fn query(name: &str) -> String {
    let mut out = format!("{ROOT}.query.");
    push_token(&mut out, name);
    out
}

/// The subject of a dead letter of consumer group `group`: `factum.dead.<group>.<name>`.
#[must_use]
pub fn dead_letter(group: &str, name: &str) -> String {
    let mut out = format!("{ROOT}.dead.");
    push_token(&mut out, group);
    out.push('.');
    push_token(&mut out, name);
    out
}

/// The filter of every dead letter of `group`.
#[must_use]
pub fn dead_letters_of(group: &str) -> String {
    let mut out = format!("{ROOT}.dead.");
    push_token(&mut out, group);
    out.push_str(".*");
    out
}

/// A name usable as a NATS durable consumer name (letters, digits, `-`, `_`).
#[must_use]
pub fn durable_name(group: &str) -> String {
    let mut out = String::with_capacity(group.len());
    for b in group.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "_{b:02X}");
        }
    }
    out
}

/// Appends `text` as one subject token: ASCII letters, digits, `-` and `_` as they are
/// (a lone `_` is escaped, since it means "no key"); every other byte as `%XX`.
fn push_token(out: &mut String, text: &str) {
    if text == NO_KEY || text.is_empty() {
        for b in text.bytes() {
            let _ = write!(out, "%{b:02X}");
        }
        if text.is_empty() {
            out.push_str("%00");
        }
        return;
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

/// Whether `subject` matches `filter`, token by token, where `*` matches one token and
/// a final `>` one or more (NATS' rules).
///
/// ```
/// use factum_transport::subject::matches;
/// assert!(matches("factum.event.OrderPlaced.*", "factum.event.OrderPlaced.o-1"));
/// assert!(matches("factum.>", "factum.event.OrderPlaced.o-1"));
/// assert!(!matches("factum.event.OrderPlaced.*", "factum.event.OrderPlacedV2.o-1"));
/// assert!(!matches("factum.event.*", "factum.event.OrderPlaced.o-1"));
/// ```
#[must_use]
pub fn matches(filter: &str, subject: &str) -> bool {
    let mut subject = subject.split('.');
    for token in filter.split('.') {
        match (token, subject.next()) {
            (">", Some(_)) => return true,
            ("*", Some(_)) => {}
            (token, Some(s)) if token == s => {}
            _ => return false,
        }
    }
    subject.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_that_look_like_wildcards_or_no_key_stay_one_literal_token() {
        let s = message(MessageKind::Event, "OrderPlaced", Some("*"));
        assert_eq!(s, "factum.event.OrderPlaced.%2A");
        assert_ne!(
            message(MessageKind::Event, "A", Some("_")),
            message(MessageKind::Event, "A", None)
        );
        assert_ne!(
            message(MessageKind::Event, "A", Some("")),
            message(MessageKind::Event, "A", None)
        );
        assert!(matches(&every(MessageKind::Event, "OrderPlaced"), &s));
    }

    #[test]
    fn durable_names_keep_only_letters_digits_and_dashes() {
        assert_eq!(durable_name("email-service"), "email-service");
        assert_eq!(
            durable_name("handler:PlaceOrder.v1"),
            "handler_3APlaceOrder_2Ev1"
        );
    }
}
