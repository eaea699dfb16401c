//! `cargo xtask dist`: the static `login-svc` for x86_64 Linux (musl), with
//! the WebAuthn module and assets embedded, and what ships it:
//!
//! - `dist [--out PATH]`  the binary (copied to PATH too); prints its size
//! - `dist image`         + the container image from Containerfile.prebuilt
//! - `dist manifests`     helm lint/template, kustomize build, and schema
//!   validation of the chart and deploy/kubernetes/ (Kubernetes 1.30)
//! - `dist test`          all of it, plus the image run against a real
//!   Kratos: what CI runs (`.ci/run`)
//!
//! Each step installs what it lacks (the musl target, musl-tools, podman,
//! runc; helm and kustomize from the Go module proxy; kubernetes-validate
//! from PyPI in a venv), cached under `$VESTIBULE_CACHE`.

mod image;
mod manifests;
mod probe;
mod tools;

pub use tools::rust_target;

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use vestibule_e2e::paths;

use crate::{cargo, cmd, wasm};

/// Static binaries: musl libc linked in, no loader needed at run time.
pub const MUSL: &str = "x86_64-unknown-linux-musl";
/// `[profile.dist]` in Cargo.toml: release, stripped.
const PROFILE: &str = "dist";
const BIN: &str = "login-svc";

pub fn run(args: &[String]) -> Result<()> {
    let mut out = None;
    let mut step = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(args.next().context("--out needs a path")?)),
            "image" | "manifests" | "test" if step.is_none() => step = Some(arg.clone()),
            other => bail!(
                "unknown argument {other:?}: usage: cargo xtask dist [image|manifests|test] [--out PATH]"
            ),
        }
    }
    let bin = match step.as_deref() {
        Some("manifests") => None,
        _ => Some(timed("binary", binary)?),
    };
    if let (Some(bin), Some(out)) = (&bin, &out) {
        std::fs::copy(bin, out).with_context(|| format!("copying to {}", out.display()))?;
        println!("dist: copied to {}", out.display());
    }
    match (step.as_deref(), &bin) {
        (Some("image"), Some(bin)) => {
            timed("image", || image::build(bin))?;
        }
        (Some("test"), Some(bin)) => {
            let image = timed("image", || image::build(bin))?;
            timed("image run against Kratos", || probe::run(&image))?;
            timed("manifests", manifests::check)?;
        }
        (Some("manifests"), _) => timed("manifests", manifests::check)?,
        _ => {}
    }
    Ok(())
}

/// Runs one step and says how long it took (CI's log keeps the figures).
fn timed<T>(what: &str, step: impl FnOnce() -> Result<T>) -> Result<T> {
    let started = Instant::now();
    let result = step();
    let verdict = if result.is_ok() { "done" } else { "failed" };
    eprintln!(
        "dist: {what} {verdict} in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    result
}

/// Builds the static release binary and returns its path (the benchmark
/// measures this binary too: what ships).
pub fn binary() -> Result<PathBuf> {
    wasm::build()?;
    tools::rust_target(MUSL)?;
    // ring compiles C for the target: it needs musl's gcc wrapper.
    tools::apt_tool("x86_64-linux-musl-gcc", &["musl-tools"])?;
    cmd(
        &cargo(),
        &[
            "build",
            "--locked",
            "--profile",
            PROFILE,
            "--target",
            MUSL,
            "--package",
            "server",
            "--bin",
            BIN,
        ],
        &[],
    )?;
    let bin = paths::target_dir().join(MUSL).join(PROFILE).join(BIN);
    let bytes = std::fs::read(&bin).with_context(|| format!("reading {}", bin.display()))?;
    if needs_loader(&bytes)? {
        bail!(
            "{} asks for a dynamic loader (ELF PT_INTERP): it would not run FROM scratch",
            bin.display()
        );
    }
    println!(
        "dist: {} ({} bytes, {:.1} MiB, static)",
        bin.display(),
        bytes.len(),
        mib(bytes.len() as u64)
    );
    Ok(bin)
}

pub fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// Whether a 64-bit little-endian ELF names an interpreter (a dynamic
/// loader such as ld-musl or ld-linux): a static (or static-pie) binary
/// has no PT_INTERP program header.
fn needs_loader(elf: &[u8]) -> Result<bool> {
    const PT_INTERP: u32 = 3;
    let u16_at = |at: usize| {
        elf.get(at..at + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    let u32_at = |at: usize| {
        elf.get(at..at + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let u64_at = |at: usize| {
        elf.get(at..at + 8).map(|b| {
            let mut a = [0u8; 8];
            a.copy_from_slice(b);
            u64::from_le_bytes(a)
        })
    };
    // Magic, ELFCLASS64, little-endian.
    if elf.get(..6) != Some(&[0x7f, b'E', b'L', b'F', 2, 1]) {
        bail!("not a 64-bit little-endian ELF file");
    }
    let (Some(phoff), Some(phentsize), Some(phnum)) = (u64_at(0x20), u16_at(0x36), u16_at(0x38))
    else {
        bail!("truncated ELF header");
    };
    let phoff = usize::try_from(phoff).context("program header offset")?;
    for i in 0..usize::from(phnum) {
        let at = phoff + i * usize::from(phentsize);
        match u32_at(at) {
            Some(PT_INTERP) => return Ok(true),
            Some(_) => {}
            None => bail!("truncated ELF program headers"),
        }
    }
    Ok(false)
}

/// The repository's `deploy/` folder.
fn deploy_dir() -> PathBuf {
    paths::repo_root().join("deploy")
}

/// A folder under cargo's target dir, emptied first.
fn fresh_dir(name: &str) -> Result<PathBuf> {
    let dir = paths::target_dir().join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).with_context(|| format!("clearing {}", dir.display()))?;
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::needs_loader;

    #[test]
    fn a_dynamically_linked_binary_needs_a_loader() {
        // This test binary is linked against glibc (the host target).
        let me = std::fs::read(std::env::current_exe().unwrap()).unwrap();
        assert!(needs_loader(&me).unwrap());
    }

    #[test]
    fn an_elf_without_program_headers_needs_none() {
        let mut elf = vec![0x7f, b'E', b'L', b'F', 2, 1];
        elf.resize(64, 0);
        assert!(!needs_loader(&elf).unwrap());
    }

    #[test]
    fn not_an_elf_is_an_error() {
        assert!(needs_loader(b"#!/bin/sh\n").is_err());
    }
}
