//! safeplan-report turns a plan into a PDF and nothing else: template text, plan data, font bytes and
//! the date go in; PDF bytes come out. It never reads the clock, the file system or the database, so
//! the same input always gives the same bytes.
//!
//! Two halves: `template` renders a template folder (Markdown with minijinja) over the plan into one
//! Markdown text, writing charts, tables, the cover and the table of contents as fenced blocks;
//! `engine` lays that Markdown out on A4 pages and writes a tagged PDF.

pub mod template;

pub mod engine;
