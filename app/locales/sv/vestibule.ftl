page-title = { $title } · { $brand }
flow-title-login = Logga in
flow-title-login-second-factor = Tvåstegsverifiering
flow-title-login-refresh = Bekräfta att det är du
flow-title-registration = Skapa ett konto
flow-title-recovery = Återställ ditt konto
flow-title-verification = Verifiera ditt konto
flow-title-settings = Kontoinställningar
link-sign-up = Skapa ett konto
link-forgot-password = Glömt lösenordet?
link-have-account = Har du redan ett konto? Logga in
link-back-to-sign-in = Tillbaka till inloggningen
link-back-to-account = Tillbaka till ditt konto
link-sign-out = Logga ut
settings-heading-profile = Profil
settings-heading-password = Lösenord
settings-heading-lookup-secret = Reservkoder för tvåstegsverifiering
settings-heading-totp = Autentiseringsapp för tvåstegsverifiering
settings-heading-webauthn = Säkerhetsnycklar
settings-heading-passkey = Nycklar (passkeys)
settings-heading-oidc = Inloggning via sociala medier
node-needs-javascript = Det här alternativet kräver JavaScript.
welcome-title = Välkommen
welcome-heading = Välkommen
welcome-signed-in-as = Du är inloggad som { $email }.
welcome-assurance-level = Säkerhetsnivå
welcome-signed-in-with = Inloggad med
welcome-link-settings = Kontoinställningar
welcome-link-sessions = Sessionsdetaljer
welcome-signed-out = Du är inte inloggad.
welcome-link-sign-in = Logga in
sessions-title = Session
sessions-heading = Din session
link-back = Tillbaka
error-details-status = status: { $status }
error-details-id = id: { $id }
error-technical-details = Tekniska detaljer
error-link-home = Till ditt konto
error-retry = Försök igen
error-start-again = Börja om
error-sign-in-again = Logga in igen
error-unavailable-title = Inloggningen är inte tillgänglig
error-unavailable-message = Identitetstjänsten går inte att nå just nu. Försök igen om en stund.
error-generic-title = Något gick fel
error-malformed-message = Identitetstjänsten skickade ett svar som den här sidan inte kan läsa. Försök igen.
error-refused-message = Identitetstjänsten avvisade begäran.
error-bad-request-title = Länken är ofullständig
error-missing-id-message = Den här felsidan behöver ett fel-id (?id=…).
error-unknown-id-message = Felet är okänt (det kan ha gått ut). Börja om.
error-not-found-title = Sidan hittades inte
error-not-found-message = Det finns inget på den här adressen.
error-stored-title = Ett fel uppstod
webauthn-insecure-context = Nycklar (passkeys) och säkerhetsnycklar kräver en säker anslutning: sidan måste visas via HTTPS (eller från localhost).
webauthn-unsupported = Webbläsaren har inte stöd för nycklar (passkeys) eller säkerhetsnycklar. Använd en aktuell webbläsare eller logga in på ett annat sätt.
webauthn-script-failed = Skriptet för nycklar kunde inte läsas in. Kontrollera anslutningen och ladda om sidan.
webauthn-cancelled = Begäran om nyckel eller säkerhetsnyckel avbröts eller tog för lång tid. Försök igen.
webauthn-already-registered = Den här nyckeln eller säkerhetsnyckeln är redan registrerad för kontot.
webauthn-security = Webbläsaren avvisade begäran: sidans adress matchar inte domänen som nyckeln hör till.
webauthn-failed = Åtgärden med nyckeln eller säkerhetsnyckeln misslyckades.
webauthn-failed-detail = Åtgärden med nyckeln eller säkerhetsnyckeln misslyckades: { $detail }
webauthn-not-ready = Den här åtgärden med nyckel eller säkerhetsnyckel är inte tillgänglig. Ladda om sidan och försök igen.
webauthn-rp-mismatch = Sidan visas från { $host }, men dess nycklar och säkerhetsnycklar hör till { $rp_id }. Öppna sidan på { $rp_id } (eller en underdomän till den).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Svenska
language-menu-label = Språk

