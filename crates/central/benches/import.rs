//! Import rate of the central node (issue 6): 10,000 interviews, first time and again.
//!
//! Run: `cargo bench -p lantern-central --bench import`. `LANTERN_BENCH_INTERVIEWS` (default
//! 10000) and `LANTERN_BENCH_RUNS` (default 3) change the size and the number of runs.
//!
//! The content is real: a field profile runs `examples/scripts/adult-complete.json` through the
//! real engine, and its export (the interview body and the identity body, exactly what
//! `lantern_field::sync::export` sends) is replicated under new interview ids. Each copy is
//! sealed with the real bundle writer, signed by the enrolled device's key, to a real central
//! home (SQLCipher, the cheap test KDF, so unlocking does not hide the figures). Sealing is not
//! timed. Each run uses a fresh home and measures, through `Central::import_file`:
//!
//! * `first`: one bundle of all interviews into an empty home (verify, open, decode, apply in
//!   one transaction, signed receipt);
//! * `duplicate`: the same file again (refused as a duplicate by bundle id);
//! * `resend`: the same records in a new bundle (another seq, so another bundle id): every
//!   record takes the `unchanged` path. This is the realistic re-import;
//! * `first, 10 bundles`: into another fresh home, the interviews split into 10 bundles.
//!
//! A breakdown then times the stages outside the database on the same records: verify
//! (signature over the file hash), open and read all records (age decryption and CBOR), and the
//! JSON decode of every body. What is left of `first` is SQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lantern_bundle::{
    BundleWriter, CentralIdentity, DeviceId, DeviceSigningKey, PayloadHeader, PurgePolicy, Record,
    Trust,
};
use lantern_central::{Central, ImportOutcome, ImportSummary};
use lantern_field::{Directory, Field, Script, sync};
use lantern_i18n::{Locale, Localizer};
use lantern_store::sync::{IDENTITY_KIND, INTERVIEW_KIND, IdentityExport, InterviewExport};
use lantern_store::{KdfParams, Passphrase, Store};

const T0: i64 = 1_800_000_000_000;
const PASSPHRASE: &str = "a long central benchmark passphrase";

