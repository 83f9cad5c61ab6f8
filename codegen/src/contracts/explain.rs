//! The text of a breaking change: what changed, whom it breaks, and the two ways forward.

use std::fmt;

use factum::MessageKind;

use super::compare::{Breaking, Change, Problem};
use crate::compat::Direction;

/// Who fails to read, in words, for a message of `kind`.
fn whom(kind: MessageKind, direction: Direction) -> &'static str {
    match (kind, direction) {
        (MessageKind::Event, Direction::Forward) => {
            "breaks consumers not yet upgraded, reading new events"
        }
        (MessageKind::Event, Direction::Backward) => {
            "breaks upgraded consumers reading old, stored or replayed events"
        }
        (_, Direction::Backward) => {
            "breaks the upgraded handler reading what senders not yet upgraded send"
        }
        (_, Direction::Forward) => "breaks a handler not yet upgraded, reading new requests",
    }
}

fn write_changes(
    f: &mut fmt::Formatter<'_>,
    kind: MessageKind,
    changes: &[Change],
    against: bool,
) -> fmt::Result {
    for c in changes {
        f.write_str("\n    - ")?;
        if !c.field.is_empty() {
            write!(f, "`{}`: ", c.field)?;
        }
        write!(f, "{} [{}]", c.message, c.rule)?;
        if against {
            write!(f, " (against v{})", c.against)?;
        }
        write!(f, "; {}", whom(kind, c.direction))?;
    }
    Ok(())
}

impl fmt::Display for Breaking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (name, version, kind) = (&self.name, self.version, self.kind);
        let attr = kind.as_str();
        let path = self.path.display();
        match &self.problem {
            Problem::Changed {
                compatibility,
                changes,
            } => {
                write!(
                    f,
                    "  `{name}` v{version} ({path}) changed in a way its readers cannot take ({compatibility}):"
                )?;
                write_changes(f, kind, changes, false)?;
                let next = version + 1;
                write!(
                    f,
                    "\n    Two ways forward: (1) make the change compatible: a new field as `Option<_>` or \
                     with `#[serde(default)]`, a removed field kept (as `Option<_>` if it may go missing), \
                     names and types as they were; or (2) ship it as version {next}: keep this shape as \
                     `#[{attr}(name = \"{name}\", version = {version})] struct {name}V{version}`"
                )?;
                if kind == MessageKind::Event {
                    write!(
                        f,
                        ", give the new type `#[event(version = {next}, upcast_from = {name}V{version})]` \
                         and `impl From<{name}V{version}> for {name}`"
                    )?;
                } else {
                    write!(f, " and give the new type `version = {next}`")?;
                }
                write!(
                    f,
                    ". If v{version} was never published, delete {path} instead."
                )
            }
            Problem::NoUpcaster { oldest, missing } => {
                let listed: Vec<String> = missing.iter().map(|v| format!("v{v}")).collect();
                write!(
                    f,
                    "  `{name}` v{version}: consumers must read every version from v{oldest} on, but {} \
                     {} no `upcast_from` naming the version before. Keep each older version as its own type \
                     (`#[event(name = \"{name}\", version = N)]`) and give each newer one \
                     `upcast_from = <the type of version N - 1>` with a `From` impl.",
                    listed.join(", "),
                    if missing.len() == 1 { "has" } else { "have" }
                )
            }
            Problem::Dropped { newest } => write!(
                f,
                "  `{name}` v{version} ({path}) is published, but no type in the code reads it any more \
                 (the newest is v{newest}): stored and in-flight v{version} data would be unreadable. \
                 Keep its type (`#[{attr}(name = \"{name}\", version = {version})]`) and upcast from it; \
                 if no v{version} data exists any more, delete {path}."
            ),
            Problem::Incompatible { mode, changes } => {
                write!(
                    f,
                    "  `{name}` v{version} ({path}) is not {mode}-compatible with the earlier versions:"
                )?;
                write_changes(f, kind, changes, true)?;
                write!(
                    f,
                    "\n    Make the change compatible under {mode}, or choose another mode for `{name}` \
                     (`Contracts::with_compatibility_for`)."
                )
            }
        }
    }
}
