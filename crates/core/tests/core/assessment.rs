//! The indicator catalogue and the assessment: catalogue test vectors, case vignettes, and
//! property tests of the three-valued logic.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lantern_core::assessment::{
    Assessment, AssessmentError, Catalogue, Dimension, NOTICE_CATALOGUE_NOT_VERIFIED, Origin,
    Outcome, Profile, RULE_VERSION, Status, Tier, assess_observations, assess_with_catalogue,
    known_indicator_ids,
};
use lantern_core::observations::{Observations, Presence};
use proptest::prelude::*;
use serde::Deserialize;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    manifest_dir().join("tests/core/fixtures")
}

fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixture directory exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

// ---------------------------------------------------------------- catalogue

#[test]
fn catalogue_embedded_is_valid() {
    let catalogue = Catalogue::parse(lantern_core::assessment::catalogue::EMBEDDED_CATALOGUE)
        .expect("the shipped catalogue validates");
    assert_eq!(catalogue.indicators().len(), 67);
    assert_eq!(catalogue.version(), "1.0.0-provisional");
    assert_eq!(&catalogue, Catalogue::embedded());
}

#[test]
fn catalogue_loads_from_a_path_and_equals_the_embedded_one() {
    let loaded =
        Catalogue::load(&manifest_dir().join("data/indicators-v1.toml")).expect("data file loads");
    assert_eq!(&loaded, Catalogue::embedded());
}

#[test]
fn catalogue_missing_file_is_an_io_error() {
    let err = Catalogue::load(Path::new("/nonexistent/indicators.toml")).expect_err("no file");
    assert_eq!(err.code(), "catalogue.io");
}

#[test]
fn catalogue_has_exactly_the_ids_of_the_research_table() {
    let mut want = BTreeSet::new();
    for (prefix, n) in [
        ("DR", 10),
        ("CR", 10),
        ("AVR", 16),
        ("EXP", 9),
        ("COD", 15),
        ("AVD", 7),
    ] {
        for i in 1..=n {
            want.insert(format!("{prefix}{i}"));
        }
    }
    assert_eq!(known_indicator_ids(), want);
    for indicator in Catalogue::embedded().indicators() {
        assert!(indicator.id.starts_with(indicator.dimension.as_str()));
        assert_eq!(indicator.label, format!("ind-{}", indicator.id));
    }
}

#[test]
fn catalogue_tiers_follow_the_research_table() {
    let c = Catalogue::embedded();
    let tier = |id: &str, p: Profile| c.get(id).expect("known id").tier(p);
    use Profile::{Adult, Child};
    use Tier::{Medium, Strong, Weak};
    let rows = [
        ("DR1", Some(Strong), Some(Strong)),
        ("DR10", Some(Weak), Some(Strong)),
        ("CR2", Some(Medium), Some(Strong)),
        ("CR3", Some(Strong), Some(Strong)),
        ("AVR8", Some(Medium), None),
        ("AVR13", Some(Weak), Some(Medium)),
        ("AVR16", Some(Weak), Some(Medium)),
        ("EXP1", Some(Strong), Some(Strong)),
        ("EXP6", Some(Medium), Some(Strong)),
        ("EXP8", Some(Medium), None),
        ("EXP9", Some(Weak), Some(Medium)),
        ("COD5", Some(Strong), Some(Strong)),
        ("COD7", Some(Strong), Some(Strong)),
        ("COD15", Some(Medium), Some(Medium)),
        ("AVD7", Some(Weak), Some(Medium)),
    ];
    for (id, adult, child) in rows {
        assert_eq!((tier(id, Adult), tier(id, Child)), (adult, child), "{id}");
    }
    // The research notes no strong tier for adult AVR, and no weak tier in the child list.
    assert!(
        c.in_dimension(Dimension::AVR)
            .all(|i| i.tier(Adult) != Some(Strong))
    );
    assert!(c.indicators().iter().all(|i| i.tier(Child) != Some(Weak)));
}

