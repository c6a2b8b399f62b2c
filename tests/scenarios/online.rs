//! Online sync over a real HTTPS inbox on 127.0.0.1 (issue 14): `lantern_central::inbox::serve`
//! on port 0 with the office's real store, field devices sending with `lantern_field::online`,
//! and a raw TLS client for what a well-behaved device never sends. After every refusal the
//! office's store is unchanged and the inbox holds no partial upload.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener as StdListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use lantern_bundle::inbox as protocol;
use lantern_bundle::{BundleId, DeviceId, Limits};
use lantern_central::inbox::{self, InboxConfig, RequestLog, Served};
use lantern_central::{Central, DeviceBinding};
use lantern_field::online::{self, OnlineOptions};
use lantern_field::sync::{self, SyncError};

use crate::*;

const MARKER: &str = "MARKER-5e1d-online-free-text";

/// A running inbox; [`Server::stop`] sends the shutdown and hands the store back.
struct Server {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<thread::JoinHandle<Served>>,
    log: Arc<Mutex<Vec<String>>>,
    digest: [u8; 32],
}

impl Server {
    fn start(mut central: Central, config: InboxConfig) -> Self {
        let digest = central.inbox_certificate(T0).unwrap().digest();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let log = Arc::new(Mutex::new(Vec::new()));
        let lines = Arc::clone(&log);
        let thread = thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let logger = Arc::new(move |l: &RequestLog| {
                    lines
                        .lock()
                        .unwrap()
                        .push(serde_json::to_string(l).unwrap());
                });
                inbox::serve(listener, central, config, Some(logger), async {
                    let _ = stop_rx.await;
                })
                .await
                .unwrap()
            })
        });
        Self {
            addr: addr_rx.recv().unwrap(),
            stop: Some(stop_tx),
            thread: Some(thread),
            log,
            digest,
        }
    }

    fn url(&self) -> String {
        format!("https://{}", self.addr)
    }

    fn stop(mut self) -> (Central, Vec<String>) {
        let _ = self.stop.take().unwrap().send(());
        let served = self.thread.take().unwrap().join().unwrap();
        let log = self.log.lock().unwrap().clone();
        (served.central, log)
    }
}

fn quick() -> InboxConfig {
    InboxConfig {
        body_timeout: Duration::from_secs(1),
        header_timeout: Duration::from_secs(2),
        grace: Duration::from_secs(5),
        ..InboxConfig::default()
    }
}

/// An enrolled, approved device with one finished interview.
fn device(root: &Path, name: &str, central: &mut Central, enrolment: &[u8]) -> (Field, PathBuf) {
    let dir = root.join(name);
    let mut field = new_device(&dir);
    let info = sync::enrol(field.store_mut(), enrolment, T0).unwrap();
    central
        .approve_device(
            &info.device_id,
            DeviceBinding::fingerprint(&info.device_fingerprint).unwrap(),
            T0,
        )
        .unwrap();
    field
        .run_script(&script("adult-complete", MARKER), T0 + 60_000)
        .unwrap();
    (field, dir)
}

fn send(field: &mut Field, dir: &Path, url: &str, options: &OnlineOptions) -> online::OnlineSync {
    online::send_now(
        field.store_mut(),
        &online::outbox_dir(dir),
        url,
        options,
        &|| T0 + 120_000,
        &mut |_| {},
    )
    .unwrap()
}

fn partials(home: &Path) -> Vec<PathBuf> {
    let inbox = home.join("inbox");
    if !inbox.exists() {
        return Vec::new();
    }
    files_under(&inbox)
}

