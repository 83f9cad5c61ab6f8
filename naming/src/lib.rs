//! The English lexicon and message-name classifier behind factum's naming rules.
//!
//! `#[derive(Event)]` requires a type name that reads as a past-tense fact (`OrderPlaced`),
//! `#[derive(Command)]` an imperative request (`PlaceOrder`) and `#[derive(Query)]` a question
//! (`GetOrderById`). This crate decides how a name reads ([`classify`]) and words the error
//! ([`check`]). It has no dependencies and does no I/O.
//!
//! ```
//! use factum_naming::{Kind, Verdict, Vocabulary, check, classify};
//!
//! assert_eq!(classify("OrderPlaced").verdict, Verdict::Event);
//! assert_eq!(classify("PlaceOrder").verdict, Verdict::Command);
//! assert_eq!(classify("GetOrderById").verdict, Verdict::Query);
//! assert_eq!(classify("UserShouldBeDeleted").verdict, Verdict::Unknown);
//!
//! let err = check("PlaceOrder", Kind::Event, &Vocabulary::default()).unwrap_err();
//! assert_eq!(err.suggestion.as_deref(), Some("OrderPlaced"));
//! ```
//!
//! # Words
//!
//! Names are split into words at case changes and underscores (`HTTPRequestFailed` → `HTTP`,
//! `Request`, `Failed`; `order_placed`; `ORDER_PLACED`); digits stay with the word before them
//! (`OAuth2`, `V2`). Trailing decoration — `Event`, `DomainEvent`, `IntegrationEvent`, `Evt`,
//! `Command`, `Cmd`, `Query`, `Qry`, `V<digits>` in any order — is ignored when reading, unless
//! nothing would remain. Suggestions keep version decorations and decorations of the suggested
//! kind (`SendEmailV2Event` → `EmailSentV2Event`) and drop the others.
//!
//! # Readings, in order of precedence
//!
//! 1. **Query, interrogative**: the first word is `Is`, `Has`, `Can`, `Does`, `Was`, `Which`,
//!    `What`, `How`, … (`IsEmailTaken`).
//! 2. **Unknown, wish or request**: a modal (`Should`, `Must`, `Will`, `Shall`, `Would`,
//!    `Could`, `Might`, `Can` not first), a request (`Please`, `Needs`, `Requires`, `To Be`) or
//!    a state (`Is`/`Are` not first) anywhere: `UserShouldBeDeleted`, `OrderToBeShipped`,
//!    `PleaseShipOrder`, `OrderNeedsReview`. These name what should happen, not what happened
//!    nor a request in the imperative.
//! 3. **Event**: a subject of at least one word, optional auxiliaries (`Was`, `Were`, `Has`,
//!    `Have`, `Had`, `Been`, `Got`), a past tense or past participle, then an optional
//!    complement: particles (`In`, `Out`, `Up`, …) and adverbs (`Successfully`, `Again`), then
//!    optionally a preposition followed by anything (`ItemMovedToWishlist`,
//!    `SeatMarkedAsTaken`). The word before the participle must not be a preposition (so
//!    `MarkSeatAsTaken` is not an event). The first such participle wins. Exception: when the
//!    first word is a question verb or a verb that is not also a noun, the subject has several
//!    words and the participle is followed by a prepositional phrase, the participle phrase
//!    modifies an object (`ListOrdersPlacedByUser`, `CancelOrdersPlacedBeforeDate`) and the
//!    next readings apply.
//! 4. **Query, question verb**: `Get`, `List`, `Find`, `Count`, `Search`, `Fetch`, `Lookup`
//!    (`Look Up`), `Query`, `Retrieve`, `Describe`, `Browse`, `Check` (not `Check In/Out`),
//!    `Select` first, or `Exists` last. A query reading wins over a command reading.
//! 5. **Command**: a base-form verb first (possibly prefixed, possibly followed by its particle:
//!    `LogIn`, `CheckOutCart`), then anything. Two noun readings take precedence when the verb
//!    is a word WordNet's tagged corpus (SemCor) uses at least as often as a noun (`order`,
//!    `place`, `ship`, `email`): alone it is a noun (`Order` is Unknown, `Deactivate` and
//!    `Update` are commands), and followed by words ending in a data noun (`Info`, `Data`,
//!    `Details`, `Dto`, `Summary`, `Snapshot`, `View`, `Model`, `Entity`, `Record`,
//!    `Metadata`, `Payload`, `Item`, `Status`, `Address`, … see `HEAD_NOUNS` in the source) it
//!    is a noun phrase describing data (`OrderInfo`, `EmailAddress`, `CartItem`).
//! 6. **Unknown**: no verb in a position that gives a reading (`Customer`, `ShoppingCart`,
//!    `FailedPayment`, whose participle is used as an adjective).
//!
//! So `OrderPlaced`, `PasswordReset`, `EmailSent` are events (a participle closes the name)
//! while `PlaceOrder`, `ResetPassword`, `SendEmail` are commands (a base verb first and no
//! participle closing the name).
//!
//! # Morphology
//!
//! Irregular past forms come from WordNet's `verb.exc` (`sent`, `paid`, `withdrawn`, `held`);
//! regular `-ed` forms are accepted when their base is a known verb: e-drop (`placed`), doubled
//! consonant (`shipped`, `cancelled`/`canceled`), y→i (`applied`), -ck (`picnicked`). Words that
//! are verbs themselves (`feed`, `need`, `seed`, `embed`) are not read as `-ed` forms. Verbs
//! whose participle equals the base (`reset`, `set`, `put`, `read`, `shut`, …) are participles
//! at the end of a name and imperatives at its start. A verb may carry a prefix (`un`, `re`,
//! `de`, `pre`, `dis`, `mis`, `over`, `under`, `co`, `auto`): `UnassignTicket`,
//! `ReassignedTicket`, unless WordNet knows the whole word as a noun only (`overtime`).
//!
//! # Lexicon
//!
//! The lexicon is generated from WordNet 3.0 by `cargo xtask lexicon` into
//! `src/generated/lexicon.rs` (license in `data/WORDNET-LICENSE`), plus a short hand-kept list of
//! software verbs WordNet lacks (`upsert`, `enqueue`, `login`, …). Projects add their own words
//! with a [`Vocabulary`] file (format documented there).

