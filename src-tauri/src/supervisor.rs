//! Supervisor mode: view-models over `lantern-central` for the central office (import bundles,
//! the review list, one interview's detail). Everything here is wiring and localisation of what
//! the library returns; import rules, assessment and review state live in `lantern-central`.

use std::path::{Path, PathBuf};

use lantern_central::{
    Central, CentralError, ImportOutcome, ImportSummary, ReviewEntry, ReviewState,
};
use lantern_core::assessment::{self, Dimension, Outcome, Profile, Status};
use lantern_core::questionnaire::Questionnaire;
use lantern_field::view::{
    DimensionDto, IndicatorDto, ReviewItem, Text, Texts, TimelineDto, answer_items,
};
use lantern_i18n::{Isolation, Locale, Localizer, MessageArgs};
use serde::Serialize;

use crate::error::IpcError;

/// Codes of the shell's own supervisor errors (localised as `error-central-*`).
pub const NO_HOME: &str = "central.no_home";
pub const LOCKED: &str = "central.locked";

/// Localises a central-node error for the webview: `error-` + the code with dots and
/// underscores as dashes (`central.*`, `bundle.*`, `store.*`), else `error-unknown`.
pub fn ipc_error(localizer: &Localizer, locale: Locale, e: &CentralError) -> IpcError {
    coded_error(localizer, locale, e.code())
}

/// The `{code, message}` error for a code the shell knows.
pub fn coded_error(localizer: &Localizer, locale: Locale, code: &str) -> IpcError {
    IpcError::new(code, message_for(localizer, locale, code))
}

pub fn message_for(localizer: &Localizer, locale: Locale, code: &str) -> String {
    let args = MessageArgs::new().text("code", code);
    let id = format!("error-{}", code.replace(['.', '_'], "-"));
    localizer
        .localize(locale, &id, Some(&args), Isolation::Keep)
        .or_else(|_| localizer.localize(locale, "error-unknown", Some(&args), Isolation::Keep))
        .map(|l| l.text)
        .unwrap_or_else(|_| code.to_owned())
}

/// One row of the review list: no free text, no answers; the detail holds those.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewRowDto {
    pub interview_id: String,
    /// e.g. "#3F2A": the last four characters of the id, as the field app labels interviews.
    pub short_id: String,
    pub device_id: String,
    pub device_short: String,
    pub revision: i64,
    /// When the revision in force arrived at the central office (unix ms).
    pub received_at: i64,
    pub interview_status: lantern_store::InterviewStatus,
    pub interview_locale: String,
    pub result: Option<Outcome>,
    pub result_text: Option<Text>,
    pub profile: Option<Profile>,
    /// Why there is no assessment (e.g. an unknown questionnaire version), localised.
    pub assessment_error: Option<Text>,
    pub review_state: ReviewState,
    pub reviewed_at: i64,
    pub has_note: bool,
    /// Open review-queue items (revisions not applied) for this interview.
    pub conflicts: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConflictDto {
    pub item_id: i64,
    pub revision: i64,
    pub device_id: String,
    /// `revision_conflict` (the same revision with other content), `foreign_device` (a record
    /// first sent by another device) or `older_revision` (arrived after a newer one); the text
    /// is `ui-supervisor-conflict-<reason with - for _>`.
    pub reason: String,
    pub reason_text: Text,
    pub created_at: i64,
}

/// One interview's detail for the supervisor. It mirrors `lantern-field`'s assessment view-model
/// without the parts that belong to the field visit (rights checklist, referrals).
#[derive(Debug, Clone, Serialize)]
pub struct ReviewDetailDto {
    pub row: ReviewRowDto,
    pub questionnaire: String,
    pub answer_count: usize,
    pub started_at: i64,
    pub updated_at: i64,
    pub dimensions: Vec<DimensionDto>,
    pub indicators: Vec<IndicatorDto>,
    pub notices: Vec<Text>,
    pub rule_version: Option<String>,
    pub catalogue_version: Option<String>,
    pub catalogue_unverified_notice: Option<Text>,
    pub language_timeline: Vec<TimelineDto>,
    pub note: String,
    pub conflicts: Vec<ConflictDto>,
    /// The answers, in questionnaire order, in the supervisor's language.
    pub answers: Vec<CaseAnswerDto>,
}

