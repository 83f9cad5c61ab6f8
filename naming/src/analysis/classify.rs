//! Classifying a name ([`classify`], [`classify_with`]): the grammar's reading of its words,
//! described ([`describe`](super::describe)) and weighed against the kind words that close it
//! (`…Event`, `…Command`).

use std::fmt::Write as _;

use super::describe::{Described, Said, describe};
use super::head::{head_kind, lone_kind};
use super::object_word;
use super::result::{Analysis, HEAD_NOUN, KIND_WORD, Problem, SUFFIX};
use crate::Verdict;
use crate::grammar::{self, EventForm, Reading};
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::word_classes::{
    HEAD_NOUNS, INTERROGATIVES, OBJECT_HEADS, is_agent_noun, request_message, subjectish,
};
use crate::words::{self, Decoration, Word};

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
    let core = object_word::core_len(&lex, &all);
    let words = &all[..core];
    // `EmitVolumeChangedEvent`: the request to send the event its object names.
    let sent = grammar::sends_event(&lex, words, &all[core..]);
    let sends_event = sent.is_some();
    let reading = sent.unwrap_or_else(|| grammar::read(&lex, words));
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
    // An interrogative first (`IsEnabledCmd`, `HasAccessCommand`) asks a question; a command
    // suffix makes it the command that asks it.
    let interrogative_first = matches!(
        reading,
        Reading::Query {
            cue: 0,
            verb: None,
            ..
        }
    );
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
        || is_weak_reading(&reading)
        || (words.len() == 1
            && matches!(
                reading,
                Reading::Event { .. }
                    | Reading::Command { .. }
                    | Reading::LoneNoun { .. }
                    | Reading::NoVerb
            ));
    // A verb as much a noun, then a noun of an occurrence (`MapFailure`, `RequestCompletion`,
    // `AddressChange`): the imperative, or the occurrence of what the first word names. An
    // enum's kind word decides between them (`GatewayEvent::MapFailure` is an event).
    let noun_verb_occurrence = || {
        matches!(
            &reading,
            Reading::Command { clause, actor: 0, or_event: false }
                if words.len() == 2
                    && clause.verb.is_noun()
                    && clause.particle.is_none()
                    && Lex::names_occurrence(&words[1].lower)
        )
    };
    // So does a past equal to its base closing the name after a noun (`AuctionCommands::ShadeBid`:
    // a bid-shading command, as `PasswordResetCommand` is).
    let yields_to_kind_word = words.len() > 1
        && core == all.len()
        && (is_weak_reading(&reading) || noun_verb_occurrence() || base_past_last);
    let Described {
        said:
            Said {
                verdict,
                problem,
                explanation,
                verb,
                cue,
                mut suggestions,
                mut alternative,
            },
        cue_label,
        nouns_only,
    } = describe(&lex, words, &reading);
    // Decoration: keep versions and decorations of the target kind.
    let tail = &all[core..];
    let decorate = |s: Option<String>, kind: Decoration| {
        s.map(|mut s| {
            for w in tail {
                let k = w.decoration_kind();
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
    let evidence = tail.iter().find_map(kind_word);
    // The kind word that closes the name (versions aside) names the message about the action
    // or fact before it: `CreateUserQueryCmd` is a command making a user query.
    let closing_word = tail.iter().rev().find(|w| kind_word(w).is_some());
    let closing = closing_word.and_then(kind_word);
    // A name with no verb that gives a reading (`SchemaCreateCommand`, `DeviceEvent`) is what
    // its suffix says; a wish or a request (`OrderShouldShipEvent`) stays what it is. A
    // question closed by `…Command` is the command that asks it (`GetEventCommand`).
    let overridden = (verdict == Verdict::Unknown
        && matches!(
            problem,
            Problem::NoVerb | Problem::NounPhrase | Problem::LoneVerb
        ))
        || weak
        || ((question_verb_first || interrogative_first) && closing == Some(Verdict::Command));
    // An imperative with its object before `…Event` names the event of doing it
    // (`SwitchUserEvent`, `ConfigureOptionsEvent`, `BanCreateEvent`, and with a question verb,
    // which is an imperative too, `CheckPassportEvent`), as one word before it does
    // (`CreateEvent`).
    let event_of_command = !overridden
        && !sends_event
        && closing == Some(Verdict::Event)
        && ((verdict == Verdict::Command && matches!(reading, Reading::Command { .. }))
            || question_verb_first);
    // So `…Query` names the query of doing it (`DiscoverChannelsQuery`, `ReadModelByIdQuery`).
    let query_of_command = !overridden
        && closing == Some(Verdict::Query)
        && verdict == Verdict::Command
        && matches!(reading, Reading::Command { .. });
    // A fact before `…Command` names the command that acts on it (`MessageEventReceivedCmd`,
    // `SubscriberJobBoundCommand`), and before `…Query` the query about it
    // (`TotalProductsShippedQuery`), unless the word follows a preposition and is no suffix
    // (`CartClearedForCommand`).
    let about_fact = !overridden
        && verdict == Verdict::Event
        && matches!(closing, Some(Verdict::Command | Verdict::Query))
        && matches!(reading, Reading::Event { .. } | Reading::Adjectival { .. })
        && words
            .last()
            .is_some_and(|w| !crate::word_classes::is_preposition(&w.lower));
    // A wish, a request or a state before `…Command` names the command that makes it so
    // (`UserShouldBeDeletedCommand`, `ApplicationIsStartingCommand`), and before `…Query` the
    // query about it (`UserIsActiveQuery`); before `…Event` it stays what it is.
    let about_wish = verdict == Verdict::Unknown
        && matches!(problem, Problem::Cue(_))
        && matches!(closing, Some(Verdict::Command | Verdict::Query));
    if (overridden || event_of_command || about_fact || query_of_command || about_wish)
        && let Some(kind) = closing
        && kind != verdict
    {
        let suffix = closing_word.map_or("", |w| w.text);
        let why = if event_of_command {
            "the event of doing it"
        } else if query_of_command {
            "the query of doing it"
        } else if about_wish && kind == Verdict::Command {
            "the command that makes it so"
        } else if (about_fact || about_wish) && kind == Verdict::Query {
            "the query about it"
        } else if about_fact {
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
        cue_label = SUFFIX;
    }
    // `Event`, `Command` or `Query` heading the name before a preposition is what the name
    // is (`EventWithArray`), whatever the words after it read as, unless the vocabulary
    // declares it a noun of the domain (`noun event`: `EventById` asks for one).
    if let Some(kind) = head_kind(&all).filter(|_| !lex.vocab.nouns.contains(&all[0].lower)) {
        explanation = format!(
            "head noun \"{}\" + \"{}\": the {kind} that the rest describes",
            all[0].text,
            all[1..]
                .iter()
                .map(|w| w.text)
                .collect::<Vec<_>>()
                .join(" ")
        );
        verdict = kind;
        problem = Problem::Reads(kind);
        alternative = None;
        cue = Some(all[0].text.to_owned());
        cue_label = HEAD_NOUN;
    }
    // A kind word alone (`Event`, `Command1`, `EventA`: placeholders of samples and tests) is
    // a message named only by its kind.
    if let Some(kind) = lone_kind(words, closing).filter(|&k| k != verdict) {
        explanation = format!(
            "kind word \"{}\" alone: a message named by its kind ({kind})",
            all[0].text
        );
        verdict = kind;
        problem = Problem::Reads(kind);
        alternative = None;
        cue = Some(all[0].text.to_owned());
        cue_label = KIND_WORD;
    }
    // Issue 9's policy names three errors, and a question derived as a `Command` is none of
    // them: the imperative of a question verb (`CheckForUpdates`, `RetrieveThings`,
    // `DoSomething`) is a request too, which the `Command` derive accepts; a kind word closing
    // the name still decides (`GetOrderQuery` is only a query). Its object must open with a
    // word that can head a noun phrase, as a subject must, a noun SemCor seldom tags as a verb
    // (`SelectCraneConfiguration`, `GetQuote`: WordNet's rare verb senses of `crane`, `quote`),
    // or an adjective before one (`GetLiveProducts`, `GetOpenOrders`; `CheckChangeTicks`:
    // `change` is often a verb, so the words read as no clear imperative and stay a question).
    if verdict == Verdict::Query
        && alternative.is_none()
        && evidence.is_none()
        && (question_verb_first || do_first)
        && cue_label != HEAD_NOUN
        && (words.get(1).is_none_or(|w| {
            subjectish(&lex, &w.lower)
                || lex.adjective(&w.lower)
                || lex
                    .base(&w.lower)
                    .is_some_and(|v| v.is_noun() && !v.often_verb())
        }) || heads_data(&lex, words))
    {
        let _ = write!(
            explanation,
            " (or the imperative of \"{}\": a request)",
            words[0].lower
        );
        alternative = Some(Verdict::Command);
    }
    // A request-reply message with no verb (`HeartbeatRequest`, `GreetingReply`) asks another
    // service to act or answers it: the `Command` derive accepts it, the `Event` derive does
    // not (`Request`, `Reply`, `Response` name no happening).
    if matches!(reading, Reading::NoVerb)
        && verdict == Verdict::Unknown
        && request_message(&lex, words)
    {
        explanation.push_str(" (or a request-reply message, a request)");
        alternative = Some(Verdict::Command);
    }
    // `WrappedCancelProduct`, `AdaptedStarted`: the message an actor's adapter wraps another
    // one in, which the actor receives to act on (Akka's message adapters): a request as
    // much as what the words after it read as.
    if verdict == Verdict::Event
        && alternative.is_none()
        && evidence.is_none()
        && words.len() >= 2
        && matches!(words[0].lower.as_str(), "wrapped" | "adapted")
    {
        // What it wraps decides when it is a request (`WrappedCancelProduct`): a request only.
        let wrapped = grammar::read(&lex, &words[1..]);
        if matches!(wrapped, Reading::Command { .. }) {
            // Its fact wraps the request's fact (`WrappedProductCancelled`).
            suggestions.event = describe(&lex, &words[1..], &wrapped)
                .said
                .suggestions
                .event
                .map(|e| format!("{}{e}", words[0].text));
            explanation = format!(
                "the wrapper \"{}\" of the request \"{}\", which an actor receives: a request",
                words[0].text,
                words[1..].iter().map(|w| w.text).collect::<String>()
            );
            verdict = Verdict::Command;
            problem = Problem::Reads(Verdict::Command);
            cue = Some(words[1].text.to_owned());
            cue_label = "imperative";
        } else {
            let _ = write!(
                explanation,
                " (or the wrapper \"{}\" of another message, which an actor receives: a request)",
                words[0].text
            );
            alternative = Some(Verdict::Command);
        }
    }
    // Between two readings the kind word that closes the name decides (`…EventCommand`: a
    // command about an event).
    if let Some(other) = alternative {
        if closing == Some(other) {
            alternative = None;
            verdict = other;
            problem = Problem::Reads(other);
        } else if closing == Some(verdict) {
            alternative = None;
        }
    }
    // A question verb and what it asks for before `…Event` is as much the query for an event
    // (`GetHealthEvent`, `GetCalendarEvent`: AWS's and a calendar's queries) as the event of
    // asking (`CheckPassportEvent`): the `Query` derive accepts it, the `Event` derive too.
    if event_of_command && question_verb_first && verdict == Verdict::Event {
        let _ = write!(
            explanation,
            " (or the question \"{}\" asking for an event: a query)",
            words[0].lower
        );
        alternative = Some(Verdict::Query);
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
        yields_to_kind_word,
        nouns_only,
    }
}

/// The kind a suffix word names (`Event`, `Cmd`, `Query`), if it names one.
fn kind_word(w: &words::Word<'_>) -> Option<Verdict> {
    match w.decoration_kind()? {
        Decoration::Event => Some(Verdict::Event),
        Decoration::Command => Some(Verdict::Command),
        Decoration::Query => Some(Verdict::Query),
        _ => None,
    }
}

/// Readings of a name a kind decoration may overrule: a modifier, a happening, a lifecycle
/// hook, a state reached, an occurrence.
fn is_weak_reading(reading: &Reading) -> bool {
    // A participle before a noun may modify it (`ForgotPasswordCommand`: a forgot-password
    // command); with only its particle or a phrase after it, it says what happened to a subject
    // implied (`TimedOut`, `CancelledByRider`), a fact a kind word does not turn.
    matches!(reading, Reading::Adjectival { clause } if !clause.object.is_empty())
        || matches!(
            reading,
            Reading::Happening { .. }
                | Reading::Hook { .. }
                | Reading::State { .. }
                | Reading::Occurrence { .. }
        )
}

/// Whether a name of three words or more ends in a noun that heads a noun phrase of data
/// (`GetChatHistory`, `GetMoveHistory`, `GetTraceCollector`): the words before it modify it,
/// verbs as much as they are (`chat`, `move`), so the name has an object.
fn heads_data(lex: &Lex<'_>, words: &[Word<'_>]) -> bool {
    words.len() >= 3
        && words.last().is_some_and(|w| {
            let last = w.lower.as_str();
            HEAD_NOUNS.contains(&last) || OBJECT_HEADS.contains(&last) || is_agent_noun(lex, last)
        })
}
