//! Binary content mode: attributes in message headers, the data as the body. Pure
//! functions over header lists, so that no broker client is a dependency.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};

use super::encode::Attr;
use super::error::{AttributeError, DecodeError, EncodeError};
use super::model::Envelope;
use super::options::DecodeOptions;
use super::raw::{Attributes, Raw};
use crate::{Message, Versioned};

/// A CloudEvents protocol binding for binary mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Binding {
    /// Kafka: headers `ce_<attribute>` and `content-type`, values as UTF-8 text; names
    /// are matched exactly on decode. See [`kafka_key`] for the record key.
    Kafka,
    /// HTTP: headers `ce-<attribute>` and `Content-Type`; values percent-encoded as the
    /// HTTP binding requires (bytes outside printable ASCII, space, `"` and `%`); names are
    /// matched case-insensitively on decode.
    Http,
    /// NATS: headers as HTTP (`ce-<attribute>`, `content-type`, percent-encoded values,
    /// names case-insensitive on decode).
    Nats,
}

impl Binding {
    fn prefix(self) -> &'static str {
        match self {
            Binding::Kafka => "ce_",
            Binding::Http | Binding::Nats => "ce-",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Binding::Http => "Content-Type",
            Binding::Kafka | Binding::Nats => "content-type",
        }
    }

    fn percent_encoded(self) -> bool {
        !matches!(self, Binding::Kafka)
    }
}

/// Message headers: (name, value) pairs, in order.
pub type Headers = Vec<(String, String)>;

/// The Kafka record key of an envelope under the Kafka binding's partitioning mapping:
/// its `partitionkey` (opt-in: a producer that keys records otherwise ignores it).
#[must_use]
pub fn kafka_key<E>(envelope: &Envelope<E>) -> Option<&str> {
    envelope.partition_key()
}

/// Encodes an envelope in binary mode: the headers (attributes), and the body (the
/// event's JSON). Extension values travel as their canonical strings.
///
/// ```
/// use factum::envelope::{from_binary, to_binary, Binding, DecodeOptions, Envelope, Producer};
///
/// #[derive(factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema, Debug, PartialEq)]
/// struct OrderPlaced { order_id: String }
///
/// let envelope = Producer::new("/checkout")?.envelope(OrderPlaced { order_id: "o 1".into() });
/// let (headers, body) = to_binary(&envelope, Binding::Http)?;
/// assert!(headers.contains(&("ce-type".to_owned(), "OrderPlaced".to_owned())));
/// assert_eq!(body, br#"{"order_id":"o 1"}"#);
/// let back: Envelope<OrderPlaced> = from_binary(&headers, &body, Binding::Http, &DecodeOptions::default())?;
/// assert_eq!(back, envelope);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`Envelope::to_json`].
pub fn to_binary<E: Message + serde::Serialize>(
    envelope: &Envelope<E>,
    binding: Binding,
) -> Result<(Headers, Vec<u8>), EncodeError> {
    let prefix = binding.prefix();
    let mut headers = Vec::with_capacity(16);
    headers.push(([prefix, "specversion"].concat(), "1.0".to_owned()));
    envelope.for_each_attribute(E::VERSION, |name, _, value| {
        let text: Cow<'_, str> = match value {
            Attr::Str(s) => Cow::Borrowed(s),
            Attr::Int(n) => Cow::Owned(itoa::Buffer::new().format(n).to_owned()),
            Attr::Bool(b) => Cow::Borrowed(if b { "true" } else { "false" }),
        };
        let text = if binding.percent_encoded() {
            percent_encode(&text)
        } else {
            text.into_owned()
        };
        if name == "datacontenttype" {
            headers.push((binding.content_type().to_owned(), text));
        } else {
            headers.push(([prefix, name].concat(), text));
        }
    })?;
    let body = serde_json::to_vec(envelope.data()).map_err(|e| EncodeError::Data {
        name: E::NAME,
        message: e.to_string(),
    })?;
    Ok((headers, body))
}

