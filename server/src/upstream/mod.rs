//! The one way Vestibule talks to the Ory services: an HTTP client that
//! asks for JSON and follows no redirect, and one error type that names
//! the service and keeps the cause for the log (logged once, by the page
//! middleware that shows it).

mod call;
pub mod deadline;
pub mod hydra;
pub mod kratos;
pub mod tls;

use std::fmt;
use std::time::{Duration, Instant};

use app::hydra::HydraError;
use app::kratos::ErrorEnvelope;
use axum::body::Bytes;
use axum::http::response::Parts;
use axum::http::{header, HeaderValue, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper::body::Body as _;
use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use serde::de::DeserializeOwned;

pub use call::Call;
pub use tls::UpstreamTls;

use crate::metrics::Metrics;

/// Which upstream a call went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Kratos,
    Hydra,
}

impl Service {
    pub fn name(self) -> &'static str {
        match self {
            Service::Kratos => "Kratos",
            Service::Hydra => "Hydra",
        }
    }
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A successful answer and the cookies the service set with it.
#[derive(Debug)]
pub struct Upstream<T> {
    pub body: T,
    pub set_cookies: Vec<HeaderValue>,
}

#[derive(Debug, thiserror::Error)]
pub enum UpstreamError {
    /// The service could not be reached or did not answer in time.
    /// `cause` is the client's error chain, which names no URL (it may
    /// carry a flow id or a challenge).
    #[error("{service} is unreachable: {cause}")]
    Unreachable { service: Service, cause: String },
    /// The service answered with a body that is not what its API
    /// documents.
    #[error("{service} answered {status} with an unreadable body: {cause}")]
    Malformed {
        service: Service,
        status: StatusCode,
        cause: String,
    },
    /// The answer's body was larger than `UPSTREAM_MAX_BODY_BYTES`; reading
    /// stopped there.
    #[error("{service} answered {status} with a body over {limit} bytes")]
    TooLarge {
        service: Service,
        status: StatusCode,
        limit: usize,
    },
    /// Kratos answered with one of its documented error bodies.
    #[error("Kratos answered {status}: {}", body.error.message)]
    Kratos {
        status: StatusCode,
        body: Box<ErrorEnvelope>,
        set_cookies: Vec<HeaderValue>,
    },
    /// Hydra answered with its OAuth2 error body (or a 410 `redirect_to`).
    #[error("Hydra answered {status}: {}", body.summary())]
    Hydra {
        status: StatusCode,
        body: Box<HydraError>,
    },
}

impl UpstreamError {
    pub fn service(&self) -> Service {
        match self {
            UpstreamError::Unreachable { service, .. }
            | UpstreamError::Malformed { service, .. }
            | UpstreamError::TooLarge { service, .. } => *service,
            UpstreamError::Kratos { .. } => Service::Kratos,
            UpstreamError::Hydra { .. } => Service::Hydra,
        }
    }

    fn unreachable(service: Service, e: &dyn std::error::Error) -> UpstreamError {
        UpstreamError::Unreachable {
            service,
            cause: chain(e),
        }
    }
}

/// An error and its sources, joined the way `anyhow` prints them.
pub(crate) fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// The shared HTTP client: JSON in and out, no redirects followed (both
/// services answer browsers with redirects that must reach the browser),
/// bounded by a timeout and, for every answer's body, by `max_body` bytes;
/// every call counted in the metrics.
///
/// hyper-util's pooled client, not reqwest: the same call costs the calling
/// thread 14 µs of CPU instead of 22 (`cargo bench -p server --bench
/// upstream_client`; bench/README.md, "Levers, fourth pass"), and
/// reqwest's extras are not wanted here: it follows the `HTTP(S)_PROXY`
/// environment, which can send calls inside the cluster through an egress
/// proxy. TLS: rustls with the Mozilla roots (webpki-roots), as reqwest's
/// `rustls-tls` had it, and the CAs of `UPSTREAM_CA_FILE` ([`tls`]).
#[derive(Clone)]
pub struct Http {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    timeout: Duration,
    max_body: usize,
    metrics: Metrics,
}

