//! Checking a variant of an enum of messages ([`check_variant`]): the variant reads alone, with
//! its enum's subject ([`enum_subject`]), or as its enum's kind word says; and the error and
//! suggestion for a variant that fails.

use super::data::{names_a_query_family, names_its_data};
use super::family::{
    data_of_queries, filter_of_queries, lone_noun_of_events, lone_noun_queried, lone_verb_commanded,
};
use super::violation::{Place, Violation, expected, note, violation_where};
use crate::analysis::{Analysis, Problem, classify_with};
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::words::{self, pascal};
use crate::{Kind, Verdict};

/// Words that close the name of an enum of messages and say only that it is one
/// (`OrderEvent`, `BillingCommands`): what is left is the subject its variants share.
const FAMILY_WORDS: &[&str] = &[
    "cmd",
    "command",
    "commands",
    "domain",
    "event",
    "events",
    "evt",
    "integration",
    "internal",
    "message",
    "messages",
    "msg",
    "notification",
    "notifications",
    "queries",
    "query",
];

/// The subject an enum's variants share: `OrderEvent` → `Order`, `BillingCommands` →
/// `Billing`; empty when the enum's name is only such words (`Events`).
///
/// ```
/// assert_eq!(factum_naming::enum_subject("SubscriptionEvents"), "Subscription");
/// assert_eq!(factum_naming::enum_subject("Event"), "");
/// ```
#[must_use]
pub fn enum_subject(enum_name: &str) -> String {
    let all = words::split(enum_name);
    let mut end = all.len();
    while end > 0 && FAMILY_WORDS.contains(&all[end - 1].lower.as_str()) {
        end -= 1;
    }
    all[..end].iter().map(|w| pascal(w.text)).collect()
}

