# Error messages, one per stable error code. The id is "error-" followed by the code with
# "." and "_" replaced by "-" (store.wrong_passphrase → error-store-wrong-passphrase);
# lantern_i18n::error_message_id computes it.

error-unknown = Something went wrong (code { $code }). The answers saved so far are safe.

## Encrypted store

error-store-wrong-passphrase = The passphrase is not correct.
error-store-not-a-profile = This folder is not a Lantern profile.
error-store-profile-exists = A profile already exists in this folder.
error-store-key-file-damaged = The key file of this profile is damaged. Ask your supervisor for help; do not delete anything.
error-store-database-damaged = The database is damaged or incomplete. Do not delete it; ask your supervisor for help.
error-store-foreign-database = This database belongs to another profile.
error-store-database-missing = The database of this profile is missing.
error-store-directory-not-writable = Lantern cannot write to this folder.
error-store-disk-full = The disk is full. Free some space and try again. The answers saved so far are safe.
error-store-passphrase-too-short = { $min ->
    [one] The passphrase must have at least { $min } character.
   *[other] The passphrase must have at least { $min } characters.
}
error-store-weak-kdf-params = The protection settings of this profile are too weak to be accepted.
error-store-kdf-too-weak = This profile was made by a test version of Lantern and has only weak key protection. This version of Lantern cannot open it or make profiles like it. Nothing was changed.
error-store-schema-too-new = This profile was created by a newer version of Lantern. Update Lantern to open it.
error-store-audit-chain-broken = The change log of this profile has been altered. Tell your supervisor.
error-store-not-found = The record was not found.
error-store-invalid = The data is not valid and was not saved.
error-store-io = The disk could not be read or written.
error-store-database = The database reported an error.

## Sync bundles

error-bundle-truncated = The bundle file is incomplete. Copy it again.
error-bundle-bad-magic = This file is not a Lantern bundle.
error-bundle-unsupported-version = This bundle was made by a version of Lantern that this one cannot read.
error-bundle-unsupported-payload-version = The contents of this bundle come from a version of Lantern that this one cannot read.
error-bundle-bad-signature = This bundle has been altered or damaged. It was not imported.
error-bundle-unknown-device = This bundle comes from a device that is not registered.
error-bundle-revoked-device = This bundle comes from a device whose access was withdrawn.
error-bundle-signer-key-mismatch = The signature does not match the registered device. The bundle was not imported.
error-bundle-wrong-recipient = This bundle was made for a different central office.
error-bundle-decryption-failed = This bundle could not be decrypted. It was not imported.
error-bundle-device-mismatch = The contents of this bundle do not match the device that signed it.
error-bundle-too-large = This file is too large to be a Lantern bundle.
error-bundle-nesting-too-deep = The contents of this bundle are malformed.
error-bundle-malformed-payload = The contents of this bundle are malformed.
error-bundle-invalid-record = A record in this bundle is not valid. The bundle was not imported.
error-bundle-changed-during-read = The file changed while it was being read. Try again.
error-bundle-bad-encoding = A key or identifier in this bundle is malformed.
error-bundle-random = The system could not provide secure random numbers.
error-bundle-io = The file could not be read or written.

## Questionnaire definition

error-questionnaire-parse = The questionnaire file cannot be read.
error-questionnaire-invalid = The questionnaire file is not valid.
error-questionnaire-io = The questionnaire file could not be opened.

## Answers

error-answer-required = Give an answer, or choose “Don't know” or “Prefers not to answer”.
error-answer-not-a-number = Enter a number.
error-answer-number-range = Enter a number from { $min } to { $max }.
error-answer-date-invalid = Enter a valid date.
error-answer-date-future = The date cannot be in the future.
error-answer-choose-option = Choose one of the options.
error-answer-too-long = { $max ->
    [one] The text is too long: at most { $max } character.
   *[other] The text is too long: at most { $max } characters.
}

## Field use-cases (lantern-field)

error-field-unknown-locale = This language is not available.
error-field-unknown-questionnaire = This interview was made with a questionnaire that this version of Lantern does not have. Ask your supervisor for help; do not delete anything.
error-field-directory-invalid = The referral directory file is not valid. Ask your supervisor for a corrected file.
error-field-damaged = The record of this interview is damaged. Ask your supervisor for help; do not delete anything.
error-field-not-complete = The interview cannot be finished yet: some questions still need an answer.
error-field-assessment = The screening result could not be calculated. The answers are saved.
error-field-locked = The app is locked. Unlock it to continue.

## Sync (device side)

error-sync-not-enrolled = This device is not yet connected to a central office. Import the enrolment file from your supervisor.
error-sync-already-enrolled = This device is already connected to another central office.
error-sync-nothing-to-export = There is nothing new to send.
error-sync-receipt-for-other-device = This receipt is for another device.
error-sync-bad-device-id = The identity of this device is damaged. Ask your supervisor for help.
error-sync-io = The file could not be written. Check the folder and the free space.

## Central office (supervisor mode, lantern-central)

