//! `/logout?logout_challenge=`: Hydra's logout. GET skips the question
//! for a client-initiated logout from a `skip_logout_consent` client, or
//! asks; POST takes the answer (CSRF-checked before Hydra is called).
//! Yes accepts at Hydra and ends the Kratos session too, by sending the
//! browser through Kratos' logout URL with `return_to` at Hydra's next
//! step; No rejects and goes back to the account page.

use app::links::Query;
use app::pages::{logout_page, LogoutView, Shell};
use axum::extract::{RawForm, RawQuery, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;

use super::csrf::FIELD;
use super::OAuth2;
use crate::error::AppError;
use crate::routes::respond::{html, redirect_from, see_other};
use crate::upstream::kratos::ForwardedCookie;
use crate::upstream::{Service, UpstreamError};
use app::safe_url::Origins;

const PARAM: &str = "logout_challenge";

fn challenge_of(query: &Query) -> Result<&str, AppError> {
    query
        .get(PARAM)
        .ok_or(AppError::BadRequest("error-missing-logout-challenge"))
}

pub async fn show(
    State(oauth2): State<OAuth2>,
    Extension(shell): Extension<Shell>,
    RawQuery(raw_query): RawQuery,
    ForwardedCookie(cookie): ForwardedCookie,
) -> Result<Response, AppError> {
    let query = Query::parse(raw_query.as_deref().unwrap_or_default());
    let challenge = challenge_of(&query)?;
    let retry = oauth2.pages.page("/logout", &query.pick(&[PARAM]));
    let request = oauth2
        .hydra
        .logout_request(challenge)
        .await
        .map_err(|e| AppError::upstream(e, retry.clone()))?;
    if request.skips_confirmation() {
        return accept(&oauth2, challenge, cookie.as_ref(), retry).await;
    }
    let (jar, token) = oauth2.csrf.token(cookie.as_ref());
    let view = LogoutView {
        action: oauth2.pages.page("/logout", &Query::default()),
        challenge: challenge.to_owned(),
        csrf_token: token.ok_or(AppError::NoRandomness)?,
        client_name: request
            .client
            .as_ref()
            .map(|c| c.display_name().to_owned())
            .filter(|n| !n.is_empty()),
    };
    Ok((jar, html(logout_page(&shell, view), Vec::new())).into_response())
}

pub async fn submit(
    State(oauth2): State<OAuth2>,
    ForwardedCookie(cookie): ForwardedCookie,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let form = Query::parse(&String::from_utf8_lossy(&body));
    if !oauth2.csrf.verify(cookie.as_ref(), form.get(FIELD)) {
        return Err(AppError::CsrfRejected);
    }
    let challenge = challenge_of(&form)?;
    let retry = oauth2
        .pages
        .page("/logout", &Query::default().with(PARAM, Some(challenge)));
    match form.get("action") {
        Some("accept") => accept(&oauth2, challenge, cookie.as_ref(), retry).await,
        Some("reject") => {
            oauth2
                .hydra
                .reject_logout(challenge)
                .await
                .map_err(|e| AppError::upstream(e, retry))?;
            see_other(
                &Origins::default(),
                &oauth2.pages.page("/welcome", &Query::default()),
                Vec::new(),
            )
        }
        _ => Err(AppError::BadRequest("error-missing-logout-answer")),
    }
}

async fn accept(
    oauth2: &OAuth2,
    challenge: &str,
    cookie: Option<&HeaderValue>,
    retry: String,
) -> Result<Response, AppError> {
    let to = oauth2
        .hydra
        .accept_logout(challenge)
        .await
        .map_err(|e| AppError::upstream(e, retry.clone()))?;
    match oauth2
        .kratos
        .logout_flow(cookie, Some(&to.redirect_to))
        .await
    {
        Ok(kratos) => redirect_from(Service::Kratos, &kratos.body.logout_url, Vec::new()),
        // No Kratos session left to end: straight on to Hydra.
        Err(UpstreamError::Kratos { status, .. }) if status == StatusCode::UNAUTHORIZED => {
            oauth2.to_hydra(&to.redirect_to)
        }
        // E.g. Hydra's URL is not among Kratos' allowed return URLs: say
        // so rather than leave the Kratos session silently alive.
        Err(e) => Err(AppError::upstream(e, None)),
    }
}
