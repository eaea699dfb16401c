//! Load and an upstream spike against hand-written stand-in Kratoses
//! (named as such: a real Kratos answers in milliseconds and never sends
//! 50 MB), each with its own `login-svc` process on 127.0.0.1:0 whose
//! memory is read from `/proc`. Nothing here asserts a time: the checks
//! are 0 errors, every answer complete and its own, and peak RSS under a
//! generous bound.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, ensure, Context, Result};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};
use tokio::process::{Child, Command};

const LOGIN: &str = include_str!("../../app/tests/fixtures/login.json");

/// Clients at once, and requests each makes one after another.
const CLIENTS: usize = 256;
const ROUNDS: usize = 4;
/// How long the slow stand-in takes for every flow.
const UPSTREAM_DELAY: Duration = Duration::from_millis(200);
/// Concurrent oversized answers, and the size of each.
const SPIKE: usize = 16;
const SPIKE_BYTES: usize = 50 << 20;
/// Peak RSS of the (debug) `login-svc` process at most. Generous: the
/// release binary peaks near 40 MiB at c256; 16 answers of 50 MB read
/// whole, as before the size cap, take 500 MiB and more.
const PEAK_RSS_LIMIT_KIB: u64 = 200 << 10;

/// Serves `app` on 127.0.0.1:0; its URL.
async fn serve(app: Router) -> Result<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(url)
}

#[derive(serde::Deserialize)]
struct FlowId {
    id: String,
}

/// The slow stand-in: the recorded login flow after [`UPSTREAM_DELAY`],
/// with the asked-for id in its id and in a message the page shows, so
/// each answer can be matched to its request. Counts the calls in flight
/// at once (the most seen), to show the load really was concurrent.
async fn slow_login_flow(
    State(stand_in): State<Arc<SlowStandIn>>,
    Query(q): Query<FlowId>,
) -> Response {
    let now = stand_in.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    stand_in.most_in_flight.fetch_max(now, Ordering::SeqCst);
    tokio::time::sleep(UPSTREAM_DELAY).await;
    stand_in.in_flight.fetch_sub(1, Ordering::SeqCst);
    let mut flow = stand_in.flow.clone();
    flow["id"] = json!(q.id);
    flow["ui"]["messages"] = json!([{ "id": 1, "text": format!("flow {}", q.id), "type": "info" }]);
    (StatusCode::OK, axum::Json(flow)).into_response()
}

struct SlowStandIn {
    flow: Value,
    in_flight: AtomicUsize,
    most_in_flight: AtomicUsize,
}

/// c256 for `CLIENTS * ROUNDS` pages through a 200 ms upstream.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn c256_against_a_slow_upstream_every_answer_complete_and_its_own() -> Result<()> {
    let flow: Value = serde_json::from_str(LOGIN)?;
    let csrf = flow["ui"]["nodes"]
        .as_array()
        .and_then(|nodes| {
            nodes
                .iter()
                .find(|n| n["attributes"]["name"] == "csrf_token")
        })
        .and_then(|n| n["attributes"]["value"].as_str())
        .context("the fixture's csrf_token")?
        .to_owned();
    let stand_in = Arc::new(SlowStandIn {
        flow,
        in_flight: AtomicUsize::new(0),
        most_in_flight: AtomicUsize::new(0),
    });
    let kratos = serve(
        Router::new()
            .route("/self-service/login/flows", get(slow_login_flow))
            .with_state(stand_in.clone()),
    )
    .await?;
    let ui = Vestibule::start(&kratos).await?;
    let (rss_before, _) = ui.memory_kib()?;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .timeout(Duration::from_secs(60))
        .build()?;
    let mut tasks = tokio::task::JoinSet::new();
    for c in 0..CLIENTS {
        let (client, base, csrf) = (client.clone(), ui.url.clone(), csrf.clone());
        tasks.spawn(async move {
            let mut errors = Vec::new();
            for r in 0..ROUNDS {
                let id = format!("load-{c}-{r}");
                let url = format!("{base}/login?flow={id}");
                match page(&client, &url).await {
                    Ok((status, body)) => {
                        let own = body.contains(&format!("flow {id}<"));
                        let whole = body.trim_end().ends_with("</html>") && body.contains(&csrf);
                        if status != StatusCode::OK || !own || !whole {
                            errors.push(format!(
                                "{id}: {status}, its own message: {own}, whole page: {whole}"
                            ));
                        }
                    }
                    Err(e) => errors.push(format!("{id}: {e:#}")),
                }
            }
            errors
        });
    }
    let mut errors = Vec::new();
    while let Some(done) = tasks.join_next().await {
        errors.extend(done?);
    }
    let (rss_after, peak) = ui.memory_kib()?;
    ensure!(
        errors.is_empty(),
        "{} of {} requests failed; the first: {:?}",
        errors.len(),
        CLIENTS * ROUNDS,
        &errors[..errors.len().min(5)]
    );
    ensure!(
        peak < PEAK_RSS_LIMIT_KIB,
        "peak RSS {peak} KiB at c{CLIENTS} (limit {PEAK_RSS_LIMIT_KIB} KiB)"
    );
    // A Vestibule that called Kratos one page at a time would still
    // answer everything; it would not have a quarter of the clients'
    // calls in flight at once.
    let most = stand_in.most_in_flight.load(Ordering::SeqCst);
    ensure!(
        most >= CLIENTS / 4,
        "at most {most} calls reached the stand-in at once"
    );
    eprintln!(
        "c{CLIENTS}: {} pages through a {UPSTREAM_DELAY:?} upstream, 0 errors, up to {most} calls \
         in flight; RSS {rss_before} KiB before, {peak} KiB peak, {rss_after} KiB after",
        CLIENTS * ROUNDS
    );
    Ok(())
}

