//! Classifying a name ([`classify`], [`classify_with`]): the grammar's reading of its words,
//! explained and weighed against the kind words that close it (`…Event`, `…Command`).

use std::fmt::Write as _;

use super::result::{Analysis, OCCURRENCE, Problem, Suggestions};
use super::suggest::{full_lemma, join, noun_suggestions, suggestions_from};
use crate::Verdict;
use crate::grammar::{self, CueKind, EventForm, Reading};
use crate::lexicon::{self, Lex};
use crate::vocabulary::Vocabulary;
use crate::word_classes::INTERROGATIVES;
use crate::words::{self, Decoration, Word, pascal};

/// Classifies `name` with the built-in lexicon. Never panics.
///
/// ```
/// use factum_naming::{Verdict, classify};
/// assert_eq!(classify("MoneyWithdrawn").verdict, Verdict::Event);
/// assert_eq!(classify("WithdrawMoney").verdict, Verdict::Command);
/// assert_eq!(classify("OrderInfo").verdict, Verdict::Unknown);
/// ```
#[must_use]
pub fn classify(name: &str) -> Analysis {
    static EMPTY: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    classify_with(name, EMPTY.get_or_init(Vocabulary::default))
}

fn quoted(words: &[Word<'_>], indices: &[usize]) -> String {
    indices
        .iter()
        .filter_map(|&i| words.get(i).map(|w| w.text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Classifies `name` with the built-in lexicon extended by `vocab`. Never panics.
///
/// ```
/// use factum_naming::{Verdict, Vocabulary, classify, classify_with};
/// let vocab = Vocabulary::parse("verb frobnicate")?;
/// assert_eq!(classify("FrobnicateWidget").verdict, Verdict::Unknown);
/// assert_eq!(classify_with("FrobnicateWidget", &vocab).verdict, Verdict::Command);
/// # Ok::<(), factum_naming::VocabularyError>(())
/// ```
#[must_use]
#[allow(clippy::too_many_lines)]
pub fn classify_with(name: &str, vocab: &Vocabulary) -> Analysis {
    let lex = Lex { vocab };
    let all = words::split(name);
    let core = words::core_len(&all);
    let words = &all[..core];
    let reading = grammar::read(&lex, words);
    let text = |i: usize| words.get(i).map_or("", |w| w.text).to_owned();
    let mut alternative = None;
    // A reading a kind suffix overrides: a participle before a noun (`ForgotPasswordCommand`),
    // a subject and a verb (`SchemaCreateCommand`), or one word before the suffix, which then names the message (`CreateEvent`: a create
    // event; `StagedCommand`: a staged command).
    // So is a command whose verb is as much a noun (`RoomNameEvent`: a room-name event).
    let noun_first = matches!(
        &reading,
        Reading::Command { clause, .. } if clause.verb.noun_leaning() && clause.particle.is_none()
    );
    // `Do` first may be a question or an imperative (`DoStuffCommand`).
    let do_first = matches!(reading, Reading::Query { cue: 0, .. })
        && words.first().is_some_and(|w| w.lower == "do");
    // A question verb first is an imperative too (`GetWorkflowCommand`: get the workflow);
    // a command suffix makes it the command it says it is.
    let question_verb_first = matches!(
        reading,
        Reading::Query {
            cue: 0,
            verb: Some(_),
            ..
        }
    ) && words
        .first()
        .is_some_and(|w| !INTERROGATIVES.contains(&w.lower.as_str()));
    // A past equal to its base closing the name after its subject is as much a noun compound
    // (`PasswordResetCommand`: a password-reset command; `PriceCutEvent`).
    let base_past_last = matches!(
        &reading,
        Reading::Event { participle, aux, form: EventForm::Closing, .. }
            if *participle + 1 == words.len()
                && aux.is_empty()
                && lex.base_equals_past(&words[*participle].lower)
    );
    let weak = noun_first
        || base_past_last
        || do_first
        || matches!(
            reading,
            Reading::Adjectival { .. }
                | Reading::Happening { .. }
                | Reading::State { .. }
                | Reading::Occurrence { .. }
        )
        || (words.len() == 1
            && matches!(
                reading,
                Reading::Event { .. }
                    | Reading::Command { .. }
                    | Reading::LoneNoun { .. }
                    | Reading::NoVerb
            ));
    let cue_label = match &reading {
        Reading::Event {
            form: EventForm::WithObject,
            ..
        } => "simple past",
        Reading::Event {
            form: EventForm::Did,
            ..
        } => "auxiliary",
        Reading::Event { .. } | Reading::Adjectival { .. } => "past participle",
        Reading::State { .. } => "state",
        Reading::Happening { .. } => "verb",
        Reading::Occurrence { .. } => OCCURRENCE,
        Reading::Command { .. } => "imperative",
        Reading::NounPhrase { .. } => "noun",
        Reading::Query { .. }
        | Reading::Cue { .. }
        | Reading::LoneNoun { .. }
        | Reading::NoVerb => "",
    };
    let (verdict, problem, explanation, verb, cue, mut suggestions) = match &reading {
        Reading::Event {
            clause,
            participle,
            aux,
            form,
        } => {
            let subject = clause.object.join(" ");
            let lemma = clause.verb.lemma();
            let mut e = match form {
                EventForm::Alone => format!(
                    "past participle \"{}\" (of \"{lemma}\") alone, its subject implied",
                    text(*participle)
                ),
                EventForm::Did => format!(
                    "subject \"{subject}\" + \"{}\" + verb \"{}\"",
                    quoted(words, aux),
                    text(*participle)
                ),
                EventForm::WithObject => format!(
                    "subject \"{}\" + simple past \"{}\" (of \"{lemma}\")",
                    quoted(words, &(0..*participle).collect::<Vec<_>>()),
                    text(*participle)
                ),
                EventForm::Closing if aux.is_empty() => format!(
                    "subject \"{subject}\" + past participle \"{}\" (of \"{lemma}\")",
                    text(*participle)
                ),
                EventForm::Closing => format!(
                    "subject \"{subject}\" + auxiliary \"{}\" + past participle \"{}\" (of \"{lemma}\")",
                    quoted(words, aux),
                    text(*participle)
                ),
            };
            if let Some(p) = &clause.particle {
                let _ = write!(e, " + particle \"{}\"", pascal(p));
            }
            if !clause.complement.is_empty() {
                let what = if *form == EventForm::WithObject {
                    "rest"
                } else {
                    "complement"
                };
                let _ = write!(e, " + {what} \"{}\"", clause.complement.join(" "));
            }
            e.push_str(": a fact in the past tense");
            let s = match form {
                EventForm::WithObject | EventForm::Did => Suggestions {
                    // `ShopperPlacedBasket` → `ShopperPlaceBasket` would not read well: the
                    // command form names the verb and what follows it.
                    command: Some(format!(
                        "{}{}",
                        pascal(&clause.verb.lemma()),
                        join(&clause.complement)
                    )),
                    ..Suggestions::default()
                },
                _ => suggestions_from(&lex, clause),
            };
            (
                Verdict::Event,
                Problem::Reads(Verdict::Event),
                e,
                Some(full_lemma(clause)),
                Some(text(*participle)),
                s,
            )
        }
        Reading::Happening { verb } => {
            let subject = words.len().saturating_sub(1);
            (
                Verdict::Event,
                Problem::Reads(Verdict::Event),
                format!(
                    "subject \"{}\" + verb \"{}\": a happening, named as UI and infrastructure events are",
                    quoted(words, &(0..subject).collect::<Vec<_>>()),
                    text(subject)
                ),
                Some(verb.lemma()),
                Some(text(subject)),
                Suggestions {
                    command: Some(format!(
                        "{}{}",
                        pascal(&verb.lemma()),
                        words[..subject]
                            .iter()
                            .map(|w| pascal(w.text))
                            .collect::<String>()
                    )),
                    ..Suggestions::default()
                },
            )
        }
        Reading::Occurrence { head } => (
            Verdict::Event,
            Problem::Reads(Verdict::Event),
            format!(
                "no verb, but \"{}\" names an occurrence (WordNet files it under noun.event): a happening",
                text(*head)
            ),
            None,
            Some(text(*head)),
            // Asked for rather than reported, an occurrence is emitted: `EmitHeartbeat`.
            // `emit` takes any occurrence as object, and WordNet knows it only as a verb, so
            // it never reads as a subject (`RecordRuleChange` would be a happening).
            Suggestions {
                command: Some(format!(
                    "Emit{}",
                    words.iter().map(|w| pascal(w.text)).collect::<String>()
                )),
                ..Suggestions::default()
            },
        ),
        Reading::State { subject, state } => (
            Verdict::Event,
            Problem::Reads(Verdict::Event),
            format!(
                "subject \"{}\" + state \"{}\": a state reached, a fact",
                subject.join(" "),
                text(*state)
            ),
            None,
            Some(text(*state)),
            Suggestions {
                query: Some(format!("Is{}", join(subject))),
                ..Suggestions::default()
            },
        ),
        Reading::Command { clause, or_event } => {
            let mut e = format!(
                "imperative \"{}\" (verb \"{}\")",
                text(0),
                clause.verb.lemma()
            );
            if let Some(p) = &clause.particle {
                let _ = write!(e, " + particle \"{}\"", pascal(p));
            }
            if !clause.object.is_empty() {
                let _ = write!(e, " + object \"{}\"", clause.object.join(" "));
            }
            if !clause.complement.is_empty() {
                let _ = write!(e, " + complement \"{}\"", clause.complement.join(" "));
            }
            e.push_str(": a request");
            if *or_event {
                let last = words.last().map_or("", |w| w.text);
                let _ = write!(
                    e,
                    " (or a fact: \"{last}\" is also its own past participle)"
                );
                alternative = Some(Verdict::Event);
            }
            let s = suggestions_from(&lex, clause);
            (
                Verdict::Command,
                Problem::Reads(Verdict::Command),
                e,
                Some(full_lemma(clause)),
                Some(text(0)),
                s,
            )
        }
        Reading::Query { cue, verb, object } => {
            let e = if *cue == 0 {
                format!("question word \"{}\" first: a question", text(*cue))
            } else {
                format!("\"{}\" last: a question", text(*cue))
            };
            let object_name = join(object);
            let fact = verb.as_ref().filter(|_| !object_name.is_empty()).map(|v| {
                let participle = if v.base == "get" {
                    "Retrieved".to_owned()
                } else {
                    lex.participle_pascal(v)
                };
                format!("{object_name}{participle}")
            });
            (
                Verdict::Query,
                Problem::Reads(Verdict::Query),
                e,
                verb.as_ref().map(lexicon::Verb::lemma),
                Some(text(*cue)),
                Suggestions {
                    event: fact,
                    command: None,
                    query: None,
                },
            )
        }
        Reading::Cue { cue, kind, clause } => {
            let word = quoted(words, cue);
            let what = match kind {
                CueKind::Modal => "modal",
                CueKind::Request => "request",
                CueKind::State => "state",
            };
            let e = format!(
                "{what} \"{word}\": says what should happen or how things are, not a fact or a request in the imperative"
            );
            let s = clause.as_ref().map_or_else(
                || noun_suggestions(&lex, &words[..1], false),
                |c| suggestions_from(&lex, c),
            );
            (
                Verdict::Unknown,
                Problem::Cue(*kind),
                e,
                clause.as_ref().map(full_lemma),
                Some(word),
                s,
            )
        }
        Reading::LoneNoun { verb } => (
            Verdict::Unknown,
            Problem::LoneVerb,
            format!(
                "\"{}\" alone reads as a noun (WordNet's tagged corpus uses \"{}\" at least as often as a noun as as a verb)",
                text(0),
                verb.base
            ),
            None,
            None,
            // `place` alone: its participle is the fact (`Placed`), not `PlaceCreated`.
            Suggestions {
                event: Some(lex.participle_pascal(verb)),
                ..noun_suggestions(&lex, words, false)
            },
        ),
        Reading::NounPhrase { head, or_command } => {
            let mut e = format!(
                "noun phrase headed by \"{}\": describes data, with no verb",
                text(*head)
            );
            let s = match or_command {
                Some(clause) => {
                    let _ = write!(e, " (or an imperative of \"{}\")", clause.verb.lemma());
                    alternative = Some(Verdict::Command);
                    // The fact is about the data (`OrderStatusChanged`), never the noun read
                    // as a verb (`StatusOrdered`).
                    Suggestions {
                        event: noun_suggestions(&lex, words, true).event,
                        ..suggestions_from(&lex, clause)
                    }
                }
                None => noun_suggestions(&lex, words, true),
            };
            (
                Verdict::Unknown,
                Problem::NounPhrase,
                e,
                None,
                Some(text(*head)),
                s,
            )
        }
        Reading::Adjectival { clause } => (
            Verdict::Event,
            Problem::Reads(Verdict::Event),
            format!(
                "past participle \"{}\" (of \"{}\") before its subject \"{}\": a fact (`AddedAsset` = asset added)",
                text(0),
                clause.verb.lemma(),
                clause.object.join(" ")
            ),
            Some(full_lemma(clause)),
            Some(text(0)),
            suggestions_from(&lex, clause),
        ),
        Reading::NoVerb => (
            Verdict::Unknown,
            Problem::NoVerb,
            if words.is_empty() {
                "no words".to_owned()
            } else {
                "no verb: no past participle closes the name and no verb starts it".to_owned()
            },
            None,
            None,
            if words.is_empty() {
                Suggestions::default()
            } else {
                noun_suggestions(&lex, words, false)
            },
        ),
    };
    // Decoration: keep versions and decorations of the target kind.
    let tail = &all[core..];
    let decorate = |s: Option<String>, kind: Decoration| {
        s.map(|mut s| {
            for w in tail {
                let k = words::decoration_kind(&w.text.to_lowercase());
                if k == Some(kind) || k == Some(Decoration::Version) {
                    s.push_str(w.text);
                }
            }
            s
        })
    };
    suggestions.event = decorate(suggestions.event, Decoration::Event);
    suggestions.command = decorate(suggestions.command, Decoration::Command);
    suggestions.query = decorate(suggestions.query, Decoration::Query);
    // A suffix is evidence: between two readings, `…Event` or `…Command` decides.
    let (mut verdict, mut problem, mut explanation, mut cue) = (verdict, problem, explanation, cue);
    let mut cue_label = cue_label;
    let evidence = tail
        .iter()
        .filter_map(|w| words::decoration_kind(&w.text.to_lowercase()))
        .find_map(|k| match k {
            Decoration::Event => Some(Verdict::Event),
            Decoration::Command => Some(Verdict::Command),
            Decoration::Query => Some(Verdict::Query),
            _ => None,
        });
    // A name with no verb that gives a reading (`SchemaCreateCommand`, `DeviceEvent`) is what
    // its suffix says; a wish or a request (`OrderShouldShipEvent`) stays what it is.
    let overridden = (verdict == Verdict::Unknown
        && matches!(
            problem,
            Problem::NoVerb | Problem::NounPhrase | Problem::LoneVerb
        ))
        || weak
        || (question_verb_first && evidence == Some(Verdict::Command));
    // The kind word that closes the name (versions aside) names the message about the action
    // or fact before it: `CreateUserQueryCmd` is a command making a user query.
    let closing = tail
        .iter()
        .rev()
        .filter_map(|w| words::decoration_kind(&w.text.to_lowercase()))
        .find_map(|k| match k {
            Decoration::Event => Some(Verdict::Event),
            Decoration::Command => Some(Verdict::Command),
            Decoration::Query => Some(Verdict::Query),
            _ => None,
        });
    // An imperative with its object before `…Event` names the event of doing it
    // (`SwitchUserEvent`, `ConfigureOptionsEvent`, `BanCreateEvent`, and with a question verb,
    // which is an imperative too, `CheckPassportEvent`), as one word before it does
    // (`CreateEvent`).
    let event_of_command = !overridden
        && closing == Some(Verdict::Event)
        && ((verdict == Verdict::Command && matches!(reading, Reading::Command { .. }))
            || question_verb_first);
    // So `…Query` names the query of doing it (`DiscoverChannelsQuery`, `ReadModelByIdQuery`).
    let query_of_command = !overridden
        && closing == Some(Verdict::Query)
        && verdict == Verdict::Command
        && matches!(reading, Reading::Command { .. });
    // A fact before `…Command` names the command that acts on it (`MessageEventReceivedCmd`,
    // `SubscriberJobBoundCommand`), unless the word follows a preposition and is no suffix
    // (`CartClearedForCommand`).
    let command_of_event = !overridden
        && verdict == Verdict::Event
        && closing == Some(Verdict::Command)
        && matches!(reading, Reading::Event { .. } | Reading::Adjectival { .. })
        && words
            .last()
            .is_some_and(|w| !crate::word_classes::is_preposition(&w.lower));
    if (overridden || event_of_command || command_of_event || query_of_command)
        && let Some(kind) = evidence
        && kind != verdict
    {
        let suffix = tail.last().map_or("", |w| w.text);
        let why = if event_of_command {
            "the event of doing it"
        } else if query_of_command {
            "the query of doing it"
        } else if command_of_event {
            "the command that acts on it"
        } else {
            "the kind"
        };
        let _ = write!(
            explanation,
            "; the suffix \"{suffix}\" names {why} ({kind})"
        );
        verdict = kind;
        problem = Problem::Reads(kind);
        alternative = None;
        cue = Some(suffix.to_owned());
        cue_label = "suffix";
    }
    if let Some(other) = alternative {
        if evidence == Some(other) {
            alternative = None;
            verdict = other;
            problem = Problem::Reads(other);
        } else if evidence == Some(verdict) {
            alternative = None;
        }
    }
    for kind in [Some(verdict), alternative].into_iter().flatten() {
        match kind {
            Verdict::Event => suggestions.event = Some(name.to_owned()),
            Verdict::Command => suggestions.command = Some(name.to_owned()),
            Verdict::Query => suggestions.query = Some(name.to_owned()),
            Verdict::Unknown => {}
        }
    }
    Analysis {
        verdict,
        explanation,
        words: all.iter().map(|w| w.text.to_owned()).collect(),
        decoration: tail.iter().map(|w| w.text.to_owned()).collect(),
        verb,
        cue,
        suggestions,
        alternative,
        name: name.to_owned(),
        problem,
        cue_label,
    }
}
