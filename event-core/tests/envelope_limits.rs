//! Input built to hurt: many attributes, duplicates among many, and `data_base64` that is
//! not base64. Each is a typed error, reached in time linear in the input.

use factum::Event;
use factum::envelope::{Binding, DecodeError, DecodeOptions, Envelope, check, from_binary};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(version = 2)]
struct OrderPlaced {
    order_id: String,
}

/// The extension names of [`many_extensions`]: `e0`, `e1`, ...
fn extension_name(i: usize) -> String {
    format!("e{i}")
}

/// A valid envelope with `n` extensions (`"e0":1,...`), under the default 1 MiB limit
/// for `n` up to about 90,000: the input of issue 11 (852 KB, 9.5 s to check when
/// duplicate names were found by a scan per member).
fn many_extensions(n: usize) -> String {
    let mut json = String::from(
        r#"{"specversion":"1.0","id":"1","source":"/s","type":"OrderPlaced","dataversion":2"#,
    );
    for i in 0..n {
        json.push_str(",\"");
        json.push_str(&extension_name(i));
        json.push_str("\":1");
    }
    json.push_str(r#","data":{"order_id":"o-1"}}"#);
    json
}

#[test]
fn too_many_attributes_is_a_typed_error_in_every_decode_path() {
    let json = many_extensions(90_000);
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../fuzz/corpus/decode_envelope/seed-structured-90000-extensions.json"
    ))
    .unwrap();
    assert!(seed == json, "the fuzz seed is this input");
    let options = DecodeOptions::default();
    assert!(json.len() < options.max_size(), "{}", json.len());
    let expected = DecodeError::TooManyAttributes {
        count: 90_005,
        limit: DecodeOptions::DEFAULT_MAX_ATTRIBUTES,
    };
    assert_eq!(check(json.as_bytes(), &options), Err(expected.clone()));
    assert_eq!(
        Envelope::<OrderPlaced>::from_json(json.as_bytes(), &options).err(),
        Some(expected.clone())
    );
    assert_eq!(
        Envelope::<OrderPlaced>::from_json_general(json.as_bytes(), &options).err(),
        Some(expected.clone())
    );
    assert_eq!(
        expected.to_string(),
        "input of 90005 attributes is over the limit of 256; refused"
    );

    let mut headers: Vec<(String, String)> = [
        ("ce-specversion", "1.0"),
        ("ce-id", "1"),
        ("ce-source", "/s"),
        ("ce-type", "OrderPlaced"),
        ("ce-dataversion", "2"),
    ]
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .into();
    headers.extend((0..90_000).map(|i| (format!("ce-{}", extension_name(i)), "1".to_owned())));
    let binary = from_binary::<OrderPlaced, _, _>(
        &headers,
        br#"{"order_id":"o-1"}"#,
        Binding::Http,
        &options,
    );
    assert_eq!(binary.err(), Some(expected));
}

/// Without the cap, 90,000 extensions are read, and a duplicate among them found: this
/// completes in a debug build only because duplicates are found with a set (a scan per
/// member compares about 4 * 10^9 names).
#[test]
fn duplicates_among_many_extensions_are_found_in_linear_time() {
    let options = DecodeOptions::default().with_max_attributes(usize::MAX);
    let json = many_extensions(90_000);
    let summary = check(json.as_bytes(), &options).unwrap();
    assert_eq!(summary.ty, "OrderPlaced");
    let decoded = Envelope::<OrderPlaced>::from_json(json.as_bytes(), &options).unwrap();
    assert_eq!(decoded.extensions().len(), 90_000);

    let duplicate = json.replace(r#","data":"#, r#","e12345":2,"data":"#);
    let err = check(duplicate.as_bytes(), &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "not a CloudEvent: invalid attribute `e12345`: appears more than once"
    );
    assert_eq!(
        Envelope::<OrderPlaced>::from_json(duplicate.as_bytes(), &options).err(),
        Some(err)
    );
}

/// Past the fast path's scan limit, the general path decodes, to the same envelope.
#[test]
fn envelopes_with_a_few_dozen_extensions_decode_on_both_paths() {
    let options = DecodeOptions::default();
    for n in [0, 1, 15, 16, 17, 40] {
        let json = many_extensions(n);
        let fast = Envelope::<OrderPlaced>::from_json(json.as_bytes(), &options).unwrap();
        let general = Envelope::<OrderPlaced>::from_json_general(json.as_bytes(), &options);
        assert_eq!(Ok(&fast), general.as_ref(), "{n}");
        assert_eq!(fast.extensions().len(), n);
        let names: Vec<&str> = fast.extensions().iter().map(|(name, _)| name).collect();
        let expected: Vec<String> = (0..n).map(extension_name).collect();
        assert_eq!(names, expected);
    }
    let limited = DecodeOptions::default().with_max_attributes(20);
    let err = Envelope::<OrderPlaced>::from_json(many_extensions(16).as_bytes(), &limited);
    assert_eq!(
        err.err(),
        Some(DecodeError::TooManyAttributes {
            count: 21,
            limit: 20
        })
    );
}

#[test]
fn data_base64_must_be_base64() {
    let options = DecodeOptions::default();
    let event = |data: &str| {
        format!(
            r#"{{"specversion":"1.0","id":"1","source":"/s","type":"Blob","data_base64":{data}}}"#
        )
    };
    let summary = check(event(r#""aGVsbG8=""#).as_bytes(), &options).unwrap();
    assert_eq!(summary.data_size, 8);
    assert!(check(event(r#""""#).as_bytes(), &options).is_ok());
    for (bad, why) in [
        (r#""not base64!""#, "Invalid symbol 32, offset 3."),
        (r#""aGVsbG8""#, "Invalid padding"),
        (r#""aGVsbG9=""#, "Invalid last symbol 57, offset 6."),
    ] {
        let err = check(event(bad).as_bytes(), &options).unwrap_err();
        let DecodeError::InvalidAttribute(attribute) = &err else {
            panic!("{err:?}");
        };
        assert_eq!(attribute.attribute(), "data_base64");
        assert_eq!(
            attribute.reason(),
            format!("is not base64 (RFC 4648 with padding): {why}"),
            "{bad}"
        );
    }
}