#[test]
fn catalogue_v1_is_entirely_unverified_with_provenance() {
    let c = Catalogue::embedded();
    assert!(!c.fully_verified());
    assert_eq!(c.unverified_count(), 67);
    for i in c.indicators() {
        assert!(!i.verified, "{} must not claim verification", i.id);
        assert!(i.provenance(Profile::Adult).starts_with("[R]"), "{}", i.id);
        assert!(i.provenance(Profile::Child).starts_with("[S]"), "{}", i.id);
        // Issue 11: no copy of the publication showed the tables, so no row names a copy it was
        // compared with, and each says so.
        assert_eq!(i.origin, Origin::IloEc2009, "{}", i.id);
        assert!(i.checked_against.is_empty(), "{}", i.id);
        assert!(
            i.check_note
                .as_deref()
                .is_some_and(|n| n.starts_with("not compared")),
            "{}",
            i.id
        );
    }
    assert_eq!(c.unverified_ids().count(), 67);
    assert_eq!(c.lantern_additions().count(), 0);
    // No machine paths in the shipped data: references are relative to the repository.
    assert!(!lantern_core::assessment::catalogue::EMBEDDED_CATALOGUE.contains("/work/"));
}

#[test]
fn catalogue_test_vectors() {
    let dir = fixtures().join("catalogue");
    let files = files_in(&dir, "toml");
    let (mut ok, mut fail) = (0, 0);
    for path in files {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 name")
            .to_owned();
        let result = Catalogue::load(&path);
        if name.starts_with("ok_") {
            result.unwrap_or_else(|e| panic!("{name} should load: {e}"));
            ok += 1;
        } else if let Some(code) = name.strip_prefix("fail_") {
            let err = result.expect_err(&name);
            assert_eq!(err.code(), format!("catalogue.{code}"), "{name}: {err}");
            assert!(!err.to_string().contains('\n'), "{name}: one-line message");
            fail += 1;
        } else {
            panic!("test vector {name} must start with ok_ or fail_");
        }
    }
    assert!(ok >= 1 && fail >= 16, "ok {ok} fail {fail}");
}

#[test]
fn signed_off_catalogue_drops_the_unverified_notice() {
    let signed = Catalogue::load(&fixtures().join("catalogue/ok_signed_off.toml"))
        .expect("signed-off vector loads");
    assert!(signed.fully_verified());
    let a = assess_with_catalogue(&signed, &Observations::default()).expect("assess");
    assert!(a.catalogue_verified);
    assert_eq!(a.catalogue_version, "test");
    assert!(!a.notices.contains(&NOTICE_CATALOGUE_NOT_VERIFIED));
    assert!(a.catalogue_unverified_ids.is_empty());
    assert_eq!(a.catalogue_unverified_rows, 0);

    let a = assess_observations(&Observations::default()).expect("assess");
    assert!(!a.catalogue_verified);
    assert_eq!(a.catalogue_unverified_rows, 67);
    assert_eq!(a.catalogue_unverified_ids.len(), 67);
    assert_eq!(
        a.catalogue_unverified_ids.first().map(String::as_str),
        Some("DR1")
    );
    assert_eq!(
        a.catalogue_unverified_ids.last().map(String::as_str),
        Some("AVD7")
    );
    assert!(a.notices.contains(&NOTICE_CATALOGUE_NOT_VERIFIED));
}

#[test]
fn the_notice_names_only_the_rows_still_unverified() {
    // Sign off every row but two: the result names exactly those two.
    let text = std::fs::read_to_string(fixtures().join("catalogue/ok_signed_off.toml"))
        .expect("signed-off vector");
    let mut partly = String::new();
    let mut current = String::new();
    for line in text.lines() {
        if let Some(id) = line.strip_prefix("id = ") {
            current = id.trim_matches('"').to_owned();
        }
        if line == "verified = true" && (current == "CR3" || current == "AVD7") {
            partly.push_str("verified = false\n");
        } else {
            partly.push_str(line);
            partly.push('\n');
        }
    }
    let c = Catalogue::parse(&partly).expect("partly verified catalogue loads");
    assert!(!c.fully_verified());
    assert_eq!(c.unverified_ids().collect::<Vec<_>>(), ["CR3", "AVD7"]);
    let a = assess_with_catalogue(&c, &Observations::default()).expect("assess");
    assert!(!a.catalogue_verified);
    assert_eq!(a.catalogue_unverified_rows, 2);
    assert_eq!(a.catalogue_unverified_ids, ["CR3", "AVD7"]);
    assert!(a.notices.contains(&NOTICE_CATALOGUE_NOT_VERIFIED));
}