/// One answer of the case as the supervisor reads it, with the language it was asked in.
#[derive(Debug, Clone, Serialize)]
pub struct CaseAnswerDto {
    #[serde(flatten)]
    pub item: ReviewItem,
    /// The locale tag the question was asked in (the interview language at that moment).
    pub asked_in: Option<String>,
    /// The interviewer's own observation, not asked of her.
    pub interviewer_only: bool,
}

fn case_answers(
    central: &Central,
    questionnaire: &Questionnaire,
    t: &Texts<'_>,
    interview_id: &str,
) -> Result<Vec<CaseAnswerDto>, CentralError> {
    let (export, state) = central.interview_state(questionnaire, interview_id)?;
    let asked: std::collections::HashMap<(&str, u32), &str> = export
        .answers
        .iter()
        .map(|a| {
            let r = &a.record;
            (
                (r.question_id.as_str(), r.instance),
                r.asked_in_locale.as_str(),
            )
        })
        .collect();
    Ok(answer_items(questionnaire, t, None, &state)
        .into_iter()
        .map(|item| {
            let instance = item.key.instance.unwrap_or(0);
            CaseAnswerDto {
                asked_in: asked
                    .get(&(item.key.question.as_str(), instance))
                    .map(|l| (*l).to_owned()),
                interviewer_only: questionnaire
                    .question(&item.key.question)
                    .is_some_and(|q| q.interviewer_only),
                item,
            }
        })
        .collect())
}

fn short(id: &str) -> String {
    let tail: String = id
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("#{}", tail.to_uppercase())
}

fn received_at(central: &Central, e: &ReviewEntry) -> Result<i64, CentralError> {
    Ok(central
        .record_history("interview", &e.interview_id)?
        .into_iter()
        .filter(|r| r.revision == e.revision && r.disposition == "current")
        .map(|r| r.received_at)
        .next()
        .unwrap_or(e.reviewed_at))
}

fn row(central: &Central, t: &Texts<'_>, e: &ReviewEntry) -> Result<ReviewRowDto, CentralError> {
    Ok(ReviewRowDto {
        short_id: short(&e.interview_id),
        device_short: short(&e.device_id),
        interview_id: e.interview_id.clone(),
        device_id: e.device_id.clone(),
        revision: e.revision,
        received_at: received_at(central, e)?,
        interview_status: e.status,
        interview_locale: e.interview_locale.clone(),
        result: e.assessment.as_ref().map(|a| a.result),
        result_text: e.assessment.as_ref().map(|a| t.ui(a.result_message)),
        profile: e.assessment.as_ref().map(|a| a.profile),
        assessment_error: e
            .assessment_error
            .as_deref()
            .map(|code| text_plain(t.interface, message_for(t.localizer, t.interface, code))),
        review_state: e.review_state,
        reviewed_at: e.reviewed_at,
        has_note: !e.note.is_empty(),
        conflicts: e.open_conflicts.len(),
    })
}

fn text_plain(locale: Locale, text: String) -> Text {
    Text {
        text,
        locale,
        fell_back: false,
    }
}

fn texts(localizer: &Localizer, interface: Locale) -> Texts<'_> {
    Texts {
        localizer,
        interface,
        interview: interface,
        isolation: Isolation::Keep,
    }
}

/// The review list, most recently changed first (the library's order).
pub fn review_rows(
    central: &Central,
    localizer: &Localizer,
    interface: Locale,
) -> Result<Vec<ReviewRowDto>, CentralError> {
    let t = texts(localizer, interface);
    central
        .review_list()?
        .iter()
        .map(|e| row(central, &t, e))
        .collect()
}

