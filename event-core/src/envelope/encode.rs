//! Encoding an envelope as structured-mode JSON, and the walk over its attributes that
//! binary mode shares.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::error::EncodeError;
use super::extensions::ExtensionValue;
use super::json::write_json_string;
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
            let mut buf = [0u8; UTC_RFC3339_MAX];
            if let Some(text) = utc_rfc3339(time, &mut buf) {
                f(name, member, Attr::Str(text));
            } else {
                let text = time.format(&Rfc3339).map_err(|e| EncodeError::Time {
                    message: e.to_string(),
                })?;
                f(name, member, Attr::Str(&text));
            }
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
        // The attributes' texts, their names (about 300 bytes with `time` and
        // `traceparent`) and a small event's data: an estimate, which keeps a small
        // envelope's buffer within the allocator's fast size classes (a larger event's
        // data grows it).
        let live = self.texts.buf.len() - self.texts.dead;
        let mut out = Vec::with_capacity(live + 512);
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
                Attr::Str(s) => write_json_string(&mut out, s),
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

/// The longest [`utc_rfc3339`] text: `9999-12-31T23:59:59.999999999Z`.
const UTC_RFC3339_MAX: usize = 30;

/// `time` in RFC 3339 as the `time` crate formats it (`Rfc3339`), without allocating,
/// for the usual case: a UTC time in years 0 to 9999. `None` otherwise, for the `time`
/// crate to format (or refuse).
fn utc_rfc3339(time: OffsetDateTime, buf: &mut [u8; UTC_RFC3339_MAX]) -> Option<&str> {
    fn two(buf: &mut [u8], at: usize, n: u8) {
        buf[at] = b'0' + n / 10;
        buf[at + 1] = b'0' + n % 10;
    }
    if !time.offset().is_utc() {
        return None;
    }
    let (year, month, day) = time.to_calendar_date();
    let year = u16::try_from(year).ok().filter(|y| *y < 10_000)?;
    let (hour, minute, second, nanos) = time.to_hms_nano();
    #[allow(clippy::cast_possible_truncation)] // each is below 100
    {
        two(buf, 0, (year / 100) as u8);
        two(buf, 2, (year % 100) as u8);
    }
    buf[4] = b'-';
    two(buf, 5, u8::from(month));
    buf[7] = b'-';
    two(buf, 8, day);
    buf[10] = b'T';
    two(buf, 11, hour);
    buf[13] = b':';
    two(buf, 14, minute);
    buf[16] = b':';
    two(buf, 17, second);
    let mut len = 19;
    let mut nanos = nanos;
    if nanos != 0 {
        buf[19] = b'.';
        for at in (20..29).rev() {
            #[allow(clippy::cast_possible_truncation)] // a digit
            let digit = (nanos % 10) as u8;
            buf[at] = b'0' + digit;
            nanos /= 10;
        }
        // Trailing zeros are dropped: `.25`, not `.250000000`.
        len = 29;
        while buf[len - 1] == b'0' {
            len -= 1;
        }
    }
    buf[len] = b'Z';
    std::str::from_utf8(&buf[..=len]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_times_are_formatted_as_the_time_crate_formats_them() {
        use time::{Date, Month, Time, UtcOffset};
        let mut checked = 0;
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut nanos = vec![0, 1, 10, 250_000_000, 999_999_999, 100_000_000, 120_000_000];
        for _ in 0..200 {
            #[allow(clippy::cast_possible_truncation)]
            nanos.push((next() % 1_000_000_000) as u32);
        }
        for year in [-10_000, -1, 0, 1, 99, 999, 1970, 2026, 9999, 10_000] {
            for (i, &nano) in nanos.iter().enumerate() {
                #[allow(clippy::cast_possible_truncation)]
                let (month, day, h, m, s) = (
                    (next() % 12) as u8 + 1,
                    (next() % 28) as u8 + 1,
                    (next() % 24) as u8,
                    (next() % 60) as u8,
                    (next() % 60) as u8,
                );
                let Ok(date) = Date::from_calendar_date(year, Month::try_from(month).unwrap(), day)
                else {
                    continue;
                };
                let time = Time::from_hms_nano(h, m, s, nano).unwrap();
                let offset = if i % 5 == 4 {
                    UtcOffset::from_hms(-3, -30, 0).unwrap()
                } else {
                    UtcOffset::UTC
                };
                let value = date.with_time(time).assume_offset(offset);
                let mut buf = [0u8; UTC_RFC3339_MAX];
                let expected = value.format(&Rfc3339).ok();
                match utc_rfc3339(value, &mut buf) {
                    Some(text) => {
                        assert_eq!(Some(text.to_owned()), expected, "{value}");
                        checked += 1;
                    }
                    None => assert!(!offset.is_utc() || !(0..10_000).contains(&year), "{value}"),
                }
            }
        }
        assert!(checked > 1000);
    }
}
