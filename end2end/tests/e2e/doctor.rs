//! `login-svc check` (the doctor) run as an operator runs it, against the
//! real Kratos and Hydra: a right configuration passes every check; a
//! Kratos with a wrong login `ui_url` and cookie domain, and a Kratos that
//! is not there, each fail with a line naming the problem and the fix.

use std::process::Output;
use std::time::Duration;

use anyhow::{ensure, Context, Result};
use tokio::process::Command;
use vestibule_e2e::stack::DEV_COOKIE_SECRET;
use vestibule_e2e::{paths, KratosOptions, Ports, Stack, StackSpec};

use crate::support::{Ctx, TestFn};
use crate::tests as test_list;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    test_list![
        doctor_passes_every_check_against_a_right_config,
        doctor_names_a_wrong_login_ui_url_and_cookie_domain,
        doctor_names_an_unreachable_kratos,
    ]
}

/// The report and exit status of `login-svc check` with exactly `env`.
async fn check(env: &[(&str, String)]) -> Result<(String, Option<i32>)> {
    let mut cmd = Command::new(paths::vestibule_bin());
    cmd.arg("check").env_clear();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out: Output = tokio::time::timeout(Duration::from_secs(60), cmd.output())
        .await
        .context("login-svc check did not finish in 60 s")?
        .context("running login-svc check")?;
    let report = String::from_utf8(out.stdout)?;
    Ok((report, out.status.code()))
}

/// The line of check `name`: a mark (✓, ✗, –), a space, `name:`.
fn line<'a>(report: &'a str, name: &str) -> Result<&'a str> {
    report
        .lines()
        .find(|l| {
            l.split_once(' ')
                .is_some_and(|(_, rest)| rest.starts_with(&format!("{name}:")))
        })
        .with_context(|| format!("no line for {name:?} in:\n{report}"))
}

fn kratos_env(ports: &Ports) -> Vec<(&'static str, String)> {
    vec![
        (
            "KRATOS_PUBLIC_URL",
            format!("http://127.0.0.1:{}", ports.kratos_public),
        ),
        ("KRATOS_BROWSER_URL", ports.kratos_public_url()),
        ("PUBLIC_URL", ports.ui_url()),
    ]
}

async fn doctor_passes_every_check_against_a_right_config(ctx: Ctx) -> Result<()> {
    let ports = ctx.stack().spec.ports;
    let mut env = kratos_env(&ports);
    env.extend([
        (
            "KRATOS_ADMIN_URL",
            format!("http://127.0.0.1:{}", ports.kratos_admin),
        ),
        ("HYDRA_ADMIN_URL", ports.hydra_admin_url()),
        ("COOKIE_SECRET", DEV_COOKIE_SECRET.to_owned()),
    ]);
    let (report, code) = check(&env).await?;
    ensure!(code == Some(0), "exit {code:?}:\n{report}");
    for name in [
        "configuration",
        "Kratos public API",
        "Kratos admin API",
        "login ui_url",
        "registration ui_url",
        "recovery ui_url",
        "verification ui_url",
        "error ui_url",
        "CSRF cookie",
        "KRATOS_BROWSER_URL",
        "webauthn.js",
        "Hydra admin API",
    ] {
        let l = line(&report, name)?;
        ensure!(l.starts_with('✓'), "{name} did not pass: {l}\n{report}");
    }
    ensure!(!report.contains('✗'), "{report}");
    ensure!(report.ends_with("All checks passed.\n"), "{report}");
    Ok(())
}

async fn doctor_names_a_wrong_login_ui_url_and_cookie_domain(_ctx: Ctx) -> Result<()> {
    // A Kratos of its own, on ports the OS picks (not a test block), with
    // two settings wrong through Kratos' environment overrides.
    let ports = Ports::ephemeral()?;
    let ui = ports.ui_url();
    let spec = StackSpec {
        name: "doctor-wrong".to_owned(),
        ports,
        kratos: KratosOptions {
            env: vec![
                (
                    "SELFSERVICE_FLOWS_LOGIN_UI_URL".to_owned(),
                    format!("{ui}/signin"),
                ),
                ("COOKIES_DOMAIN".to_owned(), "example.com".to_owned()),
            ],
            ..KratosOptions::default()
        },
        with_vestibule: false,
        with_hydra: false,
        oathkeeper: None,
    };
    let stack = Stack::start(spec).await?;
    let result = check(&kratos_env(&ports)).await;
    stack.stop().await;
    let (report, code) = result?;
    ensure!(code == Some(1), "exit {code:?}:\n{report}");
    let login = line(&report, "login ui_url")?;
    let expected = format!(
        "✗ login ui_url: Kratos sends a new login flow to {ui}/signin, not to this UI's {ui}/login. Fix: set selfservice.flows.login.ui_url to {ui}/login"
    );
    ensure!(login.starts_with(&expected), "{login}\n{report}");
    ensure!(
        line(&report, "registration ui_url")?.starts_with('✓'),
        "{report}"
    );
    let cookie = line(&report, "CSRF cookie")?;
    ensure!(
        cookie.starts_with("✗ CSRF cookie: Kratos sets its cookies for the domain example.com, but browsers reach Kratos at localhost (KRATOS_BROWSER_URL)"),
        "{cookie}\n{report}"
    );
    ensure!(
        cookie.contains("Fix: unset Kratos' cookies.domain"),
        "{cookie}"
    );
    Ok(())
}

async fn doctor_names_an_unreachable_kratos(ctx: Ctx) -> Result<()> {
    let closed = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let env = [
        ("KRATOS_PUBLIC_URL", format!("http://127.0.0.1:{closed}")),
        ("PUBLIC_URL", ctx.stack().ui_url()),
    ];
    let (report, code) = check(&env).await?;
    ensure!(code == Some(1), "exit {code:?}:\n{report}");
    let kratos = line(&report, "Kratos public API")?;
    ensure!(
        kratos.starts_with(&format!("✗ Kratos public API: KRATOS_PUBLIC_URL http://127.0.0.1:{closed}/ cannot be reached from here")),
        "{kratos}"
    );
    ensure!(kratos.contains("Fix: set KRATOS_PUBLIC_URL"), "{kratos}");
    ensure!(report.matches('✗').count() == 1, "{report}");
    ensure!(
        line(&report, "flows and cookies")?.starts_with('–'),
        "{report}"
    );
    Ok(())
}
