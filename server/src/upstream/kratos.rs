//! Server-side calls to Kratos' public API.
//!
//! Kratos decides between HTML and JSON by the Accept header and answers
//! browsers with redirects, so every call asks for JSON, follows no
//! redirect, forwards the browser's cookies and hands Kratos' Set-Cookie
//! headers back to the caller to pass on.

use std::convert::Infallible;
use std::time::Duration;

use app::kratos::{Flow, FlowError, FlowKind, Identity, LogoutFlow, Session};
use axum::body::Bytes;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use serde::de::DeserializeOwned;

use super::{error_body, parse_json, Call, Http, Service, Upstream, UpstreamError};

#[derive(Debug, Clone)]
pub struct KratosClient {
    http: Http,
    /// Public API base URL without a trailing slash.
    base: String,
    /// Admin API base URL without a trailing slash, when configured.
    admin: Option<String>,
}

impl KratosClient {
    pub fn new(http: Http, public_url: &url::Url, admin_url: Option<&url::Url>) -> Self {
        let trim = |u: &url::Url| u.as_str().trim_end_matches('/').to_owned();
        KratosClient {
            http,
            base: trim(public_url),
            admin: admin_url.map(trim),
        }
    }

    /// `GET /admin/identities/{id}` on the admin API; `None` without an
    /// admin URL.
    pub async fn identity(&self, id: &str) -> Option<Result<Identity, UpstreamError>> {
        let admin = self.admin.as_ref()?;
        let mut url = match url::Url::parse(&format!("{admin}/admin/identities/")) {
            Ok(url) => url,
            Err(e) => {
                return Some(Err(UpstreamError::Malformed {
                    service: Service::Kratos,
                    status: StatusCode::OK,
                    cause: e.to_string(),
                }))
            }
        };
        // The id as one path segment, escaped.
        if let Ok(mut segments) = url.path_segments_mut() {
            segments.pop_if_empty().push(id);
        }
        Some(
            self.http
                .json::<Identity>(Service::Kratos, Call::get(url.as_str()))
                .await
                .map(|up| up.body),
        )
    }

