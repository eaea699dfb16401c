//! Languages and brand through the router (`oneshot`): `?lang=` on any
//! page picks the locale and sets the cookie (on a 303 to Kratos too),
//! the cookie and `Accept-Language` pick it later, `<html lang>` follows;
//! the brand files are served from Vestibule's origin under hashed names
//! with the CSP unchanged; broken TRANSLATIONS_DIR files stop the start.

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use clap::Parser;
use http_body_util::BodyExt;
use server::config::{Args, Config};
use server::state::AppState;
use tower::ServiceExt;

fn config(args: &[&str]) -> Result<Config, server::config::ConfigError> {
    let mut all = vec!["login-svc", "--kratos-public-url", "http://127.0.0.1:9"];
    all.extend_from_slice(args);
    Config::from_args(Args::parse_from(all))
}

fn app(args: &[&str]) -> Router {
    server::router(AppState::new(config(args).expect("config")))
}

async fn get(app: Router, uri: &str, headers: &[(&str, &str)]) -> (StatusCode, HeaderMap, String) {
    let mut request = Request::get(uri);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let response = app
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn set_cookies(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn lang_parameter_sets_the_cookie_even_on_the_redirect_to_kratos() {
    let (status, headers, _) = get(
        app(&[]),
        "/login?lang=fr&return_to=http%3A%2F%2Fapp%2F",
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let cookies = set_cookies(&headers);
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("vestibule_lang=fr; Path=/;")),
        "{cookies:?}"
    );
    // `lang` is Vestibule's, not Kratos'.
    assert!(!headers[header::LOCATION]
        .to_str()
        .unwrap()
        .contains("lang="));
}

#[tokio::test]
async fn cookie_then_accept_language_pick_the_page_language() {
    let (status, headers, body) = get(
        app(&[]),
        "/nowhere",
        &[("accept-language", "de-CH, en;q=0.5")],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains(r#"<html lang="de""#), "{body}");
    assert!(body.contains("Seite nicht gefunden"), "{body}");
    assert!(set_cookies(&headers).is_empty());
    let (_, _, body) = get(
        app(&[]),
        "/error",
        &[("accept-language", "de"), ("cookie", "vestibule_lang=ja")],
    )
    .await;
    assert!(body.contains(r#"<html lang="ja""#), "{body}");
    // The menu links back to this page in each language.
    assert!(body.contains(r#"href="/error?lang=fr""#), "{body}");
}

#[tokio::test]
async fn default_locale_is_the_fallback_and_must_exist() {
    let (_, _, body) = get(
        app(&["--default-locale", "sv"]),
        "/nowhere",
        &[("accept-language", "xx")],
    )
    .await;
    assert!(body.contains(r#"<html lang="sv""#), "{body}");
    let e = config(&["--default-locale", "se"]).unwrap_err().to_string();
    assert!(
        e.starts_with("DEFAULT_LOCALE: \"se\" is not an available locale"),
        "{e}"
    );
}

#[tokio::test]
async fn brand_files_come_from_this_origin_and_the_csp_stays() {
    let dir = std::env::temp_dir().join(format!("vestibule-brand-http-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("theme.css"), ":root { --accent: #c0392b; }").unwrap();
    std::fs::write(
        dir.join("logo.svg"),
        r#"<svg xmlns="http://www.w3.org/2000/svg"/>"#,
    )
    .unwrap();
    let theme = dir.join("theme.css").display().to_string();
    let logo = dir.join("logo.svg").display().to_string();
    let branded = || {
        app(&[
            "--brand-name",
            "Acme ID",
            "--theme-css",
            &theme,
            "--brand-logo",
            &logo,
        ])
    };
    let (_, plain_headers, _) = get(app(&[]), "/error", &[]).await;
    let (_, headers, body) = get(branded(), "/error", &[]).await;
    assert!(
        body.contains("<title>This link is not complete · Acme ID</title>"),
        "{body}"
    );
    // The same policy but for the per-request nonce.
    let csp = |h: &HeaderMap| {
        h[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .split(' ')
            .filter(|t| !t.starts_with("'nonce-"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(csp(&headers), csp(&plain_headers));
    let href = body
        .split(r#"href="/brand/"#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(href.ends_with(".css"), "{href}");
    let (status, headers, css) = get(branded(), &format!("/brand/{href}"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(css, ":root { --accent: #c0392b; }");
    assert_eq!(headers[header::CONTENT_TYPE], "text/css; charset=utf-8");
    assert!(headers[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .contains("immutable"));
    // Pages vary by language; the immutable files must not.
    assert!(headers.get(header::VARY).is_none(), "{headers:?}");
    let (_, page_headers, _) = get(branded(), "/error", &[]).await;
    assert_eq!(page_headers[header::VARY], "accept-language, cookie");
    assert!(body.contains(r#"data-testid="brand-logo""#), "{body}");
    let (status, _, _) = get(branded(), "/brand/0000.css", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn a_broken_translation_file_stops_the_start_naming_file_and_line() {
    let dir = std::env::temp_dir().join(format!("vestibule-tr-http-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("de")).unwrap();
    let file = dir.join("de/acme.ftl");
    std::fs::write(&file, "flow-title-login = Bei Acme anmelden\nbroken = {\n").unwrap();
    let e = config(&["--translations-dir", &dir.display().to_string()])
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with(&format!("TRANSLATIONS_DIR: {}:2:", file.display())),
        "{e}"
    );
    std::fs::write(&file, "flow-title-login = Bei Acme anmelden\n").unwrap();
    let (_, _, body) = get(
        app(&["--translations-dir", &dir.display().to_string()]),
        "/nowhere?lang=de",
        &[],
    )
    .await;
    assert!(body.contains("Seite nicht gefunden"), "{body}");
    let _ = std::fs::remove_dir_all(&dir);
}
