//! Names compared across scripts and spellings. Three forms of a name token:
//!
//! - **folded**: lower case, Latin diacritics removed (Romanian ș ş ț ţ ă â î, Albanian ë ç,
//!   Serbian Latin č ć đ š ž): how a worker types a name on a keyboard without them;
//! - **national**: Cyrillic written in Latin with the scheme of the language it is most likely
//!   in (Serbian if it has ђ ћ ј љ њ џ, Ukrainian if it has і ї є ґ, else Russian), then folded;
//! - **loose key**: the national form with the differences between the schemes and the usual
//!   spellings flattened (zh/ž/xh → z, sh/š/ș → s, kh/h → g, ch/č/ć/ts/ç → c, j/y → i, doubled
//!   letters once, …), so that Наталья, Natalya, Natalia and Nataliia meet.
//!
//! A nickname table (`nicknames.txt`, in loose keys) maps short forms to the full name.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Which language's transliteration a Cyrillic token is read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    Serbian,
    Russian,
    Ukrainian,
}

/// Lower case, Latin diacritics folded; Cyrillic kept.
pub fn folded(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    for c in token.chars().flat_map(char::to_lowercase) {
        match c {
            'ă' | 'â' | 'à' | 'á' | 'ä' | 'ã' | 'å' => out.push('a'),
            'î' | 'í' | 'ì' | 'ï' => out.push('i'),
            'ș' | 'ş' | 'š' | 'ś' => out.push('s'),
            'ț' | 'ţ' => out.push('t'),
            'ë' | 'é' | 'è' | 'ê' => out.push('e'),
            'ç' | 'č' | 'ć' => out.push('c'),
            'đ' => out.push_str("dj"),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => out.push('o'),
            'ú' | 'ù' | 'û' | 'ü' => out.push('u'),
            'ñ' | 'ń' => out.push('n'),
            'ł' => out.push('l'),
            // Apostrophes (Ukrainian, or typed for ь) and hyphens join, they do not split.
            '\'' | '’' | 'ʼ' | '`' | '-' => {}
            c => out.push(c),
        }
    }
    out
}

fn scheme_of(token: &str) -> Scheme {
    if token.chars().any(|c| "ђћјљњџЂЋЈЉЊЏ".contains(c)) {
        Scheme::Serbian
    } else if token.chars().any(|c| "іїєґІЇЄҐ".contains(c)) {
        Scheme::Ukrainian
    } else {
        Scheme::Russian
    }
}

/// The national Latin form of one lower-case Cyrillic letter, `None` for any other character.
fn cyrillic(c: char, scheme: Scheme) -> Option<&'static str> {
    use Scheme::*;
    Some(match (c, scheme) {
        ('а', _) => "a",
        ('б', _) => "b",
        ('в', _) => "v",
        ('г', Ukrainian) => "h",
        ('г', _) => "g",
        ('ґ', _) => "g",
        ('д', _) => "d",
        ('ђ', _) => "đ",
        ('е', _) => "e",
        ('є', _) => "ye",
        ('ё', _) => "yo",
        ('ж', Serbian) => "ž",
        ('ж', _) => "zh",
        ('з', _) => "z",
        ('и', Ukrainian) => "y",
        ('и', _) => "i",
        ('і', _) => "i",
        ('ї', _) => "yi",
        ('й', _) => "y",
        ('ј', _) => "j",
        ('к', _) => "k",
        ('л', _) => "l",
        ('љ', _) => "lj",
        ('м', _) => "m",
        ('н', _) => "n",
        ('њ', _) => "nj",
        ('о', _) => "o",
        ('п', _) => "p",
        ('р', _) => "r",
        ('с', _) => "s",
        ('т', _) => "t",
        ('ћ', _) => "ć",
        ('у', _) => "u",
        ('ф', _) => "f",
        ('х', Serbian) => "h",
        ('х', _) => "kh",
        ('ц', Serbian) => "c",
        ('ц', _) => "ts",
        ('ч', Serbian) => "č",
        ('ч', _) => "ch",
        ('џ', _) => "dž",
        ('ш', Serbian) => "š",
        ('ш', _) => "sh",
        ('щ', _) => "shch",
        ('ъ', _) | ('ь', _) => "",
        ('ы', _) => "y",
        ('э', _) => "e",
        ('ю', _) => "yu",
        ('я', _) => "ya",
        _ => return None,
    })
}

