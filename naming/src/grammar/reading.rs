//! What a reading of a name is: [`Reading`], with the [`Clause`] it rests on, the [`EventForm`]
//! of an event and the [`CueKind`] of a wish, request or state.

use crate::lexicon::Verb;

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
    /// An `-ing` form first, then its object (`RetrievingKey`): an action in progress.
    Progressive,
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
    /// `or_command`: the name reads as a command too (`RecordMeeting`: an `-ing` noun after a
    /// verb, its object, or the meeting's recording in progress).
    State {
        subject: Vec<String>,
        state: usize,
        or_command: bool,
    },
    /// `subject verb`: a happening named as UI and infrastructure code do (`PointerMove`).
    /// `operation`: the index of a verb that creates or deletes the words before it
    /// (`PostCreate`, `ArticleDeleteAll`): no happening but the operation named object first, a
    /// command (an event where a suffix or an enum's kind word says so: `GuildCreateEvent`,
    /// `GatewayEvent::GuildCreate`).
    Happening {
        verb: Verb,
        operation: Option<usize>,
    },
    /// An action and `Before`/`After` (`FindAfter`, `AfterCatalogueInitialize`): a lifecycle
    /// hook, the event fired around the action. `edge` is the index of `Before`/`After`.
    Hook { edge: usize },
    /// `[actor] verb [particle] rest`. `or_event`: the name reads as an event too (`PlaceBid`:
    /// the last word's participle is its base form and the first word is as much a noun).
    /// `actor`: how many words before the verb name the person who asks (`User` of
    /// `UserChangePassword`), usually none.
    Command {
        clause: Clause,
        or_event: bool,
        actor: usize,
    },
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
    /// No verb, but a noun names an occurrence (`Heartbeat`, `TextEditChange`,
    /// `AccountWithdrawal`; `Attempt` of `AttemptOfLoggingIn`): a happening named by its noun,
    /// the word at `head`.
    Occurrence { head: usize },
    /// No verb in a position that makes a reading.
    NoVerb,
}
