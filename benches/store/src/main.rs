//! Benchmark of lantern-store, built once against SQLCipher (`--features cipher`) and once
//! against plain SQLite (`--features plain`) from the same store code. `run.sh` drives both
//! builds phase by phase, interleaved, and prints the comparison (`report`).
//!
//! Every measurement goes through the public store API on real files. Data is generated from a
//! fixed seed, so both variants store byte-identical content; generation is never timed.
//! Each timed sample is written as one `variant<TAB>metric<TAB>milliseconds` line to the results
//! file.

use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, bail, ensure};
use lantern_store::{
    AnswerRecord, AnswerState, DATABASE_FILE, KdfParams, NewInterview, Passphrase, Store,
    Synchronous,
};
use serde_json::json;

#[cfg(all(feature = "cipher", feature = "plain"))]
compile_error!("choose exactly one of the features `cipher` and `plain`");
#[cfg(not(any(feature = "cipher", feature = "plain")))]
compile_error!("choose one of the features `cipher` (SQLCipher) or `plain` (plain SQLite)");

const VARIANT: &str = if cfg!(feature = "cipher") {
    "cipher"
} else {
    "plain"
};
const PASSPHRASE: &str = "benchmark passphrase, not secret";
const T0: i64 = 1_760_000_000_000;
const LOCALES: [&str; 7] = ["sq", "sr-Cyrl", "sr-Latn", "ro", "ru", "uk", "en"];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        bail!(
            "usage: lantern-store-bench (variant | populate DIR N | read DIR REPS OUT | \
             save DIR WARMUP BLOCK BLOCKS OUT | unlock DIR REPS OUT | report OUT)"
        );
    };
    let arg = |i: usize| -> anyhow::Result<&str> {
        args.get(i)
            .map(String::as_str)
            .with_context(|| format!("{cmd}: missing argument {i}"))
    };
    let num = |i: usize| -> anyhow::Result<usize> {
        arg(i)?
            .parse()
            .with_context(|| format!("{cmd}: argument {i} is not a number"))
    };
    match cmd.as_str() {
        "variant" => println!("{VARIANT}"),
        "populate" => populate(Path::new(arg(1)?), num(2)?)?,
        "read" => read_all(Path::new(arg(1)?), num(2)?, Path::new(arg(3)?))?,
        "save" => save(
            Path::new(arg(1)?),
            num(2)?,
            num(3)?,
            num(4)?,
            Path::new(arg(5)?),
        )?,
        "unlock" => unlock(Path::new(arg(1)?), num(2)?, Path::new(arg(3)?))?,
        "report" => report(Path::new(arg(1)?))?,
        other => bail!("unknown command {other}"),
    }
    Ok(())
}

fn pass() -> Passphrase {
    Passphrase::new(PASSPHRASE.into())
}

/// splitmix64: small, fast, and identical on both builds, so both stores hold the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Question ids in questionnaire order (modules of the outline in research/domain.md §b);
/// journey questions (J*) repeat per leg.
fn question_ids() -> Vec<String> {
    let modules: [(&str, usize); 10] = [
        ("P", 7),
        ("S", 6),
        ("L", 4),
        ("A", 6),
        ("R", 20),
        ("J", 10),
        ("E", 14),
        ("C", 18),
        ("H", 8),
        ("K", 8),
    ];
    modules
        .iter()
        .flat_map(|(m, n)| (1..=*n).map(move |i| format!("{m}{i}")))
        .collect()
}

