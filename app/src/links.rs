//! Pure URL building: Kratos browser-init URLs and the UI's cross-links,
//! which carry `return_to`, `login_challenge` and `identity_schema` so that
//! moving between pages never loses where the user was going.

use url::form_urlencoded;

use crate::kratos::{Flow, FlowKind};

/// Query parameters as they came, in order (repeated keys kept).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query(pub Vec<(String, String)>);

impl Query {
    /// Parses a raw query string; never fails (invalid percent-encoding is
    /// decoded lossily, as browsers do).
    pub fn parse(raw: &str) -> Self {
        Query(
            form_urlencoded::parse(raw.as_bytes())
                .into_owned()
                .collect(),
        )
    }

    /// The first non-empty value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// Only the given keys, in the order of `keys`.
    pub fn pick(&self, keys: &[&str]) -> Query {
        Query(
            keys.iter()
                .filter_map(|k| self.get(k).map(|v| ((*k).to_owned(), v.to_owned())))
                .collect(),
        )
    }

    pub fn with(mut self, key: &str, value: Option<&str>) -> Query {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            self.0.retain(|(k, _)| k != key);
            self.0.push((key.to_owned(), v.to_owned()));
        }
        self
    }

    /// `base` with this query appended (`?` or `&` as needed).
    pub fn append_to(&self, base: &str) -> String {
        if self.0.is_empty() {
            return base.to_owned();
        }
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(self.0.iter())
            .finish();
        let sep = if base.contains('?') { '&' } else { '?' };
        format!("{base}{sep}{encoded}")
    }
}

/// `{browser_url}/self-service/<kind>/browser?…` keeping the parameters
/// Kratos accepts for that flow.
pub fn init_url(kratos_browser_url: &str, kind: FlowKind, query: &Query) -> String {
    let base = format!(
        "{}/self-service/{}/browser",
        kratos_browser_url.trim_end_matches('/'),
        kind.as_str()
    );
    query.pick(kind.init_params()).append_to(&base)
}

/// The parameters a page passes on to the pages it links to: what the
/// user asked for in the URL, completed from the flow (Kratos redirects to
/// `?flow=<id>` alone, so `return_to` and the Hydra challenge often live
/// only in the flow).
pub fn carried(query: &Query, flow: Option<&Flow>) -> Query {
    let mut carried = query.pick(&["return_to", "login_challenge", "identity_schema"]);
    if let Some(flow) = flow {
        if carried.get("return_to").is_none() {
            carried = carried.with("return_to", flow.return_to.as_deref());
        }
        if carried.get("login_challenge").is_none() {
            carried = carried.with("login_challenge", flow.oauth2_login_challenge.as_deref());
        }
    }
    carried
}

/// A UI page under the configured base path.
pub fn page(base_path: &str, path: &str, query: &Query) -> String {
    query.append_to(&format!("{}{path}", base_path.trim_end_matches('/')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_url_keeps_only_known_parameters() {
        let q = Query::parse(
            "return_to=http%3A%2F%2Flocalhost%3A3000%2Fa%3Fb%3Dc&aal=aal2&evil=1&flow=",
        );
        assert_eq!(
            init_url("http://k:4433/", FlowKind::Login, &q),
            "http://k:4433/self-service/login/browser?return_to=http%3A%2F%2Flocalhost%3A3000%2Fa%3Fb%3Dc&aal=aal2"
        );
        assert_eq!(
            init_url("http://k:4433", FlowKind::Recovery, &q),
            "http://k:4433/self-service/recovery/browser?return_to=http%3A%2F%2Flocalhost%3A3000%2Fa%3Fb%3Dc"
        );
    }

    #[test]
    fn malformed_query_is_decoded_lossily() {
        let q = Query::parse("flow=%ZZ%&return_to=%E2%28");
        assert_eq!(q.get("flow"), Some("%ZZ%"));
        assert!(q.get("return_to").is_some());
    }

    #[test]
    fn page_links_respect_base_path() {
        let q = Query::default().with("return_to", Some("http://x/"));
        assert_eq!(
            page("/auth/", "/login", &q),
            "/auth/login?return_to=http%3A%2F%2Fx%2F"
        );
        assert_eq!(page("", "/welcome", &Query::default()), "/welcome");
    }
}
