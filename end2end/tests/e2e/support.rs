//! What the tests share: the stack, one Chromium, and small helpers.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use playwright_rs::api::LaunchOptions;
use playwright_rs::protocol::{Browser, BrowserContext, BrowserContextOptions, Page};
use playwright_rs::Playwright;
use vestibule_e2e::chromium::{CHROMIUM, CHROMIUM_ARGS};
use vestibule_e2e::ports::LOOPBACK;
use vestibule_e2e::realm::UpstreamProvider;
use vestibule_e2e::{paths, KratosOptions, OathkeeperOptions, OathkeeperPorts, Ports, Stack};

pub type TestFuture = Pin<Box<dyn Future<Output = Result<()>> + Send>>;
pub type TestFn = fn(Ctx) -> TestFuture;

/// `tests![a, b]`: the async fns `a`, `b` as named test entries.
#[macro_export]
macro_rules! tests {
    ($($name:ident),* $(,)?) => {
        vec![$((stringify!($name), (|ctx| Box::pin($name(ctx))) as $crate::support::TestFn)),*]
    };
}

/// What the suite needs on the machine, or what is missing.
pub fn prerequisites() -> std::result::Result<(), String> {
    let mut missing = Vec::new();
    if !Path::new(CHROMIUM).exists() {
        missing.push(format!("Chromium ({CHROMIUM})"));
    }
    let kratos = paths::kratos_bin();
    if !kratos.exists() {
        missing.push(format!("Kratos ({})", kratos.display()));
    }
    let hydra = paths::hydra_bin();
    if !hydra.exists() {
        missing.push(format!("Hydra ({})", hydra.display()));
    }
    let oathkeeper = paths::oathkeeper_bin();
    if !oathkeeper.exists() {
        missing.push(format!("Oathkeeper ({})", oathkeeper.display()));
    }
    let vestibule = paths::vestibule_bin();
    if !vestibule.exists() {
        missing.push(format!("login-svc ({})", vestibule.display()));
    }
    let driver = paths::repo_root().join("end2end/node_modules/playwright-core/cli.js");
    if !driver.exists() {
        missing.push(format!("the Playwright driver ({})", driver.display()));
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}; `cargo xtask setup` installs them",
            missing.join(", ")
        ))
    }
}

/// The one email domain the stack behind Oathkeeper allows at first.
pub const ALLOWED_DOMAIN: &str = "example.com";

/// Flow lifespan of the short-lived stack.
pub const SHORT_LIFESPAN_SECS: u64 = 4;

/// Stacks that tests lease one at a time: Kratos on SQLite takes one
/// writer at a time, so two tests never share a Kratos concurrently.
pub struct Pool {
    members: Vec<(Arc<Stack>, Arc<tokio::sync::Mutex<()>>)>,
    free: Arc<tokio::sync::Semaphore>,
}

/// A stack held by one test until it is dropped.
pub struct Lease {
    pub stack: Arc<Stack>,
    _guard: tokio::sync::OwnedMutexGuard<()>,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl Pool {
    pub fn new(stacks: Vec<Arc<Stack>>) -> Pool {
        Pool {
            free: Arc::new(tokio::sync::Semaphore::new(stacks.len())),
            members: stacks
                .into_iter()
                .map(|s| (s, Arc::new(tokio::sync::Mutex::new(()))))
                .collect(),
        }
    }

    pub async fn lease(&self) -> Result<Lease> {
        let permit = self.free.clone().acquire_owned().await?;
        // Holding a permit, at least one member is free.
        for (stack, lock) in &self.members {
            if let Ok(guard) = lock.clone().try_lock_owned() {
                return Ok(Lease {
                    stack: stack.clone(),
                    _guard: guard,
                    _permit: permit,
                });
            }
        }
        bail!("no free stack although a permit was granted")
    }
}

/// The Kratos configurations a test can lease a stack of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// Kratos' default: one login page with every method.
    Unified,
    /// Flows expire after SHORT_LIFESPAN_SECS.
    ShortLived,
    /// `login.style: identifier_first`: the identifier first, then methods.
    IdentifierFirst,
    /// Identifier-first with account-enumeration mitigation on.
    IdentifierFirstMitigated,
    /// Oathkeeper in front of the demo app, Kratos calling Vestibule's
    /// email-domain web_hook on every sign-up (so a stack of its own).
    BehindOathkeeper,
    /// The RVW Tech realm: a second, independent Kratos + Hydra +
    /// Vestibule on 127.0.0.1 (port block 6), the OpenID Connect provider
    /// of the Unified stacks' "Sign in with RVW Tech".
    RvwProvider,
}

