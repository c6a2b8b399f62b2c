//! The office's HTTP inbox (`lantern-central serve`, protocol in `INBOX.md`): field devices
//! upload sealed bundles in chunks over TLS with a pinned certificate, and get the signed
//! receipt back in the response to the last chunk.
//!
//! What it relies on: only the bundle. A chunk is taken only from a device the registry holds
//! with the key the bundle's header names (checked on the first chunk, before anything is
//! written); the whole file is then verified and imported by [`Central::import_reader`], the
//! same call as a file import, so every rule of the import holds here too. The bytes of an
//! unfinished upload are sealed ciphertext in `<home>/inbox/` (never readable), kept so that a
//! dropped connection resumes where the last whole chunk ended; a chunk that does not arrive
//! whole (dropped, too slow, too long) is never written. Partial uploads expire.
//!
//! One [`Central`] serves every connection behind a mutex: imports are serial, as SQLite
//! writes are anyway; the network side (TLS, receiving chunks) is concurrent.

mod certificate;
mod spool;

pub use certificate::InboxCertificate;

use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use lantern_bundle::inbox::{self as protocol, code};
use lantern_bundle::{BundleId, DeviceId, HEADER_LEN, TRAILER_LEN, Trust, inspect};
use serde::Serialize;
use tokio::net::TcpListener;

use crate::devices::Standing;
use crate::error::{CentralError, Result};
use crate::home::Central;
use spool::Spool;

/// The inbox's limits and times. [`InboxConfig::default`] is what `serve` uses.
#[derive(Debug, Clone)]
pub struct InboxConfig {
    /// The largest chunk taken in one request (at most [`protocol::MAX_CHUNK`]).
    pub max_chunk: u64,
    /// Time for one chunk's body to arrive whole; a slower body is dropped unwritten.
    pub body_timeout: Duration,
    /// Time for a request's headers, and for the TLS handshake.
    pub header_timeout: Duration,
    /// Requests a device may make per minute (a token bucket; burst of the same size).
    pub requests_per_minute: u32,
    /// Unfinished uploads a device may hold at once.
    pub partial_uploads_per_device: usize,
    /// An unfinished upload untouched this long is deleted.
    pub partial_expiry: Duration,
    /// Open connections at once; more are closed at accept.
    pub max_connections: usize,
    /// After the shutdown signal: how long requests in flight may take to finish.
    pub grace: Duration,
}

impl Default for InboxConfig {
    fn default() -> Self {
        Self {
            max_chunk: protocol::MAX_CHUNK,
            body_timeout: Duration::from_secs(60),
            header_timeout: Duration::from_secs(15),
            requests_per_minute: 600,
            partial_uploads_per_device: 4,
            partial_expiry: Duration::from_secs(24 * 3600),
            max_connections: 512,
            grace: Duration::from_secs(30),
        }
    }
}

/// One line of the request log: what was asked and answered, never a body. Device and bundle
/// ids are pseudonymous (they are in file names too).
#[derive(Debug, Clone, Serialize)]
pub struct RequestLog {
    pub method: String,
    pub path: String,
    pub status: u16,
    /// The error code of a refusal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    pub millis: u64,
}

/// Where the request log goes (the CLI writes it to stderr as JSON lines).
pub type RequestLogger = Arc<dyn Fn(&RequestLog) + Send + Sync>;

