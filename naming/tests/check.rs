//! Violation messages, suggestions and vocabulary parsing.

use factum_naming::{Kind, Verdict, Vocabulary, check, classify, classify_with, explain};

fn err(name: &str, kind: Kind) -> factum_naming::Violation {
    check(name, kind, &Vocabulary::default()).expect_err(name)
}

#[test]
fn passes_when_the_verdict_matches() {
    let v = Vocabulary::default();
    assert!(check("OrderPlaced", Kind::Event, &v).is_ok());
    assert!(check("PlaceOrder", Kind::Command, &v).is_ok());
    assert!(check("GetOrderById", Kind::Query, &v).is_ok());
}

#[test]
fn event_expected_reads_as_command() {
    let e = err("SendWelcomeEmail", Kind::Event);
    assert_eq!(
        e.message,
        "`SendWelcomeEmail` is named like a command (imperative \"Send\"), but events are facts in the past tense"
    );
    assert_eq!(
        e.help,
        "name it after what happened, e.g. `WelcomeEmailSent`"
    );
    assert_eq!(e.suggestion.as_deref(), Some("WelcomeEmailSent"));
    for (name, suggestion) in [
        ("LogInUser", "UserLoggedIn"),
        ("PlaceOrder", "OrderPlaced"),
        ("ShipItems", "ItemsShipped"),
        ("MoveItemToWishlist", "ItemMovedToWishlist"),
        ("PlaceOrderCommandV2", "OrderPlacedV2"),
        ("WithdrawMoney", "MoneyWithdrawn"),
        ("ResetPassword", "PasswordReset"),
        ("UnassignTicket", "TicketUnassigned"),
        ("LoginUser", "UserLoggedIn"),
        ("BeginMigration", "MigrationBegun"),
    ] {
        assert_eq!(
            err(name, Kind::Event).suggestion.as_deref(),
            Some(suggestion),
            "{name}"
        );
    }
    // A variant with no object: the participle alone, its subject implied (accepted as an
    // event). A type named by the verb alone is its imperative: a command, no event.
    let vocab = Vocabulary::default();
    let e = factum_naming::check_variant("AccountEvent", "Deactivate", Kind::Event, &vocab)
        .expect_err("AccountEvent::Deactivate");
    assert_eq!(e.suggestion.as_deref(), Some("Deactivated"));
    assert_eq!(e.help, "name it after what happened, e.g. `Deactivated`");
    assert_eq!(
        factum_naming::check_variant("TagEvent", "Geotag", Kind::Event, &vocab)
            .expect_err("TagEvent::Geotag")
            .suggestion
            .as_deref(),
        Some("Geotagged")
    );
    for name in ["Deactivate", "Geotag", "Click", "Resize", "Logout"] {
        let v = check(name, Kind::Event, &vocab).expect_err(name);
        assert!(
            v.help.contains("name it after what happened"),
            "{name}: {}",
            v.help
        );
        assert!(check(name, Kind::Command, &vocab).is_ok(), "{name}");
    }
    // Not with an object, nor a suffix that says otherwise, nor a word mostly used as a noun.
    for name in ["DeactivateAccount", "ClickCommand", "Order"] {
        assert!(check(name, Kind::Event, &vocab).is_err(), "{name}");
    }
}

#[test]
fn event_expected_modal() {
    let e = err("UserShouldBeDeleted", Kind::Event);
    assert_eq!(
        e.message,
        "`UserShouldBeDeleted` states what should happen (\"Should\"), but events are facts that already happened"
    );
    assert_eq!(
        e.help,
        "name the fact, e.g. `UserDeleted`; if it is a request, derive `Command` and name it `DeleteUser`"
    );
    let e = err("PleaseShipOrder", Kind::Event);
    assert!(e.message.contains("(\"Please\")"), "{}", e.message);
    assert!(e.help.contains("`OrderShipped`") && e.help.contains("`ShipOrder`"));
    assert!(
        err("OrderToBeShipped", Kind::Event)
            .message
            .contains("\"To Be\"")
    );
}

