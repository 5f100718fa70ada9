//! The measures the demo plans choose from, one catalogue per prevention level, and how a plan uses one.
//! The catalogue holds what is the same wherever a measure runs (what it is, what it builds on, what it
//! is expected to do); the plan says which of its challenges it answers, where, when and how far along.

mod indicated;
mod selective;
mod universal;

use safeplan_model::{
    CapitalCodeTheme, EffectTerm, EvidenceLevel, MeasureStatus, PartnerRole, PreventionLevel,
};

pub(super) use indicated::*;
pub(super) use selective::*;
pub(super) use universal::*;

/// What a measure is, as a catalogue entry. `{enhet}` in the owner and `{område}` in the area are
/// filled in with the plan's unit and area.
#[derive(Debug)]
pub(super) struct MeasureSpec {
    pub title: &'static str,
    pub description: &'static str,
    pub level: PreventionLevel,
    pub themes: &'static [CapitalCodeTheme],
    pub owner: &'static str,
    /// Registry keys and their roles.
    pub partners: &'static [(&'static str, PartnerRole)],
    pub target_group: &'static str,
    pub area: &'static str,
    pub evidence: EvidenceLevel,
    pub evidence_note: &'static str,
    pub effect_term: EffectTerm,
    pub effect: &'static str,
    /// Indicator keys in order of preference; the first two the plan has become its follow-up targets.
    pub follow_up: &'static [&'static str],
    /// Typical cost per year in SEK, when the measure has its own budget.
    pub yearly_budget: Option<i64>,
}

/// One measure as a plan uses it.
#[derive(Debug, Clone, Copy)]
pub(super) struct MeasureUse {
    pub spec: &'static MeasureSpec,
    /// 1-based numbers of the plan's challenges that the measure answers.
    pub challenges: &'static [usize],
    pub status: MeasureStatus,
    /// The year it started, when it began before the plan period.
    pub since: Option<i32>,
    pub area: Option<&'static str>,
    /// Who owns it here, when not the catalogue's usual owner.
    pub owner: Option<&'static str>,
    /// When the measure was added, if after the plan was first submitted: older snapshots leave it out.
    pub added_at: Option<&'static str>,
    // The gaps a draft may still have; each makes a readiness rule fire on purpose.
    pub without_follow_up: bool,
    pub without_end: bool,
    pub without_partners: bool,
}

/// A measure the plan starts with its period.
pub(super) const fn planned(
    spec: &'static MeasureSpec,
    challenges: &'static [usize],
) -> MeasureUse {
    MeasureUse {
        spec,
        challenges,
        status: MeasureStatus::Planned,
        since: None,
        area: None,
        owner: None,
        added_at: None,
        without_follow_up: false,
        without_end: false,
        without_partners: false,
    }
}

/// A measure already running since `year`, which the plan continues.
pub(super) const fn ongoing(
    spec: &'static MeasureSpec,
    challenges: &'static [usize],
    year: i32,
) -> MeasureUse {
    let mut used = planned(spec, challenges);
    used.status = MeasureStatus::Ongoing;
    used.since = Some(year);
    used
}

impl MeasureUse {
    pub(super) const fn status(mut self, status: MeasureStatus) -> MeasureUse {
        self.status = status;
        self
    }

    pub(super) const fn area(mut self, area: &'static str) -> MeasureUse {
        self.area = Some(area);
        self
    }

    pub(super) const fn owned_by(mut self, owner: &'static str) -> MeasureUse {
        self.owner = Some(owner);
        self
    }

    pub(super) const fn added_at(mut self, timestamp: &'static str) -> MeasureUse {
        self.added_at = Some(timestamp);
        self
    }

    pub(super) const fn no_follow_up(mut self) -> MeasureUse {
        self.without_follow_up = true;
        self
    }

    pub(super) const fn no_end(mut self) -> MeasureUse {
        self.without_end = true;
        self
    }

    pub(super) const fn no_partners(mut self) -> MeasureUse {
        self.without_partners = true;
        self
    }
}