fn pass() -> Passphrase {
    Passphrase::new(PASSPHRASE.into())
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The device that produced the template interview, and its signing key.
struct Device {
    id: DeviceId,
    id_text: String,
    key: DeviceSigningKey,
}

/// Runs the complete adult script on a real field profile and returns its export bodies.
fn template(root: &Path) -> (Device, InterviewExport, Option<IdentityExport>) {
    // Any central will do for the device's enrolment; the benchmark's homes approve the
    // device by its key.
    let enrolling = Central::init(
        &root.join("enrolling-central"),
        &pass(),
        KdfParams::INSECURE_TEST,
        PurgePolicy::AfterReceipt,
        T0,
    )
    .expect("central");
    let store = Store::create(&root.join("device"), &pass(), KdfParams::INSECURE_TEST, T0)
        .expect("profile")
        .store;
    let mut field = Field::new(
        store,
        Arc::new(lantern_core::questionnaire::identification_v1()),
        Arc::new(Localizer::embedded().expect("locales")),
        Directory::example(),
        Locale::En,
    );
    let info = sync::enrol(field.store_mut(), &enrolling.enrolment, T0).expect("enrol");
    let path = format!(
        "{}/../../examples/scripts/adult-complete.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let script: Script =
        serde_json::from_str(&std::fs::read_to_string(path).expect("script")).expect("parse");
    let id = field
        .run_script(&script, T0 + 1000)
        .expect("script")
        .interview_id;
    let export = field.store().interview_export(&id).expect("export");
    let identity = field.store().identity_export(&id).expect("identity");
    let seed = field.store().device_signing_seed().expect("seed");
    let device = Device {
        id: info.device_id.parse().expect("device id"),
        id_text: info.device_id,
        key: DeviceSigningKey::from_secret_bytes(&seed),
    };
    (device, export, identity)
}

/// `n` interviews: the template under new ids, each with its identity record if it had one.
fn replicate(n: usize, export: &InterviewExport, identity: Option<&IdentityExport>) -> Vec<Record> {
    let mut records = Vec::with_capacity(2 * n);
    for i in 0..n {
        let id = format!("{}-{i:05}", export.interview_id);
        let mut e = export.clone();
        e.interview_id = id.clone();
        // Distinct times, so no two bodies are byte-identical.
        e.started_at += i as i64;
        e.updated_at += i as i64;
        records.push(Record {
            kind: INTERVIEW_KIND.into(),
            id: id.clone(),
            revision: u64::try_from(e.revision).expect("revision"),
            body: serde_json::to_vec(&e).expect("json"),
        });
        if let Some(identity) = identity {
            let mut d = identity.clone();
            d.interview_id = id.clone();
            d.updated_at += i as i64;
            records.push(Record {
                kind: IDENTITY_KIND.into(),
                id,
                revision: u64::try_from(e.revision).expect("revision"),
                body: serde_json::to_vec(&d).expect("json"),
            });
        }
    }
    records
}

fn seal(
    path: &Path,
    records: &[Record],
    seq: u64,
    device: &Device,
    recipient: &lantern_bundle::CentralRecipient,
) -> PathBuf {
    let out = BufWriter::with_capacity(256 * 1024, File::create(path).expect("create"));
    let header = PayloadHeader {
        device_id: device.id,
        seq,
        created_at: T0 + 2000,
    };
    let mut writer = BundleWriter::new(out, recipient, &device.key, &header).expect("writer");
    for r in records {
        writer.push_record(r).expect("push");
    }
    writer.finish().expect("finish");
    path.to_owned()
}

fn fresh_home(dir: &Path, device: &Device) -> Central {
    let mut central = Central::init(
        dir,
        &pass(),
        KdfParams::INSECURE_TEST,
        PurgePolicy::AfterReceipt,
        T0,
    )
    .expect("init")
    .central;
    central
        .approve_device(
            &device.id_text,
            lantern_central::DeviceBinding::Key(device.key.verifying_key()),
            T0,
        )
        .expect("approve");
    central
}

fn timed(central: &mut Central, path: &Path, now: i64) -> (Duration, ImportOutcome) {
    let start = Instant::now();
    let outcome = central.import_file(path, now).expect("import");
    (start.elapsed(), outcome)
}

fn imported(outcome: ImportOutcome) -> ImportSummary {
    match outcome {
        ImportOutcome::Imported(s) => s,
        ImportOutcome::Duplicate { .. } => panic!("expected an import, got a duplicate"),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn rate(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64()
}

fn row(what: &str, n: usize, runs: &[Duration]) {
    let all: Vec<String> = runs
        .iter()
        .map(|d| format!("{:.0}", d.as_secs_f64() * 1000.0))
        .collect();
    let m = median(runs.to_vec());
    println!(
        "| {what} | {} | {:.0} | {:.0} |",
        all.join(", "),
        m.as_secs_f64() * 1000.0,
        rate(n, m)
    );
}

fn main() {
    // `cargo bench` passes --bench; nothing else to parse.
    let n = env_usize("LANTERN_BENCH_INTERVIEWS", 10_000);
    let runs = env_usize("LANTERN_BENCH_RUNS", 3).max(1);
    let root = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tempdir");
    let (device, export, identity) = template(root.path());
    let records = replicate(n, &export, identity.as_ref());
    let body_bytes: usize = records.iter().map(|r| r.body.len()).sum();
    println!(
        "template: {} answers, {} events, interview body {} bytes, identity body {} bytes",
        export.answers.len(),
        export.events.len(),
        records[0].body.len(),
        if identity.is_some() {
            records[1].body.len()
        } else {
            0
        }
    );
    println!(
        "{n} interviews, {} records, {:.1} MiB of bodies, {runs} runs",
        records.len(),
        body_bytes as f64 / (1024.0 * 1024.0)
    );

    let mut first = Vec::new();
    let mut duplicate = Vec::new();
    let mut resend = Vec::new();
    let mut split = Vec::new();
    for run in 0..runs {
        let dir = root.path().join(format!("run-{run}"));
        std::fs::create_dir_all(&dir).expect("run dir");
        let mut central = fresh_home(&dir.join("central"), &device);
        let recipient = central.recipient().expect("recipient");
        let one = seal(&dir.join("one.bundle"), &records, 1, &device, &recipient);
        let again = seal(&dir.join("resend.bundle"), &records, 2, &device, &recipient);
        if run == 0 {
            println!(
                "bundle file: {:.1} MiB",
                std::fs::metadata(&one).expect("size").len() as f64 / (1024.0 * 1024.0)
            );
        }

        let (d, outcome) = timed(&mut central, &one, T0 + 10_000);
        let s = imported(outcome);
        assert_eq!((s.records, s.applied), (records.len(), records.len()));
        first.push(d);

        let (d, outcome) = timed(&mut central, &one, T0 + 20_000);
        assert!(matches!(outcome, ImportOutcome::Duplicate { .. }));
        duplicate.push(d);

        let (d, outcome) = timed(&mut central, &again, T0 + 30_000);
        let s = imported(outcome);
        assert_eq!((s.records, s.unchanged), (records.len(), records.len()));
        resend.push(d);
        central.lock().expect("lock");

        // The same interviews in 10 bundles, into another fresh home.
        let mut central = fresh_home(&dir.join("central-split"), &device);
        let recipient = central.recipient().expect("recipient");
        let per = records.len().div_ceil(10);
        let parts: Vec<PathBuf> = records
            .chunks(per)
            .enumerate()
            .map(|(k, chunk)| {
                seal(
                    &dir.join(format!("part-{k}.bundle")),
                    chunk,
                    k as u64 + 1,
                    &device,
                    &recipient,
                )
            })
            .collect();
        let start = Instant::now();
        for p in &parts {
            imported(central.import_file(p, T0 + 40_000).expect("import"));
        }
        split.push(start.elapsed());
        central.lock().expect("lock");
        std::fs::remove_dir_all(&dir).expect("clean up");
    }

    println!();
    println!("| import of {n} interviews | runs (ms) | median (ms) | interviews/s |");
    println!("|---|---|---|---|");
    row("first, 1 bundle", n, &first);
    row("duplicate (same file)", n, &duplicate);
    row("resend (same records, new bundle)", n, &resend);
    row("first, 10 bundles", n, &split);

    // Breakdown of the stages before the database, on the same records.
    let identity_key = CentralIdentity::generate().expect("identity");
    let path = seal(
        &root.path().join("breakdown.bundle"),
        &records,
        1,
        &device,
        &identity_key.recipient(),
    );
    let key = device.key.verifying_key();
    let start = Instant::now();
    let verified = lantern_bundle::verify(
        File::open(&path).expect("open"),
        &Default::default(),
        |_| Trust::Trusted(key),
    )
    .expect("verify");
    let verify = start.elapsed();
    let start = Instant::now();
    let mut count = 0usize;
    let mut decoded = Vec::with_capacity(records.len());
    for r in verified.open(&identity_key).expect("open") {
        decoded.push(r.expect("record"));
        count += 1;
    }
    let open = start.elapsed();
    assert_eq!(count, records.len());
    let start = Instant::now();
    for r in &decoded {
        if r.kind == INTERVIEW_KIND {
            let _: InterviewExport = serde_json::from_slice(&r.body).expect("interview");
        } else {
            let _: IdentityExport = serde_json::from_slice(&r.body).expect("identity");
        }
    }
    let json = start.elapsed();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!();
    println!("| stage (outside the database), {n} interviews | ms |");
    println!("|---|---|");
    println!(
        "| verify (hash the file, check the signature) | {:.0} |",
        ms(verify)
    );
    println!(
        "| open and read all records (age, CBOR) | {:.0} |",
        ms(open)
    );
    println!("| JSON decode of every body | {:.0} |", ms(json));
}
