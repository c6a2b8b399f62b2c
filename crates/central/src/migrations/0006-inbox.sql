-- Lantern central node, schema 6: the HTTP inbox's TLS certificate and its private key
-- (src/inbox.rs, INBOX.md). Self-signed and pinned: the enrolment file carries the SHA-256 of
-- the certificate, so a device accepts this certificate and no other, without any certificate
-- authority. Made once (at `init`, or the first time an older home writes an enrolment file or
-- serves) and kept here, in the encrypted store, so that every enrolment file names the same.
CREATE TABLE inbox_certificate (
    singleton    INTEGER PRIMARY KEY CHECK (singleton = 1),
    certificate  BLOB NOT NULL,
    private_key  BLOB NOT NULL,
    created_at   INTEGER NOT NULL
) STRICT;
