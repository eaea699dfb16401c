//! `/error?id=`: an error Kratos stored for the UI to show.

use app::links::Query;
use app::pages::{error_page, ErrorView};
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::respond::html;
use crate::error::AppError;
use crate::kratos_client::KratosError;
use crate::state::AppState;

pub async fn kratos_error(
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
        Err(KratosError::Api { status, .. }) if status == StatusCode::NOT_FOUND => {
            return Err(AppError::BadRequest(
                "This error is not known (it may have expired). Please start again.",
            ));
        }
        Err(e) => return Err(AppError::from_kratos(e, state.page("/error", &query))),
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
    Ok(html(error_page(&state.shell, view), Vec::new()))
}
