//! The way a browser goes through an OAuth2 login on a stack, step by step
//! over HTTP (a cookie jar, redirects not followed, so each hop can be
//! checked): Hydra → Vestibule `/login?login_challenge=…` → Kratos' login
//! flow carrying the challenge → password → Kratos accepts at Hydra →
//! Hydra → Vestibule `/consent?consent_challenge=…`. And a consent request
//! answered through Hydra's admin API, as a consent app would, for tests
//! and fixtures that must not depend on Vestibule's consent page.

use anyhow::{bail, ensure, Context, Result};
use reqwest::header::LOCATION;
use serde_json::{json, Value};

use crate::hydra::HydraUrls;
use crate::stack::Stack;

/// Hydra's admin endpoints for login, consent and logout requests.
pub const LOGIN_REQUEST_PATH: &str = "/admin/oauth2/auth/requests/login";
pub const CONSENT_REQUEST_PATH: &str = "/admin/oauth2/auth/requests/consent";
pub const LOGOUT_REQUEST_PATH: &str = "/admin/oauth2/auth/requests/logout";

/// An HTTP client that behaves like one browser: cookies kept, redirects
/// returned to the caller.
pub fn browser() -> Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .timeout(std::time::Duration::from_secs(15))
        .build()?)
}

pub fn location(r: &reqwest::Response) -> Result<String> {
    Ok(r.headers()
        .get(LOCATION)
        .with_context(|| format!("{} without Location ({})", r.status(), r.url()))?
        .to_str()?
        .to_owned())
}

pub fn query_param(url: &str, name: &str) -> Result<String> {
    let url = url::Url::parse(url)?;
    url.query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .with_context(|| format!("no {name} in {url}"))
}

/// A password identity made through Kratos' admin API; its id.
pub async fn password_identity(stack: &Stack, email: &str, password: &str) -> Result<String> {
    let r = reqwest::Client::new()
        .post(format!("{}/admin/identities", stack.kratos_admin_url()))
        .json(&json!({
            "schema_id": "default",
            "traits": { "email": email },
            "credentials": { "password": { "config": { "password": password } } },
        }))
        .send()
        .await?;
    ensure!(r.status() == 201, "creating an identity: {}", r.status());
    let body: Value = r.json().await?;
    Ok(body["id"]
        .as_str()
        .context("identity without id")?
        .to_owned())
}

/// A journey through a stack's login, one hop at a time.
pub struct Journey<'a> {
    pub stack: &'a Stack,
    pub hydra: HydraUrls,
    pub http: reqwest::Client,
}

