//! `lantern-central`: the central node's command-line tool. A thin transport over the
//! `lantern-central` library: parse arguments, call the library, print the result. Exit 0 on
//! success; on failure one line on stderr, `lantern-central: <message> [<code>]`, and a non-zero
//! exit.
//!
//! Messages for people (prompts, confirmations, errors) come from Fluent in the language of
//! `--lang`, else of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. What
//! scripts read (JSON, ids, paths, the codes in brackets) is the same in every language.
//! `--help` is in the same language (the summaries, options and headings; clap's usage errors
//! stay English); `--version` adds the versions of the embedded questionnaire and catalogue.

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

mod failure;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use failure::{Failure, Result, code};
use lantern_bundle::{DeviceVerifyingKey, PurgePolicy};
use lantern_central::{
    CaseExportPurpose, CaseRecord, Central, CentralError, DeviceBinding, DeviceStatus,
    ExportFormat, ExportProtection, ExportRequest, ImportOutcome, NodeInfo, ReviewState,
    StatisticsTable, SuppressionThreshold, Variable,
};
use lantern_i18n::terminal::help;
use lantern_i18n::{CommandFailure, MessageArgs, PassphrasePrompt, Terminal, TerminalText};
use lantern_store::sync::ConsentValue;
use lantern_store::{CHEAP_KDF_ALLOWED, InterviewStatus, KdfParams, Passphrase};
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Parser)]
#[command(name = "lantern-central", version, about = "Lantern central node")]
struct Cli {
    /// Central home directory (encrypted store and wrapped keys).
    #[arg(long, global = true, env = "LANTERN_CENTRAL_HOME")]
    home: Option<PathBuf>,
    /// Language of messages: en, sq, sr-Cyrl, sr-Latn, ro, ru or uk (default: from LC_ALL,
    /// LC_MESSAGES or LANG, else English).
    #[arg(long, global = true, value_name = "LOCALE")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Check the office's audit log chain; report the first broken entry and what broke there.
    Verify,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create the central home: keys, encrypted store, recovery key, enrolment file.
    Init {
        /// Where to write the enrolment file for devices.
        #[arg(long, value_name = "FILE")]
        enrolment_out: PathBuf,
        /// What devices do with acknowledged records: after_receipt (delete their plaintext,
        /// keep a tombstone) or never.
        #[arg(long, default_value = "after_receipt", value_parser = parse_purge)]
        purge: PurgePolicy,
        /// Use cheap key-derivation parameters. For tests only: a build without the
        /// `insecure-test-kdf` feature refuses the flag (`store.kdf_too_weak`).
        #[arg(long, hide = true)]
        insecure_test_kdf: bool,
    },
    /// Write the enrolment file again.
    Enrolment {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Where devices find the office's inbox (`https://host:port`, as `serve` listens), so
        /// that the desktop app sends without anyone typing an address.
        #[arg(long, value_name = "URL")]
        inbox_url: Option<String>,
    },
    /// Serve the HTTP inbox: devices send bundles online and get their receipts back. The
    /// first line of output is `listening on https://ADDR:PORT`; SIGTERM or Ctrl-C stops it
    /// once the requests in flight are done.
    Serve {
        /// Address and port to listen on; port 0 takes a free one (the first line names it).
        #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:8443")]
        listen: std::net::SocketAddr,
    },
    /// The office's key in shares for M of N people (any M restore the office).
    Key {
        #[command(subcommand)]
        command: KeyCommand,
    },
    /// Rebuild the central home in --home from a copy of a lost home's store and M key shares;
    /// asks for a new passphrase and prints a new recovery key.
    Recover {
        /// The lost home's `central.db` (or its folder); only read.
        #[arg(long, value_name = "STORE")]
        from: PathBuf,
        /// Share files written by `key split` (at least the threshold of them).
        #[arg(long, value_name = "FILE", num_args = 1.., required = true)]
        shares: Vec<PathBuf>,
        /// Use cheap key-derivation parameters. For tests only (as for `init`).
        #[arg(long, hide = true)]
        insecure_test_kdf: bool,
    },
    /// Show the node's id, key fingerprints and purge policy.
    Info {
        #[arg(long)]
        json: bool,
    },
    /// Approve, list or revoke devices.
    Devices {
        #[command(subcommand)]
        command: DevicesCommand,
    },
    /// Import bundle files (or every *.bundle file in a directory); prints a JSON report.
    Import {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Write signed receipts for imported bundles into a directory.
    Receipts {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Also write receipts that were written before.
        #[arg(long)]
        all: bool,
    },
    /// The supervisor's review: list, set state and note, the review queue, history.
    Review {
        #[command(subcommand)]
        command: ReviewCommand,
    },
    /// Case records as the office holds them.
    Records {
        #[command(subcommand)]
        command: RecordsCommand,
    },
    /// Persons interviewed more than once: candidate pairs, the supervisor's links.
    Persons {
        #[command(subcommand)]
        command: PersonsCommand,
    },
    /// The office's audit log (identity views, consent-driven deletions), its chain checked.
    Audit {
        #[command(subcommand)]
        command: Option<AuditCommand>,
        #[arg(long)]
        json: bool,
    },
    /// Anonymous statistics over the interviews with statistics consent: counts by 1 to 3
    /// variables, cells below k (11) suppressed, with secondary suppression (docs/statistics.md).
    Stats {
        /// Variables to count by, comma-separated (month, quarter, pathway, result, age_band,
        /// interview_locale, dimension_DR, indicator, …).
        #[arg(long = "by", value_name = "VAR[,VAR...]")]
        variables: String,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        suppression: SuppressionArgs,
    },
    /// Write an export: a statistics table (stats-csv, stats-xlsx) or one row per interview
    /// (htcds, ctdc). Encrypted with age unless --plain; recorded in the audit log.
    Export {
        /// htcds, ctdc, stats-csv or stats-xlsx.
        #[arg(long, value_name = "FORMAT")]
        format: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Statistics formats: the variables to count by, comma-separated.
        #[arg(long = "by", value_name = "VAR[,VAR...]")]
        variables: Option<String>,
        /// Case formats: who receives it, and so which consent it needs: sharing (another
        /// organisation) or police.
        #[arg(long, default_value = "sharing", value_name = "PURPOSE")]
        purpose: String,
        /// Encrypt to this age recipient (age1…; repeatable). Without it: to a passphrase from
        /// LANTERN_EXPORT_PASSPHRASE or typed.
        #[arg(long = "to", value_name = "age1…")]
        to: Vec<String>,
        /// Write the file unencrypted (needs --recipient).
        #[arg(long, conflicts_with = "to")]
        plain: bool,
        /// Who a plain export is for (audited).
        #[arg(long, value_name = "NAME")]
        recipient: Option<String>,
        #[command(flatten)]
        suppression: SuppressionArgs,
    },
}

/// k, its audited override, and who acts (`stats`, `export`).
#[derive(Debug, clap::Args)]
struct SuppressionArgs {
    /// Smallest count shown (at least 11).
    #[arg(long, default_value_t = lantern_central::MINIMUM_K, value_name = "N")]
    k: u32,
    /// Allow --k below 11 (needs --reason; recorded in the audit log).
    #[arg(long)]
    override_below_minimum: bool,
    /// Why k is below the minimum (audited).
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
    /// Who acts, for the audit log (default: the operating-system user).
    #[arg(long, value_name = "NAME")]
    operator: Option<String>,
}

impl SuppressionArgs {
    fn operator(&self) -> Result<String> {
        self.operator
            .clone()
            .or_else(os_user)
            .filter(|o| !o.trim().is_empty())
            .ok_or_else(|| Failure::from(CentralError::OperatorRequired))
    }

