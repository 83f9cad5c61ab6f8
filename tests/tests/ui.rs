//! Compile-fail and compile-pass cases of the derives. Every `.stderr` file under
//! `ui/fail` is reviewed by a person: it must say what is wrong and how to fix it.
//! Regenerate after a deliberate change with `TRYBUILD=overwrite cargo test -p factum-tests --test ui`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/fail/*.rs");
}
