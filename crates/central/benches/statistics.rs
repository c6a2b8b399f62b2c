//! Statistics over many interviews (issue 12): a 3-variable cross-tabulation with suppression
//! over 100,000 imported interviews, beside a plain SQL GROUP BY over the same derived rows.
//!
//! Run: `cargo bench -p lantern-central --bench statistics`. `LANTERN_BENCH_INTERVIEWS`
//! (default 100000) and `LANTERN_BENCH_RUNS` (default 5) change the size and the runs.
//!
//! Setup (not part of the figures, but printed): a field profile runs
//! `examples/scripts/adult-complete.json`; its export is replicated under new ids with the age
//! (A1), country of exploitation (D2a), interpreter (P4), start month and statistics consent
//! varied per copy, sealed with the real bundle writer in bundles of 5,000 records, and
//! imported through `Central::import_file` (the library's import of pre-sealed bundles, as a
//! device's bundles arrive). Then `Central::refresh_statistics` derives every interview's
//! variables once (decode, engine, assessment): printed as `derive (cold)`.
//!
//! Timed, median of the runs, home unlocked and warm:
//! * `statistics`: `Central::statistics` by pathway × age_band × country_of_exploitation
//!   (consent list, derived rows, cross-tab, primary and secondary suppression);
//! * `SQL GROUP BY`: the same three variables joined on `stat_value` and `consent` and grouped
//!   in SQLite, no suppression (the floor of what a query can cost).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use lantern_bundle::{BundleWriter, DeviceSigningKey, PayloadHeader, PurgePolicy, Record};
use lantern_central::{Central, SuppressionThreshold, Variable};
use lantern_field::{Directory, Field, Script, sync};
use lantern_i18n::{Locale, Localizer};
use lantern_store::sync::{INTERVIEW_KIND, InterviewExport};
use lantern_store::{
    ConsentPurpose, ConsentRecord, ConsentState, KdfParams, Passphrase, Store, Vault, VaultLayout,
};

const T0: i64 = 1_800_000_000_000;
const PASSPHRASE: &str = "a long central benchmark passphrase";
const BUNDLE_RECORDS: usize = 5_000;

/// The central schema, to read the derived rows with plain SQL.
const LAYOUT: VaultLayout = VaultLayout {
    key_file: lantern_central::KEY_FILE,
    database_file: lantern_central::DATABASE_FILE,
    migrations: &[
        include_str!("../src/migrations/0001-central.sql"),
        include_str!("../src/migrations/0002-older-revision-review.sql"),
        include_str!("../src/migrations/0003-identity-consent-audit.sql"),
        include_str!("../src/migrations/0004-statistics-facts.sql"),
    ],
};

