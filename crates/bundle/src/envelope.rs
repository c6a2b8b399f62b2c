//! The outer envelope: fixed header, age ciphertext, Ed25519 signature, end marker
//! (SPEC.md §3), and the streaming seal / verify / open pipeline.

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom, Take, Write};
use std::path::Path;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::cbor::{self, Item};
use crate::error::BundleError;
use crate::hashing::{BackgroundSha256, Mask};
use crate::keys::{
    CentralIdentity, CentralRecipient, DeviceId, DeviceSigningKey, DeviceVerifyingKey, Fingerprint,
};
use crate::limits::Limits;
use crate::payload::{
    self, AuditAnchor, Payload, PayloadHeader, Record, Side, WireHeader, WireRecordRef,
};

/// First 8 bytes of every bundle.
pub const MAGIC: [u8; 8] = *b"LNTNBNDL";
/// Last 8 bytes of every bundle: its absence means the file was cut short.
pub const END_MARKER: [u8; 8] = *b"LNTNBEND";
/// The envelope format version this build writes and reads.
pub const FORMAT_VERSION: u16 = 1;
/// Size of the fixed header: magic, version, device id, signer public key.
pub const HEADER_LEN: usize = 8 + 2 + 16 + 32;
/// Size of the trailer: signature and end marker.
pub const TRAILER_LEN: usize = 64 + 8;

/// How far before the end of a file whose last bytes are not the end marker the marker is
/// looked for (appended junk beyond that is reported as a truncation).
pub const TRAILING_SEARCH: u64 = 1 << 20;

/// Where the last end marker in the final [`TRAILING_SEARCH`] bytes ends, if it leaves room for
/// a header and trailer before it.
fn marker_before_the_end<R: Read + Seek>(
    reader: &mut R,
    size: u64,
    min: u64,
) -> Result<Option<u64>, BundleError> {
    let start = size.saturating_sub(TRAILING_SEARCH);
    reader.seek(SeekFrom::Start(start))?;
    let mut tail = Vec::with_capacity((size - start) as usize);
    reader.take(size - start).read_to_end(&mut tail)?;
    Ok(tail
        .windows(END_MARKER.len())
        .rposition(|w| w == END_MARKER)
        .map(|at| start + (at + END_MARKER.len()) as u64)
        .filter(|&end| end >= min && end < size))
}
/// Domain separation for the bundle signature transcript.
const SIGNATURE_DOMAIN: &[u8] = b"lantern bundle v1 signature\0";

const IO_BUF: usize = 64 * 1024;
/// The age header (recipient stanzas and MAC line) must end within this many bytes. age's own
/// header parser buffers without bound and re-parses per line, so an enrolled but hostile device
/// could otherwise make the central node spend memory and quadratic time; ours is ~300 bytes.
pub const MAX_AGE_HEADER: usize = 8 * 1024;

/// SHA-256 of the whole bundle file: the idempotency key of an import.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BundleId([u8; 32]);

impl BundleId {
    /// Wraps 32 bytes.
    pub const fn from_bytes(bytes: [u8; 32]) -> Self {
        BundleId(bytes)
    }
    /// The 32 bytes.
    pub const fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
    /// The id of arbitrary bundle bytes (the SHA-256 of the file, nothing more).
    pub fn of_bytes(bytes: &[u8]) -> Self {
        BundleId(Sha256::digest(bytes).into())
    }
}

impl fmt::Display for BundleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for BundleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BundleId({self})")
    }
}

impl FromStr for BundleId {
    type Err = BundleError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut b = [0u8; 32];
        hex::decode_to_slice(s, &mut b).map_err(|e| BundleError::BadEncoding {
            what: "bundle id",
            reason: e.to_string(),
        })?;
        Ok(BundleId(b))
    }
}

impl serde::Serialize for BundleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for BundleId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let bytes: serde_bytes::ByteBuf = serde::Deserialize::deserialize(d)?;
        let arr: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| serde::de::Error::invalid_length(bytes.len(), &"32 bytes"))?;
        Ok(BundleId(arr))
    }
}

