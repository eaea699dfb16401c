//! `/.well-known/ory/webauthn.js`: Kratos' script from Vestibule's own
//! origin, as the Node reference UI serves it. The bytes are Kratos' own,
//! so the script node's integrity hash still matches.

use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio::sync::RwLock;

use crate::compression;
use crate::state::AppState;

/// Kratos' script changes only when Kratos is upgraded; refetching every
/// few minutes picks that up without a restart.
const KEEP_FOR: Duration = Duration::from_secs(300);

/// The script as fetched and gzipped once (it is served to every browser
/// that opens a page with WebAuthn nodes).
#[derive(Clone)]
struct Script {
    fetched: Instant,
    raw: Bytes,
    /// `None` if deflate failed: the script is then always sent as is.
    gzip: Option<Bytes>,
}

#[derive(Default)]
pub struct Cache(RwLock<Option<Script>>);

impl Cache {
    async fn fresh(&self) -> Option<Script> {
        let guard = self.0.read().await;
        guard
            .as_ref()
            .filter(|s| s.fetched.elapsed() < KEEP_FOR)
            .cloned()
    }
}

pub async fn webauthn_js(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let script = match state.webauthn_js.fresh().await {
        Some(script) => script,
        None => match state.kratos.webauthn_js().await {
            Ok(fetched) => {
                let script = Script {
                    fetched: Instant::now(),
                    gzip: compression::gzip_once(&fetched).map(Bytes::from),
                    raw: fetched,
                };
                *state.webauthn_js.0.write().await = Some(script.clone());
                script
            }
            Err(e) => {
                tracing::warn!(error = %e, "webauthn.js unavailable from Kratos");
                return (StatusCode::BAD_GATEWAY, "webauthn.js is unavailable").into_response();
            }
        },
    };
    let gzipped = script
        .gzip
        .clone()
        .filter(|_| compression::accepts(&headers, "gzip"));
    let gzip = gzipped.is_some();
    let mut response = (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            ),
            (header::VARY, HeaderValue::from_static("accept-encoding")),
        ],
        gzipped.unwrap_or(script.raw),
    )
        .into_response();
    if gzip {
        response
            .headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    response
}
