//! What every page but the cover wears: the running header, the footer with "page X of Y", and
//! the watermark (on every page). All artifacts, so screen readers and text extraction skip them.

use super::draw::{hline, Item, ItemKind, Mark};
use super::fonts::{Face, Fonts};
use super::paginate::Document;
use super::style::*;
use super::text::single_run;
use super::PageSetup;

pub fn decorate(doc: &mut Document, setup: &PageSetup, fonts: &Fonts<'_>) {
    let total = doc.pages.len();
    let heading_pages = doc.heading_pages.clone();
    for (n, page) in doc.pages.iter_mut().enumerate() {
        // The table of contents' numbers, now that the headings have pages.
        for item in &mut page.items {
            if let ItemKind::PageNumberOf {
                heading,
                face,
                size,
                color,
            } = item.kind
            {
                let number = heading_pages.get(heading).map_or(0, |p| p + 1);
                let run = single_run(fonts, &number.to_string(), face, size, color);
                item.x -= run.width;
                item.kind = ItemKind::Text(run);
            }
        }
        if !page.cover {
            if !setup.header_text.trim().is_empty() {
                let mut run =
                    single_run(fonts, &setup.header_text, Face::Regular, SMALL_SIZE, MUTED);
                let max = CONTENT_W;
                if run.width > max {
                    run = fit(fonts, &setup.header_text, max);
                }
                page.items.push(Item {
                    x: MARGIN_LEFT,
                    y: MARGIN_TOP - 24.0,
                    kind: ItemKind::Text(run),
                    mark: Mark::Artifact,
                });
                page.items
                    .push(hline(MARGIN_LEFT, MARGIN_TOP - 17.0, CONTENT_W, RULE, 0.5));
            }
            let footer = setup
                .footer_template
                .replace("{page}", &(n + 1).to_string())
                .replace("{pages}", &total.to_string());
            if !footer.trim().is_empty() {
                let run = single_run(fonts, &footer, Face::Regular, SMALL_SIZE, MUTED);
                page.items.push(Item {
                    x: PAGE_W - MARGIN_RIGHT - run.width,
                    y: PAGE_H - MARGIN_BOTTOM + 34.0,
                    kind: ItemKind::Text(run),
                    mark: Mark::Artifact,
                });
            }
        }
        if let Some(mark) = setup.watermark.as_ref().filter(|w| !w.trim().is_empty()) {
            page.items.push(Item {
                x: PAGE_W / 2.0,
                y: PAGE_H / 2.0,
                kind: ItemKind::Watermark(mark.clone()),
                mark: Mark::Artifact,
            });
        }
    }
}

/// The header text shortened with an ellipsis to fit `max` points.
fn fit(fonts: &Fonts<'_>, text: &str, max: f32) -> super::draw::TextRun {
    let mut s: String = text.to_string();
    while !s.is_empty() {
        s.pop();
        let candidate = format!("{}…", s.trim_end());
        let run = single_run(fonts, &candidate, Face::Regular, SMALL_SIZE, MUTED);
        if run.width <= max {
            return run;
        }
    }
    single_run(fonts, "", Face::Regular, SMALL_SIZE, MUTED)
}
