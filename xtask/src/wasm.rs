//! `cargo xtask wasm`: builds the WebAuthn trigger module (see
//! webauthn/) into public/pkg/. Filled in by the passkey work.

use anyhow::Result;

pub fn build() -> Result<()> {
    Ok(())
}
