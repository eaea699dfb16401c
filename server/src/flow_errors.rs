//! Pure decisions: what to do when fetching a flow fails. Most Kratos
//! errors are not dead ends but instructions (start over, step up, go
//! elsewhere); only the rest become an error page.

use app::kratos::error::ids;
use app::kratos::{ErrorEnvelope, FlowKind};
use app::links::{init_url, page, Query};
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
                &format!("/{}", ctx.kind.as_str()),
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
        (Some(ids::SESSION_ALREADY_AVAILABLE), _) => {
            Recovery::Redirect(ctx.query.get("return_to").map_or_else(home, str::to_owned))
        }
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
