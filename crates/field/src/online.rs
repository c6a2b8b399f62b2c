//! Online sync ("Send now", `lantern sync --online URL`): what is pending goes to the office's
//! HTTP inbox at once, and the receipt that comes back is applied as a receipt file would be
//! (acknowledge, then purge as the supervisor's policy says). Only when she starts it: nothing
//! here runs in the background.
//!
//! The server is the office only if its certificate is the one whose SHA-256 the signed
//! enrolment file carries (pinned; no certificate authority). Bundles go in chunks
//! (`crates/central/INBOX.md`); a dropped connection is resumed from what the inbox holds.
//! A bundle waits in the profile's outbox (sealed: the device cannot read it either) until its
//! receipt is applied, so an upload cut off today is resumed, not rebuilt, tomorrow.

use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::client::conn::http1::SendRequest;
use hyper::{Method, Request, StatusCode};
use hyper_util::rt::TokioIo;
use lantern_bundle::inbox::{self as protocol, code};
use lantern_bundle::{BundleId, DeviceId};
use lantern_store::Store;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::sync::{self, ReceiptApplied, Result, SyncError};

pub use crate::sync::{OUTBOX_EXTENSION, outbox_dir, waiting};

/// Chunk size, times and retries of one online sync.
#[derive(Debug, Clone)]
pub struct OnlineOptions {
    pub chunk: u64,
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    /// Connections tried per bundle (a dropped one is resumed on the next).
    pub attempts: u32,
}

impl Default for OnlineOptions {
    fn default() -> Self {
        Self {
            chunk: protocol::DEFAULT_CHUNK,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(120),
            attempts: 3,
        }
    }
}

/// What one online sync did. `sent` counts bundles that reached the office, `acknowledged`
/// the receipts applied, `purged` the interviews whose plaintext the receipts let go.
#[derive(Debug, Clone, Default, Serialize)]
pub struct OnlineSync {
    pub sent: usize,
    pub acknowledged: usize,
    pub purged: usize,
    /// Uploads that continued after a dropped connection, or from what an earlier run left.
    #[serde(skip)]
    pub resumed: usize,
    #[serde(skip)]
    pub receipts: Vec<ReceiptApplied>,
}

/// How far an online sync is, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Progress {
    /// A bundle of what was pending was written to the outbox.
    Exported { bundle_id: String, records: usize },
    /// Bytes of one bundle the office holds.
    Sending {
        bundle_id: String,
        sent: u64,
        total: u64,
    },
    /// Its receipt was applied.
    Acknowledged { bundle_id: String },
}

/// Sends every bundle waiting in `outbox`, then what is pending as a new bundle, and applies
/// each receipt. `now` is called for each timestamp (unix ms).
pub fn send_now(
    store: &mut Store,
    outbox: &Path,
    url: &str,
    options: &OnlineOptions,
    now: &dyn Fn() -> i64,
    progress: &mut dyn FnMut(&Progress),
) -> Result<OnlineSync> {
    let enrolment = sync::enrolment(store)?;
    let pin = enrolment
        .inbox_certificate
        .ok_or(SyncError::NoInboxCertificate)?;
    let inbox = Inbox::parse(url, pin, options.clone())?;
    let device: DeviceId = store
        .device_id()?
        .parse()
        .map_err(|_| SyncError::BadDeviceId(store.device_id().unwrap_or_default()))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| SyncError::Offline {
            url: url.to_owned(),
            reason: e.to_string(),
        })?;
    let mut report = OnlineSync::default();
    let mut link: Option<Link> = None;
    let mut deliver = |store: &mut Store,
                       path: &Path,
                       report: &mut OnlineSync,
                       progress: &mut dyn FnMut(&Progress)|
     -> Result<()> {
        let receipt = runtime.block_on(inbox.send(&mut link, &device, path, report, progress))?;
        let applied = sync::apply_receipt(store, &receipt, now())?;
        report.acknowledged += 1;
        report.purged += applied.result.purged.len();
        progress(&Progress::Acknowledged {
            bundle_id: applied.bundle_id.clone(),
        });
        report.receipts.push(applied);
        let _ = fs::remove_file(path);
        Ok(())
    };
    for path in waiting(outbox)? {
        deliver(store, &path, &mut report, progress)?;
    }
    if !sync::export_plan(store, now())?.is_empty() {
        let exported = sync::export(store, outbox, now())?;
        progress(&Progress::Exported {
            bundle_id: exported.bundle_id.clone(),
            records: exported.records,
        });
        deliver(store, &exported.path, &mut report, progress)?;
    }
    Ok(report)
}

