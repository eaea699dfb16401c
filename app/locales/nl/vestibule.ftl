page-title = { $title } · { $brand }
flow-title-login = Inloggen
flow-title-login-second-factor = Tweede verificatiestap
flow-title-login-refresh = Bevestig dat jij het bent
flow-title-registration = Account aanmaken
flow-title-recovery = Account herstellen
flow-title-verification = Account verifiëren
flow-title-settings = Accountinstellingen
link-sign-up = Account aanmaken
link-forgot-password = Wachtwoord vergeten?
link-have-account = Heb je al een account? Inloggen
link-back-to-sign-in = Terug naar inloggen
link-back-to-account = Terug naar je account
link-sign-out = Uitloggen
settings-heading-profile = Profiel
settings-heading-password = Wachtwoord
settings-heading-lookup-secret = Back-upcodes voor tweestapsverificatie
settings-heading-totp = Authenticator-app voor tweestapsverificatie
settings-heading-webauthn = Beveiligingssleutels
settings-heading-passkey = Passkeys
settings-heading-oidc = Inloggen via sociale media
node-needs-javascript = Voor deze optie is JavaScript nodig.
welcome-title = Welkom
welcome-heading = Welkom
welcome-signed-in-as = Je bent ingelogd als { $email }.
welcome-assurance-level = Beveiligingsniveau
welcome-signed-in-with = Ingelogd met
welcome-link-settings = Accountinstellingen
welcome-link-sessions = Sessiegegevens
welcome-signed-out = Je bent niet ingelogd.
welcome-link-sign-in = Inloggen
sessions-title = Sessie
sessions-heading = Je sessie
link-back = Terug
error-details-status = status: { $status }
error-details-id = id: { $id }
error-technical-details = Technische details
error-link-home = Naar je account
error-retry = Opnieuw proberen
error-start-again = Opnieuw beginnen
error-sign-in-again = Opnieuw inloggen
error-unavailable-title = Inloggen is niet beschikbaar
error-unavailable-message = De identiteitsdienst is op dit moment niet bereikbaar. Probeer het zo opnieuw.
error-generic-title = Er is iets misgegaan
error-malformed-message = De identiteitsdienst stuurde een antwoord dat deze pagina niet kan lezen. Probeer het opnieuw.
error-refused-message = De identiteitsdienst heeft dit verzoek geweigerd.
error-bad-request-title = Deze link is onvolledig
error-missing-id-message = Deze foutpagina heeft een fout-id nodig (?id=…).
error-unknown-id-message = Deze fout is onbekend (misschien is hij verlopen). Begin opnieuw.
error-not-found-title = Pagina niet gevonden
error-not-found-message = Op dit adres staat niets.
error-stored-title = Er is een fout opgetreden
webauthn-insecure-context = Passkeys en beveiligingssleutels hebben een beveiligde verbinding nodig: deze pagina moet via HTTPS (of vanaf localhost) worden geladen.
webauthn-unsupported = Deze browser ondersteunt geen passkeys of beveiligingssleutels. Gebruik een recente browser of log op een andere manier in.
webauthn-script-failed = Het passkey-script kon niet worden geladen. Controleer je verbinding en laad de pagina opnieuw.
webauthn-cancelled = Het verzoek voor de passkey of beveiligingssleutel is geannuleerd of verlopen. Probeer het opnieuw.
webauthn-already-registered = Deze passkey of beveiligingssleutel is al voor dit account geregistreerd.
webauthn-security = De browser heeft het verzoek geweigerd: het adres van deze pagina past niet bij het domein waar de passkey bij hoort.
webauthn-failed = De actie met de passkey of beveiligingssleutel is mislukt.
webauthn-failed-detail = De actie met de passkey of beveiligingssleutel is mislukt: { $detail }
webauthn-not-ready = Deze actie met een passkey of beveiligingssleutel is niet beschikbaar. Laad de pagina opnieuw en probeer het nog eens.
webauthn-rp-mismatch = Deze pagina wordt geladen vanaf { $host }, maar de passkeys en beveiligingssleutels horen bij { $rp_id }. Open de pagina op { $rp_id } (of een subdomein daarvan).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Nederlands
language-menu-label = Taal

## Sign-in steps (identifier first: the account in use)
identifier-change = Ander account gebruiken

