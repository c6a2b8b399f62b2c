//! Tauri commands: each parses its arguments, runs one library call on a blocking thread (the
//! store and Argon2id block), and returns a view-model or an `{code, message}` error.

use lantern_central::{Central, ReviewState};
use lantern_core::answers::{AnswerKey, AnswerValue};
use lantern_core::engine::StopReason;
use lantern_field::view::{
    AssessmentDto, ConsentDto, EmergencyDto, HomeDto, OfficeView, ReviewDto, ScreenDto, Text,
};
use lantern_field::{Field, FieldError, InterpreterEntry};
use lantern_i18n::Locale;
use lantern_store::{ConsentPurpose, Passphrase, RecoveryKey, Store, StoreError};
use serde::Serialize;
use tauri::State;
use tauri::ipc::Channel;

use crate::error::{IpcError, IpcResult};
use crate::state::{AppStateDto, SharedShell};
use crate::supervisor;

pub(crate) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

async fn blocking<T: Send + 'static>(
    shell: &State<'_, SharedShell>,
    f: impl FnOnce(&SharedShell) -> IpcResult<T> + Send + 'static,
) -> IpcResult<T> {
    let shell = shell.inner().clone();
    shell.touch(now_ms());
    tauri::async_runtime::spawn_blocking(move || f(&shell))
        .await
        .map_err(|_| IpcError::new("internal", "internal error".into()))?
}

/// Runs `f` on the unlocked field session.
async fn with_field<T: Send + 'static>(
    shell: &State<'_, SharedShell>,
    f: impl FnOnce(&mut Field, i64) -> lantern_field::Result<T> + Send + 'static,
) -> IpcResult<T> {
    blocking(shell, move |shell| {
        let mut session = shell.lock_session();
        let locale = session.settings.interface_locale;
        match session.field.as_mut() {
            Some(field) => f(field, now_ms()).map_err(|e| shell.ipc_error(locale, &e)),
            None => Err(shell.ipc_error(locale, &FieldError::Locked)),
        }
    })
    .await
}

