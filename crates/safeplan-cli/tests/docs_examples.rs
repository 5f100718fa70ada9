//! The README and docs run as written. Every `safeplan …` line in a ```sh block of README.md and
//! docs/*.md is run with the real binary against the demo city, in a folder of its own: a synopsis
//! such as `safeplan import FILE [--replace | --as-copy]` runs bare and once with each optional part
//! (each alternative, each value of `sv|en`), its placeholders given the values in [`PLACEHOLDERS`].
//! Each run must succeed, or end as the docs say it does ([`expected_exit`]). A plan slug named in
//! a line's comment must be one of the demo city's, so an example that names a missing plan fails.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use safeplan_model::PlanSummary;

/// What each placeholder in the docs stands for: (the word before it, or `*` for any; the
/// placeholder; its value). Files are relative to the example's folder, which [`FILES`] fills.
const PLACEHOLDERS: &[(&str, &str, &str)] = &[
    ("*", "PLAN", "norrby-2027"),
    ("--out", "FILE.safeplan", "plan.safeplan"),
    ("--out", "FILE.pdf", "plan.pdf"),
    ("import", "FILE", "plan.safeplan"),
    ("--logo", "FILE", "logo.png"),
    ("--template-dir", "DIR", "my-template"),
    ("--template", "NAME", "district-plan"),
    ("--date", "YYYY-MM-DD", "2026-11-22"),
    ("--units", "N", "18"),
    ("import", "DIR|FILE…", "plan.safeplan"),
    ("link-partner", "PARTNER", "sundholm-p-polisen"),
    ("--to", "CITY_PARTNER", "Polisen"),
    ("*", "INDICATOR", "sundholm-norrby-i01"),
    ("--to", "CITY_INDICATOR", "Anmälda brott"),
    ("indicator", "NAME", "Anmälda brott"),
    ("--from", "N", "1"),
    ("--to", "M", "2"),
    ("--city", "NAME", "Sundholms stad"),
    ("--template-dir", "CITY_DIR", "my-city-template"),
];

/// The files an example's folder holds before it runs, copied from the workspace: (name, source).
/// `plan.safeplan` is there too: the demo plan `PLAN` stands for, exported.
const FILES: &[(&str, &str)] = &[
    ("logo.png", "src-tauri/icons/128x128.png"),
    ("malmo.png", "src-tauri/icons/128x128.png"),
    ("my-template", "templates/district-plan"),
    ("malmo-plan", "templates/district-plan"),
    ("my-city-template", "templates/city-plan"),
    (
        "offences.px",
        "crates/safeplan-core/tests/fixtures/stats/offences.px",
    ),
];

/// The exit code the docs give for a run (after placeholders), or `None` for "succeeds".
fn expected_exit(args: &[String], demo: &[PlanSummary]) -> Option<i32> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        // README: "exit 1 while an error-level rule fires".
        ["check", plan, ..] => demo
            .iter()
            .find(|p| p.slug == *plan || p.id == *plan)
            .filter(|p| p.errors > 0)
            .map(|_| 1),
        // docs/plan-package.md: a plan already in the database is never merged silently.
        ["import", _] => Some(1),
        // README: a city indicator exists once a plan's indicator is linked to it.
        ["city", "indicator", ..] => Some(1),
        _ => None,
    }
}

/// One `safeplan` line of a doc, as written.
#[derive(Debug)]
struct Example {
    place: String,
    /// The arguments after `safeplan`, brackets and all.
    synopsis: String,
    comment: String,
}

fn examples(doc_name: &str, markdown: &str) -> Vec<Example> {
    let mut found = Vec::new();
    let mut in_sh = false;
    let mut pending = String::new();
    for (n, line) in markdown.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(info) = trimmed.strip_prefix("```") {
            in_sh = !in_sh && matches!(info.trim(), "sh" | "bash" | "shell");
            continue;
        }
        if !in_sh {
            continue;
        }
        if let Some(head) = trimmed.strip_suffix('\\') {
            pending.push_str(head);
            pending.push(' ');
            continue;
        }
        let whole = std::mem::take(&mut pending) + trimmed;
        let (command, comment) = match whole.find(" #") {
            Some(i) => (&whole[..i], whole[i + 2..].trim()),
            None => (whole.as_str(), ""),
        };
        let words: Vec<&str> = command.split_whitespace().collect();
        let Some(at) = words
            .iter()
            .position(|w| *w == "safeplan" || w.ends_with("/safeplan"))
        else {
            continue;
        };
        found.push(Example {
            place: format!("{doc_name}:{}", n + 1),
            synopsis: words[at + 1..].join(" "),
            comment: comment.to_string(),
        });
    }
    found
}

