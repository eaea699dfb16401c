//! Hydra's error answers. The admin API answers OAuth2-style errors
//! (`error`, `error_description`, `status_code`, …) and, for a challenge
//! that was already handled, a 410 with only `redirect_to`; every field is
//! optional so both parse.

use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
pub struct HydraError {
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub error_description: Option<String>,
    #[serde(default)]
    pub error_hint: Option<String>,
    #[serde(default)]
    pub status_code: Option<u16>,
    /// Set on 410 Gone: the request was already handled; the original
    /// authorization URL to start again from.
    #[serde(default)]
    pub redirect_to: Option<String>,
}

impl HydraError {
    /// One line for the log (no challenge, no URL).
    pub fn summary(&self) -> String {
        match (&self.error, &self.error_description) {
            (Some(e), Some(d)) => format!("{e}: {d}"),
            (Some(e), None) => e.clone(),
            (None, Some(d)) => d.clone(),
            (None, None) if self.redirect_to.is_some() => "already handled".to_owned(),
            (None, None) => "no error body".to_owned(),
        }
    }
}
