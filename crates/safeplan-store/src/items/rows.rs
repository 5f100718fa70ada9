//! The SQL that writes one item of a plan and its child rows, shared by the single-item saves
//! and by the package import (which gives each item its position explicitly).

use rusqlite::{params, Connection};
use safeplan_model::*;

use crate::codec::{opt_date, opt_key, Key};
use crate::error::explain_constraint;
use crate::StoreError;

// `?3` is the position: given on import, NULL on save, where the subquery appends a new item.
// ON CONFLICT leaves `position` alone, so editing an item does not move it.
macro_rules! next_position {
    ($table:literal) => {
        concat!(
            "COALESCE(?3, (SELECT COALESCE(MAX(position) + 1, 0) FROM ",
            $table,
            " WHERE plan_id = ?1))"
        )
    };
}

pub(crate) fn upsert_challenge(
    tx: &Connection,
    plan_id: &str,
    c: &Challenge,
    pos: Option<i64>,
) -> Result<(), StoreError> {
    tx.prepare_cached(concat!(
        "INSERT INTO challenges (plan_id, id, position, title, category, description, affected_groups, places, trend, priority) \
         VALUES (?1, ?2, ",
        next_position!("challenges"),
        ", ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (plan_id, id) DO UPDATE SET title = excluded.title, \
         category = excluded.category, description = excluded.description, affected_groups = excluded.affected_groups, \
         places = excluded.places, trend = excluded.trend, priority = excluded.priority"
    ))?
    .execute(params![
        plan_id, c.id, pos, c.title, Key(c.category), c.description, c.affected_groups, c.places, Key(c.trend), c.priority
    ])
    .map_err(explain_constraint)?;
    Ok(())
}

pub(crate) fn upsert_indicator(
    tx: &Connection,
    plan_id: &str,
    i: &Indicator,
    pos: Option<i64>,
) -> Result<(), StoreError> {
    tx.prepare_cached(concat!(
        "INSERT INTO indicators (plan_id, id, position, name, kind, unit, source, definition, direction) VALUES (?1, ?2, ",
        next_position!("indicators"),
        ", ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (plan_id, id) DO UPDATE SET name = excluded.name, kind = excluded.kind, \
         unit = excluded.unit, source = excluded.source, definition = excluded.definition, direction = excluded.direction"
    ))?
    .execute(params![plan_id, i.id, pos, i.name, Key(i.kind), Key(i.unit), i.source, i.definition, Key(i.direction)])
    .map_err(explain_constraint)?;
    tx.prepare_cached("DELETE FROM observations WHERE plan_id = ?1 AND indicator_id = ?2")?
        .execute([plan_id, &i.id])?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO observations (plan_id, indicator_id, position, period, value, data_as_of, note, suppressed) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (n, o) in i.observations.iter().enumerate() {
        stmt.execute(params![
            plan_id,
            i.id,
            n as i64,
            o.period,
            o.value,
            opt_date(&o.data_as_of),
            o.note,
            o.suppressed
        ])
        .map_err(explain_constraint)?;
    }
    Ok(())
}

