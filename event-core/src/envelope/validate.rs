//! Checks of attribute values, shared by decoding and by the builders.

/// Why `s` is not a URI-reference (RFC 3986 section 4.1), or `None` when it is one.
/// With `absolute`, a scheme is required too (the `URI` type of `dataschema`).
pub(crate) fn uri_problem(s: &str, absolute: bool) -> Option<String> {
    if is_plain_uri(s, absolute) {
        None
    } else {
        uri_problem_slow(s, absolute)
    }
}

/// The bytes a URI-reference may contain, but for `%` (left to the slow check).
const URI_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        #[allow(clippy::cast_possible_truncation)] // b < 256
        let c = b as u8;
        table[b] = matches!(c,
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b':'
            | b'/'
            | b'?'
            | b'#'
            | b'['
            | b']'
            | b'@'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
        );
        b += 1;
    }
    table
};

/// [`URI_BYTE`] as arithmetic: printable ASCII but for `"`, `%`, `<`, `>`, `\`, `^`,
/// `` ` ``, `{`, `|` and `}`.
#[inline]
fn is_uri_byte(b: u8) -> bool {
    (b.wrapping_sub(0x21) < 0x5e)
        & !matches!(
            b,
            b'"' | b'%' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}'
        )
}

/// A URI-reference without `%`, checked in tight passes: `true` only when
/// [`uri_problem_slow`] finds no problem (anything else, valid or not, is left to it, to
/// say why).
fn is_plain_uri(text: &str, absolute: bool) -> bool {
    let bytes = text.as_bytes();
    // Branch-free folds, which the compiler applies to many bytes at once: every byte
    // allowed, and how many `#` (counted in `u8`s, 128 bytes at a time).
    let allowed = bytes.iter().fold(true, |ok, &b| ok & is_uri_byte(b));
    let hashes: usize = bytes
        .chunks(128)
        .map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(b == b'#'))))
        .sum();
    if bytes.is_empty() || !allowed || hashes > 1 {
        return false;
    }
    // A `:` before the end of the first segment ends a scheme.
    match bytes
        .iter()
        .position(|&b| matches!(b, b'/' | b'?' | b'#' | b':'))
    {
        Some(colon) if bytes[colon] == b':' => {
            let scheme = &bytes[..colon];
            scheme.first().is_some_and(u8::is_ascii_alphabetic)
                && scheme
                    .iter()
                    .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        }
        _ => !absolute,
    }
}

/// [`uri_problem`], byte by byte, with the reason.
#[cold]
fn uri_problem_slow(s: &str, absolute: bool) -> Option<String> {
    if s.is_empty() {
        return Some("must not be empty".to_owned());
    }
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut fragments = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3);
                if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                    return Some(format!(
                        "`%` at byte {i} is not followed by two hexadecimal digits"
                    ));
                }
                i += 3;
                continue;
            }
            b'#' => fragments += 1,
            _ if URI_BYTE[usize::from(b)] => {}
            _ => {
                let c = s
                    .get(i..)
                    .and_then(|r| r.chars().next())
                    .unwrap_or('\u{fffd}');
                return Some(format!(
                    "{c:?} at byte {i} is not allowed in a URI (percent-encode it)"
                ));
            }
        }
        if fragments > 1 {
            return Some(format!("a second `#` at byte {i}"));
        }
        i += 1;
    }
    let first_segment_end = s.find(['/', '?', '#']).unwrap_or(s.len());
    match s[..first_segment_end].find(':') {
        Some(colon) => {
            let scheme = &s[..colon];
            let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
            if !valid {
                return Some(format!(
                    "`{scheme}` before the first `:` is not a URI scheme (a relative reference cannot have `:` in its first segment)"
                ));
            }
            None
        }
        None if absolute => Some("must be an absolute URI, with a scheme".to_owned()),
        None => None,
    }
}

/// Why `name` is not a CloudEvents extension attribute name, or `None`.
pub(crate) fn extension_name_problem(name: &str) -> Option<&'static str> {
    if name.is_empty() {
        Some("an attribute name must not be empty")
    } else if !name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        Some("attribute names consist of lowercase letters a-z and digits 0-9")
    } else {
        None
    }
}

/// Why `s` is not a W3C `traceparent`, or `None`.
pub(crate) fn traceparent_problem(s: &str) -> Option<&'static str> {
    if is_plain_traceparent(s.as_bytes()) {
        None
    } else {
        traceparent_problem_slow(s)
    }
}

