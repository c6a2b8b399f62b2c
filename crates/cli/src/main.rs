//! `lantern`: the field command-line tool. A thin transport over the libraries: parse arguments,
//! call one library function, print the result. Exit 0 on success; on failure one clear line on
//! stderr, `lantern: <message> [<code>]`, and a non-zero code.
//!
//! Messages for people (prompts, confirmations, errors) come from Fluent in the language of
//! `--lang`, else of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. What
//! scripts read (JSON, ids, paths, the codes in brackets) is the same in every language.
//! clap's own `--help` and usage errors stay English.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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

use lantern_i18n::Terminal;

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
    /// Record a consent she withdrew after the interview (it travels with the next export).
    Consent(cmd::consent::ConsentArgs),
}

fn main() -> ExitCode {
    // Before anything is written: nothing this process creates is readable by others.
    lantern_store::private_fs::restrict_umask();
    let cli = Cli::parse();
    let terminal = match Terminal::start("lantern", cli.lang.as_deref()) {
        Ok(terminal) => terminal,
        Err(exit) => return exit,
    };
    let text = terminal.text();
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
        Command::Consent(args) => cmd::consent::run(text, cli.profile.as_deref(), &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => terminal.fail(&failure.0),
    }
}
