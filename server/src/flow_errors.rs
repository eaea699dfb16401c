//! Pure decisions: what to do when fetching a flow fails. Most Kratos
//! errors are not dead ends but instructions (start over, step up, go
//! elsewhere); only the rest become an error page.

use app::kratos::error::ids;
use app::kratos::{ErrorEnvelope, FlowKind};
use app::links::{init_url, page, Query};
use app::safe_url::Origins;
use axum::http::StatusCode;

#[derive(Debug, PartialEq)]
pub enum Recovery {
    /// Send the browser here (303).
    Redirect(String),
    /// Nothing to do but show the error.
    Show,
}

pub struct Context<'a> {
    pub kind: FlowKind,
    /// The page's query, whose `return_to` & co. survive a restart.
    pub query: &'a Query,
    pub kratos_browser_url: &'a str,
    pub base_path: &'a str,
    /// The deployment's origins: a `return_to` from the query is followed
    /// directly only onto these.
    pub origins: &'a Origins,
}

pub fn on_fetch_error(ctx: &Context, status: StatusCode, body: &ErrorEnvelope) -> Recovery {
    let restart = || init_url(ctx.kratos_browser_url, ctx.kind, ctx.query);
    let home = || page(ctx.base_path, "/welcome", &Query::default());
    match (body.id(), body.redirect_browser_to()) {
        (Some(ids::FLOW_EXPIRED), _) => {
            Recovery::Redirect(body.error.redirect_to().map_or_else(restart, str::to_owned))
        }
        (Some(ids::CSRF_VIOLATION), _) => Recovery::Redirect(restart()),
        (Some(ids::FLOW_REPLACED), _) => Recovery::Redirect(match &body.use_flow_id {
            Some(id) => page(
                ctx.base_path,
                ctx.kind.path(),
                &Query::default().with("flow", Some(id)),
            ),
            None => restart(),
        }),
        (
            Some(
                ids::SESSION_AAL2_REQUIRED
                | ids::SESSION_REFRESH_REQUIRED
                | ids::BROWSER_LOCATION_CHANGE_REQUIRED
                | ids::VERIFIED_ADDRESS_REQUIRED,
            ),
            Some(to),
        ) => Recovery::Redirect(to.to_owned()),
        // The query's `return_to` is anyone's to write: followed only onto
        // the deployment, else handed to Kratos' init, whose allow-list
        // decides (and which sends a signed-in browser on).
        (Some(ids::SESSION_ALREADY_AVAILABLE), _) => match ctx.query.get("return_to") {
            None => Recovery::Redirect(home()),
            Some(to) if ctx.origins.redirect(to).is_ok() => Recovery::Redirect(to.to_owned()),
            Some(_) => Recovery::Redirect(init_url(
                ctx.kratos_browser_url,
                ctx.kind,
                &ctx.query.pick(&["return_to"]),
            )),
        },
        (Some(ids::SESSION_AAL1_REQUIRED), _) => Recovery::Redirect(init_url(
            ctx.kratos_browser_url,
            FlowKind::Login,
            &ctx.query.pick(&["return_to"]),
        )),
        (Some(ids::RETURN_TO_FORBIDDEN), _) => Recovery::Show,
        // Settings without a session: Kratos' init sends the browser to
        // sign in and back.
        (Some(ids::SESSION_INACTIVE), _) => Recovery::Redirect(restart()),
        (_, Some(to)) if status == StatusCode::FORBIDDEN => Recovery::Redirect(to.to_owned()),
        _ if matches!(
            status,
            StatusCode::GONE | StatusCode::NOT_FOUND | StatusCode::UNAUTHORIZED
        ) =>
        {
            Recovery::Redirect(restart())
        }
        _ => Recovery::Show,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recorded(name: &str) -> ErrorEnvelope {
        // Run-time first, as in app/tests/support/mod.rs.
        let dir = std::env::var("CARGO_MANIFEST_DIR")
            .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
        let path = format!("{dir}/../app/tests/fixtures/{name}.json");
        let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_json::from_str(&raw).unwrap()
    }

    fn decide(kind: FlowKind, raw_query: &str, status: u16, name: &str) -> Recovery {
        let query = Query::parse(raw_query);
        let origins = Origins::parse(["http://kratos:4433"]);
        let ctx = Context {
            kind,
            query: &query,
            kratos_browser_url: "http://kratos:4433",
            base_path: "/auth",
            origins: &origins,
        };
        on_fetch_error(&ctx, StatusCode::from_u16(status).unwrap(), &recorded(name))
    }

    fn redirect(to: &str) -> Recovery {
        Recovery::Redirect(to.to_owned())
    }

    #[test]
    fn expired_flows_restart_where_kratos_says() {
        assert!(matches!(
            decide(FlowKind::Login, "flow=x", 410, "error_flow_expired"),
            Recovery::Redirect(to) if to.ends_with("/self-service/login/browser")
        ));
    }

    #[test]
    fn foreign_and_unknown_flows_restart_keeping_return_to() {
        let q = "flow=x&return_to=http%3A%2F%2Fapp%2F";
        let expected =
            "http://kratos:4433/self-service/login/browser?return_to=http%3A%2F%2Fapp%2F";
        assert_eq!(
            decide(FlowKind::Login, q, 403, "error_csrf_violation"),
            redirect(expected)
        );
        assert_eq!(
            decide(FlowKind::Login, q, 404, "error_flow_not_found"),
            redirect(expected)
        );
        assert_eq!(
            decide(
                FlowKind::Settings,
                "flow=x",
                401,
                "error_settings_without_session"
            ),
            redirect("http://kratos:4433/self-service/settings/browser")
        );
    }

    #[test]
    fn kratos_directions_are_followed() {
        assert!(matches!(
            decide(FlowKind::Settings, "flow=x", 403, "error_session_aal2_required"),
            Recovery::Redirect(to) if to.contains("aal=aal2")
        ));
        assert!(matches!(
            decide(FlowKind::Login, "flow=x", 422, "error_browser_location_change_required"),
            Recovery::Redirect(to) if to.ends_with("/self-service/login/browser?aal=aal2")
        ));
        assert_eq!(
            decide(
                FlowKind::Login,
                "flow=x",
                400,
                "error_session_already_available"
            ),
            redirect("/auth/welcome")
        );
        assert_eq!(
            decide(
                FlowKind::Login,
                "flow=x&return_to=http%3A%2F%2Fkratos%3A4433%2Fhere",
                400,
                "error_session_already_available"
            ),
            redirect("http://kratos:4433/here")
        );
    }

    #[test]
    fn a_query_return_to_off_the_deployment_goes_through_kratos() {
        for evil in [
            "https%3A%2F%2Fevil.example%2F",
            "%2F%2Fevil.example",
            "javascript%3Aalert%281%29",
            "%2F%5Cevil.example",
        ] {
            let got = decide(
                FlowKind::Login,
                &format!("flow=x&return_to={evil}"),
                400,
                "error_session_already_available",
            );
            assert_eq!(
                got,
                redirect(&format!(
                    "http://kratos:4433/self-service/login/browser?return_to={evil}"
                )),
                "{evil}"
            );
        }
    }

    #[test]
    fn a_refused_return_to_is_shown_not_retried() {
        assert_eq!(
            decide(FlowKind::Login, "flow=x", 400, "error_return_to_forbidden"),
            Recovery::Show
        );
    }
}
