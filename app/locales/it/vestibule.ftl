page-title = { $title } · { $brand }
flow-title-login = Accedi
flow-title-login-second-factor = Secondo fattore di autenticazione
flow-title-login-refresh = Conferma che sei tu
flow-title-registration = Crea un account
flow-title-recovery = Recupera il tuo account
flow-title-verification = Verifica il tuo account
flow-title-settings = Impostazioni dell’account
link-sign-up = Crea un account
link-forgot-password = Password dimenticata?
link-have-account = Hai già un account? Accedi
link-back-to-sign-in = Torna all’accesso
link-back-to-account = Torna al tuo account
link-sign-out = Esci
settings-heading-profile = Profilo
settings-heading-password = Password
settings-heading-lookup-secret = Codici di backup per la verifica in due passaggi
settings-heading-totp = App di autenticazione per la verifica in due passaggi
settings-heading-webauthn = Chiavi di sicurezza
settings-heading-passkey = Passkey
settings-heading-oidc = Accesso con social network
node-needs-javascript = Questa opzione richiede JavaScript.
welcome-title = Ti diamo il benvenuto
welcome-heading = Ti diamo il benvenuto
welcome-signed-in-as = Hai effettuato l’accesso come { $email }.
welcome-assurance-level = Livello di sicurezza
welcome-signed-in-with = Accesso effettuato con
welcome-link-settings = Impostazioni dell’account
welcome-link-sessions = Dettagli della sessione
welcome-signed-out = Non hai effettuato l’accesso.
welcome-link-sign-in = Accedi
sessions-title = Sessione
sessions-heading = La tua sessione
link-back = Indietro
error-details-status = stato: { $status }
error-details-id = id: { $id }
error-technical-details = Dettagli tecnici
error-link-home = Vai al tuo account
error-retry = Riprova
error-start-again = Ricomincia
error-sign-in-again = Accedi di nuovo
error-unavailable-title = Accesso non disponibile
error-unavailable-message = Al momento il servizio di identità non è raggiungibile. Riprova tra poco.
error-generic-title = Qualcosa è andato storto
error-malformed-message = Il servizio di identità ha inviato una risposta che questa pagina non riesce a leggere. Riprova.
error-refused-message = Il servizio di identità ha rifiutato questa richiesta.
error-bad-request-title = Questo link è incompleto
error-missing-id-message = Questa pagina di errore richiede un identificativo di errore (?id=…).
error-unknown-id-message = Questo errore non è noto (potrebbe essere scaduto). Ricomincia da capo.
error-not-found-title = Pagina non trovata
error-not-found-message = A questo indirizzo non c’è niente.
error-stored-title = Si è verificato un errore
webauthn-insecure-context = Passkey e chiavi di sicurezza richiedono una connessione sicura: questa pagina deve essere servita via HTTPS (o da localhost).
webauthn-unsupported = Questo browser non supporta passkey né chiavi di sicurezza. Usa un browser aggiornato o accedi in un altro modo.
webauthn-script-failed = Non è stato possibile caricare lo script delle passkey. Controlla la connessione e ricarica la pagina.
webauthn-cancelled = La richiesta della passkey o della chiave di sicurezza è stata annullata o è scaduta. Riprova.
webauthn-already-registered = Questa passkey o chiave di sicurezza è già registrata per questo account.
webauthn-security = Il browser ha rifiutato la richiesta: l’indirizzo di questa pagina non corrisponde al dominio a cui appartiene la passkey.
webauthn-failed = L’operazione con la passkey o la chiave di sicurezza non è riuscita.
webauthn-failed-detail = L’operazione con la passkey o la chiave di sicurezza non è riuscita: { $detail }
webauthn-not-ready = Questa azione con passkey o chiave di sicurezza non è disponibile. Ricarica la pagina e riprova.
webauthn-rp-mismatch = Questa pagina è servita da { $host }, ma le sue passkey e chiavi di sicurezza appartengono a { $rp_id }. Apri la pagina su { $rp_id } (o su un suo sottodominio).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Italiano
language-menu-label = Lingua

## Sign-in steps (identifier first: the account in use)
identifier-change = Usa un altro account

