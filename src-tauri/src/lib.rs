//! Lantern's desktop shell (Tauri 2): a thin transport over `lantern-field` (field mode) and
//! `lantern-central` (supervisor mode). Commands are
//! allow-listed (capabilities/main.json), the CSP is explicit, there is no global Tauri object,
//! and no key ever crosses to the webview.

pub mod commands;
pub mod error;
pub mod rendering;
pub mod state;
pub mod supervisor;

use std::path::PathBuf;
use std::sync::Arc;

use lantern_store::KdfParams;

/// Where the profile lives: `LANTERN_PROFILE`, else the user's data directory.
pub fn default_profile_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("LANTERN_PROFILE") {
        return PathBuf::from(p);
    }
    data_dir().join("lantern").join("profile")
}

/// The central office's home: `LANTERN_CENTRAL_HOME` (as for the `lantern-central` tool), else
/// `lantern/central` in the user's data directory.
pub fn default_central_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("LANTERN_CENTRAL_HOME") {
        return PathBuf::from(p);
    }
    data_dir().join("lantern").join("central")
}

/// The inbox that "import the inbox folder" reads: `LANTERN_CENTRAL_INBOX`, else
/// `<central home>/inbox`.
pub fn default_inbox_dir(central_dir: &std::path::Path) -> PathBuf {
    std::env::var_os("LANTERN_CENTRAL_INBOX")
        .map(PathBuf::from)
        .unwrap_or_else(|| central_dir.join("inbox"))
}

fn data_dir() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Production Argon2id unless `LANTERN_INSECURE_TEST_KDF=1` in a build with the
/// `insecure-test-kdf` feature (end-to-end tests only; the profile is then marked insecure and
/// the app says so). Any other build ignores the variable.
pub fn kdf_from_env() -> KdfParams {
    let value = std::env::var("LANTERN_INSECURE_TEST_KDF").ok();
    let kdf = kdf_for(value.as_deref(), lantern_store::CHEAP_KDF_ALLOWED);
    if value.as_deref() == Some("1") && kdf != KdfParams::INSECURE_TEST {
        eprintln!("lantern: LANTERN_INSECURE_TEST_KDF ignored: not a test build");
    }
    kdf
}

/// What `kdf_from_env` chooses for the variable's value where cheap parameters are (not)
/// allowed.
fn kdf_for(value: Option<&str>, cheap_allowed: bool) -> KdfParams {
    if cheap_allowed && value == Some("1") {
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
            commands::activity,
            commands::set_interface_locale,
            commands::create_profile,
            commands::unlock,
            commands::recover,
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
            commands::interpreters,
            commands::register_interpreter,
            commands::stop,
            commands::resume,
            commands::add_instance,
            commands::close_group,
            commands::emergency,
            commands::review,
            commands::finish,
            commands::assessment,
            commands::consent,
            commands::withdraw_consent,
            commands::supervisor_unlock,
            commands::supervisor_home,
            commands::supervisor_import_inbox,
            commands::supervisor_import_files,
            commands::supervisor_reviews,
            commands::supervisor_interview,
            commands::supervisor_set_review,
            commands::office,
            commands::enrol_from_file,
            commands::export_to_folder,
            commands::apply_receipt_files,
            commands::send_now,
            commands::erase_profile,
            commands::supervisor_devices,
            commands::supervisor_approve_device,
            commands::supervisor_revoke_device,
        ])
}

/// Sent to the webview when Rust locked the open profile or central office by itself (the
/// auto-lock backstop): the webview drops what it shows.
pub const LOCKED_EVENT: &str = "lantern-locked";

