//! Persons interviewed more than once: candidate pairs of interviews that may be the same woman,
//! and the supervisor's links between them (docs/persons.md).
//!
//! Candidates are computed on demand from the identities the office holds (only where her
//! consent let identity travel, see [`crate::consent`]) and a few case fields, and never stored:
//! a stored candidate would keep what was derived from an identity after the identity is deleted.
//! Only pairs from different devices are proposed: on one laptop the worker already sees her
//! earlier record (P1, pre-fill), and a second interview on the same device is a revision.
//!
//! Blocking keeps the cost near-linear: an interview is compared only with those that share a
//! key in the same birth year ±1 (an interview without one is compared with every year). With
//! two or more name tokens a key is the first three letters (two of a name of up to four, both for five) of the loose key
//! ([`name::loose_key`]) of one token and the first letter of another, every vowel counted as
//! one (each token also in its nickname's full form), for every ordered pair, so a swapped name
//! order still meets and one typo leaves a key intact; an interview with one name token only
//! is compared with everyone sharing its first three letters. A key on one name alone would put every Maria born in a
//! year in one block, and the cost would grow with the square of the caseload. The price: two
//! interviews whose every name differs in its first letter (a typo there, or a first letter
//! transliterated differently) do not meet (docs/persons.md).
//!
//! A link is a decision, never a merge: both records stay as they are, the link names them, who
//! made it and her note; unlink removes it; both are in the office's audit log (who, note; never
//! a name). Linked interviews form a person ([`Central::person_of`]), which statistics count
//! once.

pub mod name;

use std::collections::{BTreeMap, HashMap, HashSet};

use lantern_core::answers::AnswerValue;
use lantern_store::audit;
use lantern_store::sync::IdentityExport;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::error::{CentralError, Result};
use crate::home::Central;
use name::{Agreement, Token};

/// The identity question of her given name(s). Questionnaire identification-v1 asks none yet
/// (see docs/persons.md): until a version asks it, candidates come only from identities that
/// carry these answers.
pub const GIVEN_NAME_QUESTION: &str = "I1";
/// The identity question of her family name(s).
pub const FAMILY_NAME_QUESTION: &str = "I2";

/// Score at or above which a pair is a candidate (tuned on the development set,
/// tests/central/persons.rs).
pub const DEFAULT_THRESHOLD: f64 = 0.8;

/// What matching reads of one interview. Names as typed, in any script.
#[derive(Debug, Clone, Default)]
pub struct PersonRecord {
    pub interview_id: String,
    pub device_id: String,
    pub given: String,
    pub family: String,
    /// From her date of birth.
    pub birth_year: Option<i32>,
    /// Year of the interview minus her stated age (±1 by nature).
    pub birth_year_from_age: Option<i32>,
    pub citizenship: Option<String>,
    /// Languages she was interviewed in or said she is most comfortable in.
    pub languages: Vec<String>,
    /// Countries of the journey's legs.
    pub journey_countries: Vec<String>,
}

/// One piece of evidence: a field, how it agreed, and how closely. Never the value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub field: &'static str,
    pub how: &'static str,
    pub similarity: f64,
}

/// A pair of interviews that may be the same woman.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub a: String,
    pub b: String,
    pub score: f64,
    pub evidence: Vec<Evidence>,
}

/// How the given and the family names compared (either may be missing).
type NamePair = (Option<(f64, Agreement)>, Option<(f64, Agreement)>);

/// A record prepared once: name tokens, their loose keys.
struct Prepared {
    given: Vec<Token>,
    family: Vec<Token>,
    year: Option<i32>,
}

fn prepare(r: &PersonRecord) -> Prepared {
    Prepared {
        given: name::tokens(&r.given).into_iter().map(Token::new).collect(),
        family: name::tokens(&r.family)
            .into_iter()
            .map(Token::new)
            .collect(),
        year: r.birth_year.or(r.birth_year_from_age),
    }
}

fn prefix(key: &str, n: usize) -> String {
    key.chars().take(n).collect()
}

/// Letters of one token in a pair key: three, or two of a short name, where one typo is
/// likelier to fall in the first three (Lucy typed Luyc). A five-letter name has both, so that a
/// letter typed in or left out of it (Hall, Hll) does not move it out of its keys.
fn pair_prefixes(key: &str) -> &'static [usize] {
    match key.chars().count() {
        0..=4 => &[2],
        5 => &[2, 3],
        _ => &[3],
    }
}

