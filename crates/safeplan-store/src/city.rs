//! The city executive office's catalogues and remembered links: city partners with the units'
//! registry partners linked to them, city indicators with the plans' indicators linked to them,
//! and the last status change of every plan (for the city's table of plans). A link is made
//! once and kept: re-gathering a plan does not lose it.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use safeplan_model::{CityIndicator, CityPartner, IndicatorLink, PartnerLink};

use crate::codec::{get_enum, Key};
use crate::registry::partner_exists;
use crate::{Store, StoreError};

fn city_partner_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CityPartner> {
    Ok(CityPartner {
        id: r.get(0)?,
        name: r.get(1)?,
        partner_type: get_enum(r, 2)?,
    })
}

fn city_indicator_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CityIndicator> {
    Ok(CityIndicator {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: get_enum(r, 2)?,
        unit: get_enum(r, 3)?,
        direction: get_enum(r, 4)?,
    })
}

fn city_partner_named(conn: &Connection, name: &str) -> Result<Option<CityPartner>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT id, name, partner_type FROM city_partners WHERE name = ?1")?
        .query_row([name], city_partner_from_row)
        .optional()?)
}

fn city_indicator_named(
    conn: &Connection,
    name: &str,
) -> Result<Option<CityIndicator>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, kind, unit, direction FROM city_indicators WHERE name = ?1",
        )?
        .query_row([name], city_indicator_from_row)
        .optional()?)
}

impl Store {
    /// The city partners, by name.
    pub fn city_partners(&self) -> Result<Vec<CityPartner>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, partner_type FROM city_partners ORDER BY name, id")?;
        let rows = stmt.query_map([], city_partner_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn partner_links(&self) -> Result<Vec<PartnerLink>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT partner_id, city_partner_id FROM city_partner_links ORDER BY partner_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PartnerLink {
                partner_id: r.get(0)?,
                city_partner_id: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Links a registry partner to the city partner named `city.name`, which is made (with
    /// `city`'s id and type) when the city has none of that name yet. Returns the city partner
    /// linked to. A partner already linked elsewhere is moved.
    pub fn link_partner(
        &mut self,
        partner_id: &str,
        city: &CityPartner,
    ) -> Result<CityPartner, StoreError> {
        let name = city.name.trim();
        if name.is_empty() {
            return Err(StoreError::invalid("name", "a city partner needs a name"));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if !partner_exists(&tx, partner_id)? {
            return Err(StoreError::not_found("partner", partner_id));
        }
        let linked = match city_partner_named(&tx, name)? {
            Some(existing) => existing,
            None => {
                tx.prepare_cached(
                    "INSERT INTO city_partners (id, name, partner_type) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![city.id, name, Key(city.partner_type)])?;
                CityPartner {
                    id: city.id.clone(),
                    name: name.to_string(),
                    partner_type: city.partner_type,
                }
            }
        };
        tx.prepare_cached(
            "INSERT INTO city_partner_links (partner_id, city_partner_id) VALUES (?1, ?2) \
             ON CONFLICT (partner_id) DO UPDATE SET city_partner_id = excluded.city_partner_id",
        )?
        .execute(params![partner_id, linked.id])?;
        tx.commit()?;
        Ok(linked)
    }

    /// The city indicators, by name.
    pub fn city_indicators(&self) -> Result<Vec<CityIndicator>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, kind, unit, direction FROM city_indicators ORDER BY name, id",
        )?;
        let rows = stmt.query_map([], city_indicator_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn indicator_links(&self) -> Result<Vec<IndicatorLink>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT plan_id, indicator_id, city_indicator_id FROM city_indicator_links \
             ORDER BY plan_id, indicator_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(IndicatorLink {
                plan_id: r.get(0)?,
                indicator_id: r.get(1)?,
                city_indicator_id: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Links a plan's indicator to the city indicator named `city.name`, made from `city` when
    /// there is none of that name. Refused when the plan has no such indicator, or when the city
    /// indicator counts in another kind, unit or direction than the plan's indicator: their
    /// figures could not stand side by side.
    pub fn link_indicator(
        &mut self,
        plan_id: &str,
        indicator_id: &str,
        city: &CityIndicator,
    ) -> Result<CityIndicator, StoreError> {
        let name = city.name.trim();
        if name.is_empty() {
            return Err(StoreError::invalid("name", "a city indicator needs a name"));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: Option<(String, String, String)> = tx
            .prepare_cached(
                "SELECT kind, unit, direction FROM indicators WHERE plan_id = ?1 AND id = ?2",
            )?
            .query_row([plan_id, indicator_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        let Some((kind, unit, direction)) = found else {
            return Err(StoreError::not_found("indicator", indicator_id));
        };
        let linked = match city_indicator_named(&tx, name)? {
            Some(existing) => existing,
            None => {
                tx.prepare_cached(
                    "INSERT INTO city_indicators (id, name, kind, unit, direction) \
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    city.id,
                    name,
                    Key(city.kind),
                    Key(city.unit),
                    Key(city.direction)
                ])?;
                CityIndicator {
                    name: name.to_string(),
                    ..city.clone()
                }
            }
        };
        let differs = [
            ("kind", kind.as_str(), linked.kind.key()),
            ("unit", unit.as_str(), linked.unit.key()),
            ("direction", direction.as_str(), linked.direction.key()),
        ]
        .into_iter()
        .find(|(_, here, there)| here != there);
        if let Some((field, here, there)) = differs {
            return Err(StoreError::invalid(
                field,
                format!(
                    "the indicator \"{indicator_id}\" has {field} \"{here}\" but the city indicator \"{}\" has \"{there}\"; only indicators of the same kind, unit and direction can be linked",
                    linked.name
                ),
            ));
        }
        tx.prepare_cached(
            "INSERT INTO city_indicator_links (plan_id, indicator_id, city_indicator_id) \
             VALUES (?1, ?2, ?3) ON CONFLICT (plan_id, indicator_id) \
             DO UPDATE SET city_indicator_id = excluded.city_indicator_id",
        )?
        .execute(params![plan_id, indicator_id, linked.id])?;
        tx.commit()?;
        Ok(linked)
    }

    /// Forgets a registry partner's link to its city partner. The city partner stays in the
    /// catalogue for other units' partners. Returns whether there was a link.
    pub fn unlink_partner(&mut self, partner_id: &str) -> Result<bool, StoreError> {
        let n = self
            .conn
            .prepare_cached("DELETE FROM city_partner_links WHERE partner_id = ?1")?
            .execute([partner_id])?;
        Ok(n > 0)
    }

    /// Forgets a plan indicator's link to its city indicator. Returns whether there was a link.
    pub fn unlink_indicator(
        &mut self,
        plan_id: &str,
        indicator_id: &str,
    ) -> Result<bool, StoreError> {
        let n = self
            .conn
            .prepare_cached(
                "DELETE FROM city_indicator_links WHERE plan_id = ?1 AND indicator_id = ?2",
            )?
            .execute([plan_id, indicator_id])?;
        Ok(n > 0)
    }

    /// When each plan last changed status (its newest revision's time), by plan id.
    pub fn last_status_changes(&self) -> Result<HashMap<String, String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT plan_id, MAX(created_at) FROM revisions GROUP BY plan_id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
