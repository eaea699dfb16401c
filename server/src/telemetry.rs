//! JSON logs through tracing, one span per request keyed by the matched
//! route and the request id. Paths are logged without their query: queries
//! carry flow ids and return_to URLs, and nothing here logs cookies.

use std::time::Duration;

use axum::extract::MatchedPath;
use axum::http::{Request, Response};
use tower_http::request_id::RequestId;
use tower_http::trace::{DefaultOnResponse, MakeSpan, OnResponse, TraceLayer};
use tracing::{Level, Span, Subscriber};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,tower_http=info"));
    // try_init (which also routes the `log` crate's records here): a
    // second init (tests) keeps the first subscriber.
    let _ = subscriber(format, filter, std::io::stdout).try_init();
}

/// The log as `format` writes it to `writer`. A JSON line carries the
/// request's span once, as `span` (method, path, route, request_id):
/// requests have no nested spans, so tracing-subscriber's `spans` list
/// would repeat it, and each copy is parsed again for every line (12,500
/// instructions of a login page's ~900,000 at `info`; bench/README.md,
/// "Levers, seventh pass").
pub fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    writer: W,
) -> Box<dyn Subscriber + Send + Sync>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    match format {
        LogFormat::Json => Box::new(
            builder
                .json()
                .flatten_event(true)
                .with_current_span(true)
                .with_span_list(false)
                .finish(),
        ),
        LogFormat::Pretty => Box::new(builder.finish()),
    }
}

#[derive(Clone, Copy)]
pub struct RequestSpan;

impl<B> MakeSpan<B> for RequestSpan {
    fn make_span(&mut self, request: &Request<B>) -> tracing::Span {
        let route = request
            .extensions()
            .get::<MatchedPath>()
            .map(MatchedPath::as_str)
            .unwrap_or("unmatched");
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .and_then(|id| id.header_value().to_str().ok())
            .unwrap_or("");
        tracing::info_span!(
            "request",
            method = %request.method(),
            path = request.uri().path(),
            route,
            request_id
        )
    }
}

/// Marks a response as a probe's or a scrape's (kubelet and Prometheus
/// ask every few seconds): its line is logged at DEBUG, not INFO.
#[derive(Debug, Clone, Copy)]
pub struct Quiet;

/// `map_response` layer for the probe routes.
pub async fn quiet<B>(mut response: Response<B>) -> Response<B> {
    response.extensions_mut().insert(Quiet);
    response
}

/// The response line: INFO, or DEBUG for [`Quiet`] responses.
#[derive(Debug, Clone, Copy)]
pub struct LogResponse;

impl<B> OnResponse<B> for LogResponse {
    fn on_response(self, response: &Response<B>, latency: Duration, span: &Span) {
        let level = if response.extensions().get::<Quiet>().is_some() {
            Level::DEBUG
        } else {
            Level::INFO
        };
        DefaultOnResponse::new()
            .level(level)
            .on_response(response, latency, span);
    }
}

/// One INFO line per response (DEBUG for probes). Failures are not
/// logged here a second time (`on_failure(())`): the page that shows an
/// error logs it with its cause (`error_pages`), and the readiness check
/// logs its own.
pub fn trace_layer() -> TraceLayer<
    tower_http::classify::SharedClassifier<tower_http::classify::ServerErrorsAsFailures>,
    RequestSpan,
    tower_http::trace::DefaultOnRequest,
    LogResponse,
    tower_http::trace::DefaultOnBodyChunk,
    tower_http::trace::DefaultOnEos,
    (),
> {
    TraceLayer::new_for_http()
        .make_span_with(RequestSpan)
        .on_response(LogResponse)
        .on_failure(())
}
