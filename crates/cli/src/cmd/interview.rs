//! `lantern interview run --script FILE`, `interview list`, `interview answers ID`.
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, anyhow};
use lantern_field::{Directory, Field, Script};
use lantern_i18n::{Isolation, Locale, Localizer};

use super::{now_ms, profile};

#[derive(Debug, clap::Args)]
pub struct InterviewArgs {
    #[command(subcommand)]
    pub command: InterviewCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum InterviewCommand {
    /// Run a scripted interview (answers by question id, language switches) and print its id.
    Run {
        #[arg(long, value_name = "FILE")]
        script: PathBuf,
    },
    /// List interviews (JSON).
    List,
    /// Print an interview's answers file (the input of `lantern assess --answers`).
    Answers { id: String },
}

pub fn open(profile_dir: Option<&Path>) -> anyhow::Result<Field> {
    let store = profile::unlock(profile_dir)?;
    let localizer = Localizer::embedded().map_err(|e| anyhow!("{e} [{}]", e.code()))?;
    Ok(Field::new(
        store,
        Arc::new(lantern_core::questionnaire::identification_v1()),
        Arc::new(localizer),
        Directory::example(),
        Locale::En,
    )
    .with_isolation(Isolation::Strip))
}

pub fn run(profile_dir: Option<&Path>, args: &InterviewArgs) -> anyhow::Result<()> {
    match &args.command {
        InterviewCommand::Run { script } => {
            let text = std::fs::read_to_string(script)
                .with_context(|| format!("cannot read {}", script.display()))?;
            let script: Script = serde_json::from_str(&text).map_err(|e| {
                anyhow!(
                    "{} is not a valid interview script: {e} [field.bad_script]",
                    script.display()
                )
            })?;
            let mut field = open(profile_dir)?;
            let outcome = field
                .run_script(&script, now_ms())
                .map_err(|e| anyhow!("{e} [{}]", e.code()))?;
            out!("{}", outcome.interview_id);
            field.into_store().lock()?;
        }
        InterviewCommand::List => {
            let field = open(profile_dir)?;
            out!(
                "{}",
                serde_json::to_string_pretty(
                    &field.home().map_err(|e| anyhow!("{e} [{}]", e.code()))?
                )?
            );
            field.into_store().lock()?;
        }
        InterviewCommand::Answers { id } => {
            let field = open(profile_dir)?;
            let state = field.state(id).map_err(|e| anyhow!("{e} [{}]", e.code()))?;
            out!("{}", serde_json::to_string_pretty(&state)?);
            field.into_store().lock()?;
        }
    }
    Ok(())
}
