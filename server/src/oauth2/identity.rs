//! Whose claims go into the ID token: the identity of the browser's Kratos
//! session, and only when it is the consent request's subject (Hydra's
//! subject is the Kratos identity id, set by Kratos when it accepted the
//! login challenge).

use app::kratos::Identity;
use axum::http::{HeaderMap, StatusCode};

use crate::upstream::kratos::{forwarded_cookie, KratosClient};
use crate::upstream::UpstreamError;

/// The subject's identity, `None` when this browser has no Kratos session
/// of that subject (the tokens then carry no profile claims), or the
/// Kratos failure.
pub async fn of_subject(
    kratos: &KratosClient,
    subject: &str,
    headers: &HeaderMap,
) -> Result<Option<Identity>, UpstreamError> {
    let cookie = forwarded_cookie(headers);
    match kratos.whoami(cookie.as_ref()).await {
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
