//! The names of the attributes factum knows, and the media types it writes.

/// The media type of a structured-mode CloudEvent in JSON.
pub const STRUCTURED_CONTENT_TYPE: &str = "application/cloudevents+json";

/// The attributes factum knows, in the order it writes them (after `specversion`, which
/// comes first): `dataversion` is an Integer, the others are strings. Other members are
/// `data`, `data_base64` and extension attributes.
///
/// ```
/// use factum::envelope::ATTRIBUTES;
/// assert_eq!(ATTRIBUTES[..4], ["specversion", "id", "source", "type"]);
/// assert!(ATTRIBUTES.contains(&"traceparent"));
/// ```
pub const ATTRIBUTES: [&str; 15] = KNOWN;

/// The `datacontenttype` factum writes: event data is JSON.
pub const DATA_CONTENT_TYPE: &str = "application/json";
/// Calls macro `$then` with the names of the attributes factum knows, in the order they
/// are checked and written: the one list behind [`KNOWN`] and the fast path's member
/// starts.
macro_rules! known_attributes {
    ($then:ident) => {
        $then!(
            "specversion",
            "id",
            "source",
            "type",
            "time",
            "datacontenttype",
            "dataschema",
            "subject",
            "partitionkey",
            "correlationid",
            "causationid",
            "traceparent",
            "tracestate",
            "sequence",
            "dataversion"
        )
    };
}
pub(crate) use known_attributes;

/// The attributes factum knows, in the order they are checked and written.
pub(crate) const KNOWN: [&str; 15] = {
    macro_rules! names {
        ($($name:literal),*) => { [$($name),*] };
    }
    known_attributes!(names)
};

/// Indexes in [`KNOWN`].
pub(crate) mod at {
    pub(crate) const SPECVERSION: usize = 0;
    pub(crate) const ID: usize = 1;
    pub(crate) const SOURCE: usize = 2;
    pub(crate) const TYPE: usize = 3;
    pub(crate) const TIME: usize = 4;
    pub(crate) const DATACONTENTTYPE: usize = 5;
    pub(crate) const DATASCHEMA: usize = 6;
    pub(crate) const SUBJECT: usize = 7;
    pub(crate) const PARTITIONKEY: usize = 8;
    pub(crate) const CORRELATIONID: usize = 9;
    pub(crate) const CAUSATIONID: usize = 10;
    pub(crate) const TRACEPARENT: usize = 11;
    pub(crate) const TRACESTATE: usize = 12;
    pub(crate) const SEQUENCE: usize = 13;
    pub(crate) const DATAVERSION: usize = 14;
}

/// The index of `name` in [`KNOWN`]: picked by length and a byte, then compared once
/// with a constant array (which compiles to a few loads rather than a call).
#[inline]
pub(crate) fn known_index(name: &str) -> Option<usize> {
    fn is<const N: usize>(b: &[u8], known: &[u8; N]) -> bool {
        <&[u8; N]>::try_from(b).is_ok_and(|b| b == known)
    }
    let b = name.as_bytes();
    match (b.len(), *b.first()?) {
        (11, b's') => is(b, b"specversion").then_some(at::SPECVERSION),
        (2, _) => is(b, b"id").then_some(at::ID),
        (6, _) => is(b, b"source").then_some(at::SOURCE),
        (4, b't') if b[1] == b'y' => is(b, b"type").then_some(at::TYPE),
        (4, _) => is(b, b"time").then_some(at::TIME),
        (15, _) => is(b, b"datacontenttype").then_some(at::DATACONTENTTYPE),
        (10, b'd') => is(b, b"dataschema").then_some(at::DATASCHEMA),
        (7, _) => is(b, b"subject").then_some(at::SUBJECT),
        (12, _) => is(b, b"partitionkey").then_some(at::PARTITIONKEY),
        (13, _) => is(b, b"correlationid").then_some(at::CORRELATIONID),
        (11, b'c') => is(b, b"causationid").then_some(at::CAUSATIONID),
        (11, b't') => is(b, b"traceparent").then_some(at::TRACEPARENT),
        (10, _) => is(b, b"tracestate").then_some(at::TRACESTATE),
        (8, _) => is(b, b"sequence").then_some(at::SEQUENCE),
        (11, _) => is(b, b"dataversion").then_some(at::DATAVERSION),
        _ => None,
    }
}

/// Names an extension cannot have: the known attributes and the data members.
pub(crate) fn is_reserved(name: &str) -> bool {
    KNOWN.contains(&name) || name == "data" || name == "data_base64"
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_index_agrees_with_known() {
        for (i, name) in KNOWN.iter().enumerate() {
            assert_eq!(known_index(name), Some(i), "{name}");
        }
        let constants = [
            (at::SPECVERSION, "specversion"),
            (at::ID, "id"),
            (at::SOURCE, "source"),
            (at::TYPE, "type"),
            (at::TIME, "time"),
            (at::DATACONTENTTYPE, "datacontenttype"),
            (at::DATASCHEMA, "dataschema"),
            (at::SUBJECT, "subject"),
            (at::PARTITIONKEY, "partitionkey"),
            (at::CORRELATIONID, "correlationid"),
            (at::CAUSATIONID, "causationid"),
            (at::TRACEPARENT, "traceparent"),
            (at::TRACESTATE, "tracestate"),
            (at::SEQUENCE, "sequence"),
            (at::DATAVERSION, "dataversion"),
        ];
        for (i, name) in constants {
            assert_eq!(KNOWN[i], name);
        }
        for other in ["data", "data_base64", "", "ID", "types", "comexampleext"] {
            assert_eq!(known_index(other), None, "{other}");
        }
    }
}
