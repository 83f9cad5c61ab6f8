//! Commands named with who asks for them: a person first, then the imperative and its object
//! (`UserChangePassword`, `CustomerPlaceOrder`, `AdminBanUser`).

use super::command::command;
use super::reading::Clause;
use crate::lexicon::Lex;
use crate::word_classes::{HEAD_NOUNS, MESSAGE_HEADS, OBJECT_HEADS, is_agent_noun};
use crate::words::Word;

/// `person verb object…`: a first word that names a person (WordNet's `noun.person`, and not a
/// verb used as much), a second word that is a verb in its base form used mostly or often as a
/// verb (`change`, `approve`, `place`), and an object after it. Not when the last word heads a
/// noun phrase or names a message or a person doing something (`UserAccountStatus`,
/// `CustomerSupportRequest`, `UserOrderProcessor`), nor when it names an occurrence after a
/// verb that is a noun too (`UserNameChange`, `HostConnectTimeout`: the change of a name).
/// The clause of the command without the person.
pub(super) fn actor_command(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Clause> {
    let [first, second, .., last] = words else {
        return None;
    };
    let verb = lex.base(&second.lower)?;
    let head = last.lower.as_str();
    // Cheap tests first; the person table, a text search, last.
    if !(verb.mostly_verb() || verb.often_verb())
        || HEAD_NOUNS.contains(&head)
        || OBJECT_HEADS.contains(&head)
        || MESSAGE_HEADS.contains(&head)
        || lex.base(&first.lower).is_some_and(|v| v.verb_leaning())
        || is_agent_noun(lex, head)
        || (verb.is_noun() && Lex::event_noun(head))
        || !Lex::person_noun(&first.lower)
    {
        return None;
    }
    command(lex, &words[1..])
}
