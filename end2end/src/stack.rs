//! One stack: mail sink, Kratos (config rendered for its ports) and,
//! optionally, Hydra (started beside Kratos), Vestibule pointed at them,
//! and Oathkeeper in front of the demo app (with Kratos' email-domain
//! web_hook calling Vestibule).

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use tokio::process::Command;
use tokio::task::JoinHandle;

use crate::hydra::{self, HydraUrls};
use crate::mail_sink::MailSink;
use crate::oathkeeper::{self, OathkeeperPorts};
use crate::paths;
use crate::ports::Ports;
use crate::process::Managed;
use crate::realm::{self, UpstreamProvider};
use crate::template;

/// The Kratos settings that differ between stacks.
#[derive(Debug, Clone)]
pub struct KratosOptions {
    /// Lifespan of every self-service flow (`1h`; a test of expiry uses a
    /// few seconds), and of Hydra's login and consent requests
    /// (`ttl.login_consent_request`) in a stack with Hydra.
    pub flow_lifespan: String,
    /// `unified` or `identifier_first`.
    pub login_style: String,
    /// `security.account_enumeration.mitigate`: sign-in then looks the same
    /// for known and unknown identifiers.
    pub mitigate_enumeration: bool,
    /// Passkeys and WebAuthn on (they need a host name for the
    /// relying-party id: off for a realm served on 127.0.0.1).
    pub passkeys: bool,
    /// "Sign in with RVW Tech": a generic OIDC provider on another realm's
    /// Hydra.
    pub upstream_oidc: Option<UpstreamProvider>,
    /// Settings that override the config file, as Kratos reads them from
    /// its environment (`SELFSERVICE_FLOWS_LOGIN_UI_URL`, `COOKIES_DOMAIN`):
    /// the doctor's tests give Kratos deliberately wrong ones.
    pub env: Vec<(String, String)>,
}

