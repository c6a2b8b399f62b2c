//! The locale lint: structured findings, each with a stable code. `lantern locales check` prints
//! them; the integration test runs it on the real `locales/` directory.
//!
//! English (`en`) is the reference for placeables when present. Message sets are compared across
//! all locales (a message present in one locale and absent in another is reported where it is
//! absent). A whole missing file is reported once (`locale.file_missing`) instead of once per
//! message.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde::Serialize;

use crate::isolation::{FSI, PDI};
use crate::serbian::derive_sr_latn_files;
use crate::status::TranslationStatus;
use crate::{Locale, LocaleSources, LocaleStatusFile};

/// What a finding is about. The string codes are stable (and are what JSON output carries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingCode {
    /// fluent-syntax could not parse part of a file.
    SyntaxError,
    /// A message (or `message.attribute`, or `-term`) present in another locale is absent here.
    MissingMessage,
    /// A file present in another locale is absent here.
    FileMissing,
    /// A message value or attribute is empty.
    EmptyValue,
    /// Variables (`$x`) or message references differ from the reference locale.
    PlaceableMismatch,
    /// An id the questionnaire or the code uses is absent.
    RequiredMissing,
    /// The same id is defined twice in one locale.
    DuplicateMessage,
    /// A locale directory has no entry in `status.toml` (or the file is absent).
    StatusMissing,
    /// `status.toml` does not parse or fails validation.
    StatusInvalid,
    /// sr-Latn is not the transliteration of sr-Cyrl.
    SrLatnMismatch,
    /// A literal FSI/PDI mark in a source file (Fluent inserts them; literal ones cannot be
    /// stripped safely and render as boxes).
    IsolationMark,
    /// A directory whose name is not a supported locale.
    UnknownLocale,
    /// An expected locale has no directory.
    LocaleMissing,
    /// A text read aloud to her holds a parenthesised note about her ("(her answer)"): notes
    /// for the interviewer go into the help, which is never read aloud.
    NoteReadAloud,
}

impl FindingCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SyntaxError => "locale.syntax_error",
            Self::MissingMessage => "locale.missing_message",
            Self::FileMissing => "locale.file_missing",
            Self::EmptyValue => "locale.empty_value",
            Self::PlaceableMismatch => "locale.placeable_mismatch",
            Self::RequiredMissing => "locale.required_missing",
            Self::DuplicateMessage => "locale.duplicate_message",
            Self::StatusMissing => "locale.status_missing",
            Self::StatusInvalid => "locale.status_invalid",
            Self::SrLatnMismatch => "locale.sr_latn_mismatch",
            Self::IsolationMark => "locale.isolation_mark",
            Self::UnknownLocale => "locale.unknown_locale",
            Self::LocaleMissing => "locale.locale_missing",
            Self::NoteReadAloud => "locale.note_read_aloud",
        }
    }

    /// Fluent message id (in `ui.ftl`) that describes this finding to a person.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::SyntaxError => "lint-syntax-error",
            Self::MissingMessage => "lint-missing-message",
            Self::FileMissing => "lint-file-missing",
            Self::EmptyValue => "lint-empty-value",
            Self::PlaceableMismatch => "lint-placeable-mismatch",
            Self::RequiredMissing => "lint-required-missing",
            Self::DuplicateMessage => "lint-duplicate-message",
            Self::StatusMissing => "lint-status-missing",
            Self::StatusInvalid => "lint-status-invalid",
            Self::SrLatnMismatch => "lint-sr-latn-mismatch",
            Self::IsolationMark => "lint-isolation-mark",
            Self::UnknownLocale => "lint-unknown-locale",
            Self::LocaleMissing => "lint-locale-missing",
            Self::NoteReadAloud => "lint-note-read-aloud",
        }
    }

    pub const ALL: [FindingCode; 14] = [
        Self::SyntaxError,
        Self::MissingMessage,
        Self::FileMissing,
        Self::EmptyValue,
        Self::PlaceableMismatch,
        Self::RequiredMissing,
        Self::DuplicateMessage,
        Self::StatusMissing,
        Self::StatusInvalid,
        Self::SrLatnMismatch,
        Self::IsolationMark,
        Self::UnknownLocale,
        Self::LocaleMissing,
        Self::NoteReadAloud,
    ];
}

impl Serialize for FindingCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Finding {
    pub locale: Option<String>,
    pub file: Option<String>,
    pub message_id: Option<String>,
    pub code: FindingCode,
    /// Technical detail (parser message, variable names, line): not translated.
    pub detail: String,
}

