//! The one way Vestibule talks to the Ory services: an HTTP client that
//! asks for JSON and follows no redirect, and one error type that names
//! the service and keeps the cause for the log (logged once, by the page
//! middleware that shows it).

pub mod deadline;
pub mod hydra;
pub mod kratos;

use std::fmt;
use std::time::{Duration, Instant};

use app::hydra::HydraError;
use app::kratos::ErrorEnvelope;
use axum::body::Bytes;
use axum::http::{header, HeaderValue, StatusCode};
use serde::de::DeserializeOwned;

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
    /// `cause` is reqwest's error chain without the URL (it may carry a
    /// flow id or a challenge).
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

    fn unreachable(service: Service, e: reqwest::Error) -> UpstreamError {
        UpstreamError::Unreachable {
            service,
            cause: chain(&e.without_url()),
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
#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
    max_body: usize,
    metrics: Metrics,
}

impl fmt::Debug for Http {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Http")
            .field("client", &self.client)
            .field("max_body", &self.max_body)
            .finish()
    }
}

impl Http {
    pub fn new(
        timeout: Duration,
        max_body: usize,
        metrics: Metrics,
    ) -> Result<Http, reqwest::Error> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(timeout.min(Duration::from_secs(3)))
            .timeout(timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            .build()?;
        Ok(Http {
            client,
            max_body,
            metrics,
        })
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// Sends `request` to `service` and reads the answer: the typed body
    /// on success, the service's own error body otherwise.
    pub async fn json<T: DeserializeOwned>(
        &self,
        service: Service,
        request: reqwest::RequestBuilder,
    ) -> Result<Upstream<T>, UpstreamError> {
        let started = Instant::now();
        let result = self.read_json(service, request).await;
        self.metrics
            .upstream_call(service, &result, started.elapsed());
        result
    }

    async fn read_json<T: DeserializeOwned>(
        &self,
        service: Service,
        request: reqwest::RequestBuilder,
    ) -> Result<Upstream<T>, UpstreamError> {
        let (status, bytes, set_cookies) = self.send(service, request).await?;
        if status.is_success() {
            let body = serde_json::from_slice(&bytes).map_err(|e| UpstreamError::Malformed {
                service,
                status,
                cause: e.to_string(),
            })?;
            return Ok(Upstream { body, set_cookies });
        }
        Err(error_body(service, status, &bytes, set_cookies))
    }

    /// Like [`Http::json`] for calls whose success has no body (Hydra's
    /// 204 on a rejected logout).
    pub async fn empty(
        &self,
        service: Service,
        request: reqwest::RequestBuilder,
    ) -> Result<(), UpstreamError> {
        let started = Instant::now();
        let result = match self.send(service, request).await {
            Ok((status, _, _)) if status.is_success() => Ok(()),
            Ok((status, bytes, set_cookies)) => {
                Err(error_body(service, status, &bytes, set_cookies))
            }
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
        request: reqwest::RequestBuilder,
    ) -> Result<(StatusCode, Bytes, Vec<HeaderValue>), UpstreamError> {
        let started = Instant::now();
        let result = self.send(service, request).await;
        self.metrics
            .upstream_call(service, &result, started.elapsed());
        result
    }

    /// The raw answer, for bodies that are not JSON (Kratos' webauthn.js).
    pub async fn bytes(
        &self,
        service: Service,
        request: reqwest::RequestBuilder,
    ) -> Result<(StatusCode, Bytes), UpstreamError> {
        let started = Instant::now();
        let result = self
            .send(service, request)
            .await
            .map(|(status, bytes, _)| (status, bytes));
        self.metrics
            .upstream_call(service, &result, started.elapsed());
        result
    }

    /// The exchange, cut off at the page's deadline when there is one
    /// ([`deadline`]).
    async fn send(
        &self,
        service: Service,
        request: reqwest::RequestBuilder,
    ) -> Result<(StatusCode, Bytes, Vec<HeaderValue>), UpstreamError> {
        let Some(due) = deadline::current() else {
            return self.exchange(service, request).await;
        };
        tokio::time::timeout_at(due, self.exchange(service, request))
            .await
            .unwrap_or_else(|_| {
                Err(UpstreamError::Unreachable {
                    service,
                    cause: "no answer within the page's deadline (KRATOS_TIMEOUT_MS)".to_owned(),
                })
            })
    }

    async fn exchange(
        &self,
        service: Service,
        request: reqwest::RequestBuilder,
    ) -> Result<(StatusCode, Bytes, Vec<HeaderValue>), UpstreamError> {
        let mut response = request
            .header(header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(|e| UpstreamError::unreachable(service, e))?;
        let status = response.status();
        let set_cookies: Vec<HeaderValue> = response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .cloned()
            .collect();
        let too_large = || UpstreamError::TooLarge {
            service,
            status,
            limit: self.max_body,
        };
        // Read chunk by chunk, so an endless or huge answer costs at most
        // `max_body` bytes; dropping the response closes the connection.
        let declared = response.content_length();
        if declared.is_some_and(|n| n > self.max_body as u64) {
            return Err(too_large());
        }
        // A flow usually arrives in one chunk: that chunk is the body,
        // parsed where hyper read it, without a copy.
        let Some(first) = next_chunk(&mut response, service).await? else {
            return Ok((status, Bytes::new(), set_cookies));
        };
        if first.len() > self.max_body {
            return Err(too_large());
        }
        let Some(second) = next_chunk(&mut response, service).await? else {
            return Ok((status, first, set_cookies));
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
            chunk = next_chunk(&mut response, service).await?;
        }
        let bytes = Bytes::from(bytes);
        Ok((status, bytes, set_cookies))
    }
}

async fn next_chunk(
    response: &mut reqwest::Response,
    service: Service,
) -> Result<Option<Bytes>, UpstreamError> {
    response
        .chunk()
        .await
        .map_err(|e| UpstreamError::unreachable(service, e))
}

pub(crate) fn error_body(
    service: Service,
    status: StatusCode,
    bytes: &[u8],
    set_cookies: Vec<HeaderValue>,
) -> UpstreamError {
    let malformed = |e: serde_json::Error| UpstreamError::Malformed {
        service,
        status,
        cause: e.to_string(),
    };
    match service {
        Service::Kratos => match serde_json::from_slice::<ErrorEnvelope>(bytes) {
            Ok(body) => UpstreamError::Kratos {
                status,
                body: Box::new(body),
                set_cookies,
            },
            Err(e) => malformed(e),
        },
        Service::Hydra => match serde_json::from_slice::<HydraError>(bytes) {
            Ok(body) => UpstreamError::Hydra {
                status,
                body: Box::new(body),
            },
            Err(e) => malformed(e),
        },
    }
}
