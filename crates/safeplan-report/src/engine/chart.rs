//! Vector charts (line and grouped bar): title above, unit, gridlines at nice ticks with local
//! number formatting, category labels, a legend when there is more than one series, the source
//! below. Missing values leave a gap in a line or an empty slot among bars.

use super::axis::Axis;
use super::draw::{Item, ItemKind, Mark, NodeId, Paint, Shape};
use super::flow::Context;
use super::fonts::Face;
use super::numbers;
use super::specs::{ChartKind, ChartSpec};
use super::style::*;
use super::text::{set_text, single_run, Align, Span};

const LABEL_SIZE: f32 = 7.5;
/// Baseline to baseline of the source note under a chart.
const SOURCE_LEADING: f32 = 9.5;
/// A source longer than this many lines is cut: the plot must keep most of the chart's height.
const MAX_SOURCE_LINES: usize = 4;
/// Legend keys wrap onto at most this many rows.
const MAX_LEGEND_ROWS: usize = 3;
const LEGEND_ROW: f32 = 11.0;

pub fn chart_height(width: f32) -> f32 {
    (width * 0.56).clamp(170.0, 270.0)
}

pub fn alt_text(spec: &ChartSpec) -> String {
    if spec.alt.trim().is_empty() {
        spec.title.clone()
    } else {
        spec.alt.clone()
    }
}

#[allow(clippy::too_many_arguments)]
fn text_item(
    ctx: &Context<'_>,
    text: &str,
    x: f32,
    y: f32,
    face: Face,
    size: f32,
    color: super::draw::Color,
    node: NodeId,
    align: Align,
) -> Item {
    let run = single_run(ctx.fonts, text, face, size, color);
    let x = match align {
        Align::Right => x - run.width,
        Align::Center => x - run.width / 2.0,
        _ => x,
    };
    Item {
        x,
        y,
        kind: ItemKind::Text(run),
        mark: Mark::Content(node),
    }
}

/// What a chart reserves above and below its plot: charts side by side share one frame so their
/// plots line up.
#[derive(Clone, Copy, Debug, Default)]
pub struct Frame {
    pub title_lines: usize,
    pub unit: bool,
    pub legend: bool,
    /// Rows the legend's keys take within the chart's width (0 without a legend).
    pub legend_rows: usize,
    /// Lines the source note takes, wrapped to the chart's width (0 without a source).
    pub source_lines: usize,
}

fn source_spans(spec: &ChartSpec) -> [Span; 1] {
    [Span::new(
        spec.source.clone(),
        Face::Italic,
        LABEL_SIZE,
        MUTED,
    )]
}

/// Where each legend key starts, as (row, x offset from the chart's left edge): keys move to the next
/// row rather than run past the chart's right edge into its neighbour.
fn legend_layout(ctx: &Context<'_>, spec: &ChartSpec, w: f32) -> Vec<(usize, f32)> {
    let face = ctx.fonts.face(Face::Regular);
    let mut row = 0;
    let mut at = 0.0f32;
    spec.series
        .iter()
        .map(|series| {
            let key_w = 12.0 + face.width(&series.name, LABEL_SIZE);
            if at > 0.0 && at + key_w > w && row + 1 < MAX_LEGEND_ROWS {
                row += 1;
                at = 0.0;
            }
            let place = (row, at);
            at += key_w + 14.0;
            place
        })
        .collect()
}

impl Frame {
    pub fn of(ctx: &Context<'_>, spec: &ChartSpec, w: f32) -> Frame {
        let spans = [Span::new(spec.title.clone(), Face::Bold, 9.5, TEXT)];
        let title_lines = if spec.title.trim().is_empty() {
            0
        } else {
            set_text(ctx.fonts, &ctx.hyphenator, &spans, w, Align::Left)
                .len()
                .min(2)
        };
        let source_lines = if spec.source.trim().is_empty() {
            0
        } else {
            set_text(
                ctx.fonts,
                &ctx.hyphenator,
                &source_spans(spec),
                w,
                Align::Left,
            )
            .len()
            .min(MAX_SOURCE_LINES)
        };
        let legend = spec.series.len() > 1;
        let legend_rows = if legend {
            legend_layout(ctx, spec, w)
                .last()
                .map_or(0, |(row, _)| row + 1)
        } else {
            0
        };
        Frame {
            title_lines,
            unit: !spec.unit.trim().is_empty(),
            legend,
            legend_rows,
            source_lines,
        }
    }

