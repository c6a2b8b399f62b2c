-- Lantern local store, schema 2: identifying answers kept apart from case answers, and consent
-- changes made after the interview that travel on their own. Never edit a shipped migration.

-- Answers to questions of sensitivity "identity" (date of birth, guardian and social worker,
-- her safe contact): the same columns as `answer`, and `seq` continues the interview's one answer
-- order across both tables. Nothing here is ever read into an interview record; it leaves the
-- device only as an `identity` record, and only with her consent (docs/threat-model.md).
CREATE TABLE identity_answer (
    interview_id     TEXT NOT NULL REFERENCES interview (interview_id) ON DELETE CASCADE,
    question_id      TEXT NOT NULL,
    instance         INTEGER NOT NULL DEFAULT 0,
    value            TEXT,
    state            TEXT NOT NULL CHECK (state IN ('present', 'absent', 'unknown', 'declined')),
    asked_in_locale  TEXT NOT NULL,
    locale_fallback  INTEGER NOT NULL DEFAULT 0 CHECK (locale_fallback IN (0, 1)),
    interpreter_id   TEXT,
    seq              INTEGER NOT NULL,
    recorded_at      INTEGER NOT NULL,
    PRIMARY KEY (interview_id, question_id, instance)
) STRICT;

-- Schema 1's `identity` table (a JSON array of exported answers per interview) was never
-- written by any release; whatever it holds is carried over, then it goes.
INSERT INTO identity_answer (interview_id, question_id, instance, value, state, asked_in_locale,
                             locale_fallback, interpreter_id, seq, recorded_at)
SELECT d.interview_id,
       a.value ->> '$.question_id',
       coalesce(a.value ->> '$.instance', 0),
       nullif(a.value -> '$.value', 'null'),
       a.value ->> '$.state',
       a.value ->> '$.asked_in_locale',
       coalesce(a.value ->> '$.locale_fallback', 0),
       a.value ->> '$.interpreter_id',
       a.value ->> '$.seq',
       a.value ->> '$.recorded_at'
FROM identity d, json_each(d.fields) a;
DROP TABLE identity;

-- Consent decisions changed after the interview (a withdrawal), kept apart from `consent` so
-- that they survive the purge of the interview's plaintext and still reach the central office
-- as `consent` records. `revision` counts the changes of one purpose of one interview (1 for
-- the first); it is the record revision in the outbox.
CREATE TABLE consent_change (
    interview_id  TEXT NOT NULL REFERENCES interview (interview_id),
    purpose       TEXT NOT NULL CHECK (purpose IN ('assistance', 'sharing', 'police', 'statistics')),
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    state         TEXT NOT NULL CHECK (state IN ('given', 'refused', 'revoked')),
    locale        TEXT NOT NULL,
    recorded_at   INTEGER NOT NULL,
    PRIMARY KEY (interview_id, purpose, revision)
) STRICT;
