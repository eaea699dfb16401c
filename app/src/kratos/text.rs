//! Kratos' text objects: messages on flows and nodes, and labels.

use serde::Deserialize;
use serde_json::Value;

use super::tolerant::{Closed, Open};

/// `{id, text, type, context}` (text/message.go).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct UiText {
    #[serde(default)]
    pub id: i64,
    #[serde(default)]
    pub text: String,
    #[serde(rename = "type", default = "info")]
    pub kind: Open<MessageKind>,
    #[serde(default)]
    pub context: Option<Value>,
}

fn info() -> Open<MessageKind> {
    Open::Known(MessageKind::Info)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Error,
    Success,
}

impl Closed for MessageKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "info" => Self::Info,
            "error" => Self::Error,
            "success" => Self::Success,
            _ => return None,
        })
    }

    fn as_str(&self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Error => "error",
            Self::Success => "success",
        }
    }
}

impl UiText {
    /// The message's kind for styling; unknown kinds are shown as info.
    pub fn kind(&self) -> MessageKind {
        self.kind.known().unwrap_or(MessageKind::Info)
    }
}
