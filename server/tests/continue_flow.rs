//! `/continue` through `oneshot`: the failure paths a real Kratos cannot
//! be made to show on demand, against a hand-written stand-in Kratos
//! that answers the recorded Kratos v1.3.1 JSON (or something broken).
//! The journeys against the real Kratos are in end2end/ (continue_flow.rs).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use clap::Parser;
use http_body_util::BodyExt;
use server::config::{Args, Config};
use server::state::AppState;
use tower::ServiceExt;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../app/tests/fixtures/", $name, ".json"))
    };
}

const LOGIN: &str = fixture!("login");
const REGISTRATION: &str = fixture!("registration_profile");
const LOGIN_KNOWN: &str = fixture!("continue_login_known");
const LOGIN_UNKNOWN: &str = fixture!("continue_login_unknown");
const REGISTRATION_SENT: &str = fixture!("continue_registration_unknown");
const REGISTRATION_INVALID: &str = fixture!("continue_registration_invalid");
const EXPIRED: &str = fixture!("error_flow_expired");
const CSRF: &str = fixture!("error_csrf_violation");
const NOT_FOUND: &str = fixture!("error_flow_not_found");

const EMAIL: &str = "person@example.com";

/// What the stand-in answers to a submission: status and body.
type Answer = (u16, &'static str);

/// A hand-written stand-in Kratos: creates flows from the recorded
/// fixtures and answers the two submissions as told; counts submissions.
async fn stand_in(login: Answer, registration: Answer) -> (String, Arc<AtomicUsize>) {
    let submitted = Arc::new(AtomicUsize::new(0));
    let json = |(status, body): Answer| {
        (
            StatusCode::from_u16(status).unwrap(),
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response()
    };
    let (a, b) = (submitted.clone(), submitted.clone());
    let router = Router::new()
        .route(
            "/self-service/login/browser",
            get(move || async move { json((200, LOGIN)) }),
        )
        .route(
            "/self-service/registration/browser",
            get(move || async move { json((200, REGISTRATION)) }),
        )
        .route(
            "/self-service/login",
            post(move || async move {
                a.fetch_add(1, Ordering::SeqCst);
                json(login)
            }),
        )
        .route(
            "/self-service/registration",
            post(move || async move {
                b.fetch_add(1, Ordering::SeqCst);
                json(registration)
            }),
        )
        .route(
            "/self-service/login/flows",
            get(move || async move { json((404, NOT_FOUND)) }),
        )
        .route(
            "/self-service/registration/flows",
            get(move || async move { json((200, REGISTRATION_SENT)) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (format!("http://127.0.0.1:{port}"), submitted)
}

fn app(kratos: &str) -> Router {
    let config = Config::from_args(Args::parse_from([
        "login-svc",
        "--kratos-public-url",
        kratos,
    ]))
    .expect("config");
    server::router(AppState::new(config))
}

/// A port on which nothing listens: Kratos is down.
fn kratos_down() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://127.0.0.1:{}", l.local_addr().unwrap().port())
}

async fn send(app: Router, request: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let response = app.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

async fn post_form(app: Router, form: &str) -> (StatusCode, HeaderMap, String) {
    let request = Request::post("/continue")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form.to_owned()))
        .unwrap();
    send(app, request).await
}

const FORM: &str =
    "flow=f1&csrf_token=t1&email=person%40example.com&return_to=http%3A%2F%2Flocalhost%2Fback";

/// The email form with the address kept in its field.
fn keeps_the_address(body: &str) -> bool {
    body.contains(r#"data-testid="continue-form""#)
        && body.contains(&format!(r#"name="email" type="email" value="{EMAIL}""#))
}

#[tokio::test]
async fn kratos_down_before_the_form_is_a_503_page_with_a_retry() {
    let (status, _, body) = send(
        app(&kratos_down()),
        Request::get("/continue?return_to=http://localhost/back")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body.contains(r#"data-testid="retry-link""#), "{body}");
    assert!(body.contains("/continue?return_to="), "{body}");
}

#[tokio::test]
async fn a_post_without_the_flow_or_its_token_reaches_no_kratos() {
    let (url, submitted) = stand_in((400, LOGIN_KNOWN), (400, REGISTRATION_SENT)).await;
    for form in [
        "email=person%40example.com",
        "flow=f1&email=x",
        "csrf_token=t&email=x",
    ] {
        let (status, _, _) = post_form(app(&url), form).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{form}");
    }
    assert_eq!(submitted.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn kratos_csrf_refusal_is_the_error_page_and_nothing_more() {
    let (url, submitted) = stand_in((403, CSRF), (400, REGISTRATION_SENT)).await;
    let (status, _, body) = post_form(app(&url), FORM).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body.contains(r#"data-testid="error-card""#), "{body}");
    assert!(!body.contains(EMAIL), "{body}");
    // No sign-up was tried after the refusal.
    assert_eq!(submitted.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_known_address_goes_to_the_code_screen_of_its_login_flow() {
    let (url, _) = stand_in((400, LOGIN_KNOWN), (500, "{}")).await;
    let (status, headers, _) = post_form(app(&url), FORM).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let login: serde_json::Value = serde_json::from_str(LOGIN_KNOWN).unwrap();
    assert_eq!(
        headers[header::LOCATION],
        format!("/continue?flow={}", login["id"].as_str().unwrap())
    );
}

#[tokio::test]
async fn an_unknown_address_is_signed_up_and_its_code_screen_is_the_same() {
    let (url, submitted) = stand_in((400, LOGIN_UNKNOWN), (400, REGISTRATION_SENT)).await;
    let (status, headers, _) = post_form(app(&url), FORM).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(submitted.load(Ordering::SeqCst), 2);
    let to = headers[header::LOCATION].to_str().unwrap().to_owned();
    // The stand-in knows no login flow of that id: the registration one.
    let (status, _, body) = send(app(&url), Request::get(&to).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body.contains(r#"data-testid="continue-code-form""#),
        "{body}"
    );
    assert!(body.contains("unknown@example.com"), "{body}");
    assert!(body.contains(r#"name="traits.email""#), "{body}");
    assert!(!body.contains("ui/message/"), "{body}");
}

#[tokio::test]
async fn an_expired_flow_gets_a_new_form_with_the_address_kept() {
    let (url, _) = stand_in((410, EXPIRED), (400, REGISTRATION_SENT)).await;
    let (status, _, body) = post_form(app(&url), FORM).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(keeps_the_address(&body), "{body}");
    let login: serde_json::Value = serde_json::from_str(LOGIN).unwrap();
    // The new flow from the stand-in's init, not the expired one.
    assert!(body.contains(login["id"].as_str().unwrap()), "{body}");
    assert!(body.contains("That took too long"), "{body}");
}

#[tokio::test]
async fn kratos_down_after_the_address_keeps_it_on_a_503_form() {
    let (status, _, body) = post_form(app(&kratos_down()), FORM).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(keeps_the_address(&body), "{body}");
    assert!(body.contains(r#"role="alert""#), "{body}");
}

#[tokio::test]
async fn a_malformed_answer_keeps_the_address_on_a_502_form() {
    let (url, _) = stand_in((400, "<html>not a flow"), (400, REGISTRATION_SENT)).await;
    let (status, _, body) = post_form(app(&url), FORM).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert!(keeps_the_address(&body), "{body}");
}

/// A 400 flow whose message id nobody knows (a newer Kratos, a hook).
const UNEXPECTED: &str = r#"{"id":"f2","type":"browser","state":"choose_method","ui":{"action":"http://kratos/self-service/login?flow=f2","method":"POST","nodes":[{"type":"input","group":"default","attributes":{"name":"csrf_token","type":"hidden","value":"t2"},"messages":[],"meta":{}}],"messages":[{"id":4999999,"text":"Something only a newer Kratos says.","type":"error"}]}}"#;

#[tokio::test]
async fn an_unexpected_message_is_shown_with_the_address_kept() {
    let (url, submitted) = stand_in((400, UNEXPECTED), (400, REGISTRATION_SENT)).await;
    let (status, _, body) = post_form(app(&url), FORM).await;
    // Like a flow page Kratos sent back with its reasons: 200.
    assert_eq!(status, StatusCode::OK);
    assert!(keeps_the_address(&body), "{body}");
    assert!(
        body.contains("Something only a newer Kratos says."),
        "{body}"
    );
    // Not taken for "no account": no sign-up was tried.
    assert_eq!(submitted.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_refused_sign_up_shows_kratos_reason_with_the_address_kept() {
    let (url, _) = stand_in((400, LOGIN_UNKNOWN), (400, REGISTRATION_INVALID)).await;
    let (status, _, body) = post_form(app(&url), FORM).await;
    // Like a flow page Kratos sent back with its reasons: 200.
    assert_eq!(status, StatusCode::OK);
    assert!(keeps_the_address(&body), "{body}");
    assert!(
        body.contains(r#"data-testid="ui/message/4000001""#),
        "{body}"
    );
}

#[tokio::test]
async fn a_failed_sign_up_keeps_the_address() {
    let (url, _) = stand_in(
        (400, LOGIN_UNKNOWN),
        (500, r#"{"error":{"code":500,"message":"courier down"}}"#),
    )
    .await;
    let (status, _, body) = post_form(app(&url), FORM).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(keeps_the_address(&body), "{body}");
}

/// The nonce this response's CSP allows scripts with.
fn csp_nonce(headers: &HeaderMap) -> String {
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    let start = csp.find("'nonce-").expect("a nonce in the CSP") + "'nonce-".len();
    csp[start..].split('\'').next().unwrap().to_owned()
}

#[tokio::test]
async fn the_email_form_offers_the_flows_passkey_by_autofill() {
    let (url, _) = stand_in((400, LOGIN_KNOWN), (400, REGISTRATION_SENT)).await;
    let (status, headers, body) = send(
        app(&url),
        Request::get("/continue").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let login: serde_json::Value = serde_json::from_str(LOGIN).unwrap();
    let action = login["ui"]["action"].as_str().unwrap();
    // A hidden form of its own, posting to the Kratos flow.
    assert!(
        body.contains(&format!(
            r#"<form method="post" action="{action}" hidden data-testid="continue-passkey-form">"#
        )),
        "{body}"
    );
    assert!(body.contains(r#"name="passkey_challenge""#), "{body}");
    assert!(
        body.contains(
            r#"name="passkey_login" value="" data-onload-trigger="oryPasskeyLoginAutocompleteInit""#
        ),
        "{body}"
    );
    assert!(
        body.contains(r#"autocomplete="username webauthn""#),
        "{body}"
    );
    // Kratos' script from Vestibule's origin, booted under this page's nonce.
    assert!(
        body.contains(r#"data-src="/.well-known/ory/webauthn.js""#),
        "{body}"
    );
    let nonce = csp_nonce(&headers);
    assert!(
        body.contains(&format!(r#"<script type="module" nonce="{nonce}">"#)),
        "{body}"
    );
}

#[tokio::test]
async fn a_form_drawn_from_the_post_alone_offers_no_passkey() {
    let (status, _, body) = post_form(app(&kratos_down()), FORM).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(keeps_the_address(&body), "{body}");
    assert!(!body.contains("<script"), "{body}");
    assert!(!body.contains("continue-passkey-form"), "{body}");
    assert!(body.contains(r#"autocomplete="email""#), "{body}");
}