/// What the registry says about a device, answered by the caller's lookup.
#[derive(Debug, Clone)]
pub enum Trust {
    /// Enrolled and approved, with the public key the registry holds.
    Trusted(DeviceVerifyingKey),
    /// Was enrolled, now revoked.
    Revoked,
    /// Never seen (or not yet approved).
    Unknown,
}

/// The fixed-size envelope header. Everything in it is **unauthenticated** until
/// [`verify`] succeeds: use it to look the device up, never to trust it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OuterHeader {
    version: u16,
    device_id: DeviceId,
    signer_key: [u8; 32],
}

impl OuterHeader {
    /// Envelope format version.
    pub fn version(&self) -> u16 {
        self.version
    }
    /// The device that claims to have signed the bundle.
    pub fn device_id(&self) -> DeviceId {
        self.device_id
    }
    /// The raw Ed25519 public key the bundle claims to be signed with.
    pub fn signer_key_bytes(&self) -> &[u8; 32] {
        &self.signer_key
    }
    /// The claimed signer key, if it is a valid Ed25519 point (for display in a pending list).
    pub fn signer_key(&self) -> Result<DeviceVerifyingKey, BundleError> {
        DeviceVerifyingKey::from_bytes(&self.signer_key)
    }
    /// Fingerprint of the claimed signer key, if it is a valid key.
    pub fn signer_fingerprint(&self) -> Result<Fingerprint, BundleError> {
        Ok(self.signer_key()?.fingerprint())
    }

    fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut b = [0u8; HEADER_LEN];
        b[..8].copy_from_slice(&MAGIC);
        b[8..10].copy_from_slice(&self.version.to_be_bytes());
        b[10..26].copy_from_slice(self.device_id.as_bytes());
        b[26..58].copy_from_slice(&self.signer_key);
        b
    }

    fn parse(b: &[u8; HEADER_LEN]) -> Result<Self, BundleError> {
        if b[..8] != MAGIC {
            return Err(BundleError::BadMagic);
        }
        let version = u16::from_be_bytes([b[8], b[9]]);
        if version != FORMAT_VERSION {
            return Err(BundleError::UnsupportedVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let mut id = [0u8; 16];
        id.copy_from_slice(&b[10..26]);
        let mut key = [0u8; 32];
        key.copy_from_slice(&b[26..58]);
        Ok(OuterHeader {
            version,
            device_id: DeviceId::from_bytes(id),
            signer_key: key,
        })
    }
}

fn transcript(header: &[u8; HEADER_LEN], ciphertext_sha256: &[u8; 32]) -> Vec<u8> {
    let mut m = Vec::with_capacity(SIGNATURE_DOMAIN.len() + HEADER_LEN + 32);
    m.extend_from_slice(SIGNATURE_DOMAIN);
    m.extend_from_slice(header);
    m.extend_from_slice(ciphertext_sha256);
    m
}

fn read_header<R: Read>(reader: &mut R) -> Result<[u8; HEADER_LEN], BundleError> {
    let mut b = [0u8; HEADER_LEN];
    reader.read_exact(&mut b).map_err(|e| match e.kind() {
        io::ErrorKind::UnexpectedEof => BundleError::Truncated("shorter than the envelope header"),
        _ => BundleError::Io(e),
    })?;
    Ok(b)
}

/// Reads and parses only the fixed header (58 bytes): who claims to have signed the bundle.
/// Nothing is authenticated yet.
pub fn inspect<R: Read>(mut reader: R) -> Result<OuterHeader, BundleError> {
    OuterHeader::parse(&read_header(&mut reader)?)
}

// ---------------------------------------------------------------------------------------------
// Sealing

/// Hashes everything written (for the bundle id) and, separately, the ciphertext (for the
/// signature) on its way to the output.
struct HashingSink<W> {
    out: W,
    /// Digest [`FILE_DIGEST`] (bundle id) and [`CIPHERTEXT_DIGEST`] (signature).
    hashes: BackgroundSha256,
    in_ciphertext: bool,
}

const FILE_DIGEST: usize = 0;
const CIPHERTEXT_DIGEST: usize = 1;
const FILE_ONLY: Mask = 1 << FILE_DIGEST;
const FILE_AND_CIPHERTEXT: Mask = FILE_ONLY | 1 << CIPHERTEXT_DIGEST;

impl<W: Write> Write for HashingSink<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.out.write(buf)?;
        let mask = if self.in_ciphertext {
            FILE_AND_CIPHERTEXT
        } else {
            FILE_ONLY
        };
        self.hashes.update(mask, &buf[..n])?;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Writes a bundle record by record, streaming: memory stays at one age chunk plus one record,
/// whatever the bundle size. Call [`BundleWriter::finish`]; a writer dropped before that leaves
/// an incomplete file that every reader rejects.
pub struct BundleWriter<'k, W: Write> {
    stream: age::stream::StreamWriter<HashingSink<W>>,
    header: [u8; HEADER_LEN],
    signer: &'k DeviceSigningKey,
    limits: Limits,
    records: u64,
    payload_bytes: u64,
    failed: bool,
}

