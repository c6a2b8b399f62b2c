//! `lantern enrol`, `lantern export --out`, `lantern receipt`: the device side of the sync
//! contract as processes; the central side through the `lantern-central` library.

use std::path::Path;
use std::process::Output;

use lantern_bundle::PurgePolicy;
use lantern_central::{Central, ImportOutcome};
use lantern_store::{KdfParams, Passphrase};

use crate::{failed_with, stdout_of};

const PASS: &str = "a long cli passphrase";
const MARKER: &str = "MARKER-cli-5d21-free-text";

fn lantern(profile: &Path, args: &[&str]) -> Output {
    crate::lantern_in(profile, PASS, &[], args)
}

#[test]
fn enrol_export_receipt_purge_as_processes() {
    let root = tempfile::tempdir().unwrap();
    let p = root.path().join("profile");
    let pass = Passphrase::new("a long central passphrase".into());
    let init = Central::init(
        &root.path().join("central"),
        &pass,
        KdfParams::INSECURE_TEST,
        PurgePolicy::AfterReceipt,
        1_000,
    )
    .unwrap();
    let mut central = init.central;
    let enrol_file = root.path().join("enrolment.lantern");
    std::fs::write(&enrol_file, &init.enrolment).unwrap();

    stdout_of(&lantern(&p, &["init", "--insecure-test-kdf"]));
    let out = root.path().join("out");
    failed_with(
        &lantern(&p, &["export", "--out", out.to_str().unwrap()]),
        "sync.not_enrolled",
    );
    let garbage = root.path().join("garbage");
    std::fs::write(&garbage, b"LNTNENRL\0\x01 not really").unwrap();
    failed_with(
        &lantern(&p, &["enrol", garbage.to_str().unwrap()]),
        "bundle.truncated",
    );

    let enrolled = lantern(&p, &["enrol", enrol_file.to_str().unwrap()]);
    let device_id = stdout_of(&enrolled);
    let device_id = device_id.trim();
    assert!(
        device_id.starts_with("dev-") && device_id.len() == 36,
        "{device_id}"
    );
    // Approval binds the key `lantern enrol` printed (a device id alone is public).
    let stderr = String::from_utf8_lossy(&enrolled.stderr);
    let key = stderr
        .split(|c: char| c.is_whitespace() || c == '\u{2068}' || c == '\u{2069}')
        .find(|w| w.starts_with("lantern-device-pk1"))
        .expect("enrol prints the device key");
    central
        .approve_device(
            device_id,
            lantern_central::DeviceBinding::Key(key.parse().unwrap()),
            2_000,
        )
        .unwrap();

    let script = root.path().join("script.json");
    let text = std::fs::read_to_string(format!(
        "{}/../../examples/scripts/adult-complete.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    std::fs::write(
        &script,
        text.replace("\"free text\"", &format!("\"{MARKER}\"")),
    )
    .unwrap();
    stdout_of(&lantern(
        &p,
        &["interview", "run", "--script", script.to_str().unwrap()],
    ));

    let bundle = stdout_of(&lantern(&p, &["export", "--out", out.to_str().unwrap()]));
    let bundle = Path::new(bundle.trim());
    assert!(
        bundle.starts_with(&out) && bundle.exists(),
        "{}",
        bundle.display()
    );
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        1,
        "one file, no temporaries"
    );
    let bytes = std::fs::read(bundle).unwrap();
    assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()));

    assert!(matches!(
        central.import_file(bundle, 3_000).unwrap(),
        ImportOutcome::Imported(_)
    ));
    let receipts = central
        .write_receipts(&root.path().join("receipts"), false, 4_000)
        .unwrap();
    let receipt = receipts[0].path.to_str().unwrap();
    let applied: serde_json::Value =
        serde_json::from_str(&stdout_of(&lantern(&p, &["receipt", receipt]))).unwrap();
    assert_eq!(applied["purged"].as_array().unwrap().len(), 1);
    let status: serde_json::Value =
        serde_json::from_str(&stdout_of(&lantern(&p, &["status", "--json"]))).unwrap();
    assert_eq!(status["finished"], 0);
    assert_eq!(status["exported"], 1);
    failed_with(
        &lantern(&p, &["export", "--out", out.to_str().unwrap()]),
        "sync.nothing_to_export",
    );
    // A damaged receipt is refused, worded as a receipt (not as a bundle error).
    let mut bad = std::fs::read(receipt).unwrap();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    let bad_path = root.path().join("bad.receipt");
    std::fs::write(&bad_path, bad).unwrap();
    failed_with(
        &lantern(&p, &["receipt", bad_path.to_str().unwrap()]),
        "sync.bad_receipt",
    );
}

