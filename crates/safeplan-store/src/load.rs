//! Reading a plan back into the model's types. A document is read with a fixed number of queries
//! (one per table, children grouped in Rust) rather than one query per item, so a 40-measure plan
//! loads in well under the 2 ms budget; every statement is a cached prepared statement.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};
use safeplan_model::*;

use crate::codec::{get_enum, get_opt_date, get_opt_enum};
use crate::registry::read_unit;
use crate::StoreError;

const PLAN_COLUMNS: &str = "id, slug, unit_id, title, period_from, period_to, status, language, template, \
     decision_body, adoption_date, revision, extent, consequences, cause_analysis, risk_factors, \
     protective_factors, sources_and_method, follow_up_when, follow_up_how, follow_up_by_whom, follow_up_reported_to";

fn plan_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Plan> {
    let from: Option<i32> = row.get(4)?;
    let to: Option<i32> = row.get(5)?;
    Ok(Plan {
        id: row.get(0)?,
        slug: row.get(1)?,
        unit_id: row.get(2)?,
        title: row.get(3)?,
        period: from
            .zip(to)
            .map(|(from_year, to_year)| Period { from_year, to_year }),
        status: get_enum(row, 6)?,
        language: get_enum(row, 7)?,
        template: row.get(8)?,
        decision_body: row.get(9)?,
        adoption_date: get_opt_date(row, 10)?,
        team: Vec::new(),
        revision: row.get(11)?,
        lagesbild: Lagesbild {
            extent: row.get(12)?,
            consequences: row.get(13)?,
            cause_analysis: row.get(14)?,
            risk_factors: row.get(15)?,
            protective_factors: row.get(16)?,
            sources_and_method: row.get(17)?,
        },
        terms: Vec::new(),
        follow_up: FollowUpPlan {
            when: row.get(18)?,
            how: row.get(19)?,
            by_whom: row.get(20)?,
            reported_to: row.get(21)?,
        },
    })
}