// ---------------------------------------------------------------- messages

fn message_ids(file: &str) -> BTreeSet<String> {
    let path = manifest_dir().join("../../locales/en").join(file);
    let text = std::fs::read_to_string(&path).expect("locale file exists");
    text.lines()
        .filter(|l| !l.starts_with(['#', ' ', '.']) && l.contains(" ="))
        .filter_map(|l| l.split(" =").next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_indicator_label_has_an_english_message() {
    let ids = message_ids("indicators.ftl");
    for i in Catalogue::embedded().indicators() {
        assert!(ids.contains(&i.label), "missing {}", i.label);
    }
    assert_eq!(ids.len(), 67);
}

#[test]
fn every_assessment_message_id_has_an_english_message() {
    let ids = message_ids("assessment.ftl");
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for v in vignettes() {
        let a = assess_observations(&v.observations()).expect("assess");
        used.insert(a.result_message);
        used.insert(a.profile.message_id());
        used.insert(a.profile_basis.message_id());
        used.extend(a.notices.iter().copied());
        used.extend(a.conflicts.iter().map(|c| c.message_id()));
        for d in &a.dimension_details {
            used.insert(d.message);
            used.insert(d.status.message_id());
            used.insert(d.reason.message_id());
            if let lantern_core::assessment::Reason::Met { clause }
            | lantern_core::assessment::Reason::CouldBeMet { clause } = d.reason
            {
                used.insert(clause.message_id());
            }
        }
        used.extend(a.elements.iter().map(|e| e.message));
        used.extend(
            a.indicators_found
                .iter()
                .filter_map(|i| i.tier.map(Tier::message_id)),
        );
    }
    for tier in [Tier::Strong, Tier::Medium, Tier::Weak] {
        used.insert(tier.message_id());
    }
    // The vignettes must reach every result, status, profile basis and conflict.
    for id in [
        "result-indicators-met",
        "result-insufficient-information",
        "result-not-met",
        "profile-basis-age-under-18",
        "profile-basis-minor-suspected",
        "profile-basis-age-18-or-over",
        "profile-basis-age-unknown",
        "status-positive",
        "status-unresolved",
        "status-negative",
        "conflict-age-stated-adult-but-minor",
        "conflict-act-absent-but-recruitment",
        "element-act",
        "element-purpose",
        "element-recruitment",
    ] {
        assert!(used.contains(id), "no vignette reaches {id}");
    }
    for id in used {
        assert!(ids.contains(id), "locales/en/assessment.ftl lacks {id}");
    }
    assert!(!ids.iter().any(|id| id.contains("not-a-victim")));
}

// ---------------------------------------------------------------- vignettes

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Vignette {
    #[serde(skip)]
    name: String,
    description: String,
    /// Test-fixture convenience: presence of every catalogue id not listed in `observations`.
    unlisted_indicators: Presence,
    observations: Observations,
    expected: Expected,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    profile: Profile,
    result: String,
    dimensions: BTreeMap<String, Status>,
    conflicts: Vec<String>,
    indicators_found: Option<Vec<String>>,
}

impl Vignette {
    fn observations(&self) -> Observations {
        let mut o = self.observations.clone();
        for id in known_indicator_ids() {
            o.indicators.entry(id).or_insert(self.unlisted_indicators);
        }
        o
    }
}

fn vignettes() -> Vec<Vignette> {
    files_in(&fixtures().join("vignettes"), "json")
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable vignette");
            let mut v: Vignette =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            v.name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("utf-8 name")
                .to_owned();
            v
        })
        .collect()
}

