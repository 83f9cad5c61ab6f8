// What the derives say of a name, for the shape tests: shared by `tests/states.rs` and
// `tests/catalog_shapes.rs` with `include!`; expects `factum_naming` in scope. Each failed
// check prints how the name was read.

/// Whether the derive of `kind` accepts `name`.
fn ok(name: &str, kind: factum_naming::Kind) -> bool {
    factum_naming::check(name, kind, &factum_naming::Vocabulary::default()).is_ok()
}

/// Whether the derive of `kind` accepts the variant `variant` of `enum enum_name`.
#[allow(dead_code)] // not every test that includes this file asks for variants
fn variant_ok(enum_name: &str, variant: &str, kind: factum_naming::Kind) -> bool {
    factum_naming::check_variant(
        enum_name,
        variant,
        kind,
        &factum_naming::Vocabulary::default(),
    )
    .is_ok()
}

/// Each name passes the derive of `kind`.
#[allow(dead_code)] // not every test that includes this file asks for it
fn passes(kind: factum_naming::Kind, names: &[&str]) {
    for name in names {
        let read = || factum_naming::classify(name).explanation;
        assert!(ok(name, kind), "{name}: {}", read());
    }
}

/// The derive of `kind` rejects each name.
#[allow(dead_code)] // not every test that includes this file asks for it
fn fails(kind: factum_naming::Kind, names: &[&str]) {
    for name in names {
        let read = || factum_naming::classify(name).explanation;
        assert!(!ok(name, kind), "{name}: {}", read());
    }
}

/// Each name passes the derive of `kind` and not that of `other`.
fn only(kind: factum_naming::Kind, other: factum_naming::Kind, names: &[&str]) {
    for name in names {
        let read = || factum_naming::classify(name).explanation;
        assert!(ok(name, kind), "{name}: {}", read());
        assert!(!ok(name, other), "{name}: {}", read());
    }
}

/// Each name passes the `Event` derive and not the `Command` derive.
#[allow(dead_code)] // not every test that includes this file asks for facts
fn facts_only(names: &[&str]) {
    only(factum_naming::Kind::Event, factum_naming::Kind::Command, names);
}

/// Each name passes the `Command` derive and not the `Event` derive.
#[allow(dead_code)] // not every test that includes this file asks for requests
fn requests_only(names: &[&str]) {
    only(factum_naming::Kind::Command, factum_naming::Kind::Event, names);
}

/// The suggestion of the derive of `kind` for `name`, if it rejects it with one.
#[allow(dead_code)] // not every test that includes this file asks for suggestions
fn suggestion(name: &str, kind: factum_naming::Kind) -> Option<String> {
    factum_naming::check(name, kind, &factum_naming::Vocabulary::default())
        .err()
        .and_then(|e| e.suggestion)
}

/// The derive of `kind` rejects `name` suggesting `expected`, which that derive accepts.
#[allow(dead_code)] // not every test that includes this file asks for suggestions
fn suggests(name: &str, kind: factum_naming::Kind, expected: &str) {
    assert_eq!(suggestion(name, kind).as_deref(), Some(expected), "{name}");
    assert!(ok(expected, kind), "{expected}");
}
