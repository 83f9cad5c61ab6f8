//! Reading a name: [`classify`] and [`classify_with`] turn the grammar's reading into an
//! [`Analysis`] (verdict, explanation, suggestions).

use std::fmt::Write as _;

use crate::grammar::{self, Clause, CueKind, EventForm, Reading};
use crate::lexicon::{self, Lex};
use crate::vocabulary::Vocabulary;
use crate::word_classes::INTERROGATIVES;
use crate::words::{self, Decoration, Word, pascal};
use crate::{Kind, Verdict};

/// The cue label of a name read as an occurrence (`Heartbeat`).
pub(crate) const OCCURRENCE: &str = "noun of an occurrence";

/// Suggested names, one per kind.
///
/// ```
/// let a = factum_naming::classify("SendWelcomeEmail");
/// assert_eq!(a.suggestions.event.as_deref(), Some("WelcomeEmailSent"));
/// assert_eq!(a.suggestions.command.as_deref(), Some("SendWelcomeEmail"));
/// assert_eq!(a.suggestions.query.as_deref(), Some("GetWelcomeEmail"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suggestions {
    /// A name that reads as an event.
    pub event: Option<String>,
    /// A name that reads as a command.
    pub command: Option<String>,
    /// A name that reads as a query.
    pub query: Option<String>,
}

/// The result of reading a name.
///
/// ```
/// let a = factum_naming::classify("UserLoggedIn");
/// assert_eq!(a.words, ["User", "Logged", "In"]);
/// assert_eq!(a.verb.as_deref(), Some("log in"));
/// assert_eq!(a.cue.as_deref(), Some("Logged"));
/// assert_eq!(a.suggestions.command.as_deref(), Some("LogInUser"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// How the name reads.
    pub verdict: Verdict,
    /// One line saying why.
    pub explanation: String,
    /// The words of the name, as written.
    pub words: Vec<String>,
    /// The trailing decoration words that were ignored (`Event`, `V2`).
    pub decoration: Vec<String>,
    /// The verb the reading rests on, as a lemma (`place`, `log in`), if any.
    pub verb: Option<String>,
    /// The word that decided the reading (`Placed`, `Send`, `Get`, `Should`, `Info`).
    pub cue: Option<String>,
    /// Suggested names per kind (the name itself for its own kind).
    pub suggestions: Suggestions,
    /// A second kind the name reads as, which the derive of that kind accepts too
    /// (`PlaceBid`: a command, or an event whose participle `bid` equals its base).
    pub alternative: Option<Verdict>,
    pub(crate) name: String,
    pub(crate) problem: Problem,
    /// What the cue word is (`past participle`, `state`, `imperative`), for messages.
    pub(crate) cue_label: &'static str,
}

/// Why a name is not of the kind it was declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Problem {
    Reads(Verdict),
    Cue(CueKind),
    NounPhrase,
    NoVerb,
    /// A lone word that is a verb but mostly a noun (`Order`, `Place`).
    LoneVerb,
}

impl Analysis {
    /// The suggested name for `kind`, if one could be computed.
    ///
    /// ```
    /// use factum_naming::{Kind, classify};
    /// assert_eq!(classify("OrderPlaced").suggestion(Kind::Command), Some("PlaceOrder"));
    /// ```
    #[must_use]
    pub fn suggestion(&self, kind: Kind) -> Option<&str> {
        self.suggestion_any(kind)
    }

    /// Whether the derive of `kind` accepts the name: it reads as `kind`, or as `kind` too.
    ///
    /// ```
    /// use factum_naming::{Kind, classify};
    /// assert!(classify("PlaceBid").accepts(Kind::Command));
    /// assert!(classify("PlaceBid").accepts(Kind::Event));
    /// assert!(!classify("PlaceOrder").accepts(Kind::Event));
    /// ```
    #[must_use]
    pub fn accepts(&self, kind: Kind) -> bool {
        self.verdict == Verdict::from(kind) || self.alternative == Some(Verdict::from(kind))
    }

    fn suggestion_any(&self, kind: Kind) -> Option<&str> {
        match kind {
            Kind::Event => self.suggestions.event.as_deref(),
            Kind::Command => self.suggestions.command.as_deref(),
            Kind::Query => self.suggestions.query.as_deref(),
        }
    }
}

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

fn join(parts: &[String]) -> String {
    parts.concat()
}

fn quoted(words: &[Word<'_>], indices: &[usize]) -> String {
    indices
        .iter()
        .filter_map(|&i| words.get(i).map(|w| w.text))
        .collect::<Vec<_>>()
        .join(" ")
}

fn full_lemma(clause: &Clause) -> String {
    match &clause.particle {
        Some(p) => format!("{} {p}", clause.verb.lemma()),
        None => clause.verb.lemma(),
    }
}

fn suggestions_from(lex: &Lex<'_>, clause: &Clause) -> Suggestions {
    let particle = clause.particle.as_deref().map(pascal).unwrap_or_default();
    let participle = lex.participle_pascal(&clause.verb);
    let mut imperative = pascal(&clause.verb.lemma());
    imperative.push_str(&particle);
    let object = join(&clause.object);
    let complement = join(&clause.complement);
    Suggestions {
        // With no object, the participle alone is the fact, its subject implied (`Geotagged`).
        event: Some(format!("{object}{participle}{particle}{complement}")),
        command: Some(format!("{imperative}{object}{complement}")),
        query: (!object.is_empty()).then(|| format!("Get{object}")),
    }
}

fn noun_suggestions(lex: &Lex<'_>, words: &[Word<'_>], changed: bool) -> Suggestions {
    let name: String = words.iter().map(|w| pascal(w.text)).collect();
    // A word that is already a past form gets no `Created` after it (`placed`, not
    // `PlacedCreated`).
    let has_past = words.iter().any(|w| lex.past(&w.lower).is_some());
    let fact = if changed { "Changed" } else { "Created" };
    Suggestions {
        event: (!has_past).then(|| format!("{name}{fact}")),
        command: Some(format!("Create{name}")),
        query: Some(format!("Get{name}")),
    }
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
