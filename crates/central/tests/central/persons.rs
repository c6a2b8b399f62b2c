//! Persons interviewed more than once (issue 13): names across scripts, the candidates'
//! precision and recall on the seeded evaluation sets, links in a real central home.

mod generator;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use lantern_bundle::Record;
use lantern_central::persons::{self, DEFAULT_THRESHOLD, name};
use lantern_central::{CentralError, ImportOutcome, PersonRecord};
use lantern_store::sync::{ExportedAnswer, IdentityExport, InterviewExport};
use lantern_store::{AnswerRecord, AnswerState};

use crate::identity::{ALL_GIVEN, files_containing};
use crate::revisions::{Sender, interview_record};
use crate::*;

/// Seed of the development set: the threshold and weights were tuned on this one only.
const DEVELOPMENT_SEED: u64 = 0xD0_5E7;
/// Seed of the held-back set: measured, never tuned on.
const HELD_BACK_SEED: u64 = 0x4E1D_BAC4;

#[test]
fn cyrillic_and_latin_spellings_share_a_loose_key() {
    for group in [
        &["Наталья", "Natalya", "Natalia", "Natal'ya"][..],
        &["Юлия", "Yulia", "Iulia", "Julia", "Юлія", "Yuliia"],
        &["Јовановић", "Jovanović", "Jovanovic"],
        &["Ђорђевић", "Đorđević", "Djordjevic"],
        &["Шевченко", "Shevchenko", "Ševčenko"],
        &["Ţurcanu", "Țurcanu", "Turcanu"],
        &["Bytyçi", "Bytyci"],
        &["Христина", "Khrystyna", "Hrystyna"],
    ] {
        let keys: HashSet<String> = group.iter().map(|n| name::loose_key(n)).collect();
        assert_eq!(keys.len(), 1, "{group:?} → {keys:?}");
    }
    assert_ne!(name::loose_key("Ivanova"), name::loose_key("Ivanović"));
}

#[test]
fn national_schemes_follow_the_language_of_the_letters() {
    // Serbian Cyrillic (ј) → Serbian Latin; Ukrainian (і, г → h); Russian (х → kh).
    assert_eq!(name::national("Јелена"), "jelena");
    assert_eq!(name::national("Ганна"), "ganna");
    assert_eq!(
        name::national("Ірина Гнатюк"),
        "iryna hnatiuk".replace("iu", "yu")
    );
    assert_eq!(name::national("Михаил"), "mikhail");
    assert_eq!(name::folded("Răileanu Șișcan Çela"), "raileanu siscan cela");
}

#[test]
fn nicknames_meet_their_full_name() {
    let canonical = |n: &str| name::canonical_given(&name::loose_key(n)).to_owned();
    assert_eq!(canonical("Наташа"), canonical("Natalia"));
    assert_eq!(canonical("Sasha"), canonical("Олександра"));
    assert_eq!(canonical("Katya"), canonical("Екатерина"));
    assert_ne!(canonical("Natasha"), canonical("Nastya"));
}

fn record(id: &str, device: &str, given: &str, family: &str, year: i32) -> PersonRecord {
    PersonRecord {
        interview_id: id.into(),
        device_id: device.into(),
        given: given.into(),
        family: family.into(),
        birth_year: Some(year),
        ..PersonRecord::default()
    }
}

#[test]
fn a_pair_across_scripts_order_and_nickname_is_a_candidate_and_its_evidence_names_no_name() {
    let records = [
        record("int-a", "dev-a", "Наталья", "Смирнова", 1990),
        record("int-b", "dev-b", "Smirnova", "Natasha", 1991),
        // Same name, same device: not proposed (the device has pre-fill for that).
        record("int-c", "dev-a", "Наталья", "Смирнова", 1990),
        // Same name, ten years apart: another woman.
        record("int-d", "dev-c", "Natalya", "Smirnova", 1980),
    ];
    let found = persons::candidates(&records, DEFAULT_THRESHOLD);
    let pairs: Vec<(&str, &str)> = found.iter().map(|c| (c.a.as_str(), c.b.as_str())).collect();
    assert!(pairs.contains(&("int-a", "int-b")), "{found:?}");
    assert!(pairs.contains(&("int-b", "int-c")), "{found:?}");
    assert!(
        !pairs.contains(&("int-a", "int-c")),
        "same device: {found:?}"
    );
    assert!(
        !pairs.iter().any(|p| p.0 == "int-d" || p.1 == "int-d"),
        "{found:?}"
    );
    let ab = &found[pairs.iter().position(|p| *p == ("int-a", "int-b")).unwrap()];
    let hows: Vec<(&str, &str)> = ab.evidence.iter().map(|e| (e.field, e.how)).collect();
    assert!(hows.contains(&("name_order", "swapped")), "{hows:?}");
    assert!(hows.contains(&("given_name", "nickname")), "{hows:?}");
    assert!(hows.contains(&("birth_year", "near")), "{hows:?}");
    let json = serde_json::to_string(&found).unwrap();
    for n in [
        "Smirnova",
        "Смирнова",
        "Natasha",
        "Наталья",
        "smirnova",
        "natal",
    ] {
        assert!(!json.contains(n), "evidence names the name: {json}");
    }
}

