//! A hand-written hostile stand-in Kratos (no real Kratos does this on
//! purpose): cookies for foreign domains, a cookie with an error, and
//! answers slow enough that two calls overrun a page's deadline or a
//! readiness probe's.

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use clap::Parser;
use http_body_util::BodyExt;
use server::config::{Args, Config};
use server::state::AppState;
use tower::ServiceExt;

const SETTINGS: &str = include_str!("../../app/tests/fixtures/settings.json");
const LOGIN: &str = include_str!("../../app/tests/fixtures/login.json");

fn app_with(args: &[&str]) -> Router {
    let mut all = vec!["login-svc"];
    all.extend_from_slice(args);
    let config = Config::from_args(Args::parse_from(all)).expect("config");
    server::router(AppState::new(config))
}

/// Serves `stand_in` on 127.0.0.1 (an ephemeral port); its URL.
async fn serve_stand_in(stand_in: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let _ = axum::serve(listener, stand_in).await;
    });
    format!("http://127.0.0.1:{port}")
}

async fn get_as(app: Router, uri: &str, host: &str) -> (StatusCode, HeaderMap, String) {
    let request = Request::get(uri)
        .header(header::HOST, host)
        .body(Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn cookies(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

const HOSTILE_COOKIES: [&str; 4] = [
    "csrf_token_1=ok; Path=/; HttpOnly",
    "parent=ok; Domain=example.com; Path=/",
    "evil=1; Domain=.evil.example; Path=/",
    "sibling=1; Domain=shop.example.com",
];

#[tokio::test]
async fn cookies_for_other_domains_never_reach_the_browser() {
    let stand_in = Router::new().route(
        "/self-service/login/flows",
        get(|| async {
            let mut h = HeaderMap::new();
            for value in HOSTILE_COOKIES {
                h.append(header::SET_COOKIE, value.parse().unwrap());
            }
            (h, [(header::CONTENT_TYPE, "application/json")], LOGIN)
        }),
    );
    let url = serve_stand_in(stand_in).await;
    let app = || app_with(&["--kratos-public-url", &url]);
    let (status, headers, _) = get_as(app(), "/login?flow=abc", "login.example.com").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        cookies(&headers),
        [
            "csrf_token_1=ok; Path=/; HttpOnly",
            "parent=ok; Domain=example.com; Path=/"
        ]
    );
    assert_eq!(headers[header::CACHE_CONTROL], "private, no-store");

    // With COOKIE_DOMAIN only that domain (and host-only cookies) pass.
    let app = app_with(&[
        "--kratos-public-url",
        &url,
        "--cookie-domain",
        "shop.example.com",
    ]);
    let (_, headers, _) = get_as(app, "/login?flow=abc", "login.example.com").await;
    assert_eq!(
        cookies(&headers),
        [
            "csrf_token_1=ok; Path=/; HttpOnly",
            "sibling=1; Domain=shop.example.com"
        ]
    );
}

#[tokio::test]
async fn kratos_cookies_are_kept_on_error_pages() {
    let stand_in = Router::new().route(
        "/self-service/login/flows",
        get(|| async {
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                [
                    (header::CONTENT_TYPE, "application/json"),
                    (header::SET_COOKIE, "csrf_token_1=fresh; Path=/; HttpOnly"),
                ],
                r#"{"error":{"code":500,"status":"Internal Server Error","message":"boom"}}"#,
            )
        }),
    );
    let url = serve_stand_in(stand_in).await;
    let (status, headers, body) = get_as(
        app_with(&["--kratos-public-url", &url]),
        "/login?flow=abc",
        "localhost:3000",
    )
    .await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(body.contains("boom"), "{body}");
    assert_eq!(cookies(&headers), ["csrf_token_1=fresh; Path=/; HttpOnly"]);
    assert_eq!(headers[header::CACHE_CONTROL], "private, no-store");
}

/// Every answer takes `delay`.
fn slow_stand_in(delay: Duration) -> Router {
    let slow = move |body: &'static str| async move {
        tokio::time::sleep(delay).await;
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    };
    Router::new()
        .route(
            "/self-service/settings/flows",
            get(move || slow(SETTINGS)),
        )
        .route(
            "/self-service/logout/browser",
            get(move || {
                slow(r#"{"logout_url":"http://127.0.0.1:9/self-service/logout?token=t","logout_token":"t"}"#)
            }),
        )
        .route("/health/ready", get(move || slow("{}")))
}

/// The settings page makes two calls (the flow, then the logout URL),
/// 700 ms each: each is within KRATOS_TIMEOUT_MS (1 s), both together
/// are not, so the second is cut off at the page's deadline and the page
/// comes without its logout link.
#[tokio::test]
async fn one_deadline_bounds_all_calls_of_a_page() {
    let url = serve_stand_in(slow_stand_in(Duration::from_millis(700))).await;
    let app = app_with(&["--kratos-public-url", &url, "--kratos-timeout-ms", "1000"]);
    let started = std::time::Instant::now();
    let (status, _, body) = get_as(app, "/settings?flow=abc", "localhost:3000").await;
    let took = started.elapsed();
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        !body.contains("logout-link"),
        "the second call was not cut off"
    );
    assert!(took < Duration::from_millis(1350), "{took:?}");
}

#[tokio::test]
async fn readiness_has_its_own_short_timeout() {
    let url = serve_stand_in(slow_stand_in(Duration::from_secs(30))).await;
    let app = app_with(&["--kratos-public-url", &url, "--ready-timeout-ms", "300"]);
    let answer = tokio::time::timeout(
        Duration::from_secs(5),
        get_as(app, "/health/ready", "localhost:3000"),
    )
    .await
    .expect("readiness answered before KRATOS_TIMEOUT_MS (10 s)");
    assert_eq!(answer.0, StatusCode::SERVICE_UNAVAILABLE);
}
