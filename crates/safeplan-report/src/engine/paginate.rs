//! Placing the flow's units on pages: keep-with-next chains (headings with what follows, the
//! first and last two lines of a paragraph, a header row with its first body row), forced breaks,
//! the cover, and table headers repeated on the pages a table continues on.

use std::fmt::Write as _;

use super::draw::{Item, ItemKind, Shape};
use super::flow::{Flowed, HeadingInfo, Unit, UnitKind};
use super::style::{BODY_BOTTOM, BODY_TOP};
use super::tagging::StructTree;
use super::HeadingEntry;

#[derive(Clone, Debug, Default)]
pub struct Page {
    pub items: Vec<Item>,
    pub cover: bool,
}

pub struct Document {
    pub pages: Vec<Page>,
    pub headings: Vec<HeadingInfo>,
    /// 0-based page index of each heading.
    pub heading_pages: Vec<usize>,
    /// Top of each heading on its page, from the page's top.
    pub heading_y: Vec<f32>,
    pub tree: StructTree,
}

/// Longest keep-with-next chain honoured; past it the chain is cut rather than leaving pages empty.
const MAX_CHAIN: usize = 8;

struct Cursor {
    pages: Vec<Page>,
    y: f32,
    empty: bool,
}

impl Cursor {
    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = BODY_TOP;
        self.empty = true;
    }

    fn place(&mut self, unit: &Unit, artifact: bool) {
        let top = if self.empty {
            self.y
        } else {
            self.y + unit.space_before
        };
        if let Some(page) = self.pages.last_mut() {
            let at_top = self.empty;
            page.items.extend(unit.items.iter().map(|i| {
                let mut moved = i.shifted(0.0, top);
                // At a page's top the space above a unit is dropped, and so is the part of a
                // rule that bridged it (a quote's bar).
                if let (true, ItemKind::Shape(Shape::Rect { h, .. }, _)) = (at_top, &mut moved.kind)
                {
                    if i.y < 0.0 {
                        *h = (*h + i.y).max(0.0);
                        moved.y = top;
                    }
                }
                if artifact {
                    moved.as_artifact()
                } else {
                    moved
                }
            }));
        }
        self.y = top + unit.height;
        self.empty = false;
    }
}

pub fn paginate(flowed: Flowed) -> Document {
    let Flowed {
        units,
        headings,
        header_groups,
        tree,
    } = flowed;
    let mut cur = Cursor {
        pages: vec![Page::default()],
        y: BODY_TOP,
        empty: true,
    };
    let units = split_tall(units);
    let mut heading_pages = vec![0; headings.len()];
    let mut heading_y = vec![BODY_TOP; headings.len()];
    let body = BODY_BOTTOM - BODY_TOP;
    for (i, unit) in units.iter().enumerate() {
        match unit.kind {
            UnitKind::PageBreak => {
                if !cur.empty {
                    cur.new_page();
                }
                continue;
            }
            UnitKind::Cover => {
                if !cur.empty {
                    cur.new_page();
                }
                if let Some(p) = cur.pages.last_mut() {
                    p.cover = true;
                    p.items.extend(unit.items.iter().cloned());
                }
                cur.new_page();
                continue;
            }
            UnitKind::Flow | UnitKind::HeaderRow => {}
        }
        let own = unit.height + if cur.empty { 0.0 } else { unit.space_before };
        let mut chain = own;
        let mut k = i;
        while units[k].keep_with_next && k + 1 < units.len() && k - i < MAX_CHAIN {
            let next = &units[k + 1];
            if !matches!(next.kind, UnitKind::Flow | UnitKind::HeaderRow) {
                break;
            }
            chain += next.space_before + next.height;
            k += 1;
        }
        if chain > body {
            chain = own;
        }
        if !cur.empty && cur.y + chain > BODY_BOTTOM + 0.01 {
            cur.new_page();
            if unit.kind == UnitKind::Flow {
                if let Some(group) = unit.repeat_header.and_then(|g| header_groups.get(g)) {
                    for h in group {
                        cur.place(h, true);
                    }
                }
            }
        }
        if let Some(h) = unit.heading {
            if let (Some(slot), Some(ys)) = (heading_pages.get_mut(h), heading_y.get_mut(h)) {
                *slot = cur.pages.len() - 1;
                *ys = if cur.empty {
                    cur.y
                } else {
                    cur.y + unit.space_before
                };
            }
        }
        cur.place(unit, false);
    }
    let mut pages = cur.pages;
    if pages.len() > 1 && pages.last().is_some_and(|p| p.items.is_empty()) {
        pages.pop();
    }
    Document {
        pages,
        headings,
        heading_pages,
        heading_y,
        tree,
    }
}

