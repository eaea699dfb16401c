//! What one upstream call costs the thread that makes it: reqwest, set up
//! as `upstream::Http` had it until the fourth pass of issue 13, against
//! `upstream::Http` itself, on hyper-util's pooled client since.
//!
//!     cargo bench -p server --bench upstream_client
//!
//! Both clients run on one current-thread runtime on the main thread, 32
//! calls in flight, against an upstream on another thread (127.0.0.1, an
//! ephemeral port) that answers every GET with the same 4,908-byte JSON
//! body, the size of the benchmark's login flow. The figure is the main
//! thread's CPU time (user + system, from /proc) per call, so the
//! upstream's own work is not in it. Rounds alternate between the clients;
//! the machine's noise shows as the spread between rounds of one client.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{header, HeaderValue};
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use server::metrics::Metrics;
use server::upstream::{Call, Http, Service, UpstreamTls};
use tokio::net::TcpListener;

const CALLS: usize = 40_000;
const IN_FLIGHT: usize = 32;
const ROUNDS: usize = 3;
const BODY_BYTES: usize = 4_908;
const FLOW_ID: &str = "8a5f1b0e-3c2d-4e7f-9a1b-2c3d4e5f6a7b";
/// `KRATOS_TIMEOUT_MS`' default.
const TIMEOUT: Duration = Duration::from_secs(10);
const COOKIE: &str = "csrf_token_x=abc";

/// The two clients, each set up once per round.
#[derive(Clone)]
enum Client {
    Reqwest(reqwest::Client),
    Vestibule(Http),
}

impl Client {
    fn new(name: &str) -> Client {
        match name {
            "reqwest" => Client::Reqwest(
                reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .connect_timeout(Duration::from_secs(3))
                    .timeout(TIMEOUT)
                    .pool_idle_timeout(Duration::from_secs(60))
                    .build()
                    .expect("reqwest client"),
            ),
            _ => {
                let tls = UpstreamTls::new(None).expect("the built-in roots");
                Client::Vestibule(Http::new(TIMEOUT, 1 << 20, Metrics::new(), &tls))
            }
        }
    }

    /// One GET the way Vestibule asks for a flow; the body's length.
    async fn get(&self, base: &str) -> usize {
        let url = format!("{base}/self-service/login/flows");
        match self {
            Client::Reqwest(client) => {
                let response = client
                    .get(url)
                    .query(&[("id", FLOW_ID)])
                    .header(header::COOKIE, COOKIE)
                    .header(header::ACCEPT, "application/json")
                    .send()
                    .await
                    .expect("reqwest call");
                response.bytes().await.expect("reqwest body").len()
            }
            Client::Vestibule(http) => {
                let call = Call::get(url)
                    .query(&[("id", FLOW_ID)])
                    .header(header::COOKIE, HeaderValue::from_static(COOKIE));
                let (_, body) = http.bytes(Service::Kratos, call).await.expect("Http call");
                body.len()
            }
        }
    }
}

fn main() {
    let upstream = start_upstream();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let base = format!("http://{upstream}");
    let mut figures: Vec<(&str, Vec<f64>)> =
        vec![("reqwest", Vec::new()), ("upstream::Http", Vec::new())];
    for _ in 0..ROUNDS {
        for (name, runs) in &mut figures {
            let per_call = runtime.block_on(measure(Client::new(name), &base));
            runs.push(per_call);
        }
    }
    println!("upstream client: CPU of the calling thread per GET, {CALLS} calls, {IN_FLIGHT} in flight, {BODY_BYTES} B answers");
    for (name, runs) in &figures {
        let shown: Vec<String> = runs.iter().map(|us| format!("{us:.1}")).collect();
        println!("  {name:<14} {} µs per call (rounds)", shown.join(" / "));
    }
}

/// µs of this thread's CPU per call.
async fn measure(client: Client, base: &str) -> f64 {
    let local = tokio::task::LocalSet::new();
    // One call first, so both start with a pooled connection.
    let warm = local.run_until(client.get(base)).await;
    assert_eq!(warm, BODY_BYTES, "the upstream's answer");
    let cpu_before = thread_cpu();
    let tasks: Vec<_> = (0..IN_FLIGHT)
        .map(|_| {
            let (client, base) = (client.clone(), base.to_owned());
            local.spawn_local(async move {
                for _ in 0..CALLS / IN_FLIGHT {
                    assert_eq!(client.get(&base).await, BODY_BYTES);
                }
            })
        })
        .collect();
    local
        .run_until(async {
            for task in tasks {
                task.await.expect("a client task");
            }
        })
        .await;
    let cpu = thread_cpu() - cpu_before;
    cpu.as_secs_f64() * 1e6 / CALLS as f64
}

/// This thread's user + system time (clock ticks of 10 ms).
fn thread_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").expect("/proc/thread-self/stat");
    // Fields after the command name, which is in parentheses.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the whole line.
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// The upstream on its own thread and runtime: every request gets the
/// same JSON body.
fn start_upstream() -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("upstream runtime");
        runtime.block_on(async move {
            let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
            tx.send(listener.local_addr().expect("address"))
                .expect("send");
            let body = Bytes::from(flow_json());
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let body = body.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |_: Request<Incoming>| {
                        let body = body.clone();
                        async move {
                            Ok::<_, Infallible>(
                                Response::builder()
                                    .header("content-type", "application/json")
                                    .body(Full::new(body))
                                    .expect("response"),
                            )
                        }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
    });
    rx.recv().expect("the upstream's address")
}

/// A JSON object of exactly [`BODY_BYTES`].
fn flow_json() -> Vec<u8> {
    let head = br#"{"id":"8a5f1b0e-3c2d-4e7f-9a1b-2c3d4e5f6a7b","filler":""#;
    let tail = br#""}"#;
    let mut body = head.to_vec();
    body.resize(BODY_BYTES - tail.len(), b'x');
    body.extend_from_slice(tail);
    body
}
