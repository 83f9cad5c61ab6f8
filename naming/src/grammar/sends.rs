//! A verb of sending a message first, then the name of the event it sends
//! (`EmitVolumeChangedEvent`, `PublishOrderPlacedEvent`): the request to send that event, not the
//! event of doing so (as `SwitchUserEvent` is) nor a fact about a subject "Publish Order".

use super::command::command;
use super::reading::Reading;
use crate::lexicon::Lex;
use crate::words::{Decoration, Word};

/// Verbs whose object is a message: what they take is sent, not changed.
const SENDING_VERBS: &[&str] = &[
    "append",
    "broadcast",
    "dispatch",
    "emit",
    "publish",
    "raise",
];

/// The command reading of `core` (the name's words before its kind words, `tail`) when it is a
/// sending verb, a subject and the participle closing it, and `tail` holds `Event` (or a word
/// that names an event: `DomainEvent`, `Notification`).
pub(crate) fn sends_event(lex: &Lex<'_>, core: &[Word<'_>], tail: &[Word<'_>]) -> Option<Reading> {
    let [first, .., last] = core else {
        return None;
    };
    let sends = core.len() >= 3
        && SENDING_VERBS.contains(&first.lower.as_str())
        && lex.past(&last.lower).is_some()
        && tail
            .iter()
            .any(|w| w.decoration_kind() == Some(Decoration::Event));
    if !sends {
        return None;
    }
    Some(Reading::Command {
        clause: command(lex, core)?,
        or_event: false,
        actor: 0,
    })
}
