//! Pure layout: which forms a flow's nodes go into, and in what order.
//!
//! Each strategy group gets its own `<form>`, as in the Node reference UI
//! (Kratos' e2e suite looks inputs up inside `login-flow`,
//! `login-flow-code`, … forms). Groups that are not a method (`default`,
//! `identifier_first`, `captcha`, and groups this build does not know) hold
//! state of the whole flow: their hidden inputs (csrf_token, traits carried
//! over from an earlier step, the identifier on step 2 of identifier-first
//! sign-in) go into every form, and the visible `default` inputs
//! (identifier, traits) into the forms of the groups that submit them.
//! Script nodes are page-level, never in a form. A message Kratos attaches
//! to a node that is not shown is kept, on the form it belongs to or on
//! the flow, never dropped.

use crate::kratos::{FlowKind, Group, InputType, MessageKind, UiNode, UiText};

/// One `<form>` of the page.
#[derive(Debug, PartialEq)]
pub struct Section<'a> {
    pub group: Group,
    /// Unique on the page: the reference UI's form test ids (`section_test_ids`).
    pub test_id: String,
    pub nodes: Vec<&'a UiNode>,
    /// Messages on this group's hidden inputs, which render nothing
    /// themselves: shown at the top of the form.
    pub messages: Vec<&'a UiText>,
    /// Whether the form only navigates ("Back"), rather than being one of
    /// the ways to go on: no "or" divider before it.
    pub navigation: bool,
}

#[derive(Debug, PartialEq)]
pub struct Layout<'a> {
    pub sections: Vec<Section<'a>>,
    pub scripts: Vec<&'a UiNode>,
    /// Messages on nodes no form shows by itself (hidden inputs of the
    /// flow-wide groups, forms dropped as empty, scripts): shown with the
    /// flow's own messages.
    pub messages: Vec<&'a UiText>,
}

/// Whether a group's hidden inputs are state of the whole flow, posted by
/// every form, rather than inputs of one method. Unknown groups count as
/// flow-wide: a newer Kratos' hidden state is then still posted.
fn is_flow_wide(group: &Group) -> bool {
    match group {
        Group::Default | Group::IdentifierFirst | Group::Captcha | Group::Other(_) => true,
        Group::Password
        | Group::Code
        | Group::Passkey
        | Group::Webauthn
        | Group::Oidc
        | Group::Saml
        | Group::Totp
        | Group::LookupSecret
        | Group::Profile
        | Group::Link => false,
    }
}

/// Groups whose submit needs the visible `default` inputs (the identifier
/// on login, the traits on registration).
fn takes_visible_defaults(group: &Group) -> bool {
    matches!(
        group,
        Group::Password
            | Group::Code
            | Group::Webauthn
            | Group::Profile
            | Group::IdentifierFirst
            | Group::Default
    )
}

/// Where a group's form stands on the page. Sign-in pages lead with social
/// sign-in; settings lead with the profile. Unknown groups come last, in
/// the order Kratos sent them.
fn rank(kind: FlowKind, group: &Group) -> u8 {
    let order: &[Group] = match kind {
        FlowKind::Settings => &[
            Group::Default,
            Group::Profile,
            Group::Password,
            Group::Passkey,
            Group::Webauthn,
            Group::Totp,
            Group::LookupSecret,
            Group::Oidc,
            Group::Saml,
            Group::Link,
            Group::Code,
        ],
        _ => &[
            Group::Oidc,
            Group::Saml,
            Group::IdentifierFirst,
            Group::Default,
            Group::Profile,
            Group::Password,
            Group::Code,
            Group::Link,
            Group::Passkey,
            Group::Webauthn,
            Group::Totp,
            Group::LookupSecret,
        ],
    };
    order
        .iter()
        .position(|g| g == group)
        .map_or(u8::MAX, |p| p as u8)
}

fn is_script(node: &UiNode) -> bool {
    matches!(node, UiNode::Script(_))
}

fn is_submit(node: &UiNode) -> bool {
    matches!(
        node.as_input().and_then(|a| a.known_type()),
        Some(InputType::Submit | InputType::Button)
    )
}

/// Submit buttons that are an alternative to the form's action rather
/// than the action itself: sending a new code (`resend` on sign-in and
/// sign-up, a submit named `email` carrying the address on recovery and
/// verification), going back a screen.
const SECONDARY_SUBMITS: &[&str] = &["resend", "email", "screen"];

/// Whether a submit button of this name is an alternative, not its form's
/// primary action.
pub fn is_secondary_action(name: &str) -> bool {
    SECONDARY_SUBMITS.contains(&name)
}

fn is_secondary_submit(node: &UiNode) -> bool {
    is_submit(node) && input_name(node).is_some_and(is_secondary_action)
}

