//! Runs `factum envelope check` on structured-mode JSON events.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factum"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn factum");
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin);
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn check(stdin: &str) -> (i32, String, String) {
    run(&["envelope", "check"], stdin.as_bytes())
}

const VALID: &str = r#"{
  "specversion": "1.0",
  "id": "0190b0a0-7a6e-7cc0-8a4e-5b0f5a3c9d21",
  "source": "https://shop.example/checkout",
  "type": "com.example.OrderPlaced",
  "time": "2026-11-22T10:15:30Z",
  "datacontenttype": "application/json",
  "dataversion": 2,
  "comexampletenant": "acme",
  "data": {"order_id": "o-1", "total": 9.5}
}
"#;

#[test]
fn a_valid_event_prints_a_summary() {
    let (code, out, err) = check(VALID);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "valid CloudEvent: com.example.OrderPlaced id=0190b0a0-7a6e-7cc0-8a4e-5b0f5a3c9d21 source=https://shop.example/checkout version=2 data=33 bytes\n"
    );
    assert!(err.is_empty(), "{err}");
}

#[test]
fn an_event_from_another_producer_needs_no_dataversion() {
    let (code, out, err) = check(
        r#"{"specversion":"1.0","id":"A234-1234-1234","source":"urn:event:from:myapi/resource/123","type":"com.github.pull_request.opened","data_base64":"AQID"}"#,
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.ends_with("version=none data=4 bytes\n"), "{out}");
}

#[test]
fn invalid_events_exit_1_with_the_typed_error() {
    let cases = [
        (
            VALID.replace("\"1.0\"", "\"0.3\""),
            "unsupported specversion `0.3`: factum reads CloudEvents 1.0",
        ),
        (
            VALID.replace("\"id\": \"0190b0a0-7a6e-7cc0-8a4e-5b0f5a3c9d21\",", ""),
            "not a CloudEvent: missing required attribute `id`",
        ),
        (
            VALID.replace("2026-11-22T10:15:30Z", "yesterday"),
            "not a CloudEvent: invalid attribute `time`: `yesterday` is not an RFC 3339 timestamp",
        ),
        (
            VALID.replace("comexampletenant", "com.example.tenant"),
            "not a CloudEvent: invalid attribute `com.example.tenant`: attribute names consist of lowercase letters a-z and digits 0-9",
        ),
        (
            VALID.replace("\"dataversion\": 2", "\"dataversion\": [2]"),
            "not a CloudEvent: attribute `dataversion` must be an integer, found an array",
        ),
        (
            VALID.replace("\"data\": {", "\"data\": {,"),
            "not JSON: key must be a string at line 10 column 12",
        ),
        (
            "[]".to_owned(),
            "not a CloudEvent: expected a JSON object, found an array",
        ),
    ];
    for (input, message) in cases {
        let (code, out, err) = check(&input);
        assert_eq!(code, 1, "{input}");
        assert!(out.is_empty(), "{out}");
        assert!(err.starts_with(&format!("factum: {message}")), "{err}");
    }
}

#[test]
fn oversized_input_is_refused_unparsed() {
    let mut big = VALID.as_bytes().to_vec();
    big.extend(std::iter::repeat_n(b' ', 100_000));
    let (code, _, err) = run(&["envelope", "check", "--max-size", "1000"], &big);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "factum: input of {} bytes is over the limit of 1000 bytes; refused before parsing\n",
            big.len()
        )
    );
    // Not even JSON, but the size is what is reported.
    let (code, _, err) = run(&["envelope", "check", "--max-size", "10"], b"{{{{{{{{{{{{");
    assert_eq!(code, 1);
    assert!(
        err.contains("input of 12 bytes is over the limit of 10 bytes"),
        "{err}"
    );
    let (code, _, err) = run(
        &["envelope", "check", "--max-size", &VALID.len().to_string()],
        VALID.as_bytes(),
    );
    assert_eq!(code, 0, "{err}");
}