impl fmt::Debug for Http {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Http")
            .field("timeout", &self.timeout)
            .field("max_body", &self.max_body)
            .finish()
    }
}

impl Http {
    pub fn new(timeout: Duration, max_body: usize, metrics: Metrics, tls: &UpstreamTls) -> Http {
        let mut tcp = HttpConnector::new();
        tcp.set_connect_timeout(Some(timeout.min(Duration::from_secs(3))));
        tcp.set_nodelay(true);
        // Lets https:// URLs through to the TLS layer around it; plain
        // http:// (inside a cluster) stays allowed, as it was.
        tcp.enforce_http(false);
        let connector = HttpsConnectorBuilder::new()
            .with_tls_config(tls.client_config())
            .https_or_http()
            .enable_http1()
            .wrap_connector(tcp);
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .pool_timer(TokioTimer::new())
            .build(connector);
        Http {
            client,
            timeout,
            max_body,
            metrics,
        }
    }

    /// Sends `call` to `service` and reads the answer: the typed body on
    /// success, the service's own error body otherwise.
    pub async fn json<T: DeserializeOwned>(
        &self,
        service: Service,
        call: Call,
    ) -> Result<Upstream<T>, UpstreamError> {
        let started = Instant::now();
        let result = self.read_json(service, call).await;
        self.metrics
            .upstream_call(service, &result, started.elapsed());
        result
    }

    async fn read_json<T: DeserializeOwned>(
        &self,
        service: Service,
        call: Call,
    ) -> Result<Upstream<T>, UpstreamError> {
        let (parts, bytes) = self.send(service, call).await?;
        let (status, set_cookies) = (parts.status, set_cookies(&parts));
        if status.is_success() {
            let body = parse_json(service, status, &bytes)?;
            return Ok(Upstream { body, set_cookies });
        }
        Err(error_body(service, status, &bytes, set_cookies))
    }

    /// Like [`Http::json`] for calls whose success has no body (Hydra's
    /// 204 on a rejected logout).
    pub async fn empty(&self, service: Service, call: Call) -> Result<(), UpstreamError> {
        let started = Instant::now();
        let result = match self.send(service, call).await {
            Ok((parts, _)) if parts.status.is_success() => Ok(()),
            Ok((parts, bytes)) => Err(error_body(
                service,
                parts.status,
                &bytes,
                set_cookies(&parts),
            )),
            Err(e) => Err(e),
        };
        self.metrics
            .upstream_call(service, &result, started.elapsed());
        result
    }

    /// The status, body and cookies of an answer whose meaning depends on
    /// the status and body together (a Kratos form submission answers a
    /// flow with 400 and an error body with 403, 410 or 422).
    pub async fn answer(
        &self,
        service: Service,
        call: Call,
    ) -> Result<(StatusCode, Bytes, Vec<HeaderValue>), UpstreamError> {
        self.response(service, call)
            .await
            .map(|(parts, bytes)| (parts.status, bytes, set_cookies(&parts)))
    }

    /// The whole answer, headers included, whatever its status (counted
    /// as the exchange ended); the doctor reads `Location` and
    /// `Content-Type` from it. A call that sets its own `Accept` keeps it.
    pub async fn response(
        &self,
        service: Service,
        call: Call,
    ) -> Result<(Parts, Bytes), UpstreamError> {
        let started = Instant::now();
        let result = self.send(service, call).await;
        self.metrics
            .upstream_call(service, &result, started.elapsed());
        result
    }

    /// The raw answer, for bodies that are not JSON (Kratos' webauthn.js).
    pub async fn bytes(
        &self,
        service: Service,
        call: Call,
    ) -> Result<(StatusCode, Bytes), UpstreamError> {
        self.response(service, call)
            .await
            .map(|(parts, bytes)| (parts.status, bytes))
    }

