//! Pure: where a settings page lands after a submit, so the person sees
//! the answer to what they just sent rather than the top of a long page.
//!
//! Two ways, both without JavaScript. When the answer names a section (a
//! message on one of its nodes: a wrong TOTP code, a too short password),
//! the flow's messages are shown in that section and the first error (or
//! those messages) gets `autofocus`, which also scrolls it into view.
//! When Kratos only says "saved" (a flow message, no node message), the
//! server cannot tell which section answered; the section that was
//! submitted can: every settings form posts to `action#<form id>-answer`,
//! a browser keeps that fragment across Kratos' 303 back to this page,
//! and each section then carries an anchor of that id holding a copy of
//! the flow's messages, shown only when it is the `:target` (style/main.css).
//! The anchors are left out in the first case: a fragment that points at
//! an element turns `autofocus` off.

use crate::kratos::{Group, MessageKind, UiNode, UiText};

/// Where the page puts the flow's messages and focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Landing {
    /// At the top of the card (also every page but settings).
    Top,
    /// In the form of this group, which answered.
    Section(Group),
    /// At the top, and in the submitted section if the URL names it.
    Fragment,
}

/// Groups whose nodes belong to one settings section (not flow-wide state).
fn is_section(group: &Group) -> bool {
    !matches!(
        group,
        Group::Default | Group::IdentifierFirst | Group::Captcha | Group::Other(_)
    )
}

/// The section whose nodes carry a message: the first with an error, else
/// the first with any message.
pub fn answering_group(nodes: &[UiNode]) -> Option<&Group> {
    let with = |wanted: &dyn Fn(&UiText) -> bool| {
        nodes
            .iter()
            .filter(|n| is_section(n.group()))
            .find(|n| n.messages().iter().any(wanted))
            .map(UiNode::group)
    };
    with(&|m| m.kind() == MessageKind::Error).or_else(|| with(&|_| true))
}

pub fn settings_landing(flow_messages: &[UiText], nodes: &[UiNode]) -> Landing {
    match answering_group(nodes) {
        Some(group) => Landing::Section(group.clone()),
        None if !flow_messages.is_empty() => Landing::Fragment,
        None => Landing::Top,
    }
}

/// The id of a settings form's landing anchor, which its action names.
pub fn answer_id(form_id: &str) -> String {
    format!("{form_id}-answer")
}
