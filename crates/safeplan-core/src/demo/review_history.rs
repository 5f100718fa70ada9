//! The demo city's review history: who signed each status move and why, what each comment quotes,
//! who resolved a resolved thread, and the advisor's suggestions (a comment proposing new text for
//! one field). Västerhöjden, in review, has open threads and an open suggestion; Hamnstaden, with
//! changes requested, has a resolved thread with the district's reply; every plan's revisions are
//! signed, so the diff between them names who moved the plan and with what message.

use safeplan_model::{
    Comment, Language, PlanDocument, PlanStatus, Role, Section, Suggestion, SuggestionState,
};

use super::assembly::{anchor_ref, item_id};
use super::plans::{Anchor, PlanSpec, ADVISOR};
use crate::anchors::quote;

/// A suggestion written in a plan's review.
struct SuggestionText {
    slug: &'static str,
    anchor: Anchor,
    author: (&'static str, &'static str),
    text: &'static str,
    suggestion: &'static str,
    at: &'static str,
}

const SUGGESTIONS: &[SuggestionText] = &[SuggestionText {
    slug: "vasterhojden-2027",
    anchor: Anchor::Field(Section::FollowUp, "when"),
    author: ADVISOR,
    text: "Trygghetsundersökningen kommer vartannat år. Följ gärna upp då också, så att otryggheten och de anmälda brotten kan läsas sida vid sida.",
    suggestion: "En gång om året i oktober, efter varje allvarlig hatbrottshändelse och när stadens trygghetsundersökning kommer (vartannat år).",
    at: "2026-11-16T10:35:00Z",
}];

/// The plan's suggestions as comments, numbered after its other comments.
pub(super) fn suggestions(spec: &PlanSpec) -> Vec<Comment> {
    SUGGESTIONS
        .iter()
        .filter(|s| s.slug == spec.slug)
        .enumerate()
        .map(|(n, s)| Comment {
            id: item_id(spec, 'k', spec.comments.len() + n + 1),
            anchor: anchor_ref(spec, s.anchor),
            author_name: s.author.0.to_string(),
            author_role: s.author.1.to_string(),
            text: s.text.to_string(),
            created_at: s.at.to_string(),
            parent_id: None,
            resolved: false,
            quote: String::new(),
            suggestion: Some(Suggestion {
                text: s.suggestion.to_string(),
                state: SuggestionState::Open,
            }),
            resolved_by: String::new(),
        })
        .collect()
}

/// Each comment quotes what its anchor holds (the demo's text has not changed since they were
/// written), and a resolved thread was resolved by the advisor.
pub(super) fn complete(doc: &mut PlanDocument) {
    let quotes: Vec<String> = doc
        .comments
        .iter()
        .map(|c| quote(doc, &c.anchor).unwrap_or_default())
        .collect();
    for (c, q) in doc.comments.iter_mut().zip(quotes) {
        c.quote = q;
        if c.resolved && c.parent_id.is_none() {
            c.resolved_by = ADVISOR.0.to_string();
        }
    }
}

/// Who made a move to `status` in the demo, in which role, and the message they gave.
pub(super) fn signature(spec: &PlanSpec, status: PlanStatus) -> (String, Role, String) {
    let sv = spec.language == Language::Sv;
    let planner = spec.team.first().map_or("", |(name, _)| name).to_string();
    let (name, role) = match status {
        PlanStatus::Draft | PlanStatus::Submitted => (planner, Role::Planner),
        PlanStatus::Archived => ("Jonas Berg".to_string(), Role::ExecutiveOffice),
        PlanStatus::InReview | PlanStatus::ChangesRequested | PlanStatus::Approved => {
            (ADVISOR.0.to_string(), Role::Advisor)
        }
    };
    let message = match (status, sv) {
        (PlanStatus::Submitted, true) => "Klar för granskning.",
        (PlanStatus::Submitted, false) => "Ready for review.",
        (PlanStatus::InReview, true) => "Granskningen har börjat.",
        (PlanStatus::InReview, false) => "Review started.",
        (PlanStatus::ChangesRequested, true) => {
            "Ändringar begärs: se kommentarerna om orsaksanalysen och åtgärderna."
        }
        (PlanStatus::ChangesRequested, false) => "Changes requested: see the comments.",
        (PlanStatus::Approved, true) => "Godkänd; planen kan antas av nämnden.",
        (PlanStatus::Approved, false) => "Approved; the plan can be adopted.",
        (PlanStatus::Draft | PlanStatus::Archived, _) => "",
    };
    (name, role, message.to_string())
}

#[cfg(test)]
mod tests {
    use safeplan_model::{PlanStatus, SuggestionState};

    use crate::demo::sundholm;

    #[test]
    fn the_demo_shows_a_review_in_progress_and_one_that_came_back() {
        let city = sundholm();
        let in_state = |status: PlanStatus| {
            city.plans
                .iter()
                .find(|p| {
                    p.document.plan.status == status && p.document.plan.slug.ends_with("-2027")
                })
                .map(|p| &p.document)
                .unwrap_or_else(|| panic!("a demo plan {status}"))
        };
        let in_review = in_state(PlanStatus::InReview);
        let open_threads = in_review
            .comments
            .iter()
            .filter(|c| c.parent_id.is_none() && !c.resolved)
            .count();
        assert!(open_threads >= 2, "{open_threads} open threads");
        let suggestion = in_review
            .comments
            .iter()
            .find_map(|c| c.suggestion.as_ref().map(|s| (c, s)))
            .expect("an open suggestion");
        assert_eq!(suggestion.1.state, SuggestionState::Open);
        assert!(
            !suggestion.0.quote.is_empty(),
            "it quotes its field as it is"
        );

        let came_back = in_state(PlanStatus::ChangesRequested);
        let resolved_with_reply = came_back.comments.iter().any(|c| {
            c.resolved
                && !c.resolved_by.is_empty()
                && came_back
                    .comments
                    .iter()
                    .any(|r| r.parent_id.as_ref() == Some(&c.id))
        });
        assert!(resolved_with_reply);

        for plan in &city.plans {
            for r in &plan.revisions {
                assert!(
                    !r.author_name.is_empty() && r.author_role.is_some() && !r.message.is_empty(),
                    "{} revision {} is unsigned",
                    plan.document.plan.slug,
                    r.number
                );
            }
        }
    }
}
