//! The language of `lantern`'s messages: `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG`, else
//! English. Errors keep their code in brackets in every language; machine output (JSON, ids)
//! does not change with the language.

use std::path::Path;

use lantern_i18n::{Isolation, Locale, Localizer, MessageArgs};

use crate::{lantern_in, stdout_of};

const PASS: &str = "a long cli passphrase";

/// The message as the terminal shows it (no isolation marks), straight from the locale files.
fn message(locale: Locale, id: &str, args: Option<&MessageArgs>) -> String {
    let localized = Localizer::embedded()
        .unwrap()
        .localize(locale, id, args, Isolation::Strip)
        .unwrap();
    assert!(!localized.fell_back, "{locale} has its own {id}");
    localized.text
}

/// The one stderr line a wrong passphrase gives, for the locale the environment or flag picks.
fn wrong_passphrase_line(profile: &Path, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend(["status", "--json"]);
    let out = lantern_in(profile, "not the passphrase at all", env, &all);
    assert!(!out.status.success(), "a wrong passphrase fails");
    assert_eq!(out.status.code(), Some(1), "the same exit status as before");
    assert!(out.stdout.is_empty(), "nothing on stdout");
    String::from_utf8(out.stderr).unwrap()
}

fn expected_wrong_passphrase(locale: Locale) -> String {
    format!(
        "lantern: {} [store.wrong_passphrase]\n",
        message(locale, "error-store-wrong-passphrase", None)
    )
}

fn new_profile(root: &Path) -> std::path::PathBuf {
    let p = root.join("profile");
    stdout_of(&lantern_in(&p, PASS, &[], &["init", "--insecure-test-kdf"]));
    p
}

#[test]
fn errors_follow_lang_lc_messages_lc_all_and_the_flag() {
    let root = tempfile::tempdir().unwrap();
    let p = new_profile(root.path());

    let english = expected_wrong_passphrase(Locale::En);
    let romanian = expected_wrong_passphrase(Locale::Ro);
    let ukrainian = expected_wrong_passphrase(Locale::Uk);
    assert_ne!(romanian, english, "Romanian has its own text");
    assert_ne!(ukrainian, english, "Ukrainian has its own text");

    // The environment's language.
    let ro_env = [("LANG", "ro_RO.UTF-8")];
    assert_eq!(wrong_passphrase_line(&p, &ro_env, &[]), romanian);
    // The flag wins over the environment, before or after the subcommand.
    assert_eq!(
        wrong_passphrase_line(&p, &ro_env, &["--lang", "uk"]),
        ukrainian
    );
    let out = lantern_in(
        &p,
        "not the passphrase at all",
        &ro_env,
        &["status", "--lang", "uk"],
    );
    assert_eq!(String::from_utf8(out.stderr).unwrap(), ukrainian);
    // No language, C, or one Lantern does not have: English.
    assert_eq!(wrong_passphrase_line(&p, &[], &[]), english);
    assert_eq!(
        wrong_passphrase_line(&p, &[("LANG", "C.UTF-8")], &[]),
        english
    );
    assert_eq!(
        wrong_passphrase_line(&p, &[("LANG", "de_DE.UTF-8")], &[]),
        english
    );
    // POSIX order: LC_ALL, then LC_MESSAGES, then LANG; the first one set decides.
    assert_eq!(
        wrong_passphrase_line(
            &p,
            &[("LC_MESSAGES", "uk_UA.UTF-8"), ("LANG", "ro_RO")],
            &[]
        ),
        ukrainian
    );
    assert_eq!(
        wrong_passphrase_line(
            &p,
            &[("LC_ALL", "ro_RO.UTF-8"), ("LC_MESSAGES", "uk_UA.UTF-8")],
            &[]
        ),
        romanian
    );
    assert_eq!(
        wrong_passphrase_line(&p, &[("LC_ALL", "C"), ("LANG", "ro_RO.UTF-8")], &[]),
        english
    );
}

#[test]
fn serbian_script_follows_the_locale_value() {
    let root = tempfile::tempdir().unwrap();
    let p = new_profile(root.path());
    let latin = expected_wrong_passphrase(Locale::SrLatn);
    let cyrillic = expected_wrong_passphrase(Locale::SrCyrl);
    assert_ne!(latin, cyrillic);
    assert_eq!(
        wrong_passphrase_line(&p, &[("LANG", "sr_RS.UTF-8@latin")], &[]),
        latin
    );
    assert_eq!(
        wrong_passphrase_line(&p, &[("LANG", "sr_RS")], &[]),
        cyrillic
    );
    assert_eq!(
        wrong_passphrase_line(&p, &[], &["--lang", "sr-Latn"]),
        latin
    );
}

