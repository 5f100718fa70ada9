//! The checks of each kind of item, writing paths under a `base` so the same code serves the
//! per-item validators (`title`) and the whole document (`measures[2].title`).

use super::fields::{self, at, index};
use super::Problems;
use crate::items::{Challenge, Indicator, Measure, Partner, Responsibility};
use crate::limits::*;
use crate::plan::{Plan, Unit};
use crate::review::{Comment, ReviewNote};

pub(super) fn unit(p: &mut Problems, base: &str, u: &Unit) {
    fields::id(p, at(base, "id"), &u.id);
    fields::title(p, at(base, "name"), &u.name, TITLE_MAX);
    fields::text(p, at(base, "city"), &u.city, TITLE_MAX);
}

pub(super) fn plan(p: &mut Problems, base: &str, plan: &Plan) {
    fields::id(p, at(base, "id"), &plan.id);
    fields::slug(p, at(base, "slug"), &plan.slug);
    fields::optional_id(p, at(base, "unit_id"), plan.unit_id.as_deref());
    fields::title(p, at(base, "title"), &plan.title, TITLE_MAX);
    if let Some(period) = plan.period {
        fields::year(p, at(base, "period.from_year"), period.from_year);
        fields::year(p, at(base, "period.to_year"), period.to_year);
        if period.from_year > period.to_year {
            p.add(
                at(base, "period.to_year"),
                format!(
                    "the period ends ({}) before it starts ({}); expected to_year >= from_year",
                    period.to_year, period.from_year
                ),
            );
        }
    }
    if !plan.template.is_empty() {
        fields::slug(p, at(base, "template"), &plan.template);
    }
    fields::text(
        p,
        at(base, "decision_body"),
        &plan.decision_body,
        SHORT_TEXT_MAX,
    );
    fields::optional_date(p, at(base, "adoption_date"), plan.adoption_date.as_ref());
    if plan.revision < 0 {
        p.add(
            at(base, "revision"),
            format!("is {}; expected 0 or more", plan.revision),
        );
    }
    fields::list_len(p, at(base, "team"), plan.team.len(), TEAM_MAX);
    for (i, member) in plan.team.iter().enumerate() {
        let path = index(base, "team", i);
        fields::title(p, at(&path, "name"), &member.name, TITLE_MAX);
        fields::text(p, at(&path, "role"), &member.role, TITLE_MAX);
    }
    fields::list_len(p, at(base, "terms"), plan.terms.len(), TERMS_MAX);
    for (i, term) in plan.terms.iter().enumerate() {
        let path = index(base, "terms", i);
        fields::title(p, at(&path, "term"), &term.term, TITLE_MAX);
        fields::text(p, at(&path, "definition"), &term.definition, MARKDOWN_MAX);
    }
    let l = &plan.lagesbild;
    let lagesbild = at(base, "lagesbild");
    for (name, value) in [
        ("extent", &l.extent),
        ("consequences", &l.consequences),
        ("cause_analysis", &l.cause_analysis),
        ("risk_factors", &l.risk_factors),
        ("protective_factors", &l.protective_factors),
        ("sources_and_method", &l.sources_and_method),
    ] {
        fields::text(p, at(&lagesbild, name), value, MARKDOWN_MAX);
    }
    let f = &plan.follow_up;
    let follow_up = at(base, "follow_up");
    for (name, value) in [
        ("when", &f.when),
        ("how", &f.how),
        ("by_whom", &f.by_whom),
        ("reported_to", &f.reported_to),
    ] {
        fields::text(p, at(&follow_up, name), value, MARKDOWN_MAX);
    }
}

pub(super) fn challenge(p: &mut Problems, base: &str, c: &Challenge) {
    fields::id(p, at(base, "id"), &c.id);
    fields::title(p, at(base, "title"), &c.title, TITLE_MAX);
    fields::text(p, at(base, "description"), &c.description, MARKDOWN_MAX);
    fields::text(
        p,
        at(base, "affected_groups"),
        &c.affected_groups,
        SHORT_TEXT_MAX,
    );
    fields::text(p, at(base, "places"), &c.places, SHORT_TEXT_MAX);
    if !(PRIORITY_MIN..=PRIORITY_MAX).contains(&c.priority) {
        p.add(
            at(base, "priority"),
            format!("is {}; expected 1 (highest), 2 or 3", c.priority),
        );
    }
}

