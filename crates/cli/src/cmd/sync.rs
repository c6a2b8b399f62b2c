//! `lantern enrol FILE`, `lantern export --out DIR`, `lantern receipt FILE...`, `lantern sync
//! --online URL`: the device side of sync, each a thin call into `lantern_field::sync` or
//! `lantern_field::online`.
use std::path::{Path, PathBuf};

use lantern_bundle::PurgePolicy;
use lantern_field::{online as online_sync, sync};
use lantern_i18n::{CommandFailure, MessageArgs, TerminalText};

use super::{now_ms, profile};
use crate::failure::{Failure, Result, unreadable};

#[derive(Debug, clap::Args)]
pub struct EnrolArgs {
    /// The enrolment file written by `lantern-central init`.
    pub file: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Folder to write the bundle into (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Print what was written as JSON (path, seq, bundle_id, records, identity_withheld,
    /// consent_changes) instead of the path alone.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct ReceiptArgs {
    /// Receipt files from `lantern-central receipts`.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

fn read(path: &Path) -> Result<Vec<u8>> {
    Ok(std::fs::read(path).map_err(|e| unreadable("sync.io", path, e))?)
}

#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// The office's inbox, https://HOST:PORT (its certificate is pinned by the enrolment file).
    #[arg(long, value_name = "URL")]
    pub online: String,
}

/// Sends the profile's outbox and what is pending, applies the receipts, prints
/// `{"sent": N, "acknowledged": N, "purged": N}`; progress goes to stderr.
pub fn online(text: &TerminalText, profile_dir: Option<&Path>, args: &SyncArgs) -> Result<()> {
    let dir = profile::profile_dir(profile_dir)?;
    let mut store = profile::unlock(text, profile_dir)?;
    let outbox = online_sync::outbox_dir(&dir);
    let mut progress = |p: &online_sync::Progress| {
        if let online_sync::Progress::Acknowledged { bundle_id } = p {
            let args = MessageArgs::new().text("bundle", bundle_id.clone());
            eprintln!("{}", text.message("cli-sync-acknowledged", Some(&args)));
        }
    };
    let sent = online_sync::send_now(
        &mut store,
        &outbox,
        &args.online,
        &online_sync::OnlineOptions::default(),
        &now_ms,
        &mut progress,
    );
    // Locked whatever happened: what was acknowledged before a failure stays acknowledged.
    store.lock()?;
    let sent = sent?;
    out!(
        "{}",
        serde_json::to_string(&sent).map_err(CommandFailure::internal)?
    );
    Ok(())
}

/// The message that says what the device does with acknowledged interviews.
pub fn purge_message_id(policy: PurgePolicy) -> &'static str {
    match policy {
        PurgePolicy::AfterReceipt => "cli-purge-after-receipt",
        PurgePolicy::Never => "cli-purge-never",
    }
}

/// Prints the device id on stdout (for scripts); what people compare goes to stderr.
pub fn enrol(text: &TerminalText, profile_dir: Option<&Path>, args: &EnrolArgs) -> Result<()> {
    let bytes = read(&args.file)?;
    let mut store = profile::unlock(text, profile_dir)?;
    let info = sync::enrol(&mut store, &bytes, now_ms())?;
    out!("{}", info.device_id);
    let line = |id: &str, args: MessageArgs| eprintln!("{}", text.message(id, Some(&args)));
    let value = |v: &str| MessageArgs::new().text("value", v);
    line(
        "cli-enrolled",
        MessageArgs::new().text("node", info.node_id),
    );
    line("cli-enrol-central-key", value(&info.central_fingerprint));
    line(
        "cli-enrol-recipient-key",
        value(&info.recipient_fingerprint),
    );
    line(
        "cli-enrol-purge",
        value(&text.message(purge_message_id(info.purge), None)),
    );
    line("cli-enrol-device-key", value(&info.device_key));
    line(
        "cli-enrol-device-fingerprint",
        value(&info.device_fingerprint),
    );
    store.lock()?;
    Ok(())
}

/// Prints the path of the bundle written (or, with `--json`, what it holds). Before writing,
/// one line on stderr per interview whose identity stays on this device.
pub fn export(text: &TerminalText, profile_dir: Option<&Path>, args: &ExportArgs) -> Result<()> {
    let mut store = profile::unlock(text, profile_dir)?;
    let now = now_ms();
    // Not enrolled: say that first, not which identities would have stayed behind.
    sync::enrolment(&store)?;
    for id in sync::export_plan(&mut store, now)?.identity_withheld() {
        let args = MessageArgs::new().text("id", id);
        eprintln!(
            "{}",
            text.message("cli-export-identity-withheld", Some(&args))
        );
    }
    let exported = sync::export(&mut store, &args.out, now)?;
    if args.json {
        out!(
            "{}",
            serde_json::to_string(&exported).map_err(CommandFailure::internal)?
        );
    } else {
        out!("{}", exported.path.display());
    }
    let summary = MessageArgs::new()
        .text("bundle", exported.bundle_id.clone())
        .number("seq", i64::try_from(exported.seq).unwrap_or(i64::MAX))
        .number(
            "records",
            i64::try_from(exported.records).unwrap_or(i64::MAX),
        );
    eprintln!("{}", text.message("cli-exported", Some(&summary)));
    store.lock()?;
    Ok(())
}

/// Applies each receipt in turn and prints what it changed as JSON, one line per receipt.
pub fn receipt(text: &TerminalText, profile_dir: Option<&Path>, args: &ReceiptArgs) -> Result<()> {
    let mut store = profile::unlock(text, profile_dir)?;
    for file in &args.files {
        let bytes = read(file)?;
        let applied = sync::apply_receipt(&mut store, &bytes, now_ms())
            .map_err(|e| Failure::from(e).0.about_path(file))?;
        out!(
            "{}",
            serde_json::to_string(&applied).map_err(CommandFailure::internal)?
        );
    }
    store.lock()?;
    Ok(())
}