impl Variant {
    pub const ALL: [Variant; 6] = [
        Variant::Unified,
        Variant::ShortLived,
        Variant::IdentifierFirst,
        Variant::IdentifierFirstMitigated,
        Variant::BehindOathkeeper,
        Variant::RvwProvider,
    ];

    /// How many stacks of it the suite starts: two of the default, which
    /// most tests lease (as many as test threads run on this 2-core
    /// machine), one of each other.
    pub fn stacks(self) -> u16 {
        match self {
            Variant::Unified => 2,
            Variant::ShortLived
            | Variant::IdentifierFirst
            | Variant::IdentifierFirstMitigated
            | Variant::BehindOathkeeper
            | Variant::RvwProvider => 1,
        }
    }

    /// The port block of its first stack: the blocks are handed out in
    /// the order of [`Variant::ALL`], one per stack.
    pub fn first_block(self) -> u16 {
        Variant::ALL
            .iter()
            .take_while(|v| **v != self)
            .map(|v| v.stacks())
            .sum()
    }

    /// The ports of its stack on `block`: the RVW realm on another host
    /// name, so its cookies and the other realm's never mix.
    pub fn ports(self, block: u16) -> Ports {
        match self {
            Variant::RvwProvider => Ports::test(block).on_host(LOOPBACK),
            Variant::Unified
            | Variant::ShortLived
            | Variant::IdentifierFirst
            | Variant::IdentifierFirstMitigated
            | Variant::BehindOathkeeper => Ports::test(block),
        }
    }

    /// The ports of every stack of it.
    pub fn all_ports(self) -> Vec<Ports> {
        let first = self.first_block();
        (first..first + self.stacks())
            .map(|b| self.ports(b))
            .collect()
    }

    pub fn name(self) -> &'static str {
        match self {
            Variant::Unified => "unified",
            Variant::ShortLived => "short",
            Variant::IdentifierFirst => "idfirst",
            Variant::IdentifierFirstMitigated => "idfirst-mitigated",
            Variant::BehindOathkeeper => "oathkeeper",
            Variant::RvwProvider => "rvw",
        }
    }

    pub fn kratos(self) -> KratosOptions {
        let identifier_first = KratosOptions {
            login_style: "identifier_first".to_owned(),
            ..KratosOptions::default()
        };
        match self {
            // "Sign in with RVW Tech" at the RVW realm's Hydra.
            Variant::Unified => KratosOptions {
                upstream_oidc: Some(UpstreamProvider::at(&Variant::RvwProvider.all_ports()[0])),
                ..KratosOptions::default()
            },
            Variant::BehindOathkeeper => KratosOptions::default(),
            Variant::RvwProvider => KratosOptions {
                passkeys: false,
                ..KratosOptions::default()
            },
            Variant::ShortLived => KratosOptions {
                flow_lifespan: format!("{SHORT_LIFESPAN_SECS}s"),
                ..KratosOptions::default()
            },
            Variant::IdentifierFirst => identifier_first,
            Variant::IdentifierFirstMitigated => KratosOptions {
                mitigate_enumeration: true,
                ..identifier_first
            },
        }
    }

    /// Whether its stacks run Hydra too (the OAuth2 tests lease the
    /// default stacks, the RVW realm is an OAuth2 provider; the others
    /// need none).
    pub fn with_hydra(self) -> bool {
        match self {
            // ShortLived for challenges that expire (its Hydra's requests
            // live as long as its flows).
            Variant::Unified | Variant::RvwProvider | Variant::ShortLived => true,
            Variant::IdentifierFirst
            | Variant::IdentifierFirstMitigated
            | Variant::BehindOathkeeper => false,
        }
    }

    pub fn identifier_first(self) -> bool {
        match self {
            Variant::IdentifierFirst | Variant::IdentifierFirstMitigated => true,
            Variant::Unified
            | Variant::ShortLived
            | Variant::BehindOathkeeper
            | Variant::RvwProvider => false,
        }
    }

    /// Oathkeeper in front of the stack on port block `block`, if any.
    pub fn oathkeeper(self, block: u16) -> Option<OathkeeperOptions> {
        match self {
            Variant::BehindOathkeeper => Some(OathkeeperOptions {
                ports: OathkeeperPorts::test(block),
                allowed_email_domains: ALLOWED_DOMAIN.to_owned(),
            }),
            Variant::Unified
            | Variant::ShortLived
            | Variant::IdentifierFirst
            | Variant::IdentifierFirstMitigated
            | Variant::RvwProvider => None,
        }
    }
}

