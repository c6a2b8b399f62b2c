//! Shared state of the shell: the profile location, the loaded questionnaire and locales, and
//! (once unlocked) the field session or the central (supervisor) session behind a mutex; never
//! both at once. Keys live only inside the stores.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use lantern_central::Central;
use lantern_core::questionnaire::Questionnaire;
use lantern_field::{Directory, Field, FieldError};
use lantern_i18n::{Isolation, Locale, LocaleSources, Localizer};
use lantern_store::KdfParams;
use serde::{Deserialize, Serialize};

use crate::error::IpcError;

#[derive(Debug)]
pub struct Shell {
    pub profile_dir: PathBuf,
    /// The central office's home (supervisor mode), created by `lantern-central init`.
    pub central_dir: PathBuf,
    /// The folder "import the inbox" reads `*.bundle` files from.
    pub inbox_dir: PathBuf,
    pub kdf: KdfParams,
    pub localizer: Arc<Localizer>,
    pub questionnaire: Arc<Questionnaire>,
    ui_ids: Vec<String>,
    pub session: Mutex<Session>,
    /// When she last did something (unix ms): any IPC call, or the webview's activity ping.
    last_activity: AtomicI64,
}

/// How long after the webview's own auto-lock Rust locks anyway: the webview pings while she
/// uses the mouse or keyboard (at most every 30 s), so only a webview that stopped (hung, its
/// timer defeated) ever meets this backstop.
pub const IDLE_GRACE_MS: i64 = 60_000;

#[derive(Debug)]
pub struct Session {
    pub field: Option<Field>,
    /// The unlocked central home (supervisor mode). Never open together with `field`.
    pub central: Option<Central>,
    pub settings: Settings,
}

/// Non-secret preferences, kept beside the profile in `settings.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    pub interface_locale: Locale,
    pub auto_lock_minutes: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            interface_locale: Locale::En,
            auto_lock_minutes: 5,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    FirstRun,
    Locked,
    Unlocked,
    /// The central home is open (supervisor mode); the field profile is locked.
    Supervisor,
}

#[derive(Debug, Clone, Serialize)]
pub struct AppStateDto {
    pub phase: Phase,
    pub interface_locale: Locale,
    pub locales: Vec<lantern_field::view::LocaleInfo>,
    pub draft_translation: bool,
    pub strings: BTreeMap<String, String>,
    pub auto_lock_minutes: u32,
    pub insecure_test_profile: bool,
    /// A central home exists on this computer: the discreet "Central office" entry may open it.
    pub central_home: bool,
}

impl Shell {
    pub fn new(profile_dir: PathBuf, kdf: KdfParams) -> anyhow::Result<Self> {
        let central_dir = crate::default_central_dir();
        let inbox_dir = crate::default_inbox_dir(&central_dir);
        Self::with_central(profile_dir, central_dir, inbox_dir, kdf)
    }

