//! The doctor's I/O: what a browser would see from Kratos and what this
//! pod sees from the APIs. No decisions here; they are in the sibling
//! modules and tested there.

use std::time::Duration;

use axum::http::header::{self, HeaderValue};
use url::Url;

use super::pages::InitAnswer;
use super::services::{Answered, Reply};
use crate::metrics::Metrics;
use crate::upstream::{Call, Http, Service, UpstreamError, UpstreamTls};

/// The server's own client ([`Http`]): no redirects followed (they are
/// what is looked at), bounded by the configured timeout and body limit.
pub struct Probe {
    http: Http,
}

/// `base` + `path`, keeping a path prefix of `base` (`http://h/.ory`).
pub fn join(base: &Url, path_and_query: &str) -> Url {
    let joined = format!("{}{path_and_query}", base.as_str().trim_end_matches('/'));
    Url::parse(&joined).unwrap_or_else(|_| base.clone())
}

/// What went wrong, without the service's name (each check names it).
fn cause(e: UpstreamError) -> String {
    match e {
        UpstreamError::Unreachable { cause, .. } => cause,
        other => other.to_string(),
    }
}

fn text(v: &HeaderValue) -> Option<String> {
    v.to_str().ok().map(str::to_owned)
}

impl Probe {
    pub fn new(timeout: Duration, max_body: usize, tls: &UpstreamTls) -> Probe {
        // The doctor is a command of its own; nobody scrapes its metrics.
        Probe {
            http: Http::new(timeout, max_body, Metrics::new(), tls),
        }
    }

    /// A GET whose status and Content-Type are all that matter.
    pub async fn get(&self, service: Service, url: &Url) -> Reply {
        let (parts, _) = self
            .http
            .response(service, Call::get(url.as_str()))
            .await
            .map_err(cause)?;
        Ok(Answered {
            status: parts.status.as_u16(),
            content_type: parts.headers.get(header::CONTENT_TYPE).and_then(text),
        })
    }

    /// Starts a browser flow as a browser does (`Accept: text/html`).
    pub async fn init(&self, url: &Url) -> Result<InitAnswer, String> {
        let call =
            Call::get(url.as_str()).header(header::ACCEPT, HeaderValue::from_static("text/html"));
        let (parts, _) = self
            .http
            .response(Service::Kratos, call)
            .await
            .map_err(cause)?;
        Ok(InitAnswer {
            status: parts.status.as_u16(),
            location: parts.headers.get(header::LOCATION).and_then(text),
            set_cookies: parts
                .headers
                .get_all(header::SET_COOKIE)
                .iter()
                .filter_map(text)
                .collect(),
        })
    }

    /// A flow as JSON, fetched with the cookies its start set (name=value
    /// only), as this UI fetches it with the browser's.
    pub async fn flow(
        &self,
        url: &Url,
        set_cookies: &[String],
    ) -> Result<serde_json::Value, String> {
        let cookies: Vec<&str> = set_cookies
            .iter()
            .filter_map(|c| c.split(';').next())
            .collect();
        let cookie = HeaderValue::from_str(&cookies.join("; "))
            .map_err(|_| "Kratos set a cookie that cannot be sent back".to_owned())?;
        let call = Call::get(url.as_str()).header(header::COOKIE, cookie);
        let (parts, body) = self
            .http
            .response(Service::Kratos, call)
            .await
            .map_err(cause)?;
        if !parts.status.is_success() {
            return Err(format!("Kratos answered {}", parts.status));
        }
        serde_json::from_slice(&body).map_err(|e| e.to_string())
    }
}
