//! One request to an Ory service, built before [`super::Http`] sends it:
//! the method, the URL with its query, headers, and a JSON or form body.

use std::time::Duration;

use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method};
use serde::Serialize;

#[derive(Debug)]
pub struct Call {
    pub(super) method: Method,
    pub(super) url: String,
    pub(super) headers: HeaderMap,
    /// The body, or why it could not be written (sent as an error, never
    /// as a half-made request).
    pub(super) body: Result<Bytes, String>,
    /// Instead of the client's, for one call (the readiness probe's
    /// shorter one).
    pub(super) timeout: Option<Duration>,
}

impl Call {
    fn new(method: Method, url: String) -> Call {
        Call {
            method,
            url,
            headers: HeaderMap::new(),
            body: Ok(Bytes::new()),
            timeout: None,
        }
    }

    pub fn get(url: impl Into<String>) -> Call {
        Call::new(Method::GET, url.into())
    }

    pub fn post(url: impl Into<String>) -> Call {
        Call::new(Method::POST, url.into())
    }

    pub fn put(url: impl Into<String>) -> Call {
        Call::new(Method::PUT, url.into())
    }

    /// `pairs` appended to the URL's query, form-encoded (a value with
    /// `&`, `#` or spaces stays one value).
    pub fn query(mut self, pairs: &[(&str, &str)]) -> Call {
        if pairs.is_empty() {
            return self;
        }
        self.url
            .push(if self.url.contains('?') { '&' } else { '?' });
        self.url.push_str(&form_encoded(pairs));
        self
    }

    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Call {
        self.headers.insert(name, value);
        self
    }

    pub fn json<T: Serialize>(mut self, body: &T) -> Call {
        self.body = serde_json::to_vec(body)
            .map(Bytes::from)
            .map_err(|e| format!("a request body that is not JSON: {e}"));
        self.with_type("application/json")
    }

    /// An `application/x-www-form-urlencoded` body, as a browser posts it.
    pub fn form(mut self, pairs: &[(&str, &str)]) -> Call {
        self.body = Ok(Bytes::from(form_encoded(pairs)));
        self.with_type("application/x-www-form-urlencoded")
    }

    pub fn timeout(mut self, timeout: Duration) -> Call {
        self.timeout = Some(timeout);
        self
    }

    fn with_type(self, content_type: &'static str) -> Call {
        self.header(header::CONTENT_TYPE, HeaderValue::from_static(content_type))
    }
}

/// `pairs` as `application/x-www-form-urlencoded`, for a query or a body.
fn form_encoded(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_encoded_and_appended() {
        let call = Call::get("http://kratos:4433/self-service/login/flows")
            .query(&[("id", "a b&c=d#e")])
            .query(&[("return_to", "https://app.example/?x=1")]);
        assert_eq!(
            call.url,
            "http://kratos:4433/self-service/login/flows?id=a+b%26c%3Dd%23e\
             &return_to=https%3A%2F%2Fapp.example%2F%3Fx%3D1"
        );
        assert_eq!(Call::get("http://h/p").query(&[]).url, "http://h/p");
    }

    #[test]
    fn bodies_carry_their_type() {
        let form = Call::post("http://h/p").form(&[("csrf_token", "t+/="), ("method", "code")]);
        assert_eq!(
            form.body.as_deref(),
            Ok(&b"csrf_token=t%2B%2F%3D&method=code"[..])
        );
        assert_eq!(
            form.headers[header::CONTENT_TYPE],
            "application/x-www-form-urlencoded"
        );
        let json = Call::put("http://h/p").json(&serde_json::json!({"remember": true}));
        assert_eq!(json.body.as_deref(), Ok(&br#"{"remember":true}"#[..]));
        assert_eq!(json.headers[header::CONTENT_TYPE], "application/json");
    }
}