/// The runs a synopsis stands for: without its `[…]` parts, then with each part alone, once per
/// alternative (`a | b`) and per value (`sv|en`).
fn variants(synopsis: &str) -> Vec<Vec<String>> {
    enum Part {
        Word(String),
        Optional(Vec<Vec<String>>),
    }
    let mut parts = Vec::new();
    let mut rest = synopsis;
    while !rest.trim().is_empty() {
        rest = rest.trim_start();
        if let Some(inner) = rest.strip_prefix('[') {
            let end = inner.find(']').unwrap_or(inner.len());
            let choices = inner[..end]
                .split(" | ")
                .flat_map(|alternative| {
                    let words: Vec<&str> = alternative.split_whitespace().collect();
                    let values = words.last().map(|w| w.split('|').count()).unwrap_or(1);
                    (0..values).map(move |v| {
                        words
                            .iter()
                            .map(|w| w.split('|').nth(v).unwrap_or(w).to_string())
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            parts.push(Part::Optional(choices));
            rest = inner.get(end + 1..).unwrap_or("");
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            parts.push(Part::Word(rest[..end].to_string()));
            rest = &rest[end..];
        }
    }
    let with = |chosen: Option<(usize, &Vec<String>)>| -> Vec<String> {
        let mut args = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Word(w) => args.push(w.clone()),
                Part::Optional(_) => {
                    if let Some((_, words)) = chosen.filter(|(at, _)| *at == i) {
                        args.extend(words.iter().cloned());
                    }
                }
            }
        }
        args
    };
    let mut runs = vec![with(None)];
    for (i, part) in parts.iter().enumerate() {
        if let Part::Optional(choices) = part {
            runs.extend(choices.iter().map(|words| with(Some((i, words)))));
        }
    }
    runs
}

/// Gives each placeholder its value and drops a `--db` of the docs' own: the run has its database.
fn fill(args: Vec<String>) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let mut words = args.into_iter().peekable();
    while let Some(word) = words.next() {
        if word == "--db" {
            words.next();
            continue;
        }
        let before = out.last().map(String::as_str).unwrap_or("");
        let value = PLACEHOLDERS
            .iter()
            .find(|(b, p, _)| *p == word && (*b == "*" || *b == before))
            .map(|(_, _, v)| v.to_string());
        match value {
            Some(v) => out.push(v),
            None if word.chars().take(2).all(|c| c.is_ascii_uppercase()) => {
                return Err(format!(
                    "the placeholder {word} (after `{before}`) has no value in PLACEHOLDERS"
                ))
            }
            None => out.push(word),
        }
    }
    Ok(out)
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        std::fs::copy(from, to).unwrap_or_else(|e| panic!("copy {}: {e}", from.display()));
    }
}

/// A demo database and the files the examples use, made once; each run gets a copy.
struct Prepared {
    _dir: tempfile::TempDir,
    demo_db: PathBuf,
    files: PathBuf,
    plans: Vec<PlanSummary>,
}

fn prepare() -> Prepared {
    let db = Db::new();
    let plans = db.demo();
    let files = db.file("files");
    std::fs::create_dir_all(&files).unwrap();
    for (name, source) in FILES {
        copy(&workspace().join(source), &files.join(name));
    }
    let plan = PLACEHOLDERS[0].2;
    let package = files.join("plan.safeplan");
    ok(&db.run(&["export", plan, "--out", package.to_str().unwrap()]));
    let demo_db = db.path();
    Prepared {
        _dir: db.into_dir(),
        demo_db,
        files,
        plans,
    }
}

/// Runs every example of `docs` (name, Markdown); returns what went wrong, one line each.
fn run_all(docs: &[(String, String)], prepared: &Prepared) -> Vec<String> {
    let slugs: BTreeSet<&str> = prepared.plans.iter().map(|p| p.slug.as_str()).collect();
    let mut failures = Vec::new();
    for (name, text) in docs {
        for example in examples(name, text) {
            for word in example
                .comment
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            {
                if looks_like_a_slug(word) && !slugs.contains(word) {
                    failures.push(format!(
                        "{}: names the plan {word}, which the demo city does not have ({slugs:?})",
                        example.place
                    ));
                }
            }
            for args in variants(&example.synopsis) {
                match fill(args).and_then(|args| run(&args, prepared)) {
                    Ok(()) => {}
                    Err(why) => failures.push(format!("{}: {why}", example.place)),
                }
            }
        }
    }
    failures
}

