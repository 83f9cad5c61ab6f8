//! Encoding an envelope as structured-mode JSON, and the walk over its attributes that
//! binary mode shares.

use time::format_description::well_known::Rfc3339;

use super::error::EncodeError;
use super::extensions::ExtensionValue;
use super::model::Envelope;
use super::trace::TraceParent;
use crate::Message;

impl<E> Envelope<E> {
    /// Every attribute but `specversion`, in the order factum writes them: its name,
    /// for factum's own the JSON text that starts its member (`,"id":`), and its value.
    pub(super) fn for_each_attribute(
        &self,
        version: u32,
        mut f: impl FnMut(&str, Option<&'static str>, Attr<'_>),
    ) -> Result<(), EncodeError> {
        /// The name and its member's start.
        macro_rules! known {
            ($name:literal) => {
                ($name, Some(concat!(",\"", $name, "\":")))
            };
        }
        let (name, member) = known!("id");
        f(name, member, Attr::Str(self.id()));
        let (name, member) = known!("source");
        f(name, member, Attr::Str(self.source()));
        let (name, member) = known!("type");
        f(name, member, Attr::Str(self.ty()));
        if let Some(time) = self.time {
            let (name, member) = known!("time");
            // RFC 3339 as the `time` crate writes it, into a stack buffer (at most 35
            // bytes: `9999-12-31T23:59:59.999999999+23:59`).
            let mut buf = [0u8; 64];
            let mut out = &mut buf[..];
            time.format_into(&mut out, &Rfc3339)
                .map_err(|e| EncodeError::Time {
                    message: e.to_string(),
                })?;
            let len = 64 - out.len();
            let text = std::str::from_utf8(&buf[..len]).unwrap_or_default();
            f(name, member, Attr::Str(text));
        }
        let optional = [
            (known!("datacontenttype"), self.datacontenttype()),
            (known!("dataschema"), self.dataschema()),
            (known!("subject"), self.subject()),
            (known!("partitionkey"), self.partition_key()),
            (known!("correlationid"), self.correlation_id()),
            (known!("causationid"), self.causation_id()),
            (
                known!("traceparent"),
                self.traceparent.as_ref().map(TraceParent::as_str),
            ),
            (known!("tracestate"), self.tracestate()),
            (known!("sequence"), self.sequence()),
        ];
        for ((name, member), value) in optional {
            if let Some(value) = value {
                f(name, member, Attr::Str(value));
            }
        }
        let (name, member) = known!("dataversion");
        f(name, member, Attr::Int(i64::from(version)));
        for (name, value) in self.extensions.iter() {
            match value {
                ExtensionValue::String(s) => f(name, None, Attr::Str(s)),
                ExtensionValue::Integer(n) => f(name, None, Attr::Int(*n)),
                ExtensionValue::Boolean(b) => f(name, None, Attr::Bool(*b)),
            }
        }
        Ok(())
    }
}

/// An attribute value as CloudEvents types it.
#[derive(Clone, Copy)]
pub(super) enum Attr<'a> {
    Str(&'a str),
    Int(i64),
    Bool(bool),
}

impl<E: Message + serde::Serialize> Envelope<E> {
    /// Encodes the envelope as structured-mode JSON (`application/cloudevents+json`),
    /// with the data as a JSON value under `data`.
    ///
    /// # Errors
    ///
    /// When the event's `Serialize` fails, or `time` has no RFC 3339 form.
    pub fn to_json(&self) -> Result<Vec<u8>, EncodeError> {
        // The attributes' texts, their names with `time` and `traceparent` (about 300
        // bytes when all are set) and up to about 450 bytes of data: an estimate, which
        // keeps a small envelope in one allocation of under 1 KiB (a larger event's data
        // grows it).
        let live = self.texts.buf.len() - self.texts.dead;
        let mut out = Vec::with_capacity(live + 768);
        out.extend_from_slice(br#"{"specversion":"1.0""#);
        // Texts known to need no escaping are copied as they are.
        let plain = self.texts.plain;
        self.for_each_attribute(E::VERSION, |name, member, value| {
            if let Some(member) = member {
                out.extend_from_slice(member.as_bytes());
            } else {
                // Extension names need no escaping: they are a-z0-9.
                out.extend_from_slice(b",\"");
                out.extend_from_slice(name.as_bytes());
                out.extend_from_slice(b"\":");
            }
            match value {
                Attr::Str(s) if plain && member.is_some() => {
                    out.reserve(s.len() + 2);
                    out.push(b'"');
                    out.extend_from_slice(s.as_bytes());
                    out.push(b'"');
                }
                // Escaped as `serde_json` escapes; writing a `str` into a `Vec` cannot fail.
                Attr::Str(s) => drop(serde_json::to_writer(&mut out, s)),
                Attr::Int(n) => out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
                Attr::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
            }
        })?;
        out.extend_from_slice(br#","data":"#);
        serde_json::to_writer(&mut out, &self.data).map_err(|e| EncodeError::Data {
            name: E::NAME,
            message: e.to_string(),
        })?;
        out.push(b'}');
        Ok(out)
    }

    /// [`to_json`](Self::to_json), as a `String`.
    ///
    /// # Errors
    ///
    /// As [`to_json`](Self::to_json).
    pub fn to_json_string(&self) -> Result<String, EncodeError> {
        let bytes = self.to_json()?;
        // Only UTF-8 was written: JSON strings from `&str`, and serde_json's output.
        String::from_utf8(bytes).map_err(|e| EncodeError::Data {
            name: E::NAME,
            message: e.to_string(),
        })
    }
}