    /// Checked before the home is unlocked: a refused k reads nothing.
    fn threshold(&self) -> Result<SuppressionThreshold> {
        if self.k >= lantern_central::MINIMUM_K {
            return Ok(SuppressionThreshold::at_least_minimum(self.k)?);
        }
        if !self.override_below_minimum {
            return Ok(SuppressionThreshold::at_least_minimum(self.k)?);
        }
        let reason = self.reason.clone().unwrap_or_default();
        if reason.trim().is_empty() {
            return Err(CentralError::OverrideReasonRequired.into());
        }
        Ok(SuppressionThreshold::below_minimum(
            self.k,
            &self.operator()?,
            &reason,
        )?)
    }
}

#[derive(Debug, Subcommand)]
enum KeyCommand {
    /// Split the office's key into N share files, one per person, any M of which restore it.
    Split {
        /// How many shares restore the key (M, at least 2).
        #[arg(long)]
        threshold: u8,
        /// How many shares to write (N, at most 255).
        #[arg(long)]
        shares: u8,
        /// Folder for the share files (created if missing, private).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum RecordsCommand {
    /// One case record: the interview, its review state and consent; identifying data only
    /// with --with-identity and a --reason, which goes into the audit log.
    Show {
        interview_id: String,
        #[arg(long)]
        json: bool,
        /// Also show the identifying data (name, contact, date of birth), if held.
        #[arg(long)]
        with_identity: bool,
        /// Why the identifying data is needed (required with --with-identity; audited).
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// Who is looking (default: the operating-system user).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
}

// Persons (issue 13).
#[derive(Debug, Subcommand)]
enum PersonsCommand {
    /// Pairs of interviews from different devices that may be the same woman, with the
    /// evidence (fields and how they agreed, never the names).
    Candidates {
        #[arg(long)]
        json: bool,
        /// Lowest score shown (0 to 1).
        #[arg(long, default_value_t = lantern_central::persons::DEFAULT_THRESHOLD)]
        threshold: f64,
    },
    /// Link two interviews as the same woman (audited; the records are not changed).
    Link {
        a: String,
        b: String,
        #[arg(long, value_name = "TEXT")]
        note: String,
        /// Who links (default: the operating-system user).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
    /// Remove the link of two interviews (audited).
    Unlink {
        a: String,
        b: String,
        /// Who unlinks (default: the operating-system user).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum DevicesCommand {
    /// Approve a device by id, bound to the key or fingerprint it printed at enrolment (one of
    /// them is required: a device id alone is public). With --fingerprint, the key is pinned
    /// from the first bundle whose key has that fingerprint; any other bundle is refused.
    Approve {
        device_id: String,
        #[arg(
            long,
            value_name = "lantern-device-pk1…",
            conflicts_with = "fingerprint"
        )]
        key: Option<String>,
        #[arg(long, value_name = "FINGERPRINT")]
        fingerprint: Option<String>,
    },
    /// List devices.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Revoke a device: its bundles are refused from now on.
    Revoke { device_id: String },
}

#[derive(Debug, Subcommand)]
enum ReviewCommand {
    /// Interviews with their assessment, language timeline, review state and note.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Set an interview's review state (new, reviewed, needs_follow_up) and note.
    Set {
        interview_id: String,
        #[arg(long)]
        state: String,
        #[arg(long)]
        note: Option<String>,
    },
    /// The review queue: revisions not applied (a revision conflict, a record from another
    /// device, an older revision that arrived after a newer one), as JSON; `reason` says which.
    Queue {
        /// Include resolved items.
        #[arg(long)]
        all: bool,
    },
    /// Close a review-queue item with a note.
    Resolve {
        item_id: i64,
        #[arg(long)]
        note: String,
    },
    /// Every revision received for a record.
    History {
        record_id: String,
        #[arg(long, default_value = "interview")]
        kind: String,
    },
}

fn parse_purge(s: &str) -> std::result::Result<PurgePolicy, String> {
    PurgePolicy::parse(&s.replace('-', "_"))
        .ok_or_else(|| format!("{s}: expected after_receipt or never"))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn home(home: Option<&Path>) -> Result<PathBuf> {
    match home {
        Some(p) => Ok(p.to_path_buf()),
        None => Err(CommandFailure::new(
            code::NO_HOME,
            "cli-error-no-central-home",
            MessageArgs::new(),
        )
        .into()),
    }
}

/// Passphrases from `LANTERN_CENTRAL_PASSPHRASE` or typed without echo, failing with this
/// tool's codes.
const PASSPHRASE_PROMPT: PassphrasePrompt = PassphrasePrompt {
    missing_code: code::NO_PASSPHRASE,
    mismatch_code: code::PASSPHRASE_MISMATCH,
    read_hidden: rpassword::prompt_password,
};

fn passphrase(text: &TerminalText, prompt_id: &str, confirm: bool) -> Result<Passphrase> {
    let typed =
        PASSPHRASE_PROMPT.passphrase(text, "LANTERN_CENTRAL_PASSPHRASE", prompt_id, confirm)?;
    Ok(Passphrase::new(typed))
}

fn unlock(text: &TerminalText, dir: Option<&Path>) -> Result<Central> {
    let dir = home(dir)?;
    let p = passphrase(text, "cli-prompt-central-passphrase", false)?;
    Ok(Central::unlock(&dir, &p)?)
}

/// A file only its owner may read (a key share).
fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut f = lantern_store::private_fs::create_private(path)
        .map_err(|e| failure::io("cli-error-write", path, e))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| failure::io("cli-error-write", path, e))?;
    Ok(())
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    Ok(std::fs::write(path, bytes).map_err(|e| failure::io("cli-error-write", path, e))?)
}

fn json(value: &impl Serialize) -> Result<String> {
    Ok(serde_json::to_string(value).map_err(CommandFailure::internal)?)
}

fn json_pretty(value: &impl Serialize) -> Result<String> {
    Ok(serde_json::to_string_pretty(value).map_err(CommandFailure::internal)?)
}

/// The message that says what devices do with acknowledged interviews.
fn purge_message_id(policy: PurgePolicy) -> &'static str {
    match policy {
        PurgePolicy::AfterReceipt => "cli-purge-after-receipt",
        PurgePolicy::Never => "cli-purge-never",
    }
}

/// The node's identity and keys, one labelled line each (`init` and `info`).
/// The inbox until SIGTERM or Ctrl-C; one JSON line per request on stderr (never a body).
fn serve(central: Central, listen: std::net::SocketAddr) -> Result<()> {
    use lantern_central::inbox::{self, InboxConfig, RequestLog};
    use std::io::Write;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(CommandFailure::internal)?;
    let served = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| failure::io("cli-error-listen", Path::new(&listen.to_string()), e))?;
        let addr = listener.local_addr().map_err(CommandFailure::internal)?;
        out!("listening on https://{addr}");
        let _ = std::io::stdout().flush();
        let log = std::sync::Arc::new(|entry: &RequestLog| {
            if let Ok(line) = serde_json::to_string(entry) {
                eprintln!("{line}");
            }
        });
        let shutdown = async {
            use tokio::signal::unix::{SignalKind, signal};
            match signal(SignalKind::terminate()) {
                Ok(mut term) => {
                    tokio::select! {
                        _ = term.recv() => {},
                        _ = tokio::signal::ctrl_c() => {},
                    }
                }
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        };
        let served = inbox::serve(
            listener,
            central,
            InboxConfig::default(),
            Some(log),
            shutdown,
        )
        .await?;
        Ok::<_, Failure>(served)
    })?;
    served.central.lock()?;
    Ok(())
}

