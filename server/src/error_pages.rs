//! Turns an [`AppError`] carried by a response into the error page, with
//! the page shell, and logs it — the one place a failed page is logged
//! (the trace layer logs every response at INFO, but not failures again).
//! Only the pages router's middleware ([`crate::page_layer`]) calls it;
//! JSON routes answer their own errors.

use std::sync::Arc;

use app::hydra::HydraError;
use app::i18n::I18n;
use app::links::Query;
use app::pages::{error_page, ErrorView, Shell};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::error::{is_expired_challenge, AppError};
use crate::i18n;
use crate::routes::respond::{append_cookies, page_headers};
use crate::state::Pages;
use crate::upstream::{Service, UpstreamError};

/// The catalogue id for `kratos` or `hydra`, by service.
fn by_service(service: Service, kratos: &'static str, hydra: &'static str) -> &'static str {
    match service {
        Service::Kratos => kratos,
        Service::Hydra => hydra,
    }
}

fn hydra_view(
    i18n: &I18n,
    body: &HydraError,
    expired: bool,
    retry: Option<&String>,
    base: ErrorView,
) -> ErrorView {
    if expired {
        // Trying the same challenge again cannot help.
        return ErrorView {
            title: i18n.text("error-hydra-expired-title"),
            message: i18n.text("error-hydra-expired-message"),
            reason: body
                .error_hint
                .clone()
                .or_else(|| body.error_description.clone()),
            error_id: body.error.clone(),
            ..base
        };
    }
    if let Some(again) = &body.redirect_to {
        return ErrorView {
            title: i18n.text("error-hydra-answered-title"),
            message: i18n.text("error-hydra-answered-message"),
            retry: Some((again.clone(), i18n.text("error-continue"))),
            ..base
        };
    }
    ErrorView {
        title: i18n.text("error-hydra-invalid-title"),
        message: i18n.text("error-hydra-invalid-message"),
        reason: body.error_description.clone(),
        error_id: body.error.clone(),
        retry: retry.map(|r| (r.clone(), i18n.text("error-retry"))),
        ..base
    }
}

pub(crate) fn view(pages: &Pages, i18n: &I18n, e: &AppError) -> ErrorView {
    let home = pages.page("/welcome", &Query::default());
    let status = e.status().as_u16();
    let base = ErrorView {
        status,
        home,
        ..ErrorView::default()
    };
    let text = |id: &str| i18n.text(id);
    let retry_link = |retry: &Option<String>, id: &str| retry.clone().map(|r| (r, text(id)));
    let generic = || text("error-generic-title");
    match e {
        AppError::Upstream { error, retry } => match error.as_ref() {
            UpstreamError::Unreachable { service, .. } => ErrorView {
                title: text("error-unavailable-title"),
                message: text(by_service(
                    *service,
                    "error-unavailable-message",
                    "error-hydra-unavailable-message",
                )),
                retry: retry_link(retry, "error-retry"),
                ..base
            },
            UpstreamError::Malformed { service, .. } => ErrorView {
                title: generic(),
                message: text(by_service(
                    *service,
                    "error-malformed-message",
                    "error-hydra-malformed-message",
                )),
                retry: retry_link(retry, "error-retry"),
                ..base
            },
            UpstreamError::TooLarge { service, .. } => ErrorView {
                title: generic(),
                message: text(by_service(
                    *service,
                    "error-too-large-message",
                    "error-hydra-too-large-message",
                )),
                retry: retry_link(retry, "error-retry"),
                ..base
            },
            // Kratos' error message is its own English (its errors carry
            // no message id).
            UpstreamError::Kratos { body, .. } => ErrorView {
                title: generic(),
                message: if body.error.message.is_empty() {
                    text("error-refused-message")
                } else {
                    body.error.message.clone()
                },
                reason: body.error.reason.clone(),
                error_id: body.error.id.clone(),
                retry: retry_link(retry, "error-start-again"),
                ..base
            },
            UpstreamError::Hydra { body, .. } => hydra_view(
                i18n,
                body,
                is_expired_challenge(error),
                retry.as_ref(),
                base,
            ),
        },
        AppError::BadRequest(message) => ErrorView {
            title: text("error-bad-request-title"),
            message: text(message),
            ..base
        },
        AppError::CsrfRejected => ErrorView {
            title: text("error-csrf-title"),
            message: text("error-csrf-message"),
            ..base
        },
        AppError::OAuth2NotConfigured => ErrorView {
            title: text("error-oauth2-off-title"),
            message: text("error-oauth2-off-message"),
            ..base
        },
        AppError::NoRandomness => ErrorView {
            title: generic(),
            message: text("error-no-randomness-message"),
            ..base
        },
        AppError::NotFound => ErrorView {
            title: text("error-not-found-title"),
            message: text("error-not-found-message"),
            ..base
        },
    }
}

pub(crate) fn log(e: &AppError) {
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
fn finish(pages: &Pages, shell: &Shell, e: &AppError, response: Response) -> Response {
    log(e);
    let (mut parts, _) = response.into_parts();
    page_headers(&mut parts.headers);
    parts.headers.remove(header::CONTENT_LENGTH);
    let view = view(pages, &shell.i18n, e);
    let mut response = Response::from_parts(parts, error_page(shell, view).into());
    append_cookies(&mut response, kratos_cookies(e).to_vec());
    response
}

/// `response` as a handler returned it, or, when it carries an
/// [`AppError`], the error page for it in `shell`'s language (the error
/// logged here, once).
pub fn shown(pages: &Pages, shell: &Shell, mut response: Response) -> Response {
    match response.extensions_mut().remove::<Arc<AppError>>() {
        Some(error) => finish(pages, shell, &error, response),
        None => response,
    }
}

/// Unknown paths, wherever they fall (root or under the base path), in
/// the request's language.
pub async fn not_found(State(pages): State<Pages>, request: Request) -> Response {
    let choice = i18n::choice(&pages.catalogues, request.headers(), request.uri());
    let shell = i18n::shell_for(&pages, &choice.locale, request.uri());
    let e = AppError::NotFound;
    finish(&pages, &shell, &e, e.status().into_response())
}
