//! Where Kratos sends a browser that starts a flow, against this UI's
//! page for it: the only outside sign of `selfservice.flows.*.ui_url`
//! (Kratos serves its configuration to nobody).

use url::Url;

use super::verdict::Verdict;

/// What Kratos answered a browser starting a flow
/// (`GET /self-service/<flow>/browser`, `Accept: text/html`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InitAnswer {
    pub status: u16,
    pub location: Option<String>,
    pub set_cookies: Vec<String>,
}

impl InitAnswer {
    /// The flow id Kratos put in the redirect (`?flow=`).
    pub fn flow_id(&self) -> Option<String> {
        let location = Url::parse(self.location.as_deref()?).ok()?;
        location
            .query_pairs()
            .find(|(k, _)| k == "flow")
            .map(|(_, v)| v.into_owned())
    }
}

/// This UI's page `path` as browsers reach it: PUBLIC_URL, BASE_PATH, path.
pub fn page(public_url: &Url, base_path: &str, path: &str) -> Url {
    let mut url = public_url.clone();
    url.set_path(&format!("{base_path}{path}"));
    url.set_query(None);
    url.set_fragment(None);
    url
}

/// Same scheme, host, port and path (a trailing slash aside); the query
/// is Kratos' own (`?flow=`).
pub fn same_page(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
        && a.path().trim_end_matches('/') == b.path().trim_end_matches('/')
}

fn without_query(url: &Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    url.set_fragment(None);
    url.to_string()
}

/// Did starting `flow` send the browser to `expected` (this UI's page)?
/// `error_page` is this UI's `/error`, where Kratos sends a browser when
/// it refuses to start the flow (a disabled recovery, say).
pub fn flow_redirect(flow: &str, answer: &InitAnswer, expected: &Url, error_page: &Url) -> Verdict {
    let setting = format!("selfservice.flows.{flow}.ui_url");
    let Some(raw) = answer
        .location
        .as_deref()
        .filter(|_| (300..400).contains(&answer.status))
    else {
        return Verdict::fail(
            format!(
                "Kratos answered {} without a redirect when a browser started a {flow} flow.",
                answer.status
            ),
            "check that KRATOS_PUBLIC_URL is Kratos' public API (not the admin API or a proxy in front of something else).",
        );
    };
    let Ok(location) = Url::parse(raw) else {
        return Verdict::fail(
            format!(
                "Kratos redirected a new {flow} flow to {raw:?}, which is not an absolute URL."
            ),
            format!("set {setting} to {expected}."),
        );
    };
    if same_page(&location, expected) {
        return Verdict::Pass(format!("Kratos sends a new {flow} flow to {expected}."));
    }
    if same_page(&location, error_page) {
        return Verdict::fail(
            format!("Kratos refused to start a {flow} flow and sent the browser to the error page ({})." , without_query(&location)),
            format!("enable the flow (selfservice.flows.{flow}.enabled: true), or read why in Kratos' log."),
        );
    }
    Verdict::fail(
        format!(
            "Kratos sends a new {flow} flow to {}, not to this UI's {expected}.",
            without_query(&location)
        ),
        format!("set {setting} to {expected} in Kratos' config (or correct PUBLIC_URL/BASE_PATH here if they are what is wrong)."),
    )
}