#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Ids (`message` or `message.attribute`) the questionnaire and the code use.
    pub required_ids: BTreeSet<String>,
    /// Locale tags that must have a directory (empty: no such check).
    pub expected_locales: Vec<String>,
    /// Message ids read aloud to her (question texts and option labels of questions that are not
    /// interviewer-only): checked for parenthesised notes about her.
    pub read_aloud_ids: BTreeSet<String>,
}

impl LintOptions {
    /// Expect all seven supported locales.
    pub fn all_supported() -> Self {
        Self {
            required_ids: BTreeSet::new(),
            expected_locales: Locale::ALL.iter().map(|l| l.tag().to_owned()).collect(),
            read_aloud_ids: BTreeSet::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleSummary {
    pub locale: String,
    pub files: usize,
    pub messages: usize,
    pub status: Option<TranslationStatus>,
    pub findings: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LintReport {
    pub locales: Vec<LocaleSummary>,
    pub findings: Vec<Finding>,
}

impl LintReport {
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }

    pub fn codes(&self) -> BTreeSet<FindingCode> {
        self.findings.iter().map(|f| f.code).collect()
    }
}

/// What one message, attribute or term looks like in one locale.
#[derive(Debug, Default)]
struct KeyInfo {
    file: String,
    empty: bool,
    variables: BTreeSet<String>,
    message_refs: BTreeSet<String>,
}

/// Runs every rule over `sources`.
pub fn lint(sources: &LocaleSources, options: &LintOptions) -> LintReport {
    let mut findings = Vec::new();
    let mut push =
        |code, locale: Option<&str>, file: Option<&str>, id: Option<&str>, detail: String| {
            findings.push(Finding {
                locale: locale.map(str::to_owned),
                file: file.map(str::to_owned),
                message_id: id.map(str::to_owned),
                code,
                detail,
            });
        };

    // Status file.
    let status = match &sources.status {
        None => {
            push(
                FindingCode::StatusMissing,
                None,
                Some(crate::sources::STATUS_FILE),
                None,
                "no status file".to_owned(),
            );
            None
        }
        Some(text) => match LocaleStatusFile::parse(text) {
            Ok(s) => Some(s),
            Err(e) => {
                push(
                    FindingCode::StatusInvalid,
                    None,
                    Some(crate::sources::STATUS_FILE),
                    None,
                    e.to_string(),
                );
                None
            }
        },
    };

    for tag in &options.expected_locales {
        if !sources.files.contains_key(tag) {
            push(
                FindingCode::LocaleMissing,
                Some(tag),
                None,
                None,
                String::new(),
            );
        }
    }

    // Parse every file; collect keys per locale.
    let mut keys: BTreeMap<&str, BTreeMap<String, KeyInfo>> = BTreeMap::new();
    for (tag, files) in &sources.files {
        if Locale::from_tag(tag).is_none() {
            push(
                FindingCode::UnknownLocale,
                Some(tag),
                None,
                None,
                String::new(),
            );
        }
        if let Some(status) = &status
            && status.entry_by_tag(tag).is_none()
        {
            push(
                FindingCode::StatusMissing,
                Some(tag),
                Some(crate::sources::STATUS_FILE),
                None,
                String::new(),
            );
        }
        let locale_keys = keys.entry(tag.as_str()).or_default();
        for (file, text) in files {
            for (offset, c) in text.char_indices() {
                if c == FSI || c == PDI {
                    push(
                        FindingCode::IsolationMark,
                        Some(tag),
                        Some(file),
                        None,
                        format!("line {}: U+{:04X}", line_of(text, offset), c as u32),
                    );
                }
            }
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        push(
                            FindingCode::SyntaxError,
                            Some(tag),
                            Some(file),
                            None,
                            format!("line {}: {}", line_of(text, e.pos.start), e.kind),
                        );
                    }
                    r
                }
            };
            for entry in &resource.body {
                let mut defined: Vec<(String, Option<&Pattern<&str>>)> = Vec::new();
                match entry {
                    Entry::Message(m) => {
                        if let Some(value) = &m.value {
                            defined.push((m.id.name.to_owned(), Some(value)));
                        } else {
                            // Attributes only: the id still exists (for duplicates), no value.
                            defined.push((m.id.name.to_owned(), None));
                        }
                        for a in &m.attributes {
                            defined.push((format!("{}.{}", m.id.name, a.id.name), Some(&a.value)));
                        }
                    }
                    // Term attributes are locale-private (grammatical gender etc.): not compared.
                    Entry::Term(t) => defined.push((format!("-{}", t.id.name), Some(&t.value))),
                    _ => {}
                }
                for (key, pattern) in defined {
                    if locale_keys.contains_key(&key) {
                        push(
                            FindingCode::DuplicateMessage,
                            Some(tag),
                            Some(file),
                            Some(&key),
                            String::new(),
                        );
                        continue;
                    }
                    let Some(pattern) = pattern else {
                        continue;
                    };
                    let mut info = KeyInfo {
                        file: file.clone(),
                        empty: pattern_is_empty(pattern),
                        ..KeyInfo::default()
                    };
                    collect_pattern(pattern, &mut info);
                    if options.read_aloud_ids.contains(&key) {
                        for note in notes_about_her(tag, &pattern_text(pattern)) {
                            push(
                                FindingCode::NoteReadAloud,
                                Some(tag),
                                Some(file),
                                Some(&key),
                                note,
                            );
                        }
                    }
                    if info.empty {
                        push(
                            FindingCode::EmptyValue,
                            Some(tag),
                            Some(file),
                            Some(&key),
                            String::new(),
                        );
                    }
                    locale_keys.insert(key, info);
                }
            }
        }
    }