fn key(s: &str) -> lantern_field::Result<AnswerKey> {
    s.parse()
        .map_err(|_| FieldError::Store(StoreError::Invalid(format!("answer key {s}"))))
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    DerivingKey,
    Opening,
    Done,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgressEvent {
    pub stage: Stage,
}

#[derive(Debug, Clone, Serialize)]
pub struct CreatedDto {
    /// Shown once to the worker, to be handed to the supervisor; not kept anywhere.
    pub recovery_key: String,
}

/// The webview's ping while she uses the mouse or keyboard (at most every 30 s): it keeps
/// Rust's auto-lock backstop from locking under her ([`crate::state::Shell::lock_if_idle`]).
#[tauri::command]
pub async fn activity(shell: State<'_, SharedShell>) -> IpcResult<()> {
    shell.touch(now_ms());
    Ok(())
}

#[tauri::command]
pub async fn app_state(shell: State<'_, SharedShell>) -> IpcResult<AppStateDto> {
    blocking(&shell, |shell| Ok(shell.app_state(&shell.lock_session()))).await
}

#[tauri::command]
pub async fn set_interface_locale(
    shell: State<'_, SharedShell>,
    locale: Locale,
) -> IpcResult<AppStateDto> {
    blocking(&shell, move |shell| {
        let mut s = shell.lock_session();
        s.settings.interface_locale = locale;
        if let Some(f) = s.field.as_mut() {
            f.set_interface_locale(locale);
        }
        shell.save_settings(&s.settings);
        Ok(shell.app_state(&s))
    })
    .await
}

#[tauri::command]
pub async fn set_auto_lock(shell: State<'_, SharedShell>, minutes: u32) -> IpcResult<AppStateDto> {
    blocking(&shell, move |shell| {
        let mut s = shell.lock_session();
        s.settings.auto_lock_minutes = minutes.clamp(1, 60);
        shell.save_settings(&s.settings);
        Ok(shell.app_state(&s))
    })
    .await
}

#[tauri::command]
pub async fn create_profile(
    shell: State<'_, SharedShell>,
    passphrase: String,
    confirmation: String,
    on_progress: Channel<ProgressEvent>,
) -> IpcResult<CreatedDto> {
    blocking(&shell, move |shell| {
        let locale = shell.lock_session().settings.interface_locale;
        if passphrase != confirmation {
            let message = shell
                .localizer
                .localize(
                    locale,
                    "ui-passphrase-mismatch",
                    None,
                    lantern_i18n::Isolation::Keep,
                )
                .map(|l| l.text)
                .unwrap_or_default();
            return Err(IpcError::new("field.passphrase_mismatch", message));
        }
        // Never two sessions at once: the central office is closed before a profile opens.
        shell.lock_session().lock_all();
        let _ = on_progress.send(ProgressEvent {
            stage: Stage::DerivingKey,
        });
        let created = Store::create(
            &shell.profile_dir,
            &Passphrase::new(passphrase),
            shell.kdf,
            now_ms(),
        )
        .map_err(|e| shell.ipc_error(locale, &FieldError::Store(e)))?;
        let _ = on_progress.send(ProgressEvent { stage: Stage::Done });
        let recovery_key = created.recovery_key.display_text().to_string();
        let field = shell
            .new_field(created.store, locale, now_ms())
            .map_err(|e| shell.ipc_error(locale, &e))?;
        let mut s = shell.lock_session();
        shell.save_settings(&s.settings);
        s.lock_all();
        s.field = Some(field);
        Ok(CreatedDto { recovery_key })
    })
    .await
}

#[tauri::command]
pub async fn unlock(
    shell: State<'_, SharedShell>,
    passphrase: String,
    on_progress: Channel<ProgressEvent>,
) -> IpcResult<AppStateDto> {
    blocking(&shell, move |shell| {
        let locale = shell.lock_session().settings.interface_locale;
        shell.lock_session().lock_all();
        let _ = on_progress.send(ProgressEvent {
            stage: Stage::DerivingKey,
        });
        let store = Store::unlock(&shell.profile_dir, &Passphrase::new(passphrase))
            .map_err(|e| shell.ipc_error(locale, &FieldError::Store(e)))?;
        let _ = on_progress.send(ProgressEvent { stage: Stage::Done });
        open_profile(shell, store, locale)
    })
    .await
}

/// The passphrase is forgotten: the supervisor's recovery key opens the profile, the new
/// passphrase replaces the old one (the store's own reset: nothing else changes), and the app is
/// unlocked with it.
#[tauri::command]
pub async fn recover(
    shell: State<'_, SharedShell>,
    recovery_key: String,
    new_passphrase: String,
) -> IpcResult<AppStateDto> {
    blocking(&shell, move |shell| {
        let locale = shell.lock_session().settings.interface_locale;
        shell.lock_session().lock_all();
        let failed = |e: StoreError| shell.ipc_error(locale, &FieldError::Store(e));
        let key = RecoveryKey::parse(&recovery_key).map_err(failed)?;
        let new = Passphrase::new(new_passphrase);
        Store::reset_passphrase(&shell.profile_dir, &key, &new, shell.kdf).map_err(failed)?;
        let store = Store::unlock(&shell.profile_dir, &new).map_err(failed)?;
        open_profile(shell, store, locale)
    })
    .await
}

/// An unlocked store becomes the session's open profile (after unlock or recovery).
fn open_profile(shell: &SharedShell, store: Store, locale: Locale) -> IpcResult<AppStateDto> {
    let field = shell
        .new_field(store, locale, now_ms())
        .map_err(|e| shell.ipc_error(locale, &e))?;
    let mut s = shell.lock_session();
    s.lock_all();
    s.field = Some(field);
    Ok(shell.app_state(&s))
}

/// Locks whatever is open: the field profile or the central office (supervisor mode).
fn lock_now(shell: &SharedShell) -> AppStateDto {
    let mut s = shell.lock_session();
    s.lock_all();
    shell.app_state(&s)
}

#[tauri::command]
pub async fn lock(shell: State<'_, SharedShell>) -> IpcResult<AppStateDto> {
    blocking(&shell, |shell| Ok(lock_now(shell))).await
}

#[tauri::command]
pub async fn quick_hide(shell: State<'_, SharedShell>) -> IpcResult<AppStateDto> {
    blocking(&shell, |shell| Ok(lock_now(shell))).await
}

/// Crypto-erases the unlocked field profile (`lantern_store::erase`): only from an open profile,
/// so that nobody erases a laptop's interviews without the passphrase. Returns the first-run
/// state.
#[tauri::command]
pub async fn erase_profile(shell: State<'_, SharedShell>) -> IpcResult<AppStateDto> {
    blocking(&shell, |shell| {
        let mut s = shell.lock_session();
        let locale = s.settings.interface_locale;
        let Some(field) = s.field.take() else {
            return Err(shell.ipc_error(locale, &FieldError::Locked));
        };
        field
            .into_store()
            .lock()
            .map_err(|e| shell.ipc_error(locale, &FieldError::Store(e)))?;
        lantern_store::erase::erase(&shell.profile_dir)
            .map_err(|e| shell.ipc_error(locale, &FieldError::Store(e)))?;
        Ok(shell.app_state(&s))
    })
    .await
}

#[tauri::command]
pub async fn home(shell: State<'_, SharedShell>) -> IpcResult<HomeDto> {
    with_field(&shell, |f, _| f.home()).await
}

#[tauri::command]
pub async fn start_interview(
    shell: State<'_, SharedShell>,
    interview_locale: Locale,
    interpreter_id: Option<String>,
) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, now| {
        let id = f.start_interview(interview_locale, interpreter_id.as_deref(), now)?;
        f.screen(&id)
    })
    .await
}