impl<W: Write> fmt::Debug for BundleWriter<'_, W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BundleWriter")
            .field("records", &self.records)
            .field("payload_bytes", &self.payload_bytes)
            .finish_non_exhaustive()
    }
}

impl<'k, W: Write> BundleWriter<'k, W> {
    /// Starts a bundle for `header.device_id`, sealed to `recipient` and signed by `signer`,
    /// with the default [`Limits`].
    pub fn new(
        out: W,
        recipient: &CentralRecipient,
        signer: &'k DeviceSigningKey,
        header: &PayloadHeader,
    ) -> Result<Self, BundleError> {
        Self::with_limits(out, recipient, signer, header, Limits::default())
    }

    /// As [`BundleWriter::new`], refusing records that would break `limits`.
    pub fn with_limits(
        out: W,
        recipient: &CentralRecipient,
        signer: &'k DeviceSigningKey,
        header: &PayloadHeader,
        limits: Limits,
    ) -> Result<Self, BundleError> {
        Self::with_anchor(out, recipient, signer, header, limits, None)
    }

    /// As [`BundleWriter::with_limits`], the header carrying the device's audit-log head.
    pub fn with_anchor(
        out: W,
        recipient: &CentralRecipient,
        signer: &'k DeviceSigningKey,
        header: &PayloadHeader,
        limits: Limits,
        audit_anchor: Option<AuditAnchor>,
    ) -> Result<Self, BundleError> {
        let outer = OuterHeader {
            version: FORMAT_VERSION,
            device_id: header.device_id,
            signer_key: signer.verifying_key().to_bytes(),
        };
        let header_bytes = outer.to_bytes();
        let mut sink = HashingSink {
            out,
            hashes: BackgroundSha256::new(2),
            in_ciphertext: false,
        };
        sink.write_all(&header_bytes)?;
        sink.in_ciphertext = true;
        let encryptor = age::Encryptor::with_recipients(std::iter::once(
            recipient.as_age() as &dyn age::Recipient
        ))
        .map_err(|e| BundleError::Io(io::Error::other(e.to_string())))?;
        let mut stream = encryptor.wrap_output(sink)?;
        let wire = WireHeader {
            format_version: payload::PAYLOAD_FORMAT_VERSION,
            device_id: header.device_id,
            seq: header.seq,
            created_at: header.created_at,
            audit_anchor,
        };
        let mut counted = CountingWriter {
            inner: &mut stream,
            written: 0,
        };
        ciborium::into_writer(&wire, &mut counted).map_err(ser_error)?;
        let payload_bytes = counted.written;
        Ok(BundleWriter {
            stream,
            header: header_bytes,
            signer,
            limits,
            records: 0,
            payload_bytes,
            failed: false,
        })
    }

    /// Appends one record. Rule violations are refused before anything is written (the writer
    /// stays usable); an I/O failure spoils the bundle.
    pub fn push(
        &mut self,
        kind: &str,
        id: &str,
        revision: u64,
        body: &[u8],
    ) -> Result<(), BundleError> {
        if self.failed {
            return Err(spoiled());
        }
        check_record(kind, id, body.len() as u64, &self.limits)?;
        if self.records >= self.limits.max_records {
            return Err(BundleError::TooLarge {
                what: "record count",
                limit: self.limits.max_records,
            });
        }
        let len = payload::encoded_record_len(kind, id, revision, body.len() as u64);
        if self.payload_bytes.saturating_add(len) > self.limits.max_payload_size {
            return Err(BundleError::TooLarge {
                what: "payload",
                limit: self.limits.max_payload_size,
            });
        }
        let wire = WireRecordRef {
            kind,
            id,
            revision,
            body,
        };
        if let Err(e) = ciborium::into_writer(&wire, &mut self.stream) {
            self.failed = true;
            return Err(ser_error(e));
        }
        self.records += 1;
        self.payload_bytes += len;
        Ok(())
    }

