//! Tauri commands: each parses its arguments, runs one library call on a blocking thread (the
//! store and Argon2id block), and returns a view-model or an `{code, message}` error.

use lantern_core::answers::{AnswerKey, AnswerValue};
use lantern_core::engine::StopReason;
use lantern_field::view::{AssessmentDto, EmergencyDto, HomeDto, ReviewDto, ScreenDto};
use lantern_field::{Field, FieldError};
use lantern_i18n::Locale;
use lantern_store::{Passphrase, Store, StoreError};
use serde::Serialize;
use tauri::State;
use tauri::ipc::Channel;

use crate::error::{IpcError, IpcResult};
use crate::state::{AppStateDto, SharedShell};

fn now_ms() -> i64 {
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
        let field = shell.new_field(created.store, locale);
        let mut s = shell.lock_session();
        shell.save_settings(&s.settings);
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
        let _ = on_progress.send(ProgressEvent {
            stage: Stage::DerivingKey,
        });
        let store = Store::unlock(&shell.profile_dir, &Passphrase::new(passphrase))
            .map_err(|e| shell.ipc_error(locale, &FieldError::Store(e)))?;
        let _ = on_progress.send(ProgressEvent { stage: Stage::Done });
        let field = shell.new_field(store, locale);
        let mut s = shell.lock_session();
        s.field = Some(field);
        Ok(shell.app_state(&s))
    })
    .await
}

fn lock_now(shell: &SharedShell) -> AppStateDto {
    let mut s = shell.lock_session();
    if let Some(field) = s.field.take() {
        // Closing zeroizes the key; a close error changes nothing for the user (data is committed).
        let _ = field.into_store().lock();
    }
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
    with_field(&shell, move |f, _| f.emergency(id.as_deref())).await
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
pub async fn assessment(shell: State<'_, SharedShell>, id: String) -> IpcResult<AssessmentDto> {
    with_field(&shell, move |f, now| f.assessment(&id, now)).await
}
