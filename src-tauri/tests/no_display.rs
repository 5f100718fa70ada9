//! Started where there is no display (a server session, a mistyped DISPLAY), the app says so in one
//! line and exits with status 1, instead of a panic and a backtrace.

use std::process::Command;

#[test]
fn without_a_display_the_app_says_what_it_needs_and_exits_1() {
    let home = std::env::temp_dir().join(format!("safeplan-no-display-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_safeplan-app"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("SAFEPLAN_DB", home.join("safeplan.db"))
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    std::fs::remove_dir_all(&home).ok();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.contains("safeplan-app: cannot open the window"),
        "stderr: {stderr}"
    );
    assert!(stderr.contains("DISPLAY"), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(!stderr.contains("backtrace"), "stderr: {stderr}");
    // No source paths of the build machine (the windowing library's error carries one).
    assert!(!stderr.contains(".rs"), "stderr: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "stderr: {stderr}");
}