pub struct Suite {
    pools: Vec<(Variant, Pool)>,
    _playwright: Playwright,
    browser: Browser,
}

impl Suite {
    pub async fn start(stacks: Vec<(Variant, Vec<Arc<Stack>>)>) -> Result<Suite> {
        let playwright = Playwright::launch()
            .await
            .context("starting the Playwright driver")?;
        let browser = playwright
            .chromium()
            .launch_with_options(
                LaunchOptions::new()
                    .executable_path(CHROMIUM.to_owned())
                    .headless(true)
                    .args(CHROMIUM_ARGS.iter().map(|a| (*a).to_owned()).collect()),
            )
            .await
            .context("launching Chromium")?;
        Ok(Suite {
            pools: stacks
                .into_iter()
                .map(|(variant, stacks)| (variant, Pool::new(stacks)))
                .collect(),
            _playwright: playwright,
            browser,
        })
    }

    fn pool(&self, variant: Variant) -> Result<&Pool> {
        self.pools
            .iter()
            .find(|(v, _)| *v == variant)
            .map(|(_, pool)| pool)
            .ok_or_else(|| anyhow!("no {} stack was started", variant.name()))
    }

    pub async fn close(&self) {
        let _ = self.browser.close().await;
    }
}

pub struct Ctx {
    pub suite: Arc<Suite>,
    pub name: &'static str,
    /// The Kratos configuration of the leased stack.
    pub variant: Variant,
    /// The stack this test has to itself.
    pub lease: Lease,
}

static EMAILS: AtomicU32 = AtomicU32::new(0);

impl Ctx {
    /// Waits for a stack of `variant` of its own.
    pub async fn lease(suite: Arc<Suite>, name: &'static str, variant: Variant) -> Result<Ctx> {
        let lease = suite.pool(variant)?.lease().await?;
        Ok(Ctx {
            suite,
            name,
            variant,
            lease,
        })
    }

    pub fn stack(&self) -> &Stack {
        &self.lease.stack
    }

    /// The stack whose flows expire after SHORT_LIFESPAN_SECS, for as long
    /// as the returned lease lives.
    pub async fn short_stack(&self) -> Result<Lease> {
        self.suite.pool(Variant::ShortLived)?.lease().await
    }

    /// The stack behind Oathkeeper, for as long as the returned lease lives.
    pub async fn oathkeeper_stack(&self) -> Result<Lease> {
        self.suite.pool(Variant::BehindOathkeeper)?.lease().await
    }

    /// The RVW realm (the identity provider of "Sign in with RVW Tech"),
    /// held as long as the returned lease lives. Leased after the test's
    /// own stack, always in that order, so two tests never wait on each
    /// other.
    pub async fn rvw_stack(&self) -> Result<Lease> {
        self.suite.pool(Variant::RvwProvider)?.lease().await
    }

    /// A URL of Vestibule under test.
    pub fn ui(&self, path: &str) -> String {
        format!("{}{path}", self.stack().ui_url())
    }

    /// An address no other test uses.
    pub fn unique_email(&self) -> String {
        let n = EMAILS.fetch_add(1, Ordering::Relaxed);
        // The local part of an address is at most 64 characters.
        let name: String = self.name.replace('_', "-").chars().take(40).collect();
        format!("{name}-{n}-{}@example.com", std::process::id())
    }

    /// A fresh browser context (no cookies) and page.
    pub async fn page(&self, javascript: bool) -> Result<BrowserPage> {
        let options = BrowserContextOptions::builder()
            .javascript_enabled(javascript)
            .build();
        self.page_with(options).await
    }

