//! `lantern enrol`, `lantern export --out`, `lantern receipt`: the device side of the sync
//! contract as processes; the central side through the `lantern-central` library.

use std::path::Path;
use std::process::Output;

use lantern_bundle::PurgePolicy;
use lantern_central::{Central, ImportOutcome};
use lantern_store::{KdfParams, Passphrase};

use crate::{failed_with, stdout_of};

const PASS: &str = "a long cli passphrase";
const MARKER: &str = "MARKER-cli-5d21-free-text";

fn lantern(profile: &Path, args: &[&str]) -> Output {
    crate::lantern_in(profile, PASS, &[], args)
}

#[test]
fn enrol_export_receipt_purge_as_processes() {
    let root = tempfile::tempdir().unwrap();
    let p = root.path().join("profile");
    let pass = Passphrase::new("a long central passphrase".into());
    let init = Central::init(
        &root.path().join("central"),
        &pass,
        KdfParams::INSECURE_TEST,
        PurgePolicy::AfterReceipt,
        1_000,
    )
    .unwrap();
    let mut central = init.central;
    let enrol_file = root.path().join("enrolment.lantern");
    std::fs::write(&enrol_file, &init.enrolment).unwrap();

    stdout_of(&lantern(&p, &["init", "--insecure-test-kdf"]));
    let out = root.path().join("out");
    failed_with(
        &lantern(&p, &["export", "--out", out.to_str().unwrap()]),
        "sync.not_enrolled",
    );
    let garbage = root.path().join("garbage");
    std::fs::write(&garbage, b"LNTNENRL\0\x01 not really").unwrap();
    failed_with(
        &lantern(&p, &["enrol", garbage.to_str().unwrap()]),
        "bundle.truncated",
    );

    let enrolled = lantern(&p, &["enrol", enrol_file.to_str().unwrap()]);
    let device_id = stdout_of(&enrolled);
    let device_id = device_id.trim();
    assert!(
        device_id.starts_with("dev-") && device_id.len() == 36,
        "{device_id}"
    );
    // Approval binds the key `lantern enrol` printed (a device id alone is public).
    let stderr = String::from_utf8_lossy(&enrolled.stderr);
    let key = stderr
        .split(|c: char| c.is_whitespace() || c == '\u{2068}' || c == '\u{2069}')
        .find(|w| w.starts_with("lantern-device-pk1"))
        .expect("enrol prints the device key");
    central
        .approve_device(
            device_id,
            lantern_central::DeviceBinding::Key(key.parse().unwrap()),
            2_000,
        )
        .unwrap();

    let script = root.path().join("script.json");
    let text = std::fs::read_to_string(format!(
        "{}/../../examples/scripts/adult-complete.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    std::fs::write(
        &script,
        text.replace("\"free text\"", &format!("\"{MARKER}\"")),
    )
    .unwrap();
    stdout_of(&lantern(
        &p,
        &["interview", "run", "--script", script.to_str().unwrap()],
    ));

    let bundle = stdout_of(&lantern(&p, &["export", "--out", out.to_str().unwrap()]));
    let bundle = Path::new(bundle.trim());
    assert!(
        bundle.starts_with(&out) && bundle.exists(),
        "{}",
        bundle.display()
    );
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        1,
        "one file, no temporaries"
    );
    let bytes = std::fs::read(bundle).unwrap();
    assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()));

    assert!(matches!(
        central.import_file(bundle, 3_000).unwrap(),
        ImportOutcome::Imported(_)
    ));
    let receipts = central
        .write_receipts(&root.path().join("receipts"), false, 4_000)
        .unwrap();
    let receipt = receipts[0].path.to_str().unwrap();
    let applied: serde_json::Value =
        serde_json::from_str(&stdout_of(&lantern(&p, &["receipt", receipt]))).unwrap();
    assert_eq!(applied["purged"].as_array().unwrap().len(), 1);
    let status: serde_json::Value =
        serde_json::from_str(&stdout_of(&lantern(&p, &["status", "--json"]))).unwrap();
    assert_eq!(status["finished"], 0);
    assert_eq!(status["exported"], 1);
    failed_with(
        &lantern(&p, &["export", "--out", out.to_str().unwrap()]),
        "sync.nothing_to_export",
    );
    // A damaged receipt is refused.
    let mut bad = std::fs::read(receipt).unwrap();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    let bad_path = root.path().join("bad.receipt");
    std::fs::write(&bad_path, bad).unwrap();
    failed_with(
        &lantern(&p, &["receipt", bad_path.to_str().unwrap()]),
        "bundle.bad_signature",
    );
}
