//! Comments and suggestions without any shell: threads, who resolves them, comments on removed
//! content, and suggestions accepted (also when their field changed since) or rejected.

use safeplan_core::{parse_anchor, NewComment, Safeplan, SuggestionPick};
use safeplan_model::{Actor, ItemKind, PlanDocument, PlanStatus, Role, SuggestionState};

fn planner() -> Actor {
    Actor::new(Role::Planner, "Anna Berg")
}

fn advisor() -> Actor {
    Actor::new(Role::Advisor, "Erik Lund")
}

/// The demo city and its draft plan with the most measures.
fn draft() -> (Safeplan, PlanDocument) {
    let mut app = Safeplan::open_in_memory().unwrap();
    app.load_demo(false).unwrap();
    let doc = app
        .plans()
        .unwrap()
        .into_iter()
        .filter(|p| p.status == PlanStatus::Draft)
        .map(|p| app.plan(&p.id).unwrap())
        .max_by_key(|d| d.measures.len())
        .unwrap();
    (app, doc)
}

fn say(anchor: &str, text: &str) -> NewComment {
    NewComment {
        anchor: Some(parse_anchor(anchor).unwrap()),
        text: text.into(),
        suggestion: None,
        parent_id: None,
    }
}

fn suggest(anchor: &str, text: &str) -> NewComment {
    NewComment {
        suggestion: Some(text.into()),
        ..say(anchor, "Förslag")
    }
}

#[test]
fn threads_have_replies_and_are_resolved_by_their_opener_or_an_advisor() {
    let (mut app, doc) = draft();
    let id = doc.plan.id.clone();
    let m = &doc.measures[0];
    let (rev, thread) = app
        .add_comment(
            &planner(),
            &id,
            doc.plan.revision,
            &say(&format!("measures/{}", m.id), "Räcker budgeten?"),
        )
        .unwrap();
    let reply = NewComment {
        anchor: None,
        parent_id: Some(thread.clone()),
        ..say("plan", "Ja, se bilagan")
    };
    let (rev, reply_id) = app.add_comment(&advisor(), &id, rev, &reply).unwrap();

    let views = app.comments(&id).unwrap();
    let opened = views.iter().find(|v| v.comment.id == thread).unwrap();
    assert_eq!(
        opened.comment.quote, m.title,
        "an item anchor quotes its title"
    );
    assert_eq!(opened.comment.author_role, "planner");
    let answer = views.iter().find(|v| v.comment.id == reply_id).unwrap();
    assert_eq!(
        answer.comment.anchor, opened.comment.anchor,
        "a reply sits where its thread is"
    );

    let err = app
        .resolve_thread(
            &Actor::new(Role::Planner, "Someone Else"),
            &id,
            rev,
            &thread,
            true,
        )
        .unwrap_err();
    assert_eq!(err.code(), "not_allowed", "{err}");
    let err = app
        .resolve_thread(&advisor(), &id, rev, &reply_id, true)
        .unwrap_err();
    assert!(err.to_string().contains(&thread), "{err}");
    let rev = app
        .resolve_thread(&advisor(), &id, rev, &thread, true)
        .unwrap();
    let c = &app.comments(&id).unwrap()[0..]
        .iter()
        .find(|v| v.comment.id == thread)
        .unwrap()
        .comment
        .clone();
    assert!(c.resolved);
    assert_eq!(c.resolved_by, "Erik Lund");
    app.resolve_thread(&planner(), &id, rev, &thread, false)
        .unwrap();
    let c = app
        .plan(&id)
        .unwrap()
        .comments
        .into_iter()
        .find(|c| c.id == thread)
        .unwrap();
    assert!(!c.resolved && c.resolved_by.is_empty());
}

#[test]
fn a_comment_on_a_removed_item_is_kept_and_says_so() {
    let (mut app, doc) = draft();
    let id = doc.plan.id.clone();
    let m = doc.measures.last().unwrap();
    let (rev, k) = app
        .add_comment(
            &advisor(),
            &id,
            doc.plan.revision,
            &say(&format!("measures/{}.title", m.id), "Otydlig titel"),
        )
        .unwrap();
    app.delete_item(&planner(), &id, rev, ItemKind::Measure, &m.id)
        .unwrap();
    let views = app.comments(&id).unwrap();
    let v = views.iter().find(|v| v.comment.id == k).expect("kept");
    assert!(v.on_removed_content);
    assert_eq!(v.comment.quote, m.title);
    let fresh = views.iter().filter(|v| v.comment.id != k);
    assert!(fresh
        .clone()
        .all(|v| !v.on_removed_content || v.comment.anchor.id.is_some()));
}

