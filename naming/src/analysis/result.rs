//! What reading a name yields: the [`Analysis`] (verdict, explanation, suggestions) and, for
//! the wording of errors, the [`Problem`] that keeps a name from its declared kind.

use crate::grammar::CueKind;
use crate::{Kind, Verdict};

/// The cue label of a name read as an occurrence (`Heartbeat`).
pub(crate) const OCCURRENCE: &str = "noun of an occurrence";
/// The cue label of a name read as a subject and its verb, a happening (`PointerMove`).
pub(crate) const HAPPENING: &str = "verb";
/// The cue label of a past participle (`OrderPlaced`, `AddedAsset`).
pub(crate) const PARTICIPLE: &str = "past participle";
/// The cue label of a simple past with its object (`ShopperPlacedBasket`).
pub(crate) const SIMPLE_PAST: &str = "simple past";
/// The cue label of a state reached (`FuelLow`, `BedsAvailable`).
pub(crate) const STATE: &str = "state";
/// The cue label of an `-ing` form (`JobProcessing`, `TrendingCampaigns`).
pub(crate) const PROGRESSIVE: &str = "-ing form";

/// The label of a lifecycle hook's cue (`Before` of `LoadOrderBefore`).
pub(crate) const HOOK: &str = "lifecycle hook";

/// The cue label of a name whose kind its suffix decides (`SchemaCreateCommand`).
pub(crate) const SUFFIX: &str = "suffix";

/// The cue label of a name that is only a kind word (`Event`, `Command1`, `EventA`).
pub(crate) const KIND_WORD: &str = "kind word";

/// The cue label of a name headed by its kind word (`EventWithArray`).
pub(crate) const HEAD_NOUN: &str = "head noun";

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
    /// The words (several, no kind word closing them) read as a state reached, a happening,
    /// an occurrence, a hook or a participle before its noun: readings a kind word closing the
    /// name overrides, so an enum's kind word does too (`ToggleDebugVisual` in a command enum).
    pub(crate) yields_to_kind_word: bool,
    /// Whether the suggestions were made from nouns, the reading having found no verb
    /// (`CustomerCreated`): an error rebuilds the name around a verb it has first
    /// (`ClientActivateBusinessEvent` → `ActivateClientBusiness`).
    pub(crate) nouns_only: bool,
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
