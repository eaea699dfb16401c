//! The image, run as a cluster would run it (read-only root filesystem, no
//! capabilities, no privilege escalation, its own non-root user) against a
//! real Kratos on a test port block: the probes answer, the public files
//! are served, a browser's first visit to /login ends on the sign-in
//! page rendered from the flow Kratos created, and the doctor run inside
//! the container (as `kubectl exec … /login-svc check` runs it) passes.

use std::time::Duration;

use anyhow::{bail, ensure, Context, Result};
use tokio::process::Command;
use vestibule_e2e::process::Managed;
use vestibule_e2e::{KratosOptions, Ports, Stack, StackSpec};

use super::image::{podman_env, podman_output, Image};
use crate::setup;

/// A block of test ports no other test or tool uses (the e2e suite takes
/// 0–2, the first-load example 7, record-fixtures 9).
const PORTS: Ports = Ports::test(8);

pub fn run(image: &Image) -> Result<()> {
    setup::kratos()?;
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        let stack = Stack::start(StackSpec {
            name: "dist-probe".to_owned(),
            ports: PORTS,
            kratos: KratosOptions::default(),
            with_vestibule: false,
            with_hydra: false,
            oathkeeper: None,
        })
        .await?;
        let name = format!("vestibule-dist-probe-{}", std::process::id());
        let result = run_container(image, &name, &stack).await;
        // Whatever happened: the container goes, then the stack.
        let _ = podman_output(&["rm", "--force", "--ignore", &name]);
        if result.is_err() {
            eprintln!("{}", stack.log_tails(20));
        }
        stack.stop().await;
        result
    })
}

async fn run_container(image: &Image, name: &str, stack: &Stack) -> Result<()> {
    let kratos_internal = format!("http://127.0.0.1:{}", PORTS.kratos_public);
    let env = [
        format!("KRATOS_PUBLIC_URL={kratos_internal}"),
        format!("KRATOS_BROWSER_URL={}", stack.kratos_public_url()),
        "HOST=127.0.0.1".to_owned(),
        format!("PORT={}", PORTS.ui),
        format!("PUBLIC_URL={}", stack.ui_url()),
        "LOG_FORMAT=json".to_owned(),
        "RUST_LOG=info".to_owned(),
    ];
    let mut podman = Command::new("podman");
    podman.envs(podman_env()?).args([
        "run",
        "--rm",
        "--name",
        name,
        "--runtime",
        "runc",
        // The stack listens on 127.0.0.1; so does the container.
        "--network",
        "host",
        "--read-only",
        "--cap-drop",
        "ALL",
        "--security-opt",
        "no-new-privileges",
    ]);
    for e in &env {
        podman.args(["--env", e]);
    }
    podman.arg(&image.tag);
    let mut container = Managed::spawn(
        "login-svc (container)",
        podman,
        &stack.dir.join("container.log"),
    )?;
    let ui = format!("http://127.0.0.1:{}", PORTS.ui);
    let checked = async {
        container
            .wait_ready(&format!("{ui}/health/ready"), Duration::from_secs(60))
            .await?;
        runs_as_image_user(name)?;
        probe(&ui, &stack.ui_url(), &stack.kratos_public_url()).await?;
        doctor(name)
    }
    .await;
    if checked.is_err() {
        eprintln!("--- container ---\n{}", container.log_tail(30));
    }
    container.stop().await;
    checked
}

/// `podman exec` as `kubectl exec`: the doctor in the running container,
/// with the container's environment, passes every check it can observe.
fn doctor(name: &str) -> Result<()> {
    let out = std::process::Command::new("podman")
        .envs(podman_env()?)
        .args(["exec", name, "/login-svc", "check"])
        .output()
        .context("starting podman exec")?;
    let report = String::from_utf8_lossy(&out.stdout);
    ensure!(
        out.status.success() && report.ends_with("All checks passed.\n"),
        "login-svc check in the container failed ({}):\n{report}{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let passed = report.lines().filter(|l| l.starts_with('✓')).count();
    println!("dist: login-svc check in the container: {passed} checks passed, none failed");
    Ok(())
}

/// The container's process, seen from the host, has the image's UID.
fn runs_as_image_user(name: &str) -> Result<()> {
    let pid = podman_output(&["inspect", "--format", "{{.State.Pid}}", name])?;
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid.trim()))
        .with_context(|| format!("reading /proc/{}/status", pid.trim()))?;
    let uid = status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .context("no Uid line in /proc/PID/status")?;
    let (uid_expected, _) = super::image::USER.split_once(':').unwrap_or_default();
    ensure!(
        uid.split_whitespace().all(|u| u == uid_expected),
        "the container's process runs with UIDs {uid:?}, not {uid_expected}"
    );
    println!(
        "dist: container process {} runs as UID {uid_expected}",
        pid.trim()
    );
    Ok(())
}

async fn probe(ui: &str, ui_public: &str, kratos_browser: &str) -> Result<()> {
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()?;

    let alive = plain.get(format!("{ui}/health/alive")).send().await?;
    ensure!(
        alive.status() == 200,
        "/health/alive answered {}",
        alive.status()
    );

    let robots = plain.get(format!("{ui}/robots.txt")).send().await?;
    ensure!(
        robots.status() == 200,
        "/robots.txt answered {}",
        robots.status()
    );
    let robots = robots.text().await?;
    ensure!(
        robots.lines().any(|l| l.trim() == "Disallow: /"),
        "/robots.txt does not disallow everything: {robots:?}"
    );

    let favicon = plain.get(format!("{ui}/favicon.ico")).send().await?;
    ensure!(
        favicon.status() == 200,
        "/favicon.ico answered {}",
        favicon.status()
    );
    let icon = favicon.bytes().await?;
    ensure!(
        icon.starts_with(&[0, 0, 1, 0]),
        "/favicon.ico is not an ICO file"
    );

    // A browser's first visit: /login → Kratos' browser init → back to
    // /login?flow=…, which the container renders from the flow it fetched.
    let start = plain.get(format!("{ui_public}/login")).send().await?;
    let location = start
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    ensure!(
        start.status() == 303
            && location.starts_with(&format!("{kratos_browser}/self-service/login/browser")),
        "/login answered {} to {location:?}, not a 303 to Kratos' login init",
        start.status()
    );
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .timeout(Duration::from_secs(10))
        .build()?;
    let page = browser.get(format!("{ui_public}/login")).send().await?;
    let url = page.url().clone();
    let status = page.status();
    let html = page.text().await?;
    ensure!(
        status == 200
            && url.path() == "/login"
            && url.query().is_some_and(|q| q.starts_with("flow=")),
        "the visit ended at {url} with {status}"
    );
    let flow = url.query().unwrap_or_default().trim_start_matches("flow=");
    let expected_action = format!("{kratos_browser}/self-service/login?flow={flow}");
    for needle in [
        "data-testid=\"login-card\"",
        "name=\"csrf_token\"",
        "name=\"identifier\"",
        expected_action.as_str(),
    ] {
        if !html.contains(needle) {
            bail!("the sign-in page lacks {needle:?}:\n{html}");
        }
    }
    // The stylesheet the page links, from the binary's embedded assets.
    let css = html
        .split('"')
        .find(|s| s.starts_with("/assets/style.") && s.ends_with(".css"))
        .context("the page links no stylesheet")?;
    let css = plain.get(format!("{ui}{css}")).send().await?;
    ensure!(
        css.status() == 200,
        "the stylesheet answered {}",
        css.status()
    );
    println!("dist: container answered /health/alive, /health/ready, /robots.txt, /favicon.ico, the stylesheet and the sign-in page of flow {flow}");
    Ok(())
}
