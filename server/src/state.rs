//! The application state and the parts handlers take from it
//! ([`FromRef`]): a route sees only what it uses.

use std::sync::Arc;

use app::i18n::{Catalogues, I18n};
use app::links::Query;
use app::pages::{Here, Shell};
use app::safe_url::Origins;
use axum::extract::FromRef;

use crate::assets;
use crate::brand::BrandConfig;
use crate::config::Config;
use crate::metrics::Metrics;
use crate::oauth2::OAuth2;
use crate::routes::webauthn_js;
use crate::upstream::kratos::KratosClient;
use crate::upstream::Http;

/// What every HTML page needs: the document shell and where pages live.
#[derive(Clone)]
pub struct Pages(Arc<PagesInner>);

pub struct PagesInner {
    /// The shell without a request: assets and brand.
    pub shell: Shell,
    /// Every locale's messages, loaded at start.
    pub catalogues: Arc<Catalogues>,
    /// Empty, or `/prefix` without a trailing slash.
    pub base_path: String,
}

impl Pages {
    pub fn new(base_path: &str, catalogues: Arc<Catalogues>, brand: &BrandConfig) -> Pages {
        let shell = Shell {
            stylesheet: format!("{base_path}{}", assets::path_of("style.css")),
            base_path: base_path.to_owned(),
            webauthn_module: format!("{base_path}{}", assets::path_of("webauthn.js")),
            webauthn_wasm: format!("{base_path}{}", assets::path_of("webauthn.wasm")),
            brand: brand.for_pages(base_path),
            // Not `..Shell::default()`: that builds `I18n::default()`,
            // which parses the built-in catalogues a second time (about
            // 3 MiB resident, for nothing: every request sets its own).
            i18n: I18n::new(catalogues.clone(), catalogues.default_locale()),
            here: Here::default(),
        };
        Pages(Arc::new(PagesInner {
            shell,
            catalogues,
            base_path: base_path.to_owned(),
        }))
    }

    /// A page under the base path.
    pub fn page(&self, path: &str, query: &Query) -> String {
        app::links::page(&self.0.base_path, path, query)
    }
}

impl std::ops::Deref for Pages {
    type Target = PagesInner;
    fn deref(&self) -> &PagesInner {
        &self.0
    }
}

/// Everything the router holds. One `Arc`, because axum clones the state
/// for every request's handler and again for each `State` extractor: by
/// value, the Kratos client's URLs and the origin list were copied each
/// time (bench/README.md, "Levers, fourth pass").
#[derive(Clone)]
pub struct AppState(Arc<AppStateInner>);

pub struct AppStateInner {
    pub config: Arc<Config>,
    pub pages: Pages,
    pub kratos: KratosClient,
    /// Kratos' webauthn.js, fetched on first use and kept a while.
    pub webauthn_js: Arc<webauthn_js::Cache>,
    /// Present when HYDRA_ADMIN_URL is set.
    pub oauth2: Option<OAuth2>,
    pub metrics: Metrics,
    /// Where redirects from Kratos may lead besides this UI's paths.
    pub origins: Origins,
}

impl AppState {
    pub fn new(config: Config) -> AppState {
        let metrics = Metrics::new();
        let http = Http::new(
            config.kratos_timeout,
            config.upstream_max_body,
            metrics.clone(),
            &config.upstream_tls,
        );
        let kratos = KratosClient::new(
            http.clone(),
            &config.kratos_public_url,
            config.kratos_admin_url.as_ref(),
        );
        let pages = Pages::new(
            &config.base_path,
            config.i18n.catalogues.clone(),
            &config.brand,
        );
        let oauth2 = config
            .oauth2
            .as_ref()
            .and_then(|o| OAuth2::new(o, http, kratos.clone(), pages.clone()));
        let hydra_public = config
            .oauth2
            .as_ref()
            .and_then(|o| o.hydra_public_url.as_ref());
        let origins = Origins::new(std::iter::once(&config.kratos_browser_url).chain(hydra_public));
        AppState(Arc::new(AppStateInner {
            origins,
            config: Arc::new(config),
            pages,
            kratos,
            webauthn_js: Default::default(),
            oauth2,
            metrics,
        }))
    }

    /// A page under the base path.
    pub fn page(&self, path: &str, query: &Query) -> String {
        self.pages.page(path, query)
    }
}

impl std::ops::Deref for AppState {
    type Target = AppStateInner;
    fn deref(&self) -> &AppStateInner {
        &self.0
    }
}

impl FromRef<AppState> for Pages {
    fn from_ref(state: &AppState) -> Pages {
        state.pages.clone()
    }
}

impl FromRef<AppState> for KratosClient {
    fn from_ref(state: &AppState) -> KratosClient {
        state.kratos.clone()
    }
}

impl FromRef<AppState> for Metrics {
    fn from_ref(state: &AppState) -> Metrics {
        state.metrics.clone()
    }
}
