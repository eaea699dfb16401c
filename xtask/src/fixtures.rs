//! `cargo xtask record-fixtures`: records real flow and error JSON from
//! Kratos v1.3.1 into `app/tests/fixtures/` for the model and rendering
//! tests. It signs a user up, enrols TOTP, reveals lookup secrets, and
//! provokes the errors a UI must handle, through Kratos' browser API with
//! a cookie jar, exactly as a browser would. Hydra's JSON comes from a
//! stack with Hydra and Vestibule (fixtures/hydra.rs).

mod continue_flow;
mod hydra;

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use serde_json::Value;
use vestibule_e2e::{paths, KratosOptions, Ports, Stack, StackSpec};

pub(crate) struct Recorder {
    pub(crate) http: reqwest::Client,
    pub(crate) kratos: String,
    pub(crate) out: PathBuf,
}

pub(crate) fn client() -> Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()?)
}

/// Hidden inputs of a flow (csrf_token, traits carried between steps),
/// which every submission must repeat.
fn hidden_fields(flow: &Value) -> Vec<(String, String)> {
    flow["ui"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|n| n["attributes"]["type"] == "hidden")
        .filter_map(|n| {
            let name = n["attributes"]["name"].as_str()?;
            let value = match &n["attributes"]["value"] {
                Value::String(s) => s.clone(),
                Value::Null => return None,
                other => other.to_string(),
            };
            // Passkey/webauthn payloads are filled by the browser, not us.
            (!name.starts_with("passkey") && !name.starts_with("webauthn"))
                .then(|| (name.to_owned(), value))
        })
        .collect()
}

fn text_node<'a>(flow: &'a Value, id: &str) -> Option<&'a Value> {
    flow["ui"]["nodes"]
        .as_array()?
        .iter()
        .find(|n| n["type"] == "text" && n["attributes"]["id"] == id)
}

impl Recorder {
    pub(crate) fn with_client(&self, http: reqwest::Client) -> Recorder {
        Recorder {
            http,
            kratos: self.kratos.clone(),
            out: self.out.clone(),
        }
    }

    async fn get(&self, path: &str) -> Result<(u16, Value)> {
        let r = self
            .http
            .get(format!("{}{path}", self.kratos))
            .header("Accept", "application/json")
            .send()
            .await?;
        let status = r.status().as_u16();
        let body = r
            .json()
            .await
            .with_context(|| format!("GET {path}: not JSON"))?;
        Ok((status, body))
    }

    /// A browser flow created and then fetched the way Vestibule fetches it.
    pub(crate) async fn flow(&self, kind: &str, query: &str) -> Result<Value> {
        let (status, created) = self
            .get(&format!("/self-service/{kind}/browser{query}"))
            .await?;
        if status != 200 {
            bail!("creating a {kind} flow answered {status}: {created}");
        }
        let id = created["id"].as_str().context("flow without id")?;
        self.refetch(kind, id).await
    }

    pub(crate) async fn refetch(&self, kind: &str, id: &str) -> Result<Value> {
        let (status, flow) = self
            .get(&format!("/self-service/{kind}/flows?id={id}"))
            .await?;
        if status != 200 {
            bail!("fetching the {kind} flow answered {status}: {flow}");
        }
        Ok(flow)
    }

    /// Posts the flow's form as a browser would (form-encoded, with its
    /// hidden fields) and returns the JSON answer.
    pub(crate) async fn submit(
        &self,
        flow: &Value,
        fields: &[(&str, &str)],
    ) -> Result<(u16, Value)> {
        let action = flow["ui"]["action"]
            .as_str()
            .context("flow without ui.action")?;
        let mut form = hidden_fields(flow);
        for (k, v) in fields {
            form.retain(|(name, _)| name != k);
            form.push(((*k).to_owned(), (*v).to_owned()));
        }
        let r = self
            .http
            .post(action)
            .header("Accept", "application/json")
            .form(&form)
            .send()
            .await?;
        let status = r.status().as_u16();
        Ok((status, r.json().await.unwrap_or(Value::Null)))
    }

