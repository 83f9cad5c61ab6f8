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

// Dependencies run one way: words, affixes, generated, software_verbs, vocabulary
// → lexicon → grammar → analysis → typo → check → explain.
mod affixes;
mod analysis;
mod check;
mod explain;
mod grammar;
mod lexicon;
mod software_verbs;
mod typo;
mod vocabulary;
mod words;

#[rustfmt::skip]
mod generated {
    pub(crate) mod lexicon;
}

use std::fmt;

pub use analysis::{Analysis, Suggestions, classify, classify_with};
pub use check::{Violation, check, check_variant, check_wire_name, enum_subject, wire_segment};
pub use explain::explain;
pub use vocabulary::{FILE_NAME, Vocabulary, VocabularyError, load_dir, load_file};

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

    pub(crate) fn derive(self) -> &'static str {
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
