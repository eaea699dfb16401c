//! Security headers on every response, with a fresh CSP nonce per request
//! (handlers read it from the request's extensions to mark the scripts
//! they emit); applied by [`crate::edge`].

use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue};
use axum::response::Response;
use base64::Engine;

/// This request's CSP nonce.
#[derive(Debug, Clone)]
pub struct CspNonce(pub String);

impl CspNonce {
    /// 144 random bits. Without randomness from the OS the nonce is
    /// empty and the policy lists none, so no inline script runs at all
    /// (the WebAuthn bootstrap fails too, but nothing injected can run).
    fn fresh() -> CspNonce {
        let mut bytes = [0u8; 18];
        let filled = getrandom::fill(&mut bytes).map(|()| bytes);
        CspNonce::from_random(filled)
    }

    /// The nonce from what the random source gave: never a constant.
    fn from_random<E>(random: Result<[u8; 18], E>) -> CspNonce {
        match random {
            Ok(bytes) => CspNonce(base64::engine::general_purpose::STANDARD.encode(bytes)),
            Err(_) => CspNonce(String::new()),
        }
    }
}

/// An origin a page's images may also come from: an OAuth2 client's
/// logo (set by the handler as a response extension) or the operator's
/// remote `BRAND_LOGO` (the layer's state, on every page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImgSource(String);

impl ImgSource {
    /// The origin of an http(s) URL, `None` for anything else.
    pub fn of(url: &str) -> Option<ImgSource> {
        let url = url::Url::parse(url).ok()?;
        if !matches!(url.scheme(), "http" | "https") {
            return None;
        }
        Some(ImgSource(url.origin().ascii_serialization()))
    }
}

/// `form-action` is left out on purpose: Chromium checks it on every
/// redirect after a form post (Kratos → Vestibule → return_to → an OIDC
/// provider), and it does not fall back to `default-src`.
pub fn content_security_policy(nonce: &str, img: &[&ImgSource]) -> String {
    let mut sources = String::new();
    for (i, source) in img.iter().enumerate() {
        if !img[..i].contains(source) {
            sources.push(' ');
            sources.push_str(&source.0);
        }
    }
    let img = sources;
    let nonce = if nonce.is_empty() {
        String::new()
    } else {
        format!(" 'nonce-{nonce}'")
    };
    format!(
        "default-src 'self'; script-src 'self'{nonce} 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:{img}; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )
}

/// Gives `request` a fresh [`CspNonce`] (handlers read it from the
/// request's extensions) and returns its value for [`add`].
pub fn nonce_for(request: &mut Request) -> String {
    let nonce = CspNonce::fresh();
    let value = nonce.0.clone();
    request.extensions_mut().insert(nonce);
    value
}

/// The security headers on an answer, its CSP listing `nonce`;
/// `site_images` is the brand logo's origin when it is remote.
pub fn add(response: &mut Response, nonce: &str, site_images: Option<&ImgSource>) {
    let img: Vec<&ImgSource> = site_images
        .into_iter()
        .chain(response.extensions().get::<ImgSource>())
        .collect();
    let csp = content_security_policy(nonce, &img);
    let headers = response.headers_mut();
    if let Ok(csp) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(
            "publickey-credentials-get=(self), publickey-credentials-create=(self), \
             camera=(), microphone=(), geolocation=(), payment=()",
        ),
    );
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_random_source_gives_no_nonce_and_a_policy_without_one() {
        let none = CspNonce::from_random(Err::<[u8; 18], _>(getrandom::Error::UNSUPPORTED));
        assert_eq!(none.0, "");
        let csp = content_security_policy(&none.0, &[]);
        assert!(!csp.contains("nonce"), "{csp}");
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "{csp}"
        );
    }

    #[test]
    fn nonces_are_random_and_listed_in_the_policy() {
        let a = CspNonce::fresh();
        let b = CspNonce::fresh();
        assert_eq!(a.0.len(), 24, "144 bits in base64");
        assert_ne!(a.0, b.0);
        let fixed = CspNonce::from_random(Ok::<_, ()>([7u8; 18]));
        assert_eq!(fixed.0, "BwcHBwcHBwcHBwcHBwcHBwcH");
        let csp = content_security_policy(&a.0, &[]);
        assert!(
            csp.contains(&format!("script-src 'self' 'nonce-{}' ", a.0)),
            "{csp}"
        );
    }
}
