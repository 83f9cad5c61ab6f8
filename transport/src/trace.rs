//! W3C trace context per hop: every publish and every handling is a span with its own
//! span id in the same trace; the hop's `traceparent`/`tracestate` travel as transport
//! headers, the origin's in the `CloudEvents` `traceparent` extension.
//!
//! The headers are the W3C ones, so an `OpenTelemetry` `TextMapPropagator` extracts them
//! from [`Incoming::headers`](crate::backend::Incoming) as from HTTP headers.

use factum::envelope::TraceParent;

/// The header of the hop's trace context (W3C Trace Context).
pub const TRACEPARENT: &str = "traceparent";
/// The header of the hop's vendor trace state (W3C Trace Context).
pub const TRACESTATE: &str = "tracestate";

/// A W3C trace context: trace id, span id, flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanContext {
    trace_id: String,
    span_id: String,
    flags: String,
}

impl SpanContext {
    /// A new trace: random trace and span ids, sampled.
    #[must_use]
    pub fn root() -> Self {
        let ids = random_bytes::<24>();
        SpanContext {
            trace_id: hex(&ids[..16]),
            span_id: hex(&ids[16..]),
            flags: "01".to_owned(),
        }
    }

    /// A new span in the same trace.
    #[must_use]
    pub fn child(&self) -> Self {
        SpanContext {
            trace_id: self.trace_id.clone(),
            span_id: hex(&random_bytes::<8>()),
            flags: self.flags.clone(),
        }
    }

    /// Reads a `traceparent` value (version `00`); `None` if it is not one.
    #[must_use]
    pub fn parse(traceparent: &str) -> Option<Self> {
        let parsed = TraceParent::parse(traceparent).ok()?;
        let mut parts = parsed.as_str().split('-');
        let (_, trace_id, span_id, flags) =
            (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        Some(SpanContext {
            trace_id: trace_id.to_owned(),
            span_id: span_id.to_owned(),
            flags: flags.to_owned(),
        })
    }

    /// The trace id, 32 hex digits.
    #[must_use]
    pub fn trace_id(&self) -> &str {
        &self.trace_id
    }

    /// The span id, 16 hex digits.
    #[must_use]
    pub fn span_id(&self) -> &str {
        &self.span_id
    }

    /// As a `traceparent` value: `00-<trace>-<span>-<flags>`.
    #[must_use]
    pub fn to_traceparent(&self) -> String {
        let mut out = String::with_capacity(55);
        for part in ["00", &self.trace_id, &self.span_id, &self.flags] {
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(part);
        }
        out
    }

    /// As the envelope's `traceparent` attribute.
    #[must_use]
    pub fn to_attribute(&self) -> TraceParent {
        // Valid by construction: parsed, or generated as 32 and 16 hex digits.
        TraceParent::parse(self.to_traceparent())
            .unwrap_or_else(|_| unreachable!("a trace context's fields are valid"))
    }
}

/// `N` random bytes, the first and last 8 never all zero (an invalid trace or span id).
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if getrandom::fill(&mut bytes).is_err()
        || bytes[..8].iter().all(|&b| b == 0)
        || bytes[N - 8..].iter().all(|&b| b == 0)
    {
        // No random source: unique within the process, still valid.
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let n = NEXT.fetch_add(1, Ordering::Relaxed).to_be_bytes();
        bytes[..8].copy_from_slice(&n);
        bytes[N - 8..].copy_from_slice(&n);
    }
    bytes
}

/// `bytes` as lower-case hex.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(2 * bytes.len());
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_keeps_the_trace_and_gets_a_new_span() {
        let root = SpanContext::root();
        let child = root.child();
        assert_eq!(root.trace_id(), child.trace_id());
        assert_ne!(root.span_id(), child.span_id());
        let back = SpanContext::parse(&child.to_traceparent()).unwrap();
        assert_eq!(back, child);
        assert!(SpanContext::parse("00-0-0-0").is_none());
    }
}