    /// Appends one record (see [`BundleWriter::push`]).
    pub fn push_record(&mut self, record: &Record) -> Result<(), BundleError> {
        self.push(&record.kind, &record.id, record.revision, &record.body)
    }

    /// Records written so far.
    pub fn record_count(&self) -> u64 {
        self.records
    }

    /// Finishes the age stream, signs, writes the trailer. Returns the bundle id and the output.
    pub fn finish(self) -> Result<(BundleId, W), BundleError> {
        if self.failed {
            return Err(spoiled());
        }
        let mut sink = self.stream.finish()?;
        sink.in_ciphertext = false;
        let ct_hash = sink.hashes.finish(CIPHERTEXT_DIGEST)?;
        let signature = self.signer.sign(&transcript(&self.header, &ct_hash));
        sink.write_all(&signature)?;
        sink.write_all(&END_MARKER)?;
        sink.flush()?;
        let id = BundleId(sink.hashes.finish(FILE_DIGEST)?);
        Ok((id, sink.out))
    }
}

fn check_record(kind: &str, id: &str, body_len: u64, limits: &Limits) -> Result<(), BundleError> {
    payload::check_record(kind, id, body_len, limits, Side::Writer)
}

fn spoiled() -> BundleError {
    BundleError::Io(io::Error::other(
        "an earlier write failed; discard this bundle",
    ))
}

fn ser_error(e: ciborium::ser::Error<io::Error>) -> BundleError {
    match e {
        ciborium::ser::Error::Io(e) => BundleError::Io(e),
        ciborium::ser::Error::Value(v) => BundleError::InvalidRecord(v),
    }
}

struct CountingWriter<W> {
    inner: W,
    written: u64,
}

impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Seals a whole in-memory payload into `out`. The signer's device id is `payload.header.device_id`.
pub fn seal<W: Write>(
    payload: &Payload,
    recipient: &CentralRecipient,
    signer: &DeviceSigningKey,
    out: W,
) -> Result<BundleId, BundleError> {
    let mut writer = BundleWriter::new(out, recipient, signer, &payload.header)?;
    for r in &payload.records {
        writer.push_record(r)?;
    }
    Ok(writer.finish()?.0)
}

// ---------------------------------------------------------------------------------------------
// Verifying

/// A bundle whose envelope signature verified against the registry's key for its device.
/// Holds the reader for the second pass ([`VerifiedBundle::open`]).
pub struct VerifiedBundle<R> {
    reader: R,
    header: OuterHeader,
    bundle_id: BundleId,
    ciphertext_sha256: [u8; 32],
    ciphertext_len: u64,
    limits: Limits,
}

impl<R> fmt::Debug for VerifiedBundle<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifiedBundle")
            .field("header", &self.header)
            .field("bundle_id", &self.bundle_id)
            .field("ciphertext_len", &self.ciphertext_len)
            .finish_non_exhaustive()
    }
}

