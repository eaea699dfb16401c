//! GET and POST `/continue`: the I/O around [`super::decide`].

use app::flow_ui::webauthn::WEBAUTHN_JS_PATH;
use app::kratos::error::ids;
use app::kratos::{ErrorEnvelope, Flow, FlowKind};
use app::links::Query;
use app::pages::{continue_page, CodeView, ContinueView, EmailView, PasskeyView, Problem, Shell};
use axum::extract::{RawForm, RawQuery, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use axum::Extension;

use super::decide::{self, LoginAnswer, RegistrationAnswer};
use super::{passkey, PATH};
use crate::error::AppError;
use crate::error_pages;
use crate::flow_errors::{on_fetch_error, Context, Recovery};
use crate::routes::respond::{html, see_other};
use crate::security_headers::CspNonce;
use crate::state::AppState;
use crate::upstream::kratos::ForwardedCookie;
use crate::upstream::{Service, UpstreamError};

/// What the journey keeps from the first URL to the Kratos flows.
const CARRIED: [&str; 2] = ["return_to", "login_challenge"];

/// One request's view of the application.
struct Here<'a> {
    state: &'a AppState,
    shell: &'a Shell,
    /// This response's CSP nonce, for the WebAuthn module's bootstrap.
    nonce: CspNonce,
    cookie: Option<HeaderValue>,
    /// `return_to` and `login_challenge`, as the browser gave them.
    carried: Query,
    /// Every cookie Kratos set so far, for the browser.
    set_cookies: Vec<HeaderValue>,
}

impl Here<'_> {
    fn page(&self, path: &str, query: &Query) -> String {
        self.state.page(path, query)
    }

    fn init_params(&self) -> Vec<(&str, &str)> {
        self.carried
            .0
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }

    fn context<'q>(&'q self, query: &'q Query) -> Context<'q> {
        Context {
            kind: FlowKind::Login,
            query,
            kratos_browser_url: self.state.config.browser_base(),
            base_path: &self.state.config.base_path,
            origins: &self.state.origins,
        }
    }

    /// 303 with every cookie Kratos set.
    fn redirect(self, to: &str) -> Result<Response, AppError> {
        see_other(&self.state.origins, to, self.set_cookies)
    }

    /// The page at `path` for `flow`: `/continue`'s code screen (a login
    /// or registration flow), or `/login`.
    fn redirect_to_flow(self, path: &str, flow: &Flow) -> Result<Response, AppError> {
        let to = self.page(path, &Query::default().with("flow", Some(&flow.id)));
        self.redirect(&to)
    }

    /// A new login flow for the email form; Kratos' instructions (a
    /// signed-in browser, a forbidden `return_to`) are followed or shown.
    async fn new_login_flow(&mut self) -> Result<Result<Flow, Response>, AppError> {
        let created = self
            .state
            .kratos
            .create_browser_flow(FlowKind::Login, &self.init_params(), self.cookie.as_ref())
            .await;
        match created {
            Ok(up) => {
                self.set_cookies.extend(up.set_cookies);
                Ok(Ok(up.body))
            }
            Err(UpstreamError::Kratos {
                status,
                body,
                set_cookies,
            }) => {
                self.set_cookies.extend(set_cookies.iter().cloned());
                let query = self.carried.clone();
                match on_fetch_error(&self.context(&query), status, &body) {
                    Recovery::Redirect(to) => {
                        let cookies = std::mem::take(&mut self.set_cookies);
                        Ok(Err(see_other(&self.state.origins, &to, cookies)?))
                    }
                    Recovery::Show => Err(self.error(UpstreamError::Kratos {
                        status,
                        body,
                        set_cookies,
                    })),
                }
            }
            Err(e) => Err(self.error(e)),
        }
    }

    /// An error page whose retry is `/continue` again.
    fn error(&self, e: UpstreamError) -> AppError {
        AppError::upstream(e, self.page(PATH, &self.carried))
    }

    /// The form's flow and token from a login flow Kratos sent.
    fn form_flow(&self, flow: &Flow) -> Result<FormFlow, AppError> {
        let csrf_token = decide::csrf_token(flow).ok_or_else(|| {
            self.error(UpstreamError::Malformed {
                service: Service::Kratos,
                status: StatusCode::OK,
                cause: "a login flow without a csrf_token".to_owned(),
            })
        })?;
        let local_js = self.page(WEBAUTHN_JS_PATH, &Query::default());
        Ok(FormFlow {
            id: flow.id.clone(),
            csrf_token,
            passkey: passkey::prompt(flow, &local_js).map(Box::new),
        })
    }

    /// The email form, drawn for `flow`, with `email` kept.
    fn email_form(
        self,
        flow: &Flow,
        email: &str,
        problem: Option<Problem>,
        status: StatusCode,
    ) -> Result<Response, AppError> {
        let form = self.form_flow(flow)?;
        self.email_form_for(form, email, problem, status)
    }

    fn email_form_for(
        self,
        flow: FormFlow,
        email: &str,
        problem: Option<Problem>,
        status: StatusCode,
    ) -> Result<Response, AppError> {
        let view = EmailView {
            action: self.page(PATH, &Query::default()),
            flow_id: flow.id,
            csrf_token: flow.csrf_token,
            email: email.to_owned(),
            return_to: self.carried.get("return_to").map(str::to_owned),
            login_challenge: self.carried.get("login_challenge").map(str::to_owned),
            other_ways: self.page(FlowKind::Login.path(), &self.carried),
            problem,
            passkey: flow.passkey,
        };
        let mut response = html(
            continue_page(self.shell, ContinueView::Email(view), &self.nonce.0),
            self.set_cookies,
        );
        *response.status_mut() = status;
        Ok(response)
    }

    /// A failure after the address was typed: logged once, as the error
    /// page would log it, and shown on the email form with the address
    /// kept, in the error page's words and with its status. A flow Kratos
    /// no longer takes (expired, gone) is replaced by a new one; a
    /// forged post (Kratos' CSRF refusal) gets the error page itself.
    async fn refused(
        mut self,
        e: UpstreamError,
        flow: FormFlow,
        email: &str,
    ) -> Result<Response, AppError> {
        if let UpstreamError::Kratos {
            body,
            status,
            set_cookies,
        } = &e
        {
            if body.id() == Some(ids::CSRF_VIOLATION) {
                return Err(self.error(e));
            }
            self.set_cookies.extend(set_cookies.iter().cloned());
            // Before Kratos' instructions: for a flow that is gone,
            // `on_fetch_error` would restart it at Kratos, away from the
            // address the person typed.
            if flow_is_gone(*status, body) {
                let error = self.error(e);
                error_pages::log(&error);
                let flow = match self.new_login_flow().await? {
                    Ok(flow) => flow,
                    Err(redirect) => return Ok(redirect),
                };
                let problem = Problem::Text(self.shell.i18n.text("continue-expired-message"));
                return self.email_form(&flow, email, Some(problem), error.status());
            }
            if let Some(to) = self.instruction(*status, body) {
                return self.redirect(&to);
            }
        }
        let error = self.error(e);
        error_pages::log(&error);
        let view = error_pages::view(&self.state.pages, &self.shell.i18n, &error);
        self.email_form_for(
            flow,
            email,
            Some(Problem::Text(view.message)),
            error.status(),
        )
    }

    /// Where Kratos' error says the browser must go instead (signed in
    /// meanwhile, a second factor, …), if it says so; asked only for a
    /// flow that is not gone.
    fn instruction(&self, status: StatusCode, body: &ErrorEnvelope) -> Option<String> {
        let query = self.carried.clone();
        match on_fetch_error(&self.context(&query), status, body) {
            Recovery::Redirect(to) => Some(to),
            Recovery::Show => None,
        }
    }
}

