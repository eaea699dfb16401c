//! Typed configuration from the environment (the Node reference UI's
//! variable names) or flags, validated once at start.

use std::net::IpAddr;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};
use url::Url;

use crate::cookie_domain::CookieDomain;
use crate::hsts::{BadProxy, TrustedProxies};
use crate::serve::{Limits, LimitsError, ServeArgs};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Json,
    Pretty,
}

/// What to do instead of serving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Check this configuration against the running Kratos (and Hydra):
    /// one ✓/✗ line per check with the fix; exit status 1 if any fails.
    Check,
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
    /// Kratos' admin API (optional): where the consent page reads the
    /// subject's identity for the ID-token claims.
    #[arg(long, env = "KRATOS_ADMIN_URL")]
    pub kratos_admin_url: Option<String>,
    /// Hydra's admin API. When set, `/consent` and `/logout` answer
    /// Hydra's consent and logout challenges (and a CSRF secret is needed).
    #[arg(long, env = "HYDRA_ADMIN_URL")]
    pub hydra_admin_url: Option<String>,
    /// Hydra's public URL as browsers reach it (optional): Hydra's
    /// redirects, and a `return_to` onto it, are followed only onto this
    /// origin when it is set.
    #[arg(long, env = "HYDRA_PUBLIC_URL")]
    pub hydra_public_url: Option<String>,
    /// Signs the CSRF cookie of the consent and logout forms (at least 32
    /// characters). Required with HYDRA_ADMIN_URL, unless COOKIE_SECRET is
    /// set.
    #[arg(long, env = "CSRF_COOKIE_SECRET", hide_env_values = true)]
    pub csrf_cookie_secret: Option<Secret>,
    /// The Node UI's cookie-signing secret; used for the CSRF cookie when
    /// CSRF_COOKIE_SECRET is not set.
    #[arg(long, env = "COOKIE_SECRET", hide_env_values = true)]
    pub cookie_secret: Option<Secret>,
    /// Name of the CSRF cookie.
    #[arg(long, env = "CSRF_COOKIE_NAME", default_value = "vestibule_csrf")]
    pub csrf_cookie_name: String,
    /// Send the CSRF cookie without `Secure` (plain-HTTP deployments other
    /// than localhost only).
    #[arg(
        long,
        env = "DANGEROUSLY_DISABLE_SECURE_CSRF_COOKIES",
        default_value_t = false
    )]
    pub dangerously_disable_secure_csrf_cookies: bool,
    /// Comma-separated OAuth2 client ids whose consent is never asked.
    #[arg(long, env = "TRUSTED_CLIENT_IDS", default_value = "")]
    pub trusted_client_ids: String,
    /// How long Hydra remembers a consent the user asked to remember
    /// (0: until revoked).
    #[arg(
        long,
        env = "REMEMBER_CONSENT_SESSION_FOR_SECONDS",
        default_value_t = 3600
    )]
    pub remember_consent_session_for_seconds: u64,
    /// Path prefix the UI is served under, e.g. `/auth`.
    #[arg(long, env = "BASE_PATH", default_value = "")]
    pub base_path: String,
    /// Address to listen on.
    #[arg(long, env = "HOST", default_value = "0.0.0.0")]
    pub host: IpAddr,
    #[arg(long, env = "PORT", default_value_t = 3000)]
    pub port: u16,
    /// Serve `/metrics` on this port (same HOST) instead of PORT, so the
    /// scrape endpoint need not be reachable where the pages are.
    #[arg(long, env = "METRICS_PORT")]
    pub metrics_port: Option<u16>,
    /// Upper bound for one Kratos request, in milliseconds.
    #[arg(long, env = "KRATOS_TIMEOUT_MS", default_value_t = 10_000)]
    pub kratos_timeout_ms: u64,
    /// Upper bound for the body of one Kratos or Hydra answer, in bytes;
    /// a larger answer is cut off into a 502 page.
    #[arg(long, env = "UPSTREAM_MAX_BODY_BYTES", default_value_t = DEFAULT_UPSTREAM_MAX_BODY)]
    pub upstream_max_body_bytes: usize,
    /// A PEM file of CA certificates that https:// Kratos and Hydra URLs
    /// may also be signed by (a private CA), besides the Mozilla roots
    /// built in.
    #[arg(long, env = "UPSTREAM_CA_FILE")]
    pub upstream_ca_file: Option<std::path::PathBuf>,
    /// Upper bound for the readiness probe's call to Kratos, in
    /// milliseconds (keep it below the probe's timeoutSeconds).
    #[arg(long, env = "READY_TIMEOUT_MS", default_value_t = 2_000)]
    pub ready_timeout_ms: u64,
    /// Comma-separated addresses or networks of the TLS-terminating
    /// proxies whose X-Forwarded-Proto is believed (HSTS is sent when it
    /// says https); empty: none.
    #[arg(long, env = "TRUSTED_PROXIES", default_value = "")]
    pub trusted_proxies: String,
    /// The only Domain a forwarded Kratos cookie may carry (Kratos'
    /// session.cookie.domain); unset: the browser's host or a parent of it.
    #[arg(long, env = "COOKIE_DOMAIN")]
    pub cookie_domain: Option<String>,
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value = "json")]
    pub log_format: LogFormat,
    #[command(flatten)]
    pub serve: ServeArgs,
    #[command(flatten)]
    pub api: crate::api::ApiArgs,
    #[command(flatten)]
    pub security_txt: crate::security_txt::SecurityTxtArgs,
    /// This UI's URL as browsers reach it, without BASE_PATH (e.g.
    /// `https://auth.example.com`): what `login-svc check` compares Kratos'
    /// redirects and cookies with.
    #[arg(long, env = "PUBLIC_URL")]
    pub public_url: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub i18n: crate::i18n::I18nArgs,
    #[command(flatten)]
    pub brand: crate::brand::BrandArgs,
}

