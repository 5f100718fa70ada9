//! The live preview of a lägesbild field, as the PDF will print it. It reads no database, so it never
//! waits behind a save while the planner types.

use safeplan_core::{ErrorPayload, PreviewBlock, PreviewPlace, Safeplan};

#[tauri::command(async)]
pub fn preview_markdown(
    text: String,
    place: PreviewPlace,
) -> Result<Vec<PreviewBlock>, ErrorPayload> {
    Safeplan::preview_markdown(&text, &place).map_err(ErrorPayload::from)
}
