//! Requests must name exactly one valid `Host`.
//!
//! hyper passes HTTP/1.1 requests with no `Host` or with two of them
//! (RFC 9112 §3.2 says both are a 400), and with two the pages would be
//! built for whichever one a part of the stack happens to read. This
//! check sits on the served connection (`serve.rs`), not on the router,
//! so in-process callers (`oneshot` tests) need no Host.

use axum::http::uri::Authority;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// Why a request's Host was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadHost {
    Missing,
    Several,
    Invalid,
}

impl BadHost {
    pub fn as_str(self) -> &'static str {
        match self {
            BadHost::Missing => "no Host header",
            BadHost::Several => "more than one Host header",
            BadHost::Invalid => "a Host header that is not host[:port]",
        }
    }
}

/// The one decision: exactly one `Host`, and it is `host[:port]` with
/// nothing else in it (no user info, path or spaces).
pub fn check<'a>(hosts: impl IntoIterator<Item = &'a HeaderValue>) -> Result<(), BadHost> {
    let mut hosts = hosts.into_iter();
    let host = hosts.next().ok_or(BadHost::Missing)?;
    if hosts.next().is_some() {
        return Err(BadHost::Several);
    }
    let text = host.to_str().map_err(|_| BadHost::Invalid)?;
    let authority = text.parse::<Authority>().map_err(|_| BadHost::Invalid)?;
    let port = authority.as_str().strip_prefix(authority.host());
    let port_ok = match port {
        Some("") => true,
        Some(p) => p
            .strip_prefix(':')
            .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    };
    if text.is_empty() || text.contains('@') || authority.as_str() != text || !port_ok {
        return Err(BadHost::Invalid);
    }
    Ok(())
}

/// The answer to a request whose Host [`check`] refuses: a 400 in plain
/// text, no page (such a client is no browser).
pub fn refused(why: BadHost) -> Response {
    tracing::info!(reason = why.as_str(), "request refused: bad Host");
    (
        StatusCode::BAD_REQUEST,
        format!("Bad Request: {}\n", why.as_str()),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(list: &[&'static str]) -> Vec<HeaderValue> {
        list.iter().map(|h| HeaderValue::from_static(h)).collect()
    }

    #[test]
    fn exactly_one_plain_host_is_accepted() {
        for ok in [
            "localhost:3000",
            "login.example.com",
            "127.0.0.1",
            "[::1]:3000",
        ] {
            assert_eq!(check(&hosts(&[ok])), Ok(()), "{ok}");
        }
        assert_eq!(check(&hosts(&[])), Err(BadHost::Missing));
        assert_eq!(
            check(&hosts(&["a.example", "b.example"])),
            Err(BadHost::Several)
        );
        for bad in [
            "",
            "user@evil.example",
            "a.example/path",
            "a b",
            "a.example:port",
        ] {
            assert_eq!(check(&hosts(&[bad])), Err(BadHost::Invalid), "{bad:?}");
        }
    }
}
