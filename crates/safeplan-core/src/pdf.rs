//! The PDF export: gathers what the pure report engine needs (the plan, its findings, the template's
//! text from the binary or a city's own folder, the fonts, the logo's bytes, the date) and hands it over.
//! Refused while R9 fires, like the package export.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{IsoDate, Locale};
use safeplan_report::TemplateFiles;

use crate::error::CoreError;
use crate::Safeplan;

pub use safeplan_report::Progress;

/// The names of the report templates built into the app (`district-plan`).
pub fn builtin_templates() -> &'static [&'static str] {
    safeplan_report::builtin::names()
}

/// A template folder is small; anything bigger is a wrong folder, not a template.
const MAX_TEMPLATE_FILES: usize = 500;
pub(crate) const MAX_TEMPLATE_BYTES: u64 = 10 * 1024 * 1024;

/// How to render a plan as a PDF. Every field may be left at its default.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct PdfOptions {
    /// A built-in template's name; empty means the plan's own (`district-plan`). Ignored with `template_dir`.
    pub template: String,
    /// The report's language; default: Swedish for a Swedish plan, else English.
    pub locale: Option<Locale>,
    /// A city's own template folder (`<folder>/sv/*.md`, `<folder>/en/*.md`), used instead of a built-in one.
    pub template_dir: Option<PathBuf>,
    /// A PNG or JPEG for the cover.
    pub logo: Option<PathBuf>,
    /// The date printed on the report; default: today (UTC). Fixing it makes exports reproducible.
    pub date: Option<IsoDate>,
}

/// A rendered report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PdfExport {
    pub bytes: Vec<u8>,
    #[ts(type = "number")]
    pub pages: usize,
}

impl Safeplan {
    /// Renders the plan as a tagged PDF, reporting progress as it goes.
    pub fn export_pdf(
        &self,
        id_or_slug: &str,
        options: &PdfOptions,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<PdfExport, CoreError> {
        // In two halves (pdf_job.rs) so the desktop app can render without holding the database.
        self.pdf_job(id_or_slug, options)?.render(progress)
    }
}

/// The template an export prints with: a city's own folder when given, else the built-in `builtin`,
/// as (the name its messages use, its files in `locale`).
pub(crate) fn chosen_template(
    dir: Option<&Path>,
    builtin: &str,
    locale: Locale,
) -> Result<(String, TemplateFiles), CoreError> {
    if let Some(dir) = dir {
        return Ok((folder_name(dir), read_template_dir(dir, locale)?));
    }
    let files = safeplan_report::builtin::template(builtin, locale).ok_or_else(|| {
        CoreError::Template(format!(
            "there is no built-in template \"{builtin}\" in {} (built in: {})",
            locale.key(),
            builtin_templates().join(", ")
        ))
    })?;
    Ok((builtin.to_string(), files))
}

pub(crate) fn folder_name(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "template".into())
}

/// Every `.md` file under `<dir>/<language>/`, keyed by its path relative to that folder with `/`
/// separators (docs/templates.md, "The folder").
pub(crate) fn read_template_dir(dir: &Path, locale: Locale) -> Result<TemplateFiles, CoreError> {
    let root = dir.join(locale.key());
    if !root.is_dir() {
        return Err(CoreError::Template(format!(
            "the template folder {} has no {}/ folder for the report's language",
            dir.display(),
            locale.key()
        )));
    }
    let mut files = TemplateFiles::new();
    let mut pending = vec![root.clone()];
    let mut total = 0u64;
    while let Some(folder) = pending.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|e| {
            CoreError::io(format!("cannot read the folder {}", folder.display()), e)
        })?;
        for entry in entries {
            let path = entry
                .map_err(|e| CoreError::io(format!("cannot read {}", folder.display()), e))?
                .path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("md") {
                continue;
            }
            let bytes = read_limited(&path, MAX_TEMPLATE_BYTES - total, "the template file")?;
            total += bytes.len() as u64;
            let text = String::from_utf8(bytes).map_err(|_| {
                CoreError::Template(format!("{} is not UTF-8 text", path.display()))
            })?;
            let key: Vec<String> = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.insert(key.join("/"), text);
            if files.len() > MAX_TEMPLATE_FILES {
                return Err(CoreError::Template(format!(
                    "the template folder {} holds more than {MAX_TEMPLATE_FILES} Markdown files",
                    dir.display()
                )));
            }
        }
    }
    if !files.contains_key(safeplan_report::template::ENTRY) {
        return Err(CoreError::Template(format!(
            "the template folder {} has no {}/{}",
            dir.display(),
            locale.key(),
            safeplan_report::template::ENTRY
        )));
    }
    Ok(files)
}

pub(crate) fn read_limited(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>, CoreError> {
    let context = || format!("cannot read {what} {}", path.display());
    let size = std::fs::metadata(path)
        .map_err(|e| CoreError::io(context(), e))?
        .len();
    if size > limit {
        return Err(CoreError::TooLarge(format!(
            "{what} {} is {size} bytes; the limit is {limit}",
            path.display()
        )));
    }
    std::fs::read(path).map_err(|e| CoreError::io(context(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_folders_are_read_per_language() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("sv/parts")).unwrap();
        std::fs::write(
            dir.path().join("sv/main.md"),
            "{% include \"parts/cover.md\" %}",
        )
        .unwrap();
        std::fs::write(dir.path().join("sv/parts/cover.md"), "# Omslag").unwrap();
        std::fs::write(dir.path().join("sv/notes.txt"), "ignored").unwrap();
        let files = read_template_dir(dir.path(), Locale::Sv).unwrap();
        assert_eq!(
            files.keys().collect::<Vec<_>>(),
            ["main.md", "parts/cover.md"]
        );
        assert_eq!(
            read_template_dir(dir.path(), Locale::En)
                .unwrap_err()
                .code(),
            "template"
        );
    }
}
