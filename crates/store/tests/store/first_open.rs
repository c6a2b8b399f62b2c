//! SQLite marks itself initialised before SQLCipher's own set-up has run, so threads that open
//! their first database together once got "An error occurred with PRAGMA key" (seen in CI). The
//! store serialises the first open; this test starts fresh processes to hit that moment again.

use crate::child;

#[test]
fn threads_opening_the_first_store_of_a_process_together_all_succeed() {
    let root = tempfile::tempdir().unwrap();
    for run in 0..120 {
        let dir = root.path().join(format!("run{run}"));
        std::fs::create_dir_all(&dir).unwrap();
        let output = child::spawn("first-open", &dir, 0, root.path())
            .wait_with_output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success() && stdout.contains("DONE") && !stdout.contains("FAILED"),
            "run {run}: {stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
