//! "Sign in with RVW Tech": a second, independent Ory realm (its own
//! Kratos, Hydra and Vestibule) plays an organisation's identity provider,
//! and the first realm's Kratos has a generic OpenID Connect provider
//! `rvw` pointing at that realm's Hydra.
//!
//! Cookies ignore ports, so the two realms differ by host name: the
//! provider realm is served on [`LOOPBACK`](crate::ports::LOOPBACK)
//! (`127.0.0.1`), the default one on `localhost`. Both are the same
//! stack code ([`crate::Stack`]) with other [`Ports`] and
//! [`KratosOptions`](crate::KratosOptions).

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

use crate::hydra::HydraUrls;
use crate::oauth2::CLIENTS_PATH;
use crate::paths;
use crate::ports::Ports;

/// The provider's id in Kratos (the `provider` value of its button, the
/// last segment of its callback URL).
pub const PROVIDER_ID: &str = "rvw";
/// The label Kratos puts in "Sign in with …".
pub const PROVIDER_LABEL: &str = "RVW Tech";
/// The OAuth2 client the first realm's Kratos is at the provider's Hydra.
/// Fixed, because Kratos reads it from its config at start, before any
/// client could be registered; [`register_kratos_client`] creates it with
/// exactly this id and secret. Not secrets: local test stacks only.
pub const CLIENT_ID: &str = "rvw-realm-kratos";
pub const CLIENT_SECRET: &str = "rvw-realm-kratos-secret-not-for-production";
/// The scopes Kratos asks for.
pub const SCOPES: [&str; 3] = ["openid", "email", "profile"];

/// The generic OIDC provider a Kratos gets to sign in at another realm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpstreamProvider {
    /// The other realm's Hydra issuer (its public URL).
    pub issuer: String,
}

impl UpstreamProvider {
    /// The provider run on the realm served on `ports`.
    pub fn at(ports: &Ports) -> UpstreamProvider {
        UpstreamProvider {
            issuer: ports.hydra_public_url(),
        }
    }

    /// `selfservice.methods.oidc` of the Kratos config, as JSON (which YAML
    /// reads): the one provider, its claims mapped by
    /// `end2end/kratos/rvw-claims.jsonnet`.
    pub fn kratos_method(&self) -> String {
        let mapper = paths::kratos_config_dir().join("rvw-claims.jsonnet");
        json!({
            "enabled": true,
            "config": { "providers": [{
                "id": PROVIDER_ID,
                "provider": "generic",
                "label": PROVIDER_LABEL,
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "issuer_url": self.issuer,
                "scope": SCOPES,
                "mapper_url": format!("file://{}", mapper.display()),
            }]},
        })
        .to_string()
    }
}

/// `selfservice.methods.oidc` of a Kratos without upstream providers.
pub const NO_OIDC: &str = "{ enabled: false }";

/// Where the provider sends the browser back to a Kratos whose public URL
/// is `kratos_public` (Kratos' `/self-service/methods/oidc/callback/{id}`).
pub fn callback_url(kratos_public: &str) -> String {
    format!("{kratos_public}/self-service/methods/oidc/callback/{PROVIDER_ID}")
}

/// The body of `POST /admin/clients` for Kratos at `kratos_publics`.
pub fn client_json(kratos_publics: &[String]) -> Value {
    let redirect_uris: Vec<String> = kratos_publics.iter().map(|k| callback_url(k)).collect();
    json!({
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "client_name": format!("Kratos signing in with {PROVIDER_LABEL}"),
        "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"],
        "redirect_uris": redirect_uris,
        "scope": SCOPES.join(" "),
        "token_endpoint_auth_method": "client_secret_basic",
    })
}

/// Registers [`CLIENT_ID`] at the provider's Hydra for every Kratos at
/// `kratos_publics`, unless it is there already (a second test on the
/// same realm).
pub async fn register_kratos_client(hydra: &HydraUrls, kratos_publics: &[String]) -> Result<()> {
    let http = reqwest::Client::new();
    let existing = http
        .get(format!("{}{CLIENTS_PATH}/{CLIENT_ID}", hydra.admin))
        .send()
        .await
        .context("asking Hydra for the RVW client")?;
    if existing.status().is_success() {
        return Ok(());
    }
    let r = http
        .post(format!("{}{CLIENTS_PATH}", hydra.admin))
        .json(&client_json(kratos_publics))
        .send()
        .await
        .context("registering the RVW client")?;
    let status = r.status();
    if !status.is_success() {
        bail!(
            "POST {CLIENTS_PATH} for {CLIENT_ID} answered {status}: {}",
            r.text().await.unwrap_or_default()
        );
    }
    let body: Value = r.json().await.context("Hydra's client is not JSON")?;
    if body["client_id"] != CLIENT_ID {
        bail!(
            "Hydra registered the RVW client as {} instead of {CLIENT_ID}",
            body["client_id"]
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ports::LOOPBACK;

    #[test]
    fn the_provider_points_at_the_other_realms_hydra_on_its_own_host() {
        let method = UpstreamProvider::at(&Ports::test(6).on_host(LOOPBACK)).kratos_method();
        let v: Value = serde_json::from_str(&method).unwrap();
        let p = &v["config"]["providers"][0];
        assert_eq!(p["issuer_url"], "http://127.0.0.1:14604");
        assert_eq!(p["id"], PROVIDER_ID);
        assert_eq!(p["label"], PROVIDER_LABEL);
        assert!(p["mapper_url"]
            .as_str()
            .unwrap()
            .ends_with("/end2end/kratos/rvw-claims.jsonnet"));
    }

    #[test]
    fn the_client_accepts_each_kratos_callback() {
        let body = client_json(&["http://localhost:14433".to_owned()]);
        assert_eq!(
            body["redirect_uris"],
            json!(["http://localhost:14433/self-service/methods/oidc/callback/rvw"])
        );
        assert_eq!(body["client_id"], CLIENT_ID);
    }
}