/// Checks a variant of an enum of messages. A variant reads together with its enum's subject
/// (`enum OrderEvent { Placed }` reads `OrderPlaced`; `enum OrderCommand { Cancel }` reads
/// `CancelOrder`): it passes when it reads as `kind` alone or with that subject.
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check_variant};
/// let v = Vocabulary::default();
/// assert!(check_variant("SubscriptionEvent", "Renewed", Kind::Event, &v).is_ok());
/// assert!(check_variant("OrderCommand", "Cancel", Kind::Command, &v).is_ok());
/// let e = check_variant("OrderEvent", "Cancel", Kind::Event, &v).unwrap_err();
/// assert_eq!(e.suggestion.as_deref(), Some("Cancelled"));
/// ```
///
/// # Errors
///
/// A [`Violation`] about the variant when neither reading is of `kind`.
pub fn check_variant(
    enum_name: &str,
    variant: &str,
    kind: Kind,
    vocab: &Vocabulary,
) -> Result<(), Violation> {
    let alone = classify_with(variant, vocab);
    // An enum named by a document, a measure or a search (`FareReport`, `UsageBreakdown`,
    // `PermitSearch`) is a family of queries to the `Query` derive (`PermitSearch::ByAddress`).
    let family = family_kind(enum_name).or_else(|| {
        (kind == Kind::Query && names_a_query_family(enum_name)).then_some(Kind::Query)
    });
    // The derive of another kind than the enum's kind word reads a variant as a type named with
    // that word as suffix would read (`PinchGesture` in `WindowEvent`: `PinchGestureEvent`, an
    // event): a reading the suffix overrides does not pass.
    if let Some(family) = family
        && !no_verb(&alone)
        && another_kinds_word_rejects(family, variant, &alone, kind, vocab)
    {
        return Err(family_violation(
            variant,
            enum_name,
            family,
            kind,
            FamilyReading::Suffixed,
        ));
    }
    // A noun phrase that reads as an imperative only second (`AccessKitActionRequest` in
    // `enum UserEvent`: a request message, or `access` the kit's action request) is what its
    // enum's kind word says, as a variant with no verb is (below).
    if let Some(family) = family
        && family != kind
        && no_verb(&alone)
    {
        return Err(family_violation(
            variant,
            enum_name,
            family,
            kind,
            FamilyReading::NoVerb,
        ));
    }
    // A variant of an enum of queries, or of documents, names its data as a type's name does
    // (`TicketQuery::ArchivedTickets`, `CampaignQuery::StatusReport`,
    // `FareReport::DailySettlement`).
    if alone.accepts(kind)
        || (kind == Kind::Query && family == Some(Kind::Query) && names_its_data(&alone, vocab))
    {
        return Ok(());
    }
    let subject = enum_subject(enum_name);
    // An enum named only by its kind word (`enum Event`) gives no subject to complete: its
    // variants name kinds of events, as types named with the word as suffix do (`Commit`
    // reads `CommitEvent`, a commit event).
    if kind_word_only_accepts(family, &subject, variant, kind, vocab)
        || kind_word_overrides(family, variant, &alone, kind, vocab)
    {
        return Ok(());
    }
    // A variant with no verb (`Keyboard`, `InboundFailure` in `enum SwarmEvent`; `Visible` in
    // `enum ViewportCommand`) is what its enum's kind word says, as a type's own suffix would
    // say it (`KeyboardEvent`); it is never completed with the subject into another kind (the
    // check above already refused it for a kind other than the enum's).
    if no_verb(&alone) && family == Some(kind) {
        return Ok(());
    }
    if lone_verb_commanded(&alone, family, kind)
        || lone_noun_queried(&alone, family, kind)
        || filter_of_queries(&alone, family, kind, &Lex { vocab })
        || data_of_queries(&alone, family, kind, &Lex { vocab })
        || lone_noun_of_events(&alone, family, kind, &Lex { vocab })
    {
        return Ok(());
    }
    let passes = |s: &str| variant_passes(family, &subject, s, kind, vocab);
    if subject.is_empty() || variant.starts_with(subject.as_str()) {
        let mut v = violation_where(&alone, kind, vocab, Place::Variant, &passes);
        enum_way_out(&mut v, enum_name, family, &alone, kind);
        return Err(v);
    }
    // A variant that reads as another kind on its own (`CloseRequested` in a command enum)
    // is that kind; the subject only completes a variant that gives no reading alone, or an
    // imperative whose verb's participle is its base: after its subject, that verb is the
    // participle (`PutOnHold` in `enum JobEvent` reads `JobPutOnHold`, a fact).
    if kind == Kind::Event
        && family == Some(Kind::Event)
        && participle_after_subject(&subject, variant, &alone, vocab)
    {
        return Ok(());
    }
    if alone.verdict != Verdict::Unknown {
        let mut v = variant_violation(family, variant, &subject, &alone, kind, vocab);
        enum_way_out(&mut v, enum_name, family, &alone, kind);
        return Err(v);
    }
    let combined_name = match kind {
        Kind::Event => format!("{subject}{variant}"),
        Kind::Command | Kind::Query => format!("{variant}{subject}"),
    };
    let combined = classify_with(&combined_name, vocab);
    if combined.accepts(kind) || subject_read_as_nouns(&combined, &subject, kind, vocab) {
        return Ok(());
    }
    // The variant found nothing on its own (it would have returned above): explain the
    // reading the subject gives it, if any, and otherwise the variant's own.
    if combined.verdict != Verdict::Unknown {
        // A suggestion for the combined name stands in the enum without the subject the enum
        // already gives (`Cancelled`, not `OrderCancelled`), or whole if only that passes.
        let in_enum = |s: &str| {
            without_subject(s, &subject, &passes).or_else(|| passes(s).then(|| s.to_owned()))
        };
        let mut v = violation_where(&combined, kind, vocab, Place::Variant, &|s| {
            in_enum(s).is_some()
        });
        let short = v.suggestion.as_deref().and_then(in_enum);
        v.message = v.message.replacen(
            &format!("`{combined_name}`"),
            &format!("`{variant}` (read with its enum's subject as `{combined_name}`)"),
            1,
        );
        if let (Some(full), Some(short)) = (&v.suggestion, &short) {
            v.help = v.help.replace(&format!("`{full}`"), &format!("`{short}`"));
        }
        v.suggestion = short;
        enum_way_out(&mut v, enum_name, family, &alone, kind);
        return Err(v);
    }
    let mut v = variant_violation(family, variant, &subject, &alone, kind, vocab);
    enum_way_out(&mut v, enum_name, family, &alone, kind);
    Err(v)
}

