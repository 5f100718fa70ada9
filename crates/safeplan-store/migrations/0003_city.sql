-- Safeplan schema, version 3: what the city executive office keeps about the plans it gathers.
-- Forward only: never edit this file once released.
--
-- City partners and city indicators are the office's own small catalogues. A unit's registry
-- partner, or a plan's indicator, is linked to one of them once and the link is remembered.
-- Indicator links name (plan, indicator) without a foreign key on purpose: a newer package of
-- the plan replaces its rows, and the link must outlive that.

CREATE TABLE city_partners (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL UNIQUE,
    partner_type TEXT NOT NULL
) STRICT;

CREATE TABLE city_partner_links (
    partner_id      TEXT PRIMARY KEY NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    city_partner_id TEXT NOT NULL REFERENCES city_partners (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX city_partner_links_city ON city_partner_links (city_partner_id);

CREATE TABLE city_indicators (
    id        TEXT PRIMARY KEY NOT NULL,
    name      TEXT NOT NULL UNIQUE,
    kind      TEXT NOT NULL,
    unit      TEXT NOT NULL,
    direction TEXT NOT NULL
) STRICT;

CREATE TABLE city_indicator_links (
    plan_id           TEXT NOT NULL,
    indicator_id      TEXT NOT NULL,
    city_indicator_id TEXT NOT NULL REFERENCES city_indicators (id) ON DELETE CASCADE,
    PRIMARY KEY (plan_id, indicator_id)
) STRICT;
CREATE INDEX city_indicator_links_city ON city_indicator_links (city_indicator_id);

-- The revision of the package a plan was last gathered from, so that a second copy of the same
-- package is "unchanged" and an older one is refused, however many comments were written here
-- since (each of which moves the plan's own counter on).
CREATE TABLE gathered_packages (
    plan_id  TEXT PRIMARY KEY NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL
) STRICT;
