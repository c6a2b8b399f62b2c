//! `lantern audit verify`: walks the profile's keyed audit chain. Prints
//! `{"entries": N, "ok": true}` (stdout) on a sound log; on a broken one the same object with
//! `first_broken` and `problem`, then fails with `audit.log_broken` and a sentence saying what
//! broke where (stderr).
use std::path::Path;

use lantern_i18n::{CommandFailure, MessageArgs, TerminalText};
use lantern_store::audit::BROKEN_CODE;

use super::profile;
use crate::failure::Result;

#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum AuditCommand {
    /// Check the audit log's chain; report the first broken entry and what broke there.
    Verify,
}

pub fn run(text: &TerminalText, profile_dir: Option<&Path>, args: &AuditArgs) -> Result<()> {
    match args.command {
        AuditCommand::Verify => {
            let store = profile::unlock(text, profile_dir)?;
            let report = store.check_audit_log()?;
            store.lock()?;
            out!(
                "{}",
                serde_json::to_string(&report).map_err(CommandFailure::internal)?
            );
            match (report.problem, report.first_broken) {
                (Some(problem), Some(position)) => Err(CommandFailure::new(
                    BROKEN_CODE,
                    problem.message_id(),
                    MessageArgs::new().number("position", position),
                )
                .into()),
                _ => {
                    let n = MessageArgs::new().number("count", report.entries);
                    eprintln!("{}", text.message("cli-audit-sound", Some(&n)));
                    Ok(())
                }
            }
        }
    }
}