/// One interview's detail: its assessment explained, its language timeline, review state, note
/// and open conflicts.
pub fn review_detail(
    central: &Central,
    questionnaire: &Questionnaire,
    localizer: &Localizer,
    interface: Locale,
    interview_id: &str,
) -> Result<ReviewDetailDto, CentralError> {
    let t = texts(localizer, interface);
    let entry = central
        .review_list()?
        .into_iter()
        .find(|e| e.interview_id == interview_id)
        .ok_or_else(|| CentralError::NotFound(format!("interview {interview_id}")))?;
    let a = entry.assessment.as_ref();
    let dimensions = a
        .map(|a| {
            [
                Dimension::DR,
                Dimension::CR,
                Dimension::AVR,
                Dimension::EXP,
                Dimension::COD,
                Dimension::AVD,
            ]
            .into_iter()
            .map(|d| DimensionDto {
                id: format!("{d:?}"),
                name: t.ui(d.message_id()),
                state: a.dimensions.get(&d).copied().unwrap_or(Status::Unresolved),
            })
            .collect()
        })
        .unwrap_or_default();
    let indicators = a
        .map(|a| {
            a.indicators_found
                .iter()
                .map(|f| IndicatorDto {
                    id: f.id.clone(),
                    label: t.ui(&f.label),
                    tier: f.tier.map(|tier| t.ui(tier.message_id())),
                    dimension: format!("{:?}", f.dimension),
                    counted: f.counted,
                    evidence: f
                        .evidence
                        .iter()
                        .filter_map(|qid| questionnaire.question(qid).map(|q| t.ui(&q.text_id)))
                        .collect(),
                })
                .collect()
        })
        .unwrap_or_default();
    let conflicts = entry
        .open_conflicts
        .iter()
        .map(|c| ConflictDto {
            item_id: c.item_id,
            revision: c.revision,
            device_id: c.device_id.clone(),
            reason_text: t.ui(&format!(
                "ui-supervisor-conflict-{}",
                c.reason.replace('_', "-")
            )),
            reason: c.reason.clone(),
            created_at: c.created_at,
        })
        .collect();
    Ok(ReviewDetailDto {
        row: row(central, &t, &entry)?,
        questionnaire: format!("{} {}", entry.questionnaire_id, entry.questionnaire_version),
        answer_count: entry.answer_count,
        started_at: entry.started_at,
        updated_at: entry.updated_at,
        dimensions,
        indicators,
        // The catalogue notice has its own field (as in the field app's view-model).
        notices: a
            .map(|a| {
                a.notices
                    .iter()
                    .filter(|n| **n != assessment::NOTICE_CATALOGUE_NOT_VERIFIED)
                    .map(|n| t.ui(n))
                    .collect()
            })
            .unwrap_or_default(),
        rule_version: a.map(|a| a.rule_version.to_owned()),
        catalogue_version: a.map(|a| a.catalogue_version.clone()),
        catalogue_unverified_notice: a
            .filter(|a| !a.catalogue_verified)
            .map(|_| t.ui("ui-catalogue-unverified")),
        language_timeline: entry
            .language_timeline
            .iter()
            .map(|e| TimelineDto {
                at: e.at,
                from: e.from_locale.clone(),
                to: e.to_locale.clone(),
                interpreter_id: e.interpreter_id.clone(),
            })
            .collect(),
        note: entry.note.clone(),
        conflicts,
        answers: case_answers(central, questionnaire, &t, interview_id)?,
    })
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FileOutcome {
    Imported,
    Duplicate,
    Rejected,
}

/// One file's result, sent over the progress channel as soon as it is known.
#[derive(Debug, Clone, Serialize)]
pub struct ImportFileEvent {
    /// 1-based position of this file; `index == total` on the last one.
    pub index: usize,
    pub total: usize,
    /// The file name only (no folder).
    pub file: String,
    pub outcome: FileOutcome,
    pub summary: Option<ImportSummary>,
    /// For `rejected`: the code and the localised reason.
    pub error: Option<IpcError>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub total: usize,
    pub imported: usize,
    pub duplicates: usize,
    pub rejected: usize,
    pub files: Vec<ImportFileEvent>,
    /// The central office was locked during the import (quick-hide, auto-lock): the files from
    /// this one on were not imported.
    pub interrupted: bool,
}

/// The `*.bundle` files of a folder, in name order (the folder is created if missing).
pub fn inbox_files(dir: &Path) -> Result<Vec<PathBuf>, CentralError> {
    let io = |source| CentralError::Io {
        path: dir.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "bundle"))
        .collect();
    files.sort();
    Ok(files)
}

