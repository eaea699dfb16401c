//! Browser and HTTP tests against the real stack: Kratos v1.3.1 and Hydra
//! v2.3.0 built from the Go module proxy, Vestibule's debug build, Debian's
//! Chromium driven by playwright-rs. The stacks are started for the run
//! (test ports, never the dev ones) and stopped by PID at the end.
//!
//! Under `CI=true` a missing Chromium, Kratos, Hydra or driver fails every
//! test; elsewhere the tests are reported as ignored with the reason.

mod code;
mod http_lifecycle;
mod hydra;
mod lifecycle;
mod login;
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
use vestibule_e2e::{KratosOptions, Ports, Stack, StackSpec};

fn tests() -> Vec<(&'static str, TestFn)> {
    let mut all = Vec::new();
    all.extend(registration::tests());
    all.extend(http_lifecycle::tests());
    all.extend(hydra::tests());
    all.extend(login::tests());
    all.extend(code::tests());
    all.extend(recovery_verification::tests());
    all.extend(settings::tests());
    all.extend(two_factor::tests());
    all.extend(lifecycle::tests());
    all.extend(passkeys::tests());
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
    // this 2-core machine), each Kratos + Hydra + Vestibule, and one whose
    // flows expire after a few seconds for the expiry tests (Kratos +
    // Vestibule only).
    let spec = |name: &str, n: u16, kratos: KratosOptions, with_hydra: bool| StackSpec {
        name: name.to_owned(),
        ports: Ports::test(n),
        kratos,
        with_vestibule: true,
        with_hydra,
    };
    let started = rt.block_on(async {
        let short_options = KratosOptions {
            flow_lifespan: format!("{}s", support::SHORT_LIFESPAN_SECS),
            ..KratosOptions::default()
        };
        let (a, b, short) = tokio::join!(
            Stack::start(spec("e2e-a", 0, KratosOptions::default(), true)),
            Stack::start(spec("e2e-b", 2, KratosOptions::default(), true)),
            Stack::start(spec("e2e-short", 1, short_options, false)),
        );
        match (a, b, short) {
            (Ok(a), Ok(b), Ok(short)) => Ok((vec![Arc::new(a), Arc::new(b)], Arc::new(short))),
            (a, b, short) => {
                let mut errors = Vec::new();
                for started in [a, b, short] {
                    match started {
                        Ok(stack) => stack.stop().await,
                        Err(e) => errors.push(format!("{e:#}")),
                    }
                }
                Err(errors.join("\n"))
            }
        }
    });
    let (stacks, short) = match started {
        Ok(started) => started,
        Err(e) => {
            eprintln!("cannot start the test stacks: {e}");
            return ExitCode::FAILURE;
        }
    };
    let suite = match rt.block_on(Suite::start(stacks, short)) {
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
