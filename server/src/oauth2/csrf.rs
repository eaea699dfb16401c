//! Vestibule's own CSRF protection for the forms that post to it (consent
//! and logout; Kratos checks its own forms): a signed double-submit
//! token. The GET puts a random token in a cookie signed with a key
//! derived from `CSRF_COOKIE_SECRET` (axum-extra's signed cookie jar,
//! HMAC-SHA256) and the same token in the form; the POST must carry both,
//! the cookie's signature must verify and the two must be equal. Another
//! site can make the browser send the cookie but can neither read it nor
//! forge one.

use axum::http::{header, HeaderMap, HeaderValue};
use axum_extra::extract::cookie::{Cookie, Key, SameSite, SignedCookieJar};
use base64::Engine;

use crate::config::{OAuth2Config, MIN_SECRET_LEN};

/// The form field that carries the token.
pub const FIELD: &str = "csrf_token";

/// Random bytes in a token: 256 bits.
const TOKEN_BYTES: usize = 32;

#[derive(Clone)]
pub struct Csrf {
    key: Key,
    cookie_name: String,
    /// The cookie's path: the base path, so it reaches the forms' posts.
    path: String,
    secure: bool,
}

impl std::fmt::Debug for Csrf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Csrf")
            .field("cookie_name", &self.cookie_name)
            .field("key", &"<redacted>")
            .finish()
    }
}

impl Csrf {
    /// `None` when the secret is too short for the key derivation (the
    /// configuration refuses such secrets before this is reached).
    pub fn new(config: &OAuth2Config, base_path: &str) -> Option<Csrf> {
        let secret = config.csrf_secret.expose();
        if secret.len() < MIN_SECRET_LEN {
            return None;
        }
        Some(Csrf {
            key: Key::derive_from(secret),
            cookie_name: config.csrf_cookie_name.clone(),
            path: if base_path.is_empty() {
                "/".to_owned()
            } else {
                base_path.to_owned()
            },
            secure: config.csrf_cookie_secure,
        })
    }

    /// The signed cookies among the browser's (`ForwardedCookie`, copied
    /// out of the request: the handlers hold no `HeaderMap` across their
    /// calls to Hydra and Kratos, which would keep hyper's read buffer).
    fn jar(&self, cookie: Option<&HeaderValue>) -> SignedCookieJar {
        let mut headers = HeaderMap::new();
        if let Some(cookie) = cookie {
            headers.insert(header::COOKIE, cookie.clone());
        }
        SignedCookieJar::from_headers(&headers, self.key.clone())
    }

    /// The token for a form on this page: the one this browser's valid
    /// cookie holds (so two tabs do not invalidate each other), else a
    /// fresh one, set in the returned jar.
    pub fn token(&self, cookie: Option<&HeaderValue>) -> (SignedCookieJar, Option<String>) {
        let jar = self.jar(cookie);
        if let Some(existing) = jar.get(&self.cookie_name) {
            return (jar, Some(existing.value().to_owned()));
        }
        let mut bytes = [0u8; TOKEN_BYTES];
        if getrandom::fill(&mut bytes).is_err() {
            // No randomness: no token, and the page refuses to show a form
            // it could not protect.
            return (jar, None);
        }
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let cookie = Cookie::build((self.cookie_name.clone(), token.clone()))
            .path(self.path.clone())
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Lax)
            .build();
        (jar.add(cookie), Some(token))
    }

    /// Whether a post carries a token equal to its signed cookie's.
    pub fn verify(&self, cookie: Option<&HeaderValue>, submitted: Option<&str>) -> bool {
        let jar = self.jar(cookie);
        match (jar.get(&self.cookie_name), submitted) {
            (Some(cookie), Some(submitted)) => {
                constant_time_eq(cookie.value().as_bytes(), submitted.as_bytes())
            }
            _ => false,
        }
    }
}

/// Equality whose time does not depend on where the inputs differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;
    use axum::response::IntoResponse;

    fn csrf(secret: &str) -> Csrf {
        let oauth2 = OAuth2Config {
            hydra_public_url: None,
            hydra_admin_url: url::Url::parse("http://h").unwrap(),
            csrf_secret: secret.parse::<Secret>().unwrap(),
            csrf_cookie_name: "csrf".to_owned(),
            csrf_cookie_secure: true,
            trusted_client_ids: Vec::new(),
            remember_for_seconds: 1,
        };
        Csrf::new(&oauth2, "").unwrap()
    }

    /// The Set-Cookie header a fresh token comes with.
    fn set_cookie(jar: SignedCookieJar) -> String {
        let response = (jar, ()).into_response();
        response.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .to_owned()
    }

    /// The browser's Cookie header after `set_cookie`.
    fn with_cookie(set_cookie: &str) -> Option<HeaderValue> {
        let pair = set_cookie.split(';').next().unwrap();
        Some(HeaderValue::from_str(pair).unwrap())
    }

    #[test]
    fn a_token_verifies_only_with_its_own_signed_cookie() {
        let a = csrf("0123456789abcdef0123456789abcdef-a");
        let (jar, token) = a.token(None);
        let token = token.unwrap();
        let cookie = set_cookie(jar);
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("Secure"),
            "{cookie}"
        );
        let browser = with_cookie(&cookie);
        assert!(a.verify(browser.as_ref(), Some(&token)));
        assert!(!a.verify(browser.as_ref(), Some("other")));
        assert!(!a.verify(browser.as_ref(), None));
        assert!(!a.verify(None, Some(&token)));
        // The same browser keeps its token.
        assert_eq!(a.token(browser.as_ref()).1.as_deref(), Some(token.as_str()));
        // A cookie signed with another secret, or forged, does not verify.
        let b = csrf("0123456789abcdef0123456789abcdef-b");
        assert!(!b.verify(browser.as_ref(), Some(&token)));
        assert!(!a.verify(with_cookie(&format!("csrf={token}")).as_ref(), Some(&token)));
    }
}