/// Precision and recall of the candidates at the default threshold on one generated set.
fn evaluate(seed: u64) -> (f64, f64, usize, usize) {
    let (records, truth) = generator::generate(seed, 500);
    let mut by_person: HashMap<usize, Vec<&str>> = HashMap::new();
    for (r, p) in records.iter().zip(&truth) {
        by_person.entry(*p).or_default().push(&r.interview_id);
    }
    let mut expected: HashSet<(String, String)> = HashSet::new();
    for ids in by_person.values() {
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                let (a, b) = if a <= b { (a, b) } else { (b, a) };
                expected.insert(((*a).to_owned(), (*b).to_owned()));
            }
        }
    }
    let found: HashSet<(String, String)> = persons::candidates(&records, DEFAULT_THRESHOLD)
        .into_iter()
        .map(|c| (c.a, c.b))
        .collect();
    let hits = found.intersection(&expected).count();
    let precision = hits as f64 / found.len().max(1) as f64;
    let recall = hits as f64 / expected.len().max(1) as f64;
    eprintln!(
        "seed {seed:#x}: {} interviews, {} true pairs, {} candidates, precision {precision:.3}, recall {recall:.3}",
        records.len(),
        expected.len(),
        found.len()
    );
    (precision, recall, expected.len(), found.len())
}

#[test]
fn development_set_precision_and_recall() {
    let (records, truth) = generator::generate(DEVELOPMENT_SEED, 500);
    let all = persons::candidates(&records, 0.5);
    let index: HashMap<&str, usize> = records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.interview_id.as_str(), i))
        .collect();
    for t in [0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.92] {
        let f: Vec<_> = all.iter().filter(|c| c.score >= t).collect();
        let hits = f
            .iter()
            .filter(|c| truth[index[c.a.as_str()]] == truth[index[c.b.as_str()]])
            .count();
        eprintln!("t {t}: {} found, {hits} true", f.len());
    }
    let (precision, recall, expected, _) = evaluate(DEVELOPMENT_SEED);
    assert!(expected > 300, "the set has pairs to find: {expected}");
    assert!(precision >= 0.9 && recall >= 0.95, "{precision} {recall}");
}

#[test]
fn held_back_set_meets_the_target() {
    let (precision, recall, expected, _) = evaluate(HELD_BACK_SEED);
    assert!(expected > 300, "the set has pairs to find: {expected}");
    assert!(precision >= 0.9, "precision {precision}");
    assert!(recall >= 0.95, "recall {recall}");
}

const GIVEN_MARKER: &str = "Наталья";
const FAMILY_MARKER: &str = "MARKERSmirnova";

fn identity_with_name(export: &InterviewExport, given: &str, family: &str) -> Record {
    let answer = |q: &str, v: &str, seq| ExportedAnswer {
        record: AnswerRecord {
            question_id: q.into(),
            instance: 0,
            value: Some(serde_json::json!({"kind": "text", "value": v})),
            state: AnswerState::Present,
            asked_in_locale: "ru".into(),
            locale_fallback: false,
            interpreter_id: None,
            recorded_at: T0 + 1500,
        },
        seq,
    };
    let body = IdentityExport {
        format: 1,
        interview_id: export.interview_id.clone(),
        revision: export.revision,
        answers: vec![
            answer(persons::GIVEN_NAME_QUESTION, given, 1),
            answer(persons::FAMILY_NAME_QUESTION, family, 2),
        ],
        updated_at: T0 + 3000,
    };
    Record {
        kind: "identity".into(),
        id: export.interview_id.clone(),
        revision: export.revision as u64,
        body: serde_json::to_vec(&body).unwrap(),
    }
}

/// One finished interview on `field`, with consent for everything and her name.
fn import_interview(
    central: &mut Central,
    sender: &Sender,
    field: &mut Field,
    out: &Path,
    given: &str,
    family: &str,
) -> String {
    let id = field
        .run_script(&script("adult-complete"), T0 + 1000)
        .unwrap()
        .interview_id;
    let mut export = field.store().interview_export(&id).unwrap();
    export.consents = ALL_GIVEN
        .iter()
        .enumerate()
        .map(|(i, (purpose, state))| lantern_store::ConsentRecord {
            purpose: *purpose,
            state: *state,
            locale: "ru".into(),
            recorded_at: T0 + 2000 + i as i64,
        })
        .collect();
    let path = sender.bundle(
        central,
        1,
        &[
            &interview_record(&export),
            &identity_with_name(&export, given, family),
        ],
        out,
    );
    assert!(matches!(
        central.import_file(&path, T0 + 50_000).unwrap(),
        ImportOutcome::Imported(_)
    ));
    id
}

