//! The OAuth2 routes through `oneshot`: not configured, CSRF refusals,
//! bad input, a Hydra that is down. Hand-written stand-ins, named as such,
//! only prove that Hydra was *not* called or answer what no real Hydra
//! sends (a malformed body). Journeys against the real Hydra are in
//! end2end/.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::response::IntoResponse;
use axum::Router;
use axum_extra::extract::cookie::{Cookie, Key, SignedCookieJar};
use clap::Parser;
use http_body_util::BodyExt;
use server::config::{Args, Config};
use server::state::AppState;
use tower::ServiceExt;

const SECRET: &str = "0123456789abcdef0123456789abcdef-test";

fn app(extra: &[&str]) -> Router {
    let mut all = vec!["login-svc", "--kratos-public-url", "http://127.0.0.1:9"];
    all.extend_from_slice(extra);
    let config = Config::from_args(Args::parse_from(all)).expect("config");
    server::router(AppState::new(config))
}

fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

fn with_hydra(url: &str) -> Router {
    app(&["--hydra-admin-url", url, "--csrf-cookie-secret", SECRET])
}

/// A hand-written stand-in for Hydra's admin API that counts the calls it
/// gets and answers every one with `status` and `body`.
async fn counting_hydra_stand_in(
    status: StatusCode,
    body: &'static str,
) -> (String, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let stand_in = Router::new().fallback(move || {
        counter.fetch_add(1, Ordering::SeqCst);
        async move { (status, [(header::CONTENT_TYPE, "application/json")], body).into_response() }
    });
    tokio::spawn(async move {
        let _ = axum::serve(listener, stand_in).await;
    });
    (format!("http://127.0.0.1:{port}"), calls)
}

async fn send(app: Router, request: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let response = app.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

fn post(uri: &str, cookie: Option<&str>, form: &str) -> Request<Body> {
    let mut request =
        Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.body(Body::from(form.to_owned())).unwrap()
}

/// The CSRF cookie Vestibule would have set for `token`, signed with the
/// configured secret (as the GET of a real consent page does).
fn signed_cookie(token: &str) -> String {
    let jar = SignedCookieJar::new(Key::derive_from(SECRET.as_bytes()))
        .add(Cookie::new("vestibule_csrf", token.to_owned()));
    let response = (jar, ()).into_response();
    let set = response.headers()[header::SET_COOKIE].to_str().unwrap();
    set.split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn without_hydra_the_oauth2_routes_say_oauth2_is_not_configured() {
    for request in [
        get("/consent?consent_challenge=c"),
        post("/consent", None, "consent_challenge=c"),
        get("/logout?logout_challenge=c"),
        post("/logout", None, "logout_challenge=c"),
    ] {
        let (status, headers, body) = send(app(&[]), request).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
        assert!(body.contains("OAuth2 is not configured"), "{body}");
        assert!(body.contains("HYDRA_ADMIN_URL"), "{body}");
    }
}

#[tokio::test]
async fn a_post_without_a_valid_csrf_token_is_refused_and_hydra_is_not_called() {
    let (hydra, calls) =
        counting_hydra_stand_in(StatusCode::NOT_FOUND, r#"{"error":"Not Found"}"#).await;
    let good = signed_cookie("the-token");
    let cases = [
        (
            "/consent",
            None,
            "consent_challenge=c&action=accept&grant_scope=openid",
        ),
        (
            "/consent",
            Some(good.as_str()),
            "consent_challenge=c&action=accept",
        ),
        (
            "/consent",
            Some(good.as_str()),
            "consent_challenge=c&action=accept&csrf_token=wrong",
        ),
        // A cookie with the right value but no valid signature.
        (
            "/consent",
            Some("vestibule_csrf=the-token"),
            "consent_challenge=c&action=reject&csrf_token=the-token",
        ),
        ("/logout", None, "logout_challenge=c&action=accept"),
        (
            "/logout",
            Some(good.as_str()),
            "logout_challenge=c&action=accept&csrf_token=wrong",
        ),
    ];
    for (path, cookie, form) in cases {
        let (status, _, body) = send(with_hydra(&hydra), post(path, cookie, form)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path} {cookie:?} {form}");
        assert!(body.contains("CSRF"), "{body}");
    }
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "Hydra was called for a forged post"
    );

    // The same post with its token does reach Hydra (whose 404 for an
    // unknown challenge becomes a readable 404 page).
    let (status, _, body) = send(
        with_hydra(&hydra),
        post(
            "/consent",
            Some(&good),
            "consent_challenge=c&action=reject&csrf_token=the-token",
        ),
    )
    .await;
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert!(body.contains("cannot be used"), "{body}");
}

#[tokio::test]
async fn incomplete_oauth2_links_and_forms_are_a_400_page() {
    let (hydra, calls) = counting_hydra_stand_in(StatusCode::OK, "{}").await;
    let (status, _, body) = send(with_hydra(&hydra), get("/consent")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("consent_challenge"), "{body}");
    let (status, _, _) = send(with_hydra(&hydra), get("/logout")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let good = signed_cookie("t");
    let (status, _, body) = send(
        with_hydra(&hydra),
        post("/consent", Some(&good), "csrf_token=t&consent_challenge=c"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("without a decision"), "{body}");
    assert_eq!(calls.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn hydra_down_is_a_503_page_with_a_retry_link() {
    let hydra = format!("http://127.0.0.1:{}", closed_port());
    for (uri, retry) in [
        (
            "/consent?consent_challenge=abc",
            r#"href="/consent?consent_challenge=abc""#,
        ),
        (
            "/logout?logout_challenge=abc",
            r#"href="/logout?logout_challenge=abc""#,
        ),
    ] {
        let (status, _, body) = send(with_hydra(&hydra), get(uri)).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
        assert!(
            body.contains("authorization service cannot be reached"),
            "{body}"
        );
        assert!(body.contains(retry), "{body}");
        assert!(
            !body.contains("127.0.0.1"),
            "the page leaks Hydra's address"
        );
    }
}

#[tokio::test]
async fn a_malformed_hydra_answer_is_a_502_page() {
    let (hydra, calls) = counting_hydra_stand_in(StatusCode::OK, r#"{"challenge": 7}"#).await;
    let (status, _, body) = send(with_hydra(&hydra), get("/consent?consent_challenge=abc")).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "{body}");
    assert!(body.contains("cannot read"), "{body}");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn oauth2_errors_from_hydra_are_shown_as_text() {
    let (status, _, body) = send(
        app(&[]),
        get("/error?error=access_denied&error_description=The+resource+owner+denied+the+request&error_hint=%3Cscript%3Ex%3C%2Fscript%3E"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body.contains("The resource owner denied the request"),
        "{body}"
    );
    assert!(body.contains("access_denied"), "{body}");
    assert!(
        body.contains("&lt;script&gt;") && !body.contains("<script>x"),
        "{body}"
    );
}
