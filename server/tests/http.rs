//! The router through `oneshot`: redirects, error pages and headers that
//! need no Kratos, a Kratos that is down, and hand-written stand-ins for
//! what no real Kratos shows (a malformed body, a hang, a 50 MB answer).
//! Behaviour against the real Kratos is tested in end2end/.

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use server::config::{Args, Config};
use server::state::AppState;
use tower::ServiceExt;

use clap::Parser;

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

fn app_with_kratos_down() -> Router {
    let url = format!("http://127.0.0.1:{}", closed_port());
    app_with(&[
        "--kratos-public-url",
        &url,
        "--kratos-browser-url",
        "http://kratos.example:4433",
    ])
}

async fn get(app: Router, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = app
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn location(headers: &axum::http::HeaderMap) -> &str {
    headers.get(header::LOCATION).unwrap().to_str().unwrap()
}

#[tokio::test]
async fn flow_pages_without_flow_redirect_to_kratos_init_keeping_parameters() {
    let cases = [
        (
            "/login?return_to=http%3A%2F%2Fapp%2Fx&aal=aal2&refresh=true&login_challenge=abc&via=email&organization=o&junk=1",
            "http://kratos.example:4433/self-service/login/browser?return_to=http%3A%2F%2Fapp%2Fx&aal=aal2&refresh=true&login_challenge=abc&organization=o&via=email",
        ),
        (
            "/registration?return_to=http%3A%2F%2Fapp%2F&login_challenge=c",
            "http://kratos.example:4433/self-service/registration/browser?return_to=http%3A%2F%2Fapp%2F&login_challenge=c",
        ),
        ("/recovery", "http://kratos.example:4433/self-service/recovery/browser"),
        ("/verification?flow=", "http://kratos.example:4433/self-service/verification/browser"),
        (
            "/settings?return_to=http%3A%2F%2Fapp%2F",
            "http://kratos.example:4433/self-service/settings/browser?return_to=http%3A%2F%2Fapp%2F",
        ),
    ];
    for (uri, expected) in cases {
        let (status, headers, _) = get(app_with_kratos_down(), uri).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{uri}");
        assert_eq!(location(&headers), expected, "{uri}");
    }
}

#[tokio::test]
async fn root_redirects_to_welcome_and_base_path_prefixes_everything() {
    let (status, headers, _) = get(app_with_kratos_down(), "/").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), "/welcome");

    let app = || {
        app_with(&[
            "--kratos-public-url",
            &format!("http://127.0.0.1:{}", closed_port()),
            "--base-path",
            "/auth/",
        ])
    };
    let (status, headers, _) = get(app(), "/auth").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), "/auth/welcome");
    let (status, _, _) = get(app(), "/auth/login").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, _) = get(app(), "/login").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Probes answer at the root and under the base path.
    assert_eq!(get(app(), "/health/alive").await.0, StatusCode::OK);
    assert_eq!(get(app(), "/auth/health/alive").await.0, StatusCode::OK);
}

