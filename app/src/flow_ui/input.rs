//! `input` nodes, dispatched on the input type.

use leptos::prelude::*;

use super::layout::is_secondary_action;
use super::messages::Messages;
use super::providers::{with_display_name, ProviderLogo};
use crate::i18n::{kratos_text, t};
use crate::kratos::ui::InputAttributes;
use crate::kratos::{Closed, Group, InputType, MessageKind, Node, UiText};

/// `label` (a catalogue id of Vestibule's own) replaces Kratos' label.
#[component]
pub fn InputNode(
    node: Node<InputAttributes>,
    form_id: String,
    #[prop(optional)] label: Label,
) -> impl IntoView {
    let is_sso = matches!(node.group, Group::Oidc | Group::Saml)
        && matches!(
            node.attributes.name.as_str(),
            "provider" | "link" | "unlink"
        );
    match node.attributes.known_type() {
        Some(InputType::Hidden) => view! { <HiddenInput attributes=node.attributes/> }.into_any(),
        Some(InputType::Submit) if is_sso => {
            view! { <SsoButton node=node label=label/> }.into_any()
        }
        Some(InputType::Submit) => view! { <SubmitButton node=node label=label/> }.into_any(),
        Some(InputType::Button) => view! { <TriggerButton node=node label=label/> }.into_any(),
        Some(InputType::Checkbox) => {
            view! { <Checkbox node=node form_id=form_id label=label/> }.into_any()
        }
        _ if !node.attributes.options.is_empty() => {
            view! { <SelectField node=node form_id=form_id label=label/> }.into_any()
        }
        // Text-like types, and types this build does not know, which a
        // browser shows as a text field too.
        _ => view! { <TextField node=node form_id=form_id label=label/> }.into_any(),
    }
}