#[test]
fn two_devices_her_interviews_are_a_candidate_linked_unlinked_and_audited() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let (mut central, _) = new_central(&home);
    let (sender_a, mut field_a) = Sender::new(&root.path().join("a"), &mut central);
    let (sender_b, mut field_b) = Sender::new(&root.path().join("b"), &mut central);
    let out = root.path().join("bundles");
    let a = import_interview(
        &mut central,
        &sender_a,
        &mut field_a,
        &out,
        GIVEN_MARKER,
        FAMILY_MARKER,
    );
    let b = import_interview(
        &mut central,
        &sender_b,
        &mut field_b,
        &out,
        "Natasha",
        FAMILY_MARKER,
    );

    // The CLI contract, as processes.
    central.lock().unwrap();
    let run = |args: &[&str]| crate::cli::central_in(&home, PASSPHRASE, &[], args);
    let json: serde_json::Value = serde_json::from_str(&crate::cli::stdout_of(&run(&[
        "persons",
        "candidates",
        "--json",
    ])))
    .unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 1, "{json}");
    let keys: Vec<&String> = list[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["a", "b", "evidence", "score"]);
    assert!(!json.to_string().contains(FAMILY_MARKER));
    crate::cli::stdout_of(&run(&[
        "persons",
        "link",
        &a,
        &b,
        "--note",
        "cli",
        "--by",
        "supervisor",
    ]));
    crate::cli::failed_with(
        &run(&[
            "persons",
            "link",
            &a,
            &a,
            "--note",
            "x",
            "--by",
            "supervisor",
        ]),
        "central.same_interview",
    );
    crate::cli::stdout_of(&run(&["persons", "unlink", &a, &b, "--by", "supervisor"]));
    crate::cli::failed_with(
        &run(&["persons", "unlink", &a, &b, "--by", "supervisor"]),
        "central.not_linked",
    );
    let mut central = Central::unlock(&home, &pass()).unwrap();

    let found = central.person_candidates(DEFAULT_THRESHOLD).unwrap();
    let (lo, hi) = if a < b { (&a, &b) } else { (&b, &a) };
    assert_eq!(
        found.len(),
        1,
        "{:?} {:?}",
        &found[..2],
        central.person_records().unwrap().len()
    );
    assert_eq!((&found[0].a, &found[0].b), (lo, hi));
    assert_ne!(
        central.person_of(&a).unwrap(),
        central.person_of(&b).unwrap()
    );

    let revision = central.case_record(&a).unwrap().revision;
    central
        .link_persons(
            &a,
            &b,
            "supervisor",
            "same birthday and journey",
            T0 + 60_000,
        )
        .unwrap();
    assert_eq!(
        central.person_of(&a).unwrap(),
        central.person_of(&b).unwrap()
    );
    assert!(central.linked(&b, &a).unwrap());
    assert!(
        central
            .person_candidates(DEFAULT_THRESHOLD)
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        central
            .link_persons(&b, &a, "supervisor", "again", T0)
            .unwrap_err()
            .code(),
        "central.already_linked"
    );
    assert_eq!(
        central
            .link_persons(&a, &a, "supervisor", "", T0)
            .unwrap_err()
            .code(),
        "central.same_interview"
    );
    assert!(matches!(
        central.link_persons(&a, "no-such", "supervisor", "", T0),
        Err(CentralError::UnknownInterview(_))
    ));
    // The records are untouched by a link.
    assert_eq!(central.case_record(&a).unwrap().revision, revision);

    central
        .unlink_persons(&b, &a, "supervisor", T0 + 70_000)
        .unwrap();
    assert_ne!(
        central.person_of(&a).unwrap(),
        central.person_of(&b).unwrap()
    );
    assert_eq!(
        central.person_candidates(DEFAULT_THRESHOLD).unwrap().len(),
        1
    );
    assert_eq!(
        central
            .unlink_persons(&a, &b, "supervisor", T0)
            .unwrap_err()
            .code(),
        "central.not_linked"
    );
    let actions: Vec<(String, String)> = central
        .audit_entries()
        .unwrap()
        .into_iter()
        .filter(|e| e.action.starts_with("person."))
        .map(|e| (e.action, e.detail))
        .collect();
    // Two from the CLI, two from the library.
    assert_eq!(actions.len(), 4, "{actions:?}");
    assert_eq!(actions[2].0, "person.linked");
    assert!(actions[2].1.contains("supervisor") && actions[2].1.contains("same birthday"));
    assert_eq!(actions[3].0, "person.unlinked");
    for (_, detail) in &actions {
        assert!(!detail.contains(FAMILY_MARKER) && !detail.contains(GIVEN_MARKER));
    }
    assert_eq!(
        central.verify_audit_log().unwrap(),
        central.audit_entries().unwrap().len() as i64
    );
    central.lock().unwrap();
    assert!(files_containing(&home, FAMILY_MARKER.as_bytes()).is_empty());
}
