//! Sessions and identities (`GET /sessions/whoami`).

use serde::Deserialize;
use serde_json::Value;

use super::tolerant::nullable;

#[derive(Debug, Clone, Deserialize)]
pub struct Session {
    pub id: String,
    #[serde(default)]
    pub active: Option<bool>,
    #[serde(default)]
    pub expires_at: Option<String>,
    #[serde(default)]
    pub authenticated_at: Option<String>,
    #[serde(default)]
    pub authenticator_assurance_level: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub authentication_methods: Vec<AuthenticationMethod>,
    #[serde(default)]
    pub identity: Option<Identity>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AuthenticationMethod {
    #[serde(default)]
    pub method: String,
    #[serde(default)]
    pub aal: Option<String>,
    #[serde(default)]
    pub completed_at: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Identity {
    pub id: String,
    #[serde(default)]
    pub schema_id: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub traits: Value,
    #[serde(default, deserialize_with = "nullable")]
    pub verifiable_addresses: Vec<VerifiableAddress>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct VerifiableAddress {
    #[serde(default)]
    pub value: String,
    #[serde(default)]
    pub verified: bool,
    #[serde(default)]
    pub via: Option<String>,
}

impl Identity {
    /// The address to greet the user with: `traits.email`, else the first
    /// verifiable address, else the identity id.
    pub fn display_name(&self) -> String {
        self.traits
            .get("email")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| self.verifiable_addresses.first().map(|a| a.value.clone()))
            .unwrap_or_else(|| self.id.clone())
    }
}

/// `GET /self-service/logout/browser`: the URL that ends the session. The
/// token inside it is a secret and must never be logged.
#[derive(Debug, Clone, Deserialize)]
pub struct LogoutFlow {
    pub logout_url: String,
}
