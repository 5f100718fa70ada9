//! Where the database lives when nobody says: `$SAFEPLAN_DB`, else the platform's data folder.

use std::path::PathBuf;

use directories::ProjectDirs;

use crate::error::CoreError;

/// The environment variable that names the database file; it wins over the platform default.
pub const DB_ENV: &str = "SAFEPLAN_DB";

/// `$SAFEPLAN_DB` if set and non-empty, else `<platform data dir>/safeplan.db`
/// (e.g. `~/.local/share/safeplan/` on Linux). Creates the containing folder so that opening works.
pub fn default_db_path() -> Result<PathBuf, CoreError> {
    let path = match std::env::var_os(DB_ENV).filter(|v| !v.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => {
            let dirs =
                ProjectDirs::from("org", "nordicsafecities", "safeplan").ok_or_else(|| {
                    CoreError::io(
                        "cannot find a home folder for the database; set SAFEPLAN_DB",
                        std::io::Error::from(std::io::ErrorKind::NotFound),
                    )
                })?;
            dirs.data_dir().join("safeplan.db")
        }
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| {
            CoreError::io(format!("cannot create the folder {}", parent.display()), e)
        })?;
    }
    Ok(path)
}