#[tauri::command]
pub async fn open_interview(shell: State<'_, SharedShell>, id: String) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, _| f.screen(&id)).await
}

#[tauri::command]
pub async fn answer(
    shell: State<'_, SharedShell>,
    id: String,
    key: String,
    value: AnswerValue,
) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, now| {
        f.answer(&id, self::key(&key)?, value, now)
    })
    .await
}

#[tauri::command]
pub async fn confirm_prefilled(
    shell: State<'_, SharedShell>,
    id: String,
    key: String,
) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, now| {
        f.confirm_prefilled(&id, self::key(&key)?, now)
    })
    .await
}

#[tauri::command]
pub async fn go_back(shell: State<'_, SharedShell>, id: String) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, _| f.go_back(&id)).await
}

#[tauri::command]
pub async fn edit(shell: State<'_, SharedShell>, id: String, key: String) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, _| f.edit(&id, self::key(&key)?)).await
}

/// The interpreter registry, for the start and language-switch dialogs.
#[tauri::command]
pub async fn interpreters(shell: State<'_, SharedShell>) -> IpcResult<Vec<InterpreterEntry>> {
    with_field(&shell, |f, _| f.interpreters()).await
}

/// Adds (or updates) an interpreter; returns the registry as it now is.
#[tauri::command]
pub async fn register_interpreter(
    shell: State<'_, SharedShell>,
    entry: InterpreterEntry,
) -> IpcResult<Vec<InterpreterEntry>> {
    with_field(&shell, move |f, now| {
        f.register_interpreter(&entry, now)?;
        f.interpreters()
    })
    .await
}

#[tauri::command]
pub async fn switch_language(
    shell: State<'_, SharedShell>,
    id: String,
    locale: Locale,
    interpreter_id: Option<String>,
) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, now| {
        f.switch_language(&id, locale, interpreter_id.as_deref(), now)
    })
    .await
}

#[tauri::command]
pub async fn stop(
    shell: State<'_, SharedShell>,
    id: String,
    reason: StopReason,
) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, now| f.stop(&id, reason, now)).await
}

#[tauri::command]
pub async fn resume(shell: State<'_, SharedShell>, id: String) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, now| f.resume(&id, now)).await
}

#[tauri::command]
pub async fn add_instance(
    shell: State<'_, SharedShell>,
    id: String,
    group: String,
) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, now| f.add_instance(&id, &group, now)).await
}

