//! Acceptance tests for the review report: every demo plan of Sundholm, in Swedish and English, with
//! review history made here through core (threads, replies, a resolved thread, a suggestion, status
//! moves signed by their actors, an item removed after a comment), read back as a reader's tools read
//! it: qpdf, poppler's pdfinfo (tagged, its structure) and pdftotext. Two runs give the same bytes.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use safeplan_core::{parse_anchor, NewComment, ReviewReportOptions, Safeplan};
use safeplan_model::{Actor, ItemKind, Locale, PlanDocument, PlanStatus, Role};

const DATE: &str = "2026-11-22";
/// The demo plan taken through a whole review round in `round_trip`.
const ROUND_TRIP: &str = "ekbacka-2027";
/// Comment text that would be Markdown, HTML and a fenced block if it were not printed inert.
const INJECTION: &str = "# Rubrik **fet** <b>x</b> [länk](u) ```";

fn planner() -> Actor {
    Actor::new(Role::Planner, "Anna Berg")
}

fn advisor() -> Actor {
    Actor::new(Role::Advisor, "Erik Lund")
}

fn say(anchor: &str, text: &str) -> NewComment {
    NewComment {
        anchor: Some(parse_anchor(anchor).unwrap()),
        text: text.into(),
        suggestion: None,
        parent_id: None,
    }
}

fn revision(app: &Safeplan, slug: &str) -> i64 {
    app.plan(slug).unwrap().plan.revision
}

/// What the review added to one plan, to be found again in its report.
struct Added {
    thread: String,
    reply: String,
    resolved: String,
    suggestion: String,
}

/// A thread with a reply on the cause analysis, a thread on the first challenge that the advisor
/// resolves, and a suggestion for the first measure's title (or, without measures, the extent).
fn review(app: &mut Safeplan, slug: &str, n: usize) -> Added {
    let id = app.plan(slug).unwrap().plan.id;
    // Short words, so no line break or hyphen falls inside what the tests look for.
    let added = Added {
        thread: format!("Tråd om orsaker nummer {n}"),
        reply: format!("Svar från planeraren nummer {n}"),
        resolved: format!("Löst fråga nummer {n}"),
        suggestion: format!("Ny rubrik nummer {n}"),
    };
    let (rev, thread) = app
        .add_comment(
            &advisor(),
            &id,
            revision(app, slug),
            &say("lagesbild.cause_analysis", &added.thread),
        )
        .unwrap();
    let reply = NewComment {
        anchor: None,
        parent_id: Some(thread),
        ..say("plan", &added.reply)
    };
    let (rev, _) = app.add_comment(&planner(), &id, rev, &reply).unwrap();
    let doc = app.plan(slug).unwrap();
    let rev = match doc.challenges.first() {
        Some(c) => {
            let anchor = format!("challenges/{}", c.id);
            let (rev, opened) = app
                .add_comment(&advisor(), &id, rev, &say(&anchor, &added.resolved))
                .unwrap();
            app.resolve_thread(&advisor(), &id, rev, &opened, true)
                .unwrap()
        }
        None => rev,
    };
    let anchor = match doc.measures.first() {
        Some(m) => format!("measures/{}.title", m.id),
        None => "lagesbild.extent".to_string(),
    };
    let suggestion = NewComment {
        suggestion: Some(added.suggestion.clone()),
        ..say(&anchor, INJECTION)
    };
    app.add_comment(&advisor(), &id, rev, &suggestion).unwrap();
    added
}

