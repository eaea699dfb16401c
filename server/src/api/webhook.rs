//! `POST /api/hooks/email-domain` (registration) and
//! `POST /api/hooks/email-domain/login` (login): Kratos' `web_hook`
//! (`can_interrupt: true`) asks whether the identity's email domain is
//! allowed. The body is whatever `deploy/kratos/email-domain.jsonnet`
//! makes of Kratos' context: `{"identity": {"traits": {"email": …}}}`.
//!
//! Allowed: 200 `{}` (Kratos reads no body on 2xx unless `response.parse`
//! is set, and `{}` changes nothing when it is). Refused: 403 with the
//! `messages` list Kratos v1.3.1 parses (selfservice/hook/web_hook.go,
//! `parseWebhookResponse`) into a validation error on `#/traits/email`
//! (sign-up) or `#/identifier` (sign-in), the field the person typed.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::error::ApiError;
use super::policy::domain_of;
use crate::state::AppState;

/// The header Kratos' `auth: {type: api_key, config: {in: header}}` sends.
pub const KEY_HEADER: &str = "x-vestibule-webhook-key";

#[derive(Debug, Deserialize)]
struct Payload {
    identity: Identity,
}

#[derive(Debug, Deserialize)]
struct Identity {
    traits: Traits,
}

#[derive(Debug, Deserialize)]
struct Traits {
    email: String,
}

/// Equal in time independent of where the inputs differ.
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    if given.len() != expected.len() {
        return false;
    }
    given
        .iter()
        .zip(expected)
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0
}

/// Which flow's hook is calling: where the message goes and what it says.
#[derive(Debug, Clone, Copy)]
enum Flow {
    Registration,
    Login,
}

pub async fn email_domain(
    state: State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    check(state, headers, body, Flow::Registration).await
}

pub async fn email_domain_login(
    state: State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    check(state, headers, body, Flow::Login).await
}

async fn check(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
    flow: Flow,
) -> Result<Json<Value>, ApiError> {
    let api = &state.config.api;
    let expected = api
        .webhook_api_key
        .as_deref()
        .ok_or(ApiError::NotConfigured)?;
    let given = headers.get(KEY_HEADER).ok_or(ApiError::Unauthorized {
        reason: "the X-Vestibule-Webhook-Key header is missing",
    })?;
    if !same_secret(given.as_bytes(), expected.as_bytes()) {
        return Err(ApiError::Unauthorized {
            reason: "the X-Vestibule-Webhook-Key header is wrong",
        });
    }
    let payload: Payload = serde_json::from_slice(&body).map_err(|e| ApiError::BadPayload {
        cause: format!("expected {{\"identity\":{{\"traits\":{{\"email\":…}}}}}}: {e}"),
    })?;
    let email = payload.identity.traits.email;
    if domain_of(&email).is_none() {
        return Err(ApiError::BadPayload {
            cause: "identity.traits.email is not an email address".to_owned(),
        });
    }
    if api.allowed_domains.allows(&email) {
        Ok(Json(json!({})))
    } else {
        Err(match flow {
            Flow::Registration => ApiError::EmailDomainRefused {
                message: api.email_domain_message.clone(),
                field: "#/traits/email",
            },
            Flow::Login => ApiError::EmailDomainRefused {
                message: api.email_domain_login_message.clone(),
                field: "#/identifier",
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret(b"abcdef", b"abcdef"));
        assert!(!same_secret(b"abcdeg", b"abcdef"));
        assert!(!same_secret(b"abc", b"abcdef"));
        assert!(!same_secret(b"", b"abcdef"));
    }
}
