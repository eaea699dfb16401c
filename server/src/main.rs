//! `login-svc`: reads the configuration, binds, serves until SIGTERM.

use std::net::SocketAddr;
use std::process::ExitCode;

use clap::Parser;
use server::config::{Args, Command, Config};
use server::state::AppState;
use server::{doctor, metrics, run, shutdown, telemetry};

/// mimalloc instead of the C library's allocator: musl's malloc, linked
/// into the static binary that ships, takes a global lock and costs about a
/// fifth of the CPU of each page (bench/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(Command::Check) = args.command {
        return doctor::run(args).await;
    }
    telemetry::init(args.log_format);
    let config = match Config::from_args(args) {
        Ok(config) => config,
        Err(e) => {
            tracing::error!(error = %e, "invalid configuration");
            eprintln!("login-svc: invalid configuration: {e}");
            return ExitCode::from(2);
        }
    };
    let addr = SocketAddr::new(config.host, config.port);
    let state = AppState::new(config);
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("login-svc: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    // The bound address: with PORT=0 the OS picked the port (tests that
    // start extra servers read it here).
    let addr = listener.local_addr().unwrap_or(addr);
    tracing::info!(%addr, "listening");
    if let Some(port) = state.config.metrics_port {
        let addr = SocketAddr::new(state.config.host, port);
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("login-svc: cannot listen on {addr} (METRICS_PORT): {e}");
                return ExitCode::FAILURE;
            }
        };
        tracing::info!(%addr, "metrics listening");
        let router = metrics::router(state.metrics.clone());
        tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, router).await {
                tracing::error!(error = %e, "metrics server stopped");
            }
        });
    }
    match run(state, listener, shutdown::signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("login-svc: server error: {e}");
            ExitCode::FAILURE
        }
    }
}
