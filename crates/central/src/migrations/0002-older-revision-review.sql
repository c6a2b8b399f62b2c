-- Lantern central node, schema 2: an older revision arriving after a newer one (disposition
-- `stale`) now opens a review-queue item too, reason `older_revision`. SQLite cannot change a
-- CHECK constraint in place, so `review_item` is rebuilt with the wider one and its rows are
-- copied over with their ids. Nothing references `review_item`, so moving the old table aside
-- first leaves the new table's definition exactly as written here.

ALTER TABLE review_item RENAME TO review_item_0001;

-- The review queue: revisions that were not applied and wait for a person: the same revision
-- with other content (`revision_conflict`), a record first sent by another device
-- (`foreign_device`), an older revision that arrived after a newer one (`older_revision`).
CREATE TABLE review_item (
    item_id          INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    record_id        TEXT NOT NULL,
    revision         INTEGER NOT NULL,
    body_sha256      BLOB NOT NULL,
    device_id        TEXT NOT NULL,
    bundle_id        BLOB NOT NULL REFERENCES bundle (bundle_id),
    reason           TEXT NOT NULL
        CHECK (reason IN ('revision_conflict', 'foreign_device', 'older_revision')),
    created_at       INTEGER NOT NULL,
    resolved_at      INTEGER,
    resolution_note  TEXT
) STRICT;

INSERT INTO review_item (item_id, kind, record_id, revision, body_sha256, device_id, bundle_id,
                         reason, created_at, resolved_at, resolution_note)
SELECT item_id, kind, record_id, revision, body_sha256, device_id, bundle_id,
       reason, created_at, resolved_at, resolution_note
FROM review_item_0001;

-- Drops the old table's `review_item_open` index with it.
DROP TABLE review_item_0001;

CREATE INDEX review_item_open ON review_item (record_id) WHERE resolved_at IS NULL;
-- One item per received revision body: a resend is `unchanged` and never opens a second one.
CREATE UNIQUE INDEX review_item_revision ON review_item (kind, record_id, revision, body_sha256);
