page-title = { $title } · { $brand }
flow-title-login = Se connecter
flow-title-login-second-factor = Second facteur d’authentification
flow-title-login-refresh = Confirmez qu’il s’agit bien de vous
flow-title-registration = Créer un compte
flow-title-recovery = Récupérer votre compte
flow-title-verification = Vérifier votre compte
flow-title-settings = Paramètres du compte
link-sign-up = Créer un compte
link-forgot-password = Mot de passe oublié ?
link-have-account = Vous avez déjà un compte ? Se connecter
link-back-to-sign-in = Retour à la connexion
link-back-to-account = Retour à votre compte
link-sign-out = Se déconnecter
settings-heading-profile = Profil
settings-heading-password = Mot de passe
settings-heading-lookup-secret = Codes de secours de la double authentification
settings-heading-totp = Application d’authentification (double authentification)
settings-heading-webauthn = Clés de sécurité
settings-heading-passkey = Clés d’accès
settings-heading-oidc = Connexion via un réseau social
node-needs-javascript = Cette option nécessite JavaScript.
welcome-title = Bienvenue
welcome-heading = Bienvenue
welcome-signed-in-as = Vous êtes connecté en tant que { $email }.
welcome-assurance-level = Niveau de sécurité
welcome-signed-in-with = Connecté avec
welcome-link-settings = Paramètres du compte
welcome-link-sessions = Détails de la session
welcome-signed-out = Vous n’êtes pas connecté.
welcome-link-sign-in = Se connecter
sessions-title = Session
sessions-heading = Votre session
link-back = Retour
error-details-status = statut : { $status }
error-details-id = id : { $id }
error-technical-details = Détails techniques
error-link-home = Aller à votre compte
error-retry = Réessayer
error-start-again = Recommencer
error-sign-in-again = Se reconnecter
error-unavailable-title = La connexion est indisponible
error-unavailable-message = Le service d’identité est injoignable pour le moment. Veuillez réessayer dans un instant.
error-generic-title = Un problème est survenu
error-malformed-message = Le service d’identité a envoyé une réponse que cette page ne sait pas lire. Veuillez réessayer.
error-refused-message = Le service d’identité a refusé cette demande.
error-bad-request-title = Ce lien est incomplet
error-missing-id-message = Cette page d’erreur a besoin d’un identifiant d’erreur (?id=…).
error-unknown-id-message = Cette erreur est inconnue (elle a peut-être expiré). Veuillez recommencer.
error-not-found-title = Page introuvable
error-not-found-message = Il n’y a rien à cette adresse.
error-stored-title = Une erreur est survenue
webauthn-insecure-context = Les clés d’accès et les clés de sécurité exigent une connexion sécurisée : cette page doit être servie en HTTPS (ou depuis localhost).
webauthn-unsupported = Ce navigateur ne prend pas en charge les clés d’accès ni les clés de sécurité. Utilisez un navigateur récent ou connectez-vous autrement.
webauthn-script-failed = Le script des clés d’accès n’a pas pu être chargé. Vérifiez votre connexion et rechargez la page.
webauthn-cancelled = La demande de clé d’accès ou de clé de sécurité a été annulée ou a expiré. Veuillez réessayer.
webauthn-already-registered = Cette clé d’accès ou clé de sécurité est déjà enregistrée pour ce compte.
webauthn-security = Le navigateur a refusé la demande : l’adresse de cette page ne correspond pas au domaine de la clé d’accès.
webauthn-failed = L’opération avec la clé d’accès ou la clé de sécurité a échoué.
webauthn-failed-detail = L’opération avec la clé d’accès ou la clé de sécurité a échoué : { $detail }
webauthn-not-ready = Cette action avec une clé d’accès ou une clé de sécurité n’est pas disponible. Rechargez la page et réessayez.
webauthn-rp-mismatch = Cette page est servie depuis { $host }, mais ses clés d’accès et clés de sécurité appartiennent à { $rp_id }. Ouvrez la page sur { $rp_id } (ou l’un de ses sous-domaines).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Français
language-menu-label = Langue

## Sign-in steps (identifier first: the account in use)
identifier-change = Utiliser un autre compte

