//! The server on a real socket (127.0.0.1, an ephemeral port): hostile
//! and idle connections are closed, and the connection cap holds.

use std::time::{Duration, Instant};

use server::config::Config;
use server::serve::{serve, Limits};
use server::state::AppState;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

const HEADER_TIMEOUT: Duration = Duration::from_millis(300);
/// Far above the timeout: a connection still open then was never closed.
const GIVE_UP: Duration = Duration::from_secs(10);

struct Running {
    addr: std::net::SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

async fn start(max_connections: usize) -> Running {
    start_with(Limits {
        header_timeout: HEADER_TIMEOUT,
        request_timeout: Duration::from_secs(5),
        max_connections,
    })
    .await
}

async fn start_with(limits: Limits) -> Running {
    // No Kratos is called by /health/alive; the address is never dialled.
    start_against("http://127.0.0.1:9", limits).await
}

async fn start_against(kratos: &str, limits: Limits) -> Running {
    let config = Config::for_kratos(kratos).expect("config");
    let app = server::router(AppState::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(serve(app, listener, limits, async {
        let _ = stopped.await;
    }));
    Running {
        addr,
        stop: Some(stop),
        task,
    }
}

impl Running {
    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let ended = tokio::time::timeout(GIVE_UP, self.task).await;
        assert!(matches!(ended, Ok(Ok(Ok(())))), "shutdown: {ended:?}");
    }
}

/// Reads until the server closes the connection; how long that took.
async fn closed_after(stream: &mut TcpStream) -> Duration {
    let started = Instant::now();
    let mut buf = [0u8; 1024];
    loop {
        match tokio::time::timeout(GIVE_UP, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return started.elapsed(),
            Ok(Ok(_)) => continue,
            Err(_) => panic!("the connection was still open after {GIVE_UP:?}"),
        }
    }
}

async fn alive(addr: std::net::SocketAddr) -> String {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(b"GET /health/alive HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut answer = String::new();
    tokio::time::timeout(GIVE_UP, stream.read_to_string(&mut answer))
        .await
        .expect("an answer in time")
        .expect("read");
    answer
}

#[tokio::test]
async fn silent_slow_and_idle_connections_are_closed() {
    let server = start(64).await;

    let mut silent = TcpStream::connect(server.addr).await.expect("connect");
    assert!(closed_after(&mut silent).await < GIVE_UP);

    // Slowloris: a header line now and then, never the end of the headers.
    let mut slow = TcpStream::connect(server.addr).await.expect("connect");
    slow.write_all(b"GET /health/alive HTTP/1.1\r\nHost: localhost\r\n")
        .await
        .expect("write");
    let trickle = async {
        for i in 0..50 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            if slow
                .write_all(format!("X-Slow-{i}: 1\r\n").as_bytes())
                .await
                .is_err()
            {
                return;
            }
        }
    };
    tokio::time::timeout(GIVE_UP, trickle)
        .await
        .expect("the trickle ends");
    assert!(closed_after(&mut slow).await < GIVE_UP);

    // Keep-alive: one request answered, then the idle connection closes.
    let mut idle = TcpStream::connect(server.addr).await.expect("connect");
    idle.write_all(b"GET /health/alive HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .expect("write");
    assert!(closed_after(&mut idle).await < GIVE_UP);

    assert!(alive(server.addr).await.starts_with("HTTP/1.1 200"));
    server.stop().await;
}

/// At the cap, a new connection waits until an open one ends (here by
/// the header timeout) and is then served.
#[tokio::test]
async fn the_connection_cap_holds_and_frees() {
    let server = start(2).await;
    let held_a = TcpStream::connect(server.addr).await.expect("connect");
    let held_b = TcpStream::connect(server.addr).await.expect("connect");
    let mut third = TcpStream::connect(server.addr).await.expect("connect");
    third
        .write_all(b"GET /health/alive HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut answer = String::new();
    // While both held connections are open (they close after the header
    // timeout, 300 ms), the third is not served.
    let early = tokio::time::timeout(HEADER_TIMEOUT / 3, third.read_to_string(&mut answer)).await;
    assert!(early.is_err(), "served beyond the cap: {answer:?}");
    tokio::time::timeout(GIVE_UP, third.read_to_string(&mut answer))
        .await
        .expect("served once a held connection closed")
        .expect("read");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    drop((held_a, held_b));
    server.stop().await;
}

/// The defaults against slowloris' own default of 150 sockets, each
/// sending a header line every second and never the end: visitors are
/// still served while they hang on, and every one of them is cut off by
/// the default header timeout (10 s; the bound checked is three times it).
#[tokio::test]
async fn the_default_limits_survive_a_slowloris_run() {
    const SOCKETS: usize = 150;
    let limits = Limits::default();
    assert!(limits.max_connections > SOCKETS);
    let server = start_with(limits).await;
    let mut attackers = tokio::task::JoinSet::new();
    for _ in 0..SOCKETS {
        let mut slow = TcpStream::connect(server.addr).await.expect("connect");
        attackers.spawn(async move {
            let started = Instant::now();
            let mut line = 0;
            loop {
                let header = format!("X-Slow-{line}: 1\r\n");
                let start = if line == 0 {
                    "GET /health/alive HTTP/1.1\r\nHost: localhost\r\n"
                } else {
                    ""
                };
                if slow
                    .write_all(format!("{start}{header}").as_bytes())
                    .await
                    .is_err()
                {
                    return started.elapsed();
                }
                line += 1;
                let mut buf = [0u8; 256];
                match tokio::time::timeout(Duration::from_secs(1), slow.read(&mut buf)).await {
                    // Closed (or the 408 hyper sends before closing).
                    Ok(_) => return started.elapsed(),
                    Err(_) if started.elapsed() > 3 * limits.header_timeout => {
                        panic!(
                            "a slowloris connection was open after {:?}",
                            started.elapsed()
                        )
                    }
                    Err(_) => {}
                }
            }
        });
    }
    // A visitor while all 150 hang on (well before the 10 s cut).
    tokio::time::sleep(Duration::from_secs(2)).await;
    let answer = tokio::time::timeout(Duration::from_secs(5), alive(server.addr))
        .await
        .expect("a visitor served while slowloris holds 150 connections");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    while let Some(lasted) = attackers.join_next().await {
        let lasted = lasted.expect("attacker");
        assert!(
            lasted >= limits.header_timeout / 2,
            "cut off early: {lasted:?}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn a_request_past_its_deadline_is_a_503() {
    // A stand-in for a Kratos that takes connections and never answers;
    // the page's own budget for Kratos (KRATOS_TIMEOUT_MS, 10 s by
    // default) is far longer than the request's deadline.
    let silent = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let kratos = format!("http://{}", silent.local_addr().expect("addr"));
    let held = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((stream, _)) = silent.accept().await {
            open.push(stream);
        }
    });
    let deadline = Duration::from_millis(300);
    let server = start_against(
        &kratos,
        Limits {
            header_timeout: HEADER_TIMEOUT,
            request_timeout: deadline,
            max_connections: 8,
        },
    )
    .await;
    let mut stream = TcpStream::connect(server.addr).await.expect("connect");
    let started = Instant::now();
    stream
        .write_all(b"GET /login?flow=f HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut answer = String::new();
    // Half of the page's 10 s budget: an answer by then is the deadline's.
    tokio::time::timeout(Duration::from_secs(5), stream.read_to_string(&mut answer))
        .await
        .expect("an answer before the page's own budget for Kratos runs out")
        .expect("read");
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(started.elapsed() >= deadline, "{:?}", started.elapsed());
    server.stop().await;
    held.abort();
}