    pub(crate) fn save(&self, name: &str, value: &Value) -> Result<()> {
        let path = self.out.join(format!("{name}.json"));
        std::fs::write(&path, serde_json::to_string_pretty(value)? + "\n")?;
        eprintln!("  recorded {}", path.display());
        Ok(())
    }

    async fn save_get(&self, name: &str, path: &str, expect: u16) -> Result<Value> {
        let (status, body) = self.get(path).await?;
        if status != expect {
            bail!("GET {path}: expected {expect}, got {status}: {body}");
        }
        self.save(name, &body)?;
        Ok(body)
    }
}

/// Two-step password sign-up through the browser API.
pub(crate) async fn sign_up(rec: &Recorder, email: &str, password: &str) -> Result<()> {
    let registration = rec.flow("registration", "").await?;
    let (status, body) = rec
        .submit(
            &registration,
            &[
                ("traits.email", email),
                ("traits.name.first", "Grace"),
                ("method", "profile"),
            ],
        )
        .await?;
    if status != 400 && status != 200 {
        bail!("profile step answered {status}: {body}");
    }
    let credentials = rec.refetch("registration", id_of(&registration)?).await?;
    let (status, body) = rec
        .submit(
            &credentials,
            &[("password", password), ("method", "password")],
        )
        .await?;
    if status != 200 {
        bail!("registration answered {status}: {body}");
    }
    Ok(())
}

pub(crate) fn id_of(flow: &Value) -> Result<&str> {
    flow["id"].as_str().context("flow without id")
}

/// `sets`: which recordings to make (`default`, `identifier-first`,
/// `hydra`); all when empty. Recording one set leaves the others' files as
/// they are.
pub fn record(sets: &[String]) -> Result<()> {
    let wants = |set: &str| sets.is_empty() || sets.iter().any(|s| s == set);
    if let Some(unknown) = sets
        .iter()
        .find(|s| !["default", "identifier-first", "hydra", "continue"].contains(&s.as_str()))
    {
        bail!("unknown fixture set {unknown:?} (default, identifier-first, hydra, continue)");
    }
    crate::setup::kratos()?;
    crate::setup::hydra()?;
    // The Hydra recording goes through Vestibule's /login.
    crate::wasm::build()?;
    crate::build_server()?;
    let out = paths::repo_root().join("app/tests/fixtures");
    std::fs::create_dir_all(&out)?;
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        if wants("default") {
            record_default_set(&out).await?;
        }
        if wants("identifier-first") {
            record_identifier_first_set(out.clone()).await?;
        }
        if wants("hydra") {
            record_hydra_set(&out).await?;
        }
        if wants("continue") {
            continue_flow::record(&out).await?;
        }
        Ok(())
    })
}

async fn record_default_set(out: &std::path::Path) -> Result<()> {
    {
        let stack = Stack::start(StackSpec {
            name: "fixtures".to_owned(),
            ports: Ports::test(9),
            kratos: KratosOptions::default(),
            with_vestibule: false,
            with_hydra: false,
            oathkeeper: None,
        })
        .await?;
        let rec = Recorder {
            http: client()?,
            kratos: stack.kratos_public_url(),
            out: out.to_owned(),
        };
        let result = record_default(&rec, &stack).await;
        stack.stop().await;
        result
    }
}

async fn record_identifier_first_set(out: PathBuf) -> Result<()> {
    {
        let stack = Stack::start(StackSpec {
            name: "fixtures-idfirst".to_owned(),
            ports: Ports::test(9),
            kratos: KratosOptions {
                flow_lifespan: "2s".to_owned(),
                login_style: "identifier_first".to_owned(),
                ..KratosOptions::default()
            },
            with_vestibule: false,
            with_hydra: false,
            oathkeeper: None,
        })
        .await?;
        let rec = Recorder {
            http: client()?,
            kratos: stack.kratos_public_url(),
            out,
        };
        let result = record_identifier_first(&rec).await;
        stack.stop().await;
        result
    }
}

async fn record_hydra_set(out: &std::path::Path) -> Result<()> {
    {
        let stack = Stack::start(StackSpec {
            name: "fixtures-hydra".to_owned(),
            ports: Ports::test(9),
            kratos: KratosOptions::default(),
            with_vestibule: true,
            with_hydra: true,
            oathkeeper: None,
        })
        .await?;
        let result = hydra::record(&stack, out).await;
        stack.stop().await;
        result
    }
}

