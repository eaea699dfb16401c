//! The one middleware that records every HTTP request.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;

use super::{Metrics, UNMATCHED};

/// Counts the request under the route axum matched. `Router::layer` wraps
/// each route (and the fallback), so the matched path is already in the
/// request's extensions here; the fallback has none and counts as
/// [`UNMATCHED`].
pub async fn record(State(metrics): State<Metrics>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned());
    let response = next.run(request).await;
    metrics.http_request(
        &method,
        route.as_deref().unwrap_or(UNMATCHED),
        response.status(),
        started.elapsed(),
    );
    response
}
