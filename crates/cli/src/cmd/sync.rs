//! `lantern enrol FILE`, `lantern export --out DIR`, `lantern receipt FILE...`: the device side
//! of sync, each a thin call into `lantern_field::sync`.
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};
use lantern_field::sync::{self, SyncError};

use super::{now_ms, profile};

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
}

#[derive(Debug, clap::Args)]
pub struct ReceiptArgs {
    /// Receipt files from `lantern-central receipts`.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

fn coded(e: SyncError) -> anyhow::Error {
    anyhow!("{e} [{}]", e.code())
}

fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read {} [sync.io]", path.display()))
}

/// Prints the device id on stdout (for scripts); what people compare goes to stderr.
pub fn enrol(profile_dir: Option<&Path>, args: &EnrolArgs) -> anyhow::Result<()> {
    let bytes = read(&args.file)?;
    let mut store = profile::unlock(profile_dir)?;
    let info = sync::enrol(&mut store, &bytes, now_ms()).map_err(coded)?;
    out!("{}", info.device_id);
    eprintln!("Enrolled with central node {}", info.node_id);
    eprintln!("  central key fingerprint:   {}", info.central_fingerprint);
    eprintln!(
        "  recipient fingerprint:     {}",
        info.recipient_fingerprint
    );
    eprintln!("  purge after receipt:       {}", info.purge.as_str());
    eprintln!("  this device's key:         {}", info.device_key);
    eprintln!("  this device's fingerprint: {}", info.device_fingerprint);
    store.lock()?;
    Ok(())
}

/// Prints the path of the bundle written.
pub fn export(profile_dir: Option<&Path>, args: &ExportArgs) -> anyhow::Result<()> {
    let mut store = profile::unlock(profile_dir)?;
    let exported = sync::export(&mut store, &args.out, now_ms()).map_err(coded)?;
    out!("{}", exported.path.display());
    eprintln!(
        "bundle {} (seq {}, {} records)",
        exported.bundle_id, exported.seq, exported.records
    );
    store.lock()?;
    Ok(())
}

/// Applies each receipt in turn and prints what it changed as JSON, one line per receipt.
pub fn receipt(profile_dir: Option<&Path>, args: &ReceiptArgs) -> anyhow::Result<()> {
    let mut store = profile::unlock(profile_dir)?;
    for file in &args.files {
        let bytes = read(file)?;
        let applied = sync::apply_receipt(&mut store, &bytes, now_ms())
            .map_err(|e| anyhow!("{}: {}", file.display(), coded(e)))?;
        out!("{}", serde_json::to_string(&applied)?);
    }
    store.lock()?;
    Ok(())
}
