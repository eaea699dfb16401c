//! Installs what a fresh machine lacks; each step does nothing when its
//! result is already there.

use std::path::Path;

use anyhow::{bail, Result};
use vestibule_e2e::paths;

use crate::cmd;

pub const CHROMIUM: &str = "/usr/bin/chromium";

pub fn all() -> Result<()> {
    chromium()?;
    kratos()?;
    hydra()?;
    oathkeeper()?;
    playwright_driver()?;
    crate::wasm::wasm_target()?;
    webauthn_tools()
}

/// Debian's Chromium (a browser download by a test tool fails here).
pub fn chromium() -> Result<()> {
    if Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    if !is_root() {
        bail!("Chromium is missing: run `sudo apt-get install -y chromium chromium-driver`");
    }
    cmd("apt-get", &["update", "-qq"], &[])?;
    cmd(
        "apt-get",
        &["install", "-y", "-qq", "chromium", "chromium-driver"],
        &[("DEBIAN_FRONTEND", "noninteractive".to_owned())],
    )
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Ory Kratos v1.3.1 built from the Go module proxy (`end2end/ory`, a Go
/// module listing it as a tool) with SQLite, cached outside the clone and
/// keyed by go.sum.
pub fn kratos() -> Result<()> {
    go_build(
        "Kratos",
        &paths::ory_module(),
        "github.com/ory/kratos",
        &paths::kratos_bin(),
    )
}

/// Ory Hydra v2.3.0, likewise, from its own module (`end2end/ory/hydra`).
pub fn hydra() -> Result<()> {
    go_build(
        "Hydra",
        &paths::hydra_module(),
        "github.com/ory/hydra/v2",
        &paths::hydra_bin(),
    )
}

/// `go build -tags sqlite` of a tool of `module` into `bin`, with the Go
/// caches under the project's cache; nothing when `bin` exists.
fn go_build(name: &str, module: &Path, package: &str, bin: &Path) -> Result<()> {
    if bin.exists() {
        return Ok(());
    }
    let cache = paths::cache_dir();
    let envs = [
        ("GOMODCACHE", cache.join("gomod").display().to_string()),
        ("GOCACHE", cache.join("gobuild").display().to_string()),
        ("CGO_ENABLED", "1".to_owned()),
    ];
    let out = bin.display().to_string();
    let module_dir = module.display().to_string();
    eprintln!("building {name} into {out} (a few minutes the first time)");
    cmd(
        "go",
        &[
            "-C",
            &module_dir,
            "build",
            "-tags",
            "sqlite",
            "-o",
            &out,
            package,
        ],
        &envs,
    )
}

/// Ory Oathkeeper v0.40.9 from the Go module proxy (`end2end/ory/oathkeeper`,
/// a module of its own), cached like Kratos and keyed by its go.sum. No
/// database, no build tags.
pub fn oathkeeper() -> Result<()> {
    let bin = paths::oathkeeper_bin();
    if bin.exists() {
        return Ok(());
    }
    let cache = paths::cache_dir();
    let envs = [
        ("GOMODCACHE", cache.join("gomod").display().to_string()),
        ("GOCACHE", cache.join("gobuild").display().to_string()),
    ];
    let out = bin.display().to_string();
    let module_dir = paths::oathkeeper_module().display().to_string();
    eprintln!("building Oathkeeper into {out} (a few minutes the first time)");
    cmd(
        "go",
        &[
            "-C",
            &module_dir,
            "build",
            "-o",
            &out,
            "github.com/ory/oathkeeper",
        ],
        &envs,
    )
}

/// The Playwright driver from npm, at the version playwright-rs speaks,
/// and axe-core for the accessibility test.
pub fn playwright_driver() -> Result<()> {
    let e2e = paths::repo_root().join("end2end");
    if e2e.join("node_modules/playwright-core/cli.js").exists()
        && e2e.join("node_modules/axe-core/axe.min.js").exists()
    {
        return Ok(());
    }
    let dir = e2e.display().to_string();
    cmd(
        "npm",
        &["ci", "--prefix", &dir, "--no-audit", "--no-fund"],
        &[("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1".to_owned())],
    )
}

/// wasm-opt (npm `binaryen`, never Debian's) and esbuild for the WebAuthn
/// module, from webauthn/package-lock.json.
pub fn webauthn_tools() -> Result<()> {
    let dir = crate::wasm::crate_dir();
    let bin = dir.join("node_modules").join(".bin");
    if bin.join("wasm-opt").exists() && bin.join("esbuild").exists() {
        return Ok(());
    }
    let dir = dir.display().to_string();
    cmd(
        "npm",
        &["ci", "--prefix", &dir, "--no-audit", "--no-fund"],
        &[],
    )
}