error-central-database = The central office's database reported an error. Nothing was changed.
error-central-unknown-device = This bundle comes from a device that is not registered. Approve the device first.
error-central-device-revoked = The access of this device was withdrawn; it cannot be approved again.
error-central-device-key-mismatch = The key of this device does not match the registered one. Nothing was changed.
error-central-bad-device-id = This is not a valid device identifier.
error-central-unknown-record-kind = This bundle contains a kind of record that the central office does not accept. It was not imported.
error-central-malformed-record = A record in this bundle is malformed. The bundle was not imported.
error-central-not-found = The record was not found in the central office.
error-central-bad-review-state = This is not a valid review state.
error-central-damaged = The central office's store is damaged. Do not delete anything; ask for technical help.
error-central-io = The file or folder could not be read or written.
error-central-unknown-questionnaire = This interview was made with a questionnaire version that this version of Lantern does not have, so no result can be shown.
error-central-no-home = There is no central office on this computer. An administrator creates it with the command lantern-central init.
error-central-locked = The central office is locked. Open it again to continue.

## Consent withdrawal and identity kept apart (issue 10, device side)
error-field-unknown-interview = There is no interview { $id } on this device.

## Central office: identity apart, consent, bound device approval (issue 10)

error-central-device-fingerprint-mismatch = This bundle names an approved device but is signed by a key with another fingerprint. It may be forged: it was not imported and nothing was stored.
error-central-device-not-bound = This device was approved without its key. Approve it again with --key or --fingerprint, as the device showed them at enrolment.
error-central-bad-fingerprint = This is not a valid key fingerprint. Copy it as the device showed it at enrolment.
error-central-unknown-interview = The central office holds no interview with this identifier.
error-central-reason-required = Give the reason for seeing identifying data with --reason TEXT. It is recorded in the audit log.
error-central-viewer-required = Give your name with --by NAME: who sees identifying data is recorded in the audit log.
error-central-device-key-required = Approve a device with its key (--key) or its fingerprint (--fingerprint), as the device showed them at enrolment. Its identifier alone is not enough: identifiers are not secret.

# Statistics and exports (issue 12)
error-central-unknown-variable = This is not a statistics variable. The variables are listed in docs/statistics.md (for example month, pathway, result, age_band, interview_locale).
error-central-repeated-variable = A statistics variable is named twice in --by.
error-central-variable-count = A table counts by one, two or three variables: give them with --by, separated by commas.
error-central-k-below-minimum = Counts below 11 are never shown: --k must be at least 11. A smaller k needs --override-below-minimum and --reason TEXT, and is recorded in the audit log.
error-central-override-reason-required = Give the reason for a k below 11 with --reason TEXT. It is recorded in the audit log.
error-central-operator-required = Give your name with --operator NAME: who does this is recorded in the audit log.
error-central-plain-recipient-required = An unencrypted export needs the name of who receives it: --plain --recipient NAME.
error-central-bad-export-recipient = This is not an age recipient. It starts with age1, as age-keygen prints it.
error-central-export-passphrase-required = An export passphrase is required. Set LANTERN_EXPORT_PASSPHRASE or type it when asked.
error-central-export-encryption = The export could not be encrypted. Nothing was written.
error-central-spreadsheet = The spreadsheet could not be written. Nothing was written.
error-central-unknown-export-format = This is not an export format. The formats are htcds, ctdc, stats-csv and stats-xlsx.
error-central-unknown-export-purpose = This is not an export purpose. The purposes are sharing (another organisation) and police.

## Interpreter registry (issue 11)
error-field-unknown-interpreter = Interpreter { $id } is not in this laptop's interpreter list. Add the interpreter first (name, languages, organisation).
error-field-bad-interpreter = The interpreter entry is incomplete: give an id, a name, the organisation and at least one language.

## Persons interviewed more than once (issue 13)
error-central-same-interview = An interview cannot be linked to itself. Give two different interviews.
error-central-already-linked = These two interviews are already linked.
error-central-not-linked = These two interviews are not linked: there is nothing to unlink.

## Online sync (issue 14, device side)

error-sync-no-inbox-certificate = This device was connected to the office before it could receive online. Import a new enrolment file from your supervisor.
error-sync-bad-inbox-url = This is not the address of an office inbox. It starts with https:// and ends with the port, for example https://192.168.1.10:8443.
error-central-bad-inbox-url = This is not the address of an office inbox. It starts with https:// and ends with the port, for example https://192.168.1.10:8443.
error-sync-offline = The office cannot be reached. Check the connection and try again. Nothing was lost: the records wait on this device.
error-sync-certificate-mismatch = The server at this address is not your office: its certificate is not the one in the enrolment file. Nothing was sent. Tell your supervisor.
error-sync-device-not-approved = The office has not approved this device yet. Ask your supervisor to approve it, then try again. Nothing was lost.
error-sync-device-revoked = The office has withdrawn this device's access. Nothing was sent. Talk to your supervisor.
error-sync-inbox-refused = The office refused the upload. Nothing was lost: the records wait on this device. Tell your supervisor.
error-sync-connection-lost = The connection kept dropping. What reached the office is kept there; try again to send the rest.

## Key shares (issue 16)
error-share-bad-split = A split needs at least 2 shares to restore and no more shares than are written (at most 255).
error-share-unreadable = This is not a Lantern key share, or it was mistyped. Check the share file.
error-share-not-enough = Not enough different shares to restore the office's key. Ask the other holders for theirs.
error-share-mixed = These shares come from different splits or different offices. Use shares of one split only.
error-share-do-not-open = The restored key does not open this store: the shares or the store belong to another office. Nothing was written.

## Bundle with bytes appended (issue 16)
error-bundle-trailing-data = Something was added to the end of this bundle file, so it was not imported. Copy it again from the laptop or the stick.

## A receipt that is not one (issue 16)
error-sync-bad-receipt = This file is not a receipt from your central office, or it is damaged. Nothing was changed. Ask the office for it again.