#[tokio::test]
async fn kratos_down_is_a_503_page_with_a_retry_link() {
    let (status, headers, body) = get(
        app_with_kratos_down(),
        "/login?flow=abc&return_to=http%3A%2F%2Fa%2F",
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(body.contains("cannot be reached"), "{body}");
    assert!(
        body.contains(r#"data-testid="retry-link""#)
            && body.contains(r#"href="/login?flow=abc&amp;return_to="#),
        "{body}"
    );
    assert!(
        !body.contains("127.0.0.1"),
        "the page leaks the upstream address"
    );

    let (status, _, body) = get(app_with_kratos_down(), "/welcome").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    // The health check answers JSON, never an error page.
    let (status, headers, body) = get(app_with_kratos_down(), "/health/ready").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert!(body.starts_with('{'), "{body}");
    assert_eq!(
        get(app_with_kratos_down(), "/health/alive").await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn unknown_paths_and_incomplete_links_get_readable_pages() {
    let (status, _, body) = get(app_with_kratos_down(), "/nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page not found"), "{body}");
    let (status, _, body) = get(app_with_kratos_down(), "/error").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("needs an error id"), "{body}");
    // A query that is not even valid percent-encoding is still read.
    let (status, headers, _) =
        get(app_with_kratos_down(), "/login?return_to=%E2%28%A1&x=%ZZ").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        location(&headers).contains("return_to=%EF%BF%BD"),
        "{:?}",
        location(&headers)
    );
}

#[tokio::test]
async fn security_headers_and_a_fresh_nonce_on_every_response() {
    let (_, a, _) = get(app_with_kratos_down(), "/nope").await;
    let (_, b, _) = get(app_with_kratos_down(), "/login").await;
    let csp_a = a[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    let csp_b = b[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    for csp in [&csp_a, &csp_b] {
        assert!(csp.contains("default-src 'self'"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert!(
            !csp.contains("'unsafe-inline'") && !csp.contains("'unsafe-eval'"),
            "{csp}"
        );
    }
    assert_ne!(csp_a, csp_b, "the nonce must differ per request");
    assert_eq!(a[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(a[header::REFERRER_POLICY], "no-referrer");
    assert!(a["permissions-policy"]
        .to_str()
        .unwrap()
        .contains("publickey-credentials-get=(self)"));
    assert!(a.contains_key("x-request-id"));
}

#[tokio::test]
async fn a_remote_brand_logo_is_allowed_by_the_csp_and_nothing_else_is() {
    let csp = |headers: &axum::http::HeaderMap| {
        headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned()
    };
    let url = format!("http://127.0.0.1:{}", closed_port());
    let branded = || {
        app_with(&[
            "--kratos-public-url",
            &url,
            "--brand-logo",
            "https://cdn.example:8443/brand/acme.svg?v=2",
        ])
    };
    for path in ["/login?flow=x", "/nope", "/error?id=x"] {
        let (_, headers, page) = get(branded(), path).await;
        let csp = csp(&headers);
        assert!(
            csp.contains("img-src 'self' data: https://cdn.example:8443;"),
            "{path}: {csp}"
        );
        assert!(
            page.contains("https://cdn.example:8443/brand/acme.svg?v=2"),
            "{path} shows the logo"
        );
    }
    let (_, plain, _) = get(app_with_kratos_down(), "/nope").await;
    assert!(
        csp(&plain).contains("img-src 'self' data:;"),
        "{}",
        csp(&plain)
    );
}

#[tokio::test]
async fn the_stylesheet_is_served_under_a_hashed_name_for_ever() {
    let (_, _, page) = get(app_with_kratos_down(), "/nope").await;
    let start = page.find("/assets/style.").expect("stylesheet link");
    let end = page[start..].find('"').unwrap() + start;
    let href = &page[start..end];
    let (status, headers, css) = get(app_with_kratos_down(), href).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert!(css.contains(":root"));
    assert_eq!(
        get(app_with_kratos_down(), "/assets/style.0000.css")
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

/// A hand-written stand-in for a Kratos that answers with something that
/// is not its API (no real Kratos does this on purpose).
async fn malformed_kratos_stand_in(body: &'static str, delay: Duration) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let app = Router::new().fallback(move || async move {
        tokio::time::sleep(delay).await;
        ([(header::CONTENT_TYPE, "application/json")], body)
    });
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://127.0.0.1:{port}")
}

#[tokio::test]
async fn malformed_kratos_answers_are_a_502_page() {
    let url = malformed_kratos_stand_in("<html>not json", Duration::ZERO).await;
    let (status, _, body) = get(app_with(&["--kratos-public-url", &url]), "/login?flow=abc").await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert!(body.contains("cannot read"), "{body}");
    assert!(
        !body.contains("not json"),
        "the upstream body leaks into the page"
    );
    let url =
        malformed_kratos_stand_in(r#"{"id":"x","ui":{"nodes":"not a list"}}"#, Duration::ZERO)
            .await;
    let (status, _, _) = get(
        app_with(&["--kratos-public-url", &url]),
        "/registration?flow=abc",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
}

#[tokio::test]
async fn a_kratos_that_hangs_times_out_into_a_503() {
    let url = malformed_kratos_stand_in("{}", Duration::from_secs(30)).await;
    let started = std::time::Instant::now();
    let (status, _, _) = get(
        app_with(&["--kratos-public-url", &url, "--kratos-timeout-ms", "300"]),
        "/login?flow=abc",
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[tokio::test]
async fn pages_are_gzipped_for_browsers_and_assets_come_precompressed() {
    use std::io::Read;
    let request = |uri: &str, encoding: &str| {
        Request::get(uri)
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap()
    };
    let response = app_with_kratos_down()
        .oneshot(request("/nope", "br, gzip"))
        .await
        .unwrap();
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
    let packed = response.into_body().collect().await.unwrap().to_bytes();
    let mut page = String::new();
    flate2::read::GzDecoder::new(&packed[..])
        .read_to_string(&mut page)
        .unwrap();
    assert!(page.contains("Page not found"), "{page}");

    let refused = app_with_kratos_down()
        .oneshot(request("/nope", "gzip;q=0"))
        .await
        .unwrap();
    assert!(!refused.headers().contains_key(header::CONTENT_ENCODING));

    let (_, _, plain) = get(app_with_kratos_down(), "/nope").await;
    let start = plain.find("/assets/style.").unwrap();
    let href = &plain[start..start + plain[start..].find('"').unwrap()];
    let css = app_with_kratos_down()
        .oneshot(request(href, "gzip, deflate, br"))
        .await
        .unwrap();
    assert_eq!(css.headers()[header::CONTENT_ENCODING], "br");
}

/// A hand-written stand-in for a hostile Kratos: a 200 whose chunked JSON
/// body goes on for 50 MB. Returns its URL and how many bytes it managed
/// to write before the reader hung up.
async fn oversized_kratos_stand_in() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    const TOTAL: usize = 50 << 20;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let sent = std::sync::Arc::new(AtomicUsize::new(0));
    let counter = sent.clone();
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = [0u8; 4096];
        let _ = socket.read(&mut request).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
        if socket.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = vec![b' '; 64 << 10];
        let framed = [
            format!("{:x}\r\n", chunk.len()).into_bytes(),
            chunk,
            b"\r\n".to_vec(),
        ]
        .concat();
        while counter.load(Ordering::SeqCst) < TOTAL {
            if socket.write_all(&framed).await.is_err() {
                return;
            }
            counter.fetch_add(64 << 10, Ordering::SeqCst);
        }
        let _ = socket.write_all(b"0\r\n\r\n").await;
    });
    (format!("http://127.0.0.1:{port}"), sent)
}

#[tokio::test]
async fn an_oversized_kratos_answer_is_cut_off_into_a_502_page() {
    let (url, sent) = oversized_kratos_stand_in().await;
    let (status, _, body) = get(app_with(&["--kratos-public-url", &url]), "/login?flow=abc").await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert!(body.contains("too large"), "{body}");
    // Reading stopped near the 1 MiB limit; the stand-in could not push
    // the rest (socket buffers allow a few MiB more at most).
    tokio::time::sleep(Duration::from_millis(200)).await;
    let written = sent.load(std::sync::atomic::Ordering::SeqCst);
    assert!(written < 20 << 20, "{written} bytes were read");
}

/// A hand-written stand-in for a Kratos whose answer arrives in pieces:
/// the recorded login flow, written 512 bytes at a time with a pause
/// between (so each piece is its own read), chunked or with a
/// Content-Length, and always closed after one answer.
async fn trickling_kratos_stand_in(chunked: bool) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let flow = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/tests/fixtures/login.json"),
    )
    .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut request = [0u8; 4096];
            let _ = socket.read(&mut request).await;
            let framing = if chunked {
                "transfer-encoding: chunked".to_owned()
            } else {
                format!("content-length: {}", flow.len())
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n{framing}\r\nconnection: close\r\n\r\n"
            );
            if socket.write_all(head.as_bytes()).await.is_err() {
                continue;
            }
            for piece in flow.chunks(512) {
                let framed = if chunked {
                    [format!("{:x}\r\n", piece.len()).as_bytes(), piece, b"\r\n"].concat()
                } else {
                    piece.to_vec()
                };
                if socket.write_all(&framed).await.is_err() {
                    break;
                }
                socket.flush().await.unwrap_or_default();
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            if chunked {
                let _ = socket.write_all(b"0\r\n\r\n").await;
            }
        }
    });
    format!("http://127.0.0.1:{port}")
}

/// The body is read chunk by chunk (and a one-chunk body used as it
/// came): a flow in many pieces must arrive whole, or the page breaks.
#[tokio::test]
async fn a_flow_that_arrives_in_many_pieces_is_rendered_whole() {
    for chunked in [false, true] {
        let url = trickling_kratos_stand_in(chunked).await;
        let (status, _, body) =
            get(app_with(&["--kratos-public-url", &url]), "/login?flow=abc").await;
        assert_eq!(status, StatusCode::OK, "chunked: {chunked}: {body}");
        assert!(
            body.contains("name=\"csrf_token\"") && body.contains("name=\"password\""),
            "chunked: {chunked}: {body}"
        );
    }
}
