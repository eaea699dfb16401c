//! Vestibule's pages, rendered on the server from Kratos flows.

pub mod flow_ui;
pub mod hydra;
pub mod i18n;
pub mod kratos;
pub mod links;
pub mod pages;
pub mod safe_url;