/// Whether a variant of an enum of events that reads alone as an imperative opens with a verb
/// whose past participle is its base (`put`, `set`, `cut`, `run`), and reads after its enum's
/// subject as a fact (`PutOnHold` in `enum JobEvent`: `JobPutOnHold`, the job put on hold).
fn participle_after_subject(
    subject: &str,
    variant: &str,
    alone: &Analysis,
    vocab: &Vocabulary,
) -> bool {
    !subject.is_empty()
        && alone.verdict == Verdict::Command
        && alone.words.first() == alone.cue.as_ref()
        && alone
            .cue
            .as_deref()
            .is_some_and(|cue| Lex { vocab }.participle_is_base(&cue.to_lowercase()))
        && classify_with(&format!("{subject}{variant}"), vocab).accepts(Kind::Event)
}

/// Whether the variant, read after its enum's subject, passes as `kind` once the subject's first
/// word is the noun it is there (`RequestStatus::OnHold`: the request's status on hold, no
/// request to make; `StationAlarm::PowerFailure`): an enum's subject names a thing.
fn subject_read_as_nouns(
    combined: &Analysis,
    subject: &str,
    kind: Kind,
    vocab: &Vocabulary,
) -> bool {
    let subject_words = words::split(subject);
    let Some(first) = subject_words.first().map(|w| w.lower.clone()) else {
        return false;
    };
    if kind != Kind::Event
        || combined.verdict != Verdict::Command
        || combined.cue.as_deref().map(str::to_lowercase).as_deref() != Some(first.as_str())
    {
        return false;
    }
    let mut nouns = vocab.clone();
    nouns.nouns.insert(first);
    // The variant says what happened, not a word of the subject (`TurnBasedGameActor`), nor a
    // bare verb after it, a UI's happening (`GameActor::Broadcast`: the enum's subject then is
    // who is asked).
    let read = classify_with(&combined.name, &nouns);
    let cue = read.cue.as_deref().and_then(|c| c.split(' ').next());
    read.accepts(kind)
        && read.cue_label != crate::analysis::HAPPENING
        && read.words[subject_words.len().min(read.words.len())..]
            .iter()
            .any(|w| Some(w.as_str()) == cue)
}

/// Whether the kind word of the variant's enum, another kind than `kind`, makes the derive of
/// `kind` reject a variant that reads as `kind` or as nothing alone: read with the word as
/// suffix (`PinchGesture` in `WindowEvent` as `PinchGestureEvent`), it is not of `kind`.
fn another_kinds_word_rejects(
    family: Kind,
    variant: &str,
    alone: &Analysis,
    kind: Kind,
    vocab: &Vocabulary,
) -> bool {
    family != kind
        && (alone.accepts(kind) || alone.verdict == Verdict::Unknown)
        && !classify_with(&format!("{variant}{}", family.derive()), vocab).accepts(kind)
}

/// Whether an enum named only by the kind word of `kind` (`enum Event`, no subject) accepts the
/// variant: read with the word as suffix (`Commit` as `CommitEvent`), it is of `kind`.
fn kind_word_only_accepts(
    family: Option<Kind>,
    subject: &str,
    variant: &str,
    kind: Kind,
    vocab: &Vocabulary,
) -> bool {
    subject.is_empty()
        && family == Some(kind)
        && classify_with(&format!("{variant}{}", kind.derive()), vocab).accepts(kind)
}

/// Whether the enum's kind word, the kind of the derive, overrides the variant's reading as a
/// type's own suffix would: several words read as a state reached, a happening, an occurrence
/// or a hook (`ToggleDebugVisual` in `LapceWorkbenchCommand`, as `ToggleDebugVisualCommand`).
/// A fact or an imperative alone stays what it is (`CloseRequested` in a command enum,
/// `Cancel` in `OrderEvent`).
fn kind_word_overrides(
    family: Option<Kind>,
    variant: &str,
    alone: &Analysis,
    kind: Kind,
    vocab: &Vocabulary,
) -> bool {
    family == Some(kind)
        && alone.yields_to_kind_word
        && classify_with(&format!("{variant}{}", kind.derive()), vocab).accepts(kind)
}

