//! The review report: a PDF of a plan's review, printed by the same engine and page design as the
//! plan. This module gathers what its template sees under `review` — the signed status history, the
//! threads by step (with what became of what they quote), the open suggestions set against the
//! field's text now, and what changed since the last review decision — and hands it with the plan
//! to the pure report engine. Refused while R9 fires: comments are printed too, and they are checked.

mod data;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{IsoDate, Locale, PlanDocument, Revision};
use safeplan_report::review::ReviewData;
use safeplan_report::{builtin, ReportRequest, TemplateFiles};

use crate::diff::REVIEW_DECISIONS;
use crate::error::CoreError;
use crate::pdf::{PdfExport, PdfOptions};
use crate::pdf_job::report_error;
use crate::personal_data::refuse_personal_data;
use crate::{clock, locale_for, Safeplan};
use data::{changes, review_data};

/// How to render a review report. Every field may be left at its default.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ReviewReportOptions {
    /// The report's language; default: Swedish for a Swedish plan, else English.
    pub locale: Option<Locale>,
    /// A city's own review-report template folder (`<folder>/sv/main.md`…), instead of the built-in one.
    pub template_dir: Option<PathBuf>,
    /// The date printed on the report; default: today (UTC). Fixing it makes exports reproducible.
    pub date: Option<IsoDate>,
}

/// A review report ready to be rendered: owns its data, holds no borrow of the store, so a shell can
/// let go of the database before the slow part (as with [`crate::PdfJob`]).
#[derive(Debug, Clone)]
pub struct ReviewReportJob {
    document: PlanDocument,
    review: ReviewData,
    template: TemplateFiles,
    logo: Option<Vec<u8>>,
    locale: Locale,
    date: IsoDate,
}

impl Safeplan {
    /// Renders the review of a plan as a tagged PDF: its status history, threads, open suggestions
    /// and the changes since the previous review.
    pub fn review_report(
        &self,
        id_or_slug: &str,
        options: &ReviewReportOptions,
    ) -> Result<PdfExport, CoreError> {
        self.review_report_job(id_or_slug, options)?.render()
    }

    /// Reads and checks what [`ReviewReportJob::render`] needs. Refused with `personal_data` while
    /// R9 fires (in the plan or its comments) and with `template` for a broken template folder.
    pub fn review_report_job(
        &self,
        id_or_slug: &str,
        options: &ReviewReportOptions,
    ) -> Result<ReviewReportJob, CoreError> {
        let mut document = self.plan(id_or_slug)?;
        refuse_personal_data(&document)?;
        let plan_id = document.plan.id.clone();
        let locale = options
            .locale
            .unwrap_or_else(|| locale_for(document.plan.language));
        let date = options.date.clone().unwrap_or_else(clock::today);
        // The city's logo (city/look.rs) and the folder named in the options, if any.
        let look = self.report_look(
            &PdfOptions {
                template_dir: options.template_dir.clone(),
                ..PdfOptions::default()
            },
            locale,
            builtin::REVIEW_REPORT,
        )?;
        let revisions = self.revisions(&plan_id)?;
        let comments = self.comments(&plan_id)?;
        let since = since_previous_review(&document, &revisions);
        let changes = match self.diff(&plan_id, since, None) {
            Ok(diff) => Some(changes(&diff)),
            Err(CoreError::NoRevision { .. }) => None,
            Err(e) => return Err(e),
        };
        let review = review_data(&document, &revisions, &comments, changes, locale);
        // The report names template files by the template's name in its messages.
        document.plan.template = look.template_name;
        Ok(ReviewReportJob {
            document,
            review,
            template: look.template,
            logo: look.logo,
            locale,
            date,
        })
    }
}

impl ReviewReportJob {
    /// Renders the report. Pure: no database, no files.
    pub fn render(&self) -> Result<PdfExport, CoreError> {
        let fonts = builtin::fonts();
        let request = ReportRequest {
            document: &self.document,
            findings: &[],
            template: &self.template,
            locale: self.locale,
            fonts: &fonts,
            logo: self.logo.as_deref(),
            date: &self.date,
        };
        let report = safeplan_report::render_review(&request, &self.review, &mut |_| {})
            .map_err(report_error)?;
        Ok(PdfExport {
            bytes: report.pdf,
            pages: report.pages,
        })
    }
}

/// Where "since the previous review" starts. While a review is under way that is core's default
/// (the revision the last round read); once this round is decided (changes requested, approved), it is the
/// decision before, else the first revision, so the report shows what this round looked at.
fn since_previous_review(doc: &PlanDocument, revisions: &[Revision]) -> Option<i64> {
    if !REVIEW_DECISIONS.contains(&doc.plan.status) {
        return None;
    }
    let mut decisions = revisions
        .iter()
        .rev()
        .filter(|r| REVIEW_DECISIONS.contains(&r.status));
    decisions.next();
    decisions
        .next()
        .or_else(|| revisions.first())
        .map(|r| r.number)
}