/// Decodes a binary-mode message of event `E`: headers and body as [`to_binary`] writes
/// them, or as another CloudEvents producer does. Headers that are not CloudEvents
/// attributes are ignored.
///
/// # Errors
///
/// As [`Envelope::from_json`]; the size limit applies to the body plus the headers.
pub fn from_binary<E, K, V>(
    headers: &[(K, V)],
    body: &[u8],
    binding: Binding,
    options: &DecodeOptions,
) -> Result<Envelope<E>, DecodeError>
where
    E: Versioned,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let attributes = binary_attributes(headers, body, binding, options)?;
    Envelope::decode_attributes(attributes, options)
}

/// The validated attributes of a binary-mode message (headers and body).
pub(crate) fn binary_attributes<'a, K: AsRef<str>, V: AsRef<str>>(
    headers: &'a [(K, V)],
    body: &'a [u8],
    binding: Binding,
    options: &DecodeOptions,
) -> Result<Attributes<'a>, DecodeError> {
    let size = headers
        .iter()
        .map(|(k, v)| k.as_ref().len() + v.as_ref().len())
        .fold(body.len(), usize::saturating_add);
    if size > options.max_size {
        return Err(DecodeError::TooLarge {
            size,
            limit: options.max_size,
        });
    }
    let mut raw = Raw::new(options.max_attributes);
    let prefix = binding.prefix();
    for (key, value) in headers {
        let (key, value) = (key.as_ref(), value.as_ref());
        let name: Cow<'_, str> = if binding == Binding::Kafka {
            if key == "content-type" {
                Cow::Borrowed("datacontenttype")
            } else if let Some(name) = key.strip_prefix(prefix) {
                Cow::Borrowed(name)
            } else {
                continue;
            }
        } else if key.eq_ignore_ascii_case("content-type") {
            Cow::Borrowed("datacontenttype")
        } else if key.len() > prefix.len()
            && key.is_char_boundary(prefix.len())
            && key[..prefix.len()].eq_ignore_ascii_case(prefix)
        {
            let name = &key[prefix.len()..];
            if name.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(name.to_ascii_lowercase())
            } else {
                Cow::Borrowed(name)
            }
        } else {
            continue;
        };
        if name == "data" || name == "data_base64" {
            return Err(AttributeError::new(
                name,
                "in binary mode the data is the body, not a header",
            )
            .into());
        }
        let value = if binding.percent_encoded() {
            percent_decode(&name, value)?
        } else {
            Cow::Borrowed(value)
        };
        raw.insert_header(name, value);
    }
    if !body.is_empty() {
        let text = std::str::from_utf8(body).map_err(|e| {
            AttributeError::new(
                "data",
                format!("the body is not UTF-8 text (at byte {})", e.valid_up_to()),
            )
        })?;
        raw.set_data(text);
    }
    raw.validate()
}

/// What the HTTP binding percent-encodes in a header value: space, `"`, `%`, control
/// characters, and (as the crate always does) every byte of a non-ASCII character.
const HEADER_VALUE: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'%');

fn percent_encode(s: &str) -> String {
    // Borrowed when nothing needs encoding (the common case): no formatting machinery.
    Cow::from(utf8_percent_encode(s, HEADER_VALUE)).into_owned()
}

/// A header value with its `%XX` decoded; a `%` not followed by two hexadecimal digits,
/// or bytes that are not UTF-8 once decoded, are errors (the crate would keep them).
fn percent_decode<'a>(name: &str, s: &'a str) -> Result<Cow<'a, str>, AttributeError> {
    let bytes = s.as_bytes();
    let broken = bytes.iter().enumerate().find(|&(i, &b)| {
        b == b'%'
            && !bytes
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if let Some((i, _)) = broken {
        return Err(AttributeError::new(
            name,
            format!(
                "`%` at byte {i} of the header value is not followed by two hexadecimal digits"
            ),
        ));
    }
    percent_decode_str(s)
        .decode_utf8()
        .map_err(|_| AttributeError::new(name, "the percent-encoded header value is not UTF-8"))
}
