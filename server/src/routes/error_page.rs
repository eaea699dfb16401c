//! `/error`: an error Kratos stored for the UI (`?id=`), or an OAuth2
//! error Hydra sent the browser here with (`?error=&error_description=
//! &error_hint=`, Hydra's `urls.error`), as the Node reference UI shows.

use app::links::Query;
use app::pages::{error_page, ErrorView, Shell};
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Extension;

use super::respond::html;
use crate::error::AppError;
use crate::state::AppState;
use crate::upstream::UpstreamError;

pub async fn error(
    State(state): State<AppState>,
    Extension(shell): Extension<Shell>,
    RawQuery(raw_query): RawQuery,
) -> Result<Response, AppError> {
    let i18n = &shell.i18n;
    let query = Query::parse(raw_query.as_deref().unwrap_or_default());
    if let (None, Some(error)) = (query.get("id"), query.get("error")) {
        return Ok(oauth2_error(&state, &shell, &query, error));
    }
    let id = query
        .get("id")
        .ok_or(AppError::BadRequest("error-missing-id-message"))?;
    let stored = match state.kratos.flow_error(id).await {
        Ok(stored) => stored,
        Err(UpstreamError::Kratos { status, .. }) if status == StatusCode::NOT_FOUND => {
            return Err(AppError::BadRequest("error-unknown-id-message"));
        }
        Err(e) => return Err(AppError::upstream(e, state.page("/error", &query))),
    };
    let e = stored.generic();
    // The page itself worked, so it answers 200; the stored error's own
    // status is shown in the details.
    let view = ErrorView {
        status: e.code.unwrap_or(500),
        title: i18n.text("error-stored-title"),
        message: e.message,
        reason: e.reason,
        error_id: e.id.or(Some(stored.id)),
        retry: Some((
            state.page("/login", &Query::default()),
            i18n.text("error-sign-in-again"),
        )),
        home: state.page("/welcome", &Query::default()),
    };
    Ok(html(error_page(&shell, view), Vec::new()))
}

/// Hydra's OAuth2 error, shown as text (never as markup): the request
/// the application made could not be completed. 400, as the error is in
/// the authorization request.
fn oauth2_error(state: &AppState, shell: &Shell, query: &Query, error: &str) -> Response {
    let i18n = &shell.i18n;
    let view = ErrorView {
        status: 400,
        title: i18n.text("error-oauth2-title"),
        message: query
            .get("error_description")
            .map(str::to_owned)
            .unwrap_or_else(|| i18n.text("error-oauth2-message")),
        reason: query.get("error_hint").map(str::to_owned),
        error_id: Some(error.to_owned()),
        retry: None,
        home: state.page("/welcome", &Query::default()),
    };
    let mut response = html(error_page(shell, view), Vec::new());
    *response.status_mut() = StatusCode::BAD_REQUEST;
    response.into_response()
}
