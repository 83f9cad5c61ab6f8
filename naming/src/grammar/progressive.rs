//! The action in progress: an `-ing` form first, then its object (`RetrievingKey`,
//! `ForgettingKey`), as frameworks name the event dispatched while an action runs.
//!
//! Only an `-ing` form WordNet does not know as a noun: `shipping`, `greeting` and `billing`
//! are nouns, and before a noun they modify it (`ShippingAddress`, `GreetingRequest` are no
//! events). Nor an adjective (`PendingOrder`, `IncomingCall`).

use super::phrase::texts;
use super::reading::{Clause, EventForm, Reading};
use super::state::progressive_verb;
use crate::lexicon::Lex;
use crate::word_classes::is_preposition;
use crate::words::Word;

/// The event reading of `-ing form + object`, if the name reads so.
pub(super) fn in_progress(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Reading> {
    let [first, object @ ..] = words else {
        return None;
    };
    let w = first.lower.as_str();
    // Cheap tests first: most names have no `-ing` word first.
    if object.is_empty()
        || !w.ends_with("ing")
        || Lex::ing_noun(w)
        || lex.adjective(w)
        || lex.base(w).is_some()
        || is_preposition(&object[0].lower)
    {
        return None;
    }
    let verb = progressive_verb(lex, w)?;
    Some(Reading::Event {
        clause: Clause {
            object: Vec::new(),
            verb,
            particle: None,
            complement: texts(object),
        },
        participle: 0,
        aux: Vec::new(),
        form: EventForm::Progressive,
    })
}
