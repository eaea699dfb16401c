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

## The language menu
# This locale's name for itself, in the menu.
locale-name = English
language-menu-label = Language

## Sign-in steps (identifier first: the account in use)
identifier-change = Use another account

## OAuth2 consent (Hydra)
consent-title = Allow access
# $client is shown in its own element.
consent-heading = Allow { $client } to access your account?
consent-asks = The application asks to:
consent-scope-openid = Know who you are (required)
consent-scope-email = See your email address
consent-scope-profile = See your name
consent-scope-offline = Stay connected when you are away
consent-remember = Remember this decision
consent-allow = Allow
consent-deny = Deny
consent-link-website = Application website
consent-link-policy = Privacy policy
consent-link-tos = Terms of service

## OAuth2 sign-out (Hydra)
logout-title = Sign out
logout-question = Do you want to sign out?
logout-question-client = { $client } asks to sign you out. Do you want to sign out?
logout-accept = Yes, sign me out
logout-reject = No, stay signed in

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = The authorization service cannot be reached right now. Please try again in a moment.
error-hydra-malformed-message = The authorization service sent an answer this page cannot read. Please try again.
error-too-large-message = The identity service sent an answer too large to read. Please try again.
error-hydra-too-large-message = The authorization service sent an answer too large to read. Please try again.
error-hydra-answered-title = This request was already answered
error-hydra-answered-message = This sign-in step has already been completed. Continue to start the authorization again.
error-continue = Continue
error-hydra-invalid-title = This sign-in request cannot be used
error-hydra-invalid-message = The request is unknown, has expired or was already used. Go back to the application and sign in again.
error-hydra-expired-title = This sign-in request has expired
error-hydra-expired-message = It was not completed in time. Go back to the application and sign in again.
error-csrf-title = This form has expired
error-csrf-message = The form was sent without its security token (CSRF), or with one that is not valid. Go back, reload the page and try again.
error-oauth2-off-title = OAuth2 is not configured
error-oauth2-off-message = This server was started without HYDRA_ADMIN_URL, so it does not answer OAuth2 consent or logout requests.
error-no-randomness-message = This page could not be secured. Please try again.
error-oauth2-title = The application's request could not be completed
error-oauth2-message = The authorization request failed.
error-missing-consent-challenge = This consent page needs the consent_challenge Hydra sends with it. Go back to the application and sign in again.
error-missing-consent-decision = The consent form was sent without a decision (Allow or Deny).
error-missing-logout-challenge = This sign-out page needs the logout_challenge Hydra sends with it.
error-missing-logout-answer = The sign-out form was sent without an answer (Yes or No).

## Redesign (issue 15)
identifier-use-another-address = Use another address
settings-nav-label = Settings sections
settings-button-profile = Save profile
settings-button-password = Change password
settings-button-totp = Turn on authenticator app
forms-divider-or = or

# A Kratos timestamp (a backup code's use): the date and time in UTC.
# $year is text; $month and $day are numbers; $hour and $minute two digits.
datetime-utc = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }, { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Continue with email
continue-heading = Continue with email
continue-intro = Sign in or create an account with your email address. We will send you a code.
continue-email-label = Email address
continue-submit = Continue
continue-other-ways = Other ways to sign in
continue-code-title = Enter your code
continue-code-heading = Enter your code
continue-code-sent = Enter the code we sent to { $address }.
continue-code-label = Code
continue-resend = Send a new code
continue-expired-message = That took too long. Continue again to get a code.
continue-refused-message = This address cannot be used here. Check it and try again.