#[test]
fn an_accepted_suggestion_changes_its_field_in_one_revision_and_can_be_undone() {
    let (mut app, doc) = draft();
    let id = doc.plan.id.clone();
    let before = doc.plan.lagesbild.cause_analysis.clone();
    let (rev, k) = app
        .add_comment(
            &advisor(),
            &id,
            doc.plan.revision,
            &suggest("lagesbild.cause_analysis", "Ny orsaksanalys"),
        )
        .unwrap();
    let err = app
        .decide_suggestions(
            &advisor(),
            &id,
            rev,
            &SuggestionPick::One(k.clone()),
            true,
            None,
        )
        .unwrap_err();
    assert_eq!(err.code(), "not_allowed", "{err}");

    let done = app
        .decide_suggestions(
            &planner(),
            &id,
            rev,
            &SuggestionPick::One(k.clone()),
            true,
            None,
        )
        .unwrap();
    assert_eq!(done.revision, rev + 1, "one change");
    assert_eq!(done.accepted.len(), 1);
    assert_eq!(
        (
            done.accepted[0].before.as_str(),
            done.accepted[0].after.as_str()
        ),
        (before.as_str(), "Ny orsaksanalys")
    );
    let now = app.plan(&id).unwrap();
    assert_eq!(now.plan.lagesbild.cause_analysis, "Ny orsaksanalys");
    let c = now.comments.iter().find(|c| c.id == k).unwrap();
    assert_eq!(
        c.suggestion.as_ref().unwrap().state,
        SuggestionState::Accepted
    );
    // Undo is an ordinary edit back to the text before.
    let mut plan = now.plan.clone();
    plan.lagesbild.cause_analysis = done.accepted[0].before.clone();
    app.update_plan(&planner(), done.revision, &plan).unwrap();
    assert_eq!(app.plan(&id).unwrap().plan.lagesbild.cause_analysis, before);
}

#[test]
fn a_suggestion_whose_field_changed_is_accepted_only_with_the_current_text_acknowledged() {
    let (mut app, doc) = draft();
    let id = doc.plan.id.clone();
    let m = doc.measures[0].clone();
    let anchor = format!("measures/{}.title", m.id);
    let (rev, k) = app
        .add_comment(
            &advisor(),
            &id,
            doc.plan.revision,
            &suggest(&anchor, "Föreslagen titel"),
        )
        .unwrap();
    let mut edited = m.clone();
    edited.title = "Planerarens titel".into();
    let rev = app.save_item(&planner(), &id, rev, &edited.into()).unwrap();

    let view = app
        .comments(&id)
        .unwrap()
        .into_iter()
        .find(|v| v.comment.id == k)
        .unwrap();
    assert_eq!(view.comment.quote, m.title);
    assert_eq!(view.changed_to.as_deref(), Some("Planerarens titel"));

    let err = app
        .decide_suggestions(
            &planner(),
            &id,
            rev,
            &SuggestionPick::One(k.clone()),
            true,
            None,
        )
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains(&m.title) && message.contains("Planerarens titel"),
        "{message}"
    );
    // Accepting all leaves it open and says why.
    let all = app
        .decide_suggestions(&planner(), &id, rev, &SuggestionPick::All, true, None)
        .unwrap();
    assert_eq!(
        all.left_open
            .iter()
            .map(|(c, _)| c.as_str())
            .collect::<Vec<_>>(),
        [k.as_str()]
    );
    assert_eq!(
        app.plan(&id).unwrap().measures[0].title,
        "Planerarens titel"
    );

    let done = app
        .decide_suggestions(
            &planner(),
            &id,
            all.revision,
            &SuggestionPick::One(k),
            true,
            Some("Planerarens titel"),
        )
        .unwrap();
    assert_eq!(done.accepted[0].before, "Planerarens titel");
    assert_eq!(app.plan(&id).unwrap().measures[0].title, "Föreslagen titel");
}

