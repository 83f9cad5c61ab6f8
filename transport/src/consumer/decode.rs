//! Decoding a delivery into what its handler takes: an event of an [`Inbox`], or one
//! command or query type ([`Exact`]); telling "not mine", "a newer major version than
//! this consumer knows" and "broken" apart.

use std::marker::PhantomData;

use factum::envelope::{Binding, DecodeError, DecodeOptions, Envelope, receive, receive_binary};
use factum::{DataError, Inbox, Message};

use super::delivery::Meta;
use crate::backend::Incoming;

/// What a delivery decoded to.
pub(crate) enum Decoded<M> {
    /// The message and its attributes, boxed: the consumer holds them across the dedupe
    /// store's look-up, and inline they made every handling's future (allocated and
    /// moved per message) about a kilobyte larger.
    Message(Box<(Meta, M)>),
    /// A type this consumer does not handle.
    NotMine,
    /// A newer major version than this consumer reads: left for an upgraded consumer.
    Newer(String),
    /// Not a valid message of a type this consumer handles.
    Broken(String),
}

/// Decodes deliveries of one consumer.
pub(crate) trait Decode: Send + Sync + 'static {
    type Message: Send + 'static;
    fn decode(&self, message: &Incoming, options: &DecodeOptions) -> Decoded<Self::Message>;
}

/// Decodes into the inbox `I`, then maps the inbox value to the handler's type.
pub(crate) struct ViaInbox<I, M>(PhantomData<fn(I) -> M>, fn(I) -> M);

impl<I, M> ViaInbox<I, M> {
    pub(crate) fn new(map: fn(I) -> M) -> Self {
        ViaInbox(PhantomData, map)
    }
}

impl<I: Inbox + 'static, M: Send + 'static> ViaInbox<I, M> {
    /// Decodes a message given as headers and body (binary or structured mode).
    pub(crate) fn decode_parts<K: AsRef<str>, V: AsRef<str>>(
        &self,
        headers: &[(K, V)],
        body: &[u8],
        options: &DecodeOptions,
    ) -> Decoded<M> {
        let content_type = headers
            .iter()
            .find(|(name, _)| name.as_ref().eq_ignore_ascii_case("content-type"))
            .map(|(_, value)| value.as_ref());
        self.decode_envelope(if is_structured(content_type) {
            receive::<I>(body, options)
        } else {
            receive_binary::<I, _, _>(headers, body, Binding::Nats, options)
        })
    }

    /// What the decoder's `result` is to the consumer.
    fn decode_envelope(&self, result: Result<Option<Envelope<I>>, DecodeError>) -> Decoded<M> {
        match result {
            Ok(Some(envelope)) => {
                let name = envelope.data().event_name();
                let (attributes, data) = envelope.into_parts();
                Decoded::Message(Box::new((
                    Meta::of_envelope(name, attributes),
                    (self.1)(data),
                )))
            }
            Ok(None) => Decoded::NotMine,
            Err(err) if err.is_newer_version() => Decoded::Newer(err.to_string()),
            Err(err) => Decoded::Broken(err.to_string()),
        }
    }
}

impl<I: Inbox + 'static, M: Send + 'static> Decode for ViaInbox<I, M> {
    type Message = M;

    fn decode(&self, message: &Incoming, options: &DecodeOptions) -> Decoded<M> {
        if is_structured(message.header("content-type")) {
            return self.decode_envelope(receive::<I>(&message.body, options));
        }
        // Borrowed from the transport's own headers: one list of pointers, no copies.
        let headers: Vec<(&str, &str)> = message.headers.iter().collect();
        self.decode_parts(&headers, &message.body, options)
    }
}

/// Whether a message of `content_type` is in structured mode (a `CloudEvents` media
/// type, as the NATS binding says; anything else, or none, is binary).
fn is_structured(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|ct| ct.starts_with("application/cloudevents"))
}

/// One command or query type as an [`Inbox`]: decoded at its one version (upcasting is
/// for events).
#[derive(Debug)]
pub struct Exact<M>(pub M);

impl<M: Message + serde::de::DeserializeOwned> Inbox for Exact<M> {
    const NAMES: &'static [&'static str] = &[M::NAME];
    const VERSIONS: &'static [u32] = &[M::VERSION];

    fn decode_event(name: &str, version: u32, data: &str) -> Result<Option<Self>, DataError> {
        if name != M::NAME {
            return Ok(None);
        }
        if version > M::VERSION {
            return Err(DataError::NewerVersion {
                name: M::NAME,
                found: version,
                newest: M::VERSION,
            });
        }
        if version != M::VERSION {
            return Err(DataError::UnsupportedVersion {
                name: M::NAME,
                found: version,
                oldest: M::VERSION,
                newest: M::VERSION,
            });
        }
        serde_json::from_str(data)
            .map(|message| Some(Exact(message)))
            .map_err(|err| DataError::Invalid {
                name: M::NAME,
                version,
                path: ".".to_owned(),
                message: err.to_string(),
            })
    }

    fn event_name(&self) -> &'static str {
        M::NAME
    }
}