/// Where a node stands in its form: fields (0), primary buttons (1),
/// secondary buttons (2).
fn submit_rank(node: &UiNode) -> u8 {
    match (is_submit(node), is_secondary_submit(node)) {
        (false, _) => 0,
        (true, false) => 1,
        (true, true) => 2,
    }
}

fn input_name(node: &UiNode) -> Option<&str> {
    node.as_input().map(|a| a.name.as_str())
}

/// Whether a form is worth showing: it has something to see or press, or
/// a script drives its hidden inputs (identifier-first login offers
/// passkeys only through the hidden fields that conditional UI fills).
fn is_shown(section: &Section) -> bool {
    section.nodes.iter().any(|n| {
        !n.is_hidden_input()
            || (!is_flow_wide(n.group())
                && n.as_input().is_some_and(|a| a.onload_trigger.is_some()))
    })
}

pub fn layout(kind: FlowKind, nodes: &[UiNode]) -> Layout<'_> {
    let scripts: Vec<&UiNode> = nodes.iter().filter(|n| is_script(n)).collect();
    let form_nodes = || nodes.iter().filter(|n| !is_script(n));

    // Hidden flow-wide state, once per name (the first wins), for every form.
    let mut carried: Vec<&UiNode> = Vec::new();
    for node in form_nodes().filter(|n| n.is_hidden_input() && is_flow_wide(n.group())) {
        if !carried.iter().any(|c| input_name(c) == input_name(node)) {
            carried.push(node);
        }
    }
    let visible_defaults: Vec<&UiNode> = form_nodes()
        .filter(|n| *n.group() == Group::Default && !n.is_hidden_input())
        .collect();

    // Flow-wide messages: those on carried hidden inputs, which no form
    // shows; others join them below.
    let mut messages: Vec<&UiText> = Vec::new();
    for node in form_nodes().filter(|n| n.is_hidden_input() && is_flow_wide(n.group())) {
        messages.extend(node.messages());
    }
    for script in &scripts {
        messages.extend(script.messages());
    }

    // Groups in the order Kratos first mentions them, then ranked. Default
    // never has a form of its own here (see below).
    let mut groups: Vec<&Group> = Vec::new();
    for node in form_nodes() {
        let g = node.group();
        if *g != Group::Default && !groups.contains(&g) {
            groups.push(g);
        }
    }
    groups.sort_by_key(|g| rank(kind, g));

    let section_for = |group: &Group, with_visible_defaults: bool| {
        let own: Vec<&UiNode> = form_nodes()
            .filter(|n| n.group() == group && !(n.is_hidden_input() && is_flow_wide(group)))
            .collect();
        let mut section_nodes: Vec<&UiNode> = carried
            .iter()
            .copied()
            .filter(|c| {
                !own.iter()
                    .any(|o| o.is_hidden_input() && input_name(o) == input_name(c))
            })
            .collect();
        if with_visible_defaults {
            section_nodes.extend(visible_defaults.iter().copied());
        }
        let own_messages: Vec<&UiText> = own
            .iter()
            .filter(|n| n.is_hidden_input())
            .flat_map(|n| n.messages())
            .collect();
        section_nodes.extend(own);
        Section {
            group: group.clone(),
            test_id: String::new(),
            nodes: section_nodes,
            messages: own_messages,
            navigation: false,
        }
    };

    let mut visible_placed = false;
    let mut sections: Vec<Section> = Vec::new();
    for group in groups {
        let takes = takes_visible_defaults(group);
        let section = section_for(group, takes);
        if is_shown(&section) {
            visible_placed |= takes;
            sections.push(section);
        } else {
            // Nothing to show: its hidden inputs' messages go to the flow.
            messages.extend(section.messages);
        }
    }

    // Visible default nodes no group took (or a flow of default nodes only)
    // get a form of their own rather than being dropped.
    if !visible_placed && !visible_defaults.is_empty() {
        let at = sections
            .iter()
            .position(|s| rank(kind, &s.group) > rank(kind, &Group::Default))
            .unwrap_or(sections.len());
        sections.insert(at, section_for(&Group::Default, true));
    }

    // Inside a form: inputs, then the primary action, then secondary
    // buttons, otherwise Kratos' order (a stable sort keeps it). Enter in
    // a field submits with the form's first submit button, so that one must
    // be the primary action: Kratos sends "Resend code" before "Continue".
    for section in &mut sections {
        section.nodes.sort_by_key(|n| submit_rank(n));
    }
    // A form holding nothing but "Back" (two-step registration's
    // `screen=previous`) goes below the method choices.
    for section in &mut sections {
        section.navigation = is_navigation_only(section);
    }
    sections.sort_by_key(|s| s.navigation);
    section_test_ids(kind, &mut sections);

    Layout {
        sections,
        scripts,
        messages,
    }
}

