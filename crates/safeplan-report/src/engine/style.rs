//! The page and the type: one place for the measures a designer would tune.

use super::draw::Color;

pub const PAGE_W: f32 = 595.276;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN_LEFT: f32 = 76.0;
pub const MARGIN_RIGHT: f32 = 76.0;
pub const MARGIN_TOP: f32 = 78.0;
pub const MARGIN_BOTTOM: f32 = 74.0;
pub const CONTENT_W: f32 = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;
pub const BODY_TOP: f32 = MARGIN_TOP;
pub const BODY_BOTTOM: f32 = PAGE_H - MARGIN_BOTTOM;

pub const BODY_SIZE: f32 = 10.5;
pub const BODY_LEADING: f32 = 15.5;
pub const PARA_SPACE: f32 = 7.0;
pub const SMALL_SIZE: f32 = 8.5;
pub const SMALL_LEADING: f32 = 11.5;
pub const TABLE_SIZE: f32 = 9.0;
pub const TABLE_LEADING: f32 = 12.0;
pub const CELL_PAD_X: f32 = 5.0;
pub const CELL_PAD_Y: f32 = 4.0;
pub const LIST_INDENT: f32 = 18.0;
pub const QUOTE_INDENT: f32 = 16.0;

/// Deep blue: headings, rules, the cover band and the first chart series.
pub const ACCENT: Color = Color(0.086, 0.227, 0.420);
pub const TEXT: Color = Color(0.13, 0.14, 0.16);
pub const QUOTE_TEXT: Color = Color(0.24, 0.27, 0.31);
pub const MUTED: Color = Color(0.38, 0.41, 0.45);
pub const RULE: Color = Color(0.78, 0.80, 0.84);
pub const SHADE: Color = Color(0.90, 0.93, 0.965);
pub const LINK: Color = Color(0.08, 0.30, 0.62);
pub const WHITE: Color = Color(1.0, 1.0, 1.0);

/// Chart series colours: deep blue, warm orange, teal, plum, grey (distinguishable in greyscale
/// print by lightness too).
pub const SERIES: [Color; 5] = [
    Color(0.086, 0.227, 0.420),
    Color(0.85, 0.45, 0.12),
    Color(0.16, 0.58, 0.56),
    Color(0.55, 0.30, 0.55),
    Color(0.55, 0.57, 0.60),
];

pub struct HeadingStyle {
    pub size: f32,
    pub leading: f32,
    pub space_before: f32,
    pub space_after: f32,
    pub color: Color,
}

pub fn heading(level: u8) -> HeadingStyle {
    match level {
        1 => HeadingStyle {
            size: 19.0,
            leading: 24.0,
            space_before: 26.0,
            space_after: 10.0,
            color: ACCENT,
        },
        2 => HeadingStyle {
            size: 14.0,
            leading: 18.5,
            space_before: 18.0,
            space_after: 6.0,
            color: ACCENT,
        },
        _ => HeadingStyle {
            size: 11.5,
            leading: 15.5,
            space_before: 12.0,
            space_after: 3.0,
            color: TEXT,
        },
    }
}
