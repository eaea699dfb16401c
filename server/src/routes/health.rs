//! `/health/alive` (the process serves) and `/health/ready` (Kratos'
//! public API answers too).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::json;

use crate::upstream::kratos::KratosClient;

pub async fn alive() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

pub async fn ready(State(kratos): State<KratosClient>) -> impl IntoResponse {
    match kratos.ready().await {
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
