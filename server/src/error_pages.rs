//! Turns an [`AppError`] carried by a response into the error page, with
//! the page shell, and logs it. Handlers only return the error.

use std::sync::Arc;

use app::links::Query;
use app::pages::{error_page, ErrorView};
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

use crate::error::AppError;
use crate::routes::respond::page_headers;
use crate::state::AppState;

fn view(state: &AppState, e: &AppError) -> ErrorView {
    let home = state.page("/welcome", &Query::default());
    let status = e.status().as_u16();
    let base = ErrorView {
        status,
        home,
        ..ErrorView::default()
    };
    match e {
        AppError::KratosUnreachable { retry } => ErrorView {
            title: "Sign-in is unavailable".to_owned(),
            message:
                "The identity service cannot be reached right now. Please try again in a moment."
                    .to_owned(),
            retry: Some((retry.clone(), "Try again".to_owned())),
            ..base
        },
        AppError::KratosMalformed { retry } => ErrorView {
            title: "Something went wrong".to_owned(),
            message: "The identity service sent an answer this page cannot read. Please try again."
                .to_owned(),
            retry: Some((retry.clone(), "Try again".to_owned())),
            ..base
        },
        AppError::Kratos { error, retry, .. } => ErrorView {
            title: "Something went wrong".to_owned(),
            message: if error.message.is_empty() {
                "The identity service refused this request.".to_owned()
            } else {
                error.message.clone()
            },
            reason: error.reason.clone(),
            error_id: error.id.clone(),
            retry: retry.clone().map(|r| (r, "Start again".to_owned())),
            ..base
        },
        AppError::BadRequest(message) => ErrorView {
            title: "This link is not complete".to_owned(),
            message: (*message).to_owned(),
            ..base
        },
        AppError::NotFound => ErrorView {
            title: "Page not found".to_owned(),
            message: "There is nothing at this address.".to_owned(),
            ..base
        },
    }
}

pub async fn render_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let Some(error) = response.extensions_mut().remove::<Arc<AppError>>() else {
        return response;
    };
    match error.as_ref() {
        AppError::NotFound | AppError::BadRequest(_) => {
            tracing::info!(status = error.status().as_u16(), "request refused")
        }
        AppError::Kratos { error: e, .. } => tracing::warn!(
            status = error.status().as_u16(),
            kratos_error = e.id.as_deref().unwrap_or(""),
            "Kratos error shown to the user"
        ),
        _ => tracing::error!(status = error.status().as_u16(), "Kratos unavailable"),
    }
    let body = error_page(&state.shell, view(&state, &error));
    let headers = response.headers_mut();
    page_headers(headers);
    headers.remove(header::CONTENT_LENGTH);
    let (parts, _) = response.into_parts();
    Response::from_parts(parts, body.into())
}