pub(crate) fn upsert_measure(
    tx: &Connection,
    plan_id: &str,
    m: &Measure,
    pos: Option<i64>,
) -> Result<(), StoreError> {
    tx.prepare_cached(concat!(
        "INSERT INTO measures (plan_id, id, position, title, description, level, owner, target_group, area, start_date, \
         end_date, status, budget_amount, budget_currency, evidence_level, evidence_note, effect_term, effect_text) \
         VALUES (?1, ?2, ",
        next_position!("measures"),
        ", ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) ON CONFLICT (plan_id, id) DO UPDATE SET \
         title = excluded.title, description = excluded.description, level = excluded.level, owner = excluded.owner, \
         target_group = excluded.target_group, area = excluded.area, start_date = excluded.start_date, \
         end_date = excluded.end_date, status = excluded.status, budget_amount = excluded.budget_amount, \
         budget_currency = excluded.budget_currency, evidence_level = excluded.evidence_level, \
         evidence_note = excluded.evidence_note, effect_term = excluded.effect_term, effect_text = excluded.effect_text"
    ))?
    .execute(params![
        plan_id,
        m.id,
        pos,
        m.title,
        m.description,
        opt_key(m.level),
        m.owner,
        m.target_group,
        m.area,
        opt_date(&m.start),
        opt_date(&m.end),
        Key(m.status),
        m.budget.as_ref().map(|b| b.amount),
        m.budget.as_ref().map(|b| b.currency.as_str()),
        opt_key(m.evidence.level),
        m.evidence.note,
        opt_key(m.expected_effect.term),
        m.expected_effect.text,
    ])
    .map_err(explain_constraint)?;
    for table in [
        "measure_challenges",
        "measure_themes",
        "measure_partners",
        "follow_up_targets",
    ] {
        // Table names come from the fixed list above, never from input.
        tx.prepare_cached(&format!(
            "DELETE FROM {table} WHERE plan_id = ?1 AND measure_id = ?2"
        ))?
        .execute([plan_id, &m.id])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO measure_challenges (plan_id, measure_id, position, challenge_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (n, c) in m.challenge_ids.iter().enumerate() {
        stmt.execute(params![plan_id, m.id, n as i64, c])
            .map_err(explain_constraint)?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO measure_themes (plan_id, measure_id, position, theme) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (n, t) in m.themes.iter().enumerate() {
        stmt.execute(params![plan_id, m.id, n as i64, Key(*t)])
            .map_err(explain_constraint)?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO measure_partners (plan_id, measure_id, position, partner_id, role) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (n, p) in m.partners.iter().enumerate() {
        stmt.execute(params![plan_id, m.id, n as i64, p.partner_id, Key(p.role)])
            .map_err(explain_constraint)?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO follow_up_targets (plan_id, measure_id, position, indicator_id, baseline, target, target_year) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (n, f) in m.follow_up.iter().enumerate() {
        stmt.execute(params![
            plan_id,
            m.id,
            n as i64,
            f.indicator_id,
            f.baseline,
            f.target,
            f.target_year
        ])
        .map_err(explain_constraint)?;
    }
    Ok(())
}

pub(crate) fn upsert_responsibility(
    tx: &Connection,
    plan_id: &str,
    r: &Responsibility,
    pos: Option<i64>,
) -> Result<(), StoreError> {
    tx.prepare_cached(concat!(
        "INSERT INTO responsibilities (plan_id, id, position, situation, who_acts, escalation) VALUES (?1, ?2, ",
        next_position!("responsibilities"),
        ", ?4, ?5, ?6) ON CONFLICT (plan_id, id) DO UPDATE SET situation = excluded.situation, \
         who_acts = excluded.who_acts, escalation = excluded.escalation"
    ))?
    .execute(params![plan_id, r.id, pos, r.situation, r.who_acts, r.escalation])
    .map_err(explain_constraint)?;
    tx.prepare_cached(
        "DELETE FROM responsibility_steps WHERE plan_id = ?1 AND responsibility_id = ?2",
    )?
    .execute([plan_id, &r.id])?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO responsibility_steps (plan_id, responsibility_id, position, text) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (n, s) in r.steps.iter().enumerate() {
        stmt.execute(params![plan_id, r.id, n as i64, s])?;
    }
    Ok(())
}

pub(crate) fn upsert_comment(
    tx: &Connection,
    plan_id: &str,
    c: &Comment,
    pos: Option<i64>,
) -> Result<(), StoreError> {
    tx.prepare_cached(concat!(
        "INSERT INTO comments (plan_id, id, position, anchor_section, anchor_id, anchor_field, author_name, author_role, \
         text, created_at, parent_id, resolved, quote, suggestion_text, suggestion_state, resolved_by) VALUES (?1, ?2, ",
        next_position!("comments"),
        ", ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) ON CONFLICT (plan_id, id) DO UPDATE SET \
         anchor_section = excluded.anchor_section, anchor_id = excluded.anchor_id, anchor_field = excluded.anchor_field, \
         author_name = excluded.author_name, author_role = excluded.author_role, text = excluded.text, \
         created_at = excluded.created_at, parent_id = excluded.parent_id, resolved = excluded.resolved, \
         quote = excluded.quote, suggestion_text = excluded.suggestion_text, \
         suggestion_state = excluded.suggestion_state, resolved_by = excluded.resolved_by"
    ))?
    .execute(params![
        plan_id,
        c.id,
        pos,
        Key(c.anchor.section),
        c.anchor.id,
        c.anchor.field,
        c.author_name,
        c.author_role,
        c.text,
        c.created_at,
        c.parent_id,
        c.resolved,
        c.quote,
        c.suggestion.as_ref().map(|s| s.text.as_str()),
        opt_key(c.suggestion.as_ref().map(|s| s.state)),
        c.resolved_by,
    ])
    .map_err(explain_constraint)?;
    Ok(())
}
