//! Statistics and exports (issue 12): small-cell suppression as CTDC publishes (k = 11) with
//! secondary suppression, over the interviews with statistics consent only; the statistics
//! CSV/XLSX and the HTCDS/CTDC case exports, encrypted, audited, and without identity.
//!
//! Interviews are real device exports (the example scripts run on enrolled field devices),
//! varied here answer by answer (age, country of exploitation, interpreter, languages, start
//! month, consent) and sealed into bundles with each device's own key.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::Path;

use lantern_bundle::Record;
use lantern_central::statistics::{line_starts, strides, suppress};
use lantern_central::{
    CaseExportPurpose, CellCount, ExportFormat, ExportProtection, ExportRequest, ImportOutcome,
    StatisticsTable, SuppressionThreshold, Variable,
};
use lantern_store::sync::{ExportedAnswer, InterviewExport};
use lantern_store::{AnswerRecord, AnswerState, ConsentPurpose, ConsentRecord, ConsentState};
use proptest::prelude::*;

use crate::identity::{MARKER, consent_change, files_containing, identity_record};
use crate::revisions::{Sender, interview_record};
use crate::*;

const COUNTRIES: [&str; 5] = ["al", "xk", "md", "ua", "other_country"];
const LOCALES: [&str; 4] = ["ro", "ru", "uk", "sq"];

/// What the test decides about one generated interview.
#[derive(Debug, Clone)]
pub struct Spec {
    pub age: i64,
    pub country: usize,
    pub interpreter: bool,
    pub locale: usize,
    pub month: i64,
    /// Statistics consent: Some(true) given, Some(false) refused, None never asked.
    pub statistics: Option<bool>,
}

/// An office with three real devices and a base export from each (adult, child, stopped).
pub struct StatsOffice {
    pub root: tempfile::TempDir,
    pub home: std::path::PathBuf,
    pub central: Central,
    senders: Vec<(Sender, InterviewExport)>,
    seq: u64,
    made: usize,
}

pub fn stats_office() -> StatsOffice {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let (mut central, _) = new_central(&home);
    let mut senders = Vec::new();
    for (i, script_name) in ["adult-complete", "child-complete", "adult-complete"]
        .iter()
        .enumerate()
    {
        let (sender, mut field) = Sender::new(&root.path().join(format!("d{i}")), &mut central);
        let id = field
            .run_script(&script(script_name), T0 + 1000)
            .unwrap()
            .interview_id;
        let base = field.store().interview_export(&id).unwrap();
        senders.push((sender, base));
    }
    StatsOffice {
        root,
        home,
        central,
        senders,
        seq: 0,
        made: 0,
    }
}

fn set_answer(export: &mut InterviewExport, question: &str, value: serde_json::Value) {
    let value = serde_json::json!({"value": value, "origin": "interview"});
    if let Some(a) = export
        .answers
        .iter_mut()
        .find(|a| a.record.question_id == question && a.record.instance == 0)
    {
        a.record.value = Some(value);
        a.record.state = AnswerState::Present;
        return;
    }
    let seq = export.answers.iter().map(|a| a.seq).max().unwrap_or(0) + 1;
    export.answers.push(ExportedAnswer {
        record: AnswerRecord {
            question_id: question.into(),
            instance: 0,
            value: Some(value),
            state: AnswerState::Present,
            asked_in_locale: "ro".into(),
            locale_fallback: false,
            interpreter_id: None,
            recorded_at: export.started_at + 10,
        },
        seq,
    });
}

impl StatsOffice {
    /// The interview `spec` describes, from device `device`'s base export.
    pub fn make(&mut self, device: usize, spec: &Spec) -> InterviewExport {
        self.made += 1;
        let mut e = self.senders[device].1.clone();
        e.interview_id = format!("01STAT{device}{:020}", self.made);
        e.started_at = T0 + spec.month * 31 * 86_400_000;
        e.updated_at = e.started_at + 3_600_000;
        e.interview_locale = LOCALES[spec.locale].into();
        e.language_timeline.clear();
        set_answer(
            &mut e,
            "A1",
            serde_json::json!({"kind": "number", "value": spec.age}),
        );
        set_answer(
            &mut e,
            "D2a",
            serde_json::json!({"kind": "choice", "value": COUNTRIES[spec.country]}),
        );
        set_answer(
            &mut e,
            "P4",
            serde_json::json!({"kind": "yes_no", "value": if spec.interpreter { "yes" } else { "no" }}),
        );
        let mut consents = vec![
            (ConsentPurpose::Assistance, ConsentState::Given),
            (ConsentPurpose::Sharing, ConsentState::Given),
            (ConsentPurpose::Police, ConsentState::Refused),
        ];
        match spec.statistics {
            Some(true) => consents.push((ConsentPurpose::Statistics, ConsentState::Given)),
            Some(false) => consents.push((ConsentPurpose::Statistics, ConsentState::Refused)),
            None => {}
        }
        e.consents = consents
            .into_iter()
            .enumerate()
            .map(|(i, (purpose, state))| ConsentRecord {
                purpose,
                state,
                locale: "ro".into(),
                recorded_at: e.started_at + 2000 + i as i64,
            })
            .collect();
        e
    }

