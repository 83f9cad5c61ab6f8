//! The W3C `traceparent` an envelope carries, validated.

use std::fmt;

use super::error::AttributeError;
use super::validate;

/// A W3C `traceparent` (`00-<trace id>-<parent id>-<flags>`), validated.
#[derive(Clone)]
pub struct TraceParent(TraceText);

/// A `traceparent`'s text: the 55 ASCII bytes of version 00 kept inline (no allocation
/// per envelope), anything else (a later version) on the heap.
#[derive(Clone)]
enum TraceText {
    /// Only ASCII (checked when made, in [`TraceParent::from_valid`]).
    Inline([u8; 55]),
    Heap(Box<str>),
}

impl TraceParent {
    /// A `traceparent` already validated.
    pub(super) fn from_valid(s: &str) -> Self {
        match <[u8; 55]>::try_from(s.as_bytes()) {
            Ok(bytes) if bytes.is_ascii() => TraceParent(TraceText::Inline(bytes)),
            _ => TraceParent(TraceText::Heap(s.into())),
        }
    }
}

impl fmt::Debug for TraceParent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TraceParent").field(&self.as_str()).finish()
    }
}

impl PartialEq for TraceParent {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for TraceParent {}

impl std::hash::Hash for TraceParent {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl TraceParent {
    /// Validates a `traceparent`.
    ///
    /// ```
    /// use factum::envelope::TraceParent;
    /// assert!(TraceParent::parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").is_ok());
    /// let err = TraceParent::parse("00-xyz").unwrap_err();
    /// assert_eq!(err.attribute(), "traceparent");
    /// ```
    ///
    /// # Errors
    ///
    /// When `s` is not in the W3C trace context format.
    pub fn parse(s: impl AsRef<str>) -> Result<Self, AttributeError> {
        // Read in place: a valid version 00 value is kept inline, so parsing one
        // allocates nothing.
        let s = s.as_ref();
        match validate::traceparent_problem(s) {
            None => Ok(TraceParent::from_valid(s)),
            Some(problem) => Err(AttributeError::new(
                "traceparent",
                format!("`{s}` is not a W3C traceparent: {problem}"),
            )),
        }
    }

    /// The header value.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: `Inline` holds only ASCII (`from_valid` checks it), which is UTF-8.
            TraceText::Inline(bytes) => unsafe { std::str::from_utf8_unchecked(bytes) },
            TraceText::Heap(text) => text,
        }
    }
}

impl fmt::Display for TraceParent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
