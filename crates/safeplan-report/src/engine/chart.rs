//! Vector charts.

use super::draw::{Item, NodeId};
use super::flow::Context;
use super::specs::ChartSpec;

pub fn chart_height(width: f32) -> f32 {
    (width * 0.55).clamp(150.0, 280.0)
}

pub fn alt_text(spec: &ChartSpec) -> String {
    if spec.alt.trim().is_empty() {
        spec.title.clone()
    } else {
        spec.alt.clone()
    }
}

#[allow(clippy::too_many_arguments)]
pub fn draw_chart(_ctx: &Context<'_>, _spec: &ChartSpec, _x: f32, _y: f32, _w: f32, _h: f32, _node: NodeId, _items: &mut Vec<Item>) {}
