//! Enrolment files (SPEC.md §12): the central node's public keys, signed by the central signing
//! key, handed to every field device. A device keeps the file and checks every receipt against
//! the central key in it; it seals every bundle to the recipient in it.
//!
//! The file is self-signed: the signature proves the file was not altered after the central
//! node wrote it and that whoever wrote it holds the signing key, but not *which* central node
//! that is. People compare the fingerprints shown at enrolment with the ones the central node
//! shows (`lantern-central init`), as with SSH host keys.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::BundleError;
use crate::keys::{CentralRecipient, CentralSigningKey, CentralVerifyingKey};

/// First 8 bytes of every enrolment file.
pub const ENROLMENT_MAGIC: [u8; 8] = *b"LNTNENRL";
/// The enrolment format version this build writes and reads.
pub const ENROLMENT_FORMAT_VERSION: u16 = 1;
/// An enrolment file is a few hundred bytes; anything above this is refused unread.
pub const MAX_ENROLMENT_SIZE: usize = 64 * 1024;
const HEADER_LEN: usize = 8 + 2 + 32;
const DOMAIN: &[u8] = b"lantern enrolment v1 signature\0";
const MAX_DEPTH: u32 = 4;

/// What the device does with records the central node has acknowledged: chosen by the
/// supervisor when the central node is set up, carried (signed) in the enrolment file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurgePolicy {
    /// Delete the plaintext of acknowledged, finished interviews (a tombstone remains).
    AfterReceipt,
    /// Keep everything on the device (the interview is closed for editing once acknowledged).
    Never,
}

impl PurgePolicy {
    /// The wire and command-line spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AfterReceipt => "after_receipt",
            Self::Never => "never",
        }
    }

    /// Parses the wire spelling.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "after_receipt" => Some(Self::AfterReceipt),
            "never" => Some(Self::Never),
            _ => None,
        }
    }
}

/// A verified enrolment file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    /// The central node's Ed25519 public key (verifies receipts).
    pub central_key: CentralVerifyingKey,
    /// The central node's X25519 recipient (bundles are sealed to it).
    pub recipient: CentralRecipient,
    /// The central node's id (random, chosen at `init`).
    pub node_id: String,
    /// What devices do with acknowledged records.
    pub purge: PurgePolicy,
    /// When the file was written (unix ms, passed in).
    pub created_at: i64,
    /// SHA-256 of the DER certificate of the office's HTTP inbox: a device sending online
    /// accepts only that certificate (pinned; no certificate authority is involved). `None` in
    /// files written before the inbox existed: such a device must enrol again to send online.
    pub inbox_certificate: Option<[u8; 32]>,
    /// Where the office's HTTP inbox listens (`https://host:port`), so that a device sends
    /// online without anyone typing an address. Optional: an office without a server, or one
    /// whose address the worker is told, leaves it out.
    pub inbox_url: Option<String>,
}

/// The longest inbox address an enrolment file may carry.
pub const MAX_INBOX_URL_LEN: usize = 512;

