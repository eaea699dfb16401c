//! Response builders shared by the page handlers.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::upstream::{Service, UpstreamError};

/// A rendered page. Pages hold CSRF tokens and session data, so no cache
/// may keep them.
pub fn html(body: String, set_cookies: Vec<HeaderValue>) -> Response {
    let mut response = body.into_response();
    page_headers(response.headers_mut());
    append_cookies(&mut response, set_cookies);
    response
}

/// The headers of every HTML page, rendered by a handler or as an error
/// page.
pub fn page_headers(headers: &mut HeaderMap) {
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
}

/// 303 to a location Kratos gave (or one built from Kratos' URLs),
/// passing Kratos' cookies on.
pub fn see_other(location: &str, set_cookies: Vec<HeaderValue>) -> Result<Response, AppError> {
    redirect_from(Service::Kratos, location, set_cookies)
}

/// 303 to a location `service` gave. One that cannot be a header value
/// (the service sent something odd) is a bad gateway rather than a panic.
pub fn redirect_from(
    service: Service,
    location: &str,
    set_cookies: Vec<HeaderValue>,
) -> Result<Response, AppError> {
    let value = HeaderValue::from_str(location).map_err(|_| {
        AppError::upstream(
            UpstreamError::Malformed {
                service,
                status: StatusCode::OK,
                cause: "a redirect target that is not a valid header value".to_owned(),
            },
            None,
        )
    })?;
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, value)]).into_response();
    append_cookies(&mut response, set_cookies);
    Ok(response)
}

pub fn append_cookies(response: &mut Response, set_cookies: Vec<HeaderValue>) {
    let headers = response.headers_mut();
    for cookie in set_cookies {
        headers.append(header::SET_COOKIE, cookie);
    }
}
