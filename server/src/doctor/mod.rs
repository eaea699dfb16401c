//! `login-svc check`, the doctor: reads the configuration the server
//! would run with and checks it against the running Kratos (and Hydra),
//! one ✓/✗ line per check with the fix for each ✗; exit status 1 if any
//! fails (2 if the configuration is invalid, as at start).
//!
//! Kratos serves its configuration to nobody, so each check looks at what
//! a browser would see: where a flow start redirects (`ui_url`), the CSRF
//! cookie it sets, where the flow's forms post. The decisions are pure
//! functions in the sibling modules; [`probe`] does the I/O.

pub mod browser_url;
pub mod cookies;
pub mod flow_json;
pub mod pages;
pub mod probe;
pub mod secrets;
pub mod services;
pub mod verdict;

use std::process::ExitCode;

use crate::config::{Args, Config};
use crate::upstream::Service;
use app::kratos::FlowKind;
use probe::{join, Probe};
use verdict::{Check, Verdict};

/// A `return_to` no allow-list accepts (`.invalid` is reserved, RFC 2606),
/// so Kratos shows its error page.
const REFUSED_RETURN_TO: &str = "https://vestibule-doctor.invalid/";

/// The flows whose start redirects an anonymous browser to their page
/// (settings sends it to the login flow instead).
const REDIRECTING: [FlowKind; 4] = [
    FlowKind::Login,
    FlowKind::Registration,
    FlowKind::Recovery,
    FlowKind::Verification,
];

/// Runs every check, prints the report, and gives the exit status.
pub async fn run(args: Args) -> ExitCode {
    let (checks, config_valid) = check(args).await;
    print!("{}", verdict::report(&checks));
    if !config_valid {
        return ExitCode::from(2);
    }
    ExitCode::from(verdict::exit_code(&checks))
}

/// Every check in order; false with the one failed check when the
/// configuration itself is invalid.
pub async fn check(args: Args) -> (Vec<Check>, bool) {
    let config = match Config::from_args(args) {
        Ok(config) => config,
        Err(e) => {
            let fix = "correct it: the server refuses to start with this configuration too.";
            return (
                vec![Check::new(
                    "configuration",
                    Verdict::fail(format!("{e}."), fix),
                )],
                false,
            );
        }
    };
    let mut checks = vec![
        Check::new(
            "configuration",
            Verdict::Pass("valid (the checks the server runs at start).".into()),
        ),
        Check::new("secrets", secrets::secrets(&config)),
    ];
    let probe = Probe::new(
        config.kratos_timeout,
        config.upstream_max_body,
        &config.upstream_tls,
    );
    let public = &config.kratos_public_url;
    let alive = probe
        .get(Service::Kratos, &join(public, "/health/alive"))
        .await;
    let kratos_up = matches!(alive, Ok(ref a) if a.status == 200);
    checks.push(Check::new(
        "Kratos public API",
        services::kratos_public(public, &alive),
    ));
    if let Some(admin) = &config.kratos_admin_url {
        let reply = probe
            .get(
                Service::Kratos,
                &join(admin, "/admin/identities?page_size=1"),
            )
            .await;
        checks.push(Check::new(
            "Kratos admin API",
            services::kratos_admin(admin, &reply),
        ));
    }
    if config.public_url.is_none() {
        checks.push(Check::new("PUBLIC_URL", Verdict::fail(
            "PUBLIC_URL is not set, so Kratos' redirects and cookies cannot be compared with this UI's address.",
            "set PUBLIC_URL to this UI's URL as browsers reach it, without BASE_PATH (e.g. https://auth.example.com).",
        )));
    }
    if kratos_up {
        checks.extend(browser_checks(&probe, &config).await);
    } else {
        checks.push(Check::new(
            "flows and cookies",
            Verdict::Skipped("not checked: Kratos' public API is unreachable.".into()),
        ));
    }
    if let Some(oauth2) = &config.oauth2 {
        let hydra = &oauth2.hydra_admin_url;
        let reply = probe
            .get(
                Service::Hydra,
                &join(
                    hydra,
                    "/admin/oauth2/auth/requests/login?login_challenge=vestibule-doctor",
                ),
            )
            .await;
        checks.push(Check::new(
            "Hydra admin API",
            services::hydra_admin(hydra, &reply),
        ));
        let ui = config
            .public_url
            .as_ref()
            .map(|u| pages::page(u, &config.base_path, ""));
        let ui = ui.as_ref().map_or("<PUBLIC_URL>".to_owned(), |u| {
            u.as_str().trim_end_matches('/').to_owned()
        });
        checks.push(Check::new("Hydra urls.*", Verdict::Skipped(format!(
            "Hydra's admin API does not show urls.login, urls.consent, urls.logout or urls.error; they must be {ui}/login, {ui}/consent, {ui}/logout and {ui}/error."
        ))));
    }
    (checks, true)
}

