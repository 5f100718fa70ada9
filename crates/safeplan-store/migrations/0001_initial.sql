-- Safeplan schema, version 1. Forward only: never edit this file once released; add 0002_… instead.
--
-- Registry tables (units, partners) are shared by every plan of the city. Everything else belongs
-- to one plan and is keyed by (plan_id, id), so that a reference from one item to another carries
-- the plan id too: a measure cannot name another plan's challenge even through a bug, because the
-- composite foreign key has no row to point at. `position` keeps the order the planner chose.
-- Enumerations are stored as their stable key ("in_review"), not as a number, so the database
-- stays readable with the sqlite3 shell; the model refuses unknown keys when it reads them back.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE units (
    id   TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    city TEXT NOT NULL
) STRICT;

CREATE TABLE partners (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    partner_type TEXT NOT NULL,
    contact_role TEXT NOT NULL,
    notes        TEXT NOT NULL
) STRICT;

CREATE TABLE plans (
    id                    TEXT PRIMARY KEY NOT NULL,
    slug                  TEXT NOT NULL UNIQUE,
    unit_id               TEXT REFERENCES units (id),
    title                 TEXT NOT NULL,
    period_from           INTEGER,
    period_to             INTEGER,
    status                TEXT NOT NULL,
    language              TEXT NOT NULL,
    template              TEXT NOT NULL,
    decision_body         TEXT NOT NULL,
    adoption_date         TEXT,
    revision              INTEGER NOT NULL CHECK (revision >= 0),
    extent                TEXT NOT NULL,
    consequences          TEXT NOT NULL,
    cause_analysis        TEXT NOT NULL,
    risk_factors          TEXT NOT NULL,
    protective_factors    TEXT NOT NULL,
    sources_and_method    TEXT NOT NULL,
    follow_up_when        TEXT NOT NULL,
    follow_up_how         TEXT NOT NULL,
    follow_up_by_whom     TEXT NOT NULL,
    follow_up_reported_to TEXT NOT NULL,
    CHECK ((period_from IS NULL) = (period_to IS NULL))
) STRICT;
CREATE INDEX plans_unit ON plans (unit_id);

CREATE TABLE team_members (
    plan_id  TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    role     TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
) STRICT;

CREATE TABLE terms (
    plan_id    TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    term       TEXT NOT NULL,
    definition TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
) STRICT;

CREATE TABLE challenges (
    plan_id         TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    id              TEXT NOT NULL,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    category        TEXT NOT NULL,
    description     TEXT NOT NULL,
    affected_groups TEXT NOT NULL,
    places          TEXT NOT NULL,
    trend           TEXT NOT NULL,
    priority        INTEGER NOT NULL,
    PRIMARY KEY (plan_id, id)
) STRICT;

CREATE TABLE indicators (
    plan_id    TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    unit       TEXT NOT NULL,
    source     TEXT NOT NULL,
    definition TEXT NOT NULL,
    direction  TEXT NOT NULL,
    PRIMARY KEY (plan_id, id)
) STRICT;

