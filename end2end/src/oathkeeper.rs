//! Ory Oathkeeper in front of the demo app, run with the config and rules
//! Vestibule ships (deploy/oathkeeper/), `${NAME}` filled in for the
//! stack's ports. The id_token signing keys are generated per start with
//! `oathkeeper credentials generate` into the stack's directory.

use std::path::Path;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use tokio::process::Command;

use crate::paths;
use crate::process::Managed;

/// Oathkeeper's proxy and API, and the demo app behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OathkeeperPorts {
    pub proxy: u16,
    pub api: u16,
    pub app: u16,
}

impl OathkeeperPorts {
    /// Oathkeeper's default ports; the demo app beside Kratos' 443x.
    pub const DEV: OathkeeperPorts = OathkeeperPorts {
        proxy: 4455,
        api: 4456,
        app: 4438,
    };

    /// Test block `n`: 1443x+7..9, free in every block of `Ports::test`.
    pub const fn test(n: u16) -> OathkeeperPorts {
        OathkeeperPorts {
            proxy: 14437 + n * 10,
            api: 14438 + n * 10,
            app: 14439 + n * 10,
        }
    }

    pub fn all(&self) -> [(&'static str, u16); 3] {
        [
            ("Oathkeeper proxy", self.proxy),
            ("Oathkeeper API", self.api),
            ("demo app", self.app),
        ]
    }

    /// The proxy as browsers reach it.
    pub fn proxy_url(&self) -> String {
        format!("http://localhost:{}", self.proxy)
    }

    /// The page the demo app serves behind `app:protected`.
    pub fn protected_url(&self) -> String {
        format!("{}/app/", self.proxy_url())
    }

    pub fn api_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.api)
    }

    /// The origin the proxy's CORS allows: the demo app's own, standing in
    /// for a browser app served elsewhere.
    pub fn cors_origin(&self) -> String {
        format!("http://localhost:{}", self.app)
    }
}

/// Replaces every `${NAME}` in `template`; one left over is an error.
pub fn fill(template: &str, values: &[(&str, String)]) -> Result<String> {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("${{{name}}}"), value);
    }
    if let Some(at) = out.find("${") {
        let end = out[at..].find('}').map_or(out.len(), |e| at + e + 1);
        bail!("a placeholder no one fills: {}", &out[at..end]);
    }
    Ok(out)
}

/// Where Oathkeeper reaches the other programs.
pub struct Upstreams {
    pub kratos_public: String,
    pub vestibule_browser: String,
    pub vestibule: String,
}

/// Generates the keys, renders config and rules into `dir`, starts
/// `oathkeeper serve` and waits for its API's readiness.
pub async fn start(ports: OathkeeperPorts, up: &Upstreams, dir: &Path) -> Result<Managed> {
    let bin = paths::oathkeeper_bin();
    if !bin.exists() {
        bail!(
            "Oathkeeper is not built at {} (run `cargo xtask setup`)",
            bin.display()
        );
    }
    let keys = Command::new(&bin)
        .args(["credentials", "generate", "--alg", "RS256"])
        .output()
        .await
        .context("running oathkeeper credentials generate")?;
    if !keys.status.success() {
        bail!(
            "oathkeeper credentials generate failed: {}",
            String::from_utf8_lossy(&keys.stderr)
        );
    }
    let jwks = dir.join("jwks.json");
    std::fs::write(&jwks, &keys.stdout)?;
    let rules = dir.join("rules.yml");
    let values = [
        ("PROXY_HOST", "127.0.0.1".to_owned()),
        ("PROXY_PORT", ports.proxy.to_string()),
        ("API_PORT", ports.api.to_string()),
        ("PROXY_URL", ports.proxy_url()),
        ("KRATOS_PUBLIC_URL", up.kratos_public.clone()),
        ("VESTIBULE_URL", up.vestibule_browser.clone()),
        ("VESTIBULE_UPSTREAM", up.vestibule.clone()),
        ("APP_UPSTREAM", format!("http://127.0.0.1:{}", ports.app)),
        ("CORS_ORIGIN", ports.cors_origin()),
        ("RULES_FILE", rules.display().to_string()),
        ("JWKS_FILE", jwks.display().to_string()),
    ];
    let deploy = paths::oathkeeper_deploy_dir();
    for name in ["oathkeeper.yml", "rules.yml"] {
        let template = std::fs::read_to_string(deploy.join(name))
            .with_context(|| format!("reading deploy/oathkeeper/{name}"))?;
        let text = fill(&template, &values).with_context(|| format!("deploy/oathkeeper/{name}"))?;
        std::fs::write(dir.join(name), text)?;
    }
    let mut cmd = Command::new(&bin);
    cmd.args(["serve", "--config"])
        .arg(dir.join("oathkeeper.yml"))
        .current_dir(dir);
    let mut oathkeeper = Managed::spawn("oathkeeper", cmd, &dir.join("oathkeeper.log"))?;
    let ready = format!("{}/health/ready", ports.api_url());
    oathkeeper
        .wait_ready(&ready, Duration::from_secs(30))
        .await?;
    Ok(oathkeeper)
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn placeholders_are_filled_and_leftovers_refused() {
        let v = [("A", "1".to_owned())];
        assert_eq!(fill("x ${A} {{ .Go }}", &v).unwrap(), "x 1 {{ .Go }}");
        let err = fill("${A} ${B}", &v).unwrap_err().to_string();
        assert!(err.contains("${B}"), "{err}");
    }
}