/// The words on a control: Vestibule's own (a catalogue id) when the page
/// chose them, else Kratos' label, else the input's name.
#[derive(Debug, Clone, Copy, Default)]
pub struct Label(pub Option<&'static str>);

fn label_text(node: &Node<InputAttributes>, own: Label) -> String {
    if let Some(id) = own.0 {
        return t(id);
    }
    node.meta
        .label
        .as_ref()
        .or(node.attributes.label.as_ref())
        .map(kratos_text)
        .unwrap_or_else(|| node.attributes.name.clone())
}

/// Whether a field's messages hold an error: it is then `aria-invalid`
/// and takes focus when the page loads (the first such field wins).
fn has_error(messages: &[UiText]) -> bool {
    messages.iter().any(|m| m.kind() == MessageKind::Error)
}

/// Inputs for a mailed or app-generated one-time code: the browser may
/// offer the code it received, phones show a digit keypad.
fn is_one_time_code(name: &str) -> bool {
    matches!(name, "code" | "totp_code")
}

fn field_id(form_id: &str, name: &str) -> String {
    format!("{form_id}-{name}")
}

#[component]
pub fn HiddenInput(attributes: InputAttributes) -> impl IntoView {
    let value = attributes.value_string();
    view! {
        <input
            type="hidden"
            name=attributes.name
            value=value
            data-onload-trigger=attributes.onload_trigger
        />
    }
}

/// A submit button: `name`/`value` select the method (method=password,
/// resend, screen=previous, lookup_secret_reveal, totp_unlink, …).
#[component]
pub fn SubmitButton(node: Node<InputAttributes>, #[prop(optional)] label: Label) -> impl IntoView {
    let label = label_text(&node, label);
    let a = node.attributes;
    let value = a.value_string();
    let class = if is_secondary_action(&a.name) {
        "button secondary"
    } else {
        "button"
    };
    view! {
        <button type="submit" class=class name=a.name value=value disabled=a.disabled>
            {label}
        </button>
        <Messages messages=node.messages/>
    }
}

/// A WebAuthn/passkey trigger: inert without JavaScript; the page's
/// WebAuthn module wires it to `window[onclickTrigger]`.
#[component]
pub fn TriggerButton(node: Node<InputAttributes>, #[prop(optional)] label: Label) -> impl IntoView {
    let label = label_text(&node, label);
    let a = node.attributes;
    let value = a.value_string();
    view! {
        <button
            type="button"
            class="button trigger"
            name=a.name
            value=value
            disabled=a.disabled
            data-trigger=a.onclick_trigger
            data-onload-trigger=a.onload_trigger
        >
            {label}
        </button>
        <noscript>
            <p class="message info">{t("node-needs-javascript")}</p>
        </noscript>
        <Messages messages=node.messages/>
    }
}

/// A social sign-in button (OIDC/SAML `provider`, or settings' `link` /
/// `unlink`), with the label Kratos sends (the provider's name properly
/// written) and its mark.
#[component]
pub fn SsoButton(mut node: Node<InputAttributes>, #[prop(optional)] label: Label) -> impl IntoView {
    let id = node.attributes.value_string();
    if let Some(l) = node.meta.label.as_mut() {
        *l = with_display_name(l, &id);
    }
    let label = label_text(&node, label);
    let a = node.attributes;
    let provider = a.value_string();
    let value = provider.clone();
    let data_provider = provider.clone();
    view! {
        <button
            type="submit"
            class="button sso"
            name=a.name
            value=value
            disabled=a.disabled
            data-provider=data_provider
        >
            <ProviderLogo provider=provider/>
            <span>{label}</span>
        </button>
        <Messages messages=node.messages/>
    }
}

#[component]
pub fn Checkbox(
    node: Node<InputAttributes>,
    form_id: String,
    #[prop(optional)] label: Label,
) -> impl IntoView {
    let label = label_text(&node, label);
    let a = node.attributes;
    let id = field_id(&form_id, &a.name);
    let label_for = id.clone();
    let testid = format!("node/input/{}", a.name);
    let checked = a.value.as_bool().unwrap_or(false);
    let invalid = has_error(&node.messages);
    let messages_id = format!("{id}-messages");
    let described_by = (!node.messages.is_empty()).then(|| messages_id.clone());
    view! {
        <div class="field checkbox" data-testid=testid>
            <label for=label_for>
                <input
                    id=id
                    type="checkbox"
                    name=a.name
                    value="true"
                    checked=checked
                    required=a.required
                    disabled=a.disabled
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=described_by
                    autofocus=invalid
                />
                <span>{label}</span>
            </label>
            <Messages messages=node.messages id=messages_id/>
        </div>
    }
}

#[component]
pub fn TextField(
    node: Node<InputAttributes>,
    form_id: String,
    #[prop(optional)] label: Label,
) -> impl IntoView {
    let label = label_text(&node, label);
    let a = node.attributes;
    let id = field_id(&form_id, &a.name);
    let label_for = id.clone();
    let testid = format!("node/input/{}", a.name);
    let input_type = match a.known_type() {
        Some(t) => t.as_str(),
        None => "text",
    };
    // Kratos never sends a password back; an empty value attribute is
    // noise, so only non-empty values are written.
    let value = Some(a.value_string()).filter(|v| !v.is_empty());
    let invalid = has_error(&node.messages);
    let messages_id = format!("{id}-messages");
    let described_by = (!node.messages.is_empty()).then(|| messages_id.clone());
    let one_time = is_one_time_code(&a.name);
    let autocomplete = a
        .autocomplete
        .clone()
        .or_else(|| one_time.then(|| "one-time-code".to_owned()));
    view! {
        <div class="field" data-testid=testid>
            <label for=label_for>
                <span class="label">{label}</span>
                <input
                    id=id
                    name=a.name
                    type=input_type
                    value=value
                    required=a.required
                    disabled=a.disabled
                    pattern=a.pattern
                    maxlength=a.maxlength
                    autocomplete=autocomplete
                    inputmode=one_time.then_some("numeric")
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=described_by
                    autofocus=invalid
                />
            </label>
            <Messages messages=node.messages id=messages_id/>
        </div>
    }
}

/// An input with `options` (schema enums, newer Kratos) as a select.
#[component]
pub fn SelectField(
    node: Node<InputAttributes>,
    form_id: String,
    #[prop(optional)] label: Label,
) -> impl IntoView {
    let label = label_text(&node, label);
    let a = node.attributes;
    let id = field_id(&form_id, &a.name);
    let label_for = id.clone();
    let testid = format!("node/input/{}", a.name);
    let current = a.value_string();
    let invalid = has_error(&node.messages);
    let messages_id = format!("{id}-messages");
    let described_by = (!node.messages.is_empty()).then(|| messages_id.clone());
    let options = a
        .options
        .into_iter()
        .map(|o| {
            let value = crate::kratos::ui::value_to_form_string(&o.value);
            let text = o
                .label
                .as_ref()
                .map(kratos_text)
                .unwrap_or_else(|| value.clone());
            let selected = value == current;
            view! { <option value=value selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field" data-testid=testid>
            <label for=label_for>
                <span class="label">{label}</span>
                <select
                    id=id
                    name=a.name
                    required=a.required
                    disabled=a.disabled
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=described_by
                    autofocus=invalid
                >
                    {options}
                </select>
            </label>
            <Messages messages=node.messages id=messages_id/>
        </div>
    }
}
