//! Typed configuration from the environment (the Node reference UI's
//! variable names) or flags, validated once at start.

use std::net::IpAddr;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use url::Url;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Json,
    Pretty,
}

/// Vestibule: the self-service login UI for Ory Kratos.
#[derive(Debug, Clone, Parser)]
#[command(name = "login-svc", version)]
pub struct Args {
    /// Kratos' public API as this server reaches it (e.g. a cluster-internal
    /// address). `ORY_SDK_URL` is accepted too, as in the Node reference UI.
    #[arg(long, env = "KRATOS_PUBLIC_URL")]
    pub kratos_public_url: Option<String>,
    #[arg(long, env = "ORY_SDK_URL", hide = true)]
    pub ory_sdk_url: Option<String>,
    /// Kratos' public API as browsers reach it; defaults to
    /// KRATOS_PUBLIC_URL.
    #[arg(long, env = "KRATOS_BROWSER_URL")]
    pub kratos_browser_url: Option<String>,
    /// Kratos' admin API (optional; not used by the pages served today).
    #[arg(long, env = "KRATOS_ADMIN_URL")]
    pub kratos_admin_url: Option<String>,
    /// Hydra's admin API, for OAuth2 login/consent/logout challenges.
    #[arg(long, env = "HYDRA_ADMIN_URL")]
    pub hydra_admin_url: Option<String>,
    /// Path prefix the UI is served under, e.g. `/auth`.
    #[arg(long, env = "BASE_PATH", default_value = "")]
    pub base_path: String,
    /// Address to listen on.
    #[arg(long, env = "HOST", default_value = "0.0.0.0")]
    pub host: IpAddr,
    #[arg(long, env = "PORT", default_value_t = 3000)]
    pub port: u16,
    /// Upper bound for one Kratos request, in milliseconds.
    #[arg(long, env = "KRATOS_TIMEOUT_MS", default_value_t = 10_000)]
    pub kratos_timeout_ms: u64,
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value = "json")]
    pub log_format: LogFormat,
    #[command(flatten)]
    pub api: crate::api::ApiArgs,
}

/// The validated configuration the server runs with.
#[derive(Debug, Clone)]
pub struct Config {
    pub kratos_public_url: Url,
    pub kratos_browser_url: Url,
    pub hydra_admin_url: Option<Url>,
    /// Empty, or `/prefix` without a trailing slash.
    pub base_path: String,
    pub host: IpAddr,
    pub port: u16,
    pub kratos_timeout: Duration,
    pub log_format: LogFormat,
    /// The webhook and authorizer settings.
    pub api: crate::api::ApiConfig,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("KRATOS_PUBLIC_URL is not set: give the URL of Kratos' public API, e.g. http://127.0.0.1:4433")]
    MissingKratosPublicUrl,
    #[error("{name} is not a valid http(s) URL ({value:?}): {reason}")]
    BadUrl {
        name: &'static str,
        value: String,
        reason: String,
    },
    #[error("BASE_PATH must start with '/' (got {0:?})")]
    BadBasePath(String),
    #[error("KRATOS_TIMEOUT_MS must be greater than 0")]
    ZeroTimeout,
    #[error(transparent)]
    Api(#[from] crate::api::ApiConfigError),
}

fn parse_url(name: &'static str, value: &str) -> Result<Url, ConfigError> {
    let bad = |reason: String| ConfigError::BadUrl {
        name,
        value: value.to_owned(),
        reason,
    };
    let url = Url::parse(value.trim()).map_err(|e| bad(e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad(format!(
            "scheme {:?} is not http or https",
            url.scheme()
        )));
    }
    if url.host_str().is_none() {
        return Err(bad("no host".to_owned()));
    }
    Ok(url)
}

impl Config {
    pub fn from_args(args: Args) -> Result<Config, ConfigError> {
        let public_raw = args
            .kratos_public_url
            .or(args.ory_sdk_url)
            .filter(|s| !s.trim().is_empty())
            .ok_or(ConfigError::MissingKratosPublicUrl)?;
        let kratos_public_url = parse_url("KRATOS_PUBLIC_URL", &public_raw)?;
        let kratos_browser_url = match args.kratos_browser_url.filter(|s| !s.trim().is_empty()) {
            Some(raw) => parse_url("KRATOS_BROWSER_URL", &raw)?,
            None => kratos_public_url.clone(),
        };
        let hydra_admin_url = args
            .hydra_admin_url
            .filter(|s| !s.trim().is_empty())
            .map(|raw| parse_url("HYDRA_ADMIN_URL", &raw))
            .transpose()?;
        if let Some(raw) = args.kratos_admin_url.filter(|s| !s.trim().is_empty()) {
            parse_url("KRATOS_ADMIN_URL", &raw)?;
        }
        let base_path = args.base_path.trim().trim_end_matches('/').to_owned();
        if !base_path.is_empty() && !base_path.starts_with('/') {
            return Err(ConfigError::BadBasePath(args.base_path));
        }
        if args.kratos_timeout_ms == 0 {
            return Err(ConfigError::ZeroTimeout);
        }
        Ok(Config {
            kratos_public_url,
            kratos_browser_url,
            hydra_admin_url,
            base_path,
            host: args.host,
            port: args.port,
            kratos_timeout: Duration::from_millis(args.kratos_timeout_ms),
            log_format: args.log_format,
            api: crate::api::ApiConfig::from_args(args.api)?,
        })
    }

    /// A configuration for tests and tools: Kratos at `kratos`, defaults
    /// elsewhere.
    pub fn for_kratos(kratos: &str) -> Result<Config, ConfigError> {
        Config::from_args(Args::parse_from([
            "login-svc",
            "--kratos-public-url",
            kratos,
        ]))
    }

    /// The Kratos browser URL as a string without a trailing slash.
    pub fn browser_base(&self) -> &str {
        self.kratos_browser_url.as_str().trim_end_matches('/')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Args {
        let mut all = vec!["login-svc"];
        all.extend_from_slice(list);
        Args::try_parse_from(all).unwrap()
    }

    #[test]
    fn missing_kratos_url_is_a_clear_error() {
        let mut a = args(&[]);
        a.kratos_public_url = None;
        a.ory_sdk_url = None;
        let err = Config::from_args(a).unwrap_err();
        assert_eq!(err, ConfigError::MissingKratosPublicUrl);
        assert!(err.to_string().contains("KRATOS_PUBLIC_URL"));
    }

    #[test]
    fn bad_urls_are_named() {
        let err = Config::from_args(args(&["--kratos-public-url", "localhost:4433"])).unwrap_err();
        assert!(
            matches!(
                err,
                ConfigError::BadUrl {
                    name: "KRATOS_PUBLIC_URL",
                    ..
                }
            ),
            "{err}"
        );
        let err = Config::from_args(args(&[
            "--kratos-public-url",
            "http://k:4433",
            "--kratos-browser-url",
            "not a url",
        ]))
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("KRATOS_BROWSER_URL is not a valid"),
            "{err}"
        );
    }

    #[test]
    fn browser_url_defaults_to_public_and_base_path_is_normalised() {
        let c = Config::from_args(args(&[
            "--kratos-public-url",
            "http://kratos:4433/",
            "--base-path",
            "/auth/",
        ]))
        .unwrap();
        assert_eq!(c.browser_base(), "http://kratos:4433");
        assert_eq!(c.base_path, "/auth");
        let err = Config::from_args(args(&[
            "--kratos-public-url",
            "http://k",
            "--base-path",
            "auth",
        ]))
        .unwrap_err();
        assert_eq!(err, ConfigError::BadBasePath("auth".into()));
    }
}
