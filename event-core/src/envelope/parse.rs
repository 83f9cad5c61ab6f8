//! Parsing a structured CloudEvent into its members ([`Raw`]), with borrowed strings: a
//! plain parser for the usual input, `serde_json` for everything else.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::error::DecodeError;
use super::json::{Value, plain_string_end, plain_value, skip_plain_value, skip_whitespace};
use super::options::DecodeOptions;
use super::raw::Raw;

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value<'de>, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value<'de>, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value<'de>, E> {
        Ok(i64::try_from(v).map_or(Value::BigInt, Value::Int))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Value<'de>, E> {
        Ok(Value::Float)
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Value::Array)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Value::Object)
    }
}

impl<'de> Deserialize<'de> for Value<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

/// An object key, borrowed unless it has escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match d.deserialize_str(ValueVisitor)? {
            Value::Str(s) => Ok(Key(s)),
            other => Err(de::Error::invalid_type(
                de::Unexpected::Other(other.type_name()),
                &"a string",
            )),
        }
    }
}

/// Reads the top-level object into [`Raw`], keeping at most this many attributes.
struct TopVisitor(usize);

impl<'de> Visitor<'de> for TopVisitor {
    /// The members of an object, or the JSON type found instead.
    type Value = Result<Raw<'de>, &'static str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> Result<Result<Raw<'de>, &'static str>, A::Error> {
        let mut raw = Raw::new(self.0);
        while let Some(Key(key)) = map.next_key()? {
            if key == "data" {
                let data: &'de RawValue = map.next_value()?;
                raw.set_data(data.get());
            } else {
                raw.insert(key, map.next_value()?);
            }
        }
        Ok(Ok(raw))
    }
    fn visit_seq<A: SeqAccess<'de>>(
        self,
        seq: A,
    ) -> Result<Result<Raw<'de>, &'static str>, A::Error> {
        ValueVisitor.visit_seq(seq).map(|_| Err("array"))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("boolean"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("number"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("number"))
    }
    fn visit_str<E>(self, _: &str) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("string"))
    }
    fn visit_unit<E>(self) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("null"))
    }
}

/// Refuses input over the size limit, then parses a structured CloudEvent.
pub(crate) fn parse<'a>(bytes: &'a [u8], options: &DecodeOptions) -> Result<Raw<'a>, DecodeError> {
    if bytes.len() > options.max_size {
        return Err(DecodeError::TooLarge {
            size: bytes.len(),
            limit: options.max_size,
        });
    }
    // One UTF-8 check of the whole input, then a `str` parser that checks no string again
    // (parsing the bytes checks every string on its own, at several times the cost).
    let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, &e))?;
    if let Some(raw) = parse_plain(text, options.max_attributes) {
        return Ok(raw);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let top = de
        .deserialize_any(TopVisitor(options.max_attributes))
        .map_err(|e| not_json(&e))?;
    de.end().map_err(|e| not_json(&e))?;
    top.map_err(|found| DecodeError::NotObject { found })
}

/// The fast path of [`parse`], for the usual CloudEvent: an object whose attribute values
/// are strings without escapes, booleans, `null` or small integers, and whose `data` is
/// any JSON value. `None` for anything else (other values, escapes, invalid JSON), which
/// the `serde_json` path then parses, to the same members or to its exact error: this one
/// only ever returns what that path returns.
fn parse_plain(text: &str, max_attributes: usize) -> Option<Raw<'_>> {
    let b = text.as_bytes();
    let mut raw = Raw::new(max_attributes);
    let mut i = skip_whitespace(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_whitespace(b, i + 1);
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let end = plain_string_end(b, i + 1)?;
            let key = text.get(i + 1..end)?;
            i = skip_whitespace(b, end + 1);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i = skip_whitespace(b, i + 1);
            if key == "data" {
                // Any JSON value: skipped here when it is plain, else read as the
                // `serde_json` path reads it.
                let end = if let Some(end) = skip_plain_value(b, i, 0) {
                    end
                } else {
                    let mut values =
                        serde_json::Deserializer::from_str(text.get(i..)?).into_iter::<&RawValue>();
                    values.next()?.ok()?;
                    i + values.byte_offset()
                };
                raw.set_data(text.get(i..end)?);
                i = end;
            } else {
                let (value, next) = plain_value(text, i)?;
                raw.insert(Cow::Borrowed(key), value);
                i = next;
            }
            i = skip_whitespace(b, i);
            match b.get(i) {
                Some(b',') => i = skip_whitespace(b, i + 1),
                Some(b'}') => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_whitespace(b, i) == b.len()).then_some(raw)
}

fn not_utf8(bytes: &[u8], err: &std::str::Utf8Error) -> DecodeError {
    let before = &bytes[..err.valid_up_to()];
    let line = before.split(|&b| b == b'\n').count();
    let column = 1 + before.len()
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
    DecodeError::NotJson {
        line,
        column,
        message: "invalid unicode code point".to_owned(),
    }
}

