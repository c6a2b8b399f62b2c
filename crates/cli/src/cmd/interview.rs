//! `lantern interview run --script FILE`, `interview list`, `interview answers ID`.
use std::path::{Path, PathBuf};
use std::sync::Arc;

use lantern_field::{Directory, Field, Script};
use lantern_i18n::{CommandFailure, Isolation, Locale, Localizer, MessageArgs, TerminalText};

use super::{now_ms, profile};
use crate::failure::{Result, code, unreadable};

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

/// The field use-cases over the unlocked profile. Their view-models stay English: what this
/// command prints from them is JSON for scripts, the same in every language.
pub fn open(text: &TerminalText, profile_dir: Option<&Path>) -> Result<Field> {
    let store = profile::unlock(text, profile_dir)?;
    let localizer = Localizer::embedded()?;
    Ok(Field::open(
        store,
        Arc::new(lantern_core::questionnaire::identification_v1()),
        Arc::new(localizer),
        Directory::example(),
        Locale::En,
        now_ms(),
    )?
    .with_isolation(Isolation::Strip))
}

pub fn run(text: &TerminalText, profile_dir: Option<&Path>, args: &InterviewArgs) -> Result<()> {
    match &args.command {
        InterviewCommand::Run { script } => {
            let contents =
                std::fs::read_to_string(script).map_err(|e| unreadable(code::IO, script, e))?;
            let parsed: Script = serde_json::from_str(&contents).map_err(|e| {
                CommandFailure::new(
                    "field.bad_script",
                    "cli-error-script-json",
                    MessageArgs::new().text("file", script.display().to_string()),
                )
                .with_detail(e)
            })?;
            let mut field = open(text, profile_dir)?;
            let outcome = field.run_script(&parsed, now_ms())?;
            out!("{}", outcome.interview_id);
            field.into_store().lock()?;
        }
        InterviewCommand::List => {
            let field = open(text, profile_dir)?;
            out!(
                "{}",
                serde_json::to_string_pretty(&field.home()?).map_err(CommandFailure::internal)?
            );
            field.into_store().lock()?;
        }
        InterviewCommand::Answers { id } => {
            let field = open(text, profile_dir)?;
            let state = field.state(id)?;
            out!(
                "{}",
                serde_json::to_string_pretty(&state).map_err(CommandFailure::internal)?
            );
            field.into_store().lock()?;
        }
    }
    Ok(())
}
