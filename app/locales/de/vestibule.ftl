page-title = { $title } · { $brand }
flow-title-login = Anmelden
flow-title-login-second-factor = Zweiter Faktor
flow-title-login-refresh = Bestätigen Sie, dass Sie es sind
flow-title-registration = Konto erstellen
flow-title-recovery = Konto wiederherstellen
flow-title-verification = Konto bestätigen
flow-title-settings = Kontoeinstellungen
link-sign-up = Konto erstellen
link-forgot-password = Passwort vergessen?
link-have-account = Schon ein Konto? Anmelden
link-back-to-sign-in = Zurück zur Anmeldung
link-back-to-account = Zurück zu Ihrem Konto
link-sign-out = Abmelden
settings-heading-profile = Profil
settings-heading-password = Passwort
settings-heading-lookup-secret = Backup-Codes für die Zwei-Faktor-Anmeldung
settings-heading-totp = Authenticator-App für die Zwei-Faktor-Anmeldung
settings-heading-webauthn = Sicherheitsschlüssel
settings-heading-passkey = Passkeys
settings-heading-oidc = Anmeldung über soziale Netzwerke
node-needs-javascript = Diese Option benötigt JavaScript.
welcome-title = Willkommen
welcome-heading = Willkommen
welcome-signed-in-as = Sie sind angemeldet als { $email }.
welcome-assurance-level = Sicherheitsstufe
welcome-signed-in-with = Angemeldet mit
welcome-link-settings = Kontoeinstellungen
welcome-link-sessions = Sitzungsdetails
welcome-signed-out = Sie sind nicht angemeldet.
welcome-link-sign-in = Anmelden
sessions-title = Sitzung
sessions-heading = Ihre Sitzung
link-back = Zurück
error-details-status = Status: { $status }
error-details-id = ID: { $id }
error-technical-details = Technische Details
error-link-home = Zu Ihrem Konto
error-retry = Erneut versuchen
error-start-again = Neu beginnen
error-sign-in-again = Erneut anmelden
error-unavailable-title = Anmeldung nicht verfügbar
error-unavailable-message = Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
error-generic-title = Etwas ist schiefgelaufen
error-malformed-message = Der Anmeldedienst hat eine Antwort gesendet, die diese Seite nicht lesen kann. Bitte versuchen Sie es erneut.
error-refused-message = Der Anmeldedienst hat diese Anfrage abgelehnt.
error-bad-request-title = Dieser Link ist unvollständig
error-missing-id-message = Diese Fehlerseite braucht eine Fehler-ID (?id=…).
error-unknown-id-message = Dieser Fehler ist nicht bekannt (vielleicht ist er abgelaufen). Bitte beginnen Sie von vorn.
error-not-found-title = Seite nicht gefunden
error-not-found-message = Unter dieser Adresse gibt es nichts.
error-stored-title = Ein Fehler ist aufgetreten
webauthn-insecure-context = Passkeys und Sicherheitsschlüssel brauchen eine sichere Verbindung: Diese Seite muss über HTTPS (oder von localhost) geladen werden.
webauthn-unsupported = Dieser Browser unterstützt keine Passkeys oder Sicherheitsschlüssel. Verwenden Sie einen aktuellen Browser oder melden Sie sich anders an.
webauthn-script-failed = Das Passkey-Skript konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.
webauthn-cancelled = Die Anfrage für Passkey oder Sicherheitsschlüssel wurde abgebrochen oder ist abgelaufen. Bitte versuchen Sie es erneut.
webauthn-already-registered = Dieser Passkey oder Sicherheitsschlüssel ist für dieses Konto bereits registriert.
webauthn-security = Der Browser hat die Anfrage abgelehnt: Die Adresse dieser Seite passt nicht zur Domain, zu der der Passkey gehört.
webauthn-failed = Der Vorgang mit Passkey oder Sicherheitsschlüssel ist fehlgeschlagen.
webauthn-failed-detail = Der Vorgang mit Passkey oder Sicherheitsschlüssel ist fehlgeschlagen: { $detail }
webauthn-not-ready = Diese Aktion mit Passkey oder Sicherheitsschlüssel ist nicht verfügbar. Laden Sie die Seite neu und versuchen Sie es erneut.
webauthn-rp-mismatch = Diese Seite wird von { $host } geladen, ihre Passkeys und Sicherheitsschlüssel gehören aber zu { $rp_id }. Öffnen Sie die Seite unter { $rp_id } (oder einer Subdomain davon).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Deutsch
language-menu-label = Sprache

## Sign-in steps (identifier first: the account in use)
identifier-change = Anderes Konto verwenden