## OAuth2 consent (Hydra)
consent-title = Consenti l’accesso
# $client is shown in its own element.
consent-heading = Consentire a { $client } di accedere al tuo account?
consent-asks = L’applicazione chiede di:
consent-scope-openid = Sapere chi sei (obbligatorio)
consent-scope-email = Vedere il tuo indirizzo email
consent-scope-profile = Vedere il tuo nome
consent-scope-offline = Restare connessa quando non ci sei
consent-remember = Ricorda questa scelta
consent-allow = Consenti
consent-deny = Nega
consent-link-website = Sito web dell’applicazione
consent-link-policy = Informativa sulla privacy
consent-link-tos = Termini di servizio

## OAuth2 sign-out (Hydra)
logout-title = Esci
logout-question = Vuoi uscire?
logout-question-client = { $client } chiede di farti uscire. Vuoi uscire?
logout-accept = Sì, esci
logout-reject = No, resta connesso

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = Il servizio di autorizzazione non è raggiungibile in questo momento. Riprova tra poco.
error-hydra-malformed-message = Il servizio di autorizzazione ha inviato una risposta che questa pagina non riesce a leggere. Riprova.
error-too-large-message = Il servizio di identità ha inviato una risposta troppo grande. Riprova.
error-hydra-too-large-message = Il servizio di autorizzazione ha inviato una risposta troppo grande. Riprova.
error-hydra-answered-title = A questa richiesta è già stata data risposta
error-hydra-answered-message = Questo passaggio di accesso è già stato completato. Continua per avviare di nuovo l’autorizzazione.
error-continue = Continua
error-hydra-invalid-title = Questa richiesta di accesso non può essere usata
error-hydra-invalid-message = La richiesta è sconosciuta, è scaduta o è già stata usata. Torna all’applicazione e accedi di nuovo.
error-hydra-expired-title = Questa richiesta di accesso è scaduta
error-hydra-expired-message = Non è stata completata in tempo. Torna all’applicazione e accedi di nuovo.
error-csrf-title = Questo modulo è scaduto
error-csrf-message = Il modulo è stato inviato senza un token di sicurezza (CSRF) valido. Torna indietro, ricarica la pagina e riprova.
error-oauth2-off-title = OAuth2 non è configurato
error-oauth2-off-message = Questo server è stato avviato senza HYDRA_ADMIN_URL, quindi non risponde alle richieste OAuth2 di consenso o di uscita.
error-no-randomness-message = Non è stato possibile proteggere questa pagina. Riprova.
error-oauth2-title = Non è stato possibile completare la richiesta dell’applicazione
error-oauth2-message = La richiesta di autorizzazione non è riuscita.
error-missing-consent-challenge = Questa pagina di consenso ha bisogno del consent_challenge inviato da Hydra. Torna all’applicazione e accedi di nuovo.
error-missing-consent-decision = Il modulo di consenso è stato inviato senza una scelta (Consenti o Nega).
error-missing-logout-challenge = Questa pagina di uscita ha bisogno del logout_challenge inviato da Hydra.
error-missing-logout-answer = Il modulo di uscita è stato inviato senza una risposta (Sì o No).

## Redesign (issue 15)
identifier-use-another-address = Usa un altro indirizzo
settings-nav-label = Sezioni delle impostazioni
settings-button-profile = Salva profilo
settings-button-password = Cambia password
settings-button-totp = Attiva l’app di autenticazione
forms-divider-or = o

datetime-utc = { $day } { $month ->
        [1] gennaio
        [2] febbraio
        [3] marzo
        [4] aprile
        [5] maggio
        [6] giugno
        [7] luglio
        [8] agosto
        [9] settembre
        [10] ottobre
        [11] novembre
       *[12] dicembre
    } { $year }, { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Continua con l’email
continue-heading = Continua con l’email
continue-intro = Accedi o crea un account con il tuo indirizzo email. Ti invieremo un codice.
continue-email-label = Indirizzo email
continue-submit = Continua
continue-other-ways = Altri modi per accedere
continue-code-title = Inserisci il codice
continue-code-heading = Inserisci il codice
continue-code-sent = Inserisci il codice che abbiamo inviato a { $address }.
continue-code-label = Codice
continue-resend = Invia un nuovo codice
continue-expired-message = Ci è voluto troppo tempo. Continua di nuovo per ricevere un codice.
continue-refused-message = Questo indirizzo non può essere usato qui. Controllalo e riprova.
