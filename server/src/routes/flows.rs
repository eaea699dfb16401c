//! `/login`, `/registration`, `/recovery`, `/verification`, `/settings`.

use app::flow_ui::webauthn::{localize_webauthn_script, WEBAUTHN_JS_PATH};
use app::flow_ui::FlowNav;
use app::kratos::FlowKind;
use app::links::{carried, init_url, Query};
use app::pages::{flow_page, Shell};
use axum::extract::{RawQuery, State};
use axum::response::Response;
use axum::routing::get;
use axum::{Extension, Router};

use super::respond::{html, see_other};
use crate::error::AppError;
use crate::flow_errors::{on_fetch_error, Context, Recovery};
use crate::security_headers::CspNonce;
use crate::state::AppState;
use crate::upstream::kratos::ForwardedCookie;
use crate::upstream::UpstreamError;

/// Without `?flow=`: 303 to Kratos' browser init, keeping the parameters
/// it accepts. With it: the flow fetched with the browser's cookies and
/// rendered whole, or the recovery Kratos' error calls for.
pub async fn flow(
    kind: FlowKind,
    state: AppState,
    raw_query: Option<String>,
    ForwardedCookie(cookie): ForwardedCookie,
    nonce: CspNonce,
    shell: Shell,
) -> Result<Response, AppError> {
    let query = Query::parse(raw_query.as_deref().unwrap_or_default());
    let restart = init_url(state.config.browser_base(), kind, &query);
    let Some(flow_id) = query.get("flow") else {
        return see_other(&state.origins, &restart, Vec::new());
    };
    let upstream = match state.kratos.flow(kind, flow_id, cookie.as_ref()).await {
        Ok(upstream) => upstream,
        Err(UpstreamError::Kratos {
            status,
            body,
            set_cookies,
        }) => {
            let ctx = Context {
                kind,
                query: &query,
                kratos_browser_url: state.config.browser_base(),
                base_path: &state.config.base_path,
                origins: &state.origins,
            };
            return match on_fetch_error(&ctx, status, &body) {
                Recovery::Redirect(to) => see_other(&state.origins, &to, set_cookies),
                Recovery::Show => Err(AppError::upstream(
                    UpstreamError::Kratos {
                        status,
                        body,
                        set_cookies,
                    },
                    state.page(kind.path(), &query.pick(&["return_to"])),
                )),
            };
        }
        Err(e) => {
            let retry = state.page(kind.path(), &query);
            return Err(AppError::upstream(e, retry));
        }
    };
    let mut flow = upstream.body;
    localize_webauthn_script(&mut flow, &state.page(WEBAUTHN_JS_PATH, &Query::default()));
    let carried = carried(&query, Some(&flow));
    // A signed-in user on this page (second factor, re-authentication,
    // settings) may want out instead.
    let logout_url =
        if flow.is_second_factor() || flow.refresh == Some(true) || kind == FlowKind::Settings {
            state
                .kratos
                .logout_url(cookie.as_ref(), carried.get("return_to"))
                .await
        } else {
            None
        };
    let nav = FlowNav {
        base_path: state.config.base_path.clone(),
        carried,
        logout_url,
    };
    Ok(html(
        flow_page(&shell, kind, flow, nav, &nonce.0),
        upstream.set_cookies,
    ))
}

/// One route per flow kind, at [`FlowKind::path`].
pub fn router() -> Router<AppState> {
    FlowKind::ALL
        .into_iter()
        .fold(Router::new(), |router, kind| {
            router.route(
                kind.path(),
                get(
                    move |State(state): State<AppState>,
                          RawQuery(raw_query): RawQuery,
                          Extension(nonce): Extension<CspNonce>,
                          Extension(shell): Extension<Shell>,
                          cookie: ForwardedCookie| {
                        flow(kind, state, raw_query, cookie, nonce, shell)
                    },
                ),
            )
        })
}