    // Files present somewhere but missing in a locale.
    let all_files: BTreeSet<&String> = sources.files.values().flat_map(|f| f.keys()).collect();
    for (tag, files) in &sources.files {
        for file in &all_files {
            if !files.contains_key(*file) {
                push(
                    FindingCode::FileMissing,
                    Some(tag),
                    Some(file),
                    None,
                    String::new(),
                );
            }
        }
    }

    // Required ids.
    let mut required_missing: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (tag, locale_keys) in &keys {
        for id in &options.required_ids {
            if !locale_keys.contains_key(id) {
                required_missing.insert((tag, id));
                push(
                    FindingCode::RequiredMissing,
                    Some(tag),
                    None,
                    Some(id),
                    String::new(),
                );
            }
        }
    }

    // Messages present in one locale and absent in another.
    let reference_tag = if keys.contains_key(Locale::FALLBACK.tag()) {
        Some(Locale::FALLBACK.tag())
    } else {
        keys.keys().next().copied()
    };
    let mut home_file: BTreeMap<&str, &str> = BTreeMap::new();
    for (tag, locale_keys) in &keys {
        for (key, info) in locale_keys {
            // Prefer the reference locale's file name.
            if Some(*tag) == reference_tag || !home_file.contains_key(key.as_str()) {
                home_file.insert(key, &info.file);
            }
        }
    }
    for (tag, locale_keys) in &keys {
        let files = &sources.files[*tag];
        for (key, file) in &home_file {
            if locale_keys.contains_key(*key) || required_missing.contains(&(*tag, *key)) {
                continue;
            }
            if !files.contains_key(*file) {
                continue; // reported once as FileMissing
            }
            push(
                FindingCode::MissingMessage,
                Some(tag),
                Some(file),
                Some(key),
                String::new(),
            );
        }
    }

    // Placeables against the reference locale.
    if let Some(reference) = reference_tag.and_then(|t| keys.get(t).map(|k| (t, k))) {
        let (ref_tag, ref_keys) = reference;
        for (tag, locale_keys) in &keys {
            if *tag == ref_tag {
                continue;
            }
            for (key, info) in locale_keys {
                let Some(expected) = ref_keys.get(key) else {
                    continue;
                };
                if expected.variables != info.variables
                    || expected.message_refs != info.message_refs
                {
                    push(
                        FindingCode::PlaceableMismatch,
                        Some(tag),
                        Some(&info.file),
                        Some(key),
                        format!(
                            "{ref_tag} has {}, {tag} has {}",
                            describe(expected),
                            describe(info)
                        ),
                    );
                }
            }
        }
    }

    // sr-Latn must be the transliteration of sr-Cyrl.
    let cyrl = sources.files.get(Locale::SrCyrl.tag());
    let latn = sources.files.get(Locale::SrLatn.tag());
    if let (Some(cyrl), Some(latn)) = (cyrl, latn) {
        let expected = derive_sr_latn_files(cyrl);
        for (file, text) in &expected {
            match latn.get(file) {
                None => {} // reported as FileMissing
                Some(actual) if actual == text => {}
                Some(actual) => push(
                    FindingCode::SrLatnMismatch,
                    Some(Locale::SrLatn.tag()),
                    Some(file),
                    None,
                    first_difference(text, actual),
                ),
            }
        }
        for file in latn.keys().filter(|f| !expected.contains_key(*f)) {
            push(
                FindingCode::SrLatnMismatch,
                Some(Locale::SrLatn.tag()),
                Some(file),
                None,
                "no sr-Cyrl source for this file".to_owned(),
            );
        }
    }

