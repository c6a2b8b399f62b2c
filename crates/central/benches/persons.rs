//! Candidate generation for persons matching (issue 13) at 10,000, 30,000 and 100,000
//! interviews: `lantern_central::persons::candidates` at the default threshold over records
//! built in memory by the seeded evaluation generator (`tests/central/persons/generator.rs`,
//! `population`: its women with family names composed from syllables, thousands a language as
//! in a real caseload, about half as many women as interviews, 1 to 3 interviews each, on 40
//! devices). The records are
//! the library's input as `Central::person_records` builds it; reading them from a home (one
//! identity and one record decode per interview) is not in the figures.
//!
//! Run: `cargo bench -p lantern-central --bench persons`. `LANTERN_BENCH_RUNS` (default 3).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/central/persons/generator.rs"]
mod generator;

use std::time::{Duration, Instant};

use lantern_central::persons::{self, DEFAULT_THRESHOLD};

fn main() {
    let runs: usize = std::env::var("LANTERN_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    for interviews in [10_000usize, 30_000, 100_000] {
        // About two interviews per woman: generate, then cut to the size.
        let (mut records, _) = generator::population(0xBE_4C4, interviews / 2 + interviews / 10);
        records.truncate(interviews);
        let mut times: Vec<Duration> = Vec::new();
        let mut found = 0;
        for _ in 0..runs {
            let start = Instant::now();
            found = persons::candidates(&records, DEFAULT_THRESHOLD).len();
            times.push(start.elapsed());
        }
        times.sort();
        println!(
            "{:>7} interviews: median {:>8.3} s (min {:.3} s, {runs} runs), {found} candidates",
            records.len(),
            times[times.len() / 2].as_secs_f64(),
            times[0].as_secs_f64()
        );
    }
}
