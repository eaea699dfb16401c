//! `GET /admin/oauth2/auth/requests/consent` and what the page sends back.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::client::OAuth2Client;
use super::OPENID_SCOPE;
use crate::kratos::tolerant::nullable;

#[derive(Debug, Clone, Deserialize)]
pub struct ConsentRequest {
    pub challenge: String,
    #[serde(default, deserialize_with = "nullable")]
    pub requested_scope: Vec<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub requested_access_token_audience: Vec<String>,
    /// The user already granted these scopes to this client and asked to
    /// be remembered: accept without asking.
    #[serde(default, deserialize_with = "nullable")]
    pub skip: bool,
    /// The Kratos identity id (Kratos accepted the login request).
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub client: Option<OAuth2Client>,
}

impl ConsentRequest {
    /// Whether the screen is skipped: Hydra remembers a decision, the
    /// client is first-party (`skip_consent`), or the operator trusts it.
    pub fn skips_screen(&self, trusted_client_ids: &[String]) -> bool {
        let client = self.client.as_ref();
        self.skip
            || client.is_some_and(|c| c.skip_consent)
            || client.is_some_and(|c| trusted_client_ids.contains(&c.client_id))
    }

    /// The scopes to grant from what the user ticked: only requested ones,
    /// in the requested order, and `openid` whenever it was requested.
    pub fn granted(&self, ticked: &[&str]) -> Vec<String> {
        self.requested_scope
            .iter()
            .filter(|s| s.as_str() == OPENID_SCOPE || ticked.contains(&s.as_str()))
            .cloned()
            .collect()
    }
}

/// The claims Hydra puts into the tokens it issues for this consent.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ConsentSession {
    pub id_token: Map<String, Value>,
    pub access_token: Map<String, Value>,
}

/// `PUT …/consent/accept`. Hydra v2.3.0 decodes this body with
/// `DisallowUnknownFields`, so nothing beyond its fields may be sent.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AcceptConsent {
    pub grant_scope: Vec<String>,
    pub grant_access_token_audience: Vec<String>,
    pub remember: bool,
    pub remember_for: u64,
    pub session: ConsentSession,
}

/// `PUT …/{consent,login}/reject`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RejectRequest {
    pub error: String,
    pub error_description: String,
}

impl RejectRequest {
    /// The user said no: the client gets `error=access_denied`.
    pub fn access_denied() -> RejectRequest {
        RejectRequest {
            error: "access_denied".to_owned(),
            error_description: "The resource owner denied the request".to_owned(),
        }
    }
}