    /// The same with other context options (a browser locale, …).
    pub async fn page_with(&self, options: BrowserContextOptions) -> Result<BrowserPage> {
        let context = self.suite.browser.new_context_with_options(options).await?;
        let console_errors = Arc::new(Mutex::new(Vec::new()));
        let console_log = Arc::new(Mutex::new(Vec::new()));
        let (errors, log) = (console_errors.clone(), console_log.clone());
        context
            .on_console(move |msg| {
                let (errors, log) = (errors.clone(), log.clone());
                async move {
                    let sink = if msg.type_() == "error" { errors } else { log };
                    if let Ok(mut lines) = sink.lock() {
                        lines.push(msg.text().to_owned());
                    }
                    Ok(())
                }
            })
            .await?;
        let page = context.new_page().await?;
        page.set_default_timeout(15_000.0).await;
        Ok(BrowserPage {
            context,
            page,
            console_errors,
            console_log,
        })
    }

    /// A password user created through Kratos' admin API, as if it
    /// existed before any policy or test step; its identity id. No flow is
    /// involved, so nothing can expire on a stack whose flows live seconds
    /// (a sign-up through the pages took longer than that on a busy
    /// machine), and no registration hook runs.
    pub async fn create_password_user(&self, stack: &Stack, email: &str) -> Result<String> {
        let response = self
            .http()?
            .post(format!("{}/admin/identities", stack.kratos_admin_url()))
            .json(&serde_json::json!({
                "schema_id": "default",
                "traits": { "email": email, "name": { "first": "Ada" } },
                "credentials": { "password": { "config": { "password": PASSWORD } } },
            }))
            .send()
            .await?;
        let status = response.status();
        let body: serde_json::Value = response.json().await.unwrap_or_default();
        if status != reqwest::StatusCode::CREATED {
            bail!("creating {email} answered {status}: {body}");
        }
        body["id"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| anyhow!("no identity id in {body}"))
    }

    /// An HTTP client that follows no redirect and keeps cookies, for
    /// checking status codes and Location headers.
    pub fn http(&self) -> Result<reqwest::Client> {
        Ok(reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .timeout(Duration::from_secs(15))
            .build()?)
    }
}

pub struct BrowserPage {
    pub context: BrowserContext,
    pub page: Page,
    console_errors: Arc<Mutex<Vec<String>>>,
    /// Every other console message, for tests that hook into the page.
    console_log: Arc<Mutex<Vec<String>>>,
}

impl BrowserPage {
    /// What the page shows, for error messages.
    async fn page_text(&self) -> String {
        self.page
            .locator("main")
            .inner_text()
            .await
            .unwrap_or_default()
    }

    pub async fn goto(&self, url: &str) -> Result<()> {
        self.page
            .goto(url, None)
            .await
            .with_context(|| format!("opening {url}"))?;
        Ok(())
    }

    pub async fn fill(&self, selector: &str, value: &str) -> Result<()> {
        let filled = self.page.locator(selector).fill(value, None).await;
        if filled.is_err() {
            let text = self.page_text().await;
            return filled.with_context(|| {
                format!(
                    "filling {selector} on {}; the page says:\n{text}",
                    self.page.url()
                )
            });
        }
        Ok(())
    }

    pub async fn click(&self, selector: &str) -> Result<()> {
        self.page
            .locator(selector)
            .click(None)
            .await
            .with_context(|| format!("clicking {selector} on {}", self.page.url()))
    }

    /// Focuses the element matching `selector` and presses `key` there
    /// ("Enter", "Tab"), as a person at the keyboard would.
    pub async fn press(&self, selector: &str, key: &str) -> Result<()> {
        self.page
            .locator(selector)
            .press(key, None)
            .await
            .with_context(|| format!("pressing {key} in {selector} on {}", self.page.url()))
    }

    pub async fn text(&self, selector: &str) -> Result<String> {
        Ok(self
            .page
            .locator(selector)
            .text_content()
            .await
            .with_context(|| format!("reading {selector}"))?
            .unwrap_or_default())
    }

    pub async fn count(&self, selector: &str) -> Result<usize> {
        Ok(self.page.locator(selector).count().await?)
    }

    /// Waits until the page's URL matches the glob `pattern`.
    pub async fn wait_for_url(&self, pattern: &str) -> Result<()> {
        self.page
            .wait_for_url(pattern, None)
            .await
            .with_context(|| format!("waiting for {pattern}; the page is at {}", self.page.url()))
    }

    /// Closes the context; fails if the browser reported console errors
    /// (CSP violations among them) while the test ran.
    pub async fn finish(self) -> Result<()> {
        self.finish_allowing(&[]).await
    }

