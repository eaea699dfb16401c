use std::sync::Arc;

use app::pages::Shell;

use crate::assets::Assets;
use crate::config::Config;
use crate::kratos_client::KratosClient;

/// Everything a handler needs; cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub config: Config,
    pub kratos: KratosClient,
    pub assets: Assets,
    pub shell: Shell,
}

impl AppState {
    pub fn new(config: Config) -> Result<AppState, reqwest::Error> {
        let kratos = KratosClient::new(&config.kratos_public_url, config.kratos_timeout)?;
        let assets = Assets::new();
        let shell = Shell {
            stylesheet: format!("{}{}", config.base_path, assets.stylesheet_path()),
            base_path: config.base_path.clone(),
        };
        Ok(AppState(Arc::new(Inner {
            config,
            kratos,
            assets,
            shell,
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
