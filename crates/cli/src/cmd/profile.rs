//! `init`, `status`, `passphrase` and `recover`: profile life cycle.
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use lantern_store::{KdfParams, Passphrase, RecoveryKey, Store};

use super::now_ms;

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Use cheap key-derivation parameters. For tests only: the profile is marked insecure.
    #[arg(long, hide = true)]
    pub insecure_test_kdf: bool,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct PassphraseArgs {
    /// Unlock with the recovery key (from LANTERN_RECOVERY_KEY or a prompt) instead of the old
    /// passphrase.
    #[arg(long)]
    pub with_recovery_key: bool,
    #[arg(long, hide = true)]
    pub insecure_test_kdf: bool,
}

pub fn profile_dir(profile: Option<&Path>) -> anyhow::Result<PathBuf> {
    match profile {
        Some(p) => Ok(p.to_path_buf()),
        None => bail!("no profile given: use --profile DIR or set LANTERN_PROFILE"),
    }
}

/// The passphrase from `LANTERN_PASSPHRASE`, else a prompt without echo.
pub fn passphrase(var: &str, prompt: &str, confirm: bool) -> anyhow::Result<Passphrase> {
    if let Ok(p) = std::env::var(var) {
        return Ok(Passphrase::new(p));
    }
    if !std::io::stdin().is_terminal() {
        bail!("no passphrase: set {var} or run in a terminal");
    }
    let first = rpassword::prompt_password(prompt).context("reading the passphrase")?;
    if confirm {
        let second = rpassword::prompt_password("Repeat it: ").context("reading the passphrase")?;
        if first != second {
            bail!("the two passphrases differ");
        }
    }
    Ok(Passphrase::new(first))
}

pub fn unlock(profile: Option<&Path>) -> anyhow::Result<Store> {
    let dir = profile_dir(profile)?;
    let p = passphrase("LANTERN_PASSPHRASE", "Passphrase: ", false)?;
    Ok(Store::unlock(&dir, &p)?)
}

pub fn init(profile: Option<&Path>, args: &InitArgs) -> anyhow::Result<()> {
    let dir = profile_dir(profile)?;
    let p = passphrase("LANTERN_PASSPHRASE", "New passphrase: ", true)?;
    let kdf = if args.insecure_test_kdf {
        KdfParams::INSECURE_TEST
    } else {
        KdfParams::PRODUCTION
    };
    let created = Store::create(&dir, &p, kdf, now_ms())?;
    let device_id = created.store.device_id()?;
    out!("Profile created in {}", dir.display());
    out!("Device id: {device_id}");
    out!();
    out!("Recovery key (shown only this once; write it down and hand it to your supervisor):");
    out!("    {}", created.recovery_key.display_text().as_str());
    created.store.lock()?;
    Ok(())
}

pub fn status(profile: Option<&Path>, args: &StatusArgs) -> anyhow::Result<()> {
    let store = unlock(profile)?;
    let status = store.status()?;
    if args.json {
        out!("{}", serde_json::to_string(&status)?);
    } else {
        out!("device id:   {}", status.device_id);
        out!(
            "interviews:  {} ({} drafts, {} finished, {} exported)",
            status.interviews,
            status.drafts,
            status.finished,
            status.exported
        );
        if !status.kdf_production_strength {
            out!("warning:     this profile uses insecure test key-derivation parameters");
        }
    }
    store.lock()?;
    Ok(())
}

pub fn change_passphrase(profile: Option<&Path>, args: &PassphraseArgs) -> anyhow::Result<()> {
    let dir = profile_dir(profile)?;
    let kdf = if args.insecure_test_kdf {
        KdfParams::INSECURE_TEST
    } else {
        KdfParams::PRODUCTION
    };
    if args.with_recovery_key {
        let text = match std::env::var("LANTERN_RECOVERY_KEY") {
            Ok(t) => t,
            Err(_) => {
                rpassword::prompt_password("Recovery key: ").context("reading the recovery key")?
            }
        };
        let recovery = RecoveryKey::parse(&text)?;
        let new = passphrase("LANTERN_NEW_PASSPHRASE", "New passphrase: ", true)?;
        Store::reset_passphrase(&dir, &recovery, &new, kdf)?;
    } else {
        let old = passphrase("LANTERN_PASSPHRASE", "Current passphrase: ", false)?;
        let new = passphrase("LANTERN_NEW_PASSPHRASE", "New passphrase: ", true)?;
        Store::change_passphrase(&dir, &old, &new, kdf)?;
    }
    out!("Passphrase changed.");
    Ok(())
}
