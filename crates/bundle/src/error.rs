//! Errors with stable machine codes. Callers (inbox, import, CLI, UI) match on the variant or on
//! [`BundleError::code`], never on the message.

use std::io;

/// Everything that can go wrong while sealing, verifying or opening a bundle or a receipt.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BundleError {
    /// The file ends before the structure it declares (an interrupted copy, usually).
    #[error("the file is truncated: {0}")]
    Truncated(&'static str),
    /// A whole bundle with something appended after its end marker (a copy that went wrong, or
    /// bytes slipped in): said as such, not as a truncation.
    #[error("{bytes} bytes follow the bundle's end marker")]
    TrailingData { bytes: u64 },
    /// Not a Lantern bundle (or receipt) at all.
    #[error("the file does not start with the expected magic bytes")]
    BadMagic,
    /// The outer (envelope) format version is not one this build understands.
    #[error("unsupported envelope format version {found} (this build reads version {supported})")]
    UnsupportedVersion { found: u16, supported: u16 },
    /// The payload (inner CBOR) format version is not one this build understands.
    #[error("unsupported payload format version {found} (this build reads version {supported})")]
    UnsupportedPayloadVersion { found: u32, supported: u32 },
    /// The Ed25519 signature does not verify (tampering or corruption).
    #[error("the signature does not verify")]
    BadSignature,
    /// The signing device is not in the registry.
    #[error("device {device_id} is not enrolled")]
    UnknownDevice { device_id: String },
    /// The signing device was revoked.
    #[error("device {device_id} has been revoked")]
    RevokedDevice { device_id: String },
    /// The device is known but the bundle names a different public key than the registry holds.
    #[error("device {device_id} signed with key {found}, but the registry holds {expected}")]
    SignerKeyMismatch {
        device_id: String,
        found: String,
        expected: String,
    },
    /// The bundle was sealed to another central node's key.
    #[error("the bundle was sealed to a different central key")]
    WrongRecipient,
    /// The ciphertext is signed but does not decrypt (a faulty sender, never an outsider).
    #[error("the ciphertext does not decrypt: {0}")]
    DecryptionFailed(String),
    /// The device id inside the payload differs from the signer named in the envelope.
    #[error("payload names device {inner}, but the envelope was signed by {outer}")]
    DeviceMismatch { inner: String, outer: String },
    /// A size or count limit was exceeded.
    #[error("{what} exceeds the limit of {limit}")]
    TooLarge { what: &'static str, limit: u64 },
    /// CBOR nesting deeper than the limit.
    #[error("CBOR nesting deeper than {limit} levels")]
    NestingTooDeep { limit: u32 },
    /// The payload is not valid CBOR of the expected shape.
    #[error("malformed payload: {0}")]
    MalformedPayload(String),
    /// A record handed to the writer breaks the format rules (empty or over-long kind/id, ...).
    #[error("invalid record: {0}")]
    InvalidRecord(String),
    /// The file changed between verification and decryption.
    #[error("the file changed between verification and decryption")]
    ChangedDuringRead,
    /// A key or id in text form could not be parsed.
    #[error("cannot parse {what}: {reason}")]
    BadEncoding { what: &'static str, reason: String },
    /// The operating system's random number generator failed.
    #[error("the system random number generator failed: {0}")]
    Random(String),
    /// Reading or writing the underlying file failed.
    #[error("I/O error: {0}")]
    Io(#[from] io::Error),
}

impl BundleError {
    /// Stable machine-readable code (`bundle.*`), the key for localised messages and for tests.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Truncated(_) => "bundle.truncated",
            Self::TrailingData { .. } => "bundle.trailing_data",
            Self::BadMagic => "bundle.bad_magic",
            Self::UnsupportedVersion { .. } => "bundle.unsupported_version",
            Self::UnsupportedPayloadVersion { .. } => "bundle.unsupported_payload_version",
            Self::BadSignature => "bundle.bad_signature",
            Self::UnknownDevice { .. } => "bundle.unknown_device",
            Self::RevokedDevice { .. } => "bundle.revoked_device",
            Self::SignerKeyMismatch { .. } => "bundle.signer_key_mismatch",
            Self::WrongRecipient => "bundle.wrong_recipient",
            Self::DecryptionFailed(_) => "bundle.decryption_failed",
            Self::DeviceMismatch { .. } => "bundle.device_mismatch",
            Self::TooLarge { .. } => "bundle.too_large",
            Self::NestingTooDeep { .. } => "bundle.nesting_too_deep",
            Self::MalformedPayload(_) => "bundle.malformed_payload",
            Self::InvalidRecord(_) => "bundle.invalid_record",
            Self::ChangedDuringRead => "bundle.changed_during_read",
            Self::BadEncoding { .. } => "bundle.bad_encoding",
            Self::Random(_) => "bundle.random",
            Self::Io(_) => "bundle.io",
        }
    }
}
