//! Describing a reading: the verdict, explanation, verb, cue and suggested names the grammar's
//! reading of a name's words gives, before the kind words that close the name weigh in.
//!
//! One file per family of readings: `event` (a fact a verb's past form reports), `happening` (a
//! happening named without one, an occurrence, a lifecycle hook), `state` (a state reached),
//! `request` (an imperative, or an operation named object first), `query` (a question), and
//! `unknown` (the readings that give no kind: a cue, a noun, no verb). Each says what its
//! reading gives as a [`said::Said`], with the helpers of `said`; dependencies run one way, from
//! [`describe`] to the families to `said`.

mod event;
mod happening;
mod query;
mod request;
mod said;
mod state;
mod unknown;

use super::result::{HAPPENING, HOOK, OCCURRENCE, PARTICIPLE, PROGRESSIVE, SIMPLE_PAST, STATE};
use crate::grammar::{EventForm, Reading};
use crate::lexicon::Lex;
use crate::words::Word;
use event::{an_adjectival_participle, an_event};
use happening::{a_happening, a_hook, an_occurrence};
use query::a_question;
use request::{a_command, an_operation};
pub(super) use said::Said;
use state::a_state;
use unknown::{a_cue, a_lone_noun, a_noun_phrase, no_verb};

/// What a reading says about a name, before the kind words closing it weigh in: what its
/// family of readings says, and the label of its cue.
pub(super) struct Described {
    /// The verdict, explanation, verb, cue, suggestions and alternative (the fields of
    /// [`Analysis`](super::Analysis) of the same names).
    pub said: Said,
    pub cue_label: &'static str,
    /// Whether the suggestions were made from nouns, the reading having found no verb
    /// (`CustomerCreated`, `CreateCustomer`).
    pub nouns_only: bool,
}

/// Describes `reading`, the grammar's reading of `words` (decoration already stripped).
pub(super) fn describe(lex: &Lex<'_>, words: &[Word<'_>], reading: &Reading) -> Described {
    let cue_label = match reading {
        Reading::Event {
            form: EventForm::WithObject,
            ..
        } => SIMPLE_PAST,
        Reading::Event {
            form: EventForm::Did,
            ..
        } => "auxiliary",
        Reading::Event {
            form: EventForm::Progressive,
            ..
        } => PROGRESSIVE,
        Reading::Event { .. } | Reading::Adjectival { .. } => PARTICIPLE,
        Reading::State { .. } => STATE,
        Reading::Happening {
            operation: None, ..
        } => HAPPENING,
        Reading::Hook { .. } => HOOK,
        Reading::Occurrence { .. } => OCCURRENCE,
        // The operation named object first is an imperative too.
        Reading::Command { .. } | Reading::Happening { .. } => "imperative",
        Reading::NounPhrase { .. } => "noun",
        Reading::Query { .. }
        | Reading::Cue { .. }
        | Reading::LoneNoun { .. }
        | Reading::NoVerb => "",
    };
    let said = match reading {
        Reading::Event {
            clause,
            participle,
            aux,
            form,
        } => an_event(lex, words, clause, *participle, aux, *form),
        Reading::Happening {
            verb,
            operation: Some(at),
        } => an_operation(lex, words, verb, *at),
        Reading::Happening { verb, .. } => a_happening(words, verb),
        Reading::Occurrence { head } => an_occurrence(lex, words, *head),
        Reading::Hook { edge } => a_hook(lex, words, *edge),
        Reading::State {
            subject,
            state,
            or_command,
        } => a_state(lex, words, subject, *state, *or_command),
        Reading::Command {
            clause,
            or_event,
            actor,
        } => a_command(lex, words, clause, *or_event, *actor),
        Reading::Query { cue, verb, object } => a_question(lex, words, *cue, verb.as_ref(), object),
        Reading::Cue { cue, kind, clause } => a_cue(lex, words, cue, *kind, clause.as_ref()),
        Reading::LoneNoun { verb } => a_lone_noun(lex, words, verb),
        Reading::NounPhrase { head, or_command } => {
            a_noun_phrase(lex, words, *head, or_command.as_ref())
        }
        Reading::Adjectival { clause } => an_adjectival_participle(lex, words, clause),
        Reading::NoVerb => no_verb(lex, words),
    };
    Described {
        said,
        cue_label,
        nouns_only: matches!(
            reading,
            Reading::NoVerb | Reading::LoneNoun { .. } | Reading::Cue { clause: None, .. }
        ),
    }
}