    /// The exchange, cut off at the call's timeout (the client's, unless
    /// the call sets its own), or at the page's deadline when that comes
    /// first ([`deadline`]).
    async fn send(&self, service: Service, call: Call) -> Result<(Parts, Bytes), UpstreamError> {
        let own = tokio::time::Instant::now() + call.timeout.unwrap_or(self.timeout);
        let (due, why) = match deadline::current() {
            Some(page) if page <= own => (
                page,
                "no answer within the page's deadline (KRATOS_TIMEOUT_MS)",
            ),
            _ if call.timeout.is_some() => (own, "no answer within this call's timeout"),
            _ => (own, "no answer within KRATOS_TIMEOUT_MS"),
        };
        tokio::time::timeout_at(due, self.exchange(service, call))
            .await
            .unwrap_or_else(|_| {
                Err(UpstreamError::Unreachable {
                    service,
                    cause: why.to_owned(),
                })
            })
    }

    async fn exchange(
        &self,
        service: Service,
        call: Call,
    ) -> Result<(Parts, Bytes), UpstreamError> {
        // As reqwest reported a request it could not build: the call did
        // not reach the service.
        let unsendable = |cause: String| UpstreamError::Unreachable { service, cause };
        let body = call.body.map_err(unsendable)?;
        let mut request = Request::builder()
            .method(call.method)
            .uri(call.url)
            .body(Full::new(body))
            .map_err(|e| unsendable(format!("a request that cannot be sent: {e}")))?;
        *request.headers_mut() = call.headers;
        request
            .headers_mut()
            .entry(header::ACCEPT)
            .or_insert(HeaderValue::from_static("application/json"));
        let response = self
            .client
            .request(request)
            .await
            .map_err(|e| UpstreamError::unreachable(service, &e))?;
        let status = response.status();
        let too_large = || UpstreamError::TooLarge {
            service,
            status,
            limit: self.max_body,
        };
        // Read chunk by chunk, so an endless or huge answer costs at most
        // `max_body` bytes; dropping the body closes the connection.
        let declared = response.body().size_hint().exact();
        if declared.is_some_and(|n| n > self.max_body as u64) {
            return Err(too_large());
        }
        let (parts, mut body) = response.into_parts();
        // A flow usually arrives in one chunk: that chunk is the body,
        // parsed where hyper read it, without a copy.
        let Some(first) = next_chunk(&mut body, service).await? else {
            return Ok((parts, Bytes::new()));
        };
        if first.len() > self.max_body {
            return Err(too_large());
        }
        let Some(second) = next_chunk(&mut body, service).await? else {
            return Ok((parts, first));
        };
        // One buffer of the declared size (already bounded above), else
        // grown as chunks come.
        let capacity = declared.map_or(0, |n| n as usize);
        let mut bytes = Vec::with_capacity(capacity.max(first.len() + second.len()));
        bytes.extend_from_slice(&first);
        let mut chunk = Some(second);
        while let Some(c) = chunk {
            if bytes.len() + c.len() > self.max_body {
                return Err(too_large());
            }
            bytes.extend_from_slice(&c);
            chunk = next_chunk(&mut body, service).await?;
        }
        Ok((parts, Bytes::from(bytes)))
    }
}

/// An answer's JSON (`status` from `service`), its text checked as UTF-8
/// once, whole: `serde_json::from_slice` checks each string on its own as
/// it reads it, which was ~1.7 % of a login page's instructions
/// (`bench/instructions.sh`). What does not parse is `Malformed`.
pub(crate) fn parse_json<T: DeserializeOwned>(
    service: Service,
    status: StatusCode,
    bytes: &[u8],
) -> Result<T, UpstreamError> {
    let malformed = |cause| UpstreamError::Malformed {
        service,
        status,
        cause,
    };
    let text =
        std::str::from_utf8(bytes).map_err(|e| malformed(format!("the body is not UTF-8: {e}")))?;
    serde_json::from_str(text).map_err(|e| malformed(e.to_string()))
}

/// The cookies the service set with its answer (the pages hand them on
/// to the browser).
fn set_cookies(parts: &Parts) -> Vec<HeaderValue> {
    parts
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .cloned()
        .collect()
}

