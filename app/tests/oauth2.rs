//! The consent and logout pages, and the Hydra model's decisions.

mod support;

use app::hydra::{ConsentRequest, LogoutRequest};
use app::pages::{consent_page, logout_page, ClientView, ConsentView, LogoutView, Shell};
use scraper::Html;
use support::{count, sel, texts};

fn consent(client: ClientView, scopes: &[&str]) -> Html {
    Html::parse_document(&consent_page(
        &Shell::default(),
        ConsentView {
            action: "/auth/consent".to_owned(),
            challenge: "the-challenge".to_owned(),
            csrf_token: "the-token".to_owned(),
            client,
            requested_scope: scopes.iter().map(|s| s.to_string()).collect(),
        },
    ))
}

fn attr(html: &Html, s: &str, name: &str) -> Option<String> {
    html.select(&sel(s))
        .next()
        .and_then(|e| e.value().attr(name).map(str::to_owned))
}

#[test]
fn the_consent_form_posts_each_scope_as_a_checkbox_and_openid_cannot_be_unticked() {
    let html = consent(
        ClientView {
            name: "Demo app".to_owned(),
            ..ClientView::default()
        },
        &["openid", "email", "profile", "offline"],
    );
    let form = r#"form[data-testid="consent-form"][method="post"][action="/auth/consent"]"#;
    assert_eq!(count(&html, form), 1);
    assert_eq!(
        attr(&html, r#"input[name="consent_challenge"]"#, "value").as_deref(),
        Some("the-challenge")
    );
    assert_eq!(
        attr(&html, r#"input[name="csrf_token"][type="hidden"]"#, "value").as_deref(),
        Some("the-token")
    );
    // openid: shown ticked and disabled, sent by a hidden field.
    assert_eq!(
        count(
            &html,
            r#"[data-testid="consent-scope/openid"][checked][disabled]"#
        ),
        1
    );
    assert_eq!(
        count(
            &html,
            r#"input[type="hidden"][name="grant_scope"][value="openid"]"#
        ),
        1
    );
    for scope in ["email", "profile", "offline"] {
        let s = format!(
            r#"input[type="checkbox"][name="grant_scope"][value="{scope}"][checked]:not([disabled])"#
        );
        assert_eq!(count(&html, &s), 1, "{scope}");
    }
    assert_eq!(
        count(
            &html,
            r#"input[type="checkbox"][name="remember"]:not([checked])"#
        ),
        1
    );
    assert_eq!(
        count(
            &html,
            r#"button[name="action"][value="accept"][data-testid="consent-allow"]"#
        ),
        1
    );
    assert_eq!(
        count(
            &html,
            r#"button[name="action"][value="reject"][data-testid="consent-deny"]"#
        ),
        1
    );
    assert_eq!(
        texts(&html, r#"[data-testid="consent-client-name"]"#),
        ["Demo app"]
    );
    // No links or logo the client did not register.
    assert_eq!(
        count(&html, r#"[data-testid="consent-client-logo"], .links a"#),
        0
    );
}

#[test]
fn the_clients_registered_links_and_logo_are_shown() {
    let html = consent(
        ClientView {
            name: "Demo".to_owned(),
            logo_uri: Some("https://cdn.example/logo.png".to_owned()),
            client_uri: Some("https://app.example/".to_owned()),
            policy_uri: Some("https://app.example/privacy".to_owned()),
            tos_uri: Some("https://app.example/terms".to_owned()),
        },
        &["openid"],
    );
    assert_eq!(
        attr(&html, r#"img[data-testid="consent-client-logo"]"#, "src").as_deref(),
        Some("https://cdn.example/logo.png")
    );
    assert_eq!(
        attr(&html, r#"a[data-testid="consent-policy-link"]"#, "href").as_deref(),
        Some("https://app.example/privacy")
    );
    assert_eq!(
        attr(&html, r#"a[data-testid="consent-tos-link"]"#, "href").as_deref(),
        Some("https://app.example/terms")
    );
    assert_eq!(
        attr(&html, r#"a[data-testid="consent-client-uri"]"#, "href").as_deref(),
        Some("https://app.example/")
    );
}

#[test]
fn the_logout_confirmation_posts_yes_or_no_with_its_token() {
    let html = Html::parse_document(&logout_page(
        &Shell::default(),
        LogoutView {
            action: "/logout".to_owned(),
            challenge: "lc".to_owned(),
            csrf_token: "tok".to_owned(),
            client_name: Some("Demo".to_owned()),
        },
    ));
    assert_eq!(
        count(
            &html,
            r#"form[data-testid="logout-form"][method="post"][action="/logout"]"#
        ),
        1
    );
    assert_eq!(
        attr(&html, r#"input[name="logout_challenge"]"#, "value").as_deref(),
        Some("lc")
    );
    assert_eq!(
        attr(&html, r#"input[name="csrf_token"]"#, "value").as_deref(),
        Some("tok")
    );
    assert_eq!(
        count(
            &html,
            r#"button[value="accept"][data-testid="logout-accept"]"#
        ),
        1
    );
    assert_eq!(
        count(
            &html,
            r#"button[value="reject"][data-testid="logout-reject"]"#
        ),
        1
    );
    assert!(texts(&html, r#"[data-testid="logout-question"]"#)[0].contains("Demo"));
}

fn consent_request(json: &str) -> ConsentRequest {
    serde_json::from_str(json).unwrap()
}

/// Hand-made shapes (nulls where Hydra's Go structs allow them).
#[test]
fn consent_skips_the_screen_only_when_hydra_the_client_or_the_operator_says_so() {
    let plain = r#"{"challenge":"c","requested_scope":["openid","email"],"skip":false,"subject":"s",
        "client":{"client_id":"demo","skip_consent":false,"skip_logout_consent":null}}"#;
    let trusted = vec!["demo".to_owned()];
    assert!(!consent_request(plain).skips_screen(&[]));
    assert!(consent_request(plain).skips_screen(&trusted));
    assert!(consent_request(&plain.replace(r#""skip":false"#, r#""skip":true"#)).skips_screen(&[]));
    assert!(
        consent_request(&plain.replace(r#""skip_consent":false"#, r#""skip_consent":true"#))
            .skips_screen(&[])
    );
    let no_client = consent_request(
        r#"{"challenge":"c","requested_scope":null,"requested_access_token_audience":null}"#,
    );
    assert!(!no_client.skips_screen(&trusted));
    assert!(no_client.requested_scope.is_empty());
}

#[test]
fn only_requested_scopes_are_granted_and_openid_always_when_requested() {
    let r = consent_request(r#"{"challenge":"c","requested_scope":["openid","email","profile"]}"#);
    assert_eq!(r.granted(&["email", "admin"]), ["openid", "email"]);
    assert_eq!(r.granted(&[]), ["openid"]);
    let no_openid = consent_request(r#"{"challenge":"c","requested_scope":["email"]}"#);
    assert_eq!(no_openid.granted(&["openid", "email"]), ["email"]);
}

#[test]
fn logout_confirmation_is_skipped_only_for_a_client_initiated_logout_that_asks() {
    let logout = |json: &str| serde_json::from_str::<LogoutRequest>(json).unwrap();
    let rp = r#"{"challenge":"l","subject":"s","rp_initiated":true,"client":{"client_id":"demo","skip_logout_consent":true}}"#;
    assert!(logout(rp).skips_confirmation());
    assert!(!logout(&rp.replace(
        r#""skip_logout_consent":true"#,
        r#""skip_logout_consent":null"#
    ))
    .skips_confirmation());
    assert!(
        !logout(&rp.replace(r#""rp_initiated":true"#, r#""rp_initiated":false"#))
            .skips_confirmation()
    );
    assert!(
        !logout(r#"{"challenge":"l","rp_initiated":false,"client":null}"#).skips_confirmation()
    );
}

fn recorded<T: serde::de::DeserializeOwned>(name: &str) -> T {
    serde_json::from_str(&support::raw(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Recorded from Hydra v2.3.0 (`hydra serve all --dev`, SQLite).
#[test]
fn recorded_consent_requests_parse_and_decide() {
    let first: ConsentRequest = recorded("hydra_ui_consent_request");
    assert_eq!(first.requested_scope, ["openid", "email", "profile"]);
    assert!(first.requested_access_token_audience.is_empty());
    assert_eq!(first.subject, "9f0b4ad0-0000-4000-8000-000000000001");
    assert!(!first.skip);
    let client = first.client.as_ref().unwrap();
    assert_eq!(client.display_name(), "Demo RP");
    assert_eq!(client.policy_uri, "https://rp.example/privacy");
    // `skip_logout_consent` is `null` in v2.3.0 when never set.
    assert!(!client.skip_logout_consent && !client.skip_consent);
    assert!(!first.skips_screen(&[]));
    assert!(first.skips_screen(&["demo-rp".to_owned()]));
    // A second authorization after "remember": Hydra says skip.
    let remembered: ConsentRequest = recorded("hydra_ui_consent_request_remembered");
    assert!(remembered.skip && remembered.skips_screen(&[]));
}

#[test]
fn recorded_logout_requests_parse_and_decide() {
    let browser: LogoutRequest = recorded("hydra_ui_logout_request_browser");
    assert!(!browser.rp_initiated && browser.client.is_none());
    assert!(!browser.skips_confirmation());
    let rp: LogoutRequest = recorded("hydra_ui_logout_request_rp");
    assert!(rp.rp_initiated);
    assert_eq!(rp.client.as_ref().unwrap().client_id, "demo-rp");
    assert!(!rp.skips_confirmation(), "skip_logout_consent is null");
}

#[test]
fn recorded_hydra_answers_and_errors_parse() {
    let accepted: app::hydra::RedirectTo = recorded("hydra_ui_consent_accepted");
    assert!(accepted.redirect_to.contains("consent_verifier="));
    let logout: app::hydra::RedirectTo = recorded("hydra_ui_logout_accepted");
    assert!(logout
        .redirect_to
        .contains("/oauth2/sessions/logout?logout_verifier="));
    for (name, error) in [
        ("hydra_ui_error_not_found", "Not Found"),
        (
            "hydra_ui_error_logout_not_found",
            "Unable to locate the resource",
        ),
        ("hydra_ui_error_unknown_field", "error"),
    ] {
        let e: app::hydra::HydraError = recorded(name);
        assert_eq!(e.error.as_deref(), Some(error), "{name}");
        assert!(e.redirect_to.is_none());
    }
}

/// What the page sends Hydra matches the fields Hydra v2.3.0 accepts: it
/// decodes the accept body with `DisallowUnknownFields` (an extra field is
/// a 400, `hydra_ui_error_unknown_field`).
#[test]
fn the_accept_body_holds_exactly_hydras_fields() {
    let body = app::hydra::AcceptConsent {
        grant_scope: vec!["openid".into()],
        grant_access_token_audience: vec![],
        remember: true,
        remember_for: 3600,
        session: app::hydra::ConsentSession::default(),
    };
    let json = serde_json::to_value(&body).unwrap();
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "grant_access_token_audience",
            "grant_scope",
            "remember",
            "remember_for",
            "session"
        ]
    );
    let session: Vec<&str> = json["session"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(session, ["access_token", "id_token"]);
}
