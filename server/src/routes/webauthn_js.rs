//! `/.well-known/ory/webauthn.js`: Kratos' script from Vestibule's own
//! origin, as the Node reference UI serves it. The bytes are Kratos' own,
//! so the script node's integrity hash still matches.

use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio::sync::RwLock;

use crate::state::AppState;

/// Kratos' script changes only when Kratos is upgraded; refetching every
/// few minutes picks that up without a restart.
const KEEP_FOR: Duration = Duration::from_secs(300);

#[derive(Default)]
pub struct Cache(RwLock<Option<(Instant, axum::body::Bytes)>>);

impl Cache {
    async fn fresh(&self) -> Option<axum::body::Bytes> {
        let guard = self.0.read().await;
        guard
            .as_ref()
            .filter(|(at, _)| at.elapsed() < KEEP_FOR)
            .map(|(_, bytes)| bytes.clone())
    }
}

pub async fn webauthn_js(State(state): State<AppState>) -> Response {
    let bytes = match state.webauthn_js.fresh().await {
        Some(bytes) => bytes,
        None => match state.kratos.webauthn_js().await {
            Ok(fetched) => {
                let bytes = axum::body::Bytes::from(fetched);
                *state.webauthn_js.0.write().await = Some((Instant::now(), bytes.clone()));
                bytes
            }
            Err(e) => {
                tracing::warn!(error = %e, "webauthn.js unavailable from Kratos");
                return (StatusCode::BAD_GATEWAY, "webauthn.js is unavailable").into_response();
            }
        },
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            ),
        ],
        bytes,
    )
        .into_response()
}
