//! `cargo xtask <command>`: everything a fresh machine needs, in order.
//!
//! - `setup`  install what is missing (Chromium, Kratos, Hydra, Oathkeeper, the Playwright driver)
//! - `run`    Kratos + Hydra + mail sink + demo client + Vestibule + Oathkeeper and the demo app on the dev ports
//! - `test`   every test: unit, HTTP and browser end-to-end
//! - `lint`   rustfmt and clippy, as CI runs them
//! - `record-fixtures`  real Kratos JSON into app/tests/fixtures
//! - `kratos-ids`  the Kratos message list the catalogues are tested against
//! - `dist`   the static binary, its image, manifests and chart (dist.rs)
//! - `fuzz`   the URL-check and rendering properties for millions of cases, once (fuzz.rs)

mod bench;
mod dist;
mod fixtures;
mod fuzz;
mod kratos_ids;
mod setup;
mod wasm;

use std::process::{Command, ExitCode};

use anyhow::{bail, Context, Result};
use vestibule_e2e::demo_client::{self, DemoClient};
use vestibule_e2e::{
    paths, KratosOptions, OathkeeperOptions, OathkeeperPorts, Ports, Stack, StackSpec,
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::all(),
        Some("run") => run(),
        Some("test") => test(&args[1..]),
        Some("lint") => lint(),
        Some("record-fixtures") => fixtures::record(&args[1..]),
        Some("kratos-ids") => kratos_ids::generate(),
        Some("wasm") => wasm::build(),
        Some("bench") => bench::run(&args[1..]),
        Some("dist") => dist::run(&args[1..]),
        Some("fuzz") => fuzz::run(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <setup|run|test|lint|record-fixtures|kratos-ids|wasm|bench|dist|fuzz>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs a command from the repository root, failing on a non-zero exit.
pub fn cmd(program: &str, args: &[&str], envs: &[(&str, String)]) -> Result<()> {
    let mut c = Command::new(program);
    c.args(args).current_dir(paths::repo_root());
    for (k, v) in envs {
        c.env(k, v);
    }
    eprintln!("+ {program} {}", args.join(" "));
    let status = c.status().with_context(|| format!("starting {program}"))?;
    if !status.success() {
        bail!("{program} {} failed ({status})", args.join(" "));
    }
    Ok(())
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

fn build_server() -> Result<()> {
    cmd(
        &cargo(),
        &["build", "--package", "server", "--bin", "login-svc"],
        &[],
    )
}

fn run() -> Result<()> {
    wasm::build()?;
    setup::kratos()?;
    setup::hydra()?;
    setup::oathkeeper()?;
    build_server()?;
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        let stack = Stack::start(StackSpec {
            name: "dev".to_owned(),
            ports: Ports::DEV,
            kratos: KratosOptions::default(),
            with_vestibule: true,
            with_hydra: true,
            oathkeeper: Some(OathkeeperOptions {
                ports: OathkeeperPorts::DEV,
                allowed_email_domains: std::env::var("ALLOWED_EMAIL_DOMAINS").unwrap_or_default(),
            }),
        })
        .await?;
        let hydra = stack.hydra()?;
        let (demo, demo_task) = match DemoClient::start(hydra.clone(), demo_client::DEV_PORT).await
        {
            Ok(started) => started,
            Err(e) => {
                stack.stop().await;
                return Err(e);
            }
        };
        println!();
        println!("  Vestibule is up:   {}/", stack.ui_url());
        println!("  Sign up at:        {}/registration", stack.ui_url());
        println!("  Kratos public API: {}", stack.kratos_public_url());
        println!(
            "  Hydra public API:  {} (admin {})",
            hydra.public, hydra.admin
        );
        println!(
            "  Protected app (through Oathkeeper): {}",
            OathkeeperPorts::DEV.protected_url()
        );
        println!(
            "  Oathkeeper's JWKS: {}/.well-known/jwks.json",
            OathkeeperPorts::DEV.api_url()
        );
        println!(
            "  Codes Kratos mailed (newest first): http://localhost:{}/",
            Ports::DEV.mail
        );
        println!(
            "  OAuth2 sign-in through Vestibule (demo client): {}",
            demo.start_url()
        );
        println!("  Logs: {}", stack.dir.display());
        println!("  Ctrl-C stops everything.");
        // Ctrl-C or SIGTERM: stop the children by PID before exiting.
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
        demo_task.abort();
        stack.stop().await;
        anyhow::Ok(())
    })
}

fn test(extra: &[String]) -> Result<()> {
    wasm::build()?;
    setup::all()?;
    // `cargo test` builds login-svc too (the server package has
    // integration tests), before any test starts.
    let mut args = vec!["test", "--workspace"];
    args.extend(extra.iter().map(String::as_str));
    cmd(
        &cargo(),
        &args,
        &[
            (
                "VESTIBULE_KRATOS_BIN",
                paths::kratos_bin().display().to_string(),
            ),
            (
                "VESTIBULE_HYDRA_BIN",
                paths::hydra_bin().display().to_string(),
            ),
            (
                "VESTIBULE_OATHKEEPER_BIN",
                paths::oathkeeper_bin().display().to_string(),
            ),
            (
                "VESTIBULE_BIN",
                paths::vestibule_bin().display().to_string(),
            ),
        ],
    )
}

fn lint() -> Result<()> {
    wasm::build()?;
    cmd(&cargo(), &["fmt", "--all", "--check"], &[])?;
    // Doc comments that link to nothing are comments that lie.
    cmd(
        &cargo(),
        &["doc", "--no-deps", "--workspace"],
        &[("RUSTDOCFLAGS", "-D warnings".to_owned())],
    )?;
    cmd(
        &cargo(),
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
        &[],
    )?;
    cmd(
        &cargo(),
        &[
            "clippy",
            "--package",
            "webauthn-trigger",
            "--target",
            wasm::TARGET,
            "--",
            "-D",
            "warnings",
        ],
        &[],
    )
}
