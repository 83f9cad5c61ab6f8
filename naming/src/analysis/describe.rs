//! Describing a reading: the verdict, explanation, verb, cue and suggested names the grammar's
//! reading of a name's words gives, before the kind words that close the name weigh in.

use std::fmt::Write as _;

use super::result::{
    HAPPENING, HOOK, OCCURRENCE, PARTICIPLE, PROGRESSIVE, Problem, SIMPLE_PAST, STATE, Suggestions,
};
use super::suggest::{full_lemma, join, noun_suggestions, pascal_name, suggestions_from};
use crate::Verdict;
use crate::grammar::{CueKind, EventForm, Reading, modifies_verb, operation, texts};
use crate::lexicon::{self, Lex};
use crate::word_classes::{
    ADVERBS, ANSWER_VERBS, BATCH_WORDS, MOMENT_NOUNS, QUERY_VERBS, STATE_WORDS, WHEN_WORDS,
    is_preposition, manner_adverb, plural,
};
use crate::words::{Word, pascal};

/// Verbs and negations that link a subject to the state after them (`ProductWasOutOfStock`,
/// `SubmissionNotReadyToBeSigned`), named apart from the subject.
const LINKING_AUXILIARIES: &[&str] = &[
    "are", "been", "has", "have", "is", "not", "now", "was", "were",
];

/// What a reading says about a name, before the kind words closing it weigh in (the fields of
/// [`Analysis`](super::Analysis) of the same names).
pub(super) struct Described {
    pub verdict: Verdict,
    pub problem: Problem,
    pub explanation: String,
    pub verb: Option<String>,
    pub cue: Option<String>,
    pub suggestions: Suggestions,
    pub alternative: Option<Verdict>,
    pub cue_label: &'static str,
    /// Whether the suggestions were made from nouns, the reading having found no verb
    /// (`CustomerCreated`, `CreateCustomer`).
    pub nouns_only: bool,
}