/// Why a variant reads as its enum's kind word says.
#[derive(Clone, Copy)]
enum FamilyReading {
    /// It has no verb (`Visible` in `ViewportCommand`).
    NoVerb,
    /// Read with the kind word as suffix, it is of that kind (`PinchGesture` in `WindowEvent`).
    Suffixed,
}

/// The error for a variant whose enum's kind word names another kind than its derive.
fn family_violation(
    variant: &str,
    enum_name: &str,
    family: Kind,
    kind: Kind,
    why: FamilyReading,
) -> Violation {
    let message = match why {
        FamilyReading::Suffixed => format!(
            "`{variant}` reads as `{variant}{}` in its enum `{enum_name}`, which names {}, but {}",
            family.derive(),
            plural(family),
            expected(kind)
        ),
        FamilyReading::NoVerb => format!(
            "`{variant}` has no verb and its enum `{enum_name}` names {}, but {}",
            plural(family),
            expected(kind)
        ),
    };
    Violation {
        message,
        help: match why {
            FamilyReading::NoVerb => format!(
                "if the enum holds {}, derive `{}`; otherwise name each variant as {}",
                plural(family),
                family.derive(),
                match kind {
                    Kind::Event => "the fact that happened",
                    Kind::Command => "a request, verb first",
                    Kind::Query => "a question",
                }
            ),
            // Read with the enum's word, any variant is of its kind: only the enum's name
            // or the derive can change.
            FamilyReading::Suffixed => derive_or_rename(enum_name, family, kind),
        },
        note: note(kind),
        suggestion: None,
    }
}

/// Whether a reading found no verb at all (`Keyboard`, `OrderStatus`): not a wish, a
/// request, a reading of another kind, nor a lone verb that is mostly a noun (`Place`).
fn no_verb(a: &Analysis) -> bool {
    a.verdict == Verdict::Unknown && matches!(a.problem, Problem::NoVerb | Problem::NounPhrase)
}

/// The kind an enum's name ends in (`WindowEvent`, `ViewportCommand`, `BillingCommands`,
/// `Events`), read like a type's own suffix.
fn family_kind(enum_name: &str) -> Option<Kind> {
    let all = words::split(enum_name);
    let last = all.last()?.lower.as_str();
    let singular = match last {
        "events" => "event",
        "commands" => "command",
        "cmds" => "cmd",
        "queries" => "query",
        "notifications" => "notification",
        other => other,
    };
    match words::decoration_kind(singular)? {
        words::Decoration::Event => Some(Kind::Event),
        words::Decoration::Command => Some(Kind::Command),
        words::Decoration::Query => Some(Kind::Query),
        words::Decoration::Version | words::Decoration::Neutral => None,
    }
}

/// What [`check_variant`] decides, for a suggestion (without recursing into the wording). In an
/// enum whose kind word names another kind, no variant is offered: what passes there passes
/// only by a twist (`IsAccountActivated` in `DomainEvent`, derived as a `Query`); the derive
/// or the enum's name is what to change.
fn variant_passes(
    family: Option<Kind>,
    subject: &str,
    variant: &str,
    kind: Kind,
    vocab: &Vocabulary,
) -> bool {
    if family.is_some_and(|f| f != kind) {
        return false;
    }
    let alone = classify_with(variant, vocab);
    if let Some(family) = family
        && another_kinds_word_rejects(family, variant, &alone, kind, vocab)
    {
        return false;
    }
    if alone.accepts(kind) {
        return true;
    }
    if kind_word_only_accepts(family, subject, variant, kind, vocab)
        || kind_word_overrides(family, variant, &alone, kind, vocab)
    {
        return true;
    }
    if no_verb(&alone)
        && let Some(family) = family
    {
        return family == kind;
    }
    if lone_verb_commanded(&alone, family, kind) {
        return true;
    }
    if alone.verdict != Verdict::Unknown || subject.is_empty() || variant.starts_with(subject) {
        return false;
    }
    let combined = match kind {
        Kind::Event => format!("{subject}{variant}"),
        Kind::Command | Kind::Query => format!("{variant}{subject}"),
    };
    classify_with(&combined, vocab).accepts(kind)
}