/// What an import step needs from the shell: the central session for one file at a time (so
/// quick-hide can lock it between files) and the clock.
pub trait ImportTarget {
    /// Runs `f` on the open central home, or `None` when it has been locked meanwhile.
    fn with_central<T>(&self, f: impl FnOnce(&mut Central) -> T) -> Option<T>;
    fn localizer(&self) -> (&Localizer, Locale);
}

/// Imports the files one by one (each in its own transaction, by the library), reporting each
/// result through `progress` as it is known.
pub fn import_files(
    target: &impl ImportTarget,
    files: &[PathBuf],
    now: impl Fn() -> i64,
    mut progress: impl FnMut(&ImportFileEvent),
) -> ImportReport {
    let total = files.len();
    let (localizer, locale) = target.localizer();
    let mut report = ImportReport {
        total,
        imported: 0,
        duplicates: 0,
        rejected: 0,
        files: Vec::with_capacity(total),
        interrupted: false,
    };
    for (i, path) in files.iter().enumerate() {
        let Some(result) = target.with_central(|c| c.import_file(path, now())) else {
            report.interrupted = true;
            break;
        };
        let (outcome, summary, error) = match result {
            Ok(ImportOutcome::Imported(s)) => {
                report.imported += 1;
                (FileOutcome::Imported, Some(s), None)
            }
            Ok(ImportOutcome::Duplicate { .. }) => {
                report.duplicates += 1;
                (FileOutcome::Duplicate, None, None)
            }
            Err(e) => {
                report.rejected += 1;
                (
                    FileOutcome::Rejected,
                    None,
                    Some(ipc_error(localizer, locale, &e)),
                )
            }
        };
        let event = ImportFileEvent {
            index: i + 1,
            total,
            file: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            outcome,
            summary,
            error,
        };
        progress(&event);
        report.files.push(event);
    }
    report
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use std::cell::RefCell;
    use std::sync::Arc;

    use lantern_bundle::PurgePolicy;
    use lantern_field::{Directory, Field, Script, sync};
    use lantern_store::{KdfParams, Passphrase, Store};

    use super::*;

    const T0: i64 = 1_800_000_000_000;

    fn pass() -> Passphrase {
        Passphrase::new("a long central test passphrase".into())
    }

    struct Target {
        central: RefCell<Option<Central>>,
        localizer: Localizer,
        /// Lock the central home after this many files (as quick-hide would).
        lock_after: Option<usize>,
        calls: RefCell<usize>,
    }

    impl ImportTarget for Target {
        fn with_central<T>(&self, f: impl FnOnce(&mut Central) -> T) -> Option<T> {
            let mut calls = self.calls.borrow_mut();
            if self.lock_after == Some(*calls) {
                self.central.borrow_mut().take();
            }
            *calls += 1;
            self.central.borrow_mut().as_mut().map(f)
        }
        fn localizer(&self) -> (&Localizer, Locale) {
            (&self.localizer, Locale::En)
        }
    }

    /// A real central home and one real bundle from a real enrolled field profile (the adult
    /// example interview), written into `inbox`.
    fn central_with_bundle(root: &Path, inbox: &Path) -> Central {
        let created = Central::init(
            &root.join("central"),
            &pass(),
            KdfParams::INSECURE_TEST,
            PurgePolicy::AfterReceipt,
            T0,
        )
        .expect("init");
        let mut central = created.central;
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
        let info = sync::enrol(field.store_mut(), &created.enrolment, T0).expect("enrol");
        central
            .approve_device(
                &info.device_id,
                lantern_central::DeviceBinding::fingerprint(&info.device_fingerprint)
                    .expect("fingerprint"),
                T0,
            )
            .expect("approve");
        let script: Script = serde_json::from_str(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../examples/scripts/adult-complete.json"
            ))
            .expect("script"),
        )
        .expect("parse");
        field.run_script(&script, T0).expect("run");
        std::fs::create_dir_all(inbox).expect("inbox");
        sync::export(field.store_mut(), inbox, T0 + 1000).expect("export");
        central
    }

    #[test]
    fn inbox_import_reports_each_file_and_the_review_shows_the_interview() {
        let root = tempfile::tempdir().expect("tmp");
        let inbox = root.path().join("inbox");
        let central = central_with_bundle(root.path(), &inbox);
        // A file that is not a bundle, and one that is not named *.bundle (ignored).
        std::fs::write(inbox.join("zz-not-a-bundle.bundle"), b"hello").expect("write");
        std::fs::write(inbox.join("notes.txt"), b"ignored").expect("write");
        let files = inbox_files(&inbox).expect("list");
        assert_eq!(files.len(), 2);
        let target = Target {
            central: RefCell::new(Some(central)),
            localizer: Localizer::embedded().expect("locales"),
            lock_after: None,
            calls: RefCell::new(0),
        };
        let mut seen = Vec::new();
        let report = import_files(&target, &files, || T0 + 5000, |e| seen.push(e.clone()));
        assert_eq!((report.imported, report.rejected, report.total), (1, 1, 2));
        assert_eq!(
            seen.iter()
                .map(|e| (e.index, e.outcome))
                .collect::<Vec<_>>(),
            vec![(1, FileOutcome::Imported), (2, FileOutcome::Rejected)]
        );
        let rejected = seen[1].error.as_ref().expect("reason");
        assert!(rejected.code.starts_with("bundle."), "{}", rejected.code);
        // Localised from errors.ftl, not the code or the generic message.
        assert!(
            !rejected.message.contains(&rejected.code),
            "{}",
            rejected.message
        );
        assert_eq!(seen[1].file, "zz-not-a-bundle.bundle");

        // Again: the same bundle is a duplicate.
        let again = import_files(&target, &files[..1], || T0 + 6000, |_| ());
        assert_eq!(again.duplicates, 1);

        let central = target.central.borrow_mut().take().expect("open");
        let localizer = Localizer::embedded().expect("locales");
        let rows = review_rows(&central, &localizer, Locale::En).expect("rows");
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(row.review_state, ReviewState::New);
        assert_eq!(row.received_at, T0 + 5000);
        assert_eq!(row.result, Some(Outcome::IndicatorsMet));
        assert_eq!(row.conflicts, 0);
        let q = lantern_core::questionnaire::identification_v1();
        let mut central = central;
        central
            .set_review(
                &row.interview_id,
                ReviewState::NeedsFollowUp,
                Some("call the shelter"),
                T0 + 7000,
            )
            .expect("set");
        let detail =
            review_detail(&central, &q, &localizer, Locale::En, &row.interview_id).expect("detail");
        assert_eq!(detail.note, "call the shelter");
        assert_eq!(detail.row.review_state, ReviewState::NeedsFollowUp);
        assert_eq!(detail.dimensions.len(), 6);
        assert!(!detail.indicators.is_empty());
        assert!(
            detail
                .indicators
                .iter()
                .all(|i| !i.label.text.starts_with("ind-"))
        );
        assert!(!detail.language_timeline.is_empty());
        assert!(detail.catalogue_unverified_notice.is_some());
        let catalogue_text = &detail
            .catalogue_unverified_notice
            .as_ref()
            .expect("notice")
            .text;
        assert!(detail.notices.iter().all(|n| &n.text != catalogue_text));
        let missing = review_detail(&central, &q, &localizer, Locale::En, "nope").unwrap_err();
        assert_eq!(missing.code(), "central.not_found");
    }

    #[test]
    fn a_lock_between_files_stops_the_import() {
        let root = tempfile::tempdir().expect("tmp");
        let inbox = root.path().join("inbox");
        let central = central_with_bundle(root.path(), &inbox);
        std::fs::write(inbox.join("a.bundle"), b"x").expect("write");
        let files = inbox_files(&inbox).expect("list");
        let target = Target {
            central: RefCell::new(Some(central)),
            localizer: Localizer::embedded().expect("locales"),
            lock_after: Some(1),
            calls: RefCell::new(0),
        };
        let report = import_files(&target, &files, || T0, |_| ());
        assert!(report.interrupted);
        assert_eq!(report.files.len(), 1);
    }

    #[test]
    fn every_central_code_has_a_message() {
        let localizer = Localizer::embedded().expect("locales");
        for code in [
            "central.database",
            "central.unknown_device",
            "central.device_revoked",
            "central.device_key_mismatch",
            "central.bad_device_id",
            "central.device_fingerprint_mismatch",
            "central.device_not_bound",
            "central.bad_fingerprint",
            "central.unknown_interview",
            "central.reason_required",
            "central.viewer_required",
            "central.unknown_record_kind",
            "central.malformed_record",
            "central.not_found",
            "central.bad_review_state",
            "central.damaged",
            "central.io",
            "central.unknown_questionnaire",
            NO_HOME,
            LOCKED,
        ] {
            for locale in localizer.locales() {
                let id = format!("error-{}", code.replace(['.', '_'], "-"));
                assert!(
                    localizer
                        .localize(locale, &id, None, Isolation::Keep)
                        .is_ok(),
                    "{id} in {locale:?}"
                );
            }
        }
    }

    #[test]
    fn short_ids_are_the_last_four_characters_upper_case() {
        assert_eq!(short("01jd3f2a7q9x"), "#7Q9X");
        assert_eq!(short("ab"), "#AB");
    }
}