#[test]
fn twenty_devices_at_once_every_bundle_imported_once_and_nothing_readable() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("office");
    let (mut central, enrolment) = central(&home);
    let mut devices: Vec<(Field, PathBuf)> = (0..20)
        .map(|i| {
            device(
                root.path(),
                &format!("device-{i:02}"),
                &mut central,
                &enrolment,
            )
        })
        .collect();
    let server = Server::start(central, quick());
    let url = server.url();
    let reports: Vec<online::OnlineSync> = thread::scope(|s| {
        let handles: Vec<_> = devices
            .iter_mut()
            .map(|(field, dir)| {
                let url = url.clone();
                // Small chunks: many requests in flight at once.
                let options = OnlineOptions {
                    chunk: 4096,
                    ..OnlineOptions::default()
                };
                s.spawn(move || send(field, dir, &url, &options))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for r in &reports {
        assert_eq!((r.sent, r.acknowledged, r.purged), (1, 1, 1), "{r:?}");
    }
    // Sent again: nothing pending, nothing sent.
    for (field, dir) in devices.iter_mut() {
        let again = send(field, dir, &url, &OnlineOptions::default());
        assert_eq!((again.sent, again.acknowledged), (0, 0));
        assert!(
            online::waiting(&online::outbox_dir(dir))
                .unwrap()
                .is_empty()
        );
    }
    let (central, log) = server.stop();
    assert_eq!(central.record_count("interview").unwrap(), 20);
    for d in central.devices().unwrap() {
        assert_eq!(d.bundles, 1, "{d:?}");
        assert!(d.public_key.is_some(), "key pinned from the first bundle");
    }
    assert!(partials(&home).is_empty(), "{:?}", partials(&home));
    central.lock().unwrap();
    assert!(
        files_containing(&home, MARKER).is_empty(),
        "answer text at rest in the office"
    );
    for (_, dir) in &devices {
        assert!(files_containing(dir, MARKER).is_empty());
    }
    assert!(log.iter().all(|l| !l.contains(MARKER)));
    assert!(
        log.len() >= 20 * 3,
        "every request is logged: {}",
        log.len()
    );
}

/// Forwards TCP to `target`; the first connection is cut after `cut` bytes from the client.
fn cutting_proxy(target: SocketAddr, cut: usize) -> SocketAddr {
    let listener = StdListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    thread::spawn(move || {
        for (n, client) in listener.incoming().enumerate() {
            let Ok(client) = client else { return };
            let server = TcpStream::connect(target).unwrap();
            let limit = if n == 0 { Some(cut) } else { None };
            let (mut c_read, mut s_write) =
                (client.try_clone().unwrap(), server.try_clone().unwrap());
            let (mut s_read, mut c_write) = (server, client);
            thread::spawn(move || {
                let mut buf = [0u8; 1024];
                let mut passed = 0;
                while let Ok(k) = c_read.read(&mut buf) {
                    if k == 0 {
                        break;
                    }
                    let k = limit.map_or(k, |l| k.min(l - passed));
                    if s_write.write_all(&buf[..k]).is_err() {
                        break;
                    }
                    passed += k;
                    if limit.is_some_and(|l| passed >= l) {
                        let _ = s_write.shutdown(std::net::Shutdown::Both);
                        let _ = c_read.shutdown(std::net::Shutdown::Both);
                        break;
                    }
                }
            });
            thread::spawn(move || {
                let _ = std::io::copy(&mut s_read, &mut c_write);
                let _ = c_write.shutdown(std::net::Shutdown::Both);
            });
        }
    });
    addr
}

#[test]
fn a_connection_dropped_mid_upload_resumes_where_the_office_holds() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("office");
    let (mut central, enrolment) = central(&home);
    let (mut field, dir) = device(root.path(), "device", &mut central, &enrolment);
    let server = Server::start(central, quick());
    // The handshake and the HEAD take under 2 KiB; then 1 KiB chunks: cut inside the upload.
    let proxy = cutting_proxy(server.addr, 6 * 1024);
    let options = OnlineOptions {
        chunk: 1024,
        ..OnlineOptions::default()
    };
    let report = send(&mut field, &dir, &format!("https://{proxy}"), &options);
    assert_eq!((report.sent, report.acknowledged, report.purged), (1, 1, 1));
    assert_eq!(report.resumed, 1, "{report:?}");
    let (central, log) = server.stop();
    // The second connection asked how much the office held, and it held whole chunks.
    assert!(
        log.iter()
            .any(|l| l.contains("\"HEAD\"") && l.contains("\"status\":200")),
        "{log:#?}"
    );
    assert_eq!(central.record_count("interview").unwrap(), 1);
    assert!(partials(&home).is_empty());
}

/// A raw HTTP/1.1 exchange over TLS (pinned to the inbox's certificate), for what a correct
/// client never sends. Returns the status and the body.
fn raw(server: &Server, head: &str, body: &[u8], drip: Option<Duration>) -> (u16, String) {
    use rustls::pki_types::ServerName;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let config = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyCertificate(server.digest)))
        .with_no_client_auth();
        let tcp = tokio::net::TcpStream::connect(server.addr).await.unwrap();
        let mut tls = tokio_rustls::TlsConnector::from(Arc::new(config))
            .connect(ServerName::try_from("lantern-inbox").unwrap(), tcp)
            .await
            .unwrap();
        tls.write_all(head.as_bytes()).await.unwrap();
        match drip {
            None => {
                let _ = tls.write_all(body).await;
            }
            Some(every) => {
                for b in body {
                    if tls.write_all(&[*b]).await.is_err() {
                        break;
                    }
                    let _ = tls.flush().await;
                    tokio::time::sleep(every).await;
                }
            }
        }
        let _ = tls.flush().await;
        let mut out = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(10), tls.read_to_end(&mut out)).await;
        let text = String::from_utf8_lossy(&out).to_string();
        let status = text
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let body = text.split("\r\n\r\n").nth(1).unwrap_or("").to_owned();
        (status, body)
    })
}