pub fn run() {
    let shell = match state::Shell::new(default_profile_dir(), kdf_from_env()) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("lantern: cannot start: {e}");
            std::process::exit(1);
        }
    };
    // The dialog plugin is for Rust only (imports, enrolment, export, receipts): capabilities grant the
    // webview none of its permissions.
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup({
            let shell = shell.clone();
            move |app| {
                use tauri::Manager;
                if let Some(window) = app.get_webview_window("main") {
                    rendering::apply(&window);
                }
                // The auto-lock's backstop: the webview's timer is the first line; this one
                // holds when the webview does not (checked every 10 s).
                let handle = app.handle().clone();
                std::thread::spawn(move || {
                    loop {
                        std::thread::sleep(std::time::Duration::from_secs(10));
                        if shell.lock_if_idle(commands::now_ms()) {
                            use tauri::Emitter;
                            let _ = handle.emit(LOCKED_EVENT, ());
                        }
                    }
                });
                Ok(())
            }
        });
    if let Err(e) = setup(builder, shell).run(tauri::generate_context!()) {
        eprintln!("lantern: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod allow_list {
    //! The three lists that make a command callable must agree: the handlers registered in
    //! `setup`, the app manifest in build.rs (COMMANDS) and the capability's `allow-<name>`s.

    use std::collections::BTreeSet;

    fn read(path: &str) -> String {
        std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
    }

    /// The quoted names between `start` and the next `end`.
    fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
        let from = text.find(start).expect(start) + start.len();
        let len = text[from..].find(end).expect(end);
        &text[from..from + len]
    }

    fn build_commands() -> BTreeSet<String> {
        let build = read("build.rs");
        between(&build, "const COMMANDS: &[&str] = &[", "];")
            .split(',')
            .map(|s| s.trim().trim_matches('"').to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    }

    fn handler_commands() -> BTreeSet<String> {
        let lib = read("src/lib.rs");
        between(&lib, "generate_handler![", "]")
            .split(',')
            .map(|s| s.trim().trim_start_matches("commands::").to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    }

    fn capability_permissions() -> Vec<String> {
        let json: serde_json::Value =
            serde_json::from_str(&read("capabilities/main.json")).expect("json");
        json["permissions"]
            .as_array()
            .expect("permissions")
            .iter()
            .map(|p| p.as_str().expect("string permission").to_owned())
            .collect()
    }

    #[test]
    fn handlers_manifest_and_capability_agree() {
        let handlers = handler_commands();
        let manifest = build_commands();
        assert!(handlers.contains("supervisor_set_review"));
        assert_eq!(handlers, manifest);
        let allowed: BTreeSet<String> = capability_permissions()
            .into_iter()
            .filter_map(|p| p.strip_prefix("allow-").map(|c| c.replace('-', "_")))
            .collect();
        assert_eq!(allowed, manifest);
    }

    /// The webview may call only what its UI uses: a command no screen calls is not exposed.
    #[test]
    fn every_exposed_command_is_one_the_ui_calls() {
        let api = read("../ui/src/lib/api.ts");
        let unused: Vec<String> = build_commands()
            .into_iter()
            .filter(|c| !api.contains(&format!("(\"{c}\"")))
            .collect();
        assert_eq!(unused, Vec::<String>::new());
    }

    /// No inline style or script and no eval in the webview (e2e `webview-locked-down` checks
    /// the running app).
    #[test]
    fn the_csp_allows_nothing_inline_and_no_eval() {
        let conf: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).expect("json");
        let csp = conf["app"]["security"]["csp"]
            .as_str()
            .expect("a CSP string");
        assert!(!csp.contains("unsafe-"), "{csp}");
        for directive in ["default-src 'self'", "object-src 'none'", "base-uri 'none'"] {
            assert!(csp.contains(directive), "{directive} in {csp}");
        }
    }

    #[test]
    fn the_webview_gets_no_plugin_permissions_but_core_events() {
        for p in capability_permissions() {
            assert!(
                p.starts_with("allow-") || p == "core:event:default",
                "unexpected permission {p}"
            );
            assert!(!p.starts_with("dialog:"), "{p}");
        }
    }
}

#[cfg(test)]
mod test_kdf {
    use super::*;

    #[test]
    fn the_variable_acts_only_in_a_test_build() {
        assert_eq!(kdf_for(Some("1"), true), KdfParams::INSECURE_TEST);
        assert_eq!(kdf_for(Some("1"), false), KdfParams::PRODUCTION);
        assert_eq!(kdf_for(Some("0"), true), KdfParams::PRODUCTION);
        assert_eq!(kdf_for(None, true), KdfParams::PRODUCTION);
    }
}
