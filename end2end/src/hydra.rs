//! Ory Hydra v2.3.0 for a stack: its config rendered for the stack's ports
//! and Vestibule, a SQLite file migrated at start, `hydra serve all --dev`.

use std::path::Path;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use tokio::process::Command;

use crate::paths;
use crate::ports::Ports;
use crate::process::Managed;
use crate::template;

/// Where a stack's Hydra answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HydraUrls {
    /// The public API (`/oauth2/auth`, `/oauth2/token`, JWKS, discovery)
    /// as browsers and relying parties reach it; also the issuer.
    pub public: String,
    /// The admin API (clients, login/consent/logout requests).
    pub admin: String,
}

impl HydraUrls {
    pub fn for_ports(ports: &Ports) -> HydraUrls {
        HydraUrls {
            public: ports.hydra_public_url(),
            admin: ports.hydra_admin_url(),
        }
    }
}

/// Fills the `{{NAME}}` placeholders of `end2end/hydra/hydra.yml`;
/// `request_ttl` is how long a login or consent request lives (the
/// stack's flow lifespan, `1h`, or a few seconds in a test of expiry).
pub fn render_config(
    template: &str,
    ports: &Ports,
    request_ttl: &str,
    dir: &Path,
) -> Result<String> {
    let dsn = format!(
        "sqlite://{}/hydra.sqlite?_fk=true&_journal_mode=WAL&_busy_timeout=10000",
        dir.display()
    );
    template::render(
        "hydra.yml",
        template,
        &[
            ("DSN", dsn),
            ("HYDRA_PUBLIC_PORT", ports.hydra_public.to_string()),
            ("HYDRA_ADMIN_PORT", ports.hydra_admin.to_string()),
            ("HYDRA_ISSUER", ports.hydra_public_url()),
            ("UI_URL", ports.ui_url()),
            ("LOG_LEVEL", "info".to_owned()),
            ("REQUEST_TTL", request_ttl.to_owned()),
        ],
    )
}

/// Writes the config into `dir`, migrates a fresh database and starts
/// `hydra serve all`, returning once both APIs report ready.
pub async fn start(ports: &Ports, request_ttl: &str, dir: &Path) -> Result<Managed> {
    let bin = paths::hydra_bin();
    if !bin.exists() {
        bail!(
            "Hydra is not built at {} (run `cargo xtask setup`)",
            bin.display()
        );
    }
    let template = std::fs::read_to_string(paths::hydra_config_dir().join("hydra.yml"))
        .context("reading end2end/hydra/hydra.yml")?;
    let config_path = dir.join("hydra.yml");
    std::fs::write(
        &config_path,
        render_config(&template, ports, request_ttl, dir)?,
    )?;
    let _ = std::fs::remove_file(dir.join("hydra.sqlite"));
    // v2.3.0 marks `migrate sql` deprecated in favour of `migrate sql up`;
    // `-e` reads the DSN from the config given with `-c`.
    let migrate = Command::new(&bin)
        .args(["migrate", "sql", "up", "-e", "--yes", "-c"])
        .arg(&config_path)
        .current_dir(dir)
        .output()
        .await
        .context("running hydra migrate")?;
    if !migrate.status.success() {
        bail!(
            "hydra migrate failed ({}):\n{}",
            migrate.status,
            String::from_utf8_lossy(&migrate.stderr)
        );
    }
    let mut cmd = Command::new(&bin);
    cmd.args(["serve", "all", "--dev", "--sqa-opt-out", "-c"])
        .arg(&config_path)
        .current_dir(dir);
    let mut hydra = Managed::spawn("hydra", cmd, &dir.join("hydra.log"))?;
    for port in [ports.hydra_admin, ports.hydra_public] {
        let ready = format!("http://127.0.0.1:{port}/health/ready");
        hydra.wait_ready(&ready, Duration::from_secs(60)).await?;
    }
    warm_up_keys(&hydra, ports.hydra_public).await?;
    Ok(hydra)
}

/// Hydra generates its signing keys (ID token, access token: RSA 4096) on
/// first use, which took 2–14 s here; this asks for the JWKS while the
/// stack starts rather than in the first test. A client that gives up
/// cancels the request and Hydra rolls the keys back (a 2 s poll never
/// ended), and Hydra's HTTP server cuts a response after 10 s (its write
/// timeout) although the keys were stored: so one patient request, then a
/// few more if the connection was cut.
async fn warm_up_keys(hydra: &Managed, public_port: u16) -> Result<()> {
    let jwks = format!("http://127.0.0.1:{public_port}/.well-known/jwks.json");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(120))
        .build()?;
    let mut last = None;
    for _ in 0..5 {
        match http
            .get(&jwks)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
        {
            Ok(_) => return Ok(()),
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let cause = last.map_or_else(String::new, |e| e.to_string());
    bail!(
        "Hydra's first JWKS ({jwks}) failed: {cause}; its log:\n{}",
        hydra.log_tail(10)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_renders_without_leftovers() {
        let template = std::fs::read_to_string(paths::hydra_config_dir().join("hydra.yml"))
            .expect("hydra.yml");
        let out =
            render_config(&template, &Ports::test(0), "1h", Path::new("/tmp/x")).expect("renders");
        assert!(out.contains("issuer: http://localhost:14544\n"), "{out}");
        assert!(out.contains("consent: http://localhost:13000/consent\n"));
        assert!(out.contains("port: 14545\n"));
        assert!(out.contains("login_consent_request: 1h\n"), "{out}");
    }
}
