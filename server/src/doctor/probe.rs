//! The doctor's I/O: what a browser would see from Kratos and what this
//! pod sees from the APIs. No decisions here; they are in the sibling
//! modules and tested there.

use std::time::Duration;

use axum::http::header;
use url::Url;

use super::pages::InitAnswer;
use super::services::{Answered, Reply};
use crate::upstream::chain;

/// A client like the server's: no redirects followed (they are what is
/// looked at), bounded by the configured timeout.
pub struct Probe {
    client: reqwest::Client,
}

/// `base` + `path`, keeping a path prefix of `base` (`http://h/.ory`).
pub fn join(base: &Url, path_and_query: &str) -> Url {
    let joined = format!("{}{path_and_query}", base.as_str().trim_end_matches('/'));
    Url::parse(&joined).unwrap_or_else(|_| base.clone())
}

fn cause(e: reqwest::Error) -> String {
    chain(&e.without_url())
}

impl Probe {
    pub fn new(timeout: Duration) -> Result<Probe, reqwest::Error> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(timeout.min(Duration::from_secs(3)))
            .timeout(timeout)
            .build()?;
        Ok(Probe { client })
    }

    /// A GET whose status and Content-Type are all that matter.
    pub async fn get(&self, url: &Url) -> Reply {
        let r = self.client.get(url.clone()).send().await.map_err(cause)?;
        let content_type = r
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Ok(Answered {
            status: r.status().as_u16(),
            content_type,
        })
    }

    /// Starts a browser flow as a browser does (`Accept: text/html`).
    pub async fn init(&self, url: &Url) -> Result<InitAnswer, String> {
        let r = self
            .client
            .get(url.clone())
            .header(header::ACCEPT, "text/html")
            .send()
            .await
            .map_err(cause)?;
        let text = |v: &axum::http::HeaderValue| v.to_str().ok().map(str::to_owned);
        Ok(InitAnswer {
            status: r.status().as_u16(),
            location: r.headers().get(header::LOCATION).and_then(text),
            set_cookies: r
                .headers()
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
        let r = self
            .client
            .get(url.clone())
            .header(header::ACCEPT, "application/json")
            .header(header::COOKIE, cookies.join("; "))
            .send()
            .await
            .map_err(cause)?;
        let status = r.status();
        if !status.is_success() {
            return Err(format!("Kratos answered {status}"));
        }
        r.json().await.map_err(cause)
    }
}
