//! The child process: saves answers one transaction each and reports each one after commit.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use lantern_store::{AnswerRecord, AnswerState, Store};

pub const MARKER: &str = "MARKER-Zq7-she-said-the-owner-took-her-passport";

pub fn run(mode: &str) {
    let dir = PathBuf::from(std::env::var("LANTERN_STORE_TEST_DIR").expect("dir"));
    if mode == "first-open" {
        first_open(&dir);
        return;
    }
    let count: u32 = std::env::var("LANTERN_STORE_TEST_COUNT")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(1000);
    let mut store = Store::unlock(&dir, &crate::pass()).expect("unlock");
    let id = store
        .create_interview(&crate::new_interview(), Some("interp-1"), 1)
        .expect("interview");
    let mut out = std::io::stdout().lock();
    writeln!(out, "INTERVIEW {id}").expect("stdout");
    out.flush().expect("flush");
    for i in 0..count {
        let question_id = format!("q{i:04}");
        let a = AnswerRecord {
            question_id: question_id.clone(),
            instance: 0,
            value: Some(serde_json::json!(format!("{MARKER} answer {i}"))),
            state: AnswerState::Present,
            asked_in_locale: "ro".into(),
            locale_fallback: false,
            interpreter_id: Some("interp-1".into()),
            recorded_at: 1000 + i64::from(i),
        };
        store.save_answer(&id, &a).expect("save");
        if mode == "marker" && i % 10 == 0 {
            store
                .switch_interview_language(
                    &id,
                    if i % 20 == 0 { "ru" } else { "ro" },
                    Some("interp-2"),
                    2000 + i64::from(i),
                )
                .expect("switch");
        }
        // Reported only after the commit returned: the parent may rely on it.
        writeln!(out, "SAVED {question_id}").expect("stdout");
        out.flush().expect("flush");
    }
    store.lock().expect("lock");
    writeln!(out, "DONE").expect("stdout");
}

/// Several threads open their first store at the same moment, as the very first SQLite use of
/// this process (SQLCipher's one-time set-up runs after SQLite marks itself initialised).
fn first_open(dir: &std::path::Path) {
    const THREADS: usize = 16;
    let gate = std::sync::Arc::new(std::sync::Barrier::new(THREADS));
    let workers: Vec<_> = (0..THREADS)
        .map(|i| {
            let gate = gate.clone();
            let dir = dir.join(format!("p{i}"));
            std::thread::spawn(move || {
                gate.wait();
                Store::create(
                    &dir,
                    &crate::pass(),
                    lantern_store::KdfParams::INSECURE_TEST,
                    1,
                )
                .map(|_| ())
                .map_err(|e| e.to_string())
            })
        })
        .collect();
    for w in workers {
        if let Err(e) = w.join().expect("thread") {
            println!("FAILED {e}");
        }
    }
    println!("DONE");
}

/// Starts the child on `dir` with piped stdout/stderr.
pub fn spawn(
    mode: &str,
    dir: &std::path::Path,
    count: u32,
    tmpdir: &std::path::Path,
) -> std::process::Child {
    Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "child_entry",
            "--nocapture",
            "--test-threads=1",
            "-q",
        ])
        .env("LANTERN_STORE_TEST_CHILD", mode)
        .env("LANTERN_STORE_TEST_DIR", dir)
        .env("LANTERN_STORE_TEST_COUNT", count.to_string())
        .env("TMPDIR", tmpdir)
        .env("SQLITE_TMPDIR", tmpdir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn child")
}
