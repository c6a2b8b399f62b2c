//! Arbitrary bytes as the plaintext of a bundle that is validly sealed and signed by an enrolled
//! device: the whole pass-2 pipeline (age stream, payload limit, scanner, typed decoding, inner
//! device id check) on hostile-but-authenticated input.
#![no_main]

use std::io::{Cursor, Write};

use ed25519_dalek::Signer;
use lantern_bundle::{CentralIdentity, Limits, Trust};
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

fuzz_target!(|data: &[u8]| {
    let central = CentralIdentity::from_secret_bytes(&[2; 32]);
    let device = ed25519_dalek::SigningKey::from_bytes(&[1; 32]);
    let recipient: age::x25519::Recipient = central.recipient().to_string().parse().expect("recipient");

    let mut ct = Vec::new();
    let enc = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).expect("enc");
    let mut w = enc.wrap_output(&mut ct).expect("wrap");
    w.write_all(data).expect("write");
    w.finish().expect("finish");

    // SPEC.md §3, device id = 16 bytes of 0x11 (inputs may or may not match it inside).
    let mut file = b"LNTNBNDL\x00\x01".to_vec();
    file.extend_from_slice(&[0x11; 16]);
    file.extend_from_slice(device.verifying_key().as_bytes());
    let mut transcript = b"lantern bundle v1 signature\0".to_vec();
    transcript.extend_from_slice(&file);
    transcript.extend_from_slice(&Sha256::digest(&ct));
    file.extend_from_slice(&ct);
    file.extend_from_slice(&device.sign(&transcript).to_bytes());
    file.extend_from_slice(b"LNTNBEND");

    let vk = lantern_bundle::DeviceVerifyingKey::from_bytes(device.verifying_key().as_bytes()).expect("key");
    let limits = Limits { max_item_size: 1 << 20, max_payload_size: 1 << 22, ..Limits::default() };
    let verified = lantern_bundle::verify(Cursor::new(&file), &limits, |_| Trust::Trusted(vk))
        .expect("a validly signed bundle verifies");
    if let Ok(reader) = verified.open(&central) {
        for record in reader {
            if record.is_err() {
                break;
            }
        }
    }
});
