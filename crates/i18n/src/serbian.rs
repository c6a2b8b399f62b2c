//! Serbian script: sr-Cyrl is the source, sr-Latn is derived from it mechanically.
//!
//! The whole FTL text is transliterated. That is safe by construction of Fluent's syntax: message
//! and term ids, attribute names, variables (`$count`), variant keys (`[few]`) and function names
//! are ASCII-only identifiers, so only text, string literals and comments can contain Cyrillic,
//! and those are exactly what should change. The derived file starts with a fixed header line.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::{I18nError, Locale};

/// First line of every generated sr-Latn file.
pub const GENERATED_HEADER: &str =
    "# GENERATED from sr-Cyrl by `lantern locales derive-sr-latn`. Do not edit: edit sr-Cyrl.\n";

/// Serbian Cyrillic → Latin (Gaj's alphabet). Case-aware for the digraphs: `Љ` becomes `LJ`
/// inside an all-capitals word and `Lj` otherwise. Every other character is kept as is. Output is
/// NFC with the digraphs as two letters (`Dž` is `D` + `ž`, never U+01C5).
pub fn transliterate_cyrillic_to_latin(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let Some(latin) = map_char(c) else {
            out.push(c);
            continue;
        };
        let is_digraph_capital = matches!(c, 'Љ' | 'Њ' | 'Џ');
        if is_digraph_capital && capitals_context(&chars, i) {
            out.push_str(&latin.to_uppercase());
        } else {
            out.push_str(latin);
        }
    }
    out
}

/// Whether a capital digraph at `i` stands in an all-capitals word: the next letter is a
/// capital, or there is no next letter and the previous one is a capital.
fn capitals_context(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1) {
        Some(n) if n.is_alphabetic() => n.is_uppercase(),
        _ => i
            .checked_sub(1)
            .and_then(|p| chars.get(p))
            .is_some_and(|p| p.is_alphabetic() && p.is_uppercase()),
    }
}

fn map_char(c: char) -> Option<&'static str> {
    Some(match c {
        'А' => "A",
        'Б' => "B",
        'В' => "V",
        'Г' => "G",
        'Д' => "D",
        'Ђ' => "Đ",
        'Е' => "E",
        'Ж' => "Ž",
        'З' => "Z",
        'И' => "I",
        'Ј' => "J",
        'К' => "K",
        'Л' => "L",
        'Љ' => "Lj",
        'М' => "M",
        'Н' => "N",
        'Њ' => "Nj",
        'О' => "O",
        'П' => "P",
        'Р' => "R",
        'С' => "S",
        'Т' => "T",
        'Ћ' => "Ć",
        'У' => "U",
        'Ф' => "F",
        'Х' => "H",
        'Ц' => "C",
        'Ч' => "Č",
        'Џ' => "Dž",
        'Ш' => "Š",
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "đ",
        'е' => "e",
        'ж' => "ž",
        'з' => "z",
        'и' => "i",
        'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "ć",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "č",
        'џ' => "dž",
        'ш' => "š",
        _ => return None,
    })
}

/// The sr-Latn text derived from one sr-Cyrl file: header + transliteration.
pub fn derive_sr_latn_text(sr_cyrl: &str) -> String {
    let mut out = String::from(GENERATED_HEADER);
    out.push_str(&transliterate_cyrillic_to_latin(sr_cyrl));
    out
}

/// The sr-Latn files derived from the sr-Cyrl files (file name → text).
pub fn derive_sr_latn_files(sr_cyrl: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    sr_cyrl
        .iter()
        .map(|(name, text)| (name.clone(), derive_sr_latn_text(text)))
        .collect()
}

/// Regenerates `dir/sr-Latn/*.ftl` from `dir/sr-Cyrl/*.ftl` and removes sr-Latn files that have
/// no sr-Cyrl source. Returns the file names that changed (written or removed).
pub fn write_derived_sr_latn(dir: &Path) -> Result<Vec<String>, I18nError> {
    let sources = crate::LocaleSources::load_dir(dir)?;
    let cyrl = sources
        .files
        .get(Locale::SrCyrl.tag())
        .cloned()
        .unwrap_or_default();
    let existing = sources
        .files
        .get(Locale::SrLatn.tag())
        .cloned()
        .unwrap_or_default();
    let latn_dir = dir.join(Locale::SrLatn.tag());
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| I18nError::Io { path, source }
    };
    fs::create_dir_all(&latn_dir).map_err(io(&latn_dir))?;
    let mut changed = Vec::new();
    for (name, text) in derive_sr_latn_files(&cyrl) {
        if existing.get(&name) != Some(&text) {
            let path = latn_dir.join(&name);
            fs::write(&path, &text).map_err(io(&path))?;
            changed.push(name);
        }
    }
    for name in existing.keys().filter(|n| !cyrl.contains_key(*n)) {
        let path = latn_dir.join(name);
        fs::remove_file(&path).map_err(io(&path))?;
        changed.push(name.clone());
    }
    changed.sort();
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digraphs_follow_case() {
        assert_eq!(transliterate_cyrillic_to_latin("љубав"), "ljubav");
        assert_eq!(transliterate_cyrillic_to_latin("Љубав"), "Ljubav");
        assert_eq!(transliterate_cyrillic_to_latin("ЉУБАВ"), "LJUBAV");
        assert_eq!(transliterate_cyrillic_to_latin("Његош"), "Njegoš");
        assert_eq!(transliterate_cyrillic_to_latin("ЊЕГОШ"), "NJEGOŠ");
        assert_eq!(transliterate_cyrillic_to_latin("Џеп и џем"), "Džep i džem");
        assert_eq!(transliterate_cyrillic_to_latin("ЏЕП"), "DŽEP");
        assert_eq!(transliterate_cyrillic_to_latin("ПАСОЉ"), "PASOLJ");
        assert_eq!(transliterate_cyrillic_to_latin("Љ"), "Lj");
        assert_eq!(
            transliterate_cyrillic_to_latin("Ђорђе, ћерка, чаша, жена, шума"),
            "Đorđe, ćerka, čaša, žena, šuma"
        );
    }

    #[test]
    fn fluent_syntax_is_untouched() {
        let src = "q-count = { $count ->\n    [one] { $count } питање\n    [few] { $count } питања\n   *[other] { $count } питања\n}\n    .title = Наслов { -brand }\n";
        let out = transliterate_cyrillic_to_latin(src);
        assert_eq!(
            out,
            "q-count = { $count ->\n    [one] { $count } pitanje\n    [few] { $count } pitanja\n   *[other] { $count } pitanja\n}\n    .title = Naslov { -brand }\n"
        );
    }

    #[test]
    fn latin_and_other_text_pass_through() {
        assert_eq!(
            transliterate_cyrillic_to_latin("SMS 112 Lantern"),
            "SMS 112 Lantern"
        );
    }
}
