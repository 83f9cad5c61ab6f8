//! `cargo bench -p factum-naming --bench classify` (or `cargo xtask bench naming`):
//! how long `classify` takes per name, over the test corpus. Std only, no harness.

use std::hint::black_box;
use std::time::Instant;

use factum_naming::{Verdict, classify};

#[allow(unused_imports)]
use Verdict::{Command as C, Event as E, Query as Q, Unknown as U};

include!("../tests/data/corpus.rs");

fn main() {
    let rounds = 200;
    let mut samples = Vec::new();
    for _ in 0..9 {
        let start = Instant::now();
        for _ in 0..rounds {
            for &(name, _) in CORPUS {
                black_box(classify(black_box(name)));
            }
        }
        let per_name = start.elapsed().as_nanos() / (rounds * CORPUS.len()) as u128;
        samples.push(per_name);
    }
    samples.sort_unstable();
    println!(
        "naming: classify {} names x {rounds} rounds, median of {} runs: {} ns/name (min {}, max {})",
        CORPUS.len(),
        samples.len(),
        samples[samples.len() / 2],
        samples[0],
        samples[samples.len() - 1]
    );
}
