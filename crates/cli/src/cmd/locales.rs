//! `lantern locales check` and `lantern locales derive-sr-latn`: the locale lint and the sr-Latn
//! generator. Report strings come from Fluent (ui.ftl, embedded) in the language of the global
//! `--lang` (or the environment), with isolation marks stripped, since this is a terminal.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use lantern_core::assessment::{
    self, Catalogue, Clause, Conflict, Dimension, Element, Outcome, Profile, ProfileBasis, Reason,
    Status, Tier,
};

use lantern_i18n::{
    CommandFailure, LintOptions, Locale, LocaleSources, MessageArgs, TerminalText,
    TranslationStatus,
};

use crate::failure::{Result, code, unreadable};

#[derive(Debug, clap::Args)]
pub struct LocalesArgs {
    #[command(subcommand)]
    pub command: LocalesCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum LocalesCommand {
    /// Lint the locale files: same messages and variables everywhere, no empty or broken
    /// messages, status file complete, sr-Latn derived from sr-Cyrl. Exits non-zero on findings.
    Check(CheckArgs),
    /// Regenerate locales/sr-Latn/*.ftl from locales/sr-Cyrl/*.ftl by transliteration.
    DeriveSrLatn(DeriveArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The locales directory.
    #[arg(long, default_value = "locales")]
    pub dir: PathBuf,
    /// Further message ids that must exist (one per line); may be given several times. The ids
    /// the questionnaire, the assessment, the field view-models and the UI use are always
    /// required.
    #[arg(long = "required-ids")]
    pub required_ids: Vec<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct DeriveArgs {
    /// The locales directory.
    #[arg(long, default_value = "locales")]
    pub dir: PathBuf,
}

pub fn run(text: &TerminalText, args: &LocalesArgs) -> Result<()> {
    match &args.command {
        LocalesCommand::Check(a) => check(text, a),
        LocalesCommand::DeriveSrLatn(a) => derive_sr_latn(text, a),
    }
}

pub fn check(text: &TerminalText, args: &CheckArgs) -> Result<()> {
    let sources = LocaleSources::load_dir(&args.dir)?;
    let mut options = LintOptions::all_supported();
    options.required_ids = default_required_ids();
    options.read_aloud_ids = read_aloud_ids();
    for path in &args.required_ids {
        options.required_ids.extend(read_ids(path)?);
    }
    let report = lantern_i18n::lint(&sources, &options);

    if args.json {
        out!(
            "{}",
            serde_json::to_string_pretty(&report).map_err(CommandFailure::internal)?
        );
    } else {
        let dir = args.dir.display().to_string();
        out!(
            "{}",
            text.message(
                "cli-locales-title",
                Some(&MessageArgs::new().text("dir", dir))
            )
        );
        for summary in &report.locales {
            let status_id = match summary.status {
                Some(TranslationStatus::Source) => "cli-locales-status-source",
                Some(TranslationStatus::Draft) => "cli-locales-status-draft",
                Some(TranslationStatus::Reviewed) => "cli-locales-status-reviewed",
                None => "cli-locales-status-unknown",
            };
            let line_args = MessageArgs::new()
                .text("locale", summary.locale.clone())
                .number("messages", count(summary.messages))
                .text("status", text.message(status_id, None))
                .number("findings", count(summary.findings));
            out!(
                "  {}",
                text.message("cli-locales-summary", Some(&line_args))
            );
        }
        for f in &report.findings {
            let place = [
                f.locale.as_deref(),
                f.file.as_deref(),
                f.message_id.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
            let detail = if f.detail.is_empty() {
                String::new()
            } else {
                format!(" ({})", f.detail)
            };
            out!(
                "{} [{}] {}{}",
                place,
                f.code.as_str(),
                text.message(f.code.message_id(), None),
                detail
            );
        }
    }
    if report.is_clean() {
        if !args.json {
            out!("{}", text.message("cli-locales-clean", None));
        }
        Ok(())
    } else {
        let n = MessageArgs::new().number("count", count(report.findings.len()));
        Err(CommandFailure::new(code::LOCALE_FINDINGS, "cli-locales-failed", n).into())
    }
}

pub fn derive_sr_latn(text: &TerminalText, args: &DeriveArgs) -> Result<()> {
    let changed = lantern_i18n::serbian::write_derived_sr_latn(&args.dir)?;
    if changed.is_empty() {
        out!("{}", text.message("cli-locales-derive-unchanged", None));
    } else {
        let n = MessageArgs::new().number("count", count(changed.len()));
        out!("{}", text.message("cli-locales-derived", Some(&n)));
        for name in changed {
            out!("  {}", Path::new(Locale::SrLatn.tag()).join(name).display());
        }
    }
    Ok(())
}

/// The string ids the desktop UI looks up (one per line; the UI's string test keeps the file
/// equal to what the components use). Compiled in, so the check needs no ui/ folder at run time.
const UI_STRING_IDS: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/strings.txt"));

/// Every message id this build uses: the shipped questionnaire, the assessment and its indicator
/// catalogue, the field view-models and errors, the desktop UI, and this binary's own messages
/// (with those of the command-line code it shares with `lantern-central`).
pub fn default_required_ids() -> BTreeSet<String> {
    let mut ids = lantern_core::questionnaire::identification_v1().message_ids();
    ids.extend(assessment_ids());
    ids.extend(
        lantern_field::message_ids::REQUIRED_MESSAGE_IDS
            .iter()
            .map(|s| (*s).to_owned()),
    );
    ids.extend(parse_ids(UI_STRING_IDS));
    ids.extend(crate::messages::MESSAGE_IDS.iter().map(|s| (*s).to_owned()));
    ids.extend(crate::help_message_ids());
    ids.extend(
        lantern_i18n::terminal::MESSAGE_IDS
            .iter()
            .map(|s| (*s).to_owned()),
    );
    ids.extend(
        lantern_i18n::FindingCode::ALL
            .iter()
            .map(|c| c.message_id().to_owned()),
    );
    ids.extend(
        [
            "ui-draft-translation",
            "ui-fallback-notice",
            lantern_i18n::UNKNOWN_ERROR_MESSAGE_ID,
        ]
        .map(str::to_owned),
    );
    ids
}

/// The texts read aloud to her: question texts and option labels of the shipped questionnaire's
/// questions that are not interviewer-only (help texts are the interviewer's and never read).
pub fn read_aloud_ids() -> BTreeSet<String> {
    let q = lantern_core::questionnaire::identification_v1();
    let mut ids = BTreeSet::new();
    for question in q.questions.iter().filter(|q| !q.interviewer_only) {
        ids.insert(question.text_id.clone());
        ids.extend(question.options.iter().map(|o| o.label_id.clone()));
    }
    ids
}

/// Ids the assessment and its explanation use: every variant of each explained enum, and the
/// label of every catalogue row.
fn assessment_ids() -> Vec<String> {
    let mut ids: Vec<&str> = Vec::new();
    ids.extend(Dimension::ALL.map(Dimension::message_id));
    ids.extend([Tier::Strong, Tier::Medium, Tier::Weak].map(Tier::message_id));
    ids.extend([Profile::Adult, Profile::Child].map(Profile::message_id));
    ids.extend(
        [
            ProfileBasis::AgeUnder18,
            ProfileBasis::MinorSuspected,
            ProfileBasis::MinorAtStart,
            ProfileBasis::Age18OrOver,
            ProfileBasis::AgeUnknownNoSignOfMinority,
        ]
        .map(ProfileBasis::message_id),
    );
    ids.extend(
        [
            Outcome::IndicatorsMet,
            Outcome::InsufficientInformation,
            Outcome::NotMet,
        ]
        .map(Outcome::message_id),
    );
    ids.extend(
        [
            Element::Recruitment,
            Element::Exploitation,
            Element::ControlAtDestination,
            Element::Act,
            Element::Purpose,
        ]
        .map(Element::message_id),
    );
    ids.extend(
        [
            Conflict::AgeStatedAdultButMinorSuspected,
            Conflict::ActAbsentButRecruitmentIndicatorsPresent,
        ]
        .map(Conflict::message_id),
    );
    ids.extend([Status::Positive, Status::Unresolved, Status::Negative].map(Status::message_id));
    let clauses = [
        Clause::TwoStrong,
        Clause::StrongAndOther,
        Clause::ThreeMedium,
        Clause::TwoMediumOneWeak,
    ];
    ids.extend(clauses.map(Clause::message_id));
    ids.extend(
        [
            Reason::Met {
                clause: Clause::TwoStrong,
            },
            Reason::CouldBeMet {
                clause: Clause::TwoStrong,
            },
            Reason::CannotBeMet,
        ]
        .map(Reason::message_id),
    );
    ids.extend([
        assessment::NOTICE_CATALOGUE_NOT_VERIFIED,
        assessment::NOTICE_SCREENING_ONLY,
    ]);
    let mut ids: Vec<String> = ids.into_iter().map(str::to_owned).collect();
    ids.extend(
        Catalogue::embedded()
            .indicators()
            .iter()
            .map(|i| i.label.clone()),
    );
    ids
}

fn parse_ids(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn read_ids(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path).map_err(|e| unreadable(code::IO, path, e))?;
    Ok(parse_ids(&text))
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
