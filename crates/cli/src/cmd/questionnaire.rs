//! `questionnaire check FILE`: validate a questionnaire definition and report every problem.
//! `questionnaire show`: print the shipped identification questionnaire v1 as JSON.
use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;
use lantern_core::assessment::catalogue::known_indicator_ids;
use lantern_core::questionnaire::{LoadError, Questionnaire, identification_v1};

#[derive(Debug, clap::Args)]
pub struct QuestionnaireArgs {
    #[command(subcommand)]
    pub command: QuestionnaireCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum QuestionnaireCommand {
    /// Validate a definition file; print every problem (code, file, place) and fail if any.
    Check {
        /// The TOML definition.
        file: PathBuf,
    },
    /// Print the embedded identification questionnaire v1 (checked model) as JSON.
    Show,
}

pub fn run(args: &QuestionnaireArgs) -> anyhow::Result<()> {
    match &args.command {
        QuestionnaireCommand::Check { file } => check(file),
        QuestionnaireCommand::Show => {
            // writeln, not println: a closed pipe (`| head`) is an error, not a panic.
            writeln!(
                std::io::stdout().lock(),
                "{}",
                serde_json::to_string_pretty(&identification_v1())?
            )?;
            Ok(())
        }
    }
}

fn check(file: &std::path::Path) -> anyhow::Result<()> {
    match Questionnaire::load(file, &known_indicator_ids()) {
        Ok(q) => {
            writeln!(
                std::io::stdout().lock(),
                "{}: ok: questionnaire {} {} ({} modules, {} questions)",
                file.display(),
                q.id,
                q.version,
                q.modules.len(),
                q.questions.len()
            )?;
            Ok(())
        }
        Err(err @ LoadError::Io { .. }) => bail!("[{}] {err}", err.code()),
        Err(err) => {
            let problems = err.problems();
            let mut out = std::io::stdout().lock();
            for p in problems {
                writeln!(out, "[{}] {p}", p.code())?;
            }
            bail!("{}: {} problem(s) found", file.display(), problems.len())
        }
    }
}
