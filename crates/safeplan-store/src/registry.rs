//! The city's registries, shared by all its plans: units (districts and departments) and
//! partners. They carry no revision counter: they are edited rarely and from one place, and a
//! plan's stale-write protection covers the plans that use them.

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use safeplan_model::validate::{validate_partner, validate_unit};
use safeplan_model::{Partner, PartnerUse, Unit};

use crate::codec::{get_enum, Key};
use crate::error::explain_constraint;
use crate::{Store, StoreError};

pub(crate) fn unit_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Unit> {
    Ok(Unit {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: get_enum(r, 2)?,
        city: r.get(3)?,
    })
}

pub(crate) fn partner_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: r.get(0)?,
        name: r.get(1)?,
        partner_type: get_enum(r, 2)?,
        contact_role: r.get(3)?,
        notes: r.get(4)?,
    })
}

pub(crate) fn read_unit(conn: &Connection, id: &str) -> Result<Unit, StoreError> {
    conn.prepare_cached("SELECT id, name, kind, city FROM units WHERE id = ?1")?
        .query_row([id], unit_from_row)
        .optional()?
        .ok_or_else(|| StoreError::not_found("unit", id))
}

pub(crate) fn unit_exists(conn: &Connection, id: &str) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM units WHERE id = ?1")?
        .exists([id])?)
}

pub(crate) fn partner_exists(conn: &Connection, id: &str) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM partners WHERE id = ?1")?
        .exists([id])?)
}

pub(crate) fn upsert_unit(conn: &Connection, u: &Unit) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO units (id, name, kind, city) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, city = excluded.city",
    )?
    .execute(params![u.id, u.name, Key(u.kind), u.city])
    .map_err(explain_constraint)?;
    Ok(())
}

pub(crate) fn upsert_partner(conn: &Connection, p: &Partner) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO partners (id, name, partner_type, contact_role, notes) VALUES (?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, partner_type = excluded.partner_type, \
         contact_role = excluded.contact_role, notes = excluded.notes",
    )?
    .execute(params![p.id, p.name, Key(p.partner_type), p.contact_role, p.notes])
    .map_err(explain_constraint)?;
    Ok(())
}

fn partner_usage(conn: &Connection, partner_id: &str) -> Result<Vec<PartnerUse>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.title, m.id, m.title, mp.role FROM measure_partners mp \
         JOIN measures m ON m.plan_id = mp.plan_id AND m.id = mp.measure_id \
         JOIN plans p ON p.id = mp.plan_id \
         WHERE mp.partner_id = ?1 ORDER BY p.title, p.id, m.position",
    )?;
    let rows = stmt.query_map([partner_id], |r| {
        Ok(PartnerUse {
            plan_id: r.get(0)?,
            plan_title: r.get(1)?,
            measure_id: r.get(2)?,
            measure_title: r.get(3)?,
            role: get_enum(r, 4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Store {
    /// Every unit, by city and name.
    pub fn units(&self) -> Result<Vec<Unit>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, kind, city FROM units ORDER BY city, name, id")?;
        let rows = stmt.query_map([], unit_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts the unit, or updates the one with its id.
    pub fn save_unit(&mut self, unit: &Unit) -> Result<(), StoreError> {
        validate_unit(unit)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        upsert_unit(&tx, unit)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a unit; refused while a plan belongs to it.
    pub fn delete_unit(&mut self, id: &str) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if !unit_exists(&tx, id)? {
            return Err(StoreError::not_found("unit", id));
        }
        let used_by: Vec<String> = tx
            .prepare_cached("SELECT title FROM plans WHERE unit_id = ?1 ORDER BY title")?
            .query_map([id], |r| {
                r.get::<_, String>(0).map(|t| format!("the plan \"{t}\""))
            })?
            .collect::<Result<_, _>>()?;
        if !used_by.is_empty() {
            return Err(StoreError::InUse {
                what: "unit",
                key: id.to_string(),
                used_by,
            });
        }
        tx.execute("DELETE FROM units WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }

    /// The city's partner registry, by name.
    pub fn partners(&self) -> Result<Vec<Partner>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, partner_type, contact_role, notes FROM partners ORDER BY name, id",
        )?;
        let rows = stmt.query_map([], partner_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts the partner, or updates the one with its id.
    pub fn save_partner(&mut self, p: &Partner) -> Result<(), StoreError> {
        validate_partner(p)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        upsert_partner(&tx, p)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a registry partner; refused while any measure of any plan names it.
    pub fn delete_partner(&mut self, id: &str) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if !partner_exists(&tx, id)? {
            return Err(StoreError::not_found("partner", id));
        }
        let uses = partner_usage(&tx, id)?;
        if !uses.is_empty() {
            let used_by = uses
                .iter()
                .map(|u| {
                    format!(
                        "the measure \"{}\" in \"{}\"",
                        u.measure_title, u.plan_title
                    )
                })
                .collect();
            return Err(StoreError::InUse {
                what: "partner",
                key: id.to_string(),
                used_by,
            });
        }
        tx.execute("DELETE FROM partners WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }

    /// Where a partner is used: each measure that names it, in any plan, with its role there.
    pub fn partner_usage(&self, partner_id: &str) -> Result<Vec<PartnerUse>, StoreError> {
        partner_usage(&self.conn, partner_id)
    }
}