#[test]
fn vignettes_give_their_expected_results() {
    let all = vignettes();
    assert!(all.len() >= 15, "only {} vignettes", all.len());
    let (mut adults, mut children) = (0, 0);
    for v in &all {
        assert!(!v.description.is_empty(), "{}", v.name);
        let a =
            assess_observations(&v.observations()).unwrap_or_else(|e| panic!("{}: {e}", v.name));
        let ctx = format!("vignette {}: {}", v.name, v.description);
        assert_eq!(a.profile, v.expected.profile, "{ctx}");
        assert_eq!(a.result.as_str(), v.expected.result, "{ctx}");
        let dims: BTreeMap<String, Status> = a
            .dimensions
            .iter()
            .map(|(d, s)| (d.as_str().to_owned(), *s))
            .collect();
        assert_eq!(dims, v.expected.dimensions, "{ctx}");
        let conflicts: Vec<&str> = a.conflicts.iter().map(|c| c.code()).collect();
        assert_eq!(conflicts, v.expected.conflicts, "{ctx}");
        if let Some(want) = &v.expected.indicators_found {
            let found: Vec<&str> = a.indicators_found.iter().map(|i| i.id.as_str()).collect();
            assert_eq!(&found, want, "{ctx}");
        }
        // Each found indicator carries exactly the evidence given for it.
        for f in &a.indicators_found {
            let given = v
                .observations
                .evidence
                .get(&f.id)
                .cloned()
                .unwrap_or_default();
            assert_eq!(f.evidence, given, "{ctx}: {}", f.id);
        }
        assert_eq!(a.rule_version, RULE_VERSION);
        match a.profile {
            Profile::Adult => adults += 1,
            Profile::Child => children += 1,
        }
    }
    assert!(
        adults >= 5 && children >= 5,
        "adults {adults} children {children}"
    );
}

#[test]
fn explanation_lists_indicators_tiers_evidence_and_reasons() {
    let v = vignettes()
        .into_iter()
        .find(|v| v.name == "adult_met_deception_debt_violence")
        .expect("vignette exists");
    let a = assess_observations(&v.observations()).expect("assess");
    let json = serde_json::to_value(&a).expect("serialises");
    assert_eq!(json["result"], "indicators_met");
    assert_eq!(json["result_message"], "result-indicators-met");
    assert_eq!(json["dimensions"]["DR"], "positive");
    let dr1 = &json["indicators_found"][0];
    assert_eq!(dr1["id"], "DR1");
    assert_eq!(dr1["dimension"], "DR");
    assert_eq!(dr1["tier"], "strong");
    assert_eq!(dr1["evidence"], serde_json::json!(["R5", "D1"]));
    let dr = &json["dimension_details"][0];
    assert_eq!(dr["reason"]["kind"], "met");
    assert_eq!(dr["reason"]["clause"], "strong_and_other");
    assert_eq!(
        dr["present"],
        serde_json::json!({"strong": 1, "medium": 1, "weak": 0})
    );
    assert_eq!(json["catalogue_version"], "1.0.0-provisional");
    assert_eq!(json["catalogue_verified"], false);
    assert_eq!(json["rule_version"], RULE_VERSION);
    assert_eq!(json["profile_basis"], "age_18_or_over");
}

// ---------------------------------------------------------------- errors

#[test]
fn unknown_indicator_ids_are_rejected_with_a_code() {
    let mut o = Observations::default();
    o.indicators.insert("DR1".into(), Presence::Present);
    o.indicators.insert("DR11".into(), Presence::Present);
    o.indicators.insert("dr2".into(), Presence::Absent);
    let err = assess_observations(&o).expect_err("unknown ids");
    assert_eq!(err.code(), "assessment.unknown_indicator");
    assert_eq!(
        err,
        AssessmentError::UnknownIndicator {
            ids: vec!["DR11".into(), "dr2".into()]
        }
    );
    assert!(err.to_string().contains("DR11, dr2"));

    let mut o = Observations::default();
    o.evidence.insert("XYZ1".into(), vec!["R1".into()]);
    let err = assess_observations(&o).expect_err("unknown evidence id");
    assert_eq!(err.code(), "assessment.unknown_evidence_indicator");
}

