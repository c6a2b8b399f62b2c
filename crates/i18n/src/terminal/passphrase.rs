//! How a command-line tool gets a passphrase: from an environment variable, else typed at the
//! terminal without echo (twice for a new one), with localised prompts and failures.

use std::io::{self, IsTerminal};

use crate::{MessageArgs, TerminalText};

use super::{CommandFailure, code, id};

/// A tool's passphrase prompt. The codes are the tool's own (scripts rely on them); reading
/// without echo is the tool's too (`rpassword::prompt_password`), so that this library needs no
/// terminal dependency.
#[derive(Debug, Clone, Copy)]
pub struct PassphrasePrompt {
    /// No variable set and no terminal to ask in.
    pub missing_code: &'static str,
    /// The passphrase and its repetition differ.
    pub mismatch_code: &'static str,
    /// Shows the prompt and reads one line without echo.
    pub read_hidden: fn(String) -> io::Result<String>,
}

impl PassphrasePrompt {
    /// Asks with message `id`, without echo. Fluent trims the space after the prompt's colon, so
    /// it is added here.
    pub fn ask(&self, text: &TerminalText, id: &str) -> Result<String, CommandFailure> {
        (self.read_hidden)(format!("{} ", text.message(id, None))).map_err(|e| {
            CommandFailure::new(code::TERMINAL, id::ERROR_TERMINAL, MessageArgs::new())
                .with_detail(e)
        })
    }

    /// The passphrase in environment variable `variable`, else asked with message `prompt_id`
    /// (and once more to confirm it when `confirm`) if standard input is a terminal.
    pub fn passphrase(
        &self,
        text: &TerminalText,
        variable: &str,
        prompt_id: &str,
        confirm: bool,
    ) -> Result<String, CommandFailure> {
        let source = PassphraseSource {
            variable,
            value: std::env::var(variable).ok(),
            terminal: io::stdin().is_terminal(),
        };
        self.choose(source, prompt_id, confirm, |id| self.ask(text, id))
    }

    /// [`PassphrasePrompt::passphrase`] with the environment and the terminal as parameters.
    fn choose(
        &self,
        source: PassphraseSource<'_>,
        prompt_id: &str,
        confirm: bool,
        mut ask: impl FnMut(&str) -> Result<String, CommandFailure>,
    ) -> Result<String, CommandFailure> {
        if let Some(value) = source.value {
            return Ok(value);
        }
        if !source.terminal {
            return Err(CommandFailure::new(
                self.missing_code,
                id::ERROR_NO_PASSPHRASE,
                MessageArgs::new().text("variable", source.variable),
            ));
        }
        let first = ask(prompt_id)?;
        if confirm {
            let second = ask(id::PROMPT_REPEAT_PASSPHRASE)?;
            if first != second {
                return Err(CommandFailure::new(
                    self.mismatch_code,
                    id::ERROR_PASSPHRASE_MISMATCH,
                    MessageArgs::new(),
                ));
            }
        }
        Ok(first)
    }
}

/// Where a passphrase can come from at this moment.
struct PassphraseSource<'a> {
    variable: &'a str,
    /// The variable's value, if it is set (and valid UTF-8).
    value: Option<String>,
    /// Standard input is a terminal to ask in.
    terminal: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Locale;

    const PROMPT: PassphrasePrompt = PassphrasePrompt {
        missing_code: "tool.no_passphrase",
        mismatch_code: "tool.passphrase_mismatch",
        read_hidden: echo_prompt,
    };

    /// Answers with the prompt it was shown, so a test can see the prompt.
    fn echo_prompt(prompt: String) -> io::Result<String> {
        Ok(prompt)
    }

    fn broken_terminal(_: String) -> io::Result<String> {
        Err(io::Error::other("no tty"))
    }

    fn text() -> TerminalText {
        TerminalText::embedded(Locale::En).expect("embedded locales")
    }

    /// What the prompt gives, and the messages it asked with, when the variable holds `value`,
    /// standard input is a `terminal` or not, and the user types `typed`, one entry per prompt.
    fn choose(
        value: Option<&str>,
        terminal: bool,
        prompt_id: &str,
        confirm: bool,
        typed: &[&str],
    ) -> (Result<String, CommandFailure>, Vec<String>) {
        let source = PassphraseSource {
            variable: "TOOL_PASSPHRASE",
            value: value.map(str::to_owned),
            terminal,
        };
        let mut asked = Vec::new();
        let mut typed = typed.iter();
        let result = PROMPT.choose(source, prompt_id, confirm, |id| {
            asked.push(id.to_owned());
            Ok(typed.next().expect("one entry per prompt").to_string())
        });
        (result, asked)
    }

    #[test]
    fn the_prompt_is_localised_and_followed_by_a_space() {
        let asked = PROMPT.ask(&text(), "cli-prompt-passphrase").expect("asked");
        assert_eq!(asked, "Passphrase: ");
    }

    #[test]
    fn a_terminal_that_cannot_be_read_is_a_terminal_failure() {
        let prompt = PassphrasePrompt {
            read_hidden: broken_terminal,
            ..PROMPT
        };
        let f = prompt
            .ask(&text(), "cli-prompt-passphrase")
            .expect_err("fails");
        assert_eq!(
            f.render(&text()),
            "The terminal could not be read. (no tty) [cli.terminal]"
        );
    }

    #[test]
    fn the_variable_comes_first() {
        let (p, asked) = choose(
            Some("from the variable"),
            true,
            "cli-prompt-passphrase",
            true,
            &[],
        );
        assert_eq!(p.expect("passphrase"), "from the variable");
        assert!(asked.is_empty(), "nothing asked: {asked:?}");
    }

    #[test]
    fn without_variable_or_terminal_the_tools_code_names_the_variable() {
        let (f, asked) = choose(None, false, "cli-prompt-passphrase", false, &[]);
        let f = f.expect_err("fails");
        assert_eq!(f.code(), "tool.no_passphrase");
        assert!(f.render(&text()).contains("TOOL_PASSPHRASE"));
        assert!(asked.is_empty());
    }

    #[test]
    fn a_new_passphrase_is_asked_twice_and_must_match() {
        let new = "cli-prompt-new-passphrase";
        let (p, asked) = choose(None, true, new, true, &["same one", "same one"]);
        assert_eq!(p.expect("passphrase"), "same one");
        assert_eq!(asked, [new, "cli-prompt-repeat-passphrase"]);

        let (f, _) = choose(None, true, new, true, &["one", "other"]);
        assert_eq!(f.expect_err("differs").code(), "tool.passphrase_mismatch");

        let (p, asked) = choose(None, true, "cli-prompt-passphrase", false, &["once"]);
        assert_eq!((p.expect("passphrase").as_str(), asked.len()), ("once", 1));
    }
}
