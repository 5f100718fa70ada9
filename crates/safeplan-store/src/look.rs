//! The city's own look for its reports: one row with the name, the logo's bytes and the template
//! folder's name, and the folder's Markdown files per language. Written whole in one transaction,
//! so a report never sees the new logo with the old templates.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, TransactionBehavior};

use crate::{Store, StoreError};

/// The look as stored. Empty (no name, logo or templates) until the executive office sets it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredLook {
    pub name: String,
    pub logo: Option<Vec<u8>>,
    /// The template folder's name, when the city has its own templates.
    pub template_name: Option<String>,
    /// Per language key (`sv`, `en`): each Markdown file by its path in the folder.
    pub templates: BTreeMap<String, BTreeMap<String, String>>,
}

impl Store {
    pub fn city_look(&self) -> Result<StoredLook, StoreError> {
        let row: Option<(String, Option<Vec<u8>>, Option<String>)> = self
            .conn
            .prepare_cached("SELECT name, logo, template_name FROM city_look WHERE id = 1")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((name, logo, template_name)) = row else {
            return Ok(StoredLook::default());
        };
        let mut templates: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT locale, path, text FROM city_template_files ORDER BY locale, path",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (locale, path, text) = row?;
            templates.entry(locale).or_default().insert(path, text);
        }
        Ok(StoredLook {
            name,
            logo,
            template_name,
            templates,
        })
    }

    /// Replaces the whole look in one transaction.
    pub fn save_city_look(&mut self, look: &StoredLook) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.prepare_cached(
            "INSERT INTO city_look (id, name, logo, template_name) VALUES (1, ?1, ?2, ?3) \
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, logo = excluded.logo, \
             template_name = excluded.template_name",
        )?
        .execute(params![look.name, look.logo, look.template_name])?;
        tx.execute("DELETE FROM city_template_files", [])?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO city_template_files (locale, path, text) VALUES (?1, ?2, ?3)",
            )?;
            for (locale, files) in &look.templates {
                for (path, text) in files {
                    insert.execute(params![locale, path, text])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }
}