/// Accepts the certificate with this digest (the test knows it from the office's store).
#[derive(Debug)]
struct AnyCertificate([u8; 32]);

impl rustls::client::danger::ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        end_entity: &rustls::pki_types::CertificateDer<'_>,
        _: &[rustls::pki_types::CertificateDer<'_>],
        _: &rustls::pki_types::ServerName<'_>,
        _: &[u8],
        _: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        use sha2::Digest;
        let d: [u8; 32] = sha2::Sha256::digest(end_entity.as_ref()).into();
        assert_eq!(d, self.0, "the inbox shows the enrolled certificate");
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &rustls::pki_types::CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            m,
            c,
            d,
            &rustls::crypto::ring::default_provider().signature_verification_algorithms,
        )
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &rustls::pki_types::CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            m,
            c,
            d,
            &rustls::crypto::ring::default_provider().signature_verification_algorithms,
        )
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        rustls::crypto::ring::default_provider()
            .signature_verification_algorithms
            .supported_schemes()
    }
}

fn put_head(
    device: &DeviceId,
    bundle: &BundleId,
    offset: u64,
    total: u64,
    length: usize,
) -> String {
    format!(
        "PUT {} HTTP/1.1\r\nHost: inbox\r\n{}: {offset}\r\n{}: {total}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n",
        protocol::bundle_path(device, bundle),
        protocol::UPLOAD_OFFSET,
        protocol::UPLOAD_LENGTH
    )
}

/// One bundle of `field`, written where the test can read it (not through the outbox).
fn bundle_of(field: &mut Field, out: &Path) -> (Vec<u8>, DeviceId) {
    let exported = sync::export(field.store_mut(), out, T0 + 90_000).unwrap();
    let device: DeviceId = field.store_mut().device_id().unwrap().parse().unwrap();
    (std::fs::read(exported.path).unwrap(), device)
}

fn code_of(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["code"].as_str().map(str::to_owned))
        .unwrap_or_else(|| format!("no code in {body:?}"))
}