/// The login flow an email form is drawn for: its id and CSRF token,
/// and its passkey fields when Kratos sent the flow itself.
struct FormFlow {
    id: String,
    csrf_token: String,
    passkey: Option<Box<PasskeyView>>,
}

/// Whether the flow the form was drawn for is no use any more.
fn flow_is_gone(status: StatusCode, body: &ErrorEnvelope) -> bool {
    body.id() == Some(ids::FLOW_EXPIRED)
        || matches!(status, StatusCode::GONE | StatusCode::NOT_FOUND)
}

/// GET: the email form, or with `?flow=` the code screen of that flow.
pub async fn show(
    State(state): State<AppState>,
    Extension(shell): Extension<Shell>,
    Extension(nonce): Extension<CspNonce>,
    RawQuery(raw_query): RawQuery,
    ForwardedCookie(cookie): ForwardedCookie,
) -> Result<Response, AppError> {
    let query = Query::parse(raw_query.as_deref().unwrap_or_default());
    let mut here = Here {
        state: &state,
        shell: &shell,
        nonce,
        cookie,
        carried: query.pick(&CARRIED),
        set_cookies: Vec::new(),
    };
    if let Some(flow_id) = query.get("flow") {
        return code_screen(here, flow_id).await;
    }
    match here.new_login_flow().await? {
        Ok(flow) if decide::is_for_a_known_person(&flow) => {
            here.redirect_to_flow(FlowKind::Login.path(), &flow)
        }
        Ok(flow) => here.email_form(&flow, "", None, StatusCode::OK),
        Err(redirect) => Ok(redirect),
    }
}

