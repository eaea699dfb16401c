//! `POST /api/authorize`: Oathkeeper's `remote_json` authorizer. The rule's
//! payload template sends the session `cookie_session` extracted (with
//! `extra_from: "@this"`, Kratos' whole `/sessions/whoami` answer) and what
//! the rule asks for:
//!
//! ```json
//! {"subject": "…", "session": { …whoami… } | null, "require": {"aal": "aal2", "verified_email": true}}
//! ```
//!
//! 200 allows; 403 denies (Oathkeeper v0.40.9 maps exactly 403 to
//! "forbidden" and any other non-200 status to an internal error).

use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::error::ApiError;
use super::policy::{authorize, Requirements, Session};
use crate::state::AppState;

#[derive(Debug, Deserialize)]
struct Payload {
    /// Oathkeeper's subject; logged by Oathkeeper, not needed here.
    #[serde(default, rename = "subject")]
    _subject: Option<String>,
    /// `null` when the request came through an `anonymous` authenticator.
    session: Option<Session>,
    #[serde(default)]
    require: Requirements,
}

pub async fn authorize_session(
    State(state): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let payload: Payload = serde_json::from_slice(&body).map_err(|e| ApiError::BadPayload {
        cause: format!(
            "expected {{\"session\": <Kratos session or null>, \"require\": {{\"aal\"?, \"verified_email\"?}}}}: {e}"
        ),
    })?;
    authorize(
        &state.config.api.allowed_domains,
        payload.session.as_ref(),
        &payload.require,
    )
    .map_err(ApiError::Denied)?;
    Ok(Json(json!({ "allowed": true })))
}
