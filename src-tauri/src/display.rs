//! Opening the window system. Without a display to draw on (no X server or Wayland compositor that
//! the environment names, or one that refuses us), GTK cannot start and the windowing library panics
//! with a backtrace. Whoever started the app deserves one line saying what is missing instead.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};

use tauri::{App, Builder, Context, Wry};

/// Builds the app (which opens the window system); if that fails, says why on stderr and exits with
/// status 1.
pub fn build_or_exit(builder: Builder<Wry>, context: Context<Wry>) -> App<Wry> {
    // The windowing library reports a missing display by panicking: catch that one panic quietly
    // (the default hook would print a backtrace first), then put the hook back for everything later.
    let previous = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let built = panic::catch_unwind(AssertUnwindSafe(move || builder.build(context)));
    panic::set_hook(previous);
    let reason = match built {
        Ok(Ok(app)) => return app,
        Ok(Err(e)) => e.to_string(),
        Err(payload) => short(&panic_text(payload.as_ref())),
    };
    eprintln!("safeplan-app: {}", message(&reason));
    std::process::exit(1);
}

/// The line the user sees, naming what the app needs.
fn message(reason: &str) -> String {
    format!(
        "cannot open the window ({reason}). Safeplan needs a graphical session: DISPLAY or \
         WAYLAND_DISPLAY must name a running display."
    )
}

/// The readable head of a panic message: the windowing library appends its error's debug form
/// (`BoolError { message: .., filename: "<a path on the build machine>", .. }`), which says nothing
/// more to a user.
fn short(text: &str) -> String {
    let head = text.split(" { ").next().unwrap_or(text);
    let head = head.trim_end_matches(|c: char| c == ':' || c.is_whitespace());
    let head = head.rsplit_once(": ").map_or(head, |(before, _)| before);
    head.trim_end_matches('!').to_owned()
}

fn panic_text(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "the window system did not start".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_payload_becomes_its_text() {
        // What `panic!` carries: a String when formatted, a &'static str when not.
        let formatted: Box<dyn Any + Send> =
            Box::new(format!("Failed to initialize gtk backend!: {}", 7));
        assert_eq!(
            panic_text(formatted.as_ref()),
            "Failed to initialize gtk backend!: 7"
        );
        let literal: Box<dyn Any + Send> = Box::new("no display");
        assert_eq!(panic_text(literal.as_ref()), "no display");
        let other: Box<dyn Any + Send> = Box::new(42_u8);
        assert_eq!(
            panic_text(other.as_ref()),
            "the window system did not start"
        );
    }

    #[test]
    fn the_reason_keeps_the_head_of_the_panic_message() {
        assert_eq!(
            short(
                "Failed to initialize gtk backend!: BoolError { message: \"Failed to initialize GTK\", \
                 filename: \"src/rt.rs\", function: \"gtk::rt::init\", line: 141 }"
            ),
            "Failed to initialize gtk backend"
        );
        assert_eq!(short("no display"), "no display");
    }

    #[test]
    fn the_message_names_the_reason_and_what_is_needed() {
        let line = message("Failed to initialize GTK");
        assert!(line.contains("Failed to initialize GTK"));
        assert!(line.contains("DISPLAY"));
        assert!(!line.contains('\n'));
    }
}
