//! JSON text, byte by byte: finding the bytes a JSON string must escape, and scanning
//! values whose strings have none (the fast paths in front of `serde_json`). Depends on
//! nothing else in the module.

use std::borrow::Cow;

/// Whether a byte must be escaped in a JSON string: a control character (below 0x20),
/// `"` or `\\`.
pub(super) const JSON_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// The bytes of `w` (little-endian) that must be escaped in a JSON string — a control
/// character (below 0x20), `"` or `\` — as their high bits. The lowest bit set is exact
/// (a byte above a match may be flagged falsely, never one below): `0` when there is
/// none, else `trailing_zeros() / 8` is the index of the first.
#[inline]
pub(super) fn escape_mask(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    let quote = has_zero(w ^ (ONES * u64::from(b'"')));
    let backslash = has_zero(w ^ (ONES * u64::from(b'\\')));
    control | quote | backslash
}

/// 16 bytes at a time with SSE2, which every x86-64 processor has.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_max_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };

    /// `b` in every lane.
    #[allow(clippy::cast_possible_wrap)] // the byte, as the intrinsics take it
    fn splat(b: u8) -> __m128i {
        // SAFETY: SSE2 is part of x86-64, so every x86-64 processor runs it.
        unsafe { _mm_set1_epi8(b as i8) }
    }

    /// The 16 bytes of `chunk` in a register.
    fn load(chunk: &[u8; 16]) -> __m128i {
        // SAFETY: as `splat`; the unaligned load reads the 16 bytes of `chunk`.
        unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) }
    }

    /// Bit `k` set for the lanes where `v` equals one of `bytes`.
    fn any_of(v: __m128i, bytes: &[u8]) -> u32 {
        // SAFETY: as `splat`.
        let mask = unsafe {
            let mut hits = _mm_cmpeq_epi8(v, splat(bytes[0]));
            for &b in &bytes[1..] {
                hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, splat(b)));
            }
            _mm_movemask_epi8(hits)
        };
        #[allow(clippy::cast_sign_loss)] // 16 mask bits
        let mask = mask as u32;
        mask
    }

    /// Bit `k` set when byte `k` of `chunk` must be escaped in a JSON string: a control
    /// character (below 0x20), `"` or `\`.
    #[inline]
    pub(super) fn escape_mask(chunk: &[u8; 16]) -> u32 {
        let v = load(chunk);
        // SAFETY: as `splat`. Below 0x20: the unsigned maximum with 0x1f is 0x1f.
        let control =
            unsafe { _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, splat(0x1f)), splat(0x1f))) };
        #[allow(clippy::cast_sign_loss)] // 16 mask bits
        let control = control as u32;
        control | any_of(v, b"\"\\")
    }
}

/// The index of the first byte at or after `i` that must be escaped in a JSON string,
/// or `bytes.len()`.
#[inline]
pub(super) fn next_escape(bytes: &[u8], mut i: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes
        .get(i..i + 16)
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        let mask = sse2::escape_mask(chunk);
        if mask != 0 {
            return i + mask.trailing_zeros() as usize;
        }
        i += 16;
    }
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let mask = escape_mask(u64::from_le_bytes(word));
        if mask != 0 {
            return i + (mask.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if JSON_ESCAPE[usize::from(b)] {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

/// Whether `s` is written in a JSON string as it is, without escapes.
pub(super) fn is_plain(s: &str) -> bool {
    next_escape(s.as_bytes(), 0) == s.len()
}

/// A JSON value as far as attribute decoding cares.
#[derive(Debug)]
pub(super) enum Value<'a> {
    Null,
    Bool(bool),
    Int(i64),
    BigInt,
    Float,
    Str(Cow<'a, str>),
    Array,
    Object,
}

impl Value<'_> {
    pub(super) fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Int(_) | Value::BigInt | Value::Float => "number",
            Value::Str(_) => "string",
            Value::Array => "array",
            Value::Object => "object",
        }
    }
}

const PLAIN_DEPTH: usize = 32;

