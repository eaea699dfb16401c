//! The operator's brand without a rebuild: `BRAND_NAME` (titles and the
//! header), `BRAND_LOGO` (an http(s) URL, or a file), `THEME_CSS` (a
//! stylesheet loaded after the built-in one) and `FAVICON`. Files are read
//! once at start and served by Vestibule itself under content-hashed
//! names (`/brand/<hash>.<ext>`, immutable), so the CSP's `style-src
//! 'self'` and `img-src 'self'` stay as they are.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use app::pages::Brand;
use app::safe_url;
use axum::extract::{Path as UrlPath, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::security_headers::ImgSource;
use crate::state::AppState;

/// Where brand files are served, under the base path.
pub const BRAND_PATH: &str = "/brand";

#[derive(Debug, Clone, clap::Args)]
pub struct BrandArgs {
    /// The product name in every title and the page header.
    #[arg(long, env = "BRAND_NAME", default_value = "Vestibule")]
    pub brand_name: String,
    /// The header logo: an http(s) URL, or a file (PNG, SVG, JPEG, WebP,
    /// GIF) Vestibule serves from its own origin.
    #[arg(long, env = "BRAND_LOGO")]
    pub brand_logo: Option<String>,
    /// A stylesheet file served after the built-in one (override the CSS
    /// custom properties of style/main.css there).
    #[arg(long, env = "THEME_CSS")]
    pub theme_css: Option<PathBuf>,
    /// A favicon file (ICO, PNG or SVG).
    #[arg(long, env = "FAVICON")]
    pub favicon: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum BrandConfigError {
    #[error("BRAND_NAME must not be empty")]
    EmptyName,
    #[error("{name} {path}: {reason}")]
    File {
        name: &'static str,
        path: String,
        reason: String,
    },
    #[error("BRAND_LOGO {0:?} is neither an http(s) URL nor a file")]
    BadLogo(String),
}

/// One file served from memory.
#[derive(Debug)]
pub struct BrandFile {
    /// `<hash>.<ext>`.
    pub name: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// The brand as configured; `files` are what `/brand/…` serves.
#[derive(Debug, Clone)]
pub struct BrandConfig {
    pub name: String,
    logo_url: Option<String>,
    logo: Option<Arc<BrandFile>>,
    theme: Option<Arc<BrandFile>>,
    favicon: Option<Arc<BrandFile>>,
}

impl Default for BrandConfig {
    fn default() -> BrandConfig {
        BrandConfig {
            name: Brand::default().name,
            logo_url: None,
            logo: None,
            theme: None,
            favicon: None,
        }
    }
}

fn content_type(
    var: &'static str,
    path: &Path,
    allowed: &[&str],
) -> Result<&'static str, BrandConfigError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let ty = match ext.as_str() {
        "css" => "text/css; charset=utf-8",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        _ => "",
    };
    if ty.is_empty() || !allowed.contains(&ext.as_str()) {
        return Err(BrandConfigError::File {
            name: var,
            path: path.display().to_string(),
            reason: format!("must end in .{}", allowed.join(", .")),
        });
    }
    Ok(ty)
}

fn load(
    var: &'static str,
    path: &Path,
    allowed: &[&str],
) -> Result<Arc<BrandFile>, BrandConfigError> {
    let content_type = content_type(var, path, allowed)?;
    let bytes = std::fs::read(path).map_err(|e| BrandConfigError::File {
        name: var,
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    let digest = Sha256::digest(&bytes);
    let hash: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    Ok(Arc::new(BrandFile {
        name: format!("{hash}.{ext}"),
        content_type,
        bytes,
    }))
}

const IMAGES: &[&str] = &["png", "svg", "jpg", "jpeg", "webp", "gif"];

impl BrandConfig {
    pub fn from_args(args: &BrandArgs) -> Result<BrandConfig, BrandConfigError> {
        let name = args.brand_name.trim().to_owned();
        if name.is_empty() {
            return Err(BrandConfigError::EmptyName);
        }
        let (logo_url, logo) = match args
            .brand_logo
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => (None, None),
            Some(raw) if raw.starts_with("http://") || raw.starts_with("https://") => {
                safe_url::link(raw).map_err(|_| BrandConfigError::BadLogo(raw.to_owned()))?;
                (Some(raw.to_owned()), None)
            }
            Some(raw) if Path::new(raw).is_file() => {
                (None, Some(load("BRAND_LOGO", Path::new(raw), IMAGES)?))
            }
            Some(raw) => return Err(BrandConfigError::BadLogo(raw.to_owned())),
        };
        let theme = args
            .theme_css
            .as_deref()
            .map(|p| load("THEME_CSS", p, &["css"]))
            .transpose()?;
        let favicon = args
            .favicon
            .as_deref()
            .map(|p| load("FAVICON", p, &["ico", "png", "svg"]))
            .transpose()?;
        Ok(BrandConfig {
            name,
            logo_url,
            logo,
            theme,
            favicon,
        })
    }

    /// The origin a remote logo is loaded from, which the CSP's `img-src`
    /// must allow; `None` for a logo served by Vestibule.
    pub fn logo_origin(&self) -> Option<ImgSource> {
        self.logo_url.as_deref().and_then(ImgSource::of)
    }

    /// The brand as pages show it, URLs under `base_path`.
    pub fn for_pages(&self, base_path: &str) -> Brand {
        let url = |f: &Option<Arc<BrandFile>>| {
            f.as_ref()
                .map(|f| format!("{base_path}{BRAND_PATH}/{}", f.name))
        };
        Brand {
            name: self.name.clone(),
            logo: self.logo_url.clone().or_else(|| url(&self.logo)),
            theme_css: url(&self.theme),
            favicon: url(&self.favicon),
        }
    }

    fn file(&self, name: &str) -> Option<&BrandFile> {
        [&self.logo, &self.theme, &self.favicon]
            .into_iter()
            .flatten()
            .map(|f| f.as_ref())
            .find(|f| f.name == name)
    }
}

/// `GET /brand/{name}`: a brand file, cached for ever (the name changes
/// with the content).
pub async fn file(State(state): State<AppState>, UrlPath(name): UrlPath<String>) -> Response {
    match state.config.brand.file(&name) {
        Some(f) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(f.content_type),
                ),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=31536000, immutable"),
                ),
            ],
            f.bytes.clone(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> BrandArgs {
        BrandArgs {
            brand_name: "Acme".to_owned(),
            brand_logo: None,
            theme_css: None,
            favicon: None,
        }
    }

    #[test]
    fn files_get_hashed_names_under_the_base_path() {
        let dir = std::env::temp_dir().join(format!("vestibule-brand-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let css = dir.join("acme.css");
        std::fs::write(&css, ":root { --accent: #c00; }").unwrap();
        let brand = BrandConfig::from_args(&BrandArgs {
            theme_css: Some(css),
            brand_logo: Some("https://cdn.example/acme.svg".to_owned()),
            ..args()
        })
        .unwrap();
        let pages = brand.for_pages("/auth");
        let theme = pages.theme_css.unwrap();
        assert!(
            theme.starts_with("/auth/brand/") && theme.ends_with(".css"),
            "{theme}"
        );
        let name = theme.rsplit('/').next().unwrap();
        assert!(brand.file(name).is_some());
        assert_eq!(pages.logo.as_deref(), Some("https://cdn.example/acme.svg"));
        assert_eq!(pages.name, "Acme");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn bad_settings_name_the_variable() {
        let e = BrandConfig::from_args(&BrandArgs {
            theme_css: Some("/nonexistent/theme.css".into()),
            ..args()
        })
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("THEME_CSS /nonexistent/theme.css:"),
            "{e}"
        );
        let e = BrandConfig::from_args(&BrandArgs {
            theme_css: Some("/etc/hostname".into()),
            ..args()
        })
        .unwrap_err();
        assert!(e.to_string().contains("must end in .css"), "{e}");
        let e = BrandConfig::from_args(&BrandArgs {
            brand_logo: Some("javascript:alert(1)".into()),
            ..args()
        })
        .unwrap_err();
        assert!(matches!(e, BrandConfigError::BadLogo(_)));
        let e = BrandConfig::from_args(&BrandArgs {
            brand_name: " ".into(),
            ..args()
        })
        .unwrap_err();
        assert_eq!(e, BrandConfigError::EmptyName);
    }
}