#[test]
fn an_unknown_lang_is_refused_in_the_environment_language() {
    let root = tempfile::tempdir().unwrap();
    let out = lantern_in(
        &root.path().join("p"),
        PASS,
        &[("LANG", "ru_RU.UTF-8")],
        &["--lang", "de", "status"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.trim_end().ends_with(" [i18n.unknown_locale]"), "{err}");
    let available = Locale::ALL.map(Locale::tag).join(", ");
    let args = MessageArgs::new()
        .text("lang", "de")
        .text("available", available);
    let expected = message(Locale::Ru, "cli-error-unknown-language", Some(&args));
    assert!(err.contains(&expected), "{err}");
}

#[test]
fn init_prints_the_recovery_instruction_in_the_users_language_and_the_key() {
    for (lang, locale) in [
        ("uk_UA.UTF-8", Locale::Uk),
        ("sq_AL.UTF-8", Locale::Sq),
        ("en_GB.UTF-8", Locale::En),
    ] {
        let root = tempfile::tempdir().unwrap();
        let p = root.path().join("profile");
        let out = stdout_of(&lantern_in(
            &p,
            PASS,
            &[("LANG", lang)],
            &["init", "--insecure-test-kdf"],
        ));
        let instruction = message(locale, "cli-recovery-key-instruction", None);
        let lines: Vec<&str> = out.lines().collect();
        let at = lines
            .iter()
            .position(|l| *l == instruction)
            .unwrap_or_else(|| panic!("{lang}: the instruction on its own line:\n{out}"));
        // The key itself follows, indented, in groups of four: unchanged by the language.
        let key = lines.get(at + 1).copied().unwrap_or_default();
        assert!(key.starts_with("    "), "{lang}: {out}");
        let key = key.trim();
        assert_eq!(key.len(), 39, "{lang}: {key}");
        assert_eq!(key.matches('-').count(), 7, "{lang}: {key}");
        // The device id is printed as it is, whatever the label around it.
        assert!(out.contains("dev-"), "{lang}: {out}");
        // The profile opens with the passphrase given, and says which language it was in.
        let status = stdout_of(&lantern_in(&p, PASS, &[("LANG", lang)], &["status"]));
        let counts = MessageArgs::new()
            .number("total", 0)
            .number("drafts", 0)
            .number("finished", 0)
            .number("exported", 0);
        assert!(
            status.contains(&message(locale, "cli-status-interviews", Some(&counts))),
            "{lang}: {status}"
        );
    }
    // The instructions say to write the key down and hand it to the supervisor.
    let en = message(Locale::En, "cli-recovery-key-instruction", None);
    assert!(
        en.contains("write it down") && en.contains("supervisor"),
        "{en}"
    );
    let uk = message(Locale::Uk, "cli-recovery-key-instruction", None);
    assert!(uk.contains("запишіть") && uk.contains("керівник"), "{uk}");
}

#[test]
fn machine_output_is_the_same_in_every_language() {
    let root = tempfile::tempdir().unwrap();
    let p = new_profile(root.path());
    let script = format!(
        "{}/../../examples/scripts/adult-complete.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let uk = [("LANG", "uk_UA.UTF-8")];
    let id = stdout_of(&lantern_in(
        &p,
        PASS,
        &uk,
        &["interview", "run", "--script", &script],
    ));
    let id = id.trim();
    assert!(
        id.starts_with("int-") && !id.contains(' '),
        "only the id: {id}"
    );

    for args in [
        vec!["status", "--json"],
        vec!["interview", "list"],
        vec!["interview", "answers", id],
    ] {
        let english = stdout_of(&lantern_in(&p, PASS, &[], &args));
        for env in [
            &uk[..],
            &[("LANG", "sr_RS@latin")],
            &[("LC_ALL", "ro_RO.UTF-8")],
        ] {
            let other = stdout_of(&lantern_in(&p, PASS, env, &args));
            assert_eq!(other, english, "{args:?} under {env:?}");
        }
        serde_json::from_str::<serde_json::Value>(&english).expect("JSON");
    }

    let answers = root.path().join("answers.json");
    std::fs::write(
        &answers,
        stdout_of(&lantern_in(&p, PASS, &[], &["interview", "answers", id])),
    )
    .unwrap();
    let assess = ["assess", "--answers", answers.to_str().unwrap()];
    let english = stdout_of(&lantern_in(&p, PASS, &[], &assess));
    let russian = stdout_of(&lantern_in(&p, PASS, &[("LANG", "ru_RU.UTF-8")], &assess));
    assert_eq!(russian, english);
    let v: serde_json::Value = serde_json::from_str(&english).unwrap();
    assert_eq!(v["result"], "indicators_met");
}