/// A secret from the environment: its Debug and Display never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Secret, Self::Err> {
        Ok(Secret(s.to_owned()))
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// The shortest CSRF secret accepted: the signing key is derived from it
/// with HKDF, which wants at least 256 bits of input.
pub const MIN_SECRET_LEN: usize = 32;

/// 1 MiB: Kratos' largest flows (settings with every method) are a few
/// tens of KiB.
pub const DEFAULT_UPSTREAM_MAX_BODY: usize = 1 << 20;

/// What the OAuth2 pages run with; present only when HYDRA_ADMIN_URL is.
#[derive(Debug, Clone)]
pub struct OAuth2Config {
    pub hydra_admin_url: Url,
    pub hydra_public_url: Option<Url>,
    pub csrf_secret: Secret,
    pub csrf_cookie_name: String,
    pub csrf_cookie_secure: bool,
    pub trusted_client_ids: Vec<String>,
    pub remember_for_seconds: u64,
}

/// The validated configuration the server runs with.
#[derive(Debug, Clone)]
pub struct Config {
    pub kratos_public_url: Url,
    pub kratos_browser_url: Url,
    pub kratos_admin_url: Option<Url>,
    /// This UI's origin as browsers reach it (PUBLIC_URL), if given.
    pub public_url: Option<Url>,
    pub oauth2: Option<OAuth2Config>,
    /// Empty, or `/prefix` without a trailing slash.
    pub base_path: String,
    pub host: IpAddr,
    pub port: u16,
    /// Where `/metrics` is served instead of `port`, if set.
    pub metrics_port: Option<u16>,
    pub kratos_timeout: Duration,
    /// Upper bound for one upstream answer's body.
    pub upstream_max_body: usize,
    /// Which certificates https upstreams may present.
    pub upstream_tls: crate::upstream::UpstreamTls,
    /// Upper bound for the readiness probe's call to Kratos.
    pub ready_timeout: Duration,
    /// Whose X-Forwarded-Proto is believed.
    pub trusted_proxies: TrustedProxies,
    /// Which Domain a forwarded cookie may carry.
    pub cookie_domain: CookieDomain,
    pub log_format: LogFormat,
    pub limits: Limits,
    /// The webhook and authorizer settings.
    pub api: crate::api::ApiConfig,
    /// `/.well-known/security.txt`, when SECURITY_CONTACT is set.
    pub security_txt: Option<crate::security_txt::SecurityTxt>,
    /// The catalogues (built in and TRANSLATIONS_DIR) and DEFAULT_LOCALE.
    pub i18n: crate::i18n::I18nConfig,
    pub brand: crate::brand::BrandConfig,
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
    #[error("PUBLIC_URL must be an origin such as https://auth.example.com, without a path, query or fragment (got {0:?}); put a path prefix in BASE_PATH")]
    PublicUrlNotOrigin(String),
    #[error("BASE_PATH must start with '/' (got {0:?})")]
    BadBasePath(String),
    #[error("METRICS_PORT must be a port other than 0 and other than PORT ({port}), or unset to serve /metrics on PORT")]
    BadMetricsPort { port: u16 },
    #[error("KRATOS_TIMEOUT_MS must be greater than 0")]
    ZeroTimeout,
    #[error("UPSTREAM_MAX_BODY_BYTES must be greater than 0")]
    ZeroBodyLimit,
    #[error("READY_TIMEOUT_MS must be greater than 0")]
    ZeroReadyTimeout,
    #[error(transparent)]
    UpstreamTls(#[from] crate::upstream::tls::UpstreamTlsError),
    #[error(transparent)]
    BadProxy(#[from] BadProxy),
    #[error(transparent)]
    Limits(#[from] LimitsError),
    #[error("HYDRA_ADMIN_URL is set, so the consent and logout forms need CSRF protection: set CSRF_COOKIE_SECRET (or COOKIE_SECRET) to a random string of at least {MIN_SECRET_LEN} characters")]
    MissingCsrfSecret,
    #[error("{0} must be at least {MIN_SECRET_LEN} characters long")]
    ShortSecret(&'static str),
    #[error("CSRF_COOKIE_NAME {0:?} is not a valid cookie name")]
    BadCookieName(String),
    #[error(transparent)]
    Api(#[from] crate::api::ApiConfigError),
    #[error(transparent)]
    SecurityTxt(#[from] crate::security_txt::SecurityTxtError),
    #[error(transparent)]
    I18n(#[from] crate::i18n::I18nConfigError),
    #[error(transparent)]
    Brand(#[from] crate::brand::BrandConfigError),
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

fn oauth2_config(hydra_admin_url: Url, args: &Args) -> Result<OAuth2Config, ConfigError> {
    let present = |s: &Option<Secret>| s.clone().filter(|s| !s.0.is_empty());
    let (name, csrf_secret) = match (
        present(&args.csrf_cookie_secret),
        present(&args.cookie_secret),
    ) {
        (Some(s), _) => ("CSRF_COOKIE_SECRET", s),
        (None, Some(s)) => ("COOKIE_SECRET", s),
        (None, None) => return Err(ConfigError::MissingCsrfSecret),
    };
    if csrf_secret.0.len() < MIN_SECRET_LEN {
        return Err(ConfigError::ShortSecret(name));
    }
    let csrf_cookie_name = args.csrf_cookie_name.trim().to_owned();
    let token_char = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if csrf_cookie_name.is_empty() || !csrf_cookie_name.chars().all(token_char) {
        return Err(ConfigError::BadCookieName(args.csrf_cookie_name.clone()));
    }
    let hydra_public_url = args
        .hydra_public_url
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(|raw| parse_url("HYDRA_PUBLIC_URL", raw))
        .transpose()?;
    Ok(OAuth2Config {
        hydra_admin_url,
        hydra_public_url,
        csrf_secret,
        csrf_cookie_name,
        csrf_cookie_secure: !args.dangerously_disable_secure_csrf_cookies,
        trusted_client_ids: args
            .trusted_client_ids
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        remember_for_seconds: args.remember_consent_session_for_seconds,
    })
}

impl Config {
    pub fn from_args(args: Args) -> Result<Config, ConfigError> {
        let hydra_admin_url = args
            .hydra_admin_url
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|raw| parse_url("HYDRA_ADMIN_URL", raw))
            .transpose()?;
        let oauth2 = hydra_admin_url
            .map(|url| oauth2_config(url, &args))
            .transpose()?;
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
        let kratos_admin_url = args
            .kratos_admin_url
            .filter(|s| !s.trim().is_empty())
            .map(|raw| parse_url("KRATOS_ADMIN_URL", &raw))
            .transpose()?;
        let public_url = args
            .public_url
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|raw| {
                let url = parse_url("PUBLIC_URL", raw)?;
                if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
                    return Err(ConfigError::PublicUrlNotOrigin(raw.to_owned()));
                }
                Ok(url)
            })
            .transpose()?;
        let base_path = args.base_path.trim().trim_end_matches('/').to_owned();
        if !base_path.is_empty() && !base_path.starts_with('/') {
            return Err(ConfigError::BadBasePath(args.base_path));
        }
        if args.kratos_timeout_ms == 0 {
            return Err(ConfigError::ZeroTimeout);
        }
        if args.metrics_port.is_some_and(|m| m == 0 || m == args.port) {
            return Err(ConfigError::BadMetricsPort { port: args.port });
        }
        if args.upstream_max_body_bytes == 0 {
            return Err(ConfigError::ZeroBodyLimit);
        }
        if args.ready_timeout_ms == 0 {
            return Err(ConfigError::ZeroReadyTimeout);
        }
        let upstream_tls = crate::upstream::UpstreamTls::new(args.upstream_ca_file.as_deref())?;
        let trusted_proxies = TrustedProxies::parse(&args.trusted_proxies)?;
        let cookie_domain = CookieDomain::new(args.cookie_domain.as_deref());
        let limits = Limits::try_from(&args.serve)?;
        let security_txt = crate::security_txt::SecurityTxt::from_args(
            &args.security_txt,
            public_url.as_ref(),
            time::OffsetDateTime::now_utc(),
        )?;
        let i18n = crate::i18n::I18nConfig::from_args(&args.i18n)?;
        let brand = crate::brand::BrandConfig::from_args(&args.brand)?;
        Ok(Config {
            kratos_public_url,
            kratos_browser_url,
            kratos_admin_url,
            public_url,
            oauth2,
            base_path,
            host: args.host,
            port: args.port,
            metrics_port: args.metrics_port,
            kratos_timeout: Duration::from_millis(args.kratos_timeout_ms),
            upstream_max_body: args.upstream_max_body_bytes,
            upstream_tls,
            ready_timeout: Duration::from_millis(args.ready_timeout_ms),
            trusted_proxies,
            cookie_domain,
            log_format: args.log_format,
            limits,
            api: crate::api::ApiConfig::from_args(args.api)?,
            security_txt,
            i18n,
            brand,
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
    fn the_upstream_body_limit_defaults_to_1_mib_and_is_not_zero() {
        let c = Config::from_args(args(&["--kratos-public-url", "http://k:4433"])).unwrap();
        assert_eq!(c.upstream_max_body, 1 << 20);
        let err = Config::from_args(args(&[
            "--kratos-public-url",
            "http://k:4433",
            "--upstream-max-body-bytes",
            "0",
        ]))
        .unwrap_err();
        assert_eq!(err, ConfigError::ZeroBodyLimit);
    }

    #[test]
    fn a_wrong_upstream_ca_file_stops_the_start_with_its_name() {
        let err = Config::from_args(args(&[
            "--kratos-public-url",
            "https://k:4433",
            "--upstream-ca-file",
            "/nonexistent/ca.pem",
        ]))
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("UPSTREAM_CA_FILE /nonexistent/ca.pem: cannot be read"),
            "{err}"
        );
        let ca = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls/ca.pem");
        assert!(Config::from_args(args(&[
            "--kratos-public-url",
            "https://k:4433",
            "--upstream-ca-file",
            ca,
        ]))
        .is_ok());
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

    const HYDRA: [&str; 4] = [
        "--kratos-public-url",
        "http://k:4433",
        "--hydra-admin-url",
        "http://h:4445",
    ];

    #[test]
    fn hydra_without_a_csrf_secret_refuses_to_start_naming_the_variable() {
        let err = Config::from_args(args(&HYDRA)).unwrap_err();
        assert_eq!(err, ConfigError::MissingCsrfSecret);
        assert!(err.to_string().contains("CSRF_COOKIE_SECRET"), "{err}");
        let mut short = HYDRA.to_vec();
        short.extend(["--csrf-cookie-secret", "too short"]);
        assert_eq!(
            Config::from_args(args(&short)).unwrap_err(),
            ConfigError::ShortSecret("CSRF_COOKIE_SECRET")
        );
        let mut bad_name = HYDRA.to_vec();
        bad_name.extend([
            "--cookie-secret",
            "0123456789abcdef0123456789abcdef",
            "--csrf-cookie-name",
            "a b",
        ]);
        assert!(matches!(
            Config::from_args(args(&bad_name)).unwrap_err(),
            ConfigError::BadCookieName(_)
        ));
    }

    #[test]
    fn oauth2_settings_are_read_and_secrets_never_printed() {
        let mut list = HYDRA.to_vec();
        list.extend([
            "--cookie-secret",
            "0123456789abcdef0123456789abcdef-cookie",
            "--trusted-client-ids",
            " a, b ,,",
        ]);
        let c = Config::from_args(args(&list)).unwrap();
        let o = c.oauth2.as_ref().expect("oauth2 on");
        assert_eq!(o.trusted_client_ids, ["a", "b"]);
        assert_eq!(o.remember_for_seconds, 3600);
        assert_eq!(o.csrf_cookie_name, "vestibule_csrf");
        assert!(o.csrf_cookie_secure);
        assert_eq!(
            o.csrf_secret.expose(),
            b"0123456789abcdef0123456789abcdef-cookie"
        );
        let printed = format!("{c:?} {:?}", args(&list));
        assert!(!printed.contains("0123456789abcdef"), "{printed}");
        assert!(
            Config::from_args(args(&["--kratos-public-url", "http://k"]))
                .unwrap()
                .oauth2
                .is_none()
        );
    }

    #[test]
    fn public_url_is_an_origin() {
        let with = |u: &str| {
            Config::from_args(args(&[
                "--kratos-public-url",
                "http://k",
                "--public-url",
                u,
            ]))
        };
        assert_eq!(
            with("https://auth.example.com")
                .unwrap()
                .public_url
                .unwrap()
                .as_str(),
            "https://auth.example.com/"
        );
        assert_eq!(
            with("https://auth.example.com/auth").unwrap_err(),
            ConfigError::PublicUrlNotOrigin("https://auth.example.com/auth".into())
        );
        assert!(matches!(
            with("auth.example.com").unwrap_err(),
            ConfigError::BadUrl {
                name: "PUBLIC_URL",
                ..
            }
        ));
    }

    #[test]
    fn check_is_a_subcommand() {
        assert_eq!(
            Args::try_parse_from(["login-svc", "check"])
                .unwrap()
                .command,
            Some(Command::Check)
        );
        assert_eq!(args(&[]).command, None);
    }

    #[test]
    fn proxies_and_the_ready_timeout_are_validated() {
        let base = ["--kratos-public-url", "http://k"];
        let with = |extra: &[&str]| {
            let mut list = base.to_vec();
            list.extend_from_slice(extra);
            Config::from_args(args(&list))
        };
        let c = with(&[]).unwrap();
        assert_eq!(c.ready_timeout, Duration::from_secs(2));
        assert_eq!(c.trusted_proxies, TrustedProxies::default());
        assert!(with(&["--trusted-proxies", "10.0.0.0/8,::1"]).is_ok());
        let err = with(&["--trusted-proxies", "ingress"]).unwrap_err();
        assert!(err.to_string().starts_with("TRUSTED_PROXIES"), "{err}");
        assert_eq!(
            with(&["--ready-timeout-ms", "0"]).unwrap_err(),
            ConfigError::ZeroReadyTimeout
        );
    }

    #[test]
    fn metrics_port_must_differ_from_port() {
        let base = ["--kratos-public-url", "http://k", "--port", "8080"];
        let with = |m: &str| {
            let mut list = base.to_vec();
            list.extend(["--metrics-port", m]);
            Config::from_args(args(&list))
        };
        assert_eq!(with("9090").unwrap().metrics_port, Some(9090));
        assert_eq!(Config::from_args(args(&base)).unwrap().metrics_port, None);
        for bad in ["8080", "0"] {
            let err = with(bad).unwrap_err();
            assert_eq!(err, ConfigError::BadMetricsPort { port: 8080 });
            assert!(err.to_string().contains("METRICS_PORT"), "{err}");
        }
        let not_a_port = Args::try_parse_from(["login-svc", "--metrics-port", "70000"]);
        assert!(not_a_port.is_err());
    }
}
