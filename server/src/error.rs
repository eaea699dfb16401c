//! The one error type of the server: it decides the status and what the
//! user is shown. Rendering happens in [`crate::pages::render_errors`],
//! which has the page shell; logging stays in middleware too.

use std::sync::Arc;

use app::kratos::GenericError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::kratos_client::KratosError;

#[derive(Debug, Clone)]
pub enum AppError {
    /// Kratos is down or too slow: 503 with a link to try again.
    KratosUnreachable {
        retry: String,
    },
    /// Kratos answered something that is not its API: 502.
    KratosMalformed {
        retry: String,
    },
    /// A Kratos error the UI cannot recover from by itself; shown with
    /// Kratos' message, reason and id.
    Kratos {
        status: StatusCode,
        error: Box<GenericError>,
        retry: Option<String>,
    },
    /// The request is missing something it needs (e.g. `/error` without
    /// `id`).
    BadRequest(&'static str),
    NotFound,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::KratosUnreachable { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::KratosMalformed { .. } => StatusCode::BAD_GATEWAY,
            AppError::Kratos { status, .. } => *status,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::NotFound => StatusCode::NOT_FOUND,
        }
    }

    /// Maps a failed Kratos call; `retry` is where trying again makes
    /// sense (usually the page itself or a fresh flow).
    pub fn from_kratos(e: KratosError, retry: String) -> AppError {
        match e {
            KratosError::Unreachable(_) => AppError::KratosUnreachable { retry },
            KratosError::Malformed { .. } => AppError::KratosMalformed { retry },
            KratosError::Api { status, body, .. } => {
                // Kratos errors that reach the user as a page keep their
                // status when it is an error status; anything else odd
                // becomes a bad gateway.
                let status = if status.is_client_error() || status.is_server_error() {
                    status
                } else {
                    StatusCode::BAD_GATEWAY
                };
                AppError::Kratos {
                    status,
                    error: Box::new(body.error),
                    retry: Some(retry),
                }
            }
        }
    }
}

/// The error rides in the response's extensions until the page middleware
/// renders it.
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(Arc::new(self));
        response
    }
}
