//! Writing the items a plan holds ([`PlanItem`]: challenges, indicators with their observations,
//! measures with their links, responsibilities and comments). Each save or delete is one transaction
//! that first claims the plan's next revision, so a stale window cannot overwrite newer work.
//! A new item is appended; an existing one keeps its place.

mod rows;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use safeplan_model::validate::*;
use safeplan_model::*;

use crate::plans::bump_revision;
use crate::registry::partner_exists;
use crate::{Store, StoreError};

pub(crate) use rows::{
    upsert_challenge, upsert_comment, upsert_indicator, upsert_measure, upsert_responsibility,
};

fn exists_in_plan(
    conn: &Connection,
    table: &str,
    plan_id: &str,
    id: &str,
) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT 1 FROM {table} WHERE plan_id = ?1 AND id = ?2"
        ))?
        .exists([plan_id, id])?)
}

/// What only the database can tell about a measure: that the challenges, partners and indicators it
/// names exist (in this plan, or in the registry). Duplicates and numbers were already checked by
/// `validate_measure`, which every caller runs first.
fn check_measure_refs(conn: &Connection, plan_id: &str, m: &Measure) -> Result<(), StoreError> {
    for (n, c) in m.challenge_ids.iter().enumerate() {
        if !exists_in_plan(conn, "challenges", plan_id, c)? {
            return Err(StoreError::invalid(
                format!("challenge_ids[{n}]"),
                format!("there is no challenge \"{c}\" in this plan"),
            ));
        }
    }
    for (n, p) in m.partners.iter().enumerate() {
        if !partner_exists(conn, &p.partner_id)? {
            return Err(StoreError::invalid(
                format!("partners[{n}].partner_id"),
                format!("there is no partner \"{}\" in the registry", p.partner_id),
            ));
        }
    }
    for (n, f) in m.follow_up.iter().enumerate() {
        if !exists_in_plan(conn, "indicators", plan_id, &f.indicator_id)? {
            return Err(StoreError::invalid(
                format!("follow_up[{n}].indicator_id"),
                format!("there is no indicator \"{}\" in this plan", f.indicator_id),
            ));
        }
    }
    Ok(())
}

/// The titles of the measures in a plan that name `id` through `link_table.column`.
fn measures_naming(
    conn: &Connection,
    link_table: &str,
    column: &str,
    plan_id: &str,
    id: &str,
) -> Result<Vec<String>, StoreError> {
    let sql = format!(
        "SELECT DISTINCT m.title, m.position FROM {link_table} l JOIN measures m ON m.plan_id = l.plan_id AND m.id = l.measure_id \
         WHERE l.plan_id = ?1 AND l.{column} = ?2 ORDER BY m.position"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([plan_id, id], |r| {
        r.get::<_, String>(0)
            .map(|t| format!("the measure \"{t}\""))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Store {
    /// Runs one plan write: claims the next revision, then `write`, all in one transaction.
    pub(crate) fn write_plan(
        &mut self,
        plan_id: &str,
        expected_revision: i64,
        write: impl FnOnce(&Transaction<'_>) -> Result<(), StoreError>,
    ) -> Result<i64, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let revision = bump_revision(&tx, plan_id, expected_revision)?;
        write(&tx)?;
        tx.commit()?;
        Ok(revision)
    }

    /// Saves one item of a plan (a new id is appended, an existing one keeps its place), after the
    /// model's validation and the checks only the database can make (what the item refers to
    /// exists). A measure's, an indicator's or a routine's child rows are replaced as a whole.
    pub fn save_item(
        &mut self,
        plan_id: &str,
        expected_revision: i64,
        item: &PlanItem,
    ) -> Result<i64, StoreError> {
        validate_item(item)?;
        self.write_plan(plan_id, expected_revision, |tx| {
            write_item(tx, plan_id, item)
        })
    }

    /// Deletes one item. A challenge a measure answers, or an indicator a measure follows up with,
    /// is refused (`in_use`, naming the measures): unlink it there first. A comment goes with its
    /// replies.
    pub fn delete_item(
        &mut self,
        plan_id: &str,
        expected_revision: i64,
        kind: ItemKind,
        id: &str,
    ) -> Result<i64, StoreError> {
        let guard = match kind {
            ItemKind::Challenge => Some(("measure_challenges", "challenge_id")),
            ItemKind::Indicator => Some(("follow_up_targets", "indicator_id")),
            ItemKind::Measure | ItemKind::Responsibility | ItemKind::Comment => None,
        };
        let (table, what) = (kind.list(), kind.key());
        self.write_plan(plan_id, expected_revision, |tx| {
            if let Some((link_table, column)) = guard {
                let used_by = measures_naming(tx, link_table, column, plan_id, id)?;
                if !used_by.is_empty() {
                    return Err(StoreError::InUse {
                        what,
                        key: id.to_string(),
                        used_by,
                    });
                }
            }
            let n = tx
                .prepare_cached(&format!(
                    "DELETE FROM {table} WHERE plan_id = ?1 AND id = ?2"
                ))?
                .execute([plan_id, id])?;
            if n == 0 {
                return Err(StoreError::not_found(what, id));
            }
            Ok(())
        })
    }
}

pub(crate) fn validate_item(item: &PlanItem) -> Result<(), StoreError> {
    match item {
        PlanItem::Challenge(c) => validate_challenge(c)?,
        PlanItem::Indicator(i) => validate_indicator(i)?,
        PlanItem::Measure(m) => validate_measure(m)?,
        PlanItem::Responsibility(r) => validate_responsibility(r)?,
        PlanItem::Comment(c) => validate_comment(c)?,
    }
    Ok(())
}

/// Writes one validated item, after the checks only the database can make.
pub(crate) fn write_item(
    tx: &Transaction<'_>,
    plan_id: &str,
    item: &PlanItem,
) -> Result<(), StoreError> {
    match item {
        PlanItem::Challenge(c) => upsert_challenge(tx, plan_id, c, None),
        PlanItem::Indicator(i) => upsert_indicator(tx, plan_id, i, None),
        PlanItem::Measure(m) => {
            check_measure_refs(tx, plan_id, m)?;
            upsert_measure(tx, plan_id, m, None)
        }
        PlanItem::Responsibility(r) => upsert_responsibility(tx, plan_id, r, None),
        PlanItem::Comment(c) => {
            check_comment_parent(tx, plan_id, c)?;
            upsert_comment(tx, plan_id, c, None)
        }
    }
}

/// A reply must answer another comment of the same plan.
fn check_comment_parent(conn: &Connection, plan_id: &str, c: &Comment) -> Result<(), StoreError> {
    if let Some(parent) = &c.parent_id {
        if parent == &c.id || !exists_in_plan(conn, "comments", plan_id, parent)? {
            return Err(StoreError::invalid(
                "parent_id",
                format!("there is no other comment \"{parent}\" in this plan"),
            ));
        }
    }
    Ok(())
}