    pub fn union(self, o: Frame) -> Frame {
        Frame {
            title_lines: self.title_lines.max(o.title_lines),
            unit: self.unit || o.unit,
            legend: self.legend || o.legend,
            legend_rows: self.legend_rows.max(o.legend_rows),
            source_lines: self.source_lines.max(o.source_lines),
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub fn draw_chart(
    ctx: &Context<'_>,
    spec: &ChartSpec,
    frame: Frame,
    x: f32,
    top: f32,
    w: f32,
    h: f32,
    node: NodeId,
    items: &mut Vec<Item>,
) {
    let mark = Mark::Content(node);
    let mut y = top;
    // Title, wrapped to the chart's width.
    let spans = [Span::new(spec.title.clone(), Face::Bold, 9.5, TEXT)];
    if !spec.title.trim().is_empty() {
        let lines = set_text(ctx.fonts, &ctx.hyphenator, &spans, w, Align::Left);
        for (i, line) in lines.iter().take(2).enumerate() {
            items.extend(super::flow::line_items(
                line,
                x,
                y + 12.5 * (i + 1) as f32 - 3.0,
                mark,
            ));
        }
    }
    y += 12.5 * frame.title_lines as f32;
    if frame.unit {
        y += 11.0;
        if !spec.unit.trim().is_empty() {
            items.push(text_item(
                ctx,
                &spec.unit,
                x,
                y - 2.0,
                Face::Regular,
                LABEL_SIZE,
                MUTED,
                node,
                Align::Left,
            ));
        }
    }
    y += 6.0;
    let multi = spec.series.len() > 1;
    let legend_h = if frame.legend {
        4.0 + LEGEND_ROW * frame.legend_rows.max(1) as f32
    } else {
        0.0
    };
    let source_h = if frame.source_lines > 0 {
        3.5 + SOURCE_LEADING * frame.source_lines as f32
    } else {
        0.0
    };
    let bottom_reserved = 14.0 + legend_h + source_h;
    let plot_top = y;
    let plot_bottom = (top + h - bottom_reserved).max(plot_top + 30.0);

    let axis = Axis::of(
        spec.series
            .iter()
            .flat_map(|s| s.values.iter().flatten().copied()),
        spec.y_min,
    );
    let labels: Vec<String> = axis
        .ticks
        .iter()
        .map(|&t| numbers::format(t, axis.decimals.min(3), ctx.lang))
        .collect();
    let label_w = labels
        .iter()
        .map(|l| ctx.fonts.face(Face::Regular).width(l, LABEL_SIZE))
        .fold(0.0, f32::max);
    let plot_left = x + label_w + 6.0;
    let plot_right = x + w - 2.0;
    let py = |v: f64| -> f32 { plot_bottom - axis.fraction(v) * (plot_bottom - plot_top) };
    for (t, label) in axis.ticks.iter().zip(&labels) {
        let gy = py(*t);
        let paint = if *t == axis.lo {
            Paint::Stroke(MUTED, 0.7)
        } else {
            Paint::Stroke(RULE, 0.4)
        };
        items.push(Item {
            x: plot_left,
            y: gy,
            kind: ItemKind::Shape(
                Shape::Polyline(vec![(0.0, 0.0), (plot_right - plot_left, 0.0)]),
                paint,
            ),
            mark,
        });
        items.push(text_item(
            ctx,
            label,
            plot_left - 4.0,
            gy + 2.6,
            Face::Regular,
            LABEL_SIZE,
            MUTED,
            node,
            Align::Right,
        ));
    }

    let n = spec
        .x_labels
        .len()
        .max(
            spec.series
                .iter()
                .map(|s| s.values.len())
                .max()
                .unwrap_or(0),
        )
        .max(1);
    let slot = (plot_right - plot_left) / n as f32;
    let cx = |i: usize| plot_left + slot * (i as f32 + 0.5);
    // Category labels: every k-th when they would collide.
    let widest = spec
        .x_labels
        .iter()
        .map(|l| ctx.fonts.face(Face::Regular).width(l, LABEL_SIZE))
        .fold(0.0, f32::max);
    let every = ((widest + 4.0) / slot.max(1.0)).ceil().max(1.0) as usize;
    for (i, l) in spec.x_labels.iter().enumerate() {
        if i % every == 0 {
            items.push(text_item(
                ctx,
                l,
                cx(i),
                plot_bottom + 10.5,
                Face::Regular,
                LABEL_SIZE,
                MUTED,
                node,
                Align::Center,
            ));
        }
    }

    let zero_y = py(axis.base.max(axis.lo));
    for (s, series) in spec.series.iter().enumerate() {
        let color = SERIES[s % SERIES.len()];
        match spec.kind {
            ChartKind::Line => {
                let mut seg: Vec<(f32, f32)> = Vec::new();
                let mut segs = Vec::new();
                for i in 0..n {
                    match series
                        .values
                        .get(i)
                        .copied()
                        .flatten()
                        .filter(|v| v.is_finite())
                    {
                        Some(v) => seg.push((cx(i), py(v))),
                        None => segs.push(std::mem::take(&mut seg)),
                    }
                }
                segs.push(seg);
                for seg in segs.into_iter().filter(|s| !s.is_empty()) {
                    for &(px, pyv) in &seg {
                        items.push(Item {
                            x: px,
                            y: pyv,
                            kind: ItemKind::Shape(Shape::Circle { r: 2.0 }, Paint::Fill(color)),
                            mark,
                        });
                    }
                    if seg.len() > 1 {
                        let (ox, oy) = seg[0];
                        let rel = seg.iter().map(|&(a, b)| (a - ox, b - oy)).collect();
                        items.push(Item {
                            x: ox,
                            y: oy,
                            kind: ItemKind::Shape(Shape::Polyline(rel), Paint::Stroke(color, 1.7)),
                            mark,
                        });
                    }
                }
            }
            ChartKind::Bar => {
                let group = (slot * 0.72).min(34.0 * spec.series.len().max(1) as f32);
                let bw = group / spec.series.len().max(1) as f32;
                for i in 0..n {
                    if let Some(v) = series
                        .values
                        .get(i)
                        .copied()
                        .flatten()
                        .filter(|v| v.is_finite())
                    {
                        let bx = cx(i) - group / 2.0 + bw * s as f32 + bw * 0.06;
                        let (y0, y1) = (py(v).min(zero_y), py(v).max(zero_y));
                        items.push(Item {
                            x: bx,
                            y: y0,
                            kind: ItemKind::Shape(
                                Shape::Rect {
                                    w: bw * 0.88,
                                    h: (y1 - y0).max(0.3),
                                },
                                Paint::Fill(color),
                            ),
                            mark,
                        });
                    }
                }
            }
        }
    }

    let mut y = plot_bottom + 14.0;
    if multi {
        for ((s, series), (row, dx)) in spec
            .series
            .iter()
            .enumerate()
            .zip(legend_layout(ctx, spec, w))
        {
            let color = SERIES[s % SERIES.len()];
            let key_y = y + 11.0 + LEGEND_ROW * row as f32;
            items.push(Item {
                x: x + dx,
                y: key_y - 6.5,
                kind: ItemKind::Shape(Shape::Rect { w: 9.0, h: 6.5 }, Paint::Fill(color)),
                mark,
            });
            items.push(text_item(
                ctx,
                &series.name,
                x + dx + 12.0,
                key_y,
                Face::Regular,
                LABEL_SIZE,
                TEXT,
                node,
                Align::Left,
            ));
        }
    }
    // Charts side by side share the frame, so both sources start at the same height.
    y += legend_h;
    if frame.source_lines > 0 {
        let lines = set_text(
            ctx.fonts,
            &ctx.hyphenator,
            &source_spans(spec),
            w,
            Align::Left,
        );
        for (i, line) in lines.iter().take(frame.source_lines).enumerate() {
            items.extend(super::flow::line_items(
                line,
                x,
                y + 10.0 + SOURCE_LEADING * i as f32,
                mark,
            ));
        }
    }
}
