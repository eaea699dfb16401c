//! Whose claims go into the ID token: the consent request's subject, which
//! is the Kratos identity id (Kratos set it when it accepted the login
//! challenge). With KRATOS_ADMIN_URL the identity is read from the admin
//! API by that id (this works for a remembered consent whatever the
//! browser's cookies); without it, from the browser's Kratos session, and
//! only when that session is the subject's.

use app::kratos::Identity;
use axum::http::{HeaderValue, StatusCode};

use crate::upstream::kratos::KratosClient;
use crate::upstream::UpstreamError;

/// The subject's identity, `None` when this browser has no Kratos session
/// of that subject (the tokens then carry no profile claims), or the
/// Kratos failure.
pub async fn of_subject(
    kratos: &KratosClient,
    subject: &str,
    cookie: Option<&HeaderValue>,
) -> Result<Option<Identity>, UpstreamError> {
    match kratos.identity(subject).await {
        Some(Ok(identity)) => return Ok(Some(identity)),
        Some(Err(UpstreamError::Kratos { status, .. })) if status == StatusCode::NOT_FOUND => {
            tracing::warn!("the consent's subject is not a Kratos identity; no identity claims");
            return Ok(None);
        }
        Some(Err(e)) => return Err(e),
        None => {}
    }
    match kratos.whoami(cookie).await {
        Ok(up) => {
            let identity = up.body.0.identity.filter(|i| i.id == subject);
            if identity.is_none() {
                tracing::warn!(
                    "the Kratos session is not the consent's subject; no identity claims"
                );
            }
            Ok(identity)
        }
        Err(UpstreamError::Kratos { status, .. })
            if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN =>
        {
            tracing::warn!(
                status = status.as_u16(),
                "no Kratos session at consent; no identity claims"
            );
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
