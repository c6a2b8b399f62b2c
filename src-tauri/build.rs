// The app manifest lists every command, so each needs an explicit `allow-<command>` permission
// in capabilities/main.json: an allow-list, not "everything registered is callable".
const COMMANDS: &[&str] = &[
    "app_state",
    "activity",
    "set_interface_locale",
    "create_profile",
    "unlock",
    "recover",
    "lock",
    "quick_hide",
    "set_auto_lock",
    "home",
    "start_interview",
    "open_interview",
    "answer",
    "confirm_prefilled",
    "go_back",
    "edit",
    "switch_language",
    "interpreters",
    "register_interpreter",
    "stop",
    "resume",
    "add_instance",
    "close_group",
    "emergency",
    "review",
    "finish",
    "assessment",
    "consent",
    "withdraw_consent",
    "supervisor_unlock",
    "supervisor_home",
    "supervisor_import_inbox",
    "supervisor_import_files",
    "supervisor_reviews",
    "supervisor_interview",
    "supervisor_set_review",
    "office",
    "enrol_from_file",
    "export_to_folder",
    "apply_receipt_files",
    "send_now",
    "erase_profile",
    "supervisor_devices",
    "supervisor_approve_device",
    "supervisor_revoke_device",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script");
}
