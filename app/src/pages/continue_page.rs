//! `/continue`: one email field for people with and without an account,
//! then one code screen. Both paths (sign-in code, sign-up code) render
//! the same screen with the same words and fields, so the page itself
//! never says whether the address has an account.

use leptos::prelude::*;

use super::shell::Shell;
use crate::flow_ui::webauthn::WebauthnScript;
use crate::i18n::{kratos_text, use_i18n};
use crate::kratos::ui::ScriptAttributes;
use crate::kratos::UiText;
use crate::safe_url;

/// What went wrong with the last try, in the page's language or as
/// Kratos' messages (translated here).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Kratos(Vec<UiText>),
    Text(String),
}

/// Step 1: the address. The form posts back to Vestibule, carrying the
/// Kratos login flow it was drawn for and that flow's CSRF token, which
/// Kratos checks against the browser's cookie when the server submits.
#[derive(Debug, Clone, Default)]
pub struct EmailView {
    /// Where the form posts (`/continue` under the base path).
    pub action: String,
    pub flow_id: String,
    pub csrf_token: String,
    /// The address typed before, kept after a refusal.
    pub email: String,
    pub return_to: Option<String>,
    pub login_challenge: Option<String>,
    /// `/login` keeping `return_to`: the other ways to sign in.
    pub other_ways: String,
    pub problem: Option<Problem>,
    /// Sign-in with a passkey from the address field's autofill, where
    /// the login flow offers passkeys and the browser conditional UI.
    pub passkey: Option<Box<PasskeyView>>,
}

/// What the email form needs for a passkey offered by autofill: a second,
/// hidden form that posts Kratos' passkey fields straight to the login
/// flow. Kratos' `webauthn.js` fills its result field and submits it when
/// the person picks a passkey in the address field's suggestions.
#[derive(Debug, Clone, PartialEq)]
pub struct PasskeyView {
    /// The login flow's `ui.action` (Kratos).
    pub action: String,
    /// The flow's CSRF token and passkey challenge, posted as they are.
    pub hidden: Vec<(String, String)>,
    /// The field webauthn.js writes the signed assertion into.
    pub result_field: String,
    /// The trigger that asks the browser for a passkey by autofill
    /// (`oryPasskeyLoginAutocompleteInit`), run by the WebAuthn module.
    pub trigger: String,
    /// Kratos' script node, pointed at Vestibule's own origin.
    pub script: ScriptAttributes,
}

/// Step 2: the code, posted natively to the Kratos flow (login or
/// registration, which this screen does not show).
#[derive(Debug, Clone, Default)]
pub struct CodeView {
    /// The flow's `ui.action` (Kratos).
    pub action: String,
    pub hidden: Vec<(String, String)>,
    pub address: String,
    /// `/continue` again, keeping `return_to`.
    pub another_address: String,
}

#[derive(Debug, Clone)]
pub enum ContinueView {
    Email(EmailView),
    Code(CodeView),
}

/// The page; `nonce` is this response's CSP nonce, used only when the
/// email form offers a passkey (the WebAuthn module boots then).
pub fn continue_page(shell: &Shell, view: ContinueView, nonce: &str) -> String {
    let webauthn = matches!(&view, ContinueView::Email(v) if v.passkey.is_some());
    shell.document(webauthn.then_some(nonce), move || match view {
        ContinueView::Email(v) => email_body(v),
        ContinueView::Code(v) => code_body(v),
    })
}

const EMAIL_ID: &str = "continue-email";
/// Kratos' `webauthn.js` asks the browser for a passkey by autofill only
/// when the page has a field of this name; the address field is `email`
/// (it posts to Vestibule), so the passkey form carries an empty one.
const IDENTIFIER_FIELD: &str = "identifier";
const MESSAGES_ID: &str = "continue-email-messages";

#[component]
fn ProblemMessages(problem: Problem) -> impl IntoView {
    let lines = match problem {
        Problem::Kratos(messages) => messages
            .iter()
            .map(|m| (kratos_text(m), format!("ui/message/{}", m.id)))
            .collect::<Vec<_>>(),
        Problem::Text(text) => vec![(text, "continue-problem".to_owned())],
    };
    view! {
        <div class="messages" id=MESSAGES_ID>
            {lines
                .into_iter()
                .map(|(text, testid)| view! { <p class="message error" role="alert" data-testid=testid>{text}</p> })
                .collect_view()}
        </div>
    }
}

