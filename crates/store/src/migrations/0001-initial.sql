-- Lantern local store, schema 1. Never edit a shipped migration: add a new one.

-- The profile this database belongs to (one row).
CREATE TABLE profile (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    profile_id  TEXT NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;

-- Device identity: id and the Ed25519 signing key seed (only ever inside the encrypted store).
CREATE TABLE device (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id     TEXT NOT NULL UNIQUE,
    signing_seed  BLOB NOT NULL CHECK (length(signing_seed) = 32),
    created_at    INTEGER NOT NULL,
    enrolment     BLOB
) STRICT;

-- Questionnaire definitions this device has used, by content hash.
CREATE TABLE questionnaire_version (
    questionnaire_id  TEXT NOT NULL,
    version           TEXT NOT NULL,
    sha256            TEXT NOT NULL,
    definition        TEXT NOT NULL,
    installed_at      INTEGER NOT NULL,
    PRIMARY KEY (questionnaire_id, version)
) STRICT;

-- Interpreter registry: languages and the confidentiality undertaking.
CREATE TABLE interpreter (
    interpreter_id         TEXT PRIMARY KEY,
    display_name           TEXT NOT NULL,
    languages              TEXT NOT NULL,
    undertaking_signed_at  INTEGER
) STRICT;

CREATE TABLE interview (
    interview_id           TEXT PRIMARY KEY,
    questionnaire_id       TEXT NOT NULL,
    questionnaire_version  TEXT NOT NULL,
    status                 TEXT NOT NULL CHECK (status IN ('draft', 'stopped', 'finished', 'exported', 'purged')),
    stop_reason            TEXT CHECK (stop_reason IN ('interviewee', 'safety', 'interruption')),
    interface_locale       TEXT NOT NULL,
    interview_locale       TEXT NOT NULL,
    earlier_interview_id   TEXT,
    started_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    -- Sync: bumped on every change, so the outbox knows what the central node has not seen.
    revision               INTEGER NOT NULL DEFAULT 1
) STRICT;

-- Identifying data is kept apart from case data and never enters statistics exports.
CREATE TABLE identity (
    interview_id  TEXT PRIMARY KEY REFERENCES interview (interview_id) ON DELETE CASCADE,
    fields        TEXT NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE answer (
    interview_id     TEXT NOT NULL REFERENCES interview (interview_id) ON DELETE CASCADE,
    question_id      TEXT NOT NULL,
    -- Instance of a repeatable group (journey leg); 0 for ordinary questions.
    instance         INTEGER NOT NULL DEFAULT 0,
    -- JSON form of the answer as recorded (required when state = 'present').
    value            TEXT,
    state            TEXT NOT NULL CHECK (state IN ('present', 'absent', 'unknown', 'declined')),
    -- The language the question was shown in, and whether a fallback language had to be used.
    asked_in_locale  TEXT NOT NULL,
    locale_fallback  INTEGER NOT NULL DEFAULT 0 CHECK (locale_fallback IN (0, 1)),
    interpreter_id   TEXT,
    -- Monotonic per interview: the order answers were given, whatever the wall clock says.
    seq              INTEGER NOT NULL,
    recorded_at      INTEGER NOT NULL,
    PRIMARY KEY (interview_id, question_id, instance)
) STRICT;

-- The interview's language timeline: every switch of the interview language.
CREATE TABLE language_event (
    interview_id    TEXT NOT NULL REFERENCES interview (interview_id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    at              INTEGER NOT NULL,
    from_locale     TEXT,
    to_locale       TEXT NOT NULL,
    interpreter_id  TEXT,
    PRIMARY KEY (interview_id, seq)
) STRICT;

-- Interview events besides answers (stop, resume, journey leg added, prefill), as JSON, in order.
CREATE TABLE interview_event (
    interview_id  TEXT NOT NULL REFERENCES interview (interview_id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    at            INTEGER NOT NULL,
    event         TEXT NOT NULL,
    PRIMARY KEY (interview_id, seq)
) STRICT;

-- Consent per purpose; revocable (a revocation is a new row, history is kept).
CREATE TABLE consent (
    interview_id  TEXT NOT NULL REFERENCES interview (interview_id) ON DELETE CASCADE,
    purpose       TEXT NOT NULL CHECK (purpose IN ('assistance', 'sharing', 'police', 'statistics')),
    seq           INTEGER NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('given', 'refused', 'revoked')),
    locale        TEXT NOT NULL,
    recorded_at   INTEGER NOT NULL,
    PRIMARY KEY (interview_id, purpose, seq)
) STRICT;

-- Hash-chained audit log: each entry holds the hash of the previous one. It records what
-- happened to which record, never answer content.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    detail     TEXT NOT NULL,
    prev_hash  BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash       BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;

-- Sync state: per-device bundle sequence and what the central node has acknowledged.
CREATE TABLE sync_state (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    next_seq        INTEGER NOT NULL DEFAULT 1,
    last_acked_seq  INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Records waiting to be sent, and which bundle carried them.
CREATE TABLE outbox (
    record_kind      TEXT NOT NULL,
    record_id        TEXT NOT NULL,
    revision         INTEGER NOT NULL,
    queued_at        INTEGER NOT NULL,
    bundle_seq       INTEGER,
    acknowledged_at  INTEGER,
    PRIMARY KEY (record_kind, record_id, revision)
) STRICT;

CREATE INDEX answer_by_seq ON answer (interview_id, seq);
CREATE INDEX interview_by_status ON interview (status, updated_at);
CREATE INDEX outbox_pending ON outbox (bundle_seq) WHERE acknowledged_at IS NULL;