## OAuth2 consent (Hydra)
consent-title = Autoriser l’accès
# $client is shown in its own element.
consent-heading = Autoriser { $client } à accéder à votre compte ?
consent-asks = L’application demande à :
consent-scope-openid = Savoir qui vous êtes (obligatoire)
consent-scope-email = Voir votre adresse e-mail
consent-scope-profile = Voir votre nom
consent-scope-offline = Rester connectée en votre absence
consent-remember = Mémoriser ce choix
consent-allow = Autoriser
consent-deny = Refuser
consent-link-website = Site de l’application
consent-link-policy = Politique de confidentialité
consent-link-tos = Conditions d’utilisation

## OAuth2 sign-out (Hydra)
logout-title = Se déconnecter
logout-question = Voulez-vous vous déconnecter ?
logout-question-client = { $client } demande à vous déconnecter. Voulez-vous vous déconnecter ?
logout-accept = Oui, me déconnecter
logout-reject = Non, rester connecté

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = Le service d’autorisation est injoignable pour le moment. Veuillez réessayer dans un instant.
error-hydra-malformed-message = Le service d’autorisation a envoyé une réponse que cette page ne peut pas lire. Veuillez réessayer.
error-too-large-message = Le service d’identité a envoyé une réponse trop volumineuse. Veuillez réessayer.
error-hydra-too-large-message = Le service d’autorisation a envoyé une réponse trop volumineuse. Veuillez réessayer.
error-hydra-answered-title = Cette demande a déjà reçu une réponse
error-hydra-answered-message = Cette étape de connexion est déjà terminée. Continuez pour relancer l’autorisation.
error-continue = Continuer
error-hydra-invalid-title = Cette demande de connexion ne peut pas être utilisée
error-hydra-invalid-message = La demande est inconnue, a expiré ou a déjà été utilisée. Revenez à l’application et reconnectez-vous.
error-hydra-expired-title = Cette demande de connexion a expiré
error-hydra-expired-message = Elle n’a pas été terminée à temps. Revenez à l’application et connectez-vous de nouveau.
error-csrf-title = Ce formulaire a expiré
error-csrf-message = Le formulaire a été envoyé sans jeton de sécurité (CSRF) valide. Revenez en arrière, rechargez la page et réessayez.
error-oauth2-off-title = OAuth2 n’est pas configuré
error-oauth2-off-message = Ce serveur a été démarré sans HYDRA_ADMIN_URL : il ne répond donc pas aux demandes de consentement ni de déconnexion OAuth2.
error-no-randomness-message = Cette page n’a pas pu être sécurisée. Veuillez réessayer.
error-oauth2-title = La demande de l’application n’a pas pu aboutir
error-oauth2-message = La demande d’autorisation a échoué.
error-missing-consent-challenge = Cette page de consentement a besoin du paramètre consent_challenge envoyé par Hydra. Revenez à l’application et reconnectez-vous.
error-missing-consent-decision = Le formulaire de consentement a été envoyé sans décision (Autoriser ou Refuser).
error-missing-logout-challenge = Cette page de déconnexion a besoin du paramètre logout_challenge envoyé par Hydra.
error-missing-logout-answer = Le formulaire de déconnexion a été envoyé sans réponse (Oui ou Non).

## Redesign (issue 15)
identifier-use-another-address = Utiliser une autre adresse
settings-nav-label = Sections des paramètres
settings-button-profile = Enregistrer le profil
settings-button-password = Changer le mot de passe
settings-button-totp = Activer l’application d’authentification
forms-divider-or = ou

datetime-utc = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year } à { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Continuer avec l’e-mail
continue-heading = Continuer avec l’e-mail
continue-intro = Connectez-vous ou créez un compte avec votre adresse e-mail. Nous vous enverrons un code.
continue-email-label = Adresse e-mail
continue-submit = Continuer
continue-other-ways = Autres moyens de se connecter
continue-code-title = Saisissez votre code
continue-code-heading = Saisissez votre code
continue-code-sent = Saisissez le code envoyé à { $address }.
continue-code-label = Code
continue-resend = Envoyer un nouveau code
continue-expired-message = Cela a pris trop de temps. Continuez à nouveau pour recevoir un code.
continue-refused-message = Cette adresse ne peut pas être utilisée ici. Vérifiez-la et réessayez.