## Sign-in steps (identifier first: the account in use)
identifier-change = Använd ett annat konto

## OAuth2 consent (Hydra)
consent-title = Tillåt åtkomst
# $client is shown in its own element.
consent-heading = Vill du ge { $client } åtkomst till ditt konto?
consent-asks = Appen ber om att:
consent-scope-openid = Få veta vem du är (krävs)
consent-scope-email = Se din e-postadress
consent-scope-profile = Se ditt namn
consent-scope-offline = Vara ansluten när du inte är här
consent-remember = Kom ihåg det här beslutet
consent-allow = Tillåt
consent-deny = Neka
consent-link-website = Appens webbplats
consent-link-policy = Integritetspolicy
consent-link-tos = Användarvillkor

## OAuth2 sign-out (Hydra)
logout-title = Logga ut
logout-question = Vill du logga ut?
logout-question-client = { $client } vill logga ut dig. Vill du logga ut?
logout-accept = Ja, logga ut mig
logout-reject = Nej, förbli inloggad

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = Auktoriseringstjänsten går inte att nå just nu. Försök igen om en stund.
error-hydra-malformed-message = Auktoriseringstjänsten skickade ett svar som den här sidan inte kan läsa. Försök igen.
error-too-large-message = Identitetstjänsten skickade ett för stort svar. Försök igen.
error-hydra-too-large-message = Auktoriseringstjänsten skickade ett för stort svar. Försök igen.
error-hydra-answered-title = Den här begäran har redan besvarats
error-hydra-answered-message = Det här inloggningssteget är redan klart. Fortsätt för att starta auktoriseringen igen.
error-continue = Fortsätt
error-hydra-invalid-title = Den här inloggningsbegäran kan inte användas
error-hydra-invalid-message = Begäran är okänd, har gått ut eller har redan använts. Gå tillbaka till appen och logga in igen.
error-hydra-expired-title = Den här inloggningsbegäran har gått ut
error-hydra-expired-message = Den slutfördes inte i tid. Gå tillbaka till appen och logga in igen.
error-csrf-title = Formuläret har gått ut
error-csrf-message = Formuläret skickades utan giltig säkerhetstoken (CSRF). Gå tillbaka, ladda om sidan och försök igen.
error-oauth2-off-title = OAuth2 är inte konfigurerat
error-oauth2-off-message = Servern startades utan HYDRA_ADMIN_URL och svarar därför inte på OAuth2-begäranden om samtycke eller utloggning.
error-no-randomness-message = Sidan kunde inte skyddas. Försök igen.
error-oauth2-title = Appens begäran kunde inte slutföras
error-oauth2-message = Auktoriseringsbegäran misslyckades.
error-missing-consent-challenge = Den här samtyckessidan behöver den consent_challenge som Hydra skickar med. Gå tillbaka till appen och logga in igen.
error-missing-consent-decision = Samtyckesformuläret skickades utan beslut (Tillåt eller Neka).
error-missing-logout-challenge = Den här utloggningssidan behöver den logout_challenge som Hydra skickar med.
error-missing-logout-answer = Utloggningsformuläret skickades utan svar (Ja eller Nej).

## Redesign (issue 15)
identifier-use-another-address = Använd en annan adress
settings-nav-label = Avsnitt i inställningarna
settings-button-profile = Spara profil
settings-button-password = Byt lösenord
settings-button-totp = Aktivera autentiseringsappen
forms-divider-or = eller

datetime-utc = { $day } { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year } kl. { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Fortsätt med e-post
continue-heading = Fortsätt med e-post
continue-intro = Logga in eller skapa ett konto med din e-postadress. Vi skickar en kod till dig.
continue-email-label = E-postadress
continue-submit = Fortsätt
continue-other-ways = Andra sätt att logga in
continue-code-title = Ange din kod
continue-code-heading = Ange din kod
continue-code-sent = Ange koden vi skickade till { $address }.
continue-code-label = Kod
continue-resend = Skicka en ny kod
continue-expired-message = Det tog för lång tid. Fortsätt igen för att få en kod.
continue-refused-message = Den här adressen kan inte användas här. Kontrollera den och försök igen.
