//! Storing a package's plan: all or nothing. Every check runs before the transaction opens, and
//! the writes run in one transaction, so a refused import leaves the database as it was.

use rusqlite::{Transaction, TransactionBehavior};
use safeplan_model::validate::{validate_partner, validate_unit};
use safeplan_model::{Partner, PlanDocument, Revision, Unit};

use super::copy::make_copy;
use super::gather::comments_written_here;
use super::parse::{check_document, parse_package};
use super::seen::loses_edits_here;
use super::{ImportMode, Imported};
use crate::items::{
    upsert_challenge, upsert_comment, upsert_indicator, upsert_measure, upsert_responsibility,
};
use crate::load::{read_document, read_plan};
use crate::plans::{delete_plan_rows, insert_plan, plan_revision, plan_with_slug};
use crate::registry::{partner_exists, unit_exists, upsert_partner, upsert_unit};
use crate::revisions::insert_revision;
use crate::{Store, StoreError};

impl Store {
    /// Imports a `.safeplan` package (see docs/plan-package.md). Refused, with the database
    /// unchanged, when the file is too large, broken, of another format or a newer schema, fails
    /// validation, or names things it does not hold; `mode` decides what happens when the plan
    /// is already here.
    pub fn import_package(
        &mut self,
        bytes: &[u8],
        mode: ImportMode,
    ) -> Result<Imported, StoreError> {
        let package = parse_package(bytes)?;
        let (doc, revisions) = package.into_parts();
        self.import_document(&doc, &revisions, mode)
    }

    /// Stores a whole document with its history, as an import does (the demo loader uses this).
    /// The unit and partners are matched by id: inserted when missing, and an existing registry
    /// entry is kept as it is, because other plans share it.
    pub fn import_document(
        &mut self,
        doc: &PlanDocument,
        revisions: &[Revision],
        mode: ImportMode,
    ) -> Result<Imported, StoreError> {
        check_document(doc, revisions)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let imported = import_in(&tx, doc, revisions, mode)?;
        tx.commit()?;
        Ok(imported)
    }

