//! `questionnaire check FILE`: validate a questionnaire definition and report every problem.
//! `questionnaire show`: print the shipped identification questionnaire v1 as JSON.
use std::path::PathBuf;

use lantern_core::assessment::catalogue::known_indicator_ids;
use lantern_core::questionnaire::{
    LoadError, Questionnaire, WordingProblem, identification_v1, lint_wording,
};
use lantern_i18n::{CommandFailure, Isolation, Locale, Localizer, MessageArgs, TerminalText};

use crate::failure::Result;

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

pub fn run(text: &TerminalText, args: &QuestionnaireArgs) -> Result<()> {
    match &args.command {
        QuestionnaireCommand::Check { file } => check(text, file),
        QuestionnaireCommand::Show => {
            out!(
                "{}",
                serde_json::to_string_pretty(&identification_v1())
                    .map_err(CommandFailure::internal)?
            );
            Ok(())
        }
    }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The wording lint over the English source texts (the language the questionnaire is written
/// in; translations follow it). A text marked `lint_allow` in the definition is exempt.
fn wording_problems(q: &Questionnaire) -> Result<Vec<WordingProblem>> {
    let localizer = Localizer::embedded().map_err(CommandFailure::internal)?;
    Ok(lint_wording(q, |id| {
        localizer
            .localize(Locale::En, id, None, Isolation::Strip)
            .ok()
            .map(|l| l.text)
    }))
}

fn check(text: &TerminalText, file: &std::path::Path) -> Result<()> {
    let shown = file.display().to_string();
    match Questionnaire::load(file, &known_indicator_ids()) {
        Ok(q) => {
            let wording = wording_problems(&q)?;
            if !wording.is_empty() {
                for p in &wording {
                    out!(
                        "[{}] question {} ({}): {} {}",
                        p.check.code(),
                        p.question,
                        p.message_id,
                        p.check.as_str(),
                        p.found
                    );
                }
                return Err(CommandFailure::new(
                    "questionnaire.wording",
                    "cli-error-questionnaire-problems",
                    MessageArgs::new()
                        .text("file", shown)
                        .number("count", count(wording.len())),
                )
                .into());
            }
            let args = MessageArgs::new()
                .text("file", shown)
                .text("id", q.id.clone())
                .text("version", q.version.clone())
                .number("modules", count(q.modules.len()))
                .number("questions", count(q.questions.len()));
            out!("{}", text.message("cli-questionnaire-valid", Some(&args)));
            Ok(())
        }
        Err(err @ LoadError::Io { .. }) => {
            Err(CommandFailure::coded(err.code(), MessageArgs::new())
                .with_detail(&err)
                .into())
        }
        Err(err) => {
            // One report line per problem: its code, then the validator's description of the
            // place (question, gate, ...), which is written for the questionnaire's authors.
            let problems = err.problems();
            for p in problems {
                out!("[{}] {p}", p.code());
            }
            Err(CommandFailure::new(
                err.code(),
                "cli-error-questionnaire-problems",
                MessageArgs::new()
                    .text("file", shown)
                    .number("count", count(problems.len())),
            )
            .into())
        }
    }
}
