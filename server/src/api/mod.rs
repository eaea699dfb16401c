//! JSON endpoints for the Ory programs in front of and behind Vestibule:
//! Kratos' `web_hook` (email-domain allow-list) and Oathkeeper's
//! `remote_json` authorizer. They answer JSON only, errors included
//! ([`error::ApiError`]), and are mounted beside the pages, never under
//! the HTML error-page middleware.

pub mod authorizer;
pub mod config;
pub mod error;
pub mod policy;
pub mod webhook;

use axum::routing::post;
use axum::{middleware, Router};

use crate::state::AppState;
pub use config::{ApiArgs, ApiConfig, ApiConfigError};
use error::ApiError;

/// Where the endpoints live, under the base path.
pub const PREFIX: &str = "/api";
pub const WEBHOOK_PATH: &str = "/hooks/email-domain";
pub const WEBHOOK_LOGIN_PATH: &str = "/hooks/email-domain/login";
pub const AUTHORIZER_PATH: &str = "/authorize";

/// The endpoints under `{base}/api`, with a JSON 404 for anything else there.
pub fn router(base: &str) -> Router<AppState> {
    let api = Router::new()
        .route(
            WEBHOOK_PATH,
            post(webhook::email_domain).fallback(not_allowed),
        )
        .route(
            WEBHOOK_LOGIN_PATH,
            post(webhook::email_domain_login).fallback(not_allowed),
        )
        .route(
            AUTHORIZER_PATH,
            post(authorizer::authorize_session).fallback(not_allowed),
        )
        .fallback(|| async { ApiError::NotFound })
        .layer(middleware::from_fn(error::log_api_errors));
    Router::new().nest(&format!("{base}{PREFIX}"), api)
}

async fn not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}
