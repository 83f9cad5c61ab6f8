//! Runs the built `factum` binary.

use std::io::Write;
use std::process::{Command, Stdio};

/// The output's lines, each split at its tabs.
fn split_rows(out: &str) -> Vec<Vec<&str>> {
    out.lines().map(|l| l.split('\t').collect()).collect()
}

/// Each row's name and verdict.
fn verdicts<'a>(rows: &[Vec<&'a str>]) -> Vec<(&'a str, &'a str)> {
    rows.iter().map(|r| (r[0], r[1])).collect()
}

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    run_in(&std::env::temp_dir(), args, stdin)
}

fn run_in(dir: &std::path::Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factum"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn factum");
    // The tool may exit before reading stdin (bad vocabulary): ignore a broken pipe.
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn classifies_stdin_lines() {
    let (code, out, err) = run(
        &["names"],
        "OrderPlaced\n  PlaceOrder  \n\nGetOrderById\nCustomer\nUserShouldBeDeleted\n",
    );
    assert_eq!(code, 0, "{err}");
    let rows = split_rows(&out);
    let verdicts = verdicts(&rows);
    assert_eq!(
        verdicts,
        [
            ("OrderPlaced", "event"),
            ("PlaceOrder", "command"),
            ("GetOrderById", "query"),
            ("Customer", "unknown"),
            ("UserShouldBeDeleted", "unknown"),
        ]
    );
    assert!(rows.iter().all(|r| r.len() == 3 && !r[2].is_empty()));
    assert!(rows[4][2].contains("\"Should\""), "{}", rows[4][2]);
}

#[test]
fn reads_names_given_as_arguments_instead_of_stdin() {
    let (code, out, err) = run(
        &[
            "names",
            "--as",
            "event",
            "OrderPlaced",
            "OrderEvent::Placed",
        ],
        "SendWelcomeEmail\n",
    );
    assert_eq!(code, 0, "{err}");
    let names: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(
        names,
        ["OrderPlaced", "OrderEvent::Placed"],
        "stdin is not read"
    );
    let (code, out, _) = run(&["names", "--as", "event", "SendWelcomeEmail"], "");
    assert_eq!(code, 1);
    assert!(out.starts_with("SendWelcomeEmail\treject\t"), "{out}");
}

#[test]
fn explains_one_name() {
    let (code, out, _) = run(&["names", "--explain", "SendWelcomeEmail"], "");
    assert_eq!(code, 0);
    assert!(out.contains("verdict:    command"), "{out}");
    assert!(out.contains("as event:   WelcomeEmailSent"), "{out}");
    assert!(out.contains("as query:   GetWelcomeEmail"), "{out}");
}

#[test]
fn uses_a_vocabulary_file() {
    let path = std::env::temp_dir().join(format!("factum-vocab-{}.txt", std::process::id()));
    std::fs::write(&path, "verb frobnicate\n").expect("write vocabulary");
    let path_arg = path.to_string_lossy().into_owned();
    let (code, out, _) = run(&["names", "--vocabulary", &path_arg], "FrobnicateWidget\n");
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 0);
    assert!(out.starts_with("FrobnicateWidget\tcommand\t"), "{out}");
    let (code, out, _) = run(&["names"], "FrobnicateWidget\n");
    assert_eq!(code, 0);
    assert!(out.starts_with("FrobnicateWidget\tunknown\t"), "{out}");
}

#[test]
fn unreadable_vocabulary_exits_2() {
    let (code, out, err) = run(
        &[
            "names",
            "--vocabulary",
            "/nonexistent/factum-vocabulary.txt",
        ],
        "OrderPlaced\n",
    );
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("cannot read /nonexistent/factum-vocabulary.txt"),
        "{err}"
    );
    let path = std::env::temp_dir().join(format!("factum-badvocab-{}.txt", std::process::id()));
    std::fs::write(&path, "verb ok\nadverb fast\n").expect("write vocabulary");
    let path_arg = path.to_string_lossy().into_owned();
    let (code, _, err) = run(&["names", "--vocabulary", &path_arg], "");
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 2);
    assert!(err.contains(":2: unknown directive `adverb`"), "{err}");
}

