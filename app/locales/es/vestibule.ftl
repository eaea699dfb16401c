page-title = { $title } · { $brand }
flow-title-login = Iniciar sesión
flow-title-login-second-factor = Segundo factor de autenticación
flow-title-login-refresh = Confirma que eres tú
flow-title-registration = Crear una cuenta
flow-title-recovery = Recuperar tu cuenta
flow-title-verification = Verificar tu cuenta
flow-title-settings = Configuración de la cuenta
link-sign-up = Crear una cuenta
link-forgot-password = ¿Olvidaste tu contraseña?
link-have-account = ¿Ya tienes una cuenta? Inicia sesión
link-back-to-sign-in = Volver al inicio de sesión
link-back-to-account = Volver a tu cuenta
link-sign-out = Cerrar sesión
settings-heading-profile = Perfil
settings-heading-password = Contraseña
settings-heading-lookup-secret = Códigos de respaldo de la verificación en dos pasos
settings-heading-totp = Aplicación de autenticación (verificación en dos pasos)
settings-heading-webauthn = Llaves de seguridad
settings-heading-passkey = Llaves de acceso
settings-heading-oidc = Inicio de sesión con redes sociales
node-needs-javascript = Esta opción necesita JavaScript.
welcome-title = Te damos la bienvenida
welcome-heading = Te damos la bienvenida
welcome-signed-in-as = Has iniciado sesión como { $email }.
welcome-assurance-level = Nivel de seguridad
welcome-signed-in-with = Sesión iniciada con
welcome-link-settings = Configuración de la cuenta
welcome-link-sessions = Detalles de la sesión
welcome-signed-out = No has iniciado sesión.
welcome-link-sign-in = Iniciar sesión
sessions-title = Sesión
sessions-heading = Tu sesión
link-back = Volver
error-details-status = estado: { $status }
error-details-id = id: { $id }
error-technical-details = Detalles técnicos
error-link-home = Ir a tu cuenta
error-retry = Reintentar
error-start-again = Empezar de nuevo
error-sign-in-again = Volver a iniciar sesión
error-unavailable-title = El inicio de sesión no está disponible
error-unavailable-message = No se puede contactar con el servicio de identidad en este momento. Inténtalo de nuevo en unos instantes.
error-generic-title = Algo ha salido mal
error-malformed-message = El servicio de identidad envió una respuesta que esta página no puede leer. Inténtalo de nuevo.
error-refused-message = El servicio de identidad rechazó esta solicitud.
error-bad-request-title = Este enlace está incompleto
error-missing-id-message = Esta página de error necesita un identificador de error (?id=…).
error-unknown-id-message = Este error no se conoce (puede que haya caducado). Empieza de nuevo.
error-not-found-title = Página no encontrada
error-not-found-message = No hay nada en esta dirección.
error-stored-title = Se ha producido un error
webauthn-insecure-context = Las llaves de acceso y de seguridad necesitan una conexión segura: esta página debe servirse por HTTPS (o desde localhost).
webauthn-unsupported = Este navegador no admite llaves de acceso ni llaves de seguridad. Usa un navegador actual o inicia sesión de otra forma.
webauthn-script-failed = No se pudo cargar el script de llaves de acceso. Revisa tu conexión y vuelve a cargar la página.
webauthn-cancelled = La solicitud de la llave de acceso o de seguridad se canceló o caducó. Inténtalo de nuevo.
webauthn-already-registered = Esta llave de acceso o de seguridad ya está registrada en esta cuenta.
webauthn-security = El navegador rechazó la solicitud: la dirección de esta página no coincide con el dominio al que pertenece la llave de acceso.
webauthn-failed = La operación con la llave de acceso o de seguridad ha fallado.
webauthn-failed-detail = La operación con la llave de acceso o de seguridad ha fallado: { $detail }
webauthn-not-ready = Esta acción con llave de acceso o de seguridad no está disponible. Vuelve a cargar la página e inténtalo de nuevo.
webauthn-rp-mismatch = Esta página se sirve desde { $host }, pero sus llaves de acceso y de seguridad pertenecen a { $rp_id }. Abre la página en { $rp_id } (o en uno de sus subdominios).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Español
language-menu-label = Idioma

## Sign-in steps (identifier first: the account in use)
identifier-change = Usar otra cuenta