    /// Stores a whole city in one transaction: its units and registry partners (inserted or
    /// updated), then every plan with its history. With `replace`, a plan already here under the
    /// same id is deleted first, whatever its revision; without it, such a plan refuses the load.
    /// Either everything is stored or nothing is.
    pub fn import_city(
        &mut self,
        units: &[Unit],
        partners: &[Partner],
        plans: &[(PlanDocument, Vec<Revision>)],
        replace: bool,
    ) -> Result<Vec<Imported>, StoreError> {
        for unit in units {
            validate_unit(unit)?;
        }
        for partner in partners {
            validate_partner(partner)?;
        }
        for (doc, revisions) in plans {
            check_document(doc, revisions)?;
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for unit in units {
            upsert_unit(&tx, unit)?;
        }
        for partner in partners {
            upsert_partner(&tx, partner)?;
        }
        let mut imported = Vec::with_capacity(plans.len());
        for (doc, revisions) in plans {
            if replace && plan_revision(&tx, &doc.plan.id)?.is_some() {
                delete_plan_rows(&tx, &doc.plan.id)?;
            }
            imported.push(import_in(&tx, doc, revisions, ImportMode::Refuse)?);
        }
        tx.commit()?;
        Ok(imported)
    }
}

/// One checked document into an open transaction, following `mode`.
pub(super) fn import_in(
    tx: &Transaction<'_>,
    doc: &PlanDocument,
    revisions: &[Revision],
    mode: ImportMode,
) -> Result<Imported, StoreError> {
    let mut doc = doc.clone();
    let mut revisions = revisions.to_vec();
    let revision = match mode {
        ImportMode::AsCopy => {
            make_copy(&mut doc, &mut revisions, |slug| {
                Ok(plan_with_slug(tx, slug)?.is_some())
            })?;
            doc.plan.revision
        }
        ImportMode::Refuse => {
            if plan_revision(tx, &doc.plan.id)?.is_some() {
                let here = read_plan(tx, &doc.plan.id)?;
                return Err(StoreError::PlanExists {
                    plan_id: here.id,
                    slug: here.slug,
                    title: here.title,
                });
            }
            check_slug_free(tx, &doc)?;
            doc.plan.revision
        }
        ImportMode::Replace => {
            let revision = match plan_revision(tx, &doc.plan.id)? {
                Some(revision_here) => {
                    let here = read_document(tx, &doc.plan.id)?;
                    // The database holds edits the package has not seen: replacing would lose them.
                    if loses_edits_here(revision_here, &here, &doc, &revisions) {
                        return Err(StoreError::UnseenEdits {
                            title: here.plan.title,
                            here: revision_here,
                            package: doc.plan.revision,
                        });
                    }
                    // Comments written here (a reviewer's, the city's) are not in the unit's
                    // package: they come along into the replacement, as in gathering.
                    let kept = comments_written_here(&here.comments, &doc.comments);
                    doc.comments.extend(kept);
                    delete_plan_rows(tx, &doc.plan.id)?;
                    // Past anything an open window holds, so its next save is refused as stale.
                    doc.plan.revision.max(revision_here + 1)
                }
                None => doc.plan.revision,
            };
            check_slug_free(tx, &doc)?;
            revision
        }
    };
    write_document(tx, &doc, &revisions, revision)?;
    Ok(Imported {
        plan_id: doc.plan.id,
        slug: doc.plan.slug,
        title: doc.plan.title,
    })
}

pub(super) fn check_slug_free(tx: &Transaction<'_>, doc: &PlanDocument) -> Result<(), StoreError> {
    match plan_with_slug(tx, &doc.plan.slug)? {
        Some(other) if other != doc.plan.id => {
            let title = read_plan(tx, &other)?.title;
            Err(StoreError::bad_package(
                "plan.slug",
                format!("\"{}\" is already used by the plan \"{title}\"; import with --as-copy to keep both", doc.plan.slug),
            ))
        }
        _ => Ok(()),
    }
}

pub(super) fn write_document(
    tx: &Transaction<'_>,
    doc: &PlanDocument,
    revisions: &[Revision],
    revision: i64,
) -> Result<(), StoreError> {
    if let Some(unit) = &doc.unit {
        if !unit_exists(tx, &unit.id)? {
            upsert_unit(tx, unit)?;
        }
    }
    for p in &doc.partners {
        if !partner_exists(tx, &p.id)? {
            upsert_partner(tx, p)?;
        }
    }
    let plan_id = doc.plan.id.as_str();
    insert_plan(tx, &doc.plan, revision)?;
    for (n, c) in doc.challenges.iter().enumerate() {
        upsert_challenge(tx, plan_id, c, Some(n as i64))?;
    }
    for (n, i) in doc.indicators.iter().enumerate() {
        upsert_indicator(tx, plan_id, i, Some(n as i64))?;
    }
    for (n, m) in doc.measures.iter().enumerate() {
        upsert_measure(tx, plan_id, m, Some(n as i64))?;
    }
    for (n, r) in doc.responsibilities.iter().enumerate() {
        upsert_responsibility(tx, plan_id, r, Some(n as i64))?;
    }
    // A reply may come before the comment it answers in the list; the foreign key is checked at
    // the end of each statement, so insert parents first and keep the list's order in `position`.
    let mut pending: Vec<(usize, &safeplan_model::Comment)> =
        doc.comments.iter().enumerate().collect();
    let mut stored = std::collections::HashSet::new();
    while !pending.is_empty() {
        let before = pending.len();
        let mut rest = Vec::new();
        for (n, c) in pending {
            let ready = match &c.parent_id {
                None => true,
                Some(parent) => stored.contains(parent.as_str()),
            };
            if ready {
                upsert_comment(tx, plan_id, c, Some(n as i64))?;
                stored.insert(c.id.as_str());
            } else {
                rest.push((n, c));
            }
        }
        if rest.len() == before {
            // Only a cycle of replies gets here; validation has already refused dangling parents.
            let (n, c) = rest[0];
            return Err(StoreError::bad_package(
                format!("comments[{n}].parent_id"),
                format!(
                    "the replies starting at comment \"{}\" answer each other in a circle",
                    c.id
                ),
            ));
        }
        pending = rest;
    }
    for r in revisions {
        insert_revision(tx, plan_id, r)?;
    }
    Ok(())
}
