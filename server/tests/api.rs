//! The JSON endpoints (Kratos' web_hook, Oathkeeper's remote_json
//! authorizer) through `oneshot`: every refusal is JSON with the documented
//! status, never an HTML page. With the real Kratos and Oathkeeper they are
//! tested in end2end/tests/e2e/oathkeeper.rs.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use server::config::{Args, Config};
use server::state::AppState;
use tower::ServiceExt;

use clap::Parser;

const KEY: &str = "a-webhook-key-of-some-length";
const HOOK: &str = "/api/hooks/email-domain";
const AUTHZ: &str = "/api/authorize";

fn app(extra: &[&str]) -> Router {
    let mut all = vec!["login-svc", "--kratos-public-url", "http://127.0.0.1:9"];
    all.extend_from_slice(extra);
    let config = Config::from_args(Args::parse_from(all)).expect("config");
    server::router(AppState::new(config))
}

fn policed() -> Router {
    app(&[
        "--webhook-api-key",
        KEY,
        "--allowed-email-domains",
        "example.com",
    ])
}

async fn call(
    app: Router,
    method: &str,
    uri: &str,
    key: Option<&str>,
    body: &str,
) -> (StatusCode, String, Value) {
    let mut request = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(key) = key {
        request = request.header("x-vestibule-webhook-key", key);
    }
    let response = app
        .oneshot(request.body(Body::from(body.to_owned())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let json = serde_json::from_slice(&bytes)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&bytes)));
    (status, content_type, json)
}

fn hook_body(email: &str) -> String {
    json!({ "identity": { "traits": { "email": email } } }).to_string()
}

