page-title = { $title } · { $brand }
flow-title-login = Entrar
flow-title-login-second-factor = Segundo fator de autenticação
flow-title-login-refresh = Confirme que é você
flow-title-registration = Criar conta
flow-title-recovery = Recuperar sua conta
flow-title-verification = Verificar sua conta
flow-title-settings = Configurações da conta
link-sign-up = Criar conta
link-forgot-password = Esqueceu a senha?
link-have-account = Já tem uma conta? Entrar
link-back-to-sign-in = Voltar para o login
link-back-to-account = Voltar para sua conta
link-sign-out = Sair
settings-heading-profile = Perfil
settings-heading-password = Senha
settings-heading-lookup-secret = Códigos de backup da verificação em duas etapas
settings-heading-totp = App autenticador da verificação em duas etapas
settings-heading-webauthn = Chaves de segurança
settings-heading-passkey = Chaves de acesso
settings-heading-oidc = Login com redes sociais
node-needs-javascript = Esta opção precisa de JavaScript.
welcome-title = Boas-vindas
welcome-heading = Boas-vindas
welcome-signed-in-as = Você entrou como { $email }.
welcome-assurance-level = Nível de segurança
welcome-signed-in-with = Entrou com
welcome-link-settings = Configurações da conta
welcome-link-sessions = Detalhes da sessão
welcome-signed-out = Você ainda não entrou.
welcome-link-sign-in = Entrar
sessions-title = Sessão
sessions-heading = Sua sessão
link-back = Voltar
error-details-status = status: { $status }
error-details-id = id: { $id }
error-technical-details = Detalhes técnicos
error-link-home = Ir para sua conta
error-retry = Tentar de novo
error-start-again = Recomeçar
error-sign-in-again = Entrar novamente
error-unavailable-title = O login está indisponível
error-unavailable-message = Não foi possível acessar o serviço de identidade agora. Tente novamente em instantes.
error-generic-title = Algo deu errado
error-malformed-message = O serviço de identidade enviou uma resposta que esta página não consegue ler. Tente novamente.
error-refused-message = O serviço de identidade recusou esta solicitação.
error-bad-request-title = Este link está incompleto
error-missing-id-message = Esta página de erro precisa de um identificador de erro (?id=…).
error-unknown-id-message = Este erro não é conhecido (pode ter expirado). Comece de novo.
error-not-found-title = Página não encontrada
error-not-found-message = Não há nada neste endereço.
error-stored-title = Ocorreu um erro
webauthn-insecure-context = Chaves de acesso e de segurança exigem uma conexão segura: esta página precisa ser servida por HTTPS (ou a partir de localhost).
webauthn-unsupported = Este navegador não é compatível com chaves de acesso nem chaves de segurança. Use um navegador atualizado ou entre de outra forma.
webauthn-script-failed = Não foi possível carregar o script de chaves de acesso. Verifique sua conexão e recarregue a página.
webauthn-cancelled = A solicitação da chave de acesso ou de segurança foi cancelada ou expirou. Tente novamente.
webauthn-already-registered = Esta chave de acesso ou de segurança já está registrada nesta conta.
webauthn-security = O navegador recusou a solicitação: o endereço desta página não corresponde ao domínio da chave de acesso.
webauthn-failed = A operação com a chave de acesso ou de segurança falhou.
webauthn-failed-detail = A operação com a chave de acesso ou de segurança falhou: { $detail }
webauthn-not-ready = Esta ação com chave de acesso ou de segurança não está disponível. Recarregue a página e tente novamente.
webauthn-rp-mismatch = Esta página é servida a partir de { $host }, mas suas chaves de acesso e de segurança pertencem a { $rp_id }. Abra a página em { $rp_id } (ou em um subdomínio dele).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Português
language-menu-label = Idioma

## Sign-in steps (identifier first: the account in use)
identifier-change = Usar outra conta

