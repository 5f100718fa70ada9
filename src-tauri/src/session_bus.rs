//! Where GLib looks for the session bus when the machine has none. A desktop session always has a
//! bus (its address in `DBUS_SESSION_BUS_ADDRESS`, or systemd's socket at `$XDG_RUNTIME_DIR/bus`).
//! Without one, GLib tries to start a bus with `dbus-launch` each time something asks for it: GTK's
//! accessibility bridge at start, dconf on every settings write (the file chooser writes several).
//! Each try forks the app and searches every folder of `PATH`, and where `dbus-launch` is not
//! installed (the README's packages do not install it) each try fails. The app then names an address
//! GLib refuses at once, so the outcome is the same failure without the forks: no bus, and so no
//! screen reader either way, since a screen reader needs the bus. Where a bus or `dbus-launch` exists
//! nothing is changed, and a user's own `DBUS_SESSION_BUS_ADDRESS` (any value) is always kept.

#[cfg(target_os = "linux")]
use std::ffi::OsStr;
#[cfg(target_os = "linux")]
use std::path::Path;

/// The variable GLib reads first for the session bus's address.
#[cfg(target_os = "linux")]
const ADDRESS: &str = "DBUS_SESSION_BUS_ADDRESS";

/// An address with a transport GLib does not know: connecting fails at once, before any autolaunch.
#[cfg(target_os = "linux")]
const NO_BUS: &str = "disabled:";

/// Names the refused address when no session bus can be reached or started. Must be called before
/// any other thread exists: it changes the process environment.
pub fn prepare_environment() {
    #[cfg(target_os = "linux")]
    {
        let runtime_dir = std::env::var_os("XDG_RUNTIME_DIR");
        let path = std::env::var_os("PATH");
        if bus_unreachable(
            std::env::var_os(ADDRESS).is_some(),
            runtime_dir.as_deref().map(Path::new),
            path.as_deref(),
        ) {
            std::env::set_var(ADDRESS, NO_BUS);
        }
    }
}

/// True when GLib would end up trying `dbus-launch` and failing: no address set, no systemd socket
/// in the runtime folder, and no `dbus-launch` in any folder of `path`.
#[cfg(target_os = "linux")]
fn bus_unreachable(address_set: bool, runtime_dir: Option<&Path>, path: Option<&OsStr>) -> bool {
    if address_set {
        return false;
    }
    if runtime_dir.is_some_and(|dir| dir.join("bus").exists()) {
        return false;
    }
    let launcher_found = path.is_some_and(|path| {
        std::env::split_paths(path).any(|dir| dir.join("dbus-launch").is_file())
    });
    !launcher_found
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::ffi::OsString;
    use std::path::PathBuf;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("safeplan-bus-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn path_of(dirs: &[&Path]) -> OsString {
        std::env::join_paths(dirs).unwrap()
    }

    #[test]
    fn no_address_no_socket_no_launcher_is_unreachable() {
        let root = scratch("none");
        let (runtime, bin) = (root.join("run"), root.join("bin"));
        std::fs::create_dir_all(&runtime).unwrap();
        std::fs::create_dir_all(&bin).unwrap();
        assert!(bus_unreachable(
            false,
            Some(&runtime),
            Some(&path_of(&[&bin]))
        ));
        assert!(bus_unreachable(false, None, None));
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn an_address_a_socket_or_a_launcher_leaves_glib_alone() {
        let root = scratch("some");
        let (runtime, bin, other) = (root.join("run"), root.join("bin"), root.join("other"));
        for dir in [&runtime, &bin, &other] {
            std::fs::create_dir_all(dir).unwrap();
        }
        // The user's own address, whatever it is.
        assert!(!bus_unreachable(true, None, None));
        // systemd's per-user bus.
        std::fs::write(runtime.join("bus"), b"").unwrap();
        assert!(!bus_unreachable(false, Some(&runtime), None));
        // dbus-launch in the second folder of PATH: autolaunch may succeed.
        std::fs::write(bin.join("dbus-launch"), b"").unwrap();
        assert!(!bus_unreachable(
            false,
            None,
            Some(&path_of(&[&other, &bin]))
        ));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
