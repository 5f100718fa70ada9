//! The PDF export in two halves, so a shell can let go of the database before the slow part: a
//! [`PdfJob`] is everything the report engine needs, read and checked (the plan, its findings, the
//! template's text, the logo's bytes, the date; refused while R9 fires), and [`PdfJob::render`] is the
//! pure rendering, which touches neither the store nor the file system.
//! [`Safeplan::export_pdf`] is `pdf_job` followed by `render`.

use safeplan_model::{readiness, Finding, IsoDate, Locale, PlanDocument};
use safeplan_report::{builtin, ReportError, ReportRequest, TemplateFiles};

use crate::error::CoreError;
use crate::pdf::{PdfExport, PdfOptions, Progress};
use crate::personal_data::refuse_personal_data;
use crate::{clock, locale_for, Safeplan};

/// A plan ready to be rendered: owns its data, holds no borrow of the store.
#[derive(Debug, Clone)]
pub struct PdfJob {
    document: PlanDocument,
    findings: Vec<Finding>,
    template: TemplateFiles,
    locale: Locale,
    logo: Option<Vec<u8>>,
    date: IsoDate,
}

impl Safeplan {
    /// Reads and checks what [`PdfJob::render`] needs: the only half of an export that uses the database.
    /// Refused with `personal_data` while R9 fires and with `template` for an unknown built-in or a
    /// broken template folder.
    pub fn pdf_job(&self, id_or_slug: &str, options: &PdfOptions) -> Result<PdfJob, CoreError> {
        let mut document = self.plan(id_or_slug)?;
        refuse_personal_data(&document)?;
        let findings = readiness::check(&document);
        let locale = options
            .locale
            .unwrap_or_else(|| locale_for(document.plan.language));
        let date = options.date.clone().unwrap_or_else(clock::today);
        // The city's own look (city/look.rs) unless the options name a template or logo.
        let look = self.report_look(options, locale, &document.plan.template)?;
        // The report names template files by the plan's template name in its messages.
        document.plan.template = look.template_name;
        let (template, logo) = (look.template, look.logo);
        Ok(PdfJob {
            document,
            findings,
            template,
            locale,
            logo,
            date,
        })
    }
}

impl PdfJob {
    /// Renders the job as a tagged PDF, reporting progress as it goes. Pure: no database, no files.
    pub fn render(&self, progress: &mut dyn FnMut(Progress)) -> Result<PdfExport, CoreError> {
        let fonts = builtin::fonts();
        let request = ReportRequest {
            document: &self.document,
            findings: &self.findings,
            template: &self.template,
            locale: self.locale,
            fonts: &fonts,
            logo: self.logo.as_deref(),
            date: &self.date,
        };
        let report = safeplan_report::render(&request, progress).map_err(report_error)?;
        Ok(PdfExport {
            bytes: report.pdf,
            pages: report.pages,
        })
    }
}

/// A report's failure as the core's: a template's (file:line), personal data, or the engine's.
pub(crate) fn report_error(e: ReportError) -> CoreError {
    match e {
        ReportError::Template { .. } => CoreError::Template(e.to_string()),
        ReportError::PersonalData { .. } => CoreError::PersonalData {
            places: vec![e.to_string()],
        },
        ReportError::Engine(_) => CoreError::Report(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_renders_the_same_bytes_as_export_pdf() {
        let mut app = Safeplan::open_in_memory().unwrap();
        app.load_demo(false).unwrap();
        let id = app.plans().unwrap()[0].id.clone();
        let options = PdfOptions {
            date: Some("2026-03-12".parse().unwrap()),
            ..PdfOptions::default()
        };
        let job = app.pdf_job(&id, &options).unwrap();
        let rendered = job.render(&mut |_| {}).unwrap();
        assert!(rendered.pages > 0);
        assert_eq!(
            rendered,
            app.export_pdf(&id, &options, &mut |_| {}).unwrap()
        );
    }
}
