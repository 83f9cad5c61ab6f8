//! Dead letters: a message a consumer group gave up on, kept on the subject
//! `factum.dead.<group>.<type>` with why, after how many attempts, and the original
//! headers and body, so that it can be inspected and replayed.

use crate::backend::{Headers, Incoming, Outgoing, ReceivedHeaders};
use crate::subject;

/// The header with the reason a message was dead-lettered.
pub const REASON: &str = "factum-dead-letter-reason";
/// The header with the number of attempts made.
pub const ATTEMPTS: &str = "factum-dead-letter-attempts";
/// The header with the consumer group that gave up.
pub const GROUP: &str = "factum-dead-letter-group";
/// The header with the original subject.
pub const SUBJECT: &str = "factum-dead-letter-subject";
/// The header with the original message's id, when it decoded (in structured mode it is
/// in the body, not in a `ce-id` header).
pub const ID: &str = "factum-dead-letter-id";

/// A message a consumer group gave up on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadLetter {
    /// The group that gave up.
    pub group: String,
    /// The subject the message was on.
    pub subject: String,
    /// Why: the handler's reason, or why it did not decode.
    pub reason: String,
    /// Attempts made (1 for a permanent failure or a message that does not decode).
    pub attempts: u32,
    /// The message's id (`ce-id`), if it had one.
    pub id: Option<String>,
    /// The original headers.
    pub headers: Headers,
    /// The original body.
    pub body: Vec<u8>,
}

impl DeadLetter {
    /// The dead letter of `message` (whose id is `id`, when it decoded; else its `ce-id`
    /// header in binary mode), given up by `group` after `attempts` for `reason`.
    pub(crate) fn of(
        message: &Incoming,
        group: &str,
        id: Option<String>,
        reason: String,
        attempts: u32,
    ) -> Self {
        DeadLetter {
            group: group.to_owned(),
            subject: message.subject.clone(),
            reason,
            attempts,
            id: id.or_else(|| message.header("ce-id").map(str::to_owned)),
            headers: original_headers(&message.headers),
            body: message.body.clone(),
        }
    }

    /// The message that carries it: original headers plus the dead-letter headers; its
    /// subject names the type `ty` (when the message decoded; else its `ce-type` header).
    pub(crate) fn to_outgoing(&self, sequence: u64, ty: Option<&str>) -> Outgoing {
        let name = ty.unwrap_or_else(|| {
            self.headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("ce-type"))
                .map_or("unknown", |(_, v)| v.as_str())
        });
        let mut headers = self.headers.clone();
        // A header is one line: the reason's line breaks and other control characters
        // travel as spaces.
        let reason = self.reason.replace(char::is_control, " ");
        headers.push((REASON.to_owned(), reason));
        headers.push((ATTEMPTS.to_owned(), self.attempts.to_string()));
        headers.push((GROUP.to_owned(), self.group.clone()));
        headers.push((SUBJECT.to_owned(), self.subject.clone()));
        if let Some(id) = &self.id {
            headers.push((ID.to_owned(), id.clone()));
        }
        // The dead letter's own id: one per (group, message), never the original's, which
        // the transport would drop as a duplicate.
        let original = self.id.clone().unwrap_or_else(|| format!("seq-{sequence}"));
        Outgoing {
            subject: subject::dead_letter(&self.group, name),
            id: format!("dead-letter:{}:{original}", self.group),
            headers,
            body: self.body.clone(),
        }
    }

    /// Reads a dead letter back from the message that carries it.
    #[must_use]
    pub fn from_incoming(message: &Incoming) -> Option<Self> {
        let h = &message.headers;
        Some(DeadLetter {
            group: h.get(GROUP)?.to_owned(),
            subject: h.get(SUBJECT)?.to_owned(),
            reason: h.get(REASON)?.to_owned(),
            attempts: h.get(ATTEMPTS)?.parse().ok()?,
            id: h.get(ID).or_else(|| h.get("ce-id")).map(str::to_owned),
            headers: original_headers(h),
            body: message.body.clone(),
        })
    }
}

/// The headers of the original message: all but the dead-letter headers.
fn original_headers(headers: &ReceivedHeaders) -> Headers {
    headers
        .iter()
        .filter(|(name, _)| !name.starts_with("factum-dead-letter-"))
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

/// Reads dead letters as [`DeadLetter`] values.
pub(crate) struct Reader;

impl crate::consumer::Decode for Reader {
    type Message = DeadLetter;

    fn decode(
        &self,
        message: &Incoming,
        _: &factum::envelope::DecodeOptions,
    ) -> crate::consumer::Decoded<DeadLetter> {
        use crate::consumer::{Decoded, Meta};
        match DeadLetter::from_incoming(message) {
            Some(letter) => Decoded::Message(Box::new((
                Meta::of_dead_letter(format!(
                    "dead-letter:{}:{}",
                    letter.group,
                    letter
                        .id
                        .clone()
                        .unwrap_or_else(|| format!("seq-{}", message.sequence))
                )),
                letter,
            ))),
            None => Decoded::Broken(
                "not a dead letter: its factum-dead-letter-* headers are missing".to_owned(),
            ),
        }
    }
}
