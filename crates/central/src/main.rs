//! `lantern-central`: the central node's command-line tool. A thin transport over the
//! `lantern-central` library: parse arguments, call the library, print the result. Exit 0 on
//! success; on failure one line on stderr ending in `[code]` and a non-zero exit.

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

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use lantern_bundle::{DeviceVerifyingKey, PurgePolicy};
use lantern_central::{Central, CentralError, ImportOutcome, ReviewState};
use lantern_store::{KdfParams, Passphrase};
use serde_json::json;

#[derive(Debug, Parser)]
#[command(name = "lantern-central", version, about = "Lantern central node")]
struct Cli {
    /// Central home directory (encrypted store and wrapped keys).
    #[arg(long, global = true, env = "LANTERN_CENTRAL_HOME")]
    home: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
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
        /// Use cheap key-derivation parameters. For tests only.
        #[arg(long, hide = true)]
        insecure_test_kdf: bool,
    },
    /// Write the enrolment file again.
    Enrolment {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
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
}

#[derive(Debug, Subcommand)]
enum DevicesCommand {
    /// Approve a device by id; with --key, pin its public key now (otherwise it is pinned from
    /// its first bundle: compare the fingerprint in `devices list`).
    Approve {
        device_id: String,
        #[arg(long, value_name = "lantern-device-pk1…")]
        key: Option<String>,
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

fn parse_purge(s: &str) -> Result<PurgePolicy, String> {
    PurgePolicy::parse(&s.replace('-', "_"))
        .ok_or_else(|| format!("{s}: expected after_receipt or never"))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// A library error as one line ending in its code.
fn coded(e: CentralError) -> anyhow::Error {
    anyhow::anyhow!("{e} [{}]", e.code())
}

fn home(home: Option<&Path>) -> anyhow::Result<PathBuf> {
    match home {
        Some(p) => Ok(p.to_path_buf()),
        None => bail!(
            "no central home given: use --home DIR or set LANTERN_CENTRAL_HOME [central.no_home]"
        ),
    }
}

fn passphrase(prompt: &str, confirm: bool) -> anyhow::Result<Passphrase> {
    const VAR: &str = "LANTERN_CENTRAL_PASSPHRASE";
    if let Ok(p) = std::env::var(VAR) {
        return Ok(Passphrase::new(p));
    }
    if !std::io::stdin().is_terminal() {
        bail!("no passphrase: set {VAR} or run in a terminal [central.no_passphrase]");
    }
    let first = rpassword::prompt_password(prompt).context("reading the passphrase")?;
    if confirm {
        let second = rpassword::prompt_password("Repeat it: ").context("reading the passphrase")?;
        if first != second {
            bail!("the two passphrases differ [central.passphrase_mismatch]");
        }
    }
    Ok(Passphrase::new(first))
}

fn unlock(dir: Option<&Path>) -> anyhow::Result<Central> {
    let dir = home(dir)?;
    let p = passphrase("Central passphrase: ", false)?;
    Central::unlock(&dir, &p).map_err(coded)
}

fn write_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e} [central.io]", path.display()))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("lantern-central: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let dir = cli.home.as_deref();
    match cli.command {
        Command::Init {
            enrolment_out,
            purge,
            insecure_test_kdf,
        } => {
            let home = home(dir)?;
            let p = passphrase("New central passphrase: ", true)?;
            let kdf = if insecure_test_kdf {
                KdfParams::INSECURE_TEST
            } else {
                KdfParams::PRODUCTION
            };
            let created = Central::init(&home, &p, kdf, purge, now_ms()).map_err(coded)?;
            write_file(&enrolment_out, &created.enrolment)?;
            let info = created.central.info().map_err(coded)?;
            out!("Central home created in {}", home.display());
            out!("Node id:               {}", info.node_id);
            out!("Central key:           {}", info.central_fingerprint);
            out!("Recipient key:         {}", info.recipient_fingerprint);
            out!("Purge policy:          {}", info.purge.as_str());
            out!("Enrolment file:        {}", enrolment_out.display());
            out!();
            out!("Recovery key (shown only this once; keep it apart from the passphrase):");
            out!("    {}", created.recovery_key.display_text().as_str());
            created.central.lock().map_err(coded)?;
        }
        Command::Enrolment { out } => {
            let central = unlock(dir)?;
            write_file(&out, &central.enrolment_file(now_ms()).map_err(coded)?)?;
            out!("{}", out.display());
        }
        Command::Info { json } => {
            let central = unlock(dir)?;
            let info = central.info().map_err(coded)?;
            if json {
                out!("{}", serde_json::to_string_pretty(&info)?);
            } else {
                out!("node id:        {}", info.node_id);
                out!("central key:    {}", info.central_fingerprint);
                out!("recipient key:  {}", info.recipient_fingerprint);
                out!("purge policy:   {}", info.purge.as_str());
            }
        }
        Command::Devices { command } => {
            let mut central = unlock(dir)?;
            match command {
                DevicesCommand::Approve { device_id, key } => {
                    let key = key
                        .map(|k| {
                            k.parse::<DeviceVerifyingKey>()
                                .map_err(|e| anyhow::anyhow!("--key: {e} [{}]", e.code()))
                        })
                        .transpose()?;
                    let entry = central
                        .approve_device(&device_id, key.as_ref(), now_ms())
                        .map_err(coded)?;
                    out!("{}", serde_json::to_string(&entry)?);
                }
                DevicesCommand::List { json } => {
                    let devices = central.devices().map_err(coded)?;
                    if json {
                        out!("{}", serde_json::to_string_pretty(&devices)?);
                    } else {
                        for d in devices {
                            out!(
                                "{}  {:?}  {}  bundles {}",
                                d.device_id,
                                d.status,
                                d.fingerprint.as_deref().unwrap_or("(key not yet pinned)"),
                                d.bundles
                            );
                        }
                    }
                }
                DevicesCommand::Revoke { device_id } => {
                    let entry = central.revoke_device(&device_id, now_ms()).map_err(coded)?;
                    out!("{}", serde_json::to_string(&entry)?);
                }
            }
            central.lock().map_err(coded)?;
        }
        Command::Import { paths } => {
            let mut central = unlock(dir)?;
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
                .devices()
                .map_err(coded)?
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
            out!("{}", serde_json::to_string_pretty(&report)?);
            central.lock().map_err(coded)?;
            if !rejected.is_empty() {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Receipts { out, all } => {
            let mut central = unlock(dir)?;
            for r in central.write_receipts(&out, all, now_ms()).map_err(coded)? {
                out!("{}", r.path.display());
            }
            central.lock().map_err(coded)?;
        }
        Command::Review { command } => {
            let mut central = unlock(dir)?;
            match command {
                ReviewCommand::List { json } => {
                    let list = central.review_list().map_err(coded)?;
                    if json {
                        out!("{}", serde_json::to_string_pretty(&list)?);
                    } else {
                        for e in list {
                            out!(
                                "{}  rev {}  {}  {}  {}",
                                e.interview_id,
                                e.revision,
                                e.review_state.as_str(),
                                e.assessment
                                    .as_ref()
                                    .map(|a| format!("{:?}", a.result))
                                    .unwrap_or_else(|| "-".into()),
                                if e.open_conflicts.is_empty() {
                                    ""
                                } else {
                                    "IN REVIEW QUEUE"
                                }
                            );
                        }
                    }
                }
                ReviewCommand::Set {
                    interview_id,
                    state,
                    note,
                } => {
                    let state: ReviewState = state.parse().map_err(coded)?;
                    central
                        .set_review(&interview_id, state, note.as_deref(), now_ms())
                        .map_err(coded)?;
                }
                ReviewCommand::Queue { all } => {
                    out!(
                        "{}",
                        serde_json::to_string_pretty(&central.review_queue(all).map_err(coded)?)?
                    );
                }
                ReviewCommand::Resolve { item_id, note } => {
                    central
                        .resolve_review_item(item_id, &note, now_ms())
                        .map_err(coded)?;
                }
                ReviewCommand::History { record_id, kind } => {
                    out!(
                        "{}",
                        serde_json::to_string_pretty(
                            &central.record_history(&kind, &record_id).map_err(coded)?
                        )?
                    );
                }
            }
            central.lock().map_err(coded)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Files as given; a directory stands for the `*.bundle` files in it, in name order.
fn bundle_files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("cannot read {} [central.io]", p.display()))?
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
