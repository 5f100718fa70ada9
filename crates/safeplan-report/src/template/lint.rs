//! Checks a template before it runs, so a typo is reported even on a line that this plan never reaches
//! (a filter inside a loop over an empty list, a variable in a branch for another status). Running the
//! template catches the rest; this only adds what running cannot see.

use std::collections::{BTreeMap, BTreeSet};

use minijinja::{Environment, ErrorKind};

use super::{TemplateError, TemplateFiles};

/// The inside of every `{{ … }}` and `{% … %}` tag with its 1-based line, string literals blanked out
/// and `{% raw %}` sections skipped.
fn tags(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut rest = source;
    let mut offset = 0;
    let mut in_raw = false;
    while let Some(start) = rest.find(['{']) {
        let open = &rest[start..];
        let close = if open.starts_with("{{") {
            "}}"
        } else if open.starts_with("{%") {
            "%}"
        } else {
            offset += start + 1;
            rest = &rest[start + 1..];
            continue;
        };
        let Some(end) = open[2..].find(close) else {
            break;
        };
        let inner = blank_strings(&open[2..2 + end]);
        let line = source[..offset + start].matches('\n').count() + 1;
        let word = inner
            .trim_matches(['-', '+', ' ', '\n', '\t'])
            .split_whitespace()
            .next()
            .unwrap_or("");
        match word {
            "raw" => in_raw = true,
            "endraw" => in_raw = false,
            _ if !in_raw => out.push((line, inner)),
            _ => {}
        }
        let consumed = start + 2 + end + close.len();
        offset += consumed;
        rest = &rest[consumed..];
    }
    out
}

/// Replaces the contents of string literals with spaces, so a `|` in a string is not a filter.
fn blank_strings(tag: &str) -> String {
    let mut out = String::with_capacity(tag.len());
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in tag.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                    out.push(c);
                    continue;
                }
                out.push(' ');
            }
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
    }
    out
}