/// ROUND_TRIP (submitted in the demo) through a round: the advisor takes it into review, comments
/// on a measure and requests changes; the planner withdraws it, removes that measure, rewrites
/// another's title and submits again; the advisor takes it into review. Returns the removed
/// measure's title, the rewritten one's old and new titles.
fn round_trip(app: &mut Safeplan) -> (String, String, String) {
    let slug = ROUND_TRIP;
    let id = app.plan(slug).unwrap().plan.id;
    let moves = |app: &mut Safeplan, to: PlanStatus, who: &Actor, why: &str| {
        app.set_status(&id, revision(app, slug), to, who, Some(why))
            .unwrap_or_else(|e| panic!("{slug} to {to:?}: {e}"));
    };
    moves(app, PlanStatus::InReview, &advisor(), "Granskning börjar");
    let doc = app.plan(slug).unwrap();
    // A measure whose challenges others answer too, so the plan stays ready to submit without it.
    let gone = doc
        .measures
        .iter()
        .find(|m| {
            m.challenge_ids.iter().all(|c| {
                doc.measures
                    .iter()
                    .any(|o| o.id != m.id && o.challenge_ids.contains(c))
            })
        })
        .expect("a measure the plan can do without");
    let kept = doc.measures.iter().find(|m| m.id != gone.id).unwrap();
    app.add_comment(
        &advisor(),
        &id,
        doc.plan.revision,
        &say(&format!("measures/{}", gone.id), "Behövs den här åtgärden"),
    )
    .unwrap();
    moves(
        app,
        PlanStatus::ChangesRequested,
        &advisor(),
        "Se kommentarerna",
    );
    moves(
        app,
        PlanStatus::Draft,
        &planner(),
        "Vi arbetar in synpunkterna",
    );
    let rev = app
        .delete_item(
            &planner(),
            &id,
            revision(app, slug),
            ItemKind::Measure,
            &gone.id,
        )
        .unwrap();
    let mut renamed = kept.clone();
    renamed.title = format!("{} med uppföljning", kept.title);
    app.save_item(&planner(), &id, rev, &renamed.clone().into())
        .unwrap();
    moves(app, PlanStatus::Submitted, &planner(), "Inskickad igen");
    moves(app, PlanStatus::InReview, &advisor(), "Andra granskningen");
    (gone.title.clone(), kept.title.clone(), renamed.title)
}

struct Checked {
    name: String,
    locale: Locale,
    doc: PlanDocument,
    revisions: usize,
    added: &'static Added,
    identical: bool,
    pages: usize,
    qpdf: (bool, String),
    pdfinfo: String,
    structure: String,
    /// pdftotext's text, whitespace collapsed.
    text: String,
}

fn tool(name: &str, args: &[&Path]) -> (bool, String) {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {name} ({e}): install qpdf and poppler-utils"));
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

fn squash(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

struct Reviewed {
    reports: Vec<Checked>,
    round_trip: (String, String, String),
}

fn reviewed() -> &'static Reviewed {
    static REPORTS: OnceLock<Reviewed> = OnceLock::new();
    REPORTS.get_or_init(|| {
        let mut app = Safeplan::open_in_memory().unwrap();
        app.load_demo(false).unwrap();
        let round = round_trip(&mut app);
        let dir = tempfile::tempdir().unwrap();
        let mut reports = Vec::new();
        for (n, plan) in app.plans().unwrap().into_iter().enumerate() {
            let added: &'static Added = Box::leak(Box::new(review(&mut app, &plan.slug, n)));
            for locale in [Locale::Sv, Locale::En] {
                let options = ReviewReportOptions {
                    locale: Some(locale),
                    date: Some(DATE.parse().unwrap()),
                    ..ReviewReportOptions::default()
                };
                let name = format!("{}-{}", plan.slug, locale.key());
                let export = app
                    .review_report(&plan.slug, &options)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                let again = app.review_report(&plan.slug, &options).unwrap();
                let file = dir.path().join(format!("{name}.pdf"));
                std::fs::write(&file, &export.bytes).unwrap();
                // To look at the pages: REVIEW_REPORT_KEEP=folder cargo test --test review_report
                if let Some(keep) = std::env::var_os("REVIEW_REPORT_KEEP") {
                    std::fs::copy(&file, Path::new(&keep).join(format!("{name}.pdf"))).unwrap();
                }
                let (ok, pdfinfo) = tool("pdfinfo", &[&file]);
                assert!(ok, "{name}: {pdfinfo}");
                let (_, structure) = tool("pdfinfo", &[Path::new("-struct"), &file]);
                let (_, text) = tool("pdftotext", &[&file, Path::new("-")]);
                reports.push(Checked {
                    name,
                    locale,
                    doc: app.plan(&plan.slug).unwrap(),
                    revisions: app.revisions(&plan.slug).unwrap().len(),
                    added,
                    identical: again.bytes == export.bytes,
                    pages: export.pages,
                    qpdf: tool("qpdf", &[Path::new("--check"), &file]),
                    pdfinfo,
                    structure,
                    text: squash(&text),
                });
            }
        }
        Reviewed {
            reports,
            round_trip: round,
        }
    })
}

fn reports() -> &'static [Checked] {
    &reviewed().reports
}

