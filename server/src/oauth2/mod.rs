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

use axum::routing::get;
use axum::Router;

use crate::config::OAuth2Config;
use crate::error::AppError;
use crate::state::Pages;
use crate::upstream::hydra::HydraClient;
use crate::upstream::kratos::KratosClient;
use crate::upstream::Http;
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
        })))
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