#![deny(missing_docs)]
// WordNet and SemCor are proper names, not code.
#![allow(clippy::doc_markdown)]

mod grammar;
mod lexicon;
mod software_verbs;
mod vocabulary;
mod words;

#[rustfmt::skip]
mod generated {
    pub(crate) mod lexicon;
}

use std::fmt::{self, Write as _};

use grammar::{Clause, CueKind, Reading};
use lexicon::Lex;
pub use vocabulary::{Vocabulary, VocabularyError};
use words::{Decoration, Word, pascal};

/// What a user declared the type to be.
///
/// ```
/// use factum_naming::{Kind, Verdict};
/// assert_eq!(Verdict::from(Kind::Event), Verdict::Event);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `#[derive(Event)]`: a fact in the past tense.
    Event,
    /// `#[derive(Command)]`: a request in the imperative.
    Command,
    /// `#[derive(Query)]`: a question.
    Query,
}

impl Kind {
    /// All kinds, in declaration order.
    pub const ALL: [Kind; 3] = [Kind::Event, Kind::Command, Kind::Query];

    /// `"event"`, `"command"` or `"query"`.
    ///
    /// ```
    /// assert_eq!(factum_naming::Kind::Query.name(), "query");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Command => "command",
            Kind::Query => "query",
        }
    }

    fn derive(self) -> &'static str {
        match self {
            Kind::Event => "Event",
            Kind::Command => "Command",
            Kind::Query => "Query",
        }
    }
}

/// How a name reads.
///
/// ```
/// use factum_naming::{Verdict, classify};
/// assert_eq!(classify("Customer").verdict, Verdict::Unknown);
/// assert_eq!(Verdict::Event.to_string(), "event");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// A fact in the past tense (`OrderPlaced`).
    Event,
    /// A request in the imperative (`PlaceOrder`).
    Command,
    /// A question (`GetOrderById`).
    Query,
    /// None of the above (`Customer`, `UserShouldBeDeleted`).
    Unknown,
}

impl From<Kind> for Verdict {
    fn from(kind: Kind) -> Verdict {
        match kind {
            Kind::Event => Verdict::Event,
            Kind::Command => Verdict::Command,
            Kind::Query => Verdict::Query,
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Event => "event",
            Verdict::Command => "command",
            Verdict::Query => "query",
            Verdict::Unknown => "unknown",
        })
    }
}

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
    name: String,
    problem: Problem,
}

/// Why a name is not of the kind it was declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Reads(Verdict),
    Cue(CueKind),
    NounPhrase,
    NoVerb,
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
        event: (!object.is_empty()).then(|| format!("{object}{participle}{particle}{complement}")),
        command: Some(format!("{imperative}{object}{complement}")),
        query: (!object.is_empty()).then(|| format!("Get{object}")),
    }
}

