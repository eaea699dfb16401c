//! An OAuth2 / OpenID Connect relying party for the stack's Hydra, as the
//! tests and the demo app use it: clients created through Hydra's admin
//! API, authorization URLs with state, nonce and PKCE (S256), the code
//! exchanged at `/oauth2/token`, and the ID token verified against Hydra's
//! JWKS with `jsonwebtoken`.

use anyhow::{anyhow, bail, ensure, Context, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use url::Url;

use crate::hydra::HydraUrls;

/// Hydra's public endpoints (the same in its discovery document).
pub const AUTHORIZATION_PATH: &str = "/oauth2/auth";
pub const TOKEN_PATH: &str = "/oauth2/token";
pub const DISCOVERY_PATH: &str = "/.well-known/openid-configuration";
/// Hydra's admin endpoint for OAuth2 clients.
pub const CLIENTS_PATH: &str = "/admin/clients";

/// How a client authenticates at the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientKind {
    /// No secret (a single-page or native app): PKCE is its only proof.
    Public,
    /// A secret sent with HTTP Basic (`client_secret_basic`).
    Confidential,
}

/// What to register.
#[derive(Debug, Clone)]
pub struct ClientSpec {
    pub name: String,
    pub kind: ClientKind,
    pub redirect_uri: String,
    /// Space-separated scopes the client may ask for.
    pub scope: String,
    /// Hydra skips the consent screen for this client.
    pub skip_consent: bool,
    /// Further client metadata (`logo_uri`, `policy_uri`, `tos_uri`,
    /// `post_logout_redirect_uris`, `skip_logout_consent`, …), merged in
    /// last.
    pub extra: Map<String, Value>,
}

impl ClientSpec {
    /// A client for the authorization code flow with refresh tokens and
    /// the scopes Vestibule's consent page maps claims for.
    pub fn new(name: &str, kind: ClientKind, redirect_uri: &str) -> ClientSpec {
        ClientSpec {
            name: name.to_owned(),
            kind,
            redirect_uri: redirect_uri.to_owned(),
            scope: "openid offline_access email profile".to_owned(),
            skip_consent: false,
            extra: Map::new(),
        }
    }

    /// The body of `POST /admin/clients`.
    pub fn to_json(&self) -> Value {
        let auth_method = match self.kind {
            ClientKind::Public => "none",
            ClientKind::Confidential => "client_secret_basic",
        };
        let mut body = json!({
            "client_name": self.name,
            "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"],
            "redirect_uris": [self.redirect_uri],
            "scope": self.scope,
            "token_endpoint_auth_method": auth_method,
            "skip_consent": self.skip_consent,
        });
        if let Some(fields) = body.as_object_mut() {
            fields.extend(self.extra.clone());
        }
        body
    }
}

/// A registered client.
#[derive(Debug, Clone)]
pub struct Client {
    pub id: String,
    /// Set for confidential clients (Hydra generates it).
    pub secret: Option<String>,
    pub redirect_uri: String,
    /// Hydra's answer as it came, for fixtures and assertions.
    pub registered: Value,
}

/// One authorization request and the values the relying party keeps to
/// check and finish it.
#[derive(Debug, Clone)]
pub struct AuthorizationRequest {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub code_verifier: String,
}

/// Where the authorization server sent the browser back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    Code(String),
    Error {
        error: String,
        description: Option<String>,
    },
}

/// The token endpoint's answer.
#[derive(Debug, Clone, Deserialize)]
pub struct Tokens {
    pub access_token: String,
    pub token_type: String,
    #[serde(default)]
    pub id_token: Option<String>,
    #[serde(default)]
    pub refresh_token: Option<String>,
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub expires_in: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
struct Discovery {
    issuer: String,
    jwks_uri: String,
}

fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::fill(&mut buf[..]);
    URL_SAFE_NO_PAD.encode(buf)
}

/// The S256 code challenge of a PKCE verifier (RFC 7636 §4.2).
pub fn code_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

impl Client {
    /// A fresh authorization request for `scope`, plus any `extra`
    /// parameters (`prompt`, `max_age`, …).
    pub fn authorize(
        &self,
        hydra_public: &str,
        scope: &str,
        extra: &[(&str, &str)],
    ) -> Result<AuthorizationRequest> {
        let state = random_token(16);
        let nonce = random_token(16);
        let code_verifier = random_token(32);
        let mut url = Url::parse(&format!("{hydra_public}{AUTHORIZATION_PATH}"))
            .with_context(|| format!("Hydra's public URL {hydra_public:?}"))?;
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &self.id)
            .append_pair("redirect_uri", &self.redirect_uri)
            .append_pair("scope", scope)
            .append_pair("state", &state)
            .append_pair("nonce", &nonce)
            .append_pair("code_challenge", &code_challenge(&code_verifier))
            .append_pair("code_challenge_method", "S256")
            .extend_pairs(extra);
        Ok(AuthorizationRequest {
            url: url.into(),
            state,
            nonce,
            code_verifier,
        })
    }
}

