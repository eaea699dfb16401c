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
    // The main stack, and one whose flows expire after a few seconds for
    // the expiry tests (a Kratos + Vestibule pair of its own).
    let stacks = rt.block_on(async {
        let main = Stack::start(StackSpec {
            name: "e2e".to_owned(),
            ports: Ports::test(0),
            kratos: KratosOptions::default(),
            with_vestibule: true,
        })
        .await?;
        let short = Stack::start(StackSpec {
            name: "e2e-short".to_owned(),
            ports: Ports::test(1),
            kratos: KratosOptions {
                flow_lifespan: format!("{}s", support::SHORT_LIFESPAN_SECS),
                ..KratosOptions::default()
            },
            with_vestibule: true,
        })
        .await;
        match short {
            Ok(short) => anyhow::Ok((main, short)),
            Err(e) => {
                main.stop().await;
                Err(e)
            }
        }
    });
    let (stack, short) = match stacks {
        Ok((main, short)) => (Arc::new(main), Arc::new(short)),
        Err(e) => {
            eprintln!("cannot start the test stacks: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    let suite = match rt.block_on(Suite::start(stack.clone(), short.clone())) {
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
                let ctx = Ctx::new(suite.clone(), name);
                rt.block_on(test(ctx))
                    .map_err(|e| Failed::from(format!("{e:#}\n{}", suite.stack.log_tails(8))))
            })
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    rt.block_on(async {
        suite.close().await;
        drop(suite);
        for stack in [stack, short] {
            if let Ok(stack) = Arc::try_unwrap(stack) {
                stack.stop().await;
            }
        }
    });
    conclusion.exit_code()
}
