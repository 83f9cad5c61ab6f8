//! Receiving: decoding an envelope into the [`Inbox`] of a consumer, which tells
//! "not one of mine" apart from "mine, but broken".

use super::binary::{Binding, binary_attributes};
use super::decode::data_and_version;
use super::error::DecodeError;
use super::model::Envelope;
use super::options::DecodeOptions;
use super::raw::Attributes;
use super::{fast, parse};
use crate::Inbox;

/// Decodes a structured-mode CloudEvent into the consumer's inbox `I`.
///
/// `Ok(None)` when the event's `type` is none of the events `I` handles (skip it);
/// `Err` when the input is not a valid CloudEvent, or is one of `I`'s events with an
/// unsupported version or broken data (dead-letter it) — except a version newer than `I`
/// reads ([`DataError::NewerVersion`](crate::DataError::NewerVersion), see
/// [`DecodeError::is_newer_version`](super::DecodeError::is_newer_version)): that is a
/// message for an upgraded consumer; leave it for one (negative acknowledgement without
/// penalty, or a parking subject), never dead-letter it.
///
/// ```
/// use factum::envelope::{DecodeOptions, Producer, receive};
/// use factum::{Event, Inbox};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
/// struct OrderPlaced { order_id: String }
///
/// #[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
/// struct InvoiceSent { invoice_id: String }
///
/// #[derive(Debug, Inbox)]
/// enum Shipping { Placed(OrderPlaced) }
///
/// let producer = Producer::new("/checkout")?;
/// let placed = producer.envelope(OrderPlaced { order_id: "o-1".into() }).to_json()?;
/// let invoice = producer.envelope(InvoiceSent { invoice_id: "i-1".into() }).to_json()?;
/// let options = DecodeOptions::default();
///
/// let mine = receive::<Shipping>(&placed, &options)?.expect("one of mine");
/// assert!(matches!(mine.data(), Shipping::Placed(e) if e.order_id == "o-1"));
/// assert!(receive::<Shipping>(&invoice, &options)?.is_none());
/// assert!(receive::<Shipping>(b"{}", &options).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`Envelope::from_json`], except that an unknown `type` is `Ok(None)`.
pub fn receive<I: Inbox>(
    bytes: &[u8],
    options: &DecodeOptions,
) -> Result<Option<Envelope<I>>, DecodeError> {
    if bytes.len() <= options.max_size
        && let Ok(text) = std::str::from_utf8(bytes)
        && let Some(envelope) = fast::decode::<fast::InboxOf<I>>(text, options)
    {
        return Ok(Some(envelope));
    }
    receive_general(bytes, options)
}

/// [`receive`] without its fast path: the general parser alone (the fast path's test
/// checks that both give the same result).
pub(super) fn receive_general<I: Inbox>(
    bytes: &[u8],
    options: &DecodeOptions,
) -> Result<Option<Envelope<I>>, DecodeError> {
    let attributes = parse::parse(bytes, options)?.validate()?;
    into_inbox(attributes, options)
}

/// Decodes a binary-mode message (headers and body) into the consumer's inbox `I`;
/// see [`receive`].
///
/// # Errors
///
/// As [`from_binary`](super::from_binary), except that an unknown `type` is `Ok(None)`.
pub fn receive_binary<I, K, V>(
    headers: &[(K, V)],
    body: &[u8],
    binding: Binding,
    options: &DecodeOptions,
) -> Result<Option<Envelope<I>>, DecodeError>
where
    I: Inbox,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let attributes = binary_attributes(headers, body, binding, options)?;
    into_inbox(attributes, options)
}

fn into_inbox<I: Inbox>(
    a: Attributes<'_>,
    options: &DecodeOptions,
) -> Result<Option<Envelope<I>>, DecodeError> {
    let Some(index) = I::NAMES
        .iter()
        .position(|name| options.type_style.matches(&a.ty, name))
    else {
        return Ok(None);
    };
    let (name, newest) = (I::NAMES[index], I::VERSIONS[index]);
    let (text, version) = data_and_version(&a, options)?;
    match I::decode_event(name, version, text)? {
        Some(data) => Ok(Some(Envelope::from_attributes(a, version, newest, data))),
        None => Ok(None),
    }
}
