//! The `typeface` URI scheme: the window's Noto Sans faces (ui/src/fonts.css), served from the bytes
//! the report engine embeds for the PDFs (`safeplan_core::ui_typeface`), so the UI's assets carry no
//! second copy of the font files. The page asks for `typeface://localhost/NotoSans-Regular.ttf` (on
//! Windows WebView2 spells it `http://typeface.localhost/…`); the CSP's `font-src` allows both.
//!
//! A thin shell like the commands: the path names the face, core answers with its bytes or a
//! `not_found`, and this turns either into an HTTP response.

use std::borrow::Cow;

use tauri::http::{header, Request, Response, StatusCode};
use tauri::{Runtime, UriSchemeContext, UriSchemeResponder};

/// The scheme's name; ui/src/fonts.css, ui/index.html and the CSP in tauri.conf.json spell it too.
pub const SCHEME: &str = "typeface";

/// Answers one request on a thread of its own: the first request for a face inflates it (a few
/// milliseconds in a release build), which must not hold up the window's main thread, and the
/// regular and bold faces of the first screen then inflate side by side.
pub fn serve<R: Runtime>(
    _: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
    responder: UriSchemeResponder,
) {
    let file = request.uri().path().trim_start_matches('/').to_owned();
    std::thread::spawn(move || responder.respond(response(&file)));
}

fn response(file: &str) -> Response<Cow<'static, [u8]>> {
    let answer = match safeplan_core::ui_typeface(file) {
        Ok(bytes) => Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, "font/ttf")
            // The page's origin is not this scheme's, and fonts are fetched in CORS mode.
            .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
            .body(Cow::Borrowed(bytes)),
        Err(e) => {
            // A page that asks for a face the app lacks is a bug in fonts.css: say so in the log.
            tracing::warn!(code = %e.code(), scheme = SCHEME, "{e}");
            Response::builder()
                .status(StatusCode::NOT_FOUND)
                .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
                .body(Cow::Owned(e.to_string().into_bytes()))
        }
    };
    // The builder fails only on an invalid header, and these are constants.
    answer.unwrap_or_else(|_| Response::new(Cow::Borrowed(&[][..])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_face_is_served_with_its_type_and_another_name_is_not_found() {
        let ok = response("NotoSans-Bold.ttf");
        assert_eq!(ok.status(), StatusCode::OK);
        assert_eq!(ok.headers()[header::CONTENT_TYPE], "font/ttf");
        assert!(ok.body().starts_with(&[0, 1, 0, 0]), "a TrueType file");
        let missing = response("NotoSans-Black.ttf");
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
        assert!(String::from_utf8_lossy(missing.body()).contains("NotoSans-Black.ttf"));
    }

    fn read(path: &str) -> String {
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
    }

    /// Every url() in the window's stylesheet and preloads is one of this scheme's, in both spellings,
    /// for a face core serves; every face core has is declared; and the CSP lets the page load them.
    /// A font file put back into the UI's assets, or a face renamed on one side only, fails here.
    #[test]
    fn the_ui_asks_for_exactly_the_faces_served_here() {
        let css = read("../ui/src/fonts.css");
        let urls: Vec<&str> = css
            .split("url(")
            .skip(1)
            .map(|rest| {
                rest.split(')')
                    .next()
                    .unwrap_or_default()
                    .trim_matches(['\'', '"'])
            })
            .collect();
        let linux = format!("{SCHEME}://localhost/");
        let windows = format!("http://{SCHEME}.localhost/");
        let mut faces: Vec<&str> = Vec::new();
        for url in &urls {
            let file = url
                .strip_prefix(&linux)
                .or_else(|| url.strip_prefix(&windows))
                .unwrap_or_else(|| panic!("fonts.css loads {url} from elsewhere"));
            assert_eq!(response(file).status(), StatusCode::OK, "{url}");
            faces.push(file);
        }
        for file in faces.iter() {
            for spelling in [&linux, &windows] {
                assert!(
                    css.contains(&format!("{spelling}{file}")),
                    "{file} without {spelling}"
                );
            }
        }
        faces.sort();
        faces.dedup();
        assert_eq!(faces.len(), 4, "the four faces: {faces:?}");
        let html = read("../ui/index.html");
        let preloads: Vec<&str> = html
            .lines()
            .filter(|l| l.contains("rel=\"preload\""))
            .collect();
        assert_eq!(preloads.len(), 2, "{preloads:?}");
        for (line, face) in preloads.iter().zip(["Regular", "Bold"]) {
            let url = format!("{linux}NotoSans-{face}.ttf");
            assert!(line.contains(&url), "{line} should preload {url}");
        }
        let conf = read("tauri.conf.json");
        let font_src = conf
            .split("font-src")
            .nth(1)
            .and_then(|rest| rest.split(';').next())
            .expect("the CSP has a font-src");
        for source in [
            format!("{SCHEME}:"),
            windows.trim_end_matches('/').to_owned(),
        ] {
            assert!(
                font_src.split_whitespace().any(|s| s == source),
                "font-src lacks {source}"
            );
        }
    }
}
