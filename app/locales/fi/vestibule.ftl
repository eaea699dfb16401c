page-title = { $title } · { $brand }
flow-title-login = Kirjaudu sisään
flow-title-login-second-factor = Kaksivaiheinen tunnistautuminen
flow-title-login-refresh = Vahvista henkilöllisyytesi
flow-title-registration = Luo tili
flow-title-recovery = Palauta tilisi
flow-title-verification = Vahvista tilisi
flow-title-settings = Tilin asetukset
link-sign-up = Luo tili
link-forgot-password = Unohditko salasanasi?
link-have-account = Onko sinulla jo tili? Kirjaudu sisään
link-back-to-sign-in = Takaisin kirjautumiseen
link-back-to-account = Takaisin tiliisi
link-sign-out = Kirjaudu ulos
settings-heading-profile = Profiili
settings-heading-password = Salasana
settings-heading-lookup-secret = Kaksivaiheisen tunnistautumisen varakoodit
settings-heading-totp = Kaksivaiheisen tunnistautumisen todennussovellus
settings-heading-webauthn = Suojausavaimet
settings-heading-passkey = Pääsyavaimet
settings-heading-oidc = Kirjautuminen sosiaalisen median tilillä
node-needs-javascript = Tämä vaihtoehto vaatii JavaScriptin.
welcome-title = Tervetuloa
welcome-heading = Tervetuloa
welcome-signed-in-as = Olet kirjautunut käyttäjänä { $email }.
welcome-assurance-level = Suojaustaso
welcome-signed-in-with = Kirjautumistapa
welcome-link-settings = Tilin asetukset
welcome-link-sessions = Istunnon tiedot
welcome-signed-out = Et ole kirjautunut sisään.
welcome-link-sign-in = Kirjaudu sisään
sessions-title = Istunto
sessions-heading = Istuntosi
link-back = Takaisin
error-details-status = tila: { $status }
error-details-id = tunnus: { $id }
error-technical-details = Tekniset tiedot
error-link-home = Siirry tiliisi
error-retry = Yritä uudelleen
error-start-again = Aloita alusta
error-sign-in-again = Kirjaudu uudelleen
error-unavailable-title = Kirjautuminen ei ole käytettävissä
error-unavailable-message = Tunnistuspalveluun ei juuri nyt saada yhteyttä. Yritä hetken kuluttua uudelleen.
error-generic-title = Jokin meni vikaan
error-malformed-message = Tunnistuspalvelu lähetti vastauksen, jota tämä sivu ei osaa lukea. Yritä uudelleen.
error-refused-message = Tunnistuspalvelu hylkäsi pyynnön.
error-bad-request-title = Linkki on puutteellinen
error-missing-id-message = Tämä virhesivu tarvitsee virheen tunnuksen (?id=…).
error-unknown-id-message = Virhettä ei tunneta (se on voinut vanhentua). Aloita alusta.
error-not-found-title = Sivua ei löytynyt
error-not-found-message = Tässä osoitteessa ei ole mitään.
error-stored-title = Tapahtui virhe
webauthn-insecure-context = Pääsyavaimet ja suojausavaimet vaativat suojatun yhteyden: sivu on avattava HTTPS-yhteydellä (tai osoitteesta localhost).
webauthn-unsupported = Tämä selain ei tue pääsyavaimia eikä suojausavaimia. Käytä ajantasaista selainta tai kirjaudu muulla tavalla.
webauthn-script-failed = Pääsyavainten skriptiä ei voitu ladata. Tarkista yhteys ja lataa sivu uudelleen.
webauthn-cancelled = Pääsyavaimen tai suojausavaimen pyyntö peruttiin tai aikakatkaistiin. Yritä uudelleen.
webauthn-already-registered = Tämä pääsyavain tai suojausavain on jo rekisteröity tälle tilille.
webauthn-security = Selain hylkäsi pyynnön: tämän sivun osoite ei vastaa verkkotunnusta, johon pääsyavain kuuluu.
webauthn-failed = Pääsyavaimen tai suojausavaimen toiminto epäonnistui.
webauthn-failed-detail = Pääsyavaimen tai suojausavaimen toiminto epäonnistui: { $detail }
webauthn-not-ready = Tämä pääsyavaimen tai suojausavaimen toiminto ei ole käytettävissä. Lataa sivu uudelleen ja yritä uudestaan.
webauthn-rp-mismatch = Tämä sivu on avattu osoitteesta { $host }, mutta sen pääsyavaimet ja suojausavaimet kuuluvat verkkotunnukselle { $rp_id }. Avaa sivu osoitteessa { $rp_id } (tai sen aliverkkotunnuksessa).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Suomi
language-menu-label = Kieli

## Sign-in steps (identifier first: the account in use)
identifier-change = Käytä toista tiliä