fn quoted(words: &[Word<'_>], indices: &[usize]) -> String {
    indices
        .iter()
        .filter_map(|&i| words.get(i).map(|w| w.text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words before a verb at `end`: its subject, and the adverbs that modify the verb named
/// apart (`BookingFullyPaid`: subject "Booking" + adverb "Fully"; `FullyNegotiatedInbound`:
/// adverb "Fully" alone, the subject implied).
fn subject_and_adverbs(lex: &Lex<'_>, words: &[Word<'_>], end: usize) -> String {
    let start = (0..end)
        .rev()
        .take_while(|&i| {
            ADVERBS.contains(&words[i].lower.as_str()) || manner_adverb(lex, &words[i].lower)
        })
        .last()
        .unwrap_or(end);
    let subject = quoted(words, &(0..start).collect::<Vec<_>>());
    let adverbs = quoted(words, &(start..end).collect::<Vec<_>>());
    match (subject.is_empty(), adverbs.is_empty()) {
        (_, true) => format!("subject \"{subject}\""),
        (true, false) => format!("adverb \"{adverbs}\" (its subject implied)"),
        (false, false) => format!("subject \"{subject}\" + adverb \"{adverbs}\""),
    }
}

/// Describes `reading`, the grammar's reading of `words` (decoration already stripped).
#[allow(clippy::too_many_lines)]
pub(super) fn describe(lex: &Lex<'_>, words: &[Word<'_>], reading: &Reading) -> Described {
    let text = |i: usize| words.get(i).map_or("", |w| w.text).to_owned();
    let mut alternative = None;
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
    let (verdict, problem, explanation, verb, cue, suggestions) = match reading {
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
                    "{} + simple past \"{}\" (of \"{lemma}\")",
                    subject_and_adverbs(lex, words, *participle),
                    text(*participle)
                ),
                EventForm::Progressive => {
                    format!("-ing form \"{}\" (of \"{lemma}\")", text(*participle))
                }
                EventForm::Closing if aux.is_empty() => format!(
                    "{} + past participle \"{}\" (of \"{lemma}\")",
                    subject_and_adverbs(lex, words, *participle),
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
                let what = if *form == EventForm::Progressive {
                    "object"
                } else if *form == EventForm::WithObject {
                    "rest"
                } else {
                    "complement"
                };
                let _ = write!(e, " + {what} \"{}\"", clause.complement.join(" "));
            }
            e.push_str(if *form == EventForm::Progressive {
                ": an action in progress, a fact"
            } else {
                ": a fact in the past tense"
            });
            let s = match form {
                EventForm::WithObject | EventForm::Did | EventForm::Progressive => Suggestions {
                    // `ShopperPlacedBasket` → `ShopperPlaceBasket` would not read well: the
                    // command form names the verb and what follows it.
                    command: Some(format!(
                        "{}{}",
                        pascal(&clause.verb.lemma()),
                        join(&clause.complement)
                    )),
                    ..Suggestions::default()
                },
                _ => {
                    let mut s = suggestions_from(lex, clause);
                    // A subject's last word that modifies the participle (`UserHardDeleted`,
                    // `OrderPartiallyRefunded`) comes before the imperative: `HardDeleteUser`.
                    if let [subject @ .., modifier] = clause.object.as_slice()
                        && !subject.is_empty()
                        && modifies_verb(lex, &modifier.to_lowercase(), &clause.verb.base)
                    {
                        let tail = format!(
                            "{}{}",
                            clause.particle.as_deref().map(pascal).unwrap_or_default(),
                            join(&clause.complement)
                        );
                        s.command = Some(format!(
                            "{}{}{}{tail}",
                            pascal(modifier),
                            pascal(&clause.verb.lemma()),
                            join(subject)
                        ));
                    }
                    s
                }
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
        Reading::Happening {
            verb,
            operation: Some(at),
        } => {
            let object: Vec<String> = texts(&words[..*at]);
            (
                Verdict::Command,
                Problem::Reads(Verdict::Command),
                format!(
                    "object \"{}\" + imperative \"{}\": the operation named object first, a request",
                    object.join(" "),
                    text(*at)
                ),
                Some(verb.lemma()),
                Some(text(*at)),
                suggestions_from(
                    lex,
                    &crate::grammar::Clause {
                        object,
                        verb: verb.clone(),
                        particle: None,
                        complement: texts(&words[at + 1..]),
                    },
                ),
            )
        }
        Reading::Happening { verb, .. } => {
            let subject = words.len().saturating_sub(1);
            let the_subject = quoted(words, &(0..subject).collect::<Vec<_>>());
            let e = format!(
                "subject \"{the_subject}\" + verb \"{}\": a happening, named as UI and infrastructure events are",
                text(subject)
            );
            (
                Verdict::Event,
                Problem::Reads(Verdict::Event),
                e,
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
        Reading::Occurrence { head } => {
            let noun = &words[*head].lower;
            let act = Lex::nominalisation(noun);
            let explanation = match act {
                Some(verb) => format!(
                    "no verb, but \"{}\" names the act of \"{verb}\" (WordNet derives the noun from the verb): an occurrence",
                    text(*head)
                ),
                None if MOMENT_NOUNS.contains(&noun.as_str()) => format!(
                    "no verb, but \"{}\" names a moment \"{}\" reaches: a happening",
                    text(*head),
                    quoted(words, &(0..*head).collect::<Vec<_>>())
                ),
                None => format!(
                    "no verb, but \"{}\" names an occurrence (WordNet files it under noun.event): a happening",
                    text(*head)
                ),
            };
            // Reported with a verb, the occurrence is its verb's participle after what it
            // happened to (`PaymentFailure` → `PaymentFailed`, `AddressChange` →
            // `AddressChanged`).
            let verb = act
                .map(str::to_owned)
                .or_else(|| lex.base(noun).map(|v| v.base));
            let event = verb.filter(|_| *head + 1 == words.len()).map(|verb| {
                format!(
                    "{}{}",
                    pascal_name(&words[..*head]),
                    pascal(&lex.participle(&verb))
                )
            });
            (
                Verdict::Event,
                Problem::Reads(Verdict::Event),
                explanation,
                None,
                Some(text(*head)),
                // Asked for rather than reported, an occurrence is emitted: `EmitHeartbeat`.
                // `emit` takes any occurrence as object, and WordNet knows it only as a verb,
                // so it never reads as a subject (`RecordRuleChange` would be a happening).
                Suggestions {
                    event,
                    // A moment that is a verb too is asked for with it (`SessionEnd`:
                    // `EndSession`).
                    command: Some(
                        match lex
                            .base(noun)
                            .filter(|_| MOMENT_NOUNS.contains(&noun.as_str()))
                        {
                            Some(v) => {
                                format!("{}{}", pascal(&v.base), pascal_name(&words[..*head]))
                            }
                            None => format!("Emit{}", pascal_name(words)),
                        },
                    ),
                    query: act.map(|_| format!("Get{}", pascal_name(words))),
                },
            )
        }
        Reading::Hook { edge } => {
            let mut action: Vec<usize> = (0..words.len()).filter(|i| i != edge).collect();
            // An action named as the operation object first (`AfterUserDeleteEvent`) is asked
            // for verb first: `DeleteUser`, not `UserDelete`.
            let action_words: Vec<Word<'_>> = action.iter().map(|&i| words[i].clone()).collect();
            if let Some((_, at)) = operation(lex, &action_words) {
                action[..=at].rotate_right(1);
            }
            (
                Verdict::Event,
                Problem::Reads(Verdict::Event),
                format!(
                    "\"{}\" + action \"{}\": a lifecycle hook, the event fired around the action",
                    text(*edge),
                    quoted(words, &action)
                ),
                None,
                Some(text(*edge)),
                // Asked for rather than hooked, the action is named alone (`LoadOrder`); it is
                // offered only when it passes.
                Suggestions {
                    command: Some(action.iter().map(|&i| pascal(words[i].text)).collect()),
                    ..Suggestions::default()
                },
            )
        }
        Reading::State {
            subject,
            state,
            or_command,
        } => {
            // The state with the words after it (`Ready For Pickup`, `Out Of Stock`); a state
            // alone (`Loading`) has its subject implied, as a participle alone has; the verbs
            // that link the subject to it are named apart (`ProductWasOutOfStock`).
            let phrase = quoted(words, &(*state..words.len()).collect::<Vec<_>>());
            let linked = subject
                .iter()
                .rposition(|w| !LINKING_AUXILIARIES.contains(&w.to_lowercase().as_str()))
                .map_or(0, |i| i + 1);
            let announced = words[*state].lower == "will"
                || (*state + 2 == words.len()
                    && words[*state].lower.ends_with('s')
                    && WHEN_WORDS.contains(&words[*state + 1].lower.as_str()));
            let failed = words[*state].lower == "could";
            // `OrderNeedsReview`, `PaymentIntentRequiresAction`: the subject waits on something.
            let waits = matches!(words[*state].lower.as_str(), "needs" | "requires");
            // `SuccessfulMountVolume`: how an operation ended; asked for, it is the operation.
            let ended = *state == 0
                && matches!(words[0].lower.as_str(), "successful" | "unsuccessful")
                && words
                    .get(1)
                    .is_some_and(|w| lex.imperative(&w.lower).is_some());
            let mut e = if failed {
                let who = if subject.is_empty() {
                    String::new()
                } else {
                    format!("subject \"{}\" + ", subject.join(" "))
                };
                format!("{who}\"{phrase}\": an attempt that failed, a fact")
            } else if announced {
                format!(
                    "subject \"{}\" + \"{phrase}\": announced, about to happen, a fact",
                    subject.join(" ")
                )
            } else if linked == 0 {
                format!("state \"{phrase}\" alone, its subject implied: a state reached, a fact")
            } else if linked < subject.len() {
                format!(
                    "subject \"{}\" + \"{}\" + state \"{phrase}\": a state reached, a fact",
                    subject[..linked].join(" "),
                    subject[linked..].join(" ")
                )
            } else {
                format!(
                    "subject \"{}\" + state \"{phrase}\": a state reached, a fact",
                    subject.join(" ")
                )
            };
            if *or_command {
                let _ = write!(
                    e,
                    " (or the imperative \"{}\" + object \"{}\": a request)",
                    text(0),
                    quoted(words, &(1..words.len()).collect::<Vec<_>>()),
                );
                alternative = Some(Verdict::Command);
            }
            (
                Verdict::Event,
                Problem::Reads(Verdict::Event),
                e,
                None,
                Some(phrase),
                if failed {
                    // Asked for, the attempt is its action: `CouldNotDeliverParcel` →
                    // `DeliverParcel`.
                    Suggestions {
                        command: Some(pascal_name(&words[*state + 2..])),
                        ..Suggestions::default()
                    }
                } else if ended {
                    Suggestions {
                        command: Some(pascal_name(&words[1..])),
                        ..Suggestions::default()
                    }
                } else if waits {
                    // Asked for, what it waits on is done to it (`OrderNeedsReview` →
                    // `ReviewOrder`, `OrderRequiresApproval` → `ApproveOrder`, when a verb or
                    // the noun of one alone follows); asked about, `Does` it need it.
                    let after = &words[*state + 1..];
                    let verb = match after {
                        [only] if lex.imperative(&only.lower).is_some() => Some(pascal(only.text)),
                        [only] => Lex::nominalisation(&only.lower).map(pascal),
                        _ => None,
                    };
                    let need = if words[*state].lower == "needs" {
                        "Need"
                    } else {
                        "Require"
                    };
                    Suggestions {
                        command: verb.map(|v| format!("{v}{}", join(subject))),
                        query: (!subject.is_empty())
                            .then(|| format!("Does{}{need}{}", join(subject), pascal_name(after))),
                        ..Suggestions::default()
                    }
                } else {
                    // Asked about, the state is a yes-or-no question: `FuelLow` → `IsFuelLow`;
                    // asked for, a state that no verb names is marked (`InvoiceOverdue` →
                    // `MarkInvoiceOverdue`, as a wish for it is: `MarkUserActive`); one a verb
                    // names is done (`SubscriptionComplete` → `CompleteSubscription`). The verbs
                    // that link the subject to its state are left out (`ProductWasOutOfStock` →
                    // `IsProductOutOfStock`, `UserIsActive` → `MarkUserActive`); `Not` is kept
                    // with the state it denies (`MarkOrderNotPaid`).
                    let negated = usize::from(words[*state].lower == "not");
                    let w = words.get(*state + negated).map_or("", |w| w.lower.as_str());
                    let marked = !subject.is_empty()
                        && (STATE_WORDS.contains(&w)
                            || (lex.adjective_only(w) && !w.ends_with("ing")));
                    let core = format!(
                        "{}{}",
                        pascal_name(&words[..linked]),
                        pascal_name(&words[*state..])
                    );
                    // A participle alone after its linked subject is the verb's state: asked
                    // for, the verb is done (`AccountIsFrozen` → `FreezeAccount`).
                    let done = (linked > 0 && linked < subject.len() && *state + 1 == words.len())
                        .then(|| lex.past(w))
                        .flatten()
                        .map(|v| format!("{}{}", pascal(&v.base), pascal_name(&words[..linked])));
                    // `ItemsAreOutOfStock` → `AreItemsOutOfStock`.
                    let ask = if subject.iter().any(|w| w.eq_ignore_ascii_case("are")) {
                        "Are"
                    } else {
                        "Is"
                    };
                    Suggestions {
                        command: done.or_else(|| marked.then(|| format!("Mark{core}"))),
                        query: Some(format!("{ask}{core}")),
                        ..Suggestions::default()
                    }
                },
            )
        }
        Reading::Command {
            clause,
            or_event,
            actor,
        } => {
            let at = *actor;
            // A verb written as two words (`ReRun`, `PartiallyRefund`) opens with a word that
            // is no verb itself.
            // So does a word of many at once (`BatchDeleteImage`, `BulkPublish`), a verb of its own.
            let written_apart = (words.len() > at + 2
                && lex.verb_or_joined(&words[at].lower).is_none())
                || (words.len() > at + 1
                    && BATCH_WORDS.contains(&words[at].lower.as_str())
                    && modifies_verb(lex, &words[at].lower, &words[at + 1].lower));
            let verb_words = if written_apart {
                format!("{} {}", text(at), text(at + 1))
            } else {
                text(at)
            };
            let mut e = String::new();
            if at > 0 {
                let _ = write!(e, "person \"{}\" + ", text(0));
            }
            let _ = write!(
                e,
                "imperative \"{verb_words}\" (verb \"{}\")",
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
                let lower = last.to_lowercase();
                // `PlaceBid`: `bid` is its own past participle; `OrderFound`: `found` is
                // also the past of `find`; `LoadAggregate`: `aggregate` is also an adjective.
                if lex.past(&lower).is_none() && lex.adjective(&lower) {
                    let _ = write!(
                        e,
                        " (or a fact: subject \"{}\" + state \"{last}\")",
                        text(0)
                    );
                } else {
                    let whose = if lex.past_is_own_verb(&lower) {
                        "also a past participle"
                    } else {
                        "also its own past participle"
                    };
                    let _ = write!(e, " (or a fact: \"{last}\" is {whose})");
                }
                alternative = Some(Verdict::Event);
            } else if (at > 0 && QUERY_VERBS.contains(&words[at].lower.as_str()))
                || ANSWER_VERBS.contains(&words[at].lower.as_str())
            {
                // Who asks, then a question verb (`AdminGetToken`, `CustomerFindOrders`): the
                // request to act, or the question asked, as the verb alone reads; so is a verb
                // that works out an answer (`CalculateShippingCost`).
                let _ = write!(e, " (or a question: \"{}\" asks)", text(at));
                alternative = Some(Verdict::Query);
            }
            let mut s = suggestions_from(lex, clause);
            // A word that modifies the verb stays before its participle (`HardDeleteUser` →
            // `UserHardDeleted`, `PartiallyRefundOrder` → `OrderPartiallyRefunded`).
            if written_apart
                && clause.verb.base == words[at + 1].lower
                && let Some(event) = &s.event
            {
                let object = join(&clause.object);
                if let Some(rest) = event.strip_prefix(object.as_str()) {
                    s.event = Some(format!("{object}{}{rest}", pascal(words[at].text)));
                }
            }
            // `AddressChange`: a verb as much a noun before a noun of `noun.event` that is a
            // verb too names, as a fact, the change of the address (`AddressChanged`), not the
            // address of a change.
            if let [first, last] = words
                && at == 0
                && clause.verb.is_noun()
                && clause.particle.is_none()
                && let Some(v) = lex.base(&last.lower)
                && Lex::event_noun(&last.lower)
            {
                s.event = Some(format!(
                    "{}{}",
                    pascal(first.text),
                    lex.participle_pascal(&v)
                ));
            }
            // The person who asks stays first (`ClientActivateBusinessEvent`:
            // `ClientActivateBusiness`).
            if at > 0 {
                s.command = s
                    .command
                    .map(|c| format!("{}{c}", pascal_name(&words[..at])));
            }
            (
                Verdict::Command,
                Problem::Reads(Verdict::Command),
                e,
                Some(full_lemma(clause)),
                Some(verb_words),
                s,
            )
        }
        Reading::Query { cue, verb, object } => {
            let mut e = if *cue == 0 {
                format!("question word \"{}\" first: a question", text(*cue))
            } else {
                format!("\"{}\" last: a question", text(*cue))
            };
            // An imperative before what is to exist (`EnsureUserExists`,
            // `EnsureEntityDefinitionExistsCommand`) asks to make it so.
            if *cue > 1
                && lex
                    .imperative(&words[0].lower)
                    .is_some_and(|v| !v.noun_leaning())
            {
                let _ = write!(e, " (or the imperative \"{}\": a request)", text(0));
                alternative = Some(Verdict::Command);
            }
            let object_name = join(object);
            // A fact of a phrase (`FindByEmail`) is no `ByEmailFound`.
            let phrase = object
                .first()
                .is_some_and(|w| is_preposition(&w.to_lowercase()));
            // Things and what they underwent after the question verb are the fact already
            // (`ListOrdersShipped` → `OrdersShipped`, not `OrdersListed`).
            let underwent = *cue == 0
                && (2..words.len())
                    .any(|i| lex.past(&words[i].lower).is_some() && plural(&words[i - 1].lower));
            let fact = verb
                .as_ref()
                .filter(|_| !object_name.is_empty() && !phrase)
                .map(|v| {
                    if underwent {
                        return pascal_name(&words[1..]);
                    }
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
            // The words without the cue and `Be`: `Trial Over`, `User Active`.
            let rest: Vec<&Word<'_>> = words
                .iter()
                .enumerate()
                .filter(|(i, w)| !cue.contains(i) && !matches!(w.lower.as_str(), "be" | "been"))
                .map(|(_, w)| w)
                .collect();
            let particle = rest
                .last()
                .is_some_and(|w| STATE_WORDS.contains(&w.lower.as_str()));
            let adjective = rest.len() > 1
                && clause.is_none()
                && rest.last().is_some_and(|w| lex.adjective(&w.lower));
            let state_word = particle
                && clause
                    .as_ref()
                    .is_some_and(|c| STATE_WORDS.contains(&c.verb.base.as_str()));
            let mut s = match clause {
                // `TrialShouldBeOver`, `UserShouldBeActive`: the state reached is the fact,
                // named without the verbs that link it (`TrialOver`, `UserActive`); `over` is
                // no verb to order, the state is what a request marks (`MarkUserActive`) and a
                // question asks about (`IsUserActive`).
                _ if adjective || state_word => {
                    let state: String = rest.iter().map(|w| pascal(w.text)).collect();
                    Suggestions {
                        command: Some(format!("Mark{state}")),
                        query: Some(format!("Is{state}")),
                        event: Some(state),
                    }
                }
                Some(c) => suggestions_from(lex, c),
                None => noun_suggestions(lex, &words[..1], false),
            };
            // `OrderIsNotPaid` asked: `IsOrderNotPaid`.
            if *kind == CueKind::State
                && let Some(&at) = cue.first()
                && matches!(words[at].lower.as_str(), "is" | "are")
            {
                s.query = Some(
                    std::iter::once(at)
                        .chain((0..words.len()).filter(|&i| i != at))
                        .map(|i| pascal(words[i].text))
                        .collect(),
                );
            }
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
                ..noun_suggestions(lex, words, false)
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
                        event: noun_suggestions(lex, words, true).event,
                        ..suggestions_from(lex, clause)
                    }
                }
                None => noun_suggestions(lex, words, true),
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
            if clause.object.is_empty() {
                // No subject after it (`CheckedIn`, `FailedToReadMessage`): it is implied.
                format!(
                    "past participle \"{}\" (of \"{}\") + \"{}\", its subject implied: a fact",
                    text(0),
                    clause.verb.lemma(),
                    quoted(words, &(1..words.len()).collect::<Vec<_>>())
                )
            } else {
                format!(
                    "past participle \"{}\" (of \"{}\") before its subject \"{}\": a fact (`AddedAsset` = asset added)",
                    text(0),
                    clause.verb.lemma(),
                    clause.object.join(" ")
                )
            },
            Some(full_lemma(clause)),
            Some(text(0)),
            suggestions_from(lex, clause),
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
                noun_suggestions(lex, words, false)
            },
        ),
    };
    Described {
        verdict,
        problem,
        explanation,
        verb,
        cue,
        suggestions,
        alternative,
        cue_label,
        nouns_only: matches!(
            reading,
            Reading::NoVerb | Reading::LoneNoun { .. } | Reading::Cue { clause: None, .. }
        ),
    }
}
