//! Gathering a unit's package into the city's database: a plan not here is imported, a newer
//! package of a plan already here replaces it, a copy of the package last gathered is left alone,
//! and an older one is refused saying which is newer. Comments written here (by the city
//! executive office) are not in the unit's package, so they are carried over into the update.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use safeplan_model::Comment;

use super::import::{check_slug_free, import_in, write_document};
use super::parse::{check_document, parse_package};
use super::seen::loses_edits_here;
use super::{ImportMode, Imported};
use crate::load::read_document;
use crate::plans::{delete_plan_rows, plan_revision};
use crate::{Store, StoreError};

/// What gathering one package did to the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gathered {
    /// The plan was not here.
    Imported(Imported),
    /// A newer package replaced the plan; `kept_comments` written here were carried over.
    Updated {
        plan: Imported,
        kept_comments: usize,
    },
    /// The package is the one already gathered; nothing was written.
    Unchanged(Imported),
}

fn gathered_revision(conn: &Connection, plan_id: &str) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT revision FROM gathered_packages WHERE plan_id = ?1")?
        .query_row([plan_id], |r| r.get(0))
        .optional()?)
}

/// The comments of `here` that the package does not hold, replies to comments that are gone
/// turned into comments of their own.
pub(super) fn comments_written_here(here: &[Comment], package: &[Comment]) -> Vec<Comment> {
    let in_package: HashSet<&str> = package.iter().map(|c| c.id.as_str()).collect();
    let kept: Vec<Comment> = here
        .iter()
        .filter(|c| !in_package.contains(c.id.as_str()))
        .cloned()
        .collect();
    let known: HashSet<String> = package
        .iter()
        .chain(kept.iter())
        .map(|c| c.id.clone())
        .collect();
    kept.into_iter()
        .map(|mut c| {
            if c.parent_id.as_ref().is_some_and(|p| !known.contains(p)) {
                c.parent_id = None;
            }
            c
        })
        .collect()
}

impl Store {
    /// Gathers one `.safeplan` package (see the module's description). The package's plan
    /// revision is compared with the revision of the package this plan was last gathered from;
    /// a plan never gathered is older than the package unless replacing it would lose edits made
    /// here (`seen.rs`, the rule a replacing import follows). One transaction; a refused
    /// package leaves the database as it was.
    pub fn gather_package(&mut self, bytes: &[u8]) -> Result<Gathered, StoreError> {
        let (mut doc, revisions) = parse_package(bytes)?.into_parts();
        check_document(&doc, &revisions)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let plan_id = doc.plan.id.clone();
        let package_revision = doc.plan.revision;
        let outcome = match plan_revision(&tx, &plan_id)? {
            None => Gathered::Imported(import_in(&tx, &doc, &revisions, ImportMode::Refuse)?),
            Some(here) => {
                let gathered = gathered_revision(&tx, &plan_id)?;
                let last = gathered.unwrap_or(here);
                let local = read_document(&tx, &plan_id)?;
                let plan = Imported {
                    plan_id: plan_id.clone(),
                    slug: local.plan.slug.clone(),
                    title: local.plan.title.clone(),
                };
                // A plan never gathered has only its counter here, which comments written here
                // also bump: it is newer than the package only as a replacing import decides.
                let older = match gathered {
                    Some(last) => package_revision < last,
                    None => loses_edits_here(here, &local, &doc, &revisions),
                };
                if older {
                    return Err(StoreError::OlderPackage {
                        title: local.plan.title,
                        here: last,
                        package: package_revision,
                    });
                }
                if package_revision == last {
                    return Ok(Gathered::Unchanged(plan));
                }
                let kept = comments_written_here(&local.comments, &doc.comments);
                let kept_comments = kept.len();
                doc.comments.extend(kept);
                // Past anything an open window holds, so its next save is refused as stale.
                let revision = package_revision.max(here + 1);
                delete_plan_rows(&tx, &plan_id)?;
                check_slug_free(&tx, &doc)?;
                write_document(&tx, &doc, &revisions, revision)?;
                Gathered::Updated {
                    plan: Imported {
                        plan_id: plan_id.clone(),
                        slug: doc.plan.slug.clone(),
                        title: doc.plan.title.clone(),
                    },
                    kept_comments,
                }
            }
        };
        tx.prepare_cached(
            "INSERT INTO gathered_packages (plan_id, revision) VALUES (?1, ?2) \
             ON CONFLICT (plan_id) DO UPDATE SET revision = excluded.revision",
        )?
        .execute(params![plan_id, package_revision])?;
        tx.commit()?;
        Ok(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use safeplan_model::{ItemRef, Section};

    fn comment(id: &str, parent: Option<&str>) -> Comment {
        Comment {
            id: id.to_string(),
            anchor: ItemRef::section(Section::Measures),
            author_name: "Jonas Berg".to_string(),
            author_role: "Stadsledningskontoret".to_string(),
            text: "Hur följs detta upp?".to_string(),
            created_at: "2026-05-01T10:00:00Z".to_string(),
            parent_id: parent.map(str::to_string),
            resolved: false,
            quote: String::new(),
            suggestion: None,
            resolved_by: String::new(),
        }
    }

    #[test]
    fn comments_written_here_are_those_the_package_lacks() {
        let here = vec![
            comment("a", None),
            comment("b", Some("a")),
            comment("c", Some("gone")),
        ];
        let package = vec![comment("a", None)];
        let kept = comments_written_here(&here, &package);
        let ids: Vec<&str> = kept.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["b", "c"]);
        assert_eq!(kept[0].parent_id.as_deref(), Some("a"));
        assert_eq!(
            kept[1].parent_id, None,
            "a reply to a vanished comment stands alone"
        );
    }
}
