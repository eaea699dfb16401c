//! The chart and the plain manifests, checked for real: `helm lint
//! --strict` and `helm template` of deploy/helm/login-svc (defaults, and
//! each values file in its ci/), `kustomize build` of deploy/kubernetes/base
//! and of the overlay; every resulting resource, and the base's files as
//! written, validated strictly (unknown fields rejected) against the
//! Kubernetes 1.30 schemas. A deliberately broken Deployment must be
//! rejected too, or the validation proves nothing. The chart's
//! ServiceMonitors, which have no schema there, are checked against the
//! Service and Deployment they scrape instead (service_monitor.py).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use super::{deploy_dir, display, fresh_dir, tools};

/// The oldest Kubernetes the manifests are written for.
const KUBERNETES: &str = "1.30.0";

/// Checks a rendered file's ServiceMonitors and writes the rest out.
const SERVICE_MONITOR_CHECK: &str = include_str!("service_monitor.py");

pub fn check() -> Result<()> {
    let helm = tools::go_tool("helm", "helm.sh/helm/v3/cmd/helm")?;
    let kustomize = tools::go_tool("kustomize", "sigs.k8s.io/kustomize/kustomize/v5")?;
    let python = tools::validator_python()?;
    let out = fresh_dir("dist-manifests")?;
    let mut rendered = Vec::new();
    let monitor_check = write(&out, "service_monitor.py", SERVICE_MONITOR_CHECK)?;
    let mut monitors = 0;

    let chart = deploy_dir().join("helm").join("login-svc");
    let helm_home = out.join("helm-home");
    let mut values: Vec<Option<PathBuf>> = vec![None];
    values.extend(values_files(&chart.join("ci"))?.into_iter().map(Some));
    for values in &values {
        let name = values.as_deref().and_then(Path::file_stem).map_or_else(
            || "defaults".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        );
        let values_args: Vec<String> = values
            .iter()
            .flat_map(|v| ["--values".to_owned(), display(v)])
            .collect();
        let mut lint = vec!["lint".to_owned(), "--strict".to_owned(), display(&chart)];
        lint.extend(values_args.iter().cloned());
        run(&helm, &lint, &helm_home)?;
        let mut template = vec![
            "template".to_owned(),
            "login-svc".to_owned(),
            display(&chart),
            "--kube-version".to_owned(),
            KUBERNETES.to_owned(),
        ];
        template.extend(values_args);
        let yaml = run(&helm, &template, &helm_home)?;
        let file = write(&out, &format!("chart-{name}.yaml"), &yaml)?;
        let rest = out.join(format!("chart-{name}-without-monitors.yaml"));
        monitors += service_monitors(&python, &monitor_check, &file, &rest)?;
        rendered.push(rest);
    }

    let kube = deploy_dir().join("kubernetes");
    let base = kube.join("base");
    for (name, dir) in [
        ("kustomize-base", base.clone()),
        (
            "kustomize-ory-stack",
            kube.join("overlays").join("ory-stack"),
        ),
    ] {
        let yaml = run(&kustomize, &["build".to_owned(), display(&dir)], &helm_home)?;
        rendered.push(write(&out, &format!("{name}.yaml"), &yaml)?);
    }
    // The plain files as written, too (everything but kustomization.yaml).
    for file in values_files(&base)? {
        if file.file_name().is_some_and(|n| n != "kustomization.yaml") {
            rendered.push(file);
        }
    }

    for file in &rendered {
        validate(&python, file)?;
    }
    negative_control(&python, &base.join("deployment.yaml"), &out)?;
    println!(
        "dist: helm lint + template ({} values sets), kustomize build (2), {} files valid against Kubernetes {KUBERNETES} (strict), {monitors} ServiceMonitors scrape what they should",
        values.len(),
        rendered.len()
    );
    Ok(())
}

/// The `*.yaml` files directly in `dir`, sorted.
fn values_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == "yaml") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn write(dir: &Path, name: &str, yaml: &str) -> Result<PathBuf> {
    let path = dir.join(name);
    std::fs::write(&path, yaml).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// Runs helm or kustomize, returning stdout; its caches stay in `home`.
fn run(program: &Path, args: &[String], home: &Path) -> Result<String> {
    eprintln!("+ {} {}", display(program), args.join(" "));
    let out = Command::new(program)
        .args(args)
        .env("HELM_CACHE_HOME", home.join("cache"))
        .env("HELM_CONFIG_HOME", home.join("config"))
        .env("HELM_DATA_HOME", home.join("data"))
        .output()
        .with_context(|| format!("starting {}", program.display()))?;
    if !out.status.success() {
        bail!(
            "{} {} failed ({}):\n{}{}",
            program.display(),
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Checks `file`'s ServiceMonitors, writes its other resources to `rest`
/// and returns how many it had.
fn service_monitors(python: &Path, check: &Path, file: &Path, rest: &Path) -> Result<usize> {
    let out = Command::new(python)
        .arg(check)
        .arg(file)
        .arg(rest)
        .output()
        .context("starting the ServiceMonitor check")?;
    if !out.status.success() {
        bail!(
            "the ServiceMonitor check failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let count = String::from_utf8_lossy(&out.stdout);
    count
        .trim()
        .parse()
        .with_context(|| format!("the ServiceMonitor check printed {count:?}"))
}

/// Validates every resource of `file`. kubernetes-validate only warns, and
/// exits 0, for a kind it has no schema for; here anything but a pass is a
/// failure.
fn validate(python: &Path, file: &Path) -> Result<()> {
    let (passed, report) = validator(python, file)?;
    if !passed {
        bail!("{} does not validate:\n{report}", file.display());
    }
    Ok(())
}

/// (every resource passed, the validator's report).
fn validator(python: &Path, file: &Path) -> Result<(bool, String)> {
    let out = Command::new(python)
        .args(["-m", "kubernetes_validate", "--strict", "-k", KUBERNETES])
        .arg(file)
        .output()
        .context("starting kubernetes-validate")?;
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = report.lines().filter(|l| !l.trim().is_empty()).collect();
    let all_passed = !lines.is_empty()
        && lines
            .iter()
            .all(|l| l.starts_with("INFO ") && l.contains(" passed for resource "));
    Ok((out.status.success() && all_passed, report))
}

/// The base Deployment with a field Kubernetes does not have: must fail.
fn negative_control(python: &Path, deployment: &Path, out: &Path) -> Result<()> {
    let yaml = std::fs::read_to_string(deployment)
        .with_context(|| format!("reading {}", deployment.display()))?;
    let broken = yaml.replacen("  replicas: 2\n", "  replicas: 2\n  replicaCount: 2\n", 1);
    if broken == yaml {
        bail!(
            "{} no longer has `  replicas: 2`: update the negative control",
            deployment.display()
        );
    }
    let file = write(out, "negative-control.yaml", &broken)?;
    let (passed, report) = validator(python, &file)?;
    if passed {
        bail!("kubernetes-validate accepted a Deployment with an unknown field (spec.replicaCount): the validation is not strict:\n{report}");
    }
    Ok(())
}
