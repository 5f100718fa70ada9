//! A template's optional `template.json`: its name, what it is for, and the languages it has.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Language folders the template has, e.g. `["sv", "en"]`.
    pub languages: Vec<String>,
}

impl Manifest {
    /// Reads a manifest; the error says what is wrong in words a template author can act on.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        serde_json::from_str(text).map_err(|e| format!("template.json:{}: {e}", e.line()))
    }
}
