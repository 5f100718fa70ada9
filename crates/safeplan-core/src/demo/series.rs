//! Yearly figures for the demo indicators. Most series are a trend between two anchor values that the
//! hand-written lägesbild quotes, with a little deterministic year-to-year wobble in between so that
//! charts look like real statistics rather than straight lines. A few are given year by year.

use safeplan_model::{IndicatorUnit, Observation};

/// A tiny deterministic generator (64-bit LCG, Knuth's constants). Seeded from text so each indicator
/// of each plan wobbles in its own way and adding a plan does not shift the others' figures.
pub(super) struct Wobble(u64);

impl Wobble {
    pub(super) fn seeded(seed: &str) -> Wobble {
        // FNV-1a over the seed: stable across platforms and Rust versions, unlike std's hashers.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in seed.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Wobble(hash)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 11
    }

    /// A number in [-1, 1].
    pub(super) fn signed(&mut self) -> f64 {
        (self.next_u64() as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }

    /// A whole number in `0..n`.
    pub(super) fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// How an indicator's figures run over the years.
#[derive(Debug, Clone, Copy)]
pub(super) enum Series {
    /// From `start` in year `from` to `end` in year `to`, every `step` years, exact at both ends.
    Trend {
        from: i32,
        to: i32,
        step: i32,
        start: f64,
        end: f64,
        /// Year-to-year noise as a share of the larger anchor, zero at both ends.
        wobble: f64,
    },
    /// Given year by year from `from`.
    Yearly { from: i32, values: &'static [f64] },
}

/// A yearly trend with a modest wobble: the common case.
pub(super) const fn trend(from: i32, to: i32, start: f64, end: f64) -> Series {
    Series::Trend {
        from,
        to,
        step: 1,
        start,
        end,
        wobble: 0.04,
    }
}

/// A survey run every second year.
pub(super) const fn biennial(from: i32, to: i32, start: f64, end: f64) -> Series {
    Series::Trend {
        from,
        to,
        step: 2,
        start,
        end,
        wobble: 0.03,
    }
}

pub(super) const fn yearly(from: i32, values: &'static [f64]) -> Series {
    Series::Yearly { from, values }
}

impl Series {
    /// (year, value) pairs, rounded as the unit is published.
    pub(super) fn points(&self, unit: IndicatorUnit, seed: &str) -> Vec<(i32, f64)> {
        match *self {
            Series::Trend {
                from,
                to,
                step,
                start,
                end,
                wobble,
            } => {
                let mut noise = Wobble::seeded(seed);
                let span = f64::from((to - from).max(1));
                let scale = start.abs().max(end.abs()) * wobble;
                (from..=to)
                    .step_by(step.max(1) as usize)
                    .map(|year| {
                        let progress = f64::from(year - from) / span;
                        let inner = year != from && year != to;
                        let jitter = if inner { noise.signed() * scale } else { 0.0 };
                        (
                            year,
                            round_for(unit, start + (end - start) * progress + jitter),
                        )
                    })
                    .collect()
            }
            Series::Yearly { from, values } => values
                .iter()
                .enumerate()
                .map(|(i, v)| (from + i as i32, round_for(unit, *v)))
                .collect(),
        }
    }
}

fn round_for(unit: IndicatorUnit, value: f64) -> f64 {
    match unit {
        IndicatorUnit::Count | IndicatorUnit::Per100k => value.round().max(0.0),
        IndicatorUnit::Percent | IndicatorUnit::Index => (value * 10.0).round() / 10.0,
    }
}

/// The note on a figure held back because it is small.
pub(super) const SUPPRESSED_NOTE_SV: &str = "Färre än 5 – redovisas inte för att skydda enskilda.";
pub(super) const SUPPRESSED_NOTE_EN: &str = "Fewer than 5 – not shown, to protect individuals.";

/// Builds the observations. Counts below 5 are suppressed (no value) unless `hide_small` is false,
/// which the thin first draft uses to show the R10 warning. `preliminary_latest` marks the latest
/// figure as taken out before the final statistics.
pub(super) fn observations(
    points: &[(i32, f64)],
    unit: IndicatorUnit,
    published: (i32, &str),
    hide_small: bool,
    preliminary_latest: bool,
    english: bool,
) -> Vec<Observation> {
    let last = points.last().map(|(year, _)| *year);
    points
        .iter()
        .map(|&(year, value)| {
            let small = unit == IndicatorUnit::Count && value < 5.0;
            let suppressed = small && hide_small;
            let note = if suppressed {
                if english {
                    SUPPRESSED_NOTE_EN
                } else {
                    SUPPRESSED_NOTE_SV
                }
            } else if Some(year) == last && preliminary_latest {
                if english {
                    "Preliminary figure; final statistics are published in March."
                } else {
                    "Preliminär uppgift; den slutliga statistiken publiceras i mars."
                }
            } else {
                ""
            };
            Observation {
                period: year.to_string(),
                value: if suppressed { None } else { Some(value) },
                data_as_of: Some(super::assembly::date(&format!(
                    "{}-{}",
                    year + published.0,
                    published.1
                ))),
                note: note.to_string(),
                suppressed,
            }
        })
        .collect()
}