/// A demo plan's slug: lower-case words and a year, such as `norrby-2027`.
fn looks_like_a_slug(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    parts.len() >= 2
        && parts
            .iter()
            .any(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[0].bytes().all(|b| b.is_ascii_lowercase())
}

fn run(args: &[String], prepared: &Prepared) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    copy(&prepared.files, dir.path());
    let db = dir.path().join("safeplan.db");
    // `demo` is where a newcomer starts: on an empty database.
    if args.first().map(String::as_str) != Some("demo") {
        std::fs::copy(&prepared.demo_db, &db).unwrap();
    }
    let o = Command::new(env!("CARGO_BIN_EXE_safeplan"))
        .current_dir(dir.path())
        .arg("--db")
        .arg(&db)
        .args(args)
        .env_remove("SAFEPLAN_DB")
        .output()
        .unwrap();
    let expected = expected_exit(args, &prepared.plans).unwrap_or(0);
    if o.status.code() == Some(expected) {
        return Ok(());
    }
    Err(format!(
        "`safeplan {}` exited with {:?}, the docs say {expected}: {}",
        args.join(" "),
        o.status.code(),
        stderr(&o).trim()
    ))
}

fn docs() -> Vec<(String, String)> {
    let root = workspace();
    let mut names = vec!["README.md".to_string()];
    let mut in_docs: Vec<String> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .map(|n| format!("docs/{n}"))
        .collect();
    in_docs.sort();
    names.extend(in_docs);
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(root.join(&n)).unwrap();
            (n, text)
        })
        .collect()
}

#[test]
fn every_command_in_the_readme_and_docs_runs_as_written() {
    let docs = docs();
    let count: usize = docs.iter().map(|(n, t)| examples(n, t).len()).sum();
    assert!(
        count >= 8,
        "the docs hold {count} examples; the extraction is broken"
    );
    let failures = run_all(&docs, &prepare());
    assert!(
        failures.is_empty(),
        "the docs' examples do not run as written:\n{}",
        failures.join("\n")
    );
}

#[test]
fn an_example_naming_a_missing_plan_fails() {
    let prepared = prepare();
    let doc = |text: &str| vec![("doc.md".to_string(), text.to_string())];
    let in_command = run_all(
        &doc("```sh\nsafeplan show norrby-2025-2027\n```\n"),
        &prepared,
    );
    assert_eq!(in_command.len(), 1, "{in_command:?}");
    assert!(in_command[0].starts_with("doc.md:2: `safeplan show norrby-2025-2027` exited"));
    let in_comment = run_all(
        &doc("```sh\nsafeplan show PLAN   # e.g. norrby-2025-2027\n```\n"),
        &prepared,
    );
    assert_eq!(in_comment.len(), 1, "{in_comment:?}");
    assert!(in_comment[0].contains("names the plan norrby-2025-2027"));
    // Outside a ```sh block a line is prose, not an example.
    assert!(run_all(&doc("```\nsafeplan show nowhere-2020\n```\n"), &prepared).is_empty());
}

#[test]
fn a_synopsis_runs_bare_and_with_each_optional_part() {
    let runs = |s: &str| -> Vec<String> { variants(s).iter().map(|v| v.join(" ")).collect() };
    assert_eq!(
        runs("import FILE [--replace | --as-copy]"),
        [
            "import FILE",
            "import FILE --replace",
            "import FILE --as-copy"
        ]
    );
    assert_eq!(
        runs("pdf PLAN --out FILE.pdf [--lang sv|en] [--logo FILE]"),
        [
            "pdf PLAN --out FILE.pdf",
            "pdf PLAN --out FILE.pdf --lang sv",
            "pdf PLAN --out FILE.pdf --lang en",
            "pdf PLAN --out FILE.pdf --logo FILE",
        ]
    );
    assert_eq!(
        fill(
            variants("pdf PLAN --out FILE.pdf [--logo FILE]")
                .pop()
                .unwrap()
        )
        .unwrap(),
        [
            "pdf",
            "norrby-2027",
            "--out",
            "plan.pdf",
            "--logo",
            "logo.png"
        ]
    );
    assert!(fill(vec!["show".into(), "UNIT".into()]).is_err());
}
