//! Gzip for rendered pages, with one deflate state per thread reused from
//! response to response.
//!
//! A fresh compressor per response (what tower-http's CompressionLayer
//! does) allocates and zeroes a few hundred KB, which the allocator hands
//! out as fresh mmap'd pages: about 60 µs of CPU per 2 KB page, a third of
//! a request (`cargo xtask bench`). Resetting a kept state costs a
//! fraction of that. Static assets never come here: they are served
//! precompressed (brotli or gzip) with their Content-Encoding set.

use std::cell::RefCell;

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use libdeflater::{CompressionLvl, Compressor};

/// Below this, gzip's own framing costs more than it saves.
const MIN_PAGE: usize = 512;

/// Level 1, chosen by measurement (bench/README.md, "Levers"): on the
/// login page of the time (4.0 KB of HTML) it sent ~145 bytes more than
/// level 6 and cut what gzip costs per request from ~90 to ~30 µs; nginx's
/// default is 1 too. libdeflate (the fourth pass) at level 1 packs the
/// 9.0 KB page of now into 3,369 B in the ~30 µs zlib-rs' level 1 took
/// for 4,312 B; its level 2 takes twice as long for 42 B less.
const LEVEL: i32 = 1;

/// The largest output buffer a thread keeps between responses (pages of a
/// few hundred nodes); one grown larger for a bigger page is dropped after
/// it.
const KEPT_OUTPUT: usize = 64 * 1024;

/// A thread's deflate state and the output buffer it writes into: zeroed
/// once when it grows, not for every page (a fresh `vec![0; bound]` per
/// page, then a shrink that copied the member, were ~1.2 % of a login
/// page's instructions).
struct Deflate {
    compressor: Compressor,
    output: Vec<u8>,
}

thread_local! {
    // `new` refuses only levels outside 0–12.
    static DEFLATE: RefCell<Deflate> = RefCell::new(Deflate {
        compressor: Compressor::new(CompressionLvl::new(LEVEL).unwrap_or_default()),
        output: Vec::new(),
    });
}

/// `input` as a gzip member (RFC 1952), or `None` if compressing failed
/// (it cannot with an output buffer of libdeflate's bound, but a
/// half-written member must never be sent: the caller then sends the page
/// as it is). At level 1, with this thread's compressor: for what is
/// compressed per response.
pub fn gzip(input: &[u8]) -> Option<Vec<u8>> {
    DEFLATE.with(|deflate| {
        let Deflate { compressor, output } = &mut *deflate.borrow_mut();
        let member = gzip_into(compressor, output, input);
        if output.len() > KEPT_OUTPUT {
            *output = Vec::new();
        }
        member
    })
}

/// The same at the best level, with a compressor of its own: for what is
/// compressed once and sent many times (Kratos' `webauthn.js`, cached).
pub fn gzip_once(input: &[u8]) -> Option<Vec<u8>> {
    gzip_into(
        &mut Compressor::new(CompressionLvl::best()),
        &mut Vec::new(),
        input,
    )
}

/// `input` compressed in `output`, grown (and zeroed) to libdeflate's
/// bound when it is shorter; the member copied out at its own size, about
/// a third of the bound for a page.
fn gzip_into(deflate: &mut Compressor, output: &mut Vec<u8>, input: &[u8]) -> Option<Vec<u8>> {
    let bound = deflate.gzip_compress_bound(input.len());
    if output.len() < bound {
        output.resize(bound, 0);
    }
    let written = deflate.gzip_compress(input, output).ok()?;
    Some(output[..written].to_vec())
}

/// The quality an `Accept-Encoding` entry gives (`1` without `q=`);
/// `None` for a malformed one, which counts as not given.
fn quality(params: &mut std::str::Split<'_, char>) -> Option<f32> {
    let mut q = 1.0;
    for param in params {
        let (key, value) = param.split_once('=')?;
        if key.trim().eq_ignore_ascii_case("q") {
            q = value
                .trim()
                .parse::<f32>()
                .ok()
                .filter(|q| (0.0..=1.0).contains(q))?;
        }
    }
    Some(q)
}

/// Whether the request's Accept-Encoding allows `encoding`: named with a
/// quality above zero, or not named and `*` allows any (RFC 9110 §12.5.3).
pub fn accepts(headers: &HeaderMap, encoding: &str) -> bool {
    let mut named = None;
    let mut any = None;
    for entry in headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
    {
        let mut parts = entry.split(';');
        let name = parts.next().unwrap_or("").trim();
        let Some(q) = quality(&mut parts) else {
            continue;
        };
        if name.eq_ignore_ascii_case(encoding) {
            named = Some(q);
        } else if name == "*" {
            any = Some(q);
        }
    }
    named.or(any).is_some_and(|q| q > 0.0)
}

