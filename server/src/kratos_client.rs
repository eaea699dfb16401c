//! Server-side calls to Kratos' public API.
//!
//! Kratos decides between HTML and JSON by the Accept header and answers
//! browsers with redirects, so every call asks for JSON, follows no
//! redirect, forwards the browser's cookies and hands Kratos' Set-Cookie
//! headers back to the caller to pass on.

use std::time::Duration;

use app::kratos::{ErrorEnvelope, Flow, FlowError, FlowKind, LogoutFlow, Session};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use serde::de::DeserializeOwned;
use url::form_urlencoded;

/// A successful answer and the cookies Kratos set with it.
#[derive(Debug)]
pub struct Upstream<T> {
    pub body: T,
    pub set_cookies: Vec<HeaderValue>,
}

#[derive(Debug, thiserror::Error)]
pub enum KratosError {
    /// Kratos could not be reached or did not answer in time.
    #[error("Kratos is unreachable: {0}")]
    Unreachable(String),
    /// Kratos answered with a body that is not what its API documents.
    #[error("Kratos answered {status} with an unreadable body: {detail}")]
    Malformed { status: StatusCode, detail: String },
    /// Kratos answered with one of its documented error bodies.
    #[error("Kratos answered {status}: {}", body.error.message)]
    Api {
        status: StatusCode,
        body: Box<ErrorEnvelope>,
        set_cookies: Vec<HeaderValue>,
    },
}

#[derive(Debug, Clone)]
pub struct KratosClient {
    http: reqwest::Client,
    /// Public API base URL without a trailing slash.
    base: String,
}

impl KratosClient {
    pub fn new(public_url: &url::Url, timeout: Duration) -> Result<Self, reqwest::Error> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(timeout.min(Duration::from_secs(3)))
            .timeout(timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            .build()?;
        Ok(KratosClient {
            http,
            base: public_url.as_str().trim_end_matches('/').to_owned(),
        })
    }

    async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, &str)],
        cookie: Option<&HeaderValue>,
    ) -> Result<Upstream<T>, KratosError> {
        let mut url = format!("{}{path}", self.base);
        if !query.is_empty() {
            url.push('?');
            url.push_str(
                &form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(query)
                    .finish(),
            );
        }
        let mut request = self
            .http
            .get(&url)
            .header(header::ACCEPT, "application/json");
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie.clone());
        }
        let response = request
            .send()
            .await
            .map_err(|e| KratosError::Unreachable(describe(&e)))?;
        let status = response.status();
        let set_cookies: Vec<HeaderValue> = response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .cloned()
            .collect();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| KratosError::Unreachable(describe(&e)))?;
        if status.is_success() {
            let body = serde_json::from_slice(&bytes).map_err(|e| KratosError::Malformed {
                status,
                detail: e.to_string(),
            })?;
            return Ok(Upstream { body, set_cookies });
        }
        match serde_json::from_slice::<ErrorEnvelope>(&bytes) {
            Ok(body) => Err(KratosError::Api {
                status,
                body: Box::new(body),
                set_cookies,
            }),
            Err(e) => Err(KratosError::Malformed {
                status,
                detail: e.to_string(),
            }),
        }
    }

    /// `GET /self-service/<kind>/flows?id=`.
    pub async fn flow(
        &self,
        kind: FlowKind,
        id: &str,
        cookie: Option<&HeaderValue>,
    ) -> Result<Upstream<Flow>, KratosError> {
        let path = format!("/self-service/{}/flows", kind.as_str());
        self.get(&path, &[("id", id)], cookie).await
    }

    /// `GET /sessions/whoami`, as raw JSON (the sessions page shows it)
    /// and typed.
    pub async fn whoami(
        &self,
        cookie: Option<&HeaderValue>,
    ) -> Result<Upstream<(Session, serde_json::Value)>, KratosError> {
        let raw: Upstream<serde_json::Value> = self.get("/sessions/whoami", &[], cookie).await?;
        let session = serde_json::from_value::<Session>(raw.body.clone()).map_err(|e| {
            KratosError::Malformed {
                status: StatusCode::OK,
                detail: e.to_string(),
            }
        })?;
        Ok(Upstream {
            body: (session, raw.body),
            set_cookies: raw.set_cookies,
        })
    }

    /// `GET /self-service/logout/browser`: the logout URL for this session.
    pub async fn logout_flow(
        &self,
        cookie: Option<&HeaderValue>,
        return_to: Option<&str>,
    ) -> Result<Upstream<LogoutFlow>, KratosError> {
        let query: Vec<(&str, &str)> = return_to.map(|r| ("return_to", r)).into_iter().collect();
        self.get("/self-service/logout/browser", &query, cookie)
            .await
    }

    /// The logout URL for this session (with `return_to`), or none when
    /// there is no session or Kratos cannot say: a page then simply offers
    /// no logout link.
    pub async fn logout_url(
        &self,
        cookie: Option<&HeaderValue>,
        return_to: Option<&str>,
    ) -> Option<String> {
        self.logout_flow(cookie, return_to)
            .await
            .ok()
            .map(|l| l.body.logout_url)
    }

    /// `GET /self-service/errors?id=`.
    pub async fn flow_error(&self, id: &str) -> Result<FlowError, KratosError> {
        Ok(self
            .get("/self-service/errors", &[("id", id)], None)
            .await?
            .body)
    }

    /// Kratos' WebAuthn helper script, served again from Vestibule's
    /// origin (its script node carries `crossorigin` and Kratos sends no
    /// CORS headers by default).
    pub async fn webauthn_js(&self) -> Result<Vec<u8>, KratosError> {
        let response = self
            .http
            .get(format!("{}/.well-known/ory/webauthn.js", self.base))
            .send()
            .await
            .map_err(|e| KratosError::Unreachable(describe(&e)))?;
        let status = response.status();
        if !status.is_success() {
            return Err(KratosError::Malformed {
                status,
                detail: "webauthn.js is not available".to_owned(),
            });
        }
        Ok(response
            .bytes()
            .await
            .map_err(|e| KratosError::Unreachable(describe(&e)))?
            .to_vec())
    }

    /// Kratos' own readiness (`GET /health/ready` on the public API).
    pub async fn ready(&self) -> Result<(), KratosError> {
        self.get::<serde_json::Value>("/health/ready", &[], None)
            .await
            .map(|_| ())
    }
}

/// What went wrong talking to Kratos, without the URL (it may carry a
/// flow id) or anything from the request.
fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".to_owned()
    } else if e.is_connect() {
        "connection failed".to_owned()
    } else if e.is_body() || e.is_decode() {
        "the answer broke off".to_owned()
    } else {
        "the request failed".to_owned()
    }
}

/// The browser's cookies as one header value for Kratos (HTTP/2 clients
/// may split them over several headers).
pub fn forwarded_cookie(headers: &HeaderMap) -> Option<HeaderValue> {
    let parts: Vec<&[u8]> = headers
        .get_all(header::COOKIE)
        .iter()
        .map(HeaderValue::as_bytes)
        .collect();
    match parts.as_slice() {
        [] => None,
        [one] => HeaderValue::from_bytes(one).ok(),
        many => HeaderValue::from_bytes(&many.join(&b"; "[..])).ok(),
    }
}
