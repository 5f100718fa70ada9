//! The city's own look for its reports: its name, its logo and (optionally) its own templates, set
//! once by the executive office and kept in the database, so they travel with the city's data.
//! Everything is checked when it is set — the logo decoded as the report engine will decode it, the
//! templates rendered with a plan of the city's — so a mistake shows its file:line message then,
//! not as a failed export weeks later. [`Safeplan::report_look`] is the one place every report
//! export asks which template and logo to use.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{readiness, Locale, RuleId};
use safeplan_report::{builtin, ReportRequest, TemplateFiles};
use safeplan_store::StoredLook;

use crate::error::CoreError;
use crate::pdf::{
    chosen_template, folder_name, read_limited, read_template_dir, PdfOptions, MAX_TEMPLATE_BYTES,
};
use crate::{clock, Safeplan};

/// A logo bigger than this is a photograph or a print file, not a logo for a cover.
pub const MAX_LOGO_BYTES: u64 = 1024 * 1024;
/// A city's name as a cover prints it on one line.
pub const MAX_CITY_NAME_CHARS: usize = 120;
/// The languages a report is written in.
const LOCALES: [Locale; 2] = [Locale::Sv, Locale::En];
/// The built-in template a city's own templates stand in for.
pub const CITY_TEMPLATE_REPLACES: &str = "district-plan";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CityLook {
    pub name: String,
    pub logo: Option<LogoInfo>,
    /// The city's template folder's name, when it has its own templates.
    pub template_name: Option<String>,
    /// The languages its templates cover.
    pub template_locales: Vec<Locale>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LogoInfo {
    /// `image/png` or `image/jpeg`.
    pub media_type: String,
    pub width: u32,
    pub height: u32,
    pub bytes: u32,
    /// The image itself as a `data:` URL, for the window's header.
    pub data_url: String,
}

/// What to do with the logo or the templates when the look is set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "action", content = "path", rename_all = "snake_case")]
pub enum LookSource {
    Keep,
    Remove,
    /// Read from this file (the logo) or folder (the templates).
    From(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CityLookChange {
    pub name: String,
    pub logo: LookSource,
    pub templates: LookSource,
}

/// What one report export uses: its template's files and name, and the logo's bytes.
#[derive(Debug, Clone)]
pub struct ReportLook {
    pub template_name: String,
    pub template: TemplateFiles,
    pub logo: Option<Vec<u8>>,
    /// The city's name as the executive office set it, if it did.
    pub city_name: Option<String>,
}

fn view(look: &StoredLook) -> CityLook {
    CityLook {
        name: look.name.clone(),
        logo: look.logo.as_deref().and_then(logo_info),
        template_name: look.template_name.clone(),
        template_locales: LOCALES
            .into_iter()
            .filter(|l| look.templates.contains_key(l.key()))
            .collect(),
    }
}

fn logo_info(bytes: &[u8]) -> Option<LogoInfo> {
    let (width, height) = safeplan_report::engine::image_size(bytes).ok()?;
    let media_type = if bytes.starts_with(b"\x89PNG") {
        "image/png"
    } else {
        "image/jpeg"
    };
    use base64::Engine;
    Some(LogoInfo {
        media_type: media_type.into(),
        width,
        height,
        bytes: bytes.len() as u32,
        data_url: format!(
            "data:{media_type};base64,{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        ),
    })
}

impl Safeplan {
    pub fn city_look(&self) -> Result<CityLook, CoreError> {
        Ok(view(&self.store.city_look()?))
    }

    /// Checks and stores the city's look in one transaction. Refused with `validation` for a name
    /// too long or a file that is not a PNG or JPEG, `too_large` for a logo over
    /// [`MAX_LOGO_BYTES`], and `template` (naming the file and line) for templates that fail.
    pub fn set_city_look(&mut self, change: &CityLookChange) -> Result<CityLook, CoreError> {
        let mut look = self.store.city_look()?;
        let name = change.name.trim();
        if name.chars().count() > MAX_CITY_NAME_CHARS {
            return Err(CoreError::Validation(format!(
                "name: the city's name is {} characters; at most {MAX_CITY_NAME_CHARS} fit on a cover",
                name.chars().count()
            )));
        }
        look.name = name.to_string();
        match &change.logo {
            LookSource::Keep => {}
            LookSource::Remove => look.logo = None,
            LookSource::From(path) => {
                let bytes = read_limited(path, MAX_LOGO_BYTES, "the logo")?;
                safeplan_report::engine::image_size(&bytes).map_err(|why| {
                    CoreError::Validation(format!(
                        "logo: {} cannot be used: {why}; a logo must be a PNG or JPEG image",
                        path.display()
                    ))
                })?;
                look.logo = Some(bytes);
            }
        }
        match &change.templates {
            LookSource::Keep => {}
            LookSource::Remove => {
                look.template_name = None;
                look.templates.clear();
            }
            LookSource::From(dir) => {
                let mut templates = BTreeMap::new();
                let mut first_error = None;
                for locale in LOCALES {
                    match read_template_dir(dir, locale) {
                        Ok(files) => {
                            self.try_template(&folder_name(dir), &files, locale)?;
                            templates.insert(locale.key().to_string(), files);
                        }
                        Err(e) => first_error = first_error.or(Some(e)),
                    }
                }
                if templates.is_empty() {
                    return Err(first_error.unwrap_or_else(|| {
                        CoreError::Template(format!("{}: no templates", dir.display()))
                    }));
                }
                look.template_name = Some(folder_name(dir));
                look.templates = templates;
            }
        }
        self.store.save_city_look(&look)?;
        Ok(view(&look))
    }

    /// Prints the city's first plan with the templates, laid out whole, so a broken template is
    /// reported now with its file and line: a Jinja error, and a block the layout cannot use (a chart
    /// whose data does not parse), which the template stage alone lets through. Nothing leaves the
    /// computer, so the plan's own identity numbers (R9) do not stop the check. With no plan yet there
    /// is nothing to print it with.
    fn try_template(
        &self,
        name: &str,
        files: &TemplateFiles,
        locale: Locale,
    ) -> Result<(), CoreError> {
        let Some(first) = self.store.plans()?.into_iter().next() else {
            return Ok(());
        };
        let mut document = self.store.load_document(&first.id)?;
        document.plan.template = name.to_string();
        let fonts = builtin::fonts();
        let findings: Vec<_> = readiness::check(&document)
            .into_iter()
            .filter(|f| f.rule != RuleId::R9)
            .collect();
        let request = ReportRequest {
            document: &document,
            findings: &findings,
            template: files,
            locale,
            fonts: &fonts,
            logo: None,
            date: &clock::today(),
        };
        safeplan_report::render(&request, &mut |_| {})
            .map(|_| ())
            .map_err(crate::pdf_job::report_error)
    }

    /// The template and logo a report export uses. What the caller names wins (a template folder,
    /// a built-in template, a logo file: the CLI's options); otherwise the city's own look, its
    /// templates standing in for [`CITY_TEMPLATE_REPLACES`] in the languages they cover; otherwise
    /// the built-in template `builtin_name`.
    pub fn report_look(
        &self,
        options: &PdfOptions,
        locale: Locale,
        builtin_name: &str,
    ) -> Result<ReportLook, CoreError> {
        let mut city = self.store.city_look()?;
        let name = match options.template.trim() {
            "" => builtin_name,
            name => name,
        };
        // A folder named in the options wins over the city's own; the city's replaces only the
        // district plan.
        let own = city
            .templates
            .remove(locale.key())
            .filter(|_| options.template_dir.is_none() && name == CITY_TEMPLATE_REPLACES);
        let (template_name, template) = match (own, city.template_name.clone()) {
            (Some(files), Some(folder)) => (folder, files),
            _ => chosen_template(options.template_dir.as_deref(), name, locale)?,
        };
        let logo = match &options.logo {
            Some(path) => Some(read_limited(path, MAX_TEMPLATE_BYTES, "the logo")?),
            None => city.logo,
        };
        Ok(ReportLook {
            template_name,
            template,
            logo,
            city_name: Some(city.name).filter(|n| !n.is_empty()),
        })
    }
}
