//! Browser and HTTP tests against the real stack: Kratos v1.3.1, Hydra
//! v2.3.0 and Oathkeeper v0.40.9 built from the Go module proxy,
//! Vestibule's debug build, Debian's Chromium driven by playwright-rs. Stacks of each Kratos configuration the
//! tests need ([`support::Variant`]) are started for the run (test ports,
//! never the dev ones), leased by one test at a time and stopped by PID at
//! the end.
//!
//! Under `CI=true` a missing Chromium, Kratos, Hydra, Oathkeeper or driver fails every
//! test; elsewhere the tests are reported as ignored with the reason.

mod accessibility;
mod code;
mod continue_flow;
mod doctor;
mod hostile;
mod http_lifecycle;
mod hydra;
mod i18n;
mod lifecycle;
mod oathkeeper;
mod oauth2;
mod passkeys;
mod recovery_verification;
mod registration;
mod rvw;
mod settings;
mod sign_in;
mod support;
mod two_factor;

use std::process::ExitCode;
use std::sync::Arc;

use libtest_mimic::{Arguments, Failed, Trial};
use support::{Ctx, Suite, TestFn, Variant};
use vestibule_e2e::{Stack, StackSpec};

/// Every test with the Kratos configuration it runs against.
fn tests() -> Vec<(&'static str, Variant, TestFn)> {
    let mut all: Vec<(&'static str, Variant, TestFn)> = unified_tests()
        .into_iter()
        .map(|(name, test)| (name, Variant::Unified, test))
        .collect();
    all.extend(sign_in::tests());
    all.extend(continue_flow::tests());
    all
}

fn unified_tests() -> Vec<(&'static str, TestFn)> {
    let mut all = Vec::new();
    all.extend(registration::tests());
    all.extend(http_lifecycle::tests());
    all.extend(hydra::tests());
    all.extend(oauth2::tests());
    all.extend(code::tests());
    all.extend(accessibility::tests());
    all.extend(recovery_verification::tests());
    all.extend(settings::tests());
    all.extend(two_factor::tests());
    all.extend(lifecycle::tests());
    all.extend(passkeys::tests());
    all.extend(oathkeeper::tests());
    all.extend(rvw::tests());
    all.extend(doctor::tests());
    all.extend(i18n::tests());
    all.extend(hostile::tests());
    all
}

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let names = tests();
    if args.list {
        let trials = names
            .into_iter()
            .map(|(name, _, _)| Trial::test(name, || Ok(())))
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
            .map(|(name, _, _)| {
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
    let started = rt.block_on(start_stacks());
    let stacks = match started {
        Ok(stacks) => stacks,
        Err(e) => {
            eprintln!("cannot start the test stacks: {e}");
            return ExitCode::FAILURE;
        }
    };
    let all_stacks: Vec<Arc<Stack>> = stacks.iter().flat_map(|(_, s)| s.clone()).collect();
    let suite = match rt.block_on(Suite::start(stacks)) {
        Ok(suite) => Arc::new(suite),
        Err(e) => {
            eprintln!("cannot start the browser: {e:#}");
            rt.block_on(stop_all(all_stacks));
            return ExitCode::FAILURE;
        }
    };
    let trials = names
        .into_iter()
        .map(|(name, variant, test)| {
            let rt = rt.clone();
            let suite = suite.clone();
            Trial::test(name, move || {
                rt.block_on(async {
                    let ctx = Ctx::lease(suite.clone(), name, variant).await?;
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
        drop(suite);
        stop_all(all_stacks).await;
    });
    conclusion.exit_code()
}

/// Every variant's stacks, started at once, each on a test port block of
/// its own; on any failure the ones that started are stopped again.
async fn start_stacks() -> Result<Vec<(Variant, Vec<Arc<Stack>>)>, String> {
    let mut block = 0;
    let mut starting = Vec::new();
    for variant in Variant::ALL {
        for i in 0..variant.stacks() {
            let spec = StackSpec {
                name: format!("e2e-{}-{i}", variant.name()),
                ports: variant.ports(block),
                kratos: variant.kratos(),
                with_vestibule: true,
                with_hydra: variant.with_hydra(),
                oathkeeper: variant.oathkeeper(block),
            };
            block += 1;
            starting.push((variant, tokio::spawn(Stack::start(spec))));
        }
    }
    let mut started: Vec<(Variant, Vec<Arc<Stack>>)> = Vec::new();
    let mut errors = Vec::new();
    for (variant, task) in starting {
        match task.await {
            Ok(Ok(stack)) => match started.iter_mut().find(|(v, _)| *v == variant) {
                Some((_, stacks)) => stacks.push(Arc::new(stack)),
                None => started.push((variant, vec![Arc::new(stack)])),
            },
            Ok(Err(e)) => errors.push(format!("{e:#}")),
            Err(e) => errors.push(format!("a stack's start-up task failed: {e}")),
        }
    }
    if errors.is_empty() {
        return Ok(started);
    }
    stop_all(started.into_iter().flat_map(|(_, s)| s).collect()).await;
    Err(errors.join("\n"))
}

/// Stops every stack no test holds any more.
async fn stop_all(stacks: Vec<Arc<Stack>>) {
    for stack in stacks {
        if let Ok(stack) = Arc::try_unwrap(stack) {
            stack.stop().await;
        }
    }
}