/// The flow waiting for its code: a login flow, else a registration
/// flow of that id (Kratos answers 404 for an id of the other kind). A
/// flow that is gone, or not waiting for a code, starts again.
async fn code_screen(mut here: Here<'_>, flow_id: &str) -> Result<Response, AppError> {
    let mut found = None;
    for kind in [FlowKind::Login, FlowKind::Registration] {
        match here
            .state
            .kratos
            .flow(kind, flow_id, here.cookie.as_ref())
            .await
        {
            Ok(up) => {
                here.set_cookies.extend(up.set_cookies);
                found = Some(up.body);
                break;
            }
            Err(UpstreamError::Kratos { status, .. }) if status == StatusCode::NOT_FOUND => {}
            Err(UpstreamError::Kratos {
                status,
                set_cookies,
                ..
            }) if status.is_client_error() => {
                // Expired, or another browser's: start again.
                here.set_cookies.extend(set_cookies);
                break;
            }
            Err(e) => {
                let retry = here.page(PATH, &Query::default().with("flow", Some(flow_id)));
                return Err(AppError::upstream(e, retry));
            }
        }
    }
    let Some(flow) = found.filter(decide::waits_for_code) else {
        let to = here.page(PATH, &here.carried);
        return here.redirect(&to);
    };
    let again = Query::default()
        .with("return_to", flow.return_to.as_deref())
        .with("login_challenge", flow.oauth2_login_challenge.as_deref());
    let view = CodeView {
        action: flow.ui.action.clone(),
        hidden: decide::hidden_fields(&flow),
        address: decide::address(&flow).unwrap_or_default(),
        another_address: here.page(PATH, &again),
    };
    Ok(html(
        continue_page(here.shell, ContinueView::Code(view), &here.nonce.0),
        here.set_cookies,
    ))
}

/// POST: the address to a login flow as a code sign-in; for an address
/// no identity has, to a new registration flow as a code sign-up.
pub async fn submit(
    State(state): State<AppState>,
    Extension(shell): Extension<Shell>,
    Extension(nonce): Extension<CspNonce>,
    ForwardedCookie(cookie): ForwardedCookie,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let form = Query::parse(&String::from_utf8_lossy(&body));
    // Without the flow and its token Kratos would refuse anyway; nothing
    // is sent for a post that is not the form's.
    let (Some(flow_id), Some(csrf_token)) = (form.get("flow"), form.get("csrf_token")) else {
        return Err(AppError::CsrfRejected);
    };
    let email = form.get("email").unwrap_or_default().trim().to_owned();
    let mut here = Here {
        state: &state,
        shell: &shell,
        nonce,
        cookie,
        carried: form.pick(&CARRIED),
        set_cookies: Vec::new(),
    };
    let login = here
        .state
        .kratos
        .submit(
            FlowKind::Login,
            flow_id,
            &[
                ("csrf_token", csrf_token),
                ("method", "code"),
                ("identifier", &email),
            ],
            here.cookie.as_ref(),
        )
        .await;
    let (status, login) = match login {
        Ok(up) => {
            here.set_cookies.extend(up.set_cookies);
            up.body
        }
        Err(e) => {
            // Only the posted form is at hand: no passkey fields.
            let flow = FormFlow {
                id: flow_id.to_owned(),
                csrf_token: csrf_token.to_owned(),
                passkey: None,
            };
            return here.refused(e, flow, &email).await;
        }
    };
    match decide::after_login(status, &login) {
        LoginAnswer::CodeSent => here.redirect_to_flow(PATH, &login),
        LoginAnswer::Refused(messages) => {
            let problem = refusal(&here, messages);
            here.email_form(&login, &email, Some(problem), StatusCode::OK)
        }
        LoginAnswer::NoAccount => sign_up(here, login, &email).await,
    }
}

async fn sign_up(mut here: Here<'_>, login: Flow, email: &str) -> Result<Response, AppError> {
    let form = here.form_flow(&login)?;
    let created = here
        .state
        .kratos
        .create_browser_flow(
            FlowKind::Registration,
            &here.init_params(),
            here.cookie.as_ref(),
        )
        .await;
    let registration = match created {
        Ok(up) => {
            here.set_cookies.extend(up.set_cookies);
            up.body
        }
        Err(e) => return here.refused(e, form, email).await,
    };
    let Some(csrf_token) = decide::csrf_token(&registration) else {
        let e = UpstreamError::Malformed {
            service: Service::Kratos,
            status: StatusCode::OK,
            cause: "a registration flow without a csrf_token".to_owned(),
        };
        return here.refused(e, form, email).await;
    };
    let submitted = here
        .state
        .kratos
        .submit(
            FlowKind::Registration,
            &registration.id,
            &[
                ("csrf_token", &csrf_token),
                ("method", "code"),
                ("traits.email", email),
            ],
            here.cookie.as_ref(),
        )
        .await;
    let registration = match submitted {
        Ok(up) => {
            here.set_cookies.extend(up.set_cookies);
            up.body.1
        }
        Err(e) => return here.refused(e, form, email).await,
    };
    match decide::after_registration(&registration) {
        RegistrationAnswer::CodeSent => here.redirect_to_flow(PATH, &registration),
        RegistrationAnswer::Refused(messages) => {
            let problem = refusal(&here, messages);
            here.email_form_for(form, email, Some(problem), StatusCode::OK)
        }
    }
}

/// Kratos' reasons, or Vestibule's words when it gave none.
fn refusal(here: &Here<'_>, messages: Vec<app::kratos::UiText>) -> Problem {
    if messages.is_empty() {
        Problem::Text(here.shell.i18n.text("continue-refused-message"))
    } else {
        Problem::Kratos(messages)
    }
}