#[tauri::command]
pub async fn close_group(
    shell: State<'_, SharedShell>,
    id: String,
    group: String,
) -> IpcResult<ScreenDto> {
    with_field(&shell, move |f, now| f.close_group(&id, &group, now)).await
}

#[tauri::command]
pub async fn emergency(
    shell: State<'_, SharedShell>,
    id: Option<String>,
) -> IpcResult<EmergencyDto> {
    // Locked (or never unlocked): the numbers still show; no interview is read.
    blocking(&shell, move |shell| {
        let session = shell.lock_session();
        let locale = session.settings.interface_locale;
        match session.field.as_ref() {
            Some(field) => field
                .emergency(id.as_deref())
                .map_err(|e| shell.ipc_error(locale, &e)),
            None => Ok(shell.locked_emergency(locale)),
        }
    })
    .await
}

#[tauri::command]
pub async fn review(shell: State<'_, SharedShell>, id: String) -> IpcResult<ReviewDto> {
    with_field(&shell, move |f, _| f.review(&id)).await
}

#[tauri::command]
pub async fn finish(shell: State<'_, SharedShell>, id: String) -> IpcResult<AssessmentDto> {
    with_field(&shell, move |f, now| f.finish(&id, now)).await
}

#[tauri::command]
pub async fn consent(shell: State<'_, SharedShell>, id: String) -> IpcResult<ConsentDto> {
    with_field(&shell, move |f, _| f.consent(&id)).await
}

#[tauri::command]
pub async fn withdraw_consent(
    shell: State<'_, SharedShell>,
    id: String,
    purpose: ConsentPurpose,
) -> IpcResult<ConsentDto> {
    with_field(&shell, move |f, now| f.withdraw_consent(&id, purpose, now)).await
}

#[tauri::command]
pub async fn assessment(shell: State<'_, SharedShell>, id: String) -> IpcResult<AssessmentDto> {
    with_field(&shell, move |f, now| f.assessment(&id, now)).await
}

// ---------------------------------------------------------------------------------------------
// Supervisor mode (central office): a thin transport over `lantern-central`.

fn central_error(shell: &SharedShell, e: &lantern_central::CentralError) -> IpcError {
    let locale = shell.lock_session().settings.interface_locale;
    supervisor::ipc_error(&shell.localizer, locale, e)
}

/// Runs `f` on the open central home.
async fn with_central<T: Send + 'static>(
    shell: &State<'_, SharedShell>,
    f: impl FnOnce(&SharedShell, &mut Central, Locale, i64) -> lantern_central::Result<T>
    + Send
    + 'static,
) -> IpcResult<T> {
    blocking(shell, move |shell| {
        let mut session = shell.lock_session();
        let locale = session.settings.interface_locale;
        match session.central.as_mut() {
            Some(central) => f(shell, central, locale, now_ms())
                .map_err(|e| supervisor::ipc_error(&shell.localizer, locale, &e)),
            None => Err(supervisor::coded_error(
                &shell.localizer,
                locale,
                supervisor::LOCKED,
            )),
        }
    })
    .await
}

/// Opens the central home with its passphrase. The field profile is locked first: the two
/// sessions are never open at the same time.
#[tauri::command]
pub async fn supervisor_unlock(
    shell: State<'_, SharedShell>,
    passphrase: String,
    on_progress: Channel<ProgressEvent>,
) -> IpcResult<AppStateDto> {
    blocking(&shell, move |shell| {
        let locale = {
            let mut s = shell.lock_session();
            s.lock_all();
            s.settings.interface_locale
        };
        if !shell.central_dir.join(lantern_central::KEY_FILE).exists() {
            return Err(supervisor::coded_error(
                &shell.localizer,
                locale,
                supervisor::NO_HOME,
            ));
        }
        let _ = on_progress.send(ProgressEvent {
            stage: Stage::DerivingKey,
        });
        let central = Central::unlock(&shell.central_dir, &Passphrase::new(passphrase))
            .map_err(|e| central_error(shell, &e))?;
        let _ = on_progress.send(ProgressEvent { stage: Stage::Done });
        let mut s = shell.lock_session();
        s.lock_all();
        s.central = Some(central);
        Ok(shell.app_state(&s))
    })
    .await
}