/// One device of the registry, for the supervisor's devices card.
#[derive(Debug, Clone, Serialize)]
pub struct DeviceRowDto {
    pub device_id: String,
    pub short: String,
    pub status: lantern_central::DeviceStatus,
    pub status_text: Text,
    /// The pinned key's fingerprint, or the one it was approved with.
    pub fingerprint: Option<String>,
    pub bundles: i64,
    pub last_seq: Option<i64>,
    /// Bundles below the newest one that never arrived (a stick lost on the way).
    pub missing_seqs: Vec<i64>,
    pub approved_at: i64,
    pub revoked_at: Option<i64>,
}

/// The registry, as the devices card shows it.
pub fn device_rows(
    central: &Central,
    localizer: &Localizer,
    interface: Locale,
) -> Result<Vec<DeviceRowDto>, CentralError> {
    let t = texts(localizer, interface);
    Ok(central
        .devices()?
        .into_iter()
        .map(|d| DeviceRowDto {
            short: short(&d.device_id),
            status_text: t.ui(match d.status {
                lantern_central::DeviceStatus::Approved => "ui-supervisor-device-approved",
                lantern_central::DeviceStatus::Revoked => "ui-supervisor-device-revoked",
            }),
            device_id: d.device_id,
            status: d.status,
            fingerprint: d.fingerprint,
            bundles: d.bundles,
            last_seq: d.last_seq,
            missing_seqs: d.missing_seqs,
            approved_at: d.approved_at,
            revoked_at: d.revoked_at,
        })
        .collect())
}

/// What the laptop printed at enrolment, as the supervisor pastes it: its key
/// (`lantern-device-pk1…`) or the key's fingerprint.
pub fn device_binding(text: &str) -> Result<lantern_central::DeviceBinding, CentralError> {
    let text = text.trim();
    if text.starts_with("lantern-device-pk1") {
        Ok(lantern_central::DeviceBinding::Key(text.parse()?))
    } else {
        lantern_central::DeviceBinding::fingerprint(text)
    }
}