/// The error for a variant, with a suggestion that passes as a variant of its enum.
fn variant_violation(
    family: Option<Kind>,
    variant: &str,
    subject: &str,
    alone: &Analysis,
    kind: Kind,
    vocab: &Vocabulary,
) -> Violation {
    let passes = |s: &str| variant_passes(family, subject, s, kind, vocab);
    // A suggestion stands in the enum without the subject the enum already gives, unless the
    // variant names it itself (`OrderEvent::CancelOrder` → `OrderCancelled`), or whole if only
    // that passes.
    let in_enum = |s: &str| {
        s.strip_prefix(subject)
            .filter(|rest| !variant.contains(subject) && !rest.is_empty() && passes(rest))
            .or(Some(s).filter(|s| passes(s)))
            .map(str::to_owned)
    };
    let mut v = violation_where(alone, kind, vocab, Place::Variant, &|s| {
        in_enum(s).is_some()
    });
    if let Some(full) = v.suggestion.clone()
        && let Some(short) = in_enum(&full)
        && short != full
    {
        v.help = v.help.replace(&format!("`{full}`"), &format!("`{short}`"));
        v.suggestion = Some(short);
    }
    // No suggestion for the variant alone (`Cancel` has no subject to put first): take the
    // one for the variant with its subject on either side, and drop the subject again.
    if v.suggestion.is_none() {
        let strip = |s: &str| without_subject(s, subject, &passes);
        for composed in [format!("{variant}{subject}"), format!("{subject}{variant}")] {
            let composed = classify_with(&composed, vocab);
            let found = violation_where(&composed, kind, vocab, Place::Variant, &|s| {
                strip(s).is_some()
            })
            .suggestion
            .and_then(|s| strip(&s));
            if let Some(rest) = found {
                v.help = match kind {
                    Kind::Event => format!("name it after what happened, e.g. `{rest}`"),
                    Kind::Command => format!("start with the verb, e.g. `{rest}`"),
                    Kind::Query => format!("start with a question verb, e.g. `{rest}`"),
                };
                v.suggestion = Some(rest);
                return v;
            }
        }
    }
    v
}

/// A suggestion for the variant read with its enum's subject, without that subject on either
/// side (`OrderCancelled` → `Cancelled`), when what is left passes in the enum.
fn without_subject(s: &str, subject: &str, passes: &dyn Fn(&str) -> bool) -> Option<String> {
    s.strip_prefix(subject)
        .or_else(|| s.strip_suffix(subject))
        .filter(|rest| !rest.is_empty() && passes(rest))
        .map(str::to_owned)
}

/// The way out for a variant no name can save: in an enum whose kind word names another kind
/// than the derive, a variant that reads as that kind (`Placed` in `OrderEvent`, derived as a
/// `Command`) or finds no name that passes there is a case of the enum's kind: the derive, or
/// the enum's name, is what to change.
fn enum_way_out(
    v: &mut Violation,
    enum_name: &str,
    family: Option<Kind>,
    alone: &Analysis,
    kind: Kind,
) {
    let Some(family) = family.filter(|f| *f != kind) else {
        return;
    };
    if v.suggestion.is_some() {
        return;
    }
    v.help = if alone.verdict == Verdict::from(family) {
        format!(
            "the enum's name says it holds {}, as this variant reads: derive `{}`",
            plural(family),
            family.derive()
        )
    } else {
        derive_or_rename(enum_name, family, kind)
    };
}

/// The help for an enum whose kind word names `family`, derived as `kind`: derive its kind, or
/// name the enum for what it holds (`OrderCommand`).
fn derive_or_rename(enum_name: &str, family: Kind, kind: Kind) -> String {
    format!(
        "if the enum holds {}, derive `{}`; if it holds {}, name the enum for them, e.g. `{}{}`",
        plural(family),
        family.derive(),
        plural(kind),
        enum_subject(enum_name),
        kind.derive()
    )
}

/// `events`, `commands`, `queries`.
fn plural(kind: Kind) -> &'static str {
    match kind {
        Kind::Event => "events",
        Kind::Command => "commands",
        Kind::Query => "queries",
    }
}
