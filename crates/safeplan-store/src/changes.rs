//! Several writes to one plan that make one user change, in one transaction under one revision:
//! accepting a suggestion changes a field and marks the suggestion accepted; accepting all of a
//! reviewer's suggestions changes several fields. Either all of it is stored or none.

use safeplan_model::validate::validate_plan;
use safeplan_model::{Plan, PlanItem};

use crate::items::{validate_item, write_item};
use crate::plans::write_plan_fields;
use crate::{Store, StoreError};

/// One write within a change: the plan's own fields, or one item (a comment too).
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Plan(Box<Plan>),
    Item(Box<PlanItem>),
}

impl Store {
    /// Writes `changes` in order, as one transaction that claims the plan's next revision. Each is
    /// validated first, as a save of it alone would be. Returns the new revision.
    pub fn save_changes(
        &mut self,
        plan_id: &str,
        expected_revision: i64,
        changes: &[Change],
    ) -> Result<i64, StoreError> {
        for change in changes {
            match change {
                Change::Plan(plan) => {
                    if plan.id != plan_id {
                        return Err(StoreError::invalid(
                            "id",
                            format!("a change of plan \"{}\" within plan \"{plan_id}\"", plan.id),
                        ));
                    }
                    validate_plan(plan)?;
                }
                Change::Item(item) => validate_item(item)?,
            }
        }
        self.write_plan(plan_id, expected_revision, |tx| {
            for change in changes {
                match change {
                    Change::Plan(plan) => write_plan_fields(tx, plan)?,
                    Change::Item(item) => write_item(tx, plan_id, item)?,
                }
            }
            Ok(())
        })
    }
}
