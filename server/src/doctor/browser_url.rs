//! Is KRATOS_BROWSER_URL where browsers really reach Kratos? Two signs:
//! its host is not a cluster-internal name, and Kratos' forms post to it
//! (a flow's `ui.action` is built from Kratos' `serve.public.base_url`).

use url::Url;

use super::verdict::Verdict;

/// Names only a cluster's DNS resolves: one label (a Service name), or a
/// Kubernetes/mDNS-internal suffix.
fn is_internal_name(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    if host.parse::<std::net::IpAddr>().is_ok() || host.starts_with('[') || host == "localhost" {
        return false;
    }
    !host.contains('.')
        || [".svc", ".svc.cluster.local", ".cluster.local", ".internal"]
            .iter()
            .any(|suffix| host.ends_with(suffix))
}

fn origin(url: &Url) -> String {
    url.origin().ascii_serialization()
}

/// Decides from KRATOS_BROWSER_URL and the `ui.action` of a login flow
/// (None when the flow could not be read).
pub fn browser_url(browser: &Url, action: Option<&str>) -> Verdict {
    let host = browser.host_str().unwrap_or_default();
    if is_internal_name(host) {
        return Verdict::fail(
            format!("KRATOS_BROWSER_URL {browser} is a cluster-internal name that browsers cannot resolve; every flow start redirects them there."),
            "set KRATOS_BROWSER_URL to Kratos' public URL as browsers reach it (the Ingress host), and keep the in-cluster address in KRATOS_PUBLIC_URL.",
        );
    }
    let Some(raw) = action else {
        return Verdict::Skipped(format!(
            "the login flow could not be read, so KRATOS_BROWSER_URL {browser} was not compared with Kratos' form actions."
        ));
    };
    let Ok(action) = Url::parse(raw) else {
        return Verdict::fail(
            format!("Kratos' login form posts to {raw:?}, which is not an absolute URL."),
            "set Kratos' serve.public.base_url to its public URL as browsers reach it.",
        );
    };
    let prefix = browser.path().trim_end_matches('/');
    if origin(&action) != origin(browser) || !action.path().starts_with(prefix) {
        let mut base = action.clone();
        base.set_path(prefix);
        base.set_query(None);
        return Verdict::fail(
            format!(
                "Kratos' forms post to {} (its serve.public.base_url) while browsers start flows at KRATOS_BROWSER_URL {browser}: the CSRF cookie set at one is not sent with the post to the other.",
                origin(&action)
            ),
            format!("make them one URL: KRATOS_BROWSER_URL={} here, or serve.public.base_url: {browser} in Kratos.", origin(&action)),
        );
    }
    Verdict::Pass(format!(
        "browsers start flows at {browser} and Kratos' forms post there too."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn forms_posting_where_flows_start_pass() {
        let v = browser_url(
            &url("https://auth.example.com/.ory"),
            Some("https://auth.example.com/.ory/self-service/login?flow=1"),
        );
        assert!(matches!(v, Verdict::Pass(_)), "{v:?}");
        let local = browser_url(
            &url("http://localhost:4433/"),
            Some("http://localhost:4433/self-service/login?flow=1"),
        );
        assert!(matches!(local, Verdict::Pass(_)), "{local:?}");
    }

    #[test]
    fn another_origin_or_prefix_names_both_settings() {
        for action in [
            "http://127.0.0.1:4433/self-service/login?flow=1",
            "http://localhost:4434/self-service/login?flow=1",
        ] {
            let Verdict::Fail { problem, fix } =
                browser_url(&url("http://localhost:4433"), Some(action))
            else {
                panic!("{action} passed");
            };
            assert!(
                problem.contains("serve.public.base_url") && problem.contains("KRATOS_BROWSER_URL"),
                "{problem}"
            );
            assert!(fix.contains(&action[..21]), "{fix}");
        }
        let prefixed = browser_url(
            &url("https://a.example.com/kratos"),
            Some("https://a.example.com/self-service/login?flow=1"),
        );
        assert!(prefixed.is_fail());
    }

    #[test]
    fn cluster_internal_names_fail_before_anything_else() {
        for internal in [
            "http://kratos-public",
            "http://kratos-public.ory.svc.cluster.local:80",
            "http://kratos.ory.svc",
        ] {
            let Verdict::Fail { problem, .. } = browser_url(&url(internal), None) else {
                panic!("{internal} passed");
            };
            assert!(problem.contains("cluster-internal"), "{problem}");
        }
        assert!(matches!(
            browser_url(&url("http://10.0.0.7:4433"), None),
            Verdict::Skipped(_)
        ));
    }
}
