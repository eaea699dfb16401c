//! OAuth2 and OpenID Connect with Ory Hydra: the consent and logout
//! pages Hydra's `urls.consent` and `urls.logout` point at. Hydra's
//! `urls.login` points at `/login`, whose `login_challenge` Kratos
//! handles itself (its `oauth2_provider.url`). Without HYDRA_ADMIN_URL
//! the routes answer a 404 page saying OAuth2 is not configured.

pub mod consent;
pub mod csrf;
pub mod identity;
pub mod logout;

use std::sync::Arc;

use app::safe_url::Origins;
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use crate::config::OAuth2Config;
use crate::error::AppError;
use crate::routes::respond::{redirect_from, redirect_onto};
use crate::state::Pages;
use crate::upstream::hydra::HydraClient;
use crate::upstream::kratos::KratosClient;
use crate::upstream::{Http, Service};
use csrf::Csrf;

/// What the OAuth2 routes use, and nothing else of the application.
#[derive(Clone)]
pub struct OAuth2(Arc<Inner>);

pub struct Inner {
    pub hydra: HydraClient,
    pub kratos: KratosClient,
    pub csrf: Csrf,
    pub pages: Pages,
    pub trusted_client_ids: Vec<String>,
    pub remember_for_seconds: u64,
    /// Hydra's public origin (HYDRA_PUBLIC_URL): where Hydra's
    /// `redirect_to` may lead; unset, any http(s) URL.
    pub hydra_public: Option<Origins>,
}

impl OAuth2 {
    /// `None` when the CSRF key cannot be made (the configuration already
    /// refuses a secret that short).
    pub fn new(
        config: &OAuth2Config,
        http: Http,
        kratos: KratosClient,
        pages: Pages,
    ) -> Option<OAuth2> {
        let csrf = Csrf::new(config, &pages.base_path)?;
        Some(OAuth2(Arc::new(Inner {
            hydra: HydraClient::new(http, &config.hydra_admin_url),
            kratos,
            csrf,
            pages,
            trusted_client_ids: config.trusted_client_ids.clone(),
            remember_for_seconds: config.remember_for_seconds,
            hydra_public: config.hydra_public_url.as_ref().map(|u| Origins::new([u])),
        })))
    }

    /// 303 to Hydra's `redirect_to`: onto Hydra's public origin when it
    /// is configured, else to any http(s) URL.
    pub fn to_hydra(&self, location: &str) -> Result<Response, AppError> {
        match &self.hydra_public {
            Some(origins) => redirect_onto(Service::Hydra, origins, location, Vec::new()),
            None => redirect_from(Service::Hydra, location, Vec::new()),
        }
    }
}

impl std::ops::Deref for OAuth2 {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// `/consent` and `/logout` (GET shows, POST decides), live only with
/// Hydra configured.
pub fn router<S: Clone + Send + Sync + 'static>(oauth2: Option<OAuth2>) -> Router<S> {
    match oauth2 {
        Some(oauth2) => Router::new()
            .route("/consent", get(consent::show).post(consent::submit))
            .route("/logout", get(logout::show).post(logout::submit))
            .with_state(oauth2),
        None => Router::new()
            .route("/consent", get(not_configured).post(not_configured))
            .route("/logout", get(not_configured).post(not_configured)),
    }
}

async fn not_configured() -> AppError {
    AppError::OAuth2NotConfigured
}