fn field<'a>(r: &'a Checked, name: &str) -> &'a str {
    r.pdfinfo
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .map(str::trim)
        .unwrap_or_else(|| panic!("{}: pdfinfo has no {name}", r.name))
}

fn words<'a>(r: &Checked, sv: &'a str, en: &'a str) -> &'a str {
    match r.locale {
        Locale::Sv => sv,
        Locale::En => en,
    }
}

#[test]
fn every_review_report_passes_qpdf_and_is_tagged() {
    assert_eq!(reports().len(), 14, "7 demo plans in two languages");
    for r in reports() {
        assert!(
            r.qpdf.0 && r.qpdf.1.contains("No syntax or stream encoding errors"),
            "{}: {}",
            r.name,
            r.qpdf.1
        );
        assert_eq!(field(r, "Tagged"), "yes", "{}", r.name);
        assert_eq!(field(r, "Pages").parse::<usize>().unwrap(), r.pages);
        let title = words(r, "Granskningsrapport", "Review report");
        assert_eq!(
            field(r, "Title"),
            format!("{title}: {}", r.doc.plan.title),
            "{}",
            r.name
        );
        // Headings, the comment lists and (with revisions) the history table are in the structure tree.
        let table = if r.revisions > 0 {
            &["Table", "TH"][..]
        } else {
            &[]
        };
        for &tag in ["H1", "H2", "H3", "L", "LI"].iter().chain(table) {
            assert!(
                r.structure.lines().any(|l| {
                    // `  H1 (block)`, `      TH:` — the tag is the line's first word.
                    l.split([' ', ':']).find(|w| !w.is_empty()) == Some(tag)
                }),
                "{}: no {tag} in the structure tree",
                r.name
            );
        }
    }
}

#[test]
fn two_runs_give_identical_bytes() {
    for r in reports() {
        assert!(r.identical, "{}: two exports differ", r.name);
    }
}

#[test]
fn the_text_holds_the_header_threads_and_suggestion() {
    for r in reports() {
        let a = r.added;
        for text in [&a.thread, &a.reply, &a.suggestion, &r.doc.plan.title] {
            assert!(r.text.contains(&squash(text)), "{}: no {text:?}", r.name);
        }
        if !r.doc.challenges.is_empty() {
            assert!(
                r.text.contains(&a.resolved),
                "{}: no resolved thread",
                r.name
            );
            let resolved = words(r, "Löst av Erik Lund", "Resolved by Erik Lund");
            assert!(r.text.contains(resolved), "{}: {resolved}", r.name);
        }
        if let Some(unit) = &r.doc.unit {
            assert!(r.text.contains(&squash(&unit.name)), "{}", r.name);
        }
        let status = r.doc.plan.status.label(r.locale);
        assert!(r.text.contains(status), "{}: no status {status}", r.name);
        // The advisor's role is printed in words, the reply marked as one.
        assert!(r.text.contains(Role::Advisor.label(r.locale)), "{}", r.name);
        assert!(
            r.text.contains(words(r, "– svar:", "– reply:")),
            "{}",
            r.name
        );
    }
}

#[test]
fn comment_text_from_outside_is_printed_inert() {
    for r in reports() {
        // Every character comes back as written: no heading, bold, link, HTML or code block made.
        assert!(r.text.contains(INJECTION), "{}: {}", r.name, r.text);
    }
}

