//! The event reading: a participle closes the name (`OrderPlaced`), a simple past has its
//! object (`ShopperPlacedBasket`), `Did` and a base verb (`TokenDidExpire`), or a participle
//! alone (`Renewed`).

use super::phrase::{complement, object_and_complement, texts};
use super::reading::{Clause, EventForm};
use crate::lexicon::{Lex, Verb};
use crate::typo;
use crate::word_classes::{
    AUXILIARIES, is_adverb, is_particle, is_preposition, plural, subjectish,
};
use crate::words::Word;

/// Words that open a clause saying when or on what condition something is done.
const CONJUNCTIONS: &[&str] = &[
    "after", "before", "if", "once", "unless", "until", "when", "while",
];

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

/// The participle of a verb no table has, read by its spelling ([`Lex::guessed_past`]), unless
/// the word is one edit from a form the lexicon knows (`PaymentRecieved` is a typo of
/// `Received`, which the error points out) and its base is no adjective made a verb, as English
/// makes them (`sticky` → `Stickied`).
fn guessed(lex: &Lex<'_>, w: &str) -> Option<Verb> {
    lex.guessed_past(w)
        .filter(|v| lex.adjective_made_verb(&v.base) || typo::corrections(lex, w).is_empty())
}

/// The event reading of `words`, if any.
pub(crate) fn event(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<EventMatch> {
    if let Some(m) = did_event(lex, words) {
        return Some(m);
    }
    // A verb no table has may be read by its spelling (`guessed`): alone, as the participle
    // whose subject the enum or module implies (`Kegged`, `Lautered`: brewing's verbs).
    if let [only] = words
        && let Some(verb) = lex.past(&only.lower).or_else(|| guessed(lex, &only.lower))
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
        // A participle after a preposition describes its object (`GetOrdersByCreatedDate`),
        // unless the word is the particle of a phrasal verb named as a noun in the subject
        // (`UserSignInFailed`: the sign-in failed).
        if is_preposition(&words[p - 1].lower)
            && !(p >= 2 && Lex::is_phrasal(&words[p - 2].lower, &words[p - 1].lower))
        {
            continue;
        }
        // A participle in the clause a conjunction opens after an imperative says when or on
        // what condition the request is done (`ResumeAfterObstacleCleared`,
        // `RetryIfPaymentFailed`, `HoldShipmentUntilPaymentReceived`): no fact of the name's
        // subject.
        if words[1..p]
            .iter()
            .any(|w| CONJUNCTIONS.contains(&w.lower.as_str()))
            && lex.imperative(&words[0].lower).is_some()
        {
            continue;
        }
        // An auxiliary is no participle, unless it closes the name (`OrderDetailGot`) or, for
        // `Had`, no verb form follows it: then it is the simple past of `have` with its object
        // (`EventHadNoConsumers`; `OrderHadItemsRemoved` is a passive).
        if AUXILIARIES.contains(&words[p].lower.as_str())
            && p + 1 < words.len()
            && !(words[p].lower == "had"
                && words[p + 1..].iter().all(|w| {
                    lex.past(&w.lower).is_none() && !AUXILIARIES.contains(&w.lower.as_str())
                }))
        {
            continue;
        }
        // A verb no table has may still close the name as its regular participle
        // (`DiscussionWasStickied`, `UserDeplatformed`), but only there, after its subject.
        let Some(verb) = lex
            .past(&words[p].lower)
            .or_else(|| (p + 1 == words.len()).then(|| guessed(lex, &words[p].lower))?)
        else {
            continue;
        };
        // `Left` closing a verb and its object is the direction it acts in, as `Right` is
        // (`MoveWordLeft`, `CopyWordLeft`), not `leave`'s participle (`PlayerLeft`); after a
        // person it is what they did (`ChatMemberLeft`, `GroupMemberLeft`).
        if words[p].lower == "left"
            && p + 1 == words.len()
            && p >= 2
            && lex.imperative(&words[0].lower).is_some()
            && !Lex::person_noun(&words[p - 1].lower)
        {
            continue;
        }
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
        if let Some(m) = with_object(lex, words, (s, p), verb, implied) {
            return Some(m);
        }
    }
    None
}

/// A participle or simple past at `p` (auxiliaries from `s`) followed by an object: a passive
/// that keeps one, or a simple past with its object.
fn with_object(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    (s, p): (usize, usize),
    verb: Verb,
    implied: bool,
) -> Option<EventMatch> {
    // A passive that keeps an object, of a verb that takes two: `UserWasGrantedAccess`,
    // `PlayerWasAwardedPoints`, `CustomerWasSentInvoice`.
    let passive = s < p
        && words[s..p]
            .iter()
            .any(|w| matches!(w.lower.as_str(), "was" | "were" | "been"));
    // A simple past with its object: `ShopperPlacedBasket`, `SensorWentSilent`. Not when
    // the first word is mostly a verb (`RetryFailedPayment`: an adjective before a noun),
    // nor for a past that is also the base (`PasswordResetLink` is a noun phrase), nor when
    // the word before the past is mostly a verb: it is no subject's head but the imperative
    // whose object the past describes (`SudoDeleteExpiredSubject`: delete expired subjects).
    // Nor when one word before the past can be the imperative and a plural closes the name: the
    // past describes the set it acts on (`ArchiveCompletedOrders`, `ShipPaidOrders`).
    // A light verb's past is no adjective (`OrderHadIssues`: an order had issues). Nor a past
    // that is a verb of its own more used than the verb it is the past of (`rent` of `rend`:
    // `RecordRentPayment` records a rent payment).
    let set_acted_on = p == 1
        && !matches!(
            verb.base.as_str(),
            "have" | "do" | "get" | "go" | "come" | "be"
        )
        && words.last().is_some_and(|w| plural(&w.lower))
        && words.get(p + 1).is_some_and(|w| !is_adverb(&w.lower))
        && lex.imperative(&words[0].lower).is_some();
    // A past that is never a participle follows its subject whatever the subject's word is
    // used as elsewhere (`MatchWentLive`: the match went live); after a first word that is a
    // noun only, the words before the past are its subject's nouns, whatever else they are
    // (`VarroaCountExceededThreshold`: no imperative comes second).
    let subject = |w: &Word<'_>| subjectish(lex, &w.lower) || lex.simple_past_only(&words[p].lower);
    let noun_first =
        p >= 2 && lex.base(&words[0].lower).is_none() && !lex.adjective(&words[0].lower);
    // Nor a past participle that is no simple past (`BlockStolenCard`, `RecordBrokenItem`: the
    // stolen card, the broken item).
    let simple_past = s == p
        && subject(&words[0])
        && (noun_first || subject(&words[p - 1]))
        && !lex.base_equals_past(&words[p].lower)
        && !set_acted_on
        && !lex.own_verb_before_its_past(&words[p].lower)
        && !lex.participle_only(&words[p].lower);
    if !(passive || simple_past) {
        return None;
    }
    let (object, complement) = object_and_complement(&words[p + 1..]);
    Some(EventMatch {
        clause: Clause {
            object: texts(&words[..s]),
            verb,
            particle: None,
            complement: object.into_iter().chain(complement).collect(),
        },
        participle: p,
        aux: (s..p).collect(),
        relative: false,
        form: match (passive, implied) {
            (true, true) => EventForm::Alone,
            (true, false) => EventForm::Closing,
            (false, _) => EventForm::WithObject,
        },
    })
}
