//! A `<form>` posting natively to Kratos: the fields its methods share,
//! then each method's part (see [`super::joined_form`]).

use leptos::prelude::*;

use super::joined_form::JoinedForm;
use super::layout::{settings_button_label, settings_heading};
use super::messages::Messages;
use super::node::NodeView;
use crate::i18n::t;
use crate::kratos::{FlowKind, UiNode};

#[component]
pub fn FlowForm(
    kind: FlowKind,
    /// Already checked; `None` renders a form without `action`.
    action: Option<String>,
    method: String,
    form: JoinedForm,
) -> impl IntoView {
    let heading = match kind {
        FlowKind::Settings => settings_heading(&form.group).map(t),
        _ => None,
    };
    let form_id = form.test_id.clone();
    let label = move |node: UiNode| match kind {
        FlowKind::Settings => with_settings_label(node),
        _ => node,
    };
    let shared = form
        .shared
        .into_iter()
        .map(|node| view! { <NodeView node=node form_id=form_id.clone()/> })
        .collect_view();
    let mut shown_before = false;
    let parts = form
        .parts
        .into_iter()
        .map(|part| {
            // The parts of a joined form are alternatives: an "or" between
            // those that show something.
            let shows = part.nodes.iter().any(|n| !n.is_hidden_input());
            let divider = (part.test_id.is_some() && shows && shown_before).then(|| {
                view! { <p class="divider" aria-hidden="true"><span>{t("forms-divider-or")}</span></p> }
            });
            shown_before |= shows;
            let nodes = part
                .nodes
                .into_iter()
                .map(label)
                .map(|node| view! { <NodeView node=node form_id=form_id.clone()/> })
                .collect_view();
            let inner = view! {
                <Messages messages=part.messages/>
                {nodes}
            };
            match part.test_id {
                Some(test_id) => view! {
                    {divider}
                    <div class=format!("method group-{}", part.group.as_str()) data-testid=test_id>
                        {inner}
                    </div>
                }
                .into_any(),
                None => inner.into_any(),
            }
        })
        .collect_view();
    view! {
        <form
            class=format!("flow-form group-{}", form.group.as_str())
            action=action
            method=method
            data-testid=form.test_id.clone()
            id=form.test_id
        >
            {heading.map(|h| view! { <h3>{h}</h3> })}
            {shared}
            {parts}
        </form>
    }
}

/// The id of a label Vestibule wrote itself, already in the page's
/// language: no Kratos message has it (theirs start at 1000000), so the
/// catalogue lookup falls back to the text.
const OWN_LABEL_ID: i64 = 0;

/// A settings submit with its distinct label ([`settings_button_label`]).
fn with_settings_label(node: UiNode) -> UiNode {
    match node {
        UiNode::Input(mut n) => {
            let group = n.group.clone();
            if let Some(label) = n.meta.label.as_mut() {
                if let Some(id) = settings_button_label(&group, &n.attributes.name, label.id) {
                    label.text = t(id);
                    label.id = OWN_LABEL_ID;
                }
            }
            UiNode::Input(n)
        }
        other => other,
    }
}
