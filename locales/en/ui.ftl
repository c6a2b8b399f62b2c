# Interface strings for the desktop app and the command line (source language: English).
# Ids start with ui- (app), cli- (command line) or lint- (locale check findings).
# Counts are passed as numbers so each language picks its plural form.

-app-name = Lantern

## General

ui-app-title = { -app-name }
ui-draft-translation = Draft translation
ui-draft-translation-hint = This translation has not yet been checked by a native speaker. Some words may be wrong.
ui-catalogue-unverified = Catalogue not yet verified against the ILO publication
ui-fallback-notice = This text is not available in { $requested }. It is shown in { $used }.
ui-button-ok = OK
ui-button-cancel = Cancel
ui-button-continue = Continue
ui-button-close = Close
ui-button-save = Save

## First run

ui-first-run-title = Set up { -app-name } on this laptop
ui-first-run-intro = Everything you record is kept encrypted on this laptop. Choose a passphrase that only you know.
ui-passphrase-label = Passphrase
ui-passphrase-repeat-label = Type the passphrase again
ui-passphrase-mismatch = The two passphrases are not the same.
ui-passphrase-too-short = { $min ->
    [one] The passphrase must have at least { $min } character.
   *[other] The passphrase must have at least { $min } characters.
}
ui-passphrase-strength-weak = Weak. Use several unrelated words, for example four or five.
ui-passphrase-strength-fair = Fair. One or two more words would make it stronger.
ui-passphrase-strength-strong = Strong.
ui-passphrase-hint = Do not write the passphrase on the laptop or keep it with it.
ui-first-run-create = Create the encrypted profile
ui-first-run-working = Creating the encrypted profile. This takes a few seconds.
ui-recovery-key-title = Recovery key
ui-recovery-key-instruction = Write down or print this recovery key and hand it to your supervisor today. Do not keep it with this laptop. It is shown only once.
ui-recovery-key-use = If the passphrase is forgotten, your supervisor can use this key to open the records.
ui-recovery-key-confirm = I will hand the recovery key to my supervisor today.

## Unlock, lock and hiding

ui-unlock-title = Unlock { -app-name }
ui-unlock-button = Unlock
ui-unlock-wrong-passphrase = Wrong passphrase. Please try again.
ui-unlock-wait = { $seconds ->
    [one] Too many attempts. Wait { $seconds } second.
   *[other] Too many attempts. Wait { $seconds } seconds.
}
ui-unlock-forgot = Forgot the passphrase? Ask your supervisor for the recovery key.
ui-locked-title = { -app-name } is locked
ui-locked-message = The records are protected. Enter the passphrase to continue.
ui-lock-now = Lock now
ui-auto-lock-label = Lock automatically
ui-auto-lock-after = { $minutes ->
    [one] After { $minutes } minute without activity
   *[other] After { $minutes } minutes without activity
}
ui-auto-locked = { $minutes ->
    [one] Locked after { $minutes } minute without activity.
   *[other] Locked after { $minutes } minutes without activity.
}
ui-quick-hide = Hide
ui-quick-hide-hint = Hides { -app-name } at once and shows a neutral screen. To return, unlock with the passphrase.
ui-neutral-screen-title = Notes

## Home

ui-home-title = Interviews
ui-home-drafts = Drafts
ui-home-finished = Finished
ui-home-exported = Exported
ui-home-empty = There are no interviews here yet.
ui-home-count-drafts = { $count ->
    [one] { $count } interview not finished
   *[other] { $count } interviews not finished
}
ui-interview-start = Start an interview
ui-interview-resume = Resume
ui-interview-started = Started { $date }
ui-interview-updated = Last change { $date }

## Interview controls (always visible)

ui-stop = STOP
ui-stop-hint = Pause the interview at once
ui-pause-title = The interview is paused
ui-pause-reason-label = Why is the interview paused?
ui-pause-reason-interviewee = She asked to stop or needs a break
ui-pause-reason-safety = Safety concern
ui-pause-reason-interruption = Interruption
ui-pause-note-label = Note (optional, for you only)
ui-pause-resume = Resume the interview
ui-pause-end = End the interview here
ui-pause-saved = Nothing is lost. All answers so far are saved.

## Emergency panel

ui-emergency-button = Emergency
ui-emergency-panel-title = Emergency help
ui-emergency-medical = Medical emergency
ui-emergency-self-harm = Risk of self-harm
ui-emergency-danger = Immediate danger
ui-emergency-numbers = Local numbers
ui-emergency-no-numbers = The referral directory has no local numbers. Call the general emergency number.
ui-emergency-call-hint = Stay with her. Do not leave her alone.

