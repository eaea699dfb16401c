//! Pure: which of a page's sections share one `<form>`, and which of their
//! fields are shown once for all of them.
//!
//! On sign-in and sign-up the credential methods (password, code, passkey,
//! WebAuthn, identifier-first) all need the same address. Kratos sends it
//! once in the `default` group (which [`super::layout`] copies into every
//! method that posts it) or repeats it in each method's group. Either way
//! the person types it once: those methods go into one form with one
//! field per name. Kratos reads `method` from the pressed button, so a
//! shared field posts with every method, and its login and registration
//! schemas accept fields of other methods. Each method keeps a wrapper
//! with the reference UI's test id (`login-flow-code`, `passkey-flow`, …)
//! around its own fields and buttons; the shared fields sit in the form
//! itself (`login-flow`, `registration-flow`).

use super::layout::Section;
use crate::kratos::ui::InputAttributes;
use crate::kratos::{FlowKind, Group, InputType, Node, UiNode, UiText};

/// One `<form>` of the page as owned data, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct JoinedForm {
    /// The first part's group: the form's class.
    pub group: Group,
    pub test_id: String,
    /// Fields several parts post, shown once at the top.
    pub shared: Vec<UiNode>,
    pub parts: Vec<Part>,
    /// See [`Section::navigation`].
    pub navigation: bool,
}

/// One method's share of a form.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub group: Group,
    /// The wrapper's test id; `None` when the part is the whole form (the
    /// form carries the id).
    pub test_id: Option<String>,
    pub nodes: Vec<UiNode>,
    /// See [`Section::messages`].
    pub messages: Vec<UiText>,
}

/// Groups that are a way to sign in or up with an address and share one
/// form on those pages. Social sign-in needs no address; second factors
/// (TOTP, backup codes) are never offered next to a first factor.
fn joins(group: &Group) -> bool {
    match group {
        Group::Default
        | Group::IdentifierFirst
        | Group::Password
        | Group::Code
        | Group::Passkey
        | Group::Webauthn
        | Group::Profile => true,
        Group::Oidc
        | Group::Saml
        | Group::Totp
        | Group::LookupSecret
        | Group::Link
        | Group::Captcha
        | Group::Other(_) => false,
    }
}

fn is_submit(node: &UiNode) -> bool {
    node.as_input()
        .is_some_and(|a| a.known_type() == Some(InputType::Submit))
}

fn is_button(node: &UiNode) -> bool {
    matches!(
        node.as_input().and_then(|a| a.known_type()),
        Some(InputType::Submit | InputType::Button)
    )
}

/// The name under which an input merges with same-named inputs of other
/// parts; buttons never merge (their `value` picks the method).
pub fn merge_key(node: &UiNode) -> Option<&str> {
    match node.as_input() {
        Some(a) if !is_button(node) => Some(a.name.as_str()),
        _ => None,
    }
}

/// Lays a page's sections out as forms: on sign-in and sign-up, the
/// sections of address methods (except "Back") become parts of one form
/// at the place of the first; every other section stays a form of its own.
pub fn join_forms(kind: FlowKind, sections: Vec<Section<'_>>) -> Vec<JoinedForm> {
    let may_join = matches!(kind, FlowKind::Login | FlowKind::Registration);
    // A section of hidden inputs only (identifier-first's passkey autofill
    // fields) counts as navigation in the layout, yet is no "Back".
    let is_back = |s: &Section| s.navigation && s.nodes.iter().any(|n| !n.is_hidden_input());
    let joinable = |s: &Section| may_join && !is_back(s) && joins(&s.group);
    let joined: Vec<&Section> = sections.iter().filter(|s| joinable(s)).collect();
    if joined.len() < 2 {
        return sections.into_iter().map(alone).collect();
    }
    let mut form = Some(join(kind, &joined));
    let mut forms = Vec::new();
    for section in sections {
        if joinable(&section) {
            forms.extend(form.take());
        } else {
            forms.push(alone(section));
        }
    }
    forms
}

fn alone(section: Section<'_>) -> JoinedForm {
    JoinedForm {
        group: section.group.clone(),
        test_id: section.test_id,
        shared: Vec::new(),
        parts: vec![Part {
            group: section.group,
            test_id: None,
            nodes: section.nodes.into_iter().cloned().collect(),
            messages: section.messages.into_iter().cloned().collect(),
        }],
        navigation: section.navigation,
    }
}