#[test]
fn bad_input_is_refused_with_its_status_and_nothing_is_stored() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("office");
    let (mut central, enrolment) = central(&home);
    let (mut a, dir_a) = device(root.path(), "device-a", &mut central, &enrolment);
    let (mut b, _) = device(root.path(), "device-b", &mut central, &enrolment);
    let (mut revoked, dir_revoked) =
        device(root.path(), "device-revoked", &mut central, &enrolment);
    let revoked_id = revoked.store_mut().device_id().unwrap();
    central.revoke_device(&revoked_id, T0).unwrap();
    // A device that enrolled but was never approved.
    let dir_stranger = root.path().join("stranger");
    let mut stranger = new_device(&dir_stranger);
    sync::enrol(stranger.store_mut(), &enrolment, T0).unwrap();
    stranger
        .run_script(&script("adult-complete", MARKER), T0 + 60_000)
        .unwrap();
    let (bundle_a, id_a) = bundle_of(&mut a, &root.path().join("out-a"));
    let (bundle_b, id_b) = bundle_of(&mut b, &root.path().join("out-b"));
    let (bundle_s, id_s) = bundle_of(&mut stranger, &root.path().join("out-s"));
    central.set_limits(Limits {
        max_file_size: 256 * 1024,
        ..Limits::default()
    });
    let before = central.content_digest().unwrap();
    let config = InboxConfig {
        max_chunk: 64 * 1024,
        ..quick()
    };
    let server = Server::start(central, config);
    let id_of = |b: &[u8]| BundleId::of_bytes(b);
    let total = |b: &[u8]| b.len() as u64;

    // Garbage body: not a bundle (its header is checked before a byte is kept).
    let garbage = vec![0x5a; 300];
    let (status, body) = raw(
        &server,
        &put_head(&id_a, &id_of(&garbage), 0, 300, 300),
        &garbage,
        None,
    );
    assert_eq!((status, code_of(&body).as_str()), (422, "bundle.bad_magic"));

    // Oversize: the whole bundle, then one chunk.
    let (status, body) = raw(
        &server,
        &put_head(&id_a, &id_of(&bundle_a), 0, 10 << 20, 100),
        &bundle_a[..100],
        None,
    );
    assert_eq!(
        (status, code_of(&body).as_str()),
        (413, protocol::code::TOO_LARGE)
    );
    let (status, _) = raw(
        &server,
        &put_head(&id_a, &id_of(&bundle_a), 0, 200_000, 100_000),
        &[],
        None,
    );
    assert_eq!(status, 413);

    // No Content-Length (a chunked body): the size must be known first.
    let chunked = format!(
        "PUT {} HTTP/1.1\r\nHost: inbox\r\n{}: 0\r\n{}: {}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n",
        protocol::bundle_path(&id_a, &id_of(&bundle_a)),
        protocol::UPLOAD_OFFSET,
        protocol::UPLOAD_LENGTH,
        bundle_a.len()
    );
    let (status, body) = raw(&server, &chunked, &[], None);
    assert_eq!(
        (status, code_of(&body).as_str()),
        (411, protocol::code::LENGTH_REQUIRED)
    );

    // Wrong Content-Length: more announced than sent, then the client stops sending.
    let n = bundle_a.len();
    let (status, _) = raw(
        &server,
        &put_head(&id_a, &id_of(&bundle_a), 0, total(&bundle_a), n),
        &bundle_a[..n / 2],
        None,
    );
    assert!(matches!(status, 0 | 400 | 408), "{status}");
    // Content-Length beyond Upload-Length.
    let (status, body) = raw(
        &server,
        &put_head(&id_a, &id_of(&bundle_a), 0, 100, n),
        &bundle_a,
        None,
    );
    assert_eq!(
        (status, code_of(&body).as_str()),
        (400, protocol::code::BAD_REQUEST)
    );

    // Slow drip: a byte every 100 ms of a 200-byte chunk, past the 1 s body timeout.
    let (status, body) = raw(
        &server,
        &put_head(&id_a, &id_of(&bundle_a), 0, total(&bundle_a), 200),
        &bundle_a[..20],
        Some(Duration::from_millis(100)),
    );
    assert_eq!(
        (status, code_of(&body).as_str()),
        (408, protocol::code::TIMEOUT)
    );

    // A bundle signed by device A sent under device B's id.
    let (status, body) = raw(
        &server,
        &put_head(&id_b, &id_of(&bundle_a), 0, total(&bundle_a), n),
        &bundle_a,
        None,
    );
    assert_eq!(
        (status, code_of(&body).as_str()),
        (403, protocol::code::DEVICE_MISMATCH)
    );
    // The bytes of A's bundle under the id of B's bundle: whole, but not that bundle.
    let (status, body) = raw(
        &server,
        &put_head(&id_a, &id_of(&bundle_b), 0, total(&bundle_a), n),
        &bundle_a,
        None,
    );
    assert_eq!(
        (status, code_of(&body).as_str()),
        (422, protocol::code::BUNDLE_ID_MISMATCH)
    );

    // Unknown and revoked devices.
    let (status, body) = raw(
        &server,
        &put_head(
            &id_s,
            &id_of(&bundle_s),
            0,
            total(&bundle_s),
            bundle_s.len(),
        ),
        &bundle_s,
        None,
    );
    assert_eq!(
        (status, code_of(&body).as_str()),
        (403, protocol::code::UNKNOWN_DEVICE)
    );
    let err = online::send_now(
        stranger.store_mut(),
        &online::outbox_dir(&dir_stranger),
        &server.url(),
        &OnlineOptions::default(),
        &|| T0,
        &mut |_| {},
    )
    .unwrap_err();
    assert!(matches!(err, SyncError::DeviceNotApproved), "{err:?}");
    let err = online::send_now(
        revoked.store_mut(),
        &online::outbox_dir(&dir_revoked),
        &server.url(),
        &OnlineOptions::default(),
        &|| T0,
        &mut |_| {},
    )
    .unwrap_err();
    assert!(matches!(err, SyncError::DeviceRevoked), "{err:?}");
    // The revoked device's bundle waits in its outbox: nothing lost.
    assert_eq!(
        online::waiting(&online::outbox_dir(&dir_revoked))
            .unwrap()
            .len(),
        1
    );

    // A wrong certificate on the client side: a device of another office, at this address.
    let (_, other_enrolment) = crate::central(&root.path().join("other-office"));
    let dir_other = root.path().join("other-device");
    let mut other = new_device(&dir_other);
    sync::enrol(other.store_mut(), &other_enrolment, T0).unwrap();
    other
        .run_script(&script("adult-complete", MARKER), T0 + 60_000)
        .unwrap();
    let err = online::send_now(
        other.store_mut(),
        &online::outbox_dir(&dir_other),
        &server.url(),
        &OnlineOptions::default(),
        &|| T0,
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        matches!(err, SyncError::CertificateMismatch { .. }),
        "{err:?}"
    );

    // Nothing of all that was kept.
    assert!(partials(&home).is_empty(), "{:?}", partials(&home));
    let (central, _) = server.stop();
    assert_eq!(
        central.content_digest().unwrap(),
        before,
        "a refusal changed the store"
    );

    // Replay: the same bundle twice is imported once, and answered with the same receipt.
    let server = Server::start(central, quick());
    let (s1, r1) = raw(
        &server,
        &put_head(&id_a, &id_of(&bundle_a), 0, total(&bundle_a), n),
        &bundle_a,
        None,
    );
    let (s2, r2) = raw(
        &server,
        &put_head(&id_a, &id_of(&bundle_a), 0, total(&bundle_a), n),
        &bundle_a,
        None,
    );
    assert_eq!((s1, s2), (200, 200));
    assert_eq!(r1, r2);
    // Offline: nothing listens there.
    let closed = StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let err = online::send_now(
        a.store_mut(),
        &online::outbox_dir(&dir_a),
        &format!("https://{closed}"),
        &OnlineOptions::default(),
        &|| T0,
        &mut |_| {},
    )
    .unwrap_err();
    assert!(matches!(err, SyncError::Offline { .. }), "{err:?}");
    assert!(matches!(
        online::send_now(
            a.store_mut(),
            &online::outbox_dir(&dir_a),
            "http://127.0.0.1:1",
            &OnlineOptions::default(),
            &|| T0,
            &mut |_| {}
        ),
        Err(SyncError::BadInboxUrl(_))
    ));
    let (central, log) = server.stop();
    let devices = central.devices().unwrap();
    let a_entry = devices
        .iter()
        .find(|d| d.device_id == id_a.to_string())
        .unwrap();
    assert_eq!(a_entry.bundles, 1);
    assert!(log.iter().all(|l| !l.contains(MARKER)));
}
