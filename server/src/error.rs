//! The error type of the HTML pages: it decides the status and what the
//! user is shown, and keeps the cause for the log. Rendering and logging
//! (once) happen in [`crate::error_pages::shown`], the page
//! router's middleware, which has the page shell.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::upstream::{Service, UpstreamError};

#[derive(Debug, Clone)]
pub enum AppError {
    /// A call to Kratos or Hydra failed. `retry` is where trying again
    /// makes sense (usually the page itself or a fresh flow).
    Upstream {
        error: Arc<UpstreamError>,
        retry: Option<String>,
    },
    /// The request is missing something it needs (e.g. `/error` without
    /// `id`): the catalogue id of the message saying what.
    BadRequest(&'static str),
    /// A form posted to Vestibule without its valid CSRF token.
    CsrfRejected,
    /// `/consent` or `/logout` on a server started without
    /// `HYDRA_ADMIN_URL`.
    OAuth2NotConfigured,
    NotFound,
    /// The OS gave no randomness for a CSRF token: no form is shown that
    /// could not be protected.
    NoRandomness,
}

impl AppError {
    pub fn upstream(error: UpstreamError, retry: impl Into<Option<String>>) -> AppError {
        AppError::Upstream {
            error: Arc::new(error),
            retry: retry.into(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Upstream { error, .. } => upstream_status(error),
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::CsrfRejected => StatusCode::FORBIDDEN,
            AppError::OAuth2NotConfigured | AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::NoRandomness => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The service whose failure this is, if any.
    pub fn service(&self) -> Option<Service> {
        match self {
            AppError::Upstream { error, .. } => Some(error.service()),
            _ => None,
        }
    }
}

/// Down or too slow: 503; an unreadable answer: 502; an error the service
/// answered keeps its status when it is an error status (an unknown
/// challenge is Hydra's 404, a handled one its 410), anything odd is a bad
/// gateway. Hydra's one exception: an expired challenge.
fn upstream_status(e: &UpstreamError) -> StatusCode {
    let keep = |status: &StatusCode| {
        if status.is_client_error() || status.is_server_error() {
            *status
        } else {
            StatusCode::BAD_GATEWAY
        }
    };
    match e {
        UpstreamError::Unreachable { .. } => StatusCode::SERVICE_UNAVAILABLE,
        UpstreamError::Malformed { .. } | UpstreamError::TooLarge { .. } => StatusCode::BAD_GATEWAY,
        UpstreamError::Hydra { status, .. } if *status == StatusCode::UNAUTHORIZED => {
            EXPIRED_CHALLENGE
        }
        UpstreamError::Kratos { status, .. } | UpstreamError::Hydra { status, .. } => keep(status),
    }
}

/// Hydra's admin API has no authentication: its one 401 on the challenge
/// endpoints is fosite's `request_unauthorized` for a login, consent or
/// logout request older than `ttl.login_consent_request`
/// (persistence/sql/persister_consent.go in v2.3.0). The request is gone;
/// nobody failed to authenticate, and a 401 without `WWW-Authenticate`
/// means nothing to a browser.
pub const EXPIRED_CHALLENGE: StatusCode = StatusCode::GONE;

/// Whether Hydra's answer says the challenge expired.
pub fn is_expired_challenge(e: &UpstreamError) -> bool {
    matches!(e, UpstreamError::Hydra { status, .. } if *status == StatusCode::UNAUTHORIZED)
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

#[cfg(test)]
mod tests {
    use super::*;
    use app::hydra::HydraError;

    fn hydra(status: StatusCode) -> UpstreamError {
        UpstreamError::Hydra {
            status,
            body: Box::new(HydraError::default()),
        }
    }

    #[test]
    fn hydra_statuses_become_page_statuses() {
        let page = |status| AppError::upstream(hydra(status), None).status();
        assert_eq!(page(StatusCode::NOT_FOUND), StatusCode::NOT_FOUND);
        assert_eq!(page(StatusCode::GONE), StatusCode::GONE);
        // Expired: Hydra's 401 is a 410 page.
        assert_eq!(page(StatusCode::UNAUTHORIZED), StatusCode::GONE);
        assert!(is_expired_challenge(&hydra(StatusCode::UNAUTHORIZED)));
        assert!(!is_expired_challenge(&hydra(StatusCode::GONE)));
        assert_eq!(page(StatusCode::OK), StatusCode::BAD_GATEWAY);
    }
}