struct Inbox {
    central: Mutex<Central>,
    spool: Spool,
    config: InboxConfig,
    buckets: Mutex<HashMap<String, Bucket>>,
    log: Option<RequestLogger>,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// A refusal: status, stable code, and an English message for logs and tools (the field side
/// shows its own localised text for the code).
#[derive(Debug)]
struct Refusal {
    status: StatusCode,
    code: &'static str,
    message: String,
    offset: Option<u64>,
    retry_after: Option<u64>,
}

impl Refusal {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            offset: None,
            retry_after: None,
        }
    }

    fn bad(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code::BAD_REQUEST, message)
    }

    fn internal(e: impl std::fmt::Display) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            code::INTERNAL,
            format!("the inbox failed: {e}"),
        )
    }

    /// A central error as the inbox answers it: the sender's standing is 403, the bundle's
    /// content 422, the office's own failure 500.
    fn central(e: CentralError) -> Self {
        let status = match &e {
            CentralError::UnknownDevice(_)
            | CentralError::DeviceRevoked(_)
            | CentralError::DeviceFingerprintMismatch(_)
            | CentralError::DeviceNotBound(_)
            | CentralError::DeviceKeyMismatch { .. } => StatusCode::FORBIDDEN,
            CentralError::Bundle(b) => match b.code() {
                "bundle.unknown_device"
                | "bundle.revoked_device"
                | "bundle.signer_key_mismatch"
                | "bundle.device_mismatch" => StatusCode::FORBIDDEN,
                "bundle.io" => StatusCode::INTERNAL_SERVER_ERROR,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            },
            CentralError::MalformedRecord { .. } | CentralError::UnknownRecordKind(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Self::new(status, e.code(), e.to_string())
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: &'a str,
    message: &'a str,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&ErrorBody {
            code: self.code,
            message: &self.message,
        })
        .unwrap_or_default();
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response();
        let headers = response.headers_mut();
        if let Some(offset) = self.offset {
            headers.insert(protocol::UPLOAD_OFFSET, HeaderValue::from(offset));
        }
        if let Some(after) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(after));
        }
        headers.insert("x-lantern-code", HeaderValue::from_static(self.code));
        response
    }
}

type Answer = std::result::Result<Response, Refusal>;

fn receipt_response(receipt: Vec<u8>) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, protocol::RECEIPT_MEDIA_TYPE)],
        receipt,
    )
        .into_response()
}

fn ids(device: &str, bundle: &str) -> std::result::Result<(DeviceId, BundleId), Refusal> {
    let device: DeviceId = device
        .parse()
        .map_err(|_| Refusal::bad(format!("{device} is not a device id")))?;
    let bundle: BundleId = bundle
        .parse()
        .map_err(|_| Refusal::bad(format!("{bundle} is not a bundle id")))?;
    Ok((device, bundle))
}

fn number(headers: &HeaderMap, name: &str) -> std::result::Result<Option<u64>, Refusal> {
    match headers.get(name) {
        None => Ok(None),
        Some(v) => v
            .to_str()
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .map(Some)
            .ok_or_else(|| Refusal::bad(format!("{name} is not a number"))),
    }
}

impl Inbox {
    /// Runs blocking work on the central store off the async threads.
    async fn with_central<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&mut Central) -> Result<T> + Send + 'static,
    ) -> std::result::Result<T, Refusal> {
        let inbox = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut central = inbox
                .central
                .lock()
                .map_err(|_| Refusal::internal("the central store lock is poisoned"))?;
            work(&mut central).map_err(Refusal::central)
        })
        .await
        .map_err(Refusal::internal)?
    }

    fn take_token(&self, device: &DeviceId) -> std::result::Result<(), Refusal> {
        let per_minute = f64::from(self.config.requests_per_minute.max(1));
        let mut buckets = self
            .buckets
            .lock()
            .map_err(|_| Refusal::internal("the rate limiter lock is poisoned"))?;
        let now = Instant::now();
        let bucket = buckets.entry(device.to_string()).or_insert(Bucket {
            tokens: per_minute,
            at: now,
        });
        let refill = now.duration_since(bucket.at).as_secs_f64() * per_minute / 60.0;
        bucket.tokens = (bucket.tokens + refill).min(per_minute);
        bucket.at = now;
        if bucket.tokens < 1.0 {
            let mut r = Refusal::new(
                StatusCode::TOO_MANY_REQUESTS,
                code::RATE_LIMITED,
                "too many requests from this device",
            );
            r.retry_after = Some(((1.0 - bucket.tokens) * 60.0 / per_minute).ceil() as u64);
            return Err(r);
        }
        bucket.tokens -= 1.0;
        Ok(())
    }

    fn log(&self, log: RequestLog) {
        if let Some(logger) = &self.log {
            logger(&log);
        }
    }
}