/// Accepts exactly the pinned certificate, and checks that the server holds its key.
#[derive(Debug)]
struct Pinned {
    digest: [u8; 32],
    algorithms: rustls::crypto::WebPkiSupportedAlgorithms,
    /// Set when the server showed another certificate, to tell that from other TLS failures.
    mismatch: Arc<AtomicBool>,
}

impl ServerCertVerifier for Pinned {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let digest: [u8; 32] = Sha256::digest(end_entity.as_ref()).into();
        if digest == self.digest {
            Ok(ServerCertVerified::assertion())
        } else {
            self.mismatch.store(true, Ordering::SeqCst);
            Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::ApplicationVerificationFailure,
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

struct Inbox {
    url: String,
    host: String,
    port: u16,
    prefix: String,
    pin: [u8; 32],
    options: OnlineOptions,
}

type Link = SendRequest<Full<Bytes>>;

/// What went wrong on the wire: a lost connection is retried, anything else is final.
enum Wire {
    Lost(String),
    Final(SyncError),
}

impl From<SyncError> for Wire {
    fn from(e: SyncError) -> Self {
        Self::Final(e)
    }
}

struct Answer {
    status: StatusCode,
    offset: Option<u64>,
    body: Vec<u8>,
}

impl Inbox {
    fn parse(url: &str, pin: [u8; 32], options: OnlineOptions) -> Result<Self> {
        let bad = || SyncError::BadInboxUrl(url.to_owned());
        let uri: hyper::Uri = url.parse().map_err(|_| bad())?;
        if uri.scheme_str() != Some("https") {
            return Err(bad());
        }
        let host = uri.host().ok_or_else(bad)?;
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        Ok(Self {
            url: url.to_owned(),
            host,
            port: uri.port_u16().unwrap_or(443),
            prefix: uri.path().trim_end_matches('/').to_owned(),
            pin,
            options,
        })
    }

    async fn connect(&self) -> std::result::Result<Link, Wire> {
        let offline = |reason: String| {
            Wire::Final(SyncError::Offline {
                url: self.url.clone(),
                reason,
            })
        };
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mismatch = Arc::new(AtomicBool::new(false));
        let verifier = Pinned {
            digest: self.pin,
            algorithms: provider.signature_verification_algorithms,
            mismatch: Arc::clone(&mismatch),
        };
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| offline(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        let name = ServerName::try_from(self.host.clone())
            .map_err(|_| Wire::Final(SyncError::BadInboxUrl(self.url.clone())))?;
        let timeout = self.options.connect_timeout;
        let tcp = tokio::time::timeout(
            timeout,
            tokio::net::TcpStream::connect((self.host.as_str(), self.port)),
        )
        .await
        .map_err(|_| offline("no answer".into()))?
        .map_err(|e| offline(e.to_string()))?;
        let _ = tcp.set_nodelay(true);
        let tls = tokio::time::timeout(
            timeout,
            tokio_rustls::TlsConnector::from(Arc::new(config)).connect(name, tcp),
        )
        .await
        .map_err(|_| offline("no TLS answer".into()))?;
        let tls = match tls {
            Ok(t) => t,
            Err(_) if mismatch.load(Ordering::SeqCst) => {
                return Err(Wire::Final(SyncError::CertificateMismatch {
                    url: self.url.clone(),
                }));
            }
            Err(e) => return Err(offline(e.to_string())),
        };
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tls))
            .await
            .map_err(|e| offline(e.to_string()))?;
        tokio::spawn(connection);
        Ok(sender)
    }

    async fn request(
        &self,
        link: &mut Option<Link>,
        request: Request<Full<Bytes>>,
    ) -> std::result::Result<Answer, Wire> {
        if link.as_ref().is_none_or(|l| l.is_closed()) {
            *link = Some(self.connect().await?);
        }
        let Some(sender) = link.as_mut() else {
            return Err(Wire::Lost("no connection".into()));
        };
        let exchange = async {
            sender
                .ready()
                .await
                .map_err(|e| Wire::Lost(e.to_string()))?;
            let response = sender
                .send_request(request)
                .await
                .map_err(|e| Wire::Lost(e.to_string()))?;
            let status = response.status();
            let offset = response
                .headers()
                .get(protocol::UPLOAD_OFFSET)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse().ok());
            let body = response
                .into_body()
                .collect()
                .await
                .map_err(|e| Wire::Lost(e.to_string()))?
                .to_bytes()
                .to_vec();
            Ok(Answer {
                status,
                offset,
                body,
            })
        };
        let answer = tokio::time::timeout(self.options.request_timeout, exchange)
            .await
            .map_err(|_| Wire::Lost("the office did not answer in time".into()))
            .and_then(|a| a);
        if matches!(answer, Err(Wire::Lost(_))) {
            *link = None;
        }
        answer
    }

