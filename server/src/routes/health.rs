//! `/health/alive` (the process serves) and `/health/ready` (Kratos'
//! public API answers too, within `READY_TIMEOUT_MS`).

use std::time::Duration;

use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::json;

use crate::state::AppState;
use crate::upstream::kratos::KratosClient;

/// What the readiness probe uses: Kratos and its own short timeout.
#[derive(Clone)]
pub struct ReadyCheck {
    kratos: KratosClient,
    timeout: Duration,
}

impl FromRef<AppState> for ReadyCheck {
    fn from_ref(state: &AppState) -> ReadyCheck {
        ReadyCheck {
            kratos: state.kratos.clone(),
            timeout: state.config.ready_timeout,
        }
    }
}

pub async fn alive() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

pub async fn ready(State(check): State<ReadyCheck>) -> impl IntoResponse {
    match check.kratos.ready(check.timeout).await {
        Ok(()) => (StatusCode::OK, Json(json!({ "status": "ok" }))),
        Err(e) => {
            tracing::warn!(error = %e, "not ready: Kratos check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable", "reason": "Kratos is not reachable" })),
            )
        }
    }
}
