//! Response builders shared by the page handlers.

use app::safe_url::{self, Origins, Refused};
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
/// passing Kratos' cookies on. Only paths and the deployment's `origins`
/// are followed; anything else is a bad gateway page.
pub fn see_other(
    origins: &Origins,
    location: &str,
    set_cookies: Vec<HeaderValue>,
) -> Result<Response, AppError> {
    redirect_onto(Service::Kratos, origins, location, set_cookies)
}

/// 303 to a location `service` gave, only onto `origins` or a path.
pub fn redirect_onto(
    service: Service,
    origins: &Origins,
    location: &str,
    set_cookies: Vec<HeaderValue>,
) -> Result<Response, AppError> {
    if let Err(why) = origins.redirect(location) {
        return Err(refused(service, why));
    }
    redirect_from(service, location, set_cookies)
}

fn refused(service: Service, why: Refused) -> AppError {
    AppError::upstream(
        UpstreamError::Malformed {
            service,
            status: StatusCode::OK,
            cause: format!(
                "a redirect target Vestibule does not follow: {}",
                why.as_str()
            ),
        },
        None,
    )
}

/// 303 to a location `service` gave: an `http`/`https` URL or a path
/// ([`safe_url::link`]). Anything else, or one that cannot be a header
/// value (the service sent something odd), is a bad gateway rather than a
/// redirect or a panic.
pub fn redirect_from(
    service: Service,
    location: &str,
    set_cookies: Vec<HeaderValue>,
) -> Result<Response, AppError> {
    if let Err(why) = safe_url::link(location) {
        return Err(refused(service, why));
    }
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

/// Kratos' cookies onto `response`, which then no cache may keep (a
/// shared cache would hand one user's session cookie to the next).
pub fn append_cookies(response: &mut Response, set_cookies: Vec<HeaderValue>) {
    let headers = response.headers_mut();
    if !set_cookies.is_empty() {
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    for cookie in set_cookies {
        headers.append(header::SET_COOKIE, cookie);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_off_the_deployment_become_bad_gateway_pages() {
        let origins = Origins::parse(["http://kratos:4433"]);
        for evil in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example/",
            "http://kratos:4433@evil.example/",
            "javascript:alert(1)",
            "java\tscript:alert(1)",
        ] {
            let err = see_other(&origins, evil, Vec::new()).unwrap_err();
            assert_eq!(err.status(), StatusCode::BAD_GATEWAY, "{evil:?}");
        }
        for ok in [
            "http://kratos:4433/self-service/login/browser",
            "/auth/welcome",
        ] {
            let response = see_other(&origins, ok, Vec::new()).unwrap();
            assert_eq!(response.headers()[header::LOCATION], ok);
        }
    }

    #[test]
    fn redirects_that_forward_cookies_are_not_stored() {
        let cookie = HeaderValue::from_static("ory_kratos_session=x; Path=/; HttpOnly");
        let r = see_other(&Origins::default(), "/auth/welcome", vec![cookie]).unwrap();
        assert_eq!(r.headers()[header::CACHE_CONTROL], "private, no-store");
        assert_eq!(r.headers().get_all(header::SET_COOKIE).iter().count(), 1);
    }

    #[test]
    fn hydra_redirects_must_be_http_urls() {
        let err = redirect_from(Service::Hydra, "javascript:alert(1)", Vec::new()).unwrap_err();
        assert_eq!(err.status(), StatusCode::BAD_GATEWAY);
        assert!(redirect_from(
            Service::Hydra,
            "https://hydra.example/oauth2/auth",
            Vec::new()
        )
        .is_ok());
    }

    #[test]
    fn hydra_redirects_stay_on_its_public_origin_when_known() {
        let hydra = Origins::parse(["https://hydra.example"]);
        let ok = redirect_onto(
            Service::Hydra,
            &hydra,
            "https://hydra.example/oauth2/auth?consent_verifier=x",
            Vec::new(),
        );
        assert!(ok.is_ok());
        let err = redirect_onto(
            Service::Hydra,
            &hydra,
            "https://evil.example/cb",
            Vec::new(),
        )
        .unwrap_err();
        assert_eq!(err.status(), StatusCode::BAD_GATEWAY);
    }
}
