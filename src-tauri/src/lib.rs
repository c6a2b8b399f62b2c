//! Lantern's desktop shell (Tauri 2): a thin transport over `lantern-field`. Commands are
//! allow-listed (capabilities/main.json), the CSP is explicit, there is no global Tauri object,
//! and no key ever crosses to the webview.

pub mod commands;
pub mod error;
pub mod state;

use std::path::PathBuf;
use std::sync::Arc;

use lantern_store::KdfParams;

/// Where the profile lives: `LANTERN_PROFILE`, else the user's data directory.
pub fn default_profile_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("LANTERN_PROFILE") {
        return PathBuf::from(p);
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("lantern").join("profile")
}

/// Production Argon2id unless `LANTERN_INSECURE_TEST_KDF=1` (end-to-end tests only; the profile
/// is then marked insecure and the app says so).
pub fn kdf_from_env() -> KdfParams {
    if std::env::var("LANTERN_INSECURE_TEST_KDF").as_deref() == Ok("1") {
        KdfParams::INSECURE_TEST
    } else {
        KdfParams::PRODUCTION
    }
}

/// Registers state and commands; tests pass `tauri::test::mock_builder()`.
pub fn setup<R: tauri::Runtime>(
    builder: tauri::Builder<R>,
    shell: state::SharedShell,
) -> tauri::Builder<R> {
    builder
        .manage(shell)
        .invoke_handler(tauri::generate_handler![
            commands::app_state,
            commands::set_interface_locale,
            commands::create_profile,
            commands::unlock,
            commands::lock,
            commands::quick_hide,
            commands::set_auto_lock,
            commands::home,
            commands::start_interview,
            commands::open_interview,
            commands::answer,
            commands::confirm_prefilled,
            commands::go_back,
            commands::edit,
            commands::switch_language,
            commands::stop,
            commands::resume,
            commands::add_instance,
            commands::close_group,
            commands::emergency,
            commands::review,
            commands::finish,
            commands::assessment,
        ])
}

pub fn run() {
    let shell = match state::Shell::new(default_profile_dir(), kdf_from_env()) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("lantern: cannot start: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = setup(tauri::Builder::default(), shell).run(tauri::generate_context!()) {
        eprintln!("lantern: {e}");
        std::process::exit(1);
    }
}