## OAuth2 consent (Hydra)
consent-title = Zugriff erlauben
# $client is shown in its own element.
consent-heading = Darf { $client } auf Ihr Konto zugreifen?
consent-asks = Die Anwendung möchte:
consent-scope-openid = Wissen, wer Sie sind (erforderlich)
consent-scope-email = Ihre E-Mail-Adresse sehen
consent-scope-profile = Ihren Namen sehen
consent-scope-offline = Verbunden bleiben, während Sie nicht da sind
consent-remember = Diese Entscheidung merken
consent-allow = Erlauben
consent-deny = Ablehnen
consent-link-website = Website der Anwendung
consent-link-policy = Datenschutzerklärung
consent-link-tos = Nutzungsbedingungen

## OAuth2 sign-out (Hydra)
logout-title = Abmelden
logout-question = Möchten Sie sich abmelden?
logout-question-client = { $client } möchte Sie abmelden. Möchten Sie sich abmelden?
logout-accept = Ja, abmelden
logout-reject = Nein, angemeldet bleiben

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = Der Autorisierungsdienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
error-hydra-malformed-message = Der Autorisierungsdienst hat eine Antwort gesendet, die diese Seite nicht lesen kann. Bitte versuchen Sie es erneut.
error-too-large-message = Der Identitätsdienst hat eine zu große Antwort gesendet. Bitte versuchen Sie es erneut.
error-hydra-too-large-message = Der Autorisierungsdienst hat eine zu große Antwort gesendet. Bitte versuchen Sie es erneut.
error-hydra-answered-title = Diese Anfrage wurde bereits beantwortet
error-hydra-answered-message = Dieser Anmeldeschritt ist bereits abgeschlossen. Fahren Sie fort, um die Autorisierung neu zu starten.
error-continue = Weiter
error-hydra-invalid-title = Diese Anmeldeanfrage kann nicht verwendet werden
error-hydra-invalid-message = Die Anfrage ist unbekannt, abgelaufen oder wurde bereits verwendet. Kehren Sie zur Anwendung zurück und melden Sie sich erneut an.
error-hydra-expired-title = Diese Anmeldeanfrage ist abgelaufen
error-hydra-expired-message = Sie wurde nicht rechtzeitig abgeschlossen. Kehren Sie zur Anwendung zurück und melden Sie sich erneut an.
error-csrf-title = Dieses Formular ist abgelaufen
error-csrf-message = Das Formular wurde ohne gültiges Sicherheitstoken (CSRF) gesendet. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-oauth2-off-title = OAuth2 ist nicht eingerichtet
error-oauth2-off-message = Dieser Server wurde ohne HYDRA_ADMIN_URL gestartet und beantwortet daher keine OAuth2-Einwilligungs- oder Abmeldeanfragen.
error-no-randomness-message = Diese Seite konnte nicht abgesichert werden. Bitte versuchen Sie es erneut.
error-oauth2-title = Die Anfrage der Anwendung konnte nicht abgeschlossen werden
error-oauth2-message = Die Autorisierungsanfrage ist fehlgeschlagen.
error-missing-consent-challenge = Diese Einwilligungsseite braucht die consent_challenge, die Hydra mitsendet. Kehren Sie zur Anwendung zurück und melden Sie sich erneut an.
error-missing-consent-decision = Das Einwilligungsformular wurde ohne Entscheidung (Erlauben oder Ablehnen) gesendet.
error-missing-logout-challenge = Diese Abmeldeseite braucht die logout_challenge, die Hydra mitsendet.
error-missing-logout-answer = Das Abmeldeformular wurde ohne Antwort (Ja oder Nein) gesendet.

## Redesign (issue 15)
identifier-use-another-address = Andere Adresse verwenden
settings-nav-label = Bereiche der Einstellungen
settings-button-profile = Profil speichern
settings-button-password = Passwort ändern
settings-button-totp = Authenticator-App aktivieren
forms-divider-or = oder

datetime-utc = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }, { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Weiter mit E-Mail
continue-heading = Weiter mit E-Mail
continue-intro = Melden Sie sich mit Ihrer E-Mail-Adresse an oder erstellen Sie ein Konto. Wir senden Ihnen einen Code.
continue-email-label = E-Mail-Adresse
continue-submit = Weiter
continue-other-ways = Andere Anmeldemöglichkeiten
continue-code-title = Code eingeben
continue-code-heading = Code eingeben
continue-code-sent = Geben Sie den Code ein, den wir an { $address } gesendet haben.
continue-code-label = Code
continue-resend = Neuen Code senden
continue-expired-message = Das hat zu lange gedauert. Fahren Sie erneut fort, um einen Code zu erhalten.
continue-refused-message = Diese Adresse kann hier nicht verwendet werden. Prüfen Sie sie und versuchen Sie es erneut.
