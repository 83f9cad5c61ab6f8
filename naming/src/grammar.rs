//! The grammar: which reading a sequence of words supports.
//!
//! Depends on the lexicon (`lexicon.rs`), the closed word classes (`word_classes.rs`) and the
//! word list (`words.rs`); nothing depends back.

use crate::lexicon::{Lex, Verb};
use crate::word_classes::{
    AUXILIARIES, COMPLEMENT_VERBS, HEAD_NOUNS, INTERROGATIVES, OBJECT_HEADS, QUERY_VERBS,
    STATE_WORDS, is_adverb, is_agent_noun, is_particle, is_preposition, subjectish,
};
use crate::words::Word;

/// The kind of word that makes a name a wish, request or state rather than a fact or an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// `Should`, `Must`, `Will`…
    Modal,
    /// `Please`, `Needs`, `To Be`…
    Request,
    /// `Is`, `Are` in the middle of a name.
    State,
}

/// The parts of a clause, used to build suggestions: `object + verb + particle + complement`.
#[derive(Debug, Clone)]
pub(crate) struct Clause {
    /// Subject of an event / object of a command, as written.
    pub object: Vec<String>,
    /// The verb.
    pub verb: Verb,
    /// A separate particle word (`In` of `LogIn`), lowercase.
    pub particle: Option<String>,
    /// Complement words as written (`To`, `Wishlist`; `Successfully`).
    pub complement: Vec<String>,
}

/// How an event name says what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EventForm {
    /// A participle closes the name (`OrderPlaced`, `ItemMovedToWishlist`).
    Closing,
    /// A simple past with its object (`ShopperPlacedBasket`, `QueueGrewTooLong`).
    WithObject,
    /// `Did` and a base verb (`TokenDidExpire`).
    Did,
    /// A participle alone (`Renewed`): the subject is implied (an enum variant, a module).
    Alone,
}

/// How a name reads.
#[derive(Debug, Clone)]
pub(crate) enum Reading {
    /// `subject [aux] participle [complement]` and the other event forms.
    Event {
        clause: Clause,
        participle: usize,
        aux: Vec<usize>,
        form: EventForm,
    },
    /// `subject state [complement]`: a state reached (`FuelLow`, `ParcelReadyForPickup`).
    State { subject: Vec<String>, state: usize },
    /// `subject verb`: a happening named as UI and infrastructure code do (`PointerMove`).
    Happening { verb: Verb },
    /// `verb [particle] rest`. `or_event`: the name reads as an event too (`PlaceBid`: the
    /// last word's participle is its base form and the first word is as much a noun).
    Command { clause: Clause, or_event: bool },
    /// A question word first (or `Exists` last).
    Query {
        cue: usize,
        verb: Option<Verb>,
        object: Vec<String>,
    },
    /// A modal, request or state word.
    Cue {
        cue: Vec<usize>,
        kind: CueKind,
        clause: Option<Clause>,
    },
    /// A lone word that is mostly a noun (`Order`).
    LoneNoun { verb: Verb },
    /// A noun phrase (`OrderInfo`, `OrderStatus`). `or_command`: it reads as a command too
    /// (`CartItem`, `OrderById` could be imperatives of `cart`, `order`).
    NounPhrase {
        head: usize,
        or_command: Option<Clause>,
    },
    /// A participle used as an adjective before a noun (`FailedPayment`).
    Adjectival { clause: Clause },
    /// No verb, but the last word is a noun that names an occurrence (`Heartbeat`,
    /// `TextEditChange`): a happening named by its noun.
    Occurrence { head: usize },
    /// No verb in a position that makes a reading.
    NoVerb,
}