impl AuthorizationRequest {
    /// Reads the redirect back to the client: its `code`, or the OAuth2
    /// error, after checking `state` is this request's.
    pub fn callback(&self, redirected_to: &str) -> Result<Callback> {
        let url =
            Url::parse(redirected_to).with_context(|| format!("callback URL {redirected_to:?}"))?;
        let param = |name: &str| {
            url.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        };
        let state = param("state");
        ensure!(
            state.as_deref() == Some(self.state.as_str()),
            "the callback's state {state:?} is not this request's"
        );
        if let Some(error) = param("error") {
            return Ok(Callback::Error {
                error,
                description: param("error_description"),
            });
        }
        param("code")
            .map(Callback::Code)
            .ok_or_else(|| anyhow!("the callback has neither code nor error: {redirected_to}"))
    }
}

/// Hydra's public and admin APIs through one HTTP client.
#[derive(Debug, Clone)]
pub struct Hydra {
    pub urls: HydraUrls,
    http: reqwest::Client,
}

async fn json_answer(r: reqwest::Response, what: &str) -> Result<Value> {
    let status = r.status();
    let body = r.text().await.with_context(|| format!("{what}: reading"))?;
    if !status.is_success() {
        bail!("{what} answered {status}: {body}");
    }
    // A success body may hold tokens: never quote it in an error.
    serde_json::from_str(&body).with_context(|| format!("{what}: not JSON ({} bytes)", body.len()))
}

impl Hydra {
    pub fn new(urls: HydraUrls) -> Result<Hydra> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()?;
        Ok(Hydra { urls, http })
    }

    /// `POST /admin/clients`.
    pub async fn create_client(&self, spec: &ClientSpec) -> Result<Client> {
        let r = self
            .http
            .post(format!("{}{CLIENTS_PATH}", self.urls.admin))
            .json(&spec.to_json())
            .send()
            .await
            .context("creating an OAuth2 client")?;
        let registered = json_answer(r, "POST /admin/clients").await?;
        let id = registered["client_id"]
            .as_str()
            .context("Hydra's client has no client_id")?
            .to_owned();
        let secret = match spec.kind {
            ClientKind::Public => None,
            ClientKind::Confidential => Some(
                registered["client_secret"]
                    .as_str()
                    .context("Hydra's confidential client has no client_secret")?
                    .to_owned(),
            ),
        };
        Ok(Client {
            id,
            secret,
            redirect_uri: spec.redirect_uri.clone(),
            registered,
        })
    }

    /// `DELETE /admin/clients/{id}`; a client that is not there is fine.
    pub async fn delete_client(&self, id: &str) -> Result<()> {
        let r = self
            .http
            .delete(format!("{}{CLIENTS_PATH}/{id}", self.urls.admin))
            .send()
            .await
            .context("deleting an OAuth2 client")?;
        let status = r.status();
        ensure!(
            status.is_success() || status == reqwest::StatusCode::NOT_FOUND,
            "DELETE {CLIENTS_PATH}/{id} answered {status}"
        );
        Ok(())
    }

    /// Exchanges `code` for tokens at `/oauth2/token`, with the request's
    /// PKCE verifier and the client's secret when it has one.
    pub async fn exchange_code(
        &self,
        client: &Client,
        request: &AuthorizationRequest,
        code: &str,
    ) -> Result<Tokens> {
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", client.redirect_uri.as_str()),
            ("code_verifier", request.code_verifier.as_str()),
        ];
        let mut post = self.http.post(format!("{}{TOKEN_PATH}", self.urls.public));
        match &client.secret {
            Some(secret) => post = post.basic_auth(&client.id, Some(secret)),
            None => form.push(("client_id", client.id.as_str())),
        }
        let r = post
            .form(&form)
            .send()
            .await
            .context("exchanging the code")?;
        let body = json_answer(r, "POST /oauth2/token").await?;
        serde_json::from_value(body).context("reading the token answer")
    }

    /// Verifies `id_token` (signature against Hydra's JWKS, issuer from
    /// its discovery document, audience, expiry, nonce) and returns its
    /// claims.
    pub async fn verify_id_token(
        &self,
        id_token: &str,
        client_id: &str,
        nonce: &str,
    ) -> Result<Map<String, Value>> {
        let discovery: Discovery = serde_json::from_value(
            json_answer(
                self.http
                    .get(format!("{}{DISCOVERY_PATH}", self.urls.public))
                    .send()
                    .await?,
                "GET the discovery document",
            )
            .await?,
        )?;
        let jwks: JwkSet = serde_json::from_value(
            json_answer(
                self.http.get(&discovery.jwks_uri).send().await?,
                "GET the JWKS",
            )
            .await?,
        )?;
        verify_with(id_token, &jwks, &discovery.issuer, client_id, nonce)
    }
}

