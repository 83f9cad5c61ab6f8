//! Compile-fail cases of the typed API: an event is published, a command is sent, and
//! not the other way round. Every `.stderr` is read by a person before it is committed.
//! Regenerate with `TRYBUILD=overwrite cargo test -p factum-transport --test ui`.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