/// Where the inbox is, for the import panel to name it.
#[derive(Debug, Clone, Serialize)]
pub struct SupervisorHomeDto {
    pub node_id: String,
    pub central_fingerprint: String,
    pub inbox: String,
    pub insecure_test_kdf: bool,
}

#[tauri::command]
pub async fn supervisor_home(shell: State<'_, SharedShell>) -> IpcResult<SupervisorHomeDto> {
    with_central(&shell, |shell, c, _, _| {
        let info = c.info()?;
        Ok(SupervisorHomeDto {
            node_id: info.node_id,
            central_fingerprint: info.central_fingerprint,
            inbox: shell.inbox_dir.display().to_string(),
            insecure_test_kdf: !info.kdf_production_strength,
        })
    })
    .await
}

impl supervisor::ImportTarget for SharedShell {
    fn with_central<T>(&self, f: impl FnOnce(&mut Central) -> T) -> Option<T> {
        // One file per lock: quick-hide and auto-lock get the mutex between files.
        self.lock_session().central.as_mut().map(f)
    }
    fn localizer(&self) -> (&lantern_i18n::Localizer, Locale) {
        (
            &self.localizer,
            self.lock_session().settings.interface_locale,
        )
    }
}

fn run_import(
    shell: &SharedShell,
    files: &[std::path::PathBuf],
    on_progress: &Channel<supervisor::ImportFileEvent>,
) -> IpcResult<supervisor::ImportReport> {
    if shell.lock_session().central.is_none() {
        let locale = shell.lock_session().settings.interface_locale;
        return Err(supervisor::coded_error(
            &shell.localizer,
            locale,
            supervisor::LOCKED,
        ));
    }
    Ok(supervisor::import_files(shell, files, now_ms, |event| {
        let _ = on_progress.send(event.clone());
    }))
}

/// Imports every `*.bundle` file in the inbox folder (created if missing), one by one.
#[tauri::command]
pub async fn supervisor_import_inbox(
    shell: State<'_, SharedShell>,
    on_progress: Channel<supervisor::ImportFileEvent>,
) -> IpcResult<supervisor::ImportReport> {
    blocking(&shell, move |shell| {
        let files =
            supervisor::inbox_files(&shell.inbox_dir).map_err(|e| central_error(shell, &e))?;
        run_import(shell, &files, &on_progress)
    })
    .await
}

/// Asks for bundle files with the native dialog, opened here in Rust (the webview has no
/// dialog or filesystem permission), then imports them. Cancelled: an empty report.
#[tauri::command]
pub async fn supervisor_import_files<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    shell: State<'_, SharedShell>,
    on_progress: Channel<supervisor::ImportFileEvent>,
) -> IpcResult<supervisor::ImportReport> {
    let files = pick(app, &shell, "ui-supervisor-import-files", |d| {
        d.add_filter("Lantern bundles", &["bundle"])
            .blocking_pick_files()
            .unwrap_or_default()
    })
    .await;
    blocking(&shell, move |shell| run_import(shell, &files, &on_progress)).await
}

#[tauri::command]
pub async fn supervisor_reviews(
    shell: State<'_, SharedShell>,
) -> IpcResult<Vec<supervisor::ReviewRowDto>> {
    with_central(&shell, |shell, c, locale, _| {
        supervisor::review_rows(c, &shell.localizer, locale)
    })
    .await
}

#[tauri::command]
pub async fn supervisor_interview(
    shell: State<'_, SharedShell>,
    id: String,
) -> IpcResult<supervisor::ReviewDetailDto> {
    with_central(&shell, move |shell, c, locale, _| {
        supervisor::review_detail(c, &shell.questionnaire, &shell.localizer, locale, &id)
    })
    .await
}

/// Sets the review state and note (kept only in the central encrypted store); returns the
/// interview's detail as stored.
#[tauri::command]
pub async fn supervisor_set_review(
    shell: State<'_, SharedShell>,
    id: String,
    state: String,
    note: String,
) -> IpcResult<supervisor::ReviewDetailDto> {
    with_central(&shell, move |shell, c, locale, now| {
        let state: ReviewState = state.parse()?;
        c.set_review(&id, state, Some(&note), now)?;
        supervisor::review_detail(c, &shell.questionnaire, &shell.localizer, locale, &id)
    })
    .await
}