/// Lowercase hexadecimal digits (what the arithmetic in [`is_plain_traceparent`] tests).
#[cfg(test)]
const LOWER_HEX: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(b, 0x30..=0x39 | 0x61..=0x66);
        b += 1;
    }
    table
};

/// A 55-character `traceparent` (any version but `ff`), checked in tight passes: `true`
/// only when [`traceparent_problem_slow`] finds no problem; anything else is left to it.
fn is_plain_traceparent(b: &[u8]) -> bool {
    // Branch-free folds, which the compiler applies to many bytes at once.
    let hex = |r: &[u8]| {
        r.iter().fold(true, |ok, &c| {
            ok & (c.is_ascii_digit() | (c.wrapping_sub(b'a') < 6))
        })
    };
    #[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
    let nonzero = |r: &[u8]| r.iter().fold(false, |any, &c| any | (c != b'0'));
    b.len() == 55
        && b[2] == b'-'
        && b[35] == b'-'
        && b[52] == b'-'
        && hex(&b[0..2])
        && &b[0..2] != b"ff"
        && hex(&b[3..35])
        && nonzero(&b[3..35])
        && hex(&b[36..52])
        && nonzero(&b[36..52])
        && hex(&b[53..55])
}

/// [`traceparent_problem`], check by check, with the reason.
#[cold]
fn traceparent_problem_slow(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    if b.len() < 55 {
        return Some("expected `version-traceid-parentid-flags`, 55 characters for version 00");
    }
    let lower_hex = |r: &[u8]| r.iter().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'));
    if !lower_hex(&b[0..2]) || b[2] != b'-' {
        return Some("the version is not two lowercase hexadecimal digits followed by `-`");
    }
    if &b[0..2] == b"ff" {
        return Some("version ff is invalid");
    }
    if !lower_hex(&b[3..35]) || b[35] != b'-' {
        return Some("the trace id is not 32 lowercase hexadecimal digits followed by `-`");
    }
    if b[3..35].iter().all(|&c| c == b'0') {
        return Some("the trace id is all zeros");
    }
    if !lower_hex(&b[36..52]) || b[52] != b'-' {
        return Some("the parent id is not 16 lowercase hexadecimal digits followed by `-`");
    }
    if b[36..52].iter().all(|&c| c == b'0') {
        return Some("the parent id is all zeros");
    }
    if !lower_hex(&b[53..55]) {
        return Some("the flags are not two lowercase hexadecimal digits");
    }
    if b.len() > 55 && (&b[0..2] == b"00" || b[55] != b'-') {
        return Some("unexpected characters after the flags");
    }
    None
}

/// Why `s` is not a media type (`type/subtype`, RFC 2046), or `None`.
pub(crate) fn media_type_problem(s: &str) -> Option<&'static str> {
    let essence = s.split(';').next().unwrap_or("").trim();
    match essence.split_once('/') {
        Some((t, sub)) if !t.is_empty() && !sub.is_empty() && !sub.contains('/') => None,
        _ => Some("expected a media type `type/subtype`"),
    }
}

