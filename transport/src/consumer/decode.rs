//! Decoding a delivery into what its handler takes: an event of an [`Inbox`], or one
//! command or query type ([`Exact`]); telling "not mine", "a newer major version than
//! this consumer knows" and "broken" apart.

use std::marker::PhantomData;

use factum::envelope::{Binding, DecodeOptions, Envelope, receive, receive_binary};
use factum::{DataError, Inbox, Message};

use super::delivery::Meta;
use crate::backend::Incoming;

/// What a delivery decoded to.
pub(crate) enum Decoded<M> {
    Message(Meta, M),
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
        let structured = headers.iter().any(|(name, value)| {
            name.as_ref().eq_ignore_ascii_case("content-type")
                && value.as_ref().starts_with("application/cloudevents")
        });
        let result = if structured {
            receive::<I>(body, options)
        } else {
            receive_binary::<I, _, _>(headers, body, Binding::Nats, options)
        };
        match result {
            Ok(Some(envelope)) => {
                let meta = meta_of(&envelope);
                Decoded::Message(meta, (self.1)(envelope.into_data()))
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
        // Borrowed from the transport's own headers: one list of pointers, no copies.
        let headers: Vec<(&str, &str)> = message.headers.iter().collect();
        self.decode_parts(&headers, &message.body, options)
    }
}

fn meta_of<I: Inbox>(envelope: &Envelope<I>) -> Meta {
    Meta {
        id: envelope.id().to_owned(),
        name: envelope.data().event_name(),
        ty: envelope.ty().to_owned(),
        partition_key: envelope.partition_key().map(str::to_owned),
        correlation_id: envelope.correlation_id().map(str::to_owned),
        traceparent: envelope.traceparent().map(|t| t.as_str().to_owned()),
        tracestate: envelope.tracestate().map(str::to_owned),
    }
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