/// The next piece of data of `body` (trailers are skipped), `None` at
/// its end.
async fn next_chunk(
    body: &mut hyper::body::Incoming,
    service: Service,
) -> Result<Option<Bytes>, UpstreamError> {
    loop {
        match body.frame().await {
            None => return Ok(None),
            Some(Err(e)) => return Err(UpstreamError::unreachable(service, &e)),
            Some(Ok(frame)) => {
                if let Ok(data) = frame.into_data() {
                    return Ok(Some(data));
                }
            }
        }
    }
}

pub(crate) fn error_body(
    service: Service,
    status: StatusCode,
    bytes: &[u8],
    set_cookies: Vec<HeaderValue>,
) -> UpstreamError {
    match service {
        Service::Kratos => match parse_json::<ErrorEnvelope>(service, status, bytes) {
            Ok(body) => UpstreamError::Kratos {
                status,
                body: Box::new(body),
                set_cookies,
            },
            Err(malformed) => malformed,
        },
        Service::Hydra => match parse_json::<HydraError>(service, status, bytes) {
            Ok(body) => UpstreamError::Hydra {
                status,
                body: Box::new(body),
            },
            Err(malformed) => malformed,
        },
    }
}

#[cfg(test)]
mod tests {
    use tokio::io::AsyncReadExt;
    use tokio::net::TcpListener;

    use super::*;

