//! The typed Kratos model, tolerant of what it does not know: unknown
//! fields are ignored, unknown node kinds degrade. (The published
//! `ory-kratos-client` crate, generated from Kratos' OpenAPI spec, fails
//! to parse real flows.)

pub mod error;
pub mod flow;
pub mod messages;
pub mod session;
pub mod text;
pub mod tolerant;
pub mod ui;

pub use error::{ErrorEnvelope, FlowError, GenericError};
pub use flow::{Flow, FlowKind};
pub use session::{Identity, LogoutFlow, Session};
pub use text::{MessageKind, UiText};
pub use tolerant::{Closed, Open};
pub use ui::{Group, InputAttributes, InputType, Node, UiContainer, UiNode};