#[tokio::test]
async fn webhook_allows_listed_domains_and_interrupts_the_flow_for_others() {
    let (status, ct, body) = call(
        policed(),
        "POST",
        HOOK,
        Some(KEY),
        &hook_body("ada@Example.com"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ct, "application/json");
    assert_eq!(body, json!({}));

    let (status, _, body) = call(
        policed(),
        "POST",
        HOOK,
        Some(KEY),
        &hook_body("ada@example.org"),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Kratos v1.3.1's flow-interrupting format (web_hook.go rawHookResponse).
    assert_eq!(
        body,
        json!({ "messages": [{
            "instance_ptr": "#/traits/email",
            "messages": [{
                "id": 4_049_001,
                "text": "Sign-up is limited to example.com addresses.",
                "type": "error",
            }],
        }]})
    );
}

/// The login hook puts its own message on the identifier the person typed.
#[tokio::test]
async fn login_webhook_puts_the_message_on_the_identifier() {
    let (status, _, body) = call(
        policed(),
        "POST",
        "/api/hooks/email-domain/login",
        Some(KEY),
        &hook_body("ada@example.org"),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        body,
        json!({ "messages": [{
            "instance_ptr": "#/identifier",
            "messages": [{
                "id": 4_049_001,
                "text": "Sign-in is limited to example.com addresses.",
                "type": "error",
            }],
        }]})
    );
    let (status, _, body) = call(
        policed(),
        "POST",
        "/api/hooks/email-domain/login",
        Some(KEY),
        &hook_body("ada@example.com"),
    )
    .await;
    assert_eq!((status, body), (StatusCode::OK, json!({})));
    let (status, _, _) = call(
        policed(),
        "POST",
        "/api/hooks/email-domain/login",
        Some("a wrong key of some length"),
        &hook_body("ada@example.com"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn webhook_message_is_configurable() {
    let app = app(&[
        "--webhook-api-key",
        KEY,
        "--allowed-email-domains",
        "a.example,b.example",
        "--email-domain-message",
        "Use your work address ({domains}).",
    ]);
    let (_, _, body) = call(app, "POST", HOOK, Some(KEY), &hook_body("x@c.example")).await;
    assert_eq!(
        body["messages"][0]["messages"][0]["text"],
        "Use your work address (a.example, b.example)."
    );
}

#[tokio::test]
async fn webhook_refuses_missing_or_wrong_keys_with_401_json() {
    for key in [None, Some("wrong"), Some("a-webhook-key-of-some-lengtH")] {
        let (status, ct, body) =
            call(policed(), "POST", HOOK, key, &hook_body("ada@example.com")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{key:?}");
        assert_eq!(ct, "application/json");
        assert_eq!(body["error"]["code"], 401);
        assert_eq!(body["error"]["id"], "unauthorized");
    }
}

#[tokio::test]
async fn webhook_without_a_configured_key_refuses_everyone() {
    let (status, _, body) = call(
        app(&[]),
        "POST",
        HOOK,
        Some(KEY),
        &hook_body("ada@example.com"),
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["error"]["id"], "not_configured");
}

#[tokio::test]
async fn webhook_bad_payloads_are_400_json() {
    for bad in [
        "not json",
        "{}",
        r#"{"identity":{}}"#,
        r#"{"identity":{"traits":{}}}"#,
        r#"{"identity":{"traits":{"email":42}}}"#,
        r#"{"identity":{"traits":{"email":"no-at-sign"}}}"#,
    ] {
        let (status, ct, body) = call(policed(), "POST", HOOK, Some(KEY), bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(ct, "application/json");
        assert_eq!(body["error"]["id"], "bad_payload", "{bad}");
        assert!(
            body["error"]["reason"].as_str().unwrap().len() > 10,
            "{body}"
        );
    }
}

fn whoami(email: &str, aal: &str, verified: bool) -> Value {
    json!({
        "id": "0c9e6a4c-0000-4000-8000-000000000000",
        "active": true,
        "authenticator_assurance_level": aal,
        "identity": {
            "id": "5b1e6a4c-0000-4000-8000-000000000000",
            "traits": { "email": email, "name": { "first": "Ada" } },
            "verifiable_addresses": [{ "value": email, "verified": verified, "via": "email" }],
        },
    })
}

#[tokio::test]
async fn authorizer_allows_and_denies_by_domain_verification_and_aal() {
    let ok = json!({ "subject": "s", "session": whoami("ada@example.com", "aal1", false) });
    let (status, _, _) = call(policed(), "POST", AUTHZ, None, &ok.to_string()).await;
    assert_eq!(status, StatusCode::OK);

    let cases = [
        (
            json!({ "subject": "guest", "session": null }),
            "session_required",
        ),
        (
            json!({ "subject": "s", "session": whoami("ada@example.org", "aal2", true) }),
            "email_domain_not_allowed",
        ),
        (
            json!({ "subject": "s", "session": whoami("ada@example.com", "aal1", false), "require": { "verified_email": true } }),
            "email_not_verified",
        ),
        (
            json!({ "subject": "s", "session": whoami("ada@example.com", "aal1", true), "require": { "aal": "aal2" } }),
            "aal_too_low",
        ),
    ];
    for (payload, id) in cases {
        let (status, ct, body) = call(policed(), "POST", AUTHZ, None, &payload.to_string()).await;
        // Oathkeeper maps exactly 403 to "forbidden".
        assert_eq!(status, StatusCode::FORBIDDEN, "{payload}");
        assert_eq!(ct, "application/json");
        assert_eq!(body["error"]["id"], id, "{payload}");
    }
    let aal2 = json!({ "subject": "s", "session": whoami("ada@example.com", "aal2", true), "require": { "aal": "aal2", "verified_email": true } });
    let (status, _, _) = call(policed(), "POST", AUTHZ, None, &aal2.to_string()).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn authorizer_bad_payloads_are_400_json() {
    for bad in [
        "",
        "[]",
        r#"{"session":{"identity":{}}}"#,
        r#"{"session":{"authenticator_assurance_level":"aal9","identity":{"traits":{"email":"a@example.com"}}}}"#,
        r#"{"session":null,"require":{"aal":"aal2","typo":true}}"#,
    ] {
        let (status, _, body) = call(policed(), "POST", AUTHZ, None, bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(body["error"]["id"], "bad_payload", "{bad}");
    }
}

#[tokio::test]
async fn api_paths_answer_json_for_unknown_paths_and_methods() {
    let (status, ct, body) = call(policed(), "POST", "/api/nothing", None, "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(ct, "application/json");
    assert_eq!(body["error"]["id"], "not_found");
    let (status, _, body) = call(policed(), "GET", AUTHZ, None, "").await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(body["error"]["id"], "method_not_allowed");
}

#[tokio::test]
async fn api_lives_under_the_base_path() {
    let app = app(&[
        "--base-path",
        "/auth",
        "--allowed-email-domains",
        "example.com",
    ]);
    let ok = json!({ "session": whoami("ada@example.com", "aal1", false) });
    let (status, _, _) = call(app, "POST", "/auth/api/authorize", None, &ok.to_string()).await;
    assert_eq!(status, StatusCode::OK);
}

#[test]
fn bad_policy_config_stops_the_server_with_the_variable_named() {
    let parse = |extra: &[&str]| {
        let mut all = vec!["login-svc", "--kratos-public-url", "http://127.0.0.1:9"];
        all.extend_from_slice(extra);
        Config::from_args(Args::parse_from(all))
    };
    let err = parse(&["--allowed-email-domains", "example.com,@bad"]).unwrap_err();
    assert!(
        err.to_string().starts_with("ALLOWED_EMAIL_DOMAINS"),
        "{err}"
    );
    let err = parse(&["--webhook-api-key", "short"]).unwrap_err();
    assert!(err.to_string().starts_with("WEBHOOK_API_KEY"), "{err}");
}

/// The HTML error-page layer is on the pages router only: an API answer
/// with an error status stays Vestibule's JSON even when the caller asks
/// for HTML the way a browser does, at every status the API answers, and
/// under a base path; in the same router a page error is an HTML page.
#[tokio::test]
async fn the_page_error_layer_stays_off_the_api_routes() {
    let browser_accept = "text/html,application/xhtml+xml,*/*;q=0.8";
    let cases = [
        (
            app(&[]),
            "POST",
            HOOK,
            Some(KEY),
            hook_body("a@example.com"),
            StatusCode::SERVICE_UNAVAILABLE,
        ),
        (
            policed(),
            "POST",
            HOOK,
            Some("wrong"),
            hook_body("a@example.com"),
            StatusCode::UNAUTHORIZED,
        ),
        (
            policed(),
            "POST",
            HOOK,
            Some(KEY),
            hook_body("a@example.org"),
            StatusCode::FORBIDDEN,
        ),
        (
            policed(),
            "POST",
            AUTHZ,
            None,
            "[]".to_owned(),
            StatusCode::BAD_REQUEST,
        ),
        (
            policed(),
            "GET",
            "/api/nothing",
            None,
            String::new(),
            StatusCode::NOT_FOUND,
        ),
        (
            policed(),
            "GET",
            AUTHZ,
            None,
            String::new(),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
    ];
    for (app, method, uri, key, body, expected) in cases {
        let mut request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::ACCEPT, browser_accept)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(key) = key {
            request = request.header("x-vestibule-webhook-key", key);
        }
        let response = app
            .oneshot(request.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), expected, "{method} {uri}");
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "application/json",
            "{method} {uri}"
        );
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("<html"), "{method} {uri}: {text}");
        serde_json::from_slice::<Value>(&bytes).unwrap_or_else(|e| panic!("{method} {uri}: {e}"));
    }
    let based = app(&["--base-path", "/auth"]);
    let (status, ct, _) = call(based.clone(), "POST", "/auth/api/nothing", None, "").await;
    assert_eq!(
        (status, ct.as_str()),
        (StatusCode::NOT_FOUND, "application/json")
    );
    // The same router renders page errors as pages.
    let page = based
        .oneshot(Request::get("/auth/consent").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    assert!(page.headers()[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
}
