//! Reordering a plan's items: the order is the planner's (the report follows it), kept in each
//! table's `position` column.

use rusqlite::params;

use safeplan_model::ItemKind;

use crate::{Store, StoreError};

impl Store {
    /// Moves one item to `new_index` among its kind (past the end means last), renumbering the rest.
    pub fn move_item(
        &mut self,
        plan_id: &str,
        expected_revision: i64,
        kind: ItemKind,
        id: &str,
        new_index: usize,
    ) -> Result<i64, StoreError> {
        let table = kind.list();
        self.write_plan(plan_id, expected_revision, |tx| {
            let mut ids: Vec<String> = tx
                .prepare_cached(&format!(
                    "SELECT id FROM {table} WHERE plan_id = ?1 ORDER BY position"
                ))?
                .query_map([plan_id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let from = ids
                .iter()
                .position(|x| x == id)
                .ok_or_else(|| StoreError::not_found(kind.key(), id))?;
            let moved = ids.remove(from);
            ids.insert(new_index.min(ids.len()), moved);
            let mut stmt = tx.prepare_cached(&format!(
                "UPDATE {table} SET position = ?3 WHERE plan_id = ?1 AND id = ?2"
            ))?;
            for (n, item) in ids.iter().enumerate() {
                stmt.execute(params![plan_id, item, n as i64])?;
            }
            Ok(())
        })
    }
}