    findings.sort();
    findings.dedup();

    let locales = sources
        .files
        .iter()
        .map(|(tag, files)| LocaleSummary {
            locale: tag.clone(),
            files: files.len(),
            messages: keys
                .get(tag.as_str())
                .map(|k| {
                    k.keys()
                        .filter(|k| !k.starts_with('-') && !k.contains('.'))
                        .count()
                })
                .unwrap_or(0),
            status: status
                .as_ref()
                .and_then(|s| s.entry_by_tag(tag))
                .map(|e| e.status),
            findings: findings
                .iter()
                .filter(|f| f.locale.as_deref() == Some(tag))
                .count(),
        })
        .collect();
    LintReport { locales, findings }
}

fn line_of(text: &str, byte_offset: usize) -> usize {
    text.get(..byte_offset)
        .map_or(0, |s| s.matches('\n').count())
        + 1
}

fn describe(info: &KeyInfo) -> String {
    let parts: Vec<String> = info
        .variables
        .iter()
        .map(|v| format!("${v}"))
        .chain(info.message_refs.iter().cloned())
        .collect();
    if parts.is_empty() {
        "no placeables".to_owned()
    } else {
        format!("{{{}}}", parts.join(", "))
    }
}

fn first_difference(expected: &str, actual: &str) -> String {
    for (n, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}: expected {e:?}, found {a:?}", n + 1);
        }
    }
    format!(
        "expected {} lines, found {}",
        expected.lines().count(),
        actual.lines().count()
    )
}

fn pattern_is_empty(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|e| match e {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        PatternElement::Placeable { .. } => false,
    })
}

/// The literal text of a pattern (placeables left out).
fn pattern_text(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                if let Expression::Select { variants, .. } = expression {
                    for v in variants {
                        out.push(' ');
                        out.push_str(&pattern_text(&v.value));
                    }
                }
            }
        }
    }
    out
}

/// Words that speak of her in the third person, per locale. A read-aloud text addresses her
/// ("you"), so a parenthesised part with one of these is a note for the interviewer.
fn third_person_words(tag: &str) -> &'static [&'static str] {
    match tag {
        "en" => &["her", "hers", "she", "herself"],
        "sq" => &["saj", "ajo", "asaj", "vetë"],
        "sr-Cyrl" => &[
            "њен",
            "њена",
            "њено",
            "њени",
            "њеног",
            "њеном",
            "она",
            "њој",
            "ње",
        ],
        "sr-Latn" => &[
            "njen", "njena", "njeno", "njeni", "njenog", "njenom", "ona", "njoj", "nje",
        ],
        "ro" => &["ei", "ea"],
        "ru" => &["её", "ее", "она", "ей", "неё", "нее", "ней"],
        "uk" => &["її", "вона", "їй", "неї", "нею"],
        _ => &[],
    }
}

/// The parenthesised parts of `text` that speak of her in the third person.
fn notes_about_her(tag: &str, text: &str) -> Vec<String> {
    let words = third_person_words(tag);
    let mut notes = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        let Some(close) = inner.find(')') else { break };
        let part = &inner[..close];
        let lower = part.to_lowercase();
        if lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| words.contains(&w))
        {
            notes.push(part.to_owned());
        }
        rest = &inner[close + 1..];
    }
    notes
}

fn collect_pattern(pattern: &Pattern<&str>, info: &mut KeyInfo) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, info);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, info: &mut KeyInfo) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, info);
            for v in variants {
                collect_pattern(&v.value, info);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, info),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, info: &mut KeyInfo) {
    match inline {
        InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, attribute } => {
            let name = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_owned(),
            };
            info.message_refs.insert(name);
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, info);
            }
            for a in &arguments.named {
                collect_inline(&a.value, info);
            }
        }
        // Terms may differ per locale; only their arguments can carry the caller's variables.
        InlineExpression::TermReference { arguments, .. } => {
            if let Some(arguments) = arguments {
                for a in &arguments.positional {
                    collect_inline(a, info);
                }
                for a in &arguments.named {
                    collect_inline(&a.value, info);
                }
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, info),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}