#[test]
fn suggestions_are_rejected_all_from_one_reviewer() {
    let (mut app, doc) = draft();
    let id = doc.plan.id.clone();
    let other = Actor::new(Role::ExecutiveOffice, "Maja Ek");
    let (rev, a) = app
        .add_comment(
            &advisor(),
            &id,
            doc.plan.revision,
            &suggest("lagesbild.extent", "A"),
        )
        .unwrap();
    let (rev, b) = app
        .add_comment(&other, &id, rev, &suggest("lagesbild.consequences", "B"))
        .unwrap();
    let done = app
        .decide_suggestions(
            &planner(),
            &id,
            rev,
            &SuggestionPick::From("Erik Lund".into()),
            false,
            None,
        )
        .unwrap();
    assert_eq!(done.rejected, std::slice::from_ref(&a));
    let now = app.plan(&id).unwrap();
    assert_eq!(
        now.plan.lagesbild.extent, doc.plan.lagesbild.extent,
        "rejecting changes no text"
    );
    let state = |k: &str| {
        now.comments
            .iter()
            .find(|c| c.id == k)
            .unwrap()
            .suggestion
            .as_ref()
            .unwrap()
            .state
    };
    assert_eq!(
        (state(&a), state(&b)),
        (SuggestionState::Rejected, SuggestionState::Open)
    );
}

#[test]
fn a_comment_needs_an_anchor_that_exists_and_a_suggestion_a_text_field() {
    let (mut app, doc) = draft();
    let id = doc.plan.id.clone();
    let rev = doc.plan.revision;
    let err = app
        .add_comment(&advisor(), &id, rev, &say("measures/no-such", "?"))
        .unwrap_err();
    assert_eq!(err.code(), "not_found", "{err}");
    let err = app
        .add_comment(&advisor(), &id, rev, &suggest("plan.period", "2020–2030"))
        .unwrap_err();
    assert_eq!(err.code(), "validation", "{err}");
    assert!(err.to_string().contains("not a text field"), "{err}");
    assert_eq!(app.plan(&id).unwrap().plan.revision, rev, "nothing written");
}

/// Through the plan's item path a window may only write back a suggestion's decision (what undo and
/// redo of a decision do); it may not rewrite anyone's words, add a comment unsigned, or delete one.
#[test]
fn the_item_path_writes_back_only_a_suggestions_decision() {
    let (mut app, doc) = draft();
    let id = doc.plan.id.clone();
    let (rev, k) = app
        .add_comment(
            &advisor(),
            &id,
            doc.plan.revision,
            &suggest("lagesbild.cause_analysis", "Ny orsaksanalys"),
        )
        .unwrap();
    let rev = app
        .decide_suggestions(
            &planner(),
            &id,
            rev,
            &SuggestionPick::One(k.clone()),
            true,
            None,
        )
        .unwrap()
        .revision;
    let stored = app
        .plan(&id)
        .unwrap()
        .comments
        .into_iter()
        .find(|c| c.id == k)
        .unwrap();

    // Undo of the decision: the suggestion open again, nothing else changed.
    let mut reopened = stored.clone();
    reopened.suggestion.as_mut().unwrap().state = SuggestionState::Open;
    let item = safeplan_model::PlanItem::Comment(reopened.clone());
    let err = app.save_item(&advisor(), &id, rev, &item).unwrap_err();
    assert_eq!(err.code(), "not_allowed", "{err}");
    let rev = app.save_item(&planner(), &id, rev, &item).unwrap();
    let now = app.plan(&id).unwrap();
    assert_eq!(now.comments.iter().find(|c| c.id == k), Some(&reopened));

    // Rewriting the advisor's words, its author or its proposed text is refused, and nothing is saved.
    let mut forged = reopened.clone();
    forged.text = "Planen är perfekt".into();
    let mut renamed = reopened.clone();
    renamed.author_name = "Anna Berg".into();
    let mut other_text = reopened.clone();
    other_text.suggestion.as_mut().unwrap().text = "Något annat".into();
    let mut unsigned = reopened.clone();
    unsigned.id = "new-comment".into();
    for bad in [forged, renamed, other_text, unsigned] {
        let err = app
            .save_item(
                &planner(),
                &id,
                rev,
                &safeplan_model::PlanItem::Comment(bad),
            )
            .unwrap_err();
        assert_eq!(err.code(), "not_allowed", "{err}");
    }
    let err = app
        .delete_item(&planner(), &id, rev, ItemKind::Comment, &k)
        .unwrap_err();
    assert_eq!(err.code(), "not_allowed", "{err}");
    assert_eq!(app.plan(&id).unwrap(), now, "nothing was written");
}
