-- Review rounds: every status move is signed (who, in which role, why), and a comment keeps what it
-- was about, may propose new text for its field, and records who resolved it. Rows written before
-- this read back with an empty author and no role, quote or suggestion.
ALTER TABLE revisions ADD COLUMN author_name TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN author_role TEXT;
ALTER TABLE revisions ADD COLUMN message TEXT NOT NULL DEFAULT '';

ALTER TABLE comments ADD COLUMN quote TEXT NOT NULL DEFAULT '';
-- The suggestion's text and state are written together (both NULL on a plain comment).
ALTER TABLE comments ADD COLUMN suggestion_text TEXT;
ALTER TABLE comments ADD COLUMN suggestion_state TEXT
    CHECK (suggestion_state IN ('open', 'accepted', 'rejected'));
ALTER TABLE comments ADD COLUMN resolved_by TEXT NOT NULL DEFAULT '';
