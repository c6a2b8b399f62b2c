//! The HTTP inbox protocol's names, shared by the office's server (`lantern-central serve`) and
//! the field device's online sync: paths, headers, limits and the error codes of the JSON error
//! body. The protocol itself is specified in `crates/central/INBOX.md`; nothing here does IO.

use crate::{BundleId, DeviceId};

/// Header: bytes of the bundle the server holds (responses), or where this chunk starts
/// (requests).
pub const UPLOAD_OFFSET: &str = "upload-offset";
/// Header: the whole bundle's length in bytes, sent with every chunk.
pub const UPLOAD_LENGTH: &str = "upload-length";
/// Media type of a receipt in a response body.
pub const RECEIPT_MEDIA_TYPE: &str = "application/vnd.lantern.receipt";
/// Media type of a chunk in a request body.
pub const CHUNK_MEDIA_TYPE: &str = "application/vnd.lantern.bundle";
/// The largest chunk the server takes in one request (it holds a chunk in memory until it is
/// whole, so that a half-sent chunk leaves nothing behind).
pub const MAX_CHUNK: u64 = 8 << 20;
/// The chunk the field side sends by default.
pub const DEFAULT_CHUNK: u64 = 1 << 20;

/// `PUT` (a chunk) and `HEAD` (how much is held) of one bundle.
pub fn bundle_path(device: &DeviceId, bundle: &BundleId) -> String {
    format!("/v1/devices/{device}/bundles/{bundle}")
}

/// `GET` the receipt of one bundle.
pub fn receipt_path(device: &DeviceId, bundle: &BundleId) -> String {
    format!("/v1/devices/{device}/receipts/{bundle}")
}

/// The `code` of the server's JSON error body (`{"code", "message"}`). Refusals of the bundle
/// itself carry the bundle or central error code instead (`bundle.bad_signature`,
/// `central.device_fingerprint_mismatch`, ...).
pub mod code {
    /// A header or the path is missing or not a number, an id, a range within the bundle.
    pub const BAD_REQUEST: &str = "inbox.bad_request";
    /// No `Content-Length` (chunked bodies are refused: the size must be known first).
    pub const LENGTH_REQUIRED: &str = "inbox.length_required";
    /// The bundle or the chunk is larger than the server takes.
    pub const TOO_LARGE: &str = "inbox.too_large";
    /// The chunk does not start where the held bytes end; `Upload-Offset` says where.
    pub const OFFSET_MISMATCH: &str = "inbox.offset_mismatch";
    /// Another request is uploading the same bundle now.
    pub const UPLOAD_IN_PROGRESS: &str = "inbox.upload_in_progress";
    /// The body did not arrive within the server's time.
    pub const TIMEOUT: &str = "inbox.timeout";
    /// Too many requests from this device; `Retry-After` says when to try again.
    pub const RATE_LIMITED: &str = "inbox.rate_limited";
    /// The device is not in the office's registry.
    pub const UNKNOWN_DEVICE: &str = "inbox.unknown_device";
    /// The device was revoked.
    pub const REVOKED_DEVICE: &str = "inbox.revoked_device";
    /// The bundle names another device than the path, or is signed by a key that is not the
    /// device's.
    pub const DEVICE_MISMATCH: &str = "inbox.device_mismatch";
    /// The whole bundle's SHA-256 is not the bundle id of the path.
    pub const BUNDLE_ID_MISMATCH: &str = "inbox.bundle_id_mismatch";
    /// No such upload or receipt.
    pub const NOT_FOUND: &str = "inbox.not_found";
    /// The server is stopping; try again later.
    pub const SHUTTING_DOWN: &str = "inbox.shutting_down";
    /// Something failed on the server (its disk, its store); nothing was kept.
    pub const INTERNAL: &str = "inbox.internal";
}