/// Checks the first chunk's header against the registry before a byte is kept: the device of
/// the path, approved, not revoked, and the key the registry holds (or, before the first
/// bundle, a key with the approved fingerprint).
fn admit(central: &Central, device: &DeviceId, first: &[u8]) -> Result<(), Refusal> {
    let header = inspect(first).map_err(|e| Refusal::central(e.into()))?;
    if header.device_id() != *device {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            code::DEVICE_MISMATCH,
            format!(
                "the bundle names device {}, not {device}",
                header.device_id()
            ),
        ));
    }
    let standing = central.standing(device).map_err(Refusal::central)?;
    let signer_matches = match standing {
        Standing::Known(Trust::Unknown) => {
            return Err(Refusal::new(
                StatusCode::FORBIDDEN,
                code::UNKNOWN_DEVICE,
                format!("device {device} is not in the registry"),
            ));
        }
        Standing::Known(Trust::Revoked) => {
            return Err(Refusal::new(
                StatusCode::FORBIDDEN,
                code::REVOKED_DEVICE,
                format!("device {device} was revoked"),
            ));
        }
        Standing::Known(Trust::Trusted(key)) => key.to_bytes() == *header.signer_key_bytes(),
        Standing::AwaitingKey(fingerprint) => header
            .signer_fingerprint()
            .is_ok_and(|f| f.as_bytes() == &fingerprint),
        Standing::Unbound => {
            return Err(Refusal::central(CentralError::DeviceNotBound(
                device.to_string(),
            )));
        }
    };
    if !signer_matches {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            code::DEVICE_MISMATCH,
            format!("the bundle is not signed by the key approved for {device}"),
        ));
    }
    Ok(())
}

async fn upload(
    State(inbox): State<Arc<Inbox>>,
    UrlPath((device, bundle)): UrlPath<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Answer {
    let (device, bundle) = ids(&device, &bundle)?;
    inbox.take_token(&device)?;
    let offset = number(&headers, protocol::UPLOAD_OFFSET)?
        .ok_or_else(|| Refusal::bad("Upload-Offset is required"))?;
    let total = number(&headers, protocol::UPLOAD_LENGTH)?
        .ok_or_else(|| Refusal::bad("Upload-Length is required"))?;
    let length = number(&headers, header::CONTENT_LENGTH.as_str())?.ok_or_else(|| {
        Refusal::new(
            StatusCode::LENGTH_REQUIRED,
            code::LENGTH_REQUIRED,
            "Content-Length is required",
        )
    })?;
    let max_file = inbox
        .central
        .lock()
        .map_err(|_| Refusal::internal("the central store lock is poisoned"))?
        .limits
        .max_file_size;
    if total > max_file || length > inbox.config.max_chunk {
        return Err(Refusal::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            code::TOO_LARGE,
            format!(
                "a bundle may have {max_file} bytes and a chunk {}",
                inbox.config.max_chunk
            ),
        ));
    }
    if total < (HEADER_LEN + TRAILER_LEN) as u64 {
        return Err(Refusal::bad("Upload-Length is shorter than any bundle"));
    }
    if offset.checked_add(length).is_none_or(|end| end > total) || length == 0 {
        return Err(Refusal::bad(
            "the chunk is empty or ends beyond Upload-Length",
        ));
    }
    if offset == 0 && length < HEADER_LEN as u64 {
        return Err(Refusal::bad(
            "the first chunk must hold the bundle's header",
        ));
    }

    // Resent after its receipt was lost: answer with the receipt, read nothing.
    let hex = bundle.to_string();
    let held = inbox
        .with_central(move |c| c.receipt_for(&device, &hex))
        .await?;
    if let Some(receipt) = held {
        return Ok(receipt_response(receipt));
    }

    let _upload = inbox.spool.begin(&device, &bundle).ok_or_else(|| {
        Refusal::new(
            StatusCode::CONFLICT,
            code::UPLOAD_IN_PROGRESS,
            "this bundle is being uploaded by another request",
        )
    })?;
    let held = inbox
        .spool
        .held(&device, &bundle, total)
        .map_err(Refusal::internal)?;
    if held != offset {
        let mut r = Refusal::new(
            StatusCode::CONFLICT,
            code::OFFSET_MISMATCH,
            format!("the inbox holds {held} bytes of this bundle, not {offset}"),
        );
        r.offset = Some(held);
        return Err(r);
    }
    if offset == 0 {
        inbox
            .spool
            .sweep(inbox.config.partial_expiry)
            .map_err(Refusal::internal)?;
        if inbox.spool.partials(&device).map_err(Refusal::internal)?
            >= inbox.config.partial_uploads_per_device
        {
            return Err(Refusal::new(
                StatusCode::TOO_MANY_REQUESTS,
                code::RATE_LIMITED,
                "this device has too many unfinished uploads",
            ));
        }
    }

    // The whole chunk, in memory, before anything is written: a chunk cut short, too slow or
    // too long leaves nothing behind.
    let chunk = match tokio::time::timeout(
        inbox.config.body_timeout,
        axum::body::to_bytes(body, length as usize),
    )
    .await
    {
        Err(_) => {
            return Err(Refusal::new(
                StatusCode::REQUEST_TIMEOUT,
                code::TIMEOUT,
                "the chunk did not arrive in time; nothing of it was kept",
            ));
        }
        Ok(Err(e)) => {
            return Err(Refusal::bad(format!(
                "the chunk did not arrive whole ({e}); nothing of it was kept"
            )));
        }
        Ok(Ok(bytes)) => bytes,
    };
    if chunk.len() as u64 != length {
        return Err(Refusal::bad("the body is not Content-Length bytes long"));
    }
    if offset == 0 {
        let first = chunk.clone();
        inbox
            .with_central(move |c| Ok(admit(c, &device, &first)))
            .await??;
    }
    let held = inbox
        .spool
        .append(&device, &bundle, total, &chunk)
        .map_err(Refusal::internal)?;
    if held < total {
        let mut response = StatusCode::NO_CONTENT.into_response();
        response
            .headers_mut()
            .insert(protocol::UPLOAD_OFFSET, HeaderValue::from(held));
        return Ok(response);
    }

    // Whole: the id is the file's SHA-256, then the import verifies everything else.
    let path = inbox.spool.partial_path(&device, &bundle, total);
    let result = finish(&inbox, bundle, path.clone()).await;
    inbox.spool.discard(&path);
    result
}

