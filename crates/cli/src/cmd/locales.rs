//! `lantern locales check` and `lantern locales derive-sr-latn`: the locale lint and the sr-Latn
//! generator. Report strings come from Fluent (ui.ftl, embedded) with isolation marks stripped,
//! since this is a terminal.

use std::path::{Path, PathBuf};

use lantern_i18n::{
    Isolation, LintOptions, Locale, LocaleSources, Localizer, MessageArgs, TranslationStatus,
};

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
    /// Language of the report (a locale tag such as en, ru, sr-Latn).
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Message ids that must exist (one per line); may be given several times.
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
    /// Language of the messages (a locale tag).
    #[arg(long, default_value = "en")]
    pub lang: String,
}

pub fn run(args: &LocalesArgs) -> anyhow::Result<()> {
    match &args.command {
        LocalesCommand::Check(a) => check(a),
        LocalesCommand::DeriveSrLatn(a) => derive_sr_latn(a),
    }
}

struct Text {
    localizer: Localizer,
    locale: Locale,
}

impl Text {
    fn new(lang: &str) -> anyhow::Result<Self> {
        Ok(Self {
            localizer: Localizer::embedded()?,
            locale: lang.parse()?,
        })
    }

    fn get(&self, id: &str, args: Option<&MessageArgs>) -> anyhow::Result<String> {
        Ok(self
            .localizer
            .localize(self.locale, id, args, Isolation::Strip)?
            .text)
    }
}

pub fn check(args: &CheckArgs) -> anyhow::Result<()> {
    let text = Text::new(&args.lang)?;
    let sources = LocaleSources::load_dir(&args.dir)?;
    let mut options = LintOptions::all_supported();
    for path in &args.required_ids {
        options.required_ids.extend(read_ids(path)?);
    }
    let report = lantern_i18n::lint(&sources, &options);

    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        let dir = args.dir.display().to_string();
        println!(
            "{}",
            text.get(
                "cli-locales-title",
                Some(&MessageArgs::new().text("dir", dir))
            )?
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
                .text("status", text.get(status_id, None)?)
                .number("findings", count(summary.findings));
            println!("  {}", text.get("cli-locales-summary", Some(&line_args))?);
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
            println!(
                "{} [{}] {}{}",
                place,
                f.code.as_str(),
                text.get(f.code.message_id(), None)?,
                detail
            );
        }
    }
    if report.is_clean() {
        if !args.json {
            println!("{}", text.get("cli-locales-clean", None)?);
        }
        Ok(())
    } else {
        let n = MessageArgs::new().number("count", count(report.findings.len()));
        anyhow::bail!("{}", text.get("cli-locales-failed", Some(&n))?)
    }
}

pub fn derive_sr_latn(args: &DeriveArgs) -> anyhow::Result<()> {
    let text = Text::new(&args.lang)?;
    let changed = lantern_i18n::serbian::write_derived_sr_latn(&args.dir)?;
    if changed.is_empty() {
        println!("{}", text.get("cli-locales-derive-unchanged", None)?);
    } else {
        let n = MessageArgs::new().number("count", count(changed.len()));
        println!("{}", text.get("cli-locales-derived", Some(&n))?);
        for name in changed {
            println!("  {}", Path::new(Locale::SrLatn.tag()).join(name).display());
        }
    }
    Ok(())
}

fn read_ids(path: &Path) -> anyhow::Result<Vec<String>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect())
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