## Languages

ui-language-interface = Interface language
ui-language-interview = Interview language
ui-language-switch = Change the interview language
ui-language-switch-confirm = Change the interview language to { $language }? The change and its time are recorded.
ui-language-interpreter = Interpreter
ui-language-no-interpreter = No interpreter
ui-language-switched = Interview language changed from { $from } to { $to }.
ui-language-interpreter-refused = She does not want this interpreter

## Interpreter view

ui-interpreter-view-title = Interpreter view
ui-interpreter-view-for-you = For you ({ $language })
ui-interpreter-view-read-aloud = Read aloud ({ $language })
ui-interpreter-view-interviewer-only = For the interviewer only. Do not read aloud.
ui-interpreter-view-fallback = Not available in { $requested }. Shown in { $used }: translate it aloud.

## Answering

ui-answer-dont-know = Don't know
ui-answer-declined = Prefers not to answer
ui-answer-next = Next
ui-answer-back = Back
ui-answer-edit = Change the answer
ui-answer-needed = Give an answer, or choose “Don't know” or “Prefers not to answer”.
ui-progress-section = Section { $section } of { $total }
ui-progress-answered = { $count ->
    [one] { $count } question answered
   *[other] { $count } questions answered
}

## Review

ui-review-title = Review the answers
ui-review-unanswered = { $count ->
    [one] { $count } question has no answer.
   *[other] { $count } questions have no answer.
}
ui-review-edit-section = Edit this section
ui-review-finish = Finish the interview
ui-review-finish-confirm = Finish the interview? Answers can still be corrected later; every change is recorded.

## Assessment screen

ui-assessment-screen-title = Screening result
ui-assessment-screen-privacy = Show this only after she has left the screen.
ui-assessment-screen-show = Show the result
ui-assessment-screen-not-verdict = This is a screening to guide referral. It is not a decision about what happened to her.
ui-assessment-screen-assistance = Offer assistance in every case. Assistance never depends on this result.
ui-assessment-screen-rule-version = Rule version { $version }
ui-assessment-screen-indicators = Indicators
ui-assessment-screen-evidence = From the answers
ui-assessment-screen-unknown = Not known

## Referral directory

ui-referral-title = Referral directory
ui-referral-last-verified = Last checked { $date }
ui-referral-outdated = This entry was last checked more than a year ago. Confirm the number before you rely on it.
ui-referral-languages = Languages
ui-referral-conflict-hidden = Units flagged for a conflict of interest are not shown.

## Export and import

ui-export-title = Send to the central office
ui-export-button = Create a sync bundle
ui-export-choose-location = Choose where to save the bundle, for example a USB stick or a shared folder.
ui-export-done = { $count ->
    [one] { $count } record was saved in the bundle.
   *[other] { $count } records were saved in the bundle.
}
ui-export-nothing = There is nothing new to send.
ui-export-encrypted = The bundle is encrypted. Only the central office can open it; this laptop cannot.
ui-import-title = Import bundles
ui-import-done = { $count ->
    [one] { $count } record imported.
   *[other] { $count } records imported.
}
ui-import-already = This bundle was imported before. Nothing has changed.
ui-import-gap = Bundles from device { $device } are missing: number { $expected } was expected, number { $received } arrived.
ui-purge-offer = The central office confirmed that it received the records. They can now be removed from this laptop.
ui-purge-button = Remove the sent records

## Command line: lantern locales

cli-locales-title = Locale check of { $dir }
cli-locales-summary = { $locale }: { $messages ->
    [one] { $messages } message
   *[other] { $messages } messages
}, status { $status }, { $findings ->
    [one] { $findings } finding
   *[other] { $findings } findings
}
cli-locales-status-source = source
cli-locales-status-draft = draft
cli-locales-status-reviewed = reviewed
cli-locales-status-unknown = not in the status file
cli-locales-clean = No findings.
cli-locales-failed = { $count ->
    [one] { $count } finding.
   *[other] { $count } findings.
}
cli-locales-derived = { $count ->
    [one] sr-Latn regenerated: { $count } file changed.
   *[other] sr-Latn regenerated: { $count } files changed.
}
cli-locales-derive-unchanged = sr-Latn is already up to date.

## Locale check findings

