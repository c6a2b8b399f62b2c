//! README.md's commands, run as written: every `lantern …`, `lantern-central …` and
//! `cargo run -p lantern-cli -- …` line of its `sh` code blocks, in order, on a scratch profile
//! and central home, must exit 0. The placeholders (`DIR`, `DEVICE_ID`, `FP`, `INTERVIEW_ID`,
//! `/srv/lantern`, `/media/usb`, `/tmp/demo`) stand for scratch folders or for what an earlier
//! command printed. A command line this test does not know fails it, so a new README command is
//! either made to run here or named in [`SKIPPED`].
//!
//! `lantern-central` is the binary beside `lantern` in cargo's target folder: `cargo test
//! --workspace` builds it (with `-p lantern-cli` alone, build it first).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::lantern_command;

/// README commands that are not run here, each with the reason.
const SKIPPED: &[(&str, &str)] = &[
    (
        "./scripts/run.sh",
        "sets up the machine, builds and starts the desktop app (a window)",
    ),
    ("./scripts/test.sh", "runs every test, this one included"),
    (
        "lantern-central --home /srv/lantern serve --listen 0.0.0.0:8443",
        "serves until SIGTERM: sync::serve_and_sync_online_as_processes runs it on 127.0.0.1:0",
    ),
    (
        "lantern --profile DIR sync --online https://OFFICE:8443",
        "needs the inbox running (see serve)",
    ),
    (
        "lantern-central --home /srv/lantern persons link A B --note TEXT --by NAME",
        "needs two interviews of one woman from two devices: crates/central's persons tests run it as a process",
    ),
    (
        "lantern-central --home /srv/lantern persons unlink A B --by NAME",
        "needs a link first (see persons link)",
    ),
    (
        "lantern-central --home NEW-HOME recover --from COPY-OF-HOME/central.db --shares SHARE-FILE...",
        "needs three share files by name: crates/central's key_shares test runs it as a process",
    ),
];

/// The lines of README.md's `sh` code blocks, without their trailing `# comment`.
fn readme_commands(readme: &str) -> Vec<String> {
    let mut commands = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        let trimmed = line.trim();
        if let Some(fence) = trimmed.strip_prefix("```") {
            in_sh = !in_sh && fence.trim() == "sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        let command = match trimmed.find(" #") {
            Some(at) => trimmed[..at].trim_end(),
            None => trimmed,
        };
        if !command.is_empty() && !command.starts_with('#') {
            commands.push(command.to_string());
        }
    }
    commands
}

/// Which tool a README command runs, and its arguments; `None` for a command in [`SKIPPED`].
fn tool_and_args(command: &str) -> Option<(&'static str, Vec<String>)> {
    if SKIPPED.iter().any(|(skipped, _)| command == *skipped) {
        return None;
    }
    let words: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    let (tool, rest) = match words.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["cargo", "run", "-p", "lantern-cli", "--", ..] => ("lantern", &words[5..]),
        ["cargo", "run", "-p", "lantern-central", "--", ..] => ("lantern-central", &words[5..]),
        ["lantern", ..] => ("lantern", &words[1..]),
        ["lantern-central", ..] => ("lantern-central", &words[1..]),
        _ => panic!(
            "README.md command not handled by this test (run it here or add it to SKIPPED): \
             {command}"
        ),
    };
    Some((tool, rest.to_vec()))
}

/// `dir/*.ext` as the files it names, in name order; any other word as it is.
fn expand_glob(word: &str) -> Vec<String> {
    let Some((dir, pattern)) = word.rsplit_once('/') else {
        return vec![word.to_string()];
    };
    let Some(suffix) = pattern.strip_prefix('*') else {
        return vec![word.to_string()];
    };
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{word} names no file");
    files
}

/// The placeholder values: scratch folders, then what commands print.
struct Scratch {
    values: HashMap<&'static str, String>,
}

impl Scratch {
    fn word(&self, word: &str) -> Vec<String> {
        let mut word = word.to_string();
        for (placeholder, value) in &self.values {
            if word == *placeholder {
                word.clone_from(value);
            } else if placeholder.starts_with('/')
                && let Some(rest) = word.strip_prefix(&format!("{placeholder}/"))
            {
                word = format!("{value}/{rest}");
            }
        }
        expand_glob(&word)
    }
}