/// Whether a media type names JSON: `application/json`, `text/json`, or `…+json`.
pub(crate) fn is_json_media_type(s: &str) -> bool {
    let essence = s.split(';').next().unwrap_or("").trim().as_bytes();
    essence.eq_ignore_ascii_case(b"application/json")
        || essence.eq_ignore_ascii_case(b"text/json")
        || essence
            .len()
            .checked_sub(5)
            .is_some_and(|at| essence[at..].eq_ignore_ascii_case(b"+json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arithmetic_is_the_tables() {
        for b in 0..=255u8 {
            assert_eq!(is_uri_byte(b), URI_BYTE[usize::from(b)], "{b:#04x}");
            assert_eq!(
                b.is_ascii_digit() | (b.wrapping_sub(b'a') < 6),
                LOWER_HEX[usize::from(b)],
                "{b:#04x}"
            );
        }
    }

    #[test]
    fn uri_references() {
        for ok in [
            "/checkout",
            "https://example.com/orders?x=1#frag",
            "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
            "mailto:ops@example.com",
            "orders/eu",
            "a%20b",
        ] {
            assert_eq!(uri_problem(ok, false), None, "{ok}");
        }
        for (bad, why) in [
            ("", "empty"),
            ("a b", "' ' at byte 1"),
            ("100%", "`%` at byte 3"),
            ("1x:y", "`1x` before the first `:`"),
            ("a#b#c", "second `#` at byte 3"),
            ("/ä", "'ä' at byte 1"),
        ] {
            let problem = uri_problem(bad, false).expect(bad);
            assert!(problem.contains(why), "{bad}: {problem}");
        }
        assert!(uri_problem("/schemas", true).is_some());
        assert_eq!(uri_problem("https://example.com/schemas", true), None);
    }

    #[test]
    fn fast_paths_agree_with_the_slow_checks() {
        let uris = [
            "",
            "/",
            "#",
            "##",
            ":",
            "a:",
            "1:",
            ":a",
            "a:b",
            "a+b-c.d:x",
            "a_b:x",
            "/a:b",
            "?a:b",
            "#a:b",
            "a/b:c",
            "a?b:c",
            "a#b:c",
            "a#b#c",
            "a%20b",
            "a%2",
            "%zz",
            "a b",
            "/ä",
            "https://example.com/x?y=1#z",
            "urn:uuid:1",
            "mailto:a@b",
            "./a:b",
            "A:b",
            "a::b",
            "[::1]",
            "a:b#c:d",
            "a:b#",
        ];
        for uri in uris {
            for absolute in [false, true] {
                assert_eq!(
                    uri_problem(uri, absolute),
                    uri_problem_slow(uri, absolute),
                    "{uri:?} {absolute}"
                );
            }
        }
        // Every single byte and every pair of interesting bytes.
        let interesting = [
            b'a', b'1', b':', b'/', b'?', b'#', b'%', b' ', b'+', b'.', b'-',
        ];
        for x in 0..=255u8 {
            for y in interesting {
                for bytes in [vec![x], vec![x, y], vec![y, x], vec![b'a', x, b':', y]] {
                    if let Ok(s) = std::str::from_utf8(&bytes) {
                        for absolute in [false, true] {
                            assert_eq!(
                                uri_problem(s, absolute),
                                uri_problem_slow(s, absolute),
                                "{s:?} {absolute}"
                            );
                        }
                    }
                }
            }
        }
        let good = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        let mut cases = vec![good.to_owned()];
        for i in 0..good.len() {
            for c in ['0', '9', 'a', 'f', 'g', 'A', 'F', '-', 'x', ' '] {
                let mut s = good.to_owned();
                s.replace_range(i..=i, &c.to_string());
                cases.push(s);
            }
        }
        cases.push(format!("ff{}", &good[2..]));
        cases.push(format!("00-{}-00f067aa0ba902b7-01", "0".repeat(32)));
        cases.push("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01".to_owned());
        cases.push(format!("cc{}-later", &good[2..]));
        cases.push(good[..54].to_owned());
        for case in cases {
            assert_eq!(
                traceparent_problem(&case),
                traceparent_problem_slow(&case),
                "{case}"
            );
        }
    }

    #[test]
    fn traceparents() {
        let good = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assert_eq!(traceparent_problem(good), None);
        assert_eq!(
            traceparent_problem(&format!("cc{}-later", &good[2..])),
            None
        );
        for (bad, why) in [
            ("00-abc", "55 characters"),
            (&good.replace("4bf9", "4BF9"), "trace id is not"),
            (
                &good.replace("00f067aa0ba902b7", "0000000000000000"),
                "parent id is all zeros",
            ),
            (
                &good.replace("4bf92f3577b34da6a3ce929d0e0e4736", &"0".repeat(32)),
                "trace id is all zeros",
            ),
            (&format!("ff{}", &good[2..]), "version ff"),
            (&format!("{good}-x"), "after the flags"),
            (&good.replace("-01", "-0g"), "flags"),
        ] {
            let problem = traceparent_problem(bad).expect(bad);
            assert!(problem.contains(why), "{bad}: {problem}");
        }
    }

    #[test]
    fn extension_names_and_media_types() {
        assert_eq!(extension_name_problem("comexampleext1"), None);
        assert!(extension_name_problem("Upper").is_some());
        assert!(extension_name_problem("with_underscore").is_some());
        assert!(extension_name_problem("").is_some());
        assert_eq!(media_type_problem("application/json; charset=utf-8"), None);
        assert!(media_type_problem("json").is_some());
        assert!(is_json_media_type("application/cloudevents+json"));
        assert!(is_json_media_type("Application/JSON; charset=utf-8"));
        assert!(!is_json_media_type("text/plain"));
    }
}