// ---------------------------------------------------------------- properties

const PRESENCES: [Presence; 3] = [Presence::Present, Presence::Absent, Presence::Unknown];

fn ids() -> Vec<String> {
    known_indicator_ids().into_iter().collect()
}

fn presence() -> impl Strategy<Value = Presence> {
    prop::sample::select(PRESENCES.to_vec())
}

// Answers with a per-case mix: mostly unknown (missing or explicit), or mostly answered with few
// unknowns and mostly "no", so that every status of every dimension and element is common.
fn answer(unknown: u32, present: u32, absent: u32) -> impl Strategy<Value = Option<Presence>> {
    prop_oneof![
        unknown => Just(None),
        unknown => Just(Some(Presence::Unknown)),
        present => Just(Some(Presence::Present)),
        absent => Just(Some(Presence::Absent)),
    ]
}

fn answers() -> impl Strategy<Value = Vec<Option<Presence>>> {
    prop_oneof![
        prop::collection::vec(answer(4, 4, 2), 67),
        prop::collection::vec(answer(1, 2, 12), 67),
        prop::collection::vec(answer(1, 1, 30), 67),
    ]
}

fn observations() -> impl Strategy<Value = Observations> {
    (
        prop::option::of(10u32..40),
        any::<bool>(),
        any::<bool>(),
        presence(),
        presence(),
        answers(),
    )
        .prop_map(
            |(age_years, minor_suspected, minor_at_start, act, commercial_sex, answers)| {
                let indicators = ids()
                    .into_iter()
                    .zip(answers)
                    .filter_map(|(id, p)| Some((id, p?)))
                    .collect();
                Observations {
                    age_years,
                    minor_suspected,
                    minor_at_start,
                    act,
                    commercial_sex,
                    indicators,
                    evidence: BTreeMap::new(),
                }
            },
        )
}

/// Every Unknown slot of the observations (missing ids, act, commercial_sex) set to `to`.
fn resolve_all(o: &Observations, to: Presence) -> Observations {
    let mut r = o.clone();
    for id in ids() {
        let p = r.indicators.entry(id).or_insert(Presence::Unknown);
        if *p == Presence::Unknown {
            *p = to;
        }
    }
    for p in [&mut r.act, &mut r.commercial_sex] {
        if *p == Presence::Unknown {
            *p = to;
        }
    }
    r
}

/// The unknown slots: indicator ids (missing or explicit), and "act" / "commercial_sex".
fn unknown_slots(o: &Observations) -> Vec<String> {
    let mut slots: Vec<String> = ids()
        .into_iter()
        .filter(|id| o.indicators.get(id).copied().unwrap_or_default() == Presence::Unknown)
        .collect();
    if o.act == Presence::Unknown {
        slots.push("act".into());
    }
    if o.commercial_sex == Presence::Unknown {
        slots.push("commercial_sex".into());
    }
    slots
}

fn set_slot(o: &Observations, slot: &str, to: Presence) -> Observations {
    let mut r = o.clone();
    match slot {
        "act" => r.act = to,
        "commercial_sex" => r.commercial_sex = to,
        id => {
            r.indicators.insert(id.to_owned(), to);
        }
    }
    r
}

fn assess(o: &Observations) -> Assessment {
    assess_observations(o).expect("generated ids are known")
}

