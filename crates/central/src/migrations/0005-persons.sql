-- Lantern central node, schema 5: the supervisor's links between interviews of the same woman
-- (src/persons.rs, docs/persons.md). A link names two interviews (a < b), who made it and why;
-- it never changes either record. Unlink deletes the row; both are in the audit log. The person
-- of an interview (its cluster of links) is derived from these rows when asked, and candidates
-- are computed from the identities held, never stored: nothing derived from an identity outlives
-- its deletion.
CREATE TABLE person_link (
    a          TEXT NOT NULL,
    b          TEXT NOT NULL,
    linked_by  TEXT NOT NULL,
    note       TEXT NOT NULL,
    linked_at  INTEGER NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
) STRICT;

CREATE INDEX person_link_by_b ON person_link (b);
