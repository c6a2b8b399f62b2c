//! The plaintext payload: a CBOR sequence (RFC 8742) of one header item followed by zero or more
//! record items, ending where the (authenticated) age stream ends. See SPEC.md §4.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::BundleError;
use crate::keys::DeviceId;
use crate::limits::Limits;

/// The payload format version this build writes and reads.
pub const PAYLOAD_FORMAT_VERSION: u32 = 1;

/// ciborium's own recursion limit is kept (its default); the item scanner already enforces the
/// much lower `Limits::max_nesting_depth` before ciborium sees any bytes.
const CIBORIUM_RECURSION_LIMIT: usize = 256;

/// What the payload says about itself. `created_at` is unix time in milliseconds, passed in by
/// the caller (the library never reads the clock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayloadHeader {
    pub device_id: DeviceId,
    pub seq: u64,
    pub created_at: i64,
}

/// The head of the device's audit log when the bundle was written (SPEC.md §4.1,
/// `audit_anchor`): how many entries, and the last entry's MAC. The office keeps the latest per
/// device and reports a log that went back (fewer entries, or another MAC at the same count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditAnchor {
    pub entries: u64,
    #[serde(with = "serde_bytes")]
    pub head: [u8; 32],
}

/// One record: an opaque body (CBOR or JSON produced by the caller) with its identity.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// What the record is, e.g. `interview`: 1..=64 bytes of `[a-z0-9_.-]`.
    pub kind: String,
    /// Its id, unique per kind: 1..=256 bytes of UTF-8 without control characters.
    pub id: String,
    /// Revision number; a newer revision supersedes an older one at the central node.
    pub revision: u64,
    /// The record itself, opaque to this crate.
    #[serde(with = "serde_bytes")]
    pub body: Vec<u8>,
}

impl Record {
    /// The (kind, id, revision) triple a receipt acknowledges.
    pub fn key(&self) -> RecordKey {
        RecordKey {
            kind: self.kind.clone(),
            id: self.id.clone(),
            revision: self.revision,
        }
    }
}

impl fmt::Debug for Record {
    /// Bodies hold interview data: never print them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Record")
            .field("kind", &self.kind)
            .field("id", &self.id)
            .field("revision", &self.revision)
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .finish()
    }
}

/// Identifies one revision of one record (used in receipts).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RecordKey {
    pub kind: String,
    pub id: String,
    pub revision: u64,
}

/// A whole payload in memory: convenient for small bundles and tests. Large bundles use
/// [`crate::BundleWriter`] and [`crate::BundleReader`] instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub header: PayloadHeader,
    pub records: Vec<Record>,
}

// ---------------------------------------------------------------------------------------------
// Wire structs (field names are part of the format).

#[derive(Serialize, Deserialize)]
pub(crate) struct WireHeader {
    pub format_version: u32,
    pub device_id: DeviceId,
    pub seq: u64,
    pub created_at: i64,
    /// Optional (added without a version change, §10): absent in bundles written before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_anchor: Option<AuditAnchor>,
}

/// Decoded first, on its own, so a future version with different fields is reported as
/// "unsupported version" rather than "malformed".
#[derive(Deserialize)]
struct VersionProbe {
    format_version: u32,
}

#[derive(Serialize)]
pub(crate) struct WireRecordRef<'a> {
    pub kind: &'a str,
    pub id: &'a str,
    pub revision: u64,
    #[serde(with = "serde_bytes")]
    pub body: &'a [u8],
}

fn head_len(n: u64) -> u64 {
    match n {
        0..=23 => 1,
        24..=0xff => 2,
        0x100..=0xffff => 3,
        0x1_0000..=0xffff_ffff => 5,
        _ => 9,
    }
}

/// Exact encoded size of a record item as ciborium writes it (a 4-entry map, text keys in
/// declaration order), so the writer can enforce the payload limit before writing anything.
pub(crate) fn encoded_record_len(kind: &str, id: &str, revision: u64, body_len: u64) -> u64 {
    let text = |s: &str| head_len(s.len() as u64) + s.len() as u64;
    1 + text("kind")
        + text(kind)
        + text("id")
        + text(id)
        + text("revision")
        + head_len(revision)
        + text("body")
        + head_len(body_len)
        + body_len
}

/// Which side found a broken rule: the writer refuses input, the reader refuses a payload.
#[derive(Clone, Copy)]
pub(crate) enum Side {
    Writer,
    Reader,
}

/// The record rules shared by writer and reader (SPEC.md §4.3).
pub(crate) fn check_record(
    kind: &str,
    id: &str,
    body_len: u64,
    limits: &Limits,
    side: Side,
) -> Result<(), BundleError> {
    if body_len > limits.max_record_body {
        return Err(BundleError::TooLarge {
            what: "record body",
            limit: limits.max_record_body,
        });
    }
    if kind.len() > limits.max_kind_len {
        return Err(BundleError::TooLarge {
            what: "record kind",
            limit: limits.max_kind_len as u64,
        });
    }
    if id.len() > limits.max_id_len {
        return Err(BundleError::TooLarge {
            what: "record id",
            limit: limits.max_id_len as u64,
        });
    }
    let problem = if kind.is_empty() {
        Some("empty record kind".to_string())
    } else if !kind
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b))
    {
        Some(format!(
            "record kind {kind:?} has characters outside [a-z0-9_.-]"
        ))
    } else if id.is_empty() {
        Some("empty record id".to_string())
    } else if id.chars().any(char::is_control) {
        Some("record id contains control characters".to_string())
    } else {
        None
    };
    match (problem, side) {
        (None, _) => Ok(()),
        (Some(p), Side::Writer) => Err(BundleError::InvalidRecord(p)),
        (Some(p), Side::Reader) => Err(BundleError::MalformedPayload(p)),
    }
}

