//! The JSON bodies of the fenced blocks, as the template writes them.

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoverSpec {
    #[serde(default)]
    pub kicker: String,
    pub title: String,
    #[serde(default)]
    pub subtitle: String,
    #[serde(default)]
    pub lines: Vec<(String, String)>,
    #[serde(default)]
    pub logo: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TocSpec {
    #[serde(default = "default_toc_title")]
    pub title: String,
    #[serde(default = "default_toc_level")]
    pub max_level: u8,
}

fn default_toc_title() -> String {
    "Innehåll".into()
}

fn default_toc_level() -> u8 {
    2
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    Line,
    Bar,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartSpec {
    pub kind: ChartKind,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub alt: String,
    #[serde(default)]
    pub x_labels: Vec<String>,
    #[serde(default)]
    pub series: Vec<Series>,
    #[serde(default)]
    pub y_min: Option<f64>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartPairSpec {
    pub left: ChartSpec,
    pub right: ChartSpec,
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum CellAlign {
    #[default]
    Left,
    Right,
    Center,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnSpec {
    #[serde(default)]
    pub title: String,
    #[serde(default = "default_weight")]
    pub width: f32,
    #[serde(default)]
    pub align: CellAlign,
}

fn default_weight() -> f32 {
    1.0
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableSpec {
    #[serde(default)]
    pub caption: String,
    pub columns: Vec<ColumnSpec>,
    #[serde(default)]
    pub rows: Vec<Vec<String>>,
    /// How many leading rows are headers. The column titles form a header row of their own when
    /// any is non-empty; `header_rows` then counts further rows of `rows` as headers too.
    #[serde(default = "default_header_rows")]
    pub header_rows: usize,
}

fn default_header_rows() -> usize {
    1
}