/// Whether `url` may travel as an enrolment's inbox address: `https://`, at most
/// [`MAX_INBOX_URL_LEN`] bytes, no spaces or control characters. The device parses it again
/// before it connects.
pub fn valid_inbox_url(url: &str) -> bool {
    url.len() <= MAX_INBOX_URL_LEN
        && url.len() > "https://".len()
        && url.starts_with("https://")
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[derive(Serialize, Deserialize)]
struct WireEnrolment {
    #[serde(with = "serde_bytes")]
    recipient: Vec<u8>,
    node_id: String,
    purge: String,
    created_at: i64,
    // Absent from older files, which stay byte for byte what they were (and verify).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    inbox_certificate: Option<serde_bytes::ByteBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    inbox_url: Option<String>,
}

fn transcript(header: &[u8], body: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(DOMAIN.len() + header.len() + 32);
    m.extend_from_slice(DOMAIN);
    m.extend_from_slice(header);
    m.extend_from_slice(&Sha256::digest(body));
    m
}

/// Writes and signs an enrolment file: `magic ‖ version ‖ central key ‖ CBOR body ‖ signature`.
/// `enrolment.central_key` must be `key`'s public half.
pub fn sign_enrolment(
    enrolment: &Enrolment,
    key: &CentralSigningKey,
) -> Result<Vec<u8>, BundleError> {
    if key.verifying_key() != enrolment.central_key {
        return Err(BundleError::SignerKeyMismatch {
            device_id: "central".into(),
            found: key.verifying_key().fingerprint().to_string(),
            expected: enrolment.central_key.fingerprint().to_string(),
        });
    }
    let wire = WireEnrolment {
        recipient: enrolment.recipient.to_bytes().to_vec(),
        node_id: enrolment.node_id.clone(),
        purge: enrolment.purge.as_str().to_owned(),
        created_at: enrolment.created_at,
        inbox_certificate: enrolment
            .inbox_certificate
            .map(|c| serde_bytes::ByteBuf::from(c.to_vec())),
        inbox_url: enrolment.inbox_url.clone(),
    };
    if let Some(url) = &enrolment.inbox_url
        && !valid_inbox_url(url)
    {
        return Err(BundleError::MalformedPayload(
            "enrolment: the inbox address is not an https:// URL".into(),
        ));
    }
    let mut out = Vec::with_capacity(512);
    out.extend_from_slice(&ENROLMENT_MAGIC);
    out.extend_from_slice(&ENROLMENT_FORMAT_VERSION.to_be_bytes());
    out.extend_from_slice(&key.verifying_key().to_bytes());
    let mut body = Vec::new();
    ciborium::into_writer(&wire, &mut body)
        .map_err(|e| BundleError::Io(std::io::Error::other(e.to_string())))?;
    let signature = key.sign(&transcript(&out, &body));
    out.extend_from_slice(&body);
    out.extend_from_slice(&signature);
    if out.len() > MAX_ENROLMENT_SIZE {
        return Err(BundleError::TooLarge {
            what: "enrolment file",
            limit: MAX_ENROLMENT_SIZE as u64,
        });
    }
    Ok(out)
}

/// Reads an enrolment file and verifies its self-signature.
pub fn read_enrolment(bytes: &[u8]) -> Result<Enrolment, BundleError> {
    if bytes.len() > MAX_ENROLMENT_SIZE {
        return Err(BundleError::TooLarge {
            what: "enrolment file",
            limit: MAX_ENROLMENT_SIZE as u64,
        });
    }
    if bytes.len() < 8 {
        return Err(BundleError::Truncated("shorter than the enrolment magic"));
    }
    if bytes[..8] != ENROLMENT_MAGIC {
        return Err(BundleError::BadMagic);
    }
    if bytes.len() < HEADER_LEN + 64 {
        return Err(BundleError::Truncated(
            "shorter than an enrolment file's header and signature",
        ));
    }
    let version = u16::from_be_bytes([bytes[8], bytes[9]]);
    if version != ENROLMENT_FORMAT_VERSION {
        return Err(BundleError::UnsupportedVersion {
            found: version,
            supported: ENROLMENT_FORMAT_VERSION,
        });
    }
    let (header, rest) = bytes.split_at(HEADER_LEN);
    let mut key_bytes = [0u8; 32];
    key_bytes.copy_from_slice(&header[10..]);
    let central_key = CentralVerifyingKey::from_bytes(&key_bytes)?;
    let (body, sig) = rest.split_at(rest.len() - 64);
    let mut signature = [0u8; 64];
    signature.copy_from_slice(sig);
    central_key.verify(&transcript(header, body), &signature)?;
    let mut input = body;
    let item = match crate::cbor::read_item(&mut input, MAX_ENROLMENT_SIZE as u64, MAX_DEPTH)? {
        crate::cbor::Item::Bytes(b) => b,
        crate::cbor::Item::End => {
            return Err(BundleError::MalformedPayload("empty enrolment".into()));
        }
    };
    if !input.is_empty() {
        return Err(BundleError::MalformedPayload(
            "trailing bytes after the enrolment".into(),
        ));
    }
    let wire: WireEnrolment = ciborium::de::from_reader(&item[..])
        .map_err(|e| BundleError::MalformedPayload(format!("enrolment: {e}")))?;
    let recipient: [u8; 32] = wire.recipient.as_slice().try_into().map_err(|_| {
        BundleError::MalformedPayload("enrolment: the recipient is not 32 bytes".into())
    })?;
    let purge = PurgePolicy::parse(&wire.purge).ok_or_else(|| {
        BundleError::MalformedPayload(format!("enrolment: unknown purge policy {}", wire.purge))
    })?;
    if wire.node_id.is_empty() || wire.node_id.len() > 256 {
        return Err(BundleError::MalformedPayload(
            "enrolment: node id must be 1..=256 bytes".into(),
        ));
    }
    let inbox_certificate = match wire.inbox_certificate {
        None => None,
        Some(c) => Some(<[u8; 32]>::try_from(c.as_slice()).map_err(|_| {
            BundleError::MalformedPayload(
                "enrolment: the inbox certificate digest is not 32 bytes".into(),
            )
        })?),
    };
    if let Some(url) = &wire.inbox_url
        && !valid_inbox_url(url)
    {
        return Err(BundleError::MalformedPayload(
            "enrolment: the inbox address is not an https:// URL".into(),
        ));
    }
    Ok(Enrolment {
        central_key,
        recipient: CentralRecipient::from_bytes(&recipient),
        node_id: wire.node_id,
        purge,
        created_at: wire.created_at,
        inbox_certificate,
        inbox_url: wire.inbox_url,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::keys::CentralIdentity;

    fn sample(key: &CentralSigningKey) -> Enrolment {
        Enrolment {
            central_key: key.verifying_key(),
            recipient: CentralIdentity::from_secret_bytes(&[9; 32]).recipient(),
            node_id: "node-1".into(),
            purge: PurgePolicy::AfterReceipt,
            created_at: 1_700_000_000_000,
            inbox_certificate: Some([7; 32]),
            inbox_url: Some("https://192.0.2.10:8443".into()),
        }
    }

    #[test]
    fn a_file_without_an_inbox_certificate_still_reads() {
        let key = CentralSigningKey::from_secret_bytes(&[5; 32]);
        let older = Enrolment {
            inbox_certificate: None,
            inbox_url: None,
            ..sample(&key)
        };
        let bytes = sign_enrolment(&older, &key).unwrap();
        assert_eq!(read_enrolment(&bytes).unwrap(), older);
        // Shorter than the same file with a digest: the field is left out, not written empty.
        let with = sign_enrolment(&sample(&key), &key).unwrap();
        assert!(bytes.len() < with.len());
    }

    #[test]
    fn an_inbox_address_that_is_not_https_is_neither_written_nor_read() {
        let key = CentralSigningKey::from_secret_bytes(&[5; 32]);
        for bad in [
            "http://192.0.2.10:8443",
            "https://",
            "https://a b",
            "ftp://x",
        ] {
            let e = Enrolment {
                inbox_url: Some(bad.into()),
                ..sample(&key)
            };
            assert_eq!(
                sign_enrolment(&e, &key).unwrap_err().code(),
                "bundle.malformed_payload",
                "{bad}"
            );
        }
        assert!(valid_inbox_url("https://[::1]:8443"));
        assert!(!valid_inbox_url(&format!(
            "https://{}",
            "a".repeat(MAX_INBOX_URL_LEN)
        )));
    }

    #[test]
    fn round_trip_every_flipped_byte_and_truncation() {
        let key = CentralSigningKey::from_secret_bytes(&[5; 32]);
        let bytes = sign_enrolment(&sample(&key), &key).unwrap();
        assert_eq!(read_enrolment(&bytes).unwrap(), sample(&key));
        for i in 0..bytes.len() {
            let mut t = bytes.clone();
            t[i] ^= 0x01;
            let code = read_enrolment(&t).unwrap_err().code();
            let expected: &[&str] = match i {
                0..8 => &["bundle.bad_magic"],
                8..10 => &["bundle.unsupported_version"],
                // A flipped key byte is either not a curve point or a key that does not verify.
                10..42 => &["bundle.bad_signature", "bundle.bad_encoding"],
                _ => &["bundle.bad_signature"],
            };
            assert!(expected.contains(&code), "byte {i}: {code}");
        }
        for cut in [0, 5, 41, 100, bytes.len() - 1] {
            let code = read_enrolment(&bytes[..cut]).unwrap_err().code();
            assert!(
                matches!(code, "bundle.truncated" | "bundle.bad_signature"),
                "{cut}: {code}"
            );
        }
        assert_eq!(
            read_enrolment(&vec![0u8; MAX_ENROLMENT_SIZE + 1])
                .unwrap_err()
                .code(),
            "bundle.too_large"
        );
    }

    #[test]
    fn a_file_claiming_another_key_cannot_be_signed() {
        let key = CentralSigningKey::from_secret_bytes(&[5; 32]);
        let other = CentralSigningKey::from_secret_bytes(&[6; 32]);
        assert_eq!(
            sign_enrolment(&sample(&key), &other).unwrap_err().code(),
            "bundle.signer_key_mismatch"
        );
    }

    #[test]
    fn a_receipt_is_not_an_enrolment() {
        let key = CentralSigningKey::from_secret_bytes(&[5; 32]);
        let receipt = crate::receipt::sign_receipt(
            &crate::Receipt {
                bundle_id: crate::BundleId::from_bytes([1; 32]),
                device_id: crate::DeviceId::from_bytes([2; 16]),
                seq: 1,
                accepted_at: 0,
                records: vec![],
            },
            &key,
        )
        .unwrap();
        assert_eq!(
            read_enrolment(&receipt).unwrap_err().code(),
            "bundle.bad_magic"
        );
    }
}
