//! Nothing Lantern writes is readable by other users of the machine: every folder it creates is
//! 0700 and every file 0600 (key file, database, WAL and shared-memory files, bundles, receipts),
//! through the libraries alone, without the umask the binaries set. Stats are taken while the
//! stores are open, so SQLite's `-wal` and `-shm` files are there to be checked.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use lantern_field::sync;

use crate::*;

/// Every path under `root` (itself included) whose mode is not 0700 (folders) or 0600 (files),
/// with the mode found.
fn too_open(root: &Path) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(p) = stack.pop() {
        let meta = std::fs::symlink_metadata(&p).expect("stat");
        let mode = meta.permissions().mode() & 0o777;
        let want = if meta.is_dir() { 0o700 } else { 0o600 };
        if mode != want {
            wrong.push(format!("{} {mode:o}", p.display()));
        }
        if meta.is_dir() {
            for entry in std::fs::read_dir(&p).expect("read dir") {
                stack.push(entry.expect("entry").path());
            }
        }
    }
    wrong.sort();
    wrong
}

fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

#[test]
fn profile_central_home_bundles_and_receipts_are_private_to_their_owner() {
    let root = tempfile::tempdir().unwrap();
    // Folders nested below ones that do not exist yet: each created level is checked.
    let home = root.path().join("office/central");
    let device_dir = root.path().join("laptop/profile");
    let outbox = root.path().join("usb/lantern/bundles");
    let receipts = root.path().join("usb/lantern/receipts");

    let (mut central, enrolment) = central(&home);
    let mut device = new_device(&device_dir);
    let enrolled = sync::enrol(device.store_mut(), &enrolment, T0).unwrap();
    central
        .approve_device(
            &enrolled.device_id,
            lantern_central::DeviceBinding::Key(enrolled.device_key.parse().unwrap()),
            T0,
        )
        .unwrap();
    device
        .run_script(&script("adult-complete", "MARKER-perm"), T0 + 1)
        .unwrap();
    let exported = sync::export(device.store_mut(), &outbox, T0 + 2).unwrap();
    central.import_file(&exported.path, T0 + 3).unwrap();
    let written = central.write_receipts(&receipts, false, T0 + 4).unwrap();
    assert_eq!(written.len(), 1);

    // Both stores are open and have written: SQLite's companion files exist now.
    for (dir, db) in [(&device_dir, "lantern.db"), (&home, "central.db")] {
        let files = names(dir);
        for suffix in ["", "-wal", "-shm"] {
            let name = format!("{db}{suffix}");
            assert!(files.contains(&name), "{name} missing in {files:?}");
        }
    }
    let wrong: Vec<String> = ["office", "laptop", "usb"]
        .iter()
        .flat_map(|top| too_open(&root.path().join(top)))
        .collect();
    assert_eq!(wrong, Vec::<String>::new());
}