/// The pure part of [`Hydra::verify_id_token`].
pub fn verify_with(
    id_token: &str,
    jwks: &JwkSet,
    issuer: &str,
    client_id: &str,
    nonce: &str,
) -> Result<Map<String, Value>> {
    let header = jsonwebtoken::decode_header(id_token).context("the ID token's header")?;
    // Hydra signs ID tokens with RS256 unless configured otherwise; the
    // algorithm is fixed here, never taken from the token.
    ensure!(
        header.alg == Algorithm::RS256,
        "ID token signed with {:?}, expected RS256",
        header.alg
    );
    let kid = header.kid.context("the ID token names no key (kid)")?;
    let jwk = jwks
        .find(&kid)
        .with_context(|| format!("no key {kid} in Hydra's JWKS"))?;
    let key = DecodingKey::from_jwk(jwk)?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_audience(&[client_id]);
    validation.set_issuer(&[issuer]);
    validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
    let claims = jsonwebtoken::decode::<Map<String, Value>>(id_token, &key, &validation)
        .context("verifying the ID token")?
        .claims;
    ensure!(
        claims.get("nonce").and_then(Value::as_str) == Some(nonce),
        "the ID token's nonce is not this request's"
    );
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s256_challenge_matches_rfc_7636_appendix_b() {
        assert_eq!(
            code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    fn client() -> Client {
        Client {
            id: "c1".to_owned(),
            secret: None,
            redirect_uri: "http://localhost:1/cb".to_owned(),
            registered: Value::Null,
        }
    }

    #[test]
    fn authorization_url_carries_state_nonce_and_pkce() {
        let req = client()
            .authorize(
                "http://localhost:4444",
                "openid email",
                &[("prompt", "login")],
            )
            .unwrap();
        let url = Url::parse(&req.url).unwrap();
        assert_eq!(url.path(), AUTHORIZATION_PATH);
        let q: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(q["response_type"], "code");
        assert_eq!(q["client_id"], "c1");
        assert_eq!(q["redirect_uri"], "http://localhost:1/cb");
        assert_eq!(q["scope"], "openid email");
        assert_eq!(q["state"], req.state);
        assert_eq!(q["nonce"], req.nonce);
        assert_eq!(q["code_challenge"], code_challenge(&req.code_verifier));
        assert_eq!(q["code_challenge_method"], "S256");
        assert_eq!(q["prompt"], "login");
        // 32 random bytes: a 43-character verifier, as RFC 7636 asks.
        assert_eq!(req.code_verifier.len(), 43);
        let other = client()
            .authorize("http://localhost:4444", "openid", &[])
            .unwrap();
        assert_ne!(other.state, req.state);
    }

    #[test]
    fn callback_checks_state_and_reads_code_or_error() {
        let req = client()
            .authorize("http://localhost:4444", "openid", &[])
            .unwrap();
        let ok = format!(
            "http://localhost:1/cb?code=abc&scope=openid&state={}",
            req.state
        );
        assert_eq!(req.callback(&ok).unwrap(), Callback::Code("abc".to_owned()));
        let denied = format!(
            "http://localhost:1/cb?error=access_denied&error_description=no&state={}",
            req.state
        );
        assert_eq!(
            req.callback(&denied).unwrap(),
            Callback::Error {
                error: "access_denied".to_owned(),
                description: Some("no".to_owned())
            }
        );
        assert!(req
            .callback("http://localhost:1/cb?code=abc&state=forged")
            .is_err());
        assert!(req.callback("http://localhost:1/cb?code=abc").is_err());
    }

    #[test]
    fn client_json_names_the_auth_method() {
        let mut spec = ClientSpec::new("x", ClientKind::Public, "http://localhost:1/cb");
        assert_eq!(spec.to_json()["token_endpoint_auth_method"], "none");
        spec.kind = ClientKind::Confidential;
        spec.skip_consent = true;
        let body = spec.to_json();
        assert_eq!(body["token_endpoint_auth_method"], "client_secret_basic");
        assert_eq!(body["skip_consent"], true);
        assert_eq!(body["redirect_uris"][0], "http://localhost:1/cb");
        spec.extra
            .insert("skip_logout_consent".to_owned(), Value::Bool(true));
        assert_eq!(spec.to_json()["skip_logout_consent"], true);
    }
}