/// Words in the interview's language, for free-text notes of realistic byte length
/// (Cyrillic takes two bytes a letter).
#[rustfmt::skip]
fn words(locale: &str) -> &'static [&'static str] {
    match locale {
        "sq" => &[
            "ajo", "tha", "se", "punonte", "në", "një", "bar", "pa", "pagesë", "pasaportën",
            "mbajti", "pronari", "nuk", "kishte", "dalë", "vetëm", "borxh", "familja", "frikë",
        ],
        "sr-Cyrl" => &[
            "рекла", "је", "да", "радила", "у", "бару", "без", "плате", "пасош", "узео",
            "власник", "није", "смела", "изаћи", "сама", "дуг", "породица", "страх",
        ],
        "sr-Latn" => &[
            "rekla", "je", "da", "radila", "u", "baru", "bez", "plate", "pasoš", "uzeo",
            "vlasnik", "nije", "smela", "izaći", "sama", "dug", "porodica", "strah",
        ],
        "ro" => &[
            "a", "spus", "că", "lucra", "într-un", "bar", "fără", "plată", "pașaportul",
            "patronul", "nu", "avea", "voie", "să", "iasă", "singură", "datorie", "familia",
        ],
        "ru" => &[
            "сказала", "что", "работала", "в", "баре", "без", "оплаты", "паспорт", "забрал",
            "хозяин", "не", "разрешали", "выходить", "одной", "долг", "семья", "боится",
        ],
        "uk" => &[
            "сказала", "що", "працювала", "в", "барі", "без", "оплати", "паспорт", "забрав",
            "власник", "не", "дозволяли", "виходити", "самій", "борг", "родина", "боїться",
        ],
        _ => &[
            "she", "said", "worked", "in", "a", "bar", "without", "pay", "owner", "kept", "her",
            "passport", "was", "not", "allowed", "out", "alone", "debt", "family", "afraid",
        ],
    }
}

/// One answer as the interview engine would save it. Present answers carry a JSON value of
/// 100-300 bytes (choice, tags and a note); the others carry none, as the store requires.
fn answer(rng: &mut Rng, question_id: &str, instance: u32, locale: &str, at: i64) -> AnswerRecord {
    let state = match rng.below(100) {
        0..=84 => AnswerState::Present,
        85..=91 => AnswerState::Unknown,
        92..=96 => AnswerState::Declined,
        _ => AnswerState::Absent,
    };
    let value = (state == AnswerState::Present).then(|| {
        let target = 100 + rng.below(201);
        let tags: Vec<&str> = (0..rng.below(4))
            .map(|_| {
                rng.pick(&[
                    "friend",
                    "partner",
                    "agency",
                    "online-ad",
                    "relative",
                    "debt",
                ])
            })
            .collect();
        let mut v = json!({
            "choice": rng.pick(&["yes", "no", "unsure", "friend", "bar", "club", "apartment"]),
            "tags": tags,
            "note": "",
        });
        let mut note = String::new();
        let w = words(locale);
        while v.to_string().len() < target {
            if !note.is_empty() {
                note.push(' ');
            }
            note.push_str(rng.pick(w));
            v["note"] = json!(note);
        }
        v
    });
    AnswerRecord {
        question_id: question_id.to_owned(),
        instance,
        value,
        state,
        asked_in_locale: locale.to_owned(),
        locale_fallback: rng.chance(5),
        interpreter_id: rng.chance(60).then(|| format!("itp-{:04}", rng.below(40))),
        recorded_at: at,
    }
}

/// The answers of one interview: about 60 (55-65), in questionnaire order, some questions
/// skipped, journey questions repeated for one to three legs.
fn interview_answers(rng: &mut Rng, ids: &[String], locale: &str, start: i64) -> Vec<AnswerRecord> {
    let n = 55 + rng.below(11);
    let legs = 1 + rng.below(3) as u32;
    let mut slots: Vec<(&str, u32)> = Vec::new();
    for id in ids {
        let instances = if id.starts_with('J') { legs } else { 1 };
        for i in 0..instances {
            slots.push((id, i));
        }
    }
    // Keep n slots, in order: drop random ones until n remain.
    while slots.len() > n {
        let i = rng.below(slots.len());
        slots.remove(i);
    }
    slots
        .iter()
        .enumerate()
        .map(|(k, (id, inst))| answer(rng, id, *inst, locale, start + 20_000 * k as i64))
        .collect()
}

fn new_interview(rng: &mut Rng) -> NewInterview {
    NewInterview {
        questionnaire_id: "identification".into(),
        questionnaire_version: "1.0.0".into(),
        interface_locale: rng.pick(&["en", "sq", "sr-Latn"]).to_owned(),
        interview_locale: rng.pick(&LOCALES).to_owned(),
        earlier_interview_id: None,
    }
}

/// Checks the database file really is (or is not) encrypted, so a mis-selected feature cannot
/// produce a meaningless comparison.
fn check_variant(dir: &Path) -> anyhow::Result<()> {
    let mut header = [0u8; 16];
    fs::File::open(dir.join(DATABASE_FILE))?.read_exact(&mut header)?;
    let plain_header = &header == b"SQLite format 3\0";
    ensure!(
        plain_header == (VARIANT == "plain"),
        "{VARIANT} build but the database header says plain={plain_header}"
    );
    Ok(())
}

