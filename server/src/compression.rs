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
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use flate2::{Compress, Compression, Crc, FlushCompress, Status};

/// Pages are a few KB; anything larger than this is passed through as is.
const MAX_PAGE: usize = 1 << 20;
/// Below this, gzip's own framing costs more than it saves.
const MIN_PAGE: usize = 512;

thread_local! {
    static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::new(6), false));
}

/// `input` as a gzip member (RFC 1952).
pub fn gzip(input: &[u8]) -> Vec<u8> {
    const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    out.extend_from_slice(&HEADER);
    DEFLATE.with(|deflate| {
        let mut deflate = deflate.borrow_mut();
        deflate.reset();
        loop {
            let consumed = deflate.total_in() as usize;
            out.reserve(1024);
            match deflate.compress_vec(&input[consumed..], &mut out, FlushCompress::Finish) {
                Ok(Status::StreamEnd) => break,
                Ok(_) => continue,
                // Deflate cannot fail on in-memory input; an empty page is
                // still a valid (if useless) answer rather than a panic.
                Err(_) => break,
            }
        }
    });
    let mut crc = Crc::new();
    crc.update(input);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&(input.len() as u32).to_le_bytes());
    out
}

/// Whether the request's Accept-Encoding allows `encoding` (`q=0`
/// refuses it).
pub fn accepts(headers: &HeaderMap, encoding: &str) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|e| {
            let mut parts = e.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| p.trim().replace(' ', "") == "q=0");
            name.eq_ignore_ascii_case(encoding) && !refused
        })
}

/// Gzips HTML responses for clients that accept it.
pub async fn gzip_pages(request: Request, next: Next) -> Response {
    let wanted = accepts(request.headers(), "gzip");
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !wanted || !is_html || response.headers().contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if bytes.len() < MIN_PAGE {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let compressed = gzip(&bytes);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    parts
        .headers
        .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    Response::from_parts(parts, Body::from(compressed))
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn gzip_round_trips_and_the_state_is_reused_cleanly() {
        let page = "<!DOCTYPE html><main>".to_owned() + &"Sign in with a passkey. ".repeat(400);
        for input in [
            page.as_bytes(),
            b"second, shorter page" as &[u8],
            page.as_bytes(),
        ] {
            let packed = gzip(input);
            let mut unpacked = Vec::new();
            flate2::read::GzDecoder::new(&packed[..])
                .read_to_end(&mut unpacked)
                .unwrap();
            assert_eq!(unpacked, input);
        }
        assert!(gzip(page.as_bytes()).len() < page.len() / 10);
    }
}
