//! Kratos' `Set-Cookie` headers reach the browser only for this
//! deployment's domain.
//!
//! Vestibule passes Kratos' cookies on (the CSRF cookie of a flow, the
//! session after a redirect). A Kratos that is misconfigured or not
//! Kratos could set `Domain=.evil.example` or widen a cookie to a parent
//! domain the deployment does not own; every response's `Set-Cookie` is
//! checked here, in one layer, and a cookie whose `Domain` is not allowed
//! is dropped whole (never rewritten) with a warning naming the domain.
//! Host-only cookies (no `Domain`) are always fine.

use std::sync::Arc;

use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue};

/// Which `Domain` a forwarded cookie may carry: the configured
/// `COOKIE_DOMAIN` (Kratos' `session.cookie.domain`), or without it the
/// host the browser asked for (or a parent of it).
#[derive(Debug, Clone, Default)]
pub struct CookieDomain(Option<Arc<str>>);

impl CookieDomain {
    /// `None` or a blank value: the browser's host decides.
    pub fn new(configured: Option<&str>) -> CookieDomain {
        let d = configured.map(normalise).filter(|d| !d.is_empty());
        CookieDomain(d.map(Into::into))
    }
}

fn normalise(domain: &str) -> String {
    domain.trim().trim_start_matches('.').to_ascii_lowercase()
}

/// The `Domain` attributes of one `Set-Cookie` value (RFC 6265 §5.2:
/// case-insensitive name, a leading dot ignored).
fn domains(set_cookie: &[u8]) -> impl Iterator<Item = String> + '_ {
    set_cookie.split(|b| *b == b';').skip(1).filter_map(|attr| {
        let attr = std::str::from_utf8(attr).ok()?;
        let (name, value) = attr.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("domain")
            .then(|| normalise(value))
    })
}

/// The host part of a `Host` header value (no port, no IPv6 brackets).
fn host_name(host: &str) -> String {
    let host = host.trim();
    let without_port = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host.rsplit_once(':').map_or(host, |(h, _)| h),
    };
    without_port.to_ascii_lowercase()
}

/// Whether `set_cookie` may be forwarded to a browser that asked for
/// `host`. A cookie that is not even text (`Domain` unreadable) is
/// refused too.
pub fn allowed(set_cookie: &HeaderValue, host: Option<&str>, rule: &CookieDomain) -> bool {
    if set_cookie.to_str().is_err() {
        return false;
    }
    domains(set_cookie.as_bytes()).all(|domain| match &rule.0 {
        Some(configured) => domain == **configured,
        None => host.map(host_name).is_some_and(|host| {
            !domain.is_empty()
                && (host == domain
                    || host
                        .strip_suffix(domain.as_str())
                        .is_some_and(|rest| rest.ends_with('.')))
        }),
    })
}

/// The browser's `Host`, which [`allowed`] compares cookies with.
pub fn host_of(request: &Request) -> Option<String> {
    request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
}

/// Drops every `Set-Cookie` of an answer that [`allowed`] refuses.
pub fn keep_allowed(headers: &mut HeaderMap, host: Option<&str>, rule: &CookieDomain) {
    if !headers.contains_key(header::SET_COOKIE) {
        return;
    }
    let cookies: Vec<HeaderValue> = match headers.entry(header::SET_COOKIE) {
        header::Entry::Occupied(e) => e.remove_entry_mult().1.collect(),
        header::Entry::Vacant(_) => Vec::new(),
    };
    for cookie in cookies {
        if allowed(&cookie, host, rule) {
            headers.append(header::SET_COOKIE, cookie);
        } else {
            let domain: Vec<String> = domains(cookie.as_bytes()).collect();
            tracing::warn!(
                domain = ?domain,
                "dropped a Set-Cookie from upstream for a domain outside this deployment"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(cookie: &'static str, host: Option<&str>, rule: &CookieDomain) -> bool {
        allowed(&HeaderValue::from_static(cookie), host, rule)
    }

    #[test]
    fn host_only_cookies_pass_and_foreign_domains_do_not() {
        let by_host = CookieDomain::new(None);
        let host = Some("login.example.com:3000");
        assert!(ok("csrf_token_1=x; Path=/; HttpOnly", host, &by_host));
        assert!(ok("s=x; Domain=login.example.com", host, &by_host));
        assert!(ok("s=x; domain=.Example.COM; Path=/", host, &by_host));
        assert!(!ok("s=x; Domain=.evil.example", host, &by_host));
        assert!(!ok("s=x; Domain=ample.com", host, &by_host));
        assert!(!ok("s=x; Domain=other.example.com", host, &by_host));
        assert!(!ok(
            "s=x; Domain=example.com; Domain=evil.example",
            host,
            &by_host
        ));
        assert!(!ok("s=x; Domain=", host, &by_host));
        assert!(!ok("s=x; Domain=example.com", None, &by_host));
        assert!(ok("s=x; Domain=::1", Some("[::1]:3000"), &by_host));
    }

    #[test]
    fn a_configured_domain_is_the_only_one() {
        let rule = CookieDomain::new(Some(".example.com"));
        let host = Some("login.example.com");
        assert!(ok("s=x; Domain=example.com", host, &rule));
        assert!(ok("s=x; Path=/", host, &rule));
        assert!(!ok("s=x; Domain=login.example.com", host, &rule));
        assert!(!ok("s=x; Domain=evil.example", Some("evil.example"), &rule));
    }
}
