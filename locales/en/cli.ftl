# Messages of the command-line tools `lantern` (field) and `lantern-central` (central office).
# Ids start with cli-. Errors print as "lantern: <message> [<code>]"; the code in brackets is
# added by the program and is the same in every language. Options (--profile), variable names
# (LANTERN_PROFILE) and commands stay as they are: they are typed, not read.
# Prompts end with ":"; the program adds the space after it.

## Prompts

cli-prompt-passphrase = Passphrase:
cli-prompt-new-passphrase = New passphrase:
cli-prompt-repeat-passphrase = Repeat the passphrase:
cli-prompt-current-passphrase = Current passphrase:
cli-prompt-recovery-key = Recovery key:
cli-prompt-central-passphrase = Central office passphrase:
cli-prompt-new-central-passphrase = New central office passphrase:

## Field profile (lantern)

cli-profile-created = Profile created in { $dir }
cli-device-id = Device id: { $id }
cli-recovery-key-instruction = Recovery key (shown only this once): write it down now and hand it to your supervisor today. Do not keep it with this laptop. If the passphrase is forgotten, your supervisor can use it to open the records.
cli-status-interviews = Interviews: { $total } (drafts: { $drafts }, finished: { $finished }, exported: { $exported })
cli-status-insecure-kdf = Warning: this profile uses insecure test key-derivation settings. Do not use it for real interviews.
cli-passphrase-changed = Passphrase changed.

## Sync (lantern enrol, export)

cli-enrolled = Enrolled with central office { $node }
cli-enrol-central-key = Central key fingerprint: { $value }
cli-enrol-recipient-key = Recipient key fingerprint: { $value }
cli-enrol-purge = After a receipt: { $value }
cli-enrol-device-key = This device's key: { $value }
cli-enrol-device-fingerprint = This device's fingerprint: { $value }
cli-purge-after-receipt = the answers are deleted from the device once the central office confirms it has them
cli-purge-never = the answers stay on the device
cli-exported = { $records ->
    [one] Bundle { $bundle } (number { $seq }, { $records } record)
   *[other] Bundle { $bundle } (number { $seq }, { $records } records)
}

## Questionnaire check and assessment input

cli-questionnaire-valid = { $file }: valid. Questionnaire { $id }, version { $version }; modules: { $modules }, questions: { $questions }.
cli-standard-input = standard input
cli-script-step = Step { $step } of the script

## Central office (lantern-central)

cli-central-created = Central office created in { $dir }
cli-central-node-id = Node id: { $value }
cli-central-key = Central key fingerprint: { $value }
cli-central-recipient-key = Recipient key fingerprint: { $value }
cli-central-purge = What devices do after a receipt: { $value }
cli-central-enrolment-file = Enrolment file for the devices: { $file }
cli-central-recovery-key-instruction = Recovery key (shown only this once): write it down now and hand it to the supervisor in charge of this central office. Keep it apart from the passphrase: it can open the central office if the passphrase is forgotten.
cli-device-approved = approved
cli-device-revoked = revoked
cli-device-key-not-pinned = (key not yet pinned: it is taken from the first bundle whose key has this fingerprint)
cli-device-row = { $device }  { $status }  { $fingerprint }  bundles: { $bundles }
cli-review-row = { $interview }  revision { $revision }  { $state }  { $result }
cli-review-no-result = no result
cli-review-in-queue = in the review queue

## Errors the command-line tools explain in their own words

cli-error-no-profile = No profile folder given: use --profile FOLDER or set LANTERN_PROFILE.
cli-error-no-central-home = No central office folder given: use --home FOLDER or set LANTERN_CENTRAL_HOME.
cli-error-no-passphrase = No passphrase: set { $variable } or run the command in a terminal.
cli-error-passphrase-mismatch = The two passphrases differ. Nothing was changed.
cli-error-terminal = The terminal could not be read.
cli-error-read = Cannot read { $path }.
cli-error-write = Cannot write { $path }.
cli-error-internal = Unexpected internal error. Please report it with the code.
cli-error-unknown-language = “{ $lang }” is not one of Lantern's languages. Available: { $available }.
cli-error-locales = The locale files could not be read or are not valid.
cli-error-assess-no-input = Give --indicators FILE or --answers FILE.
cli-error-observations-json = { $file } is not a valid observations file (JSON).
cli-error-answers-json = { $file } is not a valid answers file.
cli-error-unknown-question = { $file }: unknown question id { $question }.
cli-error-unknown-indicator = { $count ->
    [one] Unknown indicator id: { $ids }. The catalogue has DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 and AVD1–AVD7.
   *[other] Unknown indicator ids: { $ids }. The catalogue has DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 and AVD1–AVD7.
}
cli-error-unknown-evidence-indicator = { $count ->
    [one] Evidence was given for an unknown indicator id: { $ids }.
   *[other] Evidence was given for unknown indicator ids: { $ids }.
}
cli-error-catalogue-unreadable = The indicator catalogue could not be read.
cli-error-catalogue-invalid = The indicator catalogue is not valid.
cli-error-script-json = { $file } is not a valid interview script.
cli-error-questionnaire-problems = { $count ->
    [one] { $file }: { $count } problem found.
   *[other] { $file }: { $count } problems found.
}
cli-error-bad-device-key = The device key given with --key is not valid.

