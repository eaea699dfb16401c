use std::sync::Arc;

use app::pages::Shell;

use crate::assets;
use crate::config::Config;
use crate::kratos_client::KratosClient;

/// Everything a handler needs; cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub config: Config,
    pub kratos: KratosClient,
    pub shell: Shell,
    /// Kratos' webauthn.js, fetched on first use and kept a while.
    pub webauthn_js: crate::routes::webauthn_js::Cache,
}

impl AppState {
    pub fn new(config: Config) -> Result<AppState, reqwest::Error> {
        let kratos = KratosClient::new(&config.kratos_public_url, config.kratos_timeout)?;
        let base = &config.base_path;
        let shell = Shell {
            stylesheet: format!("{base}{}", assets::path_of("style.css")),
            base_path: base.clone(),
            webauthn_module: format!("{base}{}", assets::path_of("webauthn.js")),
            webauthn_wasm: format!("{base}{}", assets::path_of("webauthn.wasm")),
        };
        Ok(AppState(Arc::new(Inner {
            config,
            kratos,
            shell,
            webauthn_js: Default::default(),
        })))
    }

    /// A page under the base path.
    pub fn page(&self, path: &str, query: &app::links::Query) -> String {
        app::links::page(&self.config.base_path, path, query)
    }
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}
