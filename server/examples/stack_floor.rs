//! A measuring tool, not a server to run: what Vestibule's HTTP stack
//! costs per `/login?flow=` page before Vestibule's own work, for the
//! floor comparison of issue 13 (bench/README.md, "Where the gap to the
//! floor is").
//! The same crates as login-svc (axum, hyper, hyper-util's pooled client,
//! its gzip at level 1, mimalloc), none of its middleware.
//!
//! `FLOOR_MODE` says how far it goes per request:
//! - `proxy`: fetch the flow from `KRATOS_PUBLIC_URL` and answer its JSON
//!   gzipped, what the nginx floor does;
//! - `parse`: the same, after parsing the JSON into the typed `Flow`;
//! - `render` (default): parse, render the page as login-svc does
//!   (`flow_page`, the default shell) and answer the HTML gzipped.
//!
//! `cargo build --release -p server --example stack_floor`, then
//! `FLOOR_MODE=proxy bench/pair.sh <target>/release/examples/stack_floor`
//! (it reads `KRATOS_PUBLIC_URL`, `HOST` and `PORT` as login-svc does).

use std::net::SocketAddr;

use app::flow_ui::FlowNav;
use app::kratos::{Flow, FlowKind};
use app::pages::{flow_page, Shell};
use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{header, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http_body_util::BodyExt;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use server::compression::gzip;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Proxy,
    Parse,
    Render,
}

#[derive(Clone)]
struct Floor {
    mode: Mode,
    kratos: String,
    client: Client<HttpConnector, Body>,
}

async fn login(State(floor): State<Floor>, RawQuery(query): RawQuery) -> Response {
    let id = query
        .as_deref()
        .and_then(|q| q.strip_prefix("flow="))
        .unwrap_or_default();
    let uri = format!("{}/self-service/login/flows?id={id}", floor.kratos);
    let Ok(request) = Request::get(uri)
        .header(header::ACCEPT, "application/json")
        .body(Body::empty())
    else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let Ok(answer) = floor.client.request(request).await else {
        return StatusCode::BAD_GATEWAY.into_response();
    };
    let Ok(body) = answer.into_body().collect().await else {
        return StatusCode::BAD_GATEWAY.into_response();
    };
    let json = body.to_bytes();
    // login-svc's own gzip: level 1, one deflate state per thread.
    let (content_type, page) = match floor.mode {
        Mode::Proxy => ("application/json", gzip(&json)),
        Mode::Parse | Mode::Render => {
            let Ok(flow) = std::str::from_utf8(&json).map(serde_json::from_str::<Flow>) else {
                return StatusCode::BAD_GATEWAY.into_response();
            };
            let Ok(flow) = flow else {
                return StatusCode::BAD_GATEWAY.into_response();
            };
            if floor.mode == Mode::Parse {
                ("application/json", gzip(&json))
            } else {
                let html = flow_page(
                    &Shell::default(),
                    FlowKind::Login,
                    flow,
                    FlowNav::default(),
                    "q7Lx2mV9cT4nR8wK1zY5bA==",
                );
                ("text/html; charset=utf-8", gzip(html.as_bytes()))
            }
        }
    };
    let Some(bytes) = page else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_ENCODING, "gzip"),
        ],
        bytes,
    )
        .into_response()
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let env = |k: &str, d: &str| std::env::var(k).unwrap_or_else(|_| d.to_owned());
    let mode = match env("FLOOR_MODE", "render").as_str() {
        "proxy" => Mode::Proxy,
        "parse" => Mode::Parse,
        _ => Mode::Render,
    };
    let floor = Floor {
        mode,
        kratos: env("KRATOS_PUBLIC_URL", "http://127.0.0.1:4433"),
        client: Client::builder(TokioExecutor::new()).build_http(),
    };
    let app = Router::new()
        .route("/login", get(login))
        .route("/health/alive", get(|| async { "ok" }))
        .route("/health/ready", get(|| async { "ok" }))
        .with_state(floor);
    let addr: SocketAddr = format!("{}:{}", env("HOST", "127.0.0.1"), env("PORT", "3000"))
        .parse()
        .map_err(std::io::Error::other)?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app).await
}