    /// Imports `records` from device `device` in one bundle.
    pub fn import(&mut self, device: usize, records: &[Record]) {
        self.seq += 1;
        let refs: Vec<&Record> = records.iter().collect();
        let out = self.root.path().join("bundles");
        let path = self.senders[device]
            .0
            .bundle(&self.central, self.seq, &refs, &out);
        match self
            .central
            .import_file(&path, T0 + 1_000_000 * self.seq as i64)
            .unwrap()
        {
            ImportOutcome::Imported(_) => {}
            other => panic!("not imported: {other:?}"),
        }
    }

    /// Makes and imports every spec, spread over the three devices; the interviews of device 0
    /// also carry an identity record.
    pub fn import_specs(&mut self, specs: &[Spec]) -> Vec<InterviewExport> {
        let mut per_device: Vec<Vec<Record>> = vec![Vec::new(); 3];
        let mut made = Vec::new();
        for (i, spec) in specs.iter().enumerate() {
            let device = i % 3;
            let e = self.make(device, spec);
            per_device[device].push(interview_record(&e));
            if device == 0 {
                per_device[device].push(identity_record(&e));
            }
            made.push(e);
        }
        for (device, records) in per_device.into_iter().enumerate() {
            if !records.is_empty() {
                self.import(device, &records);
            }
        }
        made
    }

    pub fn table(&mut self, by: &str) -> StatisticsTable {
        self.central
            .statistics(
                &Variable::parse_list(by).unwrap(),
                &SuppressionThreshold::default(),
                T0,
            )
            .unwrap()
    }
}

/// Every line of a dense table of `shape` along each axis, as cell indices.
fn lines(shape: &[usize]) -> Vec<Vec<usize>> {
    let strides = strides(shape);
    let mut out = Vec::new();
    for axis in 0..shape.len() {
        for start in line_starts(shape, &strides, axis) {
            out.push(
                (0..shape[axis])
                    .map(|i| start + i * strides[axis])
                    .collect(),
            );
        }
    }
    out
}

