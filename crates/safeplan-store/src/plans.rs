//! Plans: listing, finding by id or slug, creating, editing the plan's own fields, moving it
//! through its statuses, deleting. Also the revision counter every write to a plan goes through.

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use safeplan_model::validate::validate_plan;
use safeplan_model::{Plan, PlanDocument, PlanStatus};

use crate::codec::{get_enum, opt_date, Key};
use crate::error::explain_constraint;
use crate::load::{read_document, read_plan, read_plans};
use crate::registry::unit_exists;
use crate::revisions::{write_snapshot, Signature};
use crate::{Store, StoreError};

/// Claims the next revision of a plan, or fails: `Stale` when someone else wrote since the caller
/// read `expected`, `NotFound` when the plan is gone. Must be the first write of the transaction
/// so that nothing else is written on a stale basis.
pub(crate) fn bump_revision(
    tx: &Transaction<'_>,
    plan_id: &str,
    expected: i64,
) -> Result<i64, StoreError> {
    let changed = tx
        .prepare_cached("UPDATE plans SET revision = revision + 1 WHERE id = ?1 AND revision = ?2")?
        .execute(params![plan_id, expected])?;
    if changed == 1 {
        return Ok(expected + 1);
    }
    match plan_revision(tx, plan_id)? {
        Some(actual) => Err(StoreError::Stale {
            plan_id: plan_id.to_string(),
            expected,
            actual,
        }),
        None => Err(StoreError::not_found("plan", plan_id)),
    }
}

pub(crate) fn plan_revision(conn: &Connection, plan_id: &str) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT revision FROM plans WHERE id = ?1")?
        .query_row([plan_id], |r| r.get(0))
        .optional()?)
}

/// The id of the plan that holds `slug`, if any.
pub(crate) fn plan_with_slug(conn: &Connection, slug: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT id FROM plans WHERE slug = ?1")?
        .query_row([slug], |r| r.get(0))
        .optional()?)
}

/// The checks on a plan's own fields only the database can answer, so they fail with the field's
/// name rather than as a bare constraint error.
fn check_plan_refs(conn: &Connection, plan: &Plan) -> Result<(), StoreError> {
    if let Some(unit_id) = &plan.unit_id {
        if !unit_exists(conn, unit_id)? {
            return Err(StoreError::invalid(
                "unit_id",
                format!("there is no unit \"{unit_id}\""),
            ));
        }
    }
    if let Some(other) = plan_with_slug(conn, &plan.slug)? {
        if other != plan.id {
            return Err(StoreError::invalid(
                "slug",
                format!("\"{}\" is already used by another plan", plan.slug),
            ));
        }
    }
    Ok(())
}

/// Inserts the plan row with the given revision, and its team and terms.
pub(crate) fn insert_plan(
    tx: &Transaction<'_>,
    plan: &Plan,
    revision: i64,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO plans (id, slug, unit_id, title, period_from, period_to, status, language, template, \
         decision_body, adoption_date, revision, extent, consequences, cause_analysis, risk_factors, \
         protective_factors, sources_and_method, follow_up_when, follow_up_how, follow_up_by_whom, follow_up_reported_to) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
    )?
    .execute(params![
        plan.id,
        plan.slug,
        plan.unit_id,
        plan.title,
        plan.period.map(|p| p.from_year),
        plan.period.map(|p| p.to_year),
        Key(plan.status),
        Key(plan.language),
        plan.template,
        plan.decision_body,
        opt_date(&plan.adoption_date),
        revision,
        plan.lagesbild.extent,
        plan.lagesbild.consequences,
        plan.lagesbild.cause_analysis,
        plan.lagesbild.risk_factors,
        plan.lagesbild.protective_factors,
        plan.lagesbild.sources_and_method,
        plan.follow_up.when,
        plan.follow_up.how,
        plan.follow_up.by_whom,
        plan.follow_up.reported_to,
    ])
    .map_err(explain_constraint)?;
    write_team_and_terms(tx, plan)
}

/// Writes the plan's own fields (not its status, not its revision), after the checks only the
/// database can make.
pub(crate) fn write_plan_fields(tx: &Transaction<'_>, plan: &Plan) -> Result<(), StoreError> {
    check_plan_refs(tx, plan)?;
    tx.prepare_cached(
        "UPDATE plans SET slug = ?2, unit_id = ?3, title = ?4, period_from = ?5, period_to = ?6, language = ?7, \
         template = ?8, decision_body = ?9, adoption_date = ?10, extent = ?11, consequences = ?12, \
         cause_analysis = ?13, risk_factors = ?14, protective_factors = ?15, sources_and_method = ?16, \
         follow_up_when = ?17, follow_up_how = ?18, follow_up_by_whom = ?19, follow_up_reported_to = ?20 \
         WHERE id = ?1",
    )?
    .execute(params![
        plan.id,
        plan.slug,
        plan.unit_id,
        plan.title,
        plan.period.map(|p| p.from_year),
        plan.period.map(|p| p.to_year),
        Key(plan.language),
        plan.template,
        plan.decision_body,
        opt_date(&plan.adoption_date),
        plan.lagesbild.extent,
        plan.lagesbild.consequences,
        plan.lagesbild.cause_analysis,
        plan.lagesbild.risk_factors,
        plan.lagesbild.protective_factors,
        plan.lagesbild.sources_and_method,
        plan.follow_up.when,
        plan.follow_up.how,
        plan.follow_up.by_whom,
        plan.follow_up.reported_to,
    ])
    .map_err(explain_constraint)?;
    write_team_and_terms(tx, plan)
}

