//! A kind word heading the name (`EventWithArray`: an event with an array): the head of a noun
//! phrase comes before the prepositional phrase that modifies it, so the name says what it is
//! as a kind suffix does (`ArrayEvent`). So does a kind word alone (`Event`, `Command1`).

use crate::Verdict;
use crate::word_classes::is_preposition;
use crate::words::{Decoration, Word};

/// The kind that `Event`, `Command` or `Query` first, right before a preposition and its
/// object, names (`EventWithoutSerializedModels`, `CommandForTenant`, `QueryByEmail`).
pub(super) fn head_kind(words: &[Word<'_>]) -> Option<Verdict> {
    let [head, preposition, _, ..] = words else {
        return None;
    };
    let kind = match head.lower.as_str() {
        "event" => Verdict::Event,
        "command" => Verdict::Command,
        "query" => Verdict::Query,
        _ => return None,
    };
    is_preposition(&preposition.lower).then_some(kind)
}

/// The kind that a kind word alone names (`Event`, `Command`, and the placeholders of samples
/// and tests: `Event1`, `EventA`), unless a kind word after it names another (`QueryEvent`).
pub(super) fn lone_kind(core: &[Word<'_>], closing: Option<Verdict>) -> Option<Verdict> {
    let [only] = core else {
        return None;
    };
    let kind = match only.decoration_kind()? {
        Decoration::Event => Verdict::Event,
        Decoration::Command => Verdict::Command,
        Decoration::Query => Verdict::Query,
        Decoration::Version | Decoration::Neutral => return None,
    };
    closing.is_none_or(|c| c == kind).then_some(kind)
}
