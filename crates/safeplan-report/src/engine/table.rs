//! Tables.

use super::blocks::Table;
use super::draw::NodeId;
use super::flow::Flow;

pub fn flow_table(_flow: &mut Flow<'_, '_>, _t: &Table, _x: f32, _width: f32, _parent: NodeId) {}