/// A unit taller than a page (a table row with a very long cell, a huge code block) is cut into
/// page-high slices at text baselines, so nothing runs past the bottom margin.
fn split_tall(units: Vec<Unit>) -> Vec<Unit> {
    let body = BODY_BOTTOM - BODY_TOP;
    if units
        .iter()
        .all(|u| u.height <= body || u.kind == UnitKind::Cover)
    {
        return units;
    }
    let slice_h = body - 24.0;
    let mut out = Vec::with_capacity(units.len() + 4);
    for u in units {
        if u.height <= body || matches!(u.kind, UnitKind::Cover | UnitKind::PageBreak) {
            out.push(u);
            continue;
        }
        let slices = (u.height / slice_h).ceil().max(1.0) as usize;
        for k in 0..slices {
            let (lo, hi) = (k as f32 * slice_h, (k + 1) as f32 * slice_h);
            let items = u
                .items
                .iter()
                .filter_map(|i| slice_item(i, lo, hi))
                .collect();
            out.push(Unit {
                height: if k + 1 == slices {
                    u.height - lo
                } else {
                    slice_h
                },
                space_before: if k == 0 { u.space_before } else { 0.0 },
                keep_with_next: false,
                items,
                kind: u.kind,
                heading: if k == 0 { u.heading } else { None },
                repeat_header: u.repeat_header,
            });
        }
    }
    out
}

/// An item's part within the slice `lo..hi` of a tall unit, moved to the slice's top. A rectangle (a
/// header row's shading, a code block's background) is clipped to the slice, so each page the row
/// continues on keeps its share of it; anything else belongs to the slice its top falls in.
fn slice_item(item: &Item, lo: f32, hi: f32) -> Option<Item> {
    match &item.kind {
        ItemKind::Shape(Shape::Rect { w, h }, paint) => {
            let top = item.y.max(lo);
            let bottom = (item.y + h).min(hi);
            (bottom > top).then(|| Item {
                x: item.x,
                y: top - lo,
                kind: ItemKind::Shape(
                    Shape::Rect {
                        w: *w,
                        h: bottom - top,
                    },
                    paint.clone(),
                ),
                mark: item.mark,
            })
        }
        _ => (item.y >= lo && item.y < hi).then(|| item.shifted(0.0, -lo)),
    }
}

impl Document {
    pub fn heading_entries(&self) -> Vec<HeadingEntry> {
        self.headings
            .iter()
            .zip(&self.heading_pages)
            .map(|(h, &p)| HeadingEntry {
                level: h.level,
                text: h.text.clone(),
                page: p + 1,
            })
            .collect()
    }

    /// Every text run and figure with its page and position: the golden tests' view of a layout.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        for (n, page) in self.pages.iter().enumerate() {
            let _ = writeln!(
                out,
                "== page {}{}",
                n + 1,
                if page.cover { " (cover)" } else { "" }
            );
            for item in &page.items {
                match &item.kind {
                    ItemKind::Text(r) => {
                        let _ = writeln!(
                            out,
                            "{:6.1} {:6.1} {}{:<4.1} {}",
                            item.x,
                            item.y,
                            r.face.short(),
                            r.size,
                            r.text
                        );
                    }
                    ItemKind::Image { w, h, .. } => {
                        let _ = writeln!(out, "{:6.1} {:6.1} image {w:.1}x{h:.1}", item.x, item.y);
                    }
                    ItemKind::PageNumberOf { heading, .. } => {
                        let page = self.heading_pages.get(*heading).map_or(0, |p| p + 1);
                        let _ = writeln!(
                            out,
                            "{:6.1} {:6.1} page-of {heading} = {page}",
                            item.x, item.y
                        );
                    }
                    _ => {}
                }
            }
        }
        out
    }
}