fn identifier(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// Filter names used in a tag: what follows each `|`, and the name of a `{% filter … %}` block.
fn filter_names(tag: &str) -> Vec<&str> {
    let mut names: Vec<&str> = tag
        .split('|')
        .skip(1)
        .map(|part| identifier(part.trim_start()))
        .collect();
    if let Some(rest) = tag
        .trim_start_matches(['-', '+'])
        .trim_start()
        .strip_prefix("filter ")
    {
        names.push(identifier(rest.trim_start()));
    }
    names.into_iter().filter(|n| !n.is_empty()).collect()
}

/// Names a tag binds: loop variables, `set` targets, macros and their arguments, imports.
fn bound_names(tag: &str, into: &mut BTreeSet<String>) {
    let tag = tag.trim_matches(['-', '+', ' ', '\n', '\t']);
    let mut words = tag.splitn(2, char::is_whitespace);
    let keyword = words.next().unwrap_or("");
    let rest = words.next().unwrap_or("");
    let names: &str = match keyword {
        "for" => rest.split(" in ").next().unwrap_or(""),
        "set" | "with" => rest.split('=').next().unwrap_or(""),
        "macro" | "call" => rest,
        "from" | "import" => rest.split(" import ").last().unwrap_or(""),
        _ => return,
    };
    let names = names.replace(['(', ')', ',', '='], " ");
    let is_name = |n: &&str| n.starts_with(|c: char| c.is_alphabetic() || c == '_');
    into.extend(
        names
            .split_whitespace()
            .map(identifier)
            .filter(is_name)
            .map(str::to_string),
    );
}

/// Whether the tag asks `name is defined` (or `is not defined`, `is undefined`): the one way a template
/// may name something that might not exist.
fn tested_for_definition(tag: &str, name: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    tag.match_indices(name).any(|(at, _)| {
        if tag[..at].ends_with(is_word) || tag[..at].ends_with('.') {
            return false;
        }
        let mut rest = &tag[at + name.len()..];
        // Skip an attribute chain: `x.y.z is defined`.
        while let Some(after_dot) = rest.strip_prefix('.') {
            rest = after_dot.trim_start_matches(is_word);
        }
        if rest.starts_with(is_word) {
            return false;
        }
        let words: Vec<&str> = rest.split_whitespace().take(3).collect();
        matches!(
            words.as_slice(),
            ["is", "defined", ..] | ["is", "undefined", ..] | ["is", "not", "defined"]
        )
    })
}

/// The template line as written, for the message (at most 120 characters).
fn source_line(files: &TemplateFiles, name: &str, line: usize) -> String {
    let text = files
        .get(name)
        .and_then(|t| t.lines().nth(line.checked_sub(1)?))
        .unwrap_or("");
    text.trim().chars().take(120).collect()
}

fn error(prefix: &str, file: &str, line: usize, message: String) -> TemplateError {
    TemplateError {
        file: format!("{prefix}{file}"),
        line,
        message,
    }
}

/// Every filter and every top-level name in every file must be known: a built-in or registered filter,
/// a context variable, a function, or a name some file of the template binds.
pub fn check(
    env: &Environment<'static>,
    files: &TemplateFiles,
    context_keys: &BTreeSet<String>,
    prefix: &str,
) -> Result<(), TemplateError> {
    let mut known_filters: BTreeMap<String, bool> = BTreeMap::new();
    let mut bound: BTreeSet<String> = BTreeSet::new();
    let file_tags: Vec<(&String, Vec<(usize, String)>)> =
        files.iter().map(|(name, src)| (name, tags(src))).collect();
    for (_, tags) in &file_tags {
        for (_, tag) in tags {
            bound_names(tag, &mut bound);
        }
    }
    for (name, tags) in &file_tags {
        for (line, tag) in tags {
            for filter in filter_names(tag) {
                let exists = *known_filters.entry(filter.to_string()).or_insert_with(|| {
                    let probe = env.render_str(&format!("{{{{ none | {filter} }}}}"), ());
                    !matches!(probe, Err(e) if e.kind() == ErrorKind::UnknownFilter)
                });
                if !exists {
                    return Err(error(
                        prefix,
                        name,
                        *line,
                        format!(
                            "unknown filter `{filter}` — in `{}`",
                            source_line(files, name, *line)
                        ),
                    ));
                }
            }
        }
        // A file that does not parse is reported by the run itself, with minijinja's own message.
        let Ok(template) = env.get_template(name) else {
            continue;
        };
        for variable in template.undeclared_variables(false) {
            let known = context_keys.contains(&variable)
                || bound.contains(&variable)
                || env.globals().any(|(global, _)| global == variable)
                || matches!(
                    variable.as_str(),
                    "loop" | "caller" | "super" | "self" | "varargs" | "kwargs"
                )
                || tags
                    .iter()
                    .any(|(_, tag)| tested_for_definition(tag, &variable));
            if !known {
                let line = tags
                    .iter()
                    .find(|(_, tag)| {
                        tag.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                            .any(|w| w == variable)
                    })
                    .map_or(0, |(line, _)| *line);
                return Err(error(prefix, name, line, format!(
                    "unknown name `{variable}`: not a variable, function or macro of this template — in `{}`",
                    source_line(files, name, line)
                )));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tags_filters_and_bindings() {
        let src = "a {{ x | number(1) | lower }}\n{% for m, n in y %}{{ \"a|b\" }}{% endfor %}\n{% raw %}{{ x | nope }}{% endraw %}";
        let found = tags(src);
        assert_eq!(found[0].0, 1);
        assert_eq!(filter_names(&found[0].1), vec!["number", "lower"]);
        assert_eq!(found[1].0, 2);
        assert!(found.iter().all(|(_, t)| !t.contains("nope")));
        assert!(filter_names(&found[2].1).is_empty());
        let mut bound = BTreeSet::new();
        bound_names(&found[1].1, &mut bound);
        bound_names(" macro row(a, b=1) ", &mut bound);
        bound_names("- set total = 1 -", &mut bound);
        assert_eq!(
            bound.into_iter().collect::<Vec<_>>(),
            vec!["a", "b", "m", "n", "row", "total"]
        );
    }
}
