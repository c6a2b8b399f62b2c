//! `lantern`: the field command-line tool. A thin transport over the libraries: parse arguments,
//! call one library function, print the result. Exit 0 on success; on failure one clear line on
//! stderr, `lantern: <message> [<code>]`, and a non-zero code.
//!
//! Messages for people (prompts, confirmations, errors) come from Fluent in the language of
//! `--lang`, else of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. What
//! scripts read (JSON, ids, paths, the codes in brackets) is the same in every language.
//! `--help` is in the same language (the summaries, options and headings; clap's usage errors
//! stay English); `--version` adds the versions of the embedded questionnaire and catalogue.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

/// Prints a line to stdout. A closed pipe (`... | head`) ends the program quietly instead of
/// panicking like `println!` does.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
        }
    }};
}

mod cmd;
mod failure;
mod messages;

use lantern_i18n::terminal::help;
use lantern_i18n::{Terminal, TerminalText};

#[derive(Debug, Parser)]
#[command(name = "lantern", version, about = "Lantern field tool")]
struct Cli {
    /// Profile directory (encrypted store and wrapped keys).
    #[arg(long, global = true, env = "LANTERN_PROFILE")]
    profile: Option<PathBuf>,
    /// Language of messages: en, sq, sr-Cyrl, sr-Latn, ro, ru or uk (default: from LC_ALL,
    /// LC_MESSAGES or LANG, else English).
    #[arg(long, global = true, value_name = "LOCALE")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create a new profile: encrypted store, data key, recovery key.
    Init(cmd::profile::InitArgs),
    /// Unlock the profile and print a summary.
    Status(cmd::profile::StatusArgs),
    /// Change the passphrase (rewraps the data key), or set a new one with the recovery key.
    Passphrase(cmd::profile::PassphraseArgs),
    /// Assess observations against the indicator catalogue and print the result as JSON.
    Assess(cmd::assess::AssessArgs),
    /// Check the locale files, or regenerate sr-Latn from sr-Cyrl.
    Locales(cmd::locales::LocalesArgs),
    /// Check a questionnaire definition, or show the shipped one.
    Questionnaire(cmd::questionnaire::QuestionnaireArgs),
    /// Run a scripted interview, list interviews, or print an interview's answers.
    Interview(cmd::interview::InterviewArgs),
    /// Import the central node's enrolment file; prints this device's id.
    Enrol(cmd::sync::EnrolArgs),
    /// Write the interviews changed since the last acknowledged export as one sealed bundle;
    /// prints its path.
    Export(cmd::sync::ExportArgs),
    /// Apply the central node's signed receipt(s): mark acknowledged, purge per policy.
    Receipt(cmd::sync::ReceiptArgs),
    /// Send what is pending to the office's inbox now and apply the receipts; prints JSON
    /// {"sent", "acknowledged", "purged"}.
    Sync(cmd::sync::SyncArgs),
    /// Record a consent she withdrew after the interview (it travels with the next export).
    Consent(cmd::consent::ConsentArgs),
    /// The interpreter registry: interviews name interpreters only by its entries.
    Interpreters(cmd::interpreters::InterpretersArgs),

    /// Check the audit log: its keyed chain, the first broken entry and what broke there.
    Audit(cmd::audit::AuditArgs),
    /// Crypto-erase this profile at once (the key file first, then every file overwritten):
    /// nobody can open it any more. Needs --confirm and the passphrase.
    Erase(cmd::profile::EraseArgs),
}

fn main() -> ExitCode {
    // Before anything is written: nothing this process creates is readable by others.
    lantern_store::private_fs::restrict_umask();
    // The language comes first: clap's --help must already speak it.
    let lang = help::lang_argument(std::env::args_os());
    let terminal = match Terminal::start("lantern", lang.as_deref()) {
        Ok(terminal) => terminal,
        Err(exit) => return exit,
    };
    let text = terminal.text();
    let cli = parse(text);
    let result = match cli.command {
        Command::Init(args) => cmd::profile::init(text, cli.profile.as_deref(), &args),
        Command::Status(args) => cmd::profile::status(text, cli.profile.as_deref(), &args),
        Command::Passphrase(args) => {
            cmd::profile::change_passphrase(text, cli.profile.as_deref(), &args)
        }
        Command::Assess(args) => cmd::assess::assess(text, &args),
        Command::Locales(args) => cmd::locales::run(text, &args),
        Command::Questionnaire(args) => cmd::questionnaire::run(text, &args),
        Command::Interview(args) => cmd::interview::run(text, cli.profile.as_deref(), &args),
        Command::Enrol(args) => cmd::sync::enrol(text, cli.profile.as_deref(), &args),
        Command::Export(args) => cmd::sync::export(text, cli.profile.as_deref(), &args),
        Command::Receipt(args) => cmd::sync::receipt(text, cli.profile.as_deref(), &args),
        Command::Sync(args) => cmd::sync::online(text, cli.profile.as_deref(), &args),
        Command::Consent(args) => cmd::consent::run(text, cli.profile.as_deref(), &args),
        Command::Interpreters(args) => cmd::interpreters::run(text, cli.profile.as_deref(), &args),

        Command::Audit(args) => cmd::audit::run(text, cli.profile.as_deref(), &args),
        Command::Erase(args) => cmd::profile::erase(text, cli.profile.as_deref(), &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => terminal.fail(&failure.0),
    }
}

/// The key of this tool's help messages (`cli-help-lantern-…` in `cli-help.ftl`).
const HELP_KEY: &str = "lantern";

/// The help messages this tool needs in every locale (`lantern locales check` requires them).
pub(crate) fn help_message_ids() -> Vec<String> {
    help::help_message_ids(&Cli::command(), HELP_KEY)
}

/// Parses the command line, help in `text`'s language, `--version` with the embedded data's
/// versions; `--help`, `--version` and usage errors end the process here.
fn parse(text: &TerminalText) -> Cli {
    let versions = lantern_core::versions::Versions::embedded();
    help::parse(text, HELP_KEY, &versions.message_args())
}

#[cfg(test)]
mod tests {
    use lantern_i18n::Localizer;

    /// Every subcommand and top-level option has its help in every locale, so that no
    /// summary falls back to the English doc comment.
    #[test]
    fn every_help_message_is_in_every_locale() {
        let localizer = Localizer::embedded().expect("embedded locales");
        let ids = super::help_message_ids();
        // Built, not written out: the message-list test reads every `"cli-…"` literal here.
        let nested = format!("cli-help-{}-interview-run", super::HELP_KEY);
        assert!(ids.contains(&nested), "{ids:?}");
        let missing = localizer.missing_messages(&ids);
        assert!(missing.is_empty(), "{missing:?}");
    }
}