#[test]
fn checks_names_as_the_derive_would() {
    let (code, out, err) = run(
        &["names", "--as", "event"],
        "OrderPlaced\nPlaceOrder\nPaymentRecieved\n",
    );
    assert_eq!(code, 1, "one name rejected: {err}");
    assert!(err.contains("2 name(s) rejected"), "{err}");
    let rows = split_rows(&out);
    assert_eq!(rows.len(), 3, "{out}");
    assert_eq!(rows[0][..2], ["OrderPlaced", "accept"]);
    assert_eq!(rows[1][..2], ["PlaceOrder", "reject"]);
    // The derive's message, on one line.
    let expected = factum_naming::check(
        "PlaceOrder",
        factum_naming::Kind::Event,
        &factum_naming::Vocabulary::default(),
    )
    .unwrap_err()
    .to_string()
    .replace('\n', " ");
    assert_eq!(rows[1][2], expected);
    assert!(
        rows[2][2].contains("did you mean `PaymentReceived`?"),
        "{out}"
    );
    let (code, out, _) = run(&["names", "--as", "command"], "PlaceOrder\n");
    assert_eq!(code, 0);
    assert!(out.starts_with("PlaceOrder\taccept\t"), "{out}");
}

#[test]
fn reads_the_vocabulary_of_the_current_folder() {
    let dir = std::env::temp_dir().join(format!("factum-names-cwd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create dir");
    std::fs::write(
        dir.join("factum-vocabulary.txt"),
        "verb frobnicate\nnoun reset\n",
    )
    .expect("write vocabulary");
    let (code, out, err) = run_in(
        &dir,
        &["names", "--as", "event"],
        "WidgetFrobnicatedByAdmin\nPasswordReset\n",
    );
    let (_, elsewhere, _) = run(&["names", "--as", "event"], "WidgetFrobnicatedByAdmin\n");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.starts_with("WidgetFrobnicatedByAdmin\taccept\t"),
        "{out}"
    );
    assert!(out.contains("PasswordReset\treject\t"), "noun reset: {out}");
    assert!(
        elsewhere.starts_with("WidgetFrobnicatedByAdmin\treject\t"),
        "{elsewhere}"
    );
}

#[test]
fn reads_enum_variants_with_their_enum() {
    let v = factum_naming::Vocabulary::default();
    let input = "OrderEvent::Placed\nOrderEvent::Cancel\nWindowEvent::PointerButton\n\
                 events::OrderPlaced\ncrate::events::OrderCommand::Cancel\n";
    let (code, out, err) = run(&["names", "--as", "event"], input);
    assert_eq!(code, 1, "{err}");
    let rows = split_rows(&out);
    let verdicts = verdicts(&rows);
    assert_eq!(
        verdicts,
        [
            ("OrderEvent::Placed", "accept"),
            ("OrderEvent::Cancel", "reject"),
            ("WindowEvent::PointerButton", "accept"),
            ("events::OrderPlaced", "accept"),
            ("crate::events::OrderCommand::Cancel", "reject"),
        ]
    );
    // The derive's message for the variant, on one line.
    let expected =
        factum_naming::check_variant("OrderEvent", "Cancel", factum_naming::Kind::Event, &v)
            .unwrap_err()
            .to_string()
            .replace('\n', " ");
    assert_eq!(rows[1][2], expected);
    assert!(rows[1][2].contains("e.g. `Cancelled`"), "{out}");
    // Alone, `PointerButton` has no verb: only its enum makes it an event.
    assert!(factum_naming::check("PointerButton", factum_naming::Kind::Event, &v).is_err());
    // As a command, an event enum's variants are rejected (`PinchGesture` reads
    // `PinchGestureEvent`; `MouseWheel` has no verb and its enum names events).
    let (code, out, _) = run(
        &["names", "--as", "command"],
        "WindowEvent::PinchGesture\nDeviceEvent::MouseWheel\nOrderCommand::Cancel\n",
    );
    assert_eq!(code, 1);
    assert!(
        out.starts_with(
            "WindowEvent::PinchGesture\treject\t`PinchGesture` reads as `PinchGestureEvent`"
        ),
        "{out}"
    );
    assert!(
        out.contains("DeviceEvent::MouseWheel\treject\t`MouseWheel` has no verb and its enum"),
        "{out}"
    );
    assert!(out.contains("OrderCommand::Cancel\taccept\t"), "{out}");
    // Verdicts: the kind whose derive accepts the variant, or unknown when none does.
    let (code, out, _) = run(&["names"], "OrderEvent::Placed\nOrderEvent::Cancel\n");
    assert_eq!(code, 0);
    let rows = split_rows(&out);
    assert_eq!(rows[0][..2], ["OrderEvent::Placed", "event"]);
    assert_eq!(rows[1][..2], ["OrderEvent::Cancel", "unknown"]);
    assert!(
        rows[1][2].starts_with("no derive accepts it in `OrderEvent`"),
        "{out}"
    );
}