/// Fields a form posts back as Kratos gave them.
fn hidden_inputs(fields: Vec<(String, String)>) -> impl IntoView {
    fields
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view()
}

/// The hidden passkey form and Kratos' script node (see [`PasskeyView`]).
#[component]
fn PasskeyForm(passkey: PasskeyView) -> impl IntoView {
    let action = safe_url::for_page(passkey.action, "form action", safe_url::link);
    let hidden = hidden_inputs(passkey.hidden);
    view! {
        <form method="post" action=action hidden data-testid="continue-passkey-form">
            {hidden}
            <input type="hidden" name=IDENTIFIER_FIELD value=""/>
            <input type="hidden" name=passkey.result_field value="" data-onload-trigger=passkey.trigger/>
        </form>
        <WebauthnScript attributes=passkey.script/>
    }
}

fn email_body(v: EmailView) -> (String, AnyView) {
    let i18n = use_i18n();
    let invalid = v.problem.is_some();
    // The address field offers passkeys among its suggestions only when
    // its autocomplete ends in `webauthn`.
    let autocomplete = if v.passkey.is_some() {
        "username webauthn"
    } else {
        "email"
    };
    let hidden = |name: &'static str, value: Option<String>| {
        value.map(|value| view! { <input type="hidden" name=name value=value/> })
    };
    let body = view! {
        <section class="card continue" data-testid="continue-card">
            <h1>{i18n.text("continue-heading")}</h1>
            <p>{i18n.text("continue-intro")}</p>
            <form class="flow-form" method="post" action=v.action data-testid="continue-form">
                <input type="hidden" name="flow" value=v.flow_id/>
                <input type="hidden" name="csrf_token" value=v.csrf_token/>
                {hidden("return_to", v.return_to)}
                {hidden("login_challenge", v.login_challenge)}
                <div class="field" data-testid="continue-email-field">
                    <label for=EMAIL_ID>
                        <span class="label">{i18n.text("continue-email-label")}</span>
                        <input
                            id=EMAIL_ID
                            name="email"
                            type="email"
                            value=Some(v.email).filter(|e| !e.is_empty())
                            required=true
                            autocomplete=autocomplete
                            aria-invalid=invalid.then_some("true")
                            aria-describedby=invalid.then_some(MESSAGES_ID)
                            autofocus=true
                        />
                    </label>
                    {v.problem.map(|problem| view! { <ProblemMessages problem=problem/> })}
                </div>
                <button class="button" type="submit" data-testid="continue-submit">
                    {i18n.text("continue-submit")}
                </button>
            </form>
            {v.passkey.map(|passkey| view! { <PasskeyForm passkey=*passkey/> })}
            <nav class="links">
                <a href=v.other_ways data-testid="continue-other-ways">{i18n.text("continue-other-ways")}</a>
            </nav>
        </section>
    };
    (i18n.text("continue-title"), body.into_any())
}

fn code_body(v: CodeView) -> (String, AnyView) {
    let i18n = use_i18n();
    let (before, after) = i18n.text_around("continue-code-sent", "address");
    let action = safe_url::for_page(v.action, "form action", safe_url::link);
    let hidden = hidden_inputs(v.hidden);
    let body = view! {
        <section class="card continue" data-testid="continue-card">
            <h1>{i18n.text("continue-code-heading")}</h1>
            <p class="identifier-in-use" role="status">
                {before}<span data-testid="identifier-in-use">{v.address}</span>{after}
            </p>
            <form class="flow-form" method="post" action=action data-testid="continue-code-form">
                {hidden}
                <div class="field" data-testid="node/input/code">
                    <label for="continue-code">
                        <span class="label">{i18n.text("continue-code-label")}</span>
                        <input
                            id="continue-code"
                            name="code"
                            type="text"
                            required=true
                            autocomplete="one-time-code"
                            inputmode="numeric"
                            autofocus=true
                        />
                    </label>
                </div>
                // The primary action first, so Enter in the field submits
                // the code and never mails a new one.
                <button class="button" type="submit" name="method" value="code" data-testid="continue-code-submit">
                    {i18n.text("continue-submit")}
                </button>
                <button class="button secondary" type="submit" name="resend" value="code" data-testid="continue-resend">
                    {i18n.text("continue-resend")}
                </button>
            </form>
            <nav class="links">
                <a href=v.another_address data-testid="identifier-change">{i18n.text("identifier-use-another-address")}</a>
            </nav>
        </section>
    };
    (i18n.text("continue-code-title"), body.into_any())
}
