//! `/error`: an error Kratos stored for the UI (`?id=`), or an OAuth2
//! error Hydra sent the browser here with (`?error=&error_description=
//! &error_hint=`, Hydra's `urls.error`), as the Node reference UI shows.

use app::links::Query;
use app::pages::{error_page, ErrorView};
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::respond::html;
use crate::error::AppError;
use crate::state::AppState;
use crate::upstream::UpstreamError;

pub async fn error(
    State(state): State<AppState>,
    RawQuery(raw_query): RawQuery,
) -> Result<Response, AppError> {
    let query = Query::parse(raw_query.as_deref().unwrap_or_default());
    if let (None, Some(error)) = (query.get("id"), query.get("error")) {
        return Ok(oauth2_error(&state, &query, error));
    }
    let id = query.get("id").ok_or(AppError::BadRequest(
        "This error page needs an error id (?id=…).",
    ))?;
    let stored = match state.kratos.flow_error(id).await {
        Ok(stored) => stored,
        Err(UpstreamError::Kratos { status, .. }) if status == StatusCode::NOT_FOUND => {
            return Err(AppError::BadRequest(
                "This error is not known (it may have expired). Please start again.",
            ));
        }
        Err(e) => return Err(AppError::upstream(e, state.page("/error", &query))),
    };
    let e = stored.generic();
    // The page itself worked, so it answers 200; the stored error's own
    // status is shown in the details.
    let view = ErrorView {
        status: e.code.unwrap_or(500),
        title: "An error occurred".to_owned(),
        message: e.message,
        reason: e.reason,
        error_id: e.id.or(Some(stored.id)),
        retry: Some((
            state.page("/login", &Query::default()),
            "Sign in again".to_owned(),
        )),
        home: state.page("/welcome", &Query::default()),
    };
    Ok(html(error_page(&state.pages.shell, view), Vec::new()))
}

/// Hydra's OAuth2 error, shown as text (never as markup): the request
/// the application made could not be completed. 400, as the error is in
/// the authorization request.
fn oauth2_error(state: &AppState, query: &Query, error: &str) -> Response {
    let view = ErrorView {
        status: 400,
        title: "The application's request could not be completed".to_owned(),
        message: query
            .get("error_description")
            .unwrap_or("The authorization request failed.")
            .to_owned(),
        reason: query.get("error_hint").map(str::to_owned),
        error_id: Some(error.to_owned()),
        retry: None,
        home: state.page("/welcome", &Query::default()),
    };
    let mut response = html(error_page(&state.pages.shell, view), Vec::new());
    *response.status_mut() = StatusCode::BAD_REQUEST;
    response.into_response()
}
