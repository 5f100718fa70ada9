//! How the window's web engine is started on Linux, where WebKitGTK reads its choices from the
//! environment. Everything here is set first thing in `main`, before GTK, WebKit or any other thread
//! starts, and only where the user has not set the variable themselves (to any value), so a user can
//! always turn a choice back. Programs the app opens (a PDF viewer) inherit them too; none of them
//! changes what such a program shows.
//!
//! The figures are PSS summed over the app and its WebKit processes with the largest demo plan open
//! (`make bench-app`, docs/performance.md "Desktop app"), on 2 cores under Xvfb with Mesa's software
//! renderer, the way the app is measured there.

#[cfg(target_os = "linux")]
use std::path::{Path, PathBuf};

/// Sets the web engine's environment. Must be called before any other thread exists: it changes the
/// process environment, which another thread might be reading.
pub fn prepare_environment() {
    #[cfg(target_os = "linux")]
    for (name, value) in linux_defaults(Path::new("/dev/dri")) {
        if std::env::var_os(name).is_none() {
            std::env::set_var(name, value);
        }
    }
}

/// The variables and values the app starts WebKitGTK with, `dri` being where the kernel lists the
/// machine's GPUs.
#[cfg(target_os = "linux")]
fn linux_defaults(dri: &Path) -> Vec<(&'static str, String)> {
    vec![
        // WebKitGTK's accelerated compositing gives the web process a GPU compositor of its own:
        // 386 → 264 MiB when turned off, for forms that need no GPU.
        ("WEBKIT_DISABLE_COMPOSITING_MODE", "1".to_owned()),
        // With compositing off nothing in the app draws with OpenGL, yet the app process still
        // loaded the GL driver (with Mesa: libLLVM and its driver) to ask three questions. These
        // three variables answer them: GTK 3 probes GLX when it opens the display (GDK_GL=disable:
        // GTK draws the window without GL, as it already did); WebKit probes EGL for its DMA-BUF
        // renderer, which only serves composited pages; and it probes EGL again only to learn which
        // render node to tell the web process about. Together: the app process 93 → 64 MiB, and
        // first paint about 40 ms sooner (medians 427–453 ms against 474–517). The web process still
        // starts its own EGL display, which WebKit 2.50 needs.
        ("GDK_GL", "disable".to_owned()),
        ("WEBKIT_DISABLE_DMABUF_RENDERER", "1".to_owned()),
        (
            "WEBKIT_WEB_RENDER_DEVICE_FILE",
            render_node(dri).to_string_lossy().into_owned(),
        ),
        // JavaScriptCore's optimizing compilers (DFG, and FTL above it) pay off for long-running hot
        // code; the UI's work per keystroke is short. After 20 keystrokes the web process holds 7 MiB
        // less without them (141 → 134 MiB), with keystroke-to-save and first paint the same within
        // the run-to-run spread (medians 21–29 ms against 27–28 ms). No JIT at all (JSC_useJIT=0)
        // saved 9 MiB more but made each input event's handling slower.
        ("JSC_useDFGJIT", "0".to_owned()),
        // glibc's malloc raises its trim threshold after a large block is freed and then keeps
        // that much free memory at the top of the heap: the web process held 9.7 MiB of heap, 4.1
        // with a fixed 1 MiB threshold (about 3 MiB less in all). Read when a process starts, so it
        // applies to the WebKit processes, not to this one.
        ("MALLOC_TRIM_THRESHOLD_", "1048576".to_owned()),
    ]
}

/// The render node WebKit would have found for itself: the first `renderD*` node, as the GPU drivers
/// number them. Without a GPU there is none, and WebKit would tell the web process no node; naming the
/// conventional first node, which then does not exist, gives the same outcome (nothing uses it while
/// the DMA-BUF renderer is off).
#[cfg(target_os = "linux")]
fn render_node(dri: &Path) -> PathBuf {
    let mut nodes: Vec<PathBuf> = std::fs::read_dir(dri)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("renderD"))
        })
        .collect();
    nodes.sort();
    nodes
        .into_iter()
        .next()
        .unwrap_or_else(|| dri.join("renderD128"))
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("safeplan-webview-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn render_node_is_the_first_render_node_listed() {
        let dri = scratch("gpus");
        for file in ["card0", "card1", "renderD129", "renderD128"] {
            std::fs::write(dri.join(file), b"").unwrap();
        }
        assert_eq!(render_node(&dri), dri.join("renderD128"));
        std::fs::remove_dir_all(&dri).unwrap();
    }

    #[test]
    fn render_node_without_a_gpu_names_a_node_that_does_not_exist() {
        let dri = scratch("nogpu");
        std::fs::write(dri.join("card0"), b"").unwrap();
        let node = render_node(&dri);
        assert_eq!(node, dri.join("renderD128"));
        assert!(!node.exists());
        assert_eq!(
            render_node(&dri.join("missing")),
            dri.join("missing").join("renderD128")
        );
        std::fs::remove_dir_all(&dri).unwrap();
    }

    #[test]
    fn every_default_has_a_value() {
        let dri = scratch("defaults");
        let defaults = linux_defaults(&dri);
        assert!(defaults.iter().all(|(_, value)| !value.is_empty()));
        let names: Vec<_> = defaults.iter().map(|(name, _)| *name).collect();
        assert!(names.contains(&"WEBKIT_DISABLE_COMPOSITING_MODE"));
        assert!(names.contains(&"WEBKIT_WEB_RENDER_DEVICE_FILE"));
        std::fs::remove_dir_all(&dri).unwrap();
    }
}
