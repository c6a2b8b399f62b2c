-- Lantern central node, schema 3: identifying data held apart, consent per purpose, the office's
-- own audit log, and approval bound to a device's key fingerprint.

-- A device approved with `--fingerprint`: its key is pinned from the first bundle whose key has
-- this fingerprint; a bundle under another key is refused. A row with neither a key nor a
-- fingerprint (approved by id alone under schema 2) accepts no bundle until approved again.
ALTER TABLE device ADD COLUMN key_fingerprint BLOB
    CHECK (key_fingerprint IS NULL OR length(key_fingerprint) = 32);

-- Identifying data (`identity` records), one row per interview: never in `record` or
-- `record_revision`, so no copy lingers in the history. Held only while the interview's consent
-- says assistance = yes and sharing = yes; deleted (secure_delete) as soon as it does not.
CREATE TABLE identity (
    interview_id  TEXT PRIMARY KEY,
    revision      INTEGER NOT NULL,
    body_sha256   BLOB NOT NULL CHECK (length(body_sha256) = 32),
    body          BLOB NOT NULL,
    device_id     TEXT NOT NULL REFERENCES device (device_id),
    bundle_id     BLOB NOT NULL REFERENCES bundle (bundle_id),
    received_at   INTEGER NOT NULL
) STRICT;

-- Every consent decision the office has seen, from the interview record in force (`interview`,
-- `seq` = its place in the interview's consent history) or from a `consent` record (a change
-- after the interview, `seq` = the record's revision). Kept when the decision is superseded.
CREATE TABLE consent_decision (
    interview_id  TEXT NOT NULL,
    purpose       TEXT NOT NULL CHECK (purpose IN ('assistance', 'sharing', 'police', 'statistics')),
    source        TEXT NOT NULL CHECK (source IN ('interview', 'change')),
    seq           INTEGER NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('given', 'refused', 'revoked')),
    locale        TEXT NOT NULL,
    recorded_at   INTEGER NOT NULL,
    device_id     TEXT NOT NULL,
    bundle_id     BLOB NOT NULL REFERENCES bundle (bundle_id),
    received_at   INTEGER NOT NULL,
    PRIMARY KEY (interview_id, purpose, source, seq, recorded_at, state)
) STRICT;

-- Consent in force per interview and purpose, derived from `consent_decision` at the end of
-- every import (inside its transaction). A purpose without a row is unknown, never yes.
CREATE TABLE consent (
    interview_id  TEXT NOT NULL,
    purpose       TEXT NOT NULL CHECK (purpose IN ('assistance', 'sharing', 'police', 'statistics')),
    value         TEXT NOT NULL CHECK (value IN ('yes', 'no', 'unknown')),
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (interview_id, purpose)
) STRICT;

-- The office's hash-chained audit log (the same chain as the device's, lantern_store::audit):
-- identity views (who, why), consent-driven deletions, identity discarded at import. Names
-- records and actions, never content.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    detail     TEXT NOT NULL,
    prev_hash  BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash       BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;

CREATE INDEX consent_by_purpose ON consent (purpose, value);
