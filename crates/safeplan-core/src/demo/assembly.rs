//! Turns a plan's spec into the document and revisions the app stores. Ids follow one pattern,
//! `sundholm-{unit}-{kind letter}{number}`, so a demo id always tells where it belongs.

use safeplan_model::{
    Budget, Challenge, Comment, Direction, Evidence, ExpectedEffect, FollowUpPlan, FollowUpTarget,
    Indicator, IndicatorKind, IndicatorUnit, IsoDate, ItemRef, Lagesbild, Language, Measure,
    MeasurePartner, MeasureStatus, Partner, Period, Plan, PlanDocument, PlanStatus, Responsibility,
    Revision, Section, TeamMember, Term,
};

use super::indicators::IndicatorUse;
use super::measures::MeasureUse;
use super::plans::{Anchor, PlanSpec};
use super::registry::partner_id;
use super::review_history;
use super::series::{observations, Wobble};
use super::DemoPlan;

/// The demo city's dates are written in this crate, and its tests load every plan.
pub(super) fn date(text: &str) -> IsoDate {
    IsoDate::parse(text).expect("the demo city's dates are real calendar dates")
}

/// The report template every demo plan uses.
const TEMPLATE: &str = "district-plan";

/// Measures without a period of their own run to the end of this year when a draft has no period yet.
const FALLBACK_END_YEAR: i32 = 2030;

pub(super) fn assemble(spec: &PlanSpec, registry: &[Partner]) -> DemoPlan {
    let document = document(spec, registry);
    let revisions = revisions(spec, &document);
    DemoPlan {
        document,
        revisions,
    }
}

pub(super) fn item_id(spec: &PlanSpec, letter: char, number: usize) -> String {
    format!("{}-{letter}{number:02}", spec.unit.id())
}

fn fill(text: &str, spec: &PlanSpec) -> String {
    text.replace("{enhet}", spec.unit_label)
        .replace("{område}", spec.area)
}

fn document(spec: &PlanSpec, registry: &[Partner]) -> PlanDocument {
    let indicators: Vec<Indicator> = spec
        .indicators
        .iter()
        .enumerate()
        .map(|(i, used)| indicator(spec, i + 1, used))
        .collect();
    let measures: Vec<Measure> = spec
        .measures
        .iter()
        .enumerate()
        .map(|(i, used)| measure(spec, i + 1, used, &indicators))
        .collect();
    // The document carries the registry entries its measures name, in registry order.
    let partners = registry
        .iter()
        .filter(|p| {
            measures
                .iter()
                .any(|m| m.partners.iter().any(|mp| mp.partner_id == p.id))
        })
        .cloned()
        .collect();
    let mut doc = PlanDocument {
        unit: Some(spec.unit.to_unit()),
        plan: plan(spec),
        challenges: challenges(spec),
        indicators,
        measures,
        partners,
        responsibilities: responsibilities(spec),
        comments: comments(spec),
    };
    review_history::complete(&mut doc);
    doc
}

fn plan(spec: &PlanSpec) -> Plan {
    let text = |s: &str| s.to_string();
    let l = &spec.lagesbild;
    Plan {
        id: format!("{}-plan", spec.unit.id()),
        slug: spec.slug.to_string(),
        unit_id: Some(spec.unit.id()),
        title: spec.title.to_string(),
        period: spec
            .period
            .map(|(from_year, to_year)| Period { from_year, to_year }),
        status: spec.status(),
        language: spec.language,
        template: TEMPLATE.to_string(),
        decision_body: spec.decision_body.to_string(),
        adoption_date: spec.adoption_date.map(date),
        team: spec
            .team
            .iter()
            .map(|&(name, role)| TeamMember {
                name: text(name),
                role: text(role),
            })
            .collect(),
        revision: spec.revision,
        lagesbild: Lagesbild {
            extent: text(l.extent),
            consequences: text(l.consequences),
            cause_analysis: text(l.cause_analysis),
            risk_factors: text(l.risk_factors),
            protective_factors: text(l.protective_factors),
            sources_and_method: text(l.sources_and_method),
        },
        terms: spec
            .terms
            .iter()
            .map(|&(term, definition)| Term {
                term: text(term),
                definition: text(definition),
            })
            .collect(),
        follow_up: FollowUpPlan {
            when: text(spec.follow_up.0),
            how: text(spec.follow_up.1),
            by_whom: fill(spec.follow_up.2, spec),
            reported_to: text(spec.follow_up.3),
        },
    }
}

