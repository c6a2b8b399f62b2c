//! clap's `--help` in the user's language. clap's texts are fixed at compile time by the derive
//! macros (English doc comments); [`localize_help`] replaces them at run time with Fluent
//! messages, where a message exists, so that a subcommand added without a message still shows
//! its English summary rather than nothing. The tools' tests require a message for every
//! subcommand ([`help_message_ids`]), so that gap does not ship.
//!
//! Message ids (in `cli-help.ftl`), for a tool whose key is `lantern`:
//! - `cli-help-lantern`: the tool's one-line description;
//! - `cli-help-lantern-init`, `cli-help-lantern-interview-run`: each subcommand's summary, by
//!   its path;
//! - `cli-help-lantern-arg-profile`: a top-level option's help, by its clap id;
//! - `cli-help-usage`, `cli-help-commands`, `cli-help-arguments`, `cli-help-options`: the
//!   headings; `cli-help-flag-help`, `cli-help-flag-version`, `cli-help-subcommand-help`: clap's
//!   own `--help`, `--version` and `help`, shared by both tools.

use clap::{Command, CommandFactory, FromArgMatches};

use super::TerminalText;
use crate::MessageArgs;

/// Parses the command line of tool `C` with its help in `text`'s language; `--version` prints
/// `cli-version` formatted with `version_args`. `--help`, `--version` and usage errors end the
/// process here, as clap's own `parse` does.
pub fn parse<C: CommandFactory + FromArgMatches>(
    text: &TerminalText,
    key: &str,
    version_args: &MessageArgs,
) -> C {
    let version = text.message(VERSION, Some(version_args));
    let command = localize_help(C::command(), text, key, version);
    C::from_arg_matches(&command.get_matches()).unwrap_or_else(|e| e.exit())
}

/// The shared message ids of clap's own texts (headings, `--help`, `--version`, `help`) and of
/// the `--version` line.
pub const SHARED_HELP_MESSAGE_IDS: &[&str] = &[
    VERSION,
    USAGE,
    COMMANDS,
    ARGUMENTS,
    OPTIONS,
    FLAG_HELP,
    FLAG_VERSION,
    SUBCOMMAND_HELP,
];

/// `--version`'s text, formatted with the build's versions ([`parse`]).
const VERSION: &str = "cli-version";
const USAGE: &str = "cli-help-usage";
const COMMANDS: &str = "cli-help-commands";
const ARGUMENTS: &str = "cli-help-arguments";
const OPTIONS: &str = "cli-help-options";
const FLAG_HELP: &str = "cli-help-flag-help";
const FLAG_VERSION: &str = "cli-help-flag-version";
const SUBCOMMAND_HELP: &str = "cli-help-subcommand-help";

/// clap's help for `command` in `text`'s language: the description of the tool and of each
/// subcommand, the help of the top-level options, the headings and clap's own flags.
/// `key` names the tool in message ids (`lantern`, `central`). `version` becomes the text of
/// `--version` (after the tool's name).
pub fn localize_help(command: Command, text: &TerminalText, key: &str, version: String) -> Command {
    // Building makes clap add its own `help` subcommand and `--help`/`--version` flags, which
    // can only be re-worded once they exist.
    let path = format!("cli-help-{key}");
    // Before building: building copies the global options into every subcommand.
    let mut command = localize_arguments(command.version(version), text, &format!("{path}-arg-"));
    command.build();
    localize_command(command, text, &path)
}

/// The ids of the messages [`localize_help`] looks up for `command`: its description, its
/// subcommands' (recursively; clap's own `help` excepted), its top-level options' and the
/// shared ones. What a tool must have in every locale.
pub fn help_message_ids(command: &Command, key: &str) -> Vec<String> {
    let path = format!("cli-help-{key}");
    let mut ids: Vec<String> = SHARED_HELP_MESSAGE_IDS
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    ids.extend(
        command
            .get_arguments()
            .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
            .filter(|a| !a.is_hide_set())
            .map(|a| format!("{path}-arg-{}", a.get_id().as_str().replace('_', "-"))),
    );
    collect_ids(command, &path, &mut ids);
    ids
}

fn collect_ids(command: &Command, path: &str, ids: &mut Vec<String>) {
    ids.push(path.to_owned());
    for sub in command.get_subcommands() {
        if sub.get_name() != "help" {
            collect_ids(sub, &format!("{path}-{}", sub.get_name()), ids);
        }
    }
}

fn localized(text: &TerminalText, id: &str) -> Option<String> {
    text.localizer()
        .has_message(text.locale(), id)
        .then(|| text.message(id, None))
}

fn localize_command(mut command: Command, text: &TerminalText, path: &str) -> Command {
    if let Some(about) = localized(text, path) {
        // The long form would otherwise still be the English doc comment.
        command = command.about(about.clone()).long_about(about);
    }
    let heading =
        |id: &str, fallback: &str| localized(text, id).unwrap_or_else(|| fallback.to_owned());
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        heading(USAGE, "Usage")
    );
    command = command
        .help_template(template)
        .subcommand_help_heading(heading(COMMANDS, "Commands"));
    let options = heading(OPTIONS, "Options");
    let arguments = heading(ARGUMENTS, "Arguments");
    command = command.mut_args(|arg| {
        let arg = match arg.get_id().as_str() {
            "help" => localized(text, FLAG_HELP).map_or(arg.clone(), |h| arg.clone().help(h)),
            "version" => localized(text, FLAG_VERSION).map_or(arg.clone(), |h| arg.clone().help(h)),
            _ => arg,
        };
        match arg.get_help_heading() {
            Some(_) => arg,
            None if arg.is_positional() => arg.help_heading(arguments.clone()),
            None => arg.help_heading(options.clone()),
        }
    });
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = format!("{path}-{name}");
        command = command.mut_subcommand(&name, |sub| {
            if name == "help" {
                let sub = match localized(text, SUBCOMMAND_HELP) {
                    Some(about) => sub.about(about),
                    None => sub,
                };
                localize_command(sub, text, &sub_path)
            } else {
                localize_command(sub, text, &sub_path)
            }
        });
    }
    command
}

fn localize_arguments(command: Command, text: &TerminalText, prefix: &str) -> Command {
    command.mut_args(|arg| {
        let id = format!("{prefix}{}", arg.get_id().as_str().replace('_', "-"));
        match localized(text, &id) {
            Some(help) => arg.help(help),
            None => arg,
        }
    })
}

/// The value of `--lang` on a command line (`--lang ro` or `--lang=ro`), read before clap
/// parses it: the help clap prints must already be in that language. Arguments after `--` are
/// not options.
pub fn lang_argument<I, S>(args: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: Into<std::ffi::OsString>,
{
    let mut args = args.into_iter().map(Into::into);
    let mut lang = None;
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        } else if arg == "--lang" {
            lang = args.next().and_then(|v| v.into_string().ok());
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            lang = Some(value.to_owned());
        }
    }
    lang
}

#[cfg(test)]
mod tests {
    use super::lang_argument;

    #[test]
    fn lang_is_read_in_both_forms_and_not_after_the_double_dash() {
        assert_eq!(
            lang_argument(["lantern", "--lang", "ro", "init"]),
            Some("ro".into())
        );
        assert_eq!(
            lang_argument(["lantern", "init", "--lang=uk"]),
            Some("uk".into())
        );
        assert_eq!(
            lang_argument(["lantern", "--lang=sq", "--lang", "ru"]),
            Some("ru".into())
        );
        assert_eq!(lang_argument(["lantern", "--", "--lang", "ro"]), None);
        assert_eq!(lang_argument(["lantern", "status"]), None);
    }
}
