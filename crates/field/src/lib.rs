//! The field device's use-cases, shared by the desktop app and the `lantern` CLI: interviews run
//! by the engine (`lantern-core`), saved in the encrypted store (`lantern-store`) and shown in
//! finished, localised view-models (`lantern-i18n`). The transports only parse and forward.

pub mod consent;
pub mod directory;
pub mod error;
pub mod identity;
pub mod interpreters;
pub mod message_ids;
pub mod online;
pub mod script;
pub mod session;
pub mod sync;
pub mod view;

pub use directory::Directory;
pub use error::{FieldError, Result};
pub use lantern_store::InterpreterEntry;
pub use script::{Script, ScriptError, ScriptOutcome, Step};
pub use session::{Field, locked_emergency};
