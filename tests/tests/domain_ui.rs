//! Compile-fail and compile-pass cases of `#[derive(DomainEvent)]`. Every `.stderr` file
//! under `ui/domain/fail` is reviewed by a person: it must say what is wrong and how to
//! fix it. Regenerate after a deliberate change with
//! `TRYBUILD=overwrite cargo test -p factum-tests --test domain_ui`.

#[test]
fn domain_ui() {
    let t = trybuild::TestCases::new();
    t.pass("ui/domain/pass/*.rs");
    t.compile_fail("ui/domain/fail/*.rs");
}