async fn page(client: &reqwest::Client, url: &str) -> Result<(StatusCode, String)> {
    let response = client.get(url).send().await?;
    let status = StatusCode::from_u16(response.status().as_u16())?;
    Ok((status, response.text().await?))
}

/// The oversized stand-in on 127.0.0.1:0: every request gets a 200 whose
/// chunked body goes on for [`SPIKE_BYTES`] (written by hand: a raw
/// socket, so nothing in between buffers it). Its URL.
async fn oversized_stand_in() -> Result<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let chunk = vec![b' '; 64 << 10];
    let framed: Arc<[u8]> = [
        format!("{:x}\r\n", chunk.len()).into_bytes(),
        chunk,
        b"\r\n".to_vec(),
    ]
    .concat()
    .into();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let framed = framed.clone();
            tokio::spawn(async move {
                let mut request = [0u8; 4096];
                let _ = socket.read(&mut request).await;
                let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\
                            transfer-encoding: chunked\r\nconnection: close\r\n\r\n";
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                for _ in 0..SPIKE_BYTES / (64 << 10) {
                    if socket.write_all(&framed).await.is_err() {
                        return;
                    }
                }
                let _ = socket.write_all(b"0\r\n\r\n").await;
            });
        }
    });
    Ok(url)
}

/// 16 concurrent 50 MB answers: 16 × 502 "too large", and the process'
/// peak RSS bounded (unbounded reading peaked at 527 MiB before the cap).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_answers_at_once_keep_memory_bounded() -> Result<()> {
    let kratos = oversized_stand_in().await?;
    let ui = Vestibule::start(&kratos).await?;
    let (rss_before, _) = ui.memory_kib()?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()?;
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..SPIKE {
        let (client, url) = (client.clone(), format!("{}/login?flow=spike-{n}", ui.url));
        tasks.spawn(async move { page(&client, &url).await });
    }
    let mut answers = Vec::new();
    while let Some(done) = tasks.join_next().await {
        answers.push(done??);
    }
    let (rss_after, peak) = ui.memory_kib()?;
    // Idle a moment, then again: what the process holds on to.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (rss_idle, _) = ui.memory_kib()?;
    ensure!(
        peak < PEAK_RSS_LIMIT_KIB,
        "peak RSS {peak} KiB with {SPIKE} answers of {SPIKE_BYTES} bytes (limit {PEAK_RSS_LIMIT_KIB} KiB)"
    );
    for (status, body) in answers {
        ensure!(
            status == StatusCode::BAD_GATEWAY && body.contains("too large"),
            "an oversized answer gave {status}: {body}"
        );
    }
    eprintln!(
        "spike: {SPIKE} answers of {SPIKE_BYTES} bytes at once, {SPIKE} × 502; RSS {rss_before} KiB before, \
         {peak} KiB peak, {rss_after} KiB right after, {rss_idle} KiB 2 s later"
    );
    Ok(())
}

/// `login-svc` (this package's binary, the profile under test) on
/// 127.0.0.1:0, pointed at a stand-in; killed when dropped.
struct Vestibule {
    url: String,
    child: Child,
}

impl Vestibule {
    async fn start(kratos: &str) -> Result<Vestibule> {
        let log = std::env::temp_dir().join(format!(
            "vestibule-load-{}-{}.log",
            std::process::id(),
            kratos.rsplit(':').next().unwrap_or("0")
        ));
        let out = std::fs::File::create(&log)?;
        let child = Command::new(env!("CARGO_BIN_EXE_login-svc"))
            .env_clear()
            .env("KRATOS_PUBLIC_URL", kratos)
            .env("HOST", "127.0.0.1")
            .env("PORT", "0")
            .env("LOG_FORMAT", "json")
            .env("RUST_LOG", "warn,login_svc=info")
            .stdin(std::process::Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .kill_on_drop(true)
            .spawn()
            .context("starting login-svc")?;
        // PORT=0: the port is the one the "listening" line names.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        let port = loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            let port = text
                .lines()
                .find(|l| l.contains("\"listening\""))
                .and_then(|l| l.split("127.0.0.1:").nth(1))
                .and_then(|rest| {
                    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                    digits.parse::<u16>().ok()
                });
            if let Some(port) = port {
                break port;
            }
            ensure!(
                tokio::time::Instant::now() < deadline,
                "login-svc did not start; its log:\n{text}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        Ok(Vestibule {
            url: format!("http://127.0.0.1:{port}"),
            child,
        })
    }

    /// `VmRSS` and `VmHWM` (peak) of the process, in KiB.
    fn memory_kib(&self) -> Result<(u64, u64)> {
        let pid = self
            .child
            .id()
            .ok_or_else(|| anyhow!("login-svc has exited"))?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .with_context(|| format!("no {name} in /proc/{pid}/status"))
        };
        Ok((field("VmRSS:")?, field("VmHWM:")?))
    }
}