fn overall(a: &Assessment) -> Status {
    match a.result {
        Outcome::IndicatorsMet => Status::Positive,
        Outcome::InsufficientInformation => Status::Unresolved,
        Outcome::NotMet => Status::Negative,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn unknown_to_present_never_lowers_a_status(o in observations(), pick in any::<prop::sample::Index>()) {
        let slots = unknown_slots(&o);
        prop_assume!(!slots.is_empty());
        let slot = pick.get(&slots);
        let before = assess(&o);
        let after = assess(&set_slot(&o, slot, Presence::Present));
        prop_assert_eq!(before.profile, after.profile);
        for d in Dimension::ALL {
            prop_assert!(after.dimensions[&d] >= before.dimensions[&d], "{} {:?}", slot, d);
            if before.dimensions[&d] == Status::Positive {
                prop_assert_eq!(after.dimensions[&d], Status::Positive);
            }
        }
        prop_assert!(overall(&after) >= overall(&before), "{}", slot);
        if before.result == Outcome::IndicatorsMet {
            prop_assert_eq!(after.result, Outcome::IndicatorsMet);
        }
    }

    #[test]
    fn unknown_to_absent_never_raises_a_status(o in observations(), pick in any::<prop::sample::Index>()) {
        let slots = unknown_slots(&o);
        prop_assume!(!slots.is_empty());
        let slot = pick.get(&slots);
        let before = assess(&o);
        let after = assess(&set_slot(&o, slot, Presence::Absent));
        for d in Dimension::ALL {
            prop_assert!(after.dimensions[&d] <= before.dimensions[&d], "{} {:?}", slot, d);
            if before.dimensions[&d] == Status::Negative {
                prop_assert_eq!(after.dimensions[&d], Status::Negative);
            }
        }
        prop_assert!(overall(&after) <= overall(&before), "{}", slot);
        if before.result == Outcome::NotMet {
            prop_assert_eq!(after.result, Outcome::NotMet);
        }
    }

    /// UNRESOLVED means exactly: some resolution of the unknowns makes it positive and some makes
    /// it not positive. The extreme resolutions (all present, all absent) decide it, because the
    /// rule is monotone.
    #[test]
    fn unresolved_is_consistent_with_the_resolutions(o in observations()) {
        let a = assess(&o);
        let hi = assess(&resolve_all(&o, Presence::Present));
        let lo = assess(&resolve_all(&o, Presence::Absent));
        for d in Dimension::ALL {
            let (s, h, l) = (a.dimensions[&d], hi.dimensions[&d], lo.dimensions[&d]);
            prop_assert_ne!(h, Status::Unresolved);
            prop_assert_ne!(l, Status::Unresolved);
            let want = match (h, l) {
                (Status::Positive, Status::Positive) => Status::Positive,
                (Status::Positive, _) => Status::Unresolved,
                _ => Status::Negative,
            };
            prop_assert_eq!(s, want, "{:?}", d);
        }
        let want = match (overall(&hi), overall(&lo)) {
            (Status::Positive, Status::Positive) => Status::Positive,
            (Status::Positive, _) => Status::Unresolved,
            _ => Status::Negative,
        };
        prop_assert_eq!(overall(&a), want);
        prop_assert_ne!(hi.result, Outcome::InsufficientInformation);
        prop_assert_ne!(lo.result, Outcome::InsufficientInformation);
    }

    /// Every explanation accounts for the answers: found indicators are exactly the present ones,
    /// and each dimension's counts cover its indicators.
    #[test]
    fn explanation_accounts_for_every_answer(o in observations()) {
        let a = assess(&o);
        let present: Vec<&String> = o.indicators.iter()
            .filter(|(_, p)| **p == Presence::Present).map(|(id, _)| id).collect();
        let mut found: Vec<&String> = a.indicators_found.iter().map(|i| &i.id).collect();
        found.sort();
        let mut present_sorted = present.clone();
        present_sorted.sort();
        prop_assert_eq!(found, present_sorted);
        let catalogue = Catalogue::embedded();
        for d in &a.dimension_details {
            let rows = catalogue.in_dimension(d.dimension).count();
            let listed = catalogue.in_dimension(d.dimension).filter(|i| i.tier(a.profile).is_some()).count();
            let p = d.present.strong + d.present.medium + d.present.weak;
            let u = d.unknown.strong + d.unknown.medium + d.unknown.weak;
            prop_assert!(p + u <= listed);
            prop_assert!(p + u + d.absent <= rows);
        }
    }
}
