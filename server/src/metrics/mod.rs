//! Prometheus metrics: HTTP requests by matched route and status class,
//! their latency, upstream calls by service and outcome, and the build.
//! The registry lives in the app state (no global recorder), so every
//! router built in a test counts on its own.
//!
//! Labels are bounded sets only: the route pattern axum matched (never the
//! path, which carries flow ids), a method from a fixed list, a status
//! class, a service and an outcome. Nothing from the user or the query.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::metrics::info::Info;
use prometheus_client::registry::Registry;

use crate::upstream::{Service, UpstreamError};

/// Where the scrape endpoint answers.
pub const METRICS_PATH: &str = "/metrics";

/// The OpenMetrics text format `prometheus-client` writes; Prometheus
/// scrapes it as it does its own text format.
const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// The route label of a request no route matched (the 404 page).
pub const UNMATCHED: &str = "unmatched";

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct UpstreamLabels {
    service: &'static str,
    outcome: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ServiceLabels {
    service: &'static str,
}

type Histograms<L> = Family<L, Histogram, fn() -> Histogram>;

/// The application's metrics; cheap to clone.
#[derive(Clone)]
pub struct Metrics(Arc<Inner>);

struct Inner {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    request_duration: Histograms<RouteLabels>,
    upstream_requests: Family<UpstreamLabels, Counter>,
    upstream_duration: Histograms<ServiceLabels>,
}

/// 1 ms to about 16 s: a page is a few ms, an upstream timeout 10 s.
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.001, 2.0, 15))
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("vestibule");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by matched route and status class",
            requests.clone(),
        );
        let request_duration: Histograms<RouteLabels> =
            Family::new_with_constructor(latency_histogram);
        registry.register(
            "http_request_duration_seconds",
            "Time to the response head, by matched route",
            request_duration.clone(),
        );
        let upstream_requests = Family::<UpstreamLabels, Counter>::default();
        registry.register(
            "upstream_requests",
            "Calls to Kratos and Hydra, by service and outcome",
            upstream_requests.clone(),
        );
        let upstream_duration: Histograms<ServiceLabels> =
            Family::new_with_constructor(latency_histogram);
        registry.register(
            "upstream_request_duration_seconds",
            "Duration of calls to Kratos and Hydra, by service",
            upstream_duration.clone(),
        );
        registry.register(
            "build",
            "The running build",
            Info::new(vec![("version", env!("CARGO_PKG_VERSION"))]),
        );
        Metrics(Arc::new(Inner {
            registry,
            requests,
            request_duration,
            upstream_requests,
            upstream_duration,
        }))
    }

    /// Counts one answered request. `route` is the matched pattern or
    /// [`UNMATCHED`].
    pub fn http_request(&self, method: &Method, route: &str, status: StatusCode, took: Duration) {
        let method = method_label(method);
        self.0
            .requests
            .get_or_create(&RequestLabels {
                method,
                route: route.to_owned(),
                status: status_class(status),
            })
            .inc();
        self.0
            .request_duration
            .get_or_create(&RouteLabels {
                method,
                route: route.to_owned(),
            })
            .observe(took.as_secs_f64());
    }

    /// Counts one call to an upstream with how it ended.
    pub fn upstream_call<T>(
        &self,
        service: Service,
        result: &Result<T, UpstreamError>,
        took: Duration,
    ) {
        let service = service_label(service);
        self.0
            .upstream_requests
            .get_or_create(&UpstreamLabels {
                service,
                outcome: outcome(result),
            })
            .inc();
        self.0
            .upstream_duration
            .get_or_create(&ServiceLabels { service })
            .observe(took.as_secs_f64());
    }

    /// The registry in the text exposition format.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.0.registry);
        out
    }
}

fn service_label(service: Service) -> &'static str {
    match service {
        Service::Kratos => "kratos",
        Service::Hydra => "hydra",
    }
}

/// How an upstream call ended: `ok`; `error_answer` (the service answered
/// with its documented error body, e.g. an expired flow); `malformed`
/// (a body that is not what its API documents); `too_large` (an answer
/// over UPSTREAM_MAX_BODY_BYTES); `unreachable` (no answer: refused, reset
/// or timed out).
fn outcome<T>(result: &Result<T, UpstreamError>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(UpstreamError::Kratos { .. } | UpstreamError::Hydra { .. }) => "error_answer",
        Err(UpstreamError::Malformed { .. }) => "malformed",
        Err(UpstreamError::TooLarge { .. }) => "too_large",
        Err(UpstreamError::Unreachable { .. }) => "unreachable",
    }
}

fn status_class(status: StatusCode) -> &'static str {
    match status.as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

/// Methods outside the standard set share one label value, so a client
/// inventing methods cannot grow the series.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// `GET /metrics`.
pub async fn endpoint(State(metrics): State<Metrics>) -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE))],
        metrics.encode(),
    )
        .into_response()
}

/// The scrape endpoint alone, for `METRICS_PORT`.
pub fn router(metrics: Metrics) -> Router {
    Router::new()
        .route(METRICS_PATH, get(endpoint))
        .with_state(metrics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_classes_and_methods_are_bounded() {
        assert_eq!(status_class(StatusCode::SEE_OTHER), "3xx");
        assert_eq!(status_class(StatusCode::BAD_GATEWAY), "5xx");
        assert_eq!(status_class(StatusCode::OK), "2xx");
        let custom = Method::from_bytes(b"BREW").unwrap();
        assert_eq!(method_label(&custom), "other");
    }
}
