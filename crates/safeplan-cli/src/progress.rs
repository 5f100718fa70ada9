//! The PDF export's progress bar: on stderr, and only when stderr is a terminal, so scripts and pipes
//! see nothing but the result.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};
use safeplan_core::Progress;

/// Runs `work`, drawing its progress reports as a bar when someone is watching.
pub(crate) fn with_bar<T>(work: impl FnOnce(&mut dyn FnMut(Progress)) -> T) -> T {
    if !std::io::stderr().is_terminal() {
        return work(&mut |_| {});
    }
    let bar = ProgressBar::new(1);
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg:<10} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let result = work(&mut |p| match p {
        Progress::Template => bar.set_message("template"),
        Progress::Layout { done, total } => {
            bar.set_message("layout");
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
        Progress::Writing => bar.set_message("writing"),
    });
    bar.finish_and_clear();
    result
}

/// Runs `work`, drawing its file count as a bar when someone is watching.
pub(crate) fn with_count_bar<T>(
    work: impl FnOnce(&mut dyn FnMut(safeplan_core::GatherProgress)) -> T,
) -> T {
    if !std::io::stderr().is_terminal() {
        return work(&mut |_| {});
    }
    let bar = ProgressBar::new(1);
    bar.set_style(
        ProgressStyle::with_template("{spinner} importing [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let result = work(&mut |p| {
        bar.set_length(u64::from(p.total));
        bar.set_position(u64::from(p.done));
    });
    bar.finish_and_clear();
    result
}