    /// A request's head as the client sent it on `stream`, up to the
    /// blank line that ends it.
    async fn read_head(
        stream: &mut (impl tokio::io::AsyncRead + Unpin),
    ) -> std::io::Result<Vec<u8>> {
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            stream.read_exact(&mut byte).await?;
            head.push(byte[0]);
        }
        Ok(head)
    }

    #[test]
    fn json_is_read_as_text_checked_once() {
        let parse =
            |bytes: &[u8]| parse_json::<serde_json::Value>(Service::Kratos, StatusCode::OK, bytes);
        // An escape, and UTF-8 as it is.
        let flow = parse(b"{\"id\":\"f\",\"name\":\"J\\u00fcrgen \xc3\xa9\"}").unwrap();
        assert_eq!(flow["name"], "J\u{fc}rgen \u{e9}");
        // Not UTF-8 inside a string, and outside one: refused either way.
        match parse(b"{\"id\":\"\xff\"}") {
            Err(UpstreamError::Malformed { cause, .. }) => {
                assert!(cause.contains("not UTF-8"), "{cause}")
            }
            other => panic!("{other:?}"),
        }
        assert!(parse(b"{\"id\":1}\xff").is_err());
        assert!(parse(b"{\"id\":").is_err());
    }

    fn mozilla() -> UpstreamTls {
        UpstreamTls::new(None).expect("the built-in roots")
    }

    const TLS_FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls");

    /// What a GET to a TLS server on 127.0.0.1 with a certificate from
    /// the test CA (tests/fixtures/tls) gives a client trusting `tls`.
    async fn get_over_tls(tls: &UpstreamTls) -> Result<StatusCode, UpstreamError> {
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        use tokio::io::AsyncWriteExt;

        let dir = std::path::Path::new(TLS_FIXTURES);
        let certs = CertificateDer::pem_file_iter(dir.join("server.pem"))
            .expect("server.pem")
            .collect::<Result<Vec<_>, _>>()
            .expect("certificates");
        let key = PrivateKeyDer::from_pem_file(dir.join("server.key.pem")).expect("key");
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("versions")
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .expect("server config");
        let acceptor = tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(config));
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("https://{}/health/ready", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let (stream, _) = listener.accept().await.expect("accept");
            // A client that refuses the certificate ends the handshake.
            let Ok(mut tls) = acceptor.accept(stream).await else {
                return;
            };
            if read_head(&mut tls).await.is_err() {
                return;
            }
            let _ = tls
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")
                .await;
            let _ = tls.shutdown().await;
        });
        let http = Http::new(Duration::from_secs(5), 1 << 20, Metrics::new(), tls);
        http.response(Service::Kratos, Call::get(url))
            .await
            .map(|(parts, _)| parts.status)
    }

    #[tokio::test]
    async fn a_private_ca_is_trusted_only_when_named() {
        let mozilla_only = get_over_tls(&mozilla()).await;
        match mozilla_only {
            Err(UpstreamError::Unreachable { cause, .. }) => {
                assert!(cause.contains("UnknownIssuer"), "{cause}")
            }
            other => panic!("{other:?}"),
        }
        let ca = std::path::Path::new(TLS_FIXTURES).join("ca.pem");
        let with_ca = UpstreamTls::new(Some(&ca)).expect("the test CA");
        assert_eq!(
            get_over_tls(&with_ca).await.expect("answered"),
            StatusCode::OK
        );
    }

    /// The first byte the client sends on a connection to `scheme://`.
    async fn first_byte(scheme: &str) -> u8 {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("{scheme}://{}/health/ready", listener.local_addr().unwrap());
        let http = Http::new(Duration::from_secs(2), 1 << 20, Metrics::new(), &mozilla());
        let call = tokio::spawn(async move {
            http.json::<serde_json::Value>(Service::Kratos, Call::get(url))
                .await
        });
        let (mut stream, _) = tokio::time::timeout(Duration::from_secs(5), listener.accept())
            .await
            .expect("the client connected")
            .expect("accept");
        let mut byte = [0u8; 1];
        stream.read_exact(&mut byte).await.expect("read");
        drop(stream);
        assert!(call.await.expect("task").is_err(), "nothing was answered");
        byte[0]
    }

    #[tokio::test]
    async fn https_urls_are_spoken_to_in_tls_and_http_ones_in_plain_http() {
        // 0x16: a TLS handshake record (the ClientHello).
        assert_eq!(first_byte("https").await, 0x16);
        assert_eq!(first_byte("http").await, b'G');
    }

    /// The request head the client sends for `call` (to a path on a
    /// listener of its own), answered with a 204.
    async fn head_sent(call: impl FnOnce(String) -> Call) -> String {
        use tokio::io::AsyncWriteExt;
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!(
            "http://{}/self-service/login",
            listener.local_addr().unwrap()
        );
        let http = Http::new(Duration::from_secs(2), 1 << 20, Metrics::new(), &mozilla());
        let call = call(url);
        let sent = tokio::spawn(async move { http.response(Service::Kratos, call).await });
        let (mut stream, _) = listener.accept().await.expect("accept");
        let head = read_head(&mut stream).await.expect("read");
        stream
            .write_all(b"HTTP/1.1 204 No Content\r\n\r\n")
            .await
            .expect("write");
        let (parts, _) = sent.await.expect("task").expect("answered");
        assert_eq!(parts.status, StatusCode::NO_CONTENT);
        String::from_utf8(head).expect("ASCII").to_ascii_lowercase()
    }

    #[tokio::test]
    async fn json_is_asked_for_unless_the_call_asks_for_something_else() {
        let head = head_sent(Call::get).await;
        assert!(head.contains("\r\naccept: application/json\r\n"), "{head}");
        let head = head_sent(|url| {
            Call::get(url).header(header::ACCEPT, HeaderValue::from_static("text/html"))
        })
        .await;
        assert!(head.contains("\r\naccept: text/html\r\n"), "{head}");
        assert_eq!(head.matches("accept:").count(), 1, "{head}");
    }

    #[tokio::test]
    async fn a_call_with_its_own_timeout_ends_at_it() {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/health/ready", listener.local_addr().unwrap());
        let http = Http::new(Duration::from_secs(30), 1 << 20, Metrics::new(), &mozilla());
        let started = Instant::now();
        // Accepted (by the backlog) but never answered.
        let result = http
            .json::<serde_json::Value>(
                Service::Kratos,
                Call::get(url).timeout(Duration::from_millis(200)),
            )
            .await;
        assert!(started.elapsed() < Duration::from_secs(5));
        match result {
            Err(UpstreamError::Unreachable { cause, .. }) => {
                assert_eq!(cause, "no answer within this call's timeout")
            }
            other => panic!("{other:?}"),
        }
        drop(listener);
    }
}
