//! Nothing readable at rest: the answer text, the passphrase and the data key bytes appear in no
//! file of the profile directory, no temporary file and no output of the process.

use std::path::Path;

use lantern_store::Store;

use crate::child::{self, MARKER};

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

fn all_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read_dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            all_files(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn answers_passphrase_and_key_never_appear_in_files_or_logs() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("profile");
    let tmp = root.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    crate::create(&dir).lock().unwrap();

    let mut kid = child::spawn("marker", &dir, 600, &tmp);
    // Scan the live files while the child is still writing (WAL and shm exist then).
    let mut live_scans = 0;
    while kid.try_wait().unwrap().is_none() {
        let mut files = Vec::new();
        all_files(&dir, &mut files);
        for f in &files {
            if let Ok(bytes) = std::fs::read(f) {
                assert!(
                    !contains(&bytes, MARKER.as_bytes()),
                    "marker in live file {}",
                    f.display()
                );
            }
        }
        live_scans += 1;
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let output = kid.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "child failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("DONE"), "{stdout}");
    eprintln!("scanned the live profile directory {live_scans} times");

    let key = Store::data_key_for_leak_test(&dir, &crate::pass()).unwrap();
    let key_hex = hex::encode(key);
    let needles: [(&str, &[u8]); 5] = [
        ("answer marker", MARKER.as_bytes()),
        ("passphrase", crate::PASSPHRASE.as_bytes()),
        ("data key bytes", &key),
        ("data key hex", key_hex.as_bytes()),
        (
            "data key hex upper",
            key_hex.to_uppercase().leak().as_bytes(),
        ),
    ];
    let mut files = Vec::new();
    all_files(root.path(), &mut files);
    assert!(files.iter().any(|f| f.ends_with("lantern.db")));
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        for (what, needle) in &needles {
            assert!(!contains(&bytes, needle), "{what} found in {}", f.display());
        }
    }
    for (what, needle) in &needles {
        assert!(
            !contains(&output.stdout, needle),
            "{what} in the child's stdout"
        );
        assert!(
            !contains(&output.stderr, needle),
            "{what} in the child's stderr"
        );
    }

    // And the control: with the key, the marker is really there (the test can fail).
    let store = Store::unlock(&dir, &crate::pass()).unwrap();
    let interviews = store.interviews().unwrap();
    let answers = store.answers(&interviews[0].interview_id).unwrap();
    assert_eq!(answers.len(), 600);
    assert!(
        answers[0]
            .record
            .value
            .as_ref()
            .unwrap()
            .as_str()
            .unwrap()
            .contains(MARKER)
    );
}
