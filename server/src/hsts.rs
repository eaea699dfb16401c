//! `Strict-Transport-Security` on responses to requests that came over
//! https. Vestibule speaks plain HTTP itself, so https is known only from
//! the TLS-terminating proxy's `X-Forwarded-Proto`, and that header is
//! believed only from the addresses in `TRUSTED_PROXIES` (anyone else
//! can send it; a browser ignores HSTS over http anyway, but a client
//! reaching the pod directly must not decide what Vestibule claims).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request};
use axum::http::{HeaderMap, HeaderValue};
use ipnet::IpNet;

/// One year, the value HSTS preload lists ask for; no
/// `includeSubDomains`, which would bind hosts this UI knows nothing of.
pub const HSTS: HeaderValue = HeaderValue::from_static("max-age=31536000");

/// The proxies whose `X-Forwarded-Proto` is believed (addresses or
/// networks, e.g. `10.0.0.0/8,127.0.0.1`); empty: none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Arc<[IpNet]>);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("TRUSTED_PROXIES: {0:?} is not an IP address or network (e.g. 10.0.0.0/8)")]
pub struct BadProxy(pub String);

impl TrustedProxies {
    /// Comma-separated addresses and networks; blanks are skipped.
    pub fn parse(list: &str) -> Result<TrustedProxies, BadProxy> {
        let nets = list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| BadProxy(s.to_owned()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(TrustedProxies(nets.into()))
    }

    pub fn trusts(&self, peer: IpAddr) -> bool {
        // An IPv4 peer on a dual-stack socket shows up as ::ffff:a.b.c.d.
        let peer = match peer {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(peer),
            v4 => v4,
        };
        self.0.iter().any(|net| net.contains(&peer))
    }
}

/// Whether the browser's request reached the proxy over https: the peer
/// is a trusted proxy and the last `X-Forwarded-Proto` value (the one the
/// nearest proxy wrote) is `https`.
pub fn over_https(trusted: &TrustedProxies, peer: Option<IpAddr>, headers: &HeaderMap) -> bool {
    if !peer.is_some_and(|p| trusted.trusts(p)) {
        return false;
    }
    let last = headers
        .get_all("x-forwarded-proto")
        .iter()
        .next_back()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .map(str::trim);
    last.is_some_and(|proto| proto.eq_ignore_ascii_case("https"))
}

/// Whether the answer to `request` gets [`HSTS`]: [`over_https`], with
/// the peer from the `ConnectInfo` the server (`serve.rs`) puts on each
/// request.
pub fn wanted(trusted: &TrustedProxies, request: &Request) -> bool {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    over_https(trusted, peer, request.headers())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(protos: &[&'static str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for p in protos {
            h.append("x-forwarded-proto", HeaderValue::from_static(p));
        }
        h
    }

    #[test]
    fn only_a_trusted_proxy_saying_https_counts() {
        let trusted = TrustedProxies::parse("10.0.0.0/8, 127.0.0.1").unwrap();
        let proxy = Some("10.1.2.3".parse().unwrap());
        let mapped = Some("::ffff:127.0.0.1".parse().unwrap());
        let stranger = Some("192.0.2.7".parse().unwrap());
        assert!(over_https(&trusted, proxy, &headers(&["https"])));
        assert!(over_https(&trusted, mapped, &headers(&["HTTPS"])));
        assert!(over_https(&trusted, proxy, &headers(&["http, https"])));
        assert!(!over_https(&trusted, proxy, &headers(&["https, http"])));
        assert!(!over_https(&trusted, proxy, &headers(&["http"])));
        assert!(!over_https(&trusted, proxy, &headers(&[])));
        assert!(!over_https(&trusted, stranger, &headers(&["https"])));
        assert!(!over_https(&trusted, None, &headers(&["https"])));
        let nobody = TrustedProxies::default();
        assert!(!over_https(&nobody, proxy, &headers(&["https"])));
    }

    #[test]
    fn the_list_is_validated() {
        assert_eq!(TrustedProxies::parse(" , "), Ok(TrustedProxies::default()));
        assert!(TrustedProxies::parse("::1, fd00::/8").is_ok());
        assert_eq!(
            TrustedProxies::parse("10.0.0.0/8,proxy.local"),
            Err(BadProxy("proxy.local".to_owned()))
        );
    }
}