fn print_node(text: &TerminalText, info: &NodeInfo) {
    let line = |id: &str, value: &str| {
        out!(
            "{}",
            text.message(id, Some(&MessageArgs::new().text("value", value)))
        )
    };
    line("cli-central-node-id", &info.node_id);
    line("cli-central-key", &info.central_fingerprint);
    line("cli-central-recipient-key", &info.recipient_fingerprint);
    if let Some(inbox) = &info.inbox_certificate_fingerprint {
        line("cli-central-inbox-certificate", inbox);
    }
    line(
        "cli-central-purge",
        &text.message(purge_message_id(info.purge), None),
    );
}

fn interview_status_message_id(status: InterviewStatus) -> &'static str {
    match status {
        InterviewStatus::Draft => "ui-status-draft",
        InterviewStatus::Stopped => "ui-status-stopped",
        InterviewStatus::Finished => "ui-status-finished",
        InterviewStatus::Exported => "ui-status-exported",
        InterviewStatus::Purged => "ui-status-purged",
    }
}

fn review_state_message_id(state: ReviewState) -> &'static str {
    match state {
        ReviewState::New => "ui-supervisor-state-new",
        ReviewState::Reviewed => "ui-supervisor-state-reviewed",
        ReviewState::NeedsFollowUp => "ui-supervisor-state-follow-up",
    }
}

