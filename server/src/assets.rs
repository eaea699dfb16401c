//! Static assets embedded in the binary (see build.rs): content-hashed
//! names, cached for ever, served precompressed to browsers that accept it.

use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::compression::accepts;

pub struct Asset {
    /// The stable name code refers to (`style.css`, `webauthn.js`, …).
    pub key: &'static str,
    /// The served name, with the content hash.
    pub name: &'static str,
    pub content_type: &'static str,
    pub raw: &'static [u8],
    pub br: &'static [u8],
    pub gz: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The URL path (without base path) of an asset by its stable name.
pub fn path_of(key: &str) -> String {
    ASSETS
        .iter()
        .find(|a| a.key == key)
        .map(|a| format!("/assets/{}", a.name))
        .unwrap_or_default()
}

/// Which encoding to send: brotli, then gzip, else the raw bytes.
fn pick<'a>(asset: &'a Asset, headers: &HeaderMap) -> (&'a [u8], Option<&'static str>) {
    if accepts(headers, "br") {
        (asset.br, Some("br"))
    } else if accepts(headers, "gzip") {
        (asset.gz, Some("gzip"))
    } else {
        (asset.raw, None)
    }
}

/// Cached for ever: the name changes with the content.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub async fn asset(Path(name): Path<String>, headers: HeaderMap) -> Response {
    let Some(asset) = ASSETS.iter().find(|a| a.name == name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    respond(asset, &headers, IMMUTABLE)
}

/// An embedded asset by its stable name (`favicon.ico`, …); `None` for a
/// name build.rs does not embed.
pub fn by_key(key: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.key == key)
}

/// The asset in the best encoding the request accepts.
pub fn respond(
    asset: &'static Asset,
    headers: &HeaderMap,
    cache_control: &'static str,
) -> Response {
    let (body, encoding) = pick(asset, headers);
    let mut response = (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static(cache_control),
            ),
            (header::VARY, HeaderValue::from_static("accept-encoding")),
        ],
        body,
    )
        .into_response();
    if let Some(encoding) = encoding {
        response
            .headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    response
}