## Consent withdrawal and identity kept apart (issue 10, device side)
cli-export-identity-withheld = Interview { $id }: her identifying data stays on this device (she has not agreed to both assistance and sharing). The central office gets the case without it.
cli-consent-withdrawn = Interview { $id }: withdrawal of consent ({ $purpose }) recorded. It goes to the central office with the next export.
cli-consent-already-no = Interview { $id }: consent ({ $purpose }) was already refused or withdrawn. Nothing was changed.

## Central office: case records, consent, identity views, bound device approval (issue 10)

cli-device-not-bound = (approved without its key: no bundle is accepted until it is approved again with --key or --fingerprint)
cli-record-head = { $interview }  revision { $revision }  from { $device }  answers: { $answers }  { $state }
cli-record-consent = Consent: assistance { $assistance }, sharing with organisations { $sharing }, police { $police }, statistics { $statistics }
cli-consent-yes = yes
cli-consent-no = no
cli-consent-unknown = unknown
cli-record-identity-withheld = Identifying data is not shown. To see it: --with-identity --reason TEXT (the view is recorded in the audit log).
cli-record-identity-none = No identifying data is held for this interview (none was sent, or her consent did not allow keeping it). The request is recorded in the audit log.
cli-record-identity = Identifying data (this view is recorded in the audit log):
cli-record-no-value = (no value)
cli-audit-verified = Audit log chain intact; entries: { $count }

## Statistics and exports (issue 12)
cli-stats-heading = Interviews with consent to anonymous statistics; counts below { $k } are not shown.
cli-stats-count = count
cli-stats-total = total
cli-stats-suppressed-note = <{ $k }: fewer than { $k } interviews, or hidden so that a small count cannot be worked out from the totals.
cli-stats-total-not-sum = One interview can count under several values of this table: the total is the number of interviews, not the sum of the counts.
cli-export-plain-warning = Warning: { $file } is written unencrypted, for { $recipient }. Anyone who gets the file can read it. Hand it over in person and delete it when it is no longer needed.
cli-prompt-export-passphrase = Passphrase for the export file:

## Persons interviewed more than once (issue 13)
cli-persons-candidate = { $a }  { $b }  score { $score }

## Audit log verification (issue 16)

cli-audit-sound = Audit log: { $count } entries, the keyed chain is sound.
cli-audit-broken-deleted = The audit log is broken at entry { $position }: an entry before it was deleted.
cli-audit-broken-edited = The audit log is broken at entry { $position }: the entry was changed after it was written.
cli-audit-broken-reordered = The audit log is broken at entry { $position }: entries were moved; this one was written at another place.
cli-audit-broken-inserted = The audit log is broken at entry { $position }: the entry was added from outside the log.
cli-audit-broken-clock-rollback = The audit log is broken at entry { $position }: it is dated earlier than an entry before it (the clock was set back).
cli-audit-broken-truncated = The audit log is broken at entry { $position }: the log is shorter than, or differs from, what it showed at an export.

## Online sync and the inbox (issue 14)

cli-error-listen = Cannot listen on { $path }. Is another program using this port?
cli-central-inbox-certificate = Inbox certificate fingerprint: { $value }
cli-sync-acknowledged = The office received bundle { $bundle } and sent its receipt.

## The office's key in shares, and a home rebuilt from them (issue 16)
cli-central-share-file = Lantern: one share of a central office's key (share { $number } of { $total }; any { $threshold } of them restore the office).
    Keep it apart from the office laptop and from the other shares. Alone it reveals nothing.
    To restore: lantern-central --home NEW-FOLDER recover --from COPY-OF-central.db --shares FILE...
cli-central-shares-written = { $total } share files written; any { $threshold } of them restore the office's key. Give each to a different person and delete this folder.
cli-central-restored = Central office restored in { $dir }

## Crypto-erase of a field profile (issue 16)
cli-erase-unconfirmed = Erasing cannot be undone: interviews not yet at the central office are lost. Run it again with --confirm to erase.
cli-erased = The profile in { $dir } was erased. Nobody can open it any more.
