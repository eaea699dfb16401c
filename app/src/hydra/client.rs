//! The OAuth2 client as Hydra embeds it in login, consent and logout
//! requests (its secret is never included).

use serde::Deserialize;

use crate::kratos::tolerant::nullable;

#[derive(Debug, Clone, Default, Deserialize)]
pub struct OAuth2Client {
    #[serde(default)]
    pub client_id: String,
    #[serde(default)]
    pub client_name: String,
    #[serde(default)]
    pub client_uri: String,
    #[serde(default)]
    pub logo_uri: String,
    #[serde(default)]
    pub policy_uri: String,
    #[serde(default)]
    pub tos_uri: String,
    /// A first-party client whose users are never asked for consent.
    #[serde(default, deserialize_with = "nullable")]
    pub skip_consent: bool,
    /// Hydra v2.3.0 stores this as a nullable bool (`null` when unset).
    #[serde(default, deserialize_with = "nullable")]
    pub skip_logout_consent: bool,
}

impl OAuth2Client {
    /// The name to show: `client_name`, else the id.
    pub fn display_name(&self) -> &str {
        if self.client_name.trim().is_empty() {
            &self.client_id
        } else {
            &self.client_name
        }
    }
}

/// A URL from the client's registration that may be shown as a link:
/// http(s) only, so a `javascript:` URI registered by a client never
/// reaches a page.
pub fn safe_link(uri: &str) -> Option<String> {
    let url = url::Url::parse(uri.trim()).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}
