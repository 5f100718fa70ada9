//! What a template sees: the plan turned into plain values, with the lookups a report needs already made
//! (a measure's challenges and partners by name, its follow-up indicator's name and unit, each partner's
//! measures). Enumerations stay their stable keys (`"universal"`, `"approved"`…) so templates can compare
//! them; the `label` filter writes them out in the report's language. docs/templates.md lists every field.

use safeplan_model::{
    Finding, FollowUpPlan, IndicatorKind, IsoDate, Locale, PlanDocument, PlanStatus,
    PreventionLevel, Responsibility,
};
use serde::Serialize;

use super::format;
pub use super::views::*;

#[derive(Debug, Clone, Serialize)]
pub struct Context {
    pub locale: &'static str,
    pub date: IsoDate,
    pub plan: PlanView,
    pub unit: Option<UnitView>,
    pub challenges: Vec<ChallengeView>,
    pub indicators: Vec<IndicatorView>,
    pub recorded_crime: Option<IndicatorView>,
    pub perceived_safety: Option<IndicatorView>,
    pub measures: Vec<MeasureView>,
    pub levels: Vec<LevelView>,
    pub partners: Vec<PartnerView>,
    pub responsibilities: Vec<Responsibility>,
    pub follow_up: FollowUpPlan,
    /// Every measure's follow-up targets in one list, for a summary table.
    pub targets: Vec<TargetView>,
    pub findings: Vec<FindingView>,
    pub has_logo: bool,
    pub is_draft: bool,
}

/// A plan counts as a draft in print until it is approved; an archived plan that was adopted keeps its
/// adoption date, so that is what tells an archived adopted plan from an abandoned draft.
pub fn is_draft(doc: &PlanDocument) -> bool {
    match doc.plan.status {
        PlanStatus::Approved => false,
        PlanStatus::Archived => doc.plan.adoption_date.is_none(),
        _ => true,
    }
}

fn indicator_view(ind: &safeplan_model::Indicator, locale: Locale) -> IndicatorView {
    let mut observations: Vec<ObservationView> = ind
        .observations
        .iter()
        .map(|o| ObservationView {
            period: o.period.clone(),
            period_label: format::period(&o.period, locale),
            value: if o.suppressed {
                None
            } else {
                o.value.filter(|v| v.is_finite())
            },
            data_as_of: o.data_as_of.clone(),
            note: o.note.clone(),
            suppressed: o.suppressed,
        })
        .collect();
    observations.sort_by(|a, b| a.period.cmp(&b.period));
    let latest = observations
        .iter()
        .rev()
        .find(|o| o.value.is_some())
        .cloned();
    let data_as_of = observations
        .iter()
        .filter_map(|o| o.data_as_of.clone())
        .max();
    IndicatorView {
        id: ind.id.clone(),
        name: ind.name.clone(),
        kind: ind.kind,
        unit: ind.unit,
        source: ind.source.clone(),
        definition: ind.definition.clone(),
        direction: ind.direction,
        observations,
        latest,
        data_as_of,
    }
}

fn measure_view(doc: &PlanDocument, m: &safeplan_model::Measure, locale: Locale) -> MeasureView {
    let challenges = m
        .challenge_ids
        .iter()
        .filter_map(|id| doc.challenge(id))
        .map(|c| Named {
            id: c.id.clone(),
            title: c.title.clone(),
        })
        .collect();
    let partners = m
        .partners
        .iter()
        .map(|mp| {
            let partner = doc.partner(&mp.partner_id);
            MeasurePartnerView {
                id: mp.partner_id.clone(),
                name: partner
                    .map(|p| p.name.clone())
                    .unwrap_or_else(|| mp.partner_id.clone()),
                partner_type: partner.map(|p| p.partner_type),
                role: mp.role,
            }
        })
        .collect();
    let follow_up = m
        .follow_up
        .iter()
        .map(|f| {
            let ind = doc.indicator(&f.indicator_id);
            FollowUpView {
                indicator_id: f.indicator_id.clone(),
                indicator_name: ind.map(|i| i.name.clone()).unwrap_or_default(),
                unit: ind.map(|i| i.unit),
                baseline: f.baseline,
                target: f.target,
                target_year: f.target_year,
            }
        })
        .collect();
    MeasureView {
        id: m.id.clone(),
        title: m.title.clone(),
        description: m.description.clone(),
        level: m.level,
        challenges,
        themes: m.themes.clone(),
        owner: m.owner.clone(),
        partners,
        target_group: m.target_group.clone(),
        area: m.area.clone(),
        start: m.start.clone(),
        end: m.end.clone(),
        timeframe: format::timeframe(m.start.as_ref(), m.end.as_ref(), locale),
        status: m.status,
        budget: m.budget.clone(),
        evidence_level: m.evidence.level,
        evidence_note: m.evidence.note.clone(),
        effect_term: m.expected_effect.term,
        effect: m.expected_effect.text.clone(),
        follow_up,
    }
}

