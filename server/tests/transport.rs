//! The server on a real socket (127.0.0.1, an ephemeral port): `Host` is
//! required once, and HSTS follows `X-Forwarded-Proto` from trusted
//! proxies only (the peer address comes from the connection).

use std::time::Duration;

use clap::Parser;
use server::config::{Args, Config};
use server::serve::{serve, Limits};
use server::state::AppState;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A server trusting `proxies`; its address. It runs until the test ends.
async fn start(proxies: &str) -> std::net::SocketAddr {
    let args = Args::parse_from([
        "login-svc",
        "--kratos-public-url",
        "http://127.0.0.1:9",
        "--trusted-proxies",
        proxies,
    ]);
    let config = Config::from_args(args).expect("config");
    let app = server::router(AppState::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(serve(
        app,
        listener,
        Limits::default(),
        std::future::pending(),
    ));
    addr
}

/// Sends `head` (request line and headers, without the blank line) and
/// reads the whole answer.
async fn exchange(addr: std::net::SocketAddr, head: &str) -> String {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let request = format!("{head}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut answer = String::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_string(&mut answer))
        .await
        .expect("an answer in time")
        .expect("read");
    answer.to_ascii_lowercase()
}

#[tokio::test]
async fn host_must_be_named_exactly_once() {
    let addr = start("").await;
    let ok = exchange(addr, "GET /health/alive HTTP/1.1\r\nHost: localhost").await;
    assert!(ok.starts_with("http/1.1 200"), "{ok}");
    for bad in [
        "GET /health/alive HTTP/1.1",
        "GET /health/alive HTTP/1.1\r\nHost: a.example\r\nHost: b.example",
        "GET /health/alive HTTP/1.1\r\nHost: user@evil.example",
    ] {
        let answer = exchange(addr, bad).await;
        assert!(answer.starts_with("http/1.1 400"), "{bad:?}: {answer}");
    }
}

#[tokio::test]
async fn hsts_only_when_a_trusted_proxy_says_https() {
    const HTTPS: &str = "GET /health/alive HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https";
    const HTTP: &str = "GET /health/alive HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: http";
    let trusting = start("127.0.0.1").await;
    let answer = exchange(trusting, HTTPS).await;
    assert!(
        answer.contains("strict-transport-security: max-age=31536000"),
        "{answer}"
    );
    assert!(!exchange(trusting, HTTP).await.contains("strict-transport"));
    // The same header from a peer that is not a trusted proxy.
    let other = start("10.0.0.0/8").await;
    assert!(!exchange(other, HTTPS).await.contains("strict-transport"));
    let nobody = start("").await;
    assert!(!exchange(nobody, HTTPS).await.contains("strict-transport"));
}