#[test]
fn event_expected_query_or_no_verb() {
    let e = err("GetOrderById", Kind::Event);
    assert!(e.message.contains("named like a query (\"Get\")"));
    assert!(e.help.contains("derive `Query`"));
    let e = err("Customer", Kind::Event);
    assert_eq!(
        e.message,
        "`Customer` has no verb, but events are facts in the past tense"
    );
    assert_eq!(
        e.help,
        "say what happened to it, e.g. `CustomerCreated` or `CustomerUpdated`"
    );
    // A participle before its subject reads as a fact (`AddedAsset` = asset added).
    assert!(check("FailedPayment", Kind::Event, &Vocabulary::default()).is_ok());
}

#[test]
fn command_expected() {
    let e = err("OrderPlaced", Kind::Command);
    assert_eq!(
        e.to_string(),
        "`OrderPlaced` is named like an event (past participle \"Placed\"), but commands are requests in the imperative\n= help: start with the verb, e.g. `PlaceOrder`\n= note: if the name is right, add `#[command(allow_name = \"why\")]`, or declare its words in factum-vocabulary.txt (`verb WORD`, `noun WORD`)"
    );
    assert_eq!(
        err("UserLoggedIn", Kind::Command).suggestion.as_deref(),
        Some("LogInUser")
    );
    assert_eq!(
        err("ItemMovedToWishlist", Kind::Command)
            .suggestion
            .as_deref(),
        Some("MoveItemToWishlist")
    );
    let e = err("UserShouldBeDeleted", Kind::Command);
    assert_eq!(e.suggestion.as_deref(), Some("DeleteUser"));
    assert_eq!(e.help, "start with the verb, e.g. `DeleteUser`");
    let e = err("Customer", Kind::Command);
    assert_eq!(
        e.message,
        "`Customer` has no verb, but commands are requests in the imperative"
    );
    assert_eq!(
        e.help,
        "start with what should be done, e.g. `CreateCustomer` or `UpdateCustomer`"
    );
    // A question derived as a `Command` is no error of issue 9's policy: the imperative of a
    // question verb passes; a query suffix still says what it is.
    assert!(check("GetOrderById", Kind::Command, &Vocabulary::default()).is_ok());
    let e = err("GetOrderByIdQuery", Kind::Command);
    assert!(e.help.contains("derive `Query`"), "{}", e.help);
}

#[test]
fn query_expected() {
    let e = err("OrderPlaced", Kind::Query);
    assert_eq!(e.suggestion.as_deref(), Some("GetOrder"));
    assert!(e.message.ends_with("but queries are questions"));
    let e = err("PlaceOrder", Kind::Query);
    assert!(e.help.contains("derive `Command`"), "{}", e.help);
    // A query named by what it returns, with no verb, passes.
    assert!(check("OrderInfo", Kind::Query, &Vocabulary::default()).is_ok());
    let e = err("OrderInfoEvent", Kind::Query);
    assert_eq!(e.suggestion.as_deref(), Some("GetOrderInfo"));
    assert!(
        e.help
            .starts_with("start with a question verb, e.g. `GetOrderInfo`"),
        "{}",
        e.help
    );
}

#[test]
fn vocabulary_parses_good_lines() {
    let vocab = Vocabulary::parse(
        "# domain verbs\n\nverb frobnicate   # regular\nverb undergo underwent undergone\nverb shut shut\nquery-verb tally\nnoun cart\n",
    )
    .expect("valid");
    assert!(!vocab.is_empty());
    assert_eq!(
        classify_with("WidgetFrobnicated", &vocab).verdict,
        Verdict::Event
    );
    assert_eq!(
        classify_with("FrobnicateWidget", &vocab).verdict,
        Verdict::Command
    );
    assert_eq!(
        classify_with("AuditUnderwent", &vocab).verdict,
        Verdict::Event
    );
    assert_eq!(
        classify_with("AuditUndergone", &vocab).verdict,
        Verdict::Event
    );
    assert_eq!(classify_with("TallyVotes", &vocab).verdict, Verdict::Query);
    assert_eq!(classify_with("CartTotal", &vocab).verdict, Verdict::Unknown);
    assert_eq!(
        check("FrobnicateWidget", Kind::Event, &vocab)
            .unwrap_err()
            .suggestion
            .as_deref(),
        Some("WidgetFrobnicated")
    );
    assert_eq!(
        check("UndergoAudit", Kind::Event, &vocab)
            .unwrap_err()
            .suggestion
            .as_deref(),
        Some("AuditUndergone")
    );
}