impl<'a> Journey<'a> {
    pub fn new(stack: &'a Stack, http: reqwest::Client) -> Result<Journey<'a>> {
        Ok(Journey {
            hydra: stack.hydra()?,
            stack,
            http,
        })
    }

    /// Opens the authorization URL; Hydra must send the browser to this
    /// stack's Vestibule `/login` with a login challenge, which it returns.
    pub async fn authorize(&self, authorization_url: &str) -> Result<String> {
        let r = self.http.get(authorization_url).send().await?;
        let to_login = location(&r)?;
        ensure!(
            to_login.starts_with(&format!("{}/login?login_challenge=", self.stack.ui_url())),
            "Hydra sent the browser to {to_login}"
        );
        query_param(&to_login, "login_challenge")
    }

    /// Vestibule's `/login` with the challenge, then Kratos' browser init,
    /// which asks Hydra about the challenge; the login flow as Vestibule
    /// fetches it. It must carry the challenge.
    pub async fn kratos_login_flow(&self, login_challenge: &str) -> Result<Value> {
        let ui = self.stack.ui_url();
        let kratos = self.stack.kratos_public_url();
        let to_login = format!("{ui}/login?login_challenge={login_challenge}");
        let r = self.http.get(&to_login).send().await?;
        ensure!(r.status() == 303, "Vestibule /login: {}", r.status());
        let to_kratos = location(&r)?;
        ensure!(
            to_kratos.starts_with(&format!("{kratos}/self-service/login/browser?")),
            "Vestibule sent the browser to {to_kratos}"
        );
        ensure!(query_param(&to_kratos, "login_challenge")? == login_challenge);
        let r = self.http.get(&to_kratos).send().await?;
        let to_flow = location(&r)?;
        ensure!(
            to_flow.starts_with(&format!("{ui}/login?flow=")),
            "Kratos sent the browser to {to_flow} ({})",
            r.status()
        );
        let flow_id = query_param(&to_flow, "flow")?;
        let flow: Value = self
            .http
            .get(format!("{kratos}/self-service/login/flows?id={flow_id}"))
            .send()
            .await?
            .json()
            .await?;
        ensure!(
            flow["oauth2_login_challenge"] == login_challenge,
            "the login flow does not carry the challenge: {}",
            flow["oauth2_login_challenge"]
        );
        Ok(flow)
    }

    /// Posts the password form of `flow` as a browser would; Kratos must
    /// accept the login at Hydra and send the browser back to Hydra, which
    /// must send it on to Vestibule's `/consent`. The consent challenge.
    pub async fn password(&self, flow: &Value, email: &str, password: &str) -> Result<String> {
        let csrf = flow["ui"]["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|n| n["attributes"]["name"] == "csrf_token")
            .and_then(|n| n["attributes"]["value"].as_str())
            .context("flow without csrf_token")?;
        let action = flow["ui"]["action"]
            .as_str()
            .context("flow without action")?;
        let r = self
            .http
            .post(action)
            .form(&[
                ("csrf_token", csrf),
                ("method", "password"),
                ("identifier", email),
                ("password", password),
            ])
            .send()
            .await?;
        let back_to_hydra = location(&r)?;
        ensure!(
            back_to_hydra.starts_with(&format!("{}/oauth2/auth?", self.hydra.public)),
            "after the password Kratos sent the browser to {back_to_hydra} ({})",
            r.status()
        );
        let r = self.http.get(&back_to_hydra).send().await?;
        let to_consent = location(&r)?;
        ensure!(
            to_consent.starts_with(&format!(
                "{}/consent?consent_challenge=",
                self.stack.ui_url()
            )),
            "Hydra sent the browser to {to_consent}"
        );
        query_param(&to_consent, "consent_challenge")
    }

    /// All of the above: from the authorization URL to the consent
    /// challenge.
    pub async fn sign_in_to_consent(
        &self,
        authorization_url: &str,
        email: &str,
        password: &str,
    ) -> Result<String> {
        let challenge = self.authorize(authorization_url).await?;
        let flow = self.kratos_login_flow(&challenge).await?;
        self.password(&flow, email, password).await
    }

    /// Follows Hydra's redirects from `url` until one leaves Hydra (the
    /// client's redirect URI, with a code or an error).
    pub async fn follow_hydra(&self, url: &str) -> Result<String> {
        let mut url = url.to_owned();
        for _ in 0..5 {
            if !url.starts_with(&self.hydra.public) {
                return Ok(url);
            }
            url = location(&self.http.get(&url).send().await?)?;
        }
        bail!("Hydra kept redirecting: {url}")
    }
}

/// How a consent app answers.
pub enum ConsentAnswer<'a> {
    /// Grant `scopes` with `id_token` claims.
    Accept {
        scopes: &'a [&'a str],
        id_token: Value,
    },
    Reject,
}

/// Hydra's admin API for one request kind: GET the request, PUT the answer.
pub async fn admin_get(admin: &str, path: &str, param: &str, challenge: &str) -> Result<Value> {
    let r = reqwest::Client::new()
        .get(format!("{admin}{path}"))
        .query(&[(param, challenge)])
        .send()
        .await?;
    let status = r.status();
    let body: Value = r.json().await.context("Hydra's answer is not JSON")?;
    ensure!(status.is_success(), "GET {path}: {status}: {body}");
    Ok(body)
}

/// Answers a consent request as a consent app: the request as Hydra gave
/// it, and Hydra's `redirect_to`.
pub async fn answer_consent(
    hydra: &HydraUrls,
    challenge: &str,
    answer: ConsentAnswer<'_>,
) -> Result<(Value, String)> {
    let request = admin_get(
        &hydra.admin,
        CONSENT_REQUEST_PATH,
        "consent_challenge",
        challenge,
    )
    .await?;
    let (verb, body) = match answer {
        ConsentAnswer::Accept { scopes, id_token } => (
            "accept",
            json!({
                "grant_scope": scopes,
                "grant_access_token_audience": request["requested_access_token_audience"],
                "session": { "id_token": id_token },
            }),
        ),
        ConsentAnswer::Reject => (
            "reject",
            json!({ "error": "access_denied", "error_description": "The user said no." }),
        ),
    };
    let r = reqwest::Client::new()
        .put(format!("{}{CONSENT_REQUEST_PATH}/{verb}", hydra.admin))
        .query(&[("consent_challenge", challenge)])
        .json(&body)
        .send()
        .await?;
    let status = r.status();
    let answer: Value = r.json().await.context("Hydra's answer is not JSON")?;
    ensure!(
        status.is_success(),
        "PUT consent/{verb}: {status}: {answer}"
    );
    let redirect_to = answer["redirect_to"]
        .as_str()
        .context("no redirect_to")?
        .to_owned();
    Ok((request, redirect_to))
}
