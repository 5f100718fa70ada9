//! The cover page.

use super::Flow;
use crate::engine::specs::CoverSpec;
use crate::engine::EngineError;

pub fn flow_cover(_flow: &mut Flow<'_, '_>, _spec: &CoverSpec) -> Result<(), EngineError> {
    Ok(())
}
