//! Where things are: the repository, the cache outside the clone (CI
//! clones afresh each run, the cache survives), and the binaries.

use std::path::{Path, PathBuf};

/// The checkout this process runs for. `cargo run` and `cargo test` set
/// `CARGO_MANIFEST_DIR` at run time too, and that one wins: checkouts that
/// share a target directory (CI's fresh clone and a working tree) can run a
/// binary cargo built for the other one, whose compile-time path may be gone.
pub fn repo_root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .filter(|dir| Path::new(dir).is_dir())
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// `$VESTIBULE_CACHE`, else `~/.cache/vestibule`.
pub fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("VESTIBULE_CACHE").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/tmp"), PathBuf::from);
    home.join(".cache").join("vestibule")
}

/// The Go module that lists the Ory programs as tools.
pub fn ory_module() -> PathBuf {
    repo_root().join("end2end").join("ory")
}

/// FNV-1a of a file, hex; keys cached builds by their inputs.
pub fn file_hash(path: &Path) -> std::io::Result<String> {
    let bytes = std::fs::read(path)?;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    Ok(format!("{hash:016x}"))
}

/// The Kratos binary for the current go.sum: `$VESTIBULE_KRATOS_BIN`, else
/// `<cache>/bin/kratos-<hash of go.sum>`, so a change of version rebuilds.
pub fn kratos_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("VESTIBULE_KRATOS_BIN").filter(|b| !b.is_empty()) {
        return PathBuf::from(bin);
    }
    let hash = file_hash(&ory_module().join("go.sum")).unwrap_or_else(|_| "unknown".to_owned());
    cache_dir().join("bin").join(format!("kratos-{hash}"))
}

/// Hydra's own Go module: its pop/v6 replace differs from Kratos', and one
/// module cannot replace a path two ways (nor should Minimal Version
/// Selection across both programs build either with untested versions).
pub fn hydra_module() -> PathBuf {
    ory_module().join("hydra")
}

/// The Hydra binary for its go.sum: `$VESTIBULE_HYDRA_BIN`, else
/// `<cache>/bin/hydra-<hash of end2end/ory/hydra/go.sum>`.
pub fn hydra_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("VESTIBULE_HYDRA_BIN").filter(|b| !b.is_empty()) {
        return PathBuf::from(bin);
    }
    let hash = file_hash(&hydra_module().join("go.sum")).unwrap_or_else(|_| "unknown".to_owned());
    cache_dir().join("bin").join(format!("hydra-{hash}"))
}

/// The Hydra configuration template.
pub fn hydra_config_dir() -> PathBuf {
    repo_root().join("end2end").join("hydra")
}

/// The Go module that lists Oathkeeper as a tool. Its own module: Kratos'
/// replaces go-sqlite3 with v1.14.22 and Oathkeeper's with v1.14.10, and
/// one go.mod can replace a path only one way.
pub fn oathkeeper_module() -> PathBuf {
    ory_module().join("oathkeeper")
}

/// `$VESTIBULE_OATHKEEPER_BIN`, else `<cache>/bin/oathkeeper-<hash of its go.sum>`.
pub fn oathkeeper_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("VESTIBULE_OATHKEEPER_BIN").filter(|b| !b.is_empty()) {
        return PathBuf::from(bin);
    }
    let hash =
        file_hash(&oathkeeper_module().join("go.sum")).unwrap_or_else(|_| "unknown".to_owned());
    cache_dir().join("bin").join(format!("oathkeeper-{hash}"))
}

/// The Oathkeeper config and rules Vestibule ships (deploy/oathkeeper/),
/// which the stacks use as they are, with `${…}` filled in.
pub fn oathkeeper_deploy_dir() -> PathBuf {
    repo_root().join("deploy").join("oathkeeper")
}

/// Cargo's target directory as this build sees it.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .filter(|d| !d.is_empty())
        .map_or_else(|| repo_root().join("target"), PathBuf::from)
}

/// The `login-svc` binary: `$VESTIBULE_BIN`, else the debug build.
pub fn vestibule_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("VESTIBULE_BIN").filter(|b| !b.is_empty()) {
        return PathBuf::from(bin);
    }
    target_dir().join("debug").join("login-svc")
}

/// The Kratos configuration templates and identity schema.
pub fn kratos_config_dir() -> PathBuf {
    repo_root().join("end2end").join("kratos")
}
