//! Arbitrary bytes as the CBOR body of a validly signed receipt, plus the raw bytes as a whole
//! receipt file.
#![no_main]

use ed25519_dalek::Signer;
use lantern_bundle::{CentralSigningKey, Limits};
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

fuzz_target!(|data: &[u8]| {
    let key = CentralSigningKey::from_secret_bytes(&[3; 32]);
    let limits = Limits::default();
    let _ = lantern_bundle::verify_receipt(data, &key.verifying_key(), &limits);

    // Wrap the input as a signed receipt body (SPEC.md §7) so the decoder is reached.
    let dalek = ed25519_dalek::SigningKey::from_bytes(&[3; 32]);
    let mut file = b"LNTNRCPT\x00\x01".to_vec();
    file.extend_from_slice(dalek.verifying_key().as_bytes());
    let mut transcript = b"lantern receipt v1 signature\0".to_vec();
    transcript.extend_from_slice(&file);
    transcript.extend_from_slice(&Sha256::digest(data));
    let sig = dalek.sign(&transcript).to_bytes();
    file.extend_from_slice(data);
    file.extend_from_slice(&sig);
    let _ = lantern_bundle::verify_receipt(&file, &key.verifying_key(), &limits);
});
