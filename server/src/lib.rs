//! Vestibule's server: the router and how it is served.

pub mod api;
pub mod assets;
pub mod compression;
pub mod config;
pub mod error;
pub mod error_pages;
pub mod flow_errors;
pub mod kratos_client;
pub mod routes;
pub mod security_headers;
pub mod shutdown;
pub mod state;
pub mod telemetry;

use std::future::Future;

use axum::http::HeaderName;
use axum::response::Redirect;
use axum::routing::get;
use axum::{middleware, Router};
use tokio::net::TcpListener;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};

use crate::error::AppError;
use crate::routes::{error_page, flows, health, session, webauthn_js};
use crate::state::AppState;
use app::flow_ui::webauthn::WEBAUTHN_JS_PATH;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The whole application; tests call it with `oneshot`.
pub fn router(state: AppState) -> Router {
    let base = state.config.base_path.clone();
    let welcome = if base.is_empty() {
        "/welcome".to_owned()
    } else {
        format!("{base}/welcome")
    };
    let pages = Router::new()
        .route("/", get(move || async move { Redirect::to(&welcome) }))
        .route("/login", get(flows::login))
        .route("/registration", get(flows::registration))
        .route("/recovery", get(flows::recovery))
        .route("/verification", get(flows::verification))
        .route("/settings", get(flows::settings))
        .route("/welcome", get(session::welcome))
        .route("/sessions", get(session::sessions))
        .route("/error", get(error_page::kratos_error))
        .route("/assets/{name}", get(assets::asset))
        .route(WEBAUTHN_JS_PATH, get(webauthn_js::webauthn_js));
    let health = Router::new()
        .route("/health/alive", get(health::alive))
        .route("/health/ready", get(health::ready));
    let app = if base.is_empty() {
        pages.merge(health)
    } else {
        // Probes keep working at the root whatever the base path.
        Router::new()
            .nest(&base, pages.merge(health.clone()))
            .merge(health)
    };
    app.merge(api::router(&base))
        .fallback(|| async { AppError::NotFound })
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error_pages::render_errors,
        ))
        .layer(middleware::from_fn(security_headers::security_headers))
        .layer(middleware::from_fn(compression::gzip_pages))
        .layer(telemetry::trace_layer())
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}

/// Serves until `shutdown` resolves, then lets in-flight requests finish.
pub async fn run(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
}
