//! Arbitrary bytes as a bundle file: verify (trusting every device with a fixed key) and, if that
//! ever passes, open. Exercises header/trailer parsing, size checks and the registry path.
#![no_main]

use std::io::Cursor;

use lantern_bundle::{CentralIdentity, DeviceSigningKey, Limits, Trust};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let device = DeviceSigningKey::from_secret_bytes(&[1; 32]);
    let central = CentralIdentity::from_secret_bytes(&[2; 32]);
    let limits = Limits { max_file_size: 1 << 20, ..Limits::default() };
    let trust = |id: &lantern_bundle::DeviceId| match id.as_bytes()[0] % 3 {
        0 => Trust::Trusted(device.verifying_key()),
        1 => Trust::Revoked,
        _ => Trust::Unknown,
    };
    let _ = lantern_bundle::inspect(data);
    if let Ok(verified) = lantern_bundle::verify(Cursor::new(data), &limits, trust) {
        let _ = lantern_bundle::open(verified, &central);
    }
});
