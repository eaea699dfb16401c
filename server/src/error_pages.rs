//! Turns an [`AppError`] carried by a response into the error page, with
//! the page shell, and logs it — the one place a failed page is logged
//! (the trace layer logs every response at INFO, but not failures again).
//! Only the pages router has this layer; JSON routes answer their own
//! errors.

use std::sync::Arc;

use app::hydra::HydraError;
use app::links::Query;
use app::pages::{error_page, ErrorView};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::routes::respond::{append_cookies, page_headers};
use crate::state::Pages;
use crate::upstream::{Service, UpstreamError};

fn who(service: Service) -> &'static str {
    match service {
        Service::Kratos => "The identity service",
        Service::Hydra => "The authorization service",
    }
}

fn hydra_view(body: &HydraError, retry: Option<&String>, base: ErrorView) -> ErrorView {
    if let Some(again) = &body.redirect_to {
        return ErrorView {
            title: "This request was already answered".to_owned(),
            message: "This sign-in step has already been completed. Continue to start the authorization again.".to_owned(),
            retry: Some((again.clone(), "Continue".to_owned())),
            ..base
        };
    }
    ErrorView {
        title: "This sign-in request cannot be used".to_owned(),
        message: "The request is unknown, has expired or was already used. Go back to the application and sign in again.".to_owned(),
        reason: body.error_description.clone(),
        error_id: body.error.clone(),
        retry: retry.map(|r| (r.clone(), "Try again".to_owned())),
        ..base
    }
}

fn view(pages: &Pages, e: &AppError) -> ErrorView {
    let home = pages.page("/welcome", &Query::default());
    let status = e.status().as_u16();
    let base = ErrorView {
        status,
        home,
        ..ErrorView::default()
    };
    let retry_link =
        |retry: &Option<String>, text: &str| retry.clone().map(|r| (r, text.to_owned()));
    match e {
        AppError::Upstream { error, retry } => match error.as_ref() {
            UpstreamError::Unreachable { service, .. } => ErrorView {
                title: "Sign-in is unavailable".to_owned(),
                message: format!(
                    "{} cannot be reached right now. Please try again in a moment.",
                    who(*service)
                ),
                retry: retry_link(retry, "Try again"),
                ..base
            },
            UpstreamError::Malformed { service, .. } => ErrorView {
                title: "Something went wrong".to_owned(),
                message: format!(
                    "{} sent an answer this page cannot read. Please try again.",
                    who(*service)
                ),
                retry: retry_link(retry, "Try again"),
                ..base
            },
            UpstreamError::TooLarge { service, .. } => ErrorView {
                title: "Something went wrong".to_owned(),
                message: format!(
                    "{} sent an answer too large to read. Please try again.",
                    who(*service)
                ),
                retry: retry_link(retry, "Try again"),
                ..base
            },
            UpstreamError::Kratos { body, .. } => ErrorView {
                title: "Something went wrong".to_owned(),
                message: if body.error.message.is_empty() {
                    "The identity service refused this request.".to_owned()
                } else {
                    body.error.message.clone()
                },
                reason: body.error.reason.clone(),
                error_id: body.error.id.clone(),
                retry: retry_link(retry, "Start again"),
                ..base
            },
            UpstreamError::Hydra { body, .. } => hydra_view(body, retry.as_ref(), base),
        },
        AppError::BadRequest(message) => ErrorView {
            title: "This link is not complete".to_owned(),
            message: (*message).to_owned(),
            ..base
        },
        AppError::CsrfRejected => ErrorView {
            title: "This form has expired".to_owned(),
            message: "The form was sent without its security token (CSRF), or with one that is not valid. Go back, reload the page and try again.".to_owned(),
            ..base
        },
        AppError::OAuth2NotConfigured => ErrorView {
            title: "OAuth2 is not configured".to_owned(),
            message: "This server was started without HYDRA_ADMIN_URL, so it does not answer OAuth2 consent or logout requests.".to_owned(),
            ..base
        },
        AppError::NoRandomness => ErrorView {
            title: "Something went wrong".to_owned(),
            message: "This page could not be secured. Please try again.".to_owned(),
            ..base
        },
        AppError::NotFound => ErrorView {
            title: "Page not found".to_owned(),
            message: "There is nothing at this address.".to_owned(),
            ..base
        },
    }
}

fn log(e: &AppError) {
    let status = e.status().as_u16();
    match e {
        AppError::Upstream { error, .. } => {
            let service = error.service().name();
            if e.status().is_server_error() {
                tracing::error!(status, service, error = %error, "upstream failure shown to the user");
            } else {
                tracing::warn!(status, service, error = %error, "upstream refusal shown to the user");
            }
        }
        AppError::BadRequest(_)
        | AppError::CsrfRejected
        | AppError::OAuth2NotConfigured
        | AppError::NotFound => tracing::info!(status, "request refused"),
        AppError::NoRandomness => tracing::error!(status, "no randomness for a CSRF token"),
    }
}

/// The cookies Kratos set with the error it answered: they still reach
/// the browser (a fresh CSRF cookie, a session Kratos ended), as they
/// would with Kratos' own error page.
fn kratos_cookies(e: &AppError) -> &[HeaderValue] {
    match e {
        AppError::Upstream { error, .. } => match error.as_ref() {
            UpstreamError::Kratos { set_cookies, .. } => set_cookies,
            UpstreamError::Unreachable { .. }
            | UpstreamError::Malformed { .. }
            | UpstreamError::TooLarge { .. }
            | UpstreamError::Hydra { .. } => &[],
        },
        AppError::BadRequest(_)
        | AppError::CsrfRejected
        | AppError::OAuth2NotConfigured
        | AppError::NotFound
        | AppError::NoRandomness => &[],
    }
}

/// `response` (whose status and headers are kept) with the error page
/// for `e` as its body, and Kratos' cookies; logs `e`.
fn finish(pages: &Pages, e: &AppError, response: Response) -> Response {
    log(e);
    let (parts, _) = response.into_parts();
    let mut response = Response::from_parts(parts, error_page(&pages.shell, view(pages, e)).into());
    page_headers(response.headers_mut());
    response.headers_mut().remove(header::CONTENT_LENGTH);
    append_cookies(&mut response, kratos_cookies(e).to_vec());
    response
}

pub async fn render_errors(State(pages): State<Pages>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    match response.extensions_mut().remove::<Arc<AppError>>() {
        Some(error) => finish(&pages, &error, response),
        None => response,
    }
}

/// Unknown paths, wherever they fall (root or under the base path).
pub async fn not_found(State(pages): State<Pages>) -> Response {
    let e = AppError::NotFound;
    finish(&pages, &e, e.status().into_response())
}
