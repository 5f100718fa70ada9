//! The app window's typeface. The window shows its text in Noto Sans, the reports' face, and takes the
//! bytes from the report engine rather than from a copy of the font files in the UI's assets: the
//! face is then in the app binary once, and the window and the PDF can never draw different versions
//! of it. The desktop shell serves these bytes to the page (src-tauri's `typeface` protocol).

use safeplan_report::builtin;

use crate::error::CoreError;

/// A face the window may ask for, by its file name (`NotoSans-Regular.ttf`, `NotoSans-Bold.ttf`,
/// `NotoSans-Italic.ttf`, `NotoSans-BoldItalic.ttf`): the TTF file's bytes. Any other name is
/// `not_found`, naming the faces there are.
pub fn ui_typeface(file: &str) -> Result<&'static [u8], CoreError> {
    builtin::face(file).ok_or_else(|| {
        CoreError::NotFound(format!(
            "the app has no typeface file \"{file}\" (it has {})",
            builtin::face_files().join(", ")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn each_face_is_its_font_file() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/fonts");
        for file in builtin::face_files() {
            let served = ui_typeface(file).expect("a shipped face");
            let on_disk = std::fs::read(dir.join(file)).expect("the font file");
            assert!(served == &on_disk[..], "{file} is not the file's bytes");
        }
        assert_eq!(builtin::face_files().len(), 4);
    }

    #[test]
    fn another_name_is_not_found() {
        for name in ["", "NotoSans.ttf", "../OFL.txt", "NotoSans-Regular.ttf/"] {
            let err = ui_typeface(name).expect_err(name);
            assert_eq!(err.code(), ErrorCode::NotFound, "{name}");
            assert!(err.to_string().contains("NotoSans-Bold.ttf"), "{err}");
        }
    }
}
