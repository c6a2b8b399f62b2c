//! Test keys (from tests/vectors/keys.toml), the registry lookup, and an independent,
//! spec-level assembler (age + ed25519-dalek + sha2 used directly, following SPEC.md) for
//! crafting bundles the library itself refuses to write.

use std::io::Write;
use std::path::PathBuf;
use std::str::FromStr;

use ed25519_dalek::Signer;
use lantern_bundle::{
    CentralIdentity, CentralSigningKey, DeviceId, DeviceSigningKey, Limits, Payload, PayloadHeader,
    Record, Trust, VerifiedBundle,
};
use serde::Serialize;
use sha2::{Digest, Sha256};

pub fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

fn hex32(s: &str) -> [u8; 32] {
    let mut b = [0u8; 32];
    hex::decode_to_slice(s, &mut b).expect("32 hex bytes in keys.toml");
    b
}

pub struct TestDevice {
    pub id: DeviceId,
    pub seed: [u8; 32],
    pub status: String,
}

impl TestDevice {
    pub fn key(&self) -> DeviceSigningKey {
        DeviceSigningKey::from_secret_bytes(&self.seed)
    }
    pub fn dalek(&self) -> ed25519_dalek::SigningKey {
        ed25519_dalek::SigningKey::from_bytes(&self.seed)
    }
}

pub struct TestKeys {
    pub central_secret: [u8; 32],
    pub central_signing: [u8; 32],
    pub other_central_secret: [u8; 32],
    pub alice: TestDevice,
    pub bob: TestDevice,
    pub mallory: TestDevice,
}

impl TestKeys {
    pub fn load() -> Self {
        let text = std::fs::read_to_string(vectors_dir().join("keys.toml")).expect("keys.toml");
        let t: toml::Table = text.parse().expect("keys.toml parses");
        let s = |table: &str, key: &str| t[table][key].as_str().expect("string").to_string();
        let dev = |name: &str| {
            let d = &t["device"][name];
            TestDevice {
                id: DeviceId::from_str(d["id"].as_str().expect("id")).expect("device id"),
                seed: hex32(d["signing_secret"].as_str().expect("secret")),
                status: d["status"].as_str().expect("status").to_string(),
            }
        };
        TestKeys {
            central_secret: hex32(&s("central", "identity_secret")),
            central_signing: hex32(&s("central", "signing_secret")),
            other_central_secret: hex32(&s("other_central", "identity_secret")),
            alice: dev("alice"),
            bob: dev("bob"),
            mallory: dev("mallory"),
        }
    }

    pub fn central(&self) -> CentralIdentity {
        CentralIdentity::from_secret_bytes(&self.central_secret)
    }
    pub fn other_central(&self) -> CentralIdentity {
        CentralIdentity::from_secret_bytes(&self.other_central_secret)
    }
    pub fn central_signing(&self) -> CentralSigningKey {
        CentralSigningKey::from_secret_bytes(&self.central_signing)
    }

    /// The test central node's registry: statuses as written in keys.toml.
    pub fn trust(&self, id: &DeviceId) -> Trust {
        for d in [&self.alice, &self.bob, &self.mallory] {
            if &d.id == id {
                return match d.status.as_str() {
                    "trusted" => Trust::Trusted(d.key().verifying_key()),
                    "revoked" => Trust::Revoked,
                    _ => Trust::Unknown,
                };
            }
        }
        Trust::Unknown
    }

    /// verify + open + read_all with default limits; the error code on failure.
    pub fn process(
        &self,
        bytes: &[u8],
    ) -> Result<(lantern_bundle::BundleId, Payload), &'static str> {
        self.process_with(bytes, &Limits::default())
    }

    pub fn process_with(
        &self,
        bytes: &[u8],
        limits: &Limits,
    ) -> Result<(lantern_bundle::BundleId, Payload), &'static str> {
        let verified: VerifiedBundle<_> =
            lantern_bundle::verify(std::io::Cursor::new(bytes), limits, |id| self.trust(id))
                .map_err(|e| e.code())?;
        let id = verified.bundle_id();
        let payload = lantern_bundle::open(verified, &self.central()).map_err(|e| e.code())?;
        Ok((id, payload))
    }
}

// ---------------------------------------------------------------------------------------------
// Payload definitions of the ok_* vectors (shared by generator and checker).

pub const CREATED_AT: i64 = 1_767_225_600_000; // 2026-01-01T00:00:00Z