/// A `VALUE` that a line `…: VALUE` on stderr printed (Fluent's isolation marks removed).
fn labelled_value(stderr: &str, label: &str) -> String {
    let line = stderr
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no line {label:?} in {stderr}"));
    line[label.len()..]
        .trim()
        .trim_matches(|c| c == '\u{2068}' || c == '\u{2069}')
        .to_string()
}

#[test]
fn every_readme_command_runs() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(repo.join("README.md")).unwrap();
    let lantern_central =
        Path::new(env!("CARGO_BIN_EXE_lantern")).with_file_name("lantern-central");
    assert!(
        lantern_central.exists(),
        "{} is not built: cargo build -p lantern-central (cargo test --workspace builds it)",
        lantern_central.display()
    );

    let scratch = tempfile::tempdir().unwrap();
    let at = |name: &str| -> PathBuf {
        let p = scratch.path().join(name);
        std::fs::create_dir_all(&p).unwrap();
        p
    };
    // The commands' working folder: the repository's data beside what they write.
    let cwd = at("cwd");
    for shared in ["examples", "crates", "locales"] {
        std::os::unix::fs::symlink(repo.join(shared).canonicalize().unwrap(), cwd.join(shared))
            .unwrap();
    }
    let home = at("home");
    let profile = scratch
        .path()
        .join("profile")
        .to_string_lossy()
        .into_owned();
    let mut placeholders = Scratch {
        values: HashMap::from([
            ("/tmp/demo", profile.clone()),
            ("DIR", profile),
            (
                "/srv/lantern",
                scratch
                    .path()
                    .join("central")
                    .to_string_lossy()
                    .into_owned(),
            ),
            ("/media/usb", at("usb").to_string_lossy().into_owned()),
        ]),
    };

    let commands = readme_commands(&readme);
    assert!(commands.len() > 10, "README.md's commands: {commands:?}");
    let mut skipped = Vec::new();
    for command in &commands {
        let Some((tool, args)) = tool_and_args(command) else {
            skipped.push(command.as_str());
            continue;
        };
        let args: Vec<String> = args.iter().flat_map(|w| placeholders.word(w)).collect();
        let mut process = if tool == "lantern" {
            lantern_command()
        } else {
            Command::new(&lantern_central)
        };
        let out = process
            .args(&args)
            .current_dir(&cwd)
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("LANG", "C")
            // As a login shell sets it (records show names the viewer from it without --by).
            .env("USER", "readme")
            .env_remove("LANTERN_CENTRAL_HOME")
            .env("LANTERN_PASSPHRASE", "readme field passphrase")
            .env("LANTERN_CENTRAL_PASSPHRASE", "readme office passphrase")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "README.md: `{command}` ({tool} {args:?}) exited {:?}\nstdout: {stdout}\nstderr: {stderr}",
            out.status
        );
        // What later commands name.
        match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            [.., "interview", "run", "--script", _] => {
                placeholders
                    .values
                    .insert("INTERVIEW_ID", stdout.trim().to_string());
            }
            [.., "enrol", _] => {
                placeholders
                    .values
                    .insert("DEVICE_ID", stdout.trim().to_string());
                placeholders
                    .values
                    .insert("FP", labelled_value(&stderr, "This device's fingerprint:"));
            }
            _ => {}
        }
    }
    let expected: Vec<&str> = SKIPPED.iter().map(|(c, _)| *c).collect();
    assert_eq!(
        skipped, expected,
        "SKIPPED names commands README.md no longer has"
    );
}

/// A README command this test does not know fails it (so it cannot be silently skipped).
#[test]
#[should_panic(expected = "not handled")]
fn an_unknown_readme_command_fails() {
    tool_and_args("lantern-desktop --profile DIR");
}

#[test]
fn readme_commands_are_read_from_sh_blocks_only_without_comments() {
    let readme = "text\n```sh\nlantern locales check   # lint\n\n```\n```\nlantern not-sh\n```\n";
    assert_eq!(readme_commands(readme), ["lantern locales check"]);
    assert_eq!(
        tool_and_args("cargo run -p lantern-cli -- locales check"),
        Some(("lantern", vec!["locales".to_string(), "check".to_string()]))
    );
    assert_eq!(tool_and_args("./scripts/test.sh"), None);
}
