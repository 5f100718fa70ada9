//! The window's commands are listed once (src/commands/list.rs). The handler and the permissions are
//! expanded from that list; this test checks the three places that cannot be: the capability file
//! allows exactly those commands, every `#[tauri::command]` under src/commands/ is in the list (an
//! unlisted one could never be called), and ui/src/lib/api.ts wraps every command and calls no other.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

include!("../src/commands/list.rs");

const COMMANDS: &[&str] = app_commands!(command_names);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn listed() -> BTreeSet<String> {
    COMMANDS.iter().map(|c| c.to_string()).collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_capability_file_allows_exactly_the_listed_commands() {
    let file = root().join("capabilities/default.json");
    let caps: serde_json::Value =
        serde_json::from_str(&read(&file)).expect("capabilities are JSON");
    let allowed: BTreeSet<String> = caps["permissions"]
        .as_array()
        .expect("a permissions list")
        .iter()
        .filter_map(|p| p.as_str())
        .filter_map(|p| p.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect();
    assert_eq!(
        allowed,
        listed(),
        "capabilities/default.json against src/commands/list.rs"
    );
}

#[test]
fn every_command_function_is_listed() {
    let mut defined = BTreeSet::new();
    for entry in std::fs::read_dir(root().join("src/commands")).unwrap() {
        let path = entry.unwrap().path();
        let text = read(&path);
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            if !line.trim_start().starts_with("#[tauri::command") {
                continue;
            }
            let signature = lines.find(|l| l.contains("fn ")).unwrap_or_else(|| {
                panic!("{}: a command attribute without a function", path.display())
            });
            let name = signature
                .split("fn ")
                .nth(1)
                .and_then(|rest| rest.split(['(', '<']).next())
                .expect("a function name")
                .trim()
                .to_string();
            defined.insert(name);
        }
    }
    assert_eq!(
        defined,
        listed(),
        "#[tauri::command] functions against src/commands/list.rs"
    );
}

#[test]
fn the_ui_wraps_every_command_and_calls_no_other() {
    let api = read(&root().join("../ui/src/lib/api.ts"));
    // Every call goes through `call<T>('name', …)` or `call('name')`.
    let mut called = BTreeSet::new();
    for piece in api.split("call").skip(1) {
        let rest = piece.trim_start();
        let rest = match rest.strip_prefix('<') {
            // Skip the type argument, which may nest: call<Array<Plan>>('plans').
            Some(r) => {
                let mut depth = 1;
                let end = r
                    .char_indices()
                    .find(|&(_, c)| {
                        depth += match c {
                            '<' => 1,
                            '>' => -1,
                            _ => 0,
                        };
                        depth == 0
                    })
                    .map(|(i, _)| i + 1)
                    .unwrap_or(r.len());
                &r[end..]
            }
            None => rest,
        };
        if let Some(args) = rest.strip_prefix("('") {
            called.insert(args.split('\'').next().unwrap().to_string());
        }
    }
    assert_eq!(
        called,
        listed(),
        "ui/src/lib/api.ts against src/commands/list.rs"
    );
}