    pub fn with_central(
        profile_dir: PathBuf,
        central_dir: PathBuf,
        inbox_dir: PathBuf,
        kdf: KdfParams,
    ) -> anyhow::Result<Self> {
        let sources = LocaleSources::embedded();
        let localizer = Arc::new(Localizer::from_sources(&sources)?);
        let ui_ids = ui_message_ids(&sources);
        let questionnaire = Arc::new(lantern_core::questionnaire::identification_v1());
        let mut settings: Settings = std::fs::read(profile_dir.join("settings.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        // The file is not secret and anyone can edit it: 0 must not turn the auto-lock off.
        settings.auto_lock_minutes = settings.auto_lock_minutes.clamp(1, 60);
        Ok(Self {
            profile_dir,
            central_dir,
            inbox_dir,
            kdf,
            localizer,
            questionnaire,
            ui_ids,
            last_activity: AtomicI64::new(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_millis() as i64)
                    .unwrap_or(0),
            ),
            session: Mutex::new(Session {
                field: None,
                central: None,
                settings,
            }),
        })
    }

    /// Records activity (every IPC call does).
    pub fn touch(&self, now: i64) {
        self.last_activity.fetch_max(now, Ordering::Relaxed);
    }

    /// The auto-lock's backstop in Rust: locks whatever is open once nothing happened for the
    /// auto-lock time plus [`IDLE_GRACE_MS`]. Returns whether it locked.
    pub fn lock_if_idle(&self, now: i64) -> bool {
        let mut session = self.lock_session();
        if session.field.is_none() && session.central.is_none() {
            return false;
        }
        let limit = i64::from(session.settings.auto_lock_minutes) * 60_000 + IDLE_GRACE_MS;
        if now - self.last_activity.load(Ordering::Relaxed) < limit {
            return false;
        }
        session.lock_all();
        true
    }

    pub fn lock_session(&self) -> MutexGuard<'_, Session> {
        // A panic while holding the lock must not brick the app: the session data is still valid.
        self.session.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The unlocked field session. Opening moves identity answers stored before identity was kept
    /// apart into the identity table (idempotent), so no view or export can see one as a case
    /// answer.
    /// The referral directory of the profile (not secret: it is read while locked too), or the
    /// example one.
    pub fn directory(&self) -> Directory {
        std::fs::read_to_string(self.profile_dir.join("referrals.toml"))
            .ok()
            .and_then(|t| Directory::parse(&t).ok())
            .unwrap_or_else(Directory::example)
    }

    /// The emergency panel without an open profile (locked, first run, supervisor mode).
    pub fn locked_emergency(&self, interface: Locale) -> lantern_field::view::EmergencyDto {
        lantern_field::locked_emergency(
            &self.questionnaire,
            &self.localizer,
            &self.directory(),
            interface,
        )
    }

    pub fn new_field(
        &self,
        store: lantern_store::Store,
        interface: Locale,
        now: i64,
    ) -> lantern_field::Result<Field> {
        let directory = self.directory();
        Field::open(
            store,
            self.questionnaire.clone(),
            self.localizer.clone(),
            directory,
            interface,
            now,
        )
    }

    pub fn save_settings(&self, settings: &Settings) {
        if let Ok(json) = serde_json::to_vec_pretty(settings) {
            let _ = std::fs::create_dir_all(&self.profile_dir);
            let _ = std::fs::write(self.profile_dir.join("settings.json"), json);
        }
    }

    pub fn app_state(&self, session: &Session) -> AppStateDto {
        let locale = session.settings.interface_locale;
        let phase = if session.central.is_some() {
            Phase::Supervisor
        } else if session.field.is_some() {
            Phase::Unlocked
        } else if self.profile_dir.join(lantern_store::KEY_FILE).exists() {
            Phase::Locked
        } else {
            Phase::FirstRun
        };
        let strings = self
            .ui_ids
            .iter()
            .filter_map(|id| {
                self.localizer
                    .localize(locale, id, None, Isolation::Keep)
                    .ok()
                    .map(|l| (id.clone(), l.text))
            })
            .collect();
        AppStateDto {
            phase,
            interface_locale: locale,
            locales: lantern_field::view::Texts {
                localizer: &self.localizer,
                interface: locale,
                interview: locale,
                isolation: Isolation::Keep,
            }
            .locales(),
            draft_translation: self.localizer.is_draft(locale),
            strings,
            auto_lock_minutes: session.settings.auto_lock_minutes,
            insecure_test_profile: session
                .field
                .as_ref()
                .is_some_and(|f| !f.store().kdf_is_production_strength()),
            central_home: self.central_dir.join(lantern_central::KEY_FILE).exists(),
        }
    }

    /// Localises an error for the webview: `{code, message}`.
    pub fn ipc_error(&self, locale: Locale, e: &FieldError) -> IpcError {
        let message = self
            .localizer
            .localize(locale, &e.message_id(), None, Isolation::Keep)
            .or_else(|_| {
                self.localizer
                    .localize(locale, "error-unknown", None, Isolation::Keep)
            })
            .map(|l| l.text)
            .unwrap_or_else(|_| e.code().to_owned());
        IpcError::new(e.code(), message)
    }
}

impl Session {
    /// Closes whichever store is open (field or central); closing zeroizes its key. A close
    /// error changes nothing for the user: everything was committed.
    pub fn lock_all(&mut self) {
        if let Some(field) = self.field.take() {
            let _ = field.into_store().lock();
        }
        if let Some(central) = self.central.take() {
            let _ = central.lock();
        }
    }
}

/// Every message id of the interface files (`ui.ftl` and the answer/service labels the chrome
/// uses), read from the English source.
fn ui_message_ids(sources: &LocaleSources) -> Vec<String> {
    let mut ids = Vec::new();
    if let Some(files) = sources.files.get("en") {
        for (name, text) in files {
            if name != "ui.ftl" {
                continue;
            }
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_owned());
                }
            }
        }
    }
    ids
}

pub type SharedShell = Arc<Shell>;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn rust_locks_an_open_profile_once_nothing_happened_past_the_auto_lock_and_grace() {
        let dir = tempfile::tempdir().unwrap();
        let shell = Shell::with_central(
            dir.path().join("profile"),
            dir.path().join("central"),
            dir.path().join("inbox"),
            KdfParams::INSECURE_TEST,
        )
        .unwrap();
        let t0 = 1_900_000_000_000;
        assert!(
            !shell.lock_if_idle(t0 + 3_600_000),
            "nothing open: nothing to lock"
        );
        let store = lantern_store::Store::create(
            &shell.profile_dir,
            &lantern_store::Passphrase::new("a long idle test passphrase".into()),
            KdfParams::INSECURE_TEST,
            t0,
        )
        .unwrap()
        .store;
        let field = shell.new_field(store, Locale::En, t0).unwrap();
        shell.lock_session().field = Some(field);
        shell.touch(t0);
        let limit = 5 * 60_000 + IDLE_GRACE_MS;
        assert!(!shell.lock_if_idle(t0 + limit - 1));
        assert!(shell.lock_session().field.is_some());
        // Activity moves the deadline; an older stamp arriving late does not move it back.
        shell.touch(t0 + 10_000);
        shell.touch(t0 + 5_000);
        assert!(!shell.lock_if_idle(t0 + limit));
        assert!(shell.lock_if_idle(t0 + 10_000 + limit));
        assert!(shell.lock_session().field.is_none(), "locked");
    }

    #[test]
    fn an_edited_settings_file_cannot_turn_the_auto_lock_off() {
        let dir = tempfile::tempdir().unwrap();
        for (written, read) in [(0, 1), (5, 5), (100_000, 60)] {
            std::fs::write(
                dir.path().join("settings.json"),
                format!(r#"{{"interface_locale":"en","auto_lock_minutes":{written}}}"#),
            )
            .unwrap();
            let shell = Shell::with_central(
                dir.path().to_path_buf(),
                dir.path().join("central"),
                dir.path().join("inbox"),
                KdfParams::INSECURE_TEST,
            )
            .unwrap();
            assert_eq!(shell.lock_session().settings.auto_lock_minutes, read);
        }
    }
}