fn decode<T: serde::de::DeserializeOwned>(item: &[u8], what: &str) -> Result<T, BundleError> {
    ciborium::de::from_reader_with_recursion_limit(item, CIBORIUM_RECURSION_LIMIT).map_err(|e| {
        match e {
            ciborium::de::Error::RecursionLimitExceeded => BundleError::NestingTooDeep {
                limit: CIBORIUM_RECURSION_LIMIT as u32,
            },
            other => BundleError::MalformedPayload(format!("{what}: {other}")),
        }
    })
}

/// Decodes the first item of the payload, with the audit anchor if it has one.
pub(crate) fn decode_header(
    item: &[u8],
) -> Result<(PayloadHeader, Option<AuditAnchor>), BundleError> {
    let probe: VersionProbe = decode(item, "payload header")?;
    if probe.format_version != PAYLOAD_FORMAT_VERSION {
        return Err(BundleError::UnsupportedPayloadVersion {
            found: probe.format_version,
            supported: PAYLOAD_FORMAT_VERSION,
        });
    }
    let wire: WireHeader = decode(item, "payload header")?;
    Ok((
        PayloadHeader {
            device_id: wire.device_id,
            seq: wire.seq,
            created_at: wire.created_at,
        },
        wire.audit_anchor,
    ))
}

/// Decodes and checks one record item.
pub(crate) fn decode_record(item: &[u8], limits: &Limits) -> Result<Record, BundleError> {
    let record: Record = decode(item, "record")?;
    check_record(
        &record.kind,
        &record.id,
        record.body.len() as u64,
        limits,
        Side::Reader,
    )?;
    Ok(record)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn header_bytes(audit_anchor: Option<AuditAnchor>) -> Vec<u8> {
        let mut out = Vec::new();
        let wire = WireHeader {
            format_version: PAYLOAD_FORMAT_VERSION,
            device_id: DeviceId::from_bytes([7; 16]),
            seq: 3,
            created_at: 1_000,
            audit_anchor,
        };
        ciborium::into_writer(&wire, &mut out).unwrap();
        out
    }

    #[test]
    fn the_audit_anchor_is_optional_and_round_trips() {
        let anchor = AuditAnchor {
            entries: 42,
            head: [9; 32],
        };
        let (header, read) = decode_header(&header_bytes(Some(anchor))).unwrap();
        assert_eq!((header.seq, read), (3, Some(anchor)));
        // A header written before the anchor existed: four keys, as in the kept vectors.
        let old = header_bytes(None);
        assert_eq!(old[0], 0xa4, "a map of 4 entries");
        assert_eq!(decode_header(&old).unwrap().1, None);
    }

    #[test]
    fn encoded_len_matches_ciborium() {
        for (kind, id, rev, body) in [
            ("interview", "a", 0u64, 0usize),
            ("k", "x".repeat(23).as_str(), 23, 23),
            ("k", "x".repeat(24).as_str(), 24, 24),
            ("k.v-2_", "é".repeat(100).as_str(), 70_000, 300),
            ("k", "id", u64::MAX, 70_000),
        ]
        .map(|(k, i, r, b)| (k.to_string(), i.to_string(), r, b))
        {
            let body = vec![0u8; body];
            let mut out = Vec::new();
            let wire = WireRecordRef {
                kind: &kind,
                id: &id,
                revision: rev,
                body: &body,
            };
            ciborium::into_writer(&wire, &mut out).unwrap();
            assert_eq!(
                out.len() as u64,
                encoded_record_len(&kind, &id, rev, body.len() as u64)
            );
        }
    }

    #[test]
    fn record_rules() {
        let l = Limits::default();
        assert!(check_record("interview", "x", 0, &l, Side::Writer).is_ok());
        for (kind, id) in [
            ("", "x"),
            ("Interview", "x"),
            ("a b", "x"),
            ("k", ""),
            ("k", "a\nb"),
        ] {
            assert_eq!(
                check_record(kind, id, 0, &l, Side::Writer)
                    .unwrap_err()
                    .code(),
                "bundle.invalid_record"
            );
            assert_eq!(
                check_record(kind, id, 0, &l, Side::Reader)
                    .unwrap_err()
                    .code(),
                "bundle.malformed_payload"
            );
        }
        let long = "k".repeat(65);
        assert_eq!(
            check_record(&long, "x", 0, &l, Side::Reader)
                .unwrap_err()
                .code(),
            "bundle.too_large"
        );
    }

    #[test]
    fn debug_hides_bodies() {
        let r = Record {
            kind: "interview".into(),
            id: "i1".into(),
            revision: 1,
            body: b"secret answer".to_vec(),
        };
        let dbg = format!("{r:?}");
        assert!(!dbg.contains("secret") && dbg.contains("13 bytes"));
    }
}