fn pass() -> Passphrase {
    Passphrase::new(PASSPHRASE.into())
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn set_answer(e: &mut InterviewExport, question: &str, value: serde_json::Value) {
    let value = serde_json::json!({"value": value, "origin": "interview"});
    if let Some(a) = e
        .answers
        .iter_mut()
        .find(|a| a.record.question_id == question && a.record.instance == 0)
    {
        a.record.value = Some(value);
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let n = env_usize("LANTERN_BENCH_INTERVIEWS", 100_000);
    let runs = env_usize("LANTERN_BENCH_RUNS", 5).max(1);
    let root = tempfile::tempdir().expect("tempdir");
    let home = root.path().join("central");
    let mut central = Central::init(
        &home,
        &pass(),
        KdfParams::INSECURE_TEST,
        PurgePolicy::AfterReceipt,
        T0,
    )
    .expect("central")
    .central;
    let store = Store::create(
        &root.path().join("device"),
        &pass(),
        KdfParams::INSECURE_TEST,
        T0,
    )
    .expect("profile")
    .store;
    let mut field = Field::new(
        store,
        Arc::new(lantern_core::questionnaire::identification_v1()),
        Arc::new(Localizer::embedded().expect("locales")),
        Directory::example(),
        Locale::En,
    );
    let info = sync::enrol(
        field.store_mut(),
        &central.enrolment_file(T0).expect("enrolment"),
        T0,
    )
    .expect("enrol");
    let key = DeviceSigningKey::from_secret_bytes(&field.store().device_signing_seed().unwrap());
    central
        .approve_device(
            &info.device_id,
            lantern_central::DeviceBinding::Key(key.verifying_key()),
            T0,
        )
        .expect("approve");
    let path = format!(
        "{}/../../examples/scripts/adult-complete.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let script: Script = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let id = field.run_script(&script, T0 + 1000).unwrap().interview_id;
    let template = field.store().interview_export(&id).unwrap();

    let countries = ["al", "xk", "md", "ua", "ro", "other_country"];
    let setup = Instant::now();
    let recipient = central.recipient().unwrap();
    let mut seq = 0;
    for chunk_start in (0..n).step_by(BUNDLE_RECORDS) {
        seq += 1;
        let file = root.path().join(format!("b{seq}.bundle"));
        let out = BufWriter::with_capacity(256 * 1024, File::create(&file).unwrap());
        let header = PayloadHeader {
            device_id: info.device_id.parse().unwrap(),
            seq,
            created_at: T0 + 2000,
        };
        let mut writer = BundleWriter::new(out, &recipient, &key, &header).unwrap();
        for i in chunk_start..(chunk_start + BUNDLE_RECORDS).min(n) {
            let mut e = template.clone();
            e.interview_id = format!("{}-{i:06}", template.interview_id);
            e.started_at = T0 + (i as i64 % 24) * 30 * 86_400_000;
            e.updated_at = e.started_at + 1000;
            set_answer(
                &mut e,
                "A1",
                serde_json::json!({"kind": "number", "value": 14 + (i * 7) % 40}),
            );
            set_answer(
                &mut e,
                "D2a",
                serde_json::json!({"kind": "choice", "value": countries[(i / 3) % countries.len()]}),
            );
            set_answer(
                &mut e,
                "P4",
                serde_json::json!({"kind": "yes_no", "value": if i % 4 == 0 { "no" } else { "yes" }}),
            );
            e.consents = vec![ConsentRecord {
                purpose: ConsentPurpose::Statistics,
                state: if i % 10 == 9 {
                    ConsentState::Refused
                } else {
                    ConsentState::Given
                },
                locale: "ro".into(),
                recorded_at: e.started_at + 10,
            }];
            writer
                .push_record(&Record {
                    kind: INTERVIEW_KIND.into(),
                    id: e.interview_id.clone(),
                    revision: e.revision as u64,
                    body: serde_json::to_vec(&e).unwrap(),
                })
                .unwrap();
        }
        writer.finish().unwrap();
        central.import_file(&file, T0 + 10_000).expect("import");
        std::fs::remove_file(&file).unwrap();
    }
    let setup = setup.elapsed();
    let derive = Instant::now();
    let derived = central.refresh_statistics().expect("refresh");
    let derive = derive.elapsed();
    assert_eq!(derived, n);

    let variables = Variable::parse_list("pathway,age_band,country_of_exploitation").unwrap();
    let threshold = SuppressionThreshold::default();
    let mut stats_runs = Vec::new();
    let mut cells = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let table = central.statistics(&variables, &threshold, T0).unwrap();
        stats_runs.push(start.elapsed());
        cells = table.cells.len();
    }
    central.lock().unwrap();

    let vault = Vault::unlock(&home, &LAYOUT, &pass()).expect("vault");
    let sql = "SELECT a.value, b.value, c.value, count(*)
               FROM consent k
               JOIN stat_value a ON a.variable = 'pathway' AND a.interview_id = k.interview_id
               JOIN stat_value b ON b.variable = 'age_band' AND b.interview_id = k.interview_id
               JOIN stat_value c ON c.variable = 'country_of_exploitation'
                                AND c.interview_id = k.interview_id
               WHERE k.purpose = 'statistics' AND k.value = 'yes'
               GROUP BY 1, 2, 3";
    let mut sql_runs = Vec::new();
    let mut groups = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let mut stmt = vault.conn().prepare(sql).unwrap();
        let rows: Vec<(String, String, String, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        sql_runs.push(start.elapsed());
        groups = rows.len();
    }

    println!("statistics over {n} interviews ({runs} runs, median)");
    println!(
        "  setup: seal + import {:>9.1} s   derive (cold) {:>7.2} s",
        setup.as_secs_f64(),
        derive.as_secs_f64()
    );
    println!(
        "  statistics (3 variables, {cells} cells, suppressed) {:>8.1} ms",
        median(stats_runs).as_secs_f64() * 1e3
    );
    println!(
        "  SQL GROUP BY (same 3 variables, {groups} groups)     {:>8.1} ms",
        median(sql_runs).as_secs_f64() * 1e3
    );
    let _ = Path::new(".");
}
