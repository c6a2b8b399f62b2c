//! No answer text in the central home while it is OPEN: after an import (the WAL holds the new
//! pages) and after a refused one that carried the same text and was rolled back. The
//! cross-crate scenario (tests/scenarios) greps every file of every party after locking; this
//! covers the unlocked state, which it does not.

use std::io::Cursor;

use lantern_bundle::{DeviceSigningKey, Payload, PayloadHeader, Record, seal};
use lantern_central::ImportOutcome;

use crate::*;

const MARKER: &str = "MARKER-5d2e-central-open-home";

use crate::identity::files_containing;

#[test]
fn open_central_home_holds_no_answer_text() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let (mut central, enrolment) = new_central(&home);
    let (mut field, info) = device(&root.path().join("device"), &enrolment);
    central
        .approve_device(&info.device_id, fingerprint_of(&info), T0)
        .unwrap();

    let text = std::fs::read_to_string(format!(
        "{}/../../examples/scripts/adult-complete.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert!(text.contains("\"free text\""));
    let marked: Script =
        serde_json::from_str(&text.replace("\"free text\"", &format!("\"{MARKER}\""))).unwrap();
    let id = field.run_script(&marked, T0 + 1000).unwrap().interview_id;
    let out = root.path().join("out");
    let bundle = sync::export(field.store_mut(), &out, T0 + 2000).unwrap();
    assert!(matches!(
        central.import_file(&bundle.path, T0 + 3000).unwrap(),
        ImportOutcome::Imported(_)
    ));
    // The text really is in the central store, so the grep below could find it.
    let held = serde_json::to_string(&central.interview(&id).unwrap()).unwrap();
    assert!(held.contains(MARKER));

    // The same text again, in a bundle the central refuses after decrypting it: the body
    // names a revision the envelope does not (central.malformed_record), rolled back.
    let export = field.store().interview_export(&id).unwrap();
    let payload = Payload {
        header: PayloadHeader {
            device_id: info.device_id.parse().unwrap(),
            seq: 9,
            created_at: T0 + 4000,
        },
        records: vec![Record {
            kind: "interview".into(),
            id: id.clone(),
            revision: u64::try_from(export.revision).unwrap() + 1,
            body: serde_json::to_vec(&export).unwrap(),
        }],
    };
    let seed = field.store().device_signing_seed().unwrap();
    let mut refused = Vec::new();
    seal(
        &payload,
        &central.recipient().unwrap(),
        &DeviceSigningKey::from_secret_bytes(&seed),
        &mut refused,
    )
    .unwrap();
    let before = central.content_digest().unwrap();
    assert_eq!(
        central
            .import_reader(Cursor::new(&refused), T0 + 5000)
            .unwrap_err()
            .code(),
        "central.malformed_record"
    );
    assert_eq!(central.content_digest().unwrap(), before);

    // Open, with its WAL: nothing in clear, in any encoding the text could take on disk.
    let files: Vec<_> = std::fs::read_dir(&home)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        files.iter().any(|f| f.ends_with("-wal")),
        "the home is open in WAL mode: {files:?}"
    );
    let utf16: Vec<u8> = MARKER.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for needle in [MARKER.as_bytes(), &utf16[..], id.as_bytes()] {
        let found = files_containing(&home, needle);
        assert!(found.is_empty(), "found in {found:?}");
    }
    central.lock().unwrap();
    assert!(files_containing(&home, MARKER.as_bytes()).is_empty());
}
