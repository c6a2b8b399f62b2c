//! Durability: a child saving answers is killed with SIGKILL at random moments; every answer it
//! reported as saved must survive, and the database must pass `PRAGMA integrity_check`.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};

use lantern_store::{AnswerState, Store};

use crate::child;

/// xorshift64*, seeded from the clock and printed, so a failing run can be replayed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn sigkill_at_random_moments_loses_no_reported_answer() {
    let seed = std::env::var("LANTERN_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    eprintln!("crash test seed {seed} (replay with LANTERN_CRASH_SEED={seed})");
    let mut rng = Rng(seed);
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("profile");
    crate::create(&dir).lock().unwrap();

    let runs = 24;
    let mut total_reported = 0;
    for run in 0..runs {
        // Kill after a random number of reported saves, then after a random extra delay, so the
        // kill lands at arbitrary points inside and between transactions.
        let kill_after = (rng.next() % 1000) as usize;
        let extra_delay_us = rng.next() % 2000;
        let mut kid = child::spawn("crash", &dir, 1000, root.path());
        let stdout = kid.stdout.take().unwrap();
        let mut interview = None;
        let mut reported = HashSet::new();
        let mut lines = BufReader::new(stdout).lines();
        for line in lines.by_ref() {
            let line = line.unwrap();
            if let Some(id) = line.strip_prefix("INTERVIEW ") {
                interview = Some(id.to_owned());
            } else if let Some(q) = line.strip_prefix("SAVED ") {
                reported.insert(q.to_owned());
                if reported.len() >= kill_after {
                    break;
                }
            }
        }
        std::thread::sleep(std::time::Duration::from_micros(extra_delay_us));
        // SIGKILL (std's kill sends SIGKILL on Unix): no destructor, no checkpoint, no close.
        let _ = kid.kill();
        // Whatever the child printed between our break and the kill was also committed.
        for line in lines.map_while(Result::ok) {
            if let Some(q) = line.strip_prefix("SAVED ") {
                reported.insert(q.to_owned());
            }
        }
        let status = kid.wait().unwrap();
        let Some(interview) = interview else {
            // Killed before it even created its interview: nothing was reported, nothing to check.
            assert!(reported.is_empty());
            continue;
        };

        let store = Store::unlock(&dir, &crate::pass()).expect("unlock after kill");
        assert_eq!(store.integrity_check().unwrap(), "ok", "run {run}");
        store
            .verify_audit_log()
            .expect("audit chain intact after kill");
        let saved: HashSet<String> = store
            .answers(&interview)
            .unwrap()
            .into_iter()
            .inspect(|a| assert_eq!(a.record.state, AnswerState::Present))
            .map(|a| a.record.question_id)
            .collect();
        let missing: Vec<_> = reported.difference(&saved).collect();
        assert!(
            missing.is_empty(),
            "run {run}: reported but lost: {missing:?} (exit {status:?})"
        );
        total_reported += reported.len();
        store.lock().unwrap();
    }
    eprintln!("{runs} runs, {total_reported} reported answers checked after SIGKILL");
    assert!(total_reported > 0);
}