#[test]
fn the_status_history_lists_every_signed_revision() {
    let app_reports: Vec<&Checked> = reports()
        .iter()
        .filter(|r| r.name.starts_with(ROUND_TRIP))
        .collect();
    assert_eq!(app_reports.len(), 2);
    for r in app_reports {
        for message in [
            "Granskning börjar",
            "Se kommentarerna",
            "Vi arbetar in synpunkterna",
            "Inskickad igen",
            "Andra granskningen",
        ] {
            assert!(r.text.contains(message), "{}: no {message:?}", r.name);
        }
        for who in ["Anna Berg", "Erik Lund"] {
            assert!(r.text.contains(who), "{}: no {who}", r.name);
        }
        for status in [PlanStatus::ChangesRequested, PlanStatus::Draft] {
            assert!(r.text.contains(status.label(r.locale)), "{}", r.name);
        }
    }
}

#[test]
fn a_round_trip_shows_removed_content_and_the_changes_since_the_review() {
    let (gone, old_title, new_title) = &reviewed().round_trip;
    for r in reports().iter().filter(|r| r.name.starts_with(ROUND_TRIP)) {
        let removed = words(r, "På borttaget innehåll", "On removed content");
        assert!(r.text.contains(removed), "{}: {removed}", r.name);
        assert!(r.text.contains("Behövs den här åtgärden"), "{}", r.name);
        // The removed measure is named in its thread (from the revision that still had it) and
        // in the appendix; the rewritten title shows its inserted words.
        assert!(r.text.contains(&squash(gone)), "{}: no {gone:?}", r.name);
        assert!(
            r.text.contains(words(r, "borttagen", "removed")),
            "{}",
            r.name
        );
        let added_words = new_title.trim_start_matches(old_title.as_str()).trim();
        assert!(
            r.text.contains(&format!("{{+{added_words}+}}")),
            "{}: no {{+{added_words}+}} in {}",
            r.name,
            r.text
        );
        let appendix = words(
            r,
            "Bilaga: Ändringar sedan förra granskningen",
            "Appendix: Changes since the last review",
        );
        assert!(r.text.contains(appendix), "{}", r.name);
    }
}

#[test]
fn a_plan_with_no_revision_says_there_is_nothing_to_compare() {
    let mut app = Safeplan::open_in_memory().unwrap();
    app.load_demo(false).unwrap();
    let draft = app
        .plans()
        .unwrap()
        .into_iter()
        .find(|p| app.revisions(&p.slug).unwrap().is_empty())
        .expect("a demo plan without revisions");
    let options = ReviewReportOptions {
        locale: Some(Locale::En),
        date: Some(DATE.parse().unwrap()),
        ..ReviewReportOptions::default()
    };
    let export = app.review_report(&draft.slug, &options).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("draft.pdf");
    std::fs::write(&file, &export.bytes).unwrap();
    let (_, text) = tool("pdftotext", &[&file, Path::new("-")]);
    let text = squash(&text);
    assert!(text.contains("no earlier review to compare with"), "{text}");
    assert!(text.contains("it has no revisions"), "{text}");
}

#[test]
fn a_broken_template_folder_names_its_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let sv = dir.path().join("my-review/sv");
    std::fs::create_dir_all(&sv).unwrap();
    std::fs::write(sv.join("main.md"), "# Granskning\n\n{{ review.threds }}\n").unwrap();
    let mut app = Safeplan::open_in_memory().unwrap();
    app.load_demo(false).unwrap();
    let options = ReviewReportOptions {
        locale: Some(Locale::Sv),
        template_dir: Some(dir.path().join("my-review")),
        date: Some(DATE.parse().unwrap()),
    };
    let err = app.review_report("norrby-2027", &options).unwrap_err();
    assert_eq!(err.code(), "template", "{err}");
    assert!(err.to_string().contains("my-review/sv/main.md:3:"), "{err}");
}