/// The other token's first letter in a pair key, every vowel as one: loose keys fold the
/// letters that open a name differently by spelling (Jelena and Yelena to "elena", but Jleena,
/// a typo, to "ilena"), so a vowel there is the least stable letter of a name.
fn initial(key: &str) -> char {
    match key.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => 'v',
        Some(c) => c,
        None => '-',
    }
}

/// The blocking keys of a record. With two or more name tokens: for each ordered pair of
/// different tokens, three letters of one (see [`pair_prefixes`]) and the first letter (or "a vowel") of the other (each also in its
/// nickname's full form). Tokens are pooled, so a swapped name order meets; one typo leaves
/// the key built on the other token's first letters intact, unless it is in a first
/// letter. A key of one name alone would make blocks of everyone called Maria born that year.
/// With one token only: its three letters (see [`candidates`]: such a record is compared with
/// everyone who shares them).
fn block_keys(p: &Prepared) -> (HashSet<String>, bool) {
    let forms: Vec<Vec<&str>> = p
        .given
        .iter()
        .chain(&p.family)
        .filter(|t| !t.key.is_empty())
        .map(|t| {
            let full = name::canonical_given(&t.key);
            if full == t.key {
                vec![t.key.as_str()]
            } else {
                vec![t.key.as_str(), full]
            }
        })
        .collect();
    let mut keys = HashSet::new();
    if forms.len() < 2 {
        for f in forms.iter().flatten() {
            keys.insert(prefix(f, 3));
        }
        return (keys, false);
    }
    for (i, a) in forms.iter().enumerate() {
        for (j, b) in forms.iter().enumerate() {
            if i == j {
                continue;
            }
            for fa in a {
                for fb in b {
                    for n in pair_prefixes(fa) {
                        keys.insert(format!("{}|{}", prefix(fa, *n), initial(fb)));
                    }
                }
            }
        }
    }
    (keys, true)
}

/// Best similarity of two token lists (each token of the shorter side with its best match).
fn tokens_similarity(a: &[Token], b: &[Token], given: bool) -> Option<(f64, Agreement)> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut sum = 0.0;
    let mut weakest = Agreement::Exact;
    for s in short {
        let (sim, how) = long.iter().map(|l| name::compare(s, l, given)).fold(
            (0.0, Agreement::Similar),
            |best, x| {
                if x.0 > best.0 { x } else { best }
            },
        );
        sum += sim;
        weakest = weakest.max(how);
    }
    Some((sum / short.len() as f64, weakest))
}

