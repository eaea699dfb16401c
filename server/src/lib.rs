//! Vestibule's server: the router and how it is served.

pub mod api;
pub mod assets;
pub mod brand;
pub mod compression;
pub mod config;
pub mod continue_flow;
pub mod cookie_domain;
pub mod doctor;
pub mod edge;
pub mod error;
pub mod error_pages;
pub mod flow_errors;
pub mod host_header;
pub mod hsts;
pub mod i18n;
pub mod metrics;
pub mod oauth2;
pub mod page_layer;
pub mod routes;
pub mod security_headers;
pub mod security_txt;
pub mod serve;
pub mod shutdown;
pub mod state;
pub mod telemetry;
pub mod upstream;

use std::future::Future;

use axum::http::HeaderName;
use axum::response::Redirect;
use axum::routing::get;
use axum::{middleware, Router};
use tokio::net::TcpListener;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};

use crate::edge::{Edge, EdgeSettings};
use crate::page_layer::PageLayer;
use crate::routes::{error_page, flows, health, session, webauthn_js};
use crate::state::AppState;
use app::flow_ui::webauthn::WEBAUTHN_JS_PATH;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The HTML pages: every error they return becomes an error page (the
/// [`page_layer`] is on this router only).
fn pages(state: &AppState) -> Router<AppState> {
    let welcome = state.page("/welcome", &Default::default());
    Router::new()
        .route("/", get(move || async move { Redirect::to(&welcome) }))
        .merge(flows::router())
        .merge(continue_flow::router())
        .route("/welcome", get(session::welcome))
        .route("/sessions", get(session::sessions))
        .route("/error", get(error_page::error))
        .merge(oauth2::router(state.oauth2.clone()))
        .route("/assets/{name}", get(assets::asset))
        .route(WEBAUTHN_JS_PATH, get(webauthn_js::webauthn_js))
        .route(&format!("{}/{{name}}", brand::BRAND_PATH), get(brand::file))
        .layer(middleware::from_fn_with_state(
            PageLayer {
                pages: state.pages.clone(),
                budget: state.config.kratos_timeout,
            },
            page_layer::page,
        ))
}

/// The whole application; tests call it with `oneshot`.
pub fn router(state: AppState) -> Router {
    let base = state.config.base_path.clone();
    let edge = Edge::new(EdgeSettings {
        metrics: state.metrics.clone(),
        cookie_domain: state.config.cookie_domain.clone(),
        site_images: state.config.brand.logo_origin(),
        trusted_proxies: state.config.trusted_proxies.clone(),
    });
    // With METRICS_PORT the scrape endpoint is on that port only (main).
    let scrape = match state.config.metrics_port {
        None => Router::new()
            .route(metrics::METRICS_PATH, get(metrics::endpoint))
            .route_layer(middleware::map_response(telemetry::quiet)),
        Some(_) => Router::new(),
    };
    let health = Router::new()
        .route("/health/alive", get(health::alive))
        .route("/health/ready", get(health::ready))
        .route_layer(middleware::map_response(telemetry::quiet))
        .merge(routes::public_files::router());
    let app = if base.is_empty() {
        pages(&state).merge(health)
    } else {
        // Probes keep working at the root whatever the base path.
        Router::new()
            .nest(&base, pages(&state).merge(health.clone()))
            .merge(health)
    };
    app.merge(api::router(&base))
        .merge(scrape)
        .merge(security_txt::router(state.config.security_txt.clone()))
        .fallback(error_pages::not_found)
        .layer(middleware::from_fn_with_state(edge, edge::edge))
        .layer(telemetry::trace_layer())
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}

/// Serves until `shutdown` resolves, then lets in-flight requests finish;
/// within the configured connection and request limits ([`serve`]).
pub async fn run(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = state.config.limits;
    serve::serve(router(state), listener, limits, shutdown).await
}
