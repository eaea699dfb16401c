//! `GET /admin/oauth2/auth/requests/logout`.

use serde::Deserialize;

use super::client::OAuth2Client;
use crate::kratos::tolerant::nullable;

#[derive(Debug, Clone, Deserialize)]
pub struct LogoutRequest {
    #[serde(default)]
    pub challenge: String,
    #[serde(default)]
    pub subject: String,
    /// True when a client sent the user here (`id_token_hint`); false when
    /// the browser opened Hydra's logout endpoint itself, and then there
    /// is no client.
    #[serde(default, deserialize_with = "nullable")]
    pub rp_initiated: bool,
    #[serde(default)]
    pub client: Option<OAuth2Client>,
}

impl LogoutRequest {
    /// Hydra v2.3.0 leaves `skip_logout_consent` to the UI: it is honoured
    /// only for a client-initiated logout from such a client; any other
    /// logout asks the user first.
    pub fn skips_confirmation(&self) -> bool {
        self.rp_initiated && self.client.as_ref().is_some_and(|c| c.skip_logout_consent)
    }
}
