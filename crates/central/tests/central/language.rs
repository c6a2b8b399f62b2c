//! The language of `lantern-central`'s messages: `--lang`, else `LC_ALL`, `LC_MESSAGES`,
//! `LANG`, else English. Errors keep their code in brackets; JSON output, ids and paths are the
//! same in every language (the acceptance checks read them).

use std::path::Path;

use lantern_i18n::{Isolation, Locale, Localizer, MessageArgs};
use serde_json::Value;

use crate::cli::{central_command, central_in, stdout_of};
use crate::*;

const CENTRAL_PASS: &str = "a long central language passphrase";

/// The message as the terminal shows it, straight from the locale files.
fn message(locale: Locale, id: &str, args: Option<&MessageArgs>) -> String {
    let localized = Localizer::embedded()
        .unwrap()
        .localize(locale, id, args, Isolation::Strip)
        .unwrap();
    assert!(!localized.fell_back, "{locale} has its own {id}");
    localized.text
}

fn init(home: &Path, enrolment: &Path, env: &[(&str, &str)]) -> String {
    stdout_of(&central_in(
        home,
        CENTRAL_PASS,
        env,
        &[
            "init",
            "--enrolment-out",
            enrolment.to_str().unwrap(),
            "--insecure-test-kdf",
        ],
    ))
}

#[test]
fn init_prints_the_recovery_instruction_in_the_users_language_and_the_key() {
    for (env, locale) in [
        (&[("LANG", "uk_UA.UTF-8")][..], Locale::Uk),
        (&[("LC_ALL", "sr_RS.UTF-8@latin")][..], Locale::SrLatn),
        (&[][..], Locale::En),
    ] {
        let root = tempfile::tempdir().unwrap();
        let enrolment = root.path().join("enrolment.lantern");
        let out = init(&root.path().join("central"), &enrolment, env);
        let instruction = message(locale, "cli-central-recovery-key-instruction", None);
        let lines: Vec<&str> = out.lines().collect();
        let at = lines
            .iter()
            .position(|l| *l == instruction)
            .unwrap_or_else(|| panic!("{env:?}: the instruction on its own line:\n{out}"));
        let key = lines.get(at + 1).copied().unwrap_or_default();
        assert!(key.starts_with("    "), "{env:?}: {out}");
        let key = key.trim();
        assert_eq!(key.len(), 39, "{env:?}: {key}");
        assert_eq!(key.matches('-').count(), 7, "{env:?}: {key}");
        // Ids and paths are printed as they are, whatever the labels around them.
        assert!(out.contains("node-"), "{env:?}: {out}");
        assert!(out.contains(enrolment.to_str().unwrap()), "{env:?}: {out}");
        assert!(enrolment.exists());
    }
    let en = message(Locale::En, "cli-central-recovery-key-instruction", None);
    assert!(
        en.contains("write it down") && en.contains("supervisor"),
        "{en}"
    );
}

#[test]
fn errors_are_localised_and_keep_their_code() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    init(&home, &root.path().join("enrolment.lantern"), &[]);
    let wrong = |env: &[(&str, &str)], args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["info", "--json"]);
        let out = central_in(&home, "not the central passphrase", env, &all);
        assert_eq!(out.status.code(), Some(1), "{env:?}");
        assert!(out.stdout.is_empty());
        String::from_utf8(out.stderr).unwrap()
    };
    let expected = |locale: Locale| {
        format!(
            "lantern-central: {} [store.wrong_passphrase]\n",
            message(locale, "error-store-wrong-passphrase", None)
        )
    };
    assert_ne!(expected(Locale::Ro), expected(Locale::En));
    assert_eq!(wrong(&[("LANG", "ro_RO.UTF-8")], &[]), expected(Locale::Ro));
    assert_eq!(
        wrong(&[("LANG", "ro_RO.UTF-8")], &["--lang", "uk"]),
        expected(Locale::Uk)
    );
    assert_eq!(wrong(&[], &[]), expected(Locale::En));
    assert_eq!(
        wrong(&[("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")], &[]),
        expected(Locale::En)
    );

    // A failure the tool detects itself: its pre-existing code, the message in Russian.
    let out = central_command()
        .arg("info")
        .env("LANG", "ru_RU.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "lantern-central: {} [central.no_home]\n",
            message(Locale::Ru, "cli-error-no-central-home", None)
        )
    );
}

#[test]
fn json_output_is_the_same_in_every_language() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let enrol_file = root.path().join("enrolment.lantern");
    init(&home, &enrol_file, &[("LANG", "sq_AL.UTF-8")]);
    let enrolment = std::fs::read(&enrol_file).unwrap();
    let (mut field, info) = device(&root.path().join("device"), &enrolment);
    let approved = stdout_of(&central_in(
        &home,
        CENTRAL_PASS,
        &[("LANG", "uk_UA.UTF-8")],
        &[
            "devices",
            "approve",
            &info.device_id,
            "--fingerprint",
            &info.device_fingerprint,
        ],
    ));
    let approved: Value = serde_json::from_str(&approved).unwrap();
    assert_eq!(approved["device_id"], info.device_id.as_str());
    assert_eq!(approved["status"], "approved");

    let good = interview_and_export(&mut field, "adult-complete", &root.path().join("b"), T0);
    let bytes = std::fs::read(&good).unwrap();
    let cut = root.path().join("cut.bundle");
    std::fs::write(&cut, &bytes[..bytes.len() - 10]).unwrap();

    // The import report's shape and spelling under a non-English language.
    let run = central_in(
        &home,
        CENTRAL_PASS,
        &[("LANG", "ro_RO.UTF-8")],
        &["import", good.to_str().unwrap(), cut.to_str().unwrap()],
    );
    assert!(!run.status.success(), "a rejected file fails the command");
    let report: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(report["imported"], 1);
    assert_eq!(report["duplicates"], 0);
    let rejected = report["rejected"].as_array().unwrap();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0]["file"], cut.to_str().unwrap());
    assert_eq!(rejected[0]["code"], "bundle.truncated");
    let keys: Vec<&String> = report.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "bundles",
            "duplicate_files",
            "duplicates",
            "gaps",
            "imported",
            "rejected"
        ]
    );

    // The same commands print the same bytes in English and in other languages.
    for args in [
        &["devices", "list", "--json"][..],
        &["info", "--json"],
        &["review", "list", "--json"],
        &["review", "queue"],
    ] {
        let english = stdout_of(&central_in(&home, CENTRAL_PASS, &[], args));
        serde_json::from_str::<Value>(&english).expect("JSON");
        for env in [
            &[("LANG", "uk_UA.UTF-8")][..],
            &[("LC_MESSAGES", "sr_RS")],
            &[("LC_ALL", "ro_RO.UTF-8")],
        ] {
            let other = stdout_of(&central_in(&home, CENTRAL_PASS, env, args));
            assert_eq!(other, english, "{args:?} under {env:?}");
        }
    }
    let devices: Value = serde_json::from_str(&stdout_of(&central_in(
        &home,
        CENTRAL_PASS,
        &[("LANG", "ru_RU.UTF-8")],
        &["devices", "list", "--json"],
    )))
    .unwrap();
    assert_eq!(devices[0]["device_id"], info.device_id.as_str());

    // The human listing is localised around the same id.
    let listing = stdout_of(&central_in(
        &home,
        CENTRAL_PASS,
        &[("LANG", "uk_UA.UTF-8")],
        &["devices", "list"],
    ));
    assert!(listing.contains(&info.device_id), "{listing}");
    assert!(
        listing.contains(&message(Locale::Uk, "cli-device-approved", None)),
        "{listing}"
    );
}
