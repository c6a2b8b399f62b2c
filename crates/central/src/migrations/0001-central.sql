-- Lantern central node, schema 1. Never edit a shipped migration: add a new one.

-- This node (one row): its id and its two secret keys, only ever inside the encrypted store.
CREATE TABLE node (
    singleton        INTEGER PRIMARY KEY CHECK (singleton = 1),
    node_id          TEXT NOT NULL,
    identity_secret  BLOB NOT NULL CHECK (length(identity_secret) = 32),
    signing_seed     BLOB NOT NULL CHECK (length(signing_seed) = 32),
    purge_policy     TEXT NOT NULL CHECK (purge_policy IN ('after_receipt', 'never')),
    created_at       INTEGER NOT NULL
) STRICT;

-- Device registry. A device approved by id alone has no key yet: the key is pinned from its
-- first bundle that verifies (trust on first use; the fingerprint is shown for comparison).
CREATE TABLE device (
    device_id      TEXT PRIMARY KEY,
    public_key     BLOB CHECK (public_key IS NULL OR length(public_key) = 32),
    status         TEXT NOT NULL CHECK (status IN ('approved', 'revoked')),
    approved_at    INTEGER NOT NULL,
    key_pinned_at  INTEGER,
    revoked_at     INTEGER
) STRICT;

-- Every bundle imported, by id (SHA-256 of the file): the idempotency key.
CREATE TABLE bundle (
    bundle_id     BLOB PRIMARY KEY CHECK (length(bundle_id) = 32),
    device_id     TEXT NOT NULL REFERENCES device (device_id),
    seq           INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    imported_at   INTEGER NOT NULL,
    record_count  INTEGER NOT NULL
) STRICT;

-- Every record revision received, applied or not: the history.
CREATE TABLE record_revision (
    kind         TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    body_sha256  BLOB NOT NULL CHECK (length(body_sha256) = 32),
    body         BLOB NOT NULL,
    device_id    TEXT NOT NULL REFERENCES device (device_id),
    bundle_id    BLOB NOT NULL REFERENCES bundle (bundle_id),
    received_at  INTEGER NOT NULL,
    -- current: in force; superseded: was in force until a newer revision came; stale: arrived
    -- after a newer one, kept, never applied; conflict: same revision with other content, or
    -- from another device, waiting in the review queue.
    disposition  TEXT NOT NULL CHECK (disposition IN ('current', 'superseded', 'stale', 'conflict')),
    PRIMARY KEY (kind, record_id, revision, body_sha256)
) STRICT;

-- The revision in force per record.
CREATE TABLE record (
    kind         TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    body_sha256  BLOB NOT NULL,
    device_id    TEXT NOT NULL REFERENCES device (device_id),
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (kind, record_id),
    FOREIGN KEY (kind, record_id, revision, body_sha256)
        REFERENCES record_revision (kind, record_id, revision, body_sha256)
) STRICT;

-- The supervisor's review of each interview.
CREATE TABLE review (
    interview_id  TEXT PRIMARY KEY,
    state         TEXT NOT NULL CHECK (state IN ('new', 'reviewed', 'needs_follow_up')),
    note          TEXT NOT NULL DEFAULT '',
    updated_at    INTEGER NOT NULL
) STRICT;

-- The review queue: revisions that were not applied because they conflict.
CREATE TABLE review_item (
    item_id          INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    record_id        TEXT NOT NULL,
    revision         INTEGER NOT NULL,
    body_sha256      BLOB NOT NULL,
    device_id        TEXT NOT NULL,
    bundle_id        BLOB NOT NULL REFERENCES bundle (bundle_id),
    reason           TEXT NOT NULL CHECK (reason IN ('revision_conflict', 'foreign_device')),
    created_at       INTEGER NOT NULL,
    resolved_at      INTEGER,
    resolution_note  TEXT
) STRICT;

-- Signed receipts, one per imported bundle; written out to files on request.
CREATE TABLE receipt (
    bundle_id   BLOB PRIMARY KEY REFERENCES bundle (bundle_id),
    device_id   TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    bytes       BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    written_at  INTEGER
) STRICT;

CREATE INDEX bundle_by_device ON bundle (device_id, seq);
CREATE INDEX review_item_open ON review_item (record_id) WHERE resolved_at IS NULL;
