//! A failed page is logged once, with the service's name and the cause
//! (the trace layer does not log it a second time).

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use clap::Parser;
use http_body_util::BodyExt;
use server::config::{Args, Config};
use server::state::AppState;
use tower::ServiceExt;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_kratos_that_is_down_is_logged_once_with_its_cause() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = Config::from_args(Args::parse_from([
        "login-svc",
        "--kratos-public-url",
        &format!("http://127.0.0.1:{port}"),
    ]))
    .unwrap();
    let response = server::router(AppState::new(config))
        .oneshot(
            Request::get("/login?flow=secret-flow-id")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let _ = response.into_body().collect().await;

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let errors: Vec<&str> = log.lines().filter(|l| l.contains("ERROR")).collect();
    assert_eq!(errors.len(), 1, "{log}");
    assert!(errors[0].contains("Kratos"), "{log}");
    assert!(
        errors[0].contains("Connection refused") || errors[0].contains("connect"),
        "the cause is lost: {log}"
    );
    assert!(
        !log.contains("secret-flow-id"),
        "a flow id reached the log: {log}"
    );
}

/// Kubelet probes every few seconds: their lines are DEBUG, pages stay
/// INFO.
#[tokio::test(flavor = "current_thread")]
async fn probes_log_at_debug_and_pages_at_info() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let config = Config::for_kratos("http://127.0.0.1:9").unwrap();
    let app = server::router(AppState::new(config));
    for uri in ["/health/alive", "/metrics", "/login"] {
        let response = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let _ = response.into_body().collect().await;
    }

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let finished = |route: &str| -> Vec<&str> {
        log.lines()
            .filter(|l| l.contains("finished processing request"))
            .filter(|l| l.contains(&format!("route=\"{route}\"")))
            .collect()
    };
    for probe in ["/health/alive", "/metrics"] {
        let lines = finished(probe);
        assert_eq!(lines.len(), 1, "{probe}: {log}");
        assert!(lines[0].contains("DEBUG"), "{probe} is not DEBUG: {log}");
    }
    let page = finished("/login");
    assert_eq!(page.len(), 1, "{log}");
    assert!(page[0].contains(" INFO "), "{log}");
}

/// The JSON line operators parse: the response's status and latency, the
/// request's span once (method, path without its query, route, request
/// id), no repeated `spans` list.
#[tokio::test(flavor = "current_thread")]
async fn a_json_line_carries_the_request_span_once() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = server::telemetry::subscriber(
        server::config::LogFormat::Json,
        tracing_subscriber::EnvFilter::new("info"),
        move || writer.clone(),
    );
    let _guard = tracing::subscriber::set_default(subscriber);

    let config = Config::for_kratos("http://127.0.0.1:9").unwrap();
    let response = server::router(AppState::new(config))
        .oneshot(
            Request::get("/no-such-page?flow=secret-flow-id")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let _ = response.into_body().collect().await;

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let line = log
        .lines()
        .find(|l| l.contains("finished processing request"))
        .unwrap_or_else(|| panic!("no response line: {log}"));
    let line: serde_json::Value = serde_json::from_str(line).unwrap();
    assert_eq!(line["level"], "INFO", "{line}");
    assert_eq!(line["status"], 404, "{line}");
    assert!(line["latency"].is_string(), "{line}");
    let span = &line["span"];
    assert_eq!(span["method"], "GET", "{line}");
    assert_eq!(span["path"], "/no-such-page", "{line}");
    assert_eq!(span["route"], "unmatched", "{line}");
    assert!(
        span["request_id"].as_str().is_some_and(|id| !id.is_empty()),
        "{line}"
    );
    assert!(line.get("spans").is_none(), "the span is repeated: {line}");
    assert!(
        !log.contains("secret-flow-id"),
        "a flow id reached the log: {log}"
    );
}