#[test]
fn vocabulary_rejects_bad_lines() {
    let cases = [
        (
            "verb ok\nadjective shiny",
            2,
            "unknown directive `adjective` (expected `verb`, `query-verb` or `noun`)",
        ),
        (
            "\n\nverb Upsert",
            3,
            "`Upsert` is not a word of lowercase letters a-z",
        ),
        ("verb", 1, "expected `verb BASE [PAST] [PARTICIPLE]`"),
        (
            "verb a b c d",
            1,
            "expected `verb BASE [PAST] [PARTICIPLE]`",
        ),
        ("# c\nnoun two words", 2, "expected `noun WORD`"),
        ("query-verb", 1, "expected `query-verb WORD`"),
        (
            "verb up_sert",
            1,
            "`up_sert` is not a word of lowercase letters a-z",
        ),
    ];
    for (text, line, message) in cases {
        let e = Vocabulary::parse(text).expect_err(text);
        assert_eq!((e.line, e.message.as_str()), (line, message), "{text:?}");
        assert_eq!(e.to_string(), format!("line {line}: {message}"));
    }
}

#[test]
fn unknown_verbs_need_vocabulary() {
    for name in ["FrobnicateWidget", "WidgetFrobnicatedTwice"] {
        assert_eq!(classify(name).verdict, Verdict::Unknown, "{name}");
    }
    // Closing the name after its subject, an unknown `-ed` word is a regular participle.
    assert_eq!(classify("WidgetFrobnicated").verdict, Verdict::Event);
    // `upsert` is a built-in software verb.
    assert_eq!(classify("ProductUpserted").verdict, Verdict::Event);
    assert_eq!(classify("UpsertProduct").verdict, Verdict::Command);
}

#[test]
fn explain_lists_every_kind() {
    let text = explain("SendEmailV2Command", &Vocabulary::default());
    assert!(text.contains("decoration: V2 Command"), "{text}");
    assert!(text.contains("as event:   EmailSentV2"), "{text}");
    assert!(
        text.contains("as command: SendEmailV2Command (ok)"),
        "{text}"
    );
    assert!(text.contains("as query:   GetEmailV2"), "{text}");
    // `…Event` after an imperative and its object names the event of doing it.
    let text = explain("SendEmailV2Event", &Vocabulary::default());
    assert!(text.contains("as event:   SendEmailV2Event (ok)"), "{text}");
}

#[test]
fn never_panics_on_odd_input() {
    for name in [
        "",
        " ",
        "_",
        "9",
        "ÄÖÜ",
        "名前Placed",
        "a",
        "A",
        "ed",
        "Ed",
        "ED",
        "Xed",
        "éed",
        "ééed",
        "UserΣed",
        "Should",
        "Please",
        "ToBe",
        "To",
        "Is",
        "V2",
        "EventEvent",
        "DomainEvent",
        "\u{0}",
        "a\u{301}ed",
        "Zz9Ed",
        "ObjectPlacedAs",
        "LogIn",
        "In",
        "Out",
        "Up",
    ] {
        let a = classify(name);
        let _ = explain(name, &Vocabulary::default());
        for kind in Kind::ALL {
            let _ = check(name, kind, &Vocabulary::default());
        }
        assert!(!a.explanation.contains('\n'), "{name}");
    }
}