/// Pass 1: checks the header, the device's standing in the registry (`trust`), the file's
/// completeness and the Ed25519 signature over the streamed ciphertext hash, computing the
/// bundle id on the way. Reads the file once with a fixed 64 KiB buffer; decrypts nothing and
/// parses nothing beyond the fixed header and trailer. The reader is read from its start.
///
/// A file whose last bytes are not the end marker is either cut short or has something
/// appended: the last [`TRAILING_SEARCH`] bytes are searched for the marker to tell which.
pub fn verify<R: Read + Seek>(
    mut reader: R,
    limits: &Limits,
    trust: impl FnOnce(&DeviceId) -> Trust,
) -> Result<VerifiedBundle<R>, BundleError> {
    reader.seek(SeekFrom::Start(0))?;
    let header_bytes = read_header(&mut reader)?;
    let header = OuterHeader::parse(&header_bytes)?;

    let size = reader.seek(SeekFrom::End(0))?;
    if size > limits.max_file_size {
        return Err(BundleError::TooLarge {
            what: "bundle file",
            limit: limits.max_file_size,
        });
    }
    let min = (HEADER_LEN + TRAILER_LEN) as u64;
    if size < min {
        return Err(BundleError::Truncated("shorter than header and trailer"));
    }
    let mut trailer = [0u8; TRAILER_LEN];
    reader.seek(SeekFrom::Start(size - TRAILER_LEN as u64))?;
    reader.read_exact(&mut trailer)?;
    if trailer[64..] != END_MARKER {
        return Err(match marker_before_the_end(&mut reader, size, min)? {
            Some(end) => BundleError::TrailingData { bytes: size - end },
            None => BundleError::Truncated("the end marker is missing"),
        });
    }

    let key = match trust(&header.device_id) {
        Trust::Trusted(key) => key,
        Trust::Revoked => {
            return Err(BundleError::RevokedDevice {
                device_id: header.device_id.to_string(),
            });
        }
        Trust::Unknown => {
            return Err(BundleError::UnknownDevice {
                device_id: header.device_id.to_string(),
            });
        }
    };
    if key.to_bytes() != header.signer_key {
        return Err(BundleError::SignerKeyMismatch {
            device_id: header.device_id.to_string(),
            found: header
                .signer_fingerprint()
                .map(|f| f.to_string())
                .unwrap_or_else(|_| hex::encode(header.signer_key)),
            expected: key.fingerprint().to_string(),
        });
    }

    let ciphertext_len = size - min;
    // Both digests run on a worker thread (see `hashing`); this thread reads.
    let mut hashes = BackgroundSha256::new(2);
    hashes.update(FILE_ONLY, &header_bytes)?;
    reader.seek(SeekFrom::Start(HEADER_LEN as u64))?;
    let mut remaining = ciphertext_len;
    let mut buf = vec![0u8; IO_BUF];
    while remaining > 0 {
        let want = remaining.min(IO_BUF as u64) as usize;
        let chunk = &mut buf[..want];
        reader.read_exact(chunk).map_err(|e| match e.kind() {
            io::ErrorKind::UnexpectedEof => BundleError::ChangedDuringRead,
            _ => BundleError::Io(e),
        })?;
        hashes.update(FILE_AND_CIPHERTEXT, chunk)?;
        remaining -= want as u64;
    }
    let ciphertext_sha256 = hashes.finish(CIPHERTEXT_DIGEST)?;
    hashes.update(FILE_ONLY, &trailer)?;
    let mut signature = [0u8; 64];
    signature.copy_from_slice(&trailer[..64]);
    key.verify(&transcript(&header_bytes, &ciphertext_sha256), &signature)?;

    Ok(VerifiedBundle {
        reader,
        header,
        bundle_id: BundleId(hashes.finish(FILE_DIGEST)?),
        ciphertext_sha256,
        ciphertext_len,
        limits: *limits,
    })
}

/// [`verify`] on a file path.
pub fn verify_file(
    path: &Path,
    limits: &Limits,
    trust: impl FnOnce(&DeviceId) -> Trust,
) -> Result<VerifiedBundle<File>, BundleError> {
    verify(File::open(path)?, limits, trust)
}

impl<R: Read + Seek> VerifiedBundle<R> {
    /// The (now authenticated) envelope header.
    pub fn header(&self) -> &OuterHeader {
        &self.header
    }

    /// SHA-256 of the whole file.
    pub fn bundle_id(&self) -> BundleId {
        self.bundle_id
    }

    /// Length of the age ciphertext in bytes.
    pub fn ciphertext_len(&self) -> u64 {
        self.ciphertext_len
    }