async fn finish(inbox: &Arc<Inbox>, bundle: BundleId, path: std::path::PathBuf) -> Answer {
    let digest = spool::digest(&path).map_err(Refusal::internal)?;
    if digest != bundle {
        return Err(Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            code::BUNDLE_ID_MISMATCH,
            format!("the uploaded bytes are bundle {digest}, not {bundle}"),
        ));
    }
    let receipt = inbox
        .with_central(move |central| {
            let file = std::fs::File::open(&path).map_err(|e| CentralError::io(&path, e))?;
            let outcome = central.import_reader(file, now_ms())?;
            let id = match &outcome {
                crate::ImportOutcome::Imported(s) => s.bundle_id.clone(),
                crate::ImportOutcome::Duplicate { bundle_id, .. } => bundle_id.clone(),
            };
            central.receipt(&id)
        })
        .await?;
    Ok(receipt_response(receipt))
}

async fn offset(
    State(inbox): State<Arc<Inbox>>,
    UrlPath((device, bundle)): UrlPath<(String, String)>,
) -> Answer {
    let (device, bundle) = ids(&device, &bundle)?;
    inbox.take_token(&device)?;
    let held = inbox
        .spool
        .held_any(&device, &bundle)
        .map_err(Refusal::internal)?;
    match held {
        None => Err(Refusal::new(
            StatusCode::NOT_FOUND,
            code::NOT_FOUND,
            "no unfinished upload of this bundle",
        )),
        Some((held, total)) => {
            let mut response = StatusCode::OK.into_response();
            let h = response.headers_mut();
            h.insert(protocol::UPLOAD_OFFSET, HeaderValue::from(held));
            h.insert(protocol::UPLOAD_LENGTH, HeaderValue::from(total));
            Ok(response)
        }
    }
}

async fn receipt(
    State(inbox): State<Arc<Inbox>>,
    UrlPath((device, bundle)): UrlPath<(String, String)>,
) -> Answer {
    let (device, bundle) = ids(&device, &bundle)?;
    inbox.take_token(&device)?;
    let hex = bundle.to_string();
    match inbox
        .with_central(move |c| c.receipt_for(&device, &hex))
        .await?
    {
        Some(r) => Ok(receipt_response(r)),
        None => Err(Refusal::new(
            StatusCode::NOT_FOUND,
            code::NOT_FOUND,
            "no receipt for this bundle",
        )),
    }
}

async fn logged(
    State(inbox): State<Arc<Inbox>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let start = Instant::now();
    let method = request.method().to_string();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let code = response
        .headers()
        .get("x-lantern-code")
        .and_then(|v| v.to_str().ok())
        .and_then(known_code);
    inbox.log(RequestLog {
        method,
        path,
        status: response.status().as_u16(),
        code,
        millis: start.elapsed().as_millis() as u64,
    });
    response
}

