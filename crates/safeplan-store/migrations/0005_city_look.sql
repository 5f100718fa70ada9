-- Safeplan schema, version 4: the city's own look for its reports, set once by the executive
-- office. Forward only: never edit this file once released.
--
-- One row (id 1): the city's name as its reports print it, its logo (PNG or JPEG bytes, checked
-- before they are stored) and the name of its template folder. The folder's Markdown files are
-- kept here too, per language, so the look travels with the city's data instead of pointing at a
-- folder on one computer.

CREATE TABLE city_look (
    id            INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    name          TEXT NOT NULL,
    logo          BLOB,
    template_name TEXT
) STRICT;

CREATE TABLE city_template_files (
    locale TEXT NOT NULL,
    path   TEXT NOT NULL,
    text   TEXT NOT NULL,
    PRIMARY KEY (locale, path)
) STRICT;
