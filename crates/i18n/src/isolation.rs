//! Unicode bidi isolation marks. Fluent wraps every placeable in FSI … PDI so a name or number in
//! another script cannot reorder the surrounding text. The webview renders them correctly and
//! needs them; terminals, CSV files and logs show them as stray boxes, so those outputs strip them.

/// FIRST STRONG ISOLATE, inserted by Fluent before a placeable.
pub const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE, inserted by Fluent after a placeable.
pub const PDI: char = '\u{2069}';

/// How a formatted string is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Isolation {
    /// For the webview: keep the FSI/PDI marks around placeables.
    Keep,
    /// For CSV, logs and the command line: no isolation marks.
    Strip,
}

/// Removes FSI and PDI. Translations never contain them literally (the lint's
/// `locale.isolation_mark` rule), so every mark removed here was inserted by Fluent.
pub fn strip_isolation_marks(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}

pub(crate) fn apply(isolation: Isolation, text: String) -> String {
    match isolation {
        Isolation::Keep => text,
        Isolation::Strip => strip_isolation_marks(&text),
    }
}