fn challenges(spec: &PlanSpec) -> Vec<Challenge> {
    spec.challenges
        .iter()
        .enumerate()
        .map(
            |(i, &(title, category, description, groups, places, trend, priority))| Challenge {
                id: item_id(spec, 'c', i + 1),
                title: title.to_string(),
                category,
                description: description.to_string(),
                affected_groups: groups.to_string(),
                places: places.to_string(),
                trend,
                priority,
            },
        )
        .collect()
}

fn indicator(spec: &PlanSpec, number: usize, used: &IndicatorUse) -> Indicator {
    let id = item_id(spec, 'i', number);
    let s = used.spec;
    let points = used.series.points(s.unit, &id);
    // Crime figures taken out before the final annual statistics (published in March) may change.
    let preliminary = s.kind == IndicatorKind::RecordedCrime && s.published.1 < "03-31";
    Indicator {
        observations: observations(
            &points,
            s.unit,
            s.published,
            used.hide_small,
            preliminary,
            spec.language == Language::En,
        ),
        id,
        name: s.name.to_string(),
        kind: s.kind,
        unit: s.unit,
        source: if used.with_source {
            s.source.to_string()
        } else {
            String::new()
        },
        definition: s.definition.to_string(),
        direction: s.direction,
    }
}

fn measure(spec: &PlanSpec, number: usize, used: &MeasureUse, indicators: &[Indicator]) -> Measure {
    let id = item_id(spec, 'm', number);
    let s = used.spec;
    let mut wobble = Wobble::seeded(&id);
    let (from, to) = spec
        .period
        .unwrap_or((FALLBACK_END_YEAR - 3, FALLBACK_END_YEAR));
    let start_year = used.since.unwrap_or(from);
    // Planned measures start when the plan does or when the school year does; older ones whenever
    // they happened to begin.
    let start = match used.status {
        MeasureStatus::Planned => {
            ["01-01", "01-01", "02-01", "03-01", "08-15"][wobble.below(5) as usize]
        }
        _ => [
            "01-01", "02-01", "03-15", "05-01", "08-15", "09-01", "10-01",
        ][wobble.below(7) as usize],
    };
    let years = i64::from((to - start_year.max(from)).max(0) + 1);
    let budget = s.yearly_budget.map(|per_year| {
        let varied = per_year as f64 * years as f64 * (1.0 + 0.15 * wobble.signed());
        Budget {
            amount: ((varied / 10_000.0).round() as i64) * 10_000,
            currency: "SEK".to_string(),
        }
    });
    let follow_up = if used.without_follow_up {
        Vec::new()
    } else {
        s.follow_up
            .iter()
            .filter_map(|key| {
                let position = spec.indicators.iter().position(|u| u.spec.key == *key)?;
                Some(target(&indicators[position], to))
            })
            .take(2)
            .collect()
    };
    let partners = if used.without_partners {
        Vec::new()
    } else {
        s.partners
            .iter()
            .map(|&(key, role)| MeasurePartner {
                partner_id: partner_id(key),
                role,
            })
            .collect()
    };
    Measure {
        id,
        title: s.title.to_string(),
        description: s.description.to_string(),
        level: Some(s.level),
        challenge_ids: used
            .challenges
            .iter()
            .map(|&n| item_id(spec, 'c', n))
            .collect(),
        themes: s.themes.to_vec(),
        owner: fill(used.owner.unwrap_or(s.owner), spec),
        partners,
        target_group: s.target_group.to_string(),
        area: fill(used.area.unwrap_or(s.area), spec),
        start: Some(date(&format!("{start_year}-{start}"))),
        end: if used.without_end {
            None
        } else {
            Some(date(&format!("{to}-12-31")))
        },
        status: used.status,
        budget,
        evidence: Evidence {
            level: Some(s.evidence),
            note: s.evidence_note.to_string(),
        },
        expected_effect: ExpectedEffect {
            term: Some(s.effect_term),
            text: s.effect.to_string(),
        },
        follow_up,
    }
}