// The central office, seen from the field device: enrolment, sending online, the USB route.

/// A label of the interface in its language (dialog titles are set from Rust).
fn ui_text(shell: &SharedShell, id: &str) -> String {
    let locale = shell.lock_session().settings.interface_locale;
    shell
        .localizer
        .localize(locale, id, None, lantern_i18n::Isolation::Keep)
        .map(|l| l.text)
        .unwrap_or_default()
}

/// Opens a native dialog, titled in the interface language, on a blocking thread (the webview
/// has no dialog permission: Rust asks). Cancelled: nothing.
async fn pick<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    shell: &SharedShell,
    title_id: &str,
    choose: impl FnOnce(tauri_plugin_dialog::FileDialogBuilder<R>) -> Vec<tauri_plugin_dialog::FilePath>
    + Send
    + 'static,
) -> Vec<std::path::PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    let title = ui_text(shell, title_id);
    tauri::async_runtime::spawn_blocking(move || choose(app.dialog().file().set_title(title)))
        .await
        .unwrap_or_default()
        .into_iter()
        .filter_map(|f| f.into_path().ok())
        .collect()
}

fn outbox(shell: &SharedShell) -> std::path::PathBuf {
    lantern_field::online::outbox_dir(&shell.profile_dir)
}

/// This device and its central office: enrolment, what the next export carries, what waits.
#[tauri::command]
pub async fn office(shell: State<'_, SharedShell>) -> IpcResult<OfficeView> {
    let outbox = outbox(&shell);
    with_field(&shell, move |field, now| field.office(&outbox, now)).await
}

/// Asks for the enrolment file with the native dialog and reads it (its signature checked);
/// cancelled: nothing changes. Returns the panel as it now stands.
#[tauri::command]
pub async fn enrol_from_file<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    shell: State<'_, SharedShell>,
) -> IpcResult<OfficeView> {
    let picked = pick(app, &shell, "ui-office-enrol", |d| {
        d.blocking_pick_file().into_iter().collect()
    })
    .await
    .pop();
    let outbox = outbox(&shell);
    with_field(&shell, move |field, now| {
        if let Some(path) = picked {
            let bytes = std::fs::read(&path).map_err(|source| {
                FieldError::Sync(lantern_field::sync::SyncError::Io { path, source })
            })?;
            lantern_field::sync::enrol(field.store_mut(), &bytes, now)?;
        }
        field.office(&outbox, now)
    })
    .await
}

/// What one write to a folder (a USB stick) did; `None` when the dialog was cancelled.
#[derive(Debug, Clone, Serialize)]
pub struct WrittenDto {
    pub file: String,
    pub records: usize,
    pub identity_withheld: usize,
    pub notice: Text,
}

/// Asks for a folder (a USB stick) with the native dialog and writes one sealed bundle with
/// everything pending into it.
#[tauri::command]
pub async fn export_to_folder<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    shell: State<'_, SharedShell>,
) -> IpcResult<Option<WrittenDto>> {
    let picked = pick(app, &shell, "ui-office-export", |d| {
        d.blocking_pick_folder().into_iter().collect()
    })
    .await
    .pop();
    let Some(dir) = picked else { return Ok(None) };
    with_field(&shell, move |field, now| {
        let written = lantern_field::sync::export(field.store_mut(), &dir, now)?;
        Ok(Some(WrittenDto {
            file: written.path.display().to_string(),
            records: written.records,
            identity_withheld: written.identity_withheld.len(),
            notice: field.written_notice(&written),
        }))
    })
    .await
}

/// One receipt file that could not be applied, with the reason in the interface language.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptRefusedDto {
    pub file: String,
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReceiptsDto {
    pub applied: usize,
    pub purged: usize,
    pub refused: Vec<ReceiptRefusedDto>,
    pub notice: Option<Text>,
}