/// The index after the JSON value at `i`, when it is valid JSON whose strings have no
/// escapes (and not nested deeper than [`PLAIN_DEPTH`]); `None` otherwise, valid or not.
pub(super) fn skip_plain_value(b: &[u8], i: usize, depth: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => plain_string_end(b, i + 1).map(|end| end + 1),
        b'{' if depth < PLAIN_DEPTH => {
            let mut i = skip_whitespace(b, i + 1);
            if b.get(i) == Some(&b'}') {
                return Some(i + 1);
            }
            loop {
                if b.get(i) != Some(&b'"') {
                    return None;
                }
                i = skip_whitespace(b, plain_string_end(b, i + 1)? + 1);
                if b.get(i) != Some(&b':') {
                    return None;
                }
                i = skip_whitespace(b, i + 1);
                i = skip_whitespace(b, skip_plain_value(b, i, depth + 1)?);
                match b.get(i)? {
                    b',' => i = skip_whitespace(b, i + 1),
                    b'}' => return Some(i + 1),
                    _ => return None,
                }
            }
        }
        b'[' if depth < PLAIN_DEPTH => {
            let mut i = skip_whitespace(b, i + 1);
            if b.get(i) == Some(&b']') {
                return Some(i + 1);
            }
            loop {
                i = skip_whitespace(b, skip_plain_value(b, i, depth + 1)?);
                match b.get(i)? {
                    b',' => i = skip_whitespace(b, i + 1),
                    b']' => return Some(i + 1),
                    _ => return None,
                }
            }
        }
        b't' if b[i..].starts_with(b"true") => Some(i + 4),
        b'f' if b[i..].starts_with(b"false") => Some(i + 5),
        b'n' if b[i..].starts_with(b"null") => Some(i + 4),
        b'-' | b'0'..=b'9' => skip_number(b, i),
        _ => None,
    }
}

/// The index after the JSON number at `i`:
/// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
fn skip_number(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |b: &[u8], i: usize| {
        b.get(i..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    match b.get(i)? {
        b'0' => i += 1,
        b'1'..=b'9' => i += digits(b, i),
        _ => return None,
    }
    if b.get(i) == Some(&b'.') {
        let n = digits(b, i + 1);
        if n == 0 {
            return None;
        }
        i += 1 + n;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'+' | b'-') = b.get(i) {
            i += 1;
        }
        let n = digits(b, i);
        if n == 0 {
            return None;
        }
        i += n;
    }
    Some(i)
}

/// The index of the first byte at or after `i` that is not JSON whitespace.
#[inline]
pub(super) fn skip_whitespace(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\n' | b'\r' | b'\t') = b.get(i) {
        i += 1;
    }
    i
}

/// The index of the closing quote of a string whose text starts at `i`, when the text has
/// no escape and no control character; `None` otherwise.
#[inline]
pub(super) fn plain_string_end(b: &[u8], i: usize) -> Option<usize> {
    let end = next_escape(b, i);
    (b.get(end) == Some(&b'"')).then_some(end)
}

/// An attribute value at `i` and the index after it: a string without escapes, `true`,
/// `false`, `null`, or an integer of at most 18 digits (which `serde_json` reads as the
/// same `i64`); `None` for anything else.
pub(super) fn plain_value(text: &str, i: usize) -> Option<(Value<'_>, usize)> {
    let b = text.as_bytes();
    let rest = b.get(i..)?;
    match *rest.first()? {
        b'"' => {
            let end = plain_string_end(b, i + 1)?;
            Some((Value::Str(Cow::Borrowed(text.get(i + 1..end)?)), end + 1))
        }
        b't' if rest.starts_with(b"true") => Some((Value::Bool(true), i + 4)),
        b'f' if rest.starts_with(b"false") => Some((Value::Bool(false), i + 5)),
        b'n' if rest.starts_with(b"null") => Some((Value::Null, i + 4)),
        b'-' | b'0'..=b'9' => {
            let negative = rest[0] == b'-';
            let digits = &rest[usize::from(negative)..];
            let len = digits.iter().take_while(|c| c.is_ascii_digit()).count();
            // No leading zero, no fraction or exponent, and no `-0` (a float to serde_json).
            if len == 0
                || len > 18
                || (len > 1 && digits[0] == b'0')
                || matches!(digits.get(len), Some(b'.' | b'e' | b'E'))
            {
                return None;
            }
            let mut n: i64 = 0;
            for &d in &digits[..len] {
                n = n * 10 + i64::from(d - b'0');
            }
            if negative {
                if n == 0 {
                    return None;
                }
                n = -n;
            }
            Some((Value::Int(n), i + usize::from(negative) + len))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_escape_finds_the_first_byte_to_escape() {
        // Every byte at every position of the 16- and 8-byte steps and the tail.
        for b in 0..=255u8 {
            for at in 0..40 {
                let mut bytes = vec![b'a'; 40];
                bytes[at] = b;
                let first = bytes.iter().position(|&c| JSON_ESCAPE[usize::from(c)]);
                for start in [0, 3, at.min(17)] {
                    let expected = first.filter(|&f| f >= start).unwrap_or(bytes.len());
                    assert_eq!(
                        next_escape(&bytes, start),
                        expected,
                        "{b:#04x} at {at} from {start}"
                    );
                }
            }
        }
    }
}