pub fn build(
    doc: &PlanDocument,
    findings: &[Finding],
    locale: Locale,
    date: &IsoDate,
    has_logo: bool,
) -> Context {
    let plan = &doc.plan;
    let indicators: Vec<IndicatorView> = doc
        .indicators
        .iter()
        .map(|i| indicator_view(i, locale))
        .collect();
    let first_of = |kind: IndicatorKind| indicators.iter().find(|i| i.kind == kind).cloned();
    let measures: Vec<MeasureView> = doc
        .measures
        .iter()
        .map(|m| measure_view(doc, m, locale))
        .collect();
    let levels = PreventionLevel::ALL
        .iter()
        .map(|level| LevelView {
            key: *level,
            measures: measures
                .iter()
                .filter(|m| m.level == Some(*level))
                .cloned()
                .collect(),
        })
        .collect();
    let challenges = doc
        .challenges
        .iter()
        .map(|c| {
            let answering: Vec<_> = doc.measures_for(&c.id).collect();
            let mut levels: Vec<PreventionLevel> =
                answering.iter().filter_map(|m| m.level).collect();
            levels.sort();
            levels.dedup();
            ChallengeView {
                id: c.id.clone(),
                title: c.title.clone(),
                category: c.category,
                description: c.description.clone(),
                affected_groups: c.affected_groups.clone(),
                places: c.places.clone(),
                trend: c.trend,
                priority: c.priority,
                measures: answering
                    .iter()
                    .map(|m| Named {
                        id: m.id.clone(),
                        title: m.title.clone(),
                    })
                    .collect(),
                levels,
            }
        })
        .collect();
    let partners = doc
        .partners
        .iter()
        .map(|p| PartnerView {
            id: p.id.clone(),
            name: p.name.clone(),
            partner_type: p.partner_type,
            contact_role: p.contact_role.clone(),
            notes: p.notes.clone(),
            measures: doc
                .measures
                .iter()
                .flat_map(|m| {
                    m.partners
                        .iter()
                        .filter(|mp| mp.partner_id == p.id)
                        .map(|mp| PartnerUseView {
                            measure_id: m.id.clone(),
                            measure_title: m.title.clone(),
                            role: mp.role,
                        })
                })
                .collect(),
        })
        .collect();
    let targets = measures
        .iter()
        .flat_map(|m| {
            m.follow_up.iter().map(|t| TargetView {
                measure_id: m.id.clone(),
                measure_title: m.title.clone(),
                target: t.clone(),
            })
        })
        .collect();
    let findings = findings
        .iter()
        .map(|f| FindingView {
            rule: f.rule,
            level: f.level,
            message: match locale {
                Locale::Sv => f.message_sv.clone(),
                Locale::En => f.message_en.clone(),
            },
            section: f.item.section,
            item_id: f.item.id.clone(),
        })
        .collect();
    Context {
        locale: locale.key(),
        date: date.clone(),
        plan: PlanView {
            id: plan.id.clone(),
            slug: plan.slug.clone(),
            title: plan.title.clone(),
            status: plan.status,
            language: plan.language,
            period: plan.period,
            period_text: plan
                .period
                .map(|p| format!("{}–{}", p.from_year, p.to_year))
                .unwrap_or_default(),
            decision_body: plan.decision_body.clone(),
            adoption_date: plan.adoption_date.clone(),
            revision: plan.revision,
            team: plan.team.clone(),
            terms: plan.terms.clone(),
            lagesbild: plan.lagesbild.clone(),
        },
        unit: doc.unit.as_ref().map(|u| UnitView {
            name: u.name.clone(),
            kind: u.kind,
            city: u.city.clone(),
        }),
        recorded_crime: first_of(IndicatorKind::RecordedCrime),
        perceived_safety: first_of(IndicatorKind::PerceivedSafety),
        indicators,
        challenges,
        measures,
        levels,
        partners,
        responsibilities: doc.responsibilities.clone(),
        follow_up: plan.follow_up.clone(),
        targets,
        findings,
        has_logo,
        is_draft: is_draft(doc),
    }
}