/// The national Latin form, folded.
pub fn national(token: &str) -> String {
    let lower: String = token.chars().flat_map(char::to_lowercase).collect();
    let scheme = scheme_of(&lower);
    let mut latin = String::with_capacity(lower.len());
    for c in lower.chars() {
        match cyrillic(c, scheme) {
            Some(s) => latin.push_str(s),
            None => latin.push(c),
        }
    }
    folded(&latin)
}

/// Whether the token has any Cyrillic letter.
pub fn is_cyrillic(token: &str) -> bool {
    token
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// The loose key of a token: see the module documentation. Only a–z remain.
pub fn loose_key(token: &str) -> String {
    let n = national(token);
    // Longest first: each rule sees the letters the earlier ones left.
    const RULES: &[(&str, &str)] = &[
        ("shch", "s"),
        ("sch", "s"),
        ("dzh", "z"),
        ("dj", "d"),
        ("dz", "z"),
        ("gj", "g"),
        ("xh", "z"),
        ("zh", "z"),
        ("sh", "s"),
        ("kh", "h"),
        ("ch", "c"),
        ("ts", "c"),
        ("tz", "c"),
        ("ph", "f"),
        ("th", "t"),
        ("ck", "k"),
        ("x", "ks"),
        ("q", "c"),
        ("w", "v"),
        ("j", "i"),
        ("y", "i"),
        ("h", "g"),
    ];
    let mut s: String = n.chars().filter(char::is_ascii_lowercase).collect();
    for (from, to) in RULES {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    // Е written ye/je at the start of a name (Yelena, Jelena) and Ukrainian ія (-iia).
    if let Some(rest) = s.strip_prefix("ie") {
        s = format!("e{rest}");
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The tokens of a name as typed: split on spaces and commas, empty ones dropped.
pub fn tokens(name: &str) -> Vec<&str> {
    name.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|t| !t.is_empty())
        .collect()
}

fn nickname_table() -> &'static HashMap<String, String> {
    static TABLE: OnceLock<HashMap<String, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        for line in include_str!("nicknames.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((full, short)) = line.split_once(':') else {
                continue;
            };
            let full = loose_key(full.trim());
            for form in short.split(',') {
                let form = loose_key(form.trim());
                if !form.is_empty() && form != full {
                    table.entry(form).or_insert_with(|| full.clone());
                }
            }
        }
        table
    })
}

/// The full name a short form stands for, as a loose key (the key itself if it is no
/// nickname).
pub fn canonical_given(key: &str) -> &str {
    nickname_table().get(key).map_or(key, String::as_str)
}

/// How two name tokens agreed, the strongest way first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Agreement {
    /// The same once lower case.
    Exact,
    /// The same once diacritics are folded.
    Diacritics,
    /// The same once written in Latin (national scheme or the loose key).
    Transliteration,
    /// A short form of the same given name.
    Nickname,
    /// Similar spelling (Jaro-Winkler on the loose keys).
    Similar,
}

impl Agreement {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Diacritics => "diacritics",
            Self::Transliteration => "transliteration",
            Self::Nickname => "nickname",
            Self::Similar => "similar",
        }
    }
}

/// One token prepared once for many comparisons.
#[derive(Debug, Clone)]
pub struct Token {
    lower: String,
    folded: String,
    pub(crate) key: String,
}

impl Token {
    pub fn new(raw: &str) -> Token {
        Token {
            lower: raw.chars().flat_map(char::to_lowercase).collect(),
            folded: national(raw),
            key: loose_key(raw),
        }
    }
}

/// Similarity of two tokens (0..1) and how they agreed. `given`: nicknames count.
pub fn compare(a: &Token, b: &Token, given: bool) -> (f64, Agreement) {
    if a.lower == b.lower {
        return (1.0, Agreement::Exact);
    }
    if a.folded == b.folded {
        let how = if is_cyrillic(&a.lower) != is_cyrillic(&b.lower) {
            Agreement::Transliteration
        } else {
            Agreement::Diacritics
        };
        return (1.0, how);
    }
    if a.key == b.key {
        return (0.98, Agreement::Transliteration);
    }
    if given && canonical_given(&a.key) == canonical_given(&b.key) {
        return (0.95, Agreement::Nickname);
    }
    (strsim::jaro_winkler(&a.key, &b.key), Agreement::Similar)
}