#[test]
fn reads_wire_names_as_the_derive_reads_name_attributes() {
    let v = factum_naming::Vocabulary::default();
    let input = "com.shop.order.placed\ninvoice.overdue\ncom.shop.order.place_order\n";
    let (code, out, err) = run(&["names", "--as", "event"], input);
    assert_eq!(code, 1, "{err}");
    let rows = split_rows(&out);
    let verdicts = verdicts(&rows);
    assert_eq!(
        verdicts,
        [
            ("com.shop.order.placed", "accept"),
            ("invoice.overdue", "accept"),
            ("com.shop.order.place_order", "reject"),
        ]
    );
    // The derive's message, its suggestion in the wire name's style.
    let expected = factum_naming::check_wire_name(
        "com.shop.order.place_order",
        factum_naming::Kind::Event,
        &v,
    )
    .unwrap_err()
    .to_string()
    .replace('\n', " ");
    assert_eq!(rows[2][2], expected);
    assert!(
        rows[2][2].contains("`com.shop.order.order_placed`"),
        "{out}"
    );
    // `overdue` alone needs the subject the part before it names.
    assert!(
        rows[1][2].starts_with("read with the part before it"),
        "{out}"
    );
}

#[test]
fn explains_a_variant_with_its_enum() {
    let (code, out, _) = run(&["names", "--explain", "OrderEvent::Placed"], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("Placed\n"), "{out}");
    assert!(out.contains("in enum `OrderEvent`:"), "{out}");
    assert!(out.contains("#[derive(Event)]    accepts it"), "{out}");
    assert!(
        out.contains("#[derive(Command)]  rejects it: the enum's name says it holds events"),
        "{out}"
    );
}

#[test]
fn a_query_named_by_what_it_returns_passes_as_the_derive_says() {
    let (code, out, err) = run(
        &["names", "--as", "query", "AvailableHours", "PlaceOrder"],
        "",
    );
    assert_eq!(code, 1, "{err}");
    let rows = split_rows(&out);
    assert_eq!(rows[0][..2], ["AvailableHours", "accept"]);
    assert!(
        rows[0][2].ends_with("a query may be named by what it returns"),
        "{}",
        rows[0][2]
    );
    assert_eq!(rows[1][..2], ["PlaceOrder", "reject"]);
    // A lone verb is its imperative: no event.
    let (code, out, err) = run(&["names", "--as", "event", "Activate"], "");
    assert_eq!(code, 1, "{err}");
    assert!(out.starts_with("Activate\treject\t"), "{out}");
    let (code, out, err) = run(&["names", "--explain", "AvailableHours"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("as query:   AvailableHours (ok)"), "{out}");
}
