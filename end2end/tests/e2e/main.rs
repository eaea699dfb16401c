//! Browser and HTTP tests against the real stack: Kratos v1.3.1 built from
//! the Go module proxy, Vestibule's debug build, Debian's Chromium driven by
//! playwright-rs. One stack is started for the run (test ports, never the
//! dev ones) and stopped by PID at the end.
//!
//! Under `CI=true` a missing Chromium, Kratos or driver fails every test;
//! elsewhere the tests are reported as ignored with the reason.

mod code;
mod http_lifecycle;
mod lifecycle;
mod login;
mod oathkeeper;
mod passkeys;
mod recovery_verification;
mod registration;
mod settings;
mod support;
mod two_factor;

use std::process::ExitCode;
use std::sync::Arc;

use libtest_mimic::{Arguments, Failed, Trial};
use support::{Ctx, Suite, TestFn};
use vestibule_e2e::{KratosOptions, OathkeeperOptions, OathkeeperPorts, Ports, Stack, StackSpec};

fn tests() -> Vec<(&'static str, TestFn)> {
    let mut all = Vec::new();
    all.extend(registration::tests());
    all.extend(http_lifecycle::tests());
    all.extend(login::tests());
    all.extend(code::tests());
    all.extend(recovery_verification::tests());
    all.extend(settings::tests());
    all.extend(two_factor::tests());
    all.extend(lifecycle::tests());
    all.extend(passkeys::tests());
    all.extend(oathkeeper::tests());
    all
}

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let names = tests();
    if args.list {
        let trials = names
            .into_iter()
            .map(|(name, _)| Trial::test(name, || Ok(())))
            .collect();
        return libtest_mimic::run(&args, trials).exit_code();
    }
    let rt = match tokio::runtime::Runtime::new() {
        Ok(rt) => Arc::new(rt),
        Err(e) => {
            eprintln!("cannot start a runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(missing) = support::prerequisites() {
        let in_ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
        eprintln!("e2e prerequisites missing: {missing}");
        let trials = names
            .into_iter()
            .map(|(name, _)| {
                let missing = missing.clone();
                let trial = Trial::test(name, move || Err(Failed::from(missing)));
                if in_ci {
                    trial
                } else {
                    trial.with_ignored_flag(true)
                }
            })
            .collect();
        return libtest_mimic::run(&args, trials).exit_code();
    }
    // Two stacks tests lease one at a time (as many as test threads run on
    // this 2-core machine), and one whose flows expire after a few seconds
    // for the expiry tests; each a Kratos + Vestibule pair of its own.
    let spec = |name: &str, n: u16, kratos: KratosOptions| StackSpec {
        name: name.to_owned(),
        ports: Ports::test(n),
        kratos,
        with_vestibule: true,
        oathkeeper: None,
    };
    let started = rt.block_on(async {
        let short_options = KratosOptions {
            flow_lifespan: format!("{}s", support::SHORT_LIFESPAN_SECS),
            ..KratosOptions::default()
        };
        // Its own stack: Kratos calls Vestibule's webhook on every sign-up
        // there, and a test restarts its Vestibule with another policy.
        let behind_oathkeeper = StackSpec {
            oathkeeper: Some(OathkeeperOptions {
                ports: OathkeeperPorts::test(3),
                allowed_email_domains: support::ALLOWED_DOMAIN.to_owned(),
            }),
            ..spec("e2e-oathkeeper", 3, KratosOptions::default())
        };
        let (a, b, short, ok) = tokio::join!(
            Stack::start(spec("e2e-a", 0, KratosOptions::default())),
            Stack::start(spec("e2e-b", 2, KratosOptions::default())),
            Stack::start(spec("e2e-short", 1, short_options)),
            Stack::start(behind_oathkeeper),
        );
        match (a, b, short, ok) {
            (Ok(a), Ok(b), Ok(short), Ok(ok)) => Ok((
                vec![Arc::new(a), Arc::new(b)],
                Arc::new(short),
                Arc::new(ok),
            )),
            (a, b, short, ok) => {
                let mut errors = Vec::new();
                for started in [a, b, short, ok] {
                    match started {
                        Ok(stack) => stack.stop().await,
                        Err(e) => errors.push(format!("{e:#}")),
                    }
                }
                Err(errors.join("\n"))
            }
        }
    });
    let (stacks, short, behind_oathkeeper) = match started {
        Ok(started) => started,
        Err(e) => {
            eprintln!("cannot start the test stacks: {e}");
            return ExitCode::FAILURE;
        }
    };
    let suite = match rt.block_on(Suite::start(stacks, short, behind_oathkeeper)) {
        Ok(suite) => Arc::new(suite),
        Err(e) => {
            eprintln!("cannot start the browser: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    let trials = names
        .into_iter()
        .map(|(name, test)| {
            let rt = rt.clone();
            let suite = suite.clone();
            Trial::test(name, move || {
                rt.block_on(async {
                    let ctx = Ctx::lease(suite.clone(), name).await?;
                    let stack = ctx.lease.stack.clone();
                    test(ctx)
                        .await
                        .map_err(|e| anyhow::anyhow!("{e:#}\n{}", stack.log_tails(8)))
                })
                .map_err(|e| Failed::from(format!("{e:#}")))
            })
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    rt.block_on(async {
        suite.close().await;
        let stacks: Vec<Arc<Stack>> = suite
            .stacks
            .stacks()
            .chain(suite.short.stacks())
            .chain(suite.behind_oathkeeper.stacks())
            .cloned()
            .collect();
        drop(suite);
        for stack in stacks {
            if let Ok(stack) = Arc::try_unwrap(stack) {
                stack.stop().await;
            }
        }
    });
    conclusion.exit_code()
}