## OAuth2 consent (Hydra)
consent-title = Salli pääsy
# $client is shown in its own element.
consent-heading = Sallitaanko sovellukselle { $client } pääsy tiliisi?
consent-asks = Sovellus pyytää lupaa:
consent-scope-openid = Tietää, kuka olet (pakollinen)
consent-scope-email = Nähdä sähköpostiosoitteesi
consent-scope-profile = Nähdä nimesi
consent-scope-offline = Pysyä yhteydessä, kun et ole paikalla
consent-remember = Muista tämä päätös
consent-allow = Salli
consent-deny = Estä
consent-link-website = Sovelluksen verkkosivusto
consent-link-policy = Tietosuojakäytäntö
consent-link-tos = Käyttöehdot

## OAuth2 sign-out (Hydra)
logout-title = Kirjaudu ulos
logout-question = Haluatko kirjautua ulos?
logout-question-client = { $client } pyytää kirjaamaan sinut ulos. Haluatko kirjautua ulos?
logout-accept = Kyllä, kirjaa minut ulos
logout-reject = Ei, pysy kirjautuneena

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = Valtuutuspalveluun ei juuri nyt saada yhteyttä. Yritä hetken kuluttua uudelleen.
error-hydra-malformed-message = Valtuutuspalvelu lähetti vastauksen, jota tämä sivu ei pysty lukemaan. Yritä uudelleen.
error-too-large-message = Identiteettipalvelu lähetti liian suuren vastauksen. Yritä uudelleen.
error-hydra-too-large-message = Valtuutuspalvelu lähetti liian suuren vastauksen. Yritä uudelleen.
error-hydra-answered-title = Tähän pyyntöön on jo vastattu
error-hydra-answered-message = Tämä kirjautumisvaihe on jo suoritettu. Jatka aloittaaksesi valtuutuksen uudelleen.
error-continue = Jatka
error-hydra-invalid-title = Tätä kirjautumispyyntöä ei voi käyttää
error-hydra-invalid-message = Pyyntö on tuntematon, vanhentunut tai jo käytetty. Palaa sovellukseen ja kirjaudu uudelleen.
error-hydra-expired-title = Tämä kirjautumispyyntö on vanhentunut
error-hydra-expired-message = Sitä ei viety loppuun ajoissa. Palaa sovellukseen ja kirjaudu uudelleen.
error-csrf-title = Lomake on vanhentunut
error-csrf-message = Lomake lähetettiin ilman kelvollista suojaustunnistetta (CSRF). Palaa takaisin, lataa sivu uudelleen ja yritä uudelleen.
error-oauth2-off-title = OAuth2:ta ei ole määritetty
error-oauth2-off-message = Palvelin käynnistettiin ilman HYDRA_ADMIN_URL-asetusta, joten se ei vastaa OAuth2-suostumus- tai uloskirjautumispyyntöihin.
error-no-randomness-message = Tätä sivua ei voitu suojata. Yritä uudelleen.
error-oauth2-title = Sovelluksen pyyntöä ei voitu suorittaa loppuun
error-oauth2-message = Valtuutuspyyntö epäonnistui.
error-missing-consent-challenge = Tämä suostumussivu tarvitsee Hydran mukana lähettämän consent_challenge-arvon. Palaa sovellukseen ja kirjaudu uudelleen.
error-missing-consent-decision = Suostumuslomake lähetettiin ilman päätöstä (Salli tai Estä).
error-missing-logout-challenge = Tämä uloskirjautumissivu tarvitsee Hydran mukana lähettämän logout_challenge-arvon.
error-missing-logout-answer = Uloskirjautumislomake lähetettiin ilman vastausta (Kyllä tai Ei).

## Redesign (issue 15)
identifier-use-another-address = Käytä toista osoitetta
settings-nav-label = Asetusten osiot
settings-button-profile = Tallenna profiili
settings-button-password = Vaihda salasana
settings-button-totp = Ota todennussovellus käyttöön
forms-divider-or = tai

datetime-utc = { $day }. { $month ->
        [1] tammikuuta
        [2] helmikuuta
        [3] maaliskuuta
        [4] huhtikuuta
        [5] toukokuuta
        [6] kesäkuuta
        [7] heinäkuuta
        [8] elokuuta
        [9] syyskuuta
        [10] lokakuuta
        [11] marraskuuta
       *[12] joulukuuta
    } { $year } klo { $hour }.{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Jatka sähköpostilla
continue-heading = Jatka sähköpostilla
continue-intro = Kirjaudu sisään tai luo tili sähköpostiosoitteellasi. Lähetämme sinulle koodin.
continue-email-label = Sähköpostiosoite
continue-submit = Jatka
continue-other-ways = Muut tavat kirjautua
continue-code-title = Anna koodi
continue-code-heading = Anna koodi
continue-code-sent = Anna koodi, jonka lähetimme osoitteeseen { $address }.
continue-code-label = Koodi
continue-resend = Lähetä uusi koodi
continue-expired-message = Se kesti liian kauan. Jatka uudelleen saadaksesi koodin.
continue-refused-message = Tätä osoitetta ei voi käyttää tässä. Tarkista se ja yritä uudelleen.
