# Vestibule's own words. Ids are named for where they appear; STRINGS.md
# maps each to the code it replaces.

## Document
# The <title> of every page: the page's own title, then the product name.
page-title = { $title } · { $brand }

## Flow titles (card heading and <title>)
flow-title-login = Sign in
flow-title-login-second-factor = Second factor authentication
flow-title-login-refresh = Confirm it's you
flow-title-registration = Create an account
flow-title-recovery = Recover your account
flow-title-verification = Verify your account
flow-title-settings = Account settings

## Links under a flow's forms
link-sign-up = Create an account
link-forgot-password = Forgot your password?
link-have-account = Already have an account? Sign in
link-back-to-sign-in = Back to sign in
link-back-to-account = Back to your account
link-sign-out = Sign out

## Settings: one heading per form. The English wording is the Node
## reference UI's, which Kratos' own e2e suite asserts on.
settings-heading-profile = Profile
settings-heading-password = Password
settings-heading-lookup-secret = Backup codes
settings-heading-totp = Authenticator app
settings-heading-webauthn = Security keys
settings-heading-passkey = Passkeys
settings-heading-oidc = Social sign-in

## Nodes
node-needs-javascript = This option needs JavaScript.

## Welcome and session pages
welcome-title = Welcome
welcome-heading = Welcome
# $email is shown in bold.
welcome-signed-in-as = You are signed in as { $email }.
welcome-assurance-level = Assurance level
welcome-signed-in-with = Signed in with
welcome-link-settings = Account settings
welcome-link-sessions = Session details
welcome-signed-out = You are not signed in.
welcome-link-sign-in = Sign in
sessions-title = Session
sessions-heading = Your session
link-back = Back

## Error pages
error-details-status = status: { $status }
error-details-id = id: { $id }
error-technical-details = Technical details
error-link-home = Go to your account
error-retry = Try again
error-start-again = Start again
error-sign-in-again = Sign in again
error-unavailable-title = Sign-in is unavailable
error-unavailable-message = The identity service cannot be reached right now. Please try again in a moment.
error-generic-title = Something went wrong
error-malformed-message = The identity service sent an answer this page cannot read. Please try again.
error-refused-message = The identity service refused this request.
error-bad-request-title = This link is not complete
error-missing-id-message = This error page needs an error id (?id=…).
error-unknown-id-message = This error is not known (it may have expired). Please start again.
error-not-found-title = Page not found
error-not-found-message = There is nothing at this address.
error-stored-title = An error occurred

## Passkeys and security keys (the WebAuthn module shows these)
webauthn-insecure-context = Passkeys and security keys need a secure connection: this page must be served over HTTPS (or from localhost).
webauthn-unsupported = This browser does not support passkeys or security keys. Use a current browser, or sign in another way.
webauthn-script-failed = The passkey script could not be loaded. Check your connection and reload the page.
webauthn-cancelled = The passkey or security key request was cancelled or timed out. Please try again.
webauthn-already-registered = This passkey or security key is already registered for this account.
webauthn-security = The browser refused the request: this page's address does not match the domain the passkey belongs to.
webauthn-failed = The passkey or security key operation failed.
webauthn-failed-detail = The passkey or security key operation failed: { $detail }
webauthn-not-ready = This passkey or security key action is not available. Reload the page and try again.
webauthn-rp-mismatch = This page is served from { $host }, but its passkeys and security keys belong to { $rp_id }. Open the page on { $rp_id } (or a subdomain of it).
identifier-use-another-address = Use another address
settings-nav-label = Settings sections
settings-button-profile = Save profile
settings-button-password = Change password
settings-button-totp = Turn on authenticator app
forms-divider-or = or