/// Scores one pair: the name decides most, birth year and the case fields confirm.
fn score(ra: &PersonRecord, a: &Prepared, rb: &PersonRecord, b: &Prepared) -> Candidate {
    let mut evidence = Vec::new();
    let direct = (
        tokens_similarity(&a.given, &b.given, true),
        tokens_similarity(&a.family, &b.family, false),
    );
    let swapped = (
        tokens_similarity(&a.given, &b.family, true),
        tokens_similarity(&a.family, &b.given, true),
    );
    // Jaro-Winkler of two different names of one language is often 0.7 to 0.85; one typo
    // leaves 0.9 or more. So what counts is the part above 0.75.
    let strict = |s: f64| ((s - 0.75) / 0.25).clamp(0.0, 1.0);
    let mean = |p: &NamePair| match p {
        (Some(g), Some(f)) => (strict(g.0) + strict(f.0)) / 2.0,
        (Some(x), None) | (None, Some(x)) => strict(x.0) * 0.8,
        (None, None) => 0.0,
    };
    let (names, order_swapped) = if mean(&swapped) > mean(&direct) + 0.05 {
        (swapped, true)
    } else {
        (direct, false)
    };
    let name_score = mean(&names);
    for (field, part) in [("given_name", names.0), ("family_name", names.1)] {
        if let Some((sim, how)) = part {
            evidence.push(Evidence {
                field,
                how: how.as_str(),
                similarity: round(sim),
            });
        }
    }
    if order_swapped {
        evidence.push(Evidence {
            field: "name_order",
            how: "swapped",
            similarity: 1.0,
        });
    }

    // Birth year: a date of birth on both sides is firmer than one from a stated age.
    let year = match (ra.birth_year, rb.birth_year) {
        (Some(x), Some(y)) => Some((x, y, "date_of_birth")),
        _ => match (a.year, b.year) {
            (Some(x), Some(y)) => Some((x, y, "age")),
            _ => None,
        },
    };
    let year_score = match year {
        Some((x, y, how)) => {
            let s = match (x - y).abs() {
                0 => 1.0,
                1 => 0.7,
                2 => 0.2,
                _ => 0.0,
            };
            evidence.push(Evidence {
                field: "birth_year",
                how: if s == 1.0 { how } else { "near" },
                similarity: s,
            });
            s
        }
        None => 0.5,
    };

    let mut extra = 0.0;
    if let (Some(x), Some(y)) = (&ra.citizenship, &rb.citizenship) {
        let s = if x == y { 1.0 } else { 0.0 };
        extra += (s - 0.5) * 0.1;
        evidence.push(Evidence {
            field: "citizenship",
            how: if s == 1.0 { "same" } else { "different" },
            similarity: s,
        });
    }
    for (field, x, y) in [
        ("languages", &ra.languages, &rb.languages),
        (
            "journey_countries",
            &ra.journey_countries,
            &rb.journey_countries,
        ),
    ] {
        if x.is_empty() || y.is_empty() {
            continue;
        }
        let shared = x.iter().filter(|v| y.contains(v)).count();
        let s = shared as f64 / x.len().max(y.len()) as f64;
        extra += (s - 0.5) * 0.06;
        evidence.push(Evidence {
            field,
            how: "overlap",
            similarity: round(s),
        });
    }

    let total = (0.75 * name_score + 0.25 * year_score + extra).clamp(0.0, 1.0);
    let (a_id, b_id) = ordered(&ra.interview_id, &rb.interview_id);
    Candidate {
        a: a_id.to_owned(),
        b: b_id.to_owned(),
        score: round(total),
        evidence,
    }
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn ordered<'s>(a: &'s str, b: &'s str) -> (&'s str, &'s str) {
    if a <= b { (a, b) } else { (b, a) }
}

/// The candidate pairs among `records` scoring at least `threshold`, from different devices,
/// best first (then by ids). Near-linear: see the module documentation.
pub fn candidates(records: &[PersonRecord], threshold: f64) -> Vec<Candidate> {
    let prepared: Vec<Prepared> = records.iter().map(prepare).collect();
    // (block key, birth year) → records; `None` year: the record meets every year. Pair keys
    // ("ma|p") and the three letters of each token ("mar", under which every record is
    // filed so that a record with one name only finds the others) are in one map: they
    // cannot collide, a pair key has a bar.
    let mut blocks: HashMap<(String, Option<i32>), Vec<u32>> = HashMap::new();
    let mut keys_of = Vec::with_capacity(records.len());
    for (i, p) in prepared.iter().enumerate() {
        let (keys, paired) = block_keys(p);
        let mut filed = keys.clone();
        if paired {
            for t in p.given.iter().chain(&p.family) {
                if !t.key.is_empty() {
                    filed.insert(prefix(&t.key, 3));
                    filed.insert(prefix(name::canonical_given(&t.key), 3));
                }
            }
        }
        for k in filed {
            blocks.entry((k, p.year)).or_default().push(i as u32);
        }
        keys_of.push(keys);
    }
    let mut years_of_key: HashMap<&str, Vec<Option<i32>>> = HashMap::new();
    for (k, y) in blocks.keys() {
        years_of_key.entry(k.as_str()).or_default().push(*y);
    }
    let mut seen: HashSet<(u32, u32)> = HashSet::new();
    let mut out = Vec::new();
    for (i, p) in prepared.iter().enumerate() {
        let i = i as u32;
        for k in &keys_of[i as usize] {
            let years: Vec<Option<i32>> = match p.year {
                Some(y) => vec![Some(y - 1), Some(y), Some(y + 1), None],
                None => years_of_key.get(k.as_str()).cloned().unwrap_or_default(),
            };
            for y in years {
                let Some(members) = blocks.get(&(k.clone(), y)) else {
                    continue;
                };
                for &j in members {
                    let (lo, hi) = if i < j { (i, j) } else { (j, i) };
                    if lo == hi
                        || records[lo as usize].device_id == records[hi as usize].device_id
                        || !seen.insert((lo, hi))
                    {
                        continue;
                    }
                    let c = score(
                        &records[lo as usize],
                        &prepared[lo as usize],
                        &records[hi as usize],
                        &prepared[hi as usize],
                    );
                    if c.score >= threshold {
                        out.push(c);
                    }
                }
            }
        }
    }
    out.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| x.a.cmp(&y.a))
            .then_with(|| x.b.cmp(&y.b))
    });
    out
}

