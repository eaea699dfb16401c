//! The files of public/ at their fixed paths, through the router: the
//! bytes build.rs embedded, at the root and under the base path.

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use clap::Parser;
use http_body_util::BodyExt;
use server::config::{Args, Config};
use server::state::AppState;
use tower::ServiceExt;

fn app(extra: &[&str]) -> Router {
    // Nothing here calls Kratos: any URL will do.
    let mut args = vec!["login-svc", "--kratos-public-url", "http://127.0.0.1:9"];
    args.extend_from_slice(extra);
    let config = Config::from_args(Args::parse_from(args)).expect("config");
    server::router(AppState::new(config))
}

async fn get(
    app: Router,
    uri: &str,
    accept_encoding: Option<&str>,
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut request = Request::get(uri);
    if let Some(encoding) = accept_encoding {
        request = request.header(header::ACCEPT_ENCODING, encoding);
    }
    let response = app
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, body.to_vec())
}

const ROBOTS: &[u8] = include_bytes!("../../public/robots.txt");
const FAVICON: &[u8] = include_bytes!("../../public/favicon.ico");

#[tokio::test]
async fn robots_txt_keeps_every_page_out_of_search_indexes() {
    let (status, headers, body) = get(app(&[]), "/robots.txt", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
    assert_eq!(body, ROBOTS);
    let text = String::from_utf8(body).unwrap();
    assert!(text.lines().any(|l| l == "User-agent: *"), "{text}");
    assert!(text.lines().any(|l| l == "Disallow: /"), "{text}");
}

#[tokio::test]
async fn favicon_is_the_ico_file_of_public() {
    let (status, headers, body) = get(app(&[]), "/favicon.ico", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "image/x-icon");
    assert_eq!(headers[header::CACHE_CONTROL], "public, max-age=86400");
    assert_eq!(body, FAVICON);
    assert!(body.starts_with(&[0, 0, 1, 0]), "ICO header");
}

#[tokio::test]
async fn public_files_are_sent_precompressed_when_accepted() {
    let (status, headers, body) = get(app(&[]), "/robots.txt", Some("gzip")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "gzip");
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&body[..]), &mut text).unwrap();
    assert_eq!(text.as_bytes(), ROBOTS);
}

#[tokio::test]
async fn public_files_answer_at_the_root_and_under_the_base_path() {
    for uri in [
        "/robots.txt",
        "/auth/robots.txt",
        "/favicon.ico",
        "/auth/favicon.ico",
    ] {
        let (status, _, _) = get(app(&["--base-path", "/auth"]), uri, None).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
    }
}

#[tokio::test]
async fn security_txt_is_served_only_when_a_contact_is_configured() {
    let (status, _, _) = get(app(&[]), "/.well-known/security.txt", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let configured = app(&[
        "--security-contact",
        "mailto:security@example.com",
        "--public-url",
        "https://auth.example.com",
        "--base-path",
        "/auth",
    ]);
    let (status, headers, body) = get(configured, "/.well-known/security.txt", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
    let text = String::from_utf8(body).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Contact: mailto:security@example.com");
    assert_eq!(
        lines[2],
        "Canonical: https://auth.example.com/.well-known/security.txt"
    );
    // RFC 9116: Expires is required, in the future, less than a year away.
    let expires = lines[1].strip_prefix("Expires: ").expect(&text);
    let expires =
        time::OffsetDateTime::parse(expires, &time::format_description::well_known::Rfc3339)
            .expect(expires);
    let ahead = expires - time::OffsetDateTime::now_utc();
    assert!(
        ahead > time::Duration::days(29) && ahead <= time::Duration::days(30),
        "{ahead}"
    );
}

#[test]
fn a_bad_security_txt_setting_stops_the_start_naming_the_variable() {
    let err = Config::from_args(Args::parse_from([
        "login-svc",
        "--kratos-public-url",
        "http://127.0.0.1:9",
        "--security-contact",
        "security@example.com",
    ]))
    .unwrap_err();
    assert!(
        err.to_string().starts_with("SECURITY_CONTACT entry"),
        "{err}"
    );
}
