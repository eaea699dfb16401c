//! The one error type of the JSON endpoints: it decides the status and the
//! body, keeps the cause for the log, and rides in the response's
//! extensions so [`log_api_errors`] logs it once. It never reaches the
//! HTML error pages (those only render `crate::error::AppError`).

use std::sync::Arc;

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::policy::Denial;

/// The id of the message the webhook puts on the email field. Kratos'
/// own ids stop well below it (text/id.go: registration errors are
/// 4040001..4040003); the UI shows it with the text the webhook sends.
pub const EMAIL_DOMAIN_NOT_ALLOWED: u64 = 4_049_001;

#[derive(Debug, Clone)]
pub enum ApiError {
    /// No key, or the wrong one, on a call that needs it: 401.
    Unauthorized {
        reason: &'static str,
    },
    /// WEBHOOK_API_KEY is not set, so the webhook cannot tell Kratos from
    /// anyone else: 503.
    NotConfigured,
    /// The body is not the JSON this endpoint reads: 400, with serde's
    /// explanation.
    BadPayload {
        cause: String,
    },
    /// The webhook refuses the address: 403 in Kratos' flow-interrupting
    /// format, so the message shows on the form's email field.
    EmailDomainRefused {
        message: String,
        /// The field the message goes on: `#/traits/email` on sign-up,
        /// `#/identifier` on sign-in.
        field: &'static str,
    },
    /// The authorizer refuses the session: 403.
    Denied(Denial),
    NotFound,
    /// Both endpoints take POST only.
    MethodNotAllowed,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            ApiError::NotConfigured => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::BadPayload { .. } => StatusCode::BAD_REQUEST,
            ApiError::EmailDomainRefused { .. } | ApiError::Denied(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
        }
    }

    fn body(&self) -> Value {
        let error = |id: &str, reason: String| {
            json!({ "error": {
                "code": self.status().as_u16(),
                "status": self.status().canonical_reason().unwrap_or(""),
                "id": id,
                "reason": reason,
            }})
        };
        match self {
            ApiError::Unauthorized { reason } => error("unauthorized", (*reason).to_owned()),
            ApiError::NotConfigured => error(
                "not_configured",
                "The webhook is not configured (WEBHOOK_API_KEY is not set).".to_owned(),
            ),
            ApiError::BadPayload { cause } => error("bad_payload", cause.clone()),
            ApiError::EmailDomainRefused { message, field } => json!({
                "messages": [{
                    "instance_ptr": field,
                    "messages": [{
                        "id": EMAIL_DOMAIN_NOT_ALLOWED,
                        "text": message,
                        "type": "error",
                    }],
                }],
            }),
            ApiError::Denied(denial) => error(denial.id(), denial.reason()),
            ApiError::NotFound => error("not_found", "There is no endpoint here.".to_owned()),
            ApiError::MethodNotAllowed => error(
                "method_not_allowed",
                "This endpoint takes POST only.".to_owned(),
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status(), Json(self.body())).into_response();
        response.extensions_mut().insert(Arc::new(self));
        response
    }
}

/// Logs the [`ApiError`] a response carries, once, with its cause (never a
/// key or a payload: those may hold secrets and addresses).
pub async fn log_api_errors(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if let Some(error) = response.extensions_mut().remove::<Arc<ApiError>>() {
        let status = error.status().as_u16();
        match error.as_ref() {
            ApiError::Unauthorized { reason } => {
                tracing::warn!(status, reason, "API call refused")
            }
            ApiError::NotConfigured => {
                tracing::error!(status, "webhook called but WEBHOOK_API_KEY is not set")
            }
            ApiError::BadPayload { cause } => tracing::warn!(status, cause, "bad API payload"),
            ApiError::EmailDomainRefused { .. } => {
                tracing::info!(status, "sign-up refused: email domain not allowed")
            }
            ApiError::Denied(denial) => {
                tracing::info!(status, denial = denial.id(), "authorizer denied")
            }
            ApiError::NotFound | ApiError::MethodNotAllowed => {
                tracing::info!(status, "no such API endpoint or method")
            }
        }
    }
    response
}
