# Command-line help and version (crates/i18n/src/terminal/help.rs): clap's --help of `lantern`
# and `lantern-central` in the user's language. Ids: cli-help-<tool>[-<subcommand>...] for the
# summaries, cli-help-<tool>-arg-<option> for the top-level options. The option names, the
# subcommand names and the environment variables stay as they are.

## clap's own texts, shared by both tools.
cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-flag-help = Print help
cli-help-flag-version = Print version
cli-help-subcommand-help = Print this message or the help of the given subcommand(s)

## --version: the build and the versions of the data compiled into it.
cli-version = { $build }
    questionnaire: { $questionnaire_id } { $questionnaire }
    indicator catalogue: { $catalogue }
    decision rule: { $rule }

## lantern, the field tool.
cli-help-lantern = Lantern field tool: profile, interviews, assessment and sync without a window
cli-help-lantern-arg-profile = Profile folder (encrypted store and wrapped keys)
cli-help-lantern-arg-lang = Language of messages: en, sq, sr-Cyrl, sr-Latn, ro, ru or uk (default: from LC_ALL, LC_MESSAGES or LANG, else English)
cli-help-lantern-init = Create a new profile: encrypted store, data key, recovery key
cli-help-lantern-status = Unlock the profile and print a summary
cli-help-lantern-passphrase = Change the passphrase, or set a new one with the recovery key
cli-help-lantern-assess = Assess observations against the indicator catalogue and print the result as JSON
cli-help-lantern-locales = Check the locale files, or regenerate sr-Latn from sr-Cyrl
cli-help-lantern-locales-check = Check the locale files: the same messages and variables in every language, nothing empty or broken, the status file complete, sr-Latn derived from sr-Cyrl
cli-help-lantern-locales-derive-sr-latn = Regenerate locales/sr-Latn from locales/sr-Cyrl by transliteration
cli-help-lantern-questionnaire = Check a questionnaire definition, or show the shipped one
cli-help-lantern-questionnaire-check = Check a definition file; print every problem (code, file, place) and fail if there is any
cli-help-lantern-questionnaire-show = Print the shipped identification questionnaire as JSON
cli-help-lantern-interview = Run a scripted interview, list interviews, or print an interview's answers
cli-help-lantern-interview-run = Run a scripted interview (answers by question id, language switches) and print its id
cli-help-lantern-interview-list = List the interviews (JSON)
cli-help-lantern-interview-answers = Print an interview's answers file (the input of lantern assess --answers)
cli-help-lantern-enrol = Import the central office's enrolment file; prints this device's id
cli-help-lantern-export = Write the interviews changed since the last acknowledged export as one sealed bundle; prints its path
cli-help-lantern-receipt = Apply the central office's signed receipts: mark the records acknowledged, purge per policy
cli-help-lantern-consent = Record a consent she withdrew after the interview (it travels with the next export)
cli-help-lantern-consent-withdraw = Withdraw one consent of an interview; it is recorded now and sent with the next export

## lantern-central, the central office's tool.
cli-help-central = Lantern central office: devices, import of sync bundles, receipts, review
cli-help-central-arg-home = Central office folder (encrypted store and wrapped keys)
cli-help-central-arg-lang = Language of messages: en, sq, sr-Cyrl, sr-Latn, ro, ru or uk (default: from LC_ALL, LC_MESSAGES or LANG, else English)
cli-help-central-init = Create the central office: keys, encrypted store, recovery key, enrolment file
cli-help-central-enrolment = Write the enrolment file again
cli-help-central-info = Show the office's id, key fingerprints and purge policy
cli-help-central-devices = Approve, list or revoke devices
cli-help-central-devices-approve = Approve a device by id, bound to the key or the fingerprint it printed at enrolment (one of them is required); with --fingerprint, the key is pinned from the first bundle whose key has that fingerprint
cli-help-central-devices-list = List the devices
cli-help-central-devices-revoke = Revoke a device: its bundles are refused from now on
cli-help-central-import = Import bundle files (or every .bundle file in a folder); prints a JSON report
cli-help-central-receipts = Write signed receipts for imported bundles into a folder
cli-help-central-review = The supervisor's review: list, state and note, the review queue, history
cli-help-central-review-list = Interviews with their assessment, language timeline, review state and note
cli-help-central-review-set = Set an interview's review state (new, reviewed, needs_follow_up) and note
cli-help-central-review-queue = The review queue: revisions not applied (a revision conflict, a record from another device, an older revision after a newer one), as JSON; reason says which
cli-help-central-review-resolve = Close a review-queue item with a note
cli-help-central-review-history = Every revision received for a record
cli-help-central-records = Case records as the office holds them
cli-help-central-records-show = One case record: the interview, its review state and consent; identifying data only with --with-identity and a --reason, which goes into the audit log
cli-help-central-audit = The office's audit log (identity views, consent-driven deletions), its chain checked
cli-help-central-stats = Statistics over the interviews with statistics consent, small cells suppressed (k = 11 at least)
cli-help-central-export = Writes the statistics (CSV, XLSX) or a case-level export (HTCDS, CTDC), encrypted unless --plain names a recipient; audited

## Interpreter registry (issue 11)
cli-help-lantern-interpreters = The interpreter registry: interviews name interpreters only by its entries
cli-help-lantern-interpreters-add = Add an interpreter to the registry, or update the entry with this id; prints it (JSON)
cli-help-lantern-interpreters-list = The registry (JSON)

## Persons interviewed more than once (issue 13)
cli-help-central-persons = Persons interviewed more than once: candidate pairs of interviews, the supervisor's links
cli-help-central-persons-candidates = Pairs of interviews from different devices that may be the same woman, with the evidence (which fields agreed and how, never the names)
cli-help-central-persons-link = Link two interviews as the same woman, with a note; recorded in the audit log, the records are not changed
cli-help-central-persons-unlink = Remove the link between two interviews; recorded in the audit log

## Audit log verification (issue 16)

cli-help-lantern-audit = Check the audit log of this profile
cli-help-lantern-audit-verify = Check the audit log's keyed chain; report the first broken entry and what broke there (JSON)
cli-help-central-audit-verify = Check the office's audit log chain; report the first broken entry and what broke there (JSON)

## Online sync and the inbox (issue 14)

cli-help-central-serve = Serve the HTTP inbox: devices send bundles online and get their receipts back
cli-help-lantern-sync = Send what is pending to the office's inbox now and apply the receipts (JSON: sent, acknowledged, purged)

## Key shares (issue 16)
cli-help-central-key = The office's key in shares for M of N people
cli-help-central-key-split = Split the office's key into N share files, one per person, any M of which restore it
cli-help-central-recover = Rebuild the central home from a copy of a lost home's store and M key shares; asks a new passphrase, prints a new recovery key

## Crypto-erase (issue 16)
cli-help-lantern-erase = Crypto-erase this profile at once (the key file first, then every file overwritten): nobody can open it any more; needs --confirm and the passphrase