pub(super) fn indicator(p: &mut Problems, base: &str, ind: &Indicator) {
    fields::id(p, at(base, "id"), &ind.id);
    fields::title(p, at(base, "name"), &ind.name, TITLE_MAX);
    fields::text(p, at(base, "source"), &ind.source, SHORT_TEXT_MAX);
    fields::text(p, at(base, "definition"), &ind.definition, MARKDOWN_MAX);
    fields::list_len(
        p,
        at(base, "observations"),
        ind.observations.len(),
        OBSERVATIONS_PER_INDICATOR_MAX,
    );
    let mut periods = std::collections::HashMap::new();
    for (i, obs) in ind.observations.iter().enumerate() {
        let path = index(base, "observations", i);
        match fields::parse_observation_period(&obs.period) {
            Ok(key) => {
                if let Some(first) = periods.insert(key, i) {
                    periods.insert(key, first);
                    p.add(
                        at(&path, "period"),
                        format!("the period `{}` is already observed at index {first}; expected one observation per period", obs.period),
                    );
                }
            }
            Err(message) => p.add(at(&path, "period"), message),
        }
        fields::statistic(p, at(&path, "value"), obs.value);
        fields::optional_date(p, at(&path, "data_as_of"), obs.data_as_of.as_ref());
        fields::text(p, at(&path, "note"), &obs.note, SHORT_TEXT_MAX);
    }
}

pub(super) fn measure(p: &mut Problems, base: &str, m: &Measure) {
    fields::id(p, at(base, "id"), &m.id);
    fields::title(p, at(base, "title"), &m.title, TITLE_MAX);
    fields::text(p, at(base, "description"), &m.description, MARKDOWN_MAX);

    fields::list_len(
        p,
        at(base, "challenge_ids"),
        m.challenge_ids.len(),
        CHALLENGES_PER_MEASURE_MAX,
    );
    for (i, c) in m.challenge_ids.iter().enumerate() {
        fields::id(p, index(base, "challenge_ids", i), c);
    }
    fields::no_duplicates(
        p,
        &m.challenge_ids,
        |c| c.as_str(),
        |i| index(base, "challenge_ids", i),
        "challenge",
    );
    for (i, theme) in m.themes.iter().enumerate() {
        if let Some(first) = m.themes[..i].iter().position(|t| t == theme) {
            p.add(
                index(base, "themes", i),
                format!("theme `{theme}` appears twice; it is already at index {first}"),
            );
        }
    }

    fields::text(p, at(base, "owner"), &m.owner, SHORT_TEXT_MAX);
    fields::list_len(
        p,
        at(base, "partners"),
        m.partners.len(),
        PARTNERS_PER_MEASURE_MAX,
    );
    for (i, mp) in m.partners.iter().enumerate() {
        fields::id(
            p,
            at(&index(base, "partners", i), "partner_id"),
            &mp.partner_id,
        );
    }
    fields::no_duplicates(
        p,
        &m.partners,
        |mp| mp.partner_id.as_str(),
        |i| at(&index(base, "partners", i), "partner_id"),
        "partner",
    );
    fields::text(p, at(base, "target_group"), &m.target_group, SHORT_TEXT_MAX);
    fields::text(p, at(base, "area"), &m.area, SHORT_TEXT_MAX);

    fields::optional_date(p, at(base, "start"), m.start.as_ref());
    fields::optional_date(p, at(base, "end"), m.end.as_ref());
    if let (Some(start), Some(end)) = (&m.start, &m.end) {
        if start > end {
            p.add(
                at(base, "end"),
                format!(
                    "the measure ends ({end}) before it starts ({start}); expected end on or after start"
                ),
            );
        }
    }

    if let Some(budget) = &m.budget {
        if budget.amount < 0 {
            p.add(
                at(base, "budget.amount"),
                format!("is {}; expected 0 or more", budget.amount),
            );
        }
        fields::currency(p, at(base, "budget.currency"), &budget.currency);
    }
    fields::text(p, at(base, "evidence.note"), &m.evidence.note, MARKDOWN_MAX);
    fields::text(
        p,
        at(base, "expected_effect.text"),
        &m.expected_effect.text,
        MARKDOWN_MAX,
    );

    fields::list_len(
        p,
        at(base, "follow_up"),
        m.follow_up.len(),
        FOLLOW_UP_PER_MEASURE_MAX,
    );
    for (i, target) in m.follow_up.iter().enumerate() {
        let path = index(base, "follow_up", i);
        fields::id(p, at(&path, "indicator_id"), &target.indicator_id);
        fields::statistic(p, at(&path, "baseline"), target.baseline);
        fields::statistic(p, at(&path, "target"), target.target);
        if let Some(year) = target.target_year {
            fields::year(p, at(&path, "target_year"), year);
        }
    }
    fields::no_duplicates(
        p,
        &m.follow_up,
        |t| t.indicator_id.as_str(),
        |i| at(&index(base, "follow_up", i), "indicator_id"),
        "indicator",
    );
}

