//! `cargo xtask wasm`: builds the WebAuthn trigger module (webauthn/) into
//! exactly two files, `public/pkg/webauthn.js` (ES module; its default
//! export is wasm-bindgen's init, which takes `{module_or_path: url}`) and
//! `public/pkg/webauthn_bg.wasm`:
//!
//! 1. `cargo build --profile wasm-release --target wasm32-unknown-unknown`;
//! 2. wasm-bindgen `--target web`, through the `wasm-bindgen-cli-support`
//!    library pinned to the module's wasm-bindgen version (no CLI install);
//! 3. `wasm-opt -Oz` from npm `binaryen` (Debian's binaryen 108 writes WASM
//!    that Chromium rejects) and the glue minified by npm `esbuild`, both
//!    from `webauthn/package-lock.json`.
//!
//! Nothing is done when both outputs are newer than every input, so
//! `cargo xtask test` stays fast.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::{bail, Context, Result};
use vestibule_e2e::paths;

use crate::{cargo, cmd, setup};

pub const TARGET: &str = "wasm32-unknown-unknown";
const PACKAGE: &str = "webauthn-trigger";
const PROFILE: &str = "wasm-release";
/// The stem of both outputs (`webauthn.js`, `webauthn_bg.wasm`).
const OUT_NAME: &str = "webauthn";

/// Where the two outputs go: `public/pkg/`.
pub fn out_dir() -> PathBuf {
    paths::repo_root().join("public").join("pkg")
}

/// The module's source folder, also home of its npm build tools.
pub fn crate_dir() -> PathBuf {
    paths::repo_root().join("webauthn")
}

pub fn build() -> Result<()> {
    let out = out_dir();
    let js_out = out.join(format!("{OUT_NAME}.js"));
    let wasm_out = out.join(format!("{OUT_NAME}_bg.wasm"));
    // Also when nothing is built: `cargo xtask lint` checks the crate for it.
    wasm_target()?;
    if up_to_date(&[&js_out, &wasm_out], &inputs()?) {
        eprintln!("wasm: public/pkg is up to date");
        return Ok(());
    }
    setup::webauthn_tools()?;

    cmd(
        &cargo(),
        &[
            "build",
            "--profile",
            PROFILE,
            "--target",
            TARGET,
            "--package",
            PACKAGE,
        ],
        &[],
    )?;
    let compiled = paths::target_dir()
        .join(TARGET)
        .join(PROFILE)
        .join(format!("{}.wasm", PACKAGE.replace('-', "_")));

    let staging = paths::target_dir().join("wasm-pkg");
    if staging.exists() {
        fs::remove_dir_all(&staging).with_context(|| format!("clearing {}", staging.display()))?;
    }
    eprintln!(
        "+ wasm-bindgen --target web --no-typescript {}",
        compiled.display()
    );
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&compiled)
        .out_name(OUT_NAME)
        .web(true)?
        .typescript(false)
        .generate(&staging)
        .context("wasm-bindgen")?;
    let glue = staging.join(format!("{OUT_NAME}.js"));
    let wasm = staging.join(format!("{OUT_NAME}_bg.wasm"));
    for (what, path) in [("glue", &glue), ("module", &wasm)] {
        if !path.exists() {
            bail!("wasm-bindgen wrote no {what} at {}", path.display());
        }
    }

    let bin = crate_dir().join("node_modules").join(".bin");
    let opt_wasm = staging.join(format!("{OUT_NAME}_bg.opt.wasm"));
    cmd(
        &bin.join("wasm-opt").display().to_string(),
        &[
            &wasm.display().to_string(),
            "-o",
            &opt_wasm.display().to_string(),
            "-Oz",
            "--converge",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--strip-debug",
            "--strip-producers",
            "--strip-target-features",
        ],
        &[],
    )?;
    let min_js = staging.join(format!("{OUT_NAME}.min.js"));
    cmd(
        &bin.join("esbuild").display().to_string(),
        &[
            &glue.display().to_string(),
            "--minify",
            "--format=esm",
            "--log-level=warning",
            &format!("--outfile={}", min_js.display()),
        ],
        &[],
    )?;

    // Exactly the two outputs: anything else in public/pkg is stale.
    if out.exists() {
        fs::remove_dir_all(&out).with_context(|| format!("clearing {}", out.display()))?;
    }
    fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    fs::copy(&min_js, &js_out).with_context(|| format!("writing {}", js_out.display()))?;
    fs::copy(&opt_wasm, &wasm_out).with_context(|| format!("writing {}", wasm_out.display()))?;
    print_sizes(&[&js_out, &wasm_out])
}

/// The wasm32 target for the active toolchain, added when missing.
pub fn wasm_target() -> Result<()> {
    crate::dist::rust_target(TARGET)
}

/// Every file the outputs are made from.
fn inputs() -> Result<Vec<PathBuf>> {
    let root = paths::repo_root();
    let krate = crate_dir();
    let mut files = vec![
        root.join("Cargo.lock"),
        // The `wasm-release` profile lives there.
        root.join("Cargo.toml"),
        krate.join("Cargo.toml"),
        krate.join("package-lock.json"),
        // The build steps and their flags.
        root.join("xtask").join("src").join("wasm.rs"),
    ];
    collect_files(&krate.join("src"), &mut files)?;
    Ok(files)
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Every output exists and is newer than every input.
fn up_to_date(outputs: &[&Path], inputs: &[PathBuf]) -> bool {
    let Some(oldest_output) = outputs.iter().map(|p| modified(p)).min().flatten() else {
        return false;
    };
    inputs
        .iter()
        .all(|input| modified(input).is_some_and(|t| t < oldest_output))
}

/// Bytes raw / gzip -9 / brotli -q 11 of each output and of both together.
fn print_sizes(files: &[&Path]) -> Result<()> {
    println!(
        "{:<22} {:>10} {:>10} {:>10}",
        "public/pkg", "raw", "gzip -9", "brotli 11"
    );
    let mut total = [0usize; 3];
    for file in files {
        let bytes = fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let sizes = [bytes.len(), gzip_len(&bytes)?, brotli_len(&bytes)?];
        for (sum, size) in total.iter_mut().zip(sizes) {
            *sum += size;
        }
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        println!(
            "{name:<22} {:>10} {:>10} {:>10}",
            sizes[0], sizes[1], sizes[2]
        );
    }
    println!(
        "{:<22} {:>10} {:>10} {:>10}",
        "total", total[0], total[1], total[2]
    );
    Ok(())
}

fn gzip_len(bytes: &[u8]) -> Result<usize> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len())
}

fn brotli_len(bytes: &[u8]) -> Result<usize> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out.len())
}
