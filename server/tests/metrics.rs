//! `/metrics` through `oneshot`: the text format, requests counted under
//! their matched route (never the path), upstream failures by kind, and
//! METRICS_PORT moving the endpoint off the main router.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use clap::Parser;
use http_body_util::BodyExt;
use server::config::{Args, Config};
use server::state::AppState;
use tower::ServiceExt;

fn app_with(args: &[&str]) -> Router {
    let mut all = vec!["login-svc"];
    all.extend_from_slice(args);
    let config = Config::from_args(Args::parse_from(all)).expect("config");
    server::router(AppState::new(config))
}

/// A port on which nothing listens: Kratos is down.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Option<String>, String) {
    let response = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned());
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        content_type,
        String::from_utf8_lossy(&body).into_owned(),
    )
}

/// The value of the sample whose line starts with `series` (name and
/// labels exactly as exposed), or 0 when it is absent.
fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .map(|v| v.trim().parse().expect("a number"))
        .unwrap_or(0.0)
}

#[tokio::test]
async fn metrics_answer_the_text_format_with_the_build() {
    let app = app_with(&["--kratos-public-url", "http://127.0.0.1:9"]);
    // A family shows once it has a sample.
    let _ = get(&app, "/health/alive").await;
    let (status, content_type, body) = get(&app, "/metrics").await;
    assert_eq!(status, StatusCode::OK);
    let content_type = content_type.unwrap();
    assert!(
        content_type.starts_with("application/openmetrics-text"),
        "{content_type}"
    );
    assert!(
        body.contains("# TYPE vestibule_http_requests counter"),
        "{body}"
    );
    assert!(
        body.contains("# TYPE vestibule_http_request_duration_seconds histogram"),
        "{body}"
    );
    let build = format!(
        "vestibule_build_info{{version=\"{}\"}}",
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(sample(&body, &build), 1.0, "{body}");
    assert!(body.trim_end().ends_with("# EOF"), "{body}");
}

#[tokio::test]
async fn a_page_request_counts_under_its_route_not_its_path() {
    let app = app_with(&["--kratos-public-url", "http://127.0.0.1:9"]);
    let series = r#"vestibule_http_requests_total{method="GET",route="/login",status="3xx"}"#;
    let (_, _, before) = get(&app, "/metrics").await;
    assert_eq!(sample(&before, series), 0.0, "{before}");

    // Without ?flow= the login page redirects to Kratos: no Kratos needed.
    for _ in 0..2 {
        let (status, _, _) = get(&app, "/login?return_to=https://user.example/secret").await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
    let (status, _, _) = get(&app, "/no/such/page-with-user-data").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (_, _, after) = get(&app, "/metrics").await;
    assert_eq!(sample(&after, series), 2.0, "{after}");
    let count = r#"vestibule_http_request_duration_seconds_count{method="GET",route="/login"}"#;
    assert_eq!(sample(&after, count), 2.0, "{after}");
    let unmatched = r#"vestibule_http_requests_total{method="GET",route="unmatched",status="4xx"}"#;
    assert_eq!(sample(&after, unmatched), 1.0, "{after}");
    assert!(
        !after.contains("secret"),
        "query data in the labels: {after}"
    );
    assert!(
        !after.contains("page-with-user-data"),
        "a path became a label: {after}"
    );
}

#[tokio::test]
async fn a_kratos_that_is_down_counts_as_unreachable() {
    let url = format!("http://127.0.0.1:{}", closed_port());
    let app = app_with(&["--kratos-public-url", &url]);
    let (status, _, _) = get(&app, "/login?flow=abc").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let (_, _, body) = get(&app, "/metrics").await;
    let series = r#"vestibule_upstream_requests_total{service="kratos",outcome="unreachable"}"#;
    assert_eq!(sample(&body, series), 1.0, "{body}");
    let took = r#"vestibule_upstream_request_duration_seconds_count{service="kratos"}"#;
    assert_eq!(sample(&body, took), 1.0, "{body}");
    let page = r#"vestibule_http_requests_total{method="GET",route="/login",status="5xx"}"#;
    assert_eq!(sample(&body, page), 1.0, "{body}");
}

/// A hand-written stand-in for a Kratos that answers with something that
/// is not its API (no real Kratos does this on purpose).
async fn malformed_kratos_stand_in() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let app = Router::new().fallback(|| async {
        (
            [(header::CONTENT_TYPE, "application/json")],
            "<html>not json",
        )
    });
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://127.0.0.1:{port}")
}

#[tokio::test]
async fn a_malformed_kratos_answer_counts_as_malformed() {
    let url = malformed_kratos_stand_in().await;
    let app = app_with(&["--kratos-public-url", &url]);
    let (status, _, _) = get(&app, "/login?flow=abc").await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    let (_, _, body) = get(&app, "/metrics").await;
    let malformed = r#"vestibule_upstream_requests_total{service="kratos",outcome="malformed"}"#;
    assert_eq!(sample(&body, malformed), 1.0, "{body}");
    let unreachable =
        r#"vestibule_upstream_requests_total{service="kratos",outcome="unreachable"}"#;
    assert_eq!(sample(&body, unreachable), 0.0, "{body}");
}

#[tokio::test]
async fn with_metrics_port_the_main_router_does_not_serve_metrics() {
    let app = app_with(&[
        "--kratos-public-url",
        "http://127.0.0.1:9",
        "--metrics-port",
        "9464",
    ]);
    let (status, _, _) = get(&app, "/metrics").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_metrics_router_alone_serves_the_same_registry() {
    let config = Config::for_kratos("http://127.0.0.1:9").unwrap();
    let state = AppState::new(config);
    let scrape = server::metrics::router(state.metrics.clone());
    let app = server::router(state);
    let _ = get(&app, "/health/alive").await;
    let (status, _, body) = get(&scrape, "/metrics").await;
    assert_eq!(status, StatusCode::OK);
    let alive = r#"vestibule_http_requests_total{method="GET",route="/health/alive",status="2xx"}"#;
    assert_eq!(sample(&body, alive), 1.0, "{body}");
}

#[tokio::test]
async fn a_hydra_that_is_down_counts_under_hydra() {
    let hydra = format!("http://127.0.0.1:{}", closed_port());
    let app = app_with(&[
        "--kratos-public-url",
        "http://127.0.0.1:9",
        "--hydra-admin-url",
        &hydra,
        "--csrf-cookie-secret",
        "0123456789abcdef0123456789abcdef",
    ]);
    let (status, _, _) = get(&app, "/consent?consent_challenge=c").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let (_, _, body) = get(&app, "/metrics").await;
    let series = r#"vestibule_upstream_requests_total{service="hydra",outcome="unreachable"}"#;
    assert_eq!(sample(&body, series), 1.0, "{body}");
    assert!(!body.contains(r#"service="kratos""#), "{body}");
}
