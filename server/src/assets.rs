//! Static assets embedded in the binary, served under content-hashed names
//! so browsers may cache them forever.

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

const STYLESHEET: &str = include_str!("../../style/main.css");

pub struct Assets {
    stylesheet_name: String,
}

/// FNV-1a: a stable content hash for cache-busting names (not security).
fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

impl Assets {
    pub fn new() -> Assets {
        Assets {
            stylesheet_name: format!("style.{}.css", &content_hash(STYLESHEET.as_bytes())[..12]),
        }
    }

    /// `/assets/style.<hash>.css`, without the base path.
    pub fn stylesheet_path(&self) -> String {
        format!("/assets/{}", self.stylesheet_name)
    }
}

impl Default for Assets {
    fn default() -> Self {
        Assets::new()
    }
}

pub async fn asset(State(state): State<AppState>, Path(name): Path<String>) -> Response {
    if name != state.assets.stylesheet_name {
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        STYLESHEET,
    )
        .into_response()
}
