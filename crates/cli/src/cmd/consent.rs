//! `lantern consent withdraw INTERVIEW PURPOSE`: she withdrew a consent after the interview. A
//! thin call into `lantern_field::consent::withdraw_consent`; prints what was recorded as one
//! JSON line (stdout), and a sentence for the worker (stderr).
use std::path::Path;

use lantern_field::consent;
use lantern_i18n::{CommandFailure, MessageArgs, TerminalText};
use lantern_store::ConsentPurpose;

use super::{now_ms, profile};
use crate::failure::Result;

#[derive(Debug, clap::Args)]
pub struct ConsentArgs {
    #[command(subcommand)]
    pub command: ConsentCommand,
}

/// The purposes, as typed on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PurposeArg {
    Assistance,
    Sharing,
    Police,
    Statistics,
}

impl From<PurposeArg> for ConsentPurpose {
    fn from(p: PurposeArg) -> Self {
        match p {
            PurposeArg::Assistance => Self::Assistance,
            PurposeArg::Sharing => Self::Sharing,
            PurposeArg::Police => Self::Police,
            PurposeArg::Statistics => Self::Statistics,
        }
    }
}

#[derive(Debug, clap::Subcommand)]
pub enum ConsentCommand {
    /// Record that she withdrew her consent to one purpose; it goes with the next export (also
    /// for an interview already purged after sync).
    Withdraw {
        /// The interview id (`lantern interview list`).
        interview: String,
        /// assistance, sharing, police or statistics.
        #[arg(value_enum)]
        purpose: PurposeArg,
    },
}

pub fn run(text: &TerminalText, profile_dir: Option<&Path>, args: &ConsentArgs) -> Result<()> {
    match &args.command {
        ConsentCommand::Withdraw { interview, purpose } => {
            let mut store = profile::unlock(text, profile_dir)?;
            let done = consent::withdraw_consent(
                &mut store,
                interview,
                (*purpose).into(),
                None,
                now_ms(),
            )?;
            out!(
                "{}",
                serde_json::to_string(&done).map_err(CommandFailure::internal)?
            );
            let args = MessageArgs::new()
                .text("id", done.interview_id.clone())
                .text("purpose", done.purpose.as_str());
            let id = if done.recorded {
                "cli-consent-withdrawn"
            } else {
                "cli-consent-already-no"
            };
            eprintln!("{}", text.message(id, Some(&args)));
            store.lock()?;
        }
    }
    Ok(())
}
