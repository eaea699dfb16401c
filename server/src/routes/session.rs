//! `/welcome` and `/sessions`: the current session, if any.

use app::kratos::error::ids;
use app::links::Query;
use app::pages::{sessions_page, welcome_page, Shell, WelcomeView};
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;

use super::respond::{html, see_other};
use crate::error::AppError;
use crate::state::AppState;
use crate::upstream::kratos::ForwardedCookie;
use crate::upstream::UpstreamError;

/// What whoami's failure means for a page that shows the session.
enum NoSession {
    /// 401: nobody is signed in.
    SignedOut,
    /// Kratos wants the browser elsewhere first (aal2 step-up).
    Redirect(String),
}

fn no_session(e: UpstreamError, retry: String) -> Result<NoSession, AppError> {
    match &e {
        UpstreamError::Kratos { status, .. } if *status == StatusCode::UNAUTHORIZED => {
            Ok(NoSession::SignedOut)
        }
        UpstreamError::Kratos { body, .. } => match (body.id(), body.redirect_browser_to()) {
            (Some(ids::SESSION_AAL2_REQUIRED), Some(to)) => Ok(NoSession::Redirect(to.to_owned())),
            _ => Err(AppError::upstream(e, retry)),
        },
        _ => Err(AppError::upstream(e, retry)),
    }
}

pub async fn welcome(
    State(state): State<AppState>,
    Extension(shell): Extension<Shell>,
    RawQuery(raw_query): RawQuery,
    ForwardedCookie(cookie): ForwardedCookie,
) -> Result<Response, AppError> {
    let query = Query::parse(raw_query.as_deref().unwrap_or_default());
    let (session, set_cookies) = match state.kratos.whoami(cookie.as_ref()).await {
        Ok(up) => (Some(up.body.0), up.set_cookies),
        Err(e) => match no_session(e, state.page("/welcome", &query))? {
            NoSession::SignedOut => (None, Vec::new()),
            NoSession::Redirect(to) => return see_other(&state.origins, &to, Vec::new()),
        },
    };
    let logout_url = match session {
        Some(_) => {
            state
                .kratos
                .logout_url(cookie.as_ref(), query.get("return_to"))
                .await
        }
        None => None,
    };
    let view = WelcomeView {
        session,
        logout_url,
        base_path: state.config.base_path.clone(),
    };
    Ok(html(welcome_page(&shell, view), set_cookies))
}

pub async fn sessions(
    State(state): State<AppState>,
    Extension(shell): Extension<Shell>,
    ForwardedCookie(cookie): ForwardedCookie,
) -> Result<Response, AppError> {
    match state.kratos.whoami(cookie.as_ref()).await {
        Ok(up) => {
            let pretty = serde_json::to_string_pretty(&up.body.1).unwrap_or_default();
            Ok(html(
                sessions_page(&shell, pretty, &state.config.base_path),
                up.set_cookies,
            ))
        }
        Err(e) => match no_session(e, state.page("/sessions", &Query::default()))? {
            NoSession::SignedOut => see_other(
                &state.origins,
                &state.page("/login", &Query::default()),
                Vec::new(),
            ),
            NoSession::Redirect(to) => see_other(&state.origins, &to, Vec::new()),
        },
    }
}
