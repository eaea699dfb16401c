//! One `<form>` per layout section, posting natively to Kratos.

use leptos::prelude::*;

use super::layout::{settings_heading, Section};
use super::messages::Messages;
use super::node::NodeView;
use crate::i18n::t;
use crate::kratos::{FlowKind, Group, UiNode, UiText};

/// A section of a flow as owned data, ready to render.
pub struct FormSection {
    pub group: Group,
    pub test_id: String,
    pub nodes: Vec<UiNode>,
    /// Messages on the form's hidden inputs.
    pub messages: Vec<UiText>,
}

impl From<Section<'_>> for FormSection {
    fn from(s: Section<'_>) -> Self {
        FormSection {
            group: s.group,
            test_id: s.test_id,
            nodes: s.nodes.into_iter().cloned().collect(),
            messages: s.messages.into_iter().cloned().collect(),
        }
    }
}

#[component]
pub fn FlowForm(
    kind: FlowKind,
    /// Already checked; `None` renders a form without `action`.
    action: Option<String>,
    method: String,
    section: FormSection,
) -> impl IntoView {
    let heading = match kind {
        FlowKind::Settings => settings_heading(&section.group).map(t),
        _ => None,
    };
    let form_id = section.test_id.clone();
    let nodes = section
        .nodes
        .into_iter()
        .map(|node| view! { <NodeView node=node form_id=form_id.clone()/> })
        .collect_view();
    view! {
        <form
            class=format!("flow-form group-{}", section.group.as_str())
            action=action
            method=method
            data-testid=section.test_id.clone()
            id=section.test_id
        >
            {heading.map(|h| view! { <h3>{h}</h3> })}
            <Messages messages=section.messages/>
            {nodes}
        </form>
    }
}