impl Default for KratosOptions {
    fn default() -> Self {
        KratosOptions {
            flow_lifespan: "1h".to_owned(),
            login_style: "unified".to_owned(),
            mitigate_enumeration: false,
            passkeys: true,
            upstream_oidc: None,
            env: Vec::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct StackSpec {
    /// Names the stack's work directory and its log lines.
    pub name: String,
    pub ports: Ports,
    pub kratos: KratosOptions,
    /// Start Vestibule too (the dev runner and the browser tests do).
    pub with_vestibule: bool,
    /// Start Hydra too, with Kratos' `oauth2_provider` and Vestibule's
    /// `HYDRA_ADMIN_URL` pointing at it.
    pub with_hydra: bool,
    /// Oathkeeper + the demo app, and Kratos' email-domain web_hook
    /// (needs Vestibule).
    pub oathkeeper: Option<OathkeeperOptions>,
}

/// Vestibule's cookie and CSRF secrets in every local stack (it requires
/// them once `HYDRA_ADMIN_URL` is set). Not for production.
pub const DEV_COOKIE_SECRET: &str = "vestibule-local-cookie-secret-not-for-production-0123456789";
pub const DEV_CSRF_COOKIE_SECRET: &str =
    "vestibule-local-csrf-secret-not-for-production-0123456789";

/// The stack behind Oathkeeper: its ports and the domain policy
/// Vestibule starts with.
#[derive(Debug, Clone)]
pub struct OathkeeperOptions {
    pub ports: OathkeeperPorts,
    /// ALLOWED_EMAIL_DOMAINS for Vestibule (empty: any).
    pub allowed_email_domains: String,
}

/// The OAuth2 client id every local Vestibule with Hydra trusts
/// (TRUSTED_CLIENT_IDS): consent is given without a screen. Vestibule reads
/// the list at start, so it is fixed; a test registers a client with this
/// exact id through Hydra's admin API.
pub const TRUSTED_CLIENT_ID: &str = "vestibule-local-trusted-client";

/// The webhook key of local stacks (WEBHOOK_API_KEY); not a secret.
pub const WEBHOOK_API_KEY: &str = "vestibule-local-webhook-key";

pub struct Stack {
    pub spec: StackSpec,
    pub mail: MailSink,
    pub dir: PathBuf,
    mail_task: JoinHandle<()>,
    kratos: Option<Managed>,
    hydra: Option<Managed>,
    /// Behind a lock so a test can restart it with another policy.
    vestibule: std::sync::Mutex<Option<Managed>>,
    oathkeeper: Option<Managed>,
    demo_app: Option<JoinHandle<()>>,
}

/// Fills the `{{NAME}}` placeholders of the Kratos config template.
pub fn render_kratos_config(
    template: &str,
    spec: &StackSpec,
    mail_url: &str,
    dir: &std::path::Path,
) -> Result<String> {
    let config_dir = paths::kratos_config_dir();
    let dsn = format!(
        "sqlite://{}/kratos.sqlite?_fk=true&_journal_mode=WAL&_busy_timeout=10000",
        dir.display()
    );
    let oauth2_provider = if spec.with_hydra {
        format!("{{ url: \"{}\" }}", spec.ports.hydra_admin_url())
    } else {
        "{}".to_owned()
    };
    let values = [
        ("DSN", dsn),
        ("KRATOS_PUBLIC_PORT", spec.ports.kratos_public.to_string()),
        ("KRATOS_ADMIN_PORT", spec.ports.kratos_admin.to_string()),
        ("KRATOS_PUBLIC_URL", spec.ports.kratos_public_url()),
        ("KRATOS_ADMIN_URL", spec.ports.kratos_admin_url()),
        ("PASSKEYS", spec.kratos.passkeys.to_string()),
        (
            "OIDC_METHOD",
            spec.kratos.upstream_oidc.as_ref().map_or_else(
                || realm::NO_OIDC.to_owned(),
                UpstreamProvider::kratos_method,
            ),
        ),
        ("UI_URL", spec.ports.ui_url()),
        ("FLOW_LIFESPAN", spec.kratos.flow_lifespan.clone()),
        ("LOGIN_STYLE", spec.kratos.login_style.clone()),
        (
            "MITIGATE_ENUMERATION",
            spec.kratos.mitigate_enumeration.to_string(),
        ),
        ("LOG_LEVEL", "info".to_owned()),
        ("CONFIG_DIR", config_dir.display().to_string()),
        ("MAIL_SINK_URL", mail_url.to_owned()),
        ("OAUTH2_PROVIDER", oauth2_provider),
        ("HYDRA_PUBLIC_URL", spec.ports.hydra_public_url()),
        (
            "PROTECTED_URL",
            spec.oathkeeper.as_ref().map_or_else(
                || format!("{}/", spec.ports.ui_url()),
                |o| o.ports.protected_url(),
            ),
        ),
    ];
    template::render("kratos.yml", template, &values)
}

/// Migrates a fresh Kratos database and serves Kratos until it is ready.
async fn start_kratos(
    config_path: &std::path::Path,
    hook_config: Option<&std::path::Path>,
    dir: &std::path::Path,
    ports: &Ports,
    env: &[(String, String)],
) -> Result<Managed> {
    let kratos_bin = paths::kratos_bin();
    // A fresh database for every start.
    let _ = std::fs::remove_file(dir.join("kratos.sqlite"));
    let migrate = Command::new(&kratos_bin)
        .args(["migrate", "sql", "-e", "--yes", "-c"])
        .arg(config_path)
        .current_dir(dir)
        .output()
        .await
        .context("running kratos migrate")?;
    if !migrate.status.success() {
        bail!(
            "kratos migrate failed ({}):\n{}",
            migrate.status,
            String::from_utf8_lossy(&migrate.stderr)
        );
    }
    let mut kratos_cmd = Command::new(&kratos_bin);
    kratos_cmd
        .args(["serve", "--dev", "--watch-courier", "--sqa-opt-out", "-c"])
        .arg(config_path)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(dir);
    if let Some(hook) = hook_config {
        kratos_cmd.arg("-c").arg(hook);
    }
    let mut kratos = Managed::spawn("kratos", kratos_cmd, &dir.join("kratos.log"))?;
    let kratos_ready = format!("http://127.0.0.1:{}/health/ready", ports.kratos_public);
    kratos
        .wait_ready(&kratos_ready, Duration::from_secs(60))
        .await?;
    Ok(kratos)
}

/// deploy/kratos/email-domain-hook.yml filled in for this stack, written
/// into `dir`; its path.
fn render_hook_config(spec: &StackSpec, dir: &std::path::Path) -> Result<PathBuf> {
    let deploy = paths::repo_root().join("deploy").join("kratos");
    let template = std::fs::read_to_string(deploy.join("email-domain-hook.yml"))
        .context("reading deploy/kratos/email-domain-hook.yml")?;
    let text = oathkeeper::fill(
        &template,
        &[
            (
                "VESTIBULE_UPSTREAM",
                format!("http://127.0.0.1:{}", spec.ports.ui),
            ),
            ("WEBHOOK_API_KEY", WEBHOOK_API_KEY.to_owned()),
            (
                "HOOK_BODY",
                deploy.join("email-domain.jsonnet").display().to_string(),
            ),
        ],
    )
    .context("deploy/kratos/email-domain-hook.yml")?;
    let path = dir.join("email-domain-hook.yml");
    std::fs::write(&path, text)?;
    Ok(path)
}

impl Stack {
    pub async fn start(spec: StackSpec) -> Result<Stack> {
        spec.ports.ensure_free()?;
        if let Some(o) = &spec.oathkeeper {
            crate::ports::ensure_free(&o.ports.all())?;
        }
        let kratos_bin = paths::kratos_bin();
        if !kratos_bin.exists() {
            bail!(
                "Kratos is not built at {} (run `cargo xtask setup`)",
                kratos_bin.display()
            );
        }
        let vestibule_bin = paths::vestibule_bin();
        if spec.with_vestibule && !vestibule_bin.exists() {
            bail!(
                "login-svc is not built at {} (run `cargo build -p server`)",
                vestibule_bin.display()
            );
        }
        let dir =
            std::env::temp_dir().join(format!("vestibule-{}-{}", spec.name, std::process::id()));
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;

        let (mail, mail_task) = MailSink::start(spec.ports.mail).await?;
        let mut stack = Stack {
            spec: spec.clone(),
            mail,
            dir: dir.clone(),
            mail_task,
            kratos: None,
            hydra: None,
            vestibule: std::sync::Mutex::new(None),
            oathkeeper: None,
            demo_app: None,
        };

        let template = std::fs::read_to_string(paths::kratos_config_dir().join("kratos.yml"))
            .context("reading end2end/kratos/kratos.yml")?;
        let config = render_kratos_config(&template, &spec, &stack.mail.delivery_url(), &dir)?;
        let config_path = dir.join("kratos.yml");
        std::fs::write(&config_path, config)?;

        // Kratos merges a second -c file over the first: the email-domain
        // web_hook, in a stack behind Oathkeeper.
        let hook_config = match spec.oathkeeper {
            Some(_) => Some(render_hook_config(&spec, &dir)?),
            None => None,
        };
        // Kratos and Hydra start side by side (each migrates, then serves);
        // neither needs the other until a login challenge arrives. A process
        // that failed to get ready is dropped, which kills it.
        let hydra = async {
            if spec.with_hydra {
                hydra::start(&spec.ports, &spec.kratos.flow_lifespan, &dir)
                    .await
                    .map(Some)
            } else {
                Ok(None)
            }
        };
        let (kratos, hydra) = tokio::join!(
            start_kratos(
                &config_path,
                hook_config.as_deref(),
                &dir,
                &spec.ports,
                &spec.kratos.env
            ),
            hydra
        );
        match (kratos, hydra) {
            (Ok(kratos), Ok(hydra)) => {
                stack.kratos = Some(kratos);
                stack.hydra = hydra;
            }
            (kratos, hydra) => {
                let errors: Vec<String> = [kratos.err(), hydra.err()]
                    .into_iter()
                    .flatten()
                    .map(|e| format!("{e:#}"))
                    .collect();
                return Err(anyhow!(errors.join("\n")));
            }
        }

        if spec.with_vestibule {
            let domains = spec
                .oathkeeper
                .as_ref()
                .map(|o| o.allowed_email_domains.clone());
            stack.start_vestibule(domains.as_deref()).await?;
        }
        if let Some(o) = &spec.oathkeeper {
            stack.demo_app = Some(crate::demo_app::start(o.ports.app).await?);
            let up = oathkeeper::Upstreams {
                kratos_public: format!("http://127.0.0.1:{}", spec.ports.kratos_public),
                vestibule_browser: spec.ports.ui_url(),
                vestibule: format!("http://127.0.0.1:{}", spec.ports.ui),
            };
            stack.oathkeeper = Some(oathkeeper::start(o.ports, &up, &dir).await?);
        }
        Ok(stack)
    }

    /// Starts Vestibule; `allowed_domains` (Some behind Oathkeeper) sets
    /// the webhook key and ALLOWED_EMAIL_DOMAINS.
    async fn start_vestibule(&self, allowed_domains: Option<&str>) -> Result<()> {
        let spec = &self.spec;
        {
            let mut cmd = Command::new(paths::vestibule_bin());
            if let Some(domains) = allowed_domains {
                cmd.env("WEBHOOK_API_KEY", WEBHOOK_API_KEY)
                    .env("ALLOWED_EMAIL_DOMAINS", domains);
            }
            cmd.env(
                "KRATOS_PUBLIC_URL",
                format!("http://127.0.0.1:{}", spec.ports.kratos_public),
            )
            .env("KRATOS_BROWSER_URL", spec.ports.kratos_public_url())
            .env("HOST", "127.0.0.1")
            .env("PORT", spec.ports.ui.to_string())
            .env("BASE_PATH", "")
            .env("LOG_FORMAT", "json")
            .env("RUST_LOG", "info");
            if spec.with_hydra {
                cmd.env("HYDRA_ADMIN_URL", spec.ports.hydra_admin_url())
                    .env("COOKIE_SECRET", DEV_COOKIE_SECRET)
                    .env("CSRF_COOKIE_SECRET", DEV_CSRF_COOKIE_SECRET)
                    .env("TRUSTED_CLIENT_IDS", TRUSTED_CLIENT_ID);
            }
            let mut vestibule = Managed::spawn("login-svc", cmd, &self.dir.join("login-svc.log"))?;
            let ready = format!("http://127.0.0.1:{}/health/ready", spec.ports.ui);
            let waited = vestibule.wait_ready(&ready, Duration::from_secs(30)).await;
            if let Ok(mut slot) = self.vestibule.lock() {
                *slot = Some(vestibule);
            }
            waited?;
        }
        Ok(())
    }

    /// Stops Vestibule and starts it again with another email-domain
    /// policy (a stack behind Oathkeeper only).
    pub async fn restart_vestibule(&self, allowed_domains: &str) -> Result<()> {
        if self.spec.oathkeeper.is_none() {
            bail!(
                "restart_vestibule: stack {} has no Oathkeeper",
                self.spec.name
            );
        }
        let running = self.vestibule.lock().ok().and_then(|mut v| v.take());
        if let Some(v) = running {
            v.stop().await;
        }
        self.start_vestibule(Some(allowed_domains)).await
    }

    /// Oathkeeper's ports, for a stack that has it.
    pub fn oathkeeper_ports(&self) -> Option<OathkeeperPorts> {
        self.spec.oathkeeper.as_ref().map(|o| o.ports)
    }

    pub fn ui_url(&self) -> String {
        self.spec.ports.ui_url()
    }

    pub fn kratos_public_url(&self) -> String {
        self.spec.ports.kratos_public_url()
    }

    pub fn kratos_admin_url(&self) -> String {
        self.spec.ports.kratos_admin_url()
    }

    /// Hydra's URLs, or an error saying this stack runs without Hydra.
    pub fn hydra(&self) -> Result<HydraUrls> {
        if self.hydra.is_none() {
            bail!("stack {} runs without Hydra", self.spec.name);
        }
        Ok(HydraUrls::for_ports(&self.spec.ports))
    }

    /// The tail of every process' log, for a failing test's report.
    pub fn log_tails(&self, lines: usize) -> String {
        let vestibule = self.vestibule.lock().ok();
        let vestibule = vestibule.as_ref().and_then(|v| v.as_ref());
        [
            self.kratos.as_ref(),
            self.hydra.as_ref(),
            vestibule,
            self.oathkeeper.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(|m| format!("--- {} ---\n{}", m.name, m.log_tail(lines)))
        .collect::<Vec<_>>()
        .join("\n")
    }

    /// Stops Oathkeeper and the demo app, Vestibule, then Hydra and
    /// Kratos, then the mail sink.
    pub async fn stop(mut self) {
        if let Some(o) = self.oathkeeper.take() {
            o.stop().await;
        }
        if let Some(app) = self.demo_app.take() {
            app.abort();
        }
        let vestibule = self.vestibule.lock().ok().and_then(|mut v| v.take());
        if let Some(v) = vestibule {
            v.stop().await;
        }
        if let Some(h) = self.hydra.take() {
            h.stop().await;
        }
        if let Some(k) = self.kratos.take() {
            k.stop().await;
        }
        self.mail_task.abort();
        // Config, database and logs; failing tests quote the logs before.
        if std::env::var_os("VESTIBULE_KEEP_STACK").is_none() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        // Children are kill_on_drop; the sink's task ends with the runtime.
        self.mail_task.abort();
        if let Some(app) = &self.demo_app {
            app.abort();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(with_hydra: bool) -> StackSpec {
        StackSpec {
            name: "t".to_owned(),
            ports: Ports::test(0),
            kratos: KratosOptions::default(),
            with_vestibule: true,
            with_hydra,
            oathkeeper: None,
        }
    }

    #[test]
    fn kratos_points_at_hydra_only_when_the_stack_has_it() {
        let template = std::fs::read_to_string(paths::kratos_config_dir().join("kratos.yml"))
            .expect("kratos.yml");
        let dir = std::path::Path::new("/tmp/x");
        let with = render_kratos_config(&template, &spec(true), "http://m", dir).expect("renders");
        assert!(
            with.contains("\noauth2_provider: { url: \"http://127.0.0.1:14545\" }\n"),
            "{with}"
        );
        let without =
            render_kratos_config(&template, &spec(false), "http://m", dir).expect("renders");
        assert!(without.contains("\noauth2_provider: {}\n"), "{without}");
    }
}