pub fn ok_payload(name: &str, keys: &TestKeys) -> Payload {
    let header = |seq| PayloadHeader {
        device_id: keys.alice.id,
        seq,
        created_at: CREATED_AT,
    };
    let rec = |kind: &str, id: &str, revision, body: Vec<u8>| Record {
        kind: kind.into(),
        id: id.into(),
        revision,
        body,
    };
    match name {
        "ok_small" => Payload {
            header: header(1),
            records: vec![
                rec(
                    "interview",
                    "int-0001",
                    1,
                    r#"{"language":"sq","q":"A keni dokumentet tuaja?"}"#.into(),
                ),
                rec(
                    "interview",
                    "int-0002",
                    3,
                    r#"{"language":"sr-Cyrl","q":"Да ли имате своја документа?"}"#.into(),
                ),
                rec("audit.event", "evt-01", 1, vec![0xa1, 0x61, 0x6b, 0x01]),
            ],
        },
        "ok_empty" => Payload {
            header: header(2),
            records: vec![],
        },
        "ok_multichunk" => Payload {
            header: header(3),
            records: (0..3u8)
                .map(|k| {
                    rec(
                        "attachment",
                        &format!("att-{k}"),
                        1,
                        (0..50_000u32)
                            .map(|i| ((i * 31 + u32::from(k)) % 251) as u8)
                            .collect(),
                    )
                })
                .collect(),
        },
        other => panic!("no ok payload named {other}"),
    }
}

pub const OK_VECTORS: [&str; 3] = ["ok_small", "ok_empty", "ok_multichunk"];

// ---------------------------------------------------------------------------------------------
// Spec-level assembler (SPEC.md §3-§4), independent of the library's writer.

#[derive(Serialize)]
pub struct WireHeader {
    pub format_version: u32,
    #[serde(with = "serde_bytes")]
    pub device_id: Vec<u8>,
    pub seq: u64,
    pub created_at: i64,
}

#[derive(Serialize)]
pub struct WireRecord<'a> {
    pub kind: &'a str,
    pub id: &'a str,
    pub revision: u64,
    #[serde(with = "serde_bytes")]
    pub body: &'a [u8],
}

pub fn cbor<T: Serialize>(v: &T) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(v, &mut out).unwrap();
    out
}

pub fn header_item(version: u32, device: &DeviceId, seq: u64) -> Vec<u8> {
    cbor(&WireHeader {
        format_version: version,
        device_id: device.as_bytes().to_vec(),
        seq,
        created_at: CREATED_AT,
    })
}

pub fn record_item(kind: &str, id: &str, revision: u64, body: &[u8]) -> Vec<u8> {
    cbor(&WireRecord {
        kind,
        id,
        revision,
        body,
    })
}

pub fn age_encrypt(recipient: &CentralIdentity, plaintext: &[u8]) -> Vec<u8> {
    let r: age::x25519::Recipient = recipient.recipient().to_string().parse().unwrap();
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    w.write_all(plaintext).unwrap();
    w.finish().unwrap();
    out
}

/// `magic ‖ version ‖ device id ‖ header key ‖ ciphertext ‖ Ed25519(domain ‖ header ‖ SHA-256(ct)) ‖ end`.
pub fn assemble(
    version: u16,
    device: &DeviceId,
    header_key: [u8; 32],
    signer: &ed25519_dalek::SigningKey,
    ciphertext: &[u8],
) -> Vec<u8> {
    let mut header = Vec::new();
    header.extend_from_slice(b"LNTNBNDL");
    header.extend_from_slice(&version.to_be_bytes());
    header.extend_from_slice(device.as_bytes());
    header.extend_from_slice(&header_key);
    assert_eq!(header.len(), 58);
    let mut transcript = b"lantern bundle v1 signature\0".to_vec();
    transcript.extend_from_slice(&header);
    transcript.extend_from_slice(&Sha256::digest(ciphertext));
    let sig = signer.sign(&transcript).to_bytes();
    let mut out = header;
    out.extend_from_slice(ciphertext);
    out.extend_from_slice(&sig);
    out.extend_from_slice(b"LNTNBEND");
    out
}

/// A validly signed bundle by `signer` (outer id = the signer's) around `plaintext`.
pub fn signed(keys: &TestKeys, signer: &TestDevice, plaintext: &[u8]) -> Vec<u8> {
    let ct = age_encrypt(&keys.central(), plaintext);
    assemble(
        1,
        &signer.id,
        signer.dalek().verifying_key().to_bytes(),
        &signer.dalek(),
        &ct,
    )
}

/// Offset (in the bundle file) where the age payload's first STREAM chunk starts.
pub fn first_chunk_offset(bundle: &[u8]) -> usize {
    let ct = &bundle[58..];
    let mac_line = ct
        .windows(5)
        .position(|w| w == b"\n--- ")
        .expect("age header MAC line");
    let end = mac_line
        + 1
        + ct[mac_line + 1..]
            .iter()
            .position(|&b| b == b'\n')
            .expect("end of MAC line");
    58 + end + 1 + 16 // header, newline, 16-byte payload nonce
}

pub const AGE_CHUNK: usize = 64 * 1024 + 16;
