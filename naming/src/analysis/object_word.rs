//! Which trailing words are decoration: a kind word right after a lone imperative may be the
//! verb's object instead (`ReadNotification`: read the notification).

use crate::lexicon::Lex;
use crate::words::{self, Word};

/// The number of words the grammar reads: [`words::core_len`], except that `Notification` or
/// `Query` right after a lone word used at least as often as a verb as a noun (SemCor) is that
/// verb's object, not a suffix: one reads, sends or requests a notification
/// (`ReadNotification`, `RequestNotification`), as one sends a message, and runs or stops a
/// query (`ExecuteQuery`, `StopQuery`: AWS's commands; `ListQuery` stays a question, its verb
/// one). `Event` keeps naming a kind of event after a lone verb (`ClickEvent`, `CreateEvent`),
/// and a noun first keeps the suffix (`OrderNotification`, `LogQuery`). After `Send` or `Resend`
/// and an object that is no event's name, `Notification` or `Message` heads what is sent
/// (`SendPushNotification`: send a push notification, no event of sending a push). A kind word
/// declared a noun in the vocabulary (`noun event`) is a word too.
pub(super) fn core_len(lex: &Lex<'_>, all: &[Word<'_>]) -> usize {
    let core = words::core_len(all);
    let next = all.get(core).map(|w| w.lower.as_str());
    let object = core == 1
        && matches!(next, Some("notification" | "query"))
        && lex.base(&all[0].lower).is_some_and(|v| !v.noun_leaning());
    let sent = core >= 2
        && matches!(all[0].lower.as_str(), "send" | "resend")
        && matches!(
            next,
            Some("notification" | "notifications" | "message" | "messages")
        )
        && lex.past(&all[core - 1].lower).is_none();
    // A kind word the vocabulary declares a noun of the domain (`noun event`: the events a
    // ticketing service sells) is a word of the name (`CancelEvent`: cancel the event), unless
    // a fact closes the words before it (`TicketSoldEvent` stays an event named so).
    let declared = next.is_some_and(|w| lex.vocab.nouns.contains(w))
        && lex.past(&all[core - 1].lower).is_none();
    // After a preposition `Event` is the event it governs (`RegisterForEvent`,
    // `GuestListForEvent`: a concert, a match), no suffix; after `After` or `Before` it names a
    // hook's event (`EntityPersistAfterEvent`), and a kind word of a command or a query keeps
    // naming one (`MailFromCommand`: SMTP's `MAIL FROM`).
    let governed = core >= 2
        && matches!(next, Some("event" | "events"))
        && matches!(
            all[core - 1].lower.as_str(),
            "at" | "by" | "for" | "from" | "into" | "of" | "per" | "to" | "with"
        );
    if object || sent || declared || governed {
        core + 1
    } else {
        core
    }
}
