//! `init`, `status`, `passphrase` and `recover`: profile life cycle.
use std::path::{Path, PathBuf};

use lantern_i18n::{CommandFailure, MessageArgs, PassphrasePrompt, TerminalText};
use lantern_store::{CHEAP_KDF_ALLOWED, KdfParams, Passphrase, RecoveryKey, Store};

use super::now_ms;
use crate::failure::{Failure, Result, code};

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Use cheap key-derivation parameters. For tests only: the profile is marked insecure, and
    /// a build without the `insecure-test-kdf` feature refuses the flag (`store.kdf_too_weak`).
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
    /// As for `init`: tests only, refused by a build without the feature.
    #[arg(long, hide = true)]
    pub insecure_test_kdf: bool,
}

pub fn profile_dir(profile: Option<&Path>) -> Result<PathBuf> {
    match profile {
        Some(p) => Ok(p.to_path_buf()),
        None => Err(Failure(CommandFailure::new(
            code::NO_PROFILE,
            "cli-error-no-profile",
            MessageArgs::new(),
        ))),
    }
}

/// Passphrases from a variable or typed without echo, failing with this tool's codes.
const PASSPHRASE_PROMPT: PassphrasePrompt = PassphrasePrompt {
    missing_code: code::NO_PASSPHRASE,
    mismatch_code: code::PASSPHRASE_MISMATCH,
    read_hidden: rpassword::prompt_password,
};

/// Asks with message `id`, without echo.
pub fn prompt(text: &TerminalText, id: &str) -> Result<String> {
    Ok(PASSPHRASE_PROMPT.ask(text, id)?)
}

/// The passphrase from the variable `var`, else a prompt (message `prompt_id`) without echo.
pub fn passphrase(
    text: &TerminalText,
    var: &str,
    prompt_id: &str,
    confirm: bool,
) -> Result<Passphrase> {
    let typed = PASSPHRASE_PROMPT.passphrase(text, var, prompt_id, confirm)?;
    Ok(Passphrase::new(typed))
}

/// The new passphrase for `lantern passphrase`: `LANTERN_NEW_PASSPHRASE`, else typed twice.
fn new_passphrase(text: &TerminalText) -> Result<Passphrase> {
    passphrase(
        text,
        "LANTERN_NEW_PASSPHRASE",
        "cli-prompt-new-passphrase",
        true,
    )
}

pub fn unlock(text: &TerminalText, profile: Option<&Path>) -> Result<Store> {
    let dir = profile_dir(profile)?;
    let p = passphrase(text, "LANTERN_PASSPHRASE", "cli-prompt-passphrase", false)?;
    Ok(Store::unlock(&dir, &p)?)
}

pub fn init(text: &TerminalText, profile: Option<&Path>, args: &InitArgs) -> Result<()> {
    let dir = profile_dir(profile)?;
    // Before the prompt: a refused flag asks for nothing.
    let kdf = KdfParams::for_new_key(args.insecure_test_kdf, CHEAP_KDF_ALLOWED)?;
    let p = passphrase(
        text,
        "LANTERN_PASSPHRASE",
        "cli-prompt-new-passphrase",
        true,
    )?;
    let created = Store::create(&dir, &p, kdf, now_ms())?;
    let device_id = created.store.device_id()?;
    let dir_arg = MessageArgs::new().text("dir", dir.display().to_string());
    out!("{}", text.message("cli-profile-created", Some(&dir_arg)));
    let id_arg = MessageArgs::new().text("id", device_id);
    out!("{}", text.message("cli-device-id", Some(&id_arg)));
    out!();
    out!("{}", text.message("cli-recovery-key-instruction", None));
    // The key on a line of its own, indented, so it is easy to copy and to find in a log.
    out!("    {}", created.recovery_key.display_text().as_str());
    created.store.lock()?;
    Ok(())
}

pub fn status(text: &TerminalText, profile: Option<&Path>, args: &StatusArgs) -> Result<()> {
    let store = unlock(text, profile)?;
    let status = store.status()?;
    if args.json {
        out!(
            "{}",
            serde_json::to_string(&status).map_err(CommandFailure::internal)?
        );
    } else {
        let id_arg = MessageArgs::new().text("id", status.device_id.clone());
        out!("{}", text.message("cli-device-id", Some(&id_arg)));
        let counts = MessageArgs::new()
            .number("total", status.interviews)
            .number("drafts", status.drafts)
            .number("finished", status.finished)
            .number("exported", status.exported);
        out!("{}", text.message("cli-status-interviews", Some(&counts)));
        if !status.kdf_production_strength {
            out!("{}", text.message("cli-status-insecure-kdf", None));
        }
    }
    store.lock()?;
    Ok(())
}

pub fn change_passphrase(
    text: &TerminalText,
    profile: Option<&Path>,
    args: &PassphraseArgs,
) -> Result<()> {
    let dir = profile_dir(profile)?;
    let kdf = KdfParams::for_new_key(args.insecure_test_kdf, CHEAP_KDF_ALLOWED)?;
    if args.with_recovery_key {
        let typed = match std::env::var("LANTERN_RECOVERY_KEY") {
            Ok(t) => t,
            Err(_) => prompt(text, "cli-prompt-recovery-key")?,
        };
        let recovery = RecoveryKey::parse(&typed)?;
        Store::reset_passphrase(&dir, &recovery, &new_passphrase(text)?, kdf)?;
    } else {
        let old = passphrase(
            text,
            "LANTERN_PASSPHRASE",
            "cli-prompt-current-passphrase",
            false,
        )?;
        Store::change_passphrase(&dir, &old, &new_passphrase(text)?, kdf)?;
    }
    out!("{}", text.message("cli-passphrase-changed", None));
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct EraseArgs {
    /// Required: erasing cannot be undone; interviews not yet at the central office are lost.
    #[arg(long)]
    pub confirm: bool,
}

/// `lantern erase --confirm`: the passphrase proves it is her profile; then the profile is
/// locked and crypto-erased (`lantern_store::erase`). Prints `{"overwritten": N, "bytes": N}`.
pub fn erase(text: &TerminalText, profile: Option<&Path>, args: &EraseArgs) -> Result<()> {
    let dir = profile_dir(profile)?;
    if !args.confirm {
        return Err(Failure(CommandFailure::new(
            code::ERASE_UNCONFIRMED,
            "cli-erase-unconfirmed",
            MessageArgs::new(),
        )));
    }
    unlock(text, Some(&dir))?.lock()?;
    let erased = lantern_store::erase::erase(&dir)?;
    out!(
        "{}",
        serde_json::to_string(&erased).map_err(CommandFailure::internal)?
    );
    let args = MessageArgs::new().text("dir", dir.display().to_string());
    eprintln!("{}", text.message("cli-erased", Some(&args)));
    Ok(())
}