## OAuth2 consent (Hydra)
consent-title = Permitir acesso
# $client is shown in its own element.
consent-heading = Permitir que { $client } acesse sua conta?
consent-asks = O aplicativo pede para:
consent-scope-openid = Saber quem você é (obrigatório)
consent-scope-email = Ver seu endereço de e-mail
consent-scope-profile = Ver seu nome
consent-scope-offline = Continuar conectado quando você não estiver
consent-remember = Lembrar esta decisão
consent-allow = Permitir
consent-deny = Negar
consent-link-website = Site do aplicativo
consent-link-policy = Política de privacidade
consent-link-tos = Termos de serviço

## OAuth2 sign-out (Hydra)
logout-title = Sair
logout-question = Deseja sair?
logout-question-client = { $client } pede para encerrar sua sessão. Deseja sair?
logout-accept = Sim, sair
logout-reject = Não, continuar conectado

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = O serviço de autorização não está acessível no momento. Tente novamente em instantes.
error-hydra-malformed-message = O serviço de autorização enviou uma resposta que esta página não consegue ler. Tente novamente.
error-too-large-message = O serviço de identidade enviou uma resposta grande demais. Tente novamente.
error-hydra-too-large-message = O serviço de autorização enviou uma resposta grande demais. Tente novamente.
error-hydra-answered-title = Esta solicitação já foi respondida
error-hydra-answered-message = Esta etapa de login já foi concluída. Continue para iniciar a autorização novamente.
error-continue = Continuar
error-hydra-invalid-title = Esta solicitação de login não pode ser usada
error-hydra-invalid-message = A solicitação é desconhecida, expirou ou já foi usada. Volte ao aplicativo e entre novamente.
error-hydra-expired-title = Este pedido de início de sessão expirou
error-hydra-expired-message = Não foi concluído a tempo. Volte à aplicação e inicie sessão novamente.
error-csrf-title = Este formulário expirou
error-csrf-message = O formulário foi enviado sem um token de segurança (CSRF) válido. Volte, recarregue a página e tente novamente.
error-oauth2-off-title = O OAuth2 não está configurado
error-oauth2-off-message = Este servidor foi iniciado sem HYDRA_ADMIN_URL e por isso não responde a pedidos de consentimento ou de logout do OAuth2.
error-no-randomness-message = Não foi possível proteger esta página. Tente novamente.
error-oauth2-title = Não foi possível concluir a solicitação do aplicativo
error-oauth2-message = A solicitação de autorização falhou.
error-missing-consent-challenge = Esta página de consentimento precisa do consent_challenge que o Hydra envia. Volte ao aplicativo e entre novamente.
error-missing-consent-decision = O formulário de consentimento foi enviado sem uma decisão (Permitir ou Negar).
error-missing-logout-challenge = Esta página de saída precisa do logout_challenge que o Hydra envia.
error-missing-logout-answer = O formulário de saída foi enviado sem uma resposta (Sim ou Não).

## Redesign (issue 15)
identifier-use-another-address = Usar outro endereço
settings-nav-label = Seções das configurações
settings-button-profile = Salvar perfil
settings-button-password = Alterar senha
settings-button-totp = Ativar o aplicativo autenticador
forms-divider-or = ou

datetime-utc = { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }, { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Continuar com e-mail
continue-heading = Continuar com e-mail
continue-intro = Entre ou crie uma conta com seu endereço de e-mail. Enviaremos um código para você.
continue-email-label = Endereço de e-mail
continue-submit = Continuar
continue-other-ways = Outras formas de entrar
continue-code-title = Digite seu código
continue-code-heading = Digite seu código
continue-code-sent = Digite o código que enviamos para { $address }.
continue-code-label = Código
continue-resend = Enviar um novo código
continue-expired-message = Demorou demais. Continue de novo para receber um código.
continue-refused-message = Este endereço não pode ser usado aqui. Confira-o e tente de novo.