/// Baseline is the latest published figure; the target is a realistic step in the right direction:
/// a tenth for outcomes, a fifth for activity the plan itself controls.
pub(super) fn target(indicator: &Indicator, target_year: i32) -> FollowUpTarget {
    let baseline = indicator.observations.iter().rev().find_map(|o| o.value);
    let step = if indicator.kind == IndicatorKind::Activity {
        0.2
    } else {
        0.1
    };
    let factor = match indicator.direction {
        Direction::Down => 1.0 - step,
        Direction::Up => 1.0 + step,
    };
    let target = baseline.map(|b| match indicator.unit {
        IndicatorUnit::Count | IndicatorUnit::Per100k => (b * factor).round(),
        // Shares cannot pass 100; an already high share aims for half the remaining gap.
        IndicatorUnit::Percent | IndicatorUnit::Index if factor > 1.0 && b * factor > 98.0 => {
            ((b + (100.0 - b) / 2.0) * 10.0).round() / 10.0
        }
        IndicatorUnit::Percent | IndicatorUnit::Index => ((b * factor) * 10.0).round() / 10.0,
    });
    FollowUpTarget {
        indicator_id: indicator.id.clone(),
        baseline,
        target,
        target_year: Some(target_year),
    }
}

fn responsibilities(spec: &PlanSpec) -> Vec<Responsibility> {
    spec.routines
        .iter()
        .enumerate()
        .map(|(i, &(situation, who, steps, escalation))| Responsibility {
            id: item_id(spec, 'r', i + 1),
            situation: situation.to_string(),
            who_acts: fill(who, spec),
            steps: steps.iter().map(|s| fill(s, spec)).collect(),
            escalation: fill(escalation, spec),
        })
        .collect()
}

pub(super) fn anchor_ref(spec: &PlanSpec, anchor: Anchor) -> ItemRef {
    match anchor {
        Anchor::Section(section) => ItemRef::section(section),
        Anchor::Field(section, field) => ItemRef::field(section, field),
        Anchor::Challenge(n) => ItemRef::item(Section::Challenges, &item_id(spec, 'c', n)),
        Anchor::Measure(n) => ItemRef::item(Section::Measures, &item_id(spec, 'm', n)),
        Anchor::Indicator(n) => ItemRef::item(Section::Statistics, &item_id(spec, 'i', n)),
    }
}

fn comments(spec: &PlanSpec) -> Vec<Comment> {
    let mut comments: Vec<Comment> = spec
        .comments
        .iter()
        .enumerate()
        .map(|(i, c)| Comment {
            id: item_id(spec, 'k', i + 1),
            anchor: anchor_ref(spec, c.anchor),
            author_name: c.author.0.to_string(),
            author_role: c.author.1.to_string(),
            text: c.text.to_string(),
            created_at: c.at.to_string(),
            parent_id: c.reply_to.map(|n| item_id(spec, 'k', n)),
            resolved: c.resolved,
            quote: String::new(),
            suggestion: None,
            resolved_by: String::new(),
        })
        .collect();
    comments.extend(review_history::suggestions(spec));
    comments
}

/// One snapshot per status change: the plan as it stood then, with the comments written by then
/// and without the measures added later, so "what changed since last time" has something to show.
/// Comments keep the resolved flag they have now: the demo does not replay when each was resolved.
fn revisions(spec: &PlanSpec, now: &PlanDocument) -> Vec<Revision> {
    spec.history
        .iter()
        .enumerate()
        .map(|(i, &(status, at, counter))| {
            let mut snapshot = now.clone();
            snapshot.plan.status = status;
            snapshot.plan.revision = counter;
            if status != PlanStatus::Approved {
                snapshot.plan.adoption_date = None;
            }
            snapshot.comments.retain(|c| c.created_at.as_str() <= at);
            let later: Vec<String> = spec
                .measures
                .iter()
                .enumerate()
                .filter(|(_, m)| m.added_at.is_some_and(|added| added > at))
                .map(|(n, _)| item_id(spec, 'm', n + 1))
                .collect();
            snapshot.measures.retain(|m| !later.contains(&m.id));
            let named = |id: &str| {
                snapshot
                    .measures
                    .iter()
                    .any(|m| m.partners.iter().any(|p| p.partner_id == id))
            };
            let partners = snapshot
                .partners
                .iter()
                .filter(|p| named(&p.id))
                .cloned()
                .collect();
            snapshot.partners = partners;
            let (author_name, role, message) = review_history::signature(spec, status);
            Revision {
                number: i as i64 + 1,
                status,
                created_at: at.to_string(),
                author_name,
                author_role: Some(role),
                message,
                snapshot: Box::new(snapshot),
            }
        })
        .collect()
}
