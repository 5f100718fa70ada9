//! Both sides changed the same thread: replies are united by id, and a resolution the reviewer
//! made without seeing a reply written here is kept as a note while the thread stays open.

use safeplan_model::{Comment, NoteReason, ReviewNoteKind};

use crate::{advisor, dump, planner, reply, submitted, Pair};

fn thread_of(doc: &safeplan_model::PlanDocument) -> Comment {
    doc.comments
        .iter()
        .find(|c| c.parent_id.is_none() && c.author_name == "Anna Berg")
        .unwrap()
        .clone()
}

#[test]
fn a_resolution_over_a_reply_written_here_keeps_the_thread_open_and_both_replies() {
    let mut pair = submitted();
    let id = pair.plan_id.clone();
    let a = &mut pair.advisor;
    let thread = thread_of(&Pair::doc(a, &id)).id;
    let rev = Pair::rev(a, &id);
    let (rev, theirs) = a
        .add_comment(&advisor(), &id, rev, &reply(&thread, "Bra, tack."))
        .unwrap();
    a.resolve_thread(&advisor(), &id, rev, &thread, true)
        .unwrap();
    let file = a.export_review(&advisor(), &id).unwrap();

    let d = &mut pair.district;
    let rev = Pair::rev(d, &id);
    let (_, ours) = d
        .add_comment(
            &planner(),
            &id,
            rev,
            &reply(&thread, "Siffrorna kom i dag."),
        )
        .unwrap();
    let done = d.import_review(&file, "r.safeplan-review").unwrap();
    assert_eq!((done.replies_added, done.resolutions_applied), (1, 0));
    let [kept] = &done.conflicts_kept[..] else {
        panic!("{:?}", done.conflicts_kept)
    };
    assert_eq!(kept.kind, ReviewNoteKind::Resolution);
    assert_eq!(kept.subject, thread);
    assert_eq!(kept.author_name, "Erik Lund");
    let Some(NoteReason::UnseenReplies { replies }) = &kept.reason else {
        panic!("{:?}", kept.reason)
    };
    let by: Vec<&str> = replies.iter().map(|r| r.author_name.as_str()).collect();
    assert_eq!(by, ["Anna Berg"], "the reply written here, by whom");

    let doc = Pair::doc(d, &id);
    assert!(!thread_of(&doc).resolved, "the thread stays open");
    for reply in [&theirs, &ours] {
        assert!(doc
            .comments
            .iter()
            .any(|c| &c.id == reply && c.parent_id.as_ref() == Some(&thread)));
    }
    let db = pair.district_db();
    let first = dump(&db);
    pair.district
        .import_review(&file, "r.safeplan-review")
        .unwrap();
    assert_eq!(dump(&db), first);
}

#[test]
fn a_resolution_nobody_answered_since_is_applied_and_a_reopening_too() {
    let mut pair = submitted();
    let id = pair.plan_id.clone();
    let a = &mut pair.advisor;
    let thread = thread_of(&Pair::doc(a, &id)).id;
    let rev = Pair::rev(a, &id);
    let rev = a
        .resolve_thread(&advisor(), &id, rev, &thread, true)
        .unwrap();
    let resolved = a.export_review(&advisor(), &id).unwrap();
    a.resolve_thread(&advisor(), &id, rev, &thread, false)
        .unwrap();

    let d = &mut pair.district;
    let done = d.import_review(&resolved, "r1.safeplan-review").unwrap();
    assert_eq!(done.resolutions_applied, 1);
    assert!(done.conflicts_kept.is_empty());
    let t = thread_of(&Pair::doc(d, &id));
    assert!(t.resolved);
    assert_eq!(t.resolved_by, "Erik Lund");

    // The district resolved it too; the advisor's next file, reopening it, reopens it here.
    let reopened = pair.advisor.export_review(&advisor(), &id).unwrap();
    assert!(
        String::from_utf8(reopened.clone())
            .unwrap()
            .contains("\"resolutions\": []"),
        "the reviewer's side ends where the submission was: nothing to resolve"
    );
    let d = &mut pair.district;
    let rev = Pair::rev(d, &id);
    let rev = d
        .resolve_thread(&planner(), &id, rev, &thread, false)
        .unwrap();
    d.resolve_thread(&planner(), &id, rev, &thread, true)
        .unwrap();
    let mut file: serde_json::Value = serde_json::from_slice(&reopened).unwrap();
    file["resolutions"] = serde_json::json!([
        {"thread_id": thread, "resolved": false, "by": "Erik Lund"}
    ]);
    let done = d
        .import_review(&serde_json::to_vec(&file).unwrap(), "r2.safeplan-review")
        .unwrap();
    assert_eq!(done.reopenings_applied, 1);
    assert!(!thread_of(&Pair::doc(d, &id)).resolved);
}
