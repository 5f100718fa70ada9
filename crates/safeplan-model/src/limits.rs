//! The bounds validation enforces, public so that the package importer and the UI can check the
//! same numbers before a value ever reaches [`crate::validate`]. Text lengths count Unicode scalar
//! values (`str::chars`), not bytes, so a Swedish "å" costs one like an "a".

/// Ids: 1 to 64 of `[A-Za-z0-9_-]`, so they are safe in URLs, file names and log lines.
pub const ID_MAX: usize = 64;
/// A plan's slug: 1 to 64 of `[a-z0-9-]`.
pub const SLUG_MAX: usize = 64;
/// Titles and names: plan and measure titles, challenge titles, indicator, partner and unit names.
pub const TITLE_MAX: usize = 300;
/// One-line texts: owner, source, roles, places, target group, notes on an observation…
pub const SHORT_TEXT_MAX: usize = 2_000;
/// Markdown fields: the lägesbild, descriptions, definitions, routines, comments.
pub const MARKDOWN_MAX: usize = 100_000;

/// The largest magnitude an observation, baseline or target may have. No statistic of a city unit
/// comes near it (a city's budget in öre does not), while values a hostile package may hold (up to
/// f64's 1.8e308) would overflow the arithmetic of charts and tables.
pub const VALUE_MAGNITUDE_MAX: f64 = 1e12;

/// Years of a plan's period, of dates and of observation periods, both inclusive.
pub const YEAR_MIN: i32 = 1900;
pub const YEAR_MAX: i32 = 2200;
/// A challenge's priority: 1 is the highest.
pub const PRIORITY_MIN: u8 = 1;
pub const PRIORITY_MAX: u8 = 3;

// List lengths. Generous for a real plan; they exist so a broken or hostile package cannot make
// the app allocate without bound.
pub const CHALLENGES_MAX: usize = 500;
pub const INDICATORS_MAX: usize = 500;
pub const OBSERVATIONS_PER_INDICATOR_MAX: usize = 500;
pub const MEASURES_MAX: usize = 2_000;
/// The partner registry is shared by a city's plans, so it may be longer than one plan needs.
pub const PARTNERS_MAX: usize = 2_000;
pub const RESPONSIBILITIES_MAX: usize = 500;
pub const COMMENTS_MAX: usize = 10_000;
pub const TEAM_MAX: usize = 200;
pub const TERMS_MAX: usize = 500;
pub const STEPS_PER_RESPONSIBILITY_MAX: usize = 100;
pub const CHALLENGES_PER_MEASURE_MAX: usize = 100;
pub const PARTNERS_PER_MEASURE_MAX: usize = 200;
pub const FOLLOW_UP_PER_MEASURE_MAX: usize = 50;
