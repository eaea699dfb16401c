//! Are Kratos' and Hydra's APIs where the configuration says, and do they
//! answer as the API they are named for?

use url::Url;

use super::verdict::Verdict;

/// What one GET came back with, or why nothing did.
pub type Reply = Result<Answered, String>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    pub status: u16,
    pub content_type: Option<String>,
}

fn unreachable(variable: &str, url: &Url, cause: &str) -> Verdict {
    Verdict::fail(
        format!("{variable} {url} cannot be reached from here: {cause}."),
        format!("set {variable} to the service's address as this pod reaches it (in a cluster, the Service name and port), and check the service is running and no NetworkPolicy blocks the way."),
    )
}

/// Kratos' public API: `GET /health/alive`.
pub fn kratos_public(url: &Url, reply: &Reply) -> Verdict {
    match reply {
        Ok(Answered { status: 200, .. }) => Verdict::Pass(format!("Kratos answers at {url}.")),
        Ok(a) => Verdict::fail(
            format!("KRATOS_PUBLIC_URL {url} answers {} to /health/alive, not Kratos' 200.", a.status),
            "point KRATOS_PUBLIC_URL at Kratos' public API (port 4433 by default, the kratos-public Service in the Ory chart).",
        ),
        Err(cause) => unreachable("KRATOS_PUBLIC_URL", url, cause),
    }
}

/// Kratos' admin API: `GET /admin/identities?page_size=1` answers 200 there;
/// Kratos v1.3.1's public port answers it with a redirect (307).
pub fn kratos_admin(url: &Url, reply: &Reply) -> Verdict {
    match reply {
        Ok(Answered { status: 200, .. }) => Verdict::Pass(format!("Kratos' admin API answers at {url}.")),
        Ok(a) => Verdict::fail(
            format!("KRATOS_ADMIN_URL {url} answers {} to /admin/identities, so it is not Kratos' admin API (Kratos' public port redirects that path).", a.status),
            "point KRATOS_ADMIN_URL at Kratos' admin API (port 4434 by default, the kratos-admin Service), or unset it.",
        ),
        Err(cause) => unreachable("KRATOS_ADMIN_URL", url, cause),
    }
}

/// Hydra's admin API: a made-up login challenge gets Hydra's JSON error
/// there; the public port has no such route (404, not JSON).
pub fn hydra_admin(url: &Url, reply: &Reply) -> Verdict {
    let json = |a: &Answered| {
        a.content_type
            .as_deref()
            .is_some_and(|t| t.starts_with("application/json"))
    };
    match reply {
        Ok(a) if json(a) && (400..500).contains(&a.status) => {
            Verdict::Pass(format!("Hydra's admin API answers at {url}."))
        }
        Ok(a) => Verdict::fail(
            format!("HYDRA_ADMIN_URL {url} answers {} to /admin/oauth2/auth/requests/login, not as Hydra's admin API does.", a.status),
            "point HYDRA_ADMIN_URL at Hydra's admin API (port 4445 by default, the hydra-admin Service), not its public port.",
        ),
        Err(cause) => unreachable("HYDRA_ADMIN_URL", url, cause),
    }
}

/// Kratos' `webauthn.js`, which this UI serves from its own origin, when a
/// flow has passkey or WebAuthn nodes.
pub fn webauthn_js(url: &Url, reply: &Reply) -> Verdict {
    match reply {
        Ok(a) if a.status == 200 && a.content_type.as_deref().is_some_and(|t| t.contains("javascript")) => {
            Verdict::Pass("Kratos serves webauthn.js, which passkey and WebAuthn pages load through this UI.".to_owned())
        }
        Ok(a) => Verdict::fail(
            format!("Kratos' flows have passkey/WebAuthn nodes, but {url} answers {} ({}) instead of the script.", a.status, a.content_type.as_deref().unwrap_or("no Content-Type")),
            "check that KRATOS_PUBLIC_URL reaches Kratos itself (a proxy must pass /.well-known/ory/webauthn.js through).",
        ),
        Err(cause) => unreachable("KRATOS_PUBLIC_URL", url, cause),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url() -> Url {
        Url::parse("http://kratos:4433").unwrap()
    }

    fn answered(status: u16, content_type: &str) -> Reply {
        Ok(Answered {
            status,
            content_type: Some(content_type.to_owned()),
        })
    }

    #[test]
    fn unreachable_names_the_variable_and_the_cause() {
        let Verdict::Fail { problem, fix } =
            kratos_public(&url(), &Err("connection refused".into()))
        else {
            panic!()
        };
        assert_eq!(problem, "KRATOS_PUBLIC_URL http://kratos:4433/ cannot be reached from here: connection refused.");
        assert!(fix.starts_with("set KRATOS_PUBLIC_URL"), "{fix}");
    }

    #[test]
    fn each_api_is_told_apart_from_the_other_port() {
        assert!(matches!(
            kratos_public(&url(), &answered(200, "application/json")),
            Verdict::Pass(_)
        ));
        assert!(kratos_public(&url(), &answered(404, "text/plain")).is_fail());
        assert!(matches!(
            kratos_admin(&url(), &answered(200, "application/json")),
            Verdict::Pass(_)
        ));
        assert!(kratos_admin(&url(), &answered(404, "application/json")).is_fail());
        assert!(matches!(
            hydra_admin(&url(), &answered(400, "application/json; charset=utf-8")),
            Verdict::Pass(_)
        ));
        assert!(hydra_admin(&url(), &answered(404, "text/plain; charset=utf-8")).is_fail());
    }

    #[test]
    fn webauthn_js_must_be_javascript() {
        assert!(matches!(
            webauthn_js(&url(), &answered(200, "text/javascript; charset=UTF-8")),
            Verdict::Pass(_)
        ));
        assert!(webauthn_js(&url(), &answered(200, "text/html")).is_fail());
    }
}