    async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, &str)],
        cookie: Option<&HeaderValue>,
    ) -> Result<Upstream<T>, UpstreamError> {
        let mut call = Call::get(format!("{}{path}", self.base)).query(query);
        if let Some(cookie) = cookie {
            call = call.header(header::COOKIE, cookie.clone());
        }
        self.http.json(Service::Kratos, call).await
    }

    /// `GET /self-service/<kind>/flows?id=`.
    pub async fn flow(
        &self,
        kind: FlowKind,
        id: &str,
        cookie: Option<&HeaderValue>,
    ) -> Result<Upstream<Flow>, UpstreamError> {
        let path = format!("/self-service/{}/flows", kind.as_str());
        self.get(&path, &[("id", id)], cookie).await
    }

    /// `GET /self-service/<kind>/browser` as JSON: a new browser flow
    /// (with Kratos' CSRF cookie, or the browser's when it has one).
    pub async fn create_browser_flow(
        &self,
        kind: FlowKind,
        query: &[(&str, &str)],
        cookie: Option<&HeaderValue>,
    ) -> Result<Upstream<Flow>, UpstreamError> {
        let path = format!("/self-service/{}/browser", kind.as_str());
        self.get(&path, query, cookie).await
    }

    /// `POST /self-service/<kind>?flow=` with `form`, as the browser
    /// whose cookies are forwarded (Kratos checks the form's `csrf_token`
    /// against them). Kratos answers a submission that did not finish the
    /// flow (a code mailed, a field refused) with the flow and 400; that
    /// and 200 are the flow with its status, any other status is
    /// Kratos' error body.
    pub async fn submit(
        &self,
        kind: FlowKind,
        flow_id: &str,
        form: &[(&str, &str)],
        cookie: Option<&HeaderValue>,
    ) -> Result<Upstream<(StatusCode, Flow)>, UpstreamError> {
        let mut call = Call::post(format!("{}/self-service/{}", self.base, kind.as_str()))
            .query(&[("flow", flow_id)])
            .form(form);
        if let Some(cookie) = cookie {
            call = call.header(header::COOKIE, cookie.clone());
        }
        let (status, bytes, set_cookies) = self.http.answer(Service::Kratos, call).await?;
        if status != StatusCode::OK && status != StatusCode::BAD_REQUEST {
            return Err(error_body(Service::Kratos, status, &bytes, set_cookies));
        }
        let flow = parse_json::<Flow>(Service::Kratos, status, &bytes)?;
        Ok(Upstream {
            body: (status, flow),
            set_cookies,
        })
    }

    /// `GET /sessions/whoami`, as raw JSON (the sessions page shows it)
    /// and typed.
    pub async fn whoami(
        &self,
        cookie: Option<&HeaderValue>,
    ) -> Result<Upstream<(Session, serde_json::Value)>, UpstreamError> {
        let raw: Upstream<serde_json::Value> = self.get("/sessions/whoami", &[], cookie).await?;
        let session = serde_json::from_value::<Session>(raw.body.clone()).map_err(|e| {
            UpstreamError::Malformed {
                service: Service::Kratos,
                status: StatusCode::OK,
                cause: e.to_string(),
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
    ) -> Result<Upstream<LogoutFlow>, UpstreamError> {
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
    pub async fn flow_error(&self, id: &str) -> Result<FlowError, UpstreamError> {
        Ok(self
            .get("/self-service/errors", &[("id", id)], None)
            .await?
            .body)
    }

    /// Kratos' WebAuthn helper script, served again from Vestibule's
    /// origin (its script node carries `crossorigin` and Kratos sends no
    /// CORS headers by default).
    pub async fn webauthn_js(&self) -> Result<Bytes, UpstreamError> {
        let call = Call::get(format!("{}/.well-known/ory/webauthn.js", self.base));
        let (status, bytes) = self.http.bytes(Service::Kratos, call).await?;
        if !status.is_success() {
            return Err(UpstreamError::Malformed {
                service: Service::Kratos,
                status,
                cause: "webauthn.js is not available".to_owned(),
            });
        }
        Ok(bytes)
    }

    /// Kratos' own readiness (`GET /health/ready` on the public API),
    /// within `timeout` (shorter than a page's: a probe that waits for a
    /// hanging Kratos would itself time out at the kubelet).
    pub async fn ready(&self, timeout: Duration) -> Result<(), UpstreamError> {
        let call = Call::get(format!("{}/health/ready", self.base)).timeout(timeout);
        self.http
            .json::<serde_json::Value>(Service::Kratos, call)
            .await
            .map(|_| ())
    }
}

/// The browser's cookies, copied out of the request as the handler's
/// extractor: for Kratos, and for the signed CSRF cookie of the consent
/// and logout forms. Taking a `HeaderMap` instead would clone the map,
/// and its values are slices of the buffer hyper read the request into:
/// held across the call to Kratos, they keep that buffer allocated while
/// hyper takes a new one to read the connection on.
#[derive(Debug, Clone)]
pub struct ForwardedCookie(pub Option<HeaderValue>);

impl<S: Send + Sync> FromRequestParts<S> for ForwardedCookie {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        Ok(ForwardedCookie(forwarded_cookie(&parts.headers)))
    }
}

/// The browser's cookies as one header value for Kratos (HTTP/2 clients
/// may split them over several headers), copied: it shares nothing with
/// the request.
fn forwarded_cookie(headers: &HeaderMap) -> Option<HeaderValue> {
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

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::Request;

    use super::*;

    fn cookies_of(request: Request<Body>) -> Option<HeaderValue> {
        let (mut parts, _) = request.into_parts();
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let ForwardedCookie(cookie) = rt
            .block_on(ForwardedCookie::from_request_parts(&mut parts, &()))
            .unwrap();
        cookie
    }

    #[test]
    fn the_cookies_are_copied_out_of_the_buffer_the_request_was_read_into() {
        // hyper's header values are slices of its read buffer, as this one
        // is of `read`.
        let read = Bytes::from(b"csrf_token=abc; ory_kratos_session=xyz".to_vec());
        let value = HeaderValue::from_maybe_shared(read.clone()).unwrap();
        let request = Request::builder()
            .header(header::COOKIE, value)
            .body(Body::empty())
            .unwrap();
        let cookie = cookies_of(request);
        assert_eq!(
            cookie.as_ref().map(HeaderValue::as_bytes),
            Some(&b"csrf_token=abc; ory_kratos_session=xyz"[..])
        );
        assert!(
            read.is_unique(),
            "the forwarded cookie still shares the request's buffer"
        );
    }

    #[test]
    fn split_cookie_headers_are_joined_and_none_is_none() {
        let request = Request::builder()
            .header(header::COOKIE, "a=1")
            .header(header::COOKIE, "b=2")
            .body(Body::empty())
            .unwrap();
        assert_eq!(cookies_of(request).unwrap(), "a=1; b=2");
        let request = Request::builder().body(Body::empty()).unwrap();
        assert_eq!(cookies_of(request), None);
    }
}
