//! Gathering a folder of packages: each file imported, updated, unchanged or refused, and the
//! executive office's comments kept across an update.

use std::path::PathBuf;

use safeplan_core::{
    GatherOutcome, GatherProgress, GatheredFile, NewComment, RefusalReason, Safeplan,
};
use safeplan_model::{Actor, ItemRef, Role, Section};

use super::town::{alby, alby_revisions, bro, package};

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn outcomes(files: &[GatheredFile]) -> Vec<(String, GatherOutcome)> {
    files
        .iter()
        .map(|f| {
            let name = PathBuf::from(&f.file)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (name, f.outcome)
        })
        .collect()
}

fn gather(app: &mut Safeplan, paths: &[PathBuf]) -> Vec<GatheredFile> {
    app.gather(paths, &mut |_| {}).unwrap()
}

#[test]
fn a_folder_is_gathered_file_by_file() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a-alby.safeplan",
        &package(&alby(), &alby_revisions()),
    );
    write(dir.path(), "b-bro.safeplan", &package(&bro(), &[]));
    write(
        dir.path(),
        "c-broken.safeplan",
        b"{\n  \"format\": \"safeplan-plan-package\",\n  oops\n}",
    );
    write(dir.path(), "notes.txt", b"not a package, not looked at");
    let mut app = Safeplan::open_in_memory().unwrap();
    let mut seen: Vec<GatherProgress> = Vec::new();
    let files = app
        .gather(&[dir.path().to_path_buf()], &mut |p| seen.push(p))
        .unwrap();
    assert_eq!(
        outcomes(&files),
        [
            ("a-alby.safeplan".to_string(), GatherOutcome::Imported),
            ("b-bro.safeplan".to_string(), GatherOutcome::Imported),
            ("c-broken.safeplan".to_string(), GatherOutcome::Refused),
        ]
    );
    let broken = &files[2];
    assert_eq!(broken.code.map(|c| c.key()), Some("bad_package"));
    let reason = broken.reason.as_deref().unwrap();
    assert!(reason.contains("line 3"), "the reason says where: {reason}");
    // The window words the reason itself: its kind, and the place apart from the parser's words.
    match &broken.refusal {
        Some(RefusalReason::BadPackage {
            path,
            line,
            column,
            detail,
        }) => {
            assert_eq!((path.as_str(), *line), ("", Some(3)));
            assert!(column.is_some());
            assert!(!detail.is_empty() && !detail.contains("line 3"), "{detail}");
        }
        other => panic!("a broken file's refusal: {other:?}"),
    }
    assert!(
        files[0].refusal.is_none(),
        "an imported file has no refusal"
    );
    assert_eq!(seen.first(), Some(&GatherProgress { done: 0, total: 3 }));
    assert_eq!(seen.last(), Some(&GatherProgress { done: 3, total: 3 }));
    assert_eq!(
        app.plans().unwrap().len(),
        2,
        "the broken file left nothing behind"
    );

    // The same folder again: nothing to do.
    let again = gather(&mut app, &[dir.path().to_path_buf()]);
    assert_eq!(again[0].outcome, GatherOutcome::Unchanged);
    assert_eq!(again[1].outcome, GatherOutcome::Unchanged);
}

#[test]
fn a_newer_package_updates_keeping_comments_written_here_and_an_older_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "alby-old.safeplan", &package(&alby(), &[]));
    let mut app = Safeplan::open_in_memory().unwrap();
    assert_eq!(
        gather(&mut app, std::slice::from_ref(&old))[0].outcome,
        GatherOutcome::Imported
    );

    // The executive office comments on the plan here; that moves the plan's own counter on.
    let here = app.plan("alby-2025").unwrap();
    app.add_comment(
        &Actor::new(Role::ExecutiveOffice, "Jonas Berg"),
        &here.plan.id,
        here.plan.revision,
        &NewComment {
            anchor: Some(ItemRef::item(Section::Measures, "m2")),
            text: "Vem äger trygghetsvandringarna?".into(),
            suggestion: None,
            parent_id: None,
        },
    )
    .unwrap();

    // The unit has since changed its plan once: its package is one revision newer.
    let mut newer = alby();
    newer.plan.revision += 1;
    newer.plan.title = "Trygg i Alby".into();
    let new = write(dir.path(), "alby-new.safeplan", &package(&newer, &[]));
    let files = gather(&mut app, &[new]);
    assert_eq!(files[0].outcome, GatherOutcome::Updated, "{files:?}");
    assert_eq!(files[0].kept_comments, 1);
    let doc = app.plan("alby-2025").unwrap();
    assert_eq!(doc.plan.title, "Trygg i Alby");
    assert_eq!(doc.comments.len(), 1);
    assert_eq!(doc.comments[0].text, "Vem äger trygghetsvandringarna?");

    // The old file again: refused, saying which is newer; nothing changes.
    let files = gather(&mut app, &[old]);
    assert_eq!(files[0].outcome, GatherOutcome::Refused);
    assert_eq!(files[0].code.map(|c| c.key()), Some("older_package"));
    let reason = files[0].reason.as_deref().unwrap();
    assert!(
        reason.contains("revision 4") && reason.contains("revision 3"),
        "{reason}"
    );
    assert_eq!(
        files[0].refusal,
        Some(RefusalReason::OlderPackage {
            title: "Trygg i Alby".into(),
            here: 4,
            package: 3,
        })
    );
    assert_eq!(app.plan("alby-2025").unwrap().plan.title, "Trygg i Alby");
}

#[test]
fn a_path_that_is_not_there_is_refused_before_anything_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "bro.safeplan", &package(&bro(), &[]));
    let mut app = Safeplan::open_in_memory().unwrap();
    let err = app
        .gather(&[good, dir.path().join("missing")], &mut |_| {})
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("missing"), "{err}");
    assert!(app.plans().unwrap().is_empty());
}
