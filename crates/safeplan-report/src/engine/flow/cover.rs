//! The cover page: a deep-blue band with the kicker and the title (and the logo on a white tile),
//! the subtitle below it, and the plan's facts (unit, period, status, board, date) at the foot.

use super::{line_items, set, Flow, Unit, UnitKind};
use crate::engine::draw::{hline, rect, Item, ItemKind, Mark, Paint};
use crate::engine::fonts::Face;
use crate::engine::specs::CoverSpec;
use crate::engine::style::*;
use crate::engine::tagging::ROOT;
use crate::engine::text::{single_run, Align, Span};
use crate::engine::EngineError;

const BAND_H: f32 = 360.0;

pub fn flow_cover(flow: &mut Flow<'_, '_>, spec: &CoverSpec) -> Result<(), EngineError> {
    let mut items = vec![rect(
        0.0,
        0.0,
        PAGE_W,
        BAND_H,
        Paint::Fill(ACCENT),
        Mark::Artifact,
    )];
    let x = MARGIN_LEFT;
    let width = CONTENT_W;

    if let Some(name) = spec.logo.as_deref().filter(|n| !n.is_empty()) {
        let index = flow.ctx.images.index_of(name)?;
        let (pw, ph) = flow.ctx.images.size(index);
        let h = 44.0f32;
        let w = (h * pw as f32 / ph as f32).min(180.0);
        let h = w * ph as f32 / pw as f32;
        items.push(rect(
            x - 8.0,
            48.0,
            w + 16.0,
            h + 16.0,
            Paint::Fill(WHITE),
            Mark::Artifact,
        ));
        let node = flow.out.tree.add("Figure", ROOT);
        let alt = if flow.ctx.lang_tag.starts_with("sv") {
            "Logotyp"
        } else {
            "Logo"
        };
        flow.out.tree.nodes[node].alt = Some(alt.into());
        items.push(Item {
            x,
            y: 56.0,
            kind: ItemKind::Image { index, w, h },
            mark: Mark::Content(node),
        });
    }

    let mut y = 170.0;
    if !spec.kicker.trim().is_empty() {
        let node = flow.out.tree.add("P", ROOT);
        let spans = [Span::new(
            spec.kicker.clone(),
            Face::Regular,
            12.0,
            Color(0.82, 0.87, 0.94),
        )];
        for line in set(flow.ctx, &spans, width, Align::Left) {
            y += 16.0;
            items.extend(line_items(&line, x, y, Mark::Content(node)));
        }
        y += 14.0;
    }
    let node = flow.out.tree.add("P", ROOT);
    let spans = [Span::new(spec.title.clone(), Face::Bold, 28.0, WHITE)];
    for line in set(flow.ctx, &spans, width, Align::Left).iter().take(4) {
        y += 34.0;
        items.extend(line_items(line, x, y, Mark::Content(node)));
    }

    let mut y = BAND_H + 44.0;
    if !spec.subtitle.trim().is_empty() {
        let node = flow.out.tree.add("P", ROOT);
        let spans = [Span::new(
            spec.subtitle.clone(),
            Face::Regular,
            15.0,
            ACCENT,
        )];
        for line in set(flow.ctx, &spans, width, Align::Left) {
            items.extend(line_items(&line, x, y, Mark::Content(node)));
            y += 20.0;
        }
    }

    // The facts, bottom-aligned above the lower margin, label above value; many facts get
    // label and value side by side on tighter rows so they never climb into the subtitle.
    let rows = spec.lines.len() as f32;
    let room = PAGE_H - MARGIN_BOTTOM - (y + 24.0);
    let step = (room / rows.max(1.0)).clamp(12.0, 34.0);
    let stacked = step >= 34.0;
    let mut y = PAGE_H - MARGIN_BOTTOM - rows * step;
    if !spec.lines.is_empty() {
        let list = flow.out.tree.add("L", ROOT);
        items.push(hline(x, y - 4.0, width, ACCENT, 1.2));
        for (label, value) in &spec.lines {
            let li = flow.out.tree.add("LI", list);
            let lbl = flow.out.tree.add("Lbl", li);
            let body = flow.out.tree.add("LBody", li);
            let l = single_run(
                flow.ctx.fonts,
                &label.to_uppercase(),
                Face::Bold,
                7.5,
                MUTED,
            );
            let (label_y, value_x, value_y) = if stacked {
                (y + 10.0, x, y + 24.0)
            } else {
                (y + step - 7.0, x + width * 0.35, y + step - 7.0)
            };
            items.push(Item {
                x,
                y: label_y,
                kind: ItemKind::Text(l),
                mark: Mark::Content(lbl),
            });
            let v = single_run(flow.ctx.fonts, value, Face::Regular, 11.0, TEXT);
            items.push(Item {
                x: value_x,
                y: value_y,
                kind: ItemKind::Text(v),
                mark: Mark::Content(body),
            });
            y += step;
            items.push(hline(x, y - 4.0, width, RULE, 0.5));
        }
    }
    let mut u = Unit::new(PAGE_H, items);
    u.kind = UnitKind::Cover;
    flow.push(u);
    Ok(())
}

use crate::engine::draw::Color;
