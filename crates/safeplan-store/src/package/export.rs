//! Writing a plan package.

use crate::load::read_document;
use crate::package::PackageFile;
use crate::revisions::read_revisions;
use crate::{Store, StoreError};

impl Store {
    /// The plan as a `.safeplan` package: pretty-printed JSON ending in a newline. The same
    /// database content always gives the same bytes.
    pub fn export_package(&self, plan_id: &str) -> Result<Vec<u8>, StoreError> {
        // One read transaction, so a write from another window cannot land between the document
        // and its revisions.
        let tx = self.conn.unchecked_transaction()?;
        let doc = read_document(&tx, plan_id)?;
        let revisions = read_revisions(&tx, plan_id)?;
        tx.finish()?;
        let package = PackageFile::new(doc, revisions);
        // Cannot fail for these types (string keys only, no custom serialisers); mapped rather
        // than unwrapped all the same.
        let mut bytes = serde_json::to_vec_pretty(&package)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        bytes.push(b'\n');
        Ok(bytes)
    }
}
