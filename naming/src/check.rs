//! Checking a name against the kind it was declared ([`check`], [`check_variant`],
//! [`check_wire_name`]) and wording the error ([`Violation`]).

use std::fmt;

use crate::analysis::{Analysis, OCCURRENCE, Problem, classify_with};
use crate::grammar::CueKind;
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::words::{self, pascal};
use crate::{Kind, Verdict, typo};

/// A name that does not read as the kind it was declared.
///
/// Every violation says what was read, suggests a name that itself passes (when one can be
/// computed) and, in [`note`](Violation::note), points to both ways out: `allow_name` and the
/// vocabulary file.
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check};
/// let v = check("OrderPlaced", Kind::Command, &Vocabulary::default()).unwrap_err();
/// assert_eq!(
///     v.to_string(),
///     "`OrderPlaced` is named like an event (past participle \"Placed\"), but commands are \
///      requests in the imperative\n= help: start with the verb, e.g. `PlaceOrder`\n\
///      = note: if the name is right, add `#[command(allow_name = \"why\")]`, or declare \
///      its words in factum-vocabulary.txt (`verb WORD`, `noun WORD`)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// The ways out when the name is right after all.
    pub note: String,
    /// A concrete replacement name that itself passes, when one could be computed.
    pub suggestion: Option<String>,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}\n= help: {}\n= note: {}",
            self.message, self.help, self.note
        )
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
    if analysis.accepts(kind) {
        Ok(())
    } else {
        Err(violation(&analysis, kind, vocab))
    }
}

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
    let family = family_kind(enum_name);
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
    if alone.accepts(kind) {
        return Ok(());
    }
    let subject = enum_subject(enum_name);
    // An enum named only by its kind word (`enum Event`) gives no subject to complete: its
    // variants name kinds of events, as types named with the word as suffix do (`Commit`
    // reads `CommitEvent`, a commit event).
    if kind_word_only_accepts(family, &subject, variant, kind, vocab) {
        return Ok(());
    }
    // A variant with no verb (`Keyboard`, `InboundFailure` in `enum SwarmEvent`; `Visible` in
    // `enum ViewportCommand`) is what its enum's kind word says, as a type's own suffix would
    // say it (`KeyboardEvent`); it is never completed with the subject into another kind.
    if no_verb(&alone)
        && let Some(family) = family
    {
        if family == kind {
            return Ok(());
        }
        return Err(family_violation(
            variant,
            enum_name,
            family,
            kind,
            FamilyReading::NoVerb,
        ));
    }
    if subject.is_empty() || variant.starts_with(subject.as_str()) {
        return Err(violation(&alone, kind, vocab));
    }
    // A variant that reads as another kind on its own (`CloseRequested` in a command enum)
    // is that kind; the subject only completes a variant that gives no reading alone.
    if alone.verdict != Verdict::Unknown {
        return Err(variant_violation(
            family_kind(enum_name),
            variant,
            &subject,
            &alone,
            kind,
            vocab,
        ));
    }
    let combined_name = match kind {
        Kind::Event => format!("{subject}{variant}"),
        Kind::Command | Kind::Query => format!("{variant}{subject}"),
    };
    let combined = classify_with(&combined_name, vocab);
    if combined.accepts(kind) {
        return Ok(());
    }
    // The variant's own reading is the one to explain, unless it found nothing and the
    // subject gives it a reading.
    if alone.verdict == Verdict::Unknown && combined.verdict != Verdict::Unknown {
        let mut v = violation(&combined, kind, vocab);
        let strip = |s: &str| {
            s.strip_prefix(subject.as_str())
                .or_else(|| s.strip_suffix(subject.as_str()))
                .filter(|rest| !rest.is_empty())
                .map(str::to_owned)
        };
        let short = v.suggestion.as_deref().and_then(strip);
        v.message = v.message.replacen(
            &format!("`{combined_name}`"),
            &format!("`{variant}` (read with its enum's subject as `{combined_name}`)"),
            1,
        );
        if let (Some(full), Some(short)) = (&v.suggestion, &short) {
            v.help = v.help.replace(&format!("`{full}`"), &format!("`{short}`"));
        }
        v.suggestion = short.or(v.suggestion);
        return Err(v);
    }
    Err(variant_violation(
        family_kind(enum_name),
        variant,
        &subject,
        &alone,
        kind,
        vocab,
    ))
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
            "`{variant}` reads as `{variant}{}` in its enum `{enum_name}`, which names {}s, but {}",
            family.derive(),
            family.name(),
            expected(kind)
        ),
        FamilyReading::NoVerb => format!(
            "`{variant}` has no verb and its enum `{enum_name}` names {}s, but {}",
            family.name(),
            expected(kind)
        ),
    };
    Violation {
        message,
        help: match why {
            FamilyReading::NoVerb => format!(
                "if the enum holds {}s, derive `{}`; otherwise name each variant as {}",
                family.name(),
                family.derive(),
                match kind {
                    Kind::Event => "the fact that happened",
                    Kind::Command => "a request, verb first",
                    Kind::Query => "a question",
                }
            ),
            // Read with the enum's word, any variant is of its kind: only the enum's name
            // or the derive can change.
            FamilyReading::Suffixed => format!(
                "if the enum holds {}s, derive `{}`; if it holds {}s, name the enum for them, e.g. `{}{}`",
                family.name(),
                family.derive(),
                kind.name(),
                enum_subject(enum_name),
                kind.derive()
            ),
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

/// What [`check_variant`] decides, for a suggestion (without recursing into the wording).
fn variant_passes(
    family: Option<Kind>,
    subject: &str,
    variant: &str,
    kind: Kind,
    vocab: &Vocabulary,
) -> bool {
    let alone = classify_with(variant, vocab);
    if let Some(family) = family
        && another_kinds_word_rejects(family, variant, &alone, kind, vocab)
    {
        return false;
    }
    if alone.accepts(kind) {
        return true;
    }
    if kind_word_only_accepts(family, subject, variant, kind, vocab) {
        return true;
    }
    if no_verb(&alone)
        && let Some(family) = family
    {
        return family == kind;
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
    let mut v = violation(alone, kind, vocab);
    // No suggestion for the variant alone (`Cancel` has no subject to put first): take the
    // one for the variant with its subject on either side, and drop the subject again.
    if v.suggestion.is_none() {
        for composed in [format!("{variant}{subject}"), format!("{subject}{variant}")] {
            let Some(s) = violation(&classify_with(&composed, vocab), kind, vocab).suggestion
            else {
                continue;
            };
            if let Some(rest) = s
                .strip_prefix(subject)
                .or_else(|| s.strip_suffix(subject))
                .filter(|r| !r.is_empty())
                && variant_passes(family, subject, rest, kind, vocab)
            {
                v.help = match kind {
                    Kind::Event => format!("name it after what happened, e.g. `{rest}`"),
                    Kind::Command => format!("start with the verb, e.g. `{rest}`"),
                    Kind::Query => format!("start with a question verb, e.g. `{rest}`"),
                };
                v.suggestion = Some(rest.to_owned());
                return v;
            }
        }
    }
    // Suggest the variant without the subject the enum already gives, unless the variant
    // names it itself (`OrderEvent::CancelOrder` → `OrderCancelled`).
    if !variant.contains(subject)
        && let Some(s) = v.suggestion.clone()
        && let Some(rest) = s.strip_prefix(subject).filter(|r| !r.is_empty())
        && variant_passes(family, subject, rest, kind, vocab)
    {
        v.help = v.help.replace(&format!("`{s}`"), &format!("`{rest}`"));
        v.suggestion = Some(rest.to_owned());
    }
    // In an enum whose kind word names the kind the variant reads as (`Placed` in
    // `OrderEvent`, derived as a `Command`), a suggestion that fails there (`Place` reads
    // `PlaceEvent`) is dropped: the derive is what to change.
    if let Some(family) = family
        && family != kind
        && alone.verdict == Verdict::from(family)
        && v.suggestion
            .as_deref()
            .is_none_or(|s| !variant_passes(Some(family), subject, s, kind, vocab))
    {
        v.suggestion = None;
        v.help = format!(
            "the enum's name says it holds {}s, as this variant reads: derive `{}`",
            family.name(),
            family.derive()
        );
    }
    v
}

/// The part of a wire name that is read: the last segment of a dotted, slashed or
/// colon-separated name (`com.shop.order.placed` → `placed`).
///
/// ```
/// assert_eq!(factum_naming::wire_segment("com.shop.order.placed"), "placed");
/// assert_eq!(factum_naming::wire_segment("OrderPlaced"), "OrderPlaced");
/// ```
#[must_use]
pub fn wire_segment(wire_name: &str) -> &str {
    let (start, end) = segment_range(wire_name);
    &wire_name[start..end]
}

/// Byte range of the last non-empty segment (the whole name when it has none); both ends
/// are character boundaries, as they sit next to an ASCII separator or at an end.
fn segment_range(wire_name: &str) -> (usize, usize) {
    let is_sep = |c: char| matches!(c, '.' | '/' | ':');
    let end = wire_name.trim_end_matches(is_sep).len();
    if end == 0 {
        return (0, wire_name.len());
    }
    let start = wire_name[..end].rfind(is_sep).map_or(0, |i| i + 1);
    (start, end)
}

/// Checks a wire name (`name = "com.shop.order.placed"`): its last segment is read, and a
/// lower-case segment reads as the Rust identifier it spells (`order_placed`, `placed`).
/// Suggestions keep the wire name's style (`com.shop.order.place` → `…order.placed`).
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check_wire_name};
/// let v = Vocabulary::default();
/// assert!(check_wire_name("com.shop.order.placed", Kind::Event, &v).is_ok());
/// let e = check_wire_name("com.shop.order.place_order", Kind::Event, &v).unwrap_err();
/// assert_eq!(e.suggestion.as_deref(), Some("com.shop.order.order_placed"));
/// ```
///
/// # Errors
///
/// A [`Violation`] when the segment does not read as `kind`.
pub fn check_wire_name(wire_name: &str, kind: Kind, vocab: &Vocabulary) -> Result<(), Violation> {
    let (start, end) = segment_range(wire_name);
    let segment = &wire_name[start..end];
    let Err(mut v) = check(segment, kind, vocab) else {
        return Ok(());
    };
    let (prefix, rest) = (&wire_name[..start], &wire_name[end..]);
    let lower = !segment.chars().any(char::is_uppercase);
    let sep = if segment.contains('-') { "-" } else { "_" };
    let styled = |s: &str| {
        let s = if lower {
            words::split(s)
                .iter()
                .map(|w| w.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(sep)
        } else {
            s.to_owned()
        };
        format!("{prefix}{s}{rest}")
    };
    if let Some(s) = v.suggestion.take() {
        let full = styled(&s);
        v.help = v.help.replace(&format!("`{s}`"), &format!("`{full}`"));
        v.suggestion = Some(full);
    }
    if !prefix.is_empty() || !rest.is_empty() {
        v.message = v.message.replacen(
            &format!("`{segment}`"),
            &format!("`{segment}` (the last part of `{wire_name}`)"),
            1,
        );
    }
    Err(v)
}

/// `a heartbeat`, `an outage`: a noun with its indefinite article, lower case.
fn article(word: &str) -> String {
    let lower = word.to_lowercase();
    let an = lower.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {lower}", if an { "an" } else { "a" })
}

fn note(kind: Kind) -> String {
    format!(
        "if the name is right, add `#[{}(allow_name = \"why\")]`, or declare its words in factum-vocabulary.txt (`verb WORD`, `noun WORD`)",
        kind.name()
    )
}

/// The first correction of a misspelt word that makes the name pass as `kind`.
fn typo_fix(a: &Analysis, kind: Kind, vocab: &Vocabulary) -> Option<(String, String)> {
    // A wish or a request (`OrderMustBeCancelled`) is read right; no word is misspelt.
    if matches!(a.problem, Problem::Cue(_)) {
        return None;
    }
    let lex = Lex { vocab };
    // Decoration (`Event`, `Command`) is no misspelt verb (`SendReceiptEvent` is not
    // `SendReceiptEvert`).
    let core = a.words.len() - a.decoration.len();
    for (i, word) in a.words.iter().enumerate().take(core) {
        let lower = word.to_lowercase();
        for fix in typo::corrections(&lex, &lower) {
            let replaced = if word.chars().next().is_some_and(char::is_uppercase) {
                pascal(&fix)
            } else {
                fix.clone()
            };
            let mut parts = a.words.clone();
            parts[i].clone_from(&replaced);
            let candidate = parts.concat();
            if classify_with(&candidate, vocab).accepts(kind) {
                return Some((word.clone(), candidate));
            }
        }
    }
    None
}

/// A word of the name that ends in `-ed` but is no known verb form (`Geofenced`), with the
/// base form it most likely has (`geofence`).
fn unknown_past(a: &Analysis, vocab: &Vocabulary) -> Option<(String, String)> {
    let lex = Lex { vocab };
    a.words[..a.words.len() - a.decoration.len()]
        .iter()
        .find_map(|word| {
            let lower = word.to_lowercase();
            let stem = lower.strip_suffix("ed")?;
            if stem.len() < 3
                || !lower.bytes().all(|b| b.is_ascii_lowercase())
                || lex.past(&lower).is_some()
                || lex.base(&lower).is_some()
                || lex.adjective(&lower)
            {
                return None;
            }
            // `geofenced` → `geofence`, `frobnicated` → `frobnicate`, `pinged` → `ping`.
            let e_drop = ["at", "c", "g", "iz", "is", "v", "u", "ur", "bl", "pl", "tl"]
                .iter()
                .any(|end| stem.ends_with(end))
                && !stem.ends_with("ng");
            let base = if e_drop {
                format!("{stem}e")
            } else {
                stem.to_owned()
            };
            Some((word.clone(), base))
        })
}

#[allow(clippy::too_many_lines)]
pub(crate) fn violation(a: &Analysis, kind: Kind, vocab: &Vocabulary) -> Violation {
    let name = &a.name;
    if let Some((word, fixed)) = typo_fix(a, kind, vocab) {
        return Violation {
            message: format!(
                "`{name}` does not read as {}: \"{word}\" is not a word factum knows",
                match kind {
                    Kind::Event => "an event",
                    Kind::Command => "a command",
                    Kind::Query => "a query",
                }
            ),
            help: format!("did you mean `{fixed}`?"),
            note: note(kind),
            suggestion: Some(fixed),
        };
    }
    if let Some((word, base)) = unknown_past(a, vocab)
        && kind == Kind::Event
    {
        return Violation {
            message: format!(
                "`{name}` does not read as an event: \"{word}\" looks like the past of a verb factum does not know"
            ),
            help: format!(
                "if it is, declare the verb: add `verb {base}` to factum-vocabulary.txt beside Cargo.toml"
            ),
            note: note(kind),
            suggestion: None,
        };
    }
    let cue = a.cue.as_deref().unwrap_or("");
    let want = expected(kind);
    // Only a suggestion that itself passes is offered.
    let suggestion = a
        .suggestion(kind)
        .filter(|s| *s != name.as_str() && classify_with(s, vocab).accepts(kind))
        .map(str::to_owned);
    let eg = |prefix: &str| {
        suggestion
            .as_ref()
            .map_or_else(String::new, |s| format!("{prefix}`{s}`"))
    };
    let (message, help) = match a.problem {
        Problem::Reads(Verdict::Command) => (
            format!(
                "`{name}` is named like a command ({} \"{cue}\"), but {want}",
                a.cue_label
            ),
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
            format!(
                "`{name}` is named like an event ({} \"{cue}\"), but {want}",
                a.cue_label
            ),
            match kind {
                // A noun of an occurrence (`Heartbeat`) has no verb to move first: it is an
                // event, or the command asks for the occurrence (`EmitHeartbeat`).
                Kind::Command if a.cue_label == OCCURRENCE => format!(
                    "if it reports that {} happened, derive `Event`; if it asks for one, start with the verb{}",
                    a.cue.as_deref().map_or_else(|| "it".to_owned(), article),
                    eg(", e.g. ")
                ),
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
        Problem::NounPhrase | Problem::NoVerb | Problem::LoneVerb => {
            let what = if a.problem == Problem::NounPhrase {
                format!("`{name}` reads as a noun phrase (\"{cue}\") with no verb")
            } else {
                format!("`{name}` has no verb")
            };
            let help = match kind {
                Kind::Event => match &suggestion {
                    None => "say what happened to it, in the past tense".to_owned(),
                    Some(created) if a.verb.is_some() => {
                        format!("name what happened, e.g. `{created}`")
                    }
                    Some(created) => {
                        let updated = created.strip_suffix("Created").map_or_else(
                            String::new,
                            |stem| format!(" or `{stem}Updated`"),
                        );
                        format!("say what happened to it, e.g. `{created}`{updated}")
                    }
                },
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
        note: note(kind),
        suggestion,
    }
}
