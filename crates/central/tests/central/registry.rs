//! Device registry: approve, pin, revoke, and the errors.

use lantern_bundle::DeviceSigningKey;

use crate::*;

#[test]
fn approve_revoke_and_their_errors() {
    let root = tempfile::tempdir().unwrap();
    let (mut central, enrolment) = new_central(&root.path().join("c"));
    let (_field, info) = device(&root.path().join("d"), &enrolment);
    let key = info.device_key.parse().unwrap();
    let e = central
        .approve_device(&info.device_id, DeviceBinding::Key(key), T0)
        .unwrap();
    assert_eq!(
        e.fingerprint.as_deref(),
        Some(info.device_fingerprint.as_str())
    );
    // Approving again is harmless; with another key it is refused.
    central
        .approve_device(&info.device_id, DeviceBinding::Key(key), T0)
        .unwrap();
    let other = DeviceSigningKey::from_secret_bytes(&[7; 32]).verifying_key();
    assert_eq!(
        central
            .approve_device(&info.device_id, DeviceBinding::Key(other), T0)
            .unwrap_err()
            .code(),
        "central.device_key_mismatch"
    );
    for bad in ["dev-123", "DEV-00000000000000000000000000000000", "laptop"] {
        assert_eq!(
            central
                .approve_device(bad, DeviceBinding::Key(key), T0)
                .unwrap_err()
                .code(),
            "central.bad_device_id"
        );
    }
    let unknown = "dev-0123456789abcdef0123456789abcdef";
    assert_eq!(
        central.revoke_device(unknown, T0).unwrap_err().code(),
        "central.unknown_device"
    );
    let revoked = central.revoke_device(&info.device_id, T0 + 1).unwrap();
    assert_eq!(revoked.status, lantern_central::DeviceStatus::Revoked);
    assert_eq!(
        central
            .approve_device(&info.device_id, DeviceBinding::Key(key), T0 + 2)
            .unwrap_err()
            .code(),
        "central.device_revoked"
    );
    assert_eq!(central.devices().unwrap().len(), 1);
}

#[test]
fn reopened_home_keeps_keys_and_wrong_passphrase_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("c");
    let (central, enrolment) = new_central(&dir);
    let info = central.info().unwrap();
    central.lock().unwrap();
    let again = Central::unlock(&dir, &pass()).unwrap();
    assert_eq!(again.info().unwrap().central_key, info.central_key);
    let parsed = lantern_bundle::read_enrolment(&enrolment).unwrap();
    assert_eq!(parsed.central_key.to_string(), info.central_key);
    assert_eq!(parsed.recipient.to_string(), info.recipient);
    assert_eq!(again.integrity_check().unwrap(), "ok");
    again.lock().unwrap();
    assert_eq!(
        Central::unlock(&dir, &Passphrase::new("not the passphrase".into()))
            .unwrap_err()
            .code(),
        "store.wrong_passphrase"
    );
    // The node's secrets never appear in the files outside the encrypted database.
    let keys = std::fs::read_to_string(dir.join(lantern_central::KEY_FILE)).unwrap();
    assert!(!keys.contains("AGE-SECRET-KEY"));
}