/// A link between two interviews, as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonLink {
    pub a: String,
    pub b: String,
    pub by: String,
    pub note: String,
    pub at: i64,
}

fn answer_value(a: &lantern_store::sync::ExportedAnswer) -> Option<AnswerValue> {
    a.record
        .value
        .clone()
        .and_then(|v| serde_json::from_value::<AnswerValue>(v).ok())
}

fn year_of_ms(ms: i64) -> i32 {
    // Days since 1970 to a civil year (Howard Hinnant's algorithm, year only).
    let days = ms.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2)) as i32
}

impl Central {
    /// What matching reads of every interview whose identity the office holds.
    pub fn person_records(&self) -> Result<Vec<PersonRecord>> {
        let rows: Vec<(String, String, Vec<u8>)> = {
            let mut stmt = self.vault.conn().prepare(
                "SELECT i.interview_id, r.device_id, i.body FROM identity i
                 JOIN record r ON r.kind = 'interview' AND r.record_id = i.interview_id
                 ORDER BY i.interview_id",
            )?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut out = Vec::with_capacity(rows.len());
        for (interview_id, device_id, body) in rows {
            let identity: IdentityExport = serde_json::from_slice(&body).map_err(|e| {
                CentralError::Damaged(format!("stored identity {interview_id}: {e}"))
            })?;
            let mut p = PersonRecord {
                interview_id: interview_id.clone(),
                device_id,
                ..PersonRecord::default()
            };
            for a in &identity.answers {
                match (a.record.question_id.as_str(), answer_value(a)) {
                    (GIVEN_NAME_QUESTION, Some(AnswerValue::Text(t))) => p.given = t,
                    (FAMILY_NAME_QUESTION, Some(AnswerValue::Text(t))) => p.family = t,
                    ("A2", Some(AnswerValue::Date(d))) => p.birth_year = Some(d.year),
                    _ => {}
                }
            }
            let interview = self.interview(&interview_id)?;
            let mut languages = vec![interview.interview_locale.clone()];
            for l in &interview.language_timeline {
                languages.push(l.to_locale.clone());
            }
            for a in &interview.answers {
                match (a.record.question_id.as_str(), answer_value(a)) {
                    ("A1", Some(AnswerValue::Number(age))) => {
                        p.birth_year_from_age = Some(year_of_ms(interview.started_at) - age as i32);
                    }
                    ("L1", Some(AnswerValue::Choice(c))) => languages.push(c),
                    ("A8", Some(AnswerValue::Choice(c))) => p.citizenship = Some(c),
                    ("J1a", Some(AnswerValue::Choice(c))) => p.journey_countries.push(c),
                    _ => {}
                }
            }
            // Locales and language choices meet on the language (sr-Latn and sr are one).
            let mut langs: Vec<String> = languages
                .into_iter()
                .map(|l| l.split('-').next().unwrap_or_default().to_owned())
                .collect();
            langs.sort();
            langs.dedup();
            p.languages = langs;
            p.journey_countries.sort();
            p.journey_countries.dedup();
            out.push(p);
        }
        Ok(out)
    }

    /// Candidate pairs at `threshold`, without the pairs already in one person.
    pub fn person_candidates(&self, threshold: f64) -> Result<Vec<Candidate>> {
        let records = self.person_records()?;
        let persons = self.persons()?;
        Ok(candidates(&records, threshold)
            .into_iter()
            .filter(|c| match (persons.get(&c.a), persons.get(&c.b)) {
                (Some(x), Some(y)) => x != y,
                _ => true,
            })
            .collect())
    }

    /// Links two interviews as the same woman (by `by`, with her `note`), audited.
    pub fn link_persons(&mut self, a: &str, b: &str, by: &str, note: &str, now: i64) -> Result<()> {
        if by.trim().is_empty() {
            return Err(CentralError::OperatorRequired);
        }
        if a == b {
            return Err(CentralError::SameInterview(a.to_owned()));
        }
        self.require_interview(a)?;
        self.require_interview(b)?;
        let (a, b) = ordered(a, b);
        let tx = self.vault.conn_mut().transaction()?;
        let inserted = tx.execute(
            "INSERT OR IGNORE INTO person_link (a, b, linked_by, note, linked_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![a, b, by.trim(), note, now],
        )?;
        if inserted == 0 {
            return Err(CentralError::AlreadyLinked(a.to_owned(), b.to_owned()));
        }
        let detail = serde_json::json!({"other": b, "by": by.trim(), "note": note});
        audit::append(&tx, now, "person.linked", a, &detail.to_string())?;
        tx.commit()?;
        Ok(())
    }

    /// Removes the link of two interviews, audited. The records were never changed by it.
    pub fn unlink_persons(&mut self, a: &str, b: &str, by: &str, now: i64) -> Result<()> {
        if by.trim().is_empty() {
            return Err(CentralError::OperatorRequired);
        }
        let (a, b) = ordered(a, b);
        let tx = self.vault.conn_mut().transaction()?;
        let removed = tx.execute(
            "DELETE FROM person_link WHERE a = ?1 AND b = ?2",
            params![a, b],
        )?;
        if removed == 0 {
            return Err(CentralError::NotLinked(a.to_owned(), b.to_owned()));
        }
        let detail = serde_json::json!({"other": b, "by": by.trim()});
        audit::append(&tx, now, "person.unlinked", a, &detail.to_string())?;
        tx.commit()?;
        Ok(())
    }

    /// The links, oldest first.
    pub fn person_links(&self) -> Result<Vec<PersonLink>> {
        let mut stmt = self.vault.conn().prepare(
            "SELECT a, b, linked_by, note, linked_at FROM person_link ORDER BY linked_at, a, b",
        )?;
        let links = stmt
            .query_map([], |r| {
                Ok(PersonLink {
                    a: r.get(0)?,
                    b: r.get(1)?,
                    by: r.get(2)?,
                    note: r.get(3)?,
                    at: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(links)
    }

    /// Interview → person id for every linked interview: the person id is the smallest
    /// interview id of its cluster (links taken transitively). Unlinked interviews are their
    /// own person and are not in the map.
    pub fn persons(&self) -> Result<BTreeMap<String, String>> {
        let links = self.person_links()?;
        let mut parent: HashMap<String, String> = HashMap::new();
        fn root(parent: &mut HashMap<String, String>, x: &str) -> String {
            let mut r = x.to_owned();
            while let Some(p) = parent.get(&r) {
                if *p == r {
                    break;
                }
                r = p.clone();
            }
            parent.insert(x.to_owned(), r.clone());
            r
        }
        for l in &links {
            parent.entry(l.a.clone()).or_insert_with(|| l.a.clone());
            parent.entry(l.b.clone()).or_insert_with(|| l.b.clone());
            let (ra, rb) = (root(&mut parent, &l.a), root(&mut parent, &l.b));
            let (lo, hi) = if ra <= rb { (ra, rb) } else { (rb, ra) };
            parent.insert(hi, lo);
        }
        let ids: Vec<String> = parent.keys().cloned().collect();
        Ok(ids
            .into_iter()
            .map(|id| {
                let r = root(&mut parent, &id);
                (id, r)
            })
            .collect())
    }

    /// The person an interview belongs to (its own id when it is linked to none).
    pub fn person_of(&self, interview_id: &str) -> Result<String> {
        self.require_interview(interview_id)?;
        Ok(self
            .persons()?
            .remove(interview_id)
            .unwrap_or_else(|| interview_id.to_owned()))
    }

    /// Whether a link between the two is held.
    pub fn linked(&self, a: &str, b: &str) -> Result<bool> {
        let (a, b) = ordered(a, b);
        Ok(self
            .vault
            .conn()
            .query_row(
                "SELECT 1 FROM person_link WHERE a = ?1 AND b = ?2",
                params![a, b],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }
}