/// Codes are `&'static str` everywhere; the log keeps only the ones it can name.
fn known_code(text: &str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        code::BAD_REQUEST,
        code::LENGTH_REQUIRED,
        code::TOO_LARGE,
        code::OFFSET_MISMATCH,
        code::UPLOAD_IN_PROGRESS,
        code::TIMEOUT,
        code::RATE_LIMITED,
        code::UNKNOWN_DEVICE,
        code::REVOKED_DEVICE,
        code::DEVICE_MISMATCH,
        code::BUNDLE_ID_MISMATCH,
        code::NOT_FOUND,
        code::SHUTTING_DOWN,
        code::INTERNAL,
    ];
    CODES
        .iter()
        .copied()
        .find(|c| *c == text)
        .or(Some("refused"))
}

fn router(inbox: Arc<Inbox>) -> Router {
    let bundle = "/v1/devices/{device}/bundles/{bundle}";
    let receipt_route = "/v1/devices/{device}/receipts/{bundle}";
    Router::new()
        .route(bundle, put(upload).head(offset))
        .route(receipt_route, get(receipt))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&inbox),
            logged,
        ))
        .with_state(inbox)
}

/// What [`serve`] hands back when it has stopped.
#[derive(Debug)]
pub struct Served {
    pub central: Central,
    /// Connections accepted in all.
    pub connections: u64,
}

/// Serves the inbox on `listener` until `shutdown` completes, then lets requests in flight
/// finish (within [`InboxConfig::grace`]) and hands the central store back.
pub async fn serve(
    listener: TcpListener,
    mut central: Central,
    config: InboxConfig,
    log: Option<RequestLogger>,
    shutdown: impl Future<Output = ()>,
) -> Result<Served> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;

    let certificate = central.inbox_certificate(now_ms())?;
    let tls = tokio_rustls::TlsAcceptor::from(Arc::new(certificate.server_config()?));
    let spool = Spool::open(&central.dir().join("inbox"))?;
    spool
        .sweep(config.partial_expiry)
        .map_err(|e| CentralError::io(spool.dir(), e))?;
    let inbox = Arc::new(Inbox {
        central: Mutex::new(central),
        spool,
        config: config.clone(),
        buckets: Mutex::new(HashMap::new()),
        log,
    });
    let app = router(Arc::clone(&inbox));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let slots = Arc::new(tokio::sync::Semaphore::new(config.max_connections));
    let mut connections = 0u64;
    tokio::pin!(shutdown);
    loop {
        let (tcp, _peer): (_, SocketAddr) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // Out of descriptors and the like: wait a moment rather than spin.
                Err(_) => { tokio::time::sleep(Duration::from_millis(50)).await; continue; }
            },
        };
        let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
            drop(tcp);
            continue;
        };
        connections += 1;
        let tls = tls.clone();
        let app = app.clone();
        let watcher = graceful.watcher();
        let header_timeout = config.header_timeout;
        tokio::spawn(async move {
            let _slot = slot;
            let Ok(Ok(stream)) = tokio::time::timeout(header_timeout, tls.accept(tcp)).await else {
                return;
            };
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .keep_alive(true);
            let conn =
                builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app));
            let _ = watcher.watch(conn).await;
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {},
        () = tokio::time::sleep(config.grace) => {},
    }
    drop(app);
    let inbox = wait_for_last(inbox).await;
    let central = inbox
        .central
        .into_inner()
        .map_err(|_| CentralError::Damaged("the central store lock is poisoned".into()))?;
    Ok(Served {
        central,
        connections,
    })
}

/// A connection past the grace period still holds the inbox until its own timeouts end it
/// (headers, body: both bounded), so this ends too.
async fn wait_for_last(mut inbox: Arc<Inbox>) -> Inbox {
    loop {
        match Arc::try_unwrap(inbox) {
            Ok(i) => return i,
            Err(back) => {
                inbox = back;
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
    }
}

impl Central {
    /// The receipt of a bundle if it was imported from `device`.
    pub(crate) fn receipt_for(
        &self,
        device: &DeviceId,
        bundle_hex: &str,
    ) -> Result<Option<Vec<u8>>> {
        use rusqlite::OptionalExtension;
        let id = hex::decode(bundle_hex)
            .map_err(|_| CentralError::NotFound(format!("bundle {bundle_hex}")))?;
        Ok(self
            .vault
            .conn()
            .query_row(
                "SELECT bytes FROM receipt WHERE bundle_id = ?1 AND device_id = ?2",
                rusqlite::params![id, device.to_string()],
                |r| r.get(0),
            )
            .optional()?)
    }
}