    /// Pass 2: decrypts with the central identity and returns a reader that yields records one
    /// at a time. The payload header is decoded and checked (version; inner device id equals
    /// the signer) before this returns.
    pub fn open(mut self, identity: &CentralIdentity) -> Result<BundleReader<R>, BundleError> {
        self.reader.seek(SeekFrom::Start(HEADER_LEN as u64))?;
        let mut head = Vec::with_capacity(MAX_AGE_HEADER);
        (&mut self.reader)
            .take(self.ciphertext_len.min(MAX_AGE_HEADER as u64))
            .read_to_end(&mut head)?;
        if !age_header_ends_in(&head) {
            return Err(BundleError::DecryptionFailed(format!(
                "no complete age header within the first {MAX_AGE_HEADER} bytes"
            )));
        }
        self.reader.seek(SeekFrom::Start(HEADER_LEN as u64))?;
        let ciphertext = RecheckingReader {
            inner: self.reader.take(self.ciphertext_len),
            hash: Some(BackgroundSha256::new(1)),
            changed: false,
            expected: self.ciphertext_sha256,
        };
        let decryptor = age::Decryptor::new_buffered(BufReader::with_capacity(IO_BUF, ciphertext))
            .map_err(map_decrypt_error)?;
        let stream = decryptor
            .decrypt(std::iter::once(identity.as_age() as &dyn age::Identity))
            .map_err(map_decrypt_error)?;
        let mut plaintext = PayloadLimit {
            inner: stream,
            remaining: self.limits.max_payload_size,
            limit: self.limits.max_payload_size,
        };

        let item = match cbor::read_item(
            &mut plaintext,
            self.limits.max_item_size,
            self.limits.max_nesting_depth,
        )? {
            Item::End => return Err(BundleError::MalformedPayload("empty payload".into())),
            Item::Bytes(b) => b,
        };
        let (payload_header, audit_anchor) = payload::decode_header(&item)?;
        if payload_header.device_id != self.header.device_id {
            return Err(BundleError::DeviceMismatch {
                inner: payload_header.device_id.to_string(),
                outer: self.header.device_id.to_string(),
            });
        }
        Ok(BundleReader {
            plaintext,
            outer: self.header,
            header: payload_header,
            audit_anchor,
            bundle_id: self.bundle_id,
            limits: self.limits,
            records: 0,
            done: false,
        })
    }
}

/// True if `head` contains age's MAC line (`---` + space + MAC) terminated by a newline.
fn age_header_ends_in(head: &[u8]) -> bool {
    head.windows(5)
        .position(|w| w == b"\n--- ")
        .is_some_and(|at| head[at + 5..].contains(&b'\n'))
}

/// Verified, decrypted: the whole payload in memory (for small bundles and tests).
pub fn open<R: Read + Seek>(
    verified: VerifiedBundle<R>,
    identity: &CentralIdentity,
) -> Result<Payload, BundleError> {
    verified.open(identity)?.read_all()
}

// ---------------------------------------------------------------------------------------------
// Reading records

type CiphertextReader<R> = BufReader<RecheckingReader<Take<R>>>;

/// Yields the records of an opened bundle one at a time, in file order.
///
/// The iterator ends (`None`) only after the authenticated end of the payload was reached and
/// the ciphertext read in this pass matched the one verified in pass 1. An import must treat the
/// bundle as complete only then, and must roll back if any item is an error.
pub struct BundleReader<R> {
    plaintext: PayloadLimit<age::stream::StreamReader<CiphertextReader<R>>>,
    outer: OuterHeader,
    header: PayloadHeader,
    audit_anchor: Option<AuditAnchor>,
    bundle_id: BundleId,
    limits: Limits,
    records: u64,
    done: bool,
}

impl<R> fmt::Debug for BundleReader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BundleReader")
            .field("header", &self.header)
            .field("bundle_id", &self.bundle_id)
            .field("records", &self.records)
            .finish_non_exhaustive()
    }
}

impl<R: Read> BundleReader<R> {
    /// The decoded payload header (device id already checked against the signer).
    pub fn header(&self) -> &PayloadHeader {
        &self.header
    }
    /// The device's audit-log head when it wrote the bundle (absent in older bundles).
    pub fn audit_anchor(&self) -> Option<AuditAnchor> {
        self.audit_anchor
    }
    /// The envelope header.
    pub fn outer_header(&self) -> &OuterHeader {
        &self.outer
    }
    /// SHA-256 of the whole file.
    pub fn bundle_id(&self) -> BundleId {
        self.bundle_id
    }
    /// Records yielded so far.
    pub fn records_read(&self) -> u64 {
        self.records
    }