fn main() -> ExitCode {
    // Before anything is written: nothing this process creates is readable by others.
    lantern_store::private_fs::restrict_umask();
    // The language comes first: clap's --help must already speak it.
    let lang = help::lang_argument(std::env::args_os());
    let terminal = match Terminal::start("lantern-central", lang.as_deref()) {
        Ok(terminal) => terminal,
        Err(exit) => return exit,
    };
    let cli = parse(terminal.text());
    match run(terminal.text(), cli) {
        Ok(code) => code,
        Err(failure) => terminal.fail(&failure.0),
    }
}

/// The key of this tool's help messages (`cli-help-central-…` in `cli-help.ftl`).
const HELP_KEY: &str = "central";

/// Parses the command line, help in `text`'s language, `--version` with the embedded data's
/// versions; `--help`, `--version` and usage errors end the process here.
fn parse(text: &TerminalText) -> Cli {
    let versions = lantern_core::versions::Versions::embedded();
    help::parse(text, HELP_KEY, &versions.message_args())
}

fn run(text: &TerminalText, cli: Cli) -> Result<ExitCode> {
    let dir = cli.home.as_deref();
    match cli.command {
        Command::Init {
            enrolment_out,
            purge,
            insecure_test_kdf,
        } => {
            let home = home(dir)?;
            // Before the prompt: a refused flag asks for nothing.
            let kdf = KdfParams::for_new_key(insecure_test_kdf, CHEAP_KDF_ALLOWED)
                .map_err(lantern_central::CentralError::from)?;
            let p = passphrase(text, "cli-prompt-new-central-passphrase", true)?;
            let created = Central::init(&home, &p, kdf, purge, now_ms())?;
            write_file(&enrolment_out, &created.enrolment)?;
            let info = created.central.info()?;
            let dir_arg = MessageArgs::new().text("dir", home.display().to_string());
            out!("{}", text.message("cli-central-created", Some(&dir_arg)));
            print_node(text, &info);
            let file_arg = MessageArgs::new().text("file", enrolment_out.display().to_string());
            out!(
                "{}",
                text.message("cli-central-enrolment-file", Some(&file_arg))
            );
            out!();
            out!(
                "{}",
                text.message("cli-central-recovery-key-instruction", None)
            );
            // The key on a line of its own, indented, so it is easy to copy.
            out!("    {}", created.recovery_key.display_text().as_str());
            created.central.lock()?;
        }
        Command::Enrolment { out, inbox_url } => {
            let mut central = unlock(text, dir)?;
            // A home made before the inbox existed gets its certificate now, so the file pins it.
            central.inbox_certificate(now_ms())?;
            let file = central.enrolment_file_with_inbox(now_ms(), inbox_url.as_deref())?;
            write_file(&out, &file)?;
            out!("{}", out.display());
        }
        Command::Serve { listen } => {
            let central = unlock(text, dir)?;
            serve(central, listen)?;
        }
        Command::Key {
            command:
                KeyCommand::Split {
                    threshold,
                    shares,
                    out,
                },
        } => {
            let home = home(dir)?;
            let p = passphrase(text, "cli-prompt-central-passphrase", false)?;
            let split = Central::split_key(&home, &p, threshold, shares, now_ms())?;
            lantern_store::private_fs::create_dir_private(&out)
                .map_err(|e| failure::io("cli-error-write", &out, e))?;
            for share in &split {
                let path = out.join(format!(
                    "lantern-key-share-{}-of-{}.txt",
                    share.number, share.total
                ));
                let args = MessageArgs::new()
                    .number("number", share.number as i64)
                    .number("total", share.total as i64)
                    .number("threshold", share.threshold as i64);
                let header = text.message("cli-central-share-file", Some(&args));
                let body = zeroize::Zeroizing::new(format!(
                    "{}\n\n{}\n",
                    header
                        .lines()
                        .map(|l| format!("# {l}"))
                        .collect::<Vec<_>>()
                        .join("\n"),
                    share.text().as_str()
                ));
                write_private(&path, body.as_bytes())?;
                out!("{}", path.display());
            }
            let args = MessageArgs::new()
                .number("total", shares as i64)
                .number("threshold", threshold as i64);
            eprintln!(
                "{}",
                text.message("cli-central-shares-written", Some(&args))
            );
        }
        Command::Recover {
            from,
            shares,
            insecure_test_kdf,
        } => {
            let home = home(dir)?;
            let kdf = KdfParams::for_new_key(insecure_test_kdf, CHEAP_KDF_ALLOWED)
                .map_err(lantern_central::CentralError::from)?;
            let mut read = Vec::with_capacity(shares.len());
            for path in &shares {
                let bytes = zeroize::Zeroizing::new(
                    std::fs::read_to_string(path)
                        .map_err(|e| failure::io("cli-error-read", path, e))?,
                );
                read.push(
                    lantern_store::KeyShare::parse(&bytes)
                        .map_err(lantern_central::CentralError::from)?,
                );
            }
            let p = passphrase(text, "cli-prompt-new-central-passphrase", true)?;
            let restored = Central::restore_from_shares(&home, &from, &read, &p, kdf, now_ms())?;
            let info = restored.central.info()?;
            let dir_arg = MessageArgs::new().text("dir", home.display().to_string());
            out!("{}", text.message("cli-central-restored", Some(&dir_arg)));
            print_node(text, &info);
            out!();
            out!(
                "{}",
                text.message("cli-central-recovery-key-instruction", None)
            );
            out!("    {}", restored.recovery_key.display_text().as_str());
            restored.central.lock()?;
        }
        Command::Info { json } => {
            let central = unlock(text, dir)?;
            let info = central.info()?;
            if json {
                out!("{}", json_pretty(&info)?);
            } else {
                print_node(text, &info);
            }
        }
        Command::Devices { command } => {
            let mut central = unlock(text, dir)?;
            match command {
                DevicesCommand::Approve {
                    device_id,
                    key,
                    fingerprint,
                } => {
                    let binding = match (key, fingerprint) {
                        (Some(k), _) => {
                            DeviceBinding::Key(k.parse::<DeviceVerifyingKey>().map_err(|e| {
                                CommandFailure::new(
                                    e.code(),
                                    "cli-error-bad-device-key",
                                    MessageArgs::new(),
                                )
                                .with_detail(e)
                            })?)
                        }
                        (None, Some(f)) => DeviceBinding::fingerprint(&f)?,
                        (None, None) => {
                            return Err(CommandFailure::coded(
                                code::DEVICE_KEY_REQUIRED,
                                MessageArgs::new(),
                            )
                            .into());
                        }
                    };
                    let entry = central.approve_device(&device_id, binding, now_ms())?;
                    out!("{}", json(&entry)?);
                }
                DevicesCommand::List { json } => {
                    let devices = central.devices()?;
                    if json {
                        out!("{}", json_pretty(&devices)?);
                    } else {
                        for d in devices {
                            let status = match d.status {
                                DeviceStatus::Approved => "cli-device-approved",
                                DeviceStatus::Revoked => "cli-device-revoked",
                            };
                            let fingerprint = match (&d.fingerprint, &d.public_key) {
                                (Some(f), Some(_)) => f.clone(),
                                (Some(f), None) => format!(
                                    "{f} {}",
                                    text.message("cli-device-key-not-pinned", None)
                                ),
                                (None, _) => text.message("cli-device-not-bound", None),
                            };
                            let row = MessageArgs::new()
                                .text("device", d.device_id)
                                .text("status", text.message(status, None))
                                .text("fingerprint", fingerprint)
                                .number("bundles", d.bundles);
                            out!("{}", text.message("cli-device-row", Some(&row)));
                        }
                    }
                }
                DevicesCommand::Revoke { device_id } => {
                    let entry = central.revoke_device(&device_id, now_ms())?;
                    out!("{}", json(&entry)?);
                }
            }
            central.lock()?;
        }
        Command::Import { paths } => {
            let mut central = unlock(text, dir)?;
            let files = bundle_files(&paths)?;
            let mut imported = Vec::new();
            let mut duplicates = Vec::new();
            let mut rejected = Vec::new();
            for file in files {
                match central.import_file(&file, now_ms()) {
                    Ok(ImportOutcome::Imported(s)) => imported.push(json!({
                        "file": file, "summary": s
                    })),
                    Ok(ImportOutcome::Duplicate {
                        bundle_id,
                        device_id,
                    }) => duplicates.push(json!({
                        "file": file, "bundle_id": bundle_id, "device_id": device_id
                    })),
                    Err(e) => rejected.push(json!({
                        "file": file, "code": e.code(), "message": e.to_string()
                    })),
                }
            }
            let gaps = central
                .devices()?
                .into_iter()
                .filter(|d| !d.missing_seqs.is_empty())
                .map(|d| json!({"device_id": d.device_id, "missing": d.missing_seqs}))
                .collect::<Vec<_>>();
            let report = json!({
                "imported": imported.len(),
                "duplicates": duplicates.len(),
                "rejected": rejected,
                "gaps": gaps,
                "bundles": imported,
                "duplicate_files": duplicates,
            });
            out!("{}", json_pretty(&report)?);
            central.lock()?;
            if !rejected.is_empty() {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Receipts { out, all } => {
            let mut central = unlock(text, dir)?;
            for r in central.write_receipts(&out, all, now_ms())? {
                out!("{}", r.path.display());
            }
            central.lock()?;
        }
        Command::Review { command } => {
            let mut central = unlock(text, dir)?;
            match command {
                ReviewCommand::List { json } => {
                    let list = central.review_list()?;
                    if json {
                        out!("{}", json_pretty(&list)?);
                    } else {
                        for e in list {
                            let result = match &e.assessment {
                                Some(a) => text.message(a.result.message_id(), None),
                                None => text.message("cli-review-no-result", None),
                            };
                            let row = MessageArgs::new()
                                .text("interview", e.interview_id.clone())
                                .number("revision", e.revision)
                                .text(
                                    "state",
                                    text.message(review_state_message_id(e.review_state), None),
                                )
                                .text("result", result);
                            let mut line = text.message("cli-review-row", Some(&row));
                            // An interview exported before its end: its status, and its result
                            // marked provisional (issue 18).
                            line.push_str("  ");
                            line.push_str(
                                &text.message(interview_status_message_id(e.status), None),
                            );
                            if matches!(e.status, InterviewStatus::Draft | InterviewStatus::Stopped)
                            {
                                line.push_str("  ");
                                line.push_str(&text.message("ui-supervisor-provisional", None));
                            }
                            if !e.open_conflicts.is_empty() {
                                line.push_str("  ");
                                line.push_str(&text.message("cli-review-in-queue", None));
                            }
                            out!("{line}");
                        }
                    }
                }
                ReviewCommand::Set {
                    interview_id,
                    state,
                    note,
                } => {
                    let state: ReviewState = state.parse()?;
                    central.set_review(&interview_id, state, note.as_deref(), now_ms())?;
                }
                ReviewCommand::Queue { all } => {
                    out!("{}", json_pretty(&central.review_queue(all)?)?);
                }
                ReviewCommand::Resolve { item_id, note } => {
                    central.resolve_review_item(item_id, &note, now_ms())?;
                }
                ReviewCommand::History { record_id, kind } => {
                    out!(
                        "{}",
                        json_pretty(&central.record_history(&kind, &record_id)?)?
                    );
                }
            }
            central.lock()?;
        }
        Command::Records { command } => match command {
            RecordsCommand::Show {
                interview_id,
                json,
                with_identity,
                reason,
                by,
            } => {
                // Refused before the home is unlocked: nothing to audit, nothing read.
                let access = if with_identity {
                    let reason = reason.filter(|r| !r.trim().is_empty()).ok_or_else(|| {
                        Failure::from(lantern_central::CentralError::ReasonRequired)
                    })?;
                    let by = by.or_else(os_user).ok_or_else(|| {
                        Failure::from(lantern_central::CentralError::ViewerRequired)
                    })?;
                    Some((by, reason))
                } else {
                    None
                };
                let mut central = unlock(text, dir)?;
                let case = match &access {
                    Some((by, reason)) => {
                        central.case_record_with_identity(&interview_id, by, reason, now_ms())?
                    }
                    None => central.case_record(&interview_id)?,
                };
                central.lock()?;
                if json {
                    out!("{}", json_pretty(&case)?);
                } else {
                    print_case(text, &case, access.is_some())?;
                }
            }
        },
        // Persons (issue 13).
        Command::Persons { command } => {
            let mut central = unlock(text, dir)?;
            match command {
                PersonsCommand::Candidates { json, threshold } => {
                    let list = central.person_candidates(threshold)?;
                    if json {
                        out!("{}", json_pretty(&list)?);
                    } else {
                        for c in &list {
                            let row = MessageArgs::new()
                                .text("a", c.a.clone())
                                .text("b", c.b.clone())
                                .text("score", format!("{:.3}", c.score));
                            out!("{}", text.message("cli-persons-candidate", Some(&row)));
                        }
                    }
                }
                PersonsCommand::Link { a, b, note, by } => {
                    let by = by.or_else(os_user).unwrap_or_default();
                    central.link_persons(&a, &b, &by, &note, now_ms())?;
                }
                PersonsCommand::Unlink { a, b, by } => {
                    let by = by.or_else(os_user).unwrap_or_default();
                    central.unlink_persons(&a, &b, &by, now_ms())?;
                }
            }
            central.lock()?;
        }
        Command::Audit {
            command: Some(AuditCommand::Verify),
            ..
        } => {
            let central = unlock(text, dir)?;
            let report = central.check_audit_log()?;
            central.lock()?;
            out!("{}", json(&report)?);
            if let (Some(problem), Some(position)) = (report.problem, report.first_broken) {
                return Err(CommandFailure::new(
                    lantern_store::audit::BROKEN_CODE,
                    problem.message_id(),
                    MessageArgs::new().number("position", position),
                )
                .into());
            }
            let n = MessageArgs::new().number("count", report.entries);
            eprintln!("{}", text.message("cli-audit-sound", Some(&n)));
        }
        Command::Audit { json, .. } => {
            let central = unlock(text, dir)?;
            let verified = central.verify_audit_log()?;
            let entries = central.audit_entries()?;
            central.lock()?;
            if json {
                out!(
                    "{}",
                    json_pretty(&json!({"verified": verified, "entries": entries}))?
                );
            } else {
                for e in entries {
                    out!(
                        "{}  {}  {}  {}  {}",
                        e.seq,
                        e.at,
                        e.action,
                        e.subject,
                        e.detail
                    );
                }
                let n = MessageArgs::new().number("count", verified);
                out!("{}", text.message("cli-audit-verified", Some(&n)));
            }
        }
        Command::Stats {
            variables,
            json,
            suppression,
        } => {
            let variables = Variable::parse_list(&variables)?;
            let threshold = suppression.threshold()?;
            let mut central = unlock(text, dir)?;
            let table = central.statistics(&variables, &threshold, now_ms())?;
            central.lock()?;
            if json {
                out!("{}", self::json(&table)?);
            } else {
                print_statistics(text, &table);
            }
        }
        Command::Export {
            format,
            out,
            variables,
            purpose,
            to,
            plain,
            recipient,
            suppression,
        } => {
            // Everything is checked before the home is unlocked.
            let format: ExportFormat = format.parse()?;
            let purpose: CaseExportPurpose = purpose.parse()?;
            let variables = match (&variables, format.is_statistics()) {
                (Some(v), true) => Variable::parse_list(v)?,
                (None, true) => Variable::parse_list("")?,
                (_, false) => Vec::new(),
            };
            let threshold = suppression.threshold()?;
            let operator = suppression.operator()?;
            let protection = if plain {
                Some(ExportProtection::plain(recipient.as_deref().unwrap_or(""))?)
            } else if !to.is_empty() {
                Some(ExportProtection::recipients(&to)?)
            } else {
                None
            };
            let mut central = unlock(text, dir)?;
            let protection = match protection {
                Some(p) => p,
                None => ExportProtection::passphrase(PASSPHRASE_PROMPT.passphrase(
                    text,
                    "LANTERN_EXPORT_PASSPHRASE",
                    "cli-prompt-export-passphrase",
                    true,
                )?)?,
            };
            if let ExportProtection::Plain { recipient } = &protection {
                let args = MessageArgs::new()
                    .text("recipient", recipient.clone())
                    .text("file", out.display().to_string());
                eprintln!("{}", text.message("cli-export-plain-warning", Some(&args)));
            }
            let request = ExportRequest {
                format,
                purpose,
                variables,
                threshold,
                protection,
                operator,
            };
            let written = central.export(&request, &out, now_ms())?;
            central.lock()?;
            out!("{}", json(&written)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A statistics table for people: a heading, aligned columns (variable names as scripts use
/// them, values as stored), the total, and what the suppression means.
fn print_statistics(text: &TerminalText, table: &StatisticsTable) {
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(table.cells.len() + 2);
    let mut heading: Vec<String> = table.variables.iter().map(|v| v.name()).collect();
    heading.push(text.message("cli-stats-count", None));
    rows.push(heading);
    for cell in &table.cells {
        let mut row = cell.values.clone();
        row.push(cell.count.to_string());
        rows.push(row);
    }
    let mut total = vec![String::new(); table.variables.len()];
    total[0] = text.message("cli-stats-total", None);
    total.push(table.total.to_string());
    rows.push(total);
    let columns = table.variables.len() + 1;
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let k = MessageArgs::new().number("k", i64::from(table.k));
    out!("{}", text.message("cli-stats-heading", Some(&k)));
    for row in rows {
        let mut line = String::new();
        for (c, field) in row.iter().enumerate() {
            let pad = widths[c].saturating_sub(field.chars().count());
            if c + 1 == columns {
                line.push_str(&" ".repeat(pad));
                line.push_str(field);
            } else {
                line.push_str(field);
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out!("{}", line.trim_end());
    }
    out!("{}", text.message("cli-stats-suppressed-note", Some(&k)));
    if table.total_is_not_a_sum() {
        out!("{}", text.message("cli-stats-total-not-sum", None));
    }
}

/// The operating-system user, for the audit log when no --by is given.
fn os_user() -> Option<String> {
    ["USER", "LOGNAME", "USERNAME"]
        .into_iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
}

fn consent_message_id(value: ConsentValue) -> &'static str {
    match value {
        ConsentValue::Yes => "cli-consent-yes",
        ConsentValue::No => "cli-consent-no",
        ConsentValue::Unknown => "cli-consent-unknown",
    }
}

/// A case record for people: who sent it, its state, its consent, and the identity answers
/// only when they were asked for.
fn print_case(text: &TerminalText, case: &CaseRecord, asked_for_identity: bool) -> Result<()> {
    let head = MessageArgs::new()
        .text("interview", case.interview_id.clone())
        .number("revision", case.revision)
        .text("device", case.device_id.clone())
        .number(
            "answers",
            i64::try_from(case.record.answers.len()).unwrap_or(i64::MAX),
        )
        .text(
            "state",
            text.message(review_state_message_id(case.review.state), None),
        );
    out!("{}", text.message("cli-record-head", Some(&head)));
    let c = &case.consent;
    let consent = MessageArgs::new()
        .text(
            "assistance",
            text.message(consent_message_id(c.assistance), None),
        )
        .text("sharing", text.message(consent_message_id(c.sharing), None))
        .text("police", text.message(consent_message_id(c.police), None))
        .text(
            "statistics",
            text.message(consent_message_id(c.statistics), None),
        );
    out!("{}", text.message("cli-record-consent", Some(&consent)));
    match (&case.identity, asked_for_identity) {
        (_, false) => out!("{}", text.message("cli-record-identity-withheld", None)),
        (None, true) => out!("{}", text.message("cli-record-identity-none", None)),
        (Some(identity), true) => {
            out!("{}", text.message("cli-record-identity", None));
            for a in &identity.answers {
                let value = match &a.record.value {
                    Some(v) => json(v)?,
                    None => text.message("cli-record-no-value", None),
                };
                out!("    {}: {value}", a.record.question_id);
            }
        }
    }
    Ok(())
}

/// Files as given; a directory stands for the `*.bundle` files in it, in name order.
fn bundle_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| failure::io("cli-error-read", p, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "bundle"))
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use lantern_i18n::Localizer;

    /// Every message id this binary names (`"cli-…"`, `"ui-…"` literals in its sources) exists in
    /// every locale: `lantern locales check` does not know this binary's ids, so this test does.
    #[test]
    fn every_message_id_is_in_every_locale() {
        let sources = [include_str!("main.rs"), include_str!("failure.rs")];
        let mut ids = Vec::new();
        for source in sources {
            for prefix in ["\"cli-", "\"ui-"] {
                let mut rest = source;
                while let Some(at) = rest.find(prefix) {
                    let tail = &rest[at + 1..];
                    let end = tail.find('"').unwrap_or(tail.len());
                    let id = &tail[..end];
                    // (`!ends_with('-')` skips this test's own search prefixes.)
                    if !id.ends_with('-')
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        ids.push(id.to_owned());
                    }
                    rest = &tail[end..];
                }
            }
        }
        assert!(ids.len() > 20, "the scan finds the ids: {ids:?}");
        let localizer = Localizer::embedded().expect("embedded locales");
        let missing = localizer.missing_messages(&ids);
        assert!(missing.is_empty(), "{missing:?}");
    }
}

#[cfg(test)]
mod help_tests {
    use clap::CommandFactory;
    use lantern_i18n::Localizer;
    use lantern_i18n::terminal::help;

    /// Every subcommand and top-level option has its help in every locale, so that no
    /// summary falls back to the English doc comment.
    #[test]
    fn every_help_message_is_in_every_locale() {
        let localizer = Localizer::embedded().expect("embedded locales");
        let ids = help::help_message_ids(&super::Cli::command(), super::HELP_KEY);
        assert!(
            ids.contains(&"cli-help-central-review-queue".to_owned()),
            "{ids:?}"
        );
        let missing = localizer.missing_messages(&ids);
        assert!(missing.is_empty(), "{missing:?}");
    }
}