CREATE TABLE observations (
    plan_id      TEXT NOT NULL,
    indicator_id TEXT NOT NULL,
    position     INTEGER NOT NULL,
    period       TEXT NOT NULL,
    value        REAL,
    data_as_of   TEXT,
    note         TEXT NOT NULL,
    suppressed   INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
    PRIMARY KEY (plan_id, indicator_id, position),
    FOREIGN KEY (plan_id, indicator_id) REFERENCES indicators (plan_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE measures (
    plan_id         TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    id              TEXT NOT NULL,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL,
    level           TEXT,
    owner           TEXT NOT NULL,
    target_group    TEXT NOT NULL,
    area            TEXT NOT NULL,
    start_date      TEXT,
    end_date        TEXT,
    status          TEXT NOT NULL,
    budget_amount   INTEGER,
    budget_currency TEXT,
    evidence_level  TEXT,
    evidence_note   TEXT NOT NULL,
    effect_term     TEXT,
    effect_text     TEXT NOT NULL,
    PRIMARY KEY (plan_id, id),
    CHECK ((budget_amount IS NULL) = (budget_currency IS NULL))
) STRICT;

-- A challenge or indicator that a measure names cannot be deleted from under it (no cascade on
-- that side): the store refuses with a message naming the measures instead.
CREATE TABLE measure_challenges (
    plan_id      TEXT NOT NULL,
    measure_id   TEXT NOT NULL,
    position     INTEGER NOT NULL,
    challenge_id TEXT NOT NULL,
    PRIMARY KEY (plan_id, measure_id, position),
    UNIQUE (plan_id, measure_id, challenge_id),
    FOREIGN KEY (plan_id, measure_id) REFERENCES measures (plan_id, id) ON DELETE CASCADE,
    FOREIGN KEY (plan_id, challenge_id) REFERENCES challenges (plan_id, id)
) STRICT;
CREATE INDEX measure_challenges_challenge ON measure_challenges (plan_id, challenge_id);

CREATE TABLE measure_themes (
    plan_id    TEXT NOT NULL,
    measure_id TEXT NOT NULL,
    position   INTEGER NOT NULL,
    theme      TEXT NOT NULL,
    PRIMARY KEY (plan_id, measure_id, position),
    UNIQUE (plan_id, measure_id, theme),
    FOREIGN KEY (plan_id, measure_id) REFERENCES measures (plan_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE measure_partners (
    plan_id    TEXT NOT NULL,
    measure_id TEXT NOT NULL,
    position   INTEGER NOT NULL,
    partner_id TEXT NOT NULL REFERENCES partners (id),
    role       TEXT NOT NULL,
    PRIMARY KEY (plan_id, measure_id, position),
    UNIQUE (plan_id, measure_id, partner_id),
    FOREIGN KEY (plan_id, measure_id) REFERENCES measures (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX measure_partners_partner ON measure_partners (partner_id);

CREATE TABLE follow_up_targets (
    plan_id      TEXT NOT NULL,
    measure_id   TEXT NOT NULL,
    position     INTEGER NOT NULL,
    indicator_id TEXT NOT NULL,
    baseline     REAL,
    target       REAL,
    target_year  INTEGER,
    PRIMARY KEY (plan_id, measure_id, position),
    FOREIGN KEY (plan_id, measure_id) REFERENCES measures (plan_id, id) ON DELETE CASCADE,
    FOREIGN KEY (plan_id, indicator_id) REFERENCES indicators (plan_id, id)
) STRICT;
CREATE INDEX follow_up_targets_indicator ON follow_up_targets (plan_id, indicator_id);

CREATE TABLE responsibilities (
    plan_id    TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    position   INTEGER NOT NULL,
    situation  TEXT NOT NULL,
    who_acts   TEXT NOT NULL,
    escalation TEXT NOT NULL,
    PRIMARY KEY (plan_id, id)
) STRICT;

CREATE TABLE responsibility_steps (
    plan_id           TEXT NOT NULL,
    responsibility_id TEXT NOT NULL,
    position          INTEGER NOT NULL,
    text              TEXT NOT NULL,
    PRIMARY KEY (plan_id, responsibility_id, position),
    FOREIGN KEY (plan_id, responsibility_id) REFERENCES responsibilities (plan_id, id) ON DELETE CASCADE
) STRICT;

-- A reply goes with the comment it answers.
CREATE TABLE comments (
    plan_id        TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    position       INTEGER NOT NULL,
    anchor_section TEXT NOT NULL,
    anchor_id      TEXT,
    anchor_field   TEXT,
    author_name    TEXT NOT NULL,
    author_role    TEXT NOT NULL,
    text           TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    parent_id      TEXT,
    resolved       INTEGER NOT NULL CHECK (resolved IN (0, 1)),
    PRIMARY KEY (plan_id, id),
    FOREIGN KEY (plan_id, parent_id) REFERENCES comments (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX comments_parent ON comments (plan_id, parent_id);

-- A frozen copy of the whole document (JSON of safeplan_model::PlanDocument) at a status change.
-- History is read whole and never queried into, so it is not normalised.
CREATE TABLE revisions (
    plan_id    TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL CHECK (number >= 1),
    status     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    snapshot   TEXT NOT NULL,
    PRIMARY KEY (plan_id, number)
) STRICT;