    /// Reads all remaining records into memory.
    pub fn read_all(mut self) -> Result<Payload, BundleError> {
        let mut records = Vec::new();
        for r in &mut self {
            records.push(r?);
        }
        Ok(Payload {
            header: self.header,
            records,
        })
    }

    fn next_record(&mut self) -> Result<Option<Record>, BundleError> {
        match cbor::read_item(
            &mut self.plaintext,
            self.limits.max_item_size,
            self.limits.max_nesting_depth,
        )? {
            Item::End => Ok(None),
            Item::Bytes(item) => {
                if self.records >= self.limits.max_records {
                    return Err(BundleError::TooLarge {
                        what: "record count",
                        limit: self.limits.max_records,
                    });
                }
                let record = payload::decode_record(&item, &self.limits)?;
                self.records += 1;
                Ok(Some(record))
            }
        }
    }
}

impl<R: Read> Iterator for BundleReader<R> {
    type Item = Result<Record, BundleError>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = self.next_record();
        match next {
            Ok(Some(r)) => Some(Ok(r)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Read-side plumbing

/// Conditions raised inside the age reader's input or output and carried through io::Error.
#[derive(Debug, thiserror::Error)]
enum ReadFault {
    #[error("the ciphertext differs from the verified one")]
    Changed,
    #[error("the payload exceeds {0} bytes")]
    PayloadTooLarge(u64),
}

/// Hashes the ciphertext again during decryption. At its end it refuses to report EOF unless
/// the hash equals pass 1's, so a file swapped between the passes cannot finish a payload.
struct RecheckingReader<R> {
    inner: R,
    /// `None` once the end was reached and the hash compared.
    hash: Option<BackgroundSha256>,
    changed: bool,
    expected: [u8; 32],
}

impl<R: Read> Read for RecheckingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.changed {
            return Err(io::Error::other(ReadFault::Changed));
        }
        let n = self.inner.read(buf)?;
        if n == 0 && !buf.is_empty() {
            if let Some(mut hash) = self.hash.take() {
                self.changed = hash.finish(0)? != self.expected;
            }
            if self.changed {
                return Err(io::Error::other(ReadFault::Changed));
            }
            return Ok(0);
        }
        match &mut self.hash {
            Some(hash) => hash.update(1, &buf[..n])?,
            // Bytes after the end was reported: not the ciphertext that was verified.
            None if n > 0 => {
                self.changed = true;
                return Err(io::Error::other(ReadFault::Changed));
            }
            None => {}
        }
        Ok(n)
    }
}

/// Caps the decrypted payload size.
struct PayloadLimit<R> {
    inner: R,
    remaining: u64,
    limit: u64,
}

impl<R: Read> Read for PayloadLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.remaining == 0 {
            // At the limit: only a clean end is acceptable.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(io::Error::other(ReadFault::PayloadTooLarge(self.limit))),
            };
        }
        let want = buf
            .len()
            .min(usize::try_from(self.remaining).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.remaining -= n as u64;
        Ok(n)
    }
}

/// Maps errors coming out of the age stream reader (or our own wrappers inside it).
pub(crate) fn map_stream_error(e: io::Error) -> BundleError {
    if let Some(fault) = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<ReadFault>())
    {
        return match fault {
            ReadFault::Changed => BundleError::ChangedDuringRead,
            ReadFault::PayloadTooLarge(limit) => BundleError::TooLarge {
                what: "payload",
                limit: *limit,
            },
        };
    }
    match e.kind() {
        io::ErrorKind::UnexpectedEof => {
            BundleError::DecryptionFailed("the age stream is truncated".into())
        }
        io::ErrorKind::InvalidData => BundleError::DecryptionFailed(e.to_string()),
        _ => BundleError::Io(e),
    }
}

fn map_decrypt_error(e: age::DecryptError) -> BundleError {
    match e {
        age::DecryptError::NoMatchingKeys => BundleError::WrongRecipient,
        age::DecryptError::Io(e) => map_stream_error(e),
        other => BundleError::DecryptionFailed(other.to_string()),
    }
}