## OAuth2 consent (Hydra)
consent-title = Permitir el acceso
# $client is shown in its own element.
consent-heading = ¿Permitir que { $client } acceda a tu cuenta?
consent-asks = La aplicación solicita:
consent-scope-openid = Saber quién eres (obligatorio)
consent-scope-email = Ver tu dirección de correo electrónico
consent-scope-profile = Ver tu nombre
consent-scope-offline = Seguir conectada mientras no estás
consent-remember = Recordar esta decisión
consent-allow = Permitir
consent-deny = Denegar
consent-link-website = Sitio web de la aplicación
consent-link-policy = Política de privacidad
consent-link-tos = Condiciones del servicio

## OAuth2 sign-out (Hydra)
logout-title = Cerrar sesión
logout-question = ¿Quieres cerrar la sesión?
logout-question-client = { $client } solicita cerrar tu sesión. ¿Quieres cerrar la sesión?
logout-accept = Sí, cerrar sesión
logout-reject = No, mantener la sesión

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = El servicio de autorización no está disponible en este momento. Inténtalo de nuevo en unos instantes.
error-hydra-malformed-message = El servicio de autorización envió una respuesta que esta página no puede leer. Inténtalo de nuevo.
error-too-large-message = El servicio de identidad envió una respuesta demasiado grande. Inténtalo de nuevo.
error-hydra-too-large-message = El servicio de autorización envió una respuesta demasiado grande. Inténtalo de nuevo.
error-hydra-answered-title = Esta solicitud ya fue respondida
error-hydra-answered-message = Este paso de inicio de sesión ya se completó. Continúa para iniciar de nuevo la autorización.
error-continue = Continuar
error-hydra-invalid-title = Esta solicitud de inicio de sesión no se puede usar
error-hydra-invalid-message = La solicitud es desconocida, ha caducado o ya se usó. Vuelve a la aplicación e inicia sesión de nuevo.
error-hydra-expired-title = Esta solicitud de inicio de sesión ha caducado
error-hydra-expired-message = No se completó a tiempo. Vuelve a la aplicación e inicia sesión de nuevo.
error-csrf-title = Este formulario ha caducado
error-csrf-message = El formulario se envió sin un token de seguridad (CSRF) válido. Vuelve atrás, recarga la página e inténtalo de nuevo.
error-oauth2-off-title = OAuth2 no está configurado
error-oauth2-off-message = Este servidor se inició sin HYDRA_ADMIN_URL, por lo que no responde a solicitudes de consentimiento ni de cierre de sesión de OAuth2.
error-no-randomness-message = No se pudo proteger esta página. Inténtalo de nuevo.
error-oauth2-title = No se pudo completar la solicitud de la aplicación
error-oauth2-message = La solicitud de autorización falló.
error-missing-consent-challenge = Esta página de consentimiento necesita el consent_challenge que envía Hydra. Vuelve a la aplicación e inicia sesión de nuevo.
error-missing-consent-decision = El formulario de consentimiento se envió sin una decisión (Permitir o Denegar).
error-missing-logout-challenge = Esta página de cierre de sesión necesita el logout_challenge que envía Hydra.
error-missing-logout-answer = El formulario de cierre de sesión se envió sin una respuesta (Sí o No).

## Redesign (issue 15)
identifier-use-another-address = Usar otra dirección
settings-nav-label = Secciones de la configuración
settings-button-profile = Guardar perfil
settings-button-password = Cambiar contraseña
settings-button-totp = Activar la aplicación de autenticación
forms-divider-or = o

datetime-utc = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }, { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Continuar con correo electrónico
continue-heading = Continuar con correo electrónico
continue-intro = Inicia sesión o crea una cuenta con tu dirección de correo. Te enviaremos un código.
continue-email-label = Dirección de correo electrónico
continue-submit = Continuar
continue-other-ways = Otras formas de iniciar sesión
continue-code-title = Introduce tu código
continue-code-heading = Introduce tu código
continue-code-sent = Introduce el código que enviamos a { $address }.
continue-code-label = Código
continue-resend = Enviar un código nuevo
continue-expired-message = Ha tardado demasiado. Continúa de nuevo para recibir un código.
continue-refused-message = Esta dirección no se puede usar aquí. Revísala e inténtalo de nuevo.
