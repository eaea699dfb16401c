//! Where Kratos' courier delivers mail (HTTP delivery strategy, see
//! `kratos/courier.jsonnet`): kept in memory for the tests to read codes
//! from, and listed at `GET /` for developers.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{anyhow, Result};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::Notify;
use tokio::task::JoinHandle;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mail {
    #[serde(default)]
    pub recipient: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub template_type: String,
    #[serde(default)]
    pub template_data: Value,
}

impl Mail {
    /// The one-time code in the message: `login_code`, `recovery_code`,
    /// `verification_code` or `registration_code`.
    pub fn code(&self) -> Option<String> {
        self.template_data.as_object()?.iter().find_map(|(k, v)| {
            (k.ends_with("_code"))
                .then(|| v.as_str().map(str::to_owned))
                .flatten()
        })
    }
}

#[derive(Clone, Default)]
struct Inbox {
    /// Mails not yet taken by a test, oldest first.
    mails: Arc<Mutex<Vec<Mail>>>,
    arrived: Arc<Notify>,
}

#[derive(Clone)]
pub struct MailSink {
    inbox: Inbox,
    port: u16,
}

impl MailSink {
    /// Listens on 127.0.0.1:`port` until the returned task is aborted.
    pub async fn start(port: u16) -> Result<(MailSink, JoinHandle<()>)> {
        let inbox = Inbox::default();
        let app = Router::new()
            .route("/mail", post(receive))
            .route("/", get(list))
            .with_state(inbox.clone());
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| anyhow!("mail sink cannot listen on 127.0.0.1:{port}: {e}"))?;
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok((MailSink { inbox, port }, task))
    }

    /// The URL Kratos' courier posts to.
    pub fn delivery_url(&self) -> String {
        format!("http://127.0.0.1:{}/mail", self.port)
    }

    /// Takes the oldest mail to `recipient` whose template type starts
    /// with `template` (`login_code`, `registration_code`, `recovery_code`,
    /// `verification_code`, or "" for any), waiting up to `timeout`.
    pub async fn take(&self, recipient: &str, template: &str, timeout: Duration) -> Result<Mail> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.inbox.arrived.notified();
            if let Some(mail) = self.try_take(recipient, template) {
                return Ok(mail);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return Err(anyhow!(
                    "no {template:?} mail to {recipient} within {timeout:?}"
                ));
            }
        }
    }

    /// Takes the oldest such mail and returns its code.
    pub async fn take_code(&self, recipient: &str, template: &str) -> Result<String> {
        let mail = self
            .take(recipient, template, Duration::from_secs(20))
            .await?;
        mail.code()
            .ok_or_else(|| anyhow!("mail {:?} to {recipient} has no code", mail.template_type))
    }

    fn try_take(&self, recipient: &str, template: &str) -> Option<Mail> {
        let mut mails = self.inbox.mails.lock().ok()?;
        let at = mails
            .iter()
            .position(|m| m.recipient == recipient && m.template_type.starts_with(template))?;
        Some(mails.remove(at))
    }
}

async fn receive(State(inbox): State<Inbox>, Json(mail): Json<Mail>) -> StatusCode {
    if let Ok(mut mails) = inbox.mails.lock() {
        mails.push(mail);
    }
    inbox.arrived.notify_waiters();
    StatusCode::NO_CONTENT
}

#[derive(Serialize)]
struct Listed {
    recipient: String,
    subject: String,
    template_type: String,
    code: Option<String>,
}

/// For developers running the stack: the codes Kratos sent, newest first.
async fn list(State(inbox): State<Inbox>) -> Json<Vec<Listed>> {
    let mails = inbox.mails.lock().map(|m| m.clone()).unwrap_or_default();
    Json(
        mails
            .into_iter()
            .rev()
            .map(|m| Listed {
                code: m.code(),
                recipient: m.recipient,
                subject: m.subject,
                template_type: m.template_type,
            })
            .collect(),
    )
}
