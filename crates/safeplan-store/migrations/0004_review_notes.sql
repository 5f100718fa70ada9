-- Safeplan schema, version 5: what a review file asked for that was not done here.
-- Forward only: never edit this file once released.
--
-- Importing a reviewer's file applies their resolutions and status decision when nothing here
-- contradicts them. When something does (the district replied in a thread the reviewer resolved
-- without seeing the reply; the plan was withdrawn before the decision to request changes came
-- back), the thread and the status stay as they are here, and the reviewer's act is kept in this
-- table so that both sides are shown. `subject` is the thread's first comment or the status the
-- reviewer moved the plan to; one act is recorded once however often the file is imported.

CREATE TABLE review_notes (
    plan_id     TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('resolution', 'reopening', 'status')),
    subject     TEXT NOT NULL,
    author_name TEXT NOT NULL,
    author_role TEXT NOT NULL,
    at          TEXT NOT NULL,
    message     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (plan_id, position),
    UNIQUE (plan_id, kind, subject, author_name, at)
) STRICT;