fn texts(words: &[Word<'_>]) -> Vec<String> {
    words.iter().map(|w| w.text.to_owned()).collect()
}

/// Splits `rest` at its first preposition into (object, complement).
fn object_and_complement(rest: &[Word<'_>]) -> (Vec<String>, Vec<String>) {
    let at = rest
        .iter()
        .position(|w| is_preposition(&w.lower))
        .unwrap_or(rest.len());
    (texts(&rest[..at]), texts(&rest[at..]))
}

/// Whether `rest` is a valid complement: particles/adverbs, then optionally a preposition with
/// at least one word after it. Returns `Some(has_prepositional_phrase)`.
fn complement(rest: &[Word<'_>]) -> Option<bool> {
    for (i, w) in rest.iter().enumerate() {
        // `On Hold` after `OrderPut`: a word that is both a particle and a preposition
        // starts a prepositional phrase when words follow it.
        if is_preposition(&w.lower) && i + 1 < rest.len() {
            return Some(true);
        }
        if !(is_particle(&w.lower) || is_adverb(&w.lower)) {
            return None;
        }
    }
    Some(false)
}

/// An event reading: the clause, the participle's index, the auxiliaries, whether the
/// participle is followed by a prepositional phrase after a subject of several words
/// (`OrdersPlacedByUser`: maybe a relative clause), and the form.
pub(crate) struct EventMatch {
    pub clause: Clause,
    pub participle: usize,
    pub aux: Vec<usize>,
    pub relative: bool,
    pub form: EventForm,
}

/// `TokenDidExpire`, `PaymentDidNotSucceed`.
fn did_event(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<EventMatch> {
    let d = (1..words.len()).find(|&i| words[i].lower == "did")?;
    let mut v = d + 1;
    while v < words.len() && matches!(words[v].lower.as_str(), "not" | "never") {
        v += 1;
    }
    let verb = lex.base(&words.get(v)?.lower)?;
    let (object, complement) = object_and_complement(&words[v + 1..]);
    let mut subject = texts(&words[..d]);
    subject.extend(object);
    Some(EventMatch {
        clause: Clause {
            object: subject,
            verb,
            particle: None,
            complement,
        },
        participle: v,
        aux: (d..v).collect(),
        relative: false,
        form: EventForm::Did,
    })
}

/// The event reading of `words`, if any.
pub(crate) fn event(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<EventMatch> {
    if let Some(m) = did_event(lex, words) {
        return Some(m);
    }
    if let [only] = words
        && let Some(verb) = lex.past(&only.lower)
    {
        return Some(EventMatch {
            clause: Clause {
                object: Vec::new(),
                verb,
                particle: None,
                complement: Vec::new(),
            },
            participle: 0,
            aux: Vec::new(),
            relative: false,
            form: EventForm::Alone,
        });
    }
    for p in 1..words.len() {
        if is_preposition(&words[p - 1].lower) {
            continue;
        }
        // An auxiliary is no participle, unless it closes the name (`OrderDetailGot`).
        if AUXILIARIES.contains(&words[p].lower.as_str()) && p + 1 < words.len() {
            continue;
        }
        let Some(verb) = lex.past(&words[p].lower) else {
            continue;
        };
        let mut s = p;
        while s > 0 && AUXILIARIES.contains(&words[s - 1].lower.as_str()) {
            s -= 1;
        }
        // `WasCreated`: the passive with its subject implied, as a participle alone.
        let implied = s == 0 && matches!(words[0].lower.as_str(), "was" | "were");
        if s == 0 && !implied {
            continue;
        }
        let rest = &words[p + 1..];
        if let Some(has_pp) = complement(rest) {
            let particle = words
                .get(p + 1)
                .filter(|w| is_particle(&w.lower) && verb.particle.is_none())
                .map(|w| w.lower.clone());
            let after = p + 1 + usize::from(particle.is_some());
            return Some(EventMatch {
                clause: Clause {
                    object: texts(&words[..s]),
                    verb,
                    particle,
                    complement: texts(&words[after..]),
                },
                participle: p,
                aux: (s..p).collect(),
                relative: has_pp && s >= 2,
                form: if implied {
                    EventForm::Alone
                } else {
                    EventForm::Closing
                },
            });
        }
        // A simple past with its object: `ShopperPlacedBasket`, `SensorWentSilent`. Not when
        // the first word is mostly a verb (`RetryFailedPayment`: an adjective before a noun),
        // nor for a past that is also the base (`PasswordResetLink` is a noun phrase).
        if s == p && subjectish(lex, &words[0].lower) && !lex.base_equals_past(&words[p].lower) {
            let (object, complement) = object_and_complement(rest);
            return Some(EventMatch {
                clause: Clause {
                    object: texts(&words[..p]),
                    verb,
                    particle: None,
                    complement: object.into_iter().chain(complement).collect(),
                },
                participle: p,
                aux: Vec::new(),
                relative: false,
                form: EventForm::WithObject,
            });
        }
    }
    None
}

/// The command reading (verb first) of `words`, ignoring noun-phrase considerations.
fn command(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Clause> {
    let first = words.first()?;
    let verb = lex.base(&first.lower)?;
    let particle = words
        .get(1)
        .filter(|w| verb.particle.is_none() && Lex::is_phrasal(&verb.base, &w.lower))
        .map(|w| w.lower.clone());
    let rest = &words[1 + usize::from(particle.is_some())..];
    let (object, complement) = object_and_complement(rest);
    Some(Clause {
        object,
        verb,
        particle,
        complement,
    })
}

fn cue_at(words: &[Word<'_>], i: usize) -> Option<(CueKind, usize)> {
    let w = words[i].lower.as_str();
    let next = words.get(i + 1).map(|w| w.lower.as_str());
    match w {
        "should" | "must" | "shall" | "will" | "would" | "could" | "might" | "cannot" => {
            Some((CueKind::Modal, 1))
        }
        "can" if i > 0 => Some((CueKind::Modal, 1)),
        "please" => Some((CueKind::Request, 1)),
        "needs" | "requires" | "wants" if i > 0 => Some((CueKind::Request, 1)),
        "need" if i > 0 && i + 1 < words.len() => Some((CueKind::Request, 1)),
        "to" if next == Some("be") => Some((CueKind::Request, 2)),
        "is" | "are" if i > 0 => Some((CueKind::State, 1)),
        _ => None,
    }
}

/// Reads `words` (decoration already stripped).
pub(crate) fn read(lex: &Lex<'_>, words: &[Word<'_>]) -> Reading {
    let Some(first) = words.first() else {
        return Reading::NoVerb;
    };
    // 1. Interrogatives first: `IsEmailTaken`, `HasOpenOrders`; but `Was` or `Were` right
    // before a participle has no subject to ask about: `WasCreated` is a passive fact.
    let passive = matches!(first.lower.as_str(), "was" | "were")
        && words.get(1).is_some_and(|w| lex.past(&w.lower).is_some());
    if INTERROGATIVES.contains(&first.lower.as_str()) && words.len() > 1 && !passive {
        return Reading::Query {
            cue: 0,
            verb: None,
            object: texts(&words[1..]),
        };
    }
    // 2. Modal, request and state words anywhere.
    if let Some((i, (kind, len))) = (0..words.len()).find_map(|i| cue_at(words, i).map(|c| (i, c)))
    {
        if kind == CueKind::State
            && let Some(reached) = state_reached_now(lex, words, i)
        {
            return reached;
        }
        let mut after = i + len;
        while after < words.len() && matches!(words[after].lower.as_str(), "be" | "been" | "to") {
            after += 1;
        }
        let remaining: Vec<Word<'_>> = words[..i].iter().chain(&words[after..]).cloned().collect();
        let clause = event(lex, &remaining).map(|e| e.clause).or_else(|| {
            let mut c = command(lex, &words[after..])?;
            let mut object = texts(&words[..i]);
            object.append(&mut c.object);
            c.object = object;
            Some(c)
        });
        return Reading::Cue {
            cue: (i..i + len).collect(),
            kind,
            clause,
        };
    }
    let query_verb = |w: &Word<'_>, next: Option<&Word<'_>>| {
        let lower = w.lower.as_str();
        let phrasal_next = next.is_some_and(|n| Lex::is_phrasal(lower, &n.lower));
        (QUERY_VERBS.contains(&lower) && !(lower == "check" && phrasal_next))
            || (lower == "look" && next.is_some_and(|n| n.lower == "up"))
            || lex.vocab.query_verbs.contains(lower)
    };
    let starts_with_query = query_verb(first, words.get(1));
    // 3. Event: a participle closes the name, or a simple past has its object.
    if let Some(m) = event(lex, words)
        && let Some(reading) = event_or_command(lex, words, m, starts_with_query)
    {
        return reading;
    }
    // 4. Query verbs first, `Exists` last.
    if starts_with_query {
        let skip = if first.lower == "look" { 2 } else { 1 };
        let (mut object, _) = object_and_complement(&words[skip.min(words.len())..]);
        // `ListOrdersPlacedByUser`: the object ends before a participle.
        if let Some(at) = words[skip.min(words.len())..]
            .iter()
            .position(|w| lex.past(&w.lower).is_some())
        {
            object.truncate(at);
        }
        return Reading::Query {
            cue: 0,
            verb: lex.base(&first.lower),
            object,
        };
    }
    if let Some(last) = words.last()
        && matches!(last.lower.as_str(), "exists" | "exist")
        && words.len() > 1
    {
        return Reading::Query {
            cue: words.len() - 1,
            verb: None,
            object: texts(&words[..words.len() - 1]),
        };
    }
    // 5. A state reached: `FuelLow`, `TrialOver`, `ParcelReadyForPickup`, `JobProcessing`;
    // alone, an `-ing` form is a state in progress (`Saving`).
    if let Some(state) = state(lex, words) {
        return Reading::State {
            subject: texts(&words[..state]),
            state,
        };
    }
    if let [only] = words
        && progressive(lex, &only.lower)
    {
        return Reading::State {
            subject: Vec::new(),
            state: 0,
        };
    }
    // 6. A happening named by its subject and a verb used mostly as a verb, in the order of
    // UI and infrastructure code: `PointerMove`, `ValueChange`, `ServiceStart`.
    if let Some(verb) = happening(lex, words) {
        return Reading::Happening { verb };
    }
    command_or_noun(lex, words)
}

/// `IndexIsNowPresent`, `ProjectionIsNowLive`, with `Is` at `is`: `now` marks a change, so the
/// state is reached, a fact (`UserIsActive` only describes a state).
fn state_reached_now(lex: &Lex<'_>, words: &[Word<'_>], is: usize) -> Option<Reading> {
    let state = is + 2;
    let reached = words.get(is + 1).is_some_and(|w| w.lower == "now")
        && state + 1 == words.len()
        && subjectish(lex, &words[0].lower)
        && {
            let w = words[state].lower.as_str();
            STATE_WORDS.contains(&w) || lex.adjective(w) || lex.past(w).is_some()
        };
    reached.then(|| Reading::State {
        subject: texts(&words[..is]),
        state,
    })
}

/// Decides between an event match and a command reading of the same words.
fn event_or_command(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    m: EventMatch,
    starts_with_query: bool,
) -> Option<Reading> {
    let first = &words[0].lower;
    let first_verb = lex.base(first);
    let last = words.len() - 1;
    // `ListOrdersPlacedByUser`, `CancelOrdersPlacedBeforeDate`: a verb first and a
    // participle phrase that modifies its object read as a query / command.
    let verb_first = starts_with_query || first_verb.as_ref().is_some_and(|v| !v.is_noun());
    if m.relative && verb_first {
        return None;
    }
    // `ListTrashedFiles`: a question verb and a participle before its noun.
    if starts_with_query && m.form == EventForm::WithObject {
        return None;
    }
    // `MarkTaskDone`, `SetBannerDisplayedOnHome`: the verb, its object, the state it is to be in.
    if m.form == EventForm::Closing
        && m.participle >= 2
        && m.aux.is_empty()
        && COMPLEMENT_VERBS.contains(&first.as_str())
    {
        return None;
    }
    // `EstimateFreightCost`, `RequestAccountReset`, `PlaceBid`: a past equal to its base, last,
    // after a verb first: the imperative wins; the event stays possible when the first word is
    // as much a noun (`OrderReset`, `PlaceBid`).
    if m.form == EventForm::Closing
        && m.participle == last
        && m.aux.is_empty()
        && lex.base_equals_past(&words[last].lower)
        && let Some(v) = &first_verb
    {
        let clause = command(lex, words)?;
        // Two words (`VoteCast`, `PriceCut`, `PlaceBid`) read both ways; with more, a verb
        // mostly used as a verb makes the command (`EstimateFreightCost`).
        return Some(Reading::Command {
            clause,
            or_event: words.len() == 2 || (v.is_noun() && !v.verb_leaning()),
        });
    }
    // `Reset`, `Set`: alone, the imperative and the participle are one word.
    if m.form == EventForm::Alone && lex.base_equals_past(first) {
        let clause = command(lex, words)?;
        return Some(Reading::Command {
            clause,
            or_event: true,
        });
    }
    Some(Reading::Event {
        clause: m.clause,
        participle: m.participle,
        aux: m.aux,
        form: m.form,
    })
}

/// The index of the state word of `subject state [prepositional phrase]`, if the name reads so.
fn state(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<usize> {
    if words.len() < 2
        || !subjectish(lex, &words[0].lower)
        || Lex::is_phrasal(&words[0].lower, &words[1].lower)
    {
        return None;
    }
    // The state closes the name, or comes right before a prepositional phrase.
    let k = (1..words.len())
        .find(|&i| is_preposition(&words[i].lower) && i + 1 < words.len())
        .map_or(words.len() - 1, |pp| pp - 1);
    if k == 0 {
        return None;
    }
    let w = words[k].lower.as_str();
    let is_state = STATE_WORDS.contains(&w)
        || (lex.adjective(w) && !OBJECT_HEADS.contains(&w))
        || progressive(lex, w);
    (is_state && words[..k].iter().all(|w| !is_preposition(&w.lower))).then_some(k)
}

/// An `-ing` form of a known verb (`JobProcessing`, `VectorStopping`): a state in progress.
fn progressive(lex: &Lex<'_>, w: &str) -> bool {
    let Some(stem) = w
        .strip_suffix("ing")
        .filter(|s| s.len() >= 3 && s.is_ascii())
    else {
        return false;
    };
    // ASCII: byte slicing cannot fall inside a character.
    let b = stem.as_bytes();
    let undoubled =
        (b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2]).then(|| &stem[..stem.len() - 1]);
    lex.base(stem).is_some()
        || lex.base(&format!("{stem}e")).is_some()
        || undoubled.is_some_and(|s| lex.base(s).is_some())
}

/// `subject verb`: a subject word that is not mostly a verb, then a last word used mostly as a
/// verb (SemCor, or a verb only in WordNet) or a closed phrasal compound (`ConnectionShutdown`,
/// `DeviceLogout`), with no word between them that is a verb form or a preposition.
fn happening(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Verb> {
    let [first, middle @ .., last] = words else {
        return None;
    };
    if !subjectish(lex, &first.lower)
        || lex.adjective(&first.lower)
        || lex.base(&first.lower).is_some_and(|v| !v.noun_leaning())
        || first.lower.ends_with("ing")
        || matches!(first.lower.as_str(), "needs" | "requires" | "wants")
        || OBJECT_HEADS.contains(&last.lower.as_str())
        || HEAD_NOUNS.contains(&last.lower.as_str())
    {
        return None;
    }
    // A verb right before the last word modifies it when the first word is no verb at all
    // (`PointerDragEnter`: the pointer's drag-enter, as `DragEnter` alone is a happening).
    let noun_first = lex.base(&first.lower).is_none();
    if middle.iter().enumerate().any(|(i, w)| {
        is_preposition(&w.lower)
            || (!(noun_first && i + 1 == middle.len())
                && lex.base(&w.lower).is_some_and(|v| v.verb_leaning()))
    }) {
        return None;
    }
    lex.base(&last.lower)
        .filter(|v| v.mostly_verb() || v.particle.is_some())
}

/// Readings 7 and 8: a command, a noun phrase, or no verb.
fn command_or_noun(lex: &Lex<'_>, words: &[Word<'_>]) -> Reading {
    let first = &words[0];
    // 7. Command: a base verb first.
    if let Some(clause) = command(lex, words) {
        let last = words.len() - 1;
        if clause.verb.noun_leaning() && clause.particle.is_none() {
            if words.len() == 1 {
                // Alone, a closed compound (`Logout`, `Signup`) is the imperative of its button.
                if clause.verb.particle.is_some() {
                    return Reading::Command {
                        clause,
                        or_event: false,
                    };
                }
                return Reading::LoneNoun { verb: clause.verb };
            }
            let head = words[last].lower.as_str();
            if HEAD_NOUNS.contains(&head) || is_agent_noun(lex, head) {
                return Reading::NounPhrase {
                    head: last,
                    or_command: None,
                };
            }
            // `OrderById`, `OrderForCustomer`: a noun and its modifier.
            if OBJECT_HEADS.contains(&head)
                || matches!(
                    words[1].lower.as_str(),
                    "by" | "for" | "of" | "per" | "with"
                )
            {
                return Reading::NounPhrase {
                    head: last,
                    or_command: Some(clause),
                };
            }
        }
        return Reading::Command {
            clause,
            or_event: false,
        };
    }
    // 8. No verb; maybe a participle used as an adjective (`FailedPayment`).
    if words.len() > 1
        && let Some(verb) = lex.past(&first.lower)
    {
        let (object, complement) = object_and_complement(&words[1..]);
        return Reading::Adjectival {
            clause: Clause {
                object,
                verb,
                particle: None,
                complement,
            },
        };
    }
    occurrence(words).unwrap_or(Reading::NoVerb)
}

/// No verb, and the last word names an occurrence (WordNet's `noun.event`): `Heartbeat`,
/// `IncrementalRuleChange`. Not after a preposition (`TimeOfChange` names data).
fn occurrence(words: &[Word<'_>]) -> Option<Reading> {
    let head = words.len().checked_sub(1)?;
    let after_preposition = words[..head].iter().any(|w| is_preposition(&w.lower));
    (!after_preposition && Lex::event_noun(&words[head].lower))
        .then_some(Reading::Occurrence { head })
}
