//! Parsing and checking, kept apart from code generation.

pub mod ast;
pub mod attr;
mod ctxt;
pub mod krate;
pub mod valid;

pub use ctxt::Ctxt;

/// Which derive is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `#[derive(Event)]`
    Event,
    /// `#[derive(Command)]`
    Command,
    /// `#[derive(Query)]`
    Query,
}

impl Kind {
    /// The helper attribute of this derive: `event`, `command` or `query`.
    pub fn attr_name(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Command => "command",
            Kind::Query => "query",
        }
    }

    /// The derive's name, as written in `#[derive(...)]`.
    pub fn derive_name(self) -> &'static str {
        match self {
            Kind::Event => "Event",
            Kind::Command => "Command",
            Kind::Query => "Query",
        }
    }

    /// The naming engine's notion of the same kind.
    pub fn naming(self) -> factum_naming::Kind {
        match self {
            Kind::Event => factum_naming::Kind::Event,
            Kind::Command => factum_naming::Kind::Command,
            Kind::Query => factum_naming::Kind::Query,
        }
    }
}