    fn builder(&self, method: Method, path: &str) -> http::request::Builder {
        Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.prefix))
            .header(hyper::header::HOST, format!("{}:{}", self.host, self.port))
    }

    /// Uploads one bundle file (resuming what the inbox holds) and returns its receipt.
    async fn send(
        &self,
        link: &mut Option<Link>,
        device: &DeviceId,
        path: &Path,
        report: &mut OnlineSync,
        progress: &mut dyn FnMut(&Progress),
    ) -> Result<Vec<u8>> {
        let io = |source| SyncError::Io {
            path: path.to_path_buf(),
            source,
        };
        let bytes = fs::read(path).map_err(io)?;
        let bundle = BundleId::of_bytes(&bytes);
        let mut last = String::new();
        for attempt in 0..self.options.attempts.max(1) {
            match self.upload(link, device, &bundle, &bytes, progress).await {
                Ok((receipt, resumed)) => {
                    report.sent += 1;
                    if resumed || attempt > 0 {
                        report.resumed += 1;
                    }
                    return Ok(receipt);
                }
                Err(Wire::Final(e)) => return Err(e),
                Err(Wire::Lost(reason)) => last = reason,
            }
        }
        Err(SyncError::ConnectionLost {
            url: self.url.clone(),
            reason: last,
        })
    }

    async fn upload(
        &self,
        link: &mut Option<Link>,
        device: &DeviceId,
        bundle: &BundleId,
        bytes: &[u8],
        progress: &mut dyn FnMut(&Progress),
    ) -> std::result::Result<(Vec<u8>, bool), Wire> {
        let path = protocol::bundle_path(device, bundle);
        let total = bytes.len() as u64;
        let head = self
            .builder(Method::HEAD, &path)
            .body(Full::new(Bytes::new()))
            .map_err(|e| Wire::Lost(e.to_string()))?;
        let answer = self.request(link, head).await?;
        let mut offset = match answer.status {
            StatusCode::OK => answer.offset.unwrap_or(0),
            StatusCode::NOT_FOUND => 0,
            _ => return Err(refused(&answer).into()),
        };
        let resumed = offset > 0;
        loop {
            let end = total.min(offset + self.options.chunk.max(1));
            let chunk = Bytes::copy_from_slice(&bytes[offset as usize..end as usize]);
            let put = self
                .builder(Method::PUT, &path)
                .header(hyper::header::CONTENT_TYPE, protocol::CHUNK_MEDIA_TYPE)
                .header(hyper::header::CONTENT_LENGTH, chunk.len())
                .header(protocol::UPLOAD_OFFSET, offset)
                .header(protocol::UPLOAD_LENGTH, total)
                .body(Full::new(chunk))
                .map_err(|e| Wire::Lost(e.to_string()))?;
            let answer = self.request(link, put).await?;
            match answer.status {
                StatusCode::OK => {
                    progress(&Progress::Sending {
                        bundle_id: bundle.to_string(),
                        sent: total,
                        total,
                    });
                    return Ok((answer.body, resumed));
                }
                StatusCode::NO_CONTENT => {
                    offset = answer.offset.unwrap_or(end);
                    progress(&Progress::Sending {
                        bundle_id: bundle.to_string(),
                        sent: offset,
                        total,
                    });
                }
                StatusCode::CONFLICT if answer.offset.is_some() => {
                    offset = answer.offset.unwrap_or(0);
                }
                // Another request (an earlier run's, still open) holds it: a moment later.
                StatusCode::CONFLICT | StatusCode::TOO_MANY_REQUESTS => {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    return Err(Wire::Lost(refused(&answer).to_string()));
                }
                _ => return Err(refused(&answer).into()),
            }
            if offset > total {
                return Err(Wire::Lost("the office holds more than the bundle".into()));
            }
        }
    }
}

#[derive(serde::Deserialize)]
struct ErrorBody {
    code: String,
    #[serde(default)]
    message: String,
}

/// The inbox's refusal as a sync error: the device's standing has its own codes (she can do
/// something about them), the rest says what the office answered.
fn refused(answer: &Answer) -> SyncError {
    let body: Option<ErrorBody> = serde_json::from_slice(&answer.body).ok();
    let (code_text, message) = body
        .map(|b| (b.code, b.message))
        .unwrap_or_else(|| (String::new(), String::new()));
    match code_text.as_str() {
        code::UNKNOWN_DEVICE | "central.device_not_bound" => SyncError::DeviceNotApproved,
        code::REVOKED_DEVICE => SyncError::DeviceRevoked,
        _ => SyncError::InboxRefused {
            status: answer.status.as_u16(),
            code: code_text,
            message,
        },
    }
}
