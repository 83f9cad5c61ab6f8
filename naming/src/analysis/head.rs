//! A kind word heading the name (`EventWithArray`: an event with an array): the head of a noun
//! phrase comes before the prepositional phrase that modifies it, so the name says what it is
//! as a kind suffix does (`ArrayEvent`).

use crate::Verdict;
use crate::word_classes::is_preposition;
use crate::words::Word;

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