fn write_team_and_terms(tx: &Transaction<'_>, plan: &Plan) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM team_members WHERE plan_id = ?1")?
        .execute([&plan.id])?;
    tx.prepare_cached("DELETE FROM terms WHERE plan_id = ?1")?
        .execute([&plan.id])?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO team_members (plan_id, position, name, role) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, m) in plan.team.iter().enumerate() {
        stmt.execute(params![plan.id, i as i64, m.name, m.role])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO terms (plan_id, position, term, definition) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, t) in plan.terms.iter().enumerate() {
        stmt.execute(params![plan.id, i as i64, t.term, t.definition])?;
    }
    Ok(())
}

impl Store {
    /// Every plan's own fields, by title.
    pub fn plans(&self) -> Result<Vec<Plan>, StoreError> {
        read_plans(&self.conn)
    }

    /// The id of the plan whose id or slug is `id_or_slug`.
    pub fn resolve_plan(&self, id_or_slug: &str) -> Result<String, StoreError> {
        if plan_revision(&self.conn, id_or_slug)?.is_some() {
            return Ok(id_or_slug.to_string());
        }
        plan_with_slug(&self.conn, id_or_slug)?
            .ok_or_else(|| StoreError::not_found("plan", id_or_slug))
    }

    /// The plan and everything it holds, each list in its stored order; `partners` are the
    /// registry entries its measures name.
    pub fn load_document(&self, plan_id: &str) -> Result<PlanDocument, StoreError> {
        // One read transaction: a save from another window cannot land between the queries and
        // leave, say, a measure pointing at a challenge this read did not see.
        let tx = self.conn.unchecked_transaction()?;
        let doc = read_document(&tx, plan_id)?;
        tx.finish()?;
        Ok(doc)
    }

    /// Stores a new plan with the revision it carries (normally 0). Its items are added one by one
    /// afterwards, or all at once by [`Store::import_document`].
    pub fn create_plan(&mut self, plan: &Plan) -> Result<(), StoreError> {
        validate_plan(plan)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if plan_revision(&tx, &plan.id)?.is_some() {
            return Err(StoreError::invalid(
                "id",
                format!("a plan with id \"{}\" already exists", plan.id),
            ));
        }
        check_plan_refs(&tx, plan)?;
        insert_plan(&tx, plan, plan.revision)?;
        tx.commit()?;
        Ok(())
    }

    /// Saves the plan's own fields (not its status: see [`Store::set_status`]; not its revision).
    /// Returns the new revision.
    pub fn update_plan(&mut self, expected_revision: i64, plan: &Plan) -> Result<i64, StoreError> {
        validate_plan(plan)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let revision = bump_revision(&tx, &plan.id, expected_revision)?;
        write_plan_fields(&tx, plan)?;
        tx.commit()?;
        Ok(revision)
    }

    /// The plan's status now: what decides whether it may be edited.
    pub fn plan_status(&self, plan_id: &str) -> Result<PlanStatus, StoreError> {
        self.conn
            .prepare_cached("SELECT status FROM plans WHERE id = ?1")?
            .query_row([plan_id], |r| get_enum(r, 0))
            .optional()?
            .ok_or_else(|| StoreError::not_found("plan", plan_id))
    }

    /// Moves the plan to `status` if [`PlanStatus::can_move_to`] allows it, and in the same
    /// transaction writes the next numbered revision: the document as it is after the change,
    /// signed with who moved it, when and why. Whether the signer's role may make the move is
    /// core's rule.
    pub fn set_status(
        &mut self,
        plan_id: &str,
        expected_revision: i64,
        status: PlanStatus,
        signed: &Signature<'_>,
    ) -> Result<i64, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let revision = bump_revision(&tx, plan_id, expected_revision)?;
        move_status(&tx, plan_id, status, signed)?;
        tx.commit()?;
        Ok(revision)
    }

    /// Deletes the plan with everything it holds, its comments and its revisions. The unit and
    /// the registry partners stay.
    pub fn delete_plan(&mut self, plan_id: &str) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        delete_plan_rows(&tx, plan_id)?;
        tx.commit()?;
        Ok(())
    }
}

/// Moves the plan to `status` within an open transaction that has claimed its revision, and
/// snapshots the document as it is then, signed.
pub(crate) fn move_status(
    tx: &Transaction<'_>,
    plan_id: &str,
    status: PlanStatus,
    signed: &Signature<'_>,
) -> Result<(), StoreError> {
    let from = read_plan(tx, plan_id)?.status;
    if !from.can_move_to(status) {
        return Err(StoreError::InvalidTransition { from, to: status });
    }
    tx.prepare_cached("UPDATE plans SET status = ?2 WHERE id = ?1")?
        .execute(params![plan_id, Key(status)])?;
    let doc = read_document(tx, plan_id)?;
    write_snapshot(tx, &doc, signed)?;
    Ok(())
}

/// Deletes a plan and everything it holds. The order matters: measure links point at challenges
/// and indicators without a cascade (so that deleting one of those alone is refused), so measures
/// go first.
pub(crate) fn delete_plan_rows(tx: &Transaction<'_>, plan_id: &str) -> Result<(), StoreError> {
    if plan_revision(tx, plan_id)?.is_none() {
        return Err(StoreError::not_found("plan", plan_id));
    }
    tx.prepare_cached("DELETE FROM measures WHERE plan_id = ?1")?
        .execute([plan_id])?;
    tx.prepare_cached("DELETE FROM comments WHERE plan_id = ?1 AND parent_id IS NULL")?
        .execute([plan_id])?;
    tx.prepare_cached("DELETE FROM plans WHERE id = ?1")?
        .execute([plan_id])?;
    Ok(())
}