/// The contract of issue 14 as processes: `lantern-central --home DIR serve --listen
/// 127.0.0.1:0` prints `listening on https://ADDR:PORT` first and stops on SIGTERM with exit 0;
/// `lantern --profile DIR sync --online URL` prints `{"sent", "acknowledged", "purged"}`.
#[test]
fn serve_and_sync_online_as_processes() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    let root = tempfile::tempdir().unwrap();
    let p = root.path().join("profile");
    let home = root.path().join("central");
    let central_pass = "a long central passphrase";
    let init = Central::init(
        &home,
        &Passphrase::new(central_pass.into()),
        KdfParams::INSECURE_TEST,
        PurgePolicy::AfterReceipt,
        1_000,
    )
    .unwrap();
    let mut central = init.central;
    let enrol_file = root.path().join("enrolment.lantern");
    std::fs::write(&enrol_file, &init.enrolment).unwrap();
    stdout_of(&lantern(&p, &["init", "--insecure-test-kdf"]));
    // Not enrolled yet: said so, before any connection.
    failed_with(
        &lantern(&p, &["sync", "--online", "https://127.0.0.1:9"]),
        "sync.not_enrolled",
    );
    let device_id = stdout_of(&lantern(&p, &["enrol", enrol_file.to_str().unwrap()]));
    let key = lantern_store::Store::unlock(&p, &Passphrase::new(PASS.into()))
        .map(|s| {
            let seed = s.device_signing_seed().unwrap();
            lantern_bundle::DeviceSigningKey::from_secret_bytes(&seed).verifying_key()
        })
        .unwrap();
    central
        .approve_device(
            device_id.trim(),
            lantern_central::DeviceBinding::Key(key),
            2_000,
        )
        .unwrap();
    central.lock().unwrap();
    let script = root.path().join("script.json");
    let text = std::fs::read_to_string(format!(
        "{}/../../examples/scripts/adult-complete.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    std::fs::write(
        &script,
        text.replace("\"free text\"", &format!("\"{MARKER}\"")),
    )
    .unwrap();
    stdout_of(&lantern(
        &p,
        &["interview", "run", "--script", script.to_str().unwrap()],
    ));

    let binary = Path::new(env!("CARGO_BIN_EXE_lantern")).with_file_name("lantern-central");
    let mut serve = Command::new(&binary)
        .args([
            "--home",
            home.to_str().unwrap(),
            "serve",
            "--listen",
            "127.0.0.1:0",
        ])
        .env("LANTERN_CENTRAL_PASSPHRASE", central_pass)
        .env("LANG", "C")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(serve.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let url = first
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("first line: {first:?}"))
        .to_owned();
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");

    // The enrolment file may name the inbox (the desktop app then needs no typed address); an
    // address that is not https:// is refused and no file is written.
    let enrolment_cmd = |out: &Path, inbox: &str| {
        Command::new(&binary)
            .args(["--home", home.to_str().unwrap(), "enrolment", "--out"])
            .arg(out)
            .args(["--inbox-url", inbox])
            .env("LANTERN_CENTRAL_PASSPHRASE", central_pass)
            .env("LANG", "C")
            .output()
            .unwrap()
    };
    let named = root.path().join("named.enrol");
    let made = enrolment_cmd(&named, &url);
    assert!(made.status.success(), "{made:?}");
    let read = lantern_bundle::read_enrolment(&std::fs::read(&named).unwrap()).unwrap();
    assert_eq!(read.inbox_url.as_deref(), Some(url.as_str()));
    assert!(read.inbox_certificate.is_some());
    let plain_http = root.path().join("http.enrol");
    failed_with(
        &enrolment_cmd(&plain_http, "http://127.0.0.1:8443"),
        "central.bad_inbox_url",
    );
    assert!(!plain_http.exists());

    let sent: serde_json::Value =
        serde_json::from_str(&stdout_of(&lantern(&p, &["sync", "--online", &url]))).unwrap();
    assert_eq!(
        sent,
        serde_json::json!({"sent": 1, "acknowledged": 1, "purged": 1})
    );
    let again: serde_json::Value =
        serde_json::from_str(&stdout_of(&lantern(&p, &["sync", "--online", &url]))).unwrap();
    assert_eq!(
        again,
        serde_json::json!({"sent": 0, "acknowledged": 0, "purged": 0})
    );
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    // Something new to send, and the office out of reach: refused clearly, kept for later.
    stdout_of(&lantern(
        &p,
        &["interview", "run", "--script", script.to_str().unwrap()],
    ));
    failed_with(
        &lantern(&p, &["sync", "--online", &format!("https://{closed}")]),
        "sync.offline",
    );
    failed_with(
        &lantern(&p, &["sync", "--online", "ftp://office"]),
        "sync.bad_inbox_url",
    );
    let later: serde_json::Value =
        serde_json::from_str(&stdout_of(&lantern(&p, &["sync", "--online", &url]))).unwrap();
    assert_eq!(later["sent"], 1);

    let killed = Command::new("kill")
        .args(["-TERM", &serve.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let done = serve.wait_with_output().unwrap();
    assert_eq!(done.status.code(), Some(0), "exit after SIGTERM");
    let log = String::from_utf8_lossy(&done.stderr);
    assert!(
        log.lines().filter(|l| l.contains("\"PUT\"")).count() >= 2,
        "{log}"
    );
    assert!(!log.contains(MARKER));
    let central = Central::unlock(&home, &Passphrase::new(central_pass.into())).unwrap();
    assert_eq!(central.record_count("interview").unwrap(), 2);
}