/// Asks for receipt files with the native dialog and applies each; a bad file is reported and
/// the others still apply.
#[tauri::command]
pub async fn apply_receipt_files<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    shell: State<'_, SharedShell>,
) -> IpcResult<ReceiptsDto> {
    let files = pick(app, &shell, "ui-office-receipts", |d| {
        d.add_filter("Lantern receipts", &["receipt"])
            .blocking_pick_files()
            .unwrap_or_default()
    })
    .await;
    blocking(&shell, move |shell| {
        let mut session = shell.lock_session();
        let locale = session.settings.interface_locale;
        let Some(field) = session.field.as_mut() else {
            return Err(shell.ipc_error(locale, &FieldError::Locked));
        };
        let mut report = ReceiptsDto {
            applied: 0,
            purged: 0,
            refused: Vec::new(),
            notice: None,
        };
        for path in files {
            let applied = std::fs::read(&path)
                .map_err(|source| lantern_field::sync::SyncError::Io {
                    path: path.clone(),
                    source,
                })
                .and_then(|bytes| {
                    lantern_field::sync::apply_receipt(field.store_mut(), &bytes, now_ms())
                });
            match applied {
                Ok(a) => {
                    report.applied += 1;
                    report.purged += a.result.purged.len();
                }
                Err(e) => {
                    let e = shell.ipc_error(locale, &FieldError::Sync(e));
                    report.refused.push(ReceiptRefusedDto {
                        file: path.display().to_string(),
                        code: e.code,
                        message: e.message,
                    });
                }
            }
        }
        if report.applied > 0 {
            report.notice = Some(field.receipts_notice(report.applied, report.purged));
        }
        Ok(report)
    })
    .await
}

/// What "Send now" did.
#[derive(Debug, Clone, Serialize)]
pub struct SentDto {
    #[serde(flatten)]
    pub sent: lantern_field::online::OnlineSync,
    pub notice: Text,
}

/// Sends what is pending to the office's inbox now (only when she presses "Send now": never in
/// the background), applies the receipts, reports progress on the channel.
#[tauri::command]
pub async fn send_now(
    shell: State<'_, SharedShell>,
    url: String,
    on_progress: Channel<lantern_field::online::Progress>,
) -> IpcResult<SentDto> {
    let outbox = outbox(&shell);
    with_field(&shell, move |field, _| {
        let options = lantern_field::online::OnlineOptions::default();
        let sent = lantern_field::online::send_now(
            field.store_mut(),
            &outbox,
            url.trim(),
            &options,
            &now_ms,
            &mut |p| {
                let _ = on_progress.send(p.clone());
            },
        )?;
        let notice = field.sent_notice(&sent);
        Ok(SentDto { sent, notice })
    })
    .await
}

/// The device registry (supervisor mode).
#[tauri::command]
pub async fn supervisor_devices(
    shell: State<'_, SharedShell>,
) -> IpcResult<Vec<supervisor::DeviceRowDto>> {
    with_central(&shell, |shell, c, locale, _| {
        supervisor::device_rows(c, &shell.localizer, locale)
    })
    .await
}

/// Approves a laptop by its id, bound to the key or fingerprint it showed at enrolment (an id
/// alone is refused: ids are public). Returns the registry.
#[tauri::command]
pub async fn supervisor_approve_device(
    shell: State<'_, SharedShell>,
    device_id: String,
    binding: String,
) -> IpcResult<Vec<supervisor::DeviceRowDto>> {
    with_central(&shell, move |shell, c, locale, now| {
        let binding = supervisor::device_binding(&binding)?;
        c.approve_device(device_id.trim(), binding, now)?;
        supervisor::device_rows(c, &shell.localizer, locale)
    })
    .await
}

/// Revokes a laptop: its bundles are refused from now on. Returns the registry.
#[tauri::command]
pub async fn supervisor_revoke_device(
    shell: State<'_, SharedShell>,
    device_id: String,
) -> IpcResult<Vec<supervisor::DeviceRowDto>> {
    with_central(&shell, move |shell, c, locale, now| {
        c.revoke_device(&device_id, now)?;
        supervisor::device_rows(c, &shell.localizer, locale)
    })
    .await
}