lint-syntax-error = The file cannot be read as Fluent.
lint-missing-message = A message that other languages have is missing.
lint-file-missing = A file that other languages have is missing.
lint-empty-value = The message is empty.
lint-placeable-mismatch = The variables differ from the English text.
lint-required-missing = A message the app needs is missing.
lint-duplicate-message = The message is defined twice.
lint-status-missing = The language is not in the status file.
lint-status-invalid = The status file is not valid.
lint-sr-latn-mismatch = The Latin-script Serbian file is not the transliteration of the Cyrillic one.
lint-isolation-mark = The file contains an invisible direction mark.
lint-unknown-locale = This folder is not a supported language.
lint-locale-missing = A supported language has no folder.

## Desktop app screens (the ids in ui/strings.txt)

ui-answer-confirm-choices = Confirm the choices
ui-answer-number-label = Number
ui-answer-text-hint = Ctrl+Enter does the same as “Next”.
ui-answer-text-label = Answer
ui-assessment-catalogue = Indicator catalogue version
ui-assessment-conflict-title = Conflict of interest.
ui-assessment-dimensions = Dimensions
ui-assessment-language-timeline = Interview languages
ui-assessment-left-confirm = She has left the screen: show the result
ui-assessment-no-indicators = No indicators were found in the answers given.
ui-assessment-not-counted = Not counted by the rule
ui-assessment-profile-adult = Adult
ui-assessment-profile-child = Child (under 18)
ui-assessment-right = Right
ui-assessment-right-explained = Explained
ui-assessment-right-understood = She understood
ui-assessment-rights = Her rights
ui-assessment-rule = Rule version
ui-auto-lock-minutes-label = Lock automatically after this many minutes without activity
ui-auto-locked-message = Locked after a time without activity. Enter the passphrase to continue.
ui-card-started = Started
ui-card-updated = Last change
ui-child-pathway-title = Child pathway: she is treated as under 18
ui-complete-hint = Go through the answers with her and correct anything that is wrong.
ui-complete-title = All questions have been asked
ui-controls-label = Interview controls
ui-date-day = Day
ui-date-hint = The year is enough. Add the month and the day only if she knows them.
ui-date-month = Month
ui-date-year = Year
ui-dimension-negative = Not met on the answers given
ui-dimension-positive = Met
ui-dimension-unresolved = Open: some answers are missing
ui-emergency-triggered = Indicated by the answers
ui-fallback-badge = Translation missing
ui-gate-go-back = Go back and change an answer
ui-gate-hint = Go back and change an earlier answer, or pause the interview with STOP.
ui-gate-title = The interview cannot continue yet
ui-go-home = All interviews
ui-insecure-test-profile = Test profile: weak key protection
ui-interpreter-view-for-you-label = For you
ui-interpreter-view-read-aloud-label = Read aloud
ui-language-interpreter-optional = Optional: the interpreter's ID from the register.
ui-language-switch-confirm-button = Change the language
ui-language-switch-recorded = The change, its time and the interpreter are recorded.
ui-language-switch-to = New interview language
ui-locked-expired = The records were locked. Enter the passphrase to continue.
ui-neutral-menu = Menu
ui-no = No
ui-optional = (optional)
ui-prefilled-change-hint = If it is no longer right, choose another answer below.
ui-prefilled-confirm = Confirm this answer
ui-prefilled-title = Answer from an earlier record
ui-progress-label = Progress
ui-question-observation = Your observation
ui-referral-directory-example = The referral directory contains example entries only. They are not real contacts; do not rely on these numbers.
ui-referral-example = Example entry, not a real contact
ui-referral-last-checked = Last checked
ui-referral-none = No organisation in the referral directory matches.
ui-repeat-recorded = Recorded so far
ui-review-back-to-interview = Back to the questions
ui-review-incomplete = Some questions still have no answer.
ui-status-draft = In progress
ui-status-exported = Sent
ui-status-finished = Finished
ui-status-purged = Removed after sending
ui-status-stopped = Paused
ui-tier-medium = Medium
ui-tier-strong = Strong
ui-tier-weak = Weak
ui-understood-no = No
ui-understood-unknown = Not known
ui-understood-yes = Yes
ui-unlock-opening = Opening the records.
ui-unlock-working = Checking the passphrase. This takes a few seconds.
ui-yes = Yes

## Interview screens and assessment (lantern-field view-models)

ui-child-pathway-banner = She is treated as a child. Her legal guardian and the social worker must be recorded.
ui-repeat-add = Add another part of the journey
ui-repeat-done = No more parts of the journey

## Referral services (service tags of the referral directory)

