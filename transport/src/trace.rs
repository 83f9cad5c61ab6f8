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

/// A W3C trace context: trace id, span id, flags (kept as their hex digits, in place:
/// making, parsing and copying one allocates nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanContext {
    trace_id: [u8; 32],
    span_id: [u8; 16],
    flags: [u8; 2],
}

impl SpanContext {
    /// A new trace: random trace and span ids, sampled.
    #[must_use]
    pub fn root() -> Self {
        let ids = random_bytes::<24>();
        SpanContext {
            trace_id: hex(&ids[..16]),
            span_id: hex(&ids[16..]),
            flags: *b"01",
        }
    }

    /// A new span in the same trace.
    #[must_use]
    pub fn child(&self) -> Self {
        SpanContext {
            span_id: hex(&random_bytes::<8>()),
            ..*self
        }
    }

    /// Reads a `traceparent` value (version `00`); `None` if it is not one.
    #[must_use]
    pub fn parse(traceparent: &str) -> Option<Self> {
        let parsed = TraceParent::parse(traceparent).ok()?;
        // Valid: `00-` 32 hex digits `-` 16 hex digits `-` 2 hex digits, lower case.
        let bytes = parsed.as_str().as_bytes();
        Some(SpanContext {
            trace_id: bytes.get(3..35)?.try_into().ok()?,
            span_id: bytes.get(36..52)?.try_into().ok()?,
            flags: bytes.get(53..55)?.try_into().ok()?,
        })
    }

    /// The trace id, 32 hex digits.
    #[must_use]
    pub fn trace_id(&self) -> &str {
        text(&self.trace_id)
    }

    /// The span id, 16 hex digits.
    #[must_use]
    pub fn span_id(&self) -> &str {
        text(&self.span_id)
    }

    /// As a `traceparent` value: `00-<trace>-<span>-<flags>`.
    #[must_use]
    pub fn to_traceparent(&self) -> String {
        text(&self.bytes()).to_owned()
    }

    /// As the envelope's `traceparent` attribute.
    #[must_use]
    pub fn to_attribute(&self) -> TraceParent {
        // Valid by construction: parsed, or generated as 32 and 16 hex digits. Read from
        // the stack (a version 00 value is kept inline): no allocation.
        TraceParent::parse(text(&self.bytes()))
            .unwrap_or_else(|_| unreachable!("a trace context's fields are valid"))
    }

    /// The `traceparent` value's 55 bytes.
    fn bytes(&self) -> [u8; 55] {
        let mut out = *b"00-................................-................-..";
        out[3..35].copy_from_slice(&self.trace_id);
        out[36..52].copy_from_slice(&self.span_id);
        out[53..55].copy_from_slice(&self.flags);
        out
    }
}

/// Hex digits as text (always ASCII: parsed from a valid `traceparent` or written by
/// [`hex`]).
fn text(digits: &[u8]) -> &str {
    std::str::from_utf8(digits).unwrap_or_default()
}

/// `N` random bytes from the thread's generator (seeded from the system, no system call
/// per id), the first and last 8 never all zero (an invalid trace or span id).
fn random_bytes<const N: usize>() -> [u8; N] {
    use rand::Rng as _;
    let mut bytes = [0u8; N];
    rand::rng().fill_bytes(&mut bytes);
    if bytes[..8].iter().all(|&b| b == 0) || bytes[N - 8..].iter().all(|&b| b == 0) {
        // A chance of 2^-63: unique within the process, still valid.
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let n = NEXT.fetch_add(1, Ordering::Relaxed).to_be_bytes();
        bytes[..8].copy_from_slice(&n);
        bytes[N - 8..].copy_from_slice(&n);
    }
    bytes
}

/// `bytes` as lower-case hex digits (`M` = twice their number).
fn hex<const M: usize>(bytes: &[u8]) -> [u8; M] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0u8; M];
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = DIGITS[usize::from(b >> 4)];
        pair[1] = DIGITS[usize::from(b & 0xf)];
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
