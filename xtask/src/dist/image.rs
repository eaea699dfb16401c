//! The container image: Containerfile.prebuilt (the final stage of the
//! Containerfile: FROM scratch, the binary alone, USER 65532) built by
//! podman from the binary `cargo xtask dist` made, so no registry image is
//! pulled.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use vestibule_e2e::paths;

use super::{display, fresh_dir, mib, tools};
use crate::cmd;

/// The ceiling issue 10 sets for the image.
const MAX_IMAGE_BYTES: u64 = 20_000_000;
/// The image's user (and group): distroless' "nonroot".
pub const USER: &str = "65532:65532";

pub struct Image {
    /// `localhost/login-svc:<version>`.
    pub tag: String,
}

pub fn build(bin: &Path) -> Result<Image> {
    podman_installed()?;
    let context = fresh_dir("dist-image")?;
    std::fs::copy(bin, context.join("login-svc"))
        .with_context(|| format!("copying {} into the build context", bin.display()))?;
    let containerfile = paths::repo_root().join("Containerfile.prebuilt");
    let tag = format!("localhost/login-svc:{}", env!("CARGO_PKG_VERSION"));
    podman(&[
        "build",
        "--quiet",
        "--tag",
        &tag,
        "--file",
        &display(&containerfile),
        &display(&context),
    ])?;
    let inspect = podman_output(&[
        "image",
        "inspect",
        "--format",
        "{{.Size}} {{.Config.User}}",
        &tag,
    ])?;
    let (size, user) = inspect
        .trim()
        .split_once(' ')
        .with_context(|| format!("podman image inspect said {inspect:?}"))?;
    let size: u64 = size
        .parse()
        .with_context(|| format!("image size {size:?}"))?;
    println!(
        "dist: image {tag} ({size} bytes, {:.1} MiB; user {user})",
        mib(size)
    );
    if size > MAX_IMAGE_BYTES {
        bail!("the image is {size} bytes, over the {MAX_IMAGE_BYTES} the issue allows");
    }
    if user != USER {
        bail!("the image runs as {user:?}, not {USER}");
    }
    Ok(Image { tag })
}

/// podman and runc from Debian. crun, podman's default runtime here, fails
/// on `setrlimit RLIMIT_NOFILE` and cgroups in this sandbox; runc works.
fn podman_installed() -> Result<()> {
    tools::apt_tool("podman", &["podman"])?;
    tools::apt_tool("runc", &["runc"])
}

/// A containers.conf that works in this sandbox (and elsewhere): no default
/// ulimits to set, cgroups managed without systemd.
fn containers_conf() -> Result<PathBuf> {
    let dir = paths::cache_dir().join("podman");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let conf = dir.join("containers.conf");
    std::fs::write(
        &conf,
        "[containers]\ndefault_ulimits = []\n\n[engine]\ncgroup_manager = \"cgroupfs\"\n",
    )
    .with_context(|| format!("writing {}", conf.display()))?;
    Ok(conf)
}

/// The environment every podman call gets.
pub fn podman_env() -> Result<Vec<(&'static str, String)>> {
    Ok(vec![("CONTAINERS_CONF", display(&containers_conf()?))])
}

pub fn podman(args: &[&str]) -> Result<()> {
    cmd("podman", args, &podman_env()?)
}

pub fn podman_output(args: &[&str]) -> Result<String> {
    let out = Command::new("podman")
        .args(args)
        .envs(podman_env()?)
        .output()
        .context("starting podman")?;
    if !out.status.success() {
        bail!(
            "podman {} failed ({}): {}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