pub(super) fn partner(p: &mut Problems, base: &str, partner: &Partner) {
    fields::id(p, at(base, "id"), &partner.id);
    fields::title(p, at(base, "name"), &partner.name, TITLE_MAX);
    fields::text(
        p,
        at(base, "contact_role"),
        &partner.contact_role,
        SHORT_TEXT_MAX,
    );
    fields::text(p, at(base, "notes"), &partner.notes, MARKDOWN_MAX);
}

pub(super) fn responsibility(p: &mut Problems, base: &str, r: &Responsibility) {
    fields::id(p, at(base, "id"), &r.id);
    fields::required_text(p, at(base, "situation"), &r.situation, SHORT_TEXT_MAX);
    fields::text(p, at(base, "who_acts"), &r.who_acts, SHORT_TEXT_MAX);
    fields::list_len(
        p,
        at(base, "steps"),
        r.steps.len(),
        STEPS_PER_RESPONSIBILITY_MAX,
    );
    for (i, step) in r.steps.iter().enumerate() {
        fields::required_text(p, index(base, "steps", i), step, SHORT_TEXT_MAX);
    }
    fields::text(p, at(base, "escalation"), &r.escalation, MARKDOWN_MAX);
}

pub(super) fn comment(p: &mut Problems, base: &str, c: &Comment) {
    fields::id(p, at(base, "id"), &c.id);
    fields::optional_id(p, at(base, "anchor.id"), c.anchor.id.as_deref());
    if let Some(field) = &c.anchor.field {
        fields::text(p, at(base, "anchor.field"), field, TITLE_MAX);
    }
    fields::title(p, at(base, "author_name"), &c.author_name, TITLE_MAX);
    fields::text(p, at(base, "author_role"), &c.author_role, TITLE_MAX);
    fields::required_text(p, at(base, "text"), &c.text, MARKDOWN_MAX);
    fields::timestamp(p, at(base, "created_at"), &c.created_at);
    fields::optional_id(p, at(base, "parent_id"), c.parent_id.as_deref());
    if c.parent_id.as_deref() == Some(c.id.as_str()) {
        p.add(
            at(base, "parent_id"),
            "a comment cannot reply to itself; expected the id of another comment",
        );
    }
    fields::text(p, at(base, "quote"), &c.quote, MARKDOWN_MAX);
    fields::text(p, at(base, "resolved_by"), &c.resolved_by, TITLE_MAX);
    if let Some(s) = &c.suggestion {
        fields::text(p, at(base, "suggestion.text"), &s.text, MARKDOWN_MAX);
        if c.anchor.field.is_none() {
            p.add(
                at(base, "suggestion"),
                "a suggestion proposes text for one field; expected an anchor with a field",
            );
        }
    }
}

pub(super) fn review_note(p: &mut Problems, base: &str, n: &ReviewNote) {
    fields::id(p, at(base, "subject"), &n.subject);
    fields::title(p, at(base, "author_name"), &n.author_name, TITLE_MAX);
    fields::text(p, at(base, "author_role"), &n.author_role, TITLE_MAX);
    fields::timestamp(p, at(base, "at"), &n.at);
    fields::text(p, at(base, "message"), &n.message, MARKDOWN_MAX);
    if let Some(crate::NoteReason::Text { text }) = &n.reason {
        fields::text(p, at(base, "reason.text"), text, MARKDOWN_MAX);
    }
}
