//! `lantern assess`: observations in, the screening result with its explanation out (JSON).

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::Args;
use lantern_core::assessment::{self, Assessment, Catalogue};
use lantern_core::observations::Observations;
use lantern_i18n::{CommandFailure, MessageArgs, TerminalText};

use crate::failure::{Result, code, unreadable};

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Observations as JSON ("-" reads standard input): {"age_years": 17 | null,
    /// "minor_suspected": bool, "act": "present" | "absent" | "unknown", "commercial_sex": ...,
    /// "indicators": {"DR1": "present", ...}, "evidence": {"DR1": ["R5"]}}. Missing fields and
    /// indicator ids are unknown.
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present = "answers",
        conflicts_with = "answers"
    )]
    pub indicators: Option<PathBuf>,
    /// A questionnaire answers file (as printed by `lantern interview answers ID`): the answers
    /// of the identification questionnaire v1, mapped to observations by the engine.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// Indicator catalogue (TOML) to use instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub catalogue: Option<PathBuf>,
}

pub fn assess(text: &TerminalText, args: &AssessArgs) -> Result<()> {
    let (observations, emergencies) = match (&args.indicators, &args.answers) {
        (Some(path), _) => (read_observations(text, path)?, None),
        (None, Some(path)) => {
            let (o, e) = observations_from_answers(path)?;
            (o, Some(e))
        }
        // clap already requires one of them; kept so a change there cannot panic here.
        (None, None) => {
            return Err(CommandFailure::new(
                BAD_INPUT,
                "cli-error-assess-no-input",
                MessageArgs::new(),
            )
            .into());
        }
    };
    let result = run(args.catalogue.as_deref(), &observations)?;
    let mut value = serde_json::to_value(&result).map_err(CommandFailure::internal)?;
    // From answers, the emergency items their danger signals trigger travel with the result (the
    // device shows them at once and lists them on the result screen).
    if let (Some(e), Some(map)) = (emergencies, value.as_object_mut()) {
        map.insert("emergencies".into(), serde_json::json!(e));
    }
    let json = serde_json::to_string_pretty(&value).map_err(CommandFailure::internal)?;
    out!("{json}");
    Ok(())
}

/// The code of observations or answers that cannot be used.
const BAD_INPUT: &str = "assessment.bad_input";

fn run(catalogue: Option<&Path>, observations: &Observations) -> Result<Assessment> {
    let assessed = match catalogue {
        Some(path) => {
            let catalogue = Catalogue::load(path)?;
            assessment::assess_with_catalogue(&catalogue, observations)
        }
        None => assessment::assess_observations(observations),
    };
    Ok(assessed?)
}

fn read_observations(text: &TerminalText, path: &Path) -> Result<Observations> {
    let stdin = path.as_os_str() == "-";
    let shown = if stdin {
        text.message("cli-standard-input", None)
    } else {
        path.display().to_string()
    };
    let contents = if stdin {
        let mut contents = String::new();
        std::io::stdin()
            .read_to_string(&mut contents)
            .map_err(|e| unreadable(code::IO, Path::new(&shown), e))?;
        contents
    } else {
        std::fs::read_to_string(path).map_err(|e| unreadable(code::IO, path, e))?
    };
    // The parser's position goes into the detail: it is what the file's author needs.
    serde_json::from_str(&contents).map_err(|e| {
        CommandFailure::new(
            BAD_INPUT,
            "cli-error-observations-json",
            MessageArgs::new().text("file", shown.clone()),
        )
        .with_detail(e)
        .into()
    })
}

fn observations_from_answers(path: &Path) -> Result<(Observations, Vec<String>)> {
    let contents = std::fs::read_to_string(path).map_err(|e| unreadable(code::IO, path, e))?;
    let file = MessageArgs::new().text("file", path.display().to_string());
    let state: lantern_core::engine::InterviewState =
        serde_json::from_str(&contents).map_err(|e| {
            CommandFailure::new(BAD_INPUT, "cli-error-answers-json", file.clone()).with_detail(e)
        })?;
    let q = lantern_core::questionnaire::identification_v1();
    // Unknown question ids are refused rather than silently ignored.
    if let Some(k) = state
        .answers
        .keys()
        .find(|k| q.question(&k.question).is_none())
    {
        return Err(CommandFailure::new(
            BAD_INPUT,
            "cli-error-unknown-question",
            file.text("question", k.question.clone()),
        )
        .into());
    }
    Ok((
        lantern_core::engine::observations(&q, &state),
        lantern_core::engine::emergency_triggered(&q, &state),
    ))
}