/// The identifier a later step of sign-in goes on with: the value of the
/// hidden `identifier` input (identifier-first step 2, refresh), if any.
pub fn identifier_in_use(nodes: &[UiNode]) -> Option<&str> {
    nodes.iter().find_map(|n| match n.as_input() {
        Some(a) if n.is_hidden_input() && a.name == IDENTIFIER => {
            a.value.as_str().filter(|v| !v.is_empty())
        }
        _ => None,
    })
}

/// The address a later step of a flow goes on with, shown with a way to
/// change it: the sign-in identifier ([`identifier_in_use`]), the email
/// carried hidden into sign-up's step 2, the address recovery or
/// verification mailed a code to (the value of its resend button).
pub fn address_in_use(kind: FlowKind, nodes: &[UiNode]) -> Option<&str> {
    let value_of = |wanted: &dyn Fn(&UiNode) -> bool, name: &str| {
        nodes.iter().find_map(|n| match n.as_input() {
            Some(a) if a.name == name && wanted(n) => a.value.as_str().filter(|v| !v.is_empty()),
            _ => None,
        })
    };
    match kind {
        FlowKind::Login => identifier_in_use(nodes),
        FlowKind::Registration => value_of(&|n| n.is_hidden_input(), REGISTRATION_EMAIL),
        FlowKind::Recovery | FlowKind::Verification => value_of(&is_submit, "email"),
        FlowKind::Settings => None,
    }
}

/// The identity schema's email trait, carried hidden into sign-up's step 2.
const REGISTRATION_EMAIL: &str = "traits.email";

/// Whether a field a person fills in carries an error: that field then
/// takes focus when the page loads, rather than the flow's messages.
pub fn has_field_error(nodes: &[UiNode]) -> bool {
    nodes.iter().any(|n| {
        !n.is_hidden_input()
            && !is_submit(n)
            && n.as_input().is_some()
            && n.messages().iter().any(|m| m.kind() == MessageKind::Error)
    })
}

/// The name of the identifier input on login flows.
const IDENTIFIER: &str = "identifier";

fn is_navigation_only(section: &Section) -> bool {
    section
        .nodes
        .iter()
        .filter(|n| !n.is_hidden_input())
        .all(|n| matches!(n.as_input(), Some(a) if a.name == "screen"))
}

/// `data-testid`s after the reference UI, which Kratos' e2e suite selects
/// on: the first credential form is `<flow>-flow`, code is
/// `<flow>-flow-code`, passkey `passkey-flow`, webauthn sign-in
/// `passwordless-flow`; any other form is `<flow>-flow-<group>`.
fn section_test_ids(kind: FlowKind, sections: &mut [Section]) {
    let flow = kind.as_str();
    let mut main_taken = false;
    for section in sections {
        section.test_id = match &section.group {
            Group::Default | Group::Password | Group::Profile | Group::IdentifierFirst
                if !main_taken =>
            {
                main_taken = true;
                format!("{flow}-flow")
            }
            Group::Passkey if kind != FlowKind::Settings => "passkey-flow".to_owned(),
            Group::Webauthn if matches!(kind, FlowKind::Login | FlowKind::Registration) => {
                "passwordless-flow".to_owned()
            }
            other => format!("{flow}-flow-{}", other.as_str()),
        };
    }
}

/// Settings forms carry a heading per group, in words people use: its
/// catalogue id (only Kratos' legacy Cypress suite pinned the reference
/// UI's "Manage 2FA TOTP Authenticator App"; issue 15 chose readable ones).
pub fn settings_heading(group: &Group) -> Option<&'static str> {
    Some(match group {
        Group::Profile => "settings-heading-profile",
        Group::Password => "settings-heading-password",
        Group::LookupSecret => "settings-heading-lookup-secret",
        Group::Totp => "settings-heading-totp",
        Group::Webauthn => "settings-heading-webauthn",
        Group::Passkey => "settings-heading-passkey",
        Group::Oidc | Group::Saml => "settings-heading-oidc",
        _ => return None,
    })
}

/// Kratos' label for every settings method's submit: "Save".
const SAVE_LABEL_ID: i64 = 1_070_003;

/// A distinct label (its catalogue id) for a settings submit that Kratos
/// calls "Save", so the page does not offer three identical buttons;
/// `None` keeps Kratos' label.
pub fn settings_button_label(group: &Group, name: &str, label_id: i64) -> Option<&'static str> {
    if name != "method" || label_id != SAVE_LABEL_ID {
        return None;
    }
    Some(match group {
        Group::Profile => "settings-button-profile",
        Group::Password => "settings-button-password",
        Group::Totp => "settings-button-totp",
        _ => return None,
    })
}
