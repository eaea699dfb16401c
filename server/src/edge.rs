//! What every answer gets on its way out, in one middleware: Kratos'
//! cookies filtered ([`cookie_domain`]), the security headers and CSP
//! nonce ([`security_headers`]), HSTS ([`hsts`]), gzip for pages
//! ([`compression`]), and the request counted ([`crate::metrics`]).
//!
//! One layer instead of five because each of axum's `from_fn` layers
//! costs every request a clone of the services under it and two boxes
//! (bench/README.md, "Levers, fifth pass"). The decisions stay in their
//! modules, tested there; this only runs them in the order the five
//! layers had, innermost first on the way out.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

use crate::compression;
use crate::cookie_domain::{self, CookieDomain};
use crate::hsts::{self, TrustedProxies};
use crate::metrics::{Metrics, UNMATCHED};
use crate::security_headers::{self, ImgSource};

/// The settings the edge reads, shared by every request.
#[derive(Clone)]
pub struct Edge(Arc<EdgeSettings>);

pub struct EdgeSettings {
    pub metrics: Metrics,
    pub cookie_domain: CookieDomain,
    /// The brand logo's origin when it is remote (the CSP's `img-src`).
    pub site_images: Option<ImgSource>,
    pub trusted_proxies: TrustedProxies,
}

impl Edge {
    pub fn new(settings: EdgeSettings) -> Edge {
        Edge(Arc::new(settings))
    }
}

/// The middleware. `Router::layer` wraps each route (and the fallback),
/// so the matched path is already in the request's extensions here; the
/// fallback has none and counts as [`UNMATCHED`].
pub async fn edge(State(edge): State<Edge>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    // MatchedPath holds an `Arc<str>`: cloning it copies no text.
    let route = request.extensions().get::<MatchedPath>().cloned();
    let gzip = compression::accepts(request.headers(), "gzip");
    let https = hsts::wanted(&edge.0.trusted_proxies, &request);
    let host = cookie_domain::host_of(&request);
    let nonce = security_headers::nonce_for(&mut request);

    let mut response = next.run(request).await;
    cookie_domain::keep_allowed(
        response.headers_mut(),
        host.as_deref(),
        &edge.0.cookie_domain,
    );
    security_headers::add(&mut response, &nonce, edge.0.site_images.as_ref());
    if https {
        response
            .headers_mut()
            .insert(header::STRICT_TRANSPORT_SECURITY, hsts::HSTS);
    }
    let response = compression::gzip_page(gzip, response).await;
    edge.0.metrics.http_request(
        &method,
        route.as_ref().map_or(UNMATCHED, MatchedPath::as_str),
        response.status(),
        started.elapsed(),
    );
    response
}