service-shelter = Shelter
service-counselling = Counselling
service-medical = Medical care
service-legal = Legal aid
service-return = Voluntary return
service-child-protection = Child protection
service-emergency = Emergency services
service-helpline = Helpline
service-police = Police

## Supervisor mode (central office)

ui-central-office-entry = Central office
ui-supervisor-unlock-title = Central office
ui-supervisor-unlock-intro = Supervisor mode: import bundles from field devices and review the interviews. The field profile stays locked while the central office is open.
ui-supervisor-passphrase-label = Central office passphrase
ui-supervisor-unlock-button = Open the central office
ui-supervisor-no-home = There is no central office on this computer. An administrator creates it with the command lantern-central init.
ui-supervisor-back-to-field = Back to field mode
ui-supervisor-title = Central office
ui-supervisor-import-title = Import bundles
ui-supervisor-import-inbox = Import the inbox folder
ui-supervisor-import-files = Choose bundle files
ui-supervisor-inbox-label = Inbox folder
ui-supervisor-import-progress = Import progress
ui-supervisor-import-none = No bundle files were found.
ui-supervisor-import-interrupted = The import stopped because the central office was locked.
ui-supervisor-outcome-imported = Imported
ui-supervisor-outcome-duplicate = Already imported
ui-supervisor-outcome-rejected = Not imported
ui-supervisor-records-applied = New or updated records
ui-supervisor-review-title = Interviews
ui-supervisor-review-empty = No interviews have been imported yet.
ui-supervisor-col-interview = Interview
ui-supervisor-col-device = Device
ui-supervisor-col-received = Received
ui-supervisor-col-result = Result
ui-supervisor-col-profile = Age group
ui-supervisor-col-state = Review
ui-supervisor-conflict = To check
ui-supervisor-conflicts-title = Versions to check (not applied)
ui-supervisor-conflict-revision-conflict = Two different versions of the same revision arrived. The version in force was kept; the other one is in the history.
ui-supervisor-conflict-foreign-device = Another device sent a record with the same identifier. It was not applied.
ui-supervisor-conflict-older-revision = An older version arrived after a newer one. The newer version was kept; the older one is in the history.
ui-supervisor-state-label = Review state
ui-supervisor-state-new = New
ui-supervisor-state-reviewed = Reviewed
ui-supervisor-state-follow-up = Needs follow-up
ui-supervisor-note-label = Supervisor's note
ui-supervisor-note-hint = Kept only in the central office's encrypted store; never sent to devices.
ui-supervisor-save = Save the review
ui-supervisor-saved = Saved.
ui-supervisor-select-hint = Select an interview to see its assessment.
ui-supervisor-detail-title = Interview
ui-supervisor-revision = Revision
ui-supervisor-answers = Answers
ui-supervisor-no-result = No result

## Her consent after the interview: withdrawal per purpose (issue 10)
ui-consent-open = Consent
ui-consent-title = Her consent, purpose by purpose
ui-consent-intro = She can withdraw her consent to any purpose at any time. A withdrawal is recorded on this laptop and goes to the central office with the next export. It cannot be taken back here.
ui-consent-purpose-assistance = Arranging help for her
ui-consent-purpose-sharing = Sharing her record with the organisations named to her
ui-consent-purpose-police = Passing information to the police
ui-consent-purpose-statistics = Counting her case, anonymously, in statistics
ui-consent-value-yes = Agreed
ui-consent-value-no = Refused or withdrawn
ui-consent-value-unknown = Not known (counts as not agreed)
ui-consent-withdraw = Withdraw
ui-consent-withdraw-confirm = Withdraw her consent to this purpose? It is recorded now and cannot be taken back here.
ui-consent-withdraw-yes = Record the withdrawal
ui-consent-withdrawn = Withdrawal recorded: { $purpose }. It goes to the central office with the next export.
ui-consent-withdrawn-identity = Withdrawal recorded: { $purpose }. Her identifying answers no longer leave this laptop, and the central office deletes its copy when the next export reaches it.
ui-consent-already-no = { $purpose }: already refused or withdrawn. Nothing was changed.
ui-consent-identity-stays = Her identifying answers stay on this laptop: she has not agreed both to help and to sharing.
ui-consent-identity-travels = Her identifying answers go to the central office with the next export, sealed and kept apart from the case.

## Emergencies signalled by an answer (issue 11)
ui-emergency-alert = Her answer signals danger. Act on it now: the numbers are below.
ui-assessment-emergencies = Danger signalled in this interview
ui-assessment-emergency-shown = Emergency route shown at once
ui-numbers-to-call = Numbers she can call, now or later

