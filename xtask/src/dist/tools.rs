//! What the dist steps need, installed when missing and cached: a rustup
//! target, Debian packages (as root), Go tools from deploy/tools (the Go
//! module proxy) and kubernetes-validate from PyPI in a venv.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use vestibule_e2e::paths;

use crate::cmd;

/// kubernetes-validate ships the Kubernetes JSON schemas (1.25–1.37).
const KUBERNETES_VALIDATE: &str = "1.37.0";

/// A rustup target for the active toolchain (`RUSTUP_AUTO_INSTALL=0`
/// here: nothing installs it on demand).
pub fn rust_target(target: &str) -> Result<()> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let sysroot = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .current_dir(paths::repo_root())
        .output()
        .with_context(|| format!("starting {rustc}"))?;
    let sysroot = String::from_utf8_lossy(&sysroot.stdout).trim().to_owned();
    let lib = Path::new(&sysroot)
        .join("lib")
        .join("rustlib")
        .join(target)
        .join("lib");
    if !sysroot.is_empty() && lib.is_dir() {
        return Ok(());
    }
    cmd("rustup", &["target", "add", target], &[])
}

/// Whether `program` starts (is on PATH).
pub fn on_path(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// `program` from Debian's `packages`, installed with apt-get when missing
/// (as root; otherwise the error says what to run).
pub fn apt_tool(program: &str, packages: &[&str]) -> Result<()> {
    if on_path(program) {
        return Ok(());
    }
    let list = packages.join(" ");
    if !is_root() {
        bail!("{program} is missing: run `sudo apt-get install -y {list}`");
    }
    cmd("apt-get", &["update", "-qq"], &[])?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend_from_slice(packages);
    cmd(
        "apt-get",
        &args,
        &[("DEBIAN_FRONTEND", "noninteractive".to_owned())],
    )?;
    if !on_path(program) {
        bail!("{program} is still missing after `apt-get install {list}`");
    }
    Ok(())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// The Go module listing helm and kustomize as tools.
fn tools_module() -> PathBuf {
    super::deploy_dir().join("tools")
}

/// A tool of deploy/tools built into `<cache>/bin/<name>-<hash of go.sum>`
/// (a version change rebuilds), with the Go caches the Ory builds share.
pub fn go_tool(name: &str, package: &str) -> Result<PathBuf> {
    let module = tools_module();
    let hash = paths::file_hash(&module.join("go.sum")).context("reading deploy/tools/go.sum")?;
    let bin = paths::cache_dir()
        .join("bin")
        .join(format!("{name}-{hash}"));
    if bin.exists() {
        return Ok(bin);
    }
    let cache = paths::cache_dir();
    eprintln!(
        "building {name} into {} (a few minutes the first time)",
        bin.display()
    );
    cmd(
        "go",
        &[
            "-C",
            &super::display(&module),
            "build",
            "-trimpath",
            "-o",
            &super::display(&bin),
            package,
        ],
        &[
            ("GOMODCACHE", super::display(&cache.join("gomod"))),
            ("GOCACHE", super::display(&cache.join("gobuild"))),
            ("CGO_ENABLED", "0".to_owned()),
        ],
    )?;
    Ok(bin)
}

/// The Python of a venv holding kubernetes-validate, created on first use.
pub fn validator_python() -> Result<PathBuf> {
    let venv = paths::cache_dir()
        .join("venv")
        .join(format!("kubernetes-validate-{KUBERNETES_VALIDATE}"));
    let python = venv.join("bin").join("python");
    let installed = Command::new(&python)
        .args(["-m", "kubernetes_validate", "--version"])
        .output()
        .is_ok_and(|o| {
            o.status.success() && String::from_utf8_lossy(&o.stdout).contains(KUBERNETES_VALIDATE)
        });
    if installed {
        return Ok(python);
    }
    if venv.exists() {
        std::fs::remove_dir_all(&venv).with_context(|| format!("clearing {}", venv.display()))?;
    }
    cmd("python3", &["-m", "venv", &super::display(&venv)], &[])?;
    cmd(
        &super::display(&python),
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            &format!("kubernetes-validate=={KUBERNETES_VALIDATE}"),
        ],
        &[],
    )?;
    Ok(python)
}
