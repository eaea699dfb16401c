use leptos::prelude::*;

use super::shell::Shell;
use crate::flow_ui::card::flow_title;
use crate::flow_ui::{FlowCard, FlowNav};
use crate::kratos::{Flow, FlowKind};

pub fn flow_page(shell: &Shell, kind: FlowKind, flow: Flow, nav: FlowNav) -> String {
    let title = flow_title(kind, &flow);
    shell.document(title, view! { <FlowCard kind=kind flow=flow nav=nav/> })
}