    /// Like [`finish`](Self::finish), but console errors containing one of
    /// `expected` are not failures (Kratos' own script logs some).
    pub async fn finish_allowing(self, expected: &[&str]) -> Result<()> {
        let errors: Vec<String> = self
            .console_errors
            .lock()
            .map(|e| e.clone())
            .map_err(|_| anyhow!("console log poisoned"))?
            .into_iter()
            .filter(|e| !expected.iter().any(|x| e.contains(x)))
            .collect();
        let _ = self.context.close().await;
        if !errors.is_empty() {
            bail!(
                "the browser reported console errors:\n{}",
                errors.join("\n")
            );
        }
        Ok(())
    }
}

/// Each listed `async fn name(ctx, javascript: bool)` as two tests: with
/// JavaScript, and `name_without_javascript`.
#[macro_export]
macro_rules! with_and_without_js {
    ($($name:ident),* $(,)?) => {
        vec![$(
            (stringify!($name), (|ctx| Box::pin($name(ctx, true))) as $crate::support::TestFn),
            (
                concat!(stringify!($name), "_without_javascript"),
                (|ctx| Box::pin($name(ctx, false))) as $crate::support::TestFn,
            ),
        )*]
    };
}

pub const PASSWORD: &str = "a long and unguessable passphrase 42";

pub use vestibule_e2e::totp::current_code as totp_code;

/// Polls `check` every 100 ms for up to 15 s; whether it came true.
async fn poll<F, Fut>(check: F) -> bool
where
    F: Fn() -> Fut,
    Fut: Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        if check().await {
            return true;
        }
        if tokio::time::Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Journeys many tests start with, through the UI.
