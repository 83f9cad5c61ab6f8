//! Input that is not UTF-8 is refused as "not JSON", with the position of the bad byte.

use factum::envelope::{DecodeError, DecodeOptions, check};

#[test]
fn invalid_utf8_is_not_json_with_its_position() {
    let input = b"{\"specversion\":\"1.0\",\n\"id\":\"\xff\"}";
    let err = check(input, &DecodeOptions::default()).unwrap_err();
    assert_eq!(
        err,
        DecodeError::NotJson { line: 2, column: 7, message: "invalid unicode code point".into() }
    );
}