async fn record_default(rec: &Recorder, stack: &Stack) -> Result<()> {
    let email = "ada@example.com";
    let password = "a long and unguessable passphrase 42";

    let login = rec.flow("login", "").await?;
    rec.save("login", &login)?;

    let return_to = format!("?return_to={}/welcome", stack.ui_url());
    let registration = rec.flow("registration", &return_to).await?;
    rec.save("registration_profile", &registration)?;
    let (status, body) = rec
        .submit(
            &registration,
            &[
                ("traits.email", email),
                ("traits.name.first", "Ada"),
                ("traits.name.last", "Lovelace"),
                ("method", "profile"),
            ],
        )
        .await?;
    if status != 400 && status != 200 {
        bail!("profile step answered {status}: {body}");
    }
    let credentials = rec.refetch("registration", id_of(&registration)?).await?;
    rec.save("registration_credentials", &credentials)?;
    let (status, body) = rec
        .submit(
            &credentials,
            &[("password", "short"), ("method", "password")],
        )
        .await?;
    if status != 400 {
        bail!("a too-short password answered {status}: {body}");
    }
    rec.save("registration_password_too_short", &body)?;
    let (status, body) = rec
        .submit(
            &credentials,
            &[("password", password), ("method", "password")],
        )
        .await?;
    if status != 200 {
        bail!("registration answered {status}: {body}");
    }

    rec.save_get("session", "/sessions/whoami", 200).await?;
    let (status, body) = rec.get("/self-service/login/browser").await?;
    if status != 400 {
        bail!("login with a session answered {status}: {body}");
    }
    rec.save("error_session_already_available", &body)?;

    let settings = rec.flow("settings", "").await?;
    rec.save("settings", &settings)?;
    let (status, body) = rec
        .submit(
            &settings,
            &[
                ("method", "lookup_secret"),
                ("lookup_secret_regenerate", "true"),
            ],
        )
        .await?;
    if status != 200 {
        bail!("generating lookup secrets answered {status}: {body}");
    }
    let generated = rec.refetch("settings", id_of(&settings)?).await?;
    rec.save("settings_lookup_secrets_generated", &generated)?;

    let settings = rec.flow("settings", "").await?;
    let secret = text_node(&settings, "totp_secret_key")
        .and_then(|n| n["attributes"]["text"]["text"].as_str())
        .context("settings flow without totp_secret_key")?;
    let code = vestibule_e2e::totp::current_code(secret)?;
    let (status, body) = rec
        .submit(&settings, &[("method", "totp"), ("totp_code", &code)])
        .await?;
    if status != 200 {
        bail!("enrolling TOTP answered {status}: {body}");
    }
    let linked = rec.refetch("settings", id_of(&settings)?).await?;
    rec.save("settings_totp_linked", &linked)?;

    // Another browser signs in with the password only: its session is
    // aal1 while the identity has a second factor.
    let second = rec.with_client(client()?);
    let login2 = second.flow("login", "").await?;
    let (status, body) = second
        .submit(
            &login2,
            &[
                ("identifier", email),
                ("password", "wrong password"),
                ("method", "password"),
            ],
        )
        .await?;
    if status != 400 {
        bail!("a wrong password answered {status}: {body}");
    }
    second.save("login_invalid_credentials", &body)?;
    let (status, body) = second
        .submit(
            &login2,
            &[
                ("identifier", email),
                ("password", password),
                ("method", "password"),
            ],
        )
        .await?;
    // With a second factor enrolled, Kratos answers a JSON submission of
    // a browser flow with 422 and where the browser must go next.
    if status != 422 {
        bail!("password login answered {status}: {body}");
    }
    second.save("error_browser_location_change_required", &body)?;
    second
        .save_get("error_session_aal2_required", "/sessions/whoami", 403)
        .await?;
    let aal2 = second.flow("login", "?aal=aal2").await?;
    second.save("login_aal2", &aal2)?;
    let (status, body) = second
        .submit(&aal2, &[("totp_code", "000000"), ("method", "totp")])
        .await?;
    if status != 400 {
        bail!("a wrong TOTP code answered {status}: {body}");
    }
    second.save("login_aal2_wrong_code", &body)?;
    let refresh = rec.flow("login", "?refresh=true").await?;
    rec.save("login_refresh", &refresh)?;

    // A new browser: no session, no cookies.
    let fresh = rec.with_client(client()?);
    let recovery = fresh.flow("recovery", "").await?;
    fresh.save("recovery", &recovery)?;
    fresh
        .submit(&recovery, &[("email", email), ("method", "code")])
        .await?;
    let sent = fresh.refetch("recovery", id_of(&recovery)?).await?;
    fresh.save("recovery_code_sent", &sent)?;
    // The code itself is not recorded; reading it proves the courier works.
    stack.mail.take_code(email, "recovery_code").await?;

    let verification = fresh.flow("verification", "").await?;
    fresh.save("verification", &verification)?;
    fresh
        .submit(&verification, &[("email", email), ("method", "code")])
        .await?;
    let sent = fresh.refetch("verification", id_of(&verification)?).await?;
    fresh.save("verification_code_sent", &sent)?;

    fresh
        .save_get("error_session_inactive", "/sessions/whoami", 401)
        .await?;
    fresh
        .save_get(
            "error_settings_without_session",
            "/self-service/settings/browser",
            401,
        )
        .await?;
    fresh
        .save_get(
            "error_flow_not_found",
            "/self-service/login/flows?id=00000000-0000-0000-0000-000000000000",
            404,
        )
        .await?;
    fresh
        .save_get(
            "error_return_to_forbidden",
            "/self-service/login/browser?return_to=https://not-allowed.example",
            400,
        )
        .await?;
    fresh
        .save_get("error_stub_500", "/self-service/errors?id=stub:500", 200)
        .await?;
    // A flow fetched by someone without its CSRF cookie.
    let stranger = rec.with_client(client()?);
    stranger
        .save_get(
            "error_csrf_violation",
            &format!("/self-service/login/flows?id={}", id_of(&login)?),
            403,
        )
        .await?;
    Ok(())
}