/// The plan's own fields, with its team and terms.
pub(crate) fn read_plan(conn: &Connection, plan_id: &str) -> Result<Plan, StoreError> {
    let sql = format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = ?1");
    let mut plan = conn
        .prepare_cached(&sql)?
        .query_row([plan_id], plan_from_row)
        .optional()?
        .ok_or_else(|| StoreError::not_found("plan", plan_id))?;
    let mut stmt = conn.prepare_cached(
        "SELECT name, role FROM team_members WHERE plan_id = ?1 ORDER BY position",
    )?;
    plan.team = stmt
        .query_map([plan_id], |r| {
            Ok(TeamMember {
                name: r.get(0)?,
                role: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT term, definition FROM terms WHERE plan_id = ?1 ORDER BY position",
    )?;
    plan.terms = stmt
        .query_map([plan_id], |r| {
            Ok(Term {
                term: r.get(0)?,
                definition: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(plan)
}

/// Every plan's own fields (without team and terms), by title.
pub(crate) fn read_plans(conn: &Connection) -> Result<Vec<Plan>, StoreError> {
    let sql = format!("SELECT {PLAN_COLUMNS} FROM plans ORDER BY title, id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut plans: Vec<Plan> = stmt
        .query_map([], plan_from_row)?
        .collect::<Result<_, _>>()?;
    for plan in &mut plans {
        let full = read_plan(conn, &plan.id)?;
        plan.team = full.team;
        plan.terms = full.terms;
    }
    Ok(plans)
}

/// The whole document, every list in its stored order.
pub(crate) fn read_document(conn: &Connection, plan_id: &str) -> Result<PlanDocument, StoreError> {
    let plan = read_plan(conn, plan_id)?;
    let unit = match &plan.unit_id {
        Some(id) => Some(read_unit(conn, id)?),
        None => None,
    };
    Ok(PlanDocument {
        unit,
        challenges: read_challenges(conn, plan_id)?,
        indicators: read_indicators(conn, plan_id)?,
        measures: read_measures(conn, plan_id)?,
        partners: read_used_partners(conn, plan_id)?,
        responsibilities: read_responsibilities(conn, plan_id)?,
        comments: read_comments(conn, plan_id)?,
        plan,
    })
}

fn read_challenges(conn: &Connection, plan_id: &str) -> Result<Vec<Challenge>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, category, description, affected_groups, places, trend, priority \
         FROM challenges WHERE plan_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([plan_id], |r| {
        Ok(Challenge {
            id: r.get(0)?,
            title: r.get(1)?,
            category: get_enum(r, 2)?,
            description: r.get(3)?,
            affected_groups: r.get(4)?,
            places: r.get(5)?,
            trend: get_enum(r, 6)?,
            priority: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn read_indicators(conn: &Connection, plan_id: &str) -> Result<Vec<Indicator>, StoreError> {
    let mut observations: HashMap<String, Vec<Observation>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT indicator_id, period, value, data_as_of, note, suppressed FROM observations \
         WHERE plan_id = ?1 ORDER BY indicator_id, position",
    )?;
    let mut rows = stmt.query([plan_id])?;
    while let Some(r) = rows.next()? {
        observations
            .entry(r.get(0)?)
            .or_default()
            .push(Observation {
                period: r.get(1)?,
                value: r.get(2)?,
                data_as_of: get_opt_date(r, 3)?,
                note: r.get(4)?,
                suppressed: r.get(5)?,
            });
    }
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, kind, unit, source, definition, direction FROM indicators \
         WHERE plan_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([plan_id], |r| {
        Ok(Indicator {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: get_enum(r, 2)?,
            unit: get_enum(r, 3)?,
            source: r.get(4)?,
            definition: r.get(5)?,
            direction: get_enum(r, 6)?,
            observations: Vec::new(),
        })
    })?;
    let mut indicators: Vec<Indicator> = rows.collect::<Result<_, _>>()?;
    for i in &mut indicators {
        i.observations = observations.remove(&i.id).unwrap_or_default();
    }
    Ok(indicators)
}

/// Runs a `(measure_id, …)` query for one plan and groups the rows by measure, keeping their order.
fn group_by_measure<T>(
    conn: &Connection,
    sql: &str,
    plan_id: &str,
    mut item: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<HashMap<String, Vec<T>>, StoreError> {
    let mut out: HashMap<String, Vec<T>> = HashMap::new();
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params![plan_id])?;
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(item(r)?);
    }
    Ok(out)
}

fn read_measures(conn: &Connection, plan_id: &str) -> Result<Vec<Measure>, StoreError> {
    let mut challenges = group_by_measure(
        conn,
        "SELECT measure_id, challenge_id FROM measure_challenges WHERE plan_id = ?1 ORDER BY measure_id, position",
        plan_id,
        |r| r.get::<_, String>(1),
    )?;
    let mut themes = group_by_measure(
        conn,
        "SELECT measure_id, theme FROM measure_themes WHERE plan_id = ?1 ORDER BY measure_id, position",
        plan_id,
        |r| get_enum::<CapitalCodeTheme>(r, 1),
    )?;
    let mut partners = group_by_measure(
        conn,
        "SELECT measure_id, partner_id, role FROM measure_partners WHERE plan_id = ?1 ORDER BY measure_id, position",
        plan_id,
        |r| Ok(MeasurePartner { partner_id: r.get(1)?, role: get_enum(r, 2)? }),
    )?;
    let mut follow_up = group_by_measure(
        conn,
        "SELECT measure_id, indicator_id, baseline, target, target_year FROM follow_up_targets \
         WHERE plan_id = ?1 ORDER BY measure_id, position",
        plan_id,
        |r| {
            Ok(FollowUpTarget {
                indicator_id: r.get(1)?,
                baseline: r.get(2)?,
                target: r.get(3)?,
                target_year: r.get(4)?,
            })
        },
    )?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, description, level, owner, target_group, area, start_date, end_date, status, \
         budget_amount, budget_currency, evidence_level, evidence_note, effect_term, effect_text \
         FROM measures WHERE plan_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([plan_id], |r| {
        let amount: Option<i64> = r.get(10)?;
        let currency: Option<String> = r.get(11)?;
        Ok(Measure {
            id: r.get(0)?,
            title: r.get(1)?,
            description: r.get(2)?,
            level: get_opt_enum(r, 3)?,
            challenge_ids: Vec::new(),
            themes: Vec::new(),
            owner: r.get(4)?,
            partners: Vec::new(),
            target_group: r.get(5)?,
            area: r.get(6)?,
            start: get_opt_date(r, 7)?,
            end: get_opt_date(r, 8)?,
            status: get_enum(r, 9)?,
            budget: amount
                .zip(currency)
                .map(|(amount, currency)| Budget { amount, currency }),
            evidence: Evidence {
                level: get_opt_enum(r, 12)?,
                note: r.get(13)?,
            },
            expected_effect: ExpectedEffect {
                term: get_opt_enum(r, 14)?,
                text: r.get(15)?,
            },
            follow_up: Vec::new(),
        })
    })?;
    let mut measures: Vec<Measure> = rows.collect::<Result<_, _>>()?;
    for m in &mut measures {
        m.challenge_ids = challenges.remove(&m.id).unwrap_or_default();
        m.themes = themes.remove(&m.id).unwrap_or_default();
        m.partners = partners.remove(&m.id).unwrap_or_default();
        m.follow_up = follow_up.remove(&m.id).unwrap_or_default();
    }
    Ok(measures)
}

/// The registry partners this plan's measures name, in the registry's order (by name).
fn read_used_partners(conn: &Connection, plan_id: &str) -> Result<Vec<Partner>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, partner_type, contact_role, notes FROM partners WHERE id IN \
         (SELECT partner_id FROM measure_partners WHERE plan_id = ?1) ORDER BY name, id",
    )?;
    let rows = stmt.query_map([plan_id], crate::registry::partner_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn read_responsibilities(
    conn: &Connection,
    plan_id: &str,
) -> Result<Vec<Responsibility>, StoreError> {
    let mut steps: HashMap<String, Vec<String>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT responsibility_id, text FROM responsibility_steps WHERE plan_id = ?1 ORDER BY responsibility_id, position",
    )?;
    let mut rows = stmt.query([plan_id])?;
    while let Some(r) = rows.next()? {
        steps.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT id, situation, who_acts, escalation FROM responsibilities WHERE plan_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([plan_id], |r| {
        Ok(Responsibility {
            id: r.get(0)?,
            situation: r.get(1)?,
            who_acts: r.get(2)?,
            steps: Vec::new(),
            escalation: r.get(3)?,
        })
    })?;
    let mut list: Vec<Responsibility> = rows.collect::<Result<_, _>>()?;
    for item in &mut list {
        item.steps = steps.remove(&item.id).unwrap_or_default();
    }
    Ok(list)
}

fn read_comments(conn: &Connection, plan_id: &str) -> Result<Vec<Comment>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, anchor_section, anchor_id, anchor_field, author_name, author_role, text, created_at, \
         parent_id, resolved, quote, suggestion_text, suggestion_state, resolved_by FROM comments \
         WHERE plan_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([plan_id], |r| {
        Ok(Comment {
            id: r.get(0)?,
            anchor: ItemRef {
                section: get_enum(r, 1)?,
                id: r.get(2)?,
                field: r.get(3)?,
            },
            author_name: r.get(4)?,
            author_role: r.get(5)?,
            text: r.get(6)?,
            created_at: r.get(7)?,
            parent_id: r.get(8)?,
            resolved: r.get(9)?,
            quote: r.get(10)?,
            suggestion: match (r.get::<_, Option<String>>(11)?, get_opt_enum(r, 12)?) {
                (Some(text), Some(state)) => Some(Suggestion { text, state }),
                _ => None,
            },
            resolved_by: r.get(13)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