#[cold]
fn not_json(err: &serde_json::Error) -> DecodeError {
    let message = err.to_string();
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    };
    DecodeError::NotJson {
        line: err.line(),
        column: err.column(),
        message,
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = DecodeOptions::DEFAULT_MAX_ATTRIBUTES;

    /// The `serde_json` path alone.
    fn parse_slow(text: &str) -> Result<Raw<'_>, DecodeError> {
        let mut de = serde_json::Deserializer::from_str(text);
        let top = de
            .deserialize_any(TopVisitor(LIMIT))
            .map_err(|e| not_json(&e))?;
        de.end().map_err(|e| not_json(&e))?;
        top.map_err(|found| DecodeError::NotObject { found })
    }

    fn assert_same(text: &str) {
        if let Some(fast) = parse_plain(text, LIMIT) {
            let slow = parse_slow(text);
            assert_eq!(
                format!("{:?}", Ok::<_, DecodeError>(fast)),
                format!("{slow:?}"),
                "{text:?}"
            );
        }
    }

    #[test]
    fn plain_values_are_skipped_as_serde_json_reads_them() {
        let mut cases: Vec<String> = [
            "0",
            "-0",
            "1",
            "-1",
            "01",
            "1.",
            "1.5",
            ".5",
            "1e3",
            "1E+3",
            "1e-3",
            "1e",
            "-",
            "1.5e",
            "123456789012345678901234567890",
            "true",
            "false",
            "null",
            "nul",
            "tru",
            "\"\"",
            "\"a\"",
            "\"a\\\"b\"",
            "[]",
            "[ ]",
            "[1,2]",
            "[1,]",
            "[,1]",
            "{}",
            "{ }",
            "{\"a\":1}",
            "{\"a\":1,}",
            "{\"a\" : [1, {\"b\": null}] }",
            "{\"a\"}",
            "{1:2}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            "\"\u{1}\"",
            "[[[[[]]]]]",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        cases.push(format!("{}{}", "[".repeat(40), "]".repeat(40)));
        cases.push(format!("{}{}", "[".repeat(20), "]".repeat(20)));
        for case in &cases {
            // What may follow `data` in an object that the plain parser accepts.
            for suffix in ["", "}", " ,", ",", "\n}"] {
                let text = format!("{case}{suffix}");
                let Some(end) = skip_plain_value(text.as_bytes(), 0, 0) else {
                    continue;
                };
                // Callers go on only at a delimiter (else the whole input goes to
                // `serde_json`): `01` is `0` followed by what is not a delimiter.
                if !matches!(
                    text.as_bytes().get(end),
                    None | Some(b' ' | b'\n' | b',' | b'}')
                ) {
                    continue;
                }
                let mut values = serde_json::Deserializer::from_str(&text).into_iter::<&RawValue>();
                let serde = values.next().and_then(Result::ok).map(RawValue::get);
                assert_eq!(Some(&text[..end]), serde, "{text:?}");
                assert_eq!(end, values.byte_offset(), "{text:?}");
            }
        }
    }

    #[test]
    fn the_plain_parser_reads_what_serde_json_reads() {
        let envelope = concat!(
            r#"{"specversion":"1.0","id":"0190b3a2-0000-7000-8000-000000000002","#,
            r#""source":"/checkout/orders","type":"OrderPlaced","time":"2026-11-22T10:15:30.25Z","#,
            r#""datacontenttype":"application/json","subject":"orders/o-1","dataversion":3,"#,
            r#""flag":true,"off":false,"n":-12,"none":null,"big":123456789012345678,"#,
            r#""data":{"order_id":"o-1","lines":[{"q":1},{"q":2.5e3}],"s":"a\\\"b\\u00e9"}}"#
        );
        let mut cases: Vec<String> = vec![
            envelope.to_owned(),
            "{}".into(),
            " { } ".into(),
            "{\"a\":1,}".into(),
            "{\"a\":1 , \"b\" : \"x\" }\n".into(),
            "{\"data\":null}".into(),
            "{\"data\":1,\"data\":2}".into(),
            "{\"data\":12}".into(),
            "{\"data\":\"s\"}".into(),
            "{\"data\":[1,2]x}".into(),
            "{\"a\":-0}".into(),
            "{\"a\":0}".into(),
            "{\"a\":01}".into(),
            "{\"a\":1.5}".into(),
            "{\"a\":1e3}".into(),
            "{\"a\":9999999999999999999}".into(),
            "{\"a\":\"x\\u0041\"}".into(),
            "{\"a\":truex}".into(),
            "{\"a\":[]}".into(),
            "[]".into(),
            "{\"a\":1}{}".into(),
        ];
        // Every byte of the envelope replaced by interesting ones, and every prefix.
        let interesting = [
            b' ', b'"', b'\\', b'{', b'}', b',', b':', b'0', b'-', b'.', b'e', b'n', b't', b'x',
            b'\n', 0x01,
        ];
        cases.extend(super::super::mutations::mutations(envelope, &interesting));
        let mut fast = 0;
        for case in &cases {
            assert_same(case);
            fast += usize::from(parse_plain(case, LIMIT).is_some());
        }
        assert!(parse_plain(envelope, LIMIT).is_some());
        assert!(fast > 100, "{fast}");
    }
}