/// The invariants of a published table, given the true counts: no shown count below k; every
/// shown count true; no line (row, column, or line of a 3-D slice) and not the whole table with
/// exactly one suppressed cell, unless the line is that one cell (its margin is then the cell).
fn check_published(shape: &[usize], truth: &[u64], hidden: &[bool], k: u64) {
    for (c, &n) in truth.iter().enumerate() {
        if !hidden[c] {
            assert!(n >= k, "cell {c} shown with {n} < {k}");
        } else {
            assert!(n < k || hidden[c], "hidden");
        }
        if n < k {
            assert!(hidden[c], "cell {c} with {n} < {k} is not suppressed");
        }
    }
    let mut all: Vec<Vec<usize>> = lines(shape);
    all.push((0..truth.len()).collect());
    for line in all {
        let suppressed = line.iter().filter(|&&c| hidden[c]).count();
        if line.len() > 1 {
            assert_ne!(
                suppressed, 1,
                "line {line:?} of {shape:?} has exactly one suppressed cell: its margin gives it away ({truth:?} {hidden:?})"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The suppression alone, on random tables of 1 to 3 dimensions.
    #[test]
    fn suppression_leaves_no_small_cell_and_no_lone_suppressed_cell(
        shape in prop::collection::vec(1usize..5, 1..=3),
        seed in prop::collection::vec(prop_oneof![0u64..11, 11u64..60, Just(0u64)], 64),
        k in 11u64..15,
    ) {
        let cells: usize = shape.iter().product();
        let counts: Vec<u64> = (0..cells).map(|c| seed[c % seed.len()]).collect();
        let hidden = suppress(&shape, &counts, k);
        check_published(&shape, &counts, &hidden, k);
    }
}

fn spec_strategy() -> impl Strategy<Value = Spec> {
    (
        prop_oneof![12i64..18, 18i64..40],
        0usize..COUNTRIES.len(),
        any::<bool>(),
        0usize..LOCALES.len(),
        0i64..3,
    )
        .prop_map(|(age, country, interpreter, locale, month)| Spec {
            age,
            country,
            interpreter,
            locale,
            month,
            statistics: Some(true),
        })
}

/// The true counts of `table`'s cells (computed by the test from its own specs).
fn true_counts(table: &StatisticsTable, specs: &[Spec]) -> Vec<u64> {
    let value = |v: Variable, s: &Spec| -> String {
        match v {
            Variable::AgeBand => lantern_central::statistics::age_band(s.age).unwrap().into(),
            Variable::CountryOfExploitation => COUNTRIES[s.country].into(),
            Variable::InterpreterUsed => if s.interpreter { "yes" } else { "no" }.into(),
            Variable::InterviewLocale => LOCALES[s.locale].into(),
            other => panic!("not generated: {other}"),
        }
    };
    table
        .cells
        .iter()
        .map(|cell| {
            specs
                .iter()
                .filter(|s| s.statistics == Some(true))
                .filter(|s| {
                    table
                        .variables
                        .iter()
                        .zip(&cell.values)
                        .all(|(v, x)| value(*v, s) == *x)
                })
                .count() as u64
        })
        .collect()
}

fn hidden_of(table: &StatisticsTable) -> Vec<bool> {
    table
        .cells
        .iter()
        .map(|c| matches!(c.count, CellCount::Suppressed { .. }))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    /// Random sets of imported records: no published count between 1 and 10, every shown one
    /// true, no suppressed cell recoverable from a margin; and records without statistics
    /// consent (refused, never asked, or given and then withdrawn) change no figure at all.
    #[test]
    fn imported_records_publish_safely_and_only_with_consent(
        specs in prop::collection::vec(spec_strategy(), 20..90),
        others in prop::collection::vec(spec_strategy(), 1..20),
    ) {
        let mut o = stats_office();
        o.import_specs(&specs);
        let queries = [
            "age_band",
            "age_band,country_of_exploitation",
            "interpreter_used,interview_locale,country_of_exploitation",
        ];
        let mut before = Vec::new();
        for by in queries {
            let table = o.table(by);
            for cell in &table.cells {
                if let CellCount::Shown(n) = cell.count {
                    prop_assert!(n >= 11, "{by}: shown {n}");
                }
            }
            let truth = true_counts(&table, &specs);
            check_published(&table.shape(), &truth, &hidden_of(&table), 11);
            for (cell, n) in table.cells.iter().zip(&truth) {
                if let CellCount::Shown(shown) = cell.count {
                    prop_assert_eq!(shown, *n);
                }
            }
            let consented = specs.len() as u64;
            prop_assert_eq!(
                table.total,
                if consented < 11 { CellCount::Suppressed { below: 11 } } else { CellCount::Shown(consented) }
            );
            before.push(table);
        }

        // Without consent: refused, never asked, and given then withdrawn later.
        let mut without: Vec<Spec> = Vec::new();
        for (i, s) in others.iter().enumerate() {
            let mut s = s.clone();
            s.statistics = match i % 3 { 0 => Some(false), 1 => None, _ => Some(true) };
            without.push(s);
        }
        let made = o.import_specs(&without);
        let mut withdrawals: BTreeMap<usize, Vec<Record>> = BTreeMap::new();
        for (i, (e, s)) in made.iter().zip(&without).enumerate() {
            if s.statistics == Some(true) {
                withdrawals.entry(i % 3).or_default().push(consent_change(
                    &e.interview_id,
                    ConsentPurpose::Statistics,
                    ConsentState::Revoked,
                    1,
                    e.started_at + 10_000,
                ));
            }
        }
        for (device, records) in withdrawals {
            o.import(device, &records);
        }
        for (by, was) in queries.iter().zip(&before) {
            prop_assert_eq!(&o.table(by), was, "{} changed", by);
        }
    }
}

fn decrypt(bytes: &[u8], identity: &age::x25519::Identity) -> Vec<u8> {
    let decryptor = age::Decryptor::new(bytes).unwrap();
    let mut reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .unwrap();
    let mut out = Vec::new();
    reader.read_to_end(&mut out).unwrap();
    out
}

/// The 200 interviews of the scenario: ages, countries, interpreter and language varied so
/// that some cells are large and some small; 180 with statistics consent.
fn scenario_specs() -> Vec<Spec> {
    (0..200)
        .map(|i: i64| Spec {
            age: [16, 19, 22, 25, 31, 35, 45, 15][(i % 8) as usize],
            country: [0, 0, 1, 2, 3, 0, 1, 4][((i / 3) % 8) as usize],
            interpreter: i % 4 != 0,
            locale: [0, 0, 1, 2, 3][(i % 5) as usize],
            month: i % 4,
            statistics: if i % 10 == 9 { Some(false) } else { Some(true) },
        })
        .collect()
}

/// Reads the HTCDS field names of the fixture (comments and blank lines skipped).
fn htcds_fields() -> Vec<String> {
    let path = format!(
        "{}/tests/central/fixtures/htcds-fields.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn parse_csv_line(line: &str) -> Vec<String> {
    // The exports quote nothing in these tables (option ids, numbers, "<11").
    line.split(',').map(str::to_owned).collect()
}

#[test]
fn two_hundred_interviews_from_three_devices_json_csv_xlsx_agree_and_no_identity_leaves() {
    let mut o = stats_office();
    let specs = scenario_specs();
    o.import_specs(&specs);
    let identity = age::x25519::Identity::generate();
    let to = identity.to_public().to_string();
    let by = "pathway,age_band,interpreter_used";
    let table = o.table(by);
    assert_eq!(table.total, CellCount::Shown(180));
    assert_eq!(table.persons, CellCount::Shown(180));
    // Three interviews linked as one woman (two links, transitively) count as one person;
    // the interview count is unchanged, and so is every cell.
    let counted = o
        .central
        .interviews_with_consent(lantern_store::ConsentPurpose::Statistics)
        .unwrap();
    for pair in counted[..3].windows(2) {
        o.central
            .link_persons(&pair[0], &pair[1], "Supervisor Ana", "same woman", T0)
            .unwrap();
    }
    let linked = o.table(by);
    assert_eq!(linked.persons, CellCount::Shown(178));
    assert_eq!(linked.total, table.total);
    assert_eq!(linked.cells, table.cells);
    o.central
        .unlink_persons(&counted[0], &counted[1], "Supervisor Ana", T0)
        .unwrap();
    assert_eq!(o.table(by).persons, CellCount::Shown(179));
    o.central
        .unlink_persons(&counted[1], &counted[2], "Supervisor Ana", T0)
        .unwrap();
    assert_eq!(o.table(by), table);
    assert!(
        table
            .cells
            .iter()
            .any(|c| matches!(c.count, CellCount::Shown(_)))
    );
    assert!(
        table
            .cells
            .iter()
            .any(|c| matches!(c.count, CellCount::Suppressed { .. }))
    );

    let out = o.root.path().join("exports");
    std::fs::create_dir_all(&out).unwrap();
    let export = |o: &mut StatsOffice, format: ExportFormat, file: &str| {
        let request = ExportRequest {
            format,
            purpose: CaseExportPurpose::Sharing,
            variables: Variable::parse_list(by).unwrap(),
            threshold: SuppressionThreshold::default(),
            protection: ExportProtection::recipients(std::slice::from_ref(&to)).unwrap(),
            operator: "Supervisor Ana".into(),
        };
        let path = out.join(file);
        let written = o.central.export(&request, &path, T0 + 5).unwrap();
        assert!(written.encrypted);
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(b"age-encryption.org/v1"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        (written, decrypt(&bytes, &identity))
    };

    // CSV: the same cells and total as the table.
    let (written, csv) = export(&mut o, ExportFormat::StatsCsv, "stats.csv.age");
    assert_eq!(written.rows, table.cells.len());
    let csv = String::from_utf8(csv).unwrap();
    let lines: Vec<Vec<String>> = csv.lines().map(parse_csv_line).collect();
    assert_eq!(
        lines[0],
        ["pathway", "age_band", "interpreter_used", "count"]
    );
    for (cell, line) in table.cells.iter().zip(&lines[1..]) {
        assert_eq!(&line[..3], &cell.values[..]);
        assert_eq!(line[3], cell.count.to_string());
    }
    assert_eq!(
        lines.last().unwrap(),
        &["", "", "", &table.total.to_string()]
    );

    // XLSX read back: numbers as numbers, "<11" as text.
    let (_, xlsx) = export(&mut o, ExportFormat::StatsXlsx, "stats.xlsx.age");
    use calamine::{Data, Reader as _, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(xlsx)).unwrap();
    let range = book.worksheet_range("statistics").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows[0][3], Data::String("count".into()));
    for (cell, row) in table.cells.iter().zip(&rows[1..]) {
        for (i, v) in cell.values.iter().enumerate() {
            assert_eq!(row[i], Data::String(v.clone()));
        }
        match cell.count {
            CellCount::Shown(n) => assert_eq!(row[3], Data::Float(n as f64)),
            CellCount::Suppressed { .. } => assert_eq!(row[3], Data::String("<11".into())),
        }
    }
    assert_eq!(rows.last().unwrap()[3], Data::Float(180.0));

    // HTCDS: every column in the HTCDS field list; one row per interview with sharing yes.
    let (written, htcds) = export(&mut o, ExportFormat::Htcds, "cases.htcds.csv.age");
    assert_eq!(written.rows, 200);
    let htcds = String::from_utf8(htcds).unwrap();
    let fields = htcds_fields();
    let columns = parse_csv_line(htcds.lines().next().unwrap());
    assert!(!columns.is_empty());
    for column in &columns {
        assert!(fields.contains(column), "{column} is not an HTCDS field");
    }
    assert!(!columns.iter().any(|c| c == "prs_Birthdate"));
    assert_eq!(htcds.lines().count(), 201);
    let (_, ctdc) = export(&mut o, ExportFormat::Ctdc, "cases.ctdc.csv.age");
    let ctdc = String::from_utf8(ctdc).unwrap();
    assert!(
        ctdc.lines()
            .next()
            .unwrap()
            .contains("CountryOfExploitation")
    );
    assert!(ctdc.lines().next().unwrap().contains("ageBroad"));

    // Police: nobody gave police consent here, so no row.
    let request = ExportRequest {
        format: ExportFormat::Htcds,
        purpose: CaseExportPurpose::Police,
        variables: vec![],
        threshold: SuppressionThreshold::default(),
        protection: ExportProtection::plain("Inspector Test").unwrap(),
        operator: "Supervisor Ana".into(),
    };
    let police = out.join("police.csv");
    assert_eq!(o.central.export(&request, &police, T0 + 6).unwrap().rows, 0);
    assert_eq!(std::fs::read_to_string(&police).unwrap().lines().count(), 1);

    // No identity text in any export, decrypted or not, nor free text.
    for text in [&csv, &htcds, &ctdc] {
        assert!(!text.contains(MARKER));
        assert!(!text.contains("free text"));
    }
    assert!(files_containing(&out, MARKER.as_bytes()).is_empty());

    // Every export is audited: who, format, rows, protection.
    let exports: Vec<serde_json::Value> = o
        .central
        .audit_entries()
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "export.written")
        .map(|e| serde_json::from_str(&e.detail).unwrap())
        .collect();
    assert_eq!(exports.len(), 5);
    assert_eq!(exports[0]["by"], "Supervisor Ana");
    assert_eq!(exports[0]["format"], "stats-csv");
    assert_eq!(exports[0]["rows"], table.cells.len());
    assert_eq!(exports[0]["protection"], "age-recipients");
    assert_eq!(exports[4]["protection"], "plain");
    assert_eq!(exports[4]["recipient"], "Inspector Test");
    assert_eq!(exports[4]["purpose"], "police");

    // The JSON contract, as a process.
    let StatsOffice {
        root: _root,
        home,
        central,
        ..
    } = o;
    central.lock().unwrap();
    json_contract_as_a_process(&home, &table, &to);
}

fn json_contract_as_a_process(home: &Path, table: &StatisticsTable, to: &str) {
    use crate::cli::{central_in, failed_with, stdout_of};
    let run = |env: &[(&str, &str)], args: &[&str]| central_in(home, PASSPHRASE, env, args);
    let json = stdout_of(&run(
        &[],
        &[
            "stats",
            "--by",
            "pathway,age_band,interpreter_used",
            "--json",
        ],
    ));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v, serde_json::to_value(table).unwrap());
    let object = v.as_object().unwrap();
    assert_eq!(
        object.keys().collect::<Vec<_>>(),
        ["cells", "k", "persons", "total"]
            .iter()
            .collect::<Vec<_>>()
    );
    assert_eq!(v["k"], 11);
    assert_eq!(v["total"], 180);
    // No interviews linked: every interview is its own person.
    assert_eq!(v["persons"], 180);
    for cell in v["cells"].as_array().unwrap() {
        let keys: Vec<&String> = cell.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["age_band", "count", "interpreter_used", "pathway"]);
        match &cell["count"] {
            serde_json::Value::Number(n) => assert!(n.as_u64().unwrap() >= 11),
            serde_json::Value::String(s) => assert_eq!(s, "<11"),
            other => panic!("count {other}"),
        }
    }
    // The five variables the contract names.
    let json = stdout_of(&run(
        &[],
        &["stats", "--by", "result,interview_locale,month", "--json"],
    ));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["cells"][0]["result"].is_string());
    assert!(
        v["cells"][0]["month"]
            .as_str()
            .unwrap()
            .starts_with("2027-")
    );

    // For people: a localised table.
    let human = stdout_of(&run(&[], &["stats", "--by", "pathway"]));
    assert!(
        human.contains("count") && human.contains("total"),
        "{human}"
    );
    let uk = stdout_of(&run(
        &[("LANG", "uk_UA.UTF-8")],
        &["stats", "--by", "pathway"],
    ));
    assert!(uk.contains("усього"), "{uk}");

    // k below 11: refused without the override, audited with it.
    failed_with(
        &run(&[], &["stats", "--by", "pathway", "--k", "5", "--json"]),
        "central.k_below_minimum",
    );
    failed_with(
        &run(
            &[],
            &[
                "stats",
                "--by",
                "pathway",
                "--k",
                "5",
                "--override-below-minimum",
                "--json",
            ],
        ),
        "central.override_reason_required",
    );
    let low = stdout_of(&run(
        &[],
        &[
            "stats",
            "--by",
            "pathway",
            "--k",
            "5",
            "--override-below-minimum",
            "--reason",
            "board report, approved",
            "--operator",
            "Director",
            "--json",
        ],
    ));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&low).unwrap()["k"],
        5
    );
    let audit: serde_json::Value =
        serde_json::from_str(&stdout_of(&run(&[], &["audit", "--json"]))).unwrap();
    let overrides: Vec<&serde_json::Value> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "statistics.k_below_minimum")
        .collect();
    assert_eq!(overrides.len(), 1);
    assert!(
        overrides[0]["detail"]
            .as_str()
            .unwrap()
            .contains("Director")
    );
    failed_with(
        &run(&[], &["stats", "--by", "no_such_variable", "--json"]),
        "central.unknown_variable",
    );

    // Export as a process: encrypted to a recipient; plain only with --recipient and a warning.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.csv.age");
    let written = stdout_of(&run(
        &[("USER", "os-user")],
        &[
            "export",
            "--format",
            "stats-csv",
            "--by",
            "pathway",
            "--out",
            file.to_str().unwrap(),
            "--to",
            to,
        ],
    ));
    assert!(written.contains("\"encrypted\":true"), "{written}");
    assert!(
        std::fs::read(&file)
            .unwrap()
            .starts_with(b"age-encryption.org/v1")
    );
    let plain = dir.path().join("s.csv");
    failed_with(
        &run(
            &[("USER", "os-user")],
            &[
                "export",
                "--format",
                "stats-csv",
                "--by",
                "pathway",
                "--out",
                plain.to_str().unwrap(),
                "--plain",
            ],
        ),
        "central.plain_recipient_required",
    );
    let out = run(
        &[("USER", "os-user")],
        &[
            "export",
            "--format",
            "htcds",
            "--out",
            plain.to_str().unwrap(),
            "--plain",
            "--recipient",
            "Partner NGO",
        ],
    );
    stdout_of(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("unencrypted"));
    assert!(!std::fs::read_to_string(&plain).unwrap().contains(MARKER));
}

/// An age passphrase export opens with the passphrase (as `age -d` would).
#[test]
fn a_passphrase_export_opens_with_its_passphrase() {
    let mut o = stats_office();
    o.import_specs(&scenario_specs()[..30]);
    let path = o.root.path().join("p.csv.age");
    let request = ExportRequest {
        format: ExportFormat::StatsCsv,
        purpose: CaseExportPurpose::Sharing,
        variables: vec![Variable::Pathway],
        threshold: SuppressionThreshold::default(),
        protection: ExportProtection::passphrase("an export passphrase".into()).unwrap(),
        operator: "Supervisor Ana".into(),
    };
    o.central.export(&request, &path, T0).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let identity = age::scrypt::Identity::new("an export passphrase".to_owned().into());
    let decryptor = age::Decryptor::new(&bytes[..]).unwrap();
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap();
    let mut csv = String::new();
    reader.read_to_string(&mut csv).unwrap();
    assert!(csv.starts_with("pathway,count"), "{csv}");
}