/// A `return_to` no allow-list accepts makes Kratos send the browser to
/// its error `ui_url`: the one way to see that setting from outside.
pub fn error_redirect(answer: &InitAnswer, expected: &Url, login_page: &Url) -> Verdict {
    let location = answer.location.as_deref().and_then(|l| Url::parse(l).ok());
    match location {
        Some(l) if same_page(&l, expected) => {
            Verdict::Pass(format!("Kratos shows its errors at {expected}."))
        }
        // An empty allow-list makes Kratos ignore return_to instead of refusing it.
        Some(l) if same_page(&l, login_page) => Verdict::Skipped(format!(
            "Kratos accepted a return_to on a foreign host (selfservice.allowed_return_urls is empty, so it ignores return_to), so its error ui_url could not be provoked; it must be {expected}."
        )),
        Some(l) => Verdict::fail(
            format!("Kratos sends its errors to {}, not to this UI's {expected}.", without_query(&l)),
            format!("set selfservice.flows.error.ui_url to {expected}."),
        ),
        None => Verdict::fail(
            format!("Kratos answered {} without a redirect to a refused return_to.", answer.status),
            "check that KRATOS_PUBLIC_URL is Kratos' public API.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn redirect(to: &str) -> InitAnswer {
        InitAnswer {
            status: 303,
            location: Some(to.to_owned()),
            set_cookies: vec![],
        }
    }

    const UI: &str = "https://auth.example.com";

    fn login() -> Url {
        page(&url(UI), "", "/login")
    }

    fn error() -> Url {
        page(&url(UI), "", "/error")
    }

    #[test]
    fn pages_are_public_url_base_path_and_path() {
        assert_eq!(
            page(&url("https://a.example/"), "/auth", "/login").as_str(),
            "https://a.example/auth/login"
        );
    }

    #[test]
    fn the_redirect_to_this_ui_passes_whatever_the_flow_id() {
        let answer = redirect("https://auth.example.com/login?flow=1234");
        assert!(matches!(
            flow_redirect("login", &answer, &login(), &error()),
            Verdict::Pass(_)
        ));
        assert_eq!(answer.flow_id().as_deref(), Some("1234"));
        let default_port = redirect("https://auth.example.com:443/login/?flow=1");
        assert!(matches!(
            flow_redirect("login", &default_port, &login(), &error()),
            Verdict::Pass(_)
        ));
    }

    #[test]
    fn another_path_host_scheme_or_port_names_the_setting_and_the_right_value() {
        for wrong in [
            "https://auth.example.com/signin?flow=1",
            "https://other.example.com/login?flow=1",
            "http://auth.example.com/login?flow=1",
            "https://auth.example.com:8443/login?flow=1",
        ] {
            let Verdict::Fail { problem, fix } =
                flow_redirect("login", &redirect(wrong), &login(), &error())
            else {
                panic!("{wrong} passed");
            };
            assert!(
                problem.contains(wrong.split('?').next().unwrap()),
                "{problem}"
            );
            assert!(!problem.contains("flow=1"), "{problem}");
            assert!(
                fix.contains("selfservice.flows.login.ui_url to https://auth.example.com/login"),
                "{fix}"
            );
        }
    }

    #[test]
    fn no_redirect_or_the_error_page_say_so() {
        let Verdict::Fail { problem, .. } = flow_redirect(
            "login",
            &InitAnswer {
                status: 404,
                ..Default::default()
            },
            &login(),
            &error(),
        ) else {
            panic!()
        };
        assert!(problem.contains("404 without a redirect"), "{problem}");
        let disabled = redirect("https://auth.example.com/error?id=x");
        let Verdict::Fail { fix, .. } = flow_redirect(
            "recovery",
            &disabled,
            &page(&url(UI), "", "/recovery"),
            &error(),
        ) else {
            panic!()
        };
        assert!(fix.contains("selfservice.flows.recovery.enabled"), "{fix}");
    }

    #[test]
    fn the_error_page_is_seen_through_a_refused_return_to() {
        let ok = redirect("https://auth.example.com/error?id=9");
        assert!(matches!(
            error_redirect(&ok, &error(), &login()),
            Verdict::Pass(_)
        ));
        let ignored = redirect("https://auth.example.com/login?flow=9");
        assert!(matches!(
            error_redirect(&ignored, &error(), &login()),
            Verdict::Skipped(_)
        ));
        let Verdict::Fail { fix, .. } = error_redirect(
            &redirect("https://old.example.com/error?id=9"),
            &error(),
            &login(),
        ) else {
            panic!()
        };
        assert_eq!(
            fix,
            "set selfservice.flows.error.ui_url to https://auth.example.com/error."
        );
    }
}