## OAuth2 consent (Hydra)
consent-title = Toegang toestaan
# $client is shown in its own element.
consent-heading = { $client } toegang geven tot je account?
consent-asks = De applicatie vraagt om:
consent-scope-openid = Te weten wie je bent (vereist)
consent-scope-email = Je e-mailadres te zien
consent-scope-profile = Je naam te zien
consent-scope-offline = Verbonden te blijven als je er niet bent
consent-remember = Deze keuze onthouden
consent-allow = Toestaan
consent-deny = Weigeren
consent-link-website = Website van de applicatie
consent-link-policy = Privacybeleid
consent-link-tos = Gebruiksvoorwaarden

## OAuth2 sign-out (Hydra)
logout-title = Afmelden
logout-question = Wil je je afmelden?
logout-question-client = { $client } vraagt om je af te melden. Wil je je afmelden?
logout-accept = Ja, meld me af
logout-reject = Nee, blijf aangemeld

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = De autorisatiedienst is nu niet bereikbaar. Probeer het zo meteen opnieuw.
error-hydra-malformed-message = De autorisatiedienst stuurde een antwoord dat deze pagina niet kan lezen. Probeer het opnieuw.
error-too-large-message = De identiteitsdienst stuurde een te groot antwoord. Probeer het opnieuw.
error-hydra-too-large-message = De autorisatiedienst stuurde een te groot antwoord. Probeer het opnieuw.
error-hydra-answered-title = Dit verzoek is al beantwoord
error-hydra-answered-message = Deze aanmeldstap is al voltooid. Ga verder om de autorisatie opnieuw te starten.
error-continue = Verder
error-hydra-invalid-title = Dit aanmeldverzoek kan niet worden gebruikt
error-hydra-invalid-message = Het verzoek is onbekend, verlopen of al gebruikt. Ga terug naar de applicatie en meld je opnieuw aan.
error-hydra-expired-title = Dit aanmeldverzoek is verlopen
error-hydra-expired-message = Het is niet op tijd afgerond. Ga terug naar de applicatie en meld je opnieuw aan.
error-csrf-title = Dit formulier is verlopen
error-csrf-message = Het formulier is verstuurd zonder geldig beveiligingstoken (CSRF). Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-oauth2-off-title = OAuth2 is niet ingesteld
error-oauth2-off-message = Deze server is gestart zonder HYDRA_ADMIN_URL en beantwoordt dus geen OAuth2-verzoeken om toestemming of afmelding.
error-no-randomness-message = Deze pagina kon niet worden beveiligd. Probeer het opnieuw.
error-oauth2-title = Het verzoek van de applicatie kon niet worden voltooid
error-oauth2-message = Het autorisatieverzoek is mislukt.
error-missing-consent-challenge = Deze toestemmingspagina heeft de consent_challenge nodig die Hydra meestuurt. Ga terug naar de applicatie en meld je opnieuw aan.
error-missing-consent-decision = Het toestemmingsformulier is verstuurd zonder keuze (Toestaan of Weigeren).
error-missing-logout-challenge = Deze afmeldpagina heeft de logout_challenge nodig die Hydra meestuurt.
error-missing-logout-answer = Het afmeldformulier is verstuurd zonder antwoord (Ja of Nee).

## Redesign (issue 15)
identifier-use-another-address = Een ander adres gebruiken
settings-nav-label = Onderdelen van de instellingen
settings-button-profile = Profiel opslaan
settings-button-password = Wachtwoord wijzigen
settings-button-totp = Authenticator-app inschakelen
forms-divider-or = of

datetime-utc = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year } om { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Doorgaan met e-mail
continue-heading = Doorgaan met e-mail
continue-intro = Log in of maak een account aan met je e-mailadres. We sturen je een code.
continue-email-label = E-mailadres
continue-submit = Doorgaan
continue-other-ways = Andere manieren om in te loggen
continue-code-title = Voer je code in
continue-code-heading = Voer je code in
continue-code-sent = Voer de code in die we naar { $address } hebben gestuurd.
continue-code-label = Code
continue-resend = Nieuwe code sturen
continue-expired-message = Dat duurde te lang. Ga opnieuw door om een code te krijgen.
continue-refused-message = Dit adres kan hier niet worden gebruikt. Controleer het en probeer het opnieuw.