/// Creates a profile with `n` interviews of about 60 answers each (not timed for the results;
/// the duration is printed for information). Uses `Synchronous::Normal` while loading.
fn populate(dir: &Path, n: usize) -> anyhow::Result<()> {
    let t = Instant::now();
    let mut store = Store::create(dir, &pass(), KdfParams::INSECURE_TEST, T0)?.store;
    store.set_synchronous_for_benchmark(Synchronous::Normal)?;
    let ids = question_ids();
    let mut rng = Rng(42);
    let mut total = 0usize;
    for k in 0..n {
        let new = new_interview(&mut rng);
        let start = T0 + 3_600_000 * k as i64;
        let id = store.create_interview(&new, None, start)?;
        let answers = interview_answers(&mut rng, &ids, &new.interview_locale, start);
        total += answers.len();
        store.save_answers(&id, &answers)?;
    }
    store.lock()?;
    check_variant(dir)?;
    let bytes = fs::metadata(dir.join(DATABASE_FILE))?.len();
    eprintln!(
        "[{VARIANT}] populated {n} interviews, {total} answers, database {:.1} MiB, in {:.1} s",
        bytes as f64 / 1_048_576.0,
        t.elapsed().as_secs_f64()
    );
    fs::write(dir.join("answer-count"), total.to_string())?;
    Ok(())
}

struct Results {
    file: fs::File,
}

impl Results {
    fn open(path: &Path) -> anyhow::Result<Self> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Self { file })
    }
    fn record(&mut self, metric: &str, ms: f64) -> anyhow::Result<()> {
        writeln!(self.file, "{VARIANT}\t{metric}\t{ms:.4}")?;
        Ok(())
    }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

/// Reads every interview and all its answers back through a fresh connection, `reps` times.
/// The profile uses the cheap test KDF, so opening costs almost nothing; it is recorded apart.
fn read_all(dir: &Path, reps: usize, out: &Path) -> anyhow::Result<()> {
    let expected: usize = fs::read_to_string(dir.join("answer-count"))?
        .trim()
        .parse()?;
    let mut results = Results::open(out)?;
    for _ in 0..reps {
        let t = Instant::now();
        let store = Store::unlock(dir, &pass())?;
        results.record("open (test KDF)", ms(t))?;
        let t = Instant::now();
        let interviews = store.interviews()?;
        let mut answers = 0usize;
        for i in &interviews {
            let a = store.answers(&i.interview_id)?;
            answers += a.len();
            std::hint::black_box(a);
        }
        let elapsed = ms(t);
        ensure!(
            answers == expected,
            "read {answers} answers, expected {expected}"
        );
        results.record("read all", elapsed)?;
        store.lock()?;
        eprintln!(
            "[{VARIANT}] read {} interviews, {answers} answers in {elapsed:.0} ms",
            interviews.len()
        );
    }
    Ok(())
}

/// Single-answer saves, each one `Store::save_answer` call (one transaction), timed one by one.
/// After `warmup` untimed saves, `blocks` blocks of `block` saves alternate between
/// `synchronous = FULL` and `NORMAL`, so drift in machine load hits both modes alike.
fn save(dir: &Path, warmup: usize, block: usize, blocks: usize, out: &Path) -> anyhow::Result<()> {
    let mut store = Store::unlock(dir, &pass())?;
    let ids = question_ids();
    let mut rng = Rng(7);
    // Generate every interview and answer first; only save_answer is timed.
    let needed = warmup + block * blocks;
    let mut work: Vec<(String, AnswerRecord)> = Vec::with_capacity(needed);
    let mut k = 0i64;
    while work.len() < needed {
        let new = new_interview(&mut rng);
        let start = T0 + 3_600_000 * (1_000_000 + k);
        k += 1;
        let id = store.create_interview(&new, None, start)?;
        let mut answers = interview_answers(&mut rng, &ids, &new.interview_locale, start);
        // Interviewers go back and correct answers now and then: a tenth are re-saves.
        for j in 0..answers.len() / 10 {
            let mut again = answers[j * 7 % answers.len()].clone();
            again.recorded_at = start + 2_000_000 + j as i64;
            answers.push(again);
        }
        work.extend(answers.into_iter().map(|a| (id.clone(), a)));
    }
    work.truncate(needed);
    let (warm, timed) = work.split_at(warmup);
    for (id, a) in warm {
        store.save_answer(id, a)?;
    }
    let mut results = Results::open(out)?;
    for (b, chunk) in timed.chunks(block).enumerate() {
        let (mode, metric) = if b % 2 == 0 {
            (Synchronous::Full, "save sync=FULL")
        } else {
            (Synchronous::Normal, "save sync=NORMAL")
        };
        store.set_synchronous_for_benchmark(mode)?;
        for (id, a) in chunk {
            let t = Instant::now();
            store.save_answer(id, a)?;
            results.record(metric, ms(t))?;
        }
    }
    // The saves added answers: keep the count a later `read` checks against up to date.
    let total: i64 = store.interviews()?.iter().map(|i| i.answer_count).sum();
    fs::write(dir.join("answer-count"), total.to_string())?;
    store.lock()?;
    Ok(())
}