impl BrowserPage {
    /// Two-step sign-up with a password; ends on /welcome, signed in.
    pub async fn sign_up(&self, ui: &str, email: &str) -> Result<()> {
        self.goto(&format!("{ui}/registration")).await?;
        self.fill(
            r#"[data-testid="registration-flow"] input[name="traits.email"]"#,
            email,
        )
        .await?;
        self.fill(r#"input[name="traits.name.first"]"#, "Ada")
            .await?;
        self.click(r#"button[name="method"][value="profile"]"#)
            .await?;
        self.fill(r#"input[name="password"]"#, PASSWORD).await?;
        self.click(r#"button[name="method"][value="password"]"#)
            .await?;
        self.wait_for_url("**/welcome").await
    }

    /// Signs in with email and password from a fresh /login.
    pub async fn sign_in(&self, ui: &str, email: &str, password: &str) -> Result<()> {
        self.goto(&format!("{ui}/login")).await?;
        self.submit_password_login(email, password).await
    }

    /// Fills and submits the password form of the login page shown.
    pub async fn submit_password_login(&self, email: &str, password: &str) -> Result<()> {
        self.fill(
            r#"[data-testid="login-flow"] input[name="identifier"]"#,
            email,
        )
        .await?;
        self.fill(
            r#"[data-testid="login-flow"] input[name="password"]"#,
            password,
        )
        .await?;
        self.click(r#"[data-testid="login-flow"] button[name="method"][value="password"]"#)
            .await
    }

    /// Opens the settings page (a fresh settings flow).
    pub async fn open_settings(&self, ui: &str) -> Result<()> {
        self.goto(&format!("{ui}/settings")).await?;
        self.wait_for_url("**/settings?flow=*").await
    }

    /// Logs out from /welcome and waits to be back on a login page.
    pub async fn sign_out(&self, ui: &str) -> Result<()> {
        self.goto(&format!("{ui}/welcome")).await?;
        self.click(r#"[data-testid="logout"] a[data-testid="logout-link"]"#)
            .await?;
        self.wait_for_url("**/login?flow=*").await
    }

    /// Asserts the welcome page shows `email` signed in at `aal`.
    pub async fn expect_signed_in(&self, email: &str, aal: &str) -> Result<()> {
        let shown = self.text(r#"[data-testid="session-email"]"#).await?;
        if shown != email {
            bail!("welcome shows {shown:?}, expected {email:?}");
        }
        let shown_aal = self.text(r#"[data-testid="session-aal"]"#).await?;
        if shown_aal != aal {
            bail!("session is at {shown_aal:?}, expected {aal:?}");
        }
        Ok(())
    }

    /// Waits until an element matching `selector` is attached.
    pub async fn wait_for(&self, selector: &str) -> Result<()> {
        // A navigation under way destroys the execution context; that is
        // "not yet", not a failure.
        let found = poll(|| async { self.count(selector).await.unwrap_or(0) > 0 }).await;
        if !found {
            let text = self.page_text().await;
            bail!(
                "{selector} did not appear on {}; the page says:\n{text}",
                self.page.url()
            );
        }
        Ok(())
    }

    pub fn current_url(&self) -> String {
        self.page.url()
    }
}

impl BrowserPage {
    /// Waits until the input matching `selector` holds `value` (an input
    /// the user typed into is empty again once the page reloaded).
    pub async fn wait_for_value(&self, selector: &str, value: &str) -> Result<()> {
        let holds = || async {
            let current = self.page.locator(selector).input_value(None).await;
            matches!(&current, Ok(v) if v == value)
        };
        if !poll(holds).await {
            bail!("{selector} never held {value:?} on {}", self.page.url());
        }
        Ok(())
    }
}

/// Chromium's virtual authenticator (CDP `WebAuthn.*`): a platform
/// authenticator with resident keys and user verification, answering
/// without a person.
pub struct VirtualAuthenticator {
    session: playwright_rs::protocol::CDPSession,
    id: String,
}

impl VirtualAuthenticator {
    /// The credentials it holds (`WebAuthn.getCredentials`).
    pub async fn credentials(&self) -> Result<Vec<serde_json::Value>> {
        let reply = self
            .session
            .send(
                "WebAuthn.getCredentials",
                Some(serde_json::json!({ "authenticatorId": self.id })),
            )
            .await?;
        let reply = reply.get("result").unwrap_or(&reply);
        Ok(reply["credentials"].as_array().cloned().unwrap_or_default())
    }
}

impl BrowserPage {
    pub async fn add_virtual_authenticator(&self) -> Result<VirtualAuthenticator> {
        let session = self.context.new_cdp_session(&self.page).await?;
        session.send("WebAuthn.enable", None).await?;
        let reply = session
            .send(
                "WebAuthn.addVirtualAuthenticator",
                Some(serde_json::json!({
                    "options": {
                        "protocol": "ctap2",
                        "transport": "internal",
                        "hasResidentKey": true,
                        "hasUserVerification": true,
                        "isUserVerified": true,
                        "automaticPresenceSimulation": true,
                    }
                })),
            )
            .await?;
        let reply = reply.get("result").unwrap_or(&reply);
        let id = reply["authenticatorId"]
            .as_str()
            .ok_or_else(|| anyhow!("no authenticator id in {reply}"))?
            .to_owned();
        Ok(VirtualAuthenticator { session, id })
    }

    /// Records every `navigator.credentials.get` call on the console with
    /// its mediation (`conditional` for autofill), for asserting which way
    /// a passkey sign-in went.
    pub async fn record_credential_requests(&self) -> Result<()> {
        self.context
            .add_init_script(
                "(() => { const c = navigator.credentials, get = c.get.bind(c); \
                 c.get = (o) => { console.info('test: credentials.get mediation=' + \
                 ((o && o.mediation) || 'optional')); return get(o); }; })();",
            )
            .await?;
        Ok(())
    }

    /// A browser without autofill for passkeys: Kratos' script then skips
    /// conditional UI and only the explicit button signs in.
    pub async fn disable_conditional_ui(&self) -> Result<()> {
        self.context
            .add_init_script(
                "if (window.PublicKeyCredential) { \
                 PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false); }",
            )
            .await?;
        Ok(())
    }

    /// Forgets every cookie: the session and Kratos' CSRF cookie are gone,
    /// as for a person coming back after their session ended.
    pub async fn clear_cookies(&self) -> Result<()> {
        self.context.clear_cookies(None).await?;
        Ok(())
    }

    /// The console messages (other than errors) seen so far.
    pub fn console(&self) -> Vec<String> {
        self.console_log
            .lock()
            .map(|l| l.clone())
            .unwrap_or_default()
    }

    /// Waits until the WebAuthn module has loaded Kratos' script and wired
    /// the triggers.
    pub async fn wait_webauthn_ready(&self) -> Result<()> {
        self.wait_for(r#"html[data-webauthn-ready="true"]"#).await
    }
}
