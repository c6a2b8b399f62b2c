//! The raw texts: every `<locale>/<file>.ftl` plus the status file, read from a directory or taken
//! from the copy embedded at build time. The localizer and the lint both work from this.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::I18nError;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}

/// Name of the status file inside the locales directory.
pub const STATUS_FILE: &str = "status.toml";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocaleSources {
    /// Locale directory name → file name → contents. Directory names are kept as written so the
    /// lint can report unknown ones.
    pub files: BTreeMap<String, BTreeMap<String, String>>,
    /// Contents of `status.toml`, if present.
    pub status: Option<String>,
    /// Where the texts came from (for reports): the directory, or `None` for the embedded copy.
    pub origin: Option<PathBuf>,
}

impl LocaleSources {
    /// Reads `dir/<locale>/*.ftl` and `dir/status.toml`. Other files are ignored.
    pub fn load_dir(dir: &Path) -> Result<Self, I18nError> {
        if !dir.is_dir() {
            return Err(I18nError::NotADirectory(dir.to_path_buf()));
        }
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| I18nError::Io { path, source }
        };
        let mut files: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for entry in fs::read_dir(dir).map_err(io(dir))? {
            let entry = entry.map_err(io(dir))?;
            let locale_dir = entry.path();
            if !locale_dir.is_dir() {
                continue;
            }
            let Some(locale) = locale_dir.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let per_locale = files.entry(locale.to_owned()).or_default();
            for file in fs::read_dir(&locale_dir).map_err(io(&locale_dir))? {
                let path = file.map_err(io(&locale_dir))?.path();
                if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                    continue;
                }
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                let text = fs::read_to_string(&path).map_err(io(&path))?;
                per_locale.insert(name.to_owned(), text);
            }
        }
        let status_path = dir.join(STATUS_FILE);
        let status = if status_path.is_file() {
            Some(fs::read_to_string(&status_path).map_err(io(&status_path))?)
        } else {
            None
        };
        Ok(Self {
            files,
            status,
            origin: Some(dir.to_path_buf()),
        })
    }

    /// The copy of `locales/` compiled into the library.
    pub fn embedded() -> Self {
        let mut files: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for (locale, name, text) in embedded::EMBEDDED_FILES {
            files
                .entry((*locale).to_owned())
                .or_default()
                .insert((*name).to_owned(), (*text).to_owned());
        }
        Self {
            files,
            status: embedded::EMBEDDED_STATUS.map(str::to_owned),
            origin: None,
        }
    }

    /// Human-readable origin for reports.
    pub fn origin_label(&self) -> String {
        match &self.origin {
            Some(p) => p.display().to_string(),
            None => "(embedded)".to_owned(),
        }
    }
}