/// An HTML answer gzipped, whatever its size, for a client that accepts
/// gzip (`wanted`: [`accepts`] of its request); other answers as they
/// are.
pub async fn gzip_page(wanted: bool, response: Response) -> Response {
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !wanted || !is_html || response.headers().contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // Pages are rendered whole into memory before they get here, so
    // collecting the body costs no more memory than the page already took.
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(error = %e, "a rendered page's body failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let compressed = (bytes.len() >= MIN_PAGE).then(|| gzip(&bytes)).flatten();
    parts
        .headers
        .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    let Some(compressed) = compressed else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    Response::from_parts(parts, Body::from(compressed))
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn gzip_round_trips_and_the_state_is_reused_cleanly() {
        let page = "<!DOCTYPE html><main>".to_owned() + &"Sign in with a passkey. ".repeat(400);
        // Larger than the output buffer a thread keeps.
        let settings: String = (0..20_000).map(|i| format!("{i:x} ")).collect();
        assert!(settings.len() > KEPT_OUTPUT);
        for input in [
            page.as_bytes(),
            b"second, shorter page" as &[u8],
            settings.as_bytes(),
            page.as_bytes(),
        ] {
            let packed = gzip(input).expect("deflate");
            let mut unpacked = Vec::new();
            flate2::read::GzDecoder::new(&packed[..])
                .read_to_end(&mut unpacked)
                .unwrap();
            assert_eq!(unpacked, input);
        }
        assert!(gzip(page.as_bytes()).expect("deflate").len() < page.len() / 10);
    }

    #[test]
    fn what_is_compressed_once_is_compressed_harder() {
        let script: String = (0..400)
            .map(|i| {
                format!(
                    "function t{i}(o){{return window.__oryWebAuthn{}(o,{i});}}\n",
                    i % 7
                )
            })
            .collect();
        let once = gzip_once(script.as_bytes()).expect("deflate");
        let per_response = gzip(script.as_bytes()).expect("deflate");
        let mut unpacked = Vec::new();
        flate2::read::GzDecoder::new(&once[..])
            .read_to_end(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, script.as_bytes());
        assert!(
            once.len() * 10 < per_response.len() * 9,
            "once {} B, per response {} B",
            once.len(),
            per_response.len()
        );
    }

    fn accept(value: &str) -> bool {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        accepts(&headers, "gzip")
    }

    #[test]
    fn quality_values_are_numbers() {
        for yes in [
            "gzip",
            "GZIP",
            "br, gzip",
            "gzip;q=0.5",
            "gzip; q=1",
            "*",
            "deflate, *;q=0.1",
        ] {
            assert!(accept(yes), "{yes}");
        }
        for no in [
            "gzip;q=0",
            "gzip;q=0.0",
            "gzip; q=0.000",
            "gzip;Q=0",
            "br",
            "*;q=0",
            "gzip;q=0, *",
            "gzip;q=banana",
            "gzip;q=2",
            "identity",
        ] {
            assert!(!accept(no), "{no}");
        }
    }

    /// Pages over the old 1 MiB cut were sent as 200 with an empty body.
    #[tokio::test]
    async fn pages_of_any_size_arrive_whole_with_and_without_gzip() {
        let big = "<!DOCTYPE html><p>".to_owned() + &"a passkey named ünïcödé ".repeat(120_000);
        assert!(big.len() > 2 << 20);
        for encoding in ["gzip", "gzip;q=0", "br"] {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(encoding));
            let page = axum::response::Html(big.clone()).into_response();
            let response = gzip_page(accepts(&headers, "gzip"), page).await;
            assert_eq!(response.status(), StatusCode::OK);
            let gzipped = response.headers().get(header::CONTENT_ENCODING).is_some();
            assert_eq!(gzipped, encoding == "gzip", "{encoding}");
            let body = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap();
            let text = if gzipped {
                let mut unpacked = String::new();
                flate2::read::GzDecoder::new(&body[..])
                    .read_to_string(&mut unpacked)
                    .unwrap();
                unpacked
            } else {
                String::from_utf8(body.to_vec()).unwrap()
            };
            assert_eq!(text.len(), big.len(), "{encoding}");
            assert!(text == big, "{encoding}: the page arrived changed");
        }
    }
}
