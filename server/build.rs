//! Embeds the static assets: the stylesheet, the WebAuthn module (built
//! by `cargo xtask wasm` into public/pkg/) and the files of public/ served
//! at fixed paths (favicon.ico, robots.txt). Each gets a content-hashed name
//! (so browsers may cache it for ever) and is precompressed with brotli
//! and gzip at their highest levels, once, here, instead of per request.

use std::io::Write;
use std::path::{Path, PathBuf};

struct Asset {
    /// Stable name the code refers to.
    key: &'static str,
    source: PathBuf,
    stem: &'static str,
    ext: &'static str,
    content_type: &'static str,
}

fn fnv1a(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")[..12].to_owned()
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).expect("brotli");
    }
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    w.write_all(bytes).expect("gzip");
    w.finish().expect("gzip")
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let root = manifest.parent().expect("workspace root").to_path_buf();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    // Where `cargo xtask wasm` put the module; overridable for packaging.
    println!("cargo:rerun-if-env-changed=VESTIBULE_PKG_DIR");
    let pkg = std::env::var_os("VESTIBULE_PKG_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("public/pkg"));
    let assets = [
        Asset {
            key: "style.css",
            source: root.join("style/main.css"),
            stem: "style",
            ext: "css",
            content_type: "text/css; charset=utf-8",
        },
        Asset {
            key: "webauthn.js",
            source: pkg.join("webauthn.js"),
            stem: "webauthn",
            ext: "js",
            content_type: "text/javascript; charset=utf-8",
        },
        Asset {
            key: "webauthn.wasm",
            source: pkg.join("webauthn_bg.wasm"),
            stem: "webauthn",
            ext: "wasm",
            content_type: "application/wasm",
        },
        Asset {
            key: "favicon.ico",
            source: root.join("public/favicon.ico"),
            stem: "favicon",
            ext: "ico",
            content_type: "image/x-icon",
        },
        Asset {
            key: "robots.txt",
            source: root.join("public/robots.txt"),
            stem: "robots",
            ext: "txt",
            content_type: "text/plain; charset=utf-8",
        },
    ];
    let mut table = String::from("pub static ASSETS: &[Asset] = &[\n");
    for a in &assets {
        println!("cargo:rerun-if-changed={}", a.source.display());
        let bytes = match std::fs::read(&a.source) {
            Ok(bytes) => bytes,
            Err(e) => {
                // One sentence, not a panic's backtrace: on a fresh clone
                // public/pkg does not exist until xtask has built it. An
                // error logged this way fails the build.
                println!(
                    "cargo::error={} is missing ({e}): build with `cargo xtask dist` \
                     (or `cargo xtask wasm` first, which `cargo xtask run`, `test` and `lint` do for you).",
                    a.source.display()
                );
                return;
            }
        };
        let name = format!("{}.{}.{}", a.stem, fnv1a(&bytes), a.ext);
        let write = |suffix: &str, data: &[u8]| -> PathBuf {
            let p = out.join(format!("{name}{suffix}"));
            std::fs::write(&p, data).expect("write asset");
            p
        };
        let raw = write("", &bytes);
        let br = write(".br", &brotli(&bytes));
        let gz = write(".gz", &gzip(&bytes));
        let path = |p: &Path| format!("{:?}", p.display().to_string());
        table.push_str(&format!(
            "    Asset {{ key: {:?}, name: {:?}, content_type: {:?}, raw: include_bytes!({}), br: include_bytes!({}), gz: include_bytes!({}) }},\n",
            a.key,
            name,
            a.content_type,
            path(&raw),
            path(&br),
            path(&gz),
        ));
    }
    table.push_str("];\n");
    std::fs::write(out.join("assets.rs"), table).expect("write assets.rs");
}
