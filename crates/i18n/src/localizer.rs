//! Fluent bundles per locale and message lookup along the fallback chain. Fluent is evaluated
//! here only; the UI receives finished strings.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

use crate::isolation::{self, Isolation};
use crate::{I18nError, Locale, LocaleSources, LocaleStatusFile};

type Bundle = FluentBundle<FluentResource>;

/// A finished string and where it came from. When the requested locale lacked the message,
/// `fell_back` is true and `locale_used` names the locale that supplied it: the UI shows that,
/// and the store records it on the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub text: String,
    pub requested: Locale,
    pub locale_used: Locale,
    pub fell_back: bool,
}

/// One argument value. Counts must be numbers, never pre-formatted strings: Fluent selects the
/// plural form (CLDR rules for the locale) only from a number.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Integer(i64),
    Decimal(f64),
    Text(String),
}

/// Named arguments for a message (`{ $count }`, `{ $name }`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageArgs {
    values: Vec<(String, ArgValue)>,
}

impl MessageArgs {
    pub fn new() -> Self {
        Self::default()
    }

    /// An integer argument (counts, days, ages).
    pub fn number(mut self, name: &str, value: i64) -> Self {
        self.values
            .push((name.to_owned(), ArgValue::Integer(value)));
        self
    }

    pub fn decimal(mut self, name: &str, value: f64) -> Self {
        self.values
            .push((name.to_owned(), ArgValue::Decimal(value)));
        self
    }

    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.values
            .push((name.to_owned(), ArgValue::Text(value.into())));
        self
    }

    pub fn values(&self) -> &[(String, ArgValue)] {
        &self.values
    }

    fn to_fluent(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::with_capacity(self.values.len());
        for (name, value) in &self.values {
            let v = match value {
                ArgValue::Integer(n) => FluentValue::from(*n),
                ArgValue::Decimal(f) => FluentValue::from(*f),
                ArgValue::Text(s) => FluentValue::from(s.as_str()),
            };
            args.set(name.as_str(), v);
        }
        args
    }
}

/// All loaded locales. `Send + Sync` (concurrent bundles), so it can live in the desktop shell's
/// shared state.
pub struct Localizer {
    bundles: BTreeMap<Locale, Bundle>,
    status: LocaleStatusFile,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .field("status", &self.status)
            .finish()
    }
}

impl Localizer {
    /// Builds bundles for every supported locale present in `sources` (directories with other
    /// names are ignored here; the lint reports them). English must be present.
    pub fn from_sources(sources: &LocaleSources) -> Result<Self, I18nError> {
        let mut bundles = BTreeMap::new();
        for (tag, files) in &sources.files {
            let Some(locale) = Locale::from_tag(tag) else {
                continue;
            };
            let mut bundle = Bundle::new_concurrent(vec![locale.langid()]);
            for (name, text) in files {
                let resource = FluentResource::try_new(text.clone()).map_err(|(_, errors)| {
                    I18nError::Syntax {
                        locale,
                        file: name.clone(),
                        detail: errors
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join("; "),
                    }
                })?;
                bundle.add_resource(resource).map_err(|errors| {
                    let id = errors
                        .iter()
                        .find_map(|e| match e {
                            fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                            _ => None,
                        })
                        .unwrap_or_default();
                    I18nError::DuplicateMessage { locale, id }
                })?;
            }
            bundles.insert(locale, bundle);
        }
        if !bundles.contains_key(&Locale::FALLBACK) {
            return Err(I18nError::FallbackMissing(Locale::FALLBACK));
        }
        let status = match &sources.status {
            Some(text) => LocaleStatusFile::parse(text)?,
            None => LocaleStatusFile::default(),
        };
        Ok(Self { bundles, status })
    }

    /// The locales compiled into the binary.
    pub fn embedded() -> Result<Self, I18nError> {
        Self::from_sources(&LocaleSources::embedded())
    }

    /// The locales in a directory (development, tests, `lantern locales`).
    pub fn from_dir(dir: &Path) -> Result<Self, I18nError> {
        Self::from_sources(&LocaleSources::load_dir(dir)?)
    }

    /// Loaded locales, in `Locale` order.
    pub fn locales(&self) -> Vec<Locale> {
        self.bundles.keys().copied().collect()
    }

    pub fn status(&self) -> &LocaleStatusFile {
        &self.status
    }

    /// Whether the app should show the "draft translation" marker for this locale.
    pub fn is_draft(&self, locale: Locale) -> bool {
        self.status.is_draft(locale)
    }

    /// Whether `locale` itself (no fallback) has a message with a value.
    /// Each locale that lacks one of `ids`, with the ids it lacks (empty when all have all).
    pub fn missing_messages<'a>(&self, ids: &'a [String]) -> Vec<(Locale, Vec<&'a str>)> {
        Locale::ALL
            .into_iter()
            .filter_map(|locale| {
                let missing: Vec<&str> = ids
                    .iter()
                    .map(String::as_str)
                    .filter(|id| !self.has_message(locale, id))
                    .collect();
                (!missing.is_empty()).then_some((locale, missing))
            })
            .collect()
    }

    pub fn has_message(&self, locale: Locale, id: &str) -> bool {
        self.bundles
            .get(&locale)
            .and_then(|b| b.get_message(id))
            .is_some_and(|m| m.value().is_some())
    }

    /// Formats message `id` for `locale`, falling back along [`Locale::fallback_chain`].
    pub fn localize(
        &self,
        locale: Locale,
        id: &str,
        args: Option<&MessageArgs>,
        isolation: Isolation,
    ) -> Result<Localized, I18nError> {
        self.lookup(locale, id, None, args, isolation)
    }

    /// Formats attribute `attribute` of message `id` (e.g. a question's `.hint`).
    pub fn localize_attribute(
        &self,
        locale: Locale,
        id: &str,
        attribute: &str,
        args: Option<&MessageArgs>,
        isolation: Isolation,
    ) -> Result<Localized, I18nError> {
        self.lookup(locale, id, Some(attribute), args, isolation)
    }

    fn lookup(
        &self,
        requested: Locale,
        id: &str,
        attribute: Option<&str>,
        args: Option<&MessageArgs>,
        isolation: Isolation,
    ) -> Result<Localized, I18nError> {
        let fluent_args = args.map(MessageArgs::to_fluent);
        for locale in requested.fallback_chain() {
            let Some(bundle) = self.bundles.get(&locale) else {
                continue;
            };
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                None => message.value(),
                Some(attr) => message.get_attribute(attr).map(|a| a.value()),
            };
            let Some(pattern) = pattern else {
                continue;
            };
            let mut errors = Vec::new();
            let text: Cow<'_, str> =
                bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            if !errors.is_empty() {
                return Err(I18nError::Format {
                    locale,
                    id: full_id(id, attribute),
                    detail: errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                });
            }
            return Ok(Localized {
                text: isolation::apply(isolation, text.into_owned()),
                requested,
                locale_used: locale,
                fell_back: locale != requested,
            });
        }
        Err(I18nError::MissingMessage {
            id: full_id(id, attribute),
        })
    }
}

fn full_id(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(a) => format!("{id}.{a}"),
        None => id.to_owned(),
    }
}