## Interpreter registry (issue 11)
ui-interpreter-new = A new interpreter: add them to the list
ui-interpreter-name = Name
ui-interpreter-languages = Languages they interpret (for example: ro, ru)
ui-interpreter-organisation = Organisation

## Desktop walk-through fixes (issue 18, desk): locale lint
lint-note-read-aloud = A text read aloud to her holds a note about her in brackets: move it into the help.
ui-supervisor-col-status = Status
ui-supervisor-provisional = Provisional
ui-supervisor-provisional-note = The interview was not finished: this result is provisional and rests on the answers given so far.
ui-answer-number-range = Allowed range
ui-answer-keys-hint = Keys: 1–9 choose an option, Y yes, N no, D don't know.

## Recovery with the recovery key (issue 18)
ui-recovery-open = Use the recovery key
ui-recovery-title = Set a new passphrase with the recovery key
ui-recovery-new-label = New passphrase
ui-recovery-button = Set the new passphrase and unlock

## The central office from the field laptop: enrolment, Send now, USB stick, receipts (issues 14, 18)
ui-office-title = Central office
ui-office-not-enrolled = This laptop is not connected to a central office yet. Choose the enrolment file your supervisor gave you.
ui-office-enrol = Choose the enrolment file
ui-office-connected = Connected to the central office { $node }.
ui-office-device-key = For your supervisor, to approve this laptop
ui-office-due = Interviews waiting to be sent: { $count }
ui-office-identity-withheld = Of these, interviews whose identifying answers stay on this laptop: { $count }
ui-office-consent-changes = Consent withdrawals waiting to be sent: { $count }
ui-office-waiting = Sendings interrupted earlier, to be finished: { $count }
ui-office-url = Address of the office's inbox
ui-office-send = Send now
ui-office-send-hint = Lantern sends only when you press this button, never in the background. Everything goes sealed: only the central office can open it.
ui-office-sending = Sending to the central office
ui-office-sent = Sent: { $sent }. Confirmed by the office: { $acknowledged }. Removed from this laptop after confirmation: { $purged }.
ui-office-nothing-sent = Nothing was waiting, so nothing was sent.
ui-office-no-online = This enrolment file does not allow sending over a network. Use a USB stick, or ask your supervisor for a newer enrolment file.
ui-office-usb = Without a network
ui-office-export = Write to a USB stick or folder
ui-office-written = Written: { $file } (records in the file: { $records }). Take it to the office; the receipt comes back the same way.
ui-office-receipts = Read receipts from the office
ui-office-receipts-applied = Receipts read: { $applied }. Removed from this laptop after confirmation: { $purged }.
ui-office-receipt-refused = Not read

## Crypto-erase of the profile (issue 16)
ui-erase-open = Erase this laptop's profile
ui-erase-title = Erase this laptop's profile
ui-erase-explain = Everything Lantern keeps on this laptop is destroyed at once: the key first, then every file. Interviews the central office has not confirmed are lost. Nobody, not even your supervisor, can bring them back.
ui-erase-understood = I understand that this cannot be undone
ui-erase-confirm = Erase now

## Field laptops in supervisor mode: approve, revoke (issues 14, 18)
ui-supervisor-devices-title = Field laptops
ui-supervisor-devices-empty = No laptop has been approved yet.
ui-supervisor-device-approved = Approved
ui-supervisor-device-revoked = Revoked
ui-supervisor-device-bundles = Bundles received
ui-supervisor-device-approved-at = Approved
ui-supervisor-device-revoked-at = Revoked
ui-supervisor-device-missing = Bundles that never arrived (numbers)
ui-supervisor-device-approve-title = Approve a laptop
ui-supervisor-device-id = Device id (dev-…), as the laptop shows it
ui-supervisor-device-key = Its key (lantern-device-pk1…) or key fingerprint, as the laptop shows it
ui-supervisor-device-approve = Approve
ui-supervisor-device-approved-done = Approved. The laptop can send now.
ui-supervisor-device-revoke = Revoke
ui-supervisor-device-revoke-explain = From now on the office refuses every bundle from this laptop. Do this when a laptop is lost or taken. It cannot be undone: the laptop must be enrolled again as a new device.

## The supervisor reads the case (issue 18)
ui-supervisor-case-answers = Her answers, in the order asked
ui-supervisor-case-observation = Interviewer's observation
