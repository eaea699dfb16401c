//! `/consent`: Hydra's consent challenge. GET skips the screen when it
//! may (Hydra remembers a decision, a `skip_consent` client, a trusted
//! client id) or shows it; POST takes the user's decision (CSRF-checked
//! before Hydra is called) and sends the browser on to Hydra.

use app::hydra::claims::id_token_claims;
use app::hydra::client::safe_link;
use app::hydra::{AcceptConsent, ConsentRequest, ConsentSession, RejectRequest};
use app::links::Query;
use app::pages::{consent_page, ClientView, ConsentView, Shell};
use axum::extract::{RawForm, RawQuery, State};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde_json::Map;

use super::csrf::FIELD;
use super::{identity, OAuth2};
use crate::error::AppError;
use crate::routes::respond::html;
use crate::security_headers::ImgSource;
use crate::upstream::hydra::Challenge;
use crate::upstream::kratos::ForwardedCookie;

const PARAM: &str = "consent_challenge";

/// What the user decided on the consent form.
#[derive(Debug, PartialEq)]
pub enum Decision<'a> {
    Allow {
        ticked: Vec<&'a str>,
        remember: bool,
    },
    Deny,
}

/// The decision a posted form carries; `None` for a form without one.
pub fn decision(form: &Query) -> Option<Decision<'_>> {
    match form.get("action")? {
        "accept" => Some(Decision::Allow {
            ticked: form
                .0
                .iter()
                .filter(|(k, _)| k == "grant_scope")
                .map(|(_, v)| v.as_str())
                .collect(),
            remember: form.get("remember") == Some("true"),
        }),
        "reject" => Some(Decision::Deny),
        _ => None,
    }
}

fn challenge_of(query: &Query) -> Result<&str, AppError> {
    query
        .get(PARAM)
        .ok_or(AppError::BadRequest("error-missing-consent-challenge"))
}

pub async fn show(
    State(oauth2): State<OAuth2>,
    Extension(shell): Extension<Shell>,
    RawQuery(raw_query): RawQuery,
    ForwardedCookie(cookie): ForwardedCookie,
) -> Result<Response, AppError> {
    let query = Query::parse(raw_query.as_deref().unwrap_or_default());
    let challenge = challenge_of(&query)?;
    let retry = oauth2.pages.page("/consent", &query.pick(&[PARAM]));
    let request = oauth2
        .hydra
        .consent_request(challenge)
        .await
        .map_err(|e| AppError::upstream(e, retry.clone()))?;
    if request.skips_screen(&oauth2.trusted_client_ids) {
        let granted = request.requested_scope.clone();
        return accept(&oauth2, &request, granted, false, cookie.as_ref(), retry).await;
    }
    let (jar, token) = oauth2.csrf.token(cookie.as_ref());
    let token = token.ok_or(AppError::NoRandomness)?;
    let client = request.client.clone().unwrap_or_default();
    let logo_uri = safe_link(&client.logo_uri);
    let img_source = logo_uri.as_deref().and_then(ImgSource::of);
    let view = ConsentView {
        action: oauth2.pages.page("/consent", &Query::default()),
        challenge: request.challenge.clone(),
        csrf_token: token,
        client: ClientView {
            name: client.display_name().to_owned(),
            logo_uri,
            client_uri: safe_link(&client.client_uri),
            policy_uri: safe_link(&client.policy_uri),
            tos_uri: safe_link(&client.tos_uri),
        },
        requested_scope: request.requested_scope,
    };
    let mut response = html(consent_page(&shell, view), Vec::new());
    if let Some(source) = img_source {
        response.extensions_mut().insert(source);
    }
    Ok((jar, response).into_response())
}

pub async fn submit(
    State(oauth2): State<OAuth2>,
    ForwardedCookie(cookie): ForwardedCookie,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let form = Query::parse(&String::from_utf8_lossy(&body));
    // Before anything else: a forged post must not reach Hydra.
    if !oauth2.csrf.verify(cookie.as_ref(), form.get(FIELD)) {
        return Err(AppError::CsrfRejected);
    }
    let challenge = challenge_of(&form)?;
    let retry = oauth2
        .pages
        .page("/consent", &Query::default().with(PARAM, Some(challenge)));
    match decision(&form).ok_or(AppError::BadRequest("error-missing-consent-decision"))? {
        Decision::Allow { ticked, remember } => {
            let request = oauth2
                .hydra
                .consent_request(challenge)
                .await
                .map_err(|e| AppError::upstream(e, retry.clone()))?;
            let granted = request.granted(&ticked);
            accept(&oauth2, &request, granted, remember, cookie.as_ref(), retry).await
        }
        Decision::Deny => {
            let to = oauth2
                .hydra
                .reject(
                    Challenge::Consent,
                    challenge,
                    &RejectRequest::access_denied(),
                )
                .await
                .map_err(|e| AppError::upstream(e, retry))?;
            oauth2.to_hydra(&to.redirect_to)
        }
    }
}

/// Accepts `granted` (already ⊆ requested), the requested audience, and
/// ID-token claims from the subject's Kratos identity; then 303 to Hydra.
async fn accept(
    oauth2: &OAuth2,
    request: &ConsentRequest,
    granted: Vec<String>,
    remember: bool,
    cookie: Option<&HeaderValue>,
    retry: String,
) -> Result<Response, AppError> {
    let identity = identity::of_subject(&oauth2.kratos, &request.subject, cookie)
        .await
        .map_err(|e| AppError::upstream(e, retry.clone()))?;
    let id_token = identity
        .map(|i| id_token_claims(&i, &granted))
        .unwrap_or_default();
    let body = AcceptConsent {
        grant_scope: granted,
        grant_access_token_audience: request.requested_access_token_audience.clone(),
        remember,
        remember_for: oauth2.remember_for_seconds,
        session: ConsentSession {
            id_token,
            access_token: Map::new(),
        },
    };
    let to = oauth2
        .hydra
        .accept_consent(&request.challenge, &body)
        .await
        .map_err(|e| AppError::upstream(e, retry))?;
    oauth2.to_hydra(&to.redirect_to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_decision_is_read_with_every_ticked_scope() {
        let form = Query::parse(
            "consent_challenge=c&csrf_token=t&grant_scope=openid&grant_scope=email&remember=true&action=accept",
        );
        assert_eq!(
            decision(&form),
            Some(Decision::Allow {
                ticked: vec!["openid", "email"],
                remember: true
            })
        );
        assert_eq!(
            decision(&Query::parse("grant_scope=email&action=reject")),
            Some(Decision::Deny)
        );
        assert_eq!(decision(&Query::parse("grant_scope=email")), None);
        assert_eq!(decision(&Query::parse("action=maybe")), None);
    }
}
