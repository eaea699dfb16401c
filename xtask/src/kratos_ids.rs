//! `cargo xtask kratos-ids`: regenerates `app/locales/kratos-v1.3.1-ids.txt`,
//! the list of every message Kratos' `text/message_*.go` can build (id,
//! context keys, English text), from the source of the Kratos version
//! `end2end/ory/go.mod` pins. The catalogue tests (app/tests/catalogues.rs)
//! check the English catalogue against it, so the list must come from
//! Kratos itself, not from memory.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context, Result};
use vestibule_e2e::paths;

/// The version the list and its file name are for. A Kratos upgrade fails
/// here until someone renames the list and reviews the catalogues.
const KRATOS_VERSION: &str = "v1.3.1";

pub fn generate() -> Result<()> {
    let text_dir = kratos_source()?.join("text");
    let out = Command::new("go")
        .args(["-C", &paths::ory_module().display().to_string()])
        .args(["run", "./kratos-ids"])
        .arg(&text_dir)
        .envs(go_env())
        .output()
        .context("starting go run ./kratos-ids")?;
    if !out.status.success() {
        bail!(
            "go run ./kratos-ids failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let target = paths::repo_root()
        .join("app")
        .join("locales")
        .join(format!("kratos-{KRATOS_VERSION}-ids.txt"));
    std::fs::write(&target, &out.stdout)
        .with_context(|| format!("writing {}", target.display()))?;
    let ids = out
        .stdout
        .split(|b| *b == b'\n')
        .filter(|l| l.first().is_some_and(u8::is_ascii_digit))
        .count();
    eprintln!("{ids} message ids written to {}", target.display());
    Ok(())
}

/// The module cache folder of the pinned Kratos (downloaded if missing).
fn kratos_source() -> Result<PathBuf> {
    let out = Command::new("go")
        .args(["-C", &paths::ory_module().display().to_string()])
        .args(["mod", "download", "-json", "github.com/ory/kratos"])
        .envs(go_env())
        .output()
        .context("starting go mod download")?;
    if !out.status.success() {
        bail!(
            "go mod download github.com/ory/kratos failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let info: serde_json::Value =
        serde_json::from_slice(&out.stdout).context("reading go mod download -json")?;
    let version = info["Version"].as_str().unwrap_or_default();
    if version != KRATOS_VERSION {
        bail!("end2end/ory pins Kratos {version}, this list is for {KRATOS_VERSION}");
    }
    match info["Dir"].as_str() {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => bail!("go mod download gave no source folder for Kratos"),
    }
}

/// The same Go caches `cargo xtask setup` builds Kratos with.
fn go_env() -> [(&'static str, String); 2] {
    let cache = paths::cache_dir();
    [
        ("GOMODCACHE", cache.join("gomod").display().to_string()),
        ("GOCACHE", cache.join("gobuild").display().to_string()),
    ]
}
