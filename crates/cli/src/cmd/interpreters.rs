//! `lantern interpreters add|list`: the interpreter registry. An interview (and a script) names
//! interpreters only by a registry entry; `add` is how a worker without the desktop app, or a
//! set-up script, puts one in.
use std::path::Path;

use lantern_field::InterpreterEntry;
use lantern_i18n::{CommandFailure, TerminalText};

use super::{interview, now_ms};
use crate::failure::Result;

#[derive(Debug, clap::Args)]
pub struct InterpretersArgs {
    #[command(subcommand)]
    pub command: InterpretersCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum InterpretersCommand {
    /// Add an interpreter to the registry, or update the entry with this id; prints it (JSON).
    Add {
        /// The interpreter's id (a code or badge number: letters, digits, - and _).
        #[arg(long)]
        id: String,
        /// The interpreter's name.
        #[arg(long)]
        name: String,
        /// Languages interpreted, as tags separated by commas (ro,ru).
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
        /// The organisation the interpreter works for.
        #[arg(long)]
        organisation: String,
    },
    /// The registry (JSON).
    List,
}

pub fn run(text: &TerminalText, profile_dir: Option<&Path>, args: &InterpretersArgs) -> Result<()> {
    let mut field = interview::open(text, profile_dir)?;
    match &args.command {
        InterpretersCommand::Add {
            id,
            name,
            languages,
            organisation,
        } => {
            let entry = InterpreterEntry {
                id: id.clone(),
                display_name: name.clone(),
                languages: languages.iter().map(|l| l.trim().to_owned()).collect(),
                organisation: organisation.clone(),
            };
            field.register_interpreter(&entry, now_ms())?;
            let saved = field
                .interpreters()?
                .into_iter()
                .find(|e| e.id == entry.id)
                .unwrap_or(entry);
            out!(
                "{}",
                serde_json::to_string(&saved).map_err(CommandFailure::internal)?
            );
        }
        InterpretersCommand::List => {
            out!(
                "{}",
                serde_json::to_string_pretty(&field.interpreters()?)
                    .map_err(CommandFailure::internal)?
            );
        }
    }
    Ok(())
}
