//! One stack: mail sink, Kratos (config rendered for its ports) and,
//! optionally, Hydra (started beside Kratos) and Vestibule pointed at them.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use tokio::process::Command;
use tokio::task::JoinHandle;

use crate::hydra::{self, HydraUrls};
use crate::mail_sink::MailSink;
use crate::paths;
use crate::ports::Ports;
use crate::process::Managed;
use crate::template;

/// The Kratos settings that differ between stacks.
#[derive(Debug, Clone)]
pub struct KratosOptions {
    /// Lifespan of every self-service flow (`1h`; a test of expiry uses a
    /// few seconds).
    pub flow_lifespan: String,
    /// `unified` or `identifier_first`.
    pub login_style: String,
    /// `security.account_enumeration.mitigate`: sign-in then looks the same
    /// for known and unknown identifiers.
    pub mitigate_enumeration: bool,
}

impl Default for KratosOptions {
    fn default() -> Self {
        KratosOptions {
            flow_lifespan: "1h".to_owned(),
            login_style: "unified".to_owned(),
            mitigate_enumeration: false,
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
}

/// Vestibule's cookie and CSRF secrets in every local stack (it requires
/// them once `HYDRA_ADMIN_URL` is set). Not for production.
pub const DEV_COOKIE_SECRET: &str = "vestibule-local-cookie-secret-not-for-production-0123456789";
pub const DEV_CSRF_COOKIE_SECRET: &str =
    "vestibule-local-csrf-secret-not-for-production-0123456789";

pub struct Stack {
    pub spec: StackSpec,
    pub mail: MailSink,
    pub dir: PathBuf,
    mail_task: JoinHandle<()>,
    kratos: Option<Managed>,
    hydra: Option<Managed>,
    vestibule: Option<Managed>,
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
    ];
    template::render("kratos.yml", template, &values)
}

/// Migrates a fresh Kratos database and serves Kratos until it is ready.
async fn start_kratos(
    config_path: &std::path::Path,
    dir: &std::path::Path,
    ports: &Ports,
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
        .current_dir(dir);
    let mut kratos = Managed::spawn("kratos", kratos_cmd, &dir.join("kratos.log"))?;
    let kratos_ready = format!("http://127.0.0.1:{}/health/ready", ports.kratos_public);
    kratos
        .wait_ready(&kratos_ready, Duration::from_secs(60))
        .await?;
    Ok(kratos)
}

impl Stack {
    pub async fn start(spec: StackSpec) -> Result<Stack> {
        spec.ports.ensure_free()?;
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
            vestibule: None,
        };

        let template = std::fs::read_to_string(paths::kratos_config_dir().join("kratos.yml"))
            .context("reading end2end/kratos/kratos.yml")?;
        let config = render_kratos_config(&template, &spec, &stack.mail.delivery_url(), &dir)?;
        let config_path = dir.join("kratos.yml");
        std::fs::write(&config_path, config)?;

        // Kratos and Hydra start side by side (each migrates, then serves);
        // neither needs the other until a login challenge arrives. A process
        // that failed to get ready is dropped, which kills it.
        let hydra = async {
            if spec.with_hydra {
                hydra::start(&spec.ports, &dir).await.map(Some)
            } else {
                Ok(None)
            }
        };
        let (kratos, hydra) = tokio::join!(start_kratos(&config_path, &dir, &spec.ports), hydra);
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
            let mut cmd = Command::new(&vestibule_bin);
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
                    .env("CSRF_COOKIE_SECRET", DEV_CSRF_COOKIE_SECRET);
            }
            let mut vestibule = Managed::spawn("login-svc", cmd, &dir.join("login-svc.log"))?;
            let ready = format!("http://127.0.0.1:{}/health/ready", spec.ports.ui);
            let waited = vestibule.wait_ready(&ready, Duration::from_secs(30)).await;
            stack.vestibule = Some(vestibule);
            waited?;
        }
        Ok(stack)
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
        [&self.kratos, &self.hydra, &self.vestibule]
            .into_iter()
            .flatten()
            .map(|m| format!("--- {} ---\n{}", m.name, m.log_tail(lines)))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Stops Vestibule, then Hydra and Kratos, then the mail sink.
    pub async fn stop(mut self) {
        if let Some(v) = self.vestibule.take() {
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
