//! `/error?id=`: an error Kratos stored for the UI to show.

use app::links::Query;
use app::pages::{error_page, ErrorView};
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::respond::html;
use crate::error::AppError;
use crate::state::AppState;
use crate::upstream::UpstreamError;

pub async fn error(
    State(state): State<AppState>,
    RawQuery(raw_query): RawQuery,
) -> Result<Response, AppError> {
    let query = Query::parse(raw_query.as_deref().unwrap_or_default());
    let id = query
        .get("id")
        .or_else(|| query.get("error"))
        .ok_or(AppError::BadRequest(
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
