//! Checking a type's name against the kind it was declared ([`check`]), and the one reading
//! only a whole type name gets: a lone verb names its action (`Click`, `Resize`).

use super::violation::{Violation, violation};
use crate::analysis::{Analysis, Problem, classify_with};
use crate::vocabulary::Vocabulary;
use crate::{Kind, Verdict};

/// `Ok` if `name` reads as `kind`; otherwise the error to show at the name's span.
///
/// A type named by one verb and nothing else, used at least as much as a verb (`Click`,
/// `Resize`, `Mount`, `Logout`), names its action as much as it orders it: UI and framework
/// code names the event of a click `Click`. Both derives accept it. With an object it is a
/// clause, an imperative (`PlaceOrder` is no event); a word mostly used as a noun names a
/// thing (`Order` is neither); and an enum's variant reads with its enum instead
/// (`OrderEvent::Cancel` stays an error: [`check_variant`](crate::check_variant)).
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check};
/// let vocab = Vocabulary::default();
/// assert!(check("OrderPlaced", Kind::Event, &vocab).is_ok());
/// assert!(check("Resize", Kind::Event, &vocab).is_ok());
/// assert!(check("Resize", Kind::Command, &vocab).is_ok());
/// let v = check("SendWelcomeEmail", Kind::Event, &vocab).unwrap_err();
/// assert_eq!(v.help, "name it after what happened, e.g. `WelcomeEmailSent`");
/// ```
///
/// # Errors
///
/// A [`Violation`] when the verdict of [`classify_with`] differs from `kind`.
pub fn check(name: &str, kind: Kind, vocab: &Vocabulary) -> Result<(), Violation> {
    let analysis = classify_with(name, vocab);
    if analysis.accepts(kind)
        || (kind == Kind::Event && names_its_action(&analysis))
        || (kind == Kind::Query && names_what_it_returns(&analysis))
    {
        Ok(())
    } else {
        Err(violation(&analysis, kind, vocab))
    }
}

/// Whether the name has no verb at all (`AvailableHours`, `TrainingsForUser`, `OrderById`,
/// `Customer`): a query named by what it returns, which the `Query` derive accepts. No decoration
/// says another kind (`CustomerCommand` stays a command).
fn names_what_it_returns(analysis: &Analysis) -> bool {
    analysis.verdict == Verdict::Unknown
        && matches!(
            analysis.problem,
            Problem::NoVerb | Problem::NounPhrase | Problem::LoneVerb
        )
}

/// Whether the name is one verb alone, read as its imperative (`Click`; not `Order`, which
/// is mostly a noun and reads as none, nor `ClickCommand`, whose suffix says what it is).
fn names_its_action(analysis: &Analysis) -> bool {
    analysis.verdict == Verdict::Command
        && analysis.words.len() == 1
        && analysis.decoration.is_empty()
}
