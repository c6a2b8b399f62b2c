//! `lantern assess`: observations in, the screening result with its explanation out (JSON).

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};
use clap::Args;
use lantern_core::assessment::{self, Assessment, Catalogue};
use lantern_core::observations::Observations;

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

pub fn assess(args: &AssessArgs) -> Result<()> {
    let observations = match (&args.indicators, &args.answers) {
        (Some(path), _) => read_observations(path)?,
        (None, Some(path)) => observations_from_answers(path)?,
        (None, None) => {
            return Err(anyhow!(
                "give --indicators FILE or --answers FILE [assessment.bad_input]"
            ));
        }
    };
    let result = run(args.catalogue.as_deref(), &observations)?;
    let json = serde_json::to_string_pretty(&result).context("cannot serialise the assessment")?;
    out!("{json}");
    Ok(())
}

fn run(catalogue: Option<&Path>, observations: &Observations) -> Result<Assessment> {
    let assessed = match catalogue {
        Some(path) => {
            let catalogue =
                Catalogue::load(path).map_err(|e| anyhow!("{e} [{code}]", code = e.code()))?;
            assessment::assess_with_catalogue(&catalogue, observations)
        }
        None => assessment::assess_observations(observations),
    };
    assessed.map_err(|e| anyhow!("{e} [{code}]", code = e.code()))
}

fn read_observations(path: &Path) -> Result<Observations> {
    let stdin = path.as_os_str() == "-";
    let shown = if stdin {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    };
    let text = if stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| anyhow!("cannot read observations from standard input: {e}"))?;
        text
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| anyhow!("cannot read observations file {shown}: {e}"))?
    };
    // main prints only the outermost message, so the cause goes into it.
    serde_json::from_str(&text)
        .map_err(|e| anyhow!("{shown} is not valid observations JSON: {e} [assessment.bad_input]"))
}

fn observations_from_answers(path: &Path) -> Result<Observations> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow!("cannot read answers file {}: {e}", path.display()))?;
    let state: lantern_core::engine::InterviewState = serde_json::from_str(&text).map_err(|e| {
        anyhow!(
            "{} is not a valid answers file: {e} [assessment.bad_input]",
            path.display()
        )
    })?;
    let q = lantern_core::questionnaire::identification_v1();
    // Unknown question ids are refused rather than silently ignored.
    if let Some(k) = state
        .answers
        .keys()
        .find(|k| q.question(&k.question).is_none())
    {
        return Err(anyhow!(
            "{}: unknown question id {} [assessment.bad_input]",
            path.display(),
            k.question
        ));
    }
    Ok(lantern_core::engine::observations(&q, &state))
}
