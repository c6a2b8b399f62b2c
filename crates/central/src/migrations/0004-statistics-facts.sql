-- Lantern central node, schema 4: the statistical variables of every interview in force,
-- derived from its record (`src/statistics.rs`), so that a cross-tabulation over many
-- interviews reads a few indexed rows instead of decoding and assessing every record.
-- Derived data only: no answer text, no identity. Rebuilt for an interview whenever its record
-- in force or the derivation changes; which interviews count is decided at query time by their
-- statistics consent, never here.

-- What each interview's facts were derived from.
CREATE TABLE stat_source (
    interview_id  TEXT PRIMARY KEY,
    body_sha256   BLOB NOT NULL CHECK (length(body_sha256) = 32),
    derivation    INTEGER NOT NULL
) STRICT;

-- One row per interview, variable and value (multi-valued variables have several).
CREATE TABLE stat_value (
    variable      TEXT NOT NULL,
    interview_id  TEXT NOT NULL,
    value         TEXT NOT NULL,
    PRIMARY KEY (variable, interview_id, value)
) STRICT;

CREATE INDEX stat_value_by_interview ON stat_value (interview_id);
