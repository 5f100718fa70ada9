//! Gathering plans: the city executive office reads a folder of units' packages (or several
//! files) in one go. Each file is its own transaction and gets its own line in the result:
//! imported, updated, unchanged, or refused with the reason, so one broken file does not stop the
//! rest and nothing is half-written.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_store::Gathered;

use crate::error::{CoreError, ErrorCode};
use crate::packages::Imported;
use crate::refusal::{refused, unreadable, RefusalReason};
use crate::Safeplan;

/// The extension a folder's packages carry; other files in the folder are not looked at.
pub const PACKAGE_EXTENSION: &str = "safeplan";

/// What became of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GatherOutcome {
    Imported,
    Updated,
    Unchanged,
    Refused,
}

/// One file's line in the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GatheredFile {
    /// The file as it was named (a folder's files joined to the folder).
    pub file: String,
    pub outcome: GatherOutcome,
    /// The plan the file holds, unless it was refused.
    pub plan: Option<Imported>,
    /// Comments written here that an update carried over.
    pub kept_comments: u32,
    /// Why a file was refused, with the place in it where there is one (English, for the CLI).
    pub reason: Option<String>,
    pub code: Option<ErrorCode>,
    /// The same, as data the window words in the user's language.
    pub refusal: Option<RefusalReason>,
}

/// How far a gathering has come, for a progress bar: `done` of `total` files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GatherProgress {
    pub done: u32,
    pub total: u32,
}

/// The files to read: a folder's `.safeplan` files by name, a file as it is, in the order given.
/// A path that is neither is refused before anything is read.
pub fn package_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CoreError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|e| {
                CoreError::io(format!("cannot read the folder {}", path.display()), e)
            })?;
            let mut found: Vec<PathBuf> = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|e| {
                    CoreError::io(format!("cannot read the folder {}", path.display()), e)
                })?;
                let file = entry.path();
                if file.is_file() && file.extension().is_some_and(|x| x == PACKAGE_EXTENSION) {
                    found.push(file);
                }
            }
            found.sort();
            files.extend(found);
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            return Err(CoreError::NotFound(format!(
                "{}: no such file or folder",
                path.display()
            )));
        }
    }
    Ok(files)
}

impl Safeplan {
    /// Gathers every package in `paths` (folders and files, see [`package_files`]), reporting
    /// progress after each file. Fails only when a path cannot be listed; a file that cannot be
    /// read or stored is a `refused` line with its reason.
    pub fn gather(
        &mut self,
        paths: &[PathBuf],
        progress: &mut dyn FnMut(GatherProgress),
    ) -> Result<Vec<GatheredFile>, CoreError> {
        let files = package_files(paths)?;
        let total = files.len() as u32;
        let mut out = Vec::with_capacity(files.len());
        progress(GatherProgress { done: 0, total });
        for (n, file) in files.iter().enumerate() {
            out.push(self.gather_file(file));
            progress(GatherProgress {
                done: n as u32 + 1,
                total,
            });
        }
        Ok(out)
    }

    fn gather_file(&mut self, file: &Path) -> GatheredFile {
        let name = file.display().to_string();
        let result = match std::fs::read(file) {
            Ok(bytes) => self.store.gather_package(&bytes).map_err(refused),
            Err(e) => Err(unreadable(&name, e)),
        };
        let (outcome, plan, kept) = match result {
            Ok(Gathered::Imported(p)) => (GatherOutcome::Imported, p, 0),
            Ok(Gathered::Updated {
                plan,
                kept_comments,
            }) => (GatherOutcome::Updated, plan, kept_comments as u32),
            Ok(Gathered::Unchanged(p)) => (GatherOutcome::Unchanged, p, 0),
            Err((e, refusal)) => {
                return GatheredFile {
                    file: name,
                    outcome: GatherOutcome::Refused,
                    plan: None,
                    kept_comments: 0,
                    reason: Some(e.to_string()),
                    code: Some(e.code()),
                    refusal: Some(refusal),
                }
            }
        };
        GatheredFile {
            file: name,
            outcome,
            plan: Some(plan.into()),
            kept_comments: kept,
            reason: None,
            code: None,
            refusal: None,
        }
    }
}