fn noun_suggestions(words: &[Word<'_>]) -> Suggestions {
    let name: String = words.iter().map(|w| pascal(w.text)).collect();
    Suggestions {
        event: Some(format!("{name}Created")),
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
    let (verdict, problem, explanation, verb, cue, mut suggestions) = match &reading {
        Reading::Event {
            clause,
            participle,
            aux,
        } => {
            let mut e = format!(
                "subject \"{}\" + past participle \"{}\" (of \"{}\")",
                clause.object.join(" "),
                text(*participle),
                clause.verb.lemma()
            );
            if !aux.is_empty() {
                e = format!(
                    "subject \"{}\" + auxiliary \"{}\" + past participle \"{}\" (of \"{}\")",
                    clause.object.join(" "),
                    quoted(words, aux),
                    text(*participle),
                    clause.verb.lemma()
                );
            }
            if let Some(p) = &clause.particle {
                let _ = write!(e, " + particle \"{}\"", pascal(p));
            }
            if !clause.complement.is_empty() {
                let _ = write!(e, " + complement \"{}\"", clause.complement.join(" "));
            }
            e.push_str(": a fact in the past tense");
            let s = suggestions_from(&lex, clause);
            (
                Verdict::Event,
                Problem::Reads(Verdict::Event),
                e,
                Some(full_lemma(clause)),
                Some(text(*participle)),
                s,
            )
        }
        Reading::Command { clause } => {
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
                || noun_suggestions(&words[..1]),
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
            Problem::NoVerb,
            format!(
                "\"{}\" alone reads as a noun (WordNet's tagged corpus uses \"{}\" at least as often as a noun as as a verb)",
                text(0),
                verb.base
            ),
            None,
            None,
            noun_suggestions(words),
        ),
        Reading::NounPhrase { head } => (
            Verdict::Unknown,
            Problem::NounPhrase,
            format!(
                "noun phrase headed by the data noun \"{}\": describes data, with no verb",
                text(*head)
            ),
            None,
            Some(text(*head)),
            noun_suggestions(words),
        ),
        Reading::Adjectival { clause } => (
            Verdict::Unknown,
            Problem::NoVerb,
            format!(
                "participle \"{}\" is used as an adjective before a noun; no verb reads as a fact or a request",
                text(0)
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
                noun_suggestions(words)
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
    match verdict {
        Verdict::Event => suggestions.event = Some(name.to_owned()),
        Verdict::Command => suggestions.command = Some(name.to_owned()),
        Verdict::Query => suggestions.query = Some(name.to_owned()),
        Verdict::Unknown => {}
    }
    Analysis {
        verdict,
        explanation,
        words: all.iter().map(|w| w.text.to_owned()).collect(),
        decoration: tail.iter().map(|w| w.text.to_owned()).collect(),
        verb,
        cue,
        suggestions,
        name: name.to_owned(),
        problem,
    }
}

/// A name that does not read as the kind it was declared.
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check};
/// let v = check("OrderPlaced", Kind::Command, &Vocabulary::default()).unwrap_err();
/// assert_eq!(
///     v.to_string(),
///     "`OrderPlaced` is named like an event (past participle \"Placed\"), but commands are \
///      requests in the imperative\n= help: start with the verb, e.g. `PlaceOrder`"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// A concrete replacement name, when one could be computed.
    pub suggestion: Option<String>,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n= help: {}", self.message, self.help)
    }
}

impl std::error::Error for Violation {}

fn expected(kind: Kind) -> &'static str {
    match kind {
        Kind::Event => "events are facts in the past tense",
        Kind::Command => "commands are requests in the imperative",
        Kind::Query => "queries are questions",
    }
}

/// `Ok` if `name` reads as `kind`; otherwise the error to show at the name's span.
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check};
/// let vocab = Vocabulary::default();
/// assert!(check("OrderPlaced", Kind::Event, &vocab).is_ok());
/// let v = check("SendWelcomeEmail", Kind::Event, &vocab).unwrap_err();
/// assert_eq!(v.help, "name it after what happened, e.g. `WelcomeEmailSent`");
/// ```
///
/// # Errors
///
/// A [`Violation`] when the verdict of [`classify_with`] differs from `kind`.
pub fn check(name: &str, kind: Kind, vocab: &Vocabulary) -> Result<(), Violation> {
    let analysis = classify_with(name, vocab);
    if analysis.verdict == Verdict::from(kind) {
        Ok(())
    } else {
        Err(violation(&analysis, kind))
    }
}

