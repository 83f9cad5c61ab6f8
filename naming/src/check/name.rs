//! Checking a type's name against the kind it was declared ([`check`]).

use super::data::names_its_data;
use super::violation::{Violation, violation};
use crate::Kind;
use crate::analysis::classify_with;
use crate::vocabulary::Vocabulary;

/// `Ok` if `name` reads as `kind`; otherwise the error to show at the name's span.
///
/// A type named by one verb and nothing else (`Activate`, `Freeze`, `Resize`) is its
/// imperative: business code names the command `Activate` and its event `Activated`, so the
/// `Event` derive rejects it, as it rejects `PlaceOrder`. (UI toolkits name the event of a
/// click `Click`; such a type takes `allow_name`.) A word mostly used as a noun names a thing
/// (`Order` is neither).
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check};
/// let vocab = Vocabulary::default();
/// assert!(check("OrderPlaced", Kind::Event, &vocab).is_ok());
/// assert!(check("Resize", Kind::Event, &vocab).is_err());
/// assert!(check("Resize", Kind::Command, &vocab).is_ok());
/// assert!(check("AvailableHours", Kind::Query, &vocab).is_ok());
/// let v = check("SendWelcomeEmail", Kind::Event, &vocab).unwrap_err();
/// assert_eq!(v.help, "name it after what happened, e.g. `WelcomeEmailSent`");
/// ```
///
/// # Errors
///
/// A [`Violation`] when the verdict of [`classify_with`] differs from `kind`.
pub fn check(name: &str, kind: Kind, vocab: &Vocabulary) -> Result<(), Violation> {
    let analysis = classify_with(name, vocab);
    if analysis.accepts(kind) || (kind == Kind::Query && names_its_data(&analysis, vocab)) {
        Ok(())
    } else {
        Err(violation(&analysis, kind, vocab))
    }
}