/// Unlock with the production Argon2id parameters: key file read, Argon2id, unwrap, database
/// open and first query. Creating the profile (two derivations) is not timed.
fn unlock(dir: &Path, reps: usize, out: &Path) -> anyhow::Result<()> {
    let kdf = KdfParams::PRODUCTION;
    Store::create(dir, &pass(), kdf, T0)?.store.lock()?;
    let mut results = Results::open(out)?;
    let metric = format!(
        "unlock Argon2id m={} MiB t={} p={}",
        kdf.m_kib / 1024,
        kdf.t,
        kdf.p
    );
    for _ in 0..reps {
        let t = Instant::now();
        let store = Store::unlock(dir, &pass())?;
        let elapsed = ms(t);
        ensure!(
            store.kdf_is_production_strength(),
            "unlocked a weak profile"
        );
        store.lock()?;
        results.record(&metric, elapsed)?;
    }
    Ok(())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    // Nearest rank.
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Prints the comparison table (Markdown) from a results file holding both variants.
fn report(path: &Path) -> anyhow::Result<()> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    // metric -> (cipher samples, plain samples), in first-seen order.
    let mut metrics: Vec<(String, Vec<f64>, Vec<f64>)> = Vec::new();
    for line in text.lines() {
        let mut f = line.split('\t');
        let (Some(variant), Some(metric), Some(v)) = (f.next(), f.next(), f.next()) else {
            bail!("bad results line {line:?}");
        };
        let v: f64 = v.parse()?;
        let i = match metrics.iter().position(|m| m.0 == metric) {
            Some(i) => i,
            None => {
                metrics.push((metric.to_owned(), Vec::new(), Vec::new()));
                metrics.len() - 1
            }
        };
        match variant {
            "cipher" => metrics[i].1.push(v),
            "plain" => metrics[i].2.push(v),
            other => bail!("unknown variant {other}"),
        }
    }
    println!(
        "| metric | n (cipher/plain) | statistic | SQLCipher ms | plain ms | ratio cipher/plain |"
    );
    println!("|---|---|---|---|---|---|");
    for (metric, mut c, mut p) in metrics {
        c.sort_by(f64::total_cmp);
        p.sort_by(f64::total_cmp);
        let stats: &[(&str, f64)] = if c.len().min(p.len()) >= 100 {
            &[("p50", 50.0), ("p99", 99.0), ("max", 100.0)]
        } else {
            &[("median", 50.0), ("min", 0.0), ("max", 100.0)]
        };
        for (name, q) in stats {
            let cv = (!c.is_empty()).then(|| percentile(&c, *q));
            let pv = (!p.is_empty()).then(|| percentile(&p, *q));
            let fmt = |v: Option<f64>| v.map_or("-".to_owned(), |v| format!("{v:.3}"));
            let ratio = match (cv, pv) {
                (Some(c), Some(p)) if p > 0.0 => format!("{:.2}", c / p),
                _ => "-".to_owned(),
            };
            println!(
                "| {metric} | {}/{} | {name} | {} | {} | {ratio} |",
                c.len(),
                p.len(),
                fmt(cv),
                fmt(pv)
            );
        }
    }
    Ok(())
}
