//! Serving connections with limits a hostile network cannot outlast.
//!
//! `axum::serve` sets no timer, so a client that sends half a header
//! (slowloris), nothing at all, or keeps an idle keep-alive connection
//! open holds a socket for ever; enough of them exhaust the process'
//! descriptors and every new visitor times out. Here each connection gets
//! hyper's header-read timeout (it also runs while a keep-alive connection
//! waits for its next request, so idle connections are closed too), each
//! request an overall deadline, and the number of open connections a cap:
//! at the cap, accepting waits until one closes. Each request carries its
//! peer's address (`ConnectInfo`) and must name exactly one `Host`.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use clap::Args;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

use crate::host_header;

/// How long connections and requests may take (flags or environment).
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Time a client has to send a request's headers, and the longest an
    /// idle keep-alive connection stays open, in milliseconds.
    #[arg(long, env = "HTTP_HEADER_TIMEOUT_MS", default_value_t = 10_000)]
    pub http_header_timeout_ms: u64,
    /// Upper bound for one whole request, in milliseconds (the page's own
    /// calls to Kratos are bounded by KRATOS_TIMEOUT_MS within it).
    #[arg(long, env = "HTTP_REQUEST_TIMEOUT_MS", default_value_t = 30_000)]
    pub http_request_timeout_ms: u64,
    /// Open connections at most; more wait to be accepted.
    #[arg(long, env = "MAX_CONNECTIONS", default_value_t = 1024)]
    pub max_connections: usize,
}

/// The validated limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub header_timeout: Duration,
    pub request_timeout: Duration,
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_connections: 1024,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LimitsError {
    #[error("{0} must be greater than 0")]
    Zero(&'static str),
}

impl TryFrom<&ServeArgs> for Limits {
    type Error = LimitsError;

    fn try_from(args: &ServeArgs) -> Result<Self, Self::Error> {
        let millis = |value: u64, name| {
            (value > 0)
                .then(|| Duration::from_millis(value))
                .ok_or(LimitsError::Zero(name))
        };
        if args.max_connections == 0 {
            return Err(LimitsError::Zero("MAX_CONNECTIONS"));
        }
        Ok(Limits {
            header_timeout: millis(args.http_header_timeout_ms, "HTTP_HEADER_TIMEOUT_MS")?,
            request_timeout: millis(args.http_request_timeout_ms, "HTTP_REQUEST_TIMEOUT_MS")?,
            max_connections: args.max_connections,
        })
    }
}

/// Serves `app` on `listener` within `limits` until `shutdown` resolves,
/// then lets the connections in flight finish.
pub async fn serve(
    app: Router,
    listener: TcpListener,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = open.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of descriptors, or a connection reset before it
                    // was accepted: wait a moment rather than spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let app = app.clone();
        let deadline = limits.request_timeout;
        let service = service_fn(move |request| {
            let app = app.clone();
            async move { Ok::<_, Infallible>(answer(app, peer, deadline, request).await) }
        });
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // Timeouts and resets end connections; that is routine.
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection ended");
            }
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// One request on a served connection: its Host checked, its peer's
/// address recorded (for the layers that trust a proxy, hsts.rs), the
/// whole answer within `deadline` or a 503. Here, once around the router,
/// rather than as router layers: axum puts those around each route, and
/// each clones the services under it for every request.
async fn answer(
    app: Router,
    peer: SocketAddr,
    deadline: Duration,
    mut request: Request<Incoming>,
) -> Response {
    if let Err(why) = host_header::check(request.headers().get_all(header::HOST)) {
        return host_header::refused(why);
    }
    request.extensions_mut().insert(ConnectInfo(peer));
    match tokio::time::timeout(deadline, app.oneshot(request)).await {
        Ok(Ok(response)) => response,
        Ok(Err(never)) => match never {},
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(header: u64, request: u64, connections: usize) -> ServeArgs {
        ServeArgs {
            http_header_timeout_ms: header,
            http_request_timeout_ms: request,
            max_connections: connections,
        }
    }

    #[test]
    fn limits_are_validated() {
        assert_eq!(
            Limits::try_from(&args(10_000, 30_000, 1024)),
            Ok(Limits::default())
        );
        assert_eq!(
            Limits::try_from(&args(0, 1, 1)),
            Err(LimitsError::Zero("HTTP_HEADER_TIMEOUT_MS"))
        );
        assert_eq!(
            Limits::try_from(&args(1, 0, 1)),
            Err(LimitsError::Zero("HTTP_REQUEST_TIMEOUT_MS"))
        );
        assert_eq!(
            Limits::try_from(&args(1, 1, 0)),
            Err(LimitsError::Zero("MAX_CONNECTIONS"))
        );
    }
}