fn join(kind: FlowKind, sections: &[&Section]) -> JoinedForm {
    // How many parts hold an input of each name.
    let parts_with = |name: &str| {
        sections
            .iter()
            .filter(|s| s.nodes.iter().any(|n| merge_key(n) == Some(name)))
            .count()
    };
    let mut shared: Vec<UiNode> = Vec::new();
    for node in sections.iter().flat_map(|s| s.nodes.iter().copied()) {
        let Some(name) = merge_key(node).filter(|n| parts_with(n) > 1) else {
            continue;
        };
        if shared.iter().any(|s| merge_key(s) == Some(name)) {
            continue;
        }
        let same: Vec<&UiNode> = sections
            .iter()
            .flat_map(|s| s.nodes.iter().copied())
            .filter(|n| merge_key(n) == Some(name))
            .collect();
        shared.extend(merge(&same));
    }
    // Browsers check `required` whichever button is pressed; a field of one
    // method must not block another method's button. Kratos checks it.
    let submitting_parts = sections
        .iter()
        .filter(|s| s.nodes.iter().any(|n| is_submit(n)))
        .count();
    let flow = kind.as_str();
    let main = format!("{flow}-flow");
    let parts = sections
        .iter()
        .map(|s| Part {
            group: s.group.clone(),
            test_id: Some(if s.test_id == main {
                format!("{main}-{}", s.group.as_str())
            } else {
                s.test_id.clone()
            }),
            nodes: s
                .nodes
                .iter()
                .filter(|n| merge_key(n).is_none_or(|k| parts_with(k) < 2))
                .map(|n| {
                    let mut n = (*n).clone();
                    if submitting_parts > 1 && !n.is_hidden_input() {
                        if let UiNode::Input(i) = &mut n {
                            i.attributes.required = false;
                        }
                    }
                    n
                })
                .collect(),
            messages: s.messages.iter().map(|m| (*m).clone()).collect(),
        })
        .collect();
    JoinedForm {
        group: sections[0].group.clone(),
        test_id: sections[0].test_id.clone(),
        shared,
        parts,
        navigation: false,
    }
}

/// One field for inputs of the same name from several parts.
/// A visible one wins over hidden ones (posting both would send the name
/// twice); its value is the first value Kratos filled in (hidden ones
/// included); it carries every part's messages (an error on the code method's identifier shows on the
/// one identifier), the passkey-autofill hint if any part asks for it, and
/// `required` only if every part requires it.
pub fn merge(same: &[&UiNode]) -> Option<UiNode> {
    let visible: Vec<&UiNode> = same
        .iter()
        .copied()
        .filter(|n| !n.is_hidden_input())
        .collect();
    let from: &[&UiNode] = if visible.is_empty() { same } else { &visible };
    let mut merged = (*from.first()?).clone();
    let (all, shown) = (inputs_of(same), inputs_of(from));
    if let UiNode::Input(m) = &mut merged {
        let mut messages: Vec<UiText> = Vec::new();
        for i in &all {
            for msg in &i.messages {
                if !messages.contains(msg) {
                    messages.push(msg.clone());
                }
            }
        }
        m.messages = messages;
        if let Some(value) = all
            .iter()
            .map(|i| &i.attributes.value)
            .find(|v| !crate::kratos::ui::value_to_form_string(v).is_empty())
        {
            m.attributes.value = value.clone();
        }
        if let Some(hint) = shown
            .iter()
            .filter_map(|i| i.attributes.autocomplete.as_ref())
            .find(|a| a.split_whitespace().any(|t| t == "webauthn"))
        {
            m.attributes.autocomplete = Some(hint.clone());
        }
        m.attributes.required = shown.iter().all(|i| i.attributes.required);
    }
    Some(merged)
}

fn inputs_of<'a>(nodes: &[&'a UiNode]) -> Vec<&'a Node<InputAttributes>> {
    nodes
        .iter()
        .filter_map(|n| match n {
            UiNode::Input(i) => Some(i),
            _ => None,
        })
        .collect()
}
