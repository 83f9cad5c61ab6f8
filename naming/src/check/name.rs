//! Checking a type's name against the kind it was declared ([`check`]).

use super::violation::{Violation, violation};
use crate::Kind;
use crate::analysis::classify_with;
use crate::vocabulary::Vocabulary;

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
