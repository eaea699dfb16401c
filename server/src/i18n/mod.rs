//! Translations on the server: the catalogues loaded once at start
//! (built in, plus `TRANSLATIONS_DIR`), and what the pages' middleware
//! ([`crate::page_layer`]) asks of them: each request's locale, the page
//! shell for it, and a `?lang=` pick remembered in a cookie.

mod files;

use std::path::PathBuf;
use std::sync::Arc;

use app::i18n::negotiate::{choose, Choice, LANG_COOKIE, LANG_PARAM};
use app::i18n::{CatalogueError, Catalogues, I18n, REFERENCE};
use app::links::Query;
use app::pages::{Here, Shell};
use axum::extract::{OriginalUri, Request};
use axum::http::{header, HeaderMap, HeaderValue, Uri};
use axum::response::Response;
use axum_extra::extract::cookie::CookieJar;

use crate::state::Pages;

/// One year: a language pick is a preference, not a session.
const LANG_COOKIE_MAX_AGE: u32 = 365 * 24 * 3600;

#[derive(Debug, Clone, clap::Args)]
pub struct I18nArgs {
    /// The locale for requests that ask for none Vestibule has (en, de,
    /// fr, es, it, nl, pt, pl, sv, fi, ru, zh, ja, or one TRANSLATIONS_DIR
    /// adds).
    #[arg(long, env = "DEFAULT_LOCALE", default_value = REFERENCE)]
    pub default_locale: String,
    /// A folder of Fluent files laid out like app/locales
    /// (`<locale>/<any>.ftl`), loaded over the built-in catalogues at
    /// start: they override single messages or add locales.
    #[arg(long, env = "TRANSLATIONS_DIR")]
    pub translations_dir: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum I18nConfigError {
    #[error("TRANSLATIONS_DIR {path}: {reason}")]
    Dir { path: String, reason: String },
    #[error("TRANSLATIONS_DIR: {0}")]
    File(CatalogueError),
    #[error("DEFAULT_LOCALE: {0}")]
    DefaultLocale(String),
}

/// Every locale's messages, loaded and checked at start.
#[derive(Debug, Clone)]
pub struct I18nConfig {
    pub catalogues: Arc<Catalogues>,
}

impl I18nConfig {
    pub fn from_args(args: &I18nArgs) -> Result<I18nConfig, I18nConfigError> {
        let extra = match &args.translations_dir {
            Some(dir) if !dir.as_os_str().is_empty() => files::read(dir)?,
            _ => Vec::new(),
        };
        let default = args.default_locale.trim();
        let catalogues = Catalogues::new(default, &extra).map_err(|e| match e.file.as_str() {
            "DEFAULT_LOCALE" => I18nConfigError::DefaultLocale(e.message),
            _ => I18nConfigError::File(e),
        })?;
        Ok(I18nConfig {
            catalogues: Arc::new(catalogues),
        })
    }
}

/// The locale for a request with these headers and URI.
pub fn choice(catalogues: &Catalogues, headers: &HeaderMap, uri: &Uri) -> Choice {
    let query = Query::parse(uri.query().unwrap_or_default());
    let jar = CookieJar::from_headers(headers);
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    choose(
        &catalogues.locales(),
        catalogues.default_locale(),
        query.get(LANG_PARAM),
        jar.get(LANG_COOKIE).map(|c| c.value()),
        accept,
    )
}

/// The page shell for a request to `uri` (as the browser sent it, base
/// path included) in `locale`.
pub fn shell_for(pages: &Pages, locale: &str, uri: &Uri) -> Shell {
    let here = Here {
        path: uri.path().to_owned(),
        query: Query::parse(uri.query().unwrap_or_default()),
    };
    let i18n = I18n::new(pages.catalogues.clone(), locale);
    pages.shell.for_request(i18n, here)
}

/// `Set-Cookie` for a language pick: every page under the base path,
/// readable only by the server, sent on top-level navigations back from
/// Kratos and Hydra (Lax).
pub fn remember_cookie(base_path: &str, locale: &str) -> Option<HeaderValue> {
    let path = if base_path.is_empty() { "/" } else { base_path };
    HeaderValue::from_str(&format!(
        "{LANG_COOKIE}={locale}; Path={path}; Max-Age={LANG_COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax"
    ))
    .ok()
}

/// The request's locale: the request gets its [`Shell`] (an extension
/// handlers take), a copy of which is returned for the error pages.
pub fn negotiate(pages: &Pages, request: &mut Request) -> (Choice, Shell) {
    let uri = request
        .extensions()
        .get::<OriginalUri>()
        .map(|o| o.0.clone())
        .unwrap_or_else(|| request.uri().clone());
    let choice = choice(&pages.catalogues, request.headers(), &uri);
    let shell = shell_for(pages, &choice.locale, &uri);
    request.extensions_mut().insert(shell.clone());
    (choice, shell)
}

/// The answer after [`negotiate`]: the language cookie when `?lang=`
/// picked a new locale — 303s to Kratos included, so the pick survives
/// the round trip — and `Vary` on what picked it.
pub fn negotiated(pages: &Pages, choice: Choice, response: &mut Response) {
    if let Some(cookie) = choice
        .remember
        .and_then(|l| remember_cookie(&pages.base_path, &l))
    {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    // Pages differ by language; assets (also on this router) do not, and
    // must stay cacheable.
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    if is_page || response.status().is_redirection() {
        response.headers_mut().append(
            header::VARY,
            HeaderValue::from_static("accept-language, cookie"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogues() -> Catalogues {
        Catalogues::new("en", &[]).unwrap()
    }

    fn pick(uri: &str, headers: &[(&str, &str)]) -> Choice {
        let mut map = HeaderMap::new();
        for (k, v) in headers {
            map.append(
                header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        choice(&catalogues(), &map, &uri.parse().unwrap())
    }

    #[test]
    fn the_request_decides_in_order_param_cookie_header() {
        assert_eq!(
            pick("/login", &[("accept-language", "de-DE,de;q=0.9")]).locale,
            "de"
        );
        let c = pick(
            "/login?lang=fr",
            &[
                ("accept-language", "de"),
                ("cookie", "a=b; vestibule_lang=de"),
            ],
        );
        assert_eq!(
            (c.locale.as_str(), c.remember.as_deref()),
            ("fr", Some("fr"))
        );
        let c = pick(
            "/login?flow=x",
            &[("accept-language", "de"), ("cookie", "vestibule_lang=fr")],
        );
        assert_eq!((c.locale.as_str(), c.remember), ("fr", None));
    }

    #[test]
    fn the_cookie_covers_the_base_path() {
        let c = remember_cookie("/auth", "fr").unwrap();
        assert_eq!(
            c.to_str().unwrap(),
            "vestibule_lang=fr; Path=/auth; Max-Age=31536000; HttpOnly; SameSite=Lax"
        );
        assert!(remember_cookie("", "de")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("Path=/;"));
    }

    #[test]
    fn default_locale_must_exist() {
        let args = I18nArgs {
            default_locale: "xx".to_owned(),
            translations_dir: None,
        };
        let e = I18nConfig::from_args(&args).unwrap_err();
        assert!(matches!(e, I18nConfigError::DefaultLocale(_)), "{e}");
        assert!(
            e.to_string()
                .starts_with("DEFAULT_LOCALE: \"xx\" is not an available locale"),
            "{e}"
        );
    }
}