async fn record_identifier_first(rec: &Recorder) -> Result<()> {
    let login = rec.flow("login", "").await?;
    rec.save("login_identifier_first", &login)?;
    let (status, body) = rec
        .submit(
            &login,
            &[
                ("identifier", "nobody@example.com"),
                ("method", "identifier_first"),
            ],
        )
        .await?;
    if status != 400 && status != 200 {
        bail!("identifier step answered {status}: {body}");
    }
    let next = rec.refetch("login", id_of(&login)?).await?;
    rec.save("login_identifier_first_credentials", &next)?;

    // The stack's flows live two seconds.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    rec.save_get(
        "error_flow_expired",
        &format!("/self-service/login/flows?id={}", id_of(&login)?),
        410,
    )
    .await?;

    // Step 2 for a known identifier: the identifier becomes a hidden input
    // of group identifier_first, which the password form must post.
    let email = "grace@example.com";
    let password = "a long and unguessable passphrase 42";
    sign_up(&rec.with_client(client()?), email, password).await?;
    let stranger = rec.with_client(client()?);
    let login = stranger.flow("login", "").await?;
    let (status, body) = stranger
        .submit(
            &login,
            &[("identifier", email), ("method", "identifier_first")],
        )
        .await?;
    if status != 400 && status != 200 {
        bail!("identifier step answered {status}: {body}");
    }
    let step2 = stranger.refetch("login", id_of(&login)?).await?;
    stranger.save("login_identifier_first_step2", &step2)?;
    // What the step-2 password form got from a UI that dropped the hidden
    // identifier: 4000002 on that hidden node.
    let mut without_identifier = step2.clone();
    if let Some(nodes) = without_identifier["ui"]["nodes"].as_array_mut() {
        nodes.retain(|n| n["attributes"]["name"] != "identifier");
    }
    let (status, body) = stranger
        .submit(
            &without_identifier,
            &[("password", password), ("method", "password")],
        )
        .await?;
    if status != 400 {
        bail!("a password without identifier answered {status}: {body}");
    }
    stranger.save("login_identifier_first_missing_identifier", &body)?;
    Ok(())
}