#[allow(clippy::too_many_lines)]
fn violation(a: &Analysis, kind: Kind) -> Violation {
    let name = &a.name;
    let cue = a.cue.as_deref().unwrap_or("");
    let want = expected(kind);
    let suggestion = a.suggestion(kind).map(str::to_owned);
    let eg = |prefix: &str| {
        suggestion
            .as_ref()
            .map_or_else(String::new, |s| format!("{prefix}`{s}`"))
    };
    let (message, help) = match a.problem {
        Problem::Reads(Verdict::Command) => (
            format!("`{name}` is named like a command (imperative \"{cue}\"), but {want}"),
            match kind {
                Kind::Event => match &suggestion {
                    Some(s) => format!("name it after what happened, e.g. `{s}`"),
                    None => format!(
                        "name it after what happened: the subject, then \"{}\" in the past tense",
                        a.verb.as_deref().unwrap_or(cue)
                    ),
                },
                _ => format!(
                    "if it changes state, derive `Command`; if it only reads data, start with a question verb{}",
                    eg(", e.g. ")
                ),
            },
        ),
        Problem::Reads(Verdict::Event) => (
            format!("`{name}` is named like an event (past participle \"{cue}\"), but {want}"),
            match kind {
                Kind::Command => format!("start with the verb{}", eg(", e.g. ")),
                _ => format!(
                    "start with a question verb{}; if it reports what happened, derive `Event`",
                    eg(", e.g. ")
                ),
            },
        ),
        Problem::Reads(_) => (
            format!("`{name}` is named like a query (\"{cue}\"), but {want}"),
            match kind {
                Kind::Event => format!(
                    "if it asks a question, derive `Query`; if it reports what happened, name the fact{}",
                    eg(", e.g. ")
                ),
                _ => "if it only reads data, derive `Query` instead; if it changes state, start with the verb of the change".to_owned(),
            },
        ),
        Problem::Cue(cue_kind) => {
            let says = match cue_kind {
                CueKind::Modal => "states what should happen",
                CueKind::Request => "makes a request",
                CueKind::State => "describes a state",
            };
            let tail = match kind {
                Kind::Event => "events are facts that already happened".to_owned(),
                _ => want.to_owned(),
            };
            let help = match kind {
                Kind::Event => match (&a.suggestions.event, &a.suggestions.command) {
                    (Some(e), Some(c)) => format!(
                        "name the fact, e.g. `{e}`; if it is a request, derive `Command` and name it `{c}`"
                    ),
                    _ => "name what happened in the past tense".to_owned(),
                },
                Kind::Command => format!("start with the verb{}", eg(", e.g. ")),
                Kind::Query => format!("start with a question verb{}", eg(", e.g. ")),
            };
            (format!("`{name}` {says} (\"{cue}\"), but {tail}"), help)
        }
        Problem::NounPhrase | Problem::NoVerb => {
            let what = if a.problem == Problem::NounPhrase {
                format!("`{name}` reads as a noun phrase (\"{cue}\") with no verb")
            } else {
                format!("`{name}` has no verb")
            };
            let help = match kind {
                Kind::Event => {
                    let created = suggestion.clone().unwrap_or_default();
                    if a.verb.is_some() {
                        format!("name what happened, e.g. `{created}`")
                    } else {
                        let updated = created.strip_suffix("Created").map_or_else(
                            String::new,
                            |stem| format!(" or `{stem}Updated`"),
                        );
                        format!("say what happened to it, e.g. `{created}`{updated}")
                    }
                }
                Kind::Command => {
                    let update = suggestion
                        .as_deref()
                        .and_then(|s| s.strip_prefix("Create"))
                        .map_or_else(String::new, |rest| format!(" or `Update{rest}`"));
                    format!("start with what should be done{}{update}", eg(", e.g. "))
                }
                Kind::Query => format!("start with a question verb{}", eg(", e.g. ")),
            };
            (format!("{what}, but {want}"), help)
        }
    };
    Violation {
        message,
        help,
        suggestion,
    }
}

/// A multi-line account of how `name` reads and what it could be called as each kind
/// (used by `factum names --explain`).
///
/// ```
/// let text = factum_naming::explain("PlaceOrder", &factum_naming::Vocabulary::default());
/// assert!(text.contains("verdict:    command"));
/// assert!(text.contains("as event:   OrderPlaced"));
/// ```
#[must_use]
pub fn explain(name: &str, vocab: &Vocabulary) -> String {
    let a = classify_with(name, vocab);
    let mut out = format!("{name}\n");
    let _ = writeln!(out, "  words:      {}", a.words.join(" "));
    if !a.decoration.is_empty() {
        let _ = writeln!(
            out,
            "  decoration: {} (ignored when reading)",
            a.decoration.join(" ")
        );
    }
    if let Some(verb) = &a.verb {
        let _ = writeln!(out, "  verb:       {verb}");
    }
    let _ = writeln!(out, "  verdict:    {}", a.verdict);
    let _ = writeln!(out, "  reading:    {}", a.explanation);
    for kind in Kind::ALL {
        let label = format!("as {}:", kind.name());
        let status = if a.verdict == Verdict::from(kind) {
            " (ok)".to_owned()
        } else {
            format!(" (`#[derive({})]` would be rejected)", kind.derive())
        };
        let s = a.suggestion(kind).unwrap_or("-");
        let _ = writeln!(out, "  {label:<11} {s}{status}");
    }
    out
}