/// What a browser would see: each flow's redirect, the CSRF cookie, the
/// forms' action, webauthn.js, the error page.
async fn browser_checks(probe: &Probe, config: &Config) -> Vec<Check> {
    let public = &config.kratos_public_url;
    let browser = &config.kratos_browser_url;
    let ui = config.public_url.as_ref();
    let page = |path: &str| ui.map(|u| pages::page(u, &config.base_path, path));
    let mut checks = Vec::new();
    let mut flows = Vec::new();
    for kind in REDIRECTING {
        let name = format!("{} ui_url", kind.as_str());
        let url = join(public, &format!("/self-service/{}/browser", kind.as_str()));
        let answer = match probe.init(&url).await {
            Ok(answer) => answer,
            Err(cause) => {
                checks.push(Check::new(
                    name,
                    Verdict::fail(
                        format!(
                            "starting a {} flow at Kratos failed: {cause}.",
                            kind.as_str()
                        ),
                        "check Kratos' log.",
                    ),
                ));
                continue;
            }
        };
        let verdict = match (page(kind.path()), page("/error")) {
            (Some(expected), Some(error)) => {
                pages::flow_redirect(kind.as_str(), &answer, &expected, &error)
            }
            _ => Verdict::Skipped("needs PUBLIC_URL.".into()),
        };
        checks.push(Check::new(name, verdict));
        if let Some(id) = answer.flow_id() {
            let url = join(
                public,
                &format!("/self-service/{}/flows?id={id}", kind.as_str()),
            );
            let flow = probe.flow(&url, &answer.set_cookies).await.ok();
            flows.push((kind, answer, flow));
        }
    }
    let login = flows.iter().find(|(kind, ..)| *kind == FlowKind::Login);
    checks.push(Check::new("settings ui_url", Verdict::Skipped(format!(
        "Kratos sends a browser without a session to the login flow, so this setting shows only with a session; it must be {}.",
        page("/settings").map_or("<PUBLIC_URL>/settings".to_owned(), String::from)
    ))));
    if let (Some(expected), Some(login_page)) = (page("/error"), page("/login")) {
        let url = join(
            public,
            &format!("/self-service/login/browser?return_to={REFUSED_RETURN_TO}"),
        );
        let verdict = match probe.init(&url).await {
            Ok(answer) => pages::error_redirect(&answer, &expected, &login_page),
            Err(cause) => Verdict::fail(
                format!("starting a login flow at Kratos failed: {cause}."),
                "check Kratos' log.",
            ),
        };
        checks.push(Check::new("error ui_url", verdict));
    }
    checks.push(Check::new("default_browser_return_url", Verdict::Skipped(
        "Kratos uses it only once a flow completes, so it is not visible from here; point it at this UI's /welcome or at your app.".into(),
    )));
    let cookie = match (login, ui) {
        (Some((_, answer, _)), Some(ui)) => cookies::csrf_cookie(&answer.set_cookies, browser, ui),
        (None, _) => Verdict::Skipped("no login flow was started.".into()),
        (_, None) => Verdict::Skipped("needs PUBLIC_URL.".into()),
    };
    checks.push(Check::new("CSRF cookie", cookie));
    let action = login
        .and_then(|(_, _, flow)| flow.as_ref())
        .and_then(flow_json::action);
    checks.push(Check::new(
        "KRATOS_BROWSER_URL",
        browser_url::browser_url(browser, action),
    ));
    let webauthn = flows
        .iter()
        .any(|(_, _, flow)| flow.as_ref().is_some_and(flow_json::needs_webauthn_js));
    let verdict = if webauthn {
        let url = join(public, app::flow_ui::webauthn::WEBAUTHN_JS_PATH);
        services::webauthn_js(&url, &probe.get(Service::Kratos, &url).await)
    } else {
        Verdict::Skipped("no flow has passkey or WebAuthn nodes.".into())
    };
    checks.push(Check::new("webauthn.js", verdict));
    checks
}
