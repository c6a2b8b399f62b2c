//! The HTTP inbox (issue 14) against the file import of the same bundles, in one run.
//!
//! 20 field devices (real profiles, the cheap test KDF) each run `adult-complete` 5 times and
//! export one bundle per interview: 100 sealed bundles. Then, each into a fresh central home:
//!
//! * `file import`: `Central::import_file` of the 100 files, one after another (the limit: no
//!   network, no TLS);
//! * `online, 20 devices at once`: `lantern-central`'s `inbox::serve` on 127.0.0.1:0, and the
//!   20 devices sending their 5 bundles each at the same time with `lantern_field::online`
//!   (TLS handshake, HEAD, PUT, import, receipt back, receipt applied on the device).
//!
//! Receipt latency: per bundle, from the device starting it to its receipt applied, over the
//! 100 bundles (p50, p99, max). Run: `cargo bench -p lantern-central --bench inbox`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lantern_bundle::PurgePolicy;
use lantern_central::inbox::{self, InboxConfig};
use lantern_central::{Central, DeviceBinding};
use lantern_field::online::{self, OnlineOptions, Progress};
use lantern_field::{Directory, Field, Script, sync};
use lantern_i18n::{Locale, Localizer};
use lantern_store::{KdfParams, Passphrase, Store};

const T0: i64 = 1_800_000_000_000;
const DEVICES: usize = 20;
const PER_DEVICE: usize = 5;

fn pass() -> Passphrase {
    Passphrase::new("a long inbox benchmark passphrase".into())
}

fn home(dir: &Path) -> (Central, Vec<u8>) {
    let c = Central::init(
        dir,
        &pass(),
        KdfParams::INSECURE_TEST,
        PurgePolicy::AfterReceipt,
        T0,
    )
    .unwrap();
    (c.central, c.enrolment)
}

struct Device {
    field: Field,
    dir: PathBuf,
    id: String,
    fingerprint: String,
    bundles: Vec<PathBuf>,
}

fn device(dir: &Path, enrolment: &[u8], script: &Script) -> Device {
    let store = Store::create(dir, &pass(), KdfParams::INSECURE_TEST, T0)
        .unwrap()
        .store;
    let mut field = Field::new(
        store,
        Arc::new(lantern_core::questionnaire::identification_v1()),
        Arc::new(Localizer::embedded().unwrap()),
        Directory::example(),
        Locale::En,
    );
    let info = sync::enrol(field.store_mut(), enrolment, T0).unwrap();
    let mut bundles = Vec::new();
    for i in 0..PER_DEVICE {
        let t = T0 + 60_000 * (i as i64 + 1);
        field.run_script(script, t).unwrap();
        // Into the outbox: the online run sends what waits there.
        let out = online::outbox_dir(dir);
        bundles.push(sync::export(field.store_mut(), &out, t + 1).unwrap().path);
    }
    Device {
        field,
        dir: dir.to_path_buf(),
        id: info.device_id,
        fingerprint: info.device_fingerprint,
        bundles,
    }
}

fn approve(central: &mut Central, devices: &[Device]) {
    for d in devices {
        central
            .approve_device(
                &d.id,
                DeviceBinding::fingerprint(&d.fingerprint).unwrap(),
                T0,
            )
            .unwrap();
    }
}

fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted[i]
}

fn main() {
    let root = tempfile::tempdir().unwrap();
    let script: Script = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/../../examples/scripts/adult-complete.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap();
    // One enrolment for both homes: the same keys, so the same bundles import into either.
    let files_dir = root.path().join("office-files");
    let online_dir = root.path().join("office-online");
    let (mut central, enrolment) = home(&files_dir);
    let mut devices: Vec<Device> = (0..DEVICES)
        .map(|i| {
            device(
                &root.path().join(format!("device-{i:02}")),
                &enrolment,
                &script,
            )
        })
        .collect();
    let bundles: Vec<PathBuf> = devices.iter().flat_map(|d| d.bundles.clone()).collect();
    let bytes: u64 = bundles
        .iter()
        .map(|b| std::fs::metadata(b).unwrap().len())
        .sum();
    println!(
        "{} bundles from {DEVICES} devices, {bytes} bytes in all",
        bundles.len()
    );

    // Both homes start equal: approved devices, nothing imported.
    approve(&mut central, &devices);
    central.lock().unwrap();
    copy_home(&files_dir, &online_dir);
    let mut file_home = Central::unlock(&files_dir, &pass()).unwrap();
    let start = Instant::now();
    for b in &bundles {
        file_home.import_file(b, T0).unwrap();
    }
    let file_time = start.elapsed();
    println!(
        "file import:               {:>7.3} s, {:>6.1} bundles/s",
        file_time.as_secs_f64(),
        bundles.len() as f64 / file_time.as_secs_f64()
    );
    file_home.lock().unwrap();

    let central = Central::unlock(&online_dir, &pass()).unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let url = format!("https://{}", listener.local_addr().unwrap());
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = runtime.spawn(inbox::serve(
        listener,
        central,
        InboxConfig::default(),
        None,
        async {
            let _ = stop_rx.await;
        },
    ));
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let start = Instant::now();
    std::thread::scope(|s| {
        for d in devices.iter_mut() {
            let url = url.clone();
            let latencies = Arc::clone(&latencies);
            s.spawn(move || {
                let mut began = Instant::now();
                let mut progress = |p: &Progress| {
                    if let Progress::Acknowledged { .. } = p {
                        latencies.lock().unwrap().push(began.elapsed());
                        began = Instant::now();
                    }
                };
                let sent = online::send_now(
                    d.field.store_mut(),
                    &online::outbox_dir(&d.dir),
                    &url,
                    &OnlineOptions::default(),
                    &|| T0 + 3_600_000,
                    &mut progress,
                )
                .unwrap();
                assert_eq!(sent.acknowledged, PER_DEVICE);
            });
        }
    });
    let online_time = start.elapsed();
    let _ = stop_tx.send(());
    let served = runtime.block_on(server).unwrap().unwrap();
    assert_eq!(
        served.central.record_count("interview").unwrap() as usize,
        DEVICES * PER_DEVICE
    );
    println!(
        "online, {DEVICES} devices at once: {:>7.3} s, {:>6.1} bundles/s",
        online_time.as_secs_f64(),
        bundles.len() as f64 / online_time.as_secs_f64()
    );
    let mut l = latencies.lock().unwrap().clone();
    l.sort();
    println!(
        "receipt latency over {} bundles: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        l.len(),
        quantile(&l, 0.5).as_secs_f64() * 1e3,
        quantile(&l, 0.99).as_secs_f64() * 1e3,
        l[l.len() - 1].as_secs_f64() * 1e3
    );
}

fn copy_home(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}
