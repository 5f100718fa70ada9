//! The things inside a plan ([`PlanItem`]: challenges, indicators, measures, routines, comments) and
//! the city's registries shared by its plans (units, partners). Every write to a plan names the revision the
//! caller last saw and returns the new one, so two windows cannot silently overwrite each other.

use safeplan_model::{Actor, ItemKind, Partner, PartnerUse, PlanItem, Unit};

use crate::error::CoreError;
use crate::Safeplan;

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// An empty id means "new": the item gets a fresh one, so a form need not invent ids.
fn with_id<T: Clone>(item: &T, id: &str, set: impl FnOnce(&mut T, String)) -> T {
    let mut item = item.clone();
    if id.trim().is_empty() {
        set(&mut item, new_id());
    }
    item
}

impl Safeplan {
    pub fn units(&self) -> Result<Vec<Unit>, CoreError> {
        Ok(self.store.units()?)
    }

    /// Creates or updates a unit (an empty id creates one).
    pub fn save_unit(&mut self, unit: &Unit) -> Result<Unit, CoreError> {
        let unit = with_id(unit, &unit.id, |u, id| u.id = id);
        self.store.save_unit(&unit)?;
        Ok(unit)
    }

    /// Refused (`in_use`) while a plan belongs to the unit.
    pub fn delete_unit(&mut self, unit_id: &str) -> Result<(), CoreError> {
        Ok(self.store.delete_unit(unit_id)?)
    }

    pub fn partners(&self) -> Result<Vec<Partner>, CoreError> {
        Ok(self.store.partners()?)
    }

    /// Creates or updates a registry partner (an empty id creates one).
    pub fn save_partner(&mut self, partner: &Partner) -> Result<Partner, CoreError> {
        let partner = with_id(partner, &partner.id, |p, id| p.id = id);
        self.store.save_partner(&partner)?;
        Ok(partner)
    }

    /// Refused (`in_use`) while any measure names the partner; [`Safeplan::partner_usage`] says which.
    pub fn delete_partner(&mut self, partner_id: &str) -> Result<(), CoreError> {
        Ok(self.store.delete_partner(partner_id)?)
    }

    /// Every measure, in every plan, that names the partner.
    pub fn partner_usage(&self, partner_id: &str) -> Result<Vec<PartnerUse>, CoreError> {
        Ok(self.store.partner_usage(partner_id)?)
    }

    /// Saves one item of a plan as `actor` (an item without an id gets a fresh one). Returns the
    /// new revision.
    pub fn save_item(
        &mut self,
        actor: &Actor,
        plan_id: &str,
        expected_revision: i64,
        item: &PlanItem,
    ) -> Result<i64, CoreError> {
        self.may_edit(plan_id, actor, Some(item.kind()))?;
        if let PlanItem::Comment(comment) = item {
            self.may_write_comment(plan_id, actor, comment)?;
        }
        let item = item.clone().with_id_or(new_id);
        Ok(self.store.save_item(plan_id, expected_revision, &item)?)
    }

    /// Deletes one item of a plan; refused (`in_use`) while a measure still refers to it.
    pub fn delete_item(
        &mut self,
        actor: &Actor,
        plan_id: &str,
        expected_revision: i64,
        kind: ItemKind,
        id: &str,
    ) -> Result<i64, CoreError> {
        self.may_edit(plan_id, actor, Some(kind))?;
        if kind == ItemKind::Comment {
            // A thread is kept whole, even on removed content: resolving is how it ends.
            return Err(CoreError::NotAllowed(format!(
                "comment \"{id}\" cannot be deleted: resolve its thread instead"
            )));
        }
        Ok(self
            .store
            .delete_item(plan_id, expected_revision, kind, id)?)
    }

    /// Moves one item to `new_index` among the plan's items of its kind (past the end means last).
    pub fn move_item(
        &mut self,
        actor: &Actor,
        plan_id: &str,
        expected_revision: i64,
        kind: ItemKind,
        id: &str,
        new_index: u32,
    ) -> Result<i64, CoreError> {
        self.may_edit(plan_id, actor, Some(kind))?;
        Ok(self
            .store
            .move_item(plan_id, expected_revision, kind, id, new_index as usize)?)
    }
}
